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
 * The twenty-seventh held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body
 * is Fredericia Kommune ({@value #OWN}, p=reject; creditor, e-invoice, accounting, finance, purchasing, payroll,
 * communication, digitalisation and department mailboxes) with sixteen listed suppliers from Fredericia, Taulov, Erritsø,
 * Skærbæk, Egeskov, Pjedsted, Bredstrup, Trelde, Lyngsodde and Snoghøj in every DNS posture real Danish firms have (three
 * sending through a web hoster named in their SPF), three invoicing platforms ({@code briox.se}, {@code fastbill.com},
 * {@code gocardless.com}), local banks, an intermunicipal waste company, a Swedish playground maker, a German street
 * furniture maker, a Dutch pontoon builder, a German traffic-count firm, SaaS, an auditor, an e-signature service, a
 * lawyer's collection department, two authorities, a creditor list, forwarders (with and without SRS), free mail and
 * fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices,
 * e-invoice XML with a changed account) and five kinds new here: a claim for late-payment interest and the fixed
 * compensation of the Danish Interest Act on real, long-paid invoices, payable to a new account
 * (fake-late-interest-claim); a deposit claim for pallets, crates or meal-delivery containers "not returned"
 * (fake-pallet-deposit-claim); a ready-made bank payment file (ISO 20022 pain.001 or a netbank CSV) sent for import, its
 * creditor accounts the fraudster's (payment-file-injection); a supplier "taken over" by a group that now wants the money
 * (fake-acquisition-notice); and a sender domain that begins with the real supplier's or our own full domain name
 * (prefixed-real-domain). The invoice engine, its tests, tuning notes and earlier results were not read. Labels say what
 * a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice,
 * credit note, reminder, interest note, collection demand for a real debt, intermunicipal, platform, e-invoice XML,
 * foreign or SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From domain
 * publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus27GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus27 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout27");
    public static final String OWN = "fredericia.dk";
    static final String FRAUD_NET = "127.249.";
    private static final String OWN_IP = "127.240.0.1";
    private static final String EAN = "5798000557719";
    private static final String RAADHUS = "Gothersgade 20, 7000 Fredericia";
    /** A Triangle Region web hoster whose outgoing server three listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.245.9.1";
    private static final String GMAIL = "127.248.1.1";
    private static final String MSFT = "127.248.2.1";
    private static final String YAHOO = "127.248.3.1";
    private static final String APPLE = "127.248.5.1";
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);

    private final Random rnd = new Random(27_0027_7000L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, interest claims) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2031, 8, 18, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2031, 9, 15, 7, 45, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Erritsø Varmeværk a.m.b.a.", "erritsoe-varme.dk", "Kundeafregningen",
        "afregning", "127.241.1.1", iban("DK", "30000004417298"), "fjernvarme til Erritsø Skole, Erritsø Hallen og Plejecenter Skovvænget");
    private final Supplier entrep = new Supplier("Taulov Entreprenørforretning A/S", "taulov-entreprenoer.dk", "Jannik Østergaard Lund",
        "jol", "127.241.2.1", bank("7040", "0003318451"), "asfaltreparation og nye vejbump, Kolonivej og Stationsvej i Taulov");
    private final Supplier kloak = new Supplier("Snoghøj Kloakteknik ApS", "snoghoej-kloakteknik.dk", "Henrik Damgaard", "henrik",
        HOSTER_IP, bank("7040", "0005120936"), "rodskæring og strømpeforing af kloakstik, Snoghøj Børnehus");
    private final Supplier toemrer = new Supplier("Pjedsted Tømrer & Snedker ApS", "pjedsted-toemrer.dk", "Carsten Fogh", "cf",
        "127.241.4.1", bank("9684", "0001287745"), "nye branddøre og gulvlister, Pjedsted Skole, fløj B");
    private final Supplier maler = new Supplier("Bredstrup Malerservice v/ Kasper Holm", "bredstrup-maler.dk", "Kasper Holm",
        "kasper", "127.241.5.1", bank("9684", "0004413827"), "maling af klasselokaler og gange, Bredstrup Skole");
    private final Supplier rengoer = new Supplier("Trelde Rengøringsservice ApS", "trelde-rengoering.dk", "Bogholderiet",
        "bogholderi", "127.241.6.1", bank("7040", "0002987410"), "rengøring af Hovedbiblioteket og Borgerservice, Gothersgade");
    private final Supplier avis = new Supplier("Fredericia Ugeavis", "fredericia-ugeavis.dk", "Annoncesalget", "annoncesalg",
        "127.241.7.1", iban("DK", "30000008812604"), "annoncer: høring om lokalplan for Fredericia C og tre jobopslag");
    private final Supplier vognmand = new Supplier("Egeskov Vognmandsforretning ApS", "egeskov-vognmand.dk", "Flemming Bach",
        "flemming", "127.241.8.1", bank("9684", "0003076512"), "kørsel med stabilgrus og vejsalt til Materielgården");
    private final Supplier el = new Supplier("Lyngsodde El-teknik ApS", "lyngsodde-el.dk", "Morten Skytte", "morten", HOSTER_IP,
        bank("7040", "0006623891"), "udskiftning af vejbelysning til LED, Lyngsodde Strandvej");
    private final Supplier vvs = new Supplier("Erritsø VVS & Blik ApS", "erritsoe-vvs.dk", "Kontoret", "kontor", "127.241.10.1",
        bank("9684", "0007715306"), "nye toiletter og tagrender, Erritsø Idrætscenter");
    private final Supplier mad = new Supplier("Fredericia Madservice A/S", "fredericia-madservice.dk",
        "Kundeservice, Fredericia Madservice", "kundeservice", "127.241.11.1", iban("DK", "30000009340152"),
        "varm mad og kølemad til hjemmeboende borgere i Fredericia, Erritsø og Taulov");
    private final Supplier trae = new Supplier("Taulov Trælast & Byggecenter A/S", "taulov-traelast.dk", "Erhvervsafdelingen",
        "erhverv", "127.241.12.1", iban("DK", "70400001552931"), "byggematerialer til Ejendomscenter Fredericia, rammeaftale 2031");
    private final Supplier it = new Supplier("Fredericia IT-Service ApS", "fredericia-itservice.dk", "Fakturering, Fredericia IT-Service",
        "faktura", "127.241.13.1", bank("7040", "0008864120"), "drift af skolernes trådløse net og 60 nye Chromebooks");
    private final Supplier bus = new Supplier("Snoghøj Busser ApS", "snoghoej-busser.dk", "Kørselskontoret", "koersel",
        "127.241.14.1", bank("9684", "0005542281"), "skolekørsel Trelde-Erritsø og svømmekørsel til Fredericia Idrætscenter");
    private final Supplier kontor = new Supplier("Fredericia Kontorcenter ApS", "fredericia-kontorcenter.dk", "Salgskontoret", "salg",
        "127.241.15.1", iban("DK", "30000006629187"), "kopipapir, toner og leje af 22 multifunktionsprintere");
    private final Supplier anlaeg = new Supplier("Skærbæk Anlægsgartner ApS", "skaerbaek-anlaeg.dk", "Rikke Dalsgaard", "rikke",
        HOSTER_IP, bank("7040", "0004471962"), "hækklipning og nye plantninger, Fredericia Vold ved Kongens Port");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Trelde Næs Smedie", "trelde-smedie.dk", "Bent Rasmussen", "bent", "127.242.1.1",
        bank("9684", "0002250918"), "nyt gelænder og reparation af badebroen, Trelde Næs");
    private final Supplier skadedyr = new Supplier("Bredstrup Skadedyrskontrol", "bredstrup-skadedyr.dk", "Tina Holst", "tina",
        "127.242.2.1", bank("7040", "0007302284"), "rottespærrer og månedligt tilsyn, Madsby Legepark og Fredericia Vold");
    private final Supplier snedker = new Supplier("Egeskov Snedkeri", "egeskov-snedkeri.dk", "Poul Winther", "poul", "127.242.3.1",
        bank("9684", "0006118034"), "ny udlånsskranke og reoler, Erritsø Bibliotek");
    private final Supplier natur = new Supplier("Pjedsted Naturpleje v/ Sara Kirk", "pjedsted-naturpleje.dk", "Sara Kirk", "sara",
        "127.242.4.1", bank("7040", "0001837765"), "afgræsning med får og rydning af slåen, Trelde Næs");
    private final Supplier guide = new Supplier("Lillebælt Naturformidling v/ Anne Bjerre", "gmail.com", "Anne Bjerre",
        "anne.bjerre.naturformidling", GMAIL, bank("9684", "0008801257"), "strandtur ved Lyngsodde for 4. årgang, Erritsø Skole");
    private final Supplier tolk = new Supplier("Tolk Amina Yusuf", "outlook.com", "Amina Yusuf", "amina.yusuf.tolk", MSFT,
        bank("7040", "0009912745"), "tolkning somali-dansk, Jobcenter Fredericia, 3 x 1,5 time");
    private final Supplier musik = new Supplier("Trio Volden v/ Niels Brandt", "icloud.com", "Niels Brandt", "niels.brandt.trio",
        APPLE, bank("9684", "0009350161"), "musik til sensommerfest, Plejecenter Møllebo");
    private final Supplier pudser = new Supplier("Taulov Vinduespolering v/ Dennis Krog", "hotmail.com", "Dennis Krog",
        "dennis.krog.vinduer", MSFT, bank("7040", "0005583319"), "vinduespolering, Taulov Skole og Børnehuset Regnbuen");
    private final Supplier foto = new Supplier("Snoghøj Foto v/ Mads Lind", "live.dk", "Mads Lind", "mads.lind.foto", MSFT,
        bank("9684", "0007420846"), "fotos af Den Gamle Lillebæltsbro og Fredericia C til kommunens hjemmeside, inkl. brugsret");
    private final Supplier hest = new Supplier("Egeskov Hestevogne v/ Birthe Kjær", "yahoo.com", "Birthe Kjær", "birthe.kjaer.hestevogne",
        YAHOO, bank("7040", "0006004417"), "hestevognstur for beboerne på Plejecenter Bøgely, 2 vogne");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Växjö Lekmiljö AB", "vaxjo-lekmiljo.se", "Ekonomiavdelningen", "ekonomi",
        "127.247.1.1", iban("SE", "50000000058391127744"), "klätterställning och fallskydd, Madsby Legepark");
    private final Supplier tysk = new Supplier("Flensburger Stadtmöbel GmbH", "flensburger-stadtmoebel.de", "Buchhaltung",
        "buchhaltung", "127.247.2.1", iban("DE", "215200700007734401"), "Sitzbänke und Abfallbehälter, Kanalpromenade Fredericia C");
    private final Supplier hamburg = new Supplier("Hamburger Verkehrszählung GmbH", "hamburger-verkehrszaehlung.de", "Rechnungswesen",
        "rechnung", "", iban("DE", "442004110008815236"), "Verkehrszählung mit sechs Radargeräten, Vejlevej und Fælledvej, 4 Wochen");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        trae, it, bus, kontor, anlaeg);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"erritsoe-varme.com", "taulov-entreprenor.dk", "taulov-traelast.com",
        "lyngsodde-elteknik.dk", idn("snoghoej-bu\u0455ser.dk"), idn("taulov-tr\u00e6last.dk"), "briox-fredericia.com",
        "gocardless-taulov.net", "snoghoej-kloakteknik.com", "erritsoe-vvs-blik.dk", "taulov-entreprenoer.net",
        "bredstrup-malerservice.dk", "fredericia-inkasso.com", "mitid-fredericia.com", "digitalpost-taulov.com",
        "fredericia-domaeneservice.net", "trelde-firmaregister.org", "erritsoe-ordrekontor.com", "fredericia-p-kontrol.com",
        "mobilbetaling-erritsoe.net", "snoghoej-bridge-survey.com", "bredstrup-maler.net", "egeskov-vognmand.com",
        "trelde-rengoering.com", "erritsoe-vvs.net", "fredericia-kontorcenter.com", "fredericia-it-service.net",
        "fredericia-bilagsportal.com", "taulov-fakturaarkiv.net", "taulov-entreprenoerforretning.dk", "fredericiaitservice.dk",
        "erritsoe-varmevaerk.dk", "snoghoej-busser.com", "taulov-traelast.net", "taulov-pallecentral.com",
        "fredericia-oekonomisystem.com", "fredericia-itservice.com", "trelde-facility.com", "taulov-traelast-group.com",
        "erritsoe-varme.dk.faktura-center.net", "fredericia.dk.sikker-betaling.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("erritsoe-varme.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("taulov-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("snoghoej-kloakteknik.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("pjedsted-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("bredstrup-maler.dk", null, null, null, null); // nothing published
        domain("trelde-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("fredericia-ugeavis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("egeskov-vognmand.dk", List.of("127.241.98.8"), "~all", null, "none"); // SPF names the weighbridge PC only
        domain("lyngsodde-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("erritsoe-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("fredericia-madservice.dk", List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("taulov-traelast.dk", List.of(trae.ip(), "127.241.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("fredericia-itservice.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("snoghoej-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("fredericia-kontorcenter.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("skaerbaek-anlaeg.dk", List.of(HOSTER_IP), "-all", null, "quarantine"); // hoster SPF only, enforcing
        domain("trelde-smedie.dk", List.of(smed.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("bredstrup-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("egeskov-snedkeri.dk", List.of(snedker.ip()), "-all", null, null);
        domain("pjedsted-naturpleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("erritsoe-laase.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("vaxjo-lekmiljo.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("flensburger-stadtmoebel.de", List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("lelystad-steigers.nl", List.of("127.247.3.1"), "-all", null, null);
        // collection, auditor, e-signature, school, shops, waste company, authorities
        domain("advokathuset-fredericia.dk", List.of("127.243.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("erritsoe-revision.dk", List.of("127.243.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("getaccept.com", List.of("127.243.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("snoghoej-hoejskole.dk", List.of("127.243.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("pjedsted-legepladser.dk", List.of("127.243.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("erritsoe-byggemarked.dk", List.of("127.243.7.1"), "-all", null, "none");
        domain("fredericia-boghandel.dk", List.of("127.243.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("taulov-affald.dk", List.of("127.243.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("energinet.dk", List.of("127.243.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("naturstyrelsen.dk", List.of("127.243.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("briox.se", List.of("127.244.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("fastbill.com", List.of("127.244.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("gocardless.com", List.of("127.244.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        // banks, list, ESP, newsletter, forwarders
        domain("fredericia-sparekasse.dk", List.of("127.245.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("taulov-andelskasse.dk", List.of("127.245.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-trekanten.dk", List.of("127.245.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("emailoctopus.com", List.of("127.245.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("indkoeb-lillebaelt.dk", List.of("127.245.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("loenforum-jylland.dk", List.of("127.245.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kassererbladet.dk", List.of("127.245.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.lillebaelt-net.dk", List.of("127.246.1.1"), "-all", null, null);
        domain("relay.erritsoe-fiber.dk", List.of("127.246.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("cludo.com", List.of("127.247.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("monsido.com", List.of("127.247.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        String[] policy = {"reject", null, "quarantine", "none", null, "reject", "none", "quarantine", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 8 == 5 ? null : i % 4 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "90." + (i + 1)), i % 5 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 112_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no27:" + s.domain()).hashCode(), 7)) {
            case 0:
                return "31" + String.format("%04d", 100 + rnd.nextInt(8_000));
            case 1:
                return "F-" + (7_300 + rnd.nextInt(2_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(9_000));
            case 3:
                return "2031/" + String.format("%03d", 40 + rnd.nextInt(900));
            case 4:
                return "FAK" + (120_000 + rnd.nextInt(30_000));
            case 5:
                return "0" + (4_400 + rnd.nextInt(4_000));
            default:
                return String.valueOf(900 + rnd.nextInt(1_500));
        }
    }

    private static final String[] TO = {"kreditor@fredericia.dk", "efaktura@fredericia.dk", "kreditor@fredericia.dk",
        "regnskab@fredericia.dk", "vej-park@fredericia.dk", "skole-dagtilbud@fredericia.dk", "aeldre-sundhed@fredericia.dk",
        "kultur-idraet@fredericia.dk", "ejendomscenter@fredericia.dk", "indkoeb@fredericia.dk", "kreditor@fredericia.dk",
        "efaktura@fredericia.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf27:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(26_000_000 + Math.floorMod(sha256("cvr27:" + domain).hashCode(), 13_000_000));
    }

    /** The supplier's FI creditor number (FI-kort 71), as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fik27:" + domain).hashCode(), 4_000_000));
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "erritsoe-varme.dk" -> "Varmeværksvej 2, Erritsø, 7000 Fredericia";
            case "taulov-entreprenoer.dk" -> "Taulov Kirkevej 31, Taulov, 7000 Fredericia";
            case "snoghoej-kloakteknik.dk" -> "Snoghøj Landevej 77, 7000 Fredericia";
            case "pjedsted-toemrer.dk" -> "Pjedsted Bygade 12, Pjedsted, 7000 Fredericia";
            case "bredstrup-maler.dk" -> "Bredstrupvej 54, Bredstrup, 7000 Fredericia";
            case "trelde-rengoering.dk" -> "Treldevej 189, Trelde, 7000 Fredericia";
            case "fredericia-ugeavis.dk" -> "Prinsessegade 39, 7000 Fredericia";
            case "egeskov-vognmand.dk" -> "Egeskovvej 140, Egeskov, 7000 Fredericia";
            case "lyngsodde-el.dk" -> "Lyngsodde Strandvej 6, 7000 Fredericia";
            case "erritsoe-vvs.dk" -> "Erritsø Bygade 58, 7000 Fredericia";
            case "fredericia-madservice.dk" -> "Vestre Ringvej 101, 7000 Fredericia";
            case "taulov-traelast.dk" -> "Kolonivej 10, Taulov, 7000 Fredericia";
            case "fredericia-itservice.dk" -> "Jyllandsgade 15, 7000 Fredericia";
            case "snoghoej-busser.dk" -> "Gammel Færgevej 4, Snoghøj, 7000 Fredericia";
            case "fredericia-kontorcenter.dk" -> "Vejlevej 121, 7000 Fredericia";
            case "skaerbaek-anlaeg.dk" -> "Skærbækvej 22, Skærbæk, 7000 Fredericia";
            case "trelde-smedie.dk" -> "Trelde Næsvej 3, Trelde, 7000 Fredericia";
            case "bredstrup-skadedyr.dk" -> "Bredstrup Stationsvej 9, 7000 Fredericia";
            case "egeskov-snedkeri.dk" -> "Kolonivej 88, Egeskov, 7000 Fredericia";
            case "pjedsted-naturpleje.dk" -> "Pjedstedvej 205, 7000 Fredericia";
            case "erritsoe-laase.dk" -> "Erritsø Møllebanke 4, 7000 Fredericia";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: a merchant's order invoice with item numbers; a craftsman's combined work
     * sheet and invoice (hours, parts, call-out); a formal ledger sheet with invoice, date, due date, customer number and
     * EAN on one line and a FIK 71 line with the supplier's own creditor number; a utility's period settlement with
     * installation number, advance payments and balance. A {@code null} account prints no bank account.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 4)) {
            case 0 -> {
                head = s.name();
                l.add((addr.isEmpty() ? "" : addr + "  |  ") + "CVR " + cvr(s.domain()) + (freeMail(s) ? "" : "  |  " + s.domain()));
                l.add(title + " " + no + "     Fakturadato " + dottedDay(m, 0) + "     Ordre W" + (700_000 + Math.floorMod(no.hashCode(), 90_000)));
                l.add("Faktureres til: Fredericia Kommune, " + RAADHUS + ", EAN " + EAN);
                l.add("Varenr.      Beskrivelse                                   Antal      Beløb");
                long first = a.ore() * 17 / 20;
                l.add(String.format("%06d", Math.floorMod(s.domain().hashCode(), 1_000_000)) + "       " + s.what() + "      1      "
                    + kr(first));
                l.add("900001       Levering, fragt og håndtering      1      " + kr(a.ore() - first));
                l.add("Beløb ekskl. moms " + a.net() + "     Moms 25 % " + a.vat() + "     Total DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betales senest " + dottedDay(m, 30) + " til " + account + " - oplys venligst fakturanummer.");
                }
            }
            case 1 -> {
                head = title.toUpperCase(DA) + " / ARBEJDSSEDDEL " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Kunde: Fredericia Kommune, EAN " + EAN + "      Dato: " + writtenDay(m, 0));
                l.add("Arbejdssted og opgave: " + s.what());
                long rate = 52_500;
                long hours = Math.max(1, a.ore() / 2 / rate);
                long callout = 45_000;
                l.add("Arbejdsløn " + hours + " t à " + kr(rate) + "  " + kr(hours * rate));
                l.add("Materialer og reservedele  " + kr(a.ore() - hours * rate - callout));
                l.add("Udkald/kørsel  " + kr(callout));
                l.add("I alt ekskl. moms " + a.net() + ", moms " + a.vat() + ", i alt at betale " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betaling netto 14 dage, senest " + writtenDay(m, 14) + (account == null ? "" : ", til " + account));
                l.add("Udført af: " + s.person());
            }
            case 2 -> {
                head = title;
                l.add(s.name() + "  -  CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : "  -  " + addr));
                l.add("Nr. " + no + "  |  Dato " + isoDay(m, 0) + "  |  Forfald " + isoDay(m, 21) + "  |  Kundenr. "
                    + (10_000 + Math.floorMod((s.domain() + "kunde").hashCode(), 89_000)) + "  |  EAN " + EAN);
                l.add("Beskrivelse: " + s.what());
                l.add("Momsgrundlag " + a.net() + "  |  Moms " + a.vat() + "  |  Total DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betalingsoplysninger: " + account);
                }
                if (own) {
                    String digits = no.replaceAll("\\D", "");
                    l.add("FIK: +71<" + String.format("%015d", digits.isEmpty() ? 0L : Long.parseLong(digits)) + "+"
                        + creditorNo(s.domain()) + "<");
                }
            }
            default -> {
                head = s.name() + " - " + title.toLowerCase(DA);
                l.add(title + " " + no + ", udskrevet " + dottedDay(m, 0) + ", til Fredericia Kommune (EAN " + EAN + ")");
                l.add("Installations-/aftalenr. " + (300_000 + Math.floorMod(s.domain().hashCode(), 600_000)) + "     Afregningsperiode "
                    + sentPlus(m, -30, DOTS) + " til " + dottedDay(m, -1));
                l.add("Ydelse: " + s.what());
                l.add("Periodens beløb ekskl. moms " + a.net() + "     Moms " + a.vat() + "     Til betaling " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betalingsdato " + dottedDay(m, 25) + (account == null ? "" : "     Indbetales på " + account));
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura-" + n + ".pdf", "Fredericia Kommune " + n + ".pdf", n + ".pdf",
            "FAKTURA " + n + ".pdf", "Faktura nr " + n + ".pdf", "invoice-" + n + ".pdf", "Regning " + n + ".pdf", "Bilag_" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej", "Til Fredericia Kommune", "Kære bogholderi", "Godmorgen",
        "Hej kreditorteamet", "Att.: Kreditorafdelingen", "Hej med jer", "Goddag"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig27:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nVh " + firstName(s) + "\n" + s.name() + "\nTelefon 75 " + (10 + rnd.nextInt(89)) + " "
                    + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nVenlige hilsner\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR-nr. " + cvr(s.domain()));
            case 3:
                return "\n\n/" + firstName(s) + (freeMail(s) ? "\n\nSendt fra Outlook til Android" : "\n\n" + s.name() + " - " + s.domain());
            default:
                return "\n\nTak for samarbejdet\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 7_600_000 : 640_000);
        String[] subjects = {"Faktura " + no, "Faktura " + no + " - Fredericia Kommune", "Fakturanr. " + no + " fra " + s.name(),
            "Vedr. faktura " + no, "Faktura til betaling", "Ny faktura " + no + " (EAN " + EAN + ")", s.name() + " - faktura " + no,
            "Regning " + no, "Fremsendt faktura " + no};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " vedrørende " + s.what() + ".";
            case 1 -> "Se vedhæftede faktura nr. " + no + ". Beløbet er " + a.gross() + " kr. inkl. moms og forfalder "
                + writtenDay(m, 30) + ".";
            case 2 -> "Så er opgaven afsluttet. Fakturaen er vedhæftet her og er samtidig sendt elektronisk til jeres EAN.";
            case 3 -> "Vedlagt regning for det udførte. Giv lyd, hvis noget ikke stemmer med det, vi aftalte.";
            case 4 -> "Fakturaen for perioden ligger som PDF i denne mail. Påfør venligst fakturanummeret ved indbetaling.";
            case 5 -> "Faktura: " + no + "\nTil betaling: " + a.gross() + " kr.\nForfaldsdato: " + writtenDay(m, 30);
            case 6 -> "Beklager, at fakturaen først kommer nu - vi har haft travlt med efterårets opgaver.";
            default -> "Vedhæftet.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 2) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
                + "<div>" + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>\n") + "</div></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    /** Utilities and period services bill by period; merchants use order invoices or the ledger sheet; craftsmen work sheets. */
    private static final Set<String> PERIODIC = Set.of("erritsoe-varme.dk", "fredericia-madservice.dk", "trelde-rengoering.dk",
        "fredericia-ugeavis.dk", "snoghoej-busser.dk", "egeskov-vognmand.dk");
    private static final Set<String> TRADE = Set.of("taulov-traelast.dk", "fredericia-kontorcenter.dk", "fredericia-itservice.dk");

    private static int layout(Supplier s, int v) {
        return PERIODIC.contains(s.domain()) ? 3 : TRADE.contains(s.domain()) ? (v % 2 == 0 ? 0 : 2) : (v % 2 == 0 ? 1 : 2);
    }

    private static String ibanOf(String account) {
        return plain(account.startsWith("IBAN") ? account : iban("DK", plain(account)));
    }

    /** An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice. */
    private String ubl(String no, Supplier s, Amount a, String issue, String due, boolean peppol, String note) {
        String net = String.format(Locale.ROOT, "%.2f", a.ore() / 100.0);
        String vat = String.format(Locale.ROOT, "%.2f", (a.ore() / 4) / 100.0);
        String total = String.format(Locale.ROOT, "%.2f", (a.ore() + a.ore() / 4) / 100.0);
        String name = s.name().replace("&", "&amp;");
        StringBuilder x = Ubl.head(true, "  ", peppol, "Procurement-BilSim-1.0", no, issue, due, note);
        x.append("  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n")
            .append("  <cac:AccountingSupplierParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0184\">DK" + cvr(s.domain()) + "</cbc:EndpointID>\n"
                : "      <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK" + cvr(s.domain()) + "</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>").append(name).append("</cbc:Name></cac:PartyName>\n")
            .append("    </cac:Party>\n  </cac:AccountingSupplierParty>\n")
            .append("  <cac:AccountingCustomerParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0088\">" + EAN + "</cbc:EndpointID>\n"
                : "      <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">" + EAN + "</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>Fredericia Kommune</cbc:Name></cac:PartyName>\n")
            .append("    </cac:Party>\n  </cac:AccountingCustomerParty>\n")
            .append("  <cac:PaymentMeans>\n");
        if (peppol) {
            x.append("    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>\n    <cbc:PaymentID>").append(no).append("</cbc:PaymentID>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(ibanOf(s.account())).append("</cbc:ID></cac:PayeeFinancialAccount>\n");
        } else {
            x.append("    <cbc:PaymentMeansCode>42</cbc:PaymentMeansCode>\n    <cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append("    <cac:PayeeFinancialAccount>\n      <cbc:ID>").append(kontoOf(s.account())).append("</cbc:ID>\n")
                .append("      <cac:FinancialInstitutionBranch><cbc:ID>").append(regOf(s.account()))
                .append("</cbc:ID></cac:FinancialInstitutionBranch>\n    </cac:PayeeFinancialAccount>\n");
        }
        x.append("  </cac:PaymentMeans>\n")
            .append("  <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount></cac:TaxTotal>\n")
            .append("  <cac:LegalMonetaryTotal>\n    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net)
            .append("</cbc:LineExtensionAmount>\n    <cbc:PayableAmount currencyID=\"DKK\">").append(total)
            .append("</cbc:PayableAmount>\n  </cac:LegalMonetaryTotal>\n")
            .append("  <cac:InvoiceLine>\n    <cbc:ID>1</cbc:ID>\n    <cbc:InvoicedQuantity unitCode=\"C62\">1</cbc:InvoicedQuantity>\n")
            .append("    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount>\n")
            .append("    <cac:Item><cbc:Name>").append(s.what().replace("&", "&amp;")).append("</cbc:Name></cac:Item>\n")
            .append("  </cac:InvoiceLine>\n</Invoice>\n");
        return x.toString();
    }

    /** An ISO 20022 customer credit transfer (pain.001.001.03) as netbanks import it: one payment per (name, account, ore). */
    private static String pain001(String msgId, String date, String debtorIban, List<Object[]> payments) {
        long sum = 0;
        for (Object[] p : payments) {
            sum += (Long) p[2];
        }
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">\n  <CstmrCdtTrfInitn>\n    <GrpHdr>\n"
            + "      <MsgId>" + msgId + "</MsgId>\n      <CreDtTm>" + date + "T06:55:12</CreDtTm>\n"
            + "      <NbOfTxs>" + payments.size() + "</NbOfTxs>\n      <CtrlSum>" + String.format(Locale.ROOT, "%.2f", sum / 100.0)
            + "</CtrlSum>\n      <InitgPty><Nm>Fredericia Kommune</Nm></InitgPty>\n    </GrpHdr>\n    <PmtInf>\n"
            + "      <PmtInfId>" + msgId + "-1</PmtInfId>\n      <PmtMtd>TRF</PmtMtd>\n      <ReqdExctnDt>" + date + "</ReqdExctnDt>\n"
            + "      <Dbtr><Nm>Fredericia Kommune</Nm></Dbtr>\n      <DbtrAcct><Id><IBAN>" + debtorIban + "</IBAN></Id></DbtrAcct>\n"
            + "      <DbtrAgt><FinInstnId><BIC>FRSADK22</BIC></FinInstnId></DbtrAgt>\n");
        int i = 1;
        for (Object[] p : payments) {
            x.append("      <CdtTrfTxInf>\n        <PmtId><EndToEndId>").append(msgId).append("-").append(i++).append("</EndToEndId></PmtId>\n")
                .append("        <Amt><InstdAmt Ccy=\"DKK\">").append(String.format(Locale.ROOT, "%.2f", (Long) p[2] / 100.0))
                .append("</InstdAmt></Amt>\n        <Cdtr><Nm>").append(((String) p[0]).replace("&", "&amp;")).append("</Nm></Cdtr>\n")
                .append("        <CdtrAcct><Id><IBAN>").append(p[1]).append("</IBAN></Id></CdtrAcct>\n")
                .append("        <RmtInf><Ustrd>").append(p[3]).append("</Ustrd></RmtInf>\n      </CdtTrfTxInf>\n");
        }
        x.append("    </PmtInf>\n  </CstmrCdtTrfInitn>\n</Document>\n");
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
            m.description = "history: " + s.domain() + " August invoice, its usual account, from its own or its hoster's server";
        }
        List<Supplier> again = List.of(entrep, trae, mad, it, avis, kloak, vvs, anlaeg, el, kontor, varme, maler, vognmand,
            rengoer, trae);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Rekvisition " + (61_200 + k * 23));
                case 1 -> List.of("Deres ref.: " + to().replace("@fredericia.dk", ""));
                case 2 -> List.of("Sagsnr. " + (k % 3 == 0 ? "skybrud juli 2031" : "løbende vedligehold 2031"));
                case 3 -> List.of("Ordre " + (5_100_000 + k * 311) + " (indkøbsportalen)");
                default -> List.of();
            };
            String note = k % 6 == 2 ? "\n\nMandskabslister for perioden er vedlagt." : k % 7 == 5
                ? "\n\nFotodokumentation af det færdige arbejde er vedlagt." : "";
            invoice(m, s, s.account(), k * 3 + 1, ref, note);
            if (k % 6 == 2) {
                m.mime.attach("application/pdf", "mandskabsliste_uge" + (38 + k % 3) + ".pdf", Attachments.pdf(docId(m, "ml"),
                    "Mandskabsliste", List.of(s.what(), "Folk på pladsen: 3", "Timer i alt: " + (9 + k % 7), "Godkendt af tilsynet")));
            } else if (k % 7 == 5) {
                m.mime.attach("image/jpeg", "foto_" + (k + 3) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, mad, rengoer)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 2, List.of("Periode: august 2031"), "\n\nFakturaen dækker august måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for August, usual account";
        }
        creditNotes();
        statements();
        reminders();
        interestNote();
        collection();
        intermunicipal();
        authorityNotices();
        priceIndexNotice();
        platforms();
        ublFiles();
        bankChanges();
        takeover();
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
        Object[][] c = {{kontor, "Kreditnota til faktura ", "Fire af de lejede printere på Ullerup Bæk Skolen blev hentet "
            + "allerede i juli. Lejen for august er derfor krediteret."},
            {trae, "Kreditering af faktura ", "Der blev faktureret 40 sække flisemørtel, men kun 24 kom med bilen. Forskellen er "
                + "krediteret."},
            {mad, "Kreditnota - faktura ", "Tre borgere var på aflastningsophold og fik ikke leveret mad i uge 33. De portioner "
                + "er trukket ud."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (2_100 + rnd.nextInt(3_000));
            Amount a = amount(310_000).credit();
            headers(m, s.person(), addr(s), "kreditor@fredericia.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "modregnes i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2,
                    List.of("Krediterer faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(entrep, anlaeg)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@fredericia.dk", "Saldoudskrift pr. " + dottedDay(m, -1))
                .text("Hej\n\nTil jeres afstemning følger en saldoudskrift. Vi har modtaget betaling for faktura " + p.no()
                    + ", og der er ingen åbne poster." + signature(s))
                .attach("application/pdf", "saldo_fredericia_kommune.pdf", Attachments.pdf(docId(m, "sa"), "Saldoudskrift",
                    List.of("Debitor: Fredericia Kommune", "Faktura " + p.no() + "   " + p.amount().gross() + "   indbetalt",
                        "Saldo til gode: 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@fredericia.dk", "Tak for betalingen")
            .text("Hej\n\nPengene for faktura " + past.get(vognmand.domain()).no() + " (grus og salt i august) er kommet. "
                + "Tak for det.\n\nFlemming\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "egeskov-vognmand.dk thanks for payment (its SPF names only the weighbridge PC: softfail, DMARC fail)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Efter vores bogholderi er nedenstående faktura endnu ikke betalt. Har I betalt i "
            + "de seneste dage, kan I se bort fra denne mail."},
            {maler, "Er min faktura kommet frem?", "Hej. Jeg har ikke set betaling for malerarbejdet på Bredstrup Skole. Er den "
                + "blevet godkendt? Mvh Kasper"},
            {kloak, "1. rykker", "Fakturaen forfaldt for 10 dage siden. Vi har ikke pålagt gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@fredericia.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 5) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 1, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    /** Genuine counterpart to the fake interest claims: a real supplier's interest note for a really late payment. */
    private void interestNote() {
        M m = ok("interest-statement", true);
        String no = "RN" + (610 + rnd.nextInt(300));
        String old = invoiceNo(trae);
        headers(m, trae.person(), addr(trae), "kreditor@fredericia.dk", "Rentenota " + no + " - faktura " + old)
            .text("Til Fredericia Kommune, Kreditor\n\nFaktura " + old + " af 30. juni 2031 på 41.318,75 kr. (tagpap og lægter "
                + "til Ullerup Bæk Skolen) forfaldt 21. juli og blev betalt 22. august, 32 dage for sent. Efter rammeaftalens "
                + "§ 11 beregner vi rente af for sen betaling. Det er første gang, så vi har ikke medtaget kompensationsbeløbet."
                + "\n\nRentenotaen er vedhæftet: 32 dage à 10,05 % p.a. = 364,06 kr. Beløbet kan betales til vores sædvanlige "
                + "konto " + trae.account() + " eller modregnes i næste betaling.\n\nMed venlig hilsen\nErhvervsafdelingen\n"
                + trae.name())
            .attach("application/pdf", "Rentenota " + no + ".pdf", Attachments.pdf(docId(m, "rn"), "Rentenota " + no,
                List.of(trae.name() + ", CVR " + cvr(trae.domain()), "Faktura " + old + " af 30.06.2031: 41.318,75 kr.",
                    "Forfald 21.07.2031, betalt 22.08.2031: 32 dage", "Rentesats 10,05 % p.a.: 364,06 kr. (momsfri)",
                    "Konto: " + trae.account())));
        genuine(m, trae.ip());
        m.description = "listed builders' merchant's genuine interest note for a really late-paid June invoice, usual account";
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "AF-" + (31_400 + rnd.nextInt(600));
        String klient = bank("9684", "0009902276");
        headers(m, "Advokathuset Fredericia, Inkasso", "inkasso@advokathuset-fredericia.dk", "kreditor@fredericia.dk",
            "Inkassovarsel, sag " + sag + " - Egeskov Snedkeri")
            .text("Fredericia Kommune\n\nVi er af Egeskov Snedkeri v/ Poul Winther bedt om at inddrive faktura nr. 1147 af 12. juni "
                + "2031 på 18.412,50 kr. for nye garderobebænke i Erritsø Hallen. Vores klient har sendt to påmindelser uden svar."
                + "\n\nMener I, at fakturaen er betalt, eller er I uenige i kravet, så kontakt os med sagsnummeret. Ellers bedes "
                + "beløbet tillagt inkassogebyr på 100 kr. indbetalt på klientkonto " + klient + " senest 10 dage fra i dag.\n\n"
                + "Med venlig hilsen\nAdvokathuset Fredericia\nInkassoafdelingen")
            .attach("application/pdf", "Inkassovarsel " + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassovarsel " + sag,
                List.of("Fordringshaver: Egeskov Snedkeri v/ Poul Winther", "Faktura 1147: 18.412,50 kr.", "Gebyr: 100,00 kr.",
                    "Klientkonto: " + klient)));
        genuine(m, "127.243.1.1");
        m.description = "a real lawyer's collection warning about an unlisted joiner's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "TA-" + (8_100 + rnd.nextInt(800));
        String konto = iban("DK", "30000007129945");
        headers(m, "Taulov Affaldsselskab I/S", "regnskab@taulov-affald.dk", "kreditor@fredericia.dk", "Faktura " + no
            + " - ejerbidrag 4. kvartal 2031")
            .text("Til Fredericia Kommune\n\nHermed faktura på kommunens ejerbidrag for 4. kvartal 2031 til genbrugsstationerne i "
                + "Taulov og Erritsø og til omlastestationen ved Skærbæk. Andelen er fastsat efter interessentskabskontraktens "
                + "§ 7 og indbyggertallet pr. 1. juli. Fakturaen er også sendt elektronisk til EAN " + EAN + ".\n\nBeløbet "
                + "indbetales på " + konto + ".\n\nMed venlig hilsen\nTaulov Affaldsselskab I/S, Regnskab")
            .attach("application/pdf", "Faktura " + no + ".pdf", Attachments.pdf(docId(m, "ta"), "Faktura " + no,
                List.of("Taulov Affaldsselskab I/S", "Fredericia Kommune, EAN " + EAN, "Ejerbidrag 4. kvt. 2031, andel 58,4 %",
                    "DKK 2.716.300,00 ekskl. moms", "Indbetaling: " + konto)));
        genuine(m, "127.243.11.1");
        m.description = "the intermunicipal waste company's quarterly owner contribution, its own account, DMARC pass";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Energinet, Naboinformation", "naboinfo@energinet.dk", "vej-park@fredericia.dk",
            "Inspektion af gasledningen ved Egeskov og Bredstrup")
            .text("Til Fredericia Kommune, Vej og Park\n\nI uge 40 og 41 inspicerer vi gastransmissionsledningen mellem Egeskov og "
                + "Bredstrup. Der bliver gravet tre inspektionshuller i rabatten langs Egeskovvej, og trafikken reguleres med "
                + "lysregulering i dagtimerne. Gravetilladelsen er givet af jer den " + writtenDay(m, -9) + ". Lodsejerne har fået brev."
                + "\n\nMed venlig hilsen\nEnerginet, Gas TSO");
        genuine(m, "127.243.15.1");
        m.description = "gas transmission operator's notice of pipeline works, DMARC pass, nothing to pay";
        m = ok("authority-notice", false);
        headers(m, "Naturstyrelsen Sydjylland", "sydjylland@naturstyrelsen.dk", "vej-park@fredericia.dk",
            "Afgørelse: dispensation til ny trappe ved Trelde Næs")
            .text("Naturstyrelsen har truffet afgørelse om dispensation fra strandbeskyttelseslinjen til en ny trappe ned til "
                + "stranden ved Trelde Næs. Afgørelsen er sendt til kommunens Digital Post og offentliggøres på vores "
                + "hjemmeside. Klagefristen er 4 uger. Sagen er gebyrfri.\n\nNaturstyrelsen");
        genuine(m, "127.243.16.1");
        m.description = "nature agency's decision pointer to Digital Post, DMARC pass";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, bus.person(), addr(bus), "skole-dagtilbud@fredericia.dk", "Regulering af kørselspris pr. 1. oktober")
            .text("Til Fredericia Kommune, Skole og Dagtilbud\n\nKontraktens punkt 6.3 regulerer kilometerprisen for skolekørsel "
                + "hvert år pr. 1. oktober efter DI's omkostningsindeks for buskørsel. Reguleringen i år er 2,4 %. Den nye pris "
                + "fremgår af oktoberfakturaen, som kommer via EAN som sædvanlig. Der skal ikke betales noget ekstra nu.\n\n"
                + "Beregningen er vedhæftet.\n\nVenlig hilsen\nKørselskontoret, Snoghøj Busser")
            .attach("application/pdf", "Prisregulering_okt2031.pdf", Attachments.pdf(docId(m, "idx"), "Prisregulering 2031",
                List.of("Kontrakt om skolekørsel, pkt. 6.3", "Indeks 2. kvt. 2030: 118,7 / 2. kvt. 2031: 121,6",
                    "Regulering 2,4 %", "Gælder fra 01.10.2031")));
        genuine(m, bus.ip());
        m.description = "listed bus company announces contractual indexation on the next ordinary invoice";
    }

    private void platforms() {
        Object[][] p = {{"briox.se", el}, {"briox.se", smed}, {"fastbill.com", hamburg}, {"gocardless.com", skadedyr},
            {"gocardless.com", kontor}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(700_000);
            m.mailFrom = "bounces+" + sha256("plat27:" + m.id).substring(0, 10) + "@" + d;
            Mime mime;
            String no;
            if (d.equals("briox.se")) {
                no = String.valueOf(10_400 + rnd.nextInt(900));
                mime = headers(m, s.name(), "faktura@briox.se", "efaktura@fredericia.dk", "Faktura " + no + " från " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222\">"
                        + "<p>Hej Fredericia Kommune</p><p>" + s.name() + " har sendt jer faktura nr. <b>" + no + "</b>.</p>"
                        + "<table style=\"border-collapse:collapse\"><tr><td>Beløb</td><td><b>DKK " + a.gross() + "</b></td></tr>"
                        + "<tr><td>Forfaldsdato</td><td>" + isoDay(m, 20) + "</td></tr><tr><td>Konto</td><td>" + s.account()
                        + "</td></tr></table><p>Fakturaen er vedhæftet som PDF. Svar på denne mail går direkte til " + s.name()
                        + ".</p><p style=\"font-size:10px;color:#999\">Skickat med Briox</p></body></html>");
            } else if (d.equals("fastbill.com")) {
                no = "RE-" + (2031_0400 + rnd.nextInt(300));
                mime = headers(m, s.name(), "rechnung@fastbill.com", "vej-park@fredericia.dk", "Ihre Rechnung " + no + " von "
                    + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><p>Sehr geehrte Damen und Herren,</p>"
                        + "<p>anbei erhalten Sie unsere Rechnung <b>" + no + "</b> über die " + s.what() + ".</p><p>Betrag: "
                        + "<b>EUR " + a.gross() + "</b> (Reverse Charge)<br>Fällig: " + isoDay(m, 30) + "<br>Bankverbindung: "
                        + s.account() + "</p><p>Bei Fragen antworten Sie einfach auf diese E-Mail.</p><p>Mit freundlichen "
                        + "Grüßen<br>" + s.name() + "</p><p style=\"color:#aaa;font-size:10px\">Versendet mit FastBill</p>"
                        + "</body></html>");
            } else {
                no = "GC" + (40_100 + rnd.nextInt(900));
                mime = headers(m, s.name() + " via GoCardless", "help@gocardless.com", s == kontor ? "regnskab@fredericia.dk"
                    : "kultur-idraet@fredericia.dk", "Betalingsvarsel: " + s.name() + " trækker DKK " + a.gross())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Arial,sans-serif;color:#1c1b18\"><p>Hej Fredericia Kommune</p><p>"
                        + s.name() + " trækker <b>DKK " + a.gross() + "</b> fra jeres konto via Betalingsservice-aftalen den "
                        + writtenDay(m, 5) + ". Fakturaen (" + no + ") er vedhæftet.</p><p>Betalingen vises på kontoudtoget som "
                        + "\"" + s.name().toUpperCase(DA) + "\". Har I spørgsmål til beløbet, så kontakt " + s.name() + " direkte.</p>"
                        + "<p style=\"color:#888;font-size:11px\">GoCardless Ltd håndterer betalingen på vegne af " + s.name()
                        + ". Aftalereference " + sha256("gcm27:" + s.domain()).substring(0, 10).toUpperCase(Locale.ROOT)
                        + ".</p></body></html>");
            }
            mime.attach("application/pdf", "Faktura_" + no + ".pdf", s == hamburg
                ? Attachments.pdf(docId(m, "de"), "Rechnung " + no, List.of(s.name() + ", USt-IdNr. DE" + cvr(s.domain()) + "1",
                    "Kunde: Fredericia Kommune, Vej og Park, " + RAADHUS + ", Dänemark", s.what(), "Netto EUR " + a.gross()
                        + ", Steuerschuldnerschaft des Leistungsempfängers", "Fällig " + isoDay(m, 30) + ", " + s.account()))
                : pdfInvoice(m, s, "Faktura", no, a, s.account(), v, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(mad, it, entrep)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(2_200_000);
            boolean peppol = v != 1;
            headers(m, s.name(), addr(s), "efaktura@fredericia.dk", "E-faktura " + no + (peppol ? " - Peppol BIS 3.0" : " - OIOUBL 2.02"))
                .text("Hej e-faktura\n\nVores NemHandel-adgang er ved at blive flyttet til en ny udbyder, og i overgangen "
                    + "sender vi som aftalt med jer filen direkte her, sammen med en læsbar PDF. Det er den samme faktura, så den "
                    + "skal kun betales én gang. Når flytningen er færdig, kommer fakturaerne igen ad den sædvanlige vej.\n\n"
                    + "Med venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol_" : "oioubl_") + no.replace('/', '-') + ".xml",
                    ubl(no, s, a, isoDay(m, 0), isoDay(m, 30), peppol, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), 2, List.of("Originalformat: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF view, usual account";
            v++;
        }
    }

    /** Two genuine bank changes, announced properly; each supplier's next invoice then carries the new account. */
    private void bankChanges() {
        String nyT = bank("7040", "0009124478");
        M m = ok("supplier-new-account", false);
        m.wave = 1;
        M announcedT = m;
        headers(m, toemrer.person(), addr(toemrer), "kreditor@fredericia.dk", "Meddelelse om ny bankforbindelse")
            .text("Hej kreditor\n\nVi har samlet alle vores engagementer i Taulov Andelskasse. Fra og med fakturaer dateret "
                + "15. september 2031 bedes I betale til " + nyT + ". Fakturaer med tidligere dato betales til den gamle konto, der "
                + "holdes åben året ud.\n\nRing gerne til mig på det telefonnummer, der står i jeres leverandøroplysninger, og få "
                + "det bekræftet, inden I retter noget. Et underskrevet brev er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Ny bankforbindelse.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer dateret fra 15.09.2031",
                    "Ny konto: " + nyT, "Carsten Fogh, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "history: listed carpenter genuinely announces a bank change from mid-September (SPF+DKIM, no DMARC), asks for a call-back";
        m = ok("supplier-invoice", true);
        Supplier movedT = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye hoveddøre, Pjedsted Forsamlingshus");
        invoice(m, movedT, nyT, 14, List.of("Ny bankforbindelse fra 15.09.2031, jf. meddelelse af " + sentPlus(announcedT, 0, DOTS)),
            "\n\nSom skrevet tidligere er vores bankforbindelse ny - kontoen står på fakturaen.");
        genuine(m, toemrer.ip());
        m.description = "pjedsted-toemrer.dk invoice with its new account after the announced bank change (aligned, no DMARC)";
        String nyB = iban("DK", "30000003367721");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, bus.person(), addr(bus), "kreditor@fredericia.dk", "Snoghøj Busser skifter bank")
            .text("Til Fredericia Kommune, Kreditor\n\nSnoghøj Busser er flyttet til Fredericia Sparekasse i forbindelse med "
                + "finansieringen af fire nye elbusser. Fra den 15. september skal betalinger ske til " + nyB + ". CVR-nummer, "
                + "adresse og EAN-aftale er uændrede.\n\nI får samme besked med brev, og vi har aftalt med Hanne i jeres "
                + "kreditorafdeling, at hun ringer os op på det kendte nummer.\n\nVenlig hilsen\nKørselskontoret\nSnoghøj Busser ApS");
        genuine(m, bus.ip());
        m.description = "history: listed bus company (Ed25519, p=quarantine, DMARC pass) announces a new bank from mid-September, also by letter";
        m = ok("supplier-invoice", true);
        Supplier movedB = new Supplier(bus.name(), bus.domain(), bus.person(), bus.box(), bus.ip(), nyB, "skolekørsel, september");
        invoice(m, movedB, nyB, 11, List.of("Bemærk: ny bankforbindelse"), "\n\nHusk vores nye bankforbindelse, som vi har "
            + "skrevet om.");
        genuine(m, bus.ip());
        m.description = "snoghoej-busser.dk invoice with its new account after the announced, authenticated bank change";
    }

    /** Genuine counterpart to the fake acquisition notices: a real change of legal form, same bank account. */
    private void takeover() {
        M m = ok("supplier-name-change", false);
        headers(m, snedker.person(), addr(snedker), "kreditor@fredericia.dk", "Egeskov Snedkeri bliver til et ApS")
            .text("Hej\n\nPr. 1. oktober fortsætter Egeskov Snedkeri som Egeskov Snedkeri ApS, og min svend Jakob Winther bliver "
                + "medejer. Selskabet får nyt CVR-nummer, som I finder i det vedhæftede brev sammen med registreringen fra "
                + "Erhvervsstyrelsen. Bankforbindelse og kontonummer er de samme som hidtil, og åbne fakturaer betales som "
                + "normalt.\n\nVenlig hilsen\nPoul Winther\nEgeskov Snedkeri")
            .attach("application/pdf", "Selskabsomdannelse.pdf", Attachments.pdf(docId(m, "so"), "Egeskov Snedkeri ApS",
                List.of("Virksomhedsomdannelse pr. 01.10.2031", "Nyt CVR-nr. " + cvr("egeskov-snedkeri-aps"),
                    "Bankforbindelse uændret: " + snedker.account(), "Poul Winther og Jakob Winther")));
        genuine(m, snedker.ip());
        m.description = "unlisted joiner (SPF only, no DMARC) announces a new legal form and CVR, bank account unchanged";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(smed, skadedyr, snedker, natur, guide, tolk, musik, pudser, foto, hest)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 3, List.of("Bestilt af " + (v % 2 == 0 ? "områdelederen" : "institutionslederen")),
                v % 4 == 3 ? "\n\nDet er første gang, jeg fakturerer kommunen, så sig endelig til, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted local " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed gardener who has moved but kept its bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Erritsø Låseservice", "erritsoe-laase.dk", "Kim Bertelsen", "kim", HOSTER_IP,
            bank("9684", "0002718840"), "nye cylindre og omkodning af nøglesystem, Erritsø Fællesskole");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 12, List.of("Nøgler kvitteret af skolens serviceleder"), "\n\nNøglerne er afleveret "
            + "på skolens kontor.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, anlaeg, anlaeg.account(), 27, List.of("Ny adresse: Skærbæk Erhvervsområde 7, 7000 Fredericia"), "\n\nVi er "
            + "flyttet til nye lokaler i Skærbæk Erhvervsområde. Bank og kontonummer er de samme.");
        genuine(m, HOSTER_IP);
        m.description = "skaerbaek-anlaeg.dk invoice announcing a new address, bank unchanged, via its hoster (p=quarantine, pass)";
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        m.wave = 1;
        String no = "VL" + (31_200 + rnd.nextInt(400));
        String subject = "Faktura " + no + " - Madsby Legepark";
        headers(m, svensk.person(), addr(svensk), "kultur-idraet@fredericia.dk", subject)
            .text("Hej,\n\nbifogat finns fakturan för klätterställningen och fallskyddet som monterades i Madsby Legepark i "
                + "juli. Omvänd skattskyldighet gäller. Betalning inom 30 dagar till " + svensk.account() + ", ange "
                + "fakturanumret.\n\nVänliga hälsningar\nEkonomiavdelningen\n" + svensk.name())
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: Fredericia Kommune, " + RAADHUS + ", Danmark", svensk.what(),
                    "Summa SEK 214 800,00 (omvänd skattskyldighet)", "Bank: " + svensk.account())));
        genuine(m, svensk.ip());
        past.put(svensk.domain(), new Past(no, new Amount(0, "", "", "SEK 214 800,00"), messageId(m, svensk.domain()), subject));
        m.description = "Swedish playground maker from Växjö (history), SE IBAN, reverse charge, p=none";
        m = ok("foreign-invoice", true);
        no = "R" + (2031_0700 + rnd.nextInt(200));
        headers(m, tysk.person(), addr(tysk), "vej-park@fredericia.dk", "Rechnung " + no + " / Fredericia Kommune")
            .text("Sehr geehrte Damen und Herren,\n\nfür die Lieferung von 24 Sitzbänken und 18 Abfallbehältern für die "
                + "Kanalpromenade in Fredericia C (Ihre Bestellung vom 3. Juni 2031) berechnen wir EUR 61.380,00 netto. Die "
                + "Steuerschuld geht auf den Leistungsempfänger über.\n\nZahlbar innerhalb von 30 Tagen auf " + tysk.account()
                + ".\n\nMit freundlichen Grüßen\nBuchhaltung\n" + tysk.name())
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name(), "Kunde: Fredericia Kommune, Vej og Park, Dänemark", tysk.what(), "EUR 61.380,00 netto, "
                    + "Reverse Charge", "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German street-furniture maker from Flensburg, DE IBAN, reverse charge, p=quarantine";
        m = ok("foreign-invoice", true);
        no = "LS-" + (6_400 + rnd.nextInt(300));
        String konto = iban("NL", "INGB0007421653");
        headers(m, "Lelystad Steigers B.V.", "facturen@lelystad-steigers.nl", "kultur-idraet@fredericia.dk", "Invoice " + no
            + " - floating pontoon, Fredericia marina")
            .text("Dear Sir or Madam,\n\nAttached is our final invoice for the 48-metre floating pontoon delivered and moored at "
                + "Fredericia Lystbådehavn, as per your order FK-2031-118. VAT is reverse charged. Please pay within 30 days to "
                + konto + ", stating the invoice number.\n\nKind regards\nMarloes Visser\nLelystad Steigers B.V.")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of("Lelystad Steigers B.V.", "Floating pontoon 48 m incl. mooring, Fredericia Lystbaadehavn",
                    "EUR 93,600.00 excl. VAT, reverse charge", konto)));
        genuine(m, "127.247.3.1");
        m.description = "Dutch pontoon builder, SPF only (aligned pass, no DMARC), NL IBAN, ordered work";
        Past f = past.get(svensk.domain());
        m = ok("payment-reminder", true);
        headers(m, svensk.person(), addr(svensk), "kultur-idraet@fredericia.dk", "Betalningspåminnelse " + f.no())
            .text("Hej,\n\nenligt vår reskontra är faktura " + f.no() + " på " + f.amount().gross() + " fortfarande obetald. "
                + "Vänligen betala till vårt vanliga konto " + svensk.account() + ". Om betalningen redan är gjord kan ni bortse "
                + "från detta.\n\nVänliga hälsningar\nVäxjö Lekmiljö AB");
        genuine(m, svensk.ip());
        m.description = "Swedish supplier's reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "INV-" + (88_000 + rnd.nextInt(9_000));
        headers(m, "Cludo Billing", "billing@cludo.com", "digitalisering@fredericia.dk", "Cludo invoice " + no)
            .text("Hello,\n\nThank you for using Cludo site search on fredericia.dk. Your annual subscription invoice is attached. "
                + "As agreed it is settled by e-invoice to your EAN number; no card will be charged.\n\nInvoice: " + no
                + "\nAmount: DKK 46,200.00 excl. VAT\nPeriod: 1 October 2031 - 30 September 2032\n\nBest regards\nCludo A/S, Finance")
            .attach("application/pdf", "Cludo-" + no + ".pdf", Attachments.pdf(docId(m, "cl"), "Invoice " + no,
                List.of("Customer: Fredericia Kommune, EAN " + EAN, "Site search, 2 domains, 12 months", "DKK 46,200.00 excl. VAT",
                    "Payment: e-invoice via EAN")));
        genuine(m, "127.247.5.1");
        m.description = "site-search SaaS annual invoice in English, payment via EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "MO" + (23_500 + rnd.nextInt(900));
        headers(m, "Monsido", "invoices@monsido.com", "kommunikation@fredericia.dk", "Faktura " + no + " - webtilgængelighed")
            .text("Hej Kommunikation\n\nHer er fakturaen for Monsido-abonnementet (tilgængelighedstjek og kvalitetsrapporter) "
                + "for fredericia.dk og de tre institutionssider. Den er også sendt til jeres EAN-nummer.\n\nMed venlig hilsen\n"
                + "Monsido ApS, Fakturering")
            .attach("application/pdf", "Monsido " + no + ".pdf", Attachments.pdf(docId(m, "mo"), "Faktura " + no,
                List.of("Fredericia Kommune, Kommunikation, EAN " + EAN, "Tilgængelighed + kvalitet, 4 websites, okt. 2031-sep. 2032",
                    "DKK 38.900,00 + moms", "Betaling via EAN")));
        genuine(m, "127.247.6.1");
        m.description = "web-accessibility SaaS invoice sent to the EAN as well, Ed25519, DMARC pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce-" + sha256("ga27:" + m.id).substring(0, 8) + "@getaccept.com";
        headers(m, "Erritsø Revision via GetAccept", "noreply@getaccept.com", "regnskab@fredericia.dk", "Dokument til "
            + "underskrift: Revisionsprotokollat, tilskud til Madsby Legepark")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Lotte Juhl, Erritsø Revision, har sendt dig "
                + "et dokument til underskrift: <b>Erklæring om tilskudsregnskab 2030 - Madsby Legepark</b>.</p><p><a href=\""
                + "https://app.getaccept.com/v/" + sha256("gl27:" + m.id).substring(0, 22) + "\">Se og underskriv</a></p><p>"
                + "Har du spørgsmål til dokumentet, så skriv til afsenderen.</p><p style=\"font-size:10px;color:#888\">"
                + "GetAccept - e-signatur</p></body></html>");
        genuine(m, "127.243.9.1");
        m.description = "real e-signature service sends the auditor's grant statement for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"kassererbladet.dk", "Kassererbladet", "redaktion@", "Rentekrav på gamle fakturaer og falske overtagelser",
            "Flere kommuner har fået 'renteopgørelser' på fakturaer, der for længst er betalt, med kompensationsbeløb på 310 kr. "
                + "pr. faktura og et nyt kontonummer. Samme bølge: breve om, at en leverandør er 'overtaget' af en koncern, som "
                + "nu skal have pengene. Slå altid ejerskiftet op i CVR og ring til leverandøren på et nummer, I selv har."},
            {"erritsoe-revision.dk", "Erritsø Revision", "nyhedsbrev@", "Nyhedsbrev: Betalingsfiler og to-mands-godkendelse",
                "En betalingsfil skal altid dannes i jeres eget økonomisystem. Importér aldrig en fil, der er kommet med mail - "
                    + "heller ikke fra en kollega eller jeres IT-leverandør. Kontrollér, at to personer godkender, når "
                    + "kontonumre i en fil er nye."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl27:" + x[0]).substring(0, 12) + "@emailoctopus.com";
            headers(m, x[1], x[2] + x[0], "regnskab@fredericia.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld?id=" + sha256("u27:" + x[0]).substring(0, 12) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"background:#f4f4f4\"><table width=\"620\" align=\"center\" style=\"background:#fff;"
                    + "font-family:Arial,sans-serif\"><tr><td style=\"padding:20px\"><h1 style=\"font-size:20px\">" + x[3] + "</h1>"
                    + "<p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs mere</a></p><hr><p style=\"font-size:10px;"
                    + "color:#777\">Du får denne mail, fordi du abonnerer på nyhedsbrevet. Frameld med ét klik.</p></td></tr>"
                    + "</table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("emailoctopus.com");
            m.ip = "127.245.7.1";
            m.helo = "mta.emailoctopus.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"indkoeb-lillebaelt.dk", "Mette Skov", "mesk@", "Krav for paller, der ikke er returneret",
            "Hej alle\n\nVi har fået et krav på 9.300 kr. for 'EUR-paller og rullecontainere, der ikke er returneret', i navnet på "
                + "en trælast vi bruger. Trælasten kender ikke noget til det. Er der andre, der har fået det?\n\nMette, "
                + "Indkøb Lillebælt"},
            {"loenforum-jylland.dk", "Bo Lauridsen", "bola@", "SV: Krav for paller, der ikke er returneret", "Ja, og i sidste uge "
                + "en 'renteopgørelse' på tre fakturaer, vi betalte til tiden i foråret. Begge dele med et helt nyt kontonummer. "
                + "Vi har anmeldt det.\n\nBo"},
            {"indkoeb-lillebaelt.dk", "Jesper Friis", "jefr@", "Leverandør 'overtaget' - pas på", "Hej\n\nVi fik i dag et pænt "
                + "brev om, at vores rengøringsleverandør er overtaget af en stor koncern, og at der fremover skal betales til "
                + "koncernens konto. CVR viser intet ejerskifte, og leverandøren vidste ikke noget.\n\nJesper"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            String list = "kreditorforum-trekanten.dk";
            headers(m, x[1], x[2] + x[0], "liste@" + list, x[3])
                .header("List-Id", "Kreditorforum Trekanten <liste.kreditorforum-trekanten.dk>")
                .header("List-Post", "<mailto:liste@kreditorforum-trekanten.dk>")
                .text(x[4]);
            m.mailFrom = "liste-bounces@" + list;
            listPost(m, x[0], list, "[Kreditorforum Trekanten] ",
                "\r\n_______________________________________________\r\nKreditorforum Trekanten - kreditorbogholdere i "
                + "kommunerne i Trekantområdet\r\nFrameld eller skift indstillinger: https://kreditorforum-trekanten.dk/mailman\r\n");
            m.description = "post by " + x[0] + " (DMARC p=" + dns.get(x[0]).dmarc() + ") relayed by " + list
                + " with its own envelope; subject tag and footer break the poster's DKIM, the list signs anew";
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 19, List.of(), "");
        m.mailFrom = "SRS0=k7Tb=QD=fredericia-ugeavis.dk=annoncesalg@srs.lillebaelt-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.246.1.1";
        m.helo = "srs.lillebaelt-net.dk";
        m.description = "fredericia-ugeavis.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, mad, mad.account(), 31, List.of(), "");
        m.signers.add(mad.domain());
        relayedBy(m, RELAY, "its Ed25519 DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 36, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(420_000);
        headers(m, "Kirsten Lauesen", "kila@" + OWN, "kreditor@fredericia.dk", "VS: Faktura " + no + " grus")
            .text("Hej kreditor\n\nDenne faktura kom direkte til mig. Gruset er leveret og kontrolleret på Materielgården - "
                + "konteres på vejvedligehold, grusveje.\n\nKirsten Lauesen\nDriftsleder, Vej og Park\n\n"
                + "---------- Videresendt besked ----------\nFra: " + vognmand.person() + " <" + addr(vognmand) + ">\nDato: "
                + writtenDay(m, -3) + "\nEmne: Faktura " + no + "\n\nHej Kirsten, her er fakturaen for gruset.")
            .attach("application/pdf", pdfName(no, 3), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 3, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.erritsoe-fiber.dk";

    private void internal() {
        String[][] x = {{"Økonomi og Indkøb", "oekonomi@", "ledere@fredericia.dk", "Betalingsfiler kommer kun fra økonomisystemet",
            "Kære ledere\n\nBetalingsfiler til banken dannes udelukkende i vores økonomisystem og godkendes af to personer i "
                + "Økonomi. Får I en fil med mail - uanset afsender - så videresend den ikke og importér den aldrig. Giv os "
                + "besked.\n\nØkonomi og Indkøb"},
            {"Hanne Korsgaard", "hako@", "kreditor@fredericia.dk", "Snoghøj Busser og Pjedsted Tømrer - nye konti bekræftet",
                "Hej\n\nJeg har ringet til begge på numrene i leverandørkartoteket. Snoghøj Busser (Fredericia Sparekasse) og "
                    + "Pjedsted Tømrer (Taulov Andelskasse) har bekræftet de nye konti, og stamdata er rettet med to-mands-"
                    + "kontrol.\n\nHanne"},
            {"Digitalisering og IT", "it-sikkerhed@", "alle@fredericia.dk", "Falske mails om rente, paller og overtagelser",
                "Vi ser i disse uger mails med krav om rente på gamle fakturaer, 'pant' for paller og breve om, at leverandører "
                    + "er overtaget. Betal ikke, svar ikke, og videresend mailen som vedhæftet fil til it-sikkerhed@."},
            {"Lars Munk", "lamu@", "kreditor@fredericia.dk", "Udlæg: blomster og kage til jubilæum", "Hej\n\nKvittering for "
                + "blomster og kage til Gittes 25-års jubilæum i Borgerservice er vedhæftet. Må det komme med i næste "
                + "udlægskørsel?\n\nLars\nBorgerservice"},
            {"Kreditorbogholderiet", "kreditor@", "ledere@fredericia.dk", "Renter og rykkergebyrer", "Kære ledere\n\nVi får "
                + "nogle rentenotaer, fordi fakturaer ligger for længe til godkendelse. Godkend venligst inden for 5 dage. "
                + "Rentenotaer og rykkere sendes til kreditor@ - betal dem ikke selv, og ret aldrig selv kontonumre.\n\n"
                + "Kreditorbogholderiet"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_blomster.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Fredericia Sparekasse, Erhverv", "erhverv@fredericia-sparekasse.dk", "regnskab@fredericia.dk",
            "Der ligger et dokument til jer i Netbank Erhverv")
            .text("Kære kunde\n\nDer er lagt et nyt dokument i jeres postkasse i Netbank Erhverv. Log på på den måde, I plejer.\n\n"
                + "Vi sender aldrig links til log på, og vi beder aldrig om koder eller MitID-godkendelser i en mail eller over "
                + "telefonen.\n\nFredericia Sparekasse");
        genuine(m, "127.245.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Fredericia Sparekasse, Erhverv", "erhverv@fredericia-sparekasse.dk", "regnskab@fredericia.dk",
            "Ny sikkerhed ved import af betalingsfiler")
            .text("Kære kunde\n\nFra 1. november skal alle importerede betalingsfiler med nye modtagerkonti godkendes af to "
                + "brugere i Netbank Erhverv. Filer dannet i jeres eget økonomisystem via den faste integration er ikke berørt."
                + "\n\nDenne mail indeholder bevidst ingen links. Læs mere i netbanken under 'Sikkerhed'.\n\nFredericia Sparekasse");
        genuine(m, "127.245.1.1");
        m.description = "the real bank's notice about two-person approval of imported payment files, no link";
        m = ok("bank-notice", false);
        headers(m, "Taulov Andelskasse", "erhverv@taulov-andelskasse.dk", "regnskab@fredericia.dk", "Nye gebyrer for "
            + "udenlandske betalinger")
            .text("Fra 1. januar 2032 ændres gebyrerne for udenlandske betalinger uden for SEPA. Den nye prisliste finder I i "
                + "netbanken under 'Priser'. Euro-betalinger inden for SEPA er fortsat uden gebyr.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.245.2.1");
        m.description = "bank notice about prices, Ed25519, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Erritsø Revision", "revision@erritsoe-revision.dk", "kreditor@fredericia.dk", "Anmodning om saldobekræftelse "
            + "pr. 30.06.2031 - " + entrep.name())
            .text("Til Fredericia Kommune\n\nSom generalforsamlingsvalgt revisor for " + entrep.name() + " beder vi jer bekræfte "
                + "mellemværendet med selskabet pr. 30. juni 2031 (selskabets regnskabsår slutter 30. juni). Selskabets fuldmagt "
                + "er vedhæftet.\n\nSvar venligst direkte til os, også hvis saldoen er 0. Vi beder ikke om betaling eller om "
                + "bankoplysninger.\n\nMed venlig hilsen\nErritsø Revision, statsautoriserede revisorer")
            .attach("application/pdf", "Fuldmagt_saldobekraeftelse.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Opgørelsesdato 30.06.2031", "Svar sendes til revisor")));
        genuine(m, "127.243.2.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Snoghøj Højskole, Økonomi", "oekonomi@snoghoej-hoejskole.dk", "regnskab@fredericia.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag betalt 24.500,00 kr. for leje af Fredericia Idrætscenter til vores sportsdag (jeres "
                + "faktura 9130447).\n\nVenlig hilsen\nSnoghøj Højskole");
        genuine(m, "127.243.5.1");
        m.description = "remittance advice: a folk high school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Taulov Affaldsselskab I/S", "regnskab@taulov-affald.dk", "regnskab@fredericia.dk", "Advis om betaling")
            .text("Til Fredericia Kommune\n\nSpecifikation af dagens indbetaling er vedhæftet.\n\nTaulov Affaldsselskab")
            .attach("text/csv", "betalingsadvis.csv", ("fakturanr;tekst;beloeb\r\n9130512;Leje af areal ved Erritsø genbrug;"
                + "31800,00\r\n9130513;Vintertjeneste adgangsvej Skærbæk;7225,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.243.11.1");
        m.description = "the waste company pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"erritsoe-byggemarked.dk", "Erritsø Byggemarked", "kvittering@", "Din kvittering",
            "Sandsække 40 stk., to vandsugere og en affugter, 5.960,00 kr. Betalt med kommunens indkøbskort."},
            {"fredericia-boghandel.dk", "Fredericia Boghandel", "ordre@", "Din ordre 55213 er sendt", "30 stk. 'Fæstningsbyen "
                + "Fredericia' til 5. årgang på Erritsø Fællesskole, 5.250,00 kr. Betalt ved bestillingen."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@fredericia.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Pjedsted Legepladser", "ordre@pjedsted-legepladser.dk", "indkoeb@fredericia.dk", "Ordrebekræftelse 31877")
            .text("Tak for ordren på en ny svævebane og to fjedervipper til Børnehuset Regnbuen i Taulov. Vi leverer i uge 44, og "
                + "fakturaen sendes via NemHandel til EAN " + EAN + ".\n\nPjedsted Legepladser");
        genuine(m, "127.243.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, smed.person(), addr(smed), "kultur-idraet@fredericia.dk", "Tilbud: ny badebro ved Trelde Næs")
            .text("Hej\n\nNy badebro i galvaniseret stål med lærketræsdæk, 24 m, inkl. nedtagning af den gamle: 186.500 kr. "
                + "ekskl. moms. Tilbuddet gælder til 1. december." + signature(smed))
            .attach("application/pdf", "Tilbud_badebro.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Badebro, Trelde Næs, 24 m", "186.500,00 ekskl. moms", "Gyldigt til 01.12.2031")));
        genuine(m, smed.ip());
        m.description = "quote from an unlisted smithy, nothing to pay";
        m = ok("quote", false);
        headers(m, natur.person(), addr(natur), "vej-park@fredericia.dk", "Pris på afgræsning næste år")
            .text("Hej\n\nAfgræsning af skrænterne ved Trelde Næs med 30 får fra maj til oktober, inkl. tilsyn og hegn: 48.000 kr. "
                + "+ moms. Jeg skal have svar inden jul, hvis fårene skal reserveres." + signature(natur));
        genuine(m, natur.ip());
        m.description = "quote in the body from an unlisted nature-care firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skole-dagtilbud@fredericia.dk", "Omkørsel for skolebussen ved Trelde")
            .text("Hej\n\nMens Treldevej er spærret ved Trelde Kirke i uge 41-42, kører skolebussen ad Østerskovvej. Morgenturen "
                + "fra Trelde kører derfor 6 minutter tidligere. Prisen er uændret.\n\nSnoghøj Busser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomscenter@fredericia.dk", "Varmen afbrydes i Erritsø Vest tirsdag")
            .text("Kære kunde\n\nTirsdag fra kl. 7 til ca. 13 afbryder vi fjernvarmen i dele af Erritsø Vest, fordi en ventil skal "
                + "skiftes. Erritsø Skole og Plejecenter Skovvænget har fået besked direkte.\n\nErritsø Varmeværk");
        genuine(m, varme.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "5832500007731904"), iban("DK", "89910004417362"), bank("8991", "0005510837"),
        iban("EE", "2210220133847761"), iban("PL", "611140200400003202718845"), iban("GB", "MONZ04000412345091"),
        iban("IE", "BOFI90001740221987"), iban("NL", "RABO0385512246"), iban("DE", "700100800055182734"),
        iban("HU", "120100220000419377102000"), iban("RO", "INGB0000999904418825"), iban("BG", "UNCR70001522884013"),
        iban("CY", "005001200000001200773311"), bank("9860", "0000937751"), iban("MT", "MALT01100000000000022801427"),
        iban("SE", "80000000084512773901"), iban("LT", "1130100000441877"), iban("DK", "98600008821147")};

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
        lateInterest();
        palletDeposit();
        paymentFiles();
        acquisitions();
        prefixedDomains();
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, trae, kontor};
        String[] notes = {"\n\nVi har skiftet pengeinstitut. Indbetal venligst kun til kontoen på denne faktura.",
            "\n\nBemærk: vores konto er flyttet. Opdater jeres kreditoroplysninger, inden I betaler.", "",
            "\n\nNy konto gælder fra og med denne faktura - den gamle er lukket."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 1), i + 5, List.of("Ændret bankforbindelse"), notes[i]);
            if (who[i] == trae) {
                m.mime.header("Reply-To", "<erhverv@taulov-traelast.com>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == trae ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"erritsoe-varme.com", varme}, {"taulov-entreprenor.dk", entrep}, {"taulov-traelast.com", trae},
            {"lyngsodde-elteknik.dk", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 3), i * 3 + 2, List.of(), i % 2 == 0
                ? "\n\nVær opmærksom på, at kontonummeret er ændret." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("snoghoej-bu\u0455ser.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, bus.posing(d, bus.account()), mule(6), 15, List.of("Ny bankforbindelse pr. 1. oktober"), "\n\nHusk den nye "
            + "bankforbindelse, som står på fakturaen.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic dze for s) posing as snoghoej-busser.dk, invoice with a mule account, authenticates";
        d = idn("taulov-tr\u00e6last.dk");
        m = bad("punycode-homoglyph");
        headers(m, trae.person(), "erhverv@" + d, "ejendomscenter@fredericia.dk", "Forudbetaling af tagplader - levering fredag")
            .text("Hej Ejendomscenter\n\nTagpladerne til Fredericia Idrætscenter er hjemme fra fabrikken, men leverandøren kræver "
                + "forudbetaling på grund af de høje stålpriser. Overfør 126.750 kr. til " + mule(10) + " senest i morgen, så "
                + "kører bilen fredag. Fakturaen kommer bagefter via EAN.\n\nVenlig hilsen\nErhvervsafdelingen\n" + trae.name());
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ for ae) posing as the listed builders' merchant: prepayment for roof sheets, authenticates";
    }

    private void platformFrauds() {
        String[][] look = {{"briox-fredericia.com", "Briox"}, {"gocardless-taulov.net", "GoCardless"}};
        M m = bad("lookalike-platform");
        String no = String.valueOf(10_400 + rnd.nextInt(900));
        headers(m, el.name(), "faktura@" + look[0][0], "efaktura@fredericia.dk", "Påminnelse: faktura " + no + " från " + el.name())
            .html("<html><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:13px\"><p>Hej Fredericia Kommune</p><p>"
                + "Faktura <b>" + no + "</b> fra " + el.name() + " er forfalden. Betal nu for at undgå rykkergebyr og "
                + "renter.</p><p><a href=\"https://" + look[0][0] + "/pay/" + sha256(m.id).substring(0, 18) + "\" style=\""
                + "background:#00a3e0;color:#fff;padding:10px 20px;text-decoration:none\">Se og betal faktura</a></p>"
                + "<p style=\"font-size:10px;color:#999\">Skickat med Briox</p></body></html>");
        ownedBy(m, look[0][0]);
        m.description = "look-alike platform " + look[0][0] + ": overdue invoice in listed " + el.domain() + "'s name, pay link";
        m = bad("lookalike-platform");
        headers(m, kontor.name() + " via GoCardless", "help@" + look[1][0], "regnskab@fredericia.dk", "Jeres betalingsaftale "
            + "er annulleret - handling påkrævet")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Jeres bank har afvist den seneste trækning "
                + "fra " + kontor.name() + ", og betalingsaftalen er derfor annulleret. For at undgå, at printerlejen opsiges, "
                + "skal aftalen oprettes igen med MitID Erhverv inden 24 timer.</p><p><a href=\"https://" + look[1][0]
                + "/mandate/" + sha256(m.id).substring(0, 16) + "\">Opret betalingsaftale</a></p><p style=\"color:#888;"
                + "font-size:11px\">GoCardless Ltd på vegne af " + kontor.name() + "</p></body></html>");
        ownedBy(m, look[1][0]);
        m.description = "look-alike platform " + look[1][0] + ": 'direct debit cancelled, re-authorise with MitID' in the office "
            + "supplier's name";
        m = bad("platform-account-misused");
        no = "RE-" + (2031_0400 + rnd.nextInt(300));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 10) + "@fastbill.com";
        headers(m, "Nordeuropäisches Vergaberegister", "rechnung@fastbill.com", "indkoeb@fredericia.dk", "Rechnung " + no
            + " - Eintrag Vergaberegister 2031/32")
            .header("Reply-To", "<vergaberegister.nord@gmail.com>")
            .html("<html><body><p>Sehr geehrte Damen und Herren,</p><p>vielen Dank für Ihre Eintragung in das <b>Nordeuropäische "
                + "Vergaberegister</b> (Premium-Eintrag, 24 Monate). Die Rechnung <b>" + no + "</b> über <b>EUR 2.390,00</b> ist "
                + "innerhalb von 8 Tagen auf " + mule(4) + " zu begleichen.</p><p style=\"color:#aaa;font-size:10px\">Versendet "
                + "mit FastBill</p></body></html>")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "pf"), "Rechnung " + no,
                List.of("Nordeuropäisches Vergaberegister", "Premium-Eintrag Fredericia Kommune, 24 Monate", "EUR 2.390,00",
                    "Bank: " + mule(4))));
        genuine(m, "127.244.2.1");
        m.description = "real platform fastbill.com used by an unknown 'tender register' for an entry never ordered, gmail Reply-To";
        m = bad("platform-account-misused");
        no = String.valueOf(10_400 + rnd.nextInt(900));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 10) + "@briox.se";
        headers(m, mad.name(), "faktura@briox.se", "kreditor@fredericia.dk", "Faktura " + no + " från " + mad.name())
            .header("Reply-To", "<fredericia.madservice@outlook.com>")
            .html("<html><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:13px\"><p>Hej Fredericia Kommune</p><p>"
                + mad.name() + " har sendt jer faktura nr. <b>" + no + "</b>. Vi har skiftet regnskabsprogram og samtidig bank, "
                + "så beløbet skal indbetales på " + mule(2) + ".</p><p style=\"font-size:10px;color:#999\">Skickat med Briox</p>"
                + "</body></html>")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, mad.posing(mad.domain(), mule(2)), "Faktura", no,
                amount(2_800_000), mule(2), 2, List.of("Ny bankforbindelse")));
        genuine(m, "127.244.1.1");
        m.description = "real platform briox.se in listed fredericia-madservice.dk's name, new account, outlook Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Banken har midlertidigt lukket vores erhvervskonto, mens de gennemgår vores regnskab. Frem "
            + "til videre skal alle betalinger gå til "},
            {anlaeg, "Vi har fået ny bank i forbindelse med flytningen til Skærbæk Erhvervsområde, så I skal fremover betale til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 12), i + 8, List.of("Ny betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 12)
                + ". Jeg er på messe resten af ugen, så skriv hellere end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = mad;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@fredericia.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nLige en tilføjelse til fakturaen nedenfor: vi har skiftet bank i sommerferien, så de " + p.amount().gross()
                + " kr. skal indbetales på " + mule(15) + ". Den gamle konto nedlægges ved udgangen af september.\n\n"
                + s.person() + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of fredericia-madservice.dk replies in its own wave-1 thread (DMARC pass), mule";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "snoghoej-kloakteknik.com"}, {vvs, "erritsoe-vvs-blik.dk"}, {entrep, "taulov-entreprenoer.net"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@fredericia.dk", (i % 2 == 0 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nAngående faktura " + p.no() + " på " + p.amount().gross() + " kr.: kontoen på fakturaen er "
                    + "desværre forkert efter vores bankskifte. Beløbet skal i stedet betales til " + mule(i + 4) + ". Send mig "
                    + "gerne et kort svar, når det er på plads.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\n> "
                    + GREETING[i] + "\n> Hermed fremsendes faktura " + p.no() + ".");
            if (i == 2) {
                mime.attach("application/pdf", pdfName(p.no(), 7), pdfInvoice(m, s.posing(d, mule(i + 4)), "Faktura", p.no(),
                    p.amount(), mule(i + 4), 1, List.of("Korrigeret kontonummer")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account";
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Marianne Kjær Holm, kommunaldirektør", "direktion@" + OWN, "regnskab@fredericia.dk", "Fortroligt - "
            + "depositum grundkøb Fredericia C")
            .text("Hej\n\nVi er i slutforhandling om et grundkøb i Fredericia C, som endnu ikke må kendes af byrådet. Sælgers "
                + "advokat skal have et depositum på 385.000 kr. i dag på " + mule(3) + ", ellers går handlen til en anden "
                + "køber. Bilag og byrådsbeslutning følger, når sagen er offentlig. Bekræft venligst til mig, når det er "
                + "sendt.\n\nMarianne");
        forged(m, forgedHost++);
        m.description = "the city manager's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Ejendomscenter Fredericia", "ejendomscenter@" + OWN, "kreditor@fredericia.dk", "Acontobetaling stillads "
            + "Fredericia Teater")
            .text("Hej kreditor\n\nStilladsfirmaet på Fredericia Teater stiller først op, når første rate er betalt, og "
                + "tagdækkerne starter mandag. Kan I betale 68.400 kr. til " + mule(7) + " i dag? Fakturaen kommer i "
                + "e-handelssystemet, når de er i gang.\n\nEjendomscenter");
        forged(m, forgedHost++);
        m.description = "our property department forged from outside: same-day scaffolding prepayment to a mule";
    }

    private void ceo() {
        Object[][] c = {{"Jens Peter Lindholm", "jenspeter.lindholm.borgmester@gmail.com", GMAIL, "Kort spørgsmål",
            "Hej\n\nEr du på kontoret? Jeg sidder i KKR-møde i Vejle og kan ikke tale i telefon. Der er en betaling, som skal "
                + "afsted i dag, og den skal helst ikke gennem den normale gang. Svar mig her.\n\nJens Peter\nSendt fra iPhone"},
            {"Marianne Kjær Holm", "marianne.kjaer.holm@outlook.com", MSFT, "Oversigt til i morgen", "Hej\n\nKan du inden "
                + "kl. 15 sende mig en liste over de leverandører, vi betaler i morgen, med beløb og kontonumre, og saldoen på "
                + "driftskontoen? Jeg sidder på min private mail, fordi VPN'en driller.\n\nMarianne"},
            {"Søren Bak Thygesen", "soeren.bak.thygesen@yahoo.com", YAHOO, "Forlig - haster", "Hej\n\nVi har indgået forlig "
                + "i voldgiftssagen om kloakrenoveringen i Erritsø. Modpartens advokat skal have 214.000 kr. i dag på "
                + mule(5) + ". Jeg godkender bilaget, så snart jeg er tilbage fra ferie.\n\nSøren\nØkonomichef"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "regnskab@fredericia.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Line Mortensen", "line.mortensen1987@gmail.com", "loen-personale@fredericia.dk", "Ny bankkonto til lønnen")
            .text("Hej Løn\n\nJeg er SOSU-assistent på Plejecenter Møllebo og er skiftet til en ny bank. Vil I sætte min løn ind "
                + "på " + bank("8991", "0004427731") + " fra september? Jeg kan ikke komme på medarbejderportalen lige nu.\n\n"
                + "Mvh Line");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Rasmus Friis", "rasmus.friis.laerer@hotmail.com", "loen-personale@fredericia.dk", "Lønkonto")
            .text("Hej\n\nJeg er vikar på Erritsø Fællesskole. Min danske konto er ved at blive lukket, fordi jeg flytter, så "
                + "lønnen skal fremover på " + mule(16) + ". Jeg skriver herfra, fordi jeg ikke har MitID for tiden.\n\nRasmus");
        genuine(m, MSFT);
        m.description = "a 'substitute teacher' on hotmail wants his salary to a foreign account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "kasper@bredstrup-malerservice.dk", "kreditor@fredericia.dk", "Konto")
            .text("Hej\n\nBare en hurtig besked: mit kontonummer er nu " + mule(13) + ". Brug det fremover, også til den faktura, "
                + "der ikke er betalt endnu.\n\nMvh Kasper\nBredstrup Malerservice");
        ownedBy(m, "bredstrup-malerservice.dk");
        m.description = "no attachment: look-alike of bredstrup-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Egeskov Vognmand <flemming@egeskov-vognmand.dk>", "egeskov.vognmand@gmail.com", "kreditor@fredericia.dk",
            "Ændrede bankoplysninger")
            .text("Kære kunde\n\nVi har problemer med vores mailserver og skriver derfor fra denne adresse et stykke tid. Samtidig "
                + "er vores konto ændret til " + mule(14) + " med virkning fra i dag.\n\nEgeskov Vognmandsforretning");
        genuine(m, GMAIL);
        m.description = "display name carries a listed supplier's real address, the mail is gmail: new account in the body";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "FI-" + (410_000 + rnd.nextInt(80_000));
            headers(m, "Fredericia Inkasso", "sagsbehandler@fredericia-inkasso.com", "kreditor@fredericia.dk", "Inkassomeddelelse "
                + "og varsel om retslige skridt - sag " + sag)
                .text("Fredericia Kommune\n\n" + s[i].name() + " har overdraget os kravet for faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. Beløbet med tillæg af 2.100 kr. i omkostninger skal være indbetalt på "
                    + mule(i + 2) + " inden 3 hverdage. Ellers indleveres sagen til fogedretten uden yderligere varsel.\n\n"
                    + "Fredericia Inkasso, Sagsbehandlingen")
                .attach("application/pdf", "Inkasso_" + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Inkassomeddelelse",
                    List.of("Kreditor: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(),
                        "Omkostninger 2.100,00", "Indbetaling: " + mule(i + 2))));
            ownedBy(m, "fredericia-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-fredericia.com", "Digital Post", "notifikation@", "Ny meddelelse fra Skattestyrelsen",
            "Fredericia Kommune har fået en meddelelse om regulering af indberettet A-skat og AM-bidrag. Meddelelsen skal læses "
                + "inden 48 timer med MitID Erhverv.", "fake-digital-post"},
            {"mitid-fredericia.com", "MitID Erhverv", "administration@", "Jeres MitID Erhverv-organisation skal bekræftes",
                "Organisationen Fredericia Kommune mangler at bekræfte sine administratorer efter den seneste opdatering. Sker "
                    + "det ikke inden fredag, spærres adgangen til Digital Post og Virk.", "fake-digital-post"},
            {"digitalpost-taulov.com", "Digital Post for virksomheder", "post@", "Ulæst brev fra Udbetaling Danmark",
                "Der ligger et ulæst brev om tilbagebetaling af for meget udbetalt refusion for sygedagpenge. Læs brevet, så "
                    + "beløbet ikke modregnes.", "fake-digital-post"},
            {"fredericia-domaeneservice.net", "Nordisk Domæneservice", "fornyelse@", "fredericia.dk skal fornyes",
                "Registreringen af fredericia.dk udløber om kort tid. Betal inden 5 dage, ellers lukkes hjemmeside og mail.",
                "domain-directory-scam"},
            {"trelde-firmaregister.org", "Skandinavisk Firmaregister", "data@", "Bekræft jeres oplysninger",
                "Gennemse venligst de forudfyldte oplysninger og returner formularen underskrevet. Grundregistrering er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "regnskab@fredericia.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 16);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log på med "
                    + "MitID Erhverv</a></p></body></html>");
            } else if (x[0].startsWith("fredericia-domaene")) {
                mime.text(x[4] + "\n\nPris for 3 år: 6.450,00 kr. til " + mule(17) + " eller med kort: " + link
                        + "\n\nNordisk Domæneservice")
                    .attach("application/pdf", "Fornyelse_fredericia.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domænefornyelse",
                        List.of("Domæne: fredericia.dk", "Periode: 3 år", "6.450,00", "Konto " + mule(17))));
            } else {
                mime.text(x[4] + "\n\nSkandinavisk Firmaregister")
                    .attach("application/pdf", "Formular_Fredericia_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Formular",
                        List.of("Fredericia Kommune, " + RAADHUS, "Underskrift:", "Ved underskrift bestilles en 3-årig "
                            + "annoncepakke til 1.190 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "ordre@erritsoe-ordrekontor.com", "indkoeb@fredericia.dk", "Ordre 88412: 8 x iPad Pro "
            + "afsendes i dag")
            .text("Tak for din ordre. 8 x iPad Pro 13\" med tastatur, i alt 129.600,00 kr., faktureres ved afsendelse i morgen "
                + "tidlig.\n\nHar du ikke bestilt? Ring straks på +45 75 92 40 18 for at stoppe ordren.\n\nOrdrekontoret");
        ownedBy(m, "erritsoe-ordrekontor.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Norton fornyelse", "ordre@erritsoe-ordrekontor.com", "digitalisering@fredericia.dk", "Kvittering: "
            + "licens fornyet")
            .text("Jeres Norton 360 for Business (50 enheder) er automatisk fornyet for 12 måneder (11.940 kr.). Ønsker I at "
                + "fortryde, skal I ringe på +45 75 92 40 18 inden 24 timer.")
            .attach("application/pdf", "Kvittering.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("Norton 360 for Business, 50 enheder, 12 mdr.", "11.940,00 kr.", "Fortrydelse: +45 75 92 40 18")));
        ownedBy(m, "erritsoe-ordrekontor.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"fredericia-p-kontrol.com", "P-kontrol Fredericia", "afgift@", "Kontrolafgift - tjenestebil CY 48 217",
            "En af kommunens biler er registreret uden gyldig P-billet i Fredericia C. Afgiften er 795 kr."},
            {"mobilbetaling-erritsoe.net", "MobilePay Erhverv", "noreply@", "Dobbeltbetaling kan tilbageføres",
                "Vi har registreret en dobbeltbetaling på 8.640,00 kr. fra Fredericia Kommune. Beløbet kan tilbageføres, når "
                    + "I har bekræftet jeres oplysninger."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@fredericia.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan QR-koden med din telefon for at fortsætte.</p><p><img src=\"cid:kode\" "
                    + "width=\"200\" height=\"200\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "kode.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay or confirm, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Snoghoej Bridge Survey Ltd", "accounts@snoghoej-bridge-survey.com", "vej-park@fredericia.dk",
            "Invoice SBS-3184 - drone inspection of bridge bearings")
            .text("Dear Sir or Madam,\n\nPlease find enclosed our invoice for the drone inspection of the bridge bearings at the "
                + "Snoghøj approach, as discussed with your roads department. EUR 18,740.00 is payable within 7 days to "
                + mule(0) + ".\n\nKind regards\nAccounts Department\nSnoghoej Bridge Survey Ltd")
            .attach("application/pdf", "SBS-3184.pdf", Attachments.pdf(docId(m, "en"), "Invoice SBS-3184",
                List.of("Client: Fredericia Municipality", "Drone inspection, bridge bearings, Snoghoej approach",
                    "EUR 18,740.00", "Bank: " + mule(0))));
        ownedBy(m, "snoghoej-bridge-survey.com");
        m.description = "English invoice for an inspection never ordered, LT IBAN";
        m = bad("english-international");
        headers(m, "Snoghoej Bridge Survey - Finance", "finance@snoghoej-bridge-survey.com", "regnskab@fredericia.dk",
            "Change of remittance details")
            .text("Hello,\n\nDue to a change in our banking arrangements, kindly amend your supplier file and remit all "
                + "outstanding balances to " + mule(12) + " with immediate effect. Please confirm by return once updated.\n\n"
                + "Finance Team");
        ownedBy(m, "snoghoej-bridge-survey.com");
        m.description = "English 'change of remittance details', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "bredstrup-maler.net"}, {vognmand, "egeskov-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@fredericia.dk", i == 0 ? "Faktura (billede)" : "Scannet faktura")
                .text("Hej\n\nFakturaen kommer som " + (i == 0 ? "billede" : "scanning") + " denne gang, fordi programmet er "
                    + "nede. Bemærk det nye kontonummer på fakturaen.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20310917_0932.jpg" : "scan0041.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "trelde-rengoering.com"}, {vvs, "erritsoe-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 8)), "Faktura", no, amount(1_900_000), mule(i + 8), i + 2, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@fredericia.dk", "Faktura " + n + " (komprimeret)")
                .text("Hej\n\nFakturaen er lagt i en zip-fil, fordi jeres spamfilter stoppede vores PDF sidst. Pak den ud og betal "
                    + "gerne inden fredag.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("bilag/" + n + ".pdf", pdf, "bilag/LAES_MIG.txt", "Ny konto - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "salg@fredericia-kontorcenter.com", "indkoeb@fredericia.dk", "Faktura og leveringsliste "
            + "september")
            .text("Hej\n\nFaktura og leveringsliste er vedhæftet. Dokumentet er låst - klik 'Aktivér redigering' og så "
                + "'Aktivér indhold' for at se det.\n\nFredericia Kontorcenter")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_leveringsliste.docm",
                Attachments.word("Faktura\nFredericia Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "fredericia-kontorcenter.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of fredericia-kontorcenter.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@fredericia-it-service.net", "skole-dagtilbud@fredericia.dk", "Timeforbrug august")
            .text("Hej\n\nTimeforbruget for august og vores nye bankoplysninger står i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nFredericia IT-Service")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timeforbrug_august.xlsm",
                Attachments.excel(List.of("Timeforbrug august 2031", "I alt DKK 64.250,00", "Ny konto: " + plain(mule(1))), true));
        ownedBy(m, "fredericia-it-service.net");
        m.description = "macro-enabled Excel statement from a look-alike of fredericia-itservice.dk";
    }

    private void svgHtml() {
        String[][] x = {{"fredericia-bilagsportal.com", "Taulov Trælast", "Kontoudskrift september", "kontoudskrift.svg",
            "image/svg+xml"},
            {"taulov-fakturaarkiv.net", "Taulov Entreprenørforretning", "Faktura til godkendelse", "Faktura_sept.html", "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/v/" + sha256(m.id).substring(0, 14);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Åbner faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"160\"><text x=\"10\" y=\"28\">Kontoudskrift - "
                    + "klik for at se</text><a href=\"" + url + "\"><rect x=\"10\" y=\"50\" width=\"200\" height=\"36\" "
                    + "fill=\"#1d4f91\"/></a><script>window.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokumenter@" + y[0], "kreditor@fredericia.dk", y[2])
                .text("Hej\n\nDokumentet åbner i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "taulov-entreprenoerforretning.dk", false}, {it, "fredericiaitservice.dk", true}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            Supplier fake = s.posing(s.domain(), mule(i + 10));
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(3_400_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@fredericia.dk", "E-faktura " + no + (peppol ? " (Peppol)" : " (OIOUBL)"))
                .text("Hej e-faktura\n\nVores NemHandel-udbyder er lukket, så indtil videre sender vi XML-filen direkte. Den kan "
                    + "læses ind som sædvanlig. Bemærk den nye bankkonto i filen.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, fake, a, isoDay(m, 0), isoDay(m, 8), peppol, "Ny bankkonto").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    /**
     * New family: interest for late payment (Danish Interest Act: reference rate plus 8 points, and the fixed
     * compensation of 310 kr. per invoice) claimed on real, long-paid invoices, payable to a new account.
     */
    private void lateInterest() {
        Past p = past.get(varme.domain());
        M m = bad("fake-late-interest-claim");
        headers(m, varme.person(), "afregning@erritsoe-varmevaerk.dk", "kreditor@fredericia.dk", "Renteopgørelse - for sen "
            + "betaling af faktura " + p.no())
            .text("Til Fredericia Kommune\n\nVores gennemgang af debitorerne viser, at faktura " + p.no() + " på "
                + p.amount().gross() + " kr. er betalt 23 dage efter forfald. Efter renteloven beregnes rente med referencesatsen "
                + "+ 8 procentpoint samt et kompensationsbeløb på 310 kr.\n\nRenteopgørelsen er vedhæftet: i alt 1.906,44 kr., "
                + "som indbetales på vores nye inkassokonto " + mule(9) + " senest " + writtenDay(m, 8) + ".\n\nMed venlig hilsen\n"
                + "Kundeafregningen\n" + varme.name())
            .attach("application/pdf", "Renteopgoerelse_" + p.no().replace('/', '-') + ".pdf", Attachments.pdf(docId(m, "ro"),
                "Renteopgørelse", List.of(varme.name(), "Faktura " + p.no() + ": " + p.amount().gross() + " kr., betalt 23 dage "
                    + "for sent", "Rente 10,10 % p.a.: 1.596,44 kr.", "Kompensationsbeløb (renteloven § 9 b): 310,00 kr.",
                    "I alt 1.906,44 kr. til " + mule(9))));
        ownedBy(m, "erritsoe-varmevaerk.dk");
        m.description = "look-alike of erritsoe-varme.dk claims interest and the 310 kr. compensation on its paid wave-1 invoice, mule";
        p = past.get(bus.domain());
        m = bad("fake-late-interest-claim");
        headers(m, bus.person(), "koersel@snoghoej-busser.com", "kreditor@fredericia.dk", "Opgørelse af renter og "
            + "kompensationsbeløb, januar-september 2031")
            .text("Hej kreditor\n\nSiden januar er seks af vores fakturaer betalt efter forfald, senest faktura " + p.no()
                + ". Vi opkræver derfor rente og kompensationsbeløb efter renteloven, i alt 4.218,00 kr., jf. vedhæftede "
                + "opgørelse.\n\nBemærk, at beløbet skal indbetales på " + mule(6) + " - ikke på driftskontoen.\n\nVenlig "
                + "hilsen\nKørselskontoret, Snoghøj Busser")
            .attach("application/pdf", "Renteopgoerelse_jan-sep_2031.pdf", Attachments.pdf(docId(m, "rb"), "Renteopgørelse januar-september 2031",
                List.of("6 fakturaer betalt efter forfald, seneste " + p.no(), "Rente i alt 2.358,00 kr.",
                    "Kompensationsbeløb 6 x 310,00 = 1.860,00 kr.", "I alt 4.218,00 kr.", "Indbetaling: " + mule(6))));
        ownedBy(m, "snoghoej-busser.com");
        m.description = "look-alike of snoghoej-busser.dk bills nine months' 'late-payment interest', citing its wave-1 invoice";
        p = past.get(it.domain());
        m = bad("fake-late-interest-claim");
        headers(m, it.person(), addr(it), "kreditor@fredericia.dk", "Rentenota vedr. faktura " + p.no())
            .text("Goddag\n\nFaktura " + p.no() + " blev betalt for sent. Vi beregner derfor rente og kompensationsbeløb på i alt "
                + "2.274,90 kr. Beløbet bedes overført til " + mule(11) + " inden 5 dage, så undgår I, at sagen går videre til "
                + "inkasso.\n\nFakturering, Fredericia IT-Service")
            .attach("application/pdf", "Rentenota.pdf", Attachments.pdf(docId(m, "ri"), "Rentenota",
                List.of(it.name(), "Faktura " + p.no(), "Rente og kompensationsbeløb 2.274,90 kr.", "Konto " + mule(11))));
        forged(m, forgedHost++);
        m.description = "forged From fredericia-itservice.dk (DKIM only, p=reject: nothing aligned): interest note to a BG IBAN";
    }

    /** New family: a deposit claim for returnable pallets, crates or meal containers "not returned". */
    private void palletDeposit() {
        M m = bad("fake-pallet-deposit-claim");
        String no = "PO-" + (4_100 + rnd.nextInt(700));
        headers(m, trae.person(), "erhverv@taulov-traelast.net", "ejendomscenter@fredericia.dk", "Palleopgørelse " + no
            + " - ikke returnerede paller")
            .text("Hej Ejendomscenter\n\nVed årets palleopgørelse mangler vi 48 EUR-paller, 14 engangspaller med pant og 9 "
                + "big bags, som er leveret til jeres byggepladser siden januar. Pant og leje er faktureret på vedhæftede "
                + "opgørelse, i alt 9.862,50 kr. inkl. moms.\n\nReturnerer I pallerne inden 10 dage, krediterer vi dem - ellers "
                + "bedes beløbet indbetalt på vores pantkonto " + mule(13) + ".\n\nVenlig hilsen\nErhvervsafdelingen\n" + trae.name())
            .attach("application/pdf", "Palleopgoerelse_" + no + ".pdf", Attachments.pdf(docId(m, "pa"), "Palleopgørelse " + no,
                List.of(trae.name(), "Kunde: Fredericia Kommune, Ejendomscenter", "48 EUR-paller à 95,00 = 4.560,00",
                    "14 pantpaller à 125,00 = 1.750,00", "9 big bags à 175,00 = 1.575,00", "Ekskl. moms 7.890,00 / inkl. moms 9.862,50",
                    "Pantkonto: " + mule(13))));
        ownedBy(m, "taulov-traelast.net");
        m.description = "look-alike of taulov-traelast.dk bills deposit for 'unreturned' pallets and big bags, mule account";
        m = bad("fake-pallet-deposit-claim");
        no = "TP" + (20_300 + rnd.nextInt(800));
        headers(m, "Taulov Pallecentral", "pant@taulov-pallecentral.com", "aeldre-sundhed@fredericia.dk", "Manglende "
            + "returnering af termokasser og rullecontainere")
            .text("Til Fredericia Kommune, Ældre og Sundhed\n\nTaulov Pallecentral administrerer pantordningen for transport-"
                + "emballage hos " + mad.name() + ". Ifølge vores scanninger er 36 termokasser og 6 rullecontainere ikke "
                + "kommet retur fra jeres plejecentre.\n\nErstatningsbeløbet er 14.220,00 kr. og skal betales inden 7 dage på "
                + mule(3) + ". Ved senere returnering refunderes pant efter fradrag af administrationsgebyr.\n\nMed venlig hilsen"
                + "\nTaulov Pallecentral, Pantafdelingen")
            .attach("application/pdf", "Krav_" + no + ".pdf", Attachments.pdf(docId(m, "tp"), "Krav " + no,
                List.of("Pantordning for " + mad.name(), "36 termokasser à 285,00 = 10.260,00", "6 rullecontainere à 660,00 = 3.960,00",
                    "I alt 14.220,00 kr.", "Betaling: " + mule(3))));
        ownedBy(m, "taulov-pallecentral.com");
        m.description = "unknown 'pallet pool' claims deposit for meal-delivery crates in the meal supplier's name, EE IBAN";
    }

    /** New family: a ready-made bank payment file sent for import, its creditor accounts the fraudster's. */
    private void paymentFiles() {
        M m = bad("payment-file-injection");
        String date = isoDay(m, 0);
        String msg = "FK" + date.replace("-", "") + "-" + (20 + rnd.nextInt(70));
        List<Object[]> pays = List.of(
            new Object[] {entrep.name(), plain(mule(4)), 18_745_000L, "Faktura " + past.get(entrep.domain()).no()},
            new Object[] {trae.name(), plain(mule(8)), 6_230_050L, "Faktura " + past.get(trae.domain()).no()},
            new Object[] {rengoer.name(), plain(mule(1)), 9_118_875L, "Faktura " + past.get(rengoer.domain()).no()});
        headers(m, "Økonomisystemet - Betalinger", "betalingsfil@fredericia-oekonomisystem.com", "kreditor@fredericia.dk",
            "Fejl i dagens betalingsfil - rettet fil vedhæftet")
            .text("Hej Kreditor\n\nDagens betalingsfil blev afvist af banken på grund af et ugyldigt tegn i et modtagernavn. Vi har "
                + "rettet filen, og den er vedhæftet.\n\nImportér den venligst i Netbank Erhverv under 'Filoverførsel' hurtigst "
                + "muligt, så betalingerne når dagens sidste kørsel. Den afviste fil skal ikke sendes igen.\n\n"
                + "Med venlig hilsen\nDrift og Support, Økonomisystemet")
            .attach("application/xml", "betalingsfil_" + msg + ".xml",
                pain001(msg, date, plain(iban("DK", "97840001188207")), pays).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "fredericia-oekonomisystem.com");
        m.description = "a 'corrected' pain.001 payment file from a fake ERP support domain: real supplier names, mule IBANs";
        m = bad("payment-file-injection");
        headers(m, it.person(), "faktura@fredericia-itservice.com", "regnskab@fredericia.dk", "Eksport fra den nye "
            + "bogføringsintegration")
            .text("Hej Regnskab\n\nSom aftalt ved opstartsmødet kommer ugens leverandørbetalinger fra den nye integration som "
                + "CSV-fil, indtil den direkte bankforbindelse er godkendt. Filen er vedhæftet og kan uploades i netbanken som "
                + "en almindelig betalingsfil. Tre af leverandørerne har fået ny konto, det er rettet i filen.\n\nVenlig hilsen\n"
                + "Fakturering, Fredericia IT-Service")
            .attach("text/csv", "leverandoerbetalinger_uge38.csv", ("Modtager;Konto;Beloeb;Tekst\r\n"
                + kloak.name() + ";" + plain(kloak.account()) + ";14512,50;Faktura " + past.get(kloak.domain()).no() + "\r\n"
                + vvs.name() + ";" + plain(mule(2)) + ";22870,00;Faktura " + past.get(vvs.domain()).no() + "\r\n"
                + el.name() + ";" + plain(mule(13)) + ";31405,75;Faktura " + past.get(el.domain()).no() + "\r\n"
                + anlaeg.name() + ";" + plain(mule(17)) + ";8960,00;Faktura " + past.get(anlaeg.domain()).no() + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "fredericia-itservice.com");
        m.description = "look-alike of fredericia-itservice.dk sends a netbank CSV payment file, three creditor accounts swapped";
    }

    /** New family: a supplier "taken over" by a group that now wants the money. */
    private void acquisitions() {
        M m = bad("fake-acquisition-notice");
        headers(m, "Trelde Facility Group A/S", "overdragelse@trelde-facility.com", "kreditor@fredericia.dk", "Meddelelse om "
            + "virksomhedsoverdragelse - Trelde Rengøringsservice ApS")
            .text("Til vores kunder\n\nVi kan med glæde meddele, at Trelde Rengøringsservice ApS pr. 1. september 2031 er en del af "
                + "Trelde Facility Group A/S. Personale, kontaktpersoner og aftaler fortsætter uændret.\n\nAf hensyn til den "
                + "fælles likviditetsstyring skal alle betalinger, også for fakturaer udstedt før overdragelsen, fremover ske "
                + "til koncernkontoen " + mule(1) + ". Betalinger til den tidligere konto kan ikke længere modtages.\n\n"
                + "Overdragelsesbrevet er vedhæftet.\n\nMed venlig hilsen\nTrelde Facility Group A/S, Økonomi")
            .attach("application/pdf", "Overdragelsesbrev.pdf", Attachments.pdf(docId(m, "ov"), "Meddelelse om virksomhedsoverdragelse",
                List.of("Trelde Rengøringsservice ApS, CVR " + cvr(rengoer.domain()), "Overdraget til Trelde Facility Group A/S "
                    + "pr. 01.09.2031", "Ny betalingsmodtager: " + mule(1), "Gælder også fakturaer udstedt før overdragelsen")));
        ownedBy(m, "trelde-facility.com");
        m.description = "fake group announces it has 'acquired' listed trelde-rengoering.dk and takes over its receivables, DK mule";
        m = bad("fake-acquisition-notice");
        headers(m, "Taulov Traelast Group - Treasury", "treasury@taulov-traelast-group.com", "regnskab@fredericia.dk",
            "Integration of Taulov Traelast into Baltic Timber Holding - new remittance account")
            .text("Dear valued customer,\n\nFollowing the completion of the acquisition of Taulov Trælast & Byggecenter A/S by "
                + "Baltic Timber Holding, all receivables are now managed centrally by our group treasury in Vilnius.\n\nWith "
                + "effect from today, please remit all payments, including open invoices, to " + mule(16) + ". Your contact "
                + "persons and prices remain unchanged.\n\nWe appreciate your cooperation.\n\nGroup Treasury\nTaulov Traelast "
                + "Group");
        ownedBy(m, "taulov-traelast-group.com");
        m.description = "English 'acquisition' letter moves the listed builders' merchant's receivables to a LT IBAN";
    }

    /** New family: a sender domain that begins with the real supplier's (or our own) full domain name. */
    private void prefixedDomains() {
        String d = "erritsoe-varme.dk.faktura-center.net";
        M m = bad("prefixed-real-domain");
        invoice(m, varme.posing(d, varme.account()), mule(5), 20, List.of("Ny bankforbindelse fra september"), "\n\nVi sender "
            + "nu fakturaer fra vores nye fakturacenter. Bemærk den nye konto.");
        ownedBy(m, d);
        m.description = "From " + d + ": the utility's real domain as the first labels of a fraudster's domain, mule account";
        d = "fredericia.dk.sikker-betaling.com";
        m = bad("prefixed-real-domain");
        headers(m, "Fredericia Kommune, Kreditor", "kreditor@" + d, "vej-park@fredericia.dk", "Faktura sat i bero - "
            + "godkend ny kontoforbindelse")
            .html("<html><body style=\"font-family:Segoe UI,Arial,sans-serif\"><p>Hej Vej og Park</p><p>Fakturaen fra "
                + entrep.name() + " (" + past.get(entrep.domain()).no() + ") er sat i bero, fordi leverandøren har oplyst en ny "
                + "kontoforbindelse. Som budgetansvarlig skal du godkende ændringen i betalingsportalen, før fakturaen kan "
                + "betales.</p><p><a href=\"https://" + d + "/godkend/" + sha256(m.id).substring(0, 16) + "\">Godkend "
                + "kontoændring</a></p><p>Med venlig hilsen<br>Kreditorbogholderiet</p></body></html>");
        ownedBy(m, d);
        m.description = "From " + d + ": our own domain as the first labels, 'approve the supplier's new account' login link";
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
        return writeFiles(dir, new HeldOutCorpus27().generate(), List.of(
            "# Fredericia Kommune, Økonomi og Indkøb: invoice checks (twenty-seventh held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=erritsoe-varme.dk taulov-entreprenoer.dk snoghoej-kloakteknik.dk pjedsted-toemrer.dk "
                + "bredstrup-maler.dk trelde-rengoering.dk fredericia-ugeavis.dk egeskov-vognmand.dk lyngsodde-el.dk "
                + "erritsoe-vvs.dk fredericia-madservice.dk taulov-traelast.dk fredericia-itservice.dk snoghoej-busser.dk "
                + "fredericia-kontorcenter.dk skaerbaek-anlaeg.dk",
            "invoice.domains.platforms=briox.se fastbill.com gocardless.com",
            "invoice.names.protected=Fredericia Kommune"));
    }
}
