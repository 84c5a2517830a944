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
 * The eighth held-out invoice corpus (issue 11 item 5): a ninth test set in a world nobody tuned on. "Our" public body
 * is Aalborg Kommune ({@value #OWN}, p=reject, its creditor, e-invoice and finance mailboxes and departments) with
 * fourteen listed suppliers from Nordjylland in every DNS posture real Danish firms have, three invoicing platforms /
 * access points ({@code comdia.com}, {@code fenerum.com}, {@code meneto.com}), banks, a region and a neighbouring
 * municipality paying us, a Nordjylland creditor network list, forwarders (with and without SRS), free mail, foreign
 * suppliers and SaaS, and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (fakturafælder, annoncefælder, abonnementsfælder, changed
 * bank details, CEO fraud, fake Digital Post/MitID, fake inkasso and fake Gældsstyrelsen notices, renewal and
 * directory scams, compromised mailboxes, hijacked threads, QR codes, archives, macro documents, image-only invoices,
 * "please use our new e-mail address" priming, "you paid too little" difference claims), without reading the invoice
 * engine, its tests, tuning notes or any earlier result. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice, credit note, reminder, collection letter
 * for a real debt, leasing notice or SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM
 * pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus8GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus8 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout8");
    public static final String OWN = "aalborg.dk";
    static final String FRAUD_NET = "127.93.";
    private static final String OWN_IP = "127.80.0.1";
    private static final String GLN = "5798004471236";
    private static final String ADDRESS = "Boulevarden 13, 9000 Aalborg";

    private final Random rnd = new Random(81_0008_2026L);
    private final Map<String, String> threads = new TreeMap<>();
    private final Map<String, String> threadSubject = new TreeMap<>();
    private final Map<String, String> historyNo = new TreeMap<>();
    private final Map<String, Amount> historyAmount = new TreeMap<>();
    private String lastSubject;
    private Amount lastAmount;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2026, 10, 6, 8, 10, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2026, 11, 17, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Aalborg Forsyning", "aalborgforsyning.dk", "Aalborg Forsyning Erhvervsafregning",
        "erhvervsafregning", "127.81.1.1", iban("DK", "30004417208861"),
        "fjernvarme og vand, administrationsbygninger og daginstitutioner, 3. kvartal");
    private final Supplier trafik = new Supplier("Nordjyllands Trafikselskab", "nordjyllandstrafikselskab.dk", "NT Økonomi", "oekonomi",
        "127.81.2.1", bank("9070", "0001637742"), "kommunens andel af bybusser, flextur og skolekørsel, oktober");
    private final Supplier elnet = new Supplier("N1 A/S", "n1.dk", "N1 Erhvervsservice", "erhvervsservice", "127.81.3.1",
        iban("DK", "83000004612790"), "nettarif og målerafregning, vejbelysning og pumpestationer");
    private final Supplier toemrer = new Supplier("Nørresundby Tømrer & Snedker ApS", "noerresundby-toemrer.dk", "Kasper Lindholm",
        "kasper", "127.81.4.1", bank("9070", "0002284519"), "nye branddøre og dørpumper, Løvvangskolen");
    private final Supplier anlaeg = new Supplier("Himmerland Anlæg & Entreprenør A/S", "himmerland-anlaeg.dk", "Dorthe Sørup",
        "bogholderi", "127.81.5.1", bank("7450", "0001174306"), "omlægning af fortov og kantsten, Hasserisgade og Kastetvej");
    private final Supplier maler = new Supplier("Hasseris Malerfirma v/ Poul Kjær", "hasseris-maler.dk", "Poul Kjær", "poul",
        "127.81.6.1", bank("9070", "0006158830"), "maling af gymnastiksal og omklædningsrum, Hasseris Skole");
    private final Supplier avis = new Supplier("NORDJYSKE Medier", "nordjyske.dk", "NORDJYSKE Annonceregnskab", "annonceregnskab",
        "127.81.7.1", iban("DK", "74000003318850"), "stillingsannoncer og offentlige bekendtgørelser, NORDJYSKE Stiftstidende");
    private final Supplier vognmand = new Supplier("Vodskov Vognmandsforretning ApS", "vodskov-vognmand.dk", "Ole Vodskov", "ole",
        "127.81.8.1", bank("7450", "0003390217"), "snerydning og saltning af cykelstier, distrikt Øst");
    private final Supplier rengoering = new Supplier("Svenstrup Rengøring ApS", "svenstrup-rengoering.dk", "Tina Godthåb", "faktura",
        "127.81.9.1", bank("9070", "0004471956"), "daglig rengøring, Svenstrup Bibliotek og Borgerservice Syd");
    private final Supplier kloak = new Supplier("Limfjord Kloakservice A/S", "limfjord-kloakservice.dk", "Limfjord Kloakservice Ordrekontor",
        "ordre", "127.81.10.1", bank("7450", "0005528013"), "spuling og TV-inspektion af kloakstik, Vejgaard Svømmehal");
    private final Supplier vvs = new Supplier("Brødrene Dahl A/S", "dahl.dk", "Brødrene Dahl Debitorservice", "debitor", "127.81.11.1",
        iban("DK", "40006216609035"), "VVS-materialer til Ejendomsdrift, rammeaftale 2026");
    private final Supplier el = new Supplier("Gug El-Service ApS", "gug-el.dk", "Michael Storvorde", "michael", "127.81.12.1",
        bank("9070", "0007703318"), "service på adgangskontrol og nødbelysning, Gigantium");
    private final Supplier frugt = new Supplier("Nordjysk Frugt & Grønt A/S", "nordjysk-frugt.dk", "Salgskontoret", "salg",
        "127.81.13.1", bank("7450", "0008816540"), "frugt, grønt og mejerivarer til plejecentrenes køkkener");
    private final Supplier kontor = new Supplier("Limfjord Kontorforsyning ApS", "limfjord-kontor.dk", "Limfjord Kontorforsyning Ordre",
        "ordre", "127.81.14.1", iban("DK", "52950009917406"), "kopipapir, toner og kontorstole, rammeaftale, november");
    // unlisted small suppliers, one-person businesses
    private final Supplier vejgaardVvs = new Supplier("Vejgaard VVS ApS", "vejgaard-vvs.dk", "Henrik Vejgaard", "henrik",
        "127.82.1.1", bank("9070", "0002716645"), "udskiftning af blandingsbatterier, Vejgaard Børnehus");
    private final Supplier supervision = new Supplier("Mette Lindholm Supervision", "gmail.com", "Mette Lindholm",
        "mette.lindholm.supervision", "127.86.1.1", bank("7450", "0004412276"), "supervision af bostøtter, Socialpsykiatrien, 6 sessioner");
    private final Supplier snedker = new Supplier("Klarup Møbelsnedkeri v/ Anders Klarup", "klarup-snedker.dk", "Anders Klarup",
        "anders", "127.82.2.1", bank("9070", "0005583391"), "skabe og garderobebænke, Klarup Skole indskoling");
    private final Supplier tolk = new Supplier("Sara Haddad Tolkeservice", "outlook.com", "Sara Haddad", "sara.haddad.tolk",
        "127.86.2.1", bank("7450", "0006637120"), "tolkning arabisk-dansk, Jobcenter Aalborg, 9 timer");
    private final Supplier skadedyr = new Supplier("Nibe Skadedyrskontrol", "nibe-skadedyr.dk", "Jens Halkær", "jens",
        "127.82.3.1", bank("9070", "0008840052"), "rottebekæmpelse og sikring af kloakbrønde, Nibe Skole");
    private final Supplier musik = new Supplier("Ida Tranum Musik", "icloud.com", "Ida Tranum", "ida.tranum.musik",
        "127.86.5.1", bank("7450", "0001196638"), "sangstunder på tre plejecentre, november");

    private final List<Supplier> listed = List.of(forsyning, trafik, elnet, toemrer, anlaeg, maler, avis, vognmand, rengoering, kloak,
        vvs, el, frugt, kontor);

    /** Fraudsters' domains, each set up (SPF, mostly DKIM, some DMARC) by its owner. */
    private static final String[] OWNED = {"aalborgforsyning-betaling.dk", "aalborg-forsyning.com", "nordjyllands-trafikselskab.com",
        "n1-el.dk", "norresundby-toemrer.dk", "dahl-dk.com", "brdr-dahl.com", "nordjyske-annonce.dk", "gug-el.com", "limfjord-kloak.dk",
        "nordjysk-frugt.com", "vodskov-vognmand.com", "svenstrup-rengoring.dk", "himmerland-anlaeg.com", "hasseris-maler.com",
        "limfjord-kontor.com", idn("ålborg.dk"), idn("nordjyskе.dk"), "aalborg-kommune.com", "aalborgkommune.net",
        "comdia-invoice.com", "fenerum-billing.com", "meneto-pay.net", "nordjysk-inkasso.dk", "debt-recovery-nordic.com",
        "digitalpost-borger.com", "mitid-adminportal.com", "gaeldsstyrelsen-opkraevning.dk", "restance-gaeld.com",
        "dk-hostmaster-service.com", "offentlige-leverandoerer.eu", "nordjysk-erhvervsguide.dk", "beredskabshaandbogen.com",
        "kommunal-indkoebsguide.com", "udbudsradar-pro.com", "tender-alert-europe.com", "nordic-advisory-group.com",
        "sikker-deling.net", "betalingsservice-erhverv.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("aalborgforsyning.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordjyllandstrafikselskab.dk", List.of(trafik.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("n1.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only
        domain("noerresundby-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain("himmerland-anlaeg.dk", List.of(anlaeg.ip()), "~all", null, null); // SPF only
        domain("hasseris-maler.dk", null, null, null, null); // nothing published
        domain("nordjyske.dk", List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("vodskov-vognmand.dk", List.of("127.81.98.8"), "~all", null, "none"); // SPF names the web host only
        domain("svenstrup-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, null); // RSA DKIM only
        domain("limfjord-kloakservice.dk", List.of(kloak.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("dahl.dk", List.of(vvs.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("gug-el.dk", List.of(el.ip()), "-all", null, null); // SPF only
        domain("nordjysk-frugt.dk", List.of(frugt.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("limfjord-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("vejgaard-vvs.dk", List.of(vejgaardVvs.ip()), "-all", null, null);
        domain("klarup-snedker.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("nibe-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("lowell.dk", List.of("127.82.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("power.dk", List.of("127.82.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms / access points
        domain("comdia.com", List.of("127.83.1.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("fenerum.com", List.of("127.83.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("meneto.com", List.of("127.83.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // associations, banks, public bodies, neighbours, relays
        domain("brevo.com", List.of("127.84.1.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("jyskefinans.dk", List.of("127.84.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordjysk-oekonomi.dk", List.of("127.84.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("merkurbank.dk", List.of("127.84.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("djurslandsbank.dk", List.of("127.84.5.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("rebild.dk", List.of("127.84.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("jammerbugt.dk", List.of("127.84.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("broenderslev.dk", List.of("127.84.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("dkcert.dk", List.of("127.84.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("beierholm.dk", List.of("127.84.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("rn.dk", List.of("127.84.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hjoerring.dk", List.of("127.84.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("relay.limfjordnet.dk", List.of("127.87.1.1"), "-all", null, null);
        domain("srs.nordfwd.dk", List.of("127.87.3.1"), "-all", null, null);
        // free mail, foreign SaaS and suppliers, shops
        domain("gmail.com", List.of("127.86.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.86.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of("127.86.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of("127.86.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of("127.86.3.1"), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of("127.86.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("zapier.com", List.of("127.85.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("1password.com", List.of("127.85.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hl-display.com", List.of("127.85.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("shell.dk", List.of("127.85.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ikea.dk", List.of("127.85.5.1"), "~all", null, "none");
        for (int i = 0; i < OWNED.length; i++) {
            domain(OWNED[i], List.of(FRAUD_NET + "5." + (i + 1)), i % 4 == 1 ? "~all" : "-all",
                i % 5 == 3 ? null : i % 5 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256,
                i % 3 == 2 ? null : i % 3 == 0 ? "none" : "quarantine");
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int maxNetOre) {
        long net = 42_500 + rnd.nextInt(maxNetOre);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String no(String prefix) {
        return prefix + (200_000 + rnd.nextInt(700_000));
    }

    /** Each supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        return switch (Math.floorMod(sha256("nr8:" + s.domain()).hashCode(), 4)) {
            case 0 -> "2026" + (1000 + rnd.nextInt(8000));
            case 1 -> no("F-").substring(0, 7);
            case 2 -> no("");
            default -> "AF" + (40_000 + rnd.nextInt(50_000));
        };
    }

    private static final String[] TO = {"kreditor@aalborg.dk", "efaktura@aalborg.dk", "oekonomi@aalborg.dk", "kreditor@aalborg.dk",
        "by-land@aalborg.dk", "sundhed-kultur@aalborg.dk", "skole-fritid@aalborg.dk", "aeldre-handicap@aalborg.dk", "indkoeb@aalborg.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("pdf8:" + what + ":" + m.id).substring(0, 12), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(30_000_000 + Math.floorMod(sha256("cvr8:" + domain).hashCode(), 14_000_000));
    }

    private static String fiCreditor(String domain) {
        return String.valueOf(80_000_000 + Math.floorMod(sha256("fi8:" + domain).hashCode(), 9_999_999));
    }

    /**
     * Three layouts of this corpus: an ERP print with an order line, an accounting-program layout with an FI payment
     * line (only with the supplier's own account), a craftsman's one-page bill.
     */
    private byte[] pdf(M m, Supplier s, String kind, String no, Amount a, String account, int layout, List<String> extra) {
        List<String> l = new ArrayList<>();
        String title;
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                title = s.name() + " - " + kind.toUpperCase(DA);
                l.add(kind + " nr. " + no + "    Dato " + dottedDay(m, 0) + "    CVR-nr. " + cvr(s.domain()));
                l.add("Faktureres til: Aalborg Kommune, " + ADDRESS + ", EAN " + GLN);
                l.add("Pos. 1   " + s.what() + "   1 stk.   " + a.net());
                l.add("Subtotal " + a.net() + "   Moms 25 % " + a.vat() + "   I alt DKK " + a.gross());
                l.addAll(extra);
                l.add("Betaling: " + account + " senest " + dottedDay(m, 30) + ". Anfør " + kind.toLowerCase(DA) + "snr. ved betaling.");
            }
            case 1 -> {
                title = kind + " " + no;
                l.add(s.name() + ", CVR " + cvr(s.domain()) + ", www." + s.domain());
                l.add("Kunde: Aalborg Kommune, EAN-nr. " + GLN);
                l.add("Udstedt " + writtenDay(m, 0) + "    Betalingsfrist " + writtenDay(m, 20));
                l.add("Leverance: " + s.what());
                l.add("Netto " + a.net() + "  +  moms " + a.vat() + "  =  at betale DKK " + a.gross());
                l.addAll(extra);
                l.add("Bankoverførsel til " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("[^0-9]", "");
                    l.add("FI-indbetaling: +71<" + String.format("%015d", Long.parseLong(digits.isEmpty() ? "0" : digits)) + " +"
                        + fiCreditor(s.domain()) + "<");
                }
            }
            default -> {
                title = s.person() + " - regning";
                l.add("Regning nr. " + no + " til Aalborg Kommune");
                l.add("Udført: " + s.what());
                l.add("Pris i alt inkl. moms: kr. " + a.gross() + " (moms udgør " + a.vat() + ")");
                l.addAll(extra);
                l.add("Betales til " + account + " inden 8 dage. På forhånd tak.");
            }
        }
        return Attachments.pdf(docId(m, no), title, l);
    }

    private static String pdfName(String no, int variant) {
        return switch (Math.floorMod(variant, 6)) {
            case 0 -> "Faktura_" + no + ".pdf";
            case 1 -> "AalborgKommune-" + no + ".pdf";
            case 2 -> "faktura-" + no.toLowerCase(DA) + ".pdf";
            case 3 -> no + ".pdf";
            case 4 -> "Regning " + no + ".pdf";
            default -> "FAK" + no.replaceAll("[^0-9]", "") + ".PDF";
        };
    }

    private static final String[] GREET = {"Hej", "Goddag Aalborg Kommune", "Til kreditorbogholderiet", "Kære kreditorafdeling",
        "Hej Aalborg", "Att.: Økonomi"};

    private String sig(Supplier s) {
        return switch (Math.floorMod(sha256("sig8:" + s.domain()).hashCode(), 3)) {
            case 0 -> "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + "\nCVR-nr. " + cvr(s.domain());
            case 1 -> "\n\nMvh.\n" + s.person() + "\nTlf. 98 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " "
                + (10 + rnd.nextInt(89)) + "\n" + s.domain();
            default -> "\n\n" + s.name() + " · Bogholderiet\nSpørgsmål til fakturaen? Besvar blot denne mail.";
        };
    }

    /** A supplier's invoice mail (body, PDF); headers set, the caller decides how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> extra, String bodyExtra) {
        String n = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 16_000_000 : 1_100_000);
        String shortName = s.name().split(" ")[0];
        String[] subjects = {"Faktura " + n + " fra " + s.name(), "Fremsendelse af faktura " + n, "Aalborg Kommune - faktura " + n,
            "Faktura: " + s.what(), n + " / Aalborg Kommune", "Ny regning fra " + shortName, "Faktura " + n + " (" + dottedDay(m, 0) + ")"};
        String body = GREET[Math.floorMod(v, GREET.length)] + "\n\n" + switch (Math.floorMod(v, 6)) {
            case 0 -> "Hermed faktura " + n + " for " + s.what() + ". Den er også sendt elektronisk til EAN " + GLN + ".";
            case 1 -> "Se venligst vedhæftede faktura. Beløbet på " + a.gross() + " kr. forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Opgaven er afleveret, og vi sender hermed vores regning. Skriv gerne, hvis jeres rekvirent mangler på fakturaen.";
            case 3 -> "Vedlagt finder I fakturaen. Betalingsbetingelser som aftalt: netto 30 dage.";
            case 4 -> "Tak for samarbejdet. Her er fakturaen - spørgsmål kan rettes til undertegnede.";
            default -> "Faktura " + n + " | " + a.gross() + " DKK inkl. moms | sidste rettidige betaling " + writtenDay(m, 30) + ".";
        } + bodyExtra + sig(s);
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        lastAmount = a;
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:10pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(n, v), pdf(m, s, "Faktura", n, a, account, v, extra));
        return n;
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legit() {
        int v = 0;
        for (Supplier s : listed) {
            M m = mail("supplier-invoice", false);
            m.wave = 1;
            invoiceLike.add(m.id);
            String n = invoice(m, s, s.account(), v++, List.of(), "");
            historyNo.put(s.domain(), n);
            historyAmount.put(s.domain(), lastAmount);
            genuine(m, s.ip());
            threads.put(s.domain(), messageId(m, s.domain()));
            threadSubject.put(s.domain(), lastSubject);
            m.description = "history: " + s.domain() + " invoice, usual account, from its own server";
        }
        for (Supplier s : List.of(kloak, vvs, toemrer, avis, forsyning, maler, elnet, frugt, anlaeg, vognmand, kontor, el)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 7 + 1, List.of(v % 2 == 0 ? "Indkøbsordre: " + (4_500_000 + v * 13) : "Rekvirent: " + to()),
                v % 3 == 0 ? "\n\nMandskabs- og materialeforbrug fremgår af bilaget." : "");
            if (v % 3 == 0) {
                m.mime.attach("application/pdf", "bilag_timer_materialer.pdf", Attachments.pdf(docId(m, "bil"), "Timer og materialer",
                    List.of("Sag: " + s.what(), "Montørtimer: " + (4 + v), "Materialer jf. følgeseddel", "Kvitteret af driftsleder")));
            } else if (v % 4 == 1) {
                m.mime.attach("image/jpeg", "foto_" + (1200 + v) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice, usual account, from its own server";
            v++;
        }
        for (Supplier s : List.of(elnet, frugt, trafik, rengoering, kontor, forsyning)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v++ * 5 + 4, List.of("Periode: 01.10.2026 - 31.10.2026"), "\n\nFakturaen dækker oktober måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        platforms();
        xml();
        newAccount();
        smallSuppliers();
        newsletters();
        lists();
        forwarded();
        internal();
        foreign();
        remittances();
        receipts();
        other();
    }

    private void creditNotes() {
        Object[][] x = {{vvs, "Kreditnota til faktura ", "Returvaren fra Ejendomsdrift (2 stk. cirkulationspumper) er modtaget i god stand."},
            {frugt, "Kreditering - faktura ", "Leverancen til Plejecenter Fremtiden den 14. oktober manglede to kasser mælk; de er nu krediteret."},
            {elnet, "Kreditnota: rettelse af faktura ", "Ved en fejl blev pumpestation Sønderholm afregnet efter et skønnet forbrug. "
                + "Vi har nu fået den rigtige aflæsning."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("credit-note", false);
            invoiceLike.add(m.id);
            String n = no("KN");
            Amount a = amount(600_000);
            headers(m, s.person(), addr(s), "kreditor@aalborg.dk", e[1] + historyNo.get(s.domain()))
                .text(GREET[v + 1] + "\n\n" + e[2] + " Vedhæftet kreditnota " + n + " på -" + a.gross() + " kr. Beløbet trækkes fra "
                    + "jeres næste betaling, så der skal ikke foretages yderligere." + sig(s))
                .attach("application/pdf", "Kreditnota-" + n + ".pdf", pdf(m, s, "Kreditnota", n, a.credit(),
                    s.account(), v, List.of("Krediterer faktura " + historyNo.get(s.domain()))));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note for its earlier invoice";
            v++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(avis, kloak)) {
            M m = mail("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@aalborg.dk", "Kontoudtog pr. " + dottedDay(m, 0) + " - Aalborg Kommune")
                .text("Goddag\n\nSom led i vores kvartalsafstemning vedlægger vi jeres kontoudtog. Faktura " + historyNo.get(s.domain())
                    + " er udlignet, og der står ikke noget åbent." + sig(s))
                .attach("application/pdf", "kontoudtog_aalborg_kommune.pdf", Attachments.pdf(docId(m, "ku"), "Kontoudtog " + s.name(),
                    List.of("Kunde: Aalborg Kommune", "Faktura " + historyNo.get(s.domain()) + " - udlignet", "Åben saldo DKK 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing due";
        }
        M m = mail("payment-acknowledgement", false);
        headers(m, trafik.person(), addr(trafik), "kreditor@aalborg.dk", "Kvittering for modtaget betaling")
            .text("Hej\n\nTak - betalingen af faktura " + historyNo.get(trafik.domain()) + " er modtaget og afstemt i vores system.\n\n"
                + "Med venlig hilsen\nNT Økonomi");
        genuine(m, trafik.ip());
        m.description = "nordjyllandstrafikselskab.dk acknowledges payment of its earlier invoice";
    }

    private void reminders() {
        Object[][] r = {{forsyning, "Påmindelse", "Vi har endnu ikke modtaget betaling for nedenstående faktura. Er beløbet betalt "
            + "inden for de seneste dage, beder vi jer se bort fra denne mail."},
            {maler, "Hvor bliver betalingen af?", "Hej igen. Regningen for gymnastiksalen på Hasseris Skole er ikke betalt endnu. Har "
                + "den sat sig fast et sted hos jer? Poul"},
            {el, "Venlig rykker", "Fakturaen for service på adgangskontrollen i Gigantium er overskredet. Vi har ikke pålagt gebyr."},
            {toemrer, "1. påmindelse", "Vi mangler betaling for branddørene på Løvvangskolen. Giv besked, hvis fakturaen er afvist, "
                + "så sender vi en rettet udgave."}};
        int v = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            M m = mail("payment-reminder", false);
            invoiceLike.add(m.id);
            String n = historyNo.get(s.domain());
            Amount a = historyAmount.get(s.domain());
            headers(m, s.person(), addr(s), "kreditor@aalborg.dk", x[1] + ": faktura " + n)
                .text(GREET[(v + 3) % 6] + "\n\n" + x[2] + "\n\nFaktura " + n + ", " + historyAmount.get(s.domain()).gross()
                    + " kr., indbetales på " + s.account() + sig(s))
                .attach("application/pdf", "rykker_" + n + ".pdf", pdf(m, s, "Påmindelse", n, a, s.account(), v + 1,
                    List.of("Oprindelig forfaldsdato " + dottedDay(m, -9))));
            genuine(m, s.ip());
            m.description = s.domain() + " payment reminder citing its earlier invoice, usual account";
            v++;
        }
    }

    private void collection() {
        M m = mail("collection-notice", false);
        invoiceLike.add(m.id);
        String n = no("LW");
        headers(m, "Lowell Danmark", "kundeservice@lowell.dk", "kreditor@aalborg.dk", "Vores sagsnr. " + n + " - Nibe Skadedyrskontrol")
            .text("Til Aalborg Kommune\n\nNibe Skadedyrskontrol har overdraget os en ubetalt faktura nr. 3318 af 2. september 2026 "
                + "(rottebekæmpelse, Nibe Skole, 4.125,00 kr.).\n\nHar I betalt, eller er I uenige i kravet, så send os venligst "
                + "dokumentation, så sætter vi sagen i bero. Ellers kan beløbet med tillæg af rykkergebyr betales til klientkonto "
                + bank("3409", "0011287654") + " med sagsnummeret som reference.\n\nI kan træffe os på 70 20 83 15 hverdage 9-15.\n\n"
                + "Med venlig hilsen\nLowell Danmark A/S")
            .attach("application/pdf", "lowell_" + n + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse sag " + n,
                List.of("Kreditor: Nibe Skadedyrskontrol", "Faktura 3318: 4.125,00", "Rykkergebyr 100,00", "Klientkonto " + bank("3409", "0011287654"))));
        genuine(m, "127.82.7.1");
        m.description = "real collection agency (DMARC pass) about a real unpaid invoice of an unlisted small supplier";
    }

    private void platforms() {
        Object[][] p = {{"comdia.com", "noreply@", "Comdia", el}, {"comdia.com", "noreply@", "Comdia", anlaeg},
            {"comdia.com", "noreply@", "Comdia", musik}, {"fenerum.com", "invoices@", "Fenerum", kontor},
            {"fenerum.com", "invoices@", "Fenerum", skadedyr}, {"meneto.com", "faktura@", "Meneto", toemrer},
            {"meneto.com", "faktura@", "Meneto", vejgaardVvs}, {"meneto.com", "faktura@", "Meneto", tolk}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = mail("platform-invoice", false);
            invoiceLike.add(m.id);
            String n = no("");
            Amount a = amount(2_400_000);
            headers(m, s.name() + " via " + x[2], x[1] + d, "efaktura@aalborg.dk", "Faktura " + n + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"margin:0;background:#eef1f4\"><table width=\"600\" align=\"center\" style=\"background:#ffffff;"
                    + "font-family:Arial,sans-serif\"><tr><td style=\"padding:20px\"><p>Hej Aalborg Kommune</p><p>Du har modtaget en "
                    + "faktura fra <b>" + s.name() + "</b>.</p><table><tr><td>Fakturanummer</td><td>" + n + "</td></tr><tr><td>Beløb</td>"
                    + "<td>" + a.gross() + " DKK</td></tr><tr><td>Betalingsdato</td><td>" + writtenDay(m, 14 + v) + "</td></tr></table>"
                    + "<p>Fakturaen er vedhæftet som PDF. Har du spørgsmål til fakturaen, så svar på denne e-mail - svaret går direkte "
                    + "til " + s.person() + ".</p><p style=\"font-size:9px;color:#888\">Sendt med " + x[2] + " for " + s.name()
                    + ".</p></td></tr></table></body></html>")
                .attach("application/pdf", n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v + 1, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice relayed by platform " + d + ", usual account";
            v++;
        }
    }

    private String ubl(String no, Supplier s, Amount a, String account, boolean iban, String issue) {
        String name = s.name().replace("&", "&amp;");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"\n"
            + "         xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"\n"
            + "         xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
            + "  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n"
            + "  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n"
            + "  <cbc:ID>" + no + "</cbc:ID>\n"
            + "  <cbc:IssueDate>" + issue + "</cbc:IssueDate>\n"
            + "  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n"
            + "  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + "  <cbc:BuyerReference>" + GLN + "</cbc:BuyerReference>\n"
            + "  <cac:AccountingSupplierParty>\n    <cac:Party>\n      <cbc:EndpointID schemeID=\"0184\">DK" + cvr(s.domain())
            + "</cbc:EndpointID>\n      <cac:PartyName><cbc:Name>" + name + "</cbc:Name></cac:PartyName>\n"
            + "      <cac:PartyLegalEntity><cbc:RegistrationName>" + name + "</cbc:RegistrationName>"
            + "<cbc:CompanyID>DK" + cvr(s.domain()) + "</cbc:CompanyID></cac:PartyLegalEntity>\n"
            + "    </cac:Party>\n  </cac:AccountingSupplierParty>\n"
            + "  <cac:AccountingCustomerParty>\n    <cac:Party>\n      <cbc:EndpointID schemeID=\"0088\">" + GLN + "</cbc:EndpointID>\n"
            + "      <cac:PartyLegalEntity><cbc:RegistrationName>Aalborg Kommune</cbc:RegistrationName></cac:PartyLegalEntity>\n"
            + "    </cac:Party>\n  </cac:AccountingCustomerParty>\n"
            + "  <cac:PaymentMeans>\n    <cbc:PaymentMeansCode>" + (iban ? "58" : "31") + "</cbc:PaymentMeansCode>\n"
            + "    <cbc:PaymentID>" + no + "</cbc:PaymentID>\n"
            + "    <cac:PayeeFinancialAccount><cbc:ID>" + account + "</cbc:ID></cac:PayeeFinancialAccount>\n  </cac:PaymentMeans>\n"
            + "  <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">" + String.format(java.util.Locale.ROOT, "%.2f", (a.ore() / 4) / 100.0)
            + "</cbc:TaxAmount></cac:TaxTotal>\n"
            + "  <cac:LegalMonetaryTotal>\n    <cbc:LineExtensionAmount currencyID=\"DKK\">"
            + String.format(java.util.Locale.ROOT, "%.2f", a.ore() / 100.0) + "</cbc:LineExtensionAmount>\n"
            + "    <cbc:PayableAmount currencyID=\"DKK\">" + String.format(java.util.Locale.ROOT, "%.2f", (a.ore() + a.ore() / 4) / 100.0)
            + "</cbc:PayableAmount>\n  </cac:LegalMonetaryTotal>\n"
            + "  <cac:InvoiceLine>\n    <cbc:ID>1</cbc:ID>\n    <cbc:InvoicedQuantity unitCode=\"C62\">1</cbc:InvoicedQuantity>\n"
            + "    <cbc:LineExtensionAmount currencyID=\"DKK\">" + String.format(java.util.Locale.ROOT, "%.2f", a.ore() / 100.0)
            + "</cbc:LineExtensionAmount>\n    <cac:Item><cbc:Name>" + s.what().replace("&", "&amp;") + "</cbc:Name></cac:Item>\n"
            + "  </cac:InvoiceLine>\n"
            + "</Invoice>\n";
    }

    private String isoDay(M m) {
        if (m.sent == null) {
            date(m);
        }
        return m.sent.atZone(ZoneOffset.ofHours(1)).toLocalDate().toString();
    }

    private void xml() {
        int v = 0;
        for (Supplier s : List.of(forsyning, vvs, avis)) {
            M m = mail("oioubl-peppol-xml", false);
            invoiceLike.add(m.id);
            String n = no("EF");
            Amount a = amount(3_500_000);
            headers(m, s.name(), addr(s), "efaktura@aalborg.dk", "E-faktura " + n + " - EAN " + GLN)
                .text("Til Aalborg Kommune\n\nDa jeres Peppol-modtagelse meldte fejl i går, sender vi fakturaen som Peppol BIS 3-fil "
                    + "pr. mail sammen med en PDF til godkendelse.\n\nEAN: " + GLN + "\n\n" + s.name())
                .attach("application/xml", n + ".xml", ubl(n, s, a, plain(s.account()), s.account().startsWith("IBAN"), isoDay(m))
                    .getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v, List.of("Elektronisk udgave vedlagt")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL/Peppol XML invoice with PDF view, usual account";
            v++;
        }
    }

    private void newAccount() {
        M m = mail("supplier-new-account", false);
        String n = iban("DK", "90700006655213");
        headers(m, rengoering.person(), addr(rengoering), "kreditor@aalborg.dk", "Ny bankforbindelse fra 1. februar 2027")
            .text("Goddag\n\nVi har valgt at skifte bank, og fra 1. februar 2027 bedes betalinger til Svenstrup Rengøring ApS sendt til "
                + n + ".\n\nFor en god ordens skyld: ring til mig på det nummer, der står i vores kontrakt med jer, og få ændringen "
                + "bekræftet, før I retter noget. Fakturaer med forfald i januar betales stadig til den gamle konto.\n\nBrev med "
                + "underskrift er vedhæftet." + sig(rengoering))
            .attach("application/pdf", "bankskifte_2027.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of("Svenstrup Rengøring ApS, CVR " + cvr("svenstrup-rengoering.dk"), "Ny konto fra 01.02.2027: " + n,
                    "Tina Godthåb, direktør (underskrevet)")));
        genuine(m, rengoering.ip());
        m.description = "listed supplier genuinely announces new bank from February, from its own server (DKIM only), asks for a phone check";
    }

    private void smallSuppliers() {
        int v = 0;
        for (Supplier s : List.of(vejgaardVvs, supervision, snedker, tolk, skadedyr, musik)) {
            M m = mail("small-supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 5 + 2, List.of("Bestilt af: " + (v % 2 == 0 ? "institutionslederen" : "teamlederen")),
                v == 3 ? "\n\nJeg er ny som leverandør hos jer, så sig til, hvis I mangler oplysninger til kreditoroprettelsen." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted small local supplier " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    private void newsletters() {
        String[][] n = {{"dkcert.dk", "DKCERT", "nyhedsbrev@", "Sikkerhedsnyt: falske leverandørmails rammer offentlige indkøbere",
            "Vi ser en stigning i mails, hvor kriminelle udgiver sig for at være kendte leverandører og oplyser et nyt kontonummer. "
                + "Kontrollér altid ændringer ved at ringe op på et nummer, I selv slår op. Vær også på vagt over for annoncefælder og "
                + "mails om, at en leverandør har fået ny e-mailadresse."},
            {"beierholm.dk", "Beierholm", "nyhedsbrev@", "Offentlig sektor: sådan sikrer I kreditorstamdata",
                "Vores revisorer anbefaler to-personers godkendelse af ændringer i bankoplysninger og en månedlig gennemgang af loggen."},
            {"jyskefinans.dk", "Jyske Finans", "info@", "Nyt om leasing af varebiler til kommunale driftsafdelinger",
                "Nye elvarebiler, serviceaftaler og en påmindelse: vi beder aldrig om ændring af betalingsoplysninger pr. mail."}};
        for (String[] x : n) {
            M m = mail("newsletter", false);
            m.mailFrom = "bounce-" + x[0].replace('.', '-') + "@brevo.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@aalborg.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld-nyhedsbrev>")
                .html("<html><body><table width=\"620\" style=\"font-family:Georgia,serif\"><tr><td><h1 style=\"font-size:20px\">" + x[3]
                    + "</h1><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs mere på vores hjemmeside</a></p>"
                    + "<p style=\"font-size:9px\">Du får dette nyhedsbrev, fordi din organisation abonnerer.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("brevo.com");
            m.ip = "127.84.1.1";
            m.helo = "smtp-relay.brevo.com";
            m.description = "newsletter from " + x[0] + " sent via an ESP, signed by both";
        }
    }

    static byte[] listFooter(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [kreditor-nord] ");
        s = s.replaceFirst("\r\n$", "\r\n_______________________________________________\r\n"
            + "kreditor-nord - netværk for kreditorbogholdere i nordjyske kommuner\r\n"
            + "Afmelding og arkiv: https://nordjysk-oekonomi.dk/lister/kreditor-nord\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void lists() {
        String[][] p = {{"rebild.dk", "Lene Støvring", "lest@", "Annoncefælde: 'telefonisk aftale' om annonce",
            "Kære netværk\n\nVi har fået en faktura på 11.800 kr. for en annonce i en 'erhvervsguide', som angiveligt er aftalt pr. "
                + "telefon med en medarbejder i Teknik. Ingen kender noget til det. Betal ikke, og send gerne en indsigelse.\n\nLene"},
            {"jammerbugt.dk", "Kim Aabybro", "kiaa@", "SV: Annoncefælde: 'telefonisk aftale' om annonce",
                "Samme her. De påstår at have en optagelse af samtalen. Vi har anmeldt det. /Kim"},
            {"broenderslev.dk", "Hanne Dronninglund", "hadr@", "Leverandører der skifter mailadresse",
                "Hej alle\n\nHvordan håndterer I, at en leverandør skriver, at de har fået en ny mailadresse? Vi overvejer at kræve "
                    + "telefonisk bekræftelse ligesom ved kontoskift.\n\nHanne"}};
        for (String[] x : p) {
            M m = mail("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "kreditor-nord@nordjysk-oekonomi.dk", x[3])
                .header("List-Id", "<kreditor-nord.nordjysk-oekonomi.dk>").text(x[4]);
            m.signers.add(x[0]);
            m.ip = "127.84.3.1";
            m.helo = "lists.nordjysk-oekonomi.dk";
            m.afterSigning = HeldOutCorpus8::listFooter;
            m.listSigner = "nordjysk-oekonomi.dk";
            m.description = "list post by " + x[0] + " (DMARC " + dns.get(x[0]).dmarc() + ") about invoices; footer breaks its DKIM";
        }
    }

    private void forwarded() {
        M m = mail("forwarded", false);
        invoiceLike.add(m.id);
        invoice(m, vvs, vvs.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=k7Rq=TB=dahl.dk=debitor@srs.nordfwd.dk";
        m.signers.add("dahl.dk");
        m.ip = "127.87.3.1";
        m.helo = "srs.nordfwd.dk";
        m.description = "dahl.dk invoice forwarded with SRS (SPF passes for the forwarder, supplier's DKIM survives)";
        for (Supplier s : List.of(avis, el)) {
            m = mail("forwarded", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), 26, List.of(), "");
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.ip = "127.87.1.1";
            m.helo = "relay.limfjordnet.dk";
            m.description = s.domain() + " invoice relayed without SRS" + (dns.get(s.domain()).dkim() != null ? " (DKIM survives)"
                : " (SPF only: nothing survives)");
        }
        m = mail("forwarded", false);
        invoiceLike.add(m.id);
        String n = invoiceNo(kloak);
        Amount a = amount(2_000_000);
        headers(m, "Rasmus Gistrup", "ragi@" + OWN, "kreditor@aalborg.dk", "VS: Faktura " + n + " - Vejgaard Svømmehal")
            .text("Hej Kreditor\n\nDenne her kom til mig i stedet for til jer. Arbejdet er udført og godkendt; kontér på 4410-220.\n\n"
                + "Rasmus\nDrift og Vedligehold, Sundhed og Kultur\n\nFra: " + kloak.person() + " <" + addr(kloak) + ">\nSendt: "
                + writtenDay(m, -3) + "\nTil: Rasmus Gistrup\nEmne: Faktura " + n + "\n\nHej Rasmus, fakturaen for spulingen er vedhæftet.")
            .attach("application/pdf", "Faktura " + n + ".pdf", pdf(m, kloak, "Faktura", n, a, kloak.account(), 0, List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    private void internal() {
        String[][] x = {{"Susanne Hals", "suha@", "Skærpet kontrol af leverandørændringer", "Hej alle i Kreditor\n\nFra i dag gælder: "
            + "ændring af bankkonto ELLER mailadresse på en leverandør kræver telefonisk bekræftelse på et nummer fra kontrakten eller "
            + "CVR-registret, og en kollega skal godkende i systemet.\n\nSusanne\nØkonomi"},
            {"Peter Tylstrup", "pety@", "Status på NT-fakturaen for oktober?", "Hej\n\nHar vi betalt NT for oktober? Jeg skal bruge det "
                + "til kvartalsrapporteringen i morgen.\n\nPeter\nBudget og Analyse"},
            {"IT-Drift", "itdrift@", "Planlagt nedetid i Prisme fredag", "Økonomisystemet lukkes fredag kl. 16-20 pga. opdatering. "
                + "Fakturaer, der kommer ind imens, behandles mandag."},
            {"Louise Frejlev", "lofr@", "Udlæg: parkering og togbillet", "Hej\n\nHermed kvittering for udlæg i forbindelse med kurset i "
                + "Odense. Kontering 1010-31.\n\nLouise"}};
        for (String[] i : x) {
            M m = mail("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, "kreditor@aalborg.dk", i[2]).text(i[3]);
            if (i[2].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_udlaeg.jpg", Attachments.image(docId(m, "ud"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
        M m = mail("internal", false);
        headers(m, "Bo Skørping", "bosk@" + OWN, "kreditor@aalborg.dk", "Mærkelig mail fra 'Brødrene Dahl' - ny mailadresse")
            .text("Hej Kreditor\n\nJeg har fået en mail, der ligner Brødrene Dahl, om at vi fremover skal bruge en ny mailadresse til "
                + "dem. Jeg ringede til vores kontaktperson, og de har ikke skrevet noget. Mailen er videresendt til IT-sikkerhed.\n\n"
                + "Bo\nEjendomsdrift");
        genuine(m, OWN_IP);
        m.description = "internal warning about a fraud attempt (no account, nothing to pay)";
        m = mail("internal", false);
        headers(m, "Kreditorbogholderiet", "kreditor@" + OWN, "ledere@aalborg.dk", "Husk EAN-nummer på alle bestillinger")
            .text("Kære ledere\n\nFakturaer uden EAN-nummer og rekvirent bliver afvist af systemet og sendt retur til leverandøren. "
                + "Oplys derfor altid jeres EAN-nummer ved bestilling.\n\nVenlig hilsen\nKreditorbogholderiet");
        genuine(m, OWN_IP);
        m.description = "internal circular about invoice routing";
        m = mail("bank-notice", false);
        headers(m, "Merkur Andelskasse", "erhverv@merkurbank.dk", "oekonomi@aalborg.dk", "Ny besked i netbanken")
            .text("Kære kunde\n\nDer ligger en ny besked til jer i netbanken. Log på som du plejer. Vi sender aldrig links, som beder "
                + "dig logge ind.\n\nMerkur Andelskasse");
        genuine(m, "127.84.4.1");
        m.description = "bank notice without link, DMARC pass";
        m = mail("bank-notice", false);
        headers(m, "Djurslands Bank Erhverv", "noreply@djurslandsbank.dk", "oekonomi@aalborg.dk", "Kontoudskrift for november er klar")
            .text("Kontoudskriften for projektkontoen (EU-projekt Grøn Havn) er klar i netbanken. Mailen kan ikke besvares.");
        genuine(m, "127.84.5.1");
        m.description = "bank statement notice, DMARC pass";
    }

    private void foreign() {
        Object[][] f = {{"zapier.com", "Zapier", "billing@", "Your Zapier receipt ", "Thanks for your payment. Your Team plan renews "
            + "automatically; the receipt is attached.", "USD 1,078.80"},
            {"1password.com", "1Password", "billing@", "1Password Business invoice ", "Your annual 1Password Business subscription has "
                + "been renewed and charged to the card on file.", "USD 2,394.00"}};
        for (Object[] x : f) {
            M m = mail("foreign-saas-invoice", false);
            invoiceLike.add(m.id);
            String n = String.valueOf(5_200_000 + rnd.nextInt(3_000_000));
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@aalborg.dk", x[3] + "#" + n)
                .text(x[4] + "\n\nAmount paid: " + x[5] + "\nInvoice: " + n + "\n\nThe " + x[1] + " team")
                .attach("application/pdf", "receipt-" + n + ".pdf", Attachments.pdf(docId(m, "saas"), x[1] + " Invoice " + n,
                    List.of("Bill to: Aalborg Kommune, " + ADDRESS + ", Denmark", "VAT reverse charged", "Total " + x[5], "Paid by card")));
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "foreign SaaS invoice (card already charged), DMARC pass";
        }
        M m = mail("foreign-invoice", false);
        invoiceLike.add(m.id);
        String n = String.valueOf(91_400_000 + rnd.nextInt(500_000));
        String acct = iban("SE", "50000000058398257466");
        headers(m, "HL Display AB Kundreskontra", "kundreskontra@hl-display.com", "indkoeb@aalborg.dk", "Faktura/Invoice " + n)
            .text("Hej,\n\nBifogat finner ni faktura för hyllkantslister och prisskyltar till Aalborg Kommunes bibliotek. Betalning till "
                + acct + " (BIC ESSESESS) senast 30 dagar netto.\n\nPlease find attached our invoice. Payment terms 30 days net.\n\n"
                + "Med vänliga hälsningar\nHL Display AB")
            .attach("application/pdf", "Invoice_" + n + ".pdf", Attachments.pdf(docId(m, "hl"), "Faktura / Invoice " + n, List.of(
                "HL Display AB, Stockholm, Sweden", "Customer: Aalborg Kommune, EAN " + GLN, "Shelf-edge strips and sign holders",
                "Total EUR 1.436,00 (reverse charge)", "Bank: " + acct)));
        genuine(m, "127.85.3.1");
        m.description = "Swedish shop-fitting supplier invoice, its own SE IBAN, DMARC pass";
        m = mail("leasing-instalment-notice", false);
        invoiceLike.add(m.id);
        headers(m, "Jyske Finans", "opkraevning@jyskefinans.dk", "oekonomi@aalborg.dk", "Leasingydelse december, aftale 410-77318")
            .text("Aalborg Kommune\n\nVedhæftet er opkrævningen for december på leasingaftale 410-77318 (8 elvarebiler, Park og "
                + "Natur). Ydelsen trækkes via Betalingsservice den 2. december som sædvanlig.\n\nJyske Finans")
            .attach("application/pdf", "ydelse_410-77318.pdf", Attachments.pdf(docId(m, "jf"), "Opkrævning leasingydelse",
                List.of("Aftale 410-77318, 8 køretøjer", "Ydelse 61.875,00 inkl. moms", "Betalingsservice 02.12.2026")));
        genuine(m, "127.84.2.1");
        m.description = "leasing instalment notice, direct debit, DMARC pass";
    }

    /** New legitimate family: another public body tells us it has paid an invoice we issued (nothing for us to pay). */
    private void remittances() {
        M m = mail("remittance-advice", false);
        headers(m, "Region Nordjylland Kreditor", "kreditor@rn.dk", "oekonomi@aalborg.dk", "Betalingsadvis fra Region Nordjylland")
            .text("Til Aalborg Kommune\n\nVi har i dag overført 214.560,00 kr. til jeres NemKonto. Betalingen vedrører jeres faktura "
                + "94001287 (medfinansiering, genoptræning efter udskrivning, 3. kvartal).\n\nDenne mail er dannet automatisk.\n\n"
                + "Region Nordjylland, Økonomi");
        genuine(m, "127.84.11.1");
        m.description = "remittance advice: the region paid our invoice (nothing to pay), DMARC pass";
        m = mail("remittance-advice", false);
        headers(m, "Hjørring Kommune", "betalinger@hjoerring.dk", "oekonomi@aalborg.dk", "Betalingsadvisering - mellemkommunal refusion")
            .text("Hej\n\nVedhæftet er specifikation af dagens betaling til Aalborg Kommune for mellemkommunale refusioner, oktober.\n\n"
                + "Venlig hilsen\nHjørring Kommune, Økonomi")
            .attach("text/csv", "advis_aalborg_okt2026.csv", ("bilag;cpr-sag;periode;beloeb\r\n88120;sag 2026-1182;okt 2026;18450,00\r\n"
                + "88121;sag 2026-1309;okt 2026;9733,50\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.84.12.1");
        m.description = "remittance advice from a neighbouring municipality with CSV specification, DMARC pass";
    }

    private void receipts() {
        Object[][] r = {{"shell.dk", "Shell", "kvittering@", "Din kvittering - Shell Aalborg Øst", "Diesel 41,7 l, 598,40 kr. Betalt med firmakort."},
            {"ikea.dk", "IKEA Business", "ordre@", "Tak for dit køb", "IKEA Aalborg, 6 stk. reoler og 12 opbevaringskasser, "
                + "3.187,00 kr., betalt med kort."},
            {"power.dk", "POWER Business", "noreply@", "Kvittering for ordre 7730418", "4 stk. USB-C docking stationer, 5.996,00 kr. "
                + "Betalt med kort ved afhentning."}};
        for (Object[] x : r) {
            M m = mail("receipt", false);
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@aalborg.dk", (String) x[3]).text(x[4] + "\n\n" + x[1]);
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = mail("order-confirmation", false);
        headers(m, "POWER Business", "ordre@power.dk", "indkoeb@aalborg.dk", "Ordrebekræftelse 7730992")
            .text("Tak for din bestilling: 10 stk. 27\" skærme til Jobcenter Aalborg. Varerne faktureres elektronisk til EAN " + GLN
                + " ved levering.\n\nPOWER Business");
        genuine(m, "127.82.5.1");
        m.description = "order confirmation, to be invoiced by EAN";
    }

    private void other() {
        M m = mail("quote", false);
        headers(m, vejgaardVvs.person(), addr(vejgaardVvs), "by-land@aalborg.dk", "Tilbud på nye vandvarmere, Vejgaard Børnehus")
            .text("Hej\n\nSom lovet tilbuddet på to nye vandvarmere med montering og bortskaffelse af de gamle: 24.600 kr. ekskl. moms. "
                + "Prisen holder til 31. januar." + sig(vejgaardVvs))
            .attach("application/pdf", "tilbud_vandvarmere.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("2 stk. vandvarmere 60 l inkl. montering", "Pris 24.600,00 ekskl. moms")));
        genuine(m, vejgaardVvs.ip());
        m.description = "quote from unlisted small supplier, nothing to pay";
        m = mail("supplier-letter", false);
        headers(m, elnet.person(), addr(elnet), "kreditor@aalborg.dk", "Nye nettariffer fra 1. januar 2027")
            .html("<html><body><p>Kære kunde</p><p>Fra 1. januar justeres nettarifferne. Jeres aftaler, betalingsmåde og "
                + "kontooplysninger er uændrede.</p><p>Venlig hilsen<br>" + elnet.name() + "</p></body></html>");
        genuine(m, "127.81.3.9");
        m.description = "listed supplier's tariff letter (DKIM-only domain), payment details unchanged";
        m = mail("supplier-letter", false);
        headers(m, frugt.person(), addr(frugt), "aeldre-handicap@aalborg.dk", "Leveringsdage i jule- og nytårsugen")
            .text("Hej\n\nI uge 52 leverer vi mandag og onsdag, i uge 53 tirsdag og torsdag. Bestil senest kl. 10 dagen før.\n\n"
                + "Nordjysk Frugt & Grønt");
        genuine(m, frugt.ip());
        m.description = "listed supplier's holiday delivery notice, nothing to pay";
        m = mail("supplier-letter", false);
        headers(m, vvs.person(), addr(vvs), "indkoeb@aalborg.dk", "Prisregulering på rammeaftalen pr. 1. januar")
            .text("Kære kunde\n\nI henhold til rammeaftalens pkt. 7 reguleres priserne med nettoprisindekset, 2,1 %. Den opdaterede "
                + "prisliste ligger i webshoppen. Betalingsbetingelser og bankoplysninger er uændrede." + sig(vvs));
        genuine(m, vvs.ip());
        m.description = "listed supplier's price-index letter, payment details unchanged";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private int host = 20;

    private void fraud() {
        forgedSupplier();
        lookalikes();
        platformFraud();
        compromised();
        hijack();
        correctedResend();
        ownDomain();
        ceo();
        bodyOnly();
        contactChange();
        shortPayment();
        inkasso();
        debtAgency();
        digitalPost();
        renewals();
        advertTrap();
        subscriptionTrap();
        xmlFraud();
        qr();
        english();
        imageOnly();
        archives();
        macro();
        sharedDocument();
    }

    private static final String[] MULE = {iban("LT", "7032500071188430"), iban("DK", "89000007731965"), bank("5301", "0004417729"),
        iban("EE", "6410220056117732"), iban("PL", "114020040000330277104516"), iban("GB", "REVO00997012345678"),
        bank("8401", "1187265"), iban("NL", "BUNQ2098765432"), iban("DE", "550701240041336789"), iban("BG", "STSA93000012345678"),
        iban("HU", "116000060000000049182736"), iban("CY", "002001280000001200527600"), iban("MT", "VALL22013000000040012345123"),
        iban("RO", "BTRL01304205Y6127301")};

    private String mule(int i) {
        return MULE[Math.floorMod(i, MULE.length)];
    }

    private void forgedSupplier() {
        Supplier[] s = {forsyning, toemrer, avis, vvs, kloak, frugt};
        String[] notes = {"\n\nBemærk: vi har skiftet pengeinstitut. Brug udelukkende kontonummeret på vedhæftede faktura.",
            "\n\nVores konto er midlertidigt lukket for indbetalinger pga. bankskifte - se ny konto på fakturaen.", "",
            "\n\nVIGTIGT: Ny bankkonto gældende fra denne faktura."};
        for (int i = 0; i < s.length; i++) {
            M m = mail("forged-supplier", true);
            invoice(m, s[i], mule(i), i + 4, List.of("Ny bankforbindelse"), notes[i % notes.length]);
            if (i == 3) {
                m.mime.header("Reply-To", "<debitor@brdr-dahl.com>");
            }
            forged(m, host++);
            m.description = "forged From " + s[i].domain() + " from a fraudster's machine, changed account" + (i == 3 ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"aalborgforsyning-betaling.dk", forsyning}, {"dahl-dk.com", vvs}, {"norresundby-toemrer.dk", toemrer},
            {"nordjyske-annonce.dk", avis}, {"gug-el.com", el}, {"svenstrup-rengoring.dk", rengoering}};
        int i = 0;
        for (Object[] x : l) {
            Supplier s = (Supplier) x[1];
            M m = mail("lookalike-domain", true);
            Supplier fake = new Supplier(s.name(), (String) x[0], s.person(), s.box(), "", s.account(), s.what());
            invoice(m, fake, mule(i + 3), i + 2, List.of(), i % 2 == 0 ? "\n\nHusk venligst at opdatere vores kontonummer i jeres system." : "");
            ownedBy(m, (String) x[0]);
            m.description = "look-alike " + x[0] + " of " + s.domain() + " (own DNS), new account";
            i++;
        }
        M m = mail("punycode-homoglyph", true);
        String d = idn("nordjyskе.dk");
        invoice(m, new Supplier(avis.name(), d, avis.person(), avis.box(), "", avis.account(), avis.what()), mule(5), 10, List.of(), "");
        ownedBy(m, d);
        m.description = "IDN homoglyph " + d + " (Cyrillic e) of nordjyske.dk, invoice with new account, authenticates";
        m = mail("punycode-homoglyph", true);
        d = idn("ålborg.dk");
        headers(m, "Aalborg Kommune, Økonomiforvaltningen", "oekonomi@" + d, "kreditor@aalborg.dk", "Haster: udbetaling til entreprenør i dag")
            .text("Hej Kreditor\n\nEfter stormen skal der i dag udbetales et acontobeløb på 187.400 kr. til entreprenøren, der har "
                + "sikret taget på Vestbjerg Skole. Konto: " + mule(6) + ". Bilag og godkendelse eftersendes i morgen.\n\n"
                + "Økonomiforvaltningen");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " ('Ålborg') posing as our finance department, urgent payout, authenticates";
    }

    private void platformFraud() {
        String[][] p = {{"comdia-invoice.com", "Comdia"}, {"fenerum-billing.com", "Fenerum"}, {"meneto-pay.net", "Meneto"}};
        int i = 0;
        for (String[] x : p) {
            M m = mail("lookalike-platform", true);
            String n = no("");
            Supplier s = listed.get(i * 4 + 2);
            headers(m, s.name() + " via " + x[1], "noreply@" + x[0], "efaktura@aalborg.dk", "Påmindelse: faktura " + n + " er forfalden")
                .html("<html><body><p>Hej Aalborg Kommune</p><p>Fakturaen fra <b>" + s.name() + "</b> er overskredet. Undgå "
                    + "rykkergebyr ved at betale i dag.</p><p><a href=\"https://" + x[0] + "/pay/" + n + "\">Se faktura og betal</a></p>"
                    + "<p style=\"font-size:9px\">" + x[1] + "</p></body></html>");
            ownedBy(m, x[0]);
            m.description = "look-alike of platform " + x[1] + " with see-and-pay link";
            i++;
        }
        String[][] misuse = {{"fenerum.com", "invoices@", "Nordic Facility Partners ApS", "akut oprydning efter vandskade, Gigantium",
            "nfp.faktura@outlook.com"}, {"meneto.com", "faktura@", "Limfjord Rådgivning IVS", "rådgivning om energitilskud, 11 timer",
            "limfjord.raadgivning@outlook.com"}};
        for (String[] x : misuse) {
            M m = mail("platform-account-misused", true);
            String n = no("");
            Supplier s = new Supplier(x[2], x[0], x[2], "", "", mule(i), x[3]);
            Amount a = amount(7_000_000);
            headers(m, x[2] + " via " + x[0], x[1] + x[0], "kreditor@aalborg.dk", "Faktura " + n + " fra " + x[2])
                .header("Reply-To", "<" + x[4] + ">")
                .html("<html><body><p>Faktura " + n + " fra " + x[2] + " for " + x[3] + ": DKK " + a.gross() + ".</p><p>Bemærk kort "
                    + "betalingsfrist: 4 dage. Indbetaling til " + mule(i) + ".</p></body></html>")
                .attach("application/pdf", n + ".pdf", pdf(m, s, "Faktura", n, a, mule(i), i, List.of()));
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "fraudster's own account on real platform " + x[0] + " invoices a service never ordered (authenticates)";
            i++;
        }
        M m = mail("platform-account-misused", true);
        String n = no("");
        Amount a = amount(4_500_000);
        String acct = iban("DK", "91000005512398");
        headers(m, anlaeg.name() + " via Comdia", "noreply@comdia.com", "efaktura@aalborg.dk", "Faktura " + n + " fra " + anlaeg.name())
            .header("Reply-To", "<himmerland.anlaeg@gmail.com>")
            .html("<html><body><p>Hej Aalborg Kommune</p><p>Du har modtaget faktura " + n + " på " + a.gross() + " DKK fra <b>"
                + anlaeg.name() + "</b>.</p><p>OBS: Vi har skiftet bank. Betal venligst til " + acct + ".</p><p style=\"font-size:9px\">"
                + "Sendt med Comdia.</p></body></html>")
            .attach("application/pdf", n + ".pdf", pdf(m, anlaeg, "Faktura", n, a, acct, 0, List.of("Ændret kontonummer")));
        genuine(m, "127.83.1.1");
        m.description = "listed himmerland-anlaeg.dk's real Comdia account taken over: new account, gmail Reply-To (authenticates)";
    }

    private void compromised() {
        Supplier[] s = {kontor, frugt, toemrer, forsyning};
        String[] why = {"Vi er blevet pålagt af vores revisor at samle alle indbetalinger på en ny konto.",
            "Efter en fusion i koncernen er vores bankforbindelse ændret med øjeblikkelig virkning.",
            "Vores faste konto er spærret, mens banken gennemfører en kontrol.",
            "Som led i vores nye økonomisystem er indbetalingskontoen ændret."};
        for (int i = 0; i < s.length; i++) {
            M m = mail("compromised-supplier", true);
            String body = "\n\n" + why[i] + " Denne og kommende fakturaer bedes betalt til " + mule(i + 7)
                + ". Vi er svære at fange på telefon i denne uge, så skriv endelig her.";
            invoice(m, s[i], mule(i + 7), i * 2 + 5, List.of("Ny konto: " + mule(i + 7)), body);
            genuine(m, s[i].ip());
            m.description = "mail from " + s[i].domain() + "'s real (compromised) mailbox, changed account, authenticates";
        }
    }

    private void hijack() {
        Supplier[] s = {kloak, trafik, vvs};
        String[] via = {"limfjord-kloak.dk", "nordjyllands-trafikselskab.com", "dahl-dk.com"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("reply-chain-hijack", true);
            Supplier fake = new Supplier(s[i].name(), via[i], s[i].person(), s[i].box(), "", mule(i + 1), s[i].what());
            String n = historyNo.get(s[i].domain());
            Mime mime = headers(m, s[i].person(), addr(fake), "kreditor@aalborg.dk", "Re: " + threadSubject.get(s[i].domain()))
                .header("In-Reply-To", threads.get(s[i].domain())).header("References", threads.get(s[i].domain()))
                .text("Hej igen\n\nTak for svaret. Jeg kan se, at faktura " + n + " endnu ikke er betalt. Vores revisor har bedt os samle "
                    + "indbetalingerne på vores nye konto, så vil I overføre de " + historyAmount.get(s[i].domain()).gross() + " kr. til " + mule(i + 1)
                    + " i stedet? Send gerne en kvittering, når det er gjort.\n\nVenlig hilsen\n" + s[i].person() + "\n\nDen "
                    + writtenDay(m, -6) + " skrev Kreditorbogholderiet <kreditor@aalborg.dk>:\n> Tak, fakturaen er registreret og sendt til "
                    + "godkendelse i fagafdelingen.");
            if (i == 1) {
                mime.attach("application/pdf", "faktura_" + n + "_ny_konto.pdf", pdf(m, fake, "Faktura", n, historyAmount.get(s[i].domain()), mule(i + 1),
                    1, List.of()));
            }
            ownedBy(m, via[i]);
            m.description = "hijacked thread about " + s[i].domain() + "'s earlier invoice, look-alike domain, new account";
        }
    }

    private void correctedResend() {
        Supplier[] s = {vognmand, anlaeg};
        String[] via = {"vodskov-vognmand.com", "himmerland-anlaeg.com"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("corrected-invoice-resend", true);
            String n = historyNo.get(s[i].domain());
            Supplier fake = new Supplier(s[i].name(), via[i], s[i].person(), s[i].box(), "", mule(i + 9), s[i].what());
            Amount a = amount(2_800_000);
            headers(m, s[i].person(), addr(fake), "kreditor@aalborg.dk", "Rettet faktura " + n + " - annullér den første")
                .text("Hej\n\nVi har opdaget, at den faktura " + n + ", vi sendte i oktober, havde forkerte bankoplysninger. Den "
                    + "rettede faktura er vedhæftet - annullér venligst den første og betal kun efter denne.\n\nUndskyld rodet.\n\n"
                    + s[i].person() + "\n" + s[i].name())
                .attach("application/pdf", "Faktura_" + n + "_rettet.pdf", pdf(m, fake, "Faktura", n, a, mule(i + 9), i + 1,
                    List.of("RETTET - erstatter faktura af samme nummer")));
            ownedBy(m, via[i]);
            m.description = "'corrected' re-issue of real earlier invoice " + n + " of " + s[i].domain() + " from a look-alike, new account";
        }
    }

    private void ownDomain() {
        String[][] x = {{"Borgmester Henrik Mølholm", "borgmester@", "Fortroligt - skal ordnes før kl. 13"},
            {"Aalborg Kommune Debitor", "debitor@", "Faktura 2026-88410 - mellemværende"},
            {"Kommunaldirektør Birthe Vestergaard", "direktion@", "Hurtig overførsel"}};
        int i = 0;
        for (String[] y : x) {
            M m = mail("own-domain-forged", true);
            Mime mime = headers(m, y[0], y[1] + OWN, i == 1 ? "oekonomi@aalborg.dk" : "kreditor@aalborg.dk", y[2]);
            if (i == 1) {
                mime.text("Til Økonomi\n\nVedhæftet faktura vedr. mellemværende for 3. kvartal. Beløbet indbetales til " + mule(11) + ".")
                    .attach("application/pdf", "faktura_2026-88410.pdf", Attachments.pdf(docId(m, "own"), "Faktura 2026-88410",
                        List.of("Aalborg Kommune", "Mellemværende 3. kvartal", "Beløb 64.900,00", "Indbetaling: " + mule(11))));
            } else {
                mime.text("Hej\n\nJeg sidder i lukket møde og kan ikke tale. Der skal i dag overføres " + (i == 0 ? "246.000" : "98.750")
                    + " kr. til " + mule(i + 12) + " - det drejer sig om et fortroligt opkøb, så nævn det ikke for andre. Skriv til mig, "
                    + "når det er gjort.\n\n" + y[0]);
            }
            forged(m, host++);
            m.description = "our own domain forged from outside (p=reject)";
            i++;
        }
    }

    private void ceo() {
        String[][] x = {{"Henrik Mølholm", "gmail.com", "borgmester.molholm"}, {"Birthe Vestergaard", "icloud.com",
            "b.vestergaard.direktion"}, {"Økonomidirektør Claus Hou", "outlook.com", "claus.hou.aalborg"}, {"Henrik Mølholm",
                "hotmail.com", "h.molholm"}};
        String[] text = {"Hej\n\nEr du ved skrivebordet? Jeg har brug for hjælp til en hurtig og diskret opgave. Svar her - jeg sidder "
            + "i bilen på vej til KL.\n\nSendt fra min iPhone",
            "Hej\n\nKan du lave en overførsel på 74.300 kr. til " + mule(2) + " i dag? Det er forudbetaling til hotellet for "
                + "venskabsbydelegationen. Fakturaen kommer bagefter.\n\nBirthe",
            "Hej\n\nJeg har brug for dig til en fortrolig betaling i forbindelse med en grundhandel. Advokaten skal have pengene inden "
                + "kl. 14. Giv mig dit mobilnummer, så sender jeg detaljerne.\n\nClaus",
            "Hej\n\nKøb venligst 8 gavekort à 2.000 kr. til medarbejderpriserne i dag og send mig koderne. Jeg refunderer det selv.\n\nHenrik"};
        for (int i = 0; i < x.length; i++) {
            M m = mail("ceo-fraud", true);
            headers(m, x[i][0], x[i][2] + "@" + x[i][1], "kreditor@aalborg.dk", i % 2 == 0 ? "Er du der?" : "Diskret opgave i dag")
                .text(text[i]);
            genuine(m, dns.get(x[i][1]).spfIps().get(0));
            m.description = "CEO/mayor fraud from free mail (" + x[i][1] + ", authenticates), display name of our management";
        }
    }

    private void bodyOnly() {
        String[][] x = {{"nordjysk-frugt.com", "Salgskontoret", "salg@", "Ændring af kontooplysninger", "Goddag\n\nVi har skiftet bank. "
            + "Fremover skal alle indbetalinger ske til " + iban("DK", "76300008812207") + ". Bekræft venligst, at I har rettet det.\n\n"
            + "Spørgsmål kan rettes til 42 18 66 91.\n\nNordjysk Frugt & Grønt A/S"},
            {"live.dk", "Poul Kjær", "poul.kjaer.maler@", "Betaling til anden konto", "Hej\n\nMin firmamail virker ikke i øjeblikket. "
                + "Regningen for gymnastiksalen skal betales til " + bank("5301", "0004417729") + " i stedet. Ring på 23 71 40 88 hvis "
                + "der er noget.\n\nPoul"},
            {"hasseris-maler.com", "Poul Kjær", "poul@", "Ny bank", "Hej\n\nVi har ny bank: " + mule(4) + ". Den gamle konto "
                + "nedlægges ved månedens udgang.\n\nPoul"}};
        for (String[] y : x) {
            M m = mail("bank-change-body-only", true);
            headers(m, y[1], y[2] + y[0], "kreditor@aalborg.dk", y[3]).text(y[4]);
            if (y[0].equals("live.dk")) {
                genuine(m, "127.86.2.1");
            } else {
                ownedBy(m, y[0]);
            }
            m.description = "no attachment: changed account in the body only (" + y[0] + ")";
        }
    }

    /** New family: "please use our new e-mail address" - priming for a later payment diversion; no account yet. */
    private void contactChange() {
        M m = mail("contact-change-priming", true);
        headers(m, "Ole Vodskov", "ole.vodskov.vognmand@gmail.com", "kreditor@aalborg.dk", "Ny mailadresse til fakturaer")
            .text("Hej\n\nVi har problemer med vores domæne, og vores udbyder kan ikke sige, hvornår det er løst. Send derfor fremover "
                + "alt vedrørende fakturaer og betalinger til denne adresse. Kommende fakturaer kommer også herfra.\n\nMvh\nOle Vodskov\n"
                + vognmand.name());
        genuine(m, "127.86.1.1");
        m.description = "listed vodskov-vognmand.dk's name on gmail asks to use a new address for invoices (authenticates)";
        m = mail("contact-change-priming", true);
        headers(m, "Brødrene Dahl Debitorservice", "debitor@brdr-dahl.com", "kreditor@aalborg.dk", "Opdatering af kontaktoplysninger")
            .text("Kære kunde\n\nVi har flyttet vores debitorafdeling til et nyt system. Fra i dag skal al korrespondance om fakturaer, "
                + "kontoudtog og betalinger ske til debitor@brdr-dahl.com. Opdatér venligst jeres kreditorkartotek.\n\n"
                + "Med venlig hilsen\nBrødrene Dahl A/S");
        ownedBy(m, "brdr-dahl.com");
        m.description = "look-alike brdr-dahl.com of dahl.dk announces a new debtor address (authenticated)";
        m = mail("contact-change-priming", true);
        headers(m, kloak.person(), addr(kloak), "kreditor@aalborg.dk", "Vigtigt: ny e-mail til bogholderiet")
            .header("Reply-To", "<limfjord.kloakservice@outlook.com>")
            .text("Goddag\n\nVi flytter vores mailsystem, og vores gamle adresser lukker i løbet af de næste uger. Svar derfor kun på "
                + "denne mail, så kommer det frem.\n\nLimfjord Kloakservice A/S");
        forged(m, host++);
        m.description = "forged From limfjord-kloakservice.dk, outlook Reply-To, 'reply only here' (fails DMARC)";
    }

    /** New family: "your payment was short" - the real earlier invoice, a small difference to pay to a new account. */
    private void shortPayment() {
        Supplier[] s = {forsyning, vvs};
        String[] via = {"aalborg-forsyning.com", "dahl-dk.com"};
        String[] diff = {"3.418,75", "1.962,50"};
        String[] why = {"Vi har modtaget jeres indbetaling på faktura %s, men der mangler %s kr., formentlig fordi der er fratrukket "
            + "et forkert momsbeløb.", "Betalingen af faktura %s er modtaget med et underskud på %s kr. (bankgebyr og kursdifference)."};
        for (int i = 0; i < s.length; i++) {
            M m = mail("short-payment-claim", true);
            String n = historyNo.get(s[i].domain());
            Supplier fake = new Supplier(s[i].name(), via[i], s[i].person(), s[i].box(), "", mule(i + 3), s[i].what());
            Mime mime = headers(m, s[i].person(), addr(fake), "kreditor@aalborg.dk", "Difference på faktura " + n)
                .text("Goddag\n\n" + String.format(why[i], n, diff[i]) + " Restbeløbet bedes indbetalt til " + mule(i + 3)
                    + " inden fredag, så vi kan lukke posten.\n\nVenlig hilsen\n" + s[i].person() + "\n" + s[i].name());
            if (i == 0) {
                mime.attach("application/pdf", "restbeloeb_" + n + ".pdf", Attachments.pdf(docId(m, "diff"), "Opgørelse af restbeløb",
                    List.of("Faktura " + n, "Fakturabeløb " + historyAmount.get(s[i].domain()).gross(), "Manglende beløb " + diff[i],
                        "Indbetaling: " + mule(i + 3))));
            }
            ownedBy(m, via[i]);
            m.description = "claims a shortfall on " + s[i].domain() + "'s real earlier invoice " + n + ", look-alike, new account";
        }
    }

    private void inkasso() {
        Supplier[] s = {trafik, el, kontor};
        String[] via = {"nordjysk-inkasso.dk", "debt-recovery-nordic.com", "nordjysk-inkasso.dk"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("fake-reminder-inkasso", true);
            String n = historyNo.get(s[i].domain());
            headers(m, "Nordjysk Inkasso - Juridisk afdeling", "sag@" + via[i], "kreditor@aalborg.dk", "Sidste varsel før retslige skridt - faktura " + n)
                .text("Aalborg Kommune\n\nPå vegne af " + s[i].name() + " skal vi meddele, at faktura " + n + " fortsat er ubetalt. "
                    + "Indbetales kravet med tillæg af inkassogebyr 1.145,00 kr. ikke inden 72 timer på " + mule(i + 4) + ", overgår "
                    + "sagen til fogedretten uden yderligere varsel.\n\nNordjysk Inkasso")
                .attach("application/pdf", "Varsel_" + n + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassovarsel",
                    List.of("Kreditor: " + s[i].name(), "Faktura " + n, "Inkassogebyr 1.145,00", "Betaling: " + mule(i + 4))));
            ownedBy(m, via[i]);
            m.description = "fake inkasso notice citing real earlier invoice " + n + " of " + s[i].domain() + ", new account";
        }
    }

    /** New family: fake Gældsstyrelsen / public debt collection notice with pay link or account. */
    private void debtAgency() {
        M m = mail("fake-debt-agency-notice", true);
        headers(m, "Gældsstyrelsen", "opkraevning@gaeldsstyrelsen-opkraevning.dk", "oekonomi@aalborg.dk",
            "Varsel om udlæg - restance 41.862,00 kr.")
            .html("<html><body><p><b>Gældsstyrelsen</b></p><p>Der er registreret en restance på 41.862,00 kr. vedrørende moms og "
                + "A-skat for CVR-nr. 29189420. Betales restancen ikke inden 5 dage, foretages udlæg i virksomhedens aktiver.</p>"
                + "<p><a href=\"https://gaeldsstyrelsen-opkraevning.dk/betal?cvr=29189420\">Se opgørelse og betal med MitID Erhverv</a>"
                + "</p></body></html>");
        ownedBy(m, "gaeldsstyrelsen-opkraevning.dk");
        m.description = "fake Gældsstyrelsen distraint warning with pay/login link";
        m = mail("fake-debt-agency-notice", true);
        headers(m, "Restanceinddrivelsen", "noreply@restance-gaeld.com", "kreditor@aalborg.dk", "Meddelelse om modregning og afdrag")
            .text("Til Aalborg Kommune\n\nDer er opgjort et skyldigt beløb på 18.930,00 kr. til det offentlige. For at undgå "
                + "modregning i kommende udbetalinger skal beløbet indbetales til " + mule(8) + " senest " + "om 7 dage.\n\n"
                + "Restanceinddrivelsen")
            .attach("application/pdf", "Opgoerelse_restance.pdf", Attachments.pdf(docId(m, "gs"), "Opgørelse af restance",
                List.of("Skyldner: Aalborg Kommune", "Restance 18.930,00", "Betaling: " + mule(8))));
        ownedBy(m, "restance-gaeld.com");
        m.description = "fake public debt-collection notice with PDF and mule account";
    }

    private void digitalPost() {
        String[][] x = {{"digitalpost-borger.com", "Digital Post", "Ny post fra Erhvervsstyrelsen", "Erhvervsstyrelsen har sendt jer "
            + "en afgørelse om manglende indberetning. Brevet kan læses efter log ind med MitID Erhverv."},
            {"mitid-adminportal.com", "MitID Erhverv", "Jeres MitID Erhverv-administrator udløber", "Administratorrollen for Aalborg "
                + "Kommune skal fornyes inden 24 timer. Ellers mister jeres medarbejdere adgang til Virk og NemRefusion."}};
        for (String[] y : x) {
            M m = mail("fake-digital-post", true);
            headers(m, y[1], "noreply@" + y[0], "oekonomi@aalborg.dk", y[2]).html("<html><body><p>" + y[3] + "</p><p><a href=\"https://"
                + y[0] + "/login\">Log på</a></p></body></html>");
            ownedBy(m, y[0]);
            m.description = "fake " + y[1] + " with login link";
        }
    }

    private void renewals() {
        M m = mail("domain-directory-scam", true);
        headers(m, "DK Domain Services", "renewal@dk-hostmaster-service.com", "efaktura@aalborg.dk", "aalborg.dk - registrering udløber")
            .text("Registreringen af aalborg.dk skal fornyes. Undgå, at hjemmeside og e-mail lukker ned: forny nu for 3 år, 4.890,00 kr. "
                + "ekskl. moms.\n\nBetaling til " + mule(9) + ".")
            .attach("application/pdf", "fornyelse_aalborg-dk.pdf", Attachments.pdf(docId(m, "ren"), "Fornyelse af domæne",
                List.of("Domæne: aalborg.dk", "Fornyelse 36 måneder", "4.890,00 + moms", "Indbetaling: " + mule(9))));
        ownedBy(m, "dk-hostmaster-service.com");
        m.description = "domain renewal scam, unordered";
        m = mail("domain-directory-scam", true);
        headers(m, "Verzeichnis Öffentlicher Lieferanten", "service@offentlige-leverandoerer.eu", "kreditor@aalborg.dk",
            "Eintragung Aalborg Kommune - Korrekturabzug / korrektur")
            .text("Sehr geehrte Damen und Herren,\n\nanbei der Korrekturabzug Ihres Eintrags im Europäischen Verzeichnis öffentlicher "
                + "Auftraggeber. Mit Unterschrift bestätigen Sie den Eintrag für 3 Jahre zu je EUR 1.190,00.\n\nKære Aalborg Kommune: "
                + "returnér korrekturen i dag for at bevare jeres opslag. Betaling til " + mule(10) + ".")
            .attach("application/pdf", "Korrekturabzug_Aalborg.pdf", Attachments.pdf(docId(m, "vz"), "Korrekturabzug",
                List.of("Aalborg Kommune, " + ADDRESS, "Jahresbeitrag EUR 1.190,00, Laufzeit 3 Jahre", "Zahlung: " + mule(10))));
        ownedBy(m, "offentlige-leverandoerer.eu");
        m.description = "German/Danish directory 'proof' that is a 3-year contract, unordered";
    }

    /** New family: the advertisement trap - an invoice for an ad "agreed by phone" in a guide or handbook. */
    private void advertTrap() {
        Object[][] x = {{"nordjysk-erhvervsguide.dk", "Nordjysk Erhvervsguide", "faktura@", "Faktura 27-0419 - annonce i Nordjysk "
            + "Erhvervsguide 2027", "Goddag\n\nTak for den telefoniske aftale med jeres medarbejder i By og Land om en 1/4-sides "
            + "annonce i Nordjysk Erhvervsguide 2027. Samtalen er optaget og kan fremsendes på forlangende. Vedhæftet faktura på "
            + "11.800,00 kr. ekskl. moms, betales til %s.\n\nNordjysk Erhvervsguide", "11.800,00"},
            {"beredskabshaandbogen.com", "Beredskabshåndbogen", "annonce@", "Støtteannonce - Beredskabshåndbogen 2026/27",
                "Hej\n\nSom aftalt ved vores samtale i sidste uge er Aalborg Kommune med som støtteannoncør i Beredskabshåndbogen. "
                    + "Korrektur og faktura er vedlagt. Beløbet 7.450,00 kr. overføres til %s.\n\nMed venlig hilsen\nAnnonceafdelingen",
                "7.450,00"},
            {"kommunal-indkoebsguide.com", "Kommunal Indkøbsguide", "kunde@", "2. rykker: ubetalt annonce, ordre 55180",
                "Aalborg Kommune\n\nTrods tidligere henvendelse har vi ikke modtaget betaling for jeres annonce. Der er nu pålagt "
                    + "rykkergebyr. Betal 9.975,00 kr. til %s inden 5 dage, ellers overgår sagen til inkasso.\n\nKundeservice",
                "9.975,00"}};
        int i = 0;
        for (Object[] y : x) {
            M m = mail("advert-invoice-trap", true);
            String acct = mule(i + 5);
            headers(m, (String) y[1], y[2] + (String) y[0], i == 1 ? "by-land@aalborg.dk" : "kreditor@aalborg.dk", (String) y[3])
                .text(String.format((String) y[4], acct))
                .attach("application/pdf", "Faktura_annonce_" + (55_170 + i * 5) + ".pdf", Attachments.pdf(docId(m, "adv"),
                    y[1] + " - faktura", List.of("Kunde: Aalborg Kommune", "Annonce iflg. telefonisk aftale", "Beløb DKK " + y[5],
                        "Indbetaling: " + acct)));
            ownedBy(m, (String) y[0]);
            m.description = "advertisement trap: invoice for an ad 'agreed by phone' in " + y[1] + ", never ordered";
            i++;
        }
    }

    /** New family: the subscription trap - a "free trial" that has become a paid annual licence. */
    private void subscriptionTrap() {
        M m = mail("subscription-trap-invoice", true);
        headers(m, "UdbudsRadar Pro", "billing@udbudsradar-pro.com", "indkoeb@aalborg.dk", "Din prøveperiode er udløbet - årsabonnement aktiveret")
            .text("Hej\n\nJeres gratis prøveperiode på UdbudsRadar Pro er udløbet uden opsigelse, og abonnementet er derfor overgået til "
                + "et årsabonnement iht. vores vilkår pkt. 4.2. Faktura på 14.900,00 kr. ekskl. moms er vedhæftet og betales til "
                + mule(12) + ".\n\nUdbudsRadar Pro")
            .attach("application/pdf", "UR-faktura-20781.pdf", Attachments.pdf(docId(m, "sub"), "Faktura UR-20781",
                List.of("Årsabonnement UdbudsRadar Pro, 5 brugere", "14.900,00 + moms 3.725,00", "Betaling: " + mule(12))));
        ownedBy(m, "udbudsradar-pro.com");
        m.description = "subscription trap: 'trial ended, annual licence' invoice, never ordered";
        m = mail("subscription-trap-invoice", true);
        headers(m, "Tender Alert Europe", "accounts@tender-alert-europe.com", "kreditor@aalborg.dk", "Invoice TAE-6612 - annual subscription")
            .text("Dear customer,\n\nYour free trial of Tender Alert Europe has been converted into an annual subscription as per our "
                + "terms and conditions. Please pay EUR 1,890.00 to " + iban("CY", "002001280000001200527600")
                + " within 14 days.\n\nAccounts Department");
        ownedBy(m, "tender-alert-europe.com");
        m.description = "English subscription trap with CY IBAN, never ordered";
    }

    private void xmlFraud() {
        Supplier[] s = {elnet, kontor};
        String[] via = {"n1-el.dk", "limfjord-kontor.com"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("xml-invoice-changed-account", true);
            String n = no("EF");
            Amount a = amount(4_000_000);
            headers(m, s[i].name(), "efaktura@" + via[i], "efaktura@aalborg.dk", "E-faktura " + n)
                .text("Elektronisk faktura til Aalborg Kommune (EAN " + GLN + ") vedhæftet i Peppol-format.\n\n" + s[i].name())
                .attach("application/xml", n + ".xml", ubl(n, s[i], a, i == 0 ? plain(mule(3)) : "53010004417729", i == 0, isoDay(m))
                    .getBytes(StandardCharsets.UTF_8));
            ownedBy(m, via[i]);
            m.description = "Peppol-looking XML in " + s[i].domain() + "'s name from a look-alike, changed account";
        }
    }

    private void qr() {
        for (int i = 0; i < 2; i++) {
            M m = mail("qr-code-payment", true);
            String d = i == 0 ? "betalingsservice-erhverv.com" : "aalborg-forsyning.com";
            headers(m, i == 0 ? "Betalingsservice Erhverv" : forsyning.name(), "betaling@" + d, "kreditor@aalborg.dk",
                i == 0 ? "Afvist betaling - gennemfør med QR-kode" : "Ubetalt varmeregning - scan for at betale")
                .html("<html><body><p>" + (i == 0 ? "En betaling på 12.480,00 kr. blev afvist." : "Der mangler betaling på 31.260,00 kr.")
                    + " Scan koden med jeres bankapp for at betale med det samme og undgå gebyr.</p><img src=\"cid:betal-qr\"></body></html>")
                .attach("image/png", "betal-qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, d);
            m.description = "QR code to pay, no account in text";
        }
    }

    private void english() {
        M m = mail("english-international", true);
        headers(m, "Nordic Advisory Group", "finance@nordic-advisory-group.com", "kreditor@aalborg.dk", "Outstanding balance - NAG-2291")
            .text("Dear Sir/Madam,\n\nOur records show that invoice NAG-2291 for the smart-city benchmarking report delivered to Aalborg "
                + "Municipality is overdue. Kindly remit EUR 8,450.00 to " + mule(13) + " by Friday.\n\nRegards,\nFinance")
            .attach("application/pdf", "NAG-2291.pdf", Attachments.pdf(docId(m, "en"), "Invoice NAG-2291",
                List.of("Customer: Aalborg Municipality", "Smart-city benchmarking report", "EUR 8,450.00", "Bank: " + mule(13))));
        ownedBy(m, "nordic-advisory-group.com");
        m.description = "English overdue-invoice fraud from nordic-advisory-group.com, RO IBAN";
        m = mail("english-international", true);
        headers(m, "NAG Accounts", "accounts@nordic-advisory-group.com", "oekonomi@aalborg.dk", "Change of bank details")
            .text("Hello,\n\nPlease be advised that our bank details have changed with immediate effect. Kindly update your records and "
                + "make all future payments to " + iban("MT", "VALL22013000000040012345123") + ".\n\nThank you,\nAccounts");
        ownedBy(m, "nordic-advisory-group.com");
        m.description = "English 'change of bank details' with MT IBAN";
    }

    private void imageOnly() {
        Supplier[] s = {maler, kontor};
        String[] via = {"hasseris-maler.com", "limfjord-kontor.com"};
        for (int i = 0; i < 2; i++) {
            M m = mail("image-only-invoice", true);
            headers(m, s[i].person(), s[i].box() + "@" + via[i], "kreditor@aalborg.dk", i == 0 ? "regning" : "Faktura (scannet)")
                .text("Hej\n\nFakturaen er vedlagt som billede, da vores program er nede. Bemærk den nye konto på fakturaen.\n\n" + s[i].person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "20261119_101544.jpg" : "SKM_C25826111.pdf",
                    i == 0 ? Attachments.image(docId(m, "sc"), "jpg") : Attachments.scannedPdf(docId(m, "sc")));
            ownedBy(m, via[i]);
            m.description = "invoice only as image/scan from look-alike of " + s[i].domain();
        }
    }

    private void archives() {
        for (int i = 0; i < 2; i++) {
            M m = mail("archive-invoice", true);
            Supplier s = i == 0 ? el : trafik;
            String d = i == 0 ? "gug-el.com" : "nordjyllands-trafikselskab.com";
            String n = invoiceNo(s);
            byte[] inner = pdf(m, new Supplier(s.name(), d, s.person(), s.box(), "", mule(i + 1), s.what()), "Faktura", n, amount(3_000_000),
                mule(i + 1), 2, List.of());
            headers(m, s.person(), s.box() + "@" + d, "kreditor@aalborg.dk", "Faktura og bilag " + n)
                .text("Hej\n\nFaktura og bilag er pakket i en zip-fil, da filerne ellers er for store til jeres mailsystem.\n\n" + s.person())
                .attach("application/zip", i == 0 ? "faktura_bilag.zip" : "NT_" + n + ".zip",
                    i == 0 ? Attachments.zip("Faktura_" + n + ".pdf", inner, "bilag.txt", "Bilag følger") : Attachments.zip(n + ".pdf", inner));
            ownedBy(m, d);
            m.description = "invoice inside an archive from a look-alike of " + s.domain();
        }
    }

    private void macro() {
        M m = mail("office-macro", true);
        headers(m, kontor.person(), "ordre@limfjord-kontor.com", "indkoeb@aalborg.dk", "Ordrebekræftelse og faktura - leverance uge 47")
            .text("Hej\n\nVedlagt ordrebekræftelse og faktura. Dokumentet er beskyttet - klik 'Aktivér indhold' for at se beløb og "
                + "betalingsoplysninger.\n\nLimfjord Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_uge47.docm", Attachments.word(
                "Faktura\nAalborg Kommune\nAktivér indhold for at vise fakturaen", true));
        ownedBy(m, "limfjord-kontor.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of limfjord-kontor.dk";
        m = mail("office-macro", true);
        headers(m, anlaeg.person(), "bogholderi@himmerland-anlaeg.com", "by-land@aalborg.dk", "Opgørelse af ekstraarbejder - Kastetvej")
            .text("Hej\n\nHer er opgørelsen over ekstraarbejderne på Kastetvej med ny kontoinformation. Regnearket kræver, at makroer "
                + "er slået til.\n\nDorthe")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Ekstraarbejder_Kastetvej.xlsm", Attachments.excel(
                List.of("Ekstraarbejder Kastetvej", "I alt DKK 146.250,00", "Betaling: " + mule(0)), true));
        ownedBy(m, "himmerland-anlaeg.com");
        m.description = "macro-enabled Excel statement from a look-alike of himmerland-anlaeg.dk";
    }

    private void sharedDocument() {
        String[][] x = {{"sikker-deling.net", "OneDrive", "Himmerland Anlæg har delt 'Slutopgørelse_Kastetvej.pdf' med dig"},
            {"sikker-deling.net", "Sikker Mail", "Du har modtaget en krypteret faktura fra Aalborg Forsyning"}};
        for (String[] y : x) {
            M m = mail("shared-document-phish", true);
            headers(m, y[1], "no-reply@" + y[0], "kreditor@aalborg.dk", y[2]).html("<html><body><p>" + y[2] + ".</p><p><a href=\"https://"
                + y[0] + "/d/" + sha256(m.id).substring(0, 10) + "\">Åbn dokumentet</a></p><p style=\"font-size:9px\">Linket udløber om "
                + "24 timer.</p></body></html>");
            ownedBy(m, y[0]);
            m.description = "HTML-only shared-document lure to a credential page";
        }
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus8().generate(), List.of(
            "# Aalborg Kommune, Økonomi: invoice checks (eighth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms and access points our suppliers use.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=aalborgforsyning.dk nordjyllandstrafikselskab.dk n1.dk noerresundby-toemrer.dk "
                + "himmerland-anlaeg.dk hasseris-maler.dk nordjyske.dk vodskov-vognmand.dk svenstrup-rengoering.dk "
                + "limfjord-kloakservice.dk dahl.dk gug-el.dk nordjysk-frugt.dk limfjord-kontor.dk",
            "invoice.domains.platforms=comdia.com fenerum.com meneto.com",
            "invoice.names.protected=Aalborg Kommune"));
    }
}
