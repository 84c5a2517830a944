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
 * The thirty-third held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Nyborg Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, HR, purchasing, roads and parks, schools,
 * day care, elderly care, culture, property, citizen service, harbour and IT mailboxes) with fifteen listed suppliers from
 * Nyborg, Ørbæk, Aunslev, Herrested, Frørup, Tårup, Svindinge, Refsvindinge, Hjulby, Skellerup and Vindinge in every DNS
 * posture real Danish firms have (two sending through a Nyborg web hoster named in their SPF), four invoicing platforms
 * ({@code getjobber.com}, {@code hellobonsai.com}, {@code invoicehome.com}, {@code kivra.com}), local banks, an
 * intermunicipal emergency service, the music rights society, a course provider, a fire-equipment service firm, a law firm,
 * a Swedish lighting firm, a German pontoon builder, an English stage-rigging firm, SaaS, an auditor, an e-signature
 * service, three authorities, a creditor list, forwarders (with and without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post, fake
 * NemHandel notices, fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, "corrected"
 * invoices, QR codes, archives, SVG/HTML attachments, macro documents, callback scams, salary-account changes, look-alikes,
 * homoglyphs, image-only invoices, e-invoice XML with a changed account, fake e-signature requests) and three kinds new
 * here: a "music rights agency" that bills licences for music played in libraries, care homes, swimming baths or at the
 * harbour festival, or moves the real society's licence payment to another account (fake-music-rights-licence-invoice); a
 * "register" or "course portal" that bills a "mandatory" working-environment or first-aid course nobody booked or attended
 * (fake-mandatory-course-invoice); and a "fire-safety firm" that bills a "statutory" extinguisher inspection no one ordered,
 * a "service visit" a caretaker was made to sign for, or new extinguishers to be paid in advance
 * (fake-fire-equipment-service-invoice). The invoice engine, its tests, tuning notes and earlier results were not read.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate
 * invoice, credit note, reminder, collection demand for a real debt, intermunicipal, platform, e-invoice XML, foreign, SaaS,
 * licence, course or service invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From
 * domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus33GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus33 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout33");
    public static final String OWN = "nyborg.dk";
    static final String FRAUD_NET = "127.213.";
    private static final String OWN_IP = "127.201.0.1";
    private static final String EAN = "5798000417856";
    private static final String RAADHUS = "Torvet 1, 5800 Nyborg";
    /** A Nyborg web hoster whose outgoing server two listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.204.9.1";
    private static final String GMAIL = "127.210.1.1";
    private static final String MSFT = "127.210.2.1";
    private static final String YAHOO = "127.210.3.1";
    private static final String APPLE = "127.210.5.1";
    private static final DateTimeFormatter DASHES = DateTimeFormatter.ofPattern("dd-MM-yyyy", DA);

    private final Random rnd = new Random(33_0033_5800L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The music society's licence number for the libraries (the fraud that moves its payment cites it). */
    private String kodaLicence;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2033, 1, 10, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2033, 2, 7, 7, 40, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Ørbæk Fjernvarmeværk a.m.b.a.", "oerbaek-fjernvarme.dk", "Forbrugerservice",
        "forbrug", "127.202.1.1", iban("DK", "68100004417236"), "fjernvarme til Ørbæk Skole, Ørbæk Hallen og Plejecenter Egevang");
    private final Supplier entrep = new Supplier("Herrested Entreprenørforretning A/S", "herrested-entreprenoer.dk",
        "Thomas Wulff", "tw", "127.202.2.1", bank("6860", "1148830021"), "omlægning af fortov og nye vejbump, Herrestedvej");
    private final Supplier kloak = new Supplier("Frørup Kloakservice ApS", "froerup-kloakservice.dk", "Brian Lykke",
        "brian", HOSTER_IP, bank("0815", "4471029935"), "spuling og TV-inspektion af regnvandsledning, Frørup Skole");
    private final Supplier toemrer = new Supplier("Tårup Tømrer & Snedker ApS", "taarup-toemrer.dk", "Niels Frost",
        "nf", "127.202.4.1", bank("6860", "1152290347"), "nye vinduespartier og lysninger, Tårup Børnehus");
    private final Supplier maler = new Supplier("Aunslev Malerservice v/ Bo Hansen", "aunslev-malerservice.dk", "Bo Hansen", "bo",
        "127.202.5.1", bank("0815", "4480215546"), "maling af gymnastiksal og omklædning, Aunslev Skole");
    private final Supplier rengoer = new Supplier("Hjulby Rengøring ApS", "hjulby-rengoering.dk", "Administration",
        "administration", "127.202.6.1", bank("6860", "1160048812"), "daglig rengøring af Rådhuset, Borgerservice og Nyborg Bibliotek");
    private final Supplier avis = new Supplier("Nyborg Lokalavis", "nyborg-lokalavis.dk", "Annonceafdelingen", "annonce",
        "127.202.7.1", iban("DK", "30000019920574"), "annoncer: vejarbejde på Vindingevej og høring om lokalplan");
    private final Supplier vognmand = new Supplier("Skellerup Vognmandsforretning ApS", "skellerup-vognmand.dk", "Jesper Dam",
        "jesper", "127.202.8.1", bank("5953", "0004417782"), "kørsel med stabilgrus og afhentning af fejemateriale, Skellerupvej");
    private final Supplier el = new Supplier("Svindinge El-installation ApS", "svindinge-el.dk", "Rune Kjær", "rune", HOSTER_IP,
        bank("0815", "4492273610"), "udskiftning af tavle og nødbelysning, Svindinge Forsamlingshus");
    private final Supplier vvs = new Supplier("Refsvindinge VVS & Energi ApS", "refsvindinge-vvs.dk", "Ordrekontoret",
        "ordre", "127.202.10.1", bank("5953", "0004450893"), "serviceeftersyn af gaskedler, Refsvindinge Skole og Børnehaven Solsikken");
    private final Supplier mad = new Supplier("Vindinge Køkken & Catering A/S", "vindinge-catering.dk", "Vindinge Køkken, Debitorer",
        "debitor", "127.202.11.1", iban("DK", "68100004428814"), "madservice til hjemmeboende ældre og tre plejecentre");
    private final Supplier byg = new Supplier("Nyborg Trælast A/S", "nyborg-traelast.dk", "Erhvervsdisken",
        "erhverv", "127.202.12.1", iban("DK", "20004375521906"), "byggematerialer til Nyborg Kommunes Ejendomsdrift, rammeaftale");
    private final Supplier it = new Supplier("Nyborg NetDrift ApS", "nyborg-netdrift.dk", "Nyborg NetDrift, Fakturering",
        "fakturering", "127.202.13.1", bank("6860", "1168812054"), "drift af skolernes trådløse net og 40 nye lærer-PC'er");
    private final Supplier bus = new Supplier("Ørbæk Turistfart ApS", "oerbaek-turistfart.dk", "Trafikkontoret", "trafik",
        "127.202.14.1", bank("5953", "0004481127"), "skolekørsel Ørbæk-Frørup og svømmekørsel til Nyborg Svømmehal");
    private final Supplier kontor = new Supplier("Frørup Kontorservice ApS", "froerup-kontorservice.dk", "Ordrekontoret",
        "salg", "127.202.15.1", iban("DK", "30000019948811"), "kopipapir, arkivæsker og printertoner til Rådhuset og skolerne");
    // not on the creditor list: small local firms and sole traders
    private final Supplier murer = new Supplier("Skellerup Murerforretning v/ Jan Olsen", "skellerup-murer.dk", "Jan Olsen", "jan",
        "127.203.3.1", bank("5953", "0004512208"), "omfugning af gavl og ny sålbænk, Skellerup Forsamlingshus");
    private final Supplier baad = new Supplier("Nyborg Bådeservice v/ Morten Krag", "nyborg-baadeservice.dk", "Morten Krag",
        "morten", "127.203.1.1", bank("6860", "1173390465"), "optagning og vinteropbevaring af havnens arbejdsbåd");
    private final Supplier skadedyr = new Supplier("Tårup Skadedyrsservice", "taarup-skadedyr.dk", "Pia Holm", "pia",
        "127.203.2.1", bank("0815", "4503318827"), "bekæmpelse af mus i kælderen, Tårup Skole");
    private final Supplier skov = new Supplier("Holckenhavn Skovservice v/ Anders Juel", "holckenhavn-skovservice.dk", "Anders Juel",
        "anders", "127.203.4.1", bank("5953", "0004538841"), "fældning af syge asketræer langs stien ved Vindinge Å");
    private final Supplier fortaeller = new Supplier("Slotsfortællinger v/ Mads Egholm", "gmail.com", "Mads Egholm",
        "mads.egholm.fortaeller", GMAIL, bank("6860", "1179904432"), "fortællevandringer på Nyborg Slot for 4. årgang");
    private final Supplier tolk = new Supplier("Rania Haddad Tolkeservice", "outlook.com", "Rania Haddad", "rania.haddad.tolk",
        MSFT, bank("0815", "4511870268"), "tolkning arabisk-dansk, Integrationsteamet, 6 samtaler");
    private final Supplier kor = new Supplier("Korleder Signe Vad", "icloud.com", "Signe Vad", "signe.vad.kor", APPLE,
        bank("5953", "0004547710"), "fællessang og kor på Plejecenter Egevang, 8 gange");
    private final Supplier have = new Supplier("Skellerup Havehjælp v/ Kenneth Lund", "hotmail.com", "Kenneth Lund",
        "kenneth.lund.have", MSFT, bank("6860", "1182247718"), "klipning af hække og beskæring, Hjulby Børnehus");
    private final Supplier gymnastik = new Supplier("Stolegymnastik v/ Birthe Møller", "yahoo.com", "Birthe Møller",
        "birthe.moeller.motion", YAHOO, bank("0815", "4520093354"), "stolegymnastik i Aktivitetscentret i Ørbæk, 12 gange");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Halmstad Belysning AB", "halmstad-belysning.se", "Fakturering", "fakturering",
        "127.209.1.1", iban("SE", "80000000084412067315"), "belysningsstolpar och armaturer, strandpromenaden Nyborg");
    private final Supplier tysk = new Supplier("Rostocker Pontonbau GmbH", "rostocker-pontonbau.de", "Buchhaltung",
        "buchhaltung", "127.209.2.1", iban("DE", "130500000201884573"), "Schwimmstege und Fingerstege, Nyborg Lystbådehavn");
    private final Supplier engelsk = new Supplier("Leeds Stage Systems Ltd", "leeds-stagesystems.com", "Accounts", "accounts",
        "127.209.3.1", iban("GB", "NWBK60161331926819"), "motorised stage hoists and rigging inspection, Nyborg Teater");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        byg, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"oerbaek-fjernvarme.net", "herrested-entreprenor.dk", "nyborgtraelast.dk",
        "svindinge-elinstallation.dk", "hjulby-rengoring.dk", idn("nyborg-tr\u0430elast.dk"), idn("nyborg-k\u043emmune.dk"),
        "getjobber-froerup.com", "kivra-skellerup.net", "froerup-kloakservice.net", "vindinge-catering.com", "taarup-tomrer.dk",
        "oerbaek-turistfart.net", "aunslevmaler.dk", "holckenhavn-skovservice.com", "nyborg-inkasso.com",
        "virk-postkasse-nyborg.com", "digitalpost-hjulby.com", "nyborg-domaenefornyelse.net", "skellerup-erhvervsregister.org",
        "frorup-ordreservice.com", "mobilepay-tarup.net", "p-kontrol-nyborg.com", "nyborg-harbour-surveys.com",
        "aunslev-malerservice.net", "skellerup-vognmand.net", "hjulby-rengoering.net", "refsvindinge-vvs.net",
        "froerup-kontorservice.com", "nyborg-netdrift.net", "nyborg-fakturaportal.com", "herrested-dokumentarkiv.net",
        "herrested-entreprenoer.net", "nyborgnetdrift.dk", "nemhandel-vindinge.com", "criipto-nyborg.com",
        "signering-oerbaek.net", "oerbaek-turistfart.com", "musikrettigheder-nyborg.dk", "musiklicens-svindinge.com",
        "arbejdsmiljoeregister-nyborg.dk", "kursusportal-tarup.com", "brandsikring-aunslev.dk", "slukkerservice-refsvindinge.com",
        "refsvindinge-vvs-energi.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oerbaek-fjernvarme.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("herrested-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("froerup-kloakservice.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("taarup-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("aunslev-malerservice.dk", null, null, null, null); // nothing published
        domain("hjulby-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("nyborg-lokalavis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("skellerup-vognmand.dk", List.of("127.202.98.7"), "~all", null, "none"); // SPF names only the dispatch system
        domain("svindinge-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("refsvindinge-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("vindinge-catering.dk", List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nyborg-traelast.dk", List.of(byg.ip(), "127.202.12.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("nyborg-netdrift.dk", null, null, DkimAlgorithm.ED25519_SHA256, "reject"); // DKIM only, enforcing
        domain("oerbaek-turistfart.dk", List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("froerup-kontorservice.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain("skellerup-murer.dk", List.of(murer.ip()), "-all", null, null); // SPF only, no DMARC
        domain("nyborg-baadeservice.dk", List.of(baad.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("taarup-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("holckenhavn-skovservice.dk", null, null, DkimAlgorithm.RSA_SHA256, null);
        domain("nyborg-laasecenter.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("halmstad-belysning.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("rostocker-pontonbau.de", List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("leeds-stagesystems.com", List.of(engelsk.ip()), "-all", null, null);
        // music rights society, course provider, fire-equipment firm, emergency service, lawyer, auditor, e-signature, others
        domain("koda.dk", List.of("127.205.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fyns-arbejdsmiljoeskole.dk", List.of("127.205.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("nyborg-brandteknik.dk", List.of("127.205.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("storebaelts-beredskab.dk", List.of("127.205.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("slotsgadens-advokater.dk", List.of("127.205.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("knudshoved-revision.dk", List.of("127.205.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("criipto.com", List.of("127.205.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nyborg-gymnasium.dk", List.of("127.205.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("legeland-design.dk", List.of("127.205.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nyborg-isenkram.dk", List.of("127.205.10.1"), "-all", null, "none");
        domain("slotsboghandlen.dk", List.of("127.205.11.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("dst.dk", List.of("127.205.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("at.dk", List.of("127.205.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bane.dk", List.of("127.205.17.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("getjobber.com", List.of("127.206.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hellobonsai.com", List.of("127.206.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("invoicehome.com", List.of("127.206.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kivra.com", List.of("127.206.4.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders
        domain("storebaelt-sparekasse.dk", List.of("127.207.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fynsk-erhvervsbank.dk", List.of("127.207.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornetvaerk-fyn.dk", List.of("127.207.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("anpdm.com", List.of("127.207.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommunal-bogholderi.dk", List.of("127.207.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fynske-indkoebere.dk", List.of("127.207.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("svindelvarsel.dk", List.of("127.207.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.oestfyn-net.dk", List.of("127.208.1.1"), "-all", null, null);
        domain("relay.nyborg-fiber.dk", List.of("127.208.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("eloomi.com", List.of("127.209.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("autodesk.com", List.of("127.209.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("firstagenda.com", List.of("127.209.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        String[] policy = {"quarantine", "reject", null, "none", "reject", "quarantine", null, "none", "quarantine", "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 4 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 6 == 5 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 64_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no33:" + s.domain()).hashCode(), 7)) {
            case 0:
                return "33" + String.format("%05d", 100 + rnd.nextInt(60_000));
            case 1:
                return "FAK-" + (7_300 + rnd.nextInt(2_500));
            case 2:
                return "2033/" + String.format("%04d", 12 + rnd.nextInt(3_000));
            case 3:
                return String.valueOf(560_000 + rnd.nextInt(30_000));
            case 4:
                return "NB" + (41_000 + rnd.nextInt(9_000));
            case 5:
                return "F" + (1_000 + rnd.nextInt(800)) + "-33";
            default:
                return String.valueOf(3_100 + rnd.nextInt(2_400));
        }
    }

    private static final String[] TO = {"kreditor@nyborg.dk", "efaktura@nyborg.dk", "kreditor@nyborg.dk",
        "oekonomi@nyborg.dk", "vejpark@nyborg.dk", "skoler@nyborg.dk", "aeldre@nyborg.dk", "kultur@nyborg.dk",
        "ejendomsdrift@nyborg.dk", "indkoeb@nyborg.dk", "kreditor@nyborg.dk", "boernehuse@nyborg.dk", "efaktura@nyborg.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf33:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(32_000_000 + Math.floorMod(sha256("cvr33:" + domain).hashCode(), 9_800_000));
    }

    /** The supplier's FI creditor number (eight digits), as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi33:" + domain).hashCode(), 8_000_000));
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "oerbaek-fjernvarme.dk" -> "Værkstedsvej 2, 5853 Ørbæk";
            case "herrested-entreprenoer.dk" -> "Herrestedvej 71, 5853 Ørbæk";
            case "froerup-kloakservice.dk" -> "Frørup Byvej 44, 5871 Frørup";
            case "taarup-toemrer.dk" -> "Tårup Bygade 9, 5871 Frørup";
            case "aunslev-malerservice.dk" -> "Aunslev Bygade 27, 5800 Nyborg";
            case "hjulby-rengoering.dk" -> "Hjulbyvej 112, 5800 Nyborg";
            case "nyborg-lokalavis.dk" -> "Kongegade 18, 5800 Nyborg";
            case "skellerup-vognmand.dk" -> "Skellerupvej 30, 5800 Nyborg";
            case "svindinge-el.dk" -> "Svindinge Bygade 15, 5853 Ørbæk";
            case "refsvindinge-vvs.dk" -> "Tværvej 3, Refsvindinge, 5853 Ørbæk";
            case "vindinge-catering.dk" -> "Rosildevej 6, Vindinge, 5800 Nyborg";
            case "nyborg-traelast.dk" -> "Middelfartvej 40, 5800 Nyborg";
            case "nyborg-netdrift.dk" -> "Storebæltsvej 7, 5800 Nyborg";
            case "oerbaek-turistfart.dk" -> "Industrivej 12, 5853 Ørbæk";
            case "froerup-kontorservice.dk" -> "Stationsvej 5, 5871 Frørup";
            case "skellerup-murer.dk" -> "Skellerup Bygade 4, 5800 Nyborg";
            case "nyborg-baadeservice.dk" -> "Lystbådehavnen 11, 5800 Nyborg";
            case "taarup-skadedyr.dk" -> "Tårupvej 58, 5871 Frørup";
            case "holckenhavn-skovservice.dk" -> "Holckenhavn Skovridergård, 5800 Nyborg";
            case "nyborg-laasecenter.dk" -> "Nørrevoldgade 40, 5800 Nyborg";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: an item invoice with article number, text, quantity, unit, unit price, discount
     * and amount and a "Bankoverførsel" line; a timesheet invoice with a week's days, journeyman and apprentice hours and
     * materials; an invoice with the buyer's posting (art, PSP element, cost centre) and "løbende måned + 30 dage"; a
     * periodic account charge with meter or agreement readings and a fixed and a variable part. Layouts other than the first
     * print the supplier's own FI line (card type 71) when its own account is printed; a {@code null} account prints no
     * bank account at all.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        int kind = Math.floorMod(layout, 4);
        String fi = kind != 0 && account != null && account.equals(s.account()) ? fik(71, no, creditorNo(s.domain()), false) : "";
        switch (kind) {
            case 0 -> {
                head = s.name() + " - " + title + " nr. " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " · " + addr) + " · CVR-nr. " + cvr(s.domain()));
                l.add("Køber: Nyborg Kommune, " + RAADHUS + " · EAN-nr. " + EAN);
                l.add("Dato " + sentPlus(m, 0, DASHES) + " · Forfald " + sentPlus(m, 30, DASHES) + " · Deres ref.: se nedenfor");
                l.add("Varenr.   Tekst                                                   Antal  Enhed  À pris        Rabat  Beløb");
                l.add("10-" + (100 + Math.floorMod(no.hashCode(), 800)) + "    " + s.what() + "   1,00   sæt   " + a.net() + "   0,00   "
                    + a.net());
                l.add("Subtotal " + a.net() + " · Moms 25 % " + a.vat() + " · At betale DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Bankoverførsel til " + account + " - anfør venligst fakturanr. " + no);
                }
            }
            case 1 -> {
                head = title + " " + no + " med timeseddel";
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Arbejdssted: " + s.what());
                l.add("Rekvirent: Nyborg Kommune, EAN " + EAN);
                long journeyman = 54_000;
                long apprentice = 29_500;
                long total = Math.max(1, a.ore() * 6 / 10 / journeyman);
                long app = total / 3;
                long jm = total - app;
                l.add("Uge " + sentPlus(m, -7, DateTimeFormatter.ofPattern("w", DA)) + ": man " + (jm / 3) + " t, tirs " + (jm / 3)
                    + " t, ons " + (jm - 2 * (jm / 3)) + " t (svend)  /  lærling i alt " + app + " t");
                long labour = jm * journeyman + app * apprentice;
                long rest = Math.max(0, a.ore() - labour);
                l.add("Svendetimer " + jm + " x " + kr(journeyman) + " = " + kr(jm * journeyman) + "  /  Lærlingetimer " + app + " x "
                    + kr(apprentice) + " = " + kr(app * apprentice) + "  /  Materialer og kørsel " + kr(rest));
                l.add("I alt ekskl. moms " + a.net() + "  /  moms " + a.vat() + "  /  i alt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Sidste rettidige betaling " + writtenDay(m, 21) + (account == null ? "" : ", konto " + account));
                if (!fi.isEmpty()) {
                    l.add("Indbetalingskort " + fi);
                }
            }
            case 2 -> {
                head = title + " " + no + " (" + s.name() + ")";
                l.add("Udsteder: " + s.name() + ", CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : ", " + addr));
                l.add("Modtager: Nyborg Kommune, " + RAADHUS + ", EAN " + EAN);
                l.add("Kontering oplyst af rekvirent: art 2.29 · PSP XN-0" + (3_100 + Math.floorMod(s.domain().hashCode(), 800))
                    + " · omk.sted " + (4_000 + Math.floorMod(no.hashCode(), 900)));
                l.add("Leverance: " + s.what());
                l.add("Netto " + a.net() + " | Moms " + a.vat() + " | Total DKK " + a.gross());
                l.add("Betalingsbetingelser: løbende måned + 30 dage (" + dottedDay(m, 30) + ")");
                l.addAll(more);
                if (account != null) {
                    l.add("Bank: " + account);
                }
                if (!fi.isEmpty()) {
                    l.add("FI-indbetaling: " + fi);
                }
            }
            default -> {
                head = title + " · aconto og forbrug";
                l.add(s.name() + " · " + title + " " + no + " · Kundenr. " + (700_000 + Math.floorMod(s.domain().hashCode(), 90_000)));
                l.add("Kunde: Nyborg Kommune, EAN " + EAN + " · Afregningsperiode " + dottedDay(m, -31) + " - " + dottedDay(m, -1));
                l.add("Leverance: " + s.what());
                long fixed = a.ore() * 3 / 10;
                l.add("Fast bidrag " + kr(fixed) + " · Forbrug/ydelser " + kr(a.ore() - fixed) + " · I alt ekskl. moms " + a.net());
                l.add("Moms " + a.vat() + " · Beløb til betaling DKK " + a.gross());
                l.addAll(more);
                l.add("Betales senest " + dottedDay(m, 18) + (account == null ? "" : " til " + account) + " · ikke tilmeldt Betalingsservice");
                if (!fi.isEmpty()) {
                    l.add("Betal med FI: " + fi);
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"faktura" + n + ".pdf", "Faktura-" + n + ".pdf", "Nyborg Kommune - faktura " + n + ".pdf",
            "FAK_" + n + ".pdf", "Regning " + n + ".pdf", n + ".pdf", "Faktura nr " + n + ".pdf", "bilag_" + n + ".pdf",
            "nyborg_kommune_" + n + ".pdf", "Fakt" + n + ".pdf", "Invoice_" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Nyborg Kommune", "Til bogholderiet", "Hej", "Kære kreditorafdeling",
        "Att. kreditorer", "God dag", "Hej alle", "Til Nyborg Kommune", "Hej igen", "Kære Nyborg Kommune", "Goddag"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig33:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh. " + firstName(s) + "\n" + s.name() + "\nTelefon 65 " + (10 + rnd.nextInt(89)) + " "
                    + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nBedste hilsner\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " | CVR " + cvr(s.domain()));
            case 3:
                return "\n\n/" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " - " + s.domain());
            default:
                return "\n\nPå forhånd tak\n" + s.person() + " - " + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_800_000 : 460_000);
        String[] subjects = {"Faktura " + no + " fra " + s.name(), "Fakturanr. " + no, "Regning - " + s.what(), "Nyborg Kommune: faktura "
            + no, "Faktura " + no + " (EAN " + EAN + ")", "Ny faktura " + no, s.name() + " faktura " + no, "Faktura vedr. "
            + s.what(), "Fremsender faktura nr. " + no, "Vedhæftet faktura " + no, "Faktura til betaling - " + no};
        String text = switch (Math.floorMod(v, 10)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "I får her regningen på i alt " + a.gross() + " kr. inkl. moms. Betalingsfristen er " + writtenDay(m, 30)
                + ", og fakturanummeret bedes angivet ved betaling.";
            case 2 -> "Arbejdet blev afsluttet i sidste uge og gennemgået med jeres tilsynsførende. Fakturaen er samtidig sendt "
                + "som e-faktura til EAN-nummeret.";
            case 3 -> "Tak for ordren. PDF'en ligger i mailen - giv lyd, hvis I mangler et rekvisitionsnummer på den.";
            case 4 -> "Så er det tid til afregning for perioden. Fakturaen er vedhæftet.";
            case 5 -> "Faktura: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nBetales senest: " + writtenDay(m, 30)
                + "\nEAN: " + EAN;
            case 6 -> "Undskyld forsinkelsen på denne faktura. Vores bogholder har været syg i januar, så vi er først ved at "
                + "indhente nu.";
            case 7 -> "Vedlagt fakturaen. Rigtig god dag derinde.";
            case 8 -> "Fakturaen følger her. Spørgsmål til opgaven kan rettes direkte til mig.";
            default -> "Faktura vedhæftet.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 3) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Segoe UI,Tahoma,sans-serif;font-size:10.5pt;"
                + "color:#222\"><div>" + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    /** Utilities and period services charge by period; merchants use their item layout or the posting layout. */
    private static final Set<String> PERIODIC = Set.of("oerbaek-fjernvarme.dk", "vindinge-catering.dk", "hjulby-rengoering.dk",
        "nyborg-lokalavis.dk", "oerbaek-turistfart.dk");
    private static final Set<String> TRADE = Set.of("nyborg-traelast.dk", "froerup-kontorservice.dk", "nyborg-netdrift.dk");

    private static int layout(Supplier s, int v) {
        return PERIODIC.contains(s.domain()) ? 3 : TRADE.contains(s.domain()) ? (v % 2 == 0 ? 0 : 2) : Math.floorMod(v + 1, 3);
    }

    /** An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice. */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String buyerRef,
                       String note) {
        String net = Ubl.decimal(a.ore());
        StringBuilder x = Ubl.head(true, "  ", peppol, "Procurement-OrdSimR-BilSim-1.0", no, issue, due, note);
        x.append("  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n");
        if (peppol) {
            x.append("  <cbc:BuyerReference>").append(xml(buyerRef)).append("</cbc:BuyerReference>\n");
        }
        x.append("  <cac:OrderReference><cbc:ID>").append(xml(buyerRef)).append("</cbc:ID></cac:OrderReference>\n")
            .append("  <cac:AccountingSupplierParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0184\">DK" : "      <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK")
            .append(cvr(s.domain())).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>").append(xml(s.name())).append("</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>").append(xml(street(s))).append("</cbc:StreetName>")
            .append("<cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n")
            .append("      <cac:PartyLegalEntity><cbc:RegistrationName>").append(xml(s.name())).append("</cbc:RegistrationName>")
            .append("<cbc:CompanyID>").append(cvr(s.domain())).append("</cbc:CompanyID></cac:PartyLegalEntity>\n")
            .append("      <cac:Contact><cbc:ElectronicMail>").append(xml(addr(s))).append("</cbc:ElectronicMail></cac:Contact>\n")
            .append("    </cac:Party>\n  </cac:AccountingSupplierParty>\n")
            .append("  <cac:AccountingCustomerParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0088\">" : "      <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">")
            .append(EAN).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>Nyborg Kommune</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>Torvet</cbc:StreetName><cbc:BuildingNumber>1</cbc:BuildingNumber>")
            .append("<cbc:CityName>Nyborg</cbc:CityName><cbc:PostalZone>5800</cbc:PostalZone>")
            .append("<cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n")
            .append("    </cac:Party>\n  </cac:AccountingCustomerParty>\n")
            .append("  <cac:PaymentMeans>\n")
            .append("    <cbc:PaymentMeansCode>").append(peppol ? "58" : "31").append("</cbc:PaymentMeansCode>\n");
        if (peppol) {
            String ib = account.startsWith("IBAN") ? plain(account) : plain(iban("DK", plain(account)));
            x.append("    <cbc:PaymentID>").append(xml(no)).append("</cbc:PaymentID>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(ib).append("</cbc:ID></cac:PayeeFinancialAccount>\n");
        } else {
            x.append("    <cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append("    <cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">DK:BANK</cbc:PaymentChannelCode>\n")
                .append(Ubl.payeeBranch(account));
        }
        x.append("  </cac:PaymentMeans>\n")
            .append("  <cac:PaymentTerms><cbc:Note>Netto ").append(peppol ? "30" : "20").append(" dage</cbc:Note></cac:PaymentTerms>\n");
        Ubl.totals(x, a.ore(), true);
        x.append("  <cac:InvoiceLine>\n    <cbc:ID>10</cbc:ID>\n")
            .append("    <cbc:InvoicedQuantity unitCode=\"").append(peppol ? "C62" : "EA").append("\">1</cbc:InvoicedQuantity>\n")
            .append("    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount>\n")
            .append("    <cac:Item><cbc:Name>").append(xml(s.what().length() > 50 ? s.what().substring(0, 50) : s.what()))
            .append("</cbc:Name>");
        if (peppol) {
            x.append("<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID>")
                .append("</cac:TaxScheme></cac:ClassifiedTaxCategory>");
        }
        x.append("</cac:Item>\n")
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
        String murerNo = invoice(first, murer, murer.account(), 5, List.of("Aftalt med forsamlingshusets formand"), "");
        genuine(first, murer.ip());
        past.put(murer.domain(), new Past(murerNo, last, messageId(first, murer.domain()), lastSubject));
        first.description = "history: unlisted bricklayer (SPF only, no DMARC) invoices a repointed gable, aligned SPF pass";
        List<Supplier> again = List.of(it, byg, vognmand, entrep, mad, avis, kloak, el, vvs, maler, kontor, varme, toemrer,
            rengoer, bus, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Rekvisition NK-" + (40_100 + k * 173));
                case 1 -> List.of("Deres ref.: " + to().replace("@nyborg.dk", "") + ", Nyborg Kommune");
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Skybrudssikring Hjulby" : "Driftsaftale 2033-2035"));
                case 3 -> List.of("Ordre " + (8_800 + k * 61) + " fra Ejendomsdrift");
                default -> List.of();
            };
            String note = k % 6 == 2 ? "\n\nFølgesedler for leverancerne ligger som ekstra bilag." : k % 7 == 5
                ? "\n\nJeg har sat et billede af det færdige arbejde med." : k % 7 == 0 ? "\n\nTimeregistreringen er vedhæftet som CSV." : "";
            invoice(m, s, s.account(), k * 3 + 4, ref, note);
            if (k % 6 == 2) {
                m.mime.attach("application/pdf", "foelgesedler_uge" + (5 + k % 4) + ".pdf", Attachments.pdf(docId(m, "fs"),
                    "Følgesedler", List.of(s.what(), "Leveringssted: " + (k % 2 == 0 ? "Rådhuset, Torvet 1" : "Materielgården, Nyborg"),
                        "Kvitteret ved modtagelse", "Antal leverancer: " + (3 + k % 3))));
            } else if (k % 7 == 5) {
                m.mime.attach("image/jpeg", "IMG_" + (4_100 + k * 7) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            } else if (k % 7 == 0) {
                m.mime.attach("text/csv", "timeregistrering.csv", ("dato;initialer;timer;opgave\r\n" + isoDay(m, -9) + ";TW;7,4;montage\r\n"
                    + isoDay(m, -8) + ";TW;6,0;montage\r\n" + isoDay(m, -3) + ";LP;3,0;oprydning\r\n").getBytes(StandardCharsets.UTF_8));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, rengoer, mad)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 2, List.of("Periode: januar 2033"), "\n\nAfregningen gælder januar måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " periodic invoice for January, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        musicLicence();
        courseBooking();
        fireEquipmentService();
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
        Object[][] c = {{byg, "Kreditnota på faktura ", "Ejendomsdrift returnerede fire plader fibergips og en pakke skruer, som "
            + "ikke blev brugt på Tårup Børnehus."},
            {kontor, "Krediteret: faktura ", "Arkivæskerne blev leveret uden låg, og chaufføren har hentet dem igen."},
            {mad, "Kreditnota vedr. faktura ", "Plejecenter Egevang var lukket for indflytning i uge 2, så 42 portioner blev ikke "
                + "leveret. Dem har vi trukket fra."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (5_100 + rnd.nextInt(700));
            Amount a = amount(160_000).credit();
            headers(m, s.person(), addr(s), "kreditor@nyborg.dk", x[1] + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + " Kreditnota " + no + " lyder på " + a.gross() + " kr. og kan trækkes fra "
                    + "jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2,
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
            headers(m, s.person(), addr(s), "kreditor@nyborg.dk", "Kontoudtog pr. " + dottedDay(m, -1) + " - Nyborg Kommune")
                .text("Hej\n\nVi sender kontoudtog til alle offentlige kunder i forbindelse med årsafslutningen. Faktura " + p.no()
                    + " er registreret betalt, og jeres saldo hos os er 0,00 kr." + signature(s))
                .attach("application/pdf", "kontoudtog_" + sentPlus(m, -1, DASHES) + ".pdf", Attachments.pdf(docId(m, "ku"),
                    "Kontoudtog", List.of("Kunde: Nyborg Kommune, EAN " + EAN, "Faktura " + p.no() + "   " + p.amount().gross()
                        + "   betalt", "Saldo: 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@nyborg.dk", "Betaling modtaget")
            .text("Hej kreditor\n\nBare så I ved det: betalingen for faktura " + past.get(vognmand.domain()).no() + " (stabilgrus "
                + "til Skellerupvej) er kommet ind. Tak.\n\nJesper\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "skellerup-vognmand.dk confirms payment (its SPF names only the dispatch system: softfail, p=none)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Rykker", "Ifølge vores debitorsystem er fakturaen herunder ikke betalt. Er betalingen allerede "
            + "sendt, kan I se bort fra denne mail."},
            {maler, "Mangler betaling", "Hej igen. Jeg har ikke set pengene for gymnastiksalen i Aunslev endnu. Kan I se, om "
                + "fakturaen er blevet hængende et sted? Hilsen Bo"},
            {vvs, "Venlig påmindelse", "Fakturaen er nu forfalden med 10 dage. Der er ikke pålagt gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@nyborg.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 6) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. - indbetales som altid til " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 1, List.of("Vedrører faktura " + p.no() + " (forfalden)")));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "SA-" + (22_300 + rnd.nextInt(600));
        String klient = bank("6860", "1190042287");
        headers(m, "Slotsgadens Advokater - inkasso", "inkasso@slotsgadens-advokater.dk", "kreditor@nyborg.dk",
            "Vores sag " + sag + ": Holckenhavn Skovservice v/ Anders Juel")
            .text("Nyborg Kommune\nKreditorbogholderiet\n\nPå vegne af Holckenhavn Skovservice v/ Anders Juel skal vi gøre "
                + "opmærksom på faktura nr. 118 af 4. november 2032 på 12.312,50 kr. for fældning af træer ved Vindinge Å. "
                + "Vores klient har sendt to påmindelser uden at modtage betaling eller indsigelse.\n\nHar kommunen betalt, "
                + "eller er der uenighed om kravet, hører vi gerne fra jer med angivelse af sagsnummeret. Ellers bedes beløbet "
                + "tillagt kompensationsgebyr på 310,00 kr. indbetalt på vores klientkonto " + klient + " inden 10 dage.\n\n"
                + "Med venlig hilsen\nSlotsgadens Advokater\nInkasso")
            .attach("application/pdf", "Inkassomeddelelse_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse "
                + sag, List.of("Fordringshaver: Holckenhavn Skovservice v/ Anders Juel", "Faktura 118 af 04.11.2032: 12.312,50",
                    "Kompensationsgebyr: 310,00", "Klientkonto: " + klient)));
        genuine(m, "127.205.5.1");
        m.description = "a real law firm's collection letter for an unlisted forestry firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "SBB-" + (3_300 + rnd.nextInt(600));
        String konto = iban("DK", "68100004455103");
        headers(m, "Storebælts Beredskab I/S, Administration", "administration@storebaelts-beredskab.dk", "kreditor@nyborg.dk",
            "Opkrævning " + no + " - ejerbidrag 1. kvartal 2033")
            .text("Til Nyborg Kommune\n\nI henhold til vedtægterne og det vedtagne budget for 2033 opkræver vi hermed Nyborg "
                + "Kommunes ejerbidrag for 1. kvartal. Fordelingen følger indbyggertallet pr. 1. januar. Opkrævningen er også "
                + "sendt som e-faktura til EAN " + EAN + ", og der betales kun én gang.\n\nKonto: " + konto + "\n\nMed venlig "
                + "hilsen\nStorebælts Beredskab I/S")
            .attach("application/pdf", "Opkraevning_" + no + ".pdf", Attachments.pdf(docId(m, "sbb"), "Opkrævning " + no,
                List.of("Storebælts Beredskab I/S", "Nyborg Kommune, EAN " + EAN, "Ejerbidrag 1. kvt. 2033, andel 38,2 %",
                    "DKK 3.906.450,00 (ingen moms)", "Konto: " + konto)));
        genuine(m, "127.205.4.1");
        m.description = "the intermunicipal emergency service's quarterly owner contribution, its own account, DMARC pass";
    }

    /** Genuine counterpart to the music-rights fraud: the real society's reporting letter and its annual licence invoice. */
    private void musicLicence() {
        kodaLicence = "KL-" + (480_000 + rnd.nextInt(9_000));
        String konto = iban("DK", "30000019977506");
        M m = ok("supplier-letter", false);
        headers(m, "Koda Kundeservice", "kundeservice@koda.dk", "kultur@nyborg.dk", "Indberetning af musikbrug 2033 - aftale "
            + kodaLicence)
            .text("Kære Nyborg Kommune\n\nSom hvert år beder vi jer opdatere oplysningerne bag jeres aftale " + kodaLicence
                + " (baggrundsmusik på bibliotekerne, i svømmehallen og på plejecentrene samt koncerter i kommunalt regi). "
                + "Indberetningen sker, når I logger ind på Koda Online med jeres aftalenummer, og skal være os i hænde "
                + "senest 1. marts.\n\nOpkrævningen for 2033 sendes som sædvanligt som e-faktura til jeres EAN.\n\nMed venlig "
                + "hilsen\nKoda Kundeservice");
        genuine(m, "127.205.1.1");
        m.description = "the real music rights society asks us to report music use under our licence; invoiced via EAN";
        m = ok("music-licence-invoice", true);
        String no = "K" + (9_120_000 + rnd.nextInt(40_000));
        headers(m, "Koda Faktura", "faktura@koda.dk", "kultur@nyborg.dk", "Faktura " + no + " - musiklicens 2033, aftale "
            + kodaLicence)
            .text("Kære Nyborg Kommune\n\nHermed fakturaen for jeres musiklicens for 2033 beregnet på grundlag af sidste års "
                + "indberetning. Fakturaen er også leveret til EAN " + EAN + ". Skal den betales manuelt, er vores konto "
                + konto + ", og aftalenummeret " + kodaLicence + " bedes angivet.\n\nMed venlig hilsen\nKoda Faktura")
            .attach("application/pdf", "Koda_faktura_" + no + ".pdf", Attachments.pdf(docId(m, "koda"), "Faktura " + no,
                List.of("Koda, Lautrupsgade 9, 2100 København Ø", "Licenstager: Nyborg Kommune, EAN " + EAN, "Aftale " + kodaLicence
                    + ", licensperiode 01.01.2033-31.12.2033", "Baggrundsmusik, 4 biblioteker og svømmehal: 14.880,00",
                    "Plejecentre, fællesarealer (3): 6.150,00", "Koncerter i kommunalt regi, jf. indberetning: 9.420,00",
                    "I alt 30.450,00 + moms 7.612,50 = 38.062,50", "Konto: " + konto)));
        genuine(m, "127.205.1.1");
        m.description = "the music rights society's annual licence invoice with our agreement number, DMARC pass";
    }

    /** Genuine counterpart to the course fraud: HR booked a working-environment course; the school confirms and bills it. */
    private void courseBooking() {
        String booking = "BK-" + (71_000 + rnd.nextInt(2_000));
        M m = ok("order-confirmation", false);
        headers(m, "Fyns Arbejdsmiljøskole, Kursusadministration", "kursus@fyns-arbejdsmiljoeskole.dk", "hr@nyborg.dk",
            "Bekræftelse af tilmelding " + booking + ": supplerende arbejdsmiljøuddannelse")
            .text("Kære HR\n\nTak for jeres tilmelding af fire arbejdsmiljørepræsentanter (Ørbæk Skole, Vibeskolen, Hjemmeplejen "
                + "Syd og Materielgården) til den supplerende arbejdsmiljøuddannelse, dag 1 og 2: 14. og 21. marts 2033 hos os i "
                + "Odense.\n\nDeltagerlisten er vedhæftet. Fakturaen sendes efter kurset til jeres EAN med bookingnummeret "
                + booking + ".\n\nVenlig hilsen\nKursusadministrationen")
            .attach("application/pdf", "Deltagerliste_" + booking + ".pdf", Attachments.pdf(docId(m, "dl"), "Deltagerliste",
                List.of("Kursus: Supplerende arbejdsmiljøuddannelse, 2 dage", "Booking " + booking + ", Nyborg Kommune, HR",
                    "4 deltagere: AMR Ørbæk Skole, AMR Vibeskolen, AMR Hjemmeplejen Syd, AMR Materielgården",
                    "Pris pr. deltager 3.450,00 ekskl. moms")));
        genuine(m, "127.205.2.1");
        m.description = "a course provider confirms a course HR booked for four safety representatives, invoiced afterwards";
        m = ok("course-fee-invoice", true);
        String no = "FA-" + (20_800 + rnd.nextInt(300));
        String konto = bank("6860", "1194470012");
        headers(m, "Fyns Arbejdsmiljøskole, Økonomi", "oekonomi@fyns-arbejdsmiljoeskole.dk", "hr@nyborg.dk", "Faktura " + no
            + " - jeres booking " + booking)
            .text("Til Nyborg Kommune, HR\n\nDe fire deltagere har gennemført begge kursusdage. Vedhæftet er fakturaen for "
                + "booking " + booking + "; den er også sendt til EAN " + EAN + ". Betaling til " + konto + ".\n\nVenlig hilsen\n"
                + "Fyns Arbejdsmiljøskole")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "fa"), "Faktura " + no,
                List.of("Fyns Arbejdsmiljøskole, CVR " + cvr("fyns-arbejdsmiljoeskole.dk"), "Nyborg Kommune, HR, EAN " + EAN,
                    "Supplerende arbejdsmiljøuddannelse, 14. og 21.03.2033, booking " + booking, "4 x 3.450,00 = 13.800,00 + moms "
                        + "3.450,00 = 17.250,00", "Konto: " + konto)));
        genuine(m, "127.205.2.1");
        m.description = "the course provider bills the course HR booked, with the booking number (Ed25519, DMARC pass)";
    }

    /** Genuine counterpart to the fire-equipment fraud: the contracted firm announces its annual visit and bills it. */
    private void fireEquipmentService() {
        M m = ok("supplier-letter", false);
        headers(m, "Nyborg Brandteknik ApS", "service@nyborg-brandteknik.dk", "ejendomsdrift@nyborg.dk", "Årligt eftersyn af "
            + "håndslukkere - plan for uge 9 og 10")
            .text("Hej Ejendomsdrift\n\nVi gennemfører det årlige eftersyn af håndslukkere og brandtæpper efter vores "
                + "rammeaftale i uge 9 og 10. Planen pr. adresse er vedhæftet; vi melder os hos servicelederen på stedet.\n\n"
                + "Der skal ikke skrives under på noget ude på adresserne. Rapporten og fakturaen kommer samlet til jer bagefter "
                + "via EAN.\n\nMed venlig hilsen\nNyborg Brandteknik ApS")
            .attach("application/pdf", "Plan_eftersyn_2033.pdf", Attachments.pdf(docId(m, "plan"), "Plan for eftersyn 2033",
                List.of("Uge 9: Rådhuset, Borgerservice, Nyborg Bibliotek, Vibeskolen", "Uge 10: Ørbæk Skole, Frørup Skole, "
                    + "Plejecenter Egevang, Materielgården", "Rammeaftale EJD-2031-07")));
        genuine(m, "127.205.3.1");
        m.description = "the contracted fire-equipment firm plans its annual visit; nothing to sign on site, invoiced afterwards";
        m = ok("fire-safety-service-invoice", true);
        String no = "NBT-" + (6_100 + rnd.nextInt(400));
        String konto = bank("0815", "4528810097");
        headers(m, "Nyborg Brandteknik ApS", "faktura@nyborg-brandteknik.dk", "ejendomsdrift@nyborg.dk", "Faktura " + no
            + " - årligt eftersyn 2033, rammeaftale EJD-2031-07")
            .text("Hej\n\nEftersynet er afsluttet på alle otte adresser. Servicerapporten med status pr. slukker og fakturaen er "
                + "vedhæftet; e-fakturaen er sendt til EAN " + EAN + ". Tre slukkere på Ørbæk Skole er udskiftet efter aftale "
                + "med servicelederen.\n\nBetaling til " + konto + ".\n\nMed venlig hilsen\nNyborg Brandteknik ApS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "nbt"), "Faktura " + no,
                List.of("Nyborg Brandteknik ApS", "Nyborg Kommune, Ejendomsdrift, EAN " + EAN, "Rammeaftale EJD-2031-07",
                    "Eftersyn 212 håndslukkere a 48,00: 10.176,00", "3 nye 6 kg pulverslukkere: 2.085,00",
                    "I alt 12.261,00 + moms 3.065,25 = 15.326,25", "Konto: " + konto)))
            .attach("application/pdf", "Servicerapport_2033.pdf", Attachments.pdf(docId(m, "sr"), "Servicerapport 2033",
                List.of("212 håndslukkere efterset, 209 godkendt", "3 udskiftet (Ørbæk Skole, gymnastiksal og sløjd)",
                    "Næste eftersyn: februar 2034")));
        genuine(m, "127.205.3.1");
        m.description = "the contracted fire-equipment firm bills the annual inspection under its framework agreement, p=none "
            + "aligned pass";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Danmarks Statistik", "indberetning@dst.dk", "loen@nyborg.dk", "Påmindelse: indberetning til lønstatistikken")
            .text("Til Nyborg Kommune\n\nVi mangler stadig kommunens indberetning til den kvartalsvise lønstatistik. Indberetningen "
                + "sker som altid gennem jeres lønsystem eller Virk. Der er intet at betale.\n\nMed venlig hilsen\n"
                + "Danmarks Statistik");
        genuine(m, "127.205.15.1");
        m.description = "statistics office reminds us to report, nothing to pay, DMARC pass";
        m = ok("authority-notice", false);
        headers(m, "Arbejdstilsynet", "at@at.dk", "hr@nyborg.dk", "Tilsynsbesøg på Vibeskolen - ingen afgørelser")
            .text("Til Nyborg Kommune\n\nArbejdstilsynet var på tilsynsbesøg på Vibeskolen den 2. februar. Besøget gav ikke "
                + "anledning til afgørelser. Tilsynsrapporten er sendt til jeres Digital Post.\n\nArbejdstilsynet");
        genuine(m, "127.205.16.1");
        m.description = "working-environment authority's inspection outcome, pointer to Digital Post, DMARC pass";
        m = ok("authority-notice", false);
        headers(m, "Banedanmark", "naboinformation@bane.dk", "vejpark@nyborg.dk", "Sporarbejde ved Nyborg Station i uge 11")
            .text("Kære Nyborg Kommune\n\nI uge 11 skifter vi sporskifter øst for Nyborg Station. Overkørslen ved Vindinge er "
                + "spærret om natten fra mandag til torsdag, og omkørsel skiltes via Rosildevej. Arbejdet kræver ingen betaling "
                + "eller handling fra kommunen.\n\nBanedanmark, Naboinformation");
        genuine(m, "127.205.17.1");
        m.description = "rail authority's notice of night works and a closed level crossing, DMARC pass";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, varme.person(), addr(varme), "ejendomsdrift@nyborg.dk", "Takstblad 2033 for fjernvarme")
            .text("Til Nyborg Kommune, Ejendomsdrift\n\nBestyrelsen har godkendt taksterne for 2033. Den variable pris falder "
                + "til 412,50 kr. pr. MWh, mens effektbidraget stiger med 3,1 %. De nye takster indgår i næste "
                + "acontoopkrævning; der skal ikke betales noget særskilt.\n\nTakstbladet er vedhæftet.\n\nØrbæk Fjernvarmeværk")
            .attach("application/pdf", "Takstblad_2033.pdf", Attachments.pdf(docId(m, "takst"), "Takstblad 2033",
                List.of("Variabel pris: 412,50 kr./MWh ekskl. moms", "Effektbidrag: +3,1 %", "Gældende fra 01.01.2033")));
        genuine(m, varme.ip());
        m.description = "listed heating plant's new tariffs, applied on the next ordinary charge";
    }

    private void platforms() {
        Object[][] p = {{"getjobber.com", el}, {"getjobber.com", skadedyr}, {"hellobonsai.com", fortaeller},
            {"invoicehome.com", have}, {"kivra.com", null}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(640_000);
            m.mailFrom = "bounce-" + sha256("plat33:" + m.id).substring(0, 14) + "@" + d;
            String no;
            if (d.equals("getjobber.com")) {
                no = String.valueOf(1_040 + rnd.nextInt(3_000));
                headers(m, s.name(), "no-reply@getjobber.com", v == 0 ? "ejendomsdrift@nyborg.dk" : "skoler@nyborg.dk",
                    s.name() + " - faktura #" + no)
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"margin:0;background:#f4f6f5;font-family:Arial,Helvetica,sans-serif\"><table width=\"560\" "
                        + "align=\"center\" style=\"background:#fff;margin-top:20px\"><tr><td style=\"padding:24px\"><h2 style=\""
                        + "margin:0;color:#1f3d2b\">" + s.name() + "</h2><p>Kære Nyborg Kommune</p><p>Tak for opgaven. Faktura #" + no
                        + " på <b>" + a.gross() + " kr.</b> for " + s.what() + " er klar. Forfaldsdato: " + writtenDay(m, 21)
                        + ".</p><p><a href=\"https://clienthub.getjobber.com/client_hubs/" + sha256("jb33:" + m.id).substring(0, 24)
                        + "/invoices\" style=\"background:#7db00e;color:#fff;padding:9px 16px;text-decoration:none\">Se faktura</a>"
                        + "</p><p>Har du spørgsmål, så svar på denne mail - den går til " + s.person() + ".</p></td></tr></table><p "
                        + "style=\"text-align:center;font-size:11px;color:#8a8a8a\">Sendt via Jobber</p></body></html>");
            } else if (d.equals("hellobonsai.com")) {
                no = "B-" + (2_033_020 + rnd.nextInt(60));
                headers(m, s.person() + " (via Bonsai)", "invoices@hellobonsai.com", "skoler@nyborg.dk", "Invoice " + no + " from "
                    + s.person())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej Nyborg Kommune\n\n" + s.person() + " har sendt jer en faktura.\n\nFaktura " + no + "\nBeløb: DKK "
                        + a.gross() + "\nForfald: " + isoDay(m, 14) + "\nOpgave: " + s.what() + "\n\nFakturaen med "
                        + "betalingsoplysninger er vedhæftet som PDF.\n\n--\nBonsai - invoices, contracts and payments for "
                        + "freelancers");
            } else if (d.equals("invoicehome.com")) {
                no = "INV" + String.format("%04d", 20 + rnd.nextInt(200));
                headers(m, s.name(), "no-reply@invoicehome.com", "boernehuse@nyborg.dk", "Faktura " + no + " - " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej\n\nDu har modtaget faktura " + no + " fra " + s.name() + ".\n\nTotal: " + a.gross() + " DKK\n"
                        + "Betales senest: " + isoDay(m, 8) + "\n\nFakturaen er vedhæftet denne e-mail.\n\nFakturaen er lavet med "
                        + "Invoice Home.");
            } else {
                no = "YS-" + (6_330 + rnd.nextInt(200));
                String se = iban("SE", "95000000053311290437");
                headers(m, "Ystad Scenteknik AB via Kivra", "faktura@kivra.com", "kultur@nyborg.dk", "Ny faktura från Ystad "
                    + "Scenteknik AB")
                    .header("Reply-To", "<ekonomi@ystad-scenteknik.se>")
                    .text("Hej Nyborg Kommune,\n\nDu har fått en faktura från Ystad Scenteknik AB för hyra av ljud- och ljusanläggning "
                        + "till Nyborg Havnefest (er beställning KU-33-014).\n\nFakturanummer: " + no + "\nAtt betala: SEK 38 750,00 "
                        + "(omvänd skattskyldighet)\nFörfallodatum: " + isoDay(m, 30) + "\nBetalas till: " + se + "\n\nFakturan "
                        + "finns som PDF i detta mejl.\n\nVänliga hälsningar\nKivra");
                m.mime.attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "kivra"), "Faktura " + no,
                    List.of("Ystad Scenteknik AB, Ystad, Sverige", "Kund: Nyborg Kommune, " + RAADHUS, "Hyra ljud och ljus, "
                        + "Nyborg Havnefest, order KU-33-014", "SEK 38 750,00 - omvänd skattskyldighet", "Konto: " + se)));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform kivra.com: a Swedish stage-technology firm's invoice for ordered festival equipment, SE IBAN";
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
        for (Supplier s : List.of(byg, kontor, varme)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_100_000);
            boolean peppol = v != 1;
            String ref = "NK-" + (52_300 + v * 389);
            headers(m, s.name(), addr(s), "efaktura@nyborg.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Til e-fakturamodtagelsen\n\nVores VANS-udbyder har nedbrud, og vi ved ikke, hvornår fakturaerne kommer "
                    + "igennem. For at I kan nå at betale til tiden, sender vi derfor XML-filen direkte sammen med en PDF-udskrift. "
                    + "Bankoplysningerne er de sædvanlige. Kommer den samme faktura senere via NemHandel, er det en dublet, som "
                    + "ikke skal betales igen.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol_" : "oioubl_") + no.replace('/', '-') + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Udskrift_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v * 2, List.of("Jeres ref. " + ref, "Sendt som " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a printed PDF, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced properly from the supplier's own domain, each followed by the supplier's next
     * invoice to the new account: the carpenter's bank merges into another and its registration number changes; the timber
     * merchant moves its accounts to the bank that financed its new warehouse.
     */
    private void bankChanges() {
        String nyT = bank("0400", "4019932275");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@nyborg.dk", "Vores bank fusionerer - nyt reg.nr. fra 1. marts")
            .text("Hej kreditorafdelingen\n\nVores bank er fusioneret ind i Arbejdernes Landsbank, og derfor får vores konto nyt "
                + "registreringsnummer og kontonummer. Fra 1. marts 2033 skal der betales til " + nyT + ". Den gamle konto "
                + "modtager betalinger frem til sommerferien, så intet går tabt.\n\nI må meget gerne ringe til mig på det nummer, "
                + "I har stående i leverandørkartoteket, og høre mig om det, før I retter noget. Bankens eget brev om "
                + "fusionen er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Brev_fra_banken_fusion.pdf", Attachments.pdf(docId(m, "fusion"), "Meddelelse om fusion",
                List.of("Til erhvervskunder: dit reg.nr. og kontonr. ændres", "Kunde: " + toemrer.name(), "Ny konto: " + nyT,
                    "Gamle konto modtager indbetalinger til 30.06.2033")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new account after its bank's merger (SPF+Ed25519 aligned, no "
            + "DMARC), invites a call-back";
        m = ok("supplier-invoice", true);
        Supplier merged = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye fodlister og dørtrin, Tårup Børnehus");
        invoice(m, merged, nyT, 14, List.of("Ny bankforbindelse pr. 01.03.2033 (bankfusion)"), "\n\nSom skrevet tidligere er "
            + "vores bank fusioneret - kontoen på fakturaen er den nye.");
        genuine(m, toemrer.ip());
        m.description = "taarup-toemrer.dk invoice to its new account after the announced, authenticated bank merger";

        String nyB = iban("DK", "90670001447203");
        m = ok("supplier-new-account", false);
        headers(m, "Nyborg Trælast, Økonomi", "oekonomi@nyborg-traelast.dk", "kreditor@nyborg.dk", "Ny bankforbindelse for "
            + "Nyborg Trælast A/S")
            .text("Til Nyborg Kommune, Kreditor\n\nI forbindelse med finansieringen af vores nye lager på Middelfartvej har "
                + "Nyborg Trælast A/S samlet alle konti i Fynsk Erhvervsbank. Fra og med fakturaer dateret 15. februar 2033 "
                + "betales til " + nyB + ". CVR-nummer, rammeaftale og kontaktpersoner er uændrede.\n\nVi har også sendt "
                + "meddelelsen med direktørens underskrift til kommunens Digital Post, og I er velkomne til at ringe til "
                + "økonomichefen på nummeret i rammeaftalen.\n\nMed venlig hilsen\nNyborg Trælast A/S, Økonomi");
        genuine(m, byg.ip());
        m.description = "listed timber merchant (Ed25519, p=quarantine, DMARC pass) announces a new bank, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(byg.name(), byg.domain(), byg.person(), byg.box(), byg.ip(), nyB,
            "byggematerialer til Ejendomsdrift, februar");
        invoice(m, moved, nyB, 16, List.of("Betaling til ny bankforbindelse, jf. meddelelse"), "\n\nHusk vores nye bank, som "
            + "vi skrev om.");
        genuine(m, byg.ip());
        m.description = "nyborg-traelast.dk invoice to its new account after the announced, authenticated change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(baad, skadedyr, skov, fortaeller, tolk, kor, have, gymnastik, murer)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 1, List.of("Bestilt af " + (v % 2 == 0 ? "jeres kontaktperson" : "stedets leder")),
                v % 3 == 1 ? "\n\nDet er min første faktura til kommunen, så sig endelig til, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has a new phone number but kept its bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Nyborg Låsecenter", "nyborg-laasecenter.dk", "Carsten Bach", "carsten", HOSTER_IP,
            bank("0815", "4533021176"), "nye cylindre og systemnøgler, Nyborg Bibliotek");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 19, List.of("Nøglekvittering underskrevet af bibliotekets leder"), "\n\nNøglerne er "
            + "udleveret mod kvittering.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 26, List.of("Nyt telefonnummer: 65 31 44 80"), "\n\nVi har fået nyt telefonnummer - bank og "
            + "konto er som altid.");
        genuine(m, HOSTER_IP);
        m.description = "svindinge-el.dk invoice announcing a new phone number, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        Object[][] g = {{svensk, "Faktura ", "här kommer fakturan för de tolv belysningsstolparna med LED-armaturer längs "
            + "strandpromenaden i Nyborg, levererade och monterade enligt er beställning i december. Omvänd skattskyldighet "
            + "gäller.", "SEK 286 400,00", "Hej Nyborg Kommune,", "Med vänlig hälsning"},
            {tysk, "Schlussrechnung Nr. ", "nach Abnahme der Schwimmstege und Fingerstege in der Nyborg Lystbådehavn am 30. Januar "
                + "übersenden wir Ihnen unsere Schlussrechnung gemäß Auftrag vom 12. September 2032. Die Steuerschuld geht auf "
                + "den Leistungsempfänger über.", "EUR 148.200,00", "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == svensk) {
                m.wave = 1;
            }
            String no = (s == svensk ? "HB-" : "RP-2033-") + (2_200 + rnd.nextInt(500));
            String subject = x[1] + no + " / Nyborg Kommune";
            headers(m, s.person(), addr(s), s == svensk ? "vejpark@nyborg.dk" : "havn@nyborg.dk", subject)
                .text(x[4] + "\n\n" + x[2] + "\n\n" + (s == svensk ? "Betalningsvillkor 30 dagar netto till " : "Zahlbar binnen 30 "
                    + "Tagen ohne Abzug auf ") + s.account() + ".\n\n" + x[5] + "\n" + s.name())
                .attach("application/pdf", (s == svensk ? "Faktura_" : "Schlussrechnung_") + no + ".pdf", Attachments.pdf(
                    docId(m, "fx"), x[1] + no, List.of(s.name(), "Kund/Kunde: Nyborg Kommune, " + RAADHUS + ", Dänemark", s.what(),
                        "Summa/Betrag " + x[3] + " (reverse charge)", "Bank: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), subject));
            m.description = s == svensk ? "Swedish lighting firm from Halmstad (history), SE IBAN, reverse charge, p=none"
                : "German pontoon builder from Rostock, DE IBAN, final invoice after acceptance, p=quarantine";
        }
        M m = ok("foreign-invoice", true);
        String no = "LSS-" + (10_400 + rnd.nextInt(500));
        headers(m, "Leeds Stage Systems - Accounts", addr(engelsk), "kultur@nyborg.dk", "Invoice " + no
            + " - hoist service and rigging inspection, Nyborg Teater")
            .text("Dear colleagues,\n\nPlease find attached our invoice for the annual service of the six motorised hoists and "
                + "the rigging inspection at Nyborg Teater, carried out on 26 January under your purchase order NK-K-2033-004. "
                + "The inspection certificate follows under separate cover. Reverse charge applies. Please pay within 30 days to "
                + engelsk.account() + " and quote the invoice number.\n\nKind regards\nGemma Whitfield\nAccounts, Leeds Stage Systems Ltd")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "gb"), "Invoice " + no,
                List.of("Leeds Stage Systems Ltd, Leeds, United Kingdom", engelsk.what(), "GBP 4,860.00 - reverse charge",
                    engelsk.account())));
        genuine(m, engelsk.ip());
        m.description = "English stage-rigging firm, SPF only (aligned pass, no DMARC), GB IBAN, ordered service";
        Past f = past.get(svensk.domain());
        m = ok("payment-reminder", true);
        headers(m, svensk.person(), addr(svensk), "vejpark@nyborg.dk", "Påminnelse: faktura " + f.no())
            .text("Hej,\n\nvi kan inte se att faktura " + f.no() + " på " + f.amount().gross() + " är betald. Vänligen betala till "
                + "vårt vanliga konto " + svensk.account() + ". Har betalningen redan gått iväg ber vi er bortse från denna "
                + "påminnelse.\n\nMed vänlig hälsning\nHalmstad Belysning AB");
        genuine(m, svensk.ip());
        m.description = "Swedish supplier's reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "EL-" + (33_100 + rnd.nextInt(900));
        headers(m, "eloomi Billing", "billing@eloomi.com", "hr@nyborg.dk", "Your eloomi invoice " + no)
            .text("Dear Nyborg Kommune,\n\nPlease find attached the invoice for your eloomi learning platform subscription "
                + "(1,850 users, 1 March 2033 - 28 February 2034). As agreed in your contract the invoice has been delivered to "
                + "your EAN number; no bank transfer is required.\n\nInvoice: " + no + "\nAmount: DKK 148,000.00 excl. VAT\n\n"
                + "eloomi Finance")
            .attach("application/pdf", "eloomi_" + no + ".pdf", Attachments.pdf(docId(m, "eloomi"), "Invoice " + no,
                List.of("Customer: Nyborg Kommune, HR, EAN " + EAN, "eloomi Learning, 1,850 users, 12 months",
                    "DKK 148,000.00 excl. VAT", "Payment: e-invoice (EAN)")));
        genuine(m, "127.209.5.1");
        m.description = "learning-platform SaaS annual invoice in English, settled via EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "AD" + (70_420_000 + rnd.nextInt(90_000));
        headers(m, "Autodesk Billing", "billing@autodesk.com", "it@nyborg.dk", "Autodesk invoice " + no)
            .text("Hello,\n\nThank you for your order. Your invoice for 6 AutoCAD subscriptions (annual, Plan og Byg) is attached. "
                + "It was also sent to your Peppol endpoint; payment terms are net 30 as per your agreement.\n\nAutodesk "
                + "Customer Billing")
            .attach("application/pdf", "Autodesk_" + no + ".pdf", Attachments.pdf(docId(m, "adsk"), "Invoice " + no,
                List.of("Nyborg Kommune, Plan og Byg, EAN " + EAN, "AutoCAD subscription, 6 seats, 12 months",
                    "DKK 71,280.00 excl. VAT", "Payment: Peppol/EAN, net 30")));
        genuine(m, "127.209.6.1");
        m.description = "CAD software annual invoice in English, Ed25519, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "FA" + (120_400 + rnd.nextInt(800));
        headers(m, "First Agenda", "faktura@firstagenda.com", "it@nyborg.dk", "Faktura " + no + " - mødeportal 1. kvartal")
            .text("Hej IT\n\nHer er fakturaen for jeres mødeportal til byråd og udvalg i 1. kvartal 2033 (58 brugere). Den er "
                + "sendt til EAN " + EAN + ", og betalingen sker som altid den vej.\n\nVenlig hilsen\nFirst Agenda, Økonomi")
            .attach("application/pdf", "FirstAgenda_" + no + ".pdf", Attachments.pdf(docId(m, "fa"), "Faktura " + no,
                List.of("Nyborg Kommune, IT, EAN " + EAN, "Mødeportal, 58 brugere, 1. kvartal 2033", "DKK 18.560,00 + moms",
                    "Betaling via EAN")));
        genuine(m, "127.209.7.1");
        m.description = "meeting-portal SaaS quarterly invoice, p=none aligned pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounces-" + sha256("cr33:" + m.id).substring(0, 12) + "@criipto.com";
        headers(m, "Knudshoved Revision via Criipto", "signatures@criipto.com", "oekonomi@nyborg.dk", "Underskriv: "
            + "regnskabserklæring for tilskud til Nyborg Havnefest 2032")
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#111\"><p>Hej</p><p>Knudshoved "
                + "Revision har bedt dig underskrive <b>Ledelsens regnskabserklæring - tilskud til Nyborg Havnefest 2032</b>.</p>"
                + "<p><a href=\"https://signatures.criipto.com/sign/" + sha256("crl33:" + m.id).substring(0, 28) + "\">Gennemse "
                + "og underskriv med MitID</a></p><p>Spørgsmål til indholdet rettes til afsenderen.</p><p style=\"font-size:10px;"
                + "color:#777\">Criipto Signatures</p></body></html>");
        genuine(m, "127.205.7.1");
        m.description = "real e-signature service sends the auditor's declaration for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"svindelvarsel.dk", "Svindelvarsel", "nyhedsbrev@", "Falske Koda-regninger og brandslukkerfirmaer",
            "Offentlige institutioner får regninger fra 'musikrettighedsbureauer', der ligner Koda, og fra firmaer, der "
                + "fakturerer 'lovpligtige' eftersyn af brandslukkere, som ingen har bestilt. Tjek altid aftalenummer og "
                + "rammeaftale, før I betaler - og skriv aldrig under på en servicerapport for en mand, der bare dukker op."},
            {"knudshoved-revision.dk", "Knudshoved Revision", "nyhedsbrev@", "Kurser, der aldrig blev bestilt",
                "Vi ser fakturaer for 'obligatorisk' arbejdsmiljø- og førstehjælpsuddannelse fra registre og kursusportaler, "
                    + "ofte med navne på rigtige medarbejdere. Arbejdsmiljøuddannelsen bestilles af arbejdsgiveren selv hos en "
                    + "udbyder, man har valgt - betal kun mod en booking, I kan genfinde."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce." + sha256("nl33:" + x[0]).substring(0, 12) + "@anpdm.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@nyborg.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld?id=" + sha256("u33:" + x[0]).substring(0, 18) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"background:#f2f2f2;margin:0\"><div style=\"max-width:600px;margin:0 auto;background:#fff;"
                    + "font-family:Georgia,serif;padding:20px\"><h2 style=\"color:#0b3954\">" + x[3] + "</h2><p>" + x[4]
                    + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs hele artiklen</a></p><hr><p style=\"font-size:10px;"
                    + "color:#888\">Du modtager nyhedsbrevet, fordi du er tilmeldt. Afmeld med ét klik.</p></div></body></html>");
            m.signers.add(x[0]);
            m.signers.add("anpdm.com");
            m.ip = "127.207.7.1";
            m.helo = "mta3.anpdm.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"kommunal-bogholderi.dk", "Karina Lauridsen", "kala@", "Regning fra 'musikrettigheder' - nogen andre?",
            "Hej alle\n\nVi har fået en regning på 24.000 kr. for 'offentlig fremførelse af musik' på vores biblioteker fra et "
                + "bureau, der skriver, at det opkræver på vegne af Koda. Vi har allerede en aftale med Koda. Er der andre, der "
                + "har set den?\n\nKarina"},
            {"fynske-indkoebere.dk", "Henrik Steffensen", "hest@", "SV: Regning fra 'musikrettigheder' - nogen andre?", "Ja, to af "
                + "vores plejecentre har fået den. Koda bekræftede i telefonen, at de ikke kender bureauet, og at de kun "
                + "opkræver via aftalenummeret.\n\nHenrik"},
            {"kommunal-bogholderi.dk", "Mie Kragh", "mikr@", "Brandslukker-eftersyn uden aftale", "Hej\n\nPas på: en 'tekniker' "
                + "har været rundt på to af vores skoler og fået pedellen til at skrive under på et 'lovpligtigt eftersyn'. "
                + "Nu kommer fakturaen på 19.000 kr. Vi har en rammeaftale med et helt andet firma.\n\nMie"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornetvaerk-fyn.dk", x[3])
                .header("List-Id", "Kreditornetværk Fyn <liste.kreditornetvaerk-fyn.dk>")
                .header("List-Post", "<mailto:liste@kreditornetvaerk-fyn.dk>")
                .text(x[4]);
            String list = "kreditornetvaerk-fyn.dk";
            listPost(m, x[0], list, "[Kreditornetværk Fyn] ",
                "\r\n_______________________________________________\r\nKreditornetværk Fyn - erfaringsudveksling for "
                + "kreditorbogholdere i fynske kommuner\r\nIndstillinger og arkiv: https://kreditornetvaerk-fyn.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=Qx4m=JA=nyborg-lokalavis.dk=annonce@srs.oestfyn-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.208.1.1";
        m.helo = "srs.oestfyn-net.dk";
        m.description = "nyborg-lokalavis.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's Ed25519 DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 33, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 38, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        invoice(m, kloak, kloak.account(), 29, List.of(), "");
        relayedBy(m, RELAY, "SPF only through its hoster, no DMARC: softfail, nothing aligned");
        m = ok("forwarded", true);
        String no = invoiceNo(bus);
        Amount a = amount(300_000);
        Mime orig = original(m, "inner33:", 1, 3, 52, bus, "Lotte Brix <lobr@nyborg.dk>",
            "Faktura " + no + " - udflugt til Nyborg Slot og Kerteminde, 6.b");
        orig.text("Hej Lotte\n\nHer er regningen for bussen til Nyborg Slot og videre til Kerteminde med 6.b i torsdags.\n\n"
            + "Trafikkontoret\nØrbæk Turistfart");
        orig.attach("application/pdf", pdfName(no, 5), pdfInvoice(m, bus, "Faktura", no, a, bus.account(), 3, List.of()));
        headers(m, "Lotte Brix", "lobr@" + OWN, "kreditor@nyborg.dk", "VS: Faktura " + no + " - udflugt til Nyborg Slot og "
            + "Kerteminde, 6.b")
            .text("Hej kreditor\n\nBusfirmaet har sendt fakturaen direkte til mig. Turen er kørt som aftalt, og den er godkendt "
                + "af mig - den skal på Ørbæk Skoles konto til ekskursioner. Den oprindelige mail ligger vedhæftet.\n\nLotte Brix\n"
                + "Ørbæk Skole")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a teacher forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    /** The supplier's mail went to an old address at a local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.nyborg-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorbogholderiet", "kreditor@", "ledere@nyborg.dk", "Musik, kurser og brandslukkere: kun mod "
            + "aftale", "Kære ledere\n\nVi betaler kun musiklicenser via kommunens aftale med Koda, kurser mod en booking, I selv "
                + "har lavet, og eftersyn af brandslukkere efter rammeaftalen med Nyborg Brandteknik. Kommer der regninger fra "
                + "andre, eller beder en tekniker jer skrive under på noget, så send det til os.\n\nKreditorbogholderiet"},
            {"Susanne Bruun", "subr@", "kreditor@nyborg.dk", "Nyborg Trælast - ny bank bekræftet", "Hej\n\nJeg har talt med "
                + "Nyborg Trælasts økonomichef på nummeret i rammeaftalen. Skiftet til Fynsk Erhvervsbank er rigtigt, og "
                + "brevet ligger også i Digital Post. Stamdata er rettet.\n\nSusanne\nEjendomsdrift"},
            {"IT-sikkerhed", "itsikkerhed@", "alle@nyborg.dk", "Falske mails om Digital Post og Virk", "Der er sendt mails til "
                + "flere afdelinger om 'ulæste breve', der skal åbnes via et link med MitID. Digital Post sender ikke links "
                + "til login. Slet mailen, og giv os besked."},
            {"Peter Holst", "peho@", "kreditor@nyborg.dk", "Udlæg: ny kæde til havnens arbejdsbåd", "Hej\n\nBonen for en ny "
                + "ankerkæde til arbejdsbåden er vedhæftet. Kan den komme med i næste udlægsrefusion?\n\nPeter\nNyborg Havn"},
            {"Kreditorbogholderiet", "kreditor@", "kultur@nyborg.dk", "SV: Koda - skal vi betale til en ny konto?", "Hej Kultur"
                + "\n\nNej. Koda har ikke skiftet konto. Vi har ringet til Koda på nummeret på deres hjemmeside, og mailen om "
                + "'ny konto' kommer ikke fra dem. Den rigtige faktura er betalt via EAN.\n\nKreditorbogholderiet"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "bon_ankerkaede.jpg", Attachments.image(docId(m, "bon"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Storebælt Sparekasse, Erhverv", "erhverv@storebaelt-sparekasse.dk", "oekonomi@nyborg.dk",
            "Kvittering: betalingsfil indlæst")
            .text("Kære kunde\n\nJeres betalingsfil med 214 poster er indlæst uden fejl og afvikles på de angivne datoer. Status "
                + "kan ses i erhvervsnetbanken under 'Betalingsfiler'.\n\nVi beder aldrig om MitID-godkendelse eller "
                + "kontooplysninger via e-mail.\n\nStorebælt Sparekasse, Erhverv");
        genuine(m, "127.207.1.1");
        m.description = "the real bank's payment-file receipt: no link, refers to the netbank";
        m = ok("bank-notice", false);
        headers(m, "Storebælt Sparekasse", "erhverv@storebaelt-sparekasse.dk", "oekonomi@nyborg.dk",
            "Ny rentesats på erhvervskonti")
            .text("Kære kunde\n\nFra 1. april ændres renten på erhvervskonti. Den nye rentesats fremgår af netbanken under "
                + "'Konti og vilkår'. Du skal ikke foretage dig noget.\n\nStorebælt Sparekasse");
        genuine(m, "127.207.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Fynsk Erhvervsbank", "kundeservice@fynsk-erhvervsbank.dk", "oekonomi@nyborg.dk",
            "Årsoversigt for 2032 er klar")
            .text("Årsoversigten over jeres engagement for 2032 ligger nu i netbanken under 'Dokumenter'.\n\nDenne mail kan "
                + "ikke besvares.\n\nFynsk Erhvervsbank");
        genuine(m, "127.207.2.1");
        m.description = "bank notice about the annual statement, Ed25519, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Knudshoved Revision", "revision@knudshoved-revision.dk", "kreditor@nyborg.dk", "Saldobekræftelse pr. "
            + "31.12.2032 - " + entrep.name())
            .text("Til Nyborg Kommune\n\nVi reviderer årsregnskabet for " + entrep.name() + " og beder om kommunens bekræftelse "
                + "af mellemværendet med selskabet pr. 31. december 2032. Selskabets samtykke er vedhæftet.\n\nSvar os venligst "
                + "direkte, også hvis der ikke er noget mellemværende. Vi beder ikke om betaling eller kontooplysninger.\n\n"
                + "Venlig hilsen\nKnudshoved Revision")
            .attach("application/pdf", "Samtykke_saldobekraeftelse.pdf", Attachments.pdf(docId(m, "sb"), "Saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Opgørelsesdato 31.12.2032", "Svar direkte til revisor")));
        genuine(m, "127.205.6.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Nyborg Gymnasium, Økonomi", "oekonomi@nyborg-gymnasium.dk", "oekonomi@nyborg.dk",
            "Betaling for leje af Nyborg Hallen")
            .text("Hej\n\nVi har i dag betalt 14.250,00 kr. for leje af Nyborg Hallen til translokationen (jeres faktura "
                + "7701842).\n\nVenlig hilsen\nNyborg Gymnasium, Økonomi");
        genuine(m, "127.205.8.1");
        m.description = "remittance advice: the upper-secondary school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Storebælts Beredskab I/S, Økonomi", "oekonomi@storebaelts-beredskab.dk", "oekonomi@nyborg.dk",
            "Betalingsadvis")
            .text("Til Nyborg Kommune\n\nVedhæftet specifikation af dagens indbetaling fra Storebælts Beredskab.\n\n"
                + "Storebælts Beredskab I/S")
            .attach("text/csv", "advis.csv", ("faktura;tekst;beloeb\r\n7701850;Leje af øvelsesplads Knudshoved;9400,00\r\n"
                + "7701851;Snerydning ved brandstationen, januar;3125,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.205.4.1");
        m.description = "the emergency service pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"nyborg-isenkram.dk", "Nyborg Isenkram", "kvittering@", "Kvittering - køb på kommunens indkøbskort",
            "2 stk. trillebør, 10 spande vejsalt og 4 sneskovle til Materielgården: 4.380,00 kr. Betalt med indkøbskort."},
            {"slotsboghandlen.dk", "Slotsboghandlen", "ordre@", "Din ordre 10982 er afsendt", "28 stk. 'Danehoffet og borgen' "
                + "til 5. årgang på Vibeskolen, 4.620,00 kr., betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@nyborg.dk", x[3]).text(x[4] + "\n\nMange tak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Legeland Design", "ordre@legeland-design.dk", "indkoeb@nyborg.dk", "Ordrebekræftelse LD-33-0412")
            .text("Tak for ordren på et legehus med klatrevæg og en kurvegynge med faldunderlag til Hjulby Børnehus. Levering og "
                + "montering sker i uge 16. Fakturaen kommer via NemHandel til EAN " + EAN + ".\n\nLegeland Design");
        genuine(m, "127.205.9.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, baad.person(), addr(baad), "havn@nyborg.dk", "Tilbud: ny motor til havnens arbejdsbåd")
            .text("Hej Havnen\n\nTilbud på udskiftning af påhængsmotoren på arbejdsbåden med en ny 60 hk inkl. montering, "
                + "styring og bortskaffelse af den gamle: 98.400 kr. ekskl. moms. Tilbuddet gælder i 30 dage." + signature(baad))
            .attach("application/pdf", "Tilbud_motor_arbejdsbaad.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Påhængsmotor 60 hk, montering og styring", "98.400,00 ekskl. moms", "Gyldigt 30 dage")));
        genuine(m, baad.ip());
        m.description = "quote from an unlisted boat service, nothing to pay";
        m = ok("quote", false);
        headers(m, skov.person(), addr(skov), "vejpark@nyborg.dk", "Overslag på udtynding i Hjulby Skov")
            .text("Hej\n\nUdtynding af ca. 1,2 ha og flisning af toppe vil tage omkring 4 dage. Overslag 36.800 kr. + moms, og "
                + "jeg kan gå i gang i marts, hvis jorden er frossen." + signature(skov));
        genuine(m, skov.ip());
        m.description = "quote in the body from an unlisted forestry firm (RSA DKIM only, no DMARC), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skoler@nyborg.dk", "Vinterkørsel: tidligere afgang fra Frørup")
            .text("Hej\n\nNår DMI varsler isslag, kører skolebussen fra Frørup 15 minutter før køreplanen, så børnene når "
                + "første time i Ørbæk. Det koster ikke ekstra.\n\nTrafikkontoret\nØrbæk Turistfart");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, kloak.person(), addr(kloak), "vejpark@nyborg.dk", "SV: Spørgsmål om TV-inspektionen ved Frørup Skole")
            .header("In-Reply-To", "<VP-2033-0211.frorup@nyborg.dk>")
            .text("Hej Vej og Park\n\nI spurgte, om videoen fra inspektionen kan sendes til jeres rådgiver. Den ligger på vores "
                + "server, og jeg sender et link direkte til rådgiveren, når I giver mig navnet. Fakturaen er allerede sendt, "
                + "og der er ikke noget nyt at betale.\n\nBrian\nFrørup Kloakservice");
        genuine(m, HOSTER_IP);
        m.description = "listed sewer firm answers our question (SPF via hoster, no DMARC), nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7300010177452296"), iban("DK", "89900007731864"), bank("8990", "0008824316"),
        iban("EE", "7710221033948817"), iban("PL", "611090101400000712198813"), iban("GB", "REVO00996911540288"),
        iban("IE", "BOFI90001722589034"), iban("NL", "KNAB0255418806"), iban("DE", "500105175409228814"),
        iban("HU", "120100220014402300000000"), iban("RO", "INGB0000999904418832"), iban("BG", "UNCR70001522884471"),
        iban("CY", "005002450000000100443399"), bank("9860", "0001184772"), iban("MT", "MALT01100000000000044193321"),
        iban("SE", "30000000032118874051"), iban("LT", "1010000022883471"), iban("DK", "98600007714293"),
        iban("NO", "60510544187"), iban("LT", "4037400441187209")};

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
        musicRights();
        mandatoryCourses();
        fireEquipment();
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, byg, maler};
        String[] notes = {"\n\nBEMÆRK: Værket har skiftet bank. Brug kun kontonummeret på denne opkrævning.",
            "\n\nVores gamle konto i Danske Bank er opsagt - husk at opdatere jeres kreditoroplysninger.", "",
            "\n\nHar fået ny bank, så pengene skal ind på den konto, der står på regningen."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 3 + 2), i + 7, List.of("Ændret bankforbindelse"), notes[i]);
            if (who[i] == byg) {
                m.mime.header("Reply-To", "<erhverv@nyborgtraelast.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " (DMARC " + dns.get(who[i].domain()).dmarc() + ") from a fraudster's "
                + "machine, changed account" + (who[i] == byg ? ", look-alike Reply-To" : "");
        }
        M m = bad("forged-supplier");
        headers(m, "Rostocker Pontonbau GmbH - Buchhaltung", addr(tysk), "havn@nyborg.dk", "Geänderte Bankverbindung - "
            + "Schlussrechnung Lystbådehavn")
            .text("Sehr geehrte Damen und Herren,\n\nbitte beachten Sie, dass unsere bisherige Bankverbindung aufgrund einer "
                + "internen Umstellung nicht mehr genutzt werden kann. Überweisen Sie den Betrag unserer Schlussrechnung für die "
                + "Schwimmstege daher ausschließlich auf " + mule(8) + ". Die korrigierte Rechnung erhalten Sie anbei.\n\n"
                + "Mit freundlichen Grüßen\nBuchhaltung\nRostocker Pontonbau GmbH")
            .attach("application/pdf", "Rechnung_korrigiert.pdf", Attachments.pdf(docId(m, "rp"), "Schlussrechnung (korrigiert)",
                List.of("Rostocker Pontonbau GmbH", "Kunde: Nyborg Kommune", "Schwimmstege Nyborg Lystbådehavn",
                    "EUR 148.200,00", "Neue Bankverbindung: " + mule(8))));
        forged(m, forgedHost++);
        m.description = "forged From rostocker-pontonbau.de (p=quarantine) in German: 'new bank details' for the real final "
            + "invoice, DE mule account";
    }

    private void lookalikes() {
        Object[][] l = {{"oerbaek-fjernvarme.net", varme}, {"herrested-entreprenor.dk", entrep}, {"nyborgtraelast.dk", byg},
            {"svindinge-elinstallation.dk", el}, {"hjulby-rengoring.dk", rengoer}, {"refsvindinge-vvs-energi.dk", vvs}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 5), i * 3 + 1, List.of(), i % 2 == 1
                ? "\n\nVær opmærksom på, at vi har fået ny bankforbindelse." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("nyborg-tr\u0430elast.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(10), 21, List.of("Ny konto fra 1. februar"), "\n\nVi beder jer bruge "
            + "den nye konto fremover.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as nyborg-traelast.dk, invoice with a new account, authenticates";
        d = idn("nyborg-k\u043emmune.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Havnefogeden, Nyborg Havn", "havnefoged@" + d, "kreditor@nyborg.dk", "Haster: betaling til dykkerfirma")
            .text("Hej kreditor\n\nEt skib har tabt ankeret i indsejlingen, og dykkerfirmaet går først i vandet, når de har "
                + "fået forudbetaling: 94.800 kr. til " + mule(13) + ". Havnen er lukket for færger og fragtskibe, indtil ankeret "
                + "er væk, så det skal overføres nu. Fakturaen kommer, når de er færdige.\n\nHavnefogeden");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our harbour master: urgent advance to a diving firm";
    }

    private void platformFrauds() {
        M m = bad("lookalike-platform");
        String no = String.valueOf(1_040 + rnd.nextInt(3_000));
        headers(m, kloak.name(), "no-reply@getjobber-froerup.com", "vejpark@nyborg.dk", kloak.name() + " - faktura #" + no
            + " er forfalden")
            .html("<html><body style=\"font-family:Arial,Helvetica,sans-serif\"><h2 style=\"color:#1f3d2b\">" + kloak.name()
                + "</h2><p>Faktura #" + no + " på <b>17.968,75 kr.</b> er forfalden. Betal i dag med kort for at undgå "
                + "rykkergebyr på 450 kr.</p><p><a href=\"https://getjobber-froerup.com/pay/" + sha256(m.id).substring(0, 22)
                + "\" style=\"background:#7db00e;color:#fff;padding:9px 16px\">Betal nu</a></p><p style=\"font-size:11px;"
                + "color:#8a8a8a\">Sendt via Jobber</p></body></html>");
        ownedBy(m, "getjobber-froerup.com");
        m.description = "look-alike platform getjobber-froerup.com: 'overdue' card-payment link in listed froerup-kloakservice.dk's name";
        m = bad("lookalike-platform");
        headers(m, "Halmstad Belysning AB via Kivra", "faktura@kivra-skellerup.net", "vejpark@nyborg.dk", "Uppdaterade "
            + "betalningsuppgifter - Halmstad Belysning AB")
            .text("Hej Nyborg Kommune,\n\nHalmstad Belysning AB har uppdaterat sina betalningsuppgifter för faktura "
                + past.get(svensk.domain()).no() + ". Betala i stället till " + mule(15) + ".\n\nFörfallodatum: " + isoDay(m, 3)
                + "\n\nVänliga hälsningar\nKivra");
        ownedBy(m, "kivra-skellerup.net");
        m.description = "look-alike platform kivra-skellerup.net in Swedish: the real Swedish supplier's wave-1 invoice to a new "
            + "SE account";
        m = bad("platform-account-misused");
        no = "B-" + (2_033_020 + rnd.nextInt(60));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 14) + "@hellobonsai.com";
        headers(m, "Nordic Public Procurement Index (via Bonsai)", "invoices@hellobonsai.com", "indkoeb@nyborg.dk", "Invoice "
            + no + " from Nordic Public Procurement Index")
            .header("Reply-To", "<procurement.index@outlook.com>")
            .text("Hej Nyborg Kommune\n\nNordic Public Procurement Index har sendt jer en faktura.\n\nFaktura " + no + "\nBeløb: DKK "
                + "21.875,00\nForfald: " + isoDay(m, 7) + "\nOpgave: Optagelse i indeks over offentlige indkøbere 2033-2034\n"
                + "Konto: " + mule(11) + "\n\n--\nBonsai - invoices, contracts and payments for freelancers")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "pam"), "Invoice " + no,
                List.of("Nordic Public Procurement Index", "Listing 2033-2034, 24 months", "DKK 21.875,00", "Account " + mule(11))));
        genuine(m, "127.206.2.1");
        m.description = "real platform hellobonsai.com used by an unknown 'index' for a listing never ordered, outlook Reply-To, "
            + "BG IBAN";
        m = bad("platform-account-misused");
        no = String.valueOf(1_040 + rnd.nextInt(3_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 14) + "@getjobber.com";
        headers(m, rengoer.name(), "no-reply@getjobber.com", "kreditor@nyborg.dk", rengoer.name() + " - faktura #" + no)
            .header("Reply-To", "<hjulby.rengoering.aps@gmail.com>")
            .html("<html><body style=\"font-family:Arial,Helvetica,sans-serif\"><h2>" + rengoer.name() + "</h2><p>Kære Nyborg "
                + "Kommune</p><p>Faktura #" + no + " for rengøring i januar. Vi er gået over til Jobber, og samtidig er vores "
                + "bankkonto ændret: overfør venligst til " + mule(17) + ".</p><p style=\"font-size:11px;color:#8a8a8a\">Sendt "
                + "via Jobber</p></body></html>")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(17)), "Faktura",
                no, amount(1_800_000), mule(17), 3, List.of("Ny bankforbindelse")));
        genuine(m, "127.206.1.1");
        m.description = "real platform getjobber.com in listed hjulby-rengoering.dk's name, new DK account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Vores hovedkonto er midlertidigt spærret, mens banken gennemgår vores nye ejerforhold. Indtil "
            + "videre bedes I derfor overføre til "},
            {vognmand, "Efter et generationsskifte er firmaets konti samlet et nyt sted. Fremover skal I betale til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 14), i + 9, List.of("Ny betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 14)
                + ". Jeg er ude på opgaver hele ugen, så skriv frem for at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " sent from its real server (authenticates exactly as "
                + "its genuine mail does" + (s == vognmand ? ": SPF softfail, DMARC fail at p=none" : ": DKIM aligned, DMARC pass")
                + "), invoice with the account moved";
        }
        Supplier s = entrep;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@nyborg.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nUndskyld, jeg fik ikke skrevet det i første mail: vi har skiftet bank ved årsskiftet, så de "
                + p.amount().gross() + " kr. for fakturaen nedenfor skal gå til " + mule(0) + ". Den gamle konto bliver lukket "
                + "i denne måned.\n\n" + s.person() + "\n" + s.name() + "\n\n> " + p.subject());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of herrested-entreprenoer.dk replies in its own wave-1 thread (DMARC pass), LT "
            + "account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "froerup-kloakservice.net"}, {mad, "vindinge-catering.com"}, {toemrer, "taarup-tomrer.dk"},
            {bus, "oerbaek-turistfart.net"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@nyborg.dk", (i % 2 == 1 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nVedr. faktura " + p.no() + " på " + p.amount().gross() + " kr.: kontoen på fakturaen kan desværre ikke "
                    + "modtage penge i øjeblikket, da banken er ved at flytte os over på et nyt system. Brug i stedet " + mule(i + 3)
                    + ", og send mig en kort bekræftelse, når det er gjort.\n\n" + s.person() + "\n\nFra: " + s.person() + " <"
                    + addr(s) + ">\nSendt: " + dottedDay(m, -20) + "\nEmne: " + p.subject() + "\n\n> Faktura " + p.no() + " vedhæftet.");
            if (i == 2) {
                mime.attach("application/pdf", pdfName(p.no(), 7), pdfInvoice(m, s.posing(d, mule(i + 3)), "Faktura", p.no(),
                    p.amount(), mule(i + 3), 2, List.of("Opdateret bankforbindelse")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account"
                + (s == toemrer ? " (the real firm did change account after its bank merged: this is another one)" : "");
        }
    }

    /** A "corrected" invoice that replaces an earlier real one, with only the account changed. */
    private void correctedResends() {
        Past p = past.get(bus.domain());
        M m = bad("corrected-invoice-resend");
        headers(m, bus.person(), "trafik@oerbaek-turistfart.com", "kreditor@nyborg.dk", "Rettelse til faktura " + p.no()
            + " - se bort fra den første")
            .text("Hej\n\nPå faktura " + p.no() + " var der desværre et forkert kontonummer, fordi vores bogholder brugte en "
                + "gammel skabelon. Den rettede faktura ligger her - beløbet er stadig " + p.amount().gross() + " kr., men det er "
                + "kun den nye konto, der gælder. Den første bedes makuleret.\n\nTrafikkontoret\nØrbæk Turistfart")
            .attach("application/pdf", "RETTET_" + pdfName(p.no(), 1), pdfInvoice(m, bus.posing("oerbaek-turistfart.com", mule(7)),
                "Rettet faktura", p.no(), p.amount(), mule(7), 3, List.of("Erstatter faktura " + p.no() + " (forkert konto)")));
        ownedBy(m, "oerbaek-turistfart.com");
        m.description = "'corrected' copy of oerbaek-turistfart.dk's real wave-1 invoice from look-alike oerbaek-turistfart.com, "
            + "NL IBAN";
        p = past.get(it.domain());
        m = bad("corrected-invoice-resend");
        headers(m, "Nyborg NetDrift, Fakturering", addr(it), "it@nyborg.dk", "Korrektion: faktura " + p.no())
            .text("Til Nyborg Kommune\n\nFaktura " + p.no() + " blev dannet med en forkert bankkonto efter en opdatering af vores "
                + "økonomisystem. Den korrigerede faktura er vedhæftet og træder i stedet for den oprindelige. Beløbet "
                + p.amount().gross() + " kr. bedes overført til " + mule(3) + ".\n\nNyborg NetDrift, Fakturering")
            .attach("application/pdf", "Korrektion_" + pdfName(p.no(), 4), pdfInvoice(m, it.posing(it.domain(), mule(3)),
                "Korrigeret faktura", p.no(), p.amount(), mule(3), 2, List.of("Træder i stedet for faktura " + p.no())));
        forged(m, forgedHost++);
        m.description = "forged From nyborg-netdrift.dk (DKIM only, p=reject) from a fraudster's host: 'corrected' copy of its "
            + "real wave-1 invoice, EE IBAN";
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Mikael Ravn, borgmester", "borgmester@" + OWN, "oekonomi@nyborg.dk", "Diskret opgave i dag")
            .text("Hej\n\nVi er ved at lande en aftale om et nyt hotel på havnen, og investorens advokat skal have et "
                + "forhandlingsdepositum på 175.000 kr. i dag til " + mule(1) + ". Sagen må ikke komme ud før byrådsmødet, så tal "
                + "ikke med andre om den. Papirerne følger.\n\nMikael");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Ejendomsdrift", "ejendomsdrift@" + OWN, "kreditor@nyborg.dk", "Nyt kontonummer til Hjulby Rengøring")
            .text("Hej kreditor\n\nHjulby Rengøring har ringet og fortalt, at kontoen i vores leverandørkartotek er lukket. Den "
                + "nye er " + mule(12) + ". Vil I rette den, inden I kører betalinger i dag? Jeg er på besigtigelser resten af "
                + "dagen og kan ikke tage telefonen.\n\nEjendomsdrift");
        forged(m, forgedHost++);
        m.description = "our property department's mailbox forged from outside: 'change the cleaner's account', mule";
    }

    private void ceo() {
        Object[][] c = {{"Mikael Ravn", "mikael.ravn.borgmester@gmail.com", GMAIL, "Er du ved skrivebordet?",
            "Hej\n\nJeg sidder i et møde med KL og kan ikke ringe. Der er en betaling, der skal gennemføres før kl. 13. Skriv "
                + "tilbage her, så får du oplysningerne.\n\nMikael\nSendt fra min iPad"},
            {"Lise Baagøe", "lise.baagoe.kommunaldirektoer@outlook.com", MSFT, "Lille tjeneste",
                "Hej\n\nJeg vil gerne sige tak til medarbejderne i hjemmeplejen med et gavekort hver. Kan du købe 15 digitale "
                    + "gavekort à 500 kr. og sende mig koderne her? Jeg sørger for, at du får pengene igen i morgen.\n\nLise"},
            {"Jacob Riis", "jacob.riis.oekonomichef@icloud.com", APPLE, "Fortroligt: udbetaling til byggefond", "Hej\n\nByrådet har "
                + "i lukket møde godkendt kommunens andel af den nye idrætshal i Ørbæk. Fonden skal have 310.000 kr. i dag til "
                + mule(9) + ", ellers mister vi medfinansieringen. Hold det for dig selv, indtil det er offentligt.\n\nJacob"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@nyborg.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Camilla Sønderby", "camilla.soenderby84@gmail.com", "loen@nyborg.dk", "Skift af lønkonto")
            .text("Hej lønkontoret\n\nJeg er pædagog i Hjulby Børnehus og har lige skiftet bank. Kan I sætte februarlønnen ind på "
                + bank("8990", "0009913402") + "? Jeg kan ikke logge på medarbejderportalen i øjeblikket.\n\nVenlig hilsen\n"
                + "Camilla");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Oliver Bech", "oliver.bech.nyborg@hotmail.com", "loen@nyborg.dk", "Lønkonto i Norge")
            .text("Hej\n\nJeg er timelærer på Vibeskolen og har fået job i Stavanger fra marts. Min danske konto bliver lukket, så "
                + "resten af min løn og feriepenge skal overføres til " + mule(18) + ". Jeg har ikke dansk MitID mere, så derfor "
                + "mailen.\n\nOliver");
        genuine(m, MSFT);
        m.description = "a 'substitute teacher' on hotmail (authenticates) wants his salary to a Norwegian account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "bo@aunslevmaler.dk", "kreditor@nyborg.dk", "kontonummer")
            .text("Hej\n\nKort besked: jeg har fået ny konto, " + mule(16) + ". Den skal bruges fra nu af, også til den faktura, "
                + "der står åben.\n\nBo\nAunslev Malerservice");
        ownedBy(m, "aunslevmaler.dk");
        m.description = "no attachment: look-alike of aunslev-malerservice.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Skellerup Vognmand <jesper@skellerup-vognmand.dk>", "skellerup.vognmand@outlook.com", "kreditor@nyborg.dk",
            "Nye bankoplysninger")
            .text("Til kunderne\n\nVores mailserver er ved at blive flyttet, så i et par dage skriver vi fra denne adresse. Vi "
                + "benytter lejligheden til at oplyse, at vores konto fra i dag er " + mule(19) + ".\n\nSkellerup "
                + "Vognmandsforretning");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is outlook: new account in the body";
        m = bad("bank-change-body-only");
        headers(m, skov.person(), "anders@holckenhavn-skovservice.com", "vejpark@nyborg.dk", "Betaling for fældning")
            .text("Hej\n\nMin bank har lukket den konto, der står på min faktura for træerne ved Vindinge Å. Vil I overføre "
                + "pengene til " + mule(4) + " i stedet?\n\nAnders Juel\nHolckenhavn Skovservice");
        ownedBy(m, "holckenhavn-skovservice.com");
        m.description = "look-alike of the unlisted holckenhavn-skovservice.dk asks to pay its invoice to a new account";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "NI-" + (300_000 + rnd.nextInt(90_000));
            headers(m, "Nyborg Inkasso", "sagsbehandling@nyborg-inkasso.com", "kreditor@nyborg.dk", "Sidste varsel før retslige "
                + "skridt - sag " + sag)
                .text("Nyborg Kommune\n\nVi har fået overdraget faktura " + p.no() + " fra " + s[i].name() + " på "
                    + p.amount().gross() + " kr. Inklusive renter og omkostninger på 1.860 kr. skal kravet være betalt til "
                    + mule(i + 11) + " inden 72 timer. Modtager vi ikke betaling, indgives betalingspåkrav til fogedretten uden "
                    + "yderligere varsel.\n\nNyborg Inkasso")
                .attach("application/pdf", "Sidste_varsel_" + sag + ".pdf", Attachments.pdf(docId(m, "ni"), "Sidste varsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(),
                        "Renter og omkostninger 1.860,00", "Indbetaling til " + mule(i + 11))));
            ownedBy(m, "nyborg-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"virk-postkasse-nyborg.com", "Digital Post Erhverv", "meddelelse@", "Vigtig meddelelse fra Skattestyrelsen",
            "Nyborg Kommune har en ulæst meddelelse om efterregulering af købsmoms. Meddelelsen skal åbnes med MitID Erhverv "
                + "inden 3 dage, ellers betragtes den som modtaget.", "fake-digital-post"},
            {"digitalpost-hjulby.com", "Digital Post", "ingen-svar@", "Ulæst brev fra Udbetaling Danmark",
                "Der ligger et brev om for meget udbetalt refusion for 2032. Åbn brevet for at undgå, at beløbet modregnes i "
                    + "kommunens næste udbetaling.", "fake-digital-post"},
            {"nyborg-domaenefornyelse.net", "Dansk Domæneregistrering", "fornyelse@", "Fornyelse af nyborg.dk - frist 4 dage",
                "Registreringen af domænet nyborg.dk udløber om 4 dage. Bliver den ikke fornyet, stopper kommunens hjemmeside "
                    + "og e-mail.", "domain-directory-scam"},
            {"skellerup-erhvervsregister.org", "Nordisk Erhvervsregister", "data@", "Bekræft kommunens oplysninger",
                "Kontroller venligst de forudfyldte oplysninger og returner blanketten underskrevet. Grundoptagelse er uden "
                    + "beregning.", "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@nyborg.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 18);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>" + x[4] + "</p><p><a href=\""
                    + link + "\">Åbn meddelelsen</a></p><p style=\"font-size:10px;color:#666\">Du kan ikke svare på denne "
                    + "e-mail.</p></body></html>");
            } else if (x[0].startsWith("nyborg-domaene")) {
                mime.text(x[4] + "\n\nFornyelse 2 år: 5.960,00 kr. til " + mule(6) + " eller med kort her: " + link
                        + "\n\nDansk Domæneregistrering")
                    .attach("application/pdf", "Fornyelse_nyborg.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                        List.of("Domæne: nyborg.dk", "Periode: 2 år", "5.960,00 kr.", "Konto " + mule(6))));
            } else {
                mime.text(x[4] + "\n\nNordisk Erhvervsregister")
                    .attach("application/pdf", "Blanket_Nyborg_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Opdateringsblanket",
                        List.of("Nyborg Kommune, " + RAADHUS, "Underskrift og dato:", "Med underskriften bestilles en "
                            + "markedsføringspakke i 36 måneder à 995 EUR pr. måned")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void fakeNemHandel() {
        M m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Servicedesk", "servicedesk@nemhandel-vindinge.com", "efaktura@nyborg.dk", "Handling påkrævet: "
            + "genregistrering af EAN-nummer")
            .html("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\"><p>Til modtagere af e-fakturaer</p><p>Alle "
                + "offentlige modtagere skal genregistrere deres EAN-numre i NemHandelsregistret inden fredag. EAN " + EAN
                + " er ikke genregistreret, og modtagelse af fakturaer stopper derefter.</p><p><a href=\"https://nemhandel-vindinge."
                + "com/reg/" + sha256(m.id).substring(0, 16) + "\">Genregistrer nu</a></p></body></html>");
        ownedBy(m, "nemhandel-vindinge.com");
        m.description = "fake NemHandel notice: re-register the EAN number via a login link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Servicedesk", "servicedesk@nemhandel-vindinge.com", "kreditor@nyborg.dk", "Fakturaer tilbageholdt "
            + "i NemHandel")
            .text("Hej\n\nFire fakturaer til Nyborg Kommune er tilbageholdt i NemHandel på grund af en fejl i jeres "
                + "modtagerprofil. Leverandørerne har bedt os opkræve beløbet på deres vegne, så de ikke skal vente. Samlet "
                + "beløb 46.187,50 kr. kan indbetales på " + mule(5) + ". Oversigten findes her: https://nemhandel-vindinge.com/"
                + "tilbageholdt/" + sha256(m.id).substring(0, 14) + "\n\nNemHandel Servicedesk");
        ownedBy(m, "nemhandel-vindinge.com");
        m.description = "fake NemHandel 'held invoices' notice offering to collect their payment to a mule account";
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordreservice", "ordre@frorup-ordreservice.com", "indkoeb@nyborg.dk", "Ordre 55418 bekræftet: 12 x "
            + "projektor")
            .text("Tak for din ordre. 12 x laserprojektor med loftsbeslag, samlet 143.880,00 kr., faktureres ved afsendelse i "
                + "morgen.\n\nGenkender du ikke ordren? Ring straks på +45 65 70 22 91 for at stoppe den.\n\nOrdreservice");
        ownedBy(m, "frorup-ordreservice.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "McAfee Business fornyelse", "ordre@frorup-ordreservice.com", "it@nyborg.dk", "Kvittering for automatisk "
            + "fornyelse")
            .text("Jeres McAfee Business-abonnement (75 enheder) er fornyet automatisk for 12 måneder: 9.975 kr. Vil I opsige, "
                + "skal det ske telefonisk på +45 65 70 22 91 inden 24 timer.")
            .attach("application/pdf", "Kvittering_75_enheder.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("McAfee Business, 75 enheder, 12 mdr.", "9.975,00 kr.", "Opsigelse: +45 65 70 22 91")));
        ownedBy(m, "frorup-ordreservice.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilepay-tarup.net", "MobilePay MyShop", "support@", "Udbetalinger sat på pause",
            "Udbetalinger fra jeres MobilePay-løsning i svømmehallen er sat på pause, og 11.320,00 kr. venter. Bekræft "
                + "virksomhedens oplysninger for at frigive beløbet."},
            {"p-kontrol-nyborg.com", "P-Kontrol Nyborg", "opkraevning@", "Kontrolafgift: kommunal bil CX 18 442",
                "En af kommunens biler er fotograferet uden gyldig P-billet på Nyborg Station. Kontrolafgiften er 795 kr."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@nyborg.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din telefon.</p><p><img src=\"cid:qrkode\" width=\"180\" "
                    + "height=\"180\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "scan_mig.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay or confirm, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Nyborg Harbour Surveys Ltd", "accounts@nyborg-harbour-surveys.com", "havn@nyborg.dk",
            "Invoice NHS-2291 - sediment sampling, Nyborg harbour basin")
            .text("Dear Sir/Madam,\n\nAttached is our invoice for the sediment sampling and laboratory analysis of the inner "
                + "harbour basin, as discussed with your harbour office. EUR 9,860.00 is payable within 5 days to " + mule(5)
                + ".\n\nKind regards\nAccounts Department\nNyborg Harbour Surveys Ltd")
            .attach("application/pdf", "NHS-2291.pdf", Attachments.pdf(docId(m, "en"), "Invoice NHS-2291",
                List.of("Client: Nyborg Municipality", "Sediment sampling and analysis, inner harbour", "EUR 9,860.00",
                    "Bank: " + mule(5))));
        ownedBy(m, "nyborg-harbour-surveys.com");
        m.description = "English invoice for a survey never ordered, GB IBAN";
        m = bad("english-international");
        headers(m, "Nyborg Harbour Surveys - Finance", "finance@nyborg-harbour-surveys.com", "oekonomi@nyborg.dk",
            "Change of bank details - action required")
            .text("Dear valued customer,\n\nDue to a change of our banking partner, kindly update our details in your system "
                + "and make all future and outstanding payments to " + mule(14) + ". Please confirm once updated.\n\nFinance "
                + "Team");
        ownedBy(m, "nyborg-harbour-surveys.com");
        m.description = "English 'change of bank details', MT IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "aunslev-malerservice.net"}, {vognmand, "skellerup-vognmand.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@nyborg.dk", i == 0 ? "Regning som foto" : "Faktura - scannet")
                .text("Hej\n\nVores fakturaprogram er gået ned, så I får regningen som " + (i == 0 ? "foto" : "scanning") + ". Læg "
                    + "mærke til, at kontonummeret er nyt.\n\n" + s.person())
                .attach(i == 0 ? "image/png" : "application/pdf", i == 0 ? "IMG_20330214_0931.png" : "Scan_0042.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "png") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "hjulby-rengoering.net"}, {vvs, "refsvindinge-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 2)), "Faktura", no, amount(1_200_000), mule(i + 2), i + 1, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@nyborg.dk", "Faktura " + n + " (zip)")
                .text("Hej\n\nJeres spamfilter har afvist vores PDF'er, så fakturaen er lagt i en zip-fil. Pak den ud og betal "
                    + "venligst inden udgangen af ugen.\n\n" + s.person())
                .attach("application/zip", "Faktura" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura" + n + ".pdf", pdf)
                    : Attachments.zip("Dokumenter/Faktura" + n + ".pdf", pdf, "Dokumenter/Betalingsinfo.txt",
                        "Vi har ny bankforbindelse - se kontonummeret på fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "salg@froerup-kontorservice.com", "indkoeb@nyborg.dk", "Faktura og følgeseddel januar")
            .text("Hej\n\nFaktura og følgeseddel ligger i det vedhæftede dokument. Det er beskyttet, så klik 'Aktivér redigering' "
                + "og derefter 'Aktivér indhold'.\n\nFrørup Kontorservice")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\nNyborg Kommune\nAktivér indhold for at se beløb og bankoplysninger", true));
        ownedBy(m, "froerup-kontorservice.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of froerup-kontorservice.dk";
        m = bad("office-macro");
        headers(m, it.person(), "fakturering@nyborg-netdrift.net", "it@nyborg.dk", "Licensopgørelse januar")
            .text("Hej\n\nJanuars licensopgørelse og vores nye bankoplysninger står i regnearket. Aktivér makroer, for at tallene "
                + "vises.\n\nNyborg NetDrift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licensopgoerelse_januar.xlsm",
                Attachments.excel(List.of("Licensopgørelse januar 2033", "I alt DKK 52.810,00", "Ny konto: " + plain(mule(10))), true));
        ownedBy(m, "nyborg-netdrift.net");
        m.description = "macro-enabled Excel statement from a look-alike of nyborg-netdrift.dk";
    }

    private void svgHtml() {
        String[][] x = {{"nyborg-fakturaportal.com", "Nyborg Trælast", "Kontoudskrift januar", "kontoudskrift.svg", "image/svg+xml"},
            {"herrested-dokumentarkiv.net", "Herrested Entreprenørforretning", "Faktura til gennemsyn", "Faktura_gennemsyn.htm",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 20);
            String doc = y[4].equals("text/html")
                ? "<!DOCTYPE html><html><head><title>Faktura</title><meta http-equiv=\"refresh\" content=\"1;url=" + url + "\">"
                    + "<script>setTimeout(function(){location.replace('" + url + "')},500);</script></head><body>Fakturaen "
                    + "indlæses ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"160\"><text x=\"12\" y=\"30\">Kontoudskrift - "
                    + "klik for at se</text><a href=\"" + url + "\"><rect x=\"12\" y=\"50\" width=\"220\" height=\"34\" "
                    + "fill=\"#2b5d34\"/></a><script>document.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokumenter@" + y[0], "kreditor@nyborg.dk", y[2])
                .text("Hej\n\nDokumentet åbnes i browseren.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "herrested-entreprenoer.net", true}, {it, "nyborgnetdrift.dk", false}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_100_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@nyborg.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej\n\nVi skifter udbyder af e-fakturering, så denne faktura kommer som XML direkte fra os. Den kan indlæses "
                    + "som normalt. Bemærk den opdaterede bankkonto i filen.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, s, peppol ? mule(i + 7) : mule(i + 12), a, isoDay(m, 0), isoDay(m, 8), peppol, "NK-" + (53_000 + i),
                        "Opdateret bankkonto").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    private void fakeSignatures() {
        M m = bad("fake-esignature-request");
        headers(m, "Knudshoved Revision via Criipto", "signatures@criipto-nyborg.com", "oekonomi@nyborg.dk", "Underskriv i dag: "
            + "revisionsprotokollat 2032")
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Knudshoved Revision har "
                + "bedt dig underskrive <b>Revisionsprotokollat og ledelseserklæring 2032</b>. Linket udløber i dag kl. 16.</p><p>"
                + "<a href=\"https://criipto-nyborg.com/sign/" + sha256(m.id).substring(0, 26) + "\">Log ind og underskriv</a></p>"
                + "<p style=\"font-size:10px;color:#777\">Criipto Signatures</p></body></html>");
        ownedBy(m, "criipto-nyborg.com");
        m.description = "look-alike e-signature domain in the real auditor's name: login page, deadline today";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentsignering", "noreply@signering-oerbaek.net", "ejendomsdrift@nyborg.dk", "Lejekontrakt til "
            + "underskrift: Ørbæk Hallen, cafeteria")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Du har et dokument, der venter på din underskrift: "
                + "<b>Lejekontrakt, cafeteria i Ørbæk Hallen</b>.</p><p>Bekræft din identitet med din Microsoft 365-konto for at "
                + "åbne dokumentet.</p><p><a href=\"https://signering-oerbaek.net/doc/" + sha256(m.id).substring(0, 24) + "\">Åbn "
                + "dokument</a></p></body></html>");
        ownedBy(m, "signering-oerbaek.net");
        m.description = "fake signing service: a 'lease contract' behind a Microsoft 365 login page";
    }

    /**
     * New family: a "music rights agency" bills back-dated licences for music in public buildings, the real society's name
     * moves our licence payment to another account, or a "publisher" wants royalties for festival music paid past the
     * society straight to him.
     */
    private void musicRights() {
        M m = bad("fake-music-rights-licence-invoice");
        String no = "DML-" + (40_100 + rnd.nextInt(800));
        headers(m, "Dansk Musiklicens Service", "licens@musikrettigheder-nyborg.dk", "kultur@nyborg.dk", "Efteropkrævning "
            + no + ": offentlig fremførelse af musik 2031-2033")
            .text("Til Nyborg Kommune\n\nVed en stikprøvekontrol har vi konstateret, at der afspilles musik i kommunens "
                + "biblioteker og i Nyborg Svømmehal uden gyldig licens hos os. Som forvalter af rettighederne for danske og "
                + "udenlandske komponister opkræver vi licens for de seneste tre år.\n\nEfteropkrævning " + no + " på 26.375,00 "
                + "kr. inkl. moms er vedhæftet og skal betales til " + mule(6) + " senest " + writtenDay(m, 7) + ". Uautoriseret brug "
                + "af musik er en krænkelse af ophavsretsloven og kan medføre erstatningskrav og bøde.\n\nMed venlig hilsen\n"
                + "Dansk Musiklicens Service, Licensafdelingen")
            .attach("application/pdf", "Efteropkraevning_" + no + ".pdf", Attachments.pdf(docId(m, "dml"), "Efteropkrævning " + no,
                List.of("Dansk Musiklicens Service", "Licenstager: Nyborg Kommune", "Offentlig fremførelse 2031-2033: 4 biblioteker, "
                    + "svømmehal", "21.100,00 + moms 5.275,00 = 26.375,00", "Betaling senest 7 dage: " + mule(6))));
        ownedBy(m, "musikrettigheder-nyborg.dk");
        m.description = "unknown 'music licence service' bills three years of music in libraries and the swimming bath we already "
            + "license through the real society, copyright threat, 7-day deadline";
        m = bad("fake-music-rights-licence-invoice");
        headers(m, "Koda Faktura", "faktura@musiklicens-svindinge.com", "kultur@nyborg.dk", "Ændret betalingskonto - aftale "
            + kodaLicence)
            .text("Kære Nyborg Kommune\n\nVi skriver vedrørende fakturaen for jeres musiklicens 2033 under aftale " + kodaLicence
                + ". På grund af en ny bankaftale kan betalinger ikke længere modtages på den konto, der står på fakturaen. "
                + "Beløbet bedes i stedet overført til " + mule(8) + " med aftalenummeret som reference.\n\nHar I allerede "
                + "betalt via EAN, bliver beløbet returneret.\n\nMed venlig hilsen\nKoda Faktura");
        ownedBy(m, "musiklicens-svindinge.com");
        m.description = "the real society's name from a look-alike cites our real licence number and moves the payment to a DE "
            + "account";
        m = bad("fake-music-rights-licence-invoice");
        headers(m, "Daniel Okafor - Northlight Publishing", "northlight.publishing.dk@outlook.com", "kultur@nyborg.dk",
            "Royalties for music performed at Nyborg Havnefest")
            .text("Hello,\n\nI represent the publishing rights for eleven of the songs performed by the cover bands at Nyborg "
                + "Havnefest last summer. Our catalogue has left the Danish collecting society, so royalties for these works "
                + "are now paid directly to the publisher.\n\nThe attached statement shows DKK 18,600.00 due for the public "
                + "performance. Please transfer the amount to " + mule(5) + " within 10 days so we can avoid a formal claim.\n\n"
                + "Best regards\nDaniel Okafor\nNorthlight Publishing")
            .attach("application/pdf", "Royalty_statement_Havnefest.pdf", Attachments.pdf(docId(m, "roy"), "Royalty statement",
                List.of("Event: Nyborg Havnefest 2032", "11 works, public performance", "DKK 18,600.00", "Account: " + mule(5))));
        genuine(m, MSFT);
        m.description = "a 'publisher' on outlook (authenticates) wants festival royalties paid directly to a GB account, "
            + "bypassing the rights society";
    }

    /**
     * New family: a "register" or "course portal" bills a "mandatory" working-environment or first-aid course that nobody
     * booked or attended, or the real course provider's name wants prepayment to a private account.
     */
    private void mandatoryCourses() {
        M m = bad("fake-mandatory-course-invoice");
        String no = "AR-" + (7_700 + rnd.nextInt(500));
        headers(m, "Arbejdsmiljøregistret", "faktura@arbejdsmiljoeregister-nyborg.dk", "hr@nyborg.dk", "Faktura " + no
            + " - lovpligtig årlig opdatering, 12 arbejdsmiljørepræsentanter")
            .text("Til Nyborg Kommune, HR\n\nEfter arbejdsmiljølovens regler om supplerende uddannelse skal arbejdsmiljø"
                + "repræsentanter opdateres hvert år. Vi har registreret 12 repræsentanter i jeres organisation og tilmeldt dem "
                + "vores årlige e-læringsforløb, der er åbent frem til 31. december.\n\nFaktura " + no + " på 37.425,00 kr. inkl. "
                + "moms (12 x 2.495 kr. + moms) er vedhæftet og forfalder om 8 dage. Betaling til " + mule(0) + ".\n\nVenlig "
                + "hilsen\nArbejdsmiljøregistret, Kursusafdelingen")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "ar"), "Faktura " + no,
                List.of("Arbejdsmiljøregistret", "Kunde: Nyborg Kommune, HR", "Årlig opdatering (e-læring) 2033, 12 deltagere",
                    "12 x 2.495,00 = 29.940,00 + moms 7.485,00 = 37.425,00", "Forfald 8 dage, konto " + mule(0))));
        ownedBy(m, "arbejdsmiljoeregister-nyborg.dk");
        m.description = "'register' bills a 'mandatory' yearly e-learning for 12 safety reps nobody enrolled, LT account";
        m = bad("fake-mandatory-course-invoice");
        no = "KP" + (19_000 + rnd.nextInt(900));
        headers(m, "Kursusportalen", "booking@kursusportal-tarup.com", "aeldre@nyborg.dk", "Faktura " + no + ": Førstehjælp på "
            + "arbejdspladsen, 16 deltagere")
            .text("Hej\n\nSom aftalt telefonisk med jeres medarbejder den 12. januar har vi reserveret 16 pladser til Hjemmeplejen "
                + "på kurset 'Førstehjælp på arbejdspladsen' (e-læring og praktisk dag). Deltagerlisten og fakturaen er "
                + "vedhæftet.\n\nTelefonsamtalen er optaget og kan udleveres. Afbestilling er ikke mulig efter tilmelding, jf. "
                + "vores betingelser. Beløbet 22.800,00 kr. betales til " + mule(2) + ".\n\nMed venlig hilsen\nKursusportalen")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "kp"), "Faktura " + no,
                List.of("Kursusportalen", "Nyborg Kommune, Hjemmeplejen", "Førstehjælp på arbejdspladsen, 16 pladser",
                    "16 x 1.140,00 = 18.240,00 + moms 4.560,00 = 22.800,00", "Konto " + mule(2))))
            .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Deltagerliste.xlsx",
                Attachments.excel(List.of("Deltagerliste - Hjemmeplejen Nyborg", "16 pladser reserveret", "Navne udfyldes af kunden"),
                    false));
        ownedBy(m, "kursusportal-tarup.com");
        m.description = "'course portal' bills a first-aid course 'agreed by phone' with no booking, no cancellation, DK mule "
            + "account";
        m = bad("fake-mandatory-course-invoice");
        headers(m, "Fyns Arbejdsmiljøskole, Kursusadministration", "fyns.arbejdsmiljoeskole.kursus@gmail.com", "hr@nyborg.dk",
            "Forudbetaling: supplerende arbejdsmiljøuddannelse marts")
            .text("Kære HR\n\nVores kursussystem er ramt af et nedbrud, og vi skriver derfor fra denne adresse. For at fastholde "
                + "jeres fire pladser på den supplerende arbejdsmiljøuddannelse i marts skal kursusgebyret forudbetales senest "
                + "fredag.\n\nBeløbet, 17.250,00 kr., bedes overført til " + bank("8990", "0010442271") + ". Den ordinære "
                + "faktura via EAN bliver annulleret.\n\nVenlig hilsen\nKursusadministrationen");
        genuine(m, GMAIL);
        m.description = "the real course provider's name on gmail (authenticates) wants prepayment for the real course to a new "
            + "account before Friday";
    }

    /**
     * New family: a "fire-safety firm" bills a "statutory" extinguisher inspection no one ordered (with a report a caretaker
     * was made to sign), demands prepayment for extinguishers "required by new rules", or, in the contracted firm's name,
     * moves the annual inspection's payment.
     */
    private void fireEquipment() {
        M m = bad("fake-fire-equipment-service-invoice");
        String no = "BS" + (60_100 + rnd.nextInt(800));
        headers(m, "Brandsikring Danmark ApS", "faktura@brandsikring-aunslev.dk", "ejendomsdrift@nyborg.dk", "Faktura " + no
            + " - lovpligtigt eftersyn, Frørup Skole")
            .text("Til Nyborg Kommune\n\nVores tekniker gennemførte den 3. februar det lovpligtige eftersyn af håndslukkere på "
                + "Frørup Skole. Servicerapporten er kvitteret af jeres pedel på stedet og vedhæftet sammen med fakturaen.\n\n"
                + "Faktura " + no + " på 19.062,50 kr. forfalder om 8 dage og betales til " + mule(13) + ". Bemærk, at "
                + "manglende eftersyn kan få betydning for forsikringsdækningen.\n\nMed venlig hilsen\nBrandsikring Danmark ApS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "bsd"), "Faktura " + no,
                List.of("Brandsikring Danmark ApS", "Kunde: Nyborg Kommune, Frørup Skole", "Eftersyn 25 håndslukkere a 395,00",
                    "Udskiftning af 6 plomberinger og piktogrammer 5.375,00", "I alt 15.250,00 + moms 3.812,50 = 19.062,50",
                    "Konto " + mule(13))))
            .attach("application/pdf", "Servicerapport_kvitteret.pdf", Attachments.scannedPdf(docId(m, "bsr")));
        ownedBy(m, "brandsikring-aunslev.dk");
        m.description = "unknown fire-safety firm bills a 'statutory' inspection no one ordered, with a 'signed' scanned report; "
            + "the real framework firm serves this school";
        m = bad("fake-fire-equipment-service-invoice");
        headers(m, "Slukkerservice", "salg@slukkerservice-refsvindinge.com", "ejendomsdrift@nyborg.dk", "Nye krav fra 1. april: "
            + "pulverslukkere skal udskiftes")
            .text("Til Ejendomsdrift\n\nFra 1. april 2033 må pulverslukkere ikke længere hænge i skoler og institutioner, og de "
                + "skal udskiftes til skumslukkere. Vi har reserveret 180 skumslukkere til Nyborg Kommune, men leveringen "
                + "kan kun sikres mod forudbetaling af 50 %: 64.125,00 kr. til " + mule(10) + " senest " + writtenDay(m, 3) + ".\n\n"
                + "Efter fristen frigives varerne til andre kommuner.\n\nMed venlig hilsen\nSlukkerservice")
            .attach("application/pdf", "Ordrebekraeftelse_skumslukkere.pdf", Attachments.pdf(docId(m, "ss"), "Ordrebekræftelse",
                List.of("180 skumslukkere 6 l inkl. ophæng", "Pris i alt 128.250,00 inkl. moms", "Forudbetaling 50 %: 64.125,00",
                    "Konto " + mule(10))));
        ownedBy(m, "slukkerservice-refsvindinge.com");
        m.description = "'new rules' for extinguishers invented to demand 50 % prepayment within three days, RO account";
        m = bad("fake-fire-equipment-service-invoice");
        headers(m, "Nyborg Brandteknik ApS", "faktura@nyborg-brandteknik.dk", "ejendomsdrift@nyborg.dk", "Ny konto til betaling "
            + "af årligt eftersyn")
            .text("Hej Ejendomsdrift\n\nVi har skiftet bank, og betalingen for årets eftersyn af håndslukkere efter "
                + "rammeaftalen skal derfor ske til " + mule(16) + " og ikke til kontoen på fakturaen. Vi sender ikke en ny "
                + "faktura; I kan bare rette kontoen ved betalingen.\n\nMed venlig hilsen\nNyborg Brandteknik ApS");
        forged(m, forgedHost++);
        m.description = "forged From the contracted nyborg-brandteknik.dk (p=none) from a fraudster's host: moves the real "
            + "inspection's payment to an LT account";
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
        return writeFiles(dir, new HeldOutCorpus33().generate(), List.of(
            "# Nyborg Kommune, Økonomi: invoice checks (thirty-third held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=oerbaek-fjernvarme.dk herrested-entreprenoer.dk froerup-kloakservice.dk taarup-toemrer.dk "
                + "aunslev-malerservice.dk hjulby-rengoering.dk nyborg-lokalavis.dk skellerup-vognmand.dk svindinge-el.dk "
                + "refsvindinge-vvs.dk vindinge-catering.dk nyborg-traelast.dk nyborg-netdrift.dk oerbaek-turistfart.dk "
                + "froerup-kontorservice.dk",
            "invoice.domains.platforms=getjobber.com hellobonsai.com invoicehome.com kivra.com",
            "invoice.names.protected=Nyborg Kommune"));
    }
}
