package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The fifty-eighth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Rebild Kommune ({@value #OWN}, p=reject; town hall Hobrovej 88, 9530 Støvring; creditor, e-invoice, finance, payroll,
 * purchasing, IT, roads and parks, nature, culture, tourism, schools and elderly care mailboxes), the Himmerland municipality
 * of Støvring, Skørping, Nørager, Terndrup, Suldrup, Haverslev, Bælum, Ravnkilde, Blenstrup and Sørup, with the Rebild Bakker
 * hills and their Fourth of July festival, Rold Skov (Denmark's largest forest, where the springs of Lindenborg Å rise), the
 * Thingbæk chalk mines and the Rebildporten visitor centre; seventeen listed suppliers from those places in every DNS posture
 * real Danish firms have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code poststub.dk},
 * {@code qvitto.io}, {@code ydelsesbro.dk}, {@code wirefaktura.com}), a bat consultant who counts the hibernating bats in the
 * chalk mines, a stage and tent firm that builds the Rebildfest stage in the hills, a water laboratory that monitors the Rold
 * Skov springs, sole traders on free mail, foreign suppliers, SaaS ({@code turplan.io}, {@code vagtvise.dk}), an ESP
 * ({@code nyhedsbud.com}), an e-signature service ({@code signetra.dk}), banks, a creditor list, forwarders (with and
 * without SRS) and fraudsters' own domains, each carrying a full place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details by forged, look-alike or compromised
 * suppliers, homoglyphs, look-alike platforms, CEO fraud, own-domain forgery, payroll changes, fake Digital Post/MitID, fake
 * NemHandel notices, fake inkasso, hijacked threads, split payments, QR codes, ZIP/7z archives, macro documents, image-only
 * invoices, callback scams, e-invoice XML with a changed payee, fake e-signature requests) and three kinds new here: a winter
 * bat count, bat-friendly grilles or a "mandatory" disturbance survey in Thingbæk Kalkminer billed by someone who never went
 * down (fake-chalk-mine-bat-count-invoice); stage, tent, crowd barriers or a "storm re-rigging" for the Fourth of July
 * festival in Rebild Bakker billed to a new account (fake-rebildfest-stage-rental-invoice); and water samples, loggers or an
 * "alarm reading" at the springs of Lindenborg Å in Rold Skov billed by someone who never took one
 * (fake-spring-source-monitoring-invoice). The invoice engine, its tests, tuning notes and earlier results were not read.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its
 * computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test -Dtest=HeldOutCorpus58GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus58 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout58");
    public static final String OWN = "rebild.dk";
    static final String FRAUD_NET = "127.158.";
    private static final String OWN_IP = "127.58.0.1";
    private static final String EAN = "5798007764128";
    private static final String KOMMUNE = "Rebild Kommune";
    private static final String RAADHUS = "Hobrovej 88, 9530 Støvring";
    private static final String HOSTER_IP = "127.58.9.1";
    private static final String GMAIL = "127.58.200.1";
    private static final String MSFT = "127.58.200.2";
    private static final String APPLE = "127.58.200.3";

    private final Random rnd = new Random(58_9530_0058L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The bat consultant's monitoring case for Thingbæk Kalkminer (the frauds cite it). */
    private String batCase;
    /** The festival stage contract for Rebildfesten (the frauds cite it). */
    private String stageContract;
    /** The laboratory's sampling programme for the Rold Skov springs (the frauds cite it). */
    private String springProgramme;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 4, 6, 7, 15, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 5, 4, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Støvring Kraftvarmeværk a.m.b.a.", "stovring-kraftvarme.dk", "Kundeservice",
        "kunde", "127.58.1.1", iban("DK", "92110001734561"), "fjernvarme til Rådhuset, Støvring Bibliotek og Bakkehuset");
    private final Supplier entrep = new Supplier("Suldrup Anlæg ApS", "suldrup-anlaeg.dk", "Bo Kristensen", "bk",
        "127.58.1.2", bank("9211", "0001745290"), "ny asfalt og kantsten på P-pladsen ved Rebildporten");
    private final Supplier flager = new Supplier("Rebild Flagermusrådgivning v/ Trine Kjær", "rebild-flagermus.dk", "Trine Kjær",
        "trine", "127.58.1.3", bank("9211", "0001756638"), "vintertælling af overvintrende flagermus i Thingbæk Kalkminer");
    private final Supplier scene = new Supplier("Rebild Sceneteknik ApS", "rebild-sceneteknik.dk", "Sceneteknik, Økonomi",
        "okonomi", "127.58.1.4", iban("DK", "74400004811237"), "scene, telte og afspærring til Rebildfesten i Rebild Bakker");
    private final Supplier vand = new Supplier("Rold Skov Vandlaboratorium ApS", "roldskov-vandlab.dk", "Mette Lauridsen",
        "ml", "127.58.1.5", iban("DK", "92110001768804"), "prøvetagning og analyse ved kilderne til Lindenborg Å i Rold Skov");
    private final Supplier toemrer = new Supplier("Nørager Tømrer & Snedker ApS", "norager-toemrer.dk", "Jens Ravn", "jens",
        "127.58.1.6", bank("7440", "0004820915"), "nye udhæng og vinduer, Nørager Skole");
    private final Supplier maler = new Supplier("Blenstrup Malerforretning v/ Kim Holt", "blenstrup-maler.dk", "Kim Holt", "kim",
        "127.58.1.7", bank("7440", "0004833106"), "maling af gange og fællesrum, Plejecenter Bakkehuset");
    private final Supplier rengoer = new Supplier("Terndrup Rengøring ApS", "terndrup-rengoering.dk", "Kontoret", "kontor",
        "127.58.1.8", iban("DK", "74400004845579"), "rengøring af Rådhuset, Borgerservice og Skørping Bibliotek");
    private final Supplier avis = new Supplier("Skørping Ugeblad", "skorping-ugeblad.dk", "Annonceafdelingen", "annonce",
        "127.58.1.9", iban("DK", "92110001779013"), "annoncer: lokalplan for Sørup og stillinger på skolerne");
    private final Supplier vognmand = new Supplier("Haverslev Vognmandsforretning ApS", "haverslev-vognmand.dk", "Peter Nørgaard",
        "peter", "127.58.1.10", bank("7440", "0004857024"), "kørsel med flis fra Rold Skov og vintergrus til Haverslev");
    private final Supplier el = new Supplier("Bælum El-Service ApS", "baelum-el.dk", "Søren Vad", "sv", HOSTER_IP,
        bank("9211", "0001781142"), "ny udendørsbelysning og stikkontakter ved Rebildporten");
    private final Supplier vvs = new Supplier("Ravnkilde VVS ApS", "ravnkilde-vvs.dk", "Serviceafdelingen", "service",
        "127.58.1.12", bank("7440", "0004869387"), "udskiftning af vandvarmere, Suldrup Børnehus");
    private final Supplier mad = new Supplier("Sørup Madservice A/S", "sorup-madservice.dk", "Sørup Madservice, Regnskab",
        "regnskab", "127.58.1.13", iban("DK", "74400004872643"), "mad til hjemmeboende og Plejecenter Bakkehuset");
    private final Supplier byg = new Supplier("Støvring Trælast A/S", "stovring-traelast.dk", "Erhvervssalg", "erhverv",
        "127.58.1.14", iban("DK", "92110001790555"), "tømmer og byggematerialer til Ejendomscentret");
    private final Supplier it = new Supplier("Skørping IT-Drift ApS", "skorping-itdrift.dk", "Fakturering", "faktura",
        "127.58.1.15", bank("9211", "0001804478"), "drift af skolernes trådløse net og elev-Chromebooks");
    private final Supplier bus = new Supplier("Terndrup Turistbusser ApS", "terndrup-busser.dk", "Disponenten", "dispo",
        "127.58.1.16", bank("7440", "0004886219"), "skolekørsel Bælum-Terndrup og ture til Rebild Bakker");
    private final Supplier kontor = new Supplier("Støvring Kontorforsyning ApS", "stovring-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.58.1.17", iban("DK", "74400004891350"), "kopipapir, toner og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Sørup Smedie v/ Hans Bach", "sorup-smedie.dk", "Hans Bach", "hans",
        "127.58.2.1", bank("9211", "0001812290"), "nye gelændere ved trappen op til Rebild Bakkers mindesten");
    private final Supplier natur = new Supplier("Rold Skov Naturpleje v/ Anne Brix", "roldskov-naturpleje.dk", "Anne Brix",
        "anne", "127.58.2.2", bank("7440", "0004902271"), "afgræsning og rydning af opvækst på lyngbakkerne");
    private final Supplier guide = new Supplier("Bakkeguide v/ Lasse Friis", "gmail.com", "Lasse Friis", "lasse.friis.bakkeguide",
        GMAIL, bank("9211", "0001823309"), "naturvandringer i Rold Skov for 5. årgang, 3 dage");
    private final Supplier tolk = new Supplier("Tolk v/ Amina Yusuf", "outlook.com", "Amina Yusuf", "amina.yusuf.tolk", MSFT,
        bank("7440", "0004914482"), "tolkning somali-dansk i Jobcentret, Støvring, 3 x 2 timer");
    private final Supplier musik = new Supplier("Harmonikaspiller Erik Bundgaard", "icloud.com", "Erik Bundgaard",
        "erik.bundgaard.harmonika", APPLE, bank("9211", "0001835511"), "musik til sommerfesten på Plejecenter Bakkehuset");
    private final Supplier tysk = new Supplier("Harzer Höhlentechnik GmbH", "harz-hoehlentechnik.de", "Buchhaltung",
        "buchhaltung", "127.59.1.1", iban("DE", "270925550004481230"), "LED-Grubenbeleuchtung für die Kalkminen Thingbæk");
    private final Supplier svensk = new Supplier("Skånes Fladdermusteknik AB", "skane-fladdermusteknik.se", "Fakturor",
        "fakturor", "127.59.2.1", iban("SE", "91800000082134567012"), "ultraljudsdetektorer och loggrar för fladdermöss");

    private final List<Supplier> listed = List.of(varme, entrep, flager, scene, vand, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a full place name of Rebild; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"stovring-kraftvarme.com", "suldrup-anleg.dk", "baelum-elservice.dk",
        idn("stovring-tr\u0430elast.dk"), idn("rebild-k\u043emmune.dk"), "poststub-norager.dk", "qvitto-skorping.com",
        "terndrup-rengoering.net", "ravnkilde-vvs-aps.dk", "norager-tomrer.dk", "sorup-madservice.com", "rebild-inkasso.dk",
        "mitid-stovring.com", "digitalpost-rebild.net", "nemhandel-skorping.com", "stovring-parkering.dk",
        "rebildbakker-betaling.net", "skorping-ordrecenter.com", "stovring-kontorforsyning.net", "skorping-it-drift.net",
        "blenstrup-malerforretning.dk", "haverslev-vognmand.net", "suldrup-anlaeg.net", "skorping-itdrift.com",
        "signetra-suldrup.dk", "norager-esign.net", "terndrup-busser.net", "ravnkilde-vvs-service.dk", "rebild-flagermus.com",
        "thingbaek-kalkminer-service.dk", "ravnkilde-flagermus.dk", "rebild-sceneteknik.net", "rebildbakker-scene.dk",
        "stovring-teltudlejning.dk", "roldskov-vandlab.com", "roldskov-kildeovervaagning.dk", "skorping-vandanalyse.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(flager.domain(), List.of(flager.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(scene.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(vand.domain(), List.of(vand.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.58.98.7"), "~all", null, "none"); // SPF names only its route planner
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.58.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("himmerlands-renovation.dk", List.of("127.158.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("naturstyrelsen-roldskov.dk", List.of("127.158.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("spillemandsmuseet-rebild.dk", List.of("127.158.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("rebild-idraetsefterskole.dk", List.of("127.158.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("stovring-revisorhus.dk", List.of("127.158.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("skorping-jernhandel.dk", List.of("127.158.5.1"), "-all", null, "none");
        domain("roldstorkro-hotel.dk", List.of("127.158.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("rebildporten-frivillige.dk", List.of("127.158.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("poststub.dk", List.of("127.158.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("qvitto.io", List.of("127.158.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ydelsesbro.dk", List.of("127.158.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("wirefaktura.com", List.of("127.158.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("himmerlands-andelskasse.dk", List.of("127.158.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordjysk-erhvervsbank.dk", List.of("127.158.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-himmerland.dk", List.of("127.158.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nordjyske-bogholdere.dk", List.of("127.158.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("himmerlands-indkoebere.dk", List.of("127.158.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nyhedsbud.com", List.of("127.158.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelvarsel-himmerland.dk", List.of("127.158.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.rebild-fiber.dk", List.of("127.158.28.1"), "-all", null, null);
        domain("relay.skorping-net.dk", List.of("127.158.29.1"), "-all", null, null);
        domain("turplan.io", List.of("127.158.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtvise.dk", List.of("127.158.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signetra.dk", List.of("127.158.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "90." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no58:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "5" + String.format("%06d", 1_000 + rnd.nextInt(90_000));
            case 1:
                return "RB-" + (3_400 + rnd.nextInt(5_000));
            case 2:
                return String.valueOf(27_000 + rnd.nextInt(40_000));
            case 3:
                return "F37-" + String.format("%05d", 100 + rnd.nextInt(9_000));
            case 4:
                return "37." + (1_000 + rnd.nextInt(8_000));
            default:
                return "H" + (70_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@rebild.dk", "efaktura@rebild.dk", "kreditor@rebild.dk", "okonomi@rebild.dk",
        "vejpark@rebild.dk", "skoler@rebild.dk", "aeldre@rebild.dk", "natur@rebild.dk", "ejendom@rebild.dk", "indkob@rebild.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf58:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr58:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(83_000_000 + Math.floorMod(sha256("fi58:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "stovring-kraftvarme.dk" -> "Kraftvarmevej 2, 9530 Støvring";
            case "suldrup-anlaeg.dk" -> "Hellumvej 31, 9541 Suldrup";
            case "rebild-flagermus.dk" -> "Rebildvej 44, 9520 Skørping";
            case "rebild-sceneteknik.dk" -> "Bakkevej 3, Rebild, 9520 Skørping";
            case "roldskov-vandlab.dk" -> "Røde Møllevej 12, 9520 Skørping";
            case "norager-toemrer.dk" -> "Hobrovej 207, 9610 Nørager";
            case "blenstrup-maler.dk" -> "Ølundvej 6, Blenstrup, 9520 Skørping";
            case "terndrup-rengoering.dk" -> "Østergade 19, 9575 Terndrup";
            case "skorping-ugeblad.dk" -> "Jyllandsgade 7, 9520 Skørping";
            case "haverslev-vognmand.dk" -> "Industrivej 14, 9610 Nørager";
            case "baelum-el.dk" -> "Bælum Bygade 27, 9574 Bælum";
            case "ravnkilde-vvs.dk" -> "Ravnkildevej 58, 9610 Nørager";
            case "sorup-madservice.dk" -> "Sørupvej 9, 9530 Støvring";
            case "stovring-traelast.dk" -> "Juulsbakke 20, 9530 Støvring";
            case "skorping-itdrift.dk" -> "Himmerlandsgade 15, 9520 Skørping";
            case "terndrup-busser.dk" -> "Stationsvej 5, 9575 Terndrup";
            case "stovring-kontorforsyning.dk" -> "Jernbanegade 31, 9530 Støvring";
            case "sorup-smedie.dk" -> "Sørup Hedevej 2, 9530 Støvring";
            case "roldskov-naturpleje.dk" -> "Skovvej 80, Rold, 9510 Arden";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a letter-style invoice with a header line, a delivery address and an amount table;
     * a job card with labour, machine hours and materials and the FI line (card 71); a quarterly charge with a contract number,
     * fixed fee and variable part and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no + " - " + s.name();
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Faktureres til: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Udstedt " + dottedDay(m, 0) + " | Deres kontakt hos os: " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Beløb før moms " + a.net() + " | Momsbeløb " + a.vat() + " | Samlet beløb kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist " + dottedDay(m, 30) + " (løbende måned + 30)");
                if (account != null) {
                    l.add("Overføres til " + account + " med fakturanr. som tekst");
                }
            }
            case 1 -> {
                head = "Jobkort/faktura " + no;
                l.add(s.name() + ", " + addr + " (CVR " + cvr(s.domain()) + ")");
                l.add("Rekvirent: " + KOMMUNE + " (EAN " + EAN + ") - opgave: " + s.what());
                long labour = a.ore() * 47 / 100;
                long machine = a.ore() * 14 / 100;
                l.add("Arbejdsløn " + kr(labour) + " | Maskintimer " + kr(machine) + " | Materialer " + kr(a.ore() - labour - machine));
                l.add("Sum u. moms " + a.net() + " + moms " + a.vat() + " = " + a.gross());
                l.addAll(more);
                l.add("Forfalder " + writtenDay(m, 21) + (account == null ? "" : " | bank " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Kvartalsopkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Kontraktnr. K-" + (10_000 + Math.floorMod(s.domain().hashCode(), 80_000)) + " - " + KOMMUNE);
                l.add("Periode " + dashedDay(m, -90) + " til " + dashedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Grundbidrag " + kr(fixed) + " | Forbrugsafhængig andel " + kr(a.ore() - fixed));
                l.add("Heraf momspligtigt " + a.net() + " | Momsen udgør " + a.vat() + " | Opkrævningen lyder på DKK " + a.gross());
                l.addAll(more);
                l.add("Skal være os i hænde " + dashedDay(m, 14) + (account == null ? "" : " - indsættes på " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Rebild-" + no + ".pdf", "inv" + no + ".pdf",
            "Bilag-" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Rebild Kommune", "Til kreditorbogholderiet", "Hej", "Goddag i Støvring",
        "Kære Rebild Kommune", "Hej igen"};

    private String phone() {
        return "98 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig58:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh " + firstName(s) + "\n" + s.name() + " - tlf. " + phone();
            case 2:
                return "\n\nHilsen\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n(sendt fra mobilen)" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Fakturanr. " + no + " - " + KOMMUNE,
            "Faktura " + no + " / EAN " + EAN, s.name() + ": faktura " + no, "Regning " + no, "Jeres faktura " + no,
            "Fakturering " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Her er faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms, og den forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er også lagt ind via NemHandel på EAN " + EAN + ", så der skal kun betales én af dem.";
            case 3 -> "Tak for samarbejdet denne gang. PDF-fakturaen ligger vedhæftet.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 30);
            case 5 -> "Vedhæftet faktura for det udførte arbejde med jeres rekvisition påført.";
            case 6 -> "Så er der faktura på de seneste opgaver. Giv lyd, hvis noget ikke stemmer med jeres ordre.";
            default -> "Fakturaen er vedhæftet denne mail.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
            mime.html("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><p>"
                + full.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(full);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        return invoice(m, s, account, v, more, note, null);
    }

    private int layout(Supplier s, int v) {
        if (List.of(varme, rengoer, mad, scene, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, flager, vand, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Hobrovej 88", "Støvring", "9530", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        batCase = "FL-TK-" + (120 + rnd.nextInt(80));
        stageContract = "RF37-" + (400 + rnd.nextInt(500));
        springProgramme = "KP-LA-" + (60 + rnd.nextInt(30));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == flager ? List.of("Sag " + batCase + ": vintertælling, 5 minegange, 11 arter registreret")
                : s == scene ? List.of("Kontrakt " + stageContract + ": forudbesigtigelse af scenepladsen i Rebild Bakker")
                : s == vand ? List.of("Program " + springProgramme + ": 6 kildevæld, månedlige prøver og dataloggere") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Vej og Park, Rebild Bakker"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices railings in Rebild Bakker, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, vognmand);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition RK-" + (20_400 + k * 211));
                case 1 -> List.of("Ordre afgivet af " + to().replace("@rebild.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sted: " + (k % 3 == 0 ? "Rebildporten, besøgscenter" : "Støvring Rådhus, 2. sal"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nKvitterede leveringssedler ligger med som bilag." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Støvring", "Antal leverancer: " + (2 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster"
                : s == vognmand ? " (SPF names only its route planner: softfail, p=none)" : "");
            k++;
        }
        creditNotes();
        reminders();
        statement();
        ublFiles();
        platforms();
        smallFirms();
        foreignSuppliers();
        saas();
        bankChanges();
        forwarded();
        creditorList();
        newsletters();
        internal();
        banks();
        counterparts();
        misc();
    }

    private void creditNotes() {
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader krydsfiner var flækket, da de kom, og vi har taget dem retur."},
            {kontor, "Kreditnota til faktura ", "Tonerne til den gamle printer passede ikke, og dem har chaufføren hentet."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (700 + rnd.nextInt(200));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@rebild.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet; "
                    + "modregn den gerne i næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for annoncerne nedenfor. "
            + "Har I allerede betalt, så se bort fra denne mail."},
            {entrep, "Rykker 1", "Fakturaen er nu otte dage over forfald. Vi opkræver ikke gebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@rebild.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. kan "
                    + "betales til den konto, der står på fakturaen." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vvs;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@rebild.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres kvartalsafstemning: vi har registreret betalingen af faktura " + p.no()
                + ", og jeres saldo hos os er 0,00 kr." + signature(s));
        genuine(m, s.ip());
        m.description = "ravnkilde-vvs.dk statement, nothing open (SPF only, p=quarantine: aligned SPF pass)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(780_000);
            boolean peppol = v == 1;
            String ref = "RK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@rebild.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej\n\nVores regnskabsprogram kan i denne måned ikke aflevere til NemHandel, så e-fakturaen kommer som "
                    + "XML-fil i mailen sammen med en læsbar PDF. Kontoen er den sædvanlige." + signature(s))
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Rekvisition " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"poststub.dk", "qvitto.io", "ydelsesbro.dk", "wirefaktura.com"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "rtn-" + sha256("plat58:" + m.id).substring(0, 10) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "WF-" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Wirefaktura", "opkraevning@wirefaktura.com", "aeldre@rebild.dk", "Opkrævning " + no + " - vikartimer april")
                    .text("Til " + KOMMUNE + ", Ældre og Sundhed\n\nOpkrævningen for de vikartimer, jeres plejecentre har "
                        + "godkendt i vores app i april, er vedhæftet. I alt " + a.gross() + " kr. med betaling senest "
                        + dottedDay(m, 20) + ".\n\nWirefaktura")
                    .attach("application/pdf", "Wirefaktura-" + no + ".pdf", Attachments.pdf(docId(m, "wf"), "Opkrævning " + no,
                        List.of("Wirefaktura ApS", "Kunde: " + KOMMUNE + ", Ældre og Sundhed", "Godkendte vikartimer april 2037: 112",
                            "At betale DKK " + a.gross())));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform wirefaktura.com bills approved temp-nurse hours under its own name";
                continue;
            }
            String no = "Q" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], i == 1 ? "vejpark@rebild.dk" : "natur@rebild.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt faktura " + no + " på " + a.gross() + " kr. til jer gennem " + d[i] + ". Fakturaen er "
                    + "vedhæftet som PDF. Spørgsmål til indholdet besvares af " + s.person() + ", når I svarer på denne mail."
                    + "</p><p>Med venlig hilsen<br>" + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg driver det som hobby og er ikke momsregistreret." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HT-" + (8_100 + rnd.nextInt(800));
        Amount a = amount(700_000);
        headers(m, "Harzer Höhlentechnik", addr(tysk), "kultur@rebild.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei die Rechnung " + no + " über die LED-Grubenleuchten für die "
                + "Kalkminen in Thingbæk. Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).\n\nMit freundlichen "
                + "Grüßen\nBuchhaltung, Harzer Höhlentechnik")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Goslar", "Kunde: " + KOMMUNE + ", Thingbæk Kalkminer", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar auf " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "SF" + (2_300 + rnd.nextInt(600));
        headers(m, "Skånes Fladdermusteknik", addr(svensk), "natur@rebild.dk", "Faktura " + no + " - detektorer")
            .text("Hej!\n\nBifogat finns fakturan för de två ultraljudsdetektorerna och loggrarna som er konsult beställde "
                + "till kalkgruvorna. Betala gärna till kontot på fakturan.\n\nVänliga hälsningar\nFakturor, Skånes "
                + "Fladdermusteknik AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Bankgiro / IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(240_000);
        headers(m, "Turplan Billing", "billing@turplan.io", "turisme@rebild.dk", "Your Turplan invoice for May")
            .text("Hello " + KOMMUNE + ",\n\nYour monthly Turplan invoice (trail and shelter booking for Rold Skov and Rebild "
                + "Bakker, 24 shelters) is attached. It has also been delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Turplan team")
            .attach("application/pdf", "turplan-may.pdf", Attachments.pdf(docId(m, "tp"), "Invoice",
                List.of("Turplan ApS", "Bill to: " + KOMMUNE, "Shelter booking, May 2037", "DKK " + a.gross())));
        genuine(m, "127.158.30.1");
        m.description = "SaaS turplan.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(240_000);
        headers(m, "Vagtvise", "betaling@vagtvise.dk", "aeldre@rebild.dk", "Kvittering - Vagtvise abonnement")
            .text("Hej\n\nTak for betalingen af jeres Vagtvise-abonnement (vagtplanlægning, 210 medarbejdere i hjemmeplejen). "
                + a.gross() + " kr. er trukket på kortet, der slutter på 7714.\n\nVagtvise");
        genuine(m, "127.158.31.1");
        m.description = "SaaS vagtvise.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9211", "0001866740");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@rebild.dk", "Vi skifter bank pr. 1. maj")
            .text("Til kreditorbogholderiet\n\nNørager Tømrer & Snedker flytter sin bankforbindelse til Himmerlands "
                + "Andelskasse. Fakturaer dateret 1. maj 2037 og senere skal betales til " + nyT + "; ældre fakturaer betales "
                + "som skrevet på dem.\n\nVil I have det bekræftet, så ring til værkstedet på det nummer, I har i forvejen."
                + signature(toemrer))
            .attach("application/pdf", "Bankskift.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.05.2037", "Ny konto: " + nyT,
                    "Jens Ravn, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye døre til gymnastiksalen, Nørager Skole");
        invoice(m, moved, nyT, 14, List.of("Ny bankkonto fra 01.05.2037, se brev"), "\n\nBemærk, at betalingen nu skal til "
            + "den nye konto, vi skrev om.");
        genuine(m, toemrer.ip());
        m.description = "norager-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "92110001871126");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Sørup Madservice, Regnskab", addr(mad), "kreditor@rebild.dk", "Ændret betalingskonto fra maj")
            .text("Til " + KOMMUNE + ", kreditor og Ældre og Sundhed\n\nSørup Madservice er blevet en del af en større "
                + "koncern og får derfor en ny bank. Fakturaer med dato 1. maj og frem skal betales til " + nyM + ". Den "
                + "hidtidige konto tager imod betalinger resten af juni. Et underskrevet brev er også sendt til jeres Digital "
                + "Post.\n\nMed venlig hilsen\nSørup Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from May, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny betalingskonto pr. 01.05.2037"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "sorup-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=h7Qx=MB=skorping-ugeblad.dk=annonce@srs.rebild-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.158.28.1";
        m.helo = "srs.rebild-fiber.dk";
        m.description = "skorping-ugeblad.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.skorping-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.skorping-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"nordjyske-bogholdere.dk", "Gitte Mølgaard", "gm@", "Faktura for flagermustælling i kalkgrube?",
            "Hej alle\n\nVi har modtaget en regning for 'lovpligtig forstyrrelsesundersøgelse af flagermus' fra et firma, "
                + "ingen her kender. Er der andre med gamle kalkgruber, der har fået det samme?\n\nGitte"},
            {"himmerlands-indkoebere.dk", "Rasmus Toft", "rt@", "Pas på: scene og telt til festival", "Hej\n\nEn forening "
                + "hos os fik en faktura for 'stormsikring af festivalscenen' med et nyt kontonummer. Den rigtige "
                + "udlejer anede intet om det.\n\nRasmus"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditornet-himmerland.dk", x[3])
                .header("List-Id", "Kreditornet Himmerland <forum.kreditornet-himmerland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-himmerland.dk", "[Kreditornet] ", "\r\n--\r\nKreditornet Himmerland\r\n"
                + "Afmeld: https://kreditornet-himmerland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelvarsel-himmerland.dk", "Svindelvarsel Himmerland", "Flagermus, festivalscener og kildevand: nye fælder",
            "Svindlere sender nu regninger for flagermustællinger, scenetelte og vandprøver med sagsnumre, der ligner de "
                + "rigtige. Kontakt leverandøren på et nummer, I selv har, før I betaler noget."},
            {"stovring-revisorhus.dk", "Støvring Revisorhus", "Tjekliste til halvårsregnskabet",
                "Gennemgå kreditorkartoteket, og sørg for at en ændret bankkonto altid godkendes af to medarbejdere."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl58:" + x[0]).substring(0, 10) + "@nyhedsbud.com";
            headers(m, x[1], "nyt@" + x[0], "okonomi@rebild.dk", x[2])
                .header("List-Unsubscribe", "<https://nyhedsbud.com/afmeld?l=" + sha256("u58" + x[0]).substring(0, 12) + ">")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p style=\"font-size:8pt\">Du modtager nyhedsbrevet "
                    + "fra " + x[1] + ". Afmeld i bunden af mailen.</p></body></html>");
            m.ip = "127.158.26.1";
            m.helo = "out.nyhedsbud.com";
            m.signers.add(x[0]);
            m.description = x[1] + " newsletter via the ESP nyhedsbud.com, signed by " + x[0];
        }
    }

    private void internal() {
        String[][] i = {{"natur@rebild.dk", "Naturafdelingen", "Flagermustællingen i Thingbæk", "Hej Økonomi\n\nTrine Kjær "
            + "har lavet vintertællingen i kalkminerne under sag " + batCase + ". Der kommer ikke andre regninger på flagermus i "
            + "år, så alt andet er forkert.\n\nNaturafdelingen"},
            {"kultur@rebild.dk", "Kultur og Fritid", "Rebildfesten: scene og telte", "Hej\n\nScenen til 4. juli er bestilt "
                + "hos Rebild Sceneteknik under kontrakt " + stageContract + ". Ændringer i pris eller konto går altid gennem "
                + "mig.\n\nKultur og Fritid"},
            {"vejpark@rebild.dk", "Vej og Park", "Vandprøver ved Lindenborg Å", "Hej kreditor\n\nDet er kun Rold Skov "
                + "Vandlaboratorium, der tager prøver ved kilderne (program " + springProgramme + "). Sig til, hvis nogen "
                + "andre fakturerer det.\n\nVej og Park"}};
        for (String[] x : i) {
            M m = ok("internal", false);
            headers(m, x[1], x[0], "kreditor@rebild.dk", x[2]).text(x[3]);
            genuine(m, OWN_IP);
            m.description = "internal mail from " + x[0];
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Himmerlands Andelskasse Erhverv", "erhverv@himmerlands-andelskasse.dk", "okonomi@rebild.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 94 betalinger. Den gennemføres på den ønskede dato. "
                + "Detaljerne ser I i netbanken - vi sender aldrig links til login.\n\nHimmerlands Andelskasse");
        genuine(m, "127.158.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Nordjysk Erhvervsbank", "info@nordjysk-erhvervsbank.dk", "okonomi@rebild.dk", "Ny prisliste pr. 1. juli")
            .text("Til vores erhvervskunder\n\nPr. 1. juli ændrer vi priserne på hasteoverførsler. Den nye prisliste findes "
                + "i netbanken under Dokumenter.\n\nNordjysk Erhvervsbank");
        genuine(m, "127.158.22.1");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("chalk-mine-bat-count-invoice", true);
        invoice(m, flager, flager.account(), 7, List.of("Sag " + batCase + ", efterårsoptælling ved indgangene",
            "Udstyr: 4 ultralydsdetektorer"), "\n\nRapporten er sendt til Naturafdelingen.");
        genuine(m, flager.ip());
        m.description = "the real bat consultant invoices the autumn count at the chalk mines (RSA, no DMARC: aligned SPF/DKIM)";
        m = ok("rebildfest-stage-rental-invoice", true);
        invoice(m, scene, scene.account(), 10, List.of("Kontrakt " + stageContract + ", a conto 50 % før opstilling"),
            "\n\nRestbeløbet faktureres efter nedtagningen.");
        genuine(m, scene.ip());
        m.description = "the stage firm's agreed on-account invoice for the Rebildfest stage (DKIM only, p=quarantine, DMARC pass)";
        m = ok("spring-source-monitoring-invoice", true);
        invoice(m, vand, vand.account(), 12, List.of("Program " + springProgramme + ", prøver april 2037"), "");
        genuine(m, vand.ip());
        m.description = "the water lab invoices April's spring samples in Rold Skov (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Rebild Sceneteknik", addr(scene), "kultur@rebild.dk", "Opstilling i Rebild Bakker - praktisk info")
            .text("Kære Kultur og Fritid\n\nVi kører scenen ind i Rebild Bakker den 30. juni. Al fakturering sker efter "
                + "kontrakt " + stageContract + ", og vi ændrer aldrig konto pr. mail; får I en sådan besked, så ring til os.\n\n"
                + "Rebild Sceneteknik");
        genuine(m, scene.ip());
        m.description = "the stage firm's practical letter, says it never changes account by mail";
        m = ok("deposit-invoice", true);
        Amount a = amount(150_000);
        headers(m, "Rold Storkro", "booking@roldstorkro-hotel.dk", "kultur@rebild.dk", "Depositum - gæster til Rebildfesten")
            .text("Hej\n\nTak for reservationen af 14 værelser til de amerikanske gæster 3.-5. juli. Som aftalt beder vi om et "
                + "depositum på " + a.gross() + " kr.; fakturaen er vedhæftet, og resten betales ved afrejse.\n\nRold Storkro")
            .attach("application/pdf", "Depositum.pdf", Attachments.pdf(docId(m, "dep"), "Depositumfaktura",
                List.of("Rold Storkro", "Kunde: " + KOMMUNE + ", Kultur og Fritid", "14 værelser, 3.-5. juli 2037",
                    "Depositum DKK " + a.gross(), "Konto " + iban("DK", "74400004922538"))));
        genuine(m, "127.158.7.1");
        m.description = "hotel's agreed deposit invoice for festival guests (RSA, p=none, DMARC pass)";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Himmerlands Renovation I/S", "regnskab@himmerlands-renovation.dk", "efaktura@rebild.dk",
            "Ejerbidrag 2. kvartal 2037")
            .text("Til ejerkommunerne\n\nVedhæftet er opkrævningen af ejerbidraget for andet kvartal. Den er også sendt "
                + "elektronisk til jeres EAN.\n\nHimmerlands Renovation")
            .attach("application/pdf", "Ejerbidrag-2kv.pdf", Attachments.pdf(docId(m, "ren"), "Ejerbidrag 2. kvartal 2037",
                List.of("Himmerlands Renovation I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "92110001889047"))));
        genuine(m, "127.158.1.1");
        m.description = "intermunicipal waste company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Naturstyrelsen, Rold Skov", "roldskov@naturstyrelsen-roldskov.dk", "natur@rebild.dk",
            "Skovdrift ved Rebild Bakker i juni")
            .text("Til Rebild Kommune\n\nVi tynder bøgebevoksningen nord for Rebildporten i uge 24. Stierne spærres enkelte "
                + "dage. Der er ingen udgift for kommunen.\n\nNaturstyrelsen");
        genuine(m, "127.158.6.1");
        m.description = "authority announces forestry work, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "notifications@signetra.dk";
        headers(m, "Spillemandsmuseet via Signetra", "notifications@signetra.dk", "kultur@rebild.dk",
            "Til underskrift: Udlånsaftale - violiner til sommerudstilling")
            .header("Reply-To", "<museum@spillemandsmuseet-rebild.dk>")
            .text("Spillemandsmuseet i Rebild har sendt jer 'Udlånsaftale - violiner til sommerudstilling' til underskrift."
                + "\n\nÅbn dokumentet i Signetra med jeres medarbejdersignatur. Aftalen indeholder ingen betaling.\n\nSignetra");
        genuine(m, "127.158.32.1");
        m.description = "real e-signature request from signetra.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Skørping Jernhandel", "kasse@skorping-jernhandel.dk", "vejpark@rebild.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n3 rivejern, 2 trillebøre og 50 m afspærringsbånd. Betalt med kommunens indkøbskort.\n\n"
                + "Skørping Jernhandel");
        genuine(m, "127.158.5.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Rebild Idrætsefterskole", "bogholderi@rebild-idraetsefterskole.dk", "okonomi@rebild.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført 18.600 kr. for leje af Støvring Hallen til vores forårsstævne.\n\n"
                + "Rebild Idrætsefterskole");
        genuine(m, "127.158.3.1");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Rebildporten Frivillige", "koordinator@rebildporten-frivillige.dk", "turisme@rebild.dk",
            "Bekræftelse: frivillige til 4. juli")
            .text("Hej\n\nVi bekræfter 35 frivillige til parkering og information ved Rebildporten den 4. juli. Der er ingen "
                + "betaling; forplejningen står I for som sidste år.\n\nKoordinatoren");
        genuine(m, "127.158.8.1");
        m.description = "volunteers' order confirmation, no payment";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250000123456781"), iban("DK", "89900007734412"),
        bank("5470", "0003319087"), iban("EE", "4710001122334455"), iban("PL", "611090101400000712198128"),
        iban("GB", "REVO00996912345678"), iban("IE", "AIBK93115212345678"), iban("NL", "BUNQ0412345678"),
        iban("DE", "100110012629123456"), iban("HU", "117730160111110018000000"), iban("RO", "BTRL01301202925690XX"),
        iban("BG", "STSA93000012345678"), iban("CY", "002001280000001200527600"), bank("8117", "0002246610"),
        iban("MT", "MALT011000012345MTLCAST0011"), iban("SE", "50000000058398257466"), iban("LT", "1170440000000000"),
        iban("DK", "50510000911203")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Bemærk: ændret modtagerkonto efter bankskifte"), "", "Til vores "
            + "storkunder\n\nUdbygningen af solvarmeanlægget på Kraftvarmevej er finansieret gennem en ny bankpartner, og "
            + "som led i låneaftalen skal alle indbetalinger fra kommuner og boligforeninger nu løbe gennem en "
            + "særskilt projektkonto. Kvartalets varmeopkrævning for Rådhuset, biblioteket og Bakkehuset ligger "
            + "vedhæftet med det nye kontonummer. Indbetalinger til den hidtidige konto bliver returneret af banken "
            + "efter den tyvende, og så risikerer I morarenter, som vi helst vil være fri for at opkræve.");
        forged(m, forgedHost++);
        m.description = "forged From stovring-kraftvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej\n\nAnnoncerne for april er klar til betaling. Ugebladet er overtaget "
            + "af et mediehus i London, og derfor går alle indbetalinger fremover til vores britiske konto.");
        forged(m, forgedHost++);
        m.description = "forged From skorping-ugeblad.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"stovring-kraftvarme.com", varme, "Ved årsskiftet flyttede vi vores kunder til et nyt "
            + "afregningssystem, og nogle kommuner har betalt til den gamle konto. Brug venligst kun kontonummeret i denne "
            + "opkrævning."},
            {"suldrup-anleg.dk", entrep, "Asfalten ved Rebildporten er lagt, og vi fakturerer hermed. Vær opmærksom på, at "
                + "vi efter fusionen med et søsterselskab har fået et andet kontonummer."},
            {"baelum-elservice.dk", el, "Belysningen ved besøgscentret er tændt. Vores revisor har bedt os samle "
                + "betalingerne på en ny erhvervskonto, som står på fakturaen."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[3];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Hermed månedens samlefaktura for tømmer og plader. Bemærk, at vi har skiftet bank, og at det gamle "
                + "kontonummer ikke længere modtager indbetalinger.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as stovring-traelast.dk, new account";
        d = OWNED[4];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektørens sekretariat", "sekretariat@" + d, "okonomi@rebild.dk", "Fortroligt: deponering i dag")
            .text("Hej\n\nKommunaldirektøren er ved at lukke en aftale om opkøb af et skovareal op til Rold Skov, og "
                + "sælgerens advokat kræver 1.150.000 kr. deponeret inden kl. 14 i dag på " + mule(12) + ". Sagen må ikke "
                + "omtales, før byrådet er orienteret, så svar kun til mig.\n\nSekretariatet");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as Rebild Kommune: secret forest purchase deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Poststub", "besked@poststub-norager.dk", "natur@rebild.dk",
            "Sidste frist: ubetalt faktura")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> er ikke betalt og "
                + "sendes i morgen til inddrivelse. Undgå gebyret ved at betale med kort nu:</p><p><a href=\"https://"
                + "poststub-norager.dk/betal?f=" + sha256("pl58").substring(0, 10) + "\">Betal fakturaen</a></p></body></html>");
        ownedBy(m, "poststub-norager.dk");
        m.description = "look-alike of the platform poststub.dk: 'last deadline' card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Qvitto", "no-reply@qvitto-skorping.com", "vejpark@rebild.dk", smed.name() + " - faktura til betaling")
            .text("Hej\n\nDer er en faktura fra " + smed.name() + " til betaling. Qvitto har overtaget opkrævningen, så "
                + "beløbet skal indbetales til Qvittos klientkonto, som står på fakturaen.\n\nQvitto Opkrævning")
            .attach("application/pdf", "qvitto-" + (7_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("qvitto-skorping.com", mule(15)), "Faktura", "QV-" + (4_400 + rnd.nextInt(500)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Qvitto på vegne af leverandøren")));
        ownedBy(m, "qvitto-skorping.com");
        m.description = "look-alike of qvitto.io: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Fakturaen er overdraget til factoringselskab"), "", "Vi har indgået en "
            + "factoringaftale, og alle åbne og kommende fakturaer skal derfor betales direkte til factoringselskabets konto, "
            + "der står på den vedhæftede faktura. Det er ikke nødvendigt at svare på denne mail.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of terndrup-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@rebild.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn hurtig korrektion til fakturaen herunder: vores bank har midlertidigt spærret driftskontoen på "
                + "grund af en revision, så de " + p.amount().gross() + " kr. bedes overført til " + mule(17) + " i stedet. "
                + "Fremtidige fakturaer går til den sædvanlige konto igen.\n\nFakturering\nSkørping IT-Drift");
        genuine(m, it.ip());
        m.description = "compromised real mailbox of skorping-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "norager-tomrer.dk"}, {mad, "sorup-madservice.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@rebild.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nMange tak for svaret om faktura " + p.no() + " (" + p.amount().gross() + " kr.). Før den "
                    + "betales: vores revisor har opdaget, at det kontonummer, I har i systemet, ikke er opdateret. Ret det "
                    + "venligst til " + mule(i + 3) + ", og skriv lige tilbage, når det er gjort.\n\n" + s.person());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "okonomi@rebild.dk", "Rebildfesten - hastebetaling")
            .text("Hej\n\nDen amerikanske taler til Rebildfesten kræver sit honorar forudbetalt, ellers aflyser hun. Overfør "
                + "venligst 95.000 kr. til hendes agent på " + mule(8) + " i dag. Jeg sidder i bestyrelsesmøde og kan ikke "
                + "tage telefonen.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged rebild.dk (p=reject) from outside: the mayor's urgent festival speaker fee";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "okonomichef@" + OWN, "kreditor@rebild.dk", "Ny konto for Ravnkilde VVS")
            .text("Hej\n\nRavnkilde VVS har ringet til mig: deres bank er lukket, og betalinger skal fremover til "
                + mule(9) + ". Ret venligst kreditorkortet i dag, så næste betalingskørsel går rigtigt.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged rebild.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.rebild@gmail.com", "okonomi@rebild.dk", "Er du ved skrivebordet?")
            .text("Hej\n\nJeg sidder fast i et møde med Region Nordjylland og har kun mobilen. Vi skal have betalt en "
                + "leverandør diskret i dag. Skriv tilbage, når du kan, så sender jeg oplysningerne.\n\nSendt fra min iPhone");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'stuck in a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.rebild@outlook.com", "indkob@rebild.dk", "En tjeneste")
            .text("Hej\n\nJeg vil give de frivillige ved Rebildporten en påskønnelse. Køb venligst 15 gavekort à 1.000 kr. "
                + "online og send mig koderne som billeder. Det skal være en overraskelse, så nævn det ikke for nogen.\n\n"
                + "Borgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards for volunteers";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Brandt", "louise.brandt.stovring@gmail.com", "lon@rebild.dk", "Ny konto til lønnen")
            .text("Hejsa\n\nLouise her fra aftenholdet i hjemmeplejen i Terndrup. Min gamle bank har opsagt mit "
                + "kundeforhold efter et lån, der drillede, så min løn for maj må ikke ende dér, for så bliver pengene "
                + "modregnet. Jeg har fået en konto hos en netbank, " + mule(0) + ", og vil være glad, hvis Lønafdelingen "
                + "skifter til den før den næste lønkørsel. Medarbejderappen beder mig om en kode, som sendes til mit "
                + "gamle nummer, og det har jeg ikke mere, derfor skriver jeg fra min private mail. Tusind tak, og undskyld "
                + "besværet midt i ferieplanlægningen.\n\nLouise");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care worker";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Dam", "mikkel.dam.skorping@hotmail.com", "lon@rebild.dk", "Lønkonto")
            .text("Hej\n\nJeg er pædagogmedhjælper i Skørping og flytter til Irland til sommer, hvor jeg har åbnet en konto. "
                + "Min sidste løn og feriepenge skal gå til " + mule(6) + ".\n\nVh Mikkel");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Rebild Inkasso", "sag@rebild-inkasso.dk", "kreditor@rebild.dk", "Inkassovarsel: " + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nVi har fået " + inkasso[i].name() + "s krav for faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. til inddrivelse. Med salær på 550 kr. skal beløbet stå på vores klientkonto "
                    + mule(i + 13) + " inden fredag, ellers indgiver vi betalingspåkrav til fogedretten.\n\nRebild Inkasso");
            ownedBy(m, "rebild-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "besked@mitid-stovring.com", "it@rebild.dk", "Jeres MitID Erhverv-administrator udløber")
            .html("<html><body><p>Kære administrator</p><p>Administratorrettighederne for " + KOMMUNE + " udløber om 48 timer. "
                + "Bekræft rettighederne for at undgå, at medarbejdernes signaturer spærres.</p><p><a href=\"https://"
                + "mitid-stovring.com/admin\">Bekræft nu</a></p><p>MitID Erhverv</p></body></html>");
        ownedBy(m, "mitid-stovring.com");
        m.description = "fake MitID Erhverv administrator expiry with a link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "noreply@digitalpost-rebild.net", "okonomi@rebild.dk", "Ulæst brev: tilbagebetaling af moms")
            .html("<html><body><p>Der ligger et ulæst brev til " + KOMMUNE + " i Digital Post om en tilbagebetaling af "
                + "købsmoms for forrige kvartal. Brevet slettes efter fem dage, hvis det ikke åbnes.</p><p><a href=\"https://"
                + "digitalpost-rebild.net/laes\">Åbn brevet</a></p></body></html>");
        ownedBy(m, "digitalpost-rebild.net");
        m.description = "fake Digital Post notice: unread VAT refund letter behind a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Drift", "drift@nemhandel-skorping.com", "efaktura@rebild.dk", "Certifikat til EAN " + EAN
            + " skal fornyes")
            .text("Til " + KOMMUNE + "\n\nCertifikatet, der modtager e-fakturaer på EAN " + EAN + ", udløber snart. Log ind "
                + "og forny det på https://nemhandel-skorping.com/forny, ellers afvises jeres indgående fakturaer.\n\n"
                + "NemHandel Drift");
        ownedBy(m, "nemhandel-skorping.com");
        m.description = "fake NemHandel certificate renewal link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Afregning", "afregning@nemhandel-skorping.com", "kreditor@rebild.dk", "Afviste e-fakturaer")
            .text("Til økonomiafdelingen\n\nSiden fredag har vores overvågning kasseret fem indgående e-fakturaer til "
                + "Rebild Kommune, fordi endpointet i jeres Peppol-registrering peger på en nedlagt adgangspunktsudbyder. "
                + "Leverandørerne er blevet orienteret om, at de ikke er betalt. For at I ikke mister kontantrabatter "
                + "eller får morarenter, tilbyder NemHandels afregningscentral at modtage hele summen som én "
                + "mellemregning, hvorefter vi videresender til hver enkelt leverandør med korrekt reference. Summen "
                + "fremgår af den vedhæftede oversigt; brug kontoen " + mule(4) + " og skriv EAN som tekst.\n\n"
                + "NemHandel Afregning");
        ownedBy(m, "nemhandel-skorping.com");
        m.description = "fake NemHandel: 'rejected invoices, pay one pooled amount' (PL IBAN)";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Støvring Parkering", "kontrol@stovring-parkering.dk", "ejendom@rebild.dk", "Kontrolafgift - tjenestebil")
            .text("Hej\n\nEn af jeres tjenestebiler holdt uden gyldig tilladelse ved Støvring Station. Scan QR-koden i "
                + "vedhæftede billede for at betale 790 kr. inden 7 dage og undgå rykkergebyr.\n\nStøvring Parkering")
            .attach("image/png", "kontrolafgift.png", Attachments.qr(docId(m, "qr1")));
        ownedBy(m, "stovring-parkering.dk");
        m.description = "parking fine with a QR code to pay";
        m = bad("qr-code-payment");
        headers(m, "Rebild Bakker Betaling", "info@rebildbakker-betaling.net", "turisme@rebild.dk", "Standleje 4. juli - betal nu")
            .text("Hej\n\nJeres informationstelt på festpladsen mangler betaling for standplads. Scan koden med "
                + "telefonen og betal 4.500 kr., ellers gives pladsen videre.\n\nFestpladsen")
            .attach("image/png", "betal-standplads.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "rebildbakker-betaling.net");
        m.description = "festival pitch fee by QR code";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        headers(m, rengoer.person(), "kontor@terndrup-rengoering.net", "kreditor@rebild.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nFakturaen er pakket, fordi den er stor. Åbn zip-filen for at se den.\n\nTerndrup Rengøring")
            .attach("application/zip", "faktura-" + no + ".zip", Attachments.zip("faktura-" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("terndrup-rengoering.net", mule(7)), "Faktura", no, amount(800_000), mule(7), 0,
                    List.of())));
        ownedBy(m, "terndrup-rengoering.net");
        m.description = "look-alike of the cleaning firm, PDF in a ZIP with a new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        headers(m, vvs.person(), "service@ravnkilde-vvs-aps.dk", "kreditor@rebild.dk", "Samlet faktura " + no)
            .text("Hej\n\nAlle arbejdssedler for maj er samlet i det vedhæftede arkiv.\n\nRavnkilde VVS")
            .attach("application/x-7z-compressed", "maj-" + no + ".7z", Attachments.sevenZip("faktura-" + no + ".pdf",
                pdfInvoice(m, vvs.posing("ravnkilde-vvs-aps.dk", mule(10)), "Faktura", no, amount(600_000), mule(10), 0,
                    List.of())));
        ownedBy(m, "ravnkilde-vvs-aps.dk");
        m.description = "look-alike of the plumber, PDF in a 7z";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@stovring-kontorforsyning.net", "indkob@rebild.dk", "Tilbud og faktura - aktiver indhold")
            .text("Hej\n\nTilbuddet på papir og toner for resten af året er vedhæftet. Klik 'Aktivér indhold', når I åbner "
                + "det, så priserne kan beregnes.\n\nStøvring Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "tilbud-faktura.docm",
                Attachments.word("Tilbud og faktura. Aktivér indhold for at se priserne.", true));
        ownedBy(m, "stovring-kontorforsyning.net");
        m.description = "look-alike of the office-supply firm, .docm with a macro";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@skorping-it-drift.net", "it@rebild.dk", "Chromebook-afregning")
            .text("Hej\n\nAfregningen for elevcomputerne ligger i regnearket. Aktivér makroer for at se beløbene; bemærk "
                + "vores nye konto.\n\nSkørping IT-Drift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "chromebooks.xlsm",
                Attachments.excel(List.of("Chromebooks;leje;maj", "Beløb;aktivér makroer", "Konto;" + mule(1)), true));
        ownedBy(m, "skorping-it-drift.net");
        m.description = "look-alike of the IT firm, .xlsm with a macro and a new account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "kim@blenstrup-malerforretning.dk", "ejendom@rebild.dk", "Regning for malerarbejde")
            .text("Hej\n\nJeg har taget et billede af regningen, for printeren er gået i stykker. Kontoen står på billedet, "
                + "det er en ny konto.\n\nKim")
            .attach("image/jpeg", "regning.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "blenstrup-malerforretning.dk");
        m.description = "look-alike of the painter, invoice only as a photo";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "peter@haverslev-vognmand.net", "vejpark@rebild.dk", "Faktura flisekørsel")
            .text("Goddag Vej og Park\n\nHer er regningen for de tolv læs flis, vi kørte fra Rold Skov til fyret på "
                + "Haverslev Skole. Kontoret er uden printer og pc i denne uge, så min kone har fotograferet papiret ind med "
                + "scanneren på biblioteket. Læg mærke til, at vores pengeinstitut er nyt efter generationsskiftet, og at "
                + "overførslen skal til kontonummeret nederst på siden.\n\nPeter, vognmanden")
            .attach("application/pdf", "scan0042.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "haverslev-vognmand.net");
        m.description = "look-alike of the haulier, scanned image-only PDF";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@skorping-ordrecenter.com", "indkob@rebild.dk", "Ordrebekræftelse 20 tablets")
            .text("Ordrenummer SK-" + (81_000 + rnd.nextInt(9_000)) + " er registreret hos os: tyve robuste tablets med cover "
                + "og skolelicens til indskolingen i Suldrup, leveret til Rådhuset. Kortbetalingen reserveres allerede "
                + "i nat. Kender ingen på kontoret noget til denne ordre, kan en af vores rådgivere tilbageføre den, "
                + "hvis I taler med os inden midnat - telefonnummeret er 70 70 19 84, og I skal oplyse ordrenummeret og "
                + "det kort, ordren blev betalt med.\n\nSkørping Ordrecenter");
        ownedBy(m, "skorping-ordrecenter.com");
        m.description = "fake tablet order: call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "abonnement@skorping-ordrecenter.com", "it@rebild.dk", "Fornyelse af antivirus")
            .text("Kære IT-afdeling\n\nDen treårige beskyttelsespakke til kommunens bærbare og skolernes computere "
                + "løber ud, og vores system har derfor forlænget den med yderligere tre år. Det er sket på grundlag af "
                + "betalingsoplysningerne fra sidste køb. Er forlængelsen en fejl, kan den kun fortrydes telefonisk hos "
                + "afdelingen for abonnementer på 70 70 19 85, hvor en medarbejder hjælper jer igennem tilbagebetalingen på "
                + "fjernskrivebordet.\n\nAbonnementsafdelingen, Skørping Ordrecenter");
        ownedBy(m, "skorping-ordrecenter.com");
        m.description = "auto-renewed antivirus, 'call to stop it'";

        // xml-invoice-changed-account
        m = bad("xml-invoice-changed-account");
        no = invoiceNo(entrep);
        Amount a = amount(900_000);
        headers(m, entrep.name(), "bk@suldrup-anlaeg.net", "efaktura@rebild.dk", "E-faktura " + no)
            .text("Hej\n\nE-fakturaen følger som Peppol-fil, fordi jeres modtagelse driller. Kontoen i filen er den nye."
                + "\n\nSuldrup Anlæg")
            .attach("application/xml", "peppol-" + no + ".xml", ubl(no, entrep.posing("suldrup-anlaeg.net", mule(3)), mule(3),
                a, isoDay(m, 0), isoDay(m, 30), true, "RK-62104").getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "suldrup-anlaeg.net");
        m.description = "Peppol XML in the contractor's name and CVR, payee changed to an EE IBAN";
        m = bad("xml-invoice-changed-account");
        no = invoiceNo(it);
        a = amount(900_000);
        headers(m, it.name(), "faktura@skorping-itdrift.com", "efaktura@rebild.dk", "OIOUBL " + no)
            .text("Hej\n\nVedhæftet OIOUBL-fil til indlæsning. Betalingsoplysningerne er opdateret.\n\nSkørping IT-Drift")
            .attach("application/xml", "oioubl-" + no + ".xml", ubl(no, it.posing("skorping-itdrift.com", mule(13)), mule(13),
                a, isoDay(m, 0), isoDay(m, 30), false, "RK-62388").getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "skorping-itdrift.com");
        m.description = "OIOUBL XML in the IT firm's name and CVR, payee changed to a DK mule";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signetra", "sign@signetra-suldrup.dk", "kultur@rebild.dk", "Underskriv: Forsikring af musikinstrumenter")
            .html("<html><body><p>Spillemandsmuseet har sendt et dokument til underskrift: <b>Forsikringsaftale for udlånte "
                + "instrumenter</b>.</p><p><a href=\"https://signetra-suldrup.dk/doc\">Log ind med jeres arbejdskonto og "
                + "underskriv</a></p></body></html>");
        ownedBy(m, "signetra-suldrup.dk");
        m.description = "fake Signetra request on signetra-suldrup.dk, login link";
        m = bad("fake-esignature-request");
        headers(m, "E-signatur", "dokument@norager-esign.net", "ejendom@rebild.dk", "Købsaftale klar til signering")
            .html("<html><body><p>Købsaftalen for grunden ved Nørager Erhvervspark er klar. Åbn dokumentet og bekræft med "
                + "jeres Microsoft-konto.</p><p><a href=\"https://norager-esign.net/open\">Åbn dokument</a></p></body></html>");
        ownedBy(m, "norager-esign.net");
        m.description = "fake e-signature: plot purchase behind a Microsoft login";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "dispo@terndrup-busser.net", "kreditor@rebild.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej kreditor\n\nDen nye elbus, der kører ruten Bælum-Terndrup, er leaset, og leasingselskabet har "
                + "pant i vores tilgodehavender hos offentlige kunder. Derfor skal faktura " + p.no() + " deles: det ene "
                + "beløb, svarende til busleasingen, indbetales direkte til selskabets konto på Malta, " + mule(14)
                + ", og det andet går som altid til os. Skriv venligst fakturanummeret på begge overførsler, så vores "
                + "bogholder kan afstemme dem.\n\nDisponenten, Terndrup Turistbusser");
        ownedBy(m, "terndrup-busser.net");
        m.description = "the bus company's real wave-1 invoice split half to a mule";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "service@ravnkilde-vvs-service.dk", "kreditor@rebild.dk", "Betaling af " + p.no())
            .text("Goddag\n\nVandvarmerne i Suldrup Børnehus er skiftet, og faktura " + p.no() + " er sendt. Vores "
                + "kassekredit i banken er helt oppe under taget i øjeblikket, så vi har aftalt med vores grossist, at "
                + "materialedelen afregnes direkte til dem. Sæt derfor kun arbejdslønnen ind hos os som sædvanlig, og "
                + "overfør restbeløbet til grossistens litauiske konto " + mule(16) + ". Det sparer os for et rentetab og "
                + "jer for en forsinket levering næste gang.\n\nServiceafdelingen, Ravnkilde VVS");
        ownedBy(m, "ravnkilde-vvs-service.dk");
        m.description = "the plumber's real invoice, a fixed part to the old account, the rest elsewhere";

        // fake-chalk-mine-bat-count-invoice
        m = bad("fake-chalk-mine-bat-count-invoice");
        invoice(m, flager.posing("rebild-flagermus.com", flager.account()), mule(7), 16, List.of("Sag " + batCase
            + " - ekstra forårstælling"), "", "Efter vintertællingen fandt vi tegn på svampeinfektion hos vandflagermusene "
                + "i den nordlige minegang, og vi lavede derfor en ekstra tælling under sag " + batCase + ". Fakturaen er "
                + "vedhæftet; vi er skiftet til en ny bank, så brug kontoen på fakturaen.");
        ownedBy(m, "rebild-flagermus.com");
        m.description = "look-alike of the bat consultant cites the real case, 'extra spring count after fungus', new account";
        m = bad("fake-chalk-mine-bat-count-invoice");
        headers(m, "Thingbæk Kalkminer Service", "drift@thingbaek-kalkminer-service.dk", "kultur@rebild.dk",
            "Faktura: flagermusvenlige gitre")
            .text("Hej Kultur og Fritid\n\nVores smed har nu monteret de vandrette tremmer foran tre af mineindgangene "
                + "ved Thingbæk, så langøret flagermus og frynseflagermus kan komme ind til vinterdvalen uden at "
                + "turisterne kan kravle efter dem. Arbejdet blev drøftet med jeres tidligere museumsleder ved en "
                + "besigtigelse sidste efterår, og regningen ligger i den vedhæftede PDF. Da vi er en lille virksomhed, der "
                + "har lagt ud for stålet, beder vi om betaling med det samme til " + mule(9) + ".\n\nThingbæk "
                + "Kalkminer Service")
            .attach("application/pdf", "gitre.pdf", Attachments.pdf(docId(m, "gt58"), "Regning - tremmegitre ved minerne",
                List.of("Thingbæk Kalkminer Service", "Tre tremmegitre med vandrette flyvespalter, svejset og boltet fast",
                    "Stål, galvanisering og montage efter besigtigelse", "Regningen lyder på 46.875,00 med moms",
                    "Indsættes på " + mule(9))));
        ownedBy(m, "thingbaek-kalkminer-service.dk");
        m.description = "unknown firm bills bat-friendly grilles 'agreed last autumn' for the chalk mines (HU IBAN)";
        m = bad("fake-chalk-mine-bat-count-invoice");
        headers(m, "Ravnkilde Flagermus", "kontakt@ravnkilde-flagermus.dk", "natur@rebild.dk",
            "Påbudt forstyrrelsesundersøgelse - Thingbæk")
            .text("Goddag Naturafdelingen\n\nFlagermus i kalkminerne er strengt beskyttede, og når der holdes åbent for "
                + "turister, skal der efter de nye regler foreligge en forstyrrelsesundersøgelse. Vi kan lave den i næste "
                + "uge mod en forudbetaling på 19.500 kr. til " + mule(11) + ". Uden rapporten kan kommunen risikere et "
                + "påbud.\n\nRavnkilde Flagermus");
        ownedBy(m, "ravnkilde-flagermus.dk");
        m.description = "'mandatory disturbance survey' of the mine bats against prepayment (BG IBAN)";

        // fake-rebildfest-stage-rental-invoice
        m = bad("fake-rebildfest-stage-rental-invoice");
        invoice(m, scene.posing("rebild-sceneteknik.net", scene.account()), mule(12), 17, List.of("Kontrakt " + stageContract
            + " - tillæg stormsikring"), "", "Vejrudsigten for 4. juli viser kraftig vind over bakkerne, så vi har "
                + "ekstra bardunering og ballast til scenen under kontrakt " + stageContract + ". Tillægget skal betales, før "
                + "vi kører ud. Bemærk vores nye bankforbindelse på fakturaen.");
        ownedBy(m, "rebild-sceneteknik.net");
        m.description = "look-alike of the stage firm cites the real contract, 'storm re-rigging' surcharge, new account";
        m = bad("fake-rebildfest-stage-rental-invoice");
        headers(m, "Rebild Bakker Scene", "booking@rebildbakker-scene.dk", "kultur@rebild.dk",
            "Storskærme til Rebildfesten - faktura")
            .text("Kære Kultur og Fritid\n\nDe to storskærme ved festpladsen, som jeres projektleder bestilte telefonisk, "
                + "er reserveret. Lejen på 58.750,00 kr. inkl. moms skal betales til " + mule(5) + " senest fredag, "
                + "ellers frigiver vi skærmene til en anden kunde.\n\nRebild Bakker Scene");
        ownedBy(m, "rebildbakker-scene.dk");
        m.description = "unknown firm bills big screens 'ordered by phone' for the festival (GB IBAN)";
        m = bad("fake-rebildfest-stage-rental-invoice");
        headers(m, "Støvring Teltudlejning", "ordre@stovring-teltudlejning.dk", "turisme@rebild.dk",
            "Depositum: VIP-telt og hegn 4. juli")
            .text("Hej\n\nVi har holdt 300 m mobilhegn og et VIP-telt til de amerikanske gæster til jer. Depositum på "
                + "24.000 kr. skal indbetales til " + mule(14) + " i dag, for vi har andre, der spørger.\n\nStøvring "
                + "Teltudlejning");
        ownedBy(m, "stovring-teltudlejning.dk");
        m.description = "'held' VIP tent and fencing for the Fourth of July, deposit today (MT IBAN)";

        // fake-spring-source-monitoring-invoice
        m = bad("fake-spring-source-monitoring-invoice");
        invoice(m, vand.posing("roldskov-vandlab.com", vand.account()), mule(15), 18, List.of("Program " + springProgramme
            + " - ekstra prøverunde"), "", "Dataloggeren ved Lindenborg Ås største kildevæld gav alarm for nitrat i "
                + "weekenden, og vi tog straks ekstra prøver under program " + springProgramme + ". Prøverunden faktureres "
                + "uden for aftalen; vi har fået ny bank, så betal til kontoen på fakturaen.");
        ownedBy(m, "roldskov-vandlab.com");
        m.description = "look-alike of the water lab cites the real programme, 'nitrate alarm' extra samples, new account";
        m = bad("fake-spring-source-monitoring-invoice");
        headers(m, "Rold Skov Kildeovervågning", "faktura@roldskov-kildeovervaagning.dk", "natur@rebild.dk",
            "Faktura: nye dataloggere ved kilderne")
            .text("Hej\n\nVi har monteret fire nye trykloggere ved kilderne i Rold Skov, som aftalt med jeres "
                + "miljømedarbejder i marts. Beløbet, 33.125,00 kr., forfalder om tre dage; betal til " + mule(2)
                + ".\n\nRold Skov Kildeovervågning")
            .attach("application/pdf", "loggere.pdf", Attachments.pdf(docId(m, "lg58"), "Faktura dataloggere",
                List.of("Rold Skov Kildeovervågning", "4 trykloggere monteret ved kildevæld", "Total 33.125,00",
                    "Konto " + mule(2))));
        ownedBy(m, "roldskov-kildeovervaagning.dk");
        m.description = "unknown firm bills data loggers at the springs 'agreed in March' (DK reg./account mule)";
        m = bad("fake-spring-source-monitoring-invoice");
        headers(m, "Skørping Vandanalyse", "lab@skorping-vandanalyse.dk", "vejpark@rebild.dk",
            "Vandprøver ved Lindenborg Å - betaling før rapport")
            .text("Goddag\n\nVi har udtaget de lovpligtige forårsprøver ved udspringet af Lindenborg Å. Analyserapporten "
                + "sendes, så snart de 21.250 kr. er modtaget på " + mule(4) + ". Rapporten skal bruges til jeres "
                + "indberetning.\n\nSkørping Vandanalyse");
        ownedBy(m, "skorping-vandanalyse.dk");
        m.description = "unknown lab holds a 'mandatory' spring sample report hostage until paid (PL IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus58().generate(), List.of(
            "# Rebild Kommune, Økonomi: invoice checks (fifty-eighth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=stovring-kraftvarme.dk suldrup-anlaeg.dk rebild-flagermus.dk rebild-sceneteknik.dk "
                + "roldskov-vandlab.dk norager-toemrer.dk blenstrup-maler.dk terndrup-rengoering.dk skorping-ugeblad.dk "
                + "haverslev-vognmand.dk baelum-el.dk ravnkilde-vvs.dk sorup-madservice.dk stovring-traelast.dk "
                + "skorping-itdrift.dk terndrup-busser.dk stovring-kontorforsyning.dk",
            "invoice.domains.platforms=poststub.dk qvitto.io ydelsesbro.dk wirefaktura.com",
            "invoice.names.protected=Rebild Kommune"));
    }
}
