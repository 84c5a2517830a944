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
 * The thirtieth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Faxe Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, technical and environment,
 * schools, day care, elderly care, culture and leisure, property, job centre, harbour and digitalisation mailboxes) with
 * fifteen listed suppliers from Haslev, Faxe, Karise, Dalby, Rønnede, Faxe Ladeplads, Terslev, Ulse, Hylleholt and
 * Vemmetofte in every DNS posture real Danish firms have (two sending through a Haslev web hoster named in their SPF), four
 * invoicing platforms ({@code onpay.io}, {@code pennylane.com}, {@code qonto.com}, {@code revolut.com}), local banks, an
 * intermunicipal waste company, a housing association, a lawyer (collection and property conveyancing), a recruitment
 * agency, a Swedish stage builder, a German harbour contractor, a Dutch sports-floor layer, SaaS, an auditor, an e-signature
 * service, three authorities, a creditor list, forwarders (with and without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices,
 * e-invoice XML with a changed account) and three kinds new here: a "conveyancing lawyer" or "estate agent" who wants the
 * purchase price or a deposit for a municipal land deal paid to an escrow account (fake-property-purchase-escrow), a
 * "recruitment agency" that invoices a placement fee for a person the municipality hired itself
 * (fake-recruitment-placement-fee) and a "landlord" who wants the rent deposit the municipality guarantees or lends for a
 * citizen paid to his own account (fake-rental-deposit-guarantee). The invoice engine, its tests, tuning notes and earlier
 * results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the
 * mail's kind (a legitimate invoice, credit note, reminder, collection demand for a real debt, intermunicipal, platform,
 * e-invoice XML, foreign, SaaS, placement or deposit invoice) and its computed authentication (DMARC pass, or aligned
 * SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus30GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus30 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout30");
    public static final String OWN = "faxekommune.dk";
    static final String FRAUD_NET = "127.153.";
    private static final String OWN_IP = "127.144.0.1";
    private static final String EAN = "5798007731206";
    private static final String RAADHUS = "Frederiksgade 9, 4690 Haslev";
    /** A Haslev web hoster whose outgoing server two listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.149.9.1";
    private static final String GMAIL = "127.152.1.1";
    private static final String MSFT = "127.152.2.1";
    private static final String YAHOO = "127.152.3.1";
    private static final String APPLE = "127.152.5.1";

    private final Random rnd = new Random(30_0030_4690L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 20;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2032, 1, 12, 7, 40, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2032, 2, 9, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Haslev Fjernvarme a.m.b.a.", "haslev-fjernvarme.dk", "Forbrugerservice",
        "forbrug", "127.145.1.1", iban("DK", "62200001457730"), "fjernvarme til Rådhuset, Haslev Hallen og tre skoler i Haslev");
    private final Supplier entrep = new Supplier("Karise Entreprenørforretning A/S", "karise-entreprenoer.dk", "Søren Vestergaard",
        "sv", "127.145.2.1", bank("0400", "4027718830"), "opretning af fortov og nye vejbrønde, Karise Bygade");
    private final Supplier kloak = new Supplier("Dalby Kloak- og Spuleservice ApS", "dalby-kloakservice.dk", "Brian Lykke",
        "brian", HOSTER_IP, bank("9070", "1672304418"), "spuling af hovedledning og montering af rottespærrer, Dalby Skole");
    private final Supplier toemrer = new Supplier("Rønnede Tømrer- og Snedkerfirma ApS", "roennede-toemrer.dk", "Allan Holm",
        "ah", "127.145.4.1", bank("5301", "0651129376"), "nye vinduespartier i gymnastiksalen, Rønnede Skole");
    private final Supplier maler = new Supplier("Terslev Malerfirma v/ Kim Dyhr", "terslev-maler.dk", "Kim Dyhr", "kim",
        "127.145.5.1", bank("9070", "1688210547"), "maling af fællesstuer og gange, Plejecentret Terslevgården");
    private final Supplier rengoer = new Supplier("Faxe Ladeplads Rengøring ApS", "faxeladeplads-rengoering.dk", "Økonomi",
        "oekonomi", "127.145.6.1", bank("0400", "4031150762"), "daglig rengøring af Faxe Ladeplads Skole og Sundhedshuset");
    private final Supplier avis = new Supplier("Faxe Lokalavis", "faxe-lokalavis.dk", "Annonceafdelingen", "annoncer",
        "127.145.7.1", iban("DK", "30000013384719"), "annoncer: høring om lokalplan 412 og tre stillingsopslag");
    private final Supplier vognmand = new Supplier("Ulse Vognmandsforretning ApS", "ulse-vognmand.dk", "Jesper Kragh", "jesper",
        "127.145.8.1", bank("2270", "6301845527"), "snerydning og glatførebekæmpelse, rute 7 Ulse-Dalby-Terslev");
    private final Supplier el = new Supplier("Hylleholt El-installation ApS", "hylleholt-el.dk", "Morten Bak", "morten", HOSTER_IP,
        bank("0400", "4029944018"), "ny hovedtavle og nødbelysning, Hylleholt Børnehus");
    private final Supplier vvs = new Supplier("Vemmetofte VVS & Blik ApS", "vemmetofte-vvs.dk", "Kontoret", "kontor",
        "127.145.10.1", bank("9070", "1690382215"), "eftersyn af varmeanlæg, Faxe Hallen og Børnehuset Mariehønen");
    private final Supplier mad = new Supplier("Haslev Madservice A/S", "haslev-madservice.dk", "Haslev Madservice, Kundeservice",
        "kundeservice", "127.145.11.1", iban("DK", "20002219046673"), "madservice til hjemmeboende pensionister i Haslev, Faxe og Karise");
    private final Supplier byg = new Supplier("Karise Trælast A/S", "karise-traelast.dk", "Erhvervssalget", "erhverv",
        "127.145.12.1", iban("DK", "53700007215508"), "byggematerialer til Ejendomscenter Faxe, rammeaftale 2032");
    private final Supplier it = new Supplier("Haslev Datadrift ApS", "haslev-datadrift.dk", "Fakturering, Haslev Datadrift",
        "faktura", "127.145.13.1", bank("3409", "1145820396"), "drift af skolernes netværk og 45 nye lærer-pc'er");
    private final Supplier bus = new Supplier("Dalby Turistbusser ApS", "dalby-turistbusser.dk", "Trafikkontoret", "trafik",
        "127.145.14.1", bank("2270", "6318072254"), "svømmekørsel og ekskursioner for skoler og SFO");
    private final Supplier kontor = new Supplier("Rønnede Kontorcenter ApS", "roennede-kontorcenter.dk", "Ordrekontoret", "ordre",
        "127.145.15.1", iban("DK", "30000014470256"), "kopipapir, kuverter og toner til Rådhuset i Haslev");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Terslev Smedie v/ Poul Friis", "terslev-smedie.dk", "Poul Friis", "poul",
        "127.146.3.1", bank("2270", "6322904871"), "nye cykelstativer og rækværk ved skolegården, Terslev Skole");
    private final Supplier havn = new Supplier("Faxe Ladeplads Bådeværft", "faxeladeplads-baadevaerft.dk", "Niels Hougaard",
        "niels", "127.146.1.1", bank("0400", "4033672190"), "reparation af flydebroer, Faxe Ladeplads Lystbådehavn");
    private final Supplier skadedyr = new Supplier("Vemmetofte Skadedyrsservice", "vemmetofte-skadedyr.dk", "Lone Kruse", "lone",
        "127.146.2.1", bank("9070", "1697015534"), "rottebekæmpelse ved genbrugspladsen i Faxe");
    private final Supplier natur = new Supplier("Jyderup Skov Naturpleje v/ Mads Bay", "jyderupskov-naturpleje.dk", "Mads Bay",
        "mads", "127.146.4.1", bank("5301", "0668813402"), "rydning af opvækst og nyt hegn, Hylleholt Overdrev");
    private final Supplier guide = new Supplier("Kalkbruddets Naturformidling v/ Rikke Lind", "gmail.com", "Rikke Lind",
        "rikke.lind.naturformidler", GMAIL, bank("0400", "4035518207"), "fossiljagt og geologiforløb i Faxe Kalkbrud for 6. årgang");
    private final Supplier tolk = new Supplier("Farid Haidari Tolkeservice", "outlook.com", "Farid Haidari", "farid.haidari.tolk",
        MSFT, bank("2270", "6330418862"), "tolkning dari-dansk, Jobcenter Faxe, 4 x 1 time");
    private final Supplier musik = new Supplier("Duo Strandengen v/ Line Vind", "icloud.com", "Line Vind", "line.vind.musik",
        APPLE, bank("9070", "1701264498"), "fastelavnsmusik, Plejecentret Solgården i Karise");
    private final Supplier pudser = new Supplier("Karise Vinduespudsning v/ Kenneth Rye", "hotmail.com", "Kenneth Rye",
        "kenneth.rye.vinduer", MSFT, bank("5301", "0672290314"), "vinduespudsning, Karise Bibliotek og Børnehuset Lærkereden");
    private final Supplier motion = new Supplier("Stolegymnastik v/ Birthe Holm", "yahoo.com", "Birthe Holm", "birthe.holm.motion",
        YAHOO, bank("0400", "4037720158"), "stolegymnastik på Aktivitetscentret i Haslev, 8 gange");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Ystad Scenbygg AB", "ystad-scenbygg.se", "Ekonomi", "ekonomi", "127.151.1.1",
        iban("SE", "80000000078120459933"), "scenpodier och ljusbrygga, Faxe Kulturhus");
    private final Supplier tysk = new Supplier("Rostocker Hafentechnik GmbH", "rostocker-hafentechnik.de", "Buchhaltung",
        "buchhaltung", "127.151.2.1", iban("DE", "130400000441187720"), "Erneuerung der Fenderanlage, Hafen Faxe Ladeplads");
    private final Supplier nl = new Supplier("Zwolle Sportvloeren B.V.", "zwolle-sportvloeren.nl", "Administratie", "administratie",
        "127.151.3.1", iban("NL", "RABO0318220476"), "new sprung sports floor and line marking, Haslev Hallen 2");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        byg, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"haslev-fjernvarme.net", "karise-entreprenor.dk", "karisetraelast.dk",
        "hylleholt-elinstallation.dk", "faxeladeplads-rengoring.dk", idn("karise-tr\u0430elast.dk"), idn("faxek\u043emmune.dk"),
        "onpay-haslev.com", "qonto-karise.net", "dalby-kloakservice.net", "haslev-madservice.com", "roennede-tomrer.dk",
        "dalby-turistbus.dk", "terslevmaler.dk", "jyderupskov-naturpleje.com", "faxe-inkasso.com", "mitid-faxe.com",
        "digitalpost-haslev.com", "faxe-domaeneregistrering.net", "karise-erhvervsregister.org", "ronnede-ordreservice.com",
        "haslev-parkering.com", "mobilbetaling-dalby.net", "faxeladeplads-marine-survey.com", "terslev-malerfirma.dk",
        "ulse-vognmand.com", "faxe-ladeplads-rengoering.dk", "vemmetofte-vvs.net", "roennede-kontorcenter.com",
        "haslev-datadrift.net", "haslev-dokumentvisning.com", "fakturaarkiv-karise.net", "karise-entreprenoer.net",
        "haslevdatadrift.dk", "haslev-ejendomsadvokater.dk", "vemmetofte-ejendomshandel.com",
        "karise-talentpartner.com", "ulse-executive-search.com", "hylleholt-rekruttering.dk", "roennede-udlejning.dk",
        "faxe-boligudlejning.com", "yousign-faxe.com", "terslev-signering.net", "vemmetofte-vvs-blik.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("haslev-fjernvarme.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("karise-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("dalby-kloakservice.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("roennede-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("terslev-maler.dk", null, null, null, null); // nothing published
        domain("faxeladeplads-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("faxe-lokalavis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ulse-vognmand.dk", List.of("127.145.98.3"), "~all", null, "none"); // SPF names only the route planner
        domain("hylleholt-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("vemmetofte-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("haslev-madservice.dk", List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("karise-traelast.dk", List.of(byg.ip(), "127.145.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("haslev-datadrift.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("dalby-turistbusser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("roennede-kontorcenter.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("terslev-smedie.dk", List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain("faxeladeplads-baadevaerft.dk", List.of(havn.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("vemmetofte-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("jyderupskov-naturpleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("ulse-laasesmed.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("ystad-scenbygg.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("rostocker-hafentechnik.de", List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("zwolle-sportvloeren.nl", List.of(nl.ip()), "-all", null, null);
        // lawyer, recruiter, housing association, auditor, e-signature, school, shops, waste company, authorities
        domain("haslev-advokatfirma.dk", List.of("127.147.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oest-rekruttering.dk", List.of("127.147.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("faxe-boligselskab.dk", List.of("127.147.9.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("haslev-revision.dk", List.of("127.147.3.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("yousign.com", List.of("127.147.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hylleholt-friskole.dk", List.of("127.147.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("karise-legepladser.dk", List.of("127.147.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("haslev-byggemarked.dk", List.of("127.147.7.1"), "-all", null, "none");
        domain("faxe-boghandel.dk", List.of("127.147.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("oestaffald.dk", List.of("127.147.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bpst.dk", List.of("127.147.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("energistyrelsen.dk", List.of("127.147.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("sst.dk", List.of("127.147.17.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // invoicing platforms
        domain("onpay.io", List.of("127.148.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("pennylane.com", List.of("127.148.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("qonto.com", List.of("127.148.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("revolut.com", List.of("127.148.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders
        domain("haslev-sparekasse.dk", List.of("127.149.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oestsjaellands-landbobank.dk", List.of("127.149.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornetvaerk-sydsj.dk", List.of("127.149.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ungapped.com", List.of("127.149.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("offentlige-bogholdere.dk", List.of("127.149.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoebsgruppe-sydsj.dk", List.of("127.149.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kassekontrol-nyt.dk", List.of("127.149.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.haslevnet.dk", List.of("127.150.1.1"), "-all", null, null);
        domain("relay.karise-fiber.dk", List.of("127.150.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("pleo.io", List.of("127.151.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("zenegy.com", List.of("127.151.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("wiredrelations.com", List.of("127.151.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        String[] policy = {"quarantine", "reject", "none", null, "reject", "quarantine", "none", null, "reject", "quarantine"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 4 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 6 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 95_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no30:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "32" + String.format("%05d", 200 + rnd.nextInt(60_000));
            case 1:
                return "F" + (10_400 + rnd.nextInt(7_000));
            case 2:
                return "2032-" + String.format("%04d", 12 + rnd.nextInt(2_400));
            case 3:
                return String.valueOf(61_000 + rnd.nextInt(18_000));
            case 4:
                return "HS-" + (120 + rnd.nextInt(800)) + "/32";
            default:
                return String.valueOf(2_100 + rnd.nextInt(900));
        }
    }

    private static final String[] TO = {"kreditor@faxekommune.dk", "efaktura@faxekommune.dk", "kreditor@faxekommune.dk",
        "oekonomi@faxekommune.dk", "teknik-miljoe@faxekommune.dk", "skoler@faxekommune.dk", "aeldre@faxekommune.dk",
        "kultur-fritid@faxekommune.dk", "ejendomscenter@faxekommune.dk", "indkoeb@faxekommune.dk", "kreditor@faxekommune.dk",
        "dagtilbud@faxekommune.dk", "efaktura@faxekommune.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf30:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(30_000_000 + Math.floorMod(sha256("cvr30:" + domain).hashCode(), 9_000_000));
    }

    /** The supplier's FI creditor number, as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi30:" + domain).hashCode(), 9_000_000));
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "haslev-fjernvarme.dk" -> "Værkstedsvej 6, 4690 Haslev";
            case "karise-entreprenoer.dk" -> "Industrivej 14, 4653 Karise";
            case "dalby-kloakservice.dk" -> "Dalbyvej 112, 4694 Rønnede";
            case "roennede-toemrer.dk" -> "Rønnede Stationsvej 3, 4683 Rønnede";
            case "terslev-maler.dk" -> "Terslev Bygade 27, 4690 Haslev";
            case "faxeladeplads-rengoering.dk" -> "Strandvejen 41, 4654 Faxe Ladeplads";
            case "faxe-lokalavis.dk" -> "Torvegade 8, 4640 Faxe";
            case "ulse-vognmand.dk" -> "Ulsevej 58, 4683 Rønnede";
            case "hylleholt-el.dk" -> "Hylleholtvej 19, 4654 Faxe Ladeplads";
            case "vemmetofte-vvs.dk" -> "Vemmetoftevej 7, 4640 Faxe";
            case "haslev-madservice.dk" -> "Jernbanegade 70, 4690 Haslev";
            case "karise-traelast.dk" -> "Københavnsvej 22, 4653 Karise";
            case "haslev-datadrift.dk" -> "Ringstedvej 5, 4690 Haslev";
            case "dalby-turistbusser.dk" -> "Tureby Alle 2, 4690 Haslev";
            case "roennede-kontorcenter.dk" -> "Hovedgaden 51, 4683 Rønnede";
            case "terslev-smedie.dk" -> "Smedestræde 2, Terslev, 4690 Haslev";
            case "faxeladeplads-baadevaerft.dk" -> "Havnen 11, 4654 Faxe Ladeplads";
            case "vemmetofte-skadedyr.dk" -> "Præstøvej 190, 4640 Faxe";
            case "jyderupskov-naturpleje.dk" -> "Jyderup Skovvej 4, 4690 Haslev";
            case "ulse-laasesmed.dk" -> "Ulse Bygade 9, 4683 Rønnede";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: a merchant's invoice with position and item-number columns and a "Bankoverførsel"
     * line; a craftsman's timesheet by weekday with a driving allowance; an accounting system's booking extract with voucher
     * number, customer id and a "FI-kort 71" line; a meter-based consumption settlement with meter number, readings and an
     * a-conto deduction. Layouts other than the first print the supplier's own FI line (card type 71) when its own account is
     * printed; a {@code null} account prints no bank account at all.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        int kind = Math.floorMod(layout, 4);
        String fi = kind != 0 && account != null && account.equals(s.account()) ? fik(71, no, creditorNo(s.domain()), false) : "";
        switch (kind) {
            case 0 -> {
                head = s.name() + "  -  " + title;
                l.add((addr.isEmpty() ? "" : addr + "  ·  ") + "CVR-nr. " + cvr(s.domain()) + (freeMail(s) ? "" : "  ·  www." + s.domain()));
                l.add("Kunde: Faxe Kommune, " + RAADHUS);
                l.add("EAN-lokationsnr.: " + EAN + "    Fakturanr.: " + no + "    Dato: " + dottedDay(m, 0));
                l.add("Betalingsbetingelser: netto 30 dage, forfald " + dottedDay(m, 30));
                l.add("Pos.  Varenr.   Tekst                                        Antal   á-pris        Beløb");
                l.add("10    " + (4_000 + Math.floorMod(s.domain().hashCode(), 5_000)) + "      " + s.what() + "   1   " + a.net()
                    + "   " + a.net());
                l.add("Subtotal " + a.net() + "    Moms 25 %: " + a.vat() + "    At betale DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Bankoverførsel til " + account + " - anfør fakturanr. " + no);
                }
            }
            case 1 -> {
                head = "Timeregnskab / " + title.toLowerCase(DA) + " nr. " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Arbejdssted: " + s.what());
                l.add("Rekvirent: Faxe Kommune (EAN " + EAN + ")    Uge " + sentPlus(m, -3, DateTimeFormatter.ofPattern("w", DA)));
                long rate = 54_500;
                long hours = Math.max(1, a.ore() * 6 / 10 / rate);
                long perDay = Math.max(1, hours / 4);
                String[] days = {"Man", "Tir", "Ons", "Tor"};
                StringBuilder week = new StringBuilder();
                long left = hours;
                for (int d = 0; d < days.length; d++) {
                    long h = d == days.length - 1 ? left : Math.min(left, perDay);
                    left -= h;
                    week.append(days[d]).append(" ").append(h).append(" t   ");
                }
                l.add(week.toString().trim());
                long rest = a.ore() - hours * rate;
                long drive = Math.min(4 * 19_500, rest / 2);
                l.add("Timer i alt " + hours + " x " + kr(rate) + " = " + kr(hours * rate) + "    Kørselstillæg " + kr(drive)
                    + "    Materialer/småting " + kr(rest - drive));
                l.add("I alt ekskl. moms " + a.net() + " - moms " + a.vat() + " - i alt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Sidste rettidige betaling " + writtenDay(m, 21) + (account == null ? "" : " - konto: " + account));
                if (!fi.isEmpty()) {
                    l.add("Indbetalingskort: " + fi);
                }
            }
            case 2 -> {
                head = s.name() + " | " + title + " " + no;
                l.add("Bilagsnr. " + no + " | Bogført " + isoDay(m, 0) + " | Kunde-id " + (20_000 + Math.floorMod(s.domain().hashCode(), 70_000))
                    + " | CVR " + cvr(s.domain()));
                l.add("Debitor: Faxe Kommune | EAN " + EAN + " | " + RAADHUS);
                l.add("Linje 1 | " + s.what() + " | netto " + a.net());
                l.add("Momsgrundlag " + a.net() + " | Moms " + a.vat() + " | Saldo til betaling DKK " + a.gross() + " | Forfald " + isoDay(m, 14));
                l.addAll(more);
                if (account != null) {
                    l.add("Vores bank: " + account);
                }
                if (!fi.isEmpty()) {
                    l.add("FI-kort 71: " + fi);
                }
            }
            default -> {
                head = title + " - forbrugsafregning";
                l.add(s.name() + " | " + title + " " + no + " | Faxe Kommune, EAN " + EAN);
                l.add("Målernr. " + (7_100_000 + Math.floorMod(s.domain().hashCode(), 800_000)) + " | Periode " + dottedDay(m, -31) + " - "
                    + dottedDay(m, -1));
                l.add("Ydelse: " + s.what());
                l.add("Start- og slutaflæsning jf. bilag | Forbrug i perioden netto " + a.net() + " | A conto tidligere opkrævet 0,00");
                l.add("Moms " + a.vat() + " | Total DKK " + a.gross());
                l.addAll(more);
                l.add("Trækkes ikke automatisk. Betales senest " + dottedDay(m, 25) + (account == null ? "" : " til " + account));
                if (!fi.isEmpty()) {
                    l.add(fi);
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura-" + n + ".pdf", "faktura_" + n + ".pdf", "Faxe Kommune - faktura " + n + ".pdf", "FAK" + n + ".pdf",
            n + ".pdf", "Faktura nr. " + n + ".pdf", "Bilag_" + n + ".pdf", "fakt_" + n + "_faxe.pdf", "Regning-" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Faxe Kommune", "Til bogholderiet", "Hej", "Kære kreditorteam",
        "Att. økonomiafdelingen", "Godmorgen", "Hej kreditor", "Til rette vedkommende", "Hej igen"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig30:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh. " + firstName(s) + "\n" + s.name() + "\nTlf. 56 " + (10 + rnd.nextInt(89)) + " "
                    + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nBedste hilsner\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " · CVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\nSendt fra min iPhone" : "\n" + s.name() + " | " + s.domain());
            default:
                return "\n\nPå forhånd tak\n" + s.person() + " - " + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 7_600_000 : 580_000);
        String[] subjects = {"Faktura " + no, "Fakturanr. " + no + " fra " + s.name(), "Faxe Kommune: faktura " + no,
            "Regning " + no, "Faktura " + no + " - EAN " + EAN, s.name() + ": ny faktura", "Faktura vedr. " + s.what(),
            "Faktura " + no + " til betaling", "Vedhæftet faktura " + no};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Vedlagt er regning nr. " + no + ", i alt " + a.gross() + " kr. inkl. moms, med betaling senest "
                + writtenDay(m, 30) + ".";
            case 2 -> "Arbejdet blev afleveret i sidste uge og er gennemgået med jeres tilsynsførende. Fakturaen er også sendt "
                + "som e-faktura til EAN-nummeret.";
            case 3 -> "Tak for opgaven. Fakturaen ligger som PDF herunder - skriv endelig, hvis der er spørgsmål til den.";
            case 4 -> "Her er fakturaen for perioden. Husk at skrive fakturanr. " + no + " på indbetalingen.";
            case 5 -> "Faktura: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nBetales senest: " + writtenDay(m, 30)
                + "\nEAN: " + EAN;
            case 6 -> "Undskyld forsinkelsen - vores bogføringsprogram blev opdateret i januar, og fakturaerne hang fast i et "
                + "par uger.";
            default -> "Faktura vedhæftet.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Segoe UI,Tahoma,sans-serif;font-size:10.5pt\">"
                + "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    /** Utilities and period services bill by period; merchants use their system's merchant or booking layout. */
    private static final Set<String> PERIODIC = Set.of("haslev-fjernvarme.dk", "haslev-madservice.dk",
        "faxeladeplads-rengoering.dk", "faxe-lokalavis.dk", "dalby-turistbusser.dk");
    private static final Set<String> TRADE = Set.of("karise-traelast.dk", "roennede-kontorcenter.dk", "haslev-datadrift.dk");

    private static int layout(Supplier s, int v) {
        return PERIODIC.contains(s.domain()) ? 3 : TRADE.contains(s.domain()) ? (v % 2 == 0 ? 0 : 2) : Math.floorMod(v, 3);
    }

    /** An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice. */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String order,
                       String note) {
        String net = Ubl.decimal(a.ore());
        StringBuilder x = Ubl.head(true, "  ", peppol, "urn:www.nesubl.eu:profiles:profile5:ver2.0", no, issue, due, note);
        x.append("  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n")
            .append("  <cbc:BuyerReference>").append(xml(order)).append("</cbc:BuyerReference>\n")
            .append("  <cac:OrderReference><cbc:ID>").append(xml(order)).append("</cbc:ID></cac:OrderReference>\n")
            .append("  <cac:AccountingSupplierParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0184\">DK" : "      <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK")
            .append(cvr(s.domain())).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>").append(xml(s.name())).append("</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>").append(xml(street(s))).append("</cbc:StreetName>")
            .append("<cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n")
            .append("    </cac:Party>\n  </cac:AccountingSupplierParty>\n")
            .append("  <cac:AccountingCustomerParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0088\">" : "      <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">")
            .append(EAN).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>Faxe Kommune</cbc:Name></cac:PartyName>\n")
            .append("    </cac:Party>\n  </cac:AccountingCustomerParty>\n")
            .append("  <cac:PaymentMeans>\n")
            .append("    <cbc:PaymentMeansCode>").append(peppol ? "58" : "42").append("</cbc:PaymentMeansCode>\n");
        if (peppol) {
            String ib = account.startsWith("IBAN") ? plain(account) : plain(iban("DK", plain(account)));
            x.append("    <cbc:PaymentID>").append(xml(no)).append("</cbc:PaymentID>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(ib).append("</cbc:ID><cbc:Name>").append(xml(s.name()))
                .append("</cbc:Name></cac:PayeeFinancialAccount>\n");
        } else {
            x.append("    <cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append(Ubl.payeeBranch(account));
        }
        x.append("  </cac:PaymentMeans>\n");
        Ubl.totals(x, a.ore(), false);
        x.append("  <cac:InvoiceLine>\n    <cbc:ID>1</cbc:ID>\n")
            .append("    <cbc:InvoicedQuantity unitCode=\"").append(peppol ? "C62" : "EA").append("\">1</cbc:InvoicedQuantity>\n")
            .append("    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount>\n")
            .append("    <cac:Item><cbc:Name>").append(xml(s.what())).append("</cbc:Name></cac:Item>\n")
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
            m.description = "history: " + s.domain() + " invoice, its usual account, from its own or its hoster's server";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 4, List.of("Aftalt med skolens pedel"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices bicycle stands, aligned SPF pass";
        List<Supplier> again = List.of(it, byg, entrep, mad, avis, vvs, kloak, el, maler, varme, vognmand, kontor, rengoer,
            toemrer, bus, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Indkøbsordre " + (4_410_000 + k * 137));
                case 1 -> List.of("Kontaktperson hos jer: " + to().replace("@faxekommune.dk", ""));
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "klimatilpasning Haslev Nord" : "driftsaftale 2032"));
                case 3 -> List.of("Rekv.nr. " + (9_300 + k * 41) + " fra Ejendomscenter Faxe");
                default -> List.of();
            };
            String note = k % 6 == 2 ? "\n\nLeveringssedlerne ligger med som bilag." : k % 7 == 3
                ? "\n\nBilleder af det færdige arbejde er sendt med." : k % 7 == 5 ? "\n\nTimeopgørelsen er vedhæftet som regneark (CSV)." : "";
            invoice(m, s, s.account(), k * 3 + 1, ref, note);
            if (k % 6 == 2) {
                m.mime.attach("application/pdf", "leveringssedler_" + (k + 5) + ".pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Leveret: " + (k % 2 == 0 ? "Rådhuset, Haslev" : "Materielgården i Faxe"),
                        "Kvitteret af modtager", "Antal leveringer: " + (1 + k % 5))));
            } else if (k % 7 == 3) {
                m.mime.attach("image/jpeg", "billede_" + (k + 20) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            } else if (k % 7 == 5) {
                m.mime.attach("text/csv", "timeopgoerelse.csv", ("dag;initialer;timer;opgave\r\n" + isoDay(m, -8) + ";AH;7,0;montage\r\n"
                    + isoDay(m, -7) + ";AH;6,5;montage\r\n" + isoDay(m, -6) + ";LP;3,0;oprydning\r\n").getBytes(StandardCharsets.UTF_8));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(mad, rengoer, varme)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 2, List.of("Periode: januar 2032"), "\n\nAfregningen gælder januar måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " periodic invoice for January, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        propertySale();
        recruitmentInvoice();
        depositInvoice();
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
        Object[][] c = {{byg, "Kreditnota vedr. faktura ", "Fire paller fliseklæb blev returneret fra Ejendomscenter Faxe uåbnede. "
            + "Vi krediterer dem med fradrag af returgebyr på 0 kr."},
            {kontor, "Krediteret: faktura ", "Toneren til printerne på 2. sal var den forkerte model og er hentet igen."},
            {mad, "Kreditnota til faktura ", "Ni modtagere var indlagt i uge 2 og fik ingen leverancer. Portionerne er trukket fra."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KR" + (1_100 + rnd.nextInt(800));
            Amount a = amount(210_000).credit();
            headers(m, s.person(), addr(s), "kreditor@faxekommune.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " lyder på " + a.gross() + " kr. og kan trækkes fra "
                    + "i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2 + 1,
                    List.of("Krediterer faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(entrep, it)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@faxekommune.dk", "Kontoudtog til afstemning, " + dottedDay(m, -1))
                .text("Hej\n\nTil brug for jeres årsafslutning sender vi kontoudtog. Faktura " + p.no() + " er registreret betalt, og "
                    + "saldoen står i nul." + signature(s))
                .attach("application/pdf", "kontoudtog_faxe_kommune.pdf", Attachments.pdf(docId(m, "ko"), "Kontoudtog",
                    List.of("Kunde: Faxe Kommune", "Faktura " + p.no() + "  " + p.amount().gross() + "  betalt", "Saldo: 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, balance zero";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@faxekommune.dk", "Betaling modtaget")
            .text("Hej\n\nBare for at sige, at pengene for faktura " + past.get(vognmand.domain()).no() + " (snerydning i december) "
                + "er kommet ind. Tak.\n\nJesper\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "ulse-vognmand.dk thanks for payment (its SPF names only the route planner: softfail, p=none)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se, at nedenstående faktura er betalt. Er betalingen allerede "
            + "sendt, kan I se bort fra denne mail."},
            {maler, "Mangler betaling", "Hej. Jeg har ikke fået betaling for malerarbejdet på Terslevgården endnu. Er fakturaen "
                + "godkendt hos jer? Mvh Kim"},
            {kloak, "Rykker 1", "Fakturaen er forfalden med 12 dage. Der er ikke pålagt rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@faxekommune.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 3) % GREETING.length] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på "
                    + p.amount().gross() + " kr., som betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker-" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 2, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "HA-" + (7_300 + rnd.nextInt(600));
        String klient = bank("0400", "4039901275");
        headers(m, "Haslev Advokatfirma, Inkassoafdelingen", "inkasso@haslev-advokatfirma.dk", "kreditor@faxekommune.dk",
            "Sag " + sag + ": ubetalt faktura fra Jyderup Skov Naturpleje")
            .text("Faxe Kommune\nAtt.: Kreditorbogholderiet\n\nVores klient, Jyderup Skov Naturpleje v/ Mads Bay, har bedt os "
                + "inddrive faktura nr. 318 af 4. november 2031 på 12.640,00 kr. for hegning ved Hylleholt Overdrev. Klienten har "
                + "rykket to gange.\n\nEr fakturaen betalt, eller bestrider kommunen kravet, bedes I give os besked med "
                + "sagsnummeret. Ellers bedes beløbet tillagt inkassogebyr 100,00 kr. indbetalt inden 10 dage på vores "
                + "klientkonto " + klient + ".\n\nVenlig hilsen\nHaslev Advokatfirma")
            .attach("application/pdf", "Inkasso_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassoskrivelse " + sag,
                List.of("Fordringshaver: Jyderup Skov Naturpleje v/ Mads Bay", "Faktura 318 af 04.11.2031: 12.640,00",
                    "Gebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.147.1.1");
        m.description = "a real lawyer's collection letter for an unlisted nature-care firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "ØA-" + (40_100 + rnd.nextInt(900));
        String konto = iban("DK", "62200001520034");
        headers(m, "Østaffald I/S, Regnskab", "regnskab@oestaffald.dk", "kreditor@faxekommune.dk", "Faktura " + no
            + " - ejerbidrag 1. kvartal 2032")
            .text("Til Faxe Kommune\n\nVedlagt er fakturaen for kommunens ejerbidrag til drift af genbrugspladserne i Faxe, Haslev "
                + "og Rønnede i 1. kvartal 2032. Fordelingen følger vedtægternes § 9 og repræsentantskabets budget. Fakturaen er "
                + "også sendt til EAN-nummeret.\n\nIndbetaling til " + konto + ".\n\nMed venlig hilsen\nØstaffald I/S, Regnskab")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "oa"), "Faktura " + no,
                List.of("Østaffald I/S", "Faxe Kommune, EAN " + EAN, "Ejerbidrag 1. kvt. 2032, fordelingsnøgle 41,2 %",
                    "DKK 3.118.400,00 ekskl. moms", "Indbetaling: " + konto)));
        genuine(m, "127.147.11.1");
        m.description = "the intermunicipal waste company's quarterly owner contribution, its own account, DMARC pass";
    }

    /** Genuine counterpart to the escrow fraud: the buyer's real lawyer sends the deed draft; money goes via the deed system. */
    private void propertySale() {
        M m = ok("property-sale-letter", false);
        headers(m, "Advokat Henrik Sejer, Haslev Advokatfirma", "hs@haslev-advokatfirma.dk", "ejendomscenter@faxekommune.dk",
            "Salg af storparcel, Erhvervsområde Haslev Syd - udkast til skøde")
            .text("Til Faxe Kommune, Ejendomscenter\n\nSom advokat for køber, Haslev Logistik ApS, sender jeg udkast til skøde på "
                + "storparcellen i Erhvervsområde Haslev Syd i henhold til byrådets beslutning og den underskrevne købsaftale.\n\n"
                + "Købesummen deponeres som aftalt af køber i købers eget pengeinstitut og frigives til kommunens NemKonto, når "
                + "skødet er tinglyst uden præjudicerende retsanmærkninger. Kommunen skal ikke indbetale noget, og vi beder ikke "
                + "om kontooplysninger pr. mail.\n\nVenlig hilsen\nHenrik Sejer\nadvokat (H)")
            .attach("application/pdf", "Udkast_skoede_Haslev_Syd.pdf", Attachments.pdf(docId(m, "sk"), "Udkast til skøde",
                List.of("Sælger: Faxe Kommune", "Køber: Haslev Logistik ApS", "Matr.nr. 14ae Haslev By, Haslev",
                    "Købesum: deponeres i købers pengeinstitut, frigives ved tinglysning")));
        genuine(m, "127.147.1.1");
        m.description = "a real lawyer's deed draft for a municipal land sale: purchase price via the buyer's bank, nothing to pay";
    }

    /** Genuine counterpart to the placement-fee fraud: the agency the municipality contracted invoices its agreed fee. */
    private void recruitmentInvoice() {
        M m = ok("recruitment-invoice", true);
        String no = "ØR-" + (2_040 + rnd.nextInt(300));
        String konto = bank("2270", "6342118803");
        headers(m, "Øst Rekruttering ApS", "faktura@oest-rekruttering.dk", "kreditor@faxekommune.dk", "Faktura " + no
            + " - rekruttering af skoleleder, Rønnede Skole")
            .text("Kære Faxe Kommune\n\nI henhold til vores kontrakt af 2. november 2031 (ref. Børn og Læring, Charlotte Winge) "
                + "fakturerer vi anden rate af honoraret for rekrutteringen af ny skoleleder til Rønnede Skole. Første rate blev "
                + "faktureret ved opstart. Den nye leder tiltræder 1. marts.\n\nFakturaen er også sendt til EAN " + EAN + ".\n\n"
                + "Med venlig hilsen\nØst Rekruttering ApS, Bogholderiet")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "rek"), "Faktura " + no,
                List.of("Øst Rekruttering ApS", "Faxe Kommune, Børn og Læring, EAN " + EAN,
                    "Rekruttering skoleleder, Rønnede Skole - 2. rate af 2 jf. kontrakt 02.11.2031",
                    "DKK 68.000,00 + moms 17.000,00 = 85.000,00", "Bank: " + konto)));
        genuine(m, "127.147.2.1");
        m.description = "a contracted recruitment agency's second instalment for a school-head search, DMARC pass";
    }

    /** Genuine counterpart to the deposit fraud: the housing association bills the deposit the job centre approved. */
    private void depositInvoice() {
        M m = ok("housing-deposit-invoice", true);
        String konto = iban("DK", "53700007330418");
        String lej = "112-" + (400 + rnd.nextInt(90));
        headers(m, "Faxe Boligselskab, Udlejning", "udlejning@faxe-boligselskab.dk", "jobcenter@faxekommune.dk", "Opkrævning af "
            + "indskud, lejemål " + lej + " - jeres bevilling")
            .text("Til Faxe Kommune, Jobcenter og Ydelse\n\nI har bevilget lån til indskud for en ny lejer i afdeling Bøgebakken i "
                + "Faxe (jeres j.nr. 27.36.08-P24-" + (310 + rnd.nextInt(80)) + "). Vi fremsender hermed opkrævningen på indskuddet, "
                + "som betales til boligselskabets sædvanlige konto " + konto + " med lejemålsnummeret som tekst.\n\nLejekontrakt "
                + "og bevillingsbrev er i jeres sag, så de er ikke vedhæftet her.\n\nVenlig hilsen\nFaxe Boligselskab, Udlejning")
            .attach("application/pdf", "Opkraevning_indskud_" + lej + ".pdf", Attachments.pdf(docId(m, "ind"), "Opkrævning af indskud",
                List.of("Faxe Boligselskab, afd. Bøgebakken", "Lejemål " + lej, "Indskud: 18.450,00 kr.", "Betaler: Faxe Kommune "
                    + "(lån jf. bevilling)", "Konto: " + konto)));
        genuine(m, "127.147.9.1");
        m.description = "a real housing association bills a rent deposit the job centre approved, its own account, DMARC pass";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Bolig- og Planstyrelsen", "planlaegning@bpst.dk", "teknik-miljoe@faxekommune.dk",
            "Bemærkninger til forslag til lokalplan 412, Faxe Ladeplads Havn")
            .text("Til Faxe Kommune\n\nBolig- og Planstyrelsen har gennemgået forslaget til lokalplan 412 og har ingen indsigelse. "
                + "Vores bemærkninger om kystnærhedszonen er sendt til kommunens Digital Post. Der er ingen gebyrer forbundet "
                + "med høringen.\n\nVenlig hilsen\nBolig- og Planstyrelsen");
        genuine(m, "127.147.15.1");
        m.description = "planning authority's hearing reply, pointer to Digital Post, DMARC pass";
        m = ok("authority-notice", false);
        headers(m, "Energistyrelsen", "tilskud@energistyrelsen.dk", "ejendomscenter@faxekommune.dk", "Udbetaling af tilskud: "
            + "energirenovering af Haslev Hallen")
            .text("Kære Faxe Kommune\n\nSlutrapporten for energirenoveringen af Haslev Hallen er godkendt. Restbeløbet af "
                + "tilskuddet, 412.500 kr., udbetales til kommunens NemKonto inden for 15 bankdage.\n\nMed venlig hilsen\n"
                + "Energistyrelsen, Tilskudsadministrationen");
        genuine(m, "127.147.16.1");
        m.description = "energy authority pays a grant to our NemKonto, DMARC pass, nothing to pay";
        m = ok("authority-notice", false);
        headers(m, "Sundhedsstyrelsen", "puljer@sst.dk", "aeldre@faxekommune.dk", "Puljen til flere hænder i ældreplejen - "
            + "tilsagn")
            .text("Til Faxe Kommune, Ældre og Sundhed\n\nI har fået tilsagn om 1.240.000 kr. fra puljen. Tilsagnsbrevet ligger i "
                + "Digital Post. Midlerne udbetales i to rater til NemKonto.\n\nSundhedsstyrelsen");
        genuine(m, "127.147.17.1");
        m.description = "health authority's grant commitment, pointer to Digital Post, DMARC pass";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, bus.person(), addr(bus), "skoler@faxekommune.dk", "Prisregulering af svømmekørsel pr. 1. marts")
            .text("Til Faxe Kommune, Børn og Læring\n\nEfter kontraktens punkt 7.2 reguleres priserne en gang årligt med "
                + "Danmarks Statistiks indeks for omkostninger til buskørsel. Stigningen pr. 1. marts er 1,9 %. Den nye pris "
                + "kommer med på martsfakturaen via EAN, og der skal ikke betales noget særskilt.\n\nBeregningen er vedhæftet."
                + "\n\nVenlig hilsen\nDalby Turistbusser ApS")
            .attach("application/pdf", "Indeksregulering_2032.pdf", Attachments.pdf(docId(m, "idx"), "Indeksregulering 2032",
                List.of("Kontrakt om skolekørsel, pkt. 7.2", "Indeks 4. kvt. 2031: +1,9 %", "Gælder fra 01.03.2032")));
        genuine(m, bus.ip());
        m.description = "listed bus company announces contractual indexation on the next ordinary invoice";
    }

    private void platforms() {
        Object[][] p = {{"pennylane.com", el}, {"pennylane.com", it}, {"qonto.com", guide}, {"onpay.io", skadedyr},
            {"revolut.com", null}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(780_000);
            m.mailFrom = "bounce-" + sha256("plat30:" + m.id).substring(0, 12) + "@" + d;
            String no;
            if (d.equals("pennylane.com")) {
                no = "PL-2032-" + String.format("%05d", 300 + rnd.nextInt(9_000));
                headers(m, s.name() + " via Pennylane", "factures@pennylane.com", v == 0 ? "efaktura@faxekommune.dk"
                    : "skoler@faxekommune.dk", s.name() + " har sendt dig faktura " + no)
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px;color:#1b2430\"><p>Hej Faxe Kommune"
                        + "</p><p><b>" + s.name() + "</b> har udstedt faktura " + no + " på <b>" + a.gross() + " DKK</b> med "
                        + "forfald " + writtenDay(m, 30) + ".</p><p>Fakturaen er vedhæftet. Spørgsmål besvares af " + s.person()
                        + " - svar blot på denne e-mail.</p><p><a href=\"https://app.pennylane.com/i/" + sha256("pl30:" + m.id)
                        .substring(0, 24) + "\">Se faktura</a></p><p style=\"color:#8391a7;font-size:11px\">Sendt via Pennylane"
                        + "</p></body></html>");
            } else if (d.equals("qonto.com")) {
                no = "Q-" + (310 + rnd.nextInt(400));
                headers(m, s.person() + " (via Qonto)", "invoices@qonto.com", "skoler@faxekommune.dk", "Faktura " + no + " fra "
                    + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej\n\n" + s.name() + " har sendt jer en faktura.\n\nFakturanummer: " + no + "\nBeløb: " + a.gross()
                        + " DKK\nForfaldsdato: " + isoDay(m, 14) + "\nYdelse: " + s.what() + "\n\nDen vedhæftede PDF indeholder "
                        + "betalingsoplysningerne.\n\n-- \nDenne e-mail er sendt af Qonto på vegne af " + s.name() + ".");
            } else if (d.equals("onpay.io")) {
                no = String.valueOf(880 + rnd.nextInt(300));
                headers(m, s.name() + " - OnPay", "betaling@onpay.io", "teknik-miljoe@faxekommune.dk", "Faktura " + no
                    + " og betalingslink fra " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\"><p>Kære Faxe Kommune</p><p>"
                        + s.name() + " har sendt en faktura på " + a.gross() + " kr. for " + s.what() + ". Betal med "
                        + "bankoverførsel efter fakturaen eller med kort via OnPay.</p><p><a href=\"https://pay.onpay.io/l/"
                        + sha256("op30:" + m.id).substring(0, 20) + "\">Gå til betaling</a></p><p style=\"font-size:10px;color:"
                        + "#888\">OnPay.io ApS håndterer kortbetalingen for " + s.name() + ".</p></body></html>");
            } else {
                no = "INV-" + (1_040 + rnd.nextInt(200));
                String lt = iban("LT", "3250093377104428");
                headers(m, "Baltic Wayfinding UAB via Revolut Business", "invoicing@revolut.com", "kultur-fritid@faxekommune.dk",
                    "Invoice " + no + " from Baltic Wayfinding UAB")
                    .header("Reply-To", "<accounts@baltic-wayfinding.lt>")
                    .text("Hello Faxe Kommune,\n\nBaltic Wayfinding UAB has sent you invoice " + no + " for the trail signposts "
                        + "delivered to Faxe Kalkbrud (order KF-2031-77).\n\nAmount due: EUR 3,420.00 (reverse charge)\nDue date: "
                        + isoDay(m, 30) + "\nPay to: " + lt + "\n\nThis invoice was created with Revolut Business.");
                m.mime.attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "rev"), "Invoice " + no,
                    List.of("Baltic Wayfinding UAB, Vilnius", "Bill to: Faxe Kommune, " + RAADHUS, "Trail signposts, 14 pcs, order "
                        + "KF-2031-77", "EUR 3,420.00 - VAT reverse charge", "Pay to " + lt)));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform revolut.com: a Lithuanian sign maker's invoice for ordered trail signposts, LT IBAN";
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
        for (Supplier s : List.of(varme, kontor, byg)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_500_000);
            boolean peppol = v != 1;
            String order = "FK-" + (52_000 + v * 733);
            headers(m, s.name(), addr(s), "efaktura@faxekommune.dk", "E-faktura " + no + (peppol ? " (Peppol BIS Billing 3.0)" : " (OIOUBL 2.02)"))
                .text("Hej e-fakturering\n\nVores NemHandel-adgang er ved at blive flyttet til en ny udbyder og virker ikke i denne "
                    + "uge. Som aftalt i telefonen med jeres kreditorteam sender vi derfor XML-filen direkte, sammen med en PDF til "
                    + "at læse. Kontoen er den samme som altid. Kommer fakturaen også ad den normale vej, skal den kun betales én "
                    + "gang.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no.replace('/', '-') + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, order, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 2, List.of("Ordre " + order, "Kilde: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a readable PDF, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced properly, each followed by the supplier's next invoice to the new account:
     * the carpenter moves to another bank; the district heating company's bank merges and gives it new account numbers.
     */
    private void bankChanges() {
        String nyT = bank("9570", "0012438876");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@faxekommune.dk", "Ny bankforbindelse fra 1. februar")
            .text("Til kreditorbogholderiet\n\nRønnede Tømrer- og Snedkerfirma har skiftet til Sparekassen Sjælland-Fyn. Fakturaer "
                + "udstedt fra og med 1. februar 2032 har derfor det nye kontonummer " + nyT + ". Fakturaer udstedt før den dato "
                + "betales som hidtil; den gamle konto lukker først til sommer.\n\nI er velkomne til at ringe til mig på det "
                + "nummer, der står i jeres kreditorkartotek, og få skiftet bekræftet. Brevet med min underskrift er vedhæftet."
                + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse_Roennede_Toemrer.pdf", Attachments.pdf(docId(m, "nb"),
                "Meddelelse om ny bankforbindelse", List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()),
                    "Gælder fakturaer udstedt fra 01.02.2032", "Ny konto: " + nyT, "Allan Holm, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from February (SPF+Ed25519, no DMARC), invites a call-back";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "justering af vinduespartier og nye lister, Rønnede Skole");
        invoice(m, moved, nyT, 10, List.of("Ny bankforbindelse fra 01.02.2032, jf. brev"), "\n\nBemærk, at vi har ny bank - "
            + "kontonummeret står på fakturaen og i brevet, I fik for nylig.");
        genuine(m, toemrer.ip());
        m.description = "roennede-toemrer.dk invoice with its new account after the announced, authenticated bank change";

        String nyV = iban("DK", "05000001846627");
        m = ok("supplier-new-account", false);
        headers(m, "Haslev Fjernvarme, Økonomi", addr(varme), "kreditor@faxekommune.dk", "Nye kontonumre efter bankfusion")
            .text("Til Faxe Kommune, Kreditor og Ejendomscenter\n\nVores bank er fusioneret ind i Arbejdernes Landsbank, og alle "
                + "vores konti har derfor fået nye numre. Fra varmeregningen for februar skal der betales til " + nyV
                + ". Betalinger til det gamle nummer bliver ført videre frem til 30. juni.\n\nSkiftet er også meddelt på "
                + "vores hjemmeside og i brev til jeres Digital Post. Ring gerne til forbrugerservice på det nummer, der står på "
                + "jeres tidligere regninger.\n\nMed venlig hilsen\nHaslev Fjernvarme a.m.b.a.");
        genuine(m, varme.ip());
        m.description = "listed district heating company (p=reject, DMARC pass) announces new account numbers after its bank's "
            + "merger, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier renumbered = new Supplier(varme.name(), varme.domain(), varme.person(), varme.box(), varme.ip(), nyV,
            "fjernvarme februar, kommunale bygninger i Haslev");
        invoice(m, renumbered, nyV, 12, List.of("Nyt kontonummer efter bankfusion"), "\n\nHusk det nye kontonummer, jf. vores "
            + "brev.");
        genuine(m, varme.ip());
        m.description = "haslev-fjernvarme.dk invoice with its new account after the announced, authenticated bank merger";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(havn, skadedyr, natur, guide, tolk, musik, pudser, motion, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 2, List.of("Bestilt af " + (v % 2 == 0 ? "den ansvarlige medarbejder" : "afdelingslederen")),
                v % 3 == 1 ? "\n\nDet er min første faktura til kommunen, så giv besked, hvis der mangler et nummer eller lignende." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has new phone numbers but the same bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Ulse Låseservice", "ulse-laasesmed.dk", "Torben Hviid", "torben", HOSTER_IP,
            bank("9070", "1713380925"), "nyt nøglesystem og cylindre, Dalby Skole");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 15, List.of("Nøgler kvitteret af skolens pedel"), "\n\nNøglerne er afleveret på kontoret.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 26, List.of("Nyt telefonnummer: 56 71 20 40"), "\n\nVi har fået nyt telefonnummer - bank og "
            + "kontonummer er uændrede.");
        genuine(m, HOSTER_IP);
        m.description = "hylleholt-el.dk invoice announcing a new phone number, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        Object[][] g = {{svensk, "Faktura ", "här kommer fakturan för scenpodierna och ljusbryggan till Faxe Kulturhus, monterade "
            + "vecka 50. Omvänd skattskyldighet.", "SEK 164 300,00", "Hej!", "Med vänlig hälsning"},
            {tysk, "Abschlagsrechnung ", "wie im Bauvertrag vom 3. Oktober 2031 vereinbart, übersenden wir die erste "
                + "Abschlagsrechnung für die Erneuerung der Fenderanlage im Hafen Faxe Ladeplads. Die Steuerschuld geht auf den "
                + "Leistungsempfänger über.", "EUR 48.200,00", "Sehr geehrte Damen und Herren,", "Freundliche Grüße"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == svensk) {
                m.wave = 1;
            }
            String no = (s == svensk ? "YS" : "AR-32-") + (3_300 + rnd.nextInt(600));
            String subject = x[1] + no + " - Faxe Kommune";
            headers(m, s.person(), addr(s), s == svensk ? "kultur-fritid@faxekommune.dk" : "havn@faxekommune.dk", subject)
                .text(x[4] + "\n\n" + x[2] + "\n\n" + (s == svensk ? "Betalas inom 30 dagar till " : "Zahlbar binnen 30 Tagen "
                    + "auf ") + s.account() + ".\n\n" + x[5] + "\n" + s.name())
                .attach("application/pdf", (s == svensk ? "Faktura_" : "Rechnung_") + no + ".pdf", Attachments.pdf(docId(m, "fx"),
                    x[1] + no, List.of(s.name(), "Kund/Kunde: Faxe Kommune, " + RAADHUS + ", Danmark", s.what(),
                        "Summa/Summe " + x[3] + " (reverse charge)", "Bank: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), subject));
            m.description = s == svensk ? "Swedish stage builder from Ystad (history), SE IBAN, reverse charge, p=none"
                : "German harbour contractor from Rostock, DE IBAN, instalment invoice, p=quarantine";
        }
        M m = ok("foreign-invoice", true);
        String no = "ZSV-" + (8_100 + rnd.nextInt(400));
        headers(m, "Zwolle Sportvloeren B.V.", addr(nl), "ejendomscenter@faxekommune.dk", "Invoice " + no
            + " - sports floor Haslev Hallen 2")
            .text("Dear Faxe Kommune,\n\nAttached is our invoice for the sprung sports floor and the line marking in hall 2 of Haslev "
                + "Hallen, purchase order FK-2031-1187, handed over on 19 January. VAT is reverse charged. Please pay within 30 "
                + "days to " + nl.account() + " and quote the invoice number.\n\nKind regards\nSanne de Vries\nZwolle Sportvloeren B.V.")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of("Zwolle Sportvloeren B.V.", nl.what(), "EUR 39,850.00 excl. VAT, reverse charge", nl.account())));
        genuine(m, nl.ip());
        m.description = "Dutch sports-floor layer, SPF only (aligned pass, no DMARC), NL IBAN, ordered work";
        Past f = past.get(svensk.domain());
        m = ok("payment-reminder", true);
        headers(m, svensk.person(), addr(svensk), "kultur-fritid@faxekommune.dk", "Påminnelse: faktura " + f.no())
            .text("Hej!\n\nVi har ännu inte fått betalt för faktura " + f.no() + " på " + f.amount().gross() + ". Vänligen betala "
                + "till vårt vanliga konto " + svensk.account() + ". Har ni redan betalt kan ni bortse från detta.\n\nMed vänlig "
                + "hälsning\nYstad Scenbygg AB");
        genuine(m, svensk.ip());
        m.description = "Swedish supplier's reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "PLEO-" + (60_300 + rnd.nextInt(9_000));
        headers(m, "Pleo Billing", "billing@pleo.io", "digitalisering@faxekommune.dk", "Your Pleo invoice " + no)
            .text("Hi Faxe Kommune,\n\nYour invoice for the Pleo company cards and expense management (120 users, February 2032) "
                + "is attached. As agreed it is paid via your EAN number by e-invoice, not by direct debit.\n\nInvoice: " + no
                + "\nAmount: DKK 21,600.00 excl. VAT\n\nPleo Technologies A/S")
            .attach("application/pdf", "Pleo_" + no + ".pdf", Attachments.pdf(docId(m, "pleo"), "Invoice " + no,
                List.of("Customer: Faxe Kommune, EAN " + EAN, "Pleo Essential, 120 users, February 2032", "DKK 21,600.00 excl. VAT",
                    "Payment: e-invoice (EAN)")));
        genuine(m, "127.151.5.1");
        m.description = "expense-card SaaS monthly invoice in English, payment via EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "ZN" + (91_000 + rnd.nextInt(900));
        headers(m, "Zenegy", "faktura@zenegy.com", "loen@faxekommune.dk", "Faktura " + no + " - lønmodul til vikarkorpset")
            .text("Hej Løn og Personale\n\nHer er fakturaen for lønmodulet, som jeres vikarkorps på skoleområdet bruger, for 1. "
                + "kvartal 2032. Den er også sendt til EAN.\n\nVenlig hilsen\nZenegy, Bogholderi")
            .attach("application/pdf", "Zenegy_" + no + ".pdf", Attachments.pdf(docId(m, "zen"), "Faktura " + no,
                List.of("Faxe Kommune, Løn og Personale, EAN " + EAN, "Lønmodul, 1. kvt. 2032, op til 80 medarbejdere",
                    "DKK 9.750,00 + moms", "Betaling via EAN")));
        genuine(m, "127.151.6.1");
        m.description = "payroll SaaS quarterly invoice, Ed25519, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "WR-" + (4_100 + rnd.nextInt(500));
        headers(m, "Wired Relations", "invoice@wiredrelations.com", "digitalisering@faxekommune.dk", "Wired Relations invoice " + no)
            .text("Hi,\n\nPlease find attached the annual invoice for your GDPR and information-security compliance platform "
                + "(2032-03-01 to 2033-02-28). It has been sent to your EAN via Peppol as well.\n\nBest regards\nWired Relations, "
                + "Finance")
            .attach("application/pdf", "WiredRelations_" + no + ".pdf", Attachments.pdf(docId(m, "wr"), "Invoice " + no,
                List.of("Faxe Kommune, EAN " + EAN, "Compliance platform, municipal plan, 12 months", "DKK 46,000.00 excl. VAT",
                    "Payment: Peppol/EAN")));
        genuine(m, "127.151.7.1");
        m.description = "compliance SaaS annual invoice in English, p=none aligned pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounces-" + sha256("ys30:" + m.id).substring(0, 10) + "@yousign.com";
        headers(m, "Haslev Revision via Yousign", "noreply@yousign.com", "oekonomi@faxekommune.dk", "Haslev Revision inviterer dig "
            + "til at underskrive: Regnskabserklæring, tilskud til Faxe Kulturhus")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Haslev Revision beder dig "
                + "underskrive dokumentet <b>Ledelseserklæring til revisors erklæring om tilskudsregnskab, Faxe Kulturhus 2031</b>."
                + "</p><p><a href=\"https://yousign.app/signatures/" + sha256("ysl30:" + m.id).substring(0, 28) + "\">Se dokumentet"
                + "</a></p><p>Har du spørgsmål til indholdet, så kontakt afsenderen direkte.</p><p style=\"font-size:10px;"
                + "color:#999\">Yousign SAS - elektronisk signatur</p></body></html>");
        genuine(m, "127.147.4.1");
        m.description = "real e-signature service sends the auditor's management letter for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"kassekontrol-nyt.dk", "Kassekontrol Nyt", "redaktion@", "Falske udlejere og headhuntere",
            "Kommuner får mails fra 'udlejere', der vil have det indskud, kommunen har bevilget en borger, sendt til deres egen "
                + "konto, og fra 'rekrutteringsbureauer', der fakturerer for ansættelser, de aldrig har medvirket til. Betal "
                + "kun indskud til den udlejer, der står i bevillingen, og kun honorar efter en underskrevet kontrakt."},
            {"haslev-revision.dk", "Haslev Revision", "nyt@", "Ejendomshandel: købesum går aldrig via en mail",
                "Ved kommunale jordsalg og -køb deponeres købesummen i købers pengeinstitut eller via advokatens klientkonto, "
                    + "som kendes fra købsaftalen. Et nyt kontonummer i en mail fra 'advokaten' er et faresignal."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc." + sha256("nl30:" + x[0]).substring(0, 12) + "@ungapped.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@faxekommune.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld?id=" + sha256("u30:" + x[0]).substring(0, 14) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"background:#f4f4f4\"><div style=\"max-width:600px;margin:auto;background:#fff;padding:"
                    + "24px;font-family:Georgia,serif\"><h2>" + x[3] + "</h2><p>" + x[4] + "</p><p><a href=\"https://" + x[0]
                    + "/nyheder\">Læs hele artiklen</a></p><hr><p style=\"font-size:10px;color:#666\">Du modtager nyhedsbrevet som "
                    + "abonnent. Afmeld med ét klik.</p></div></body></html>");
            m.signers.add(x[0]);
            m.signers.add("ungapped.com");
            m.ip = "127.149.7.1";
            m.helo = "smtp.ungapped.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"offentlige-bogholdere.dk", "Jette Krog", "jekr@", "'Udlejer' vil have indskuddet til sin egen konto",
            "Hej alle\n\nVi har fået en mail fra en 'udlejer', som bad om det bevilgede indskud til en konto i hans navn. "
                + "Lejekontrakten var vedhæftet og så rigtig ud. Boligselskabet kendte intet til lejemålet. Andre?\n\nJette"},
            {"indkoebsgruppe-sydsj.dk", "Kasper Nørgaard", "kano@", "SV: 'Udlejer' vil have indskuddet til sin egen konto", "Ja, "
                + "to gange i januar. Vi betaler nu kun til den udlejer, der står i bevillingen, og ringer altid op først.\n\n"
                + "Kasper"},
            {"offentlige-bogholdere.dk", "Helle Strand", "hest@", "Headhunter-faktura for en ansættelse, vi selv lavede", "Hej\n\n"
                + "Vi har fået en faktura på 20 % af en årsløn fra et bureau, der påstår at have 'præsenteret' vores nye "
                + "afdelingsleder. Stillingen var slået op, og bureauet har ingen kontrakt med os. Pas på.\n\nHelle"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornetvaerk-sydsj.dk", x[3])
                .header("List-Id", "Kreditornetvaerk Sydsjaelland <liste.kreditornetvaerk-sydsj.dk>")
                .header("List-Post", "<mailto:liste@kreditornetvaerk-sydsj.dk>")
                .text(x[4]);
            String list = "kreditornetvaerk-sydsj.dk";
            listPost(m, x[0], list, "[Kreditornetværk Sydsjælland] ",
                "\r\n-- \r\nKreditornetværk Sydsjælland - en liste for kreditor- og økonomimedarbejdere i kommuner og "
                + "regioner\r\nIndstillinger og afmelding: https://kreditornetvaerk-sydsj.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 20, List.of(), "");
        m.mailFrom = "SRS0=Hq4d=YB=faxe-lokalavis.dk=annoncer@srs.haslevnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.150.1.1";
        m.helo = "srs.haslevnet.dk";
        m.description = "faxe-lokalavis.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 29, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 34, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        invoice(m, kloak, kloak.account(), 23, List.of(), "");
        relayedBy(m, RELAY, "SPF only through its hoster, no DMARC: softfail, nothing aligned");
        m = ok("forwarded", true);
        String no = invoiceNo(bus);
        Amount a = amount(410_000);
        Mime orig = original(m, "inner30:", 1, 3, 52, bus, "Mette Bagger <meba@faxekommune.dk>",
            "Faktura " + no + " ekskursion 5.b");
        orig.text("Hej Mette\n\nHer er regningen for bussen til Geomuseum Faxe med 5.b.\n\nTrafikkontoret\nDalby Turistbusser");
        orig.attach("application/pdf", pdfName(no, 2), pdfInvoice(m, bus, "Faktura", no, a, bus.account(), 3, List.of()));
        headers(m, "Mette Bagger", "meba@" + OWN, "kreditor@faxekommune.dk", "VS: Faktura " + no + " ekskursion 5.b")
            .text("Hej kreditor\n\nBusselskabet sendte fakturaen til mig i stedet for til EAN. Turen er kørt og godkendt - konto "
                + "Haslev Skole, ekskursioner. Den oprindelige mail ligger som vedhæftning.\n\nMette Bagger\nHaslev Skole")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a teacher forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.karise-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorbogholderiet", "kreditor@", "ledere@faxekommune.dk", "Indskud og lejegaranti: kun til udlejer i "
            + "bevillingen", "Kære ledere i Jobcenter og Ydelse\n\nVi udbetaler indskudslån og lejegarantier alene til den udlejer, "
                + "der står i bevillingen, og kun efter opkrævning fra udlejerens kendte adresse. Skriver en 'udlejer' om ny "
                + "konto eller hastebetaling, så send mailen videre til os.\n\nKreditorbogholderiet"},
            {"Lars Kjeldsen", "lakj@", "kreditor@faxekommune.dk", "Haslev Fjernvarme - nye kontonumre bekræftet", "Hej\n\nJeg har "
                + "ringet til Haslev Fjernvarmes forbrugerservice på nummeret fra vores gamle regninger. Bankfusionen og det nye "
                + "kontonummer er bekræftet, og brevet ligger også i Digital Post. Stamdata er rettet.\n\nLars\nEjendomscenter Faxe"},
            {"IT-sikkerhed", "it-sikkerhed@", "alle@faxekommune.dk", "Falske e-signaturer i omløb", "Vi ser mails, der ligner "
                + "en anmodning om e-signatur, men fører til en side, der beder om jeres kodeord eller MitID. Åbn kun "
                + "signeringslinks, I venter på, og tjek afsenderen. Er du i tvivl, så ring til servicedesk."},
            {"Pia Thomsen", "pith@", "kreditor@faxekommune.dk", "Udlæg: rebslæder og fendere til havnebåden", "Hej\n\nVedhæftet er "
                + "bonen for to fendere og 30 m fortøjning til arbejdsbåden i Faxe Ladeplads. Kan det komme med i næste "
                + "udlægsudbetaling?\n\nPia\nHavnen"},
            {"HR og Løn", "hr@", "ledere@faxekommune.dk", "Rekrutteringsbureauer", "Kære ledere\n\nVi bruger kun rekrutteringsbureauer "
                + "efter skriftlig kontrakt via HR. Får I en faktura fra et bureau for en ansættelse, så send den til HR - "
                + "godkend den ikke selv.\n\nHR og Løn"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "bon_havn.jpg", Attachments.image(docId(m, "bon"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Haslev Sparekasse, Erhverv", "erhverv@haslev-sparekasse.dk", "oekonomi@faxekommune.dk",
            "Kvittering for modtaget betalingsfil")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 212 betalinger. Den er godkendt og bliver gennemført på "
                + "de angivne datoer. Status kan ses i netbanken under 'Filoverførsler'.\n\nVi sender aldrig links til log-on "
                + "og beder aldrig om MitID-godkendelse via mail.\n\nHaslev Sparekasse, Erhverv");
        genuine(m, "127.149.1.1");
        m.description = "the real bank's file receipt: no link, refers to the netbank";
        m = ok("bank-notice", false);
        headers(m, "Haslev Sparekasse, Erhverv", "erhverv@haslev-sparekasse.dk", "oekonomi@faxekommune.dk",
            "Nye gebyrer for udlandsbetalinger")
            .text("Kære kunde\n\nFra 1. april ændres gebyret for SEPA-betalinger. Prislisten ligger i netbanken under "
                + "'Dokumenter'.\n\nHaslev Sparekasse");
        genuine(m, "127.149.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Østsjællands Landbobank", "kundeservice@oestsjaellands-landbobank.dk", "oekonomi@faxekommune.dk",
            "Ny rentesats på erhvervskonti")
            .text("Renten på erhvervskonti ændres fra 1. marts. Den nye sats kan ses i netbanken. Der skal ikke gøres noget.\n\n"
                + "Denne mail kan ikke besvares.");
        genuine(m, "127.149.2.1");
        m.description = "bank notice about interest, Ed25519, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Haslev Revision", "revision@haslev-revision.dk", "kreditor@faxekommune.dk", "Saldobekræftelse pr. 31.12.2031 "
            + "- " + entrep.name())
            .text("Til Faxe Kommune\n\nVi reviderer årsregnskabet for " + entrep.name() + " og beder jer bekræfte kommunens "
                + "mellemværende med selskabet pr. 31. december 2031. Selskabets samtykke er vedhæftet.\n\nSvar venligst direkte til "
                + "os, også hvis der intet mellemværende er. Vi beder ikke om betalinger eller om kontooplysninger.\n\nVenlig "
                + "hilsen\nHaslev Revision")
            .attach("application/pdf", "Samtykke_saldobekraeftelse.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Pr. 31.12.2031", "Svar sendes til revisor")));
        genuine(m, "127.147.3.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Hylleholt Friskole, Kontoret", "kontor@hylleholt-friskole.dk", "oekonomi@faxekommune.dk",
            "Betalingsadvis - leje af Faxe Hallen")
            .text("Hej\n\nI dag har vi overført 14.800,00 kr. for leje af Faxe Hallen til vores skolefest (jeres faktura 9120447)."
                + "\n\nVenlig hilsen\nHylleholt Friskole");
        genuine(m, "127.147.5.1");
        m.description = "remittance advice: a school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Østaffald I/S, Debitor", "debitor@oestaffald.dk", "oekonomi@faxekommune.dk", "Specifikation af indbetaling")
            .text("Til Faxe Kommune\n\nVedhæftet er specifikationen af dagens indbetaling fra Østaffald I/S.\n\nØstaffald")
            .attach("text/csv", "indbetaling.csv", ("faktura;tekst;beloeb\r\n9120452;Vintertjeneste adgangsvej Rønnede genbrugsplads;"
                + "18400,00\r\n9120453;Leje af oplagsplads, Faxe;6250,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.147.11.1");
        m.description = "the waste company pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"haslev-byggemarked.dk", "Haslev Byggemarked", "bon@", "Din kvittering fra Haslev Byggemarked",
            "Vejsalt 60 sække, 4 snekoste og 2 isskrabere, 3.940,00 kr. Betalt med kommunens indkøbskort."},
            {"faxe-boghandel.dk", "Faxe Boghandel", "netbutik@", "Ordre 20871 er afsendt", "28 stk. 'Havet der blev til kalk' "
                + "til 6. årgang på Faxe Ladeplads Skole, 4.480,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@faxekommune.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Karise Legepladser", "ordre@karise-legepladser.dk", "indkoeb@faxekommune.dk", "Ordrebekræftelse 32-0148")
            .text("Tak for ordren på et gyngestativ med fuglerede og faldunderlag til Børnehuset Lærkereden i Karise. Montering "
                + "forventes i uge 14. Fakturaen sendes via NemHandel til EAN " + EAN + ".\n\nKarise Legepladser");
        genuine(m, "127.147.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, havn.person(), addr(havn), "havn@faxekommune.dk", "Tilbud: udskiftning af bådebro B")
            .text("Hej\n\nTilbud på udskiftning af bådebro B i azobé, inkl. nedrivning af den gamle bro og nye rustfrie beslag: "
                + "128.000 kr. ekskl. moms. Tilbuddet står ved magt til 1. april." + signature(havn))
            .attach("application/pdf", "Tilbud_badebro_B.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Bådebro B, Faxe Ladeplads Lystbådehavn", "128.000,00 ekskl. moms", "Gyldigt til 01.04.2032")));
        genuine(m, havn.ip());
        m.description = "quote from an unlisted boatyard, nothing to pay";
        m = ok("quote", false);
        headers(m, natur.person(), addr(natur), "teknik-miljoe@faxekommune.dk", "Prisoverslag: hegn ved Hylleholt Overdrev")
            .text("Hej\n\nNyt trådhegn med robinieposter, ca. 640 m, og to låger: 4 arbejdsdage, 38.500 kr. + moms inkl. materialer. "
                + "Jeg kan gå i gang, når frosten er af jorden." + signature(natur));
        genuine(m, natur.ip());
        m.description = "quote in the body from an unlisted nature-care firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skoler@faxekommune.dk", "Vinterkøreplan: svømmekørsel ved snevejr")
            .text("Hej\n\nVed varslet snevejr kører svømmebussen fra Dalby 15 minutter tidligere, så holdene når frem til tiden. "
                + "Prisen er den samme.\n\nTrafikkontoret\nDalby Turistbusser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomscenter@faxekommune.dk", "Varsel: lukning for varmen, Haslev Øst")
            .text("Kære kunde\n\nTirsdag kl. 9-14 lukker vi for fjernvarmen i en del af Haslev Øst på grund af en "
                + "ventiludskiftning. Skolerne og plejecentret har fået direkte besked.\n\nHaslev Fjernvarme");
        genuine(m, varme.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7300010188452261"), iban("DK", "89900009912374"), bank("8990", "0005521876"),
        iban("EE", "2200221088412276"), iban("PL", "651090101400000712345678"), iban("GB", "MONZ04000377812201"),
        iban("IE", "REVO99036099120455"), iban("NL", "BUNQ2097755312"), iban("DE", "500105175419338812"),
        iban("HU", "117730160000000011223344"), iban("RO", "BTRL0000999903381121"), iban("BG", "STSA93000024812377"),
        iban("CY", "002001280000001200998812"), bank("9860", "0000917745"), iban("MT", "VALL22013000000040023817765"),
        iban("SE", "60000000000918273645"), iban("LT", "3250024833019956"), iban("DK", "98600001773429"),
        iban("NO", "86011117947"), iban("LT", "7035000100009911")};

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
        fakeSignatures();
        propertyEscrow();
        placementFees();
        depositGuarantees();
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, byg, kontor, maler};
        String[] notes = {"\n\nOBS: Vi har fået ny bank. Brug venligst kun kontonummeret på denne faktura fremover.",
            "\n\nVores konto i Nordea er nedlagt - opdater venligst kontonummeret hos jer.", "",
            "\n\nBemærk ny bankforbindelse fra og med denne faktura.", "\n\nJeg har skiftet bank, så pengene skal ind på den nye konto."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 3 + 2), i + 5, List.of("Ændret bankforbindelse"), notes[i]);
            if (who[i] == byg) {
                m.mime.header("Reply-To", "<erhverv@karisetraelast.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " (DMARC " + dns.get(who[i].domain()).dmarc() + ") from a fraudster's "
                + "machine, changed account" + (who[i] == byg ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"haslev-fjernvarme.net", varme}, {"karise-entreprenor.dk", entrep}, {"karisetraelast.dk", byg},
            {"hylleholt-elinstallation.dk", el}, {"faxeladeplads-rengoring.dk", rengoer}, {"vemmetofte-vvs-blik.dk", vvs}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 5), i * 3 + 1, List.of(), i % 2 == 1
                ? "\n\nVær opmærksom på, at vores kontonummer er ændret." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("karise-tr\u0430elast.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(8), 16, List.of("Ny bankforbindelse pr. 1. februar"), "\n\nBrug venligst den "
            + "nye konto fremover.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as karise-traelast.dk, invoice with new account, authenticates";
        d = idn("faxek\u043emmune.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Faxe Kommune, Vej og Trafik", "vejogtrafik@" + d, "kreditor@faxekommune.dk", "Haster: forudbetaling af "
            + "saltleverance")
            .text("Hej kreditor\n\nSaltleverandøren vil ikke levere de næste 300 tons vejsalt til Materielgården, før de har "
                + "fået forudbetaling: 94.750 kr. til " + mule(11) + ". Med den vejrudsigt, vi har, kan vi ikke vente. Kan I "
                + "sende det i dag? Fakturaen kommer ind i systemet bagefter.\n\nHilsen\nVej og Trafik");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our own road department: same-day salt prepayment";
    }

    private void platformFrauds() {
        M m = bad("lookalike-platform");
        headers(m, kloak.name() + " - OnPay", "betaling@onpay-haslev.com", "teknik-miljoe@faxekommune.dk", "Betaling mislykkedes - "
            + "faktura fra " + kloak.name())
            .html("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\"><p>Kære Faxe Kommune</p><p>Jeres betaling "
                + "af fakturaen fra " + kloak.name() + " blev afvist af kortudbyderen. Gennemfør betalingen igen inden 48 timer, "
                + "ellers overgår kravet til inkasso.</p><p><a href=\"https://onpay-haslev.com/l/" + sha256(m.id).substring(0, 18)
                + "\">Betal igen</a></p><p style=\"font-size:10px;color:#888\">OnPay.io ApS</p></body></html>");
        ownedBy(m, "onpay-haslev.com");
        m.description = "look-alike platform onpay-haslev.com: 'payment failed' in listed dalby-kloakservice.dk's name, pay link";
        m = bad("lookalike-platform");
        String no = "Q-" + (310 + rnd.nextInt(400));
        headers(m, natur.person() + " (via Qonto)", "invoices@qonto-karise.net", "teknik-miljoe@faxekommune.dk", "Faktura " + no
            + " fra " + natur.name() + " - opdaterede betalingsoplysninger")
            .text("Hej\n\n" + natur.name() + " har sendt jer en faktura.\n\nFakturanummer: " + no + "\nBeløb: 16.250,00 DKK\n"
                + "Forfaldsdato: " + isoDay(m, 5) + "\n\nBetalingsoplysningerne er opdateret: betal til " + mule(4) + ".\n\n-- \n"
                + "Denne e-mail er sendt af Qonto på vegne af " + natur.name() + ".");
        ownedBy(m, "qonto-karise.net");
        m.description = "look-alike platform qonto-karise.net in an unlisted nature-care firm's name, PL IBAN";
        m = bad("platform-account-misused");
        no = "PL-2032-" + String.format("%05d", 300 + rnd.nextInt(9_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 12) + "@pennylane.com";
        headers(m, "Nordisk Leverandørindeks via Pennylane", "factures@pennylane.com", "indkoeb@faxekommune.dk", "Nordisk "
            + "Leverandørindeks har sendt dig faktura " + no)
            .header("Reply-To", "<leverandoerindeks@outlook.com>")
            .html("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px\"><p>Hej Faxe Kommune</p><p>Tak for jeres "
                + "tilmelding til <b>Nordisk Leverandørindeks 2032</b> (profil, logo og udbudsovervågning, 12 måneder). Faktura "
                + no + " på <b>27.450,00 DKK</b> forfalder om 7 dage og betales til " + mule(9) + ".</p><p style=\"color:#8391a7;"
                + "font-size:11px\">Sendt via Pennylane</p></body></html>")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "pf"), "Faktura " + no,
                List.of("Nordisk Leverandørindeks", "Tilmelding 2032, 12 mdr.", "DKK 27.450,00 inkl. moms", "Konto " + mule(9))));
        genuine(m, "127.148.2.1");
        m.description = "real platform pennylane.com used by an unknown index for a listing never ordered, outlook Reply-To, HU IBAN";
        m = bad("platform-account-misused");
        no = String.valueOf(880 + rnd.nextInt(300));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 12) + "@onpay.io";
        headers(m, rengoer.name() + " - OnPay", "betaling@onpay.io", "kreditor@faxekommune.dk", "Faktura " + no + " og "
            + "betalingslink fra " + rengoer.name())
            .header("Reply-To", "<faxeladeplads.rengoering@gmail.com>")
            .html("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\"><p>Kære Faxe Kommune</p><p>" + rengoer.name()
                + " har sendt faktura " + no + " for januar. Vi har fået ny bank i forbindelse med skiftet til OnPay, så "
                + "bankoverførsel skal ske til " + mule(1) + ".</p><p style=\"font-size:10px;color:#888\">OnPay.io ApS håndterer "
                + "kortbetalingen for " + rengoer.name() + ".</p></body></html>")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(1)), "Faktura",
                no, amount(2_200_000), mule(1), 3, List.of("Ny bankforbindelse")));
        genuine(m, "127.148.1.1");
        m.description = "real platform onpay.io in listed faxeladeplads-rengoering.dk's name, new DK account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Vores bank har spærret kontoen midlertidigt, mens de opdaterer vores kundeoplysninger. Indtil "
            + "videre skal der betales til "},
            {bus, "Efter generationsskiftet i firmaet har vi flyttet alle konti, så fremover skal betalinger gå til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 13), i + 7, List.of("Ændret modtagerkonto"), "\n\n" + c[i][1] + mule(i + 13)
                + ". Jeg er på kursus resten af ugen, så skriv hellere end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = entrep;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@faxekommune.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn lille tilføjelse til fakturaen nedenfor: vi har skiftet bank ved årsskiftet, så de " + p.amount().gross()
                + " kr. skal sendes til " + mule(16) + ". Den gamle konto bliver nedlagt i næste uge.\n\n" + s.person() + "\n"
                + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of karise-entreprenoer.dk replies in its own wave-1 thread (DMARC pass), LT account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "dalby-kloakservice.net"}, {mad, "haslev-madservice.com"}, {toemrer, "roennede-tomrer.dk"},
            {bus, "dalby-turistbus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@faxekommune.dk", (i % 2 == 1 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nVedr. faktura " + p.no() + " på " + p.amount().gross() + " kr.: vi har desværre haft problemer med "
                    + "vores bank, så beløbet skal i stedet overføres til " + mule(i + 2) + ". Giv mig lige et kort svar, når I har "
                    + "rettet det.\n\n" + s.person() + "\n\n________________________________\nFra: " + s.person() + "\nEmne: "
                    + p.subject() + "\n\n> " + GREETING[i] + "\n> Vedhæftet faktura " + p.no() + ".");
            if (i == 0) {
                mime.attach("application/pdf", pdfName(p.no(), 4), pdfInvoice(m, s.posing(d, mule(i + 2)), "Faktura", p.no(),
                    p.amount(), mule(i + 2), 1, List.of("Rettet kontonummer")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account"
                + (s == toemrer ? " (the real firm did change bank: this is a third account)" : "");
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Ole Vive, borgmester", "borgmester@" + OWN, "oekonomi@faxekommune.dk", "Diskret betaling - erhvervsrejse")
            .text("Hej\n\nJeg har sagt ja til at deltage i en erhvervsrejse med Business Faxe, og arrangøren skal have min andel "
                + "af rejsen i dag: 46.900 kr. til " + mule(3) + ". Sig det ikke videre, før det er meldt ud i byrådet - "
                + "kvitteringerne følger.\n\nOle");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Ejendomscenter Faxe", "ejendomscenter@" + OWN, "kreditor@faxekommune.dk", "Rettelse af kontonr. - Karise Trælast")
            .text("Hej\n\nKarise Trælast har ringet og oplyst, at det kontonummer, vi har i stamdata, er forkert. Det korrekte er "
                + mule(6) + ". Kan I ændre det, så det er med i dagens betalingskørsel? Jeg sidder i møder hele eftermiddagen.\n\n"
                + "Ejendomscenter Faxe");
        forged(m, forgedHost++);
        m.description = "our property department's mailbox forged from outside: 'correct the timber merchant's account', mule";
    }

    private void ceo() {
        Object[][] c = {{"Ole Vive", "ole.vive.borgmester@gmail.com", GMAIL, "Er du ved din pc?",
            "Hej\n\nJeg sidder i et lukket møde i KL og kan ikke ringe. Jeg har brug for, at du hjælper mig med en "
                + "overførsel, der skal være væk inden kl. 13. Skriv tilbage her, så får du detaljerne.\n\nOle"},
            {"Thomas Dyrvig", "thomas.dyrvig.kommunaldirektor@outlook.com", MSFT, "En lille opgave",
                "Hej\n\nVi skal sige tak til de seks medarbejdere i Jobcenter Faxe, der har knoklet med omlægningen. Køb 10 "
                    + "gavekort á 500 kr. og send mig koderne på mail. Du får pengene retur via udlæg i morgen.\n\nThomas\n"
                    + "Kommunaldirektør"},
            {"Anette Brask", "anette.brask.oekonomichef@icloud.com", APPLE, "Fortroligt - forlig i voldgiftssag", "Hej\n\nVi har "
                + "indgået forlig med entreprenøren i voldgiftssagen om Faxe Hallen. Modpartens advokat skal have 186.000 kr. i "
                + "dag til " + mule(7) + ". Jeg signerer bilaget, når jeg er tilbage på fredag.\n\nAnette"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@faxekommune.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Maria Juhl Hansen", "maria.juhlhansen88@gmail.com", "loen@faxekommune.dk", "Skift af lønkonto")
            .text("Hej Løn\n\nJeg er pædagog i Børnehuset Mariehønen og har fået ny bank. Vil I sende februarlønnen til "
                + bank("8990", "0007713340") + "? Jeg kan ikke logge på medarbejderportalen hjemmefra.\n\nVenlig hilsen\nMaria");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Jonas Rask", "jonas.rask.faxe@hotmail.com", "loen@faxekommune.dk", "Ny konto til løn og feriepenge")
            .text("Hej\n\nJeg er timelærer på Haslev Skole. Jeg flytter til Norge, og min danske konto er lukket, så løn og "
                + "feriepenge skal fremover til " + mule(18) + ". Jeg har ikke MitID med mig, derfor mailer jeg.\n\nJonas");
        genuine(m, MSFT);
        m.description = "a 'substitute teacher' on hotmail (authenticates) wants his salary to a Norwegian account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "kim@terslevmaler.dk", "kreditor@faxekommune.dk", "ny konto")
            .text("Hej\n\nKort besked: mit kontonummer er nyt - " + mule(2) + ". Brug det fremover, også til den regning, der "
                + "stadig står åben.\n\nHilsen Kim\nTerslev Malerfirma");
        ownedBy(m, "terslevmaler.dk");
        m.description = "no attachment: look-alike of terslev-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Ulse Vognmand <jesper@ulse-vognmand.dk>", "ulse.vognmand@outlook.com", "kreditor@faxekommune.dk",
            "Opdatering af bankoplysninger")
            .text("Kære kunde\n\nVores mailserver bliver flyttet, så vi skriver fra denne adresse i et par dage. Samtidig har vi "
                + "fået ny konto: " + mule(13) + " med virkning fra i dag.\n\nUlse Vognmandsforretning");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is outlook: new account in the body";
        m = bad("bank-change-body-only");
        headers(m, natur.person(), "mads@jyderupskov-naturpleje.com", "teknik-miljoe@faxekommune.dk", "Konto til min regning")
            .text("Hej\n\nJeg har lukket min konto i Lån & Spar. Betal venligst fakturaen for hegnet ved Hylleholt til "
                + mule(17) + " i stedet.\n\nMads Bay\nJyderup Skov Naturpleje");
        ownedBy(m, "jyderupskov-naturpleje.com");
        m.description = "look-alike of the unlisted jyderupskov-naturpleje.dk asks to pay its invoice to a new account";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "FI-" + (620_000 + rnd.nextInt(70_000));
            headers(m, "Faxe Inkasso", "sagsbehandling@faxe-inkasso.com", "kreditor@faxekommune.dk", "Sidste varsel før "
                + "retslige skridt - sag " + sag)
                .text("Faxe Kommune\n\nVi er af " + s[i].name() + " bedt om at inddrive faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. Sammen med inkassoomkostninger på 1.875 kr. skal beløbet være indbetalt på "
                    + mule(i + 10) + " senest om 72 timer. Herefter sendes sagen til fogedretten uden yderligere varsel.\n\n"
                    + "Faxe Inkasso, sagsbehandling")
                .attach("application/pdf", "Sidste_varsel_" + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Sidste varsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(),
                        "Omkostninger 1.875,00", "Konto " + mule(i + 10))));
            ownedBy(m, "faxe-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-faxe.com", "Digital Post", "meddelelse@", "Ny post fra Skattestyrelsen om A-skat",
            "Faxe Kommune har modtaget en meddelelse om for lidt indeholdt A-skat for 4. kvartal. Meddelelsen skal åbnes med "
                + "MitID Erhverv inden 2 dage.", "fake-digital-post"},
            {"mitid-faxe.com", "MitID Erhverv", "support@", "Jeres MitID Erhverv-brugere skal fornyes", "Brugeradministratoren for "
                + "Faxe Kommune har ikke fornyet organisationens brugere efter den seneste opdatering. Forny senest fredag, ellers "
                + "lukkes adgangen til Virk og Digital Post.", "fake-digital-post"},
            {"digitalpost-haslev.com", "Digital Post Erhverv", "post@", "Ulæst meddelelse fra Udbetaling Danmark",
                "Der ligger et ulæst brev om tilbagebetaling af for meget udbetalt mellemkommunal refusion. Log på og åbn brevet, "
                    + "før beløbet modregnes.", "fake-digital-post"},
            {"faxe-domaeneregistrering.net", "Skandinavisk Domænecenter", "fornyelse@", "faxekommune.dk udløber om 7 dage",
                "Registreringen af faxekommune.dk skal fornyes inden 7 dage, ellers lukker hjemmesiden og kommunens e-mail.",
                "domain-directory-scam"},
            {"karise-erhvervsregister.org", "Dansk Erhvervsopslag", "registrering@", "Bekræft jeres oplysninger i Dansk Erhvervsopslag",
                "Kontroller de forudfyldte firmaoplysninger, og returner formularen underskrevet. Basisoptagelse er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@faxekommune.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 18);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log på med "
                    + "MitID Erhverv</a></p></body></html>");
            } else if (x[0].startsWith("faxe-domaene")) {
                mime.text(x[4] + "\n\nFornyelse 3 år: 7.140,00 kr. til " + mule(15) + " eller med kort her: " + link
                        + "\n\nSkandinavisk Domænecenter")
                    .attach("application/pdf", "Fornyelse_faxekommune.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                        List.of("Domæne: faxekommune.dk", "Periode: 3 år", "7.140,00", "Konto " + mule(15))));
            } else {
                mime.text(x[4] + "\n\nDansk Erhvervsopslag")
                    .attach("application/pdf", "Formular_Faxe_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Registreringsformular",
                        List.of("Faxe Kommune, " + RAADHUS, "Underskrift og stempel:", "Ved underskrift bestilles en 3-årig "
                            + "profilpakke à 1.290 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordreservice", "ordre@ronnede-ordreservice.com", "indkoeb@faxekommune.dk", "Ordre 47702 bekræftet: "
            + "12 x bærbar pc")
            .text("Tak for ordren. 12 x bærbar pc (16\", 32 GB) med dockingstation, i alt 164.880,00 kr., faktureres ved "
                + "afsendelse i morgen.\n\nHar I ikke bestilt? Ring straks på +45 56 99 41 08 for at annullere.\n\nOrdreservice");
        ownedBy(m, "ronnede-ordreservice.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "McAfee fornyelse", "ordre@ronnede-ordreservice.com", "oekonomi@faxekommune.dk", "Kvittering for automatisk "
            + "fornyelse")
            .text("Jeres abonnement på McAfee Business (75 enheder) er fornyet for et år til 9.480 kr. Vil I afmelde, skal I ringe "
                + "til +45 56 99 41 08 inden 24 timer.")
            .attach("application/pdf", "Kvittering_abonnement.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("McAfee Business, 75 enheder, 12 mdr.", "9.480,00 kr.", "Afmelding: +45 56 99 41 08")));
        ownedBy(m, "ronnede-ordreservice.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilbetaling-dalby.net", "MobilePay MyShop", "info@", "Udbetaling tilbageholdt",
            "En udbetaling på 12.310,00 kr. til Faxe Kommune er tilbageholdt, indtil jeres virksomhedsoplysninger er bekræftet."},
            {"haslev-parkering.com", "P-kontrol Haslev", "kontrol@", "Ubetalt parkering - tjenestebil CX 71 204",
                "En af kommunens biler er registreret uden gyldig billet på P-pladsen ved Haslev Station. Afgiften er 790 kr."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@faxekommune.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din telefon for at fortsætte.</p><p><img src=\"cid:qr\" "
                    + "width=\"220\" height=\"220\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "scan-mig.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay or confirm, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Faxe Ladeplads Marine Survey", "accounts@faxeladeplads-marine-survey.com", "havn@faxekommune.dk",
            "Invoice FMS-2207 - sediment sampling, marina basin")
            .text("Dear Sir or Madam,\n\nAttached is our invoice for the sediment sampling and analysis in the Faxe Ladeplads marina "
                + "basin, as agreed with your harbour office. EUR 9,860.00 is payable within 7 days to " + mule(5) + ".\n\n"
                + "Kind regards\nFaxe Ladeplads Marine Survey")
            .attach("application/pdf", "FMS-2207.pdf", Attachments.pdf(docId(m, "en"), "Invoice FMS-2207",
                List.of("Client: Faxe Municipality", "Sediment sampling and lab analysis, marina basin", "EUR 9,860.00",
                    "Bank: " + mule(5))));
        ownedBy(m, "faxeladeplads-marine-survey.com");
        m.description = "English invoice for a survey never ordered, GB IBAN";
        m = bad("english-international");
        headers(m, "Faxe Ladeplads Marine Survey - Accounts", "finance@faxeladeplads-marine-survey.com", "oekonomi@faxekommune.dk",
            "Updated banking details")
            .text("Hello,\n\nPlease note that we have changed banks. Kindly update your vendor records and send all open balances "
                + "to " + mule(12) + " from today. A short confirmation by return would be appreciated.\n\nAccounts Team");
        ownedBy(m, "faxeladeplads-marine-survey.com");
        m.description = "English 'updated banking details', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "terslev-malerfirma.dk"}, {vognmand, "ulse-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@faxekommune.dk", i == 0 ? "Faktura som foto" : "Indscannet faktura")
                .text("Hej\n\nFakturaen er " + (i == 0 ? "fotograferet" : "scannet ind") + ", da vores fakturaprogram er nede. "
                    + "Læg mærke til, at kontonummeret er ændret.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_4471.jpg" : "Scan_0212.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "faxe-ladeplads-rengoering.dk"}, {vvs, "vemmetofte-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 14)), "Faktura", no, amount(1_400_000), mule(i + 14), i + 2, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@faxekommune.dk", "Faktura " + n + " (zip)")
                .text("Hej\n\nVi sender fakturaen pakket, fordi jeres spamfilter har afvist vores PDF'er. Pak den ud og betal "
                    + "gerne inden ugens udgang.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("dokumenter/" + n + ".pdf", pdf, "dokumenter/VIGTIGT.txt", "Ny konto - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@roennede-kontorcenter.com", "indkoeb@faxekommune.dk", "Faktura og følgeseddel januar")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er låst - tryk 'Aktivér redigering' og derefter 'Aktivér "
                + "indhold' for at se det.\n\nRønnede Kontorcenter")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\nFaxe Kommune\nAktivér indhold for at se beløb og konto", true));
        ownedBy(m, "roennede-kontorcenter.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of roennede-kontorcenter.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@haslev-datadrift.net", "skoler@faxekommune.dk", "Licensopgørelse januar")
            .text("Hej\n\nLicensopgørelsen for januar og vores nye bankoplysninger står i regnearket. Slå makroer til for at se "
                + "beløbene.\n\nHaslev Datadrift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_januar.xlsm",
                Attachments.excel(List.of("Licensopgørelse januar 2032", "I alt DKK 58.900,00", "Ny konto: " + plain(mule(0))), true));
        ownedBy(m, "haslev-datadrift.net");
        m.description = "macro-enabled Excel statement from a look-alike of haslev-datadrift.dk";
    }

    private void svgHtml() {
        String[][] x = {{"haslev-dokumentvisning.com", "Karise Trælast", "Saldooversigt januar", "saldooversigt.svg",
            "image/svg+xml"},
            {"fakturaarkiv-karise.net", "Karise Entreprenørforretning", "Ny faktura tilgængelig", "Faktura_januar.html",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 16);
            String doc = y[4].equals("text/html")
                ? "<!DOCTYPE html><html><head><script>location.href='" + url + "';</script></head><body>Åbner dokument...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"160\"><text x=\"12\" y=\"30\">Saldooversigt - "
                    + "åbn i browser</text><a href=\"" + url + "\"><rect x=\"12\" y=\"50\" width=\"220\" height=\"34\" "
                    + "fill=\"#2d6a4f\"/></a><script>document.location='" + url + "'</script></svg>";
            headers(m, y[1], "no-reply@" + y[0], "kreditor@faxekommune.dk", y[2])
                .text("Hej\n\nDokumentet åbnes i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "karise-entreprenoer.net", true}, {it, "haslevdatadrift.dk", false}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_600_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@faxekommune.dk", "E-faktura " + no + (peppol ? " - Peppol" : " - OIOUBL"))
                .text("Hej\n\nVi skifter NemHandel-udbyder, så denne faktura kommer som XML direkte til jer og kan indlæses som "
                    + "sædvanlig. Bemærk den nye bankkonto i filen.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, s, peppol ? mule(i + 3) : mule(i + 1), a, isoDay(m, 0), isoDay(m, 8), peppol, "FK-" + (53_000 + i),
                        "Ny bankforbindelse").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    private void fakeSignatures() {
        M m = bad("fake-esignature-request");
        headers(m, "Haslev Revision via Yousign", "noreply@yousign-faxe.com", "oekonomi@faxekommune.dk", "Haslev Revision "
            + "inviterer dig til at underskrive: Revisionsprotokollat 2031")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Haslev Revision beder dig "
                + "underskrive <b>Revisionsprotokollat og ledelseserklæring 2031</b>. Dokumentet udløber i dag kl. 16.</p><p><a "
                + "href=\"https://yousign-faxe.com/sign/" + sha256(m.id).substring(0, 24) + "\">Log ind og underskriv</a></p><p "
                + "style=\"font-size:10px;color:#999\">Yousign SAS</p></body></html>");
        ownedBy(m, "yousign-faxe.com");
        m.description = "look-alike e-signature domain in the real auditor's name: login page, deadline today";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentsignering", "sign@terslev-signering.net", "ejendomscenter@faxekommune.dk", "Købsaftale klar til "
            + "underskrift - matr. 14ae Haslev By")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Et dokument venter på din underskrift: <b>Endelig "
                + "købsaftale, Erhvervsområde Haslev Syd</b>.</p><p>Bekræft din identitet med din Microsoft 365-konto for at se "
                + "dokumentet.</p><p><a href=\"https://terslev-signering.net/doc/" + sha256(m.id).substring(0, 22) + "\">Åbn "
                + "dokument</a></p></body></html>");
        ownedBy(m, "terslev-signering.net");
        m.description = "fake signing service: a 'purchase agreement' for the real land sale behind a Microsoft 365 login page";
    }

    /**
     * New family: a "conveyancing lawyer", "estate agent" or private "seller" wants money for a municipal property deal paid
     * to an escrow or private account; one rides on the real land sale in Haslev Syd.
     */
    private void propertyEscrow() {
        M m = bad("fake-property-purchase-escrow");
        headers(m, "Advokat Henrik Sejer", "hs@haslev-ejendomsadvokater.dk", "ejendomscenter@faxekommune.dk", "Haslev Syd, "
            + "matr. 14ae - refusionsopgørelse og deponering")
            .text("Til Faxe Kommune, Ejendomscenter\n\nTak for den underskrevne købsaftale om storparcellen i Haslev Syd. Den "
                + "foreløbige refusionsopgørelse viser et tilgodehavende for køber på 84.312,50 kr. (forudbetalt ejendomsskat og "
                + "byggemodningsbidrag), som sælger skal deponere, før skødet kan anmeldes til tinglysning.\n\nBeløbet bedes "
                + "indbetalt på vores deponeringskonto " + mule(1) + " senest " + writtenDay(m, 3) + ". Bemærk, at vi har skiftet "
                + "pengeinstitut, så kontoen i købsaftalen gælder ikke længere.\n\nVenlig hilsen\nHenrik Sejer\nadvokat (H)")
            .attach("application/pdf", "Refusionsopgoerelse_14ae.pdf", Attachments.pdf(docId(m, "ref"), "Refusionsopgørelse",
                List.of("Sælger: Faxe Kommune", "Køber: Haslev Logistik ApS", "Ejendomsskat, forudbetalt 1. halvår: 61.840,00",
                    "Byggemodningsbidrag: 22.472,50", "Til deponering: 84.312,50", "Deponeringskonto: " + mule(1))));
        ownedBy(m, "haslev-ejendomsadvokater.dk");
        m.description = "the real buyer's lawyer's name on a look-alike law-firm domain: seller's 'refusion' to a new escrow account";
        m = bad("fake-property-purchase-escrow");
        headers(m, "Vemmetofte Ejendomshandel, landbrugsafdelingen", "salg@vemmetofte-ejendomshandel.com",
            "teknik-miljoe@faxekommune.dk", "Landbrugsjord til klimaskov ved Vemmetofte - depositum for at sikre handlen")
            .text("Kære Faxe Kommune\n\nSom aftalt på mødet sidste uge er ejeren af de 24 ha ved Vemmetofte indstillet på at sælge "
                + "til kommunens klimaskovsprojekt for 3.850.000 kr. Der er imidlertid en anden køber på banen, og sælger kræver "
                + "derfor et depositum på 10 % for at tage ejendommen af markedet.\n\nDepositum 385.000 kr. indbetales på vores "
                + "deponeringskonto " + mule(17) + " inden 3 hverdage. Beløbet modregnes i købesummen ved overtagelsen.\n\n"
                + "Med venlig hilsen\nVemmetofte Ejendomshandel")
            .attach("application/pdf", "Reservationsaftale_Vemmetofte.pdf", Attachments.pdf(docId(m, "res"), "Reservationsaftale",
                List.of("Ejendom: landbrugsjord 24 ha, Vemmetofte", "Køber: Faxe Kommune", "Købesum: 3.850.000,00",
                    "Depositum 10 %: 385.000,00", "Deponeringskonto: " + mule(17))));
        ownedBy(m, "vemmetofte-ejendomshandel.com");
        m.description = "fake estate agent: 10 % deposit to 'take a farm plot off the market' for a climate-forest purchase";
        m = bad("fake-property-purchase-escrow");
        headers(m, "Bent Kaas", "bent.kaas.dalby@gmail.com", "ejendomscenter@faxekommune.dk", "Salg af Dalbyvej 44 - betaling "
            + "af købesummen")
            .text("Hej\n\nJeg er ejer af Dalbyvej 44, som kommunen køber i forbindelse med den nye rundkørsel. Jeg bor nu i Spanien, "
                + "og for at spare gebyrer til advokaten vil jeg gerne have købesummen på 1.275.000 kr. overført direkte til min "
                + "konto her: " + mule(8) + ".\n\nSkødet kan I bare sende til underskrift bagefter. Jeg har talt med advokaten, "
                + "som siger, det er i orden.\n\nVenlig hilsen\nBent Kaas");
        genuine(m, GMAIL);
        m.description = "a 'seller' on gmail (authenticates) wants the purchase price for a road-scheme house paid abroad, "
            + "before the deed";
    }

    /** New family: a "recruitment agency" invoices a placement fee for a person the municipality hired on its own. */
    private void placementFees() {
        M m = bad("fake-recruitment-placement-fee");
        String no = "KT-" + (5_100 + rnd.nextInt(400));
        headers(m, "Karise Talentpartner, Fakturering", "faktura@karise-talentpartner.com", "kreditor@faxekommune.dk",
            "Faktura " + no + " - placeringshonorar, afdelingsleder Ældre og Sundhed")
            .text("Til Faxe Kommune\n\nVi takker for samarbejdet om besættelsen af stillingen som afdelingsleder i Ældre og Sundhed. "
                + "Den ansatte kandidat blev præsenteret for jer af vores konsulent i november, og efter vores forretningsbetingelser "
                + "udløser ansættelsen et honorar på 22 % af første års løn.\n\nHonorar 128.700 kr. + moms, i alt 160.875 kr., "
                + "betales senest " + writtenDay(m, 8) + " til " + mule(10) + ".\n\nMed venlig hilsen\nKarise Talentpartner")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "kt"), "Faktura " + no,
                List.of("Karise Talentpartner", "Kunde: Faxe Kommune, Ældre og Sundhed", "Placeringshonorar 22 % af årsløn 585.000",
                    "128.700,00 + moms 32.175,00 = 160.875,00", "Konto: " + mule(10))));
        ownedBy(m, "karise-talentpartner.com");
        m.description = "placement fee for a manager the municipality hired through its own advert; no contract, RO IBAN";
        m = bad("fake-recruitment-placement-fee");
        no = "UES-" + (710 + rnd.nextInt(90));
        headers(m, "Ulse Executive Search", "billing@ulse-executive-search.com", "oekonomi@faxekommune.dk", "Invoice " + no
            + " - retained search, Director of Technical Services")
            .text("Dear Faxe Kommune,\n\nFurther to the instruction received from your HR department, please find our invoice for "
                + "the first retainer instalment of the search for a Director of Technical Services. The retainer is "
                + "non-refundable and due before we present the long list.\n\nAmount: EUR 14,500.00 (reverse charge)\nPayable to "
                + mule(6) + " within 5 days.\n\nKind regards\nUlse Executive Search, Billing")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "ues"), "Invoice " + no,
                List.of("Ulse Executive Search", "Client: Faxe Kommune", "Retained search, instalment 1 of 3", "EUR 14,500.00",
                    "Bank: " + mule(6))));
        ownedBy(m, "ulse-executive-search.com");
        m.description = "English 'retained search' first instalment for a director search never commissioned, IE IBAN";
        m = bad("fake-recruitment-placement-fee");
        no = "HR-32-" + (140 + rnd.nextInt(60));
        headers(m, "Hylleholt Rekruttering", "inkasso@hylleholt-rekruttering.dk", "jobcenter@faxekommune.dk", "Rykker 2: "
            + "faktura " + no + " - CV-adgang og ansættelse af socialrådgiver")
            .text("Til Faxe Kommune, Jobcenter\n\nVi har ikke modtaget betaling af faktura " + no + ". Ved at hente kandidatens CV "
                + "i vores database accepterede jeres medarbejder vores vilkår, og da kandidaten siden er ansat som socialrådgiver "
                + "hos jer, skylder kommunen et honorar på 62.500 kr. + moms.\n\nBetales beløbet med rykkergebyr ikke inden 5 "
                + "dage til " + mule(3) + ", overdrages sagen til inkasso.\n\nHylleholt Rekruttering")
            .attach("application/pdf", "Rykker_" + no + ".pdf", Attachments.pdf(docId(m, "hr"), "Rykker 2 - faktura " + no,
                List.of("Honorar, ansættelse af socialrådgiver", "62.500,00 + moms 15.625,00", "Rykkergebyr 100,00",
                    "Konto: " + mule(3))));
        ownedBy(m, "hylleholt-rekruttering.dk");
        m.description = "second 'reminder' for a placement fee claimed from a CV download, inkasso threat, EE IBAN";
    }

    /** New family: a "landlord" wants the rent deposit the municipality approves or guarantees for a citizen paid to him. */
    private void depositGuarantees() {
        M m = bad("fake-rental-deposit-guarantee");
        headers(m, "Rønnede Udlejning ApS", "udlejning@roennede-udlejning.dk", "jobcenter@faxekommune.dk", "Indskud og forudbetalt "
            + "leje - familien Haidari, Hovedgaden 12B")
            .text("Til Faxe Kommune, Jobcenter og Ydelse\n\nFamilien Haidari har fået tilbudt lejligheden på Hovedgaden 12B i "
                + "Rønnede fra 1. marts. Deres sagsbehandler har oplyst, at kommunen betaler indskud og tre måneders forudbetalt "
                + "leje. For at vi kan holde lejligheden til familien, skal 41.400 kr. være indbetalt på " + mule(2) + " senest i "
                + "morgen kl. 12 - vi har mange interesserede.\n\nLejekontrakten er vedhæftet.\n\nVenlig hilsen\nRønnede Udlejning")
            .attach("application/pdf", "Lejekontrakt_Hovedgaden_12B.pdf", Attachments.pdf(docId(m, "lk"), "Lejekontrakt",
                List.of("Typeformular A10", "Lejemål: Hovedgaden 12B, 4683 Rønnede", "Indskud 20.700,00 + forudbetalt leje 20.700,00",
                    "Betaling: " + mule(2))));
        ownedBy(m, "roennede-udlejning.dk");
        m.description = "fake landlord: deposit and prepaid rent for a refugee family, deadline tomorrow, account not in any approval";
        m = bad("fake-rental-deposit-guarantee");
        headers(m, "Faxe Boligudlejning, Administration", "adm@faxe-boligudlejning.com", "jobcenter@faxekommune.dk", "Lejegaranti "
            + "skal omsættes til kontant depositum")
            .text("Til Faxe Kommune\n\nI har stillet lejegaranti for vores lejer på Vestergade 7, 2. th., Faxe. Efter nye regler "
                + "hos vores administrator kan vi ikke længere acceptere garantier, og garantien skal derfor afløses af et "
                + "kontant depositum på 24.600 kr. senest 7 dage fra i dag.\n\nIndbetaling til vores depositumskonto "
                + mule(13) + ". Sker det ikke, må vi opsige lejemålet.\n\nMed venlig hilsen\nFaxe Boligudlejning")
            .attach("application/pdf", "Krav_om_depositum.pdf", Attachments.pdf(docId(m, "dep"), "Krav om kontant depositum",
                List.of("Lejemål: Vestergade 7, 2. th., 4640 Faxe", "Afløsning af kommunal lejegaranti", "Depositum 24.600,00",
                    "Konto: " + mule(13))));
        ownedBy(m, "faxe-boligudlejning.com");
        m.description = "fake administrator demands the municipality's rent guarantee be replaced by a cash deposit, threat of notice";
        m = bad("fake-rental-deposit-guarantee");
        headers(m, "Morten Lindqvist", "morten.lindqvist.udlejer@gmail.com", "jobcenter@faxekommune.dk", "Depositum for Sara "
            + "Nielsen - Torvet 3, Karise")
            .text("Hej\n\nJeg udlejer mit rækkehus på Torvet 3 i Karise til Sara Nielsen, som siger, at kommunen betaler hendes "
                + "depositum via et lån. Jeg er udstationeret i Sverige i øjeblikket, så nøglen sendes til hende, når I har "
                + "overført 28.500 kr. til min konto " + mule(15) + ".\n\nLejekontrakten har hun, og I kan bare skrive til mig "
                + "her.\n\nMvh Morten Lindqvist");
        genuine(m, GMAIL);
        m.description = "a private 'landlord' on gmail (authenticates) abroad wants a citizen's deposit to a Swedish account";
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
        return writeFiles(dir, new HeldOutCorpus30().generate(), List.of(
            "# Faxe Kommune, Økonomi: invoice checks (thirtieth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=haslev-fjernvarme.dk karise-entreprenoer.dk dalby-kloakservice.dk roennede-toemrer.dk "
                + "terslev-maler.dk faxeladeplads-rengoering.dk faxe-lokalavis.dk ulse-vognmand.dk hylleholt-el.dk "
                + "vemmetofte-vvs.dk haslev-madservice.dk karise-traelast.dk haslev-datadrift.dk dalby-turistbusser.dk "
                + "roennede-kontorcenter.dk",
            "invoice.domains.platforms=onpay.io pennylane.com qonto.com revolut.com",
            "invoice.names.protected=Faxe Kommune"));
    }
}
