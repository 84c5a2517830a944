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
 * The seventy-first held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Aabenraa Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, harbour,
 * schools, elderly care, culture, roads and property mailboxes; town hall Skelbækvej 2, 6200 Aabenraa) in South Jutland at
 * the head of Aabenraa Fjord: the deep-water commercial port, the border crossings at Kruså and Padborg with the transport
 * centre and its hauliers, Rødekro, Tinglev, Bov, Kollund, Felsted, Genner, Løjt Kirkeby, Hjordkær, Bolderslev, Varnæs,
 * Stubbæk, Ensted and Uge, and a German minority whose kindergartens and associations write in German; seventeen listed
 * suppliers from those places in every DNS posture real Danish firms have (one sending through a web hoster named in its
 * SPF), four invoicing platforms ({@code ankerbilag.dk}, {@code kvitfjord.dk}, {@code dokumo.io}, {@code bilagsbro.dk}), a
 * marine firm keeping the fenders of the municipal quays, a weighing firm calibrating the weighbridges of the recycling
 * centres and the harbour, a German toll operator billing the municipal lorries' Maut, sole traders on free mail, foreign
 * suppliers, SaaS ({@code havnelog.io}, {@code bemandia.dk}), an ESP ({@code afsendia.com}), an e-signature service
 * ({@code blaekfri.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying
 * a full place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, compromised supplier mailboxes,
 * hijacked threads, look-alikes and homoglyphs, CEO fraud, display-name abuse, payroll changes, fake MitID/Digital Post,
 * fake inkasso, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake
 * e-signature requests, fake domain renewals, split payments) and three kinds new here: German motorway toll (Maut)
 * "arrears" for the municipal lorries that cross the border at Kruså and Padborg (fake-german-truck-toll-invoice);
 * replacement or "storm damage" of the rubber fenders on the municipal quays billed by someone who never came
 * (fake-quay-fender-replacement-invoice); and calibration or "failed verification" of the weighbridges at the recycling
 * centres and the harbour billed to a new account (fake-weighbridge-calibration-invoice). The invoice engine, its tests,
 * tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus71GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus71 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout71");
    public static final String OWN = "aabenraa.dk";
    static final String FRAUD_NET = "127.171.";
    private static final String OWN_IP = "127.71.0.1";
    private static final String EAN = "5798005200719";
    private static final String KOMMUNE = "Aabenraa Kommune";
    private static final String RAADHUS = "Skelbækvej 2, 6200 Aabenraa";
    private static final String HOSTER_IP = "127.71.9.1";
    private static final String GMAIL = "127.73.1.1";
    private static final String MSFT = "127.73.2.1";
    private static final String APPLE = "127.73.5.1";

    private final Random rnd = new Random(71_6200_2036L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The fender firm's maintenance contract for the municipal quays (the frauds cite it). */
    private String fenderContract;
    /** The weighing firm's verification case for the weighbridges (the frauds cite it). */
    private String scaleCase;
    /** The toll operator's customer number for the municipal lorries (the frauds cite it). */
    private String tollCustomer;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 25, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Aabenraa Fjernvarme A.m.b.a.", "aabenraa-fjernvarme.dk", "Kundeservice",
        "kundeservice", "127.71.1.1", iban("DK", "79700001288415"), "fjernvarme til Rådhuset, Aabenraa Bibliotek og Plejecenter Rugkobbel");
    private final Supplier entrep = new Supplier("Rødekro Anlæg ApS", "roedekro-anlaeg.dk", "Torben Lauritsen", "tl",
        "127.71.1.2", bank("7970", "0001301772"), "ny fortovsbelægning og regnvandsbassin ved Rødekro Skole");
    private final Supplier fender = new Supplier("Ensted Havneteknik ApS", "ensted-havneteknik.dk", "Mette Brodersen",
        "mb", "127.71.1.3", bank("8065", "0004127730"), "eftersyn og udskiftning af fendere ved Sønderhavn og Barsø Landing");
    private final Supplier vaegt = new Supplier("Padborg Vægtservice ApS", "padborg-vaegtservice.dk", "Vægtservice, Bogholderi",
        "bogholderi", "127.71.1.4", iban("DK", "80650004138826"), "kalibrering og verifikation af brovægtene på genbrugspladserne "
        + "og Sønderhavn");
    private final Supplier toemrer = new Supplier("Kruså Tømrer & Snedker ApS", "krusaa-toemrer.dk", "Claus Nissen", "cn",
        "127.71.1.5", bank("7970", "0001319004"), "nye døre og lofter i Kruså Børnehus");
    private final Supplier maler = new Supplier("Bov Malerforretning v/ Jens Holm", "bov-maler.dk", "Jens Holm", "jens",
        "127.71.1.6", bank("8065", "0004140551"), "maling af gange og vinduer, Bov Skole");
    private final Supplier rengoer = new Supplier("Aabenraa Erhvervsrengøring ApS", "aabenraa-rengoering.dk", "Kontoret",
        "kontor", "127.71.1.7", iban("DK", "79700001325563"), "daglig rengøring af Rådhuset, Jobcentret og Aabenraa Svømmehal");
    private final Supplier avis = new Supplier("Fjordbladet Aabenraa", "fjordbladet.dk", "Annonceafdelingen", "annonce",
        "127.71.1.8", iban("DK", "80650004152290"), "annoncer: lokalplan for Kollund Strand og job i dagplejen");
    private final Supplier vognmand = new Supplier("Tinglev Vognmandsforretning ApS", "tinglev-vognmand.dk", "Bent Thomsen",
        "bent", "127.71.1.9", bank("7970", "0001331870"), "kørsel med vejsalt og grus til Materielgården");
    private final Supplier el = new Supplier("Kollund El-Service ApS", "kollund-el.dk", "Rasmus Jessen", "rj", HOSTER_IP,
        bank("8065", "0004166013"), "ny gadebelysning langs Fjordvejen og tavleeftersyn, Kollund");
    private final Supplier vvs = new Supplier("Felsted VVS & Blik ApS", "felsted-vvs.dk", "Værkstedet", "vaerksted",
        "127.71.1.11", bank("7970", "0001346628"), "ny varmecentral og service på blandingsbatterier, Felsted Centralskole");
    private final Supplier mad = new Supplier("Hjordkær Madservice A/S", "hjordkaer-madservice.dk", "Hjordkær Madservice, Økonomi",
        "okonomi", "127.71.1.12", iban("DK", "80650004179934"), "mad til hjemmeboende ældre og Plejecenter Hjordkær");
    private final Supplier byg = new Supplier("Aabenraa Trælast A/S", "aabenraa-traelast.dk", "Proffen", "proffen",
        "127.71.1.13", iban("DK", "79700001358847"), "byggematerialer og værktøj til Ejendomsservice efter rammeaftalen");
    private final Supplier it = new Supplier("Padborg Datateknik ApS", "padborg-datateknik.dk", "Fakturering", "faktura",
        "127.71.1.14", bank("8065", "0004183306"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Bolderslev Turistbusser ApS", "bolderslev-busser.dk", "Kørselskontoret",
        "korsel", "127.71.1.15", bank("7970", "0001367210"), "skolekørsel Bolderslev-Tinglev og svømmekørsel til Aabenraa");
    private final Supplier kontor = new Supplier("Genner Kontorforsyning ApS", "genner-kontor.dk", "Ordrekontoret", "ordre",
        "127.71.1.16", iban("DK", "80650004195587"), "kopipapir, toner og mapper til Rådhuset og skolerne");
    private final Supplier graver = new Supplier("Varnæs Entreprenør & Kloak ApS", "varnaes-kloak.dk", "Hans Christian Bruhn",
        "hcb", "127.71.1.17", bank("7970", "0001372264"), "tv-inspektion og spuling af kloakker i Varnæs og Bovrup");
    // not on the creditor list
    private final Supplier smed = new Supplier("Løjt Kirkeby Smedie", "loejt-smedie.dk", "Erik Lorenzen", "erik",
        "127.71.2.1", bank("8065", "0004203119"), "nyt rækværk ved trappen til Løjt Kirkeby Kirkegård");
    private final Supplier natur = new Supplier("Stubbæk Naturpleje v/ Signe Duus", "stubbaek-naturpleje.dk", "Signe Duus",
        "signe", "127.71.2.2", bank("7970", "0001388121"), "afgræsning og rydning af krat ved Stubbæk Skov");
    private final Supplier tolk = new Supplier("Übersetzungen Anke Petersen", "gmail.com", "Anke Petersen", "anke.petersen.tolk",
        GMAIL, bank("8065", "0004214488"), "oversættelse til tysk af skolefolder og høringsbrev, 11 sider");
    private final Supplier musik = new Supplier("Harmonikaspiller Poul Kjær", "outlook.com", "Poul Kjær", "poul.kjaer.musik",
        MSFT, bank("7970", "0001391053"), "musik til julefrokost på Plejecenter Rugkobbel og Kollund Ældrecenter");
    private final Supplier foto = new Supplier("Fotograf Lise Hansen", "icloud.com", "Lise Hansen", "lise.hansen.foto",
        APPLE, bank("8065", "0004226670"), "fotos af havnen og fjorden til kommunens nye hjemmeside");
    private final Supplier tysk = new Supplier("Schleswiger Hafentechnik GmbH", "schleswiger-hafentechnik.de", "Buchhaltung",
        "buchhaltung", "127.71.7.1", iban("DE", "217500000044187203"), "Ersatzteile für Fenderanlagen, Kaje Sønderhavn");
    private final Supplier maut = new Supplier("Nordmaut Abrechnung GmbH", "nordmaut.de", "Kundenservice", "abrechnung",
        "127.71.7.2", iban("DE", "202000000091552601"), "Lkw-Maut für die Fahrzeuge der Materielgården");

    private final List<Supplier> listed = List.of(varme, entrep, fender, vaegt, toemrer, maler, rengoer, avis, vognmand, el, vvs,
        mad, byg, it, bus, kontor, graver);

    /** Fraudsters' own domains, each carrying a full place name of the municipality; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"aabenraa-fjernvarme.com", "roedekro-anlaeg.net", "aabenraa-traelast.net",
        "kollund-elservice.dk", "aabenraa-rengoring.dk", "felsted-vvs.net", idn("aabenraa-tr\u0430elast.dk"),
        idn("padborg-datatekn\u0456k.dk"), "ankerbilag-padborg.dk", "kvitfjord-aabenraa.com", "krusaa-tomrer.dk",
        "hjordkaer-madservice.com", "bolderslev-busser.net", "tinglev-vognmand.net", "aabenraa-inkasso.dk", "mitid-aabenraa.com",
        "digitalpost-roedekro.com", "padborg-domaeneservice.com", "padborg-parkering.dk", "krusaa-betaling.net",
        "genner-kontor.net", "padborg-datateknik.net", "bov-malerforretning.dk", "blaekfri-kollund.dk", "uge-dokumentdeling.net",
        "varnaes-kloak.net", "aabenraa-webhotel.net", "mautportal-krusaa.com", "padborg-lkw-maut.de", "bov-vejafgift.eu",
        "ensted-havneteknik.com", "aabenraa-fendere.dk", "stubbaek-marine.dk", "padborg-vaegtservice.net",
        "roedekro-vejeteknik.dk", "tinglev-kalibrering.dk", "felsted-vvs-aps.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(fender.domain(), List.of(fender.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(vaegt.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.71.98.9"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.71.1.33"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.ED25519_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(graver.domain(), List.of(graver.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(maut.domain(), List.of(maut.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sydjysk-affald.dk", List.of("127.71.20.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("soefartsinspektion-syd.dk", List.of("127.71.20.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("dkg-padborg.dk", List.of("127.71.20.3"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("aabenraa-revision.dk", List.of("127.71.20.4"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("padborg-isenkram.dk", List.of("127.71.20.5"), "-all", null, "none");
        domain("aabenraa-lystbaadehavn.dk", List.of("127.71.20.6"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("haandboldklub-tinglev.dk", List.of("127.71.20.7"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        // platforms
        domain("ankerbilag.dk", List.of("127.71.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kvitfjord.dk", List.of("127.71.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("dokumo.io", List.of("127.71.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("bilagsbro.dk", List.of("127.71.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("fjordsparekassen.dk", List.of("127.71.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sydjysk-sparekasse.dk", List.of("127.71.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkreds-syd.dk", List.of("127.71.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sydjyske-bogholdere.dk", List.of("127.71.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("soenderborg-regnskab.dk", List.of("127.71.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("afsendia.com", List.of("127.71.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelvarsel-syd.dk", List.of("127.71.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.fjordnet-aabenraa.dk", List.of("127.71.28.1"), "-all", null, null);
        domain("relay.padborg-bredbaand.dk", List.of("127.71.29.1"), "-all", null, null);
        domain("havnelog.io", List.of("127.71.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bemandia.dk", List.of("127.71.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("blaekfri.dk", List.of("127.71.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no71:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%06d", 1_400 + rnd.nextInt(80_000));
            case 1:
                return "AB-" + (4_100 + rnd.nextInt(5_000));
            case 2:
                return String.valueOf(118_000 + rnd.nextInt(40_000));
            case 3:
                return "F36-" + String.format("%05d", 200 + rnd.nextInt(9_000));
            case 4:
                return "2036-" + (1_000 + rnd.nextInt(3_000));
            default:
                return "SJ" + (52_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@aabenraa.dk", "efaktura@aabenraa.dk", "kreditor@aabenraa.dk",
        "oekonomi@aabenraa.dk", "teknik@aabenraa.dk", "skoler@aabenraa.dk", "aeldre@aabenraa.dk", "havn@aabenraa.dk",
        "ejendomsservice@aabenraa.dk", "indkoeb@aabenraa.dk", "materielgaarden@aabenraa.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf71:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(25_000_000 + Math.floorMod(sha256("cvr71:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi71:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "aabenraa-fjernvarme.dk" -> "Kallehave 8, 6200 Aabenraa";
            case "roedekro-anlaeg.dk" -> "Industrivej Nord 21, 6230 Rødekro";
            case "ensted-havneteknik.dk" -> "Flensborgvej 140, Ensted, 6200 Aabenraa";
            case "padborg-vaegtservice.dk" -> "Transitvej 9, 6330 Padborg";
            case "krusaa-toemrer.dk" -> "Lyrenvej 4, 6340 Kruså";
            case "bov-maler.dk" -> "Bovvej 62, 6330 Padborg";
            case "aabenraa-rengoering.dk" -> "Jernbanegade 17, 6200 Aabenraa";
            case "fjordbladet.dk" -> "Storegade 31, 6200 Aabenraa";
            case "tinglev-vognmand.dk" -> "Hovedgaden 88, 6360 Tinglev";
            case "kollund-el.dk" -> "Fjordvejen 45, Kollund, 6340 Kruså";
            case "felsted-vvs.dk" -> "Aabenraavej 12, 6200 Aabenraa";
            case "hjordkaer-madservice.dk" -> "Hjordkærvej 3, 6230 Rødekro";
            case "aabenraa-traelast.dk" -> "Egelund 20, 6200 Aabenraa";
            case "padborg-datateknik.dk" -> "Nyvej 6, 6330 Padborg";
            case "bolderslev-busser.dk" -> "Stationsvej 15, 6392 Bolderslev";
            case "genner-kontor.dk" -> "Gennerbyvej 2, 6200 Aabenraa";
            case "varnaes-kloak.dk" -> "Varnæsvej 500, 6200 Aabenraa";
            case "loejt-smedie.dk" -> "Storegade 70, Løjt Kirkeby, 6200 Aabenraa";
            case "stubbaek-naturpleje.dk" -> "Stubbækvej 33, 6200 Aabenraa";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with a header line of seller, CVR and date, the buyer and EAN,
     * and a three-line amount block; a service report with labour, travel and material lines and the FI line (card 71); a
     * quarterly or monthly account with customer number, fixed charge and usage and the FI line (card 75). A {@code null}
     * account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no + " - " + s.name();
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()) + " | Dato " + dottedDay(m, 0));
                l.add("Faktureres til: " + KOMMUNE + ", " + RAADHUS + " (EAN " + EAN + ")");
                l.add("Ydelse: " + s.what());
                l.add("Din kontakt hos os: " + s.person());
                l.add("Beløb før moms  " + a.net());
                l.add("Moms 25%        " + a.vat());
                l.add("Total DKK       " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage, senest " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Overførsel til " + account + " med fakturanr. som tekst");
                }
            }
            case 1 -> {
                head = "Servicerapport / faktura " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " (EAN " + EAN + ")   Opgave: " + s.what());
                long labour = a.ore() * 47 / 100;
                long travel = a.ore() * 11 / 100;
                l.add("Montør/arbejdsløn " + kr(labour) + "   Transport " + kr(travel) + "   Materialer " + kr(a.ore() - labour - travel));
                l.add("Sum ekskl. moms " + a.net() + " / moms " + a.vat() + " / i alt " + a.gross());
                l.addAll(more);
                l.add("Forfaldsdato " + writtenDay(m, 21) + (account == null ? "" : " - indbetaling til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Kontoopgørelse " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Kundenummer " + (70_000 + Math.floorMod(s.domain().hashCode(), 20_000)) + " - " + KOMMUNE + ", " + RAADHUS);
                l.add("Periode " + dottedDay(m, -31) + " til " + dottedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 28 / 100;
                l.add("Fast bidrag " + kr(fixed) + "   Leverancer i perioden " + kr(a.ore() - fixed));
                l.add("I alt uden moms " + a.net() + "   Moms " + a.vat() + "   Til betaling " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + dottedDay(m, 14) + (account == null ? "" : "   Konto " + account));
                if (own) {
                    l.add("FI-linje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Aabenraa_Kommune_" + no + ".pdf", "INV" + no + ".pdf",
            "dokument-" + no + ".pdf", "Fak-" + no + ".pdf", "regning_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Aabenraa Kommune", "Til kreditorbogholderiet", "Hej", "Hej alle sammen",
        "Att. Kreditorer", "Kære Aabenraa Kommune", "Goddag bogholderiet", "Til Økonomi og Løn"};

    private String phone() {
        return "74 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig71:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + "\nTelefon " + phone();
            case 1:
                return "\n\nMvh\n" + firstName(s) + "\n" + s.name() + (street(s).isEmpty() ? "" : " - " + street(s));
            case 2:
                return "\n\nHilsen\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + s.person() + "\n" + (freeMail(s) ? "Sendt fra min iPhone" : s.name() + " | " + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + firstName(s) + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura nr. " + no + " - " + KOMMUNE,
            s.name() + ": faktura " + no, "Fakturering " + no + " (EAN " + EAN + ")", "Regning " + no, "Faktura til betaling, "
            + no, "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "Se vedhæftede faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms og forfalder "
                + writtenDay(m, 30) + ".";
            case 2 -> "Den samme faktura er også sendt elektronisk til EAN " + EAN + ", så I skal kun betale den én gang.";
            case 3 -> "Tak for samarbejdet. Vores faktura er vedlagt som PDF.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb i alt: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 30);
            case 5 -> "Her er fakturaen for arbejdet, som nu er afsluttet. Ordrenummeret fra jeres indkøber er påført.";
            case 6 -> "Så er der faktura på sidste måneds leverancer. Giv lyd, hvis noget ikke stemmer.";
            default -> "Vedhæftet finder I fakturaen.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 3) {
            mime.html("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><div>"
                + full.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
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
        if (List.of(varme, rengoer, mad, vaegt, it, kontor, bus).contains(s)) {
            return 2;
        }
        if (List.of(entrep, fender, toemrer, vognmand, vvs, el, graver).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Skelbækvej 2", "Aabenraa", "6200", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        fenderContract = "VK-" + (5_100 + rnd.nextInt(700)) + "-FEN";
        scaleCase = "KAL-" + (2036_00 + rnd.nextInt(90));
        tollCustomer = "NM-" + (4_400_000 + rnd.nextInt(500_000));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == fender ? List.of("Vedligeholdelseskontrakt " + fenderContract + ": 24 cylinderfendere, "
                + "Sønderhavn kaj 4-6 og Barsø Landing")
                : s == vaegt ? List.of("Sag " + scaleCase + ": 4 brovægte, genbrugspladserne Rødekro og Padborg samt Sønderhavn")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af kirkegårdslederen"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy in Løjt Kirkeby (SPF only, no DMARC) invoices a railing, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, graver);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Jeres ordrenr. AK-" + (70_100 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@aabenraa.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sted: " + (k % 3 == 0 ? "Aabenraa Svømmehal, renovering" : "rammeaftale 2035-2038, delaftale 3"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 1 ? "\n\nKvitterede leveringssedler ligger i bilaget." : "");
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget og kvitteret af Ejendomsservice, Aabenraa", "Kolli i alt: " + (4 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "");
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader krydsfiner kom med knækkede hjørner og er sendt retur med "
            + "vognmanden."},
            {kontor, "Kreditnota til faktura ", "Tonerne passede ikke til printerne på Bov Skole, så vi har taget dem tilbage."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (1_200 + rnd.nextInt(600));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@aabenraa.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " I bilaget er kreditnota " + no + " på " + a.gross() + " kr.; I er "
                    + "velkomne til at trække beløbet fra ved næste indbetaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota " + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "I vores bogholderi står fakturaen nedenfor endnu ikke som betalt. Har I "
            + "allerede betalt, beder vi jer se bort fra denne mail."},
            {graver, "Rykker", "Fakturaen er nu otte dage over forfald. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@aabenraa.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Betal gerne til samme konto som sidst: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato, se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@aabenraa.dk", "Saldoudskrift til jeres afstemning")
            .text("Hej\n\nI bad om en saldo til kvartalsafstemningen. Hos os er faktura " + p.no() + " registreret som betalt, og "
                + "I skylder os ikke noget pr. " + dottedDay(m, -1) + "." + signature(s));
        genuine(m, s.ip());
        m.description = "tinglev-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, graver)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String ref = "AK-" + (81_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@aabenraa.dk", (peppol ? "Peppol BIS-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej efaktura\n\nVores regnskabsprogram er lige blevet opdateret, og NemHandel-afsendelsen er ikke sat op "
                    + "igen endnu. Derfor får I XML-filen direkte og en PDF til at kigge i. Betalingsoplysningerne er uændrede. "
                    + "Dukker den samme faktura op via NemHandel, er det en dublet.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "PEPPOL-" : "OIOUBL-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"ankerbilag.dk", "kvitfjord.dk", "dokumo.io", "bilagsbro.dk"};
        Supplier[] who = {natur, smed, tolk, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "b-" + sha256("plat71:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "BB-" + (60_000 + rnd.nextInt(9_000));
                headers(m, "Bilagsbro", "opkraevning@bilagsbro.dk", "skoler@aabenraa.dk", "Opkrævning " + no + " - vikartimer oktober")
                    .text("Til " + KOMMUNE + ", Børn og Skole\n\nI bilaget finder I opkrævningen for de vikartimer på "
                        + "Tinglev Skole og Kongehøjskolen, som jeres skoleledere har kvitteret for i oktober (212 timer). Vikarerne "
                        + "er ansat og lønnet hos os.\n\nAt betale " + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nBilagsbro")
                    .attach("application/pdf", "Bilagsbro-" + no + ".pdf", Attachments.pdf(docId(m, "bb"), "Opkrævning " + no,
                        List.of("Bilagsbro ApS", "Kunde: " + KOMMUNE + ", Børn og Skole", "Vikartimer oktober 2036: 212",
                            "Netto " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross(), "Betaling til " + iban("DK", "79700001402216"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform bilagsbro.dk bills approved substitute-teacher hours under its own name";
                continue;
            }
            String no = "K" + (720_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "kirkegaarde@aabenraa.dk" : "natur@aabenraa.dk",
                "Ny faktura fra " + s.name() + " - " + no)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name() + " har "
                    + "udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14) + ".</p>"
                    + "<p>Fakturaen ligger som PDF i denne mail. Svarer du, lander dit svar direkte hos " + s.person() + ".</p>"
                    + "<p style=\"color:#888;font-size:10px\">Sendt med " + d[i] + " - fakturering for små virksomheder</p>"
                    + "</body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, tolk, musik, foto, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 4, List.of(), v == 2 ? "\n\nJeg er under momsgrænsen, så beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "SH-" + (36_800 + rnd.nextInt(900));
        Amount a = amount(900_000);
        headers(m, "Schleswiger Hafentechnik", addr(tysk), "havn@aabenraa.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei senden wir Ihnen die Rechnung " + no + " über die Ersatzteile "
                + "(Fenderketten und Schäkel) für die Kaje am Sønderhavn, geliefert an Ihre Hafenmeisterei. Es handelt sich um "
                + "eine innergemeinschaftliche Lieferung; die Umsatzsteuer schulden Sie als Empfänger.\n\nMit freundlichen "
                + "Grüßen\nBuchhaltung\nSchleswiger Hafentechnik GmbH")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Schleswig", "Kunde: " + KOMMUNE + ", Hafenmeisterei", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar innerhalb 30 Tagen auf " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("german-truck-toll-statement", true);
        Amount t = amount(260_000);
        headers(m, "Nordmaut Kundenservice", addr(maut), "materielgaarden@aabenraa.dk", "Mautaufstellung Oktober 2036 - " + tollCustomer)
            .text("Guten Tag,\n\nfür Ihr Kundenkonto " + tollCustomer + " (Aabenraa Kommune, Materielgården) stellen wir die "
                + "im Oktober angefallene Lkw-Maut in Rechnung: 3 Fahrzeuge, 41 Fahrten zwischen Grenzübergang Kruså/Padborg "
                + "und Flensburg-Weiche. Der Betrag von EUR " + kr(t.ore() / 7) + " wird wie vereinbart per Lastschrift "
                + "eingezogen; Sie müssen nichts überweisen.\n\nFreundliche Grüße\nNordmaut Abrechnung GmbH")
            .attach("application/pdf", "Mautaufstellung_" + tollCustomer + ".pdf", Attachments.pdf(docId(m, "nm"),
                "Mautaufstellung Oktober 2036", List.of("Nordmaut Abrechnung GmbH", "Kundenkonto " + tollCustomer,
                    "Fahrzeuge: 3 (Materielgården)", "Mautbetrag EUR " + kr(t.ore() / 7), "Einzug per SEPA-Lastschrift")));
        genuine(m, maut.ip());
        m.description = "the German toll operator's monthly Maut statement for the municipal lorries, direct debit (DMARC pass)";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(300_000);
        headers(m, "Havnelog Billing", "billing@havnelog.io", "havn@aabenraa.dk", "Your Havnelog invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Havnelog (berth and mooring log for the "
                + "municipal marina and the Barsø ferry landing, 6 users). A copy has been sent to EAN " + EAN + ".\n\nTotal "
                + "DKK " + a.gross() + "\n\nThe Havnelog team")
            .attach("application/pdf", "havnelog-invoice.pdf", Attachments.pdf(docId(m, "hl"), "Invoice",
                List.of("Havnelog ApS", "Bill to: " + KOMMUNE, "Subscription November 2036, 6 users", "DKK " + a.gross())));
        genuine(m, "127.71.30.1");
        m.description = "SaaS havnelog.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(300_000);
        headers(m, "Bemandia", "betaling@bemandia.dk", "aeldre@aabenraa.dk", "Kvittering: Bemandia-licens")
            .text("Hej\n\nTak for betalingen af jeres Bemandia-licens til vagtplanlægning i hjemmeplejen (140 brugere). Vi har "
                + "trukket " + a.gross() + " kr. på kortet, der ender på 7731. Der er intet at betale.\n\nBemandia");
        genuine(m, "127.71.31.1");
        m.description = "SaaS bemandia.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0012480337");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@aabenraa.dk", "Vi skifter bank pr. 1. december")
            .text("Hej kreditorafdelingen\n\nKruså Tømrer & Snedker flytter sine konti til en anden bank i Sønderjylland. Fakturaer, "
                + "vi udsteder fra og med 1. december 2036, skal betales til " + nyT + ". Ældre fakturaer betales til den konto, "
                + "der står på dem.\n\nI er meget velkomne til at ringe til mig på værkstedets fastnetnummer, som I har i "
                + "kartoteket, og få ændringen bekræftet, inden I retter noget." + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer fra 01.12.2036", "Konto: " + nyT,
                    "Claus Nissen, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye hylder og garderobe i Kruså Børnehus");
        invoice(m, moved, nyT, 14, List.of("Ny bankforbindelse fra 01.12.2036, se vores brev"), "\n\nBemærk, at vi nu bruger "
            + "den nye konto, som vi tidligere har skrevet om.");
        genuine(m, toemrer.ip());
        m.description = "krusaa-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "95700012497780");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Hjordkær Madservice, Økonomi", addr(mad), "kreditor@aabenraa.dk", "Ændret kontonummer fra december")
            .text("Til " + KOMMUNE + ", Kreditor og Ældre og Sundhed\n\nHjordkær Madservice er blevet en del af en større "
                + "koncern, og vores bankforhold flyttes derfor. Fakturaer dateret 1. december og senere bedes indbetalt til "
                + nyM + ". Indbetalinger til den hidtidige konto bliver modtaget frem til nytår. Et underskrevet brev med samme "
                + "indhold er sendt til jeres Digital Post.\n\nMed venlig hilsen\nHjordkær Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Kontonummer ændret pr. 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "hjordkaer-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qa=KX=fjordbladet.dk=annonce@srs.fjordnet-aabenraa.dk";
        m.signers.add(avis.domain());
        m.ip = "127.71.28.1";
        m.helo = "srs.fjordnet-aabenraa.dk";
        m.description = "fjordbladet.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.padborg-bredbaand.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.padborg-bredbaand.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"sydjyske-bogholdere.dk", "Inge Schmidt", "insc@", "Maut-rykker fra ukendt firma?",
            "Hej kolleger\n\nVores Materielgård har fået en 'Mahnung' på tysk for ubetalt lastbilmaut med en ny IBAN og et "
                + "link. Vores rigtige mautaftale kører med Lastschrift. Er der andre grænsekommuner, der har set den?\n\nInge"},
            {"soenderborg-regnskab.dk", "Niels Asmussen", "nias@", "Fendere på kajen - pas på",
                "Hej alle\n\nEn havn i området har fået regning for 'stormskadede fendere' fra et firma, der aldrig har været "
                    + "der. Navnet lignede deres rigtige leverandør næsten helt.\n\nNiels"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditorkreds-syd.dk", x[3])
                .header("List-Id", "Kreditorkreds Syd <netvaerk.kreditorkreds-syd.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorkreds-syd.dk", "[Kreditorkreds Syd] ", "\r\n_______________\r\nKreditorkreds Syd - "
                + "bogholdere i Sønderjylland\r\nAfmeld: https://kreditorkreds-syd.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelvarsel-syd.dk", "Svindelvarsel Syd", "Maut, fendere og vægte: svindel med grænsetema",
            "Svindlerne bruger nu tyske mautrykkere, regninger for havnefendere og kalibrering af brovægte med ægte "
                + "aftalenumre. Kontakt altid leverandøren på det telefonnummer, der står i jeres egne papirer."},
            {"aabenraa-revision.dk", "Aabenraa Revision", "Inden årsskiftet: tre ting at tjekke",
                "Gennemgå kreditorstamdata, kræv to godkendere ved nye kontonumre og luk leverandører, I ikke har brugt i to år."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl71:" + x[0]).substring(0, 12) + "@afsendia.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@aabenraa.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere på "
                    + "vores side</a></p><p style=\"font-size:9px;color:#777\">Du får denne mail, fordi du er tilmeldt. Afmeld "
                    + "her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("afsendia.com");
            m.ip = "127.71.26.1";
            m.helo = "mta.afsendia.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP afsendia.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Havnen, Teknik og Miljø", "havn@", "kreditor@aabenraa.dk", "Fendere og kajer",
            "Hej Kreditor\n\nFendere på Sønderhavn og ved Barsø Landing skiftes kun af Ensted Havneteknik under kontrakt "
                + fenderContract + ", og altid efter en arbejdsordre fra os. Kommer der regninger på fendere fra andre, så send "
                + "dem til mig, før noget bliver betalt.\n\nHavnen"},
            {"Materielgården", "materielgaarden@", "kreditor@aabenraa.dk", "Tysk maut",
                "Hej\n\nMauten for vores lastbiler trækkes automatisk hos Nordmaut via Lastschrift på kundenummer " + tollCustomer
                    + ". Vi skal aldrig selv overføre penge for maut. Rykkere og 'efteropkrævninger' sendes videre til mig."
                    + "\n\nMaterielgården"},
            {"Affald og Genbrug", "genbrug@", "ledere@aabenraa.dk", "Brovægtene", "Kære ledere\n\nVægtene på genbrugspladserne "
                + "og havnen kalibreres af Padborg Vægtservice under sag " + scaleCase + ". Regninger for kalibrering, som vi "
                + "ikke har rekvireret, skal til Affald og Genbrug og ikke betales.\n\nAffald og Genbrug"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Fjordsparekassen, Erhverv", "erhverv@fjordsparekassen.dk", "oekonomi@aabenraa.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nI dag kl. 08.12 modtog vi jeres fil med 243 betalinger, som gennemføres på bogføringsdagen. "
                + "Oversigten findes i netbanken. Vi sender aldrig links eller beder om oplysninger pr. mail.\n\nFjordsparekassen");
        genuine(m, "127.71.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Sydjysk Sparekasse", "info@sydjysk-sparekasse.dk", "oekonomi@aabenraa.dk", "Nye satser for valutaoverførsler")
            .text("Til vores offentlige kunder\n\nFra 1. januar 2037 justerer vi prisen for overførsler i euro til Tyskland. Den "
                + "nye prisliste kan ses under Dokumenter i netbanken.\n\nSydjysk Sparekasse");
        genuine(m, "127.71.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families (the toll statement is among the foreign invoices). */
    private void counterparts() {
        M m = ok("quay-fender-invoice", true);
        invoice(m, fender, fender.account(), 7, List.of("Kontrakt " + fenderContract + ", halvårligt eftersyn",
            "Udskiftet 2 kæder og 1 fenderpude, kaj 5"), "\n\nEftersynsrapporten med fotos er sendt til havnefogeden.");
        genuine(m, fender.ip());
        m.description = "the real fender firm invoices the half-yearly quay inspection (RSA, no DMARC)";
        m = ok("weighbridge-calibration-invoice", true);
        invoice(m, vaegt, vaegt.account(), 10, List.of("Sag " + scaleCase + ", årlig kalibrering", "Vejecelle udskiftet på "
            + "vægten i Rødekro, ny plombering"), "\n\nKalibreringsbeviserne er lagt i jeres mappe på vores kundeportal.");
        genuine(m, vaegt.ip());
        m.description = "the weighing firm's yearly calibration of the weighbridges (DKIM only, p=quarantine, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Padborg Vægtservice", addr(vaegt), "genbrug@aabenraa.dk", "Ny verifikationsordning - ingen ekstra pris")
            .text("Kære Affald og Genbrug\n\nFra januar skal brovægte verificeres efter en ny bekendtgørelse. Det er indeholdt i "
                + "jeres aftale under sag " + scaleCase + ", og I modtager ikke en særskilt regning. Vi sender aldrig fakturaer "
                + "for arbejde, I ikke har bestilt.\n\nPadborg Vægtservice");
        genuine(m, vaegt.ip());
        m.description = "the weighing firm announces new verification rules at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(4_100_000);
        headers(m, "Sydjysk Affald I/S", "regnskab@sydjysk-affald.dk", "efaktura@aabenraa.dk", "Acontobidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nHermed acontoopkrævning for fjerde kvartal. Den er samtidig sendt som e-faktura til "
                + "jeres EAN.\n\nSydjysk Affald I/S")
            .attach("application/pdf", "Aconto-4kv-2036.pdf", Attachments.pdf(docId(m, "aff"), "Acontobidrag 4. kvartal 2036",
                List.of("Sydjysk Affald I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "79700001455092"))));
        genuine(m, "127.71.20.1");
        m.description = "intermunicipal waste company's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Søfartsinspektion Syd", "post@soefartsinspektion-syd.dk", "havn@aabenraa.dk", "Varsling af havnestatskontrol")
            .text("Til Aabenraa Kommune, Havnen\n\nVi gennemfører i januar et eftersyn af redningsudstyr og stiger ved de "
                + "kommunale kajer. Den præcise dato meddeles senere. Eftersynet er gebyrfrit.\n\nSøfartsinspektion Syd");
        genuine(m, "127.71.20.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "signering@blaekfri.dk";
        headers(m, "Tinglev Håndboldklub via Blækfri", "signering@blaekfri.dk", "kultur@aabenraa.dk",
            "Underskriv: lejeaftale for Tinglev Hallen")
            .header("Reply-To", "<formand@haandboldklub-tinglev.dk>")
            .text("Tinglev Håndboldklub har sendt dig 'Aftale om haltider sæson 2037' til underskrift.\n\nDu finder aftalen, "
                + "når du logger ind på din Blækfri-konto.\n\nBlækfri");
        genuine(m, "127.71.32.1");
        m.description = "real e-signature request from blaekfri.dk on behalf of a sports club";
        m = ok("receipt", false);
        headers(m, "Padborg Isenkram", "kvittering@padborg-isenkram.dk", "materielgaarden@aabenraa.dk", "Kvittering for dit køb")
            .text("Tak fordi du handlede hos os\n\n4 rygsprøjter, 20 m kæde, 2 kasser skruer. Betalt med kommunens indkøbskort."
                + "\n\nPadborg Isenkram");
        genuine(m, "127.71.20.5");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Deutscher Kindergarten Padborg", "verwaltung@dkg-padborg.dk", "oekonomi@aabenraa.dk", "Zahlungsavis / betalingsadvis")
            .text("Guten Tag / Goddag\n\nHeute haben wir Ihre Rechnung für die Nutzung der Turnhalle in Padborg überwiesen, "
                + "9.870,00 kr. / I dag har vi betalt jeres faktura for brug af gymnastiksalen.\n\nMit freundlichen Grüßen\n"
                + "Verwaltung, Deutscher Kindergarten Padborg");
        genuine(m, "127.71.20.3");
        m.description = "a German-minority kindergarten pays us: bilingual remittance advice (SPF and RSA, no DMARC)";
        m = ok("order-confirmation", false);
        headers(m, "Aabenraa Lystbådehavn", "havnekontor@aabenraa-lystbaadehavn.dk", "havn@aabenraa.dk", "Ordrebekræftelse: "
            + "vinteropbevaring")
            .text("Hej\n\nVi bekræfter vinteropbevaring på land for kommunens to arbejdsbåde til 15. april. Regningen kommer som "
                + "e-faktura til jeres EAN.\n\nAabenraa Lystbådehavn");
        genuine(m, "127.71.20.6");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "1010001234509876"), iban("DK", "89900002274451"), bank("5479", "0001193327"),
        iban("EE", "2200221077334466"), iban("PL", "102010260000042270201111"), iban("GB", "REVO00996912345678"),
        iban("IE", "AIBK93115212345678"), iban("NL", "ABNA0417164300"), iban("DE", "370400440532013000"),
        iban("HU", "117730161111101800000000"), iban("RO", "BTRL0130120588605017"), iban("BG", "BNBG96611020345678"),
        iban("CY", "002001280000001200527600"), bank("9037", "0002218464"), iban("MT", "MALT011000012345MTLCAST001S"),
        iban("SE", "50000000058398257466"), iban("LT", "3250024720012345"), iban("DK", "52950004477012"),
        iban("NO", "86011117947")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 2, List.of("Ny modtagerkonto"), "", "Kære forbruger\n\nVi har lagt opkrævningen over i et "
            + "nyt faktureringssystem sammen med to andre varmeværker i Sønderjylland. Derfor har vi også en ny konto til "
            + "indbetalinger, og den finder du på opkrævningen her. Betaler du til kontoen fra sidste år, bliver pengene sendt "
            + "retur.");
        forged(m, forgedHost++);
        m.description = "forged From aabenraa-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 5, List.of(), "", "Kære kunde\n\nNovembers jobannoncer og den offentlige bekendtgørelse er "
            + "faktureret. Fjordbladet er overtaget af en udgiver i London, og alle indbetalinger skal fremover ske til den "
            + "engelske konto på fakturaen. Vores gamle konto i Aabenraa lukkes ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From fjordbladet.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"aabenraa-fjernvarme.com", varme, "I weekenden blev kundekartoteket flyttet til en ny server, fordi ledningsnettet "
            + "udvides mod Stubbæk og Ensted, og ved flytningen fik en del erhvervskunder påført et gammelt kontonummer. "
            + "Opkrævningen her er dannet efter rettelsen. Sammenlign tallene med dem, der står hos jer, og ret dem til det, "
            + "der står her, før betalingen for Rådhuset, biblioteket og Rugkobbel sendes."},
            {"roedekro-anlaeg.net", entrep, "De sidste fliser foran hovedindgangen til Rødekro Skole blev lagt i tirsdags, og "
                + "regnvandsbassinet blev godkendt ved afleveringsforretningen torsdag. Min svigersøn har overtaget den "
                + "daglige ledelse, og med ham følger en bank i Kolding, så indbetalingen skal ske til kontonummeret nederst "
                + "på fakturaen og ikke til det, der stod på acontoregningen i oktober."},
            {"kollund-elservice.dk", el, "Gadelyset langs Fjordvejen er sat op og virker. Da vi har flyttet vores "
                + "forretning til en netbank, er kontonummeret ændret - se PDF'en."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Betalingsoplysninger gældende fra " + dottedDay(m, -2)), "",
            "Proffen takker for handlen i november, hvor Ejendomsservice hentede lægter, gipsplader og skruer til "
                + "tagboligerne på Kongehøjskolen; samlefakturaen ligger ved. Revisionen har bedt os samle alle indbetalinger "
                + "på én erhvervskonto, som nu står på fakturaen. Kontoen i jeres kreditorsystem nedlægges ved årsskiftet.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a in traelast) posing as aabenraa-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, it.name(), "faktura@" + d, "it@aabenraa.dk", "Licensfornyelse Chromebooks - betales inden fredag")
            .text("Hej IT\n\nLicenserne til administration af de 640 Chromebooks på mellemtrinnet udløber fredag. Producenten "
                + "har givet os en særpris, hvis beløbet, 187.400,00 kr., er betalt forinden. Overfør venligst til "
                + mule(14) + " og skriv skolernes EAN i teksten. Ellers låses maskinerne mandag morgen.\n\nFakturering\n"
                + it.name());
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic i) posing as padborg-datateknik.dk: urgent licence renewal to a MT IBAN";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Ankerbilag", "betaling@ankerbilag-padborg.dk", "natur@aabenraa.dk",
            "Faktura forfalden - undgå gebyr")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> er overskredet, og i "
                + "nat lægges der et gebyr på 300 kr. oveni. Du kan nå at betale nu med kort:</p><p><a href=\"https://"
                + "ankerbilag-padborg.dk/b/" + sha256("ab71").substring(0, 20) + "\">Betal fakturaen</a></p><p>Ankerbilag</p>"
                + "</body></html>");
        ownedBy(m, "ankerbilag-padborg.dk");
        m.description = "look-alike of the platform ankerbilag.dk: overdue card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Kvitfjord", "no-reply@kvitfjord-aabenraa.com", "kirkegaarde@aabenraa.dk", smed.name() + " - ny betalingsmodtager")
            .text("Til kirkegårdskontoret\n\nSmeden i Løjt Kirkeby har lukket sit eget fakturaprogram og bruger nu Kvitfjord "
                + "til alle regninger. Rækværket ved kirkegårdstrappen er derfor opkrævet gennem os, og pengene skal på "
                + "Kvitfjords klientkonto " + mule(15) + "; vi afregner med " + smed.name() + " hver fredag. Regningen hænger "
                + "ved som PDF.\n\nKvitfjord Kundeservice")
            .attach("application/pdf", "kvitfjord-" + (5_100 + rnd.nextInt(800)) + ".pdf", pdfInvoice(m,
                smed.posing("kvitfjord-aabenraa.com", mule(15)), "Faktura", "KF-" + (40_100 + rnd.nextInt(800)), amount(300_000),
                mule(15), 0, List.of("Opkræves af Kvitfjord på vegne af smedien")));
        ownedBy(m, "kvitfjord-aabenraa.com");
        m.description = "look-alike of kvitfjord.dk: the smithy's invoice 'now collected by us' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betaling til factoringselskab"), "", "Rengøringen af Jobcentret og svømmehallen "
            + "i november er gjort op. Revisoren har fået os ind i en ordning, hvor et finansieringsselskab i Odense køber "
            + "vores fakturaer, og selskabet beder alle kunder sende beløbet direkte til " + mule(16) + ". Jeg står på en "
            + "messe i Herning til fredag og har næsten ingen dækning, så mail er bedst.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of aabenraa-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@aabenraa.dk", "Sv: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Goddag igen\n\nTil fakturaen nedenfor: banken gennemgår i denne uge alle erhvervskonti efter "
                + "hvidvaskreglerne, og indtil gennemgangen er færdig, kan vi ikke tage imod penge. Revisoren har oprettet en "
                + "mellemkonto til det, der kommer ind imens, så de " + p.amount().gross() + " kr. for driften af "
                + "Chromebooks og trådløst net skal til " + mule(17) + ". Når banken er færdig, skriver vi, og så bruger I den "
                + "sædvanlige konto igen.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of padborg-datateknik.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "krusaa-tomrer.dk"}, {mad, "hjordkaer-madservice.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@aabenraa.dk", "Sv: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nTusind tak for svaret om faktura " + p.no() + " (" + p.amount().gross() + " kr.). Før den går "
                    + "til betaling: vores bogholder har opdaget, at fakturaen blev dannet med en konto, vi har lukket. Ret "
                    + "den venligst til " + mule(i + 3) + " og bekræft med et par ord, når det er gjort.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@aabenraa.dk", "Tilskud til Folkefest på havnen - haster")
            .text("Hej\n\nJeg har lovet arrangørerne af nytårsfesten på havnen et tilskud på 120.000 kr. til fyrværkeriet, "
                + "som skal betales forud i dag. Overfør til " + mule(7) + ". Jeg er i Flensborg til møde med Region "
                + "Sønderjylland-Schleswig og kan ikke tage telefonen, så svar på mail.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged aabenraa.dk (p=reject) from outside: the mayor's urgent subsidy";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@aabenraa.dk", "Ret konto for Felsted VVS inden kørslen")
            .text("Hej Kreditor\n\nIndehaveren af Felsted VVS & Blik fangede mig efter byrådsmødet i går: den gamle bank har "
                + "opsagt dem efter ejerskiftet, og de venter på pengene for varmecentralen på Felsted Centralskole. Jeg har "
                + "set papirerne. Opret " + mule(8) + " som deres konto i kreditorsystemet, så den kommer med i kørslen kl. 14, "
                + "og giv mig et kort svar bagefter.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged aabenraa.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.aabenraa@gmail.com", "oekonomi@aabenraa.dk", "Er du ved skrivebordet?")
            .text("Hej\n\nHar du et par minutter? Jeg sidder til møde i Christiansborg og kan kun skrive fra telefonen. Der er en "
                + "fortrolig overførsel, som skal klares i dag uden om de sædvanlige godkendelser. Svar mig her, så får du "
                + "detaljerne.\n\nSendt fra min iPhone");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.aabenraa@outlook.com", "indkoeb@aabenraa.dk", "En tjeneste")
            .text("Hej\n\nJeg vil gerne give de frivillige fra julemarkedet i Storegade en lille tak. Køb 15 gavekort á 1.000 kr. "
                + "online og send mig koderne i et svar, så overrækker jeg dem i aften. Du får pengene igen via udlæg.\n\n"
                + "Borgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // display-name-abuse (free mail under a supplier's name)
        m = bad("display-name-abuse");
        headers(m, "Aabenraa Trælast A/S - Proffen", "aabenraatraelast.proffen@gmail.com", "kreditor@aabenraa.dk",
            "Opdatering af betalingsoplysninger")
            .text("Goddag\n\nVores firmamail er ramt af en driftsforstyrrelse, så vi skriver fra denne adresse i nogle dage. "
                + "Vi har skiftet bank, og alle åbne fakturaer bedes betalt til " + mule(0) + ". Venligst bekræft, at I har "
                + "ændret det i jeres system.\n\nProffen\nAabenraa Trælast A/S");
        genuine(m, GMAIL);
        m.description = "free mail under the builders' merchant's name asks for a new account";
        m = bad("display-name-abuse");
        headers(m, "Bolderslev Turistbusser ApS", "bolderslev.turistbusser@icloud.com", "skoler@aabenraa.dk",
            "Skolekørsel december - forudbetaling")
            .text("Hej\n\nPå grund af de høje dieselpriser kan vi kun køre skoleruterne i december, hvis kørslen betales "
                + "forud. Overfør 64.800 kr. til " + mule(1) + " inden torsdag, så fortsætter busserne som normalt.\n\n"
                + "Kørselskontoret");
        genuine(m, APPLE);
        m.description = "icloud address under the bus company's name wants the school runs prepaid";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Maria Andresen", "maria.andresen.rodekro@gmail.com", "loen@aabenraa.dk", "Ny konto til min løn")
            .text("Kære lønkontor\n\nDet er Maria fra distrikt Rødekro Nord i hjemmeplejen (aften- og weekendruterne). Min "
                + "telefon blev stjålet i Flensborg, så MitID-appen skal sættes op forfra, og imens kommer jeg ikke ind i Silkeborg "
                + "Data-portalen. Samtidig er min lønkonto flyttet til en bank i Litauen, hvor min mand arbejder. Kan I skrive "
                + mule(16) + " ind, så decemberlønnen lander der? Min leder Birthe ved godt besked.\n\nMaria Andresen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care assistant";
        m = bad("payroll-account-change");
        headers(m, "Lars Petersen", "lars.petersen.padborg@hotmail.com", "loen@aabenraa.dk", "Lønkonto")
            .text("Hejsa\n\nLars fra vejholdet på Materielgården her (saltbilerne og fejemaskinen). Jeg er flyttet syd for "
                + "grænsen til Harrislee og har lukket min danske konto, fordi gebyrerne var for høje. Lønnen må fremover gå "
                + "til min Sparkasse-konto " + mule(8) + ", allerede fra december. Min private mail er den eneste, jeg tjekker "
                + "nu.\n\nMvh Lars");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, DE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Aabenraa Inkasso", "sag@aabenraa-inkasso.dk", "kreditor@aabenraa.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text(KOMMUNE + ", Skelbækvej\n\n" + inkasso[i].name() + " har overdraget os faktura " + p.no() + " ("
                    + p.amount().gross() + " kr.), som deres bogholder har rykket for to gange uden svar. Med salær efter "
                    + "rentelovens regler og gebyr for vores brev lyder kravet nu på 620 kr. mere. Vi forventer pengene på "
                    + "klientkontoen " + mule(i + 9) + " inden fire bankdage; ellers indgiver vi betalingspåkrav til "
                    + "fogedretten i Sønderborg uden yderligere varsel.\n\nAabenraa Inkasso, sagsbehandler nr. " + (14 + i));
            ownedBy(m, "aabenraa-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "besked@mitid-aabenraa.com", "it@aabenraa.dk", "Handling påkrævet: MitID Erhverv spærres")
            .html("<html><body><p>Kære brugeradministrator</p><p>Jeres organisations MitID Erhverv mangler en årlig "
                + "genbekræftelse. Gennemføres den ikke inden 24 timer, spærres alle medarbejderes adgang i " + KOMMUNE
                + ".</p><p><a href=\"https://mitid-aabenraa.com/org\">Genbekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-aabenraa.com");
        m.description = "fake MitID Erhverv lock-out with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "notifikation@digitalpost-roedekro.com", "oekonomi@aabenraa.dk",
            "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + " (CVR-postkasse)</p><p>I jeres postkasse ligger en afgørelse fra "
                + "Skattestyrelsen om momsrefusion efter købmomsordningen for tredje kvartal: refusionen til vejprojekterne i "
                + "Kruså er beregnet dobbelt og kræves tilbage. Afgørelsen regnes for modtaget, når fristen udløber onsdag, og "
                + "tilbagebetalingen forrentes fra den dag.</p><p><a href=\"https://digitalpost-roedekro.com/m\">Se afgørelsen "
                + "- kræver MitID med fuldmagt</a></p><p>Denne besked kan ikke besvares.</p></body></html>");
        ownedBy(m, "digitalpost-roedekro.com");
        m.description = "fake Digital Post notice with a MitID link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Padborg Parkering", "afgift@padborg-parkering.dk", "materielgaarden@aabenraa.dk",
            "Parkeringsafgift - Padborg Transportcenter")
            .html("<html><body><p>Kontrolrapport nr. PT-" + (3_300 + rnd.nextInt(600)) + "</p><p>Kommunens kranbil med "
                + "Materielgårdens logo stod natten til lørdag på trailerpladserne bag Padborg Transportcenter, som kun må "
                + "bruges med en natbillet fra automaten ved Industrivej. Kontrolgebyret er 750 kr. Betaler I via koden "
                + "nedenfor inden fem døgn, bortfalder tillægget for manuel sagsbehandling.</p><p><img src=\"cid:qr\" "
                + "alt=\"Kode til betaling\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "padborg-parkering.dk");
        m.description = "QR code for a truck-parking 'fee' at the transport centre";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice Kruså", "kunde@krusaa-betaling.net", "oekonomi@aabenraa.dk", "Aftaler skal genaktiveres")
            .html("<html><body><p>Til økonomiafdelingen</p><p>Efter at Fjordsparekassen har lagt sine erhvervsaftaler om, er "
                + "28 af kommunens tilmeldte opkrævninger (el, varme og leasing) sat i bero. De gamle aftaler kan kun flyttes "
                + "med en telefon: peg kameraet på koden, og godkend flytningen med en medarbejdersignatur. Gøres det ikke før "
                + "den 1., skal hver regning betales manuelt.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "krusaa-betaling.net");
        m.description = "QR code to 'reactivate paused payment agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "kontor@aabenraa-rengoring.dk", "kreditor@aabenraa.dk", "Faktura " + no + " (zip)")
            .text("Hej kreditor\n\nTo af vores sidste mails med rengøringsfakturaer for Jobcentret kom aldrig frem til jer; "
                + "Kommunens IT siger, at deres filter sorterer vores vedhæftninger fra. Derfor ligger novemberfakturaen i en "
                + "komprimeret mappe. Kig efter kontonummeret i den, for vi har fået ny bank siden oktober.\n\nKontoret, "
                + "Aabenraa Erhvervsrengøring")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("aabenraa-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "aabenraa-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of aabenraa-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "vaerksted@felsted-vvs.net", "kreditor@aabenraa.dk", "Fakturaer november samlet")
            .text("Hej\n\nNovembers fakturaer ligger i 7z-filen, så den ikke bliver for stor at sende. Kontoen er ny fra denne "
                + "måned.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("felsted-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "felsted-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of felsted-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@genner-kontor.net", "indkoeb@aabenraa.dk", "Ordrebekræftelse og faktura, papir")
            .text("Hej indkøb\n\nDen store ordre på kopipapir, A4 og A3, til skolerne i Tinglev og Bov er pakket og kører "
                + "mandag. Bekræftelsen og regningen er bygget sammen i ét Word-dokument med et lille program, der lægger "
                + "antal og priser ind; tryk på den gule bjælke, hvor der står 'Aktivér indhold', så dukker tabellen op.\n\n"
                + "Ordrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Linjerne vises efter aktivering af indhold.", true));
        ownedBy(m, "genner-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of genner-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "faktura@padborg-datateknik.net", "it@aabenraa.dk", "Specifikation Chromebooks november")
            .text("Hej\n\nSpecifikationen over Chromebooks og licenser pr. skole er i regnearket. Makroerne skal slås til, for "
                + "at totalerne regnes ud. Vær opmærksom på vores nye kontonummer.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebooks_nov.xlsm", Attachments.excel(List.of(
                "Specifikation november 2036", "Chromebook og licens 640 stk", "Betaling til " + mule(13)), true));
        ownedBy(m, "padborg-datateknik.net");
        m.description = "macro-enabled .xlsm from a look-alike of padborg-datateknik.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "jens@bov-malerforretning.dk", "ejendomsservice@aabenraa.dk", "Regning Bov Skole")
            .text("Hej\n\nHer er regningen som billede, printeren driller. Læg mærke til kontonummeret, det er nyt.\n\nJens")
            .attach("image/jpeg", "IMG_5521.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "bov-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of bov-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "bent@tinglev-vognmand.net", "materielgaarden@aabenraa.dk", "Faktura saltkørsel")
            .text("Hej\n\nFakturaen for kørsel med vejsalt er scannet og vedhæftet. Vi har fået en ny konto, den står på "
                + "bilaget.\n\nBent")
            .attach("application/pdf", "Scan_20361128.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "tinglev-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of tinglev-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(graver);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, graver.name(), "hcb@varnaes-kloak.net", "efaktura@aabenraa.dk", "E-faktura " + no + " som fil")
            .text("Hej efaktura\n\nTv-inspektionen og spulingen af ledningerne i Varnæs og Bovrup er afsluttet, rapporterne er "
                + "hos Aabenraa Forsyning. Vores bogholder er skiftet, og hendes program kan ikke sende gennem NemHandel før "
                + "januar, så XML-filen kommer her. Læg mærke til, at kontoen i filen er vores nye driftskonto.\n\nHans "
                + "Christian\n" + graver.name())
            .attach("application/xml", "faktura-" + no + ".xml", ubl(no, graver, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "AK-" + (83_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "varnaes-kloak.net");
        m.description = "Peppol XML in the real sewer contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@padborg-datateknik.net", "efaktura@aabenraa.dk", "OIOUBL " + no)
            .text("OIOUBL-fil vedhæftet. Vi har skiftet pengeinstitut, og de nye oplysninger står i filen.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "AK-" + (83_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "padborg-datateknik.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of padborg-datateknik.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Blækfri", "dokument@blaekfri-kollund.dk", "havn@aabenraa.dk", "Kollund Bådelaug venter på din signatur")
            .html("<html><body><p>Du er inviteret til at signere 'Overdragelse af bådebroen i Kollund'. Invitationen udløber "
                + "i dag kl. 16.</p><p><a href=\"https://blaekfri-kollund.dk/d/" + sha256("bf71").substring(0, 16) + "\">Åbn "
                + "dokumentet</a></p></body></html>");
        ownedBy(m, "blaekfri-kollund.dk");
        m.description = "fake e-signature request imitating blaekfri.dk and a boat club";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "no-reply@uge-dokumentdeling.net", "ejendomsservice@aabenraa.dk",
            "Forpagtningskontrakt til underskrift")
            .html("<html><body><p>Forpagtning 2037-2041: markerne øst for Uge Skole (11,4 ha)</p><p>Forpagteren har "
                + "underskrevet og sendt aftalen videre til kommunen som udlejer. For at beskytte personoplysninger vises "
                + "dokumentet først, når du har bekræftet din identitet med brugernavn og adgangskode fra kommunens Office "
                + "365.</p><p><a href=\"https://uge-dokumentdeling.net/login\">Bekræft og åbn kontrakten</a></p></body></html>");
        ownedBy(m, "uge-dokumentdeling.net");
        m.description = "fake e-signature behind a work-account login page";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "fornyelse@padborg-domaeneservice.com", "it@aabenraa.dk", "aabenraa.dk udløber om 3 dage")
            .text("Att. IT-afdelingen\n\nNavneserverne for aabenraa.dk står hos os, og registreringsperioden løber ud på "
                + "søndag. Efter udløb går navnet i karantæne og kan købes af andre; borger.dk-links, Digital Post-henvisninger "
                + "og alle medarbejderes mail til @aabenraa.dk vil så fejle. Fornyelse i fem år koster 4.950,00 kr. og kan "
                + "indbetales på " + mule(4) + " eller med betalingskort via https://padborg-domaeneservice.com/forny\n\n"
                + "Domæneservice, registrarafdelingen");
        ownedBy(m, "padborg-domaeneservice.com");
        m.description = "fake renewal of our own domain with a PL IBAN and a card link";
        m = bad("fake-domain-renewal");
        headers(m, "Webhotel Aabenraa", "regning@aabenraa-webhotel.net", "kreditor@aabenraa.dk", "Faktura: SEO og domæneregistrering")
            .text("Hej bogholderi\n\nI oktober blev navnene aabenraa-havn.dk og aabenraa-kommune.dk optaget i vores "
                + "erhvervsregister med jeres logo, så søgninger på havnen og kommunen fører de rigtige steder hen. Årsgebyret "
                + "for 2037 er 8.760,00 kr. og forfalder den 5. i næste måned; betal til " + mule(9) + ", så ligger "
                + "optagelsen fast.\n\nWebhotel Aabenraa, fakturering");
        ownedBy(m, "aabenraa-webhotel.net");
        m.description = "domain-directory/SEO 'invoice' nobody ordered (HU IBAN)";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "korsel@bolderslev-busser.net", "kreditor@aabenraa.dk", "Faktura " + p.no() + " - del betalingen")
            .text("Hej\n\nVi er midt i et bankskifte og vil bede jer dele faktura " + p.no() + " (" + p.amount().gross()
                + " kr.): det halve til vores kendte konto og resten til " + mule(9) + ".\n\nKørselskontoret");
        ownedBy(m, "bolderslev-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@felsted-vvs-aps.dk", "kreditor@aabenraa.dk", "Betaling af faktura " + p.no())
            .text("Hej kreditor\n\nEn lidt skæv bøn om faktura " + p.no() + " for varmecentralen i Felsted: send 25.000 kr. som "
                + "normalt til kontoen i jeres kartotek, men læg resten på " + mule(10) + ". Vores erhvervskonto har et "
                + "månedsloft over indgående beløb, som banken først hæver efter nytår, og vi skal have betalt grossisten for "
                + "kedlerne.\n\nVærkstedet, Felsted VVS & Blik");
        ownedBy(m, "felsted-vvs-aps.dk");
        m.description = "split payment on Felsted VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-german-truck-toll-invoice
        M m = bad("fake-german-truck-toll-invoice");
        headers(m, "Mautportal Kundenservice", "mahnung@mautportal-krusaa.com", "materielgaarden@aabenraa.dk",
            "Zahlungserinnerung: offene Lkw-Maut " + tollCustomer)
            .text("Sehr geehrte Damen und Herren,\n\nfür Ihr Kundenkonto " + tollCustomer + " wurden bei der Einreise über den "
                + "Grenzübergang Padborg/Harrislee Fahrten ohne gültige Einbuchung festgestellt. Die Lastschrift für Oktober "
                + "wurde von Ihrer Bank zurückgegeben. Bitte überweisen Sie den offenen Betrag von EUR 1.487,60 innerhalb von "
                + "48 Stunden auf " + mule(8) + ", sonst wird ein Bußgeldverfahren gegen den Halter eingeleitet.\n\n"
                + "Mit freundlichen Grüßen\nMautportal Forderungsmanagement");
        ownedBy(m, "mautportal-krusaa.com");
        m.description = "German 'toll arrears' citing the real Maut customer number, returned direct debit, DE IBAN";
        m = bad("fake-german-truck-toll-invoice");
        headers(m, "Lkw-Maut Nachberechnung", "service@padborg-lkw-maut.de", "oekonomi@aabenraa.dk",
            "Nachberechnung Maut - Fahrzeuge der Gemeinde Apenrade")
            .html("<html><body><p>Guten Tag,</p><p>bei einer Prüfung wurden für drei Fahrzeuge der Gemeinde Apenrade "
                + "Mautfahrten mit falscher Achsklasse festgestellt. Die Nachberechnung beträgt EUR 2.310,00. Sie können den "
                + "Betrag bequem online mit Kreditkarte begleichen:</p><p><a href=\"https://padborg-lkw-maut.de/zahlung/"
                + sha256("lkw71").substring(0, 14) + "\">Jetzt bezahlen</a></p><p>Ohne Zahlung binnen sieben Tagen erfolgt "
                + "die Weitergabe an das Bundesamt.</p></body></html>");
        ownedBy(m, "padborg-lkw-maut.de");
        m.description = "German 'toll recalculation for wrong axle class' with a card-payment link";
        m = bad("fake-german-truck-toll-invoice");
        headers(m, "Vejafgift Grænse", "opkraevning@bov-vejafgift.eu", "kreditor@aabenraa.dk",
            "Manglende betaling af tysk vejafgift - Materielgården")
            .text("Til " + KOMMUNE + "\n\nVi opkræver på vegne af den tyske mautoperatør afgift for kommunens køretøjer over "
                + "3,5 tons, der har kørt på tyske motorveje uden betalt maut. Vedhæftet er opgørelsen over 27 passager ved "
                + "Kruså og Frøslev. Beløbet, 16.940,00 kr., skal indbetales til " + mule(3) + " inden fem dage for at undgå "
                + "bøde ved næste grænsekontrol.\n\nVejafgift Grænse")
            .attach("application/pdf", "maut-opgoerelse.pdf", Attachments.pdf(docId(m, "vg71"), "Opgørelse tysk vejafgift",
                List.of("Vejafgift Grænse", "Køretøjer: Materielgården, " + KOMMUNE, "27 passager Kruså/Frøslev",
                    "I alt 16.940,00 kr.", "Betales til " + mule(3))));
        ownedBy(m, "bov-vejafgift.eu");
        m.description = "Danish-language 'German road toll' collection for municipal lorries with a PDF (EE IBAN)";

        // fake-quay-fender-replacement-invoice
        m = bad("fake-quay-fender-replacement-invoice");
        invoice(m, fender.posing("ensted-havneteknik.com", fender.account()), mule(10), 15,
            List.of("Kontrakt " + fenderContract + " - ekstraarbejde"), "", "Under stormen i sidste uge blev tre fendere ved "
                + "kaj 5 på Sønderhavn revet løs, og et fragtskib lå mod den bare kajkant. Vi rykkede ud om natten og monterede "
                + "nye fendere, så kajen kunne bruges igen. Arbejdet ligger uden for kontrakt " + fenderContract + " og "
                + "betales ved modtagelsen. Vi har skiftet bank, så brug kontoen på fakturaen.");
        ownedBy(m, "ensted-havneteknik.com");
        m.description = "look-alike of the fender firm cites the real contract, 'storm damage at night', new account (RO IBAN)";
        m = bad("fake-quay-fender-replacement-invoice");
        headers(m, "Aabenraa Fendere", "salg@aabenraa-fendere.dk", "havn@aabenraa.dk", "Faktura: fendere til Barsø Landing")
            .text("Hej Havnen\n\nSom aftalt telefonisk med jeres havnefoged i september har vi leveret 6 nye D-fendere til "
                + "færgelejet ved Barsø Landing. Fakturaen på 57.125,00 kr. inkl. moms er vedhæftet og betales netto 8 dage til "
                + mule(11) + ".\n\nAabenraa Fendere")
            .attach("application/pdf", "faktura-fendere.pdf", Attachments.pdf(docId(m, "af71"), "Faktura D-fendere",
                List.of("Aabenraa Fendere", "6 stk. D-fender 300x300, leveret Barsø Landing", "I alt inkl. moms 57.125,00",
                    "Konto " + mule(11))));
        ownedBy(m, "aabenraa-fendere.dk");
        m.description = "unknown firm bills fenders 'agreed by phone with the harbour master' for the ferry berth (BG IBAN)";
        m = bad("fake-quay-fender-replacement-invoice");
        headers(m, "Stubbæk Marine", "drift@stubbaek-marine.dk", "teknik@aabenraa.dk", "Sikkerhedseftersyn af kajfendere - booking")
            .text("Goddag\n\nFra næste år skal alle kommunale kajer have et dokumenteret fendereftersyn før forsikringen "
                + "fornyes. Vi har reserveret dykker og kranbil til jer i uge 3. For at holde datoen skal halvdelen af prisen, "
                + "21.500 kr., betales forud til " + mule(12) + ".\n\nStubbæk Marine");
        ownedBy(m, "stubbaek-marine.dk");
        m.description = "'insurance-required fender inspection' booking with a prepayment (CY IBAN)";

        // fake-weighbridge-calibration-invoice
        m = bad("fake-weighbridge-calibration-invoice");
        invoice(m, vaegt.posing("padborg-vaegtservice.net", vaegt.account()), mule(13), 18,
            List.of("Sag " + scaleCase + " - omkalibrering"), "", "Ved den lovpligtige kontrol af brovægten på genbrugspladsen "
                + "i Padborg viste vejningerne en afvigelse over tolerancen, og vægten måtte ikke bruges til afregning. Vi "
                + "omkalibrerede den samme dag under sag " + scaleCase + ". Fordi det er et akutbesøg, opkræves det særskilt, og "
                + "vores nye konto står på fakturaen.");
        ownedBy(m, "padborg-vaegtservice.net");
        m.description = "look-alike of the weighing firm cites the real case, 'failed verification, urgent recalibration', DK mule";
        m = bad("fake-weighbridge-calibration-invoice");
        headers(m, "Rødekro Vejeteknik", "faktura@roedekro-vejeteknik.dk", "genbrug@aabenraa.dk", "Faktura: verifikation af brovægt")
            .text("Hej\n\nVi har gennemført verifikation af brovægten ved Materielgården og havnens vægt på Sønderhavn og "
                + "påsat nye mærker. Uden betalt faktura kan certifikatet ikke udstedes, og vægtene må så ikke bruges ved salg "
                + "efter vægt. Beløb 23.750,00 kr. til " + mule(14) + ".\n\nRødekro Vejeteknik");
        ownedBy(m, "roedekro-vejeteknik.dk");
        m.description = "unknown firm withholds a weighbridge certificate until paid (MT IBAN)";
        m = bad("fake-weighbridge-calibration-invoice");
        headers(m, "Tinglev Kalibrering", "ordre@tinglev-kalibrering.dk", "materielgaarden@aabenraa.dk",
            "Bekræftelse: udskiftning af vejeceller")
            .text("Hej\n\nTak for jeres henvendelse om fejlvisning på vægten i Rødekro. Vi har bestilt fire nye vejeceller hjem "
                + "fra fabrikken. Da cellerne er specialfremstillet, skal de betales forud: 38.900 kr. til " + mule(15)
                + ".\n\nTinglev Kalibrering");
        ownedBy(m, "tinglev-kalibrering.dk");
        m.description = "'your enquiry' about a faulty weighbridge, load cells paid in advance (SE IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus71().generate(), List.of(
            "# Aabenraa Kommune, Økonomi: invoice checks (seventy-first held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=aabenraa-fjernvarme.dk roedekro-anlaeg.dk ensted-havneteknik.dk padborg-vaegtservice.dk "
                + "krusaa-toemrer.dk bov-maler.dk aabenraa-rengoering.dk fjordbladet.dk tinglev-vognmand.dk kollund-el.dk "
                + "felsted-vvs.dk hjordkaer-madservice.dk aabenraa-traelast.dk padborg-datateknik.dk bolderslev-busser.dk "
                + "genner-kontor.dk varnaes-kloak.dk",
            "invoice.domains.platforms=ankerbilag.dk kvitfjord.dk dokumo.io bilagsbro.dk",
            "invoice.names.protected=Aabenraa Kommune"));
    }
}
