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
 * The twenty-second held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body
 * is Vordingborg Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, harbour, culture and
 * department mailboxes) with fifteen listed suppliers from Vordingborg, Møn, Stege, Kalvehave, Præstø, Stensved, Nyråd,
 * Bogø and Lundby in every DNS posture real Danish firms have (some sending through a web hoster named in their SPF),
 * three invoicing platforms ({@code rackbeat.com}, {@code sage.com}, {@code quickbooks.com}), local banks, the Bogø ferry,
 * the joint fire and rescue service, a Swedish jetty builder from Ystad, a German harbour-equipment firm from Stralsund and
 * a Dutch bank-protection contractor for the harbours (Kalvehave, Stege, Præstø), SaaS, an auditor, an e-signature
 * service, a lawyer's collection department, a pension company, a creditor list, forwarders (with and without SRS), free
 * mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices,
 * split payments) and three kinds new here: a "pay within three days and keep a cash discount" offer that moves the
 * payment to a finance partner's or savings account (early-payment-discount-lure), a supplier's "we have been hacked,
 * beware of false invoices, pay only to our new secured account" warning that is itself the fraud
 * (fake-security-incident-warning), and a fake courier's or lending museum's fee for objects "on loan" to the exhibition
 * at Gåsetårnet (fake-exhibition-loan-fee). The invoice engine, its tests, tuning notes and earlier results were not
 * read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a
 * legitimate invoice, credit note, reminder, collection demand for a real debt, fire-service or ferry invoice, foreign or
 * SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From domain publishes no
 * DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus22GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus22 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout22");
    public static final String OWN = "vordingborg.dk";
    static final String FRAUD_NET = "127.226.";
    private static final String OWN_IP = "127.220.0.1";
    private static final String EAN = "5798000428734";
    private static final String RAADHUS = "Østergade 7-9, 4760 Vordingborg";
    /** A South Zealand web hoster whose outgoing server several small firms name in their SPF. */
    private static final String HOSTER_IP = "127.225.9.1";
    private static final String GMAIL = "127.229.1.1";
    private static final String MSFT = "127.229.2.1";
    private static final String APPLE = "127.229.5.1";
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);

    private final Random rnd = new Random(22_0022_4760L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, discounts, credit notes) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 30;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2029, 9, 3, 7, 40, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2029, 10, 3, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Vordingborg Vand & Fjernvarme A/S", "vordingborg-vandvarme.dk",
        "Kundeservice, Vordingborg Vand & Fjernvarme", "opkraevning", "127.221.1.1", iban("DK", "90700005521874"),
        "vand, vandafledning og fjernvarme, kommunale ejendomme, august");
    private final Supplier entrep = new Supplier("Stensved Entreprenør A/S", "stensved-entreprenoer.dk", "Karina Juul Hansen",
        "karina", "127.221.2.1", bank("9070", "0003318762"), "renovering af stoppesteder og fortov, Stensved Bygade");
    private final Supplier kloak = new Supplier("Nyråd Kloakservice ApS", "nyraad-kloak.dk", "Flemming Brandt", "flemming",
        HOSTER_IP, bank("0400", "4017729934"), "TV-inspektion og spuling af regnvandsledninger, Nyråd Skole");
    private final Supplier toemrer = new Supplier("Kalvehave Tømrer & Snedker ApS", "kalvehave-toemrer.dk", "Mikkel Sønderby",
        "mikkel", "127.221.4.1", bank("9070", "0007741226"), "udskiftning af vinduer i gymnastiksalen, Kalvehave Skole");
    private final Supplier maler = new Supplier("Præstø Malerfirma v/ Lars Holm", "praestoe-maler.dk", "Lars Holm", "lars",
        "127.221.5.1", bank("0400", "4021187765"), "maling af gange og trapper, Præstø Bibliotek");
    private final Supplier rengoer = new Supplier("Stege Rengøring ApS", "stege-rengoering.dk", "Bogholderiet", "bogholderi",
        "127.221.6.1", bank("9070", "0004419827"), "rengøring af Stege Rådhus og Borgerservice Stege, august");
    private final Supplier avis = new Supplier("Møn & Vordingborg Avis", "moen-vordingborg-avis.dk", "Annonceafdelingen",
        "annonce", "127.221.7.1", iban("DK", "04000004427718"), "stillingsannoncer og kommunens side 'Nyt fra rådhuset', juli-august");
    private final Supplier vognmand = new Supplier("Lundby Vognmandsforretning I/S", "lundby-vognmand.dk", "Jesper Lundby",
        "jesper", "127.221.8.1", bank("9070", "0001287734"), "kørsel med grus og stabil til stier, Lundby Krat");
    private final Supplier el = new Supplier("Bogø El-Service ApS", "bogoe-el.dk", "Tina Bogø Madsen", "tina", HOSTER_IP,
        bank("0400", "4011823409"), "eftersyn af udendørsbelysning, Bogø Havn og Bogø Skole");
    private final Supplier vvs = new Supplier("Vordingborg VVS & Blik ApS", "vordingborg-vvs.dk", "Kontoret", "kontor",
        "127.221.10.1", bank("9070", "0006620418"), "ny cirkulationspumpe og termostatventiler, Vordingborg Svømmehal");
    private final Supplier madservice = new Supplier("Møns Køkken A/S", "moens-koekken.dk", "Møns Køkken, Kundeservice",
        "kunde", "127.221.11.1", iban("DK", "90700002274613"), "madservice til hjemmeboende borgere på Møn, uge 34-35");
    private final Supplier traelast = new Supplier("Præstø Trælast A/S", "praestoe-traelast.dk", "Trælastens Proffsalg",
        "proff", "127.221.12.1", iban("DK", "04000009917345"), "byggematerialer til Ejendomsservice, rammeaftale 2029");
    private final Supplier it = new Supplier("Vordingborg IT-Partner ApS", "vordingborg-itpartner.dk", "IT-Partner, Fakturering",
        "faktura", "127.221.13.1", bank("9070", "0008834102"), "drift af skolernes netværk og 45 nye lærer-pc'er");
    private final Supplier bus = new Supplier("Stege Busser ApS", "stege-busser.dk", "Kørselskontoret", "koersel",
        "127.221.14.1", bank("0400", "4035561208"), "skolebuskørsel Stege-Keldby og Kalvehave-Stensved, august");
    private final Supplier kontor = new Supplier("Møn Kontorforsyning ApS", "moen-kontor.dk", "Ordrekontoret", "ordre",
        "127.221.15.1", iban("DK", "90700006638219"), "kopipapir, toner og mapper, rammeaftale, august");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Kalvehave Havnesmedie", "kalvehave-smedie.dk", "Ejnar Kalvehave Olsen",
        "ejnar", "127.222.1.1", bank("9070", "0002218843"), "nye fortøjningspæle og lejder, Kalvehave Havn");
    private final Supplier skadedyr = new Supplier("Keldby Skadedyrsservice", "keldby-skadedyr.dk", "Gitte Keldby", "gitte",
        "127.222.2.1", bank("0400", "4030778812"), "musebekæmpelse, Stege Børnehus");
    private final Supplier snedker = new Supplier("Borre Møbelsnedker", "borre-snedker.dk", "Anders Borre", "anders",
        "127.222.3.1", bank("9070", "0005563319"), "nye hylder og disk, Stege Bibliotek");
    private final Supplier have = new Supplier("Fanefjord Have & Skov v/ Jonas Fanø", "fanefjord-have.dk", "Jonas Fanø",
        "jonas", "127.222.4.1", bank("0400", "4026631157"), "fældning af syge asketræer, Lundby Krat");
    private final Supplier natur = new Supplier("Naturformidler Klinteskoven v/ Sara Lind", "gmail.com", "Sara Lind",
        "sara.lind.klinteskoven", GMAIL, bank("9070", "0001128804"), "naturdag ved Møns Klint for 6. årgang, Stege Skole");
    private final Supplier tolk = new Supplier("Farid Ahmadi Tolkeservice", "outlook.com", "Farid Ahmadi", "farid.ahmadi.tolk",
        MSFT, bank("0400", "4012274490"), "tolkning dari-dansk, Jobcenter Vordingborg, 2 timer");
    private final Supplier musik = new Supplier("Spillemand Poul Nyord", "icloud.com", "Poul Nyord", "poul.nyord.spillemand",
        APPLE, bank("9070", "0007716623"), "musik til høstfest, Plejecentret Solbakken, Præstø");
    private final Supplier foto = new Supplier("Møn Lys Foto v/ Maja Ravn", "hotmail.com", "Maja Ravn", "moen.lys.foto",
        MSFT, bank("0400", "4033390116"), "billeder af Gåsetårnet og Stege Havn til kommunens turistfolder");
    // foreign suppliers for the harbours
    private final Supplier brygge = new Supplier("Ystad Bryggteknik AB", "ystad-bryggteknik.se", "Ekonomiavdelningen",
        "ekonomi", "127.227.1.1", iban("SE", "50000000053310774219"), "nya y-bommar, gästhamnen i Stege");
    private final Supplier hafen = new Supplier("Stralsund Hafentechnik GmbH", "stralsund-hafentechnik.de", "Buchhaltung",
        "buchhaltung", "127.227.2.1", iban("DE", "130400000884127345"), "Schwimmsteg 24 m mit Landgang, Kalvehave Havn");

    private final List<Supplier> listed = List.of(forsyning, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs,
        madservice, traelast, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"vordingborg-vandvarme.com", "stensved-entreprenor.dk", "praestoe-traelast.com",
        "bogoe-el-service.dk", idn("pr\u00e6st\u00f8-traelast.dk"), idn("v\u043erdingborg.dk"), "rackbeat-vordingborg.com",
        "sage-stege.net", "nyraad-kloak.net", "moens-kokken.dk", "kalvehave-tomrer.dk", "stege-bus.dk",
        "praestoemaler.dk", "moen-inkasso.com", "mitid-vordingborg.com", "digitalpost-stege.com",
        "vordingborg-domaener.com", "moen-erhvervsregister.org", "praestoe-ordreservice.com", "mobilbetal-vordingborg.net",
        "stege-busser.net", "kalvehave-parkering.com", "kalvehave-marine-consult.com", "praestoe-maler.net",
        "lundby-vognmand.com", "stege-rengoering.com", "vordingborg-vvs.net", "moen-kontor.com", "vordingborg-it-partner.net",
        "vordingborg-dokumenter.com", "fakturavisning-stege.net", "praestoe-traelast.net", "vordingborg-vandvarme.net",
        "gaasetaarnet-udstilling.com", "borgcenter-vordingborg.com", idn("vordingborg-vv\u0455.dk")};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vordingborg-vandvarme.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("stensved-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nyraad-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("kalvehave-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("praestoe-maler.dk", null, null, null, null); // nothing published
        domain("stege-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("moen-vordingborg-avis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("lundby-vognmand.dk", List.of("127.221.98.8"), "~all", null, "none"); // SPF names the dispatch system only
        domain("bogoe-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("vordingborg-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("moens-koekken.dk", List.of(madservice.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("praestoe-traelast.dk", List.of(traelast.ip(), "127.221.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vordingborg-itpartner.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("stege-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("moen-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("kalvehave-smedie.dk", List.of(smed.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("keldby-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("borre-snedker.dk", List.of(snedker.ip()), "-all", null, null);
        domain("fanefjord-have.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("praestoe-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("ystad-bryggteknik.se", List.of(brygge.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("stralsund-hafentechnik.de", List.of(hafen.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("zeeland-oeverwerken.nl", List.of("127.227.3.1"), "-all", null, null);
        // collection, auditor, e-signature, pension company, school, shops, ferry, fire service, museum
        domain("advokat-praestoe.dk", List.of("127.223.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("stege-revision.dk", List.of("127.223.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("velliv.dk", List.of("127.223.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oneflow.com", List.of("127.223.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vordingborg-gym.dk", List.of("127.223.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("legepladsfabrikken-moen.dk", List.of("127.223.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("stege-byggemarked.dk", List.of("127.223.7.1"), "-all", null, "none");
        domain("praestoe-boghandel.dk", List.of("127.223.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("bogoe-overfarten.dk", List.of("127.223.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("sydberedskab.dk", List.of("127.223.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("museum-sydoest.dk", List.of("127.223.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("rackbeat.com", List.of("127.224.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sage.com", List.of("127.224.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("quickbooks.com", List.of("127.224.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, list, ESP, newsletter, forwarders
        domain("moen-sparekasse.dk", List.of("127.225.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sydsjaelland-andelsbank.dk", List.of("127.225.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-sydsjaelland.dk", List.of("127.225.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("postmarkapp.com", List.of("127.225.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("indkoebsfaellesskab-syd.dk", List.of("127.225.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hjemmeplejenetvaerk-syd.dk", List.of("127.225.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kommuneoekonomi-nyt.dk", List.of("127.225.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.vbgnet.dk", List.of("127.228.1.1"), "-all", null, null);
        domain("relay.moen-fiber.dk", List.of("127.228.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("umbraco.com", List.of("127.227.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("templafy.com", List.of("127.227.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        String[] policy = {"reject", "quarantine", null, "none", "reject", "quarantine", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 6 ? null : i % 3 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 5 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }
    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 42_300 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no22:" + s.domain()).hashCode(), 6)) {
            case 0:
                return String.valueOf(47_000 + rnd.nextInt(9_000));
            case 1:
                return "29-" + String.format("%04d", 40 + rnd.nextInt(3_000));
            case 2:
                return "F" + (2_950_000 + rnd.nextInt(90_000));
            case 3:
                return "INV" + (5_100 + rnd.nextInt(1_800));
            case 4:
                return (100 + rnd.nextInt(800)) + "/29";
            default:
                return String.valueOf(1_700 + rnd.nextInt(700));
        }
    }

    private static final String[] TO = {"kreditor@vordingborg.dk", "efaktura@vordingborg.dk", "kreditor@vordingborg.dk",
        "oekonomi@vordingborg.dk", "teknik-miljoe@vordingborg.dk", "boern-unge@vordingborg.dk",
        "sundhed-omsorg@vordingborg.dk", "kultur-fritid@vordingborg.dk", "ejendomme@vordingborg.dk",
        "indkoeb@vordingborg.dk", "kreditor@vordingborg.dk", "havne@vordingborg.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf22:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr22:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi22:" + domain).hashCode(), 9_000_000));
    }

    /**
     * Four layouts: a bordered header block "Faktura nr. / Ordre nr. / Dato / Betalingsbetingelser" with a line and a
     * totals box; a craftsman's "regning" splitting hours, materials and driving; a short bill from the accounting
     * program with an FI line "+71<...>" (printed only with the supplier's own account); a monthly subscription-style bill
     * with the period and an EAN reference.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        switch (Math.floorMod(layout, 4)) {
            case 0 -> {
                head = s.name();
                l.add((freeMail(s) ? "" : "www." + s.domain() + "  |  ") + "CVR-nr. " + cvr(s.domain()));
                l.add(title.toUpperCase(DA) + "  nr. " + no + "   Ordre nr. " + (10_000 + Math.floorMod((s.domain() + no).hashCode(), 80_000))
                    + "   Dato: " + dottedDay(m, 0));
                l.add("Betalingsbetingelser: netto 30 dage, forfald " + dottedDay(m, 30));
                l.add("Kunde: Vordingborg Kommune, " + RAADHUS + ", EAN " + EAN);
                l.add("1  " + s.what() + "   " + a.net());
                l.add("Subtotal " + a.net() + "   Moms 25 % " + a.vat() + "   At betale DKK " + a.gross());
                l.addAll(more);
                l.add("Betaling til " + account + " - angiv venligst fakturanummer " + no);
            }
            case 1 -> {
                head = title + " " + no;
                l.add(s.name() + (freeMail(s) ? "" : " - " + s.domain()) + " - CVR " + cvr(s.domain()));
                l.add("Til: Vordingborg Kommune (EAN " + EAN + ")   Dato: " + writtenDay(m, 0));
                l.add("Udført: " + s.what());
                long hours = a.ore() * 6 / 10;
                long drive = a.ore() / 20;
                l.add("Arbejdstimer: " + kr(hours) + "   Materialer: " + kr(a.ore() - hours - drive) + "   Kørsel: " + kr(drive));
                l.add("Beløb ekskl. moms " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Bedes indbetalt senest " + writtenDay(m, 14) + " på " + account);
            }
            case 2 -> {
                head = title;
                l.add(s.name() + " / " + title.toLowerCase(DA) + " " + no + " / " + isoDay(m, 0));
                l.add("Debitor: Vordingborg Kommune, kreditorbogholderiet, EAN " + EAN);
                l.add("Tekst: " + s.what());
                l.add("Netto " + a.net() + "   moms " + a.vat() + "   total " + a.gross() + " DKK   netto 30 dage");
                l.addAll(more);
                l.add("Konto: " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("\\D", "");
                    l.add("+71<" + String.format("%015d", digits.isEmpty() ? 0L : Long.parseLong(digits)) + "+" + creditorNo(s.domain()) + "<");
                }
            }
            default -> {
                head = s.name() + " - " + title;
                l.add(title + " " + no + " udstedt " + dottedDay(m, 0) + " til Vordingborg Kommune, EAN " + EAN);
                l.add("Periode: " + sentPlus(m, -31, DOTS) + " - " + dottedDay(m, -1));
                l.add("Ydelse: " + s.what());
                l.add("Pris ekskl. moms " + a.net() + " / moms " + a.vat() + " / i alt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betales til " + account + " senest " + dottedDay(m, 30) + ". " + (freeMail(s) ? "" : "CVR " + cvr(s.domain())));
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura-" + n + ".pdf", "faktura_" + n + ".pdf", n + ".pdf", "Vordingborg_Kommune_" + n + ".pdf",
            "FAK" + n + ".pdf", "Regning_" + n + ".pdf", "Faktura nr " + n + ".pdf", "doc" + n.toLowerCase(DA) + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej", "Til Vordingborg Kommune", "Kære kreditorbogholderi", "Goddag",
        "Hej kreditorbogholderiet", "Att. bogholderiet", "Hej alle", "Hej igen"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig22:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name();
            case 1:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + "\nTlf. 55 " + (40 + rnd.nextInt(50)) + " " + (10 + rnd.nextInt(89))
                    + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\nHilsen " + s.person() + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nVh. " + s.person() + ", " + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 8_700_000 : 720_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " fra " + s.name(), "Vordingborg Kommune - faktura " + no,
            "Regning " + no, "Faktura " + no + " (EAN " + EAN + ")", s.name() + ": ny faktura", "Faktura", "Fakt. " + no
            + " vedr. udført arbejde", "Vedr. faktura " + no};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Vedhæftet vores faktura på " + a.gross() + " kr. inkl. moms med forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Arbejdet er færdigt, og fakturaen ligger vedhæftet. Den er også sendt til jeres EAN-nummer.";
            case 3 -> "Tak for opgaven. Her er faktura nr. " + no + " - giv lyd, hvis der er noget, der ikke stemmer.";
            case 4 -> "Fakturaen for perioden er vedhæftet som PDF. Angiv venligst fakturanummeret ved betaling.";
            case 5 -> "Faktura: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfaldsdato: " + writtenDay(m, 30);
            case 6 -> "Undskyld, at regningen kommer sent - vi har haft travlt med høsten og sommerferien.";
            default -> "Se venligst vedhæftede faktura.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Verdana,Arial,sans-serif;font-size:10pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v, more));
        return no;
    }

    /** An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice. */
    private String ubl(String no, Supplier s, Amount a, String issue, String due, boolean peppol) {
        return Ubl.compact(no, s.name(), cvr(s.domain()), s.account(), s.what(), "Vordingborg Kommune", EAN, a.ore(), issue, due, peppol, "");
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
        List<Supplier> again = List.of(traelast, entrep, it, madservice, vvs, avis, el, kloak, forsyning, maler, kontor,
            vognmand, toemrer, bus, rengoer, entrep, traelast, it);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekv.nr. " + (71_420 + k * 17));
                case 1 -> List.of("Bestilt af: " + to().replace("@vordingborg.dk", ""));
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "skybrud i Præstø, august" : "planlagt vedligehold 2029"));
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nArbejdssedlen er vedhæftet." : k % 7 == 5 ? "\n\nBillede af det færdige arbejde er vedlagt." : "";
            invoice(m, s, s.account(), k * 3 + 2, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "arbejdsseddel_" + (310 + k) + ".pdf", Attachments.pdf(docId(m, "as"), "Arbejdsseddel",
                    List.of(s.what(), "Timer: " + (3 + k % 9), "Kørsel: 2 x Vordingborg", "Kvitteret af pedel/driftsleder")));
            } else if (k % 7 == 5) {
                m.mime.attach("image/jpeg", "IMG_" + (7120 + k) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(forsyning, madservice, rengoer)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 1, List.of("Periode: september 2029"), "\n\nFakturaen dækker september.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for September, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        fireServiceAndFerry();
        discountOffers();
        securityNotices();
        priceIndexNotice();
        platforms();
        ublFiles();
        bankChanges();
        smallFirms();
        foreignSuppliers();
        moreLocal();
        saas();
        esignature();
        newsletters();
        creditorList();
        forwarded();
        internal();
        banks();
        pension();
        auditor();
        remittances();
        shops();
        quotesAndLetters();
    }

    private void creditNotes() {
        Object[][] c = {{traelast, "Kreditnota til faktura ", "To paller gipsplader blev sendt retur fra Ejendomsservice i ubrudt emballage."},
            {kontor, "Kreditering af faktura ", "Vi fakturerede 20 kasser kopipapir, men leverede kun 14. Differencen er krediteret."},
            {madservice, "Kreditnota vedr. faktura ", "Fire borgere var indlagt i uge 35 og fik derfor ingen mad leveret."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (100 + rnd.nextInt(2_000));
            Amount a = amount(280_000).credit();
            headers(m, s.person(), addr(s), "kreditor@vordingborg.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Vedhæftet kreditnota " + no + " på " + a.gross() + " kr., som I kan "
                    + "modregne i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i + 2,
                    List.of("Krediterer faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(toemrer, vvs)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@vordingborg.dk", "Kontoudtog pr. " + dottedDay(m, -1))
                .text("Hej\n\nHer er jeres kontoudtog til afstemning. Faktura " + p.no() + " er betalt, og der står intet åbent."
                    + signature(s))
                .attach("application/pdf", "kontoudtog_vordingborg_kommune.pdf", Attachments.pdf(docId(m, "ku"), "Kontoudtog",
                    List.of("Kunde: Vordingborg Kommune", "Faktura " + p.no() + "  " + p.amount().gross() + "  betalt", "Saldo 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@vordingborg.dk", "Betaling modtaget")
            .text("Hej\n\nVi har fået pengene for faktura " + past.get(vognmand.domain()).no() + " (grus til stierne i Lundby Krat). "
                + "Mange tak.\n\nJesper\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "lundby-vognmand.dk thanks for payment (its SPF names only the dispatch system: softfail)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Betalingspåmindelse", "Vi kan ikke se, at nedenstående faktura er betalt. Hvis I har betalt inden "
            + "for de sidste par dage, kan I se bort fra påmindelsen."},
            {maler, "Manglende betaling", "Hej. Jeg mangler stadig betaling for malerarbejdet på Præstø Bibliotek. Vil I kigge på "
                + "det? Mvh Lars"},
            {kloak, "Rykker 1", "Fakturaen forfaldt for 12 dage siden. Vi har ikke pålagt rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@vordingborg.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[(i + 2) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. bedes betalt til den sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 1, List.of("Vedrørende faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "INK-" + (3_200 + rnd.nextInt(900));
        String klient = bank("9070", "0014407736");
        headers(m, "Advokatfirmaet Præstø - inkasso", "inkasso@advokat-praestoe.dk", "kreditor@vordingborg.dk",
            "Inkassovarsel, sag " + sag + " - Borre Møbelsnedker")
            .text("Vordingborg Kommune\n\nVi repræsenterer Borre Møbelsnedker v/ Anders Borre, der har en ubetalt faktura nr. 2047 "
                + "af 12. juni 2029 på 11.250,00 kr. (reparation af borde, Stege Bibliotek). Fakturaen er rykket to gange.\n\n"
                + "Er beløbet betalt, eller bestrider I kravet, så skriv til os med sagsnummeret. Ellers bedes beløbet med 100 kr. "
                + "i inkassogebyr indbetalt på vores klientkonto " + klient + " inden 10 dage.\n\nMed venlig hilsen\n"
                + "Advokatfirmaet Præstø")
            .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassovarsel " + sag,
                List.of("Fordringshaver: Borre Møbelsnedker", "Faktura 2047: 11.250,00", "Inkassogebyr: 100,00",
                    "Klientkonto: " + klient)));
        genuine(m, "127.223.1.1");
        m.description = "a real lawyer's collection letter about an unlisted joiner's unpaid invoice, DMARC pass";
    }

    /** The joint fire and rescue service's quarterly settlement and the Bogø ferry's group-ticket invoice. */
    private void fireServiceAndFerry() {
        M m = ok("intermunicipal-invoice", true);
        String no = "SB-" + (29_300 + rnd.nextInt(600));
        String konto = iban("DK", "04000007722918");
        headers(m, "Sydsjællands Beredskab I/S, Økonomi", "oekonomi@sydberedskab.dk", "kreditor@vordingborg.dk", "Faktura " + no
            + " - kommunebidrag 4. kvartal 2029")
            .text("Til Vordingborg Kommune\n\nVedhæftet faktura for kommunens bidrag til det fælles beredskab for 4. kvartal 2029 "
                + "efter fordelingsnøglen i vedtægternes § 9. Fakturaen er også sendt til jeres EAN-nummer via NemHandel. "
                + "Betaling til " + konto + ".\n\nVenlig hilsen\nSydsjællands Beredskab, Økonomi")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "sb"), "Faktura " + no,
                List.of("Sydsjællands Beredskab I/S", "Betaler: Vordingborg Kommune, EAN " + EAN,
                    "Kommunebidrag 4. kvartal 2029, fordelingsnøgle 41,3 %", "I alt DKK 4.218.560,00 (momsfri)", "Betaling: " + konto)));
        genuine(m, "127.223.11.1");
        m.description = "the joint fire and rescue service's quarterly contribution, its own account, DMARC pass";
        m = ok("ferry-ticket-invoice", true);
        no = "BO" + (5_100 + rnd.nextInt(900));
        konto = bank("0400", "4017702255");
        headers(m, "Bogø-Stubbekøbing Overfarten", "billet@bogoe-overfarten.dk", "boern-unge@vordingborg.dk", "Faktura " + no
            + " - gruppeoverfart Bogø-Stubbekøbing")
            .text("Hej\n\nTak for turen. Her er fakturaen for 3. årgangs overfart fra Bogø til Stubbekøbing og retur (54 elever, "
                + "6 voksne og 8 cykler). Beløbet bedes indbetalt til " + konto + " med fakturanummeret.\n\nVenlig hilsen\n"
                + "Overfarten")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "bo"), "Faktura " + no,
                List.of("Bogø-Stubbekøbing Overfarten", "Kunde: Vordingborg Kommune, Bogø Skole",
                    "Gruppebillet 60 pers. + 8 cykler, t/r", "I alt DKK 3.420,00 inkl. moms", "Konto " + konto)));
        genuine(m, "127.223.10.1");
        m.description = "the small Bogø ferry invoices a school group crossing, DMARC pass";
    }

    /** Genuine counterparts to the discount lure: a cash discount offered on the usual account, nothing moved. */
    private void discountOffers() {
        Past p = past.get(traelast.domain());
        M m = ok("early-payment-discount-offer", false);
        headers(m, traelast.person(), addr(traelast), "kreditor@vordingborg.dk", "Kontantrabat på rammeaftalen fra 1. november")
            .text("Kære kunde\n\nFra 1. november tilbyder vi 2 % kontantrabat på fakturaer under rammeaftalen, når de betales inden "
                + "8 dage. Rabatten står på fakturaen, og betalingen sker som altid til " + traelast.account() + " med FI-linjen. "
                + "Der er ikke noget at gøre for jer; faktura " + p.no() + " er ikke omfattet.\n\nVenlig hilsen\nPræstø Trælast A/S, "
                + "Proffsalg");
        genuine(m, traelast.ip());
        m.description = "listed timber merchant offers a cash discount on future invoices, same account, DMARC pass";
        m = ok("early-payment-discount-offer", false);
        headers(m, kontor.person(), addr(kontor), "indkoeb@vordingborg.dk", "Kvartalsfaktura med rabat?")
            .text("Hej Indkøb\n\nVil I hellere have én samlet faktura i kvartalet? Så kan vi give 1,5 % i rabat, fordi vi sparer "
                + "administration. Kontonummer og EAN-fakturering er uændret. Svar bare, hvis I er interesserede.\n\nOrdrekontoret\n"
                + kontor.name());
        genuine(m, kontor.ip());
        m.description = "listed office supplier proposes a quarterly invoice with a discount: nothing to pay, no new account";
    }

    /** Genuine counterparts to the false security warning: a supplier warns of phishing in its name, account unchanged. */
    private void securityNotices() {
        M m = ok("security-incident-notice", false);
        headers(m, "Vordingborg IT-Partner", "sikkerhed@vordingborg-itpartner.dk", "oekonomi@vordingborg.dk",
            "Falske mails i vores navn")
            .text("Kære kunde\n\nFlere af vores kunder har fået mails, der ser ud til at komme fra os, med 'opdaterede "
                + "betalingsoplysninger'. De er ikke fra os. Vores bankkonto er uændret " + it.account() + ", og vi ændrer den "
                + "aldrig pr. mail. Er I i tvivl, så ring til vores hovednummer fra hjemmesiden.\n\nVenlig hilsen\n"
                + "Vordingborg IT-Partner ApS");
        genuine(m, it.ip());
        m.description = "listed IT supplier (DKIM only, p=reject: DMARC pass) warns of false mails in its name; account unchanged";
        m = ok("security-incident-notice", false);
        headers(m, forsyning.person(), addr(forsyning), "kreditor@vordingborg.dk", "Orientering om it-hændelse")
            .text("Kære kunde\n\nEn medarbejders mailkonto hos os blev misbrugt i sidste uge og sendte phishing-links ud. Kontoen er "
                + "lukket, og hændelsen er anmeldt til Datatilsynet. Vi har IKKE ændret betalingsoplysninger: betal fortsat til "
                + forsyning.account() + ". Slet mails fra os, der beder jer logge ind eller betale til en ny konto.\n\n"
                + "Med venlig hilsen\nVordingborg Vand & Fjernvarme A/S");
        genuine(m, forsyning.ip());
        m.description = "listed utility genuinely reports a misused mailbox; payment details unchanged, DMARC pass";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, madservice.person(), addr(madservice), "sundhed-omsorg@vordingborg.dk", "Prisregulering pr. 1. januar 2030")
            .text("Til Vordingborg Kommune, Sundhed og Omsorg\n\nEfter kontraktens pkt. 8.2 reguleres prisen pr. portion pr. "
                + "1. januar med nettoprisindekset (2,4 %). Den nye pris fremgår af januarfakturaen, som sendes til jeres "
                + "EAN-nummer som altid. Der er intet at betale særskilt.\n\nBeregningen er vedhæftet.\n\nVenlig hilsen\n"
                + "Møns Køkken A/S")
            .attach("application/pdf", "Prisregulering_2030.pdf", Attachments.pdf(docId(m, "idx"), "Prisregulering",
                List.of("Kontrakt om madservice, pkt. 8.2", "Indeks aug. 2028: 119,6 - aug. 2029: 122,5", "Regulering: 2,4 %",
                    "Gælder leverancer fra 01.01.2030")));
        genuine(m, madservice.ip());
        m.description = "listed meal supplier announces contractual indexation on the next ordinary invoice, nothing separate to pay";
    }

    private void platforms() {
        Object[][] p = {{"rackbeat.com", "invoice@", "Rackbeat", toemrer}, {"rackbeat.com", "invoice@", "Rackbeat", el},
            {"sage.com", "invoicing@", "Sage", natur}, {"sage.com", "invoicing@", "Sage", skadedyr},
            {"quickbooks.com", "quickbooks@", "QuickBooks", hafen}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            String no = (d.startsWith("rack") ? "RB" : d.startsWith("sage") ? "SI-" : "QB") + (3_100 + rnd.nextInt(5_000));
            Amount a = amount(1_200_000);
            m.mailFrom = "bounces+" + sha256("plat22:" + m.id).substring(0, 10) + "@" + d;
            headers(m, s.name() + " via " + x[2], x[1] + d, "efaktura@vordingborg.dk", (s == hafen ? "Rechnung / Faktura " : "Faktura ")
                + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#f3f4f6\"><table width=\"600\" "
                    + "align=\"center\" style=\"background:#fff;padding:20px\"><tr><td><p>Til Vordingborg Kommune</p><p>" + s.name()
                    + " har sendt jer faktura <b>" + no + "</b>.</p><p>Beløb: <b>DKK " + a.gross() + "</b><br>Forfaldsdato: "
                    + writtenDay(m, 14 + v) + "</p><p>Fakturaen er vedhæftet som PDF. Har I spørgsmål, så svar på denne mail - svaret "
                    + "går direkte til " + s.name() + ".</p><p style=\"color:#888;font-size:11px\">Sendt med " + x[2] + " for "
                    + s.name() + ".</p></td></tr></table></body></html>")
                .attach("application/pdf", no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(forsyning, traelast, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(2_000_000);
            boolean peppol = v != 1;
            headers(m, s.name(), addr(s), "efaktura@vordingborg.dk", "E-faktura " + no + (peppol ? " (Peppol BIS 3)" : " (OIOUBL)"))
                .text("Hej e-fakturateam\n\nVores e-fakturaudbyder har nedbrud, så som aftalt i telefonen sender vi XML-filen direkte "
                    + "med en PDF-visning. Den kommer også via NemHandel, når udbyderen er oppe igen - betal kun én gang.\n\n"
                    + "Venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "PEPPOL-" : "OIOUBL-") + no.replace('/', '-') + ".xml",
                    ubl(no, s, a, isoDay(m, 0), isoDay(m, 30), peppol).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 3, List.of("Elektronisk original: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF view, usual account";
            v++;
        }
    }

    /** Two genuine bank changes, announced properly; one supplier's next invoice then carries the new account. */
    private void bankChanges() {
        String nyKonto = bank("9070", "0009912384");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@vordingborg.dk", "Bankskifte pr. 1. december")
            .text("Hej\n\nVi flytter fra Møn Sparekasse til Sydsjælland Andelsbank pr. 1. december 2029. Fakturaer dateret 1. "
                + "december og senere får det nye kontonummer " + nyKonto + " påtrykt; ældre fakturaer betales til den gamle konto."
                + "\n\nRing gerne til mig på nummeret i jeres leverandørkartotek, før I retter noget. Brevet med underskrift er "
                + "vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Bankskifte.pdf", Attachments.pdf(docId(m, "nb"), "Ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer fra 01.12.2029", "Ny konto: " + nyKonto,
                    "Mikkel Sønderby, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from December (SPF+DKIM, no DMARC) and asks for a call-back";
        String nyM = iban("DK", "04000003381926");
        m = ok("supplier-new-account", false);
        headers(m, "Møns Køkken A/S, økonomi", "oekonomi@moens-koekken.dk", "kreditor@vordingborg.dk",
            "Ny bankforbindelse efter sammenlægning - brev sendt med posten")
            .text("Kære kunde\n\nMøns Køkken er pr. 1. september lagt sammen med Sydsjællands Madservice A/S. Vores bankkonto er "
                + "derfor ændret til " + nyM + " for fakturaer dateret 1. september 2029 eller senere.\n\nDet samme står i brevet, "
                + "som er sendt med posten, og på vores hjemmeside. Ring på hovednummeret fra hjemmesiden, hvis I vil have "
                + "ændringen bekræftet.\n\nMed venlig hilsen\nMøns Køkken A/S, økonomi");
        genuine(m, madservice.ip());
        m.description = "listed supplier (p=reject, DMARC pass) announces a merger and a new account, letter by post";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(madservice.name(), madservice.domain(), madservice.person(), madservice.box(), madservice.ip(),
            nyM, madservice.what());
        invoice(m, moved, nyM, 11, List.of("Ny bankforbindelse jf. brev af 28. august 2029"), "\n\nBemærk det nye kontonummer, "
            + "som vi varslede i brevet.");
        genuine(m, madservice.ip());
        m.description = "moens-koekken.dk invoice with its new account after the announced, authenticated bank change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(smed, skadedyr, snedker, have, natur, tolk, musik, foto)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 3, List.of("Rekvirent: " + (v % 2 == 0 ? "driftsleder" : "skoleleder")),
                v % 3 == 2 ? "\n\nDet er første gang, jeg sender en regning til kommunen - sig til, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted local " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved workshop but not bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Præstø Låseservice", "praestoe-laas.dk", "Bo Kragh", "bo", HOSTER_IP,
            bank("9070", "0003355407"), "nye cylindre og nøglesystem, Præstø Skole");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 22, List.of("Nøgler kvitteret af skolens pedel"), "\n\nNøglerne er afleveret på skolen.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 25, List.of("Ny adresse: Bogø Hovedgade 31, 4793 Bogø By"), "\n\nVi er flyttet ned i de "
            + "gamle lokaler ved havnen. Bank og kontonummer er de samme.");
        genuine(m, HOSTER_IP);
        m.description = "bogoe-el.dk invoice announcing a new workshop address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        Object[][] g = {{brygge, "Faktura ", "här kommer fakturan för de nya y-bommarna i gästhamnen i Stege, levererade och "
            + "monterade vecka 34. Omvänd betalningsskyldighet (reverse charge) gäller.", "EUR 14.860,00", "Hej,",
            "Med vänlig hälsning"},
            {hafen, "Rechnung ", "anbei unsere Rechnung für den Schwimmsteg mit Landgang für Kalvehave Havn, geliefert und montiert "
                + "in KW 40. Steuerschuldnerschaft des Leistungsempfängers (reverse charge).", "EUR 31.240,00", "Sehr geehrte Damen "
                + "und Herren,", "Mit freundlichen Grüßen"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == brygge) {
                m.wave = 1;
            }
            String no = (s == brygge ? "YB-" : "RE") + (29_400 + rnd.nextInt(500));
            String subject = x[1] + no + " / Vordingborg Kommune";
            headers(m, s.person(), addr(s), "havne@vordingborg.dk", subject)
                .text(x[4] + "\n\n" + x[2] + "\n\n" + (s == brygge ? "Betalning inom 30 dagar till " : "Zahlbar innerhalb 30 Tagen "
                    + "auf ") + s.account() + ".\n\n" + x[5] + "\n" + s.name())
                .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "fx"), x[1] + no,
                    List.of(s.name(), "Kund/Kunde: Vordingborg Kommune, " + RAADHUS + ", Danmark", s.what(), "Total " + x[3]
                        + " - reverse charge", "IBAN/Bank: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), subject));
            m.description = s == brygge ? "Swedish jetty builder from Ystad (history), SE IBAN, reverse charge, p=none"
                : "German harbour-equipment firm from Stralsund, DE IBAN, reverse charge, p=quarantine";
        }
        M m = ok("foreign-invoice", true);
        String no = "ZO" + (2_029_400 + rnd.nextInt(500));
        String konto = iban("NL", "INGB0006633187");
        headers(m, "Zeeland Oeverwerken", "facturen@zeeland-oeverwerken.nl", "havne@vordingborg.dk", "Invoice " + no
            + " - stone revetment Præstø harbour")
            .text("Dear Sir/Madam,\n\nPlease find attached our invoice for the stone revetment along the outer mole of Præstø Havn, "
                + "as per your order of 4 June. Payment to " + konto + ", reverse charge applies.\n\nKind regards\nPieter Janssens\n"
                + "Zeeland Oeverwerken")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of("Zeeland Oeverwerken B.V.", "Stone revetment Præstø Havn, 180 m", "EUR 46,300.00 excl. VAT, "
                    + "reverse charge", konto)));
        genuine(m, "127.227.3.1");
        m.description = "Dutch bank-protection contractor, SPF only (aligned pass, no DMARC), NL IBAN, ordered work";
        Past f = past.get(brygge.domain());
        m = ok("payment-reminder", true);
        headers(m, brygge.person(), addr(brygge), "havne@vordingborg.dk", "Betalningspåminnelse " + f.no())
            .text("Hej,\n\nvi kan inte se att vår faktura " + f.no() + " på " + f.amount().gross() + " är betald. Vänligen betala "
                + "till vårt vanliga konto " + brygge.account() + ". Har betalningen redan gjorts kan ni bortse från denna "
                + "påminnelse.\n\nMed vänlig hälsning\nYstad Bryggteknik AB, Ekonomi");
        genuine(m, brygge.ip());
        m.description = "Swedish supplier's polite reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "TF-" + (330_000 + rnd.nextInt(90_000));
        headers(m, "Templafy Billing", "billing@templafy.com", "oekonomi@vordingborg.dk", "Your Templafy invoice " + no)
            .text("Hello,\n\nThank you for using Templafy. Your annual subscription for document templates (Enterprise, 1,100 "
                + "users) has been invoiced. Payment via your EAN number as agreed.\n\nInvoice " + no + "\nAmount: DKK 186,450.00 "
                + "excl. VAT\n\nTemplafy")
            .attach("application/pdf", "Templafy_" + no + ".pdf", Attachments.pdf(docId(m, "tf"), "Invoice " + no,
                List.of("Billed to: Vordingborg Kommune, EAN " + EAN, "Enterprise, 1,100 users, 12 months",
                    "DKK 186,450.00 excl. VAT - payment via EAN")));
        genuine(m, "127.227.6.1");
        m.description = "document-template SaaS annual invoice, payment via EAN, Ed25519, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "UMB" + (61_000 + rnd.nextInt(9_000));
        headers(m, "Umbraco", "invoice@umbraco.com", "kultur-fritid@vordingborg.dk", "Faktura " + no
            + " - Umbraco Cloud, besoeg-vordingborg")
            .text("Kære kunde\n\nHermed faktura for Umbraco Cloud (Professional, 12 måneder) til turistsitet om Møn, Gåsetårnet og "
                + "Præstø. Fakturaen sendes også til jeres EAN-nummer.\n\nUmbraco")
            .attach("application/pdf", "Umbraco_" + no + ".pdf", Attachments.pdf(docId(m, "umb"), "Faktura " + no,
                List.of("Vordingborg Kommune, EAN " + EAN, "Umbraco Cloud Professional, 12 måneder", "DKK 38.400,00 + moms",
                    "Betaling via EAN")));
        genuine(m, "127.227.5.1");
        m.description = "CMS hosting SaaS licence invoice sent to the EAN as well, DMARC pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce-" + sha256("of22:" + m.id).substring(0, 8) + "@oneflow.com";
        headers(m, "Stege Revision via Oneflow", "noreply@oneflow.com", "oekonomi@vordingborg.dk", "Stege Revision har sendt "
            + "jer en aftale til underskrift: Revisionserklæring, tilskud til Stege Havn")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Stege Revision har inviteret dig til at "
                + "underskrive <b>Revisionserklæring om tilskudsregnskab 2028 - Stege Havn, kajrenovering</b>.</p><p>Du kan læse "
                + "og underskrive aftalen med MitID via knappen nedenfor eller ved at logge ind på oneflow.com.</p><p><a href=\""
                + "https://app.oneflow.com/c/" + sha256("ofl22:" + m.id).substring(0, 18) + "\">Åbn aftalen</a></p><p>Spørgsmål "
                + "om aftalen rettes til afsenderen, Stege Revision.</p><p style=\"font-size:10px;color:#888\">Oneflow AB"
                + "</p></body></html>");
        genuine(m, "127.223.9.1");
        m.description = "real e-signature service sends the auditor's grant statement for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"kommuneoekonomi-nyt.dk", "KommuneØkonomi Nyt", "nyhedsbrev@", "Falske 'sikkerhedsadvarsler' fra leverandører",
            "Svindlere skriver nu i leverandørens navn, at leverandøren er blevet hacket, og at I kun må betale til en ny, "
                + "'sikret' konto. En ægte advarsel ændrer aldrig kontonummeret. Ring til leverandøren på kendt nummer."},
            {"stege-revision.dk", "Stege Revision", "nyhedsbrev@", "Nyhedsbrev: kontantrabat og skonto",
                "Kontantrabat kan være god forretning - men kun når den betales til den konto, I altid har betalt til. Et tilbud "
                    + "om rabat mod betaling til en 'finansieringspartner' bør altid tjekkes."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "pm-bounces+" + sha256("nl22:" + x[0]).substring(0, 12) + "@postmarkapp.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@vordingborg.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld/" + sha256("u22:" + x[0]).substring(0, 10) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><table width=\"600\" style=\"font-family:Georgia,serif\"><tr><td><h2>" + x[3] + "</h2><p>"
                    + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs hele artiklen</a></p><p style=\"font-size:10px\">"
                    + "Du modtager nyhedsbrevet, fordi du har tilmeldt dig. Afmeld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postmarkapp.com");
            m.ip = "127.225.7.1";
            m.helo = "smtp.postmarkapp.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"indkoebsfaellesskab-syd.dk", "Hanne Vestergaard", "have@", "Leverandør 'hacket' - betal til ny konto?",
            "Hej alle\n\nVi fik en mail fra en leverandør om, at de var blevet hacket, og at vi fremover kun måtte betale til en ny "
                + "'sikker' konto. Leverandøren kendte intet til det. Pas på.\n\nHanne, Indkøbsfællesskab Syd"},
            {"hjemmeplejenetvaerk-syd.dk", "Ole Brink", "olbr@", "SV: Leverandør 'hacket' - betal til ny konto?", "Tak, Hanne. Vi "
                + "har set en variant med '3 % rabat, hvis I betaler inden 3 dage til vores finansieringspartner'.\n\nOle"},
            {"indkoebsfaellesskab-syd.dk", "Lotte Dahl", "lodh@", "Udlånsgebyrer til udstillinger", "Hej\n\nMuseer og "
                + "kulturforvaltninger skal være opmærksomme på mails om 'udlånsgebyr' eller 'kurerdepositum' for genstande til "
                + "udstillinger. Tjek altid udlånsaftalen.\n\nLotte"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorforum-sydsjaelland.dk", x[3])
                .header("List-Id", "Kreditorforum Sydsjælland <liste.kreditorforum-sydsjaelland.dk>")
                .header("List-Post", "<mailto:liste@kreditorforum-sydsjaelland.dk>")
                .text(x[4]);
            String list = "kreditorforum-sydsjaelland.dk";
            listPost(m, x[0], list, "[Kreditorforum Sydsjælland] ",
                "\r\n-- \r\nKreditorforum Sydsjælland - erfa-liste for kreditorbogholdere i sjællandske kommuner\r\n"
                + "Afmeld: https://kreditorforum-sydsjaelland.dk/afmeld\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 19, List.of(), "");
        m.mailFrom = "SRS0=Hq3v=UE=moen-vordingborg-avis.dk=annonce@srs.vbgnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.228.1.1";
        m.helo = "srs.vbgnet.dk";
        m.description = "moen-vordingborg-avis.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, traelast, traelast.account(), 29, List.of(), "");
        m.signers.add(traelast.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 36, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(420_000);
        headers(m, "Rikke Holt", "riho@" + OWN, "kreditor@vordingborg.dk", "VS: Faktura " + no + " - grus til Lundby Krat")
            .text("Hej kreditor\n\nFakturaen er sendt direkte til mig. Kørslen er udført og godkendt, kontostreng 4420-207, "
                + "Naturpleje.\n\nRikke Holt\nTeknik og Miljø\n\n---------- Videresendt meddelelse ----------\nFra: "
                + vognmand.person() + " <" + addr(vognmand) + ">\nDato: " + writtenDay(m, -4) + "\nEmne: Faktura " + no + "\n\n"
                + "Hej Rikke, her er regningen for gruset.")
            .attach("application/pdf", pdfName(no, 4), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 1, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.moen-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorteamet", "kreditor@", "ledere@vordingborg.dk", "Advarsler om 'hackede' leverandører",
            "Kære ledere\n\nFår I en mail fra en leverandør om et hackerangreb og en ny konto, så send den til os. Vi ændrer kun "
                + "kontonumre efter et opkald til leverandøren på nummeret i kreditorstamdata.\n\nKreditorteamet, Økonomi"},
            {"Niels Aagaard", "niaa@", "kreditor@vordingborg.dk", "Faktura fra Stege Busser", "Hej\n\nBusselskabet spørger til "
                + "augustfakturaen. Ligger den hos os til godkendelse?\n\nNiels\nBørn og Unge"},
            {"Digitalisering", "it-support@", "alle-oekonomi@vordingborg.dk", "Falske Digital Post-mails", "Digital Post sender "
                + "aldrig links til login pr. mail. Videresend mistænkelige mails til it-sikkerhed@vordingborg.dk og slet dem."},
            {"Birgitte Skov", "bisk@", "kreditor@vordingborg.dk", "Udlæg - tovværk til Stege Havn", "Hej\n\nVedhæftet "
                + "kvittering for fortøjningstov og fendere købt hos Stege Bådudstyr. Kan det komme med i næste udlægskørsel?\n\n"
                + "Birgitte\nHavnene"},
            {"Kultur og Fritid", "kultur@", "kreditor@vordingborg.dk", "Udstilling på Danmarks Borgcenter", "Hej\n\nTil orientering: "
                + "udlånet af genstande til efterårsudstillingen ved Gåsetårnet er gebyrfrit; transport og forsikring betales af "
                + "Museum Sydøstdanmark. Kommer der regninger på udlån til os, så spørg mig først.\n\nKultur og Fritid"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_tovvaerk.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Møn Sparekasse Erhverv", "erhverv@moen-sparekasse.dk", "oekonomi@vordingborg.dk", "Ny besked i Netbank Erhverv")
            .text("Kære kunde\n\nDer er en ny besked til jer i Netbank Erhverv. Log på, som I plejer. Vi sender aldrig links til "
                + "login og beder aldrig om koder eller MitID-godkendelser pr. mail.\n\nMøn Sparekasse");
        genuine(m, "127.225.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Sydsjælland Andelsbank", "erhverv@sydsjaelland-andelsbank.dk", "oekonomi@vordingborg.dk",
            "Jul og nytår: frister for betalinger")
            .text("Betalinger, der skal være hos modtageren før jul, skal godkendes senest den 22. december kl. 12. "
                + "Udlandsbetalinger i euro og svenske kroner skal godkendes en bankdag før.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.225.2.1");
        m.description = "bank notice about cut-off times, DMARC pass";
    }

    private void pension() {
        M m = ok("pension-notice", false);
        headers(m, "Velliv Erhverv", "erhverv@velliv.dk", "loen@vordingborg.dk", "Ny dækning for kritisk sygdom fra 2030")
            .text("Kære arbejdsgiver\n\nFra 1. januar 2030 hæves dækningen ved kritisk sygdom for jeres medarbejdere på "
                + "pensionsordningen. Det ændrer ikke bidragene, og indbetalingen sker som hidtil via lønsystemet. Vi ændrer "
                + "aldrig betalingsoplysninger pr. e-mail.\n\nVenlig hilsen\nVelliv Erhverv");
        genuine(m, "127.223.3.1");
        m.description = "pension company's routine notice to the employer, payment via the payroll system, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Stege Revision", "revision@stege-revision.dk", "kreditor@vordingborg.dk", "Saldobekræftelse - " + entrep.name())
            .text("Til Vordingborg Kommune\n\nSom revisor for " + entrep.name() + " beder vi jer bekræfte saldoen over for "
                + "selskabet pr. 30. september 2029. Selskabets fuldmagt er vedhæftet.\n\nSvar blot med saldoen, også hvis den er "
                + "0. Vi beder ikke om betaling eller bankoplysninger.\n\nVenlig hilsen\nStege Revision")
            .attach("application/pdf", "Fuldmagt_saldobekraeftelse.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Opgørelsesdato 30.09.2029", "Svar sendes direkte til revisor")));
        genuine(m, "127.223.2.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Vordingborg Gymnasium, økonomi", "oekonomi@vordingborg-gym.dk", "oekonomi@vordingborg.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført 18.600,00 kr. til kommunen for leje af hallen i Nyråd i august (jeres faktura "
                + "7730214).\n\nVenlig hilsen\nVordingborg Gymnasium");
        genuine(m, "127.223.5.1");
        m.description = "remittance advice: a school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Sydsjællands Beredskab, Kreditorer", "kreditor@sydberedskab.dk", "oekonomi@vordingborg.dk", "Betalingsspecifikation")
            .text("Hej Vordingborg Kommune\n\nVedhæftet specifikation af dagens betaling fra beredskabet.\n\nSydsjællands Beredskab")
            .attach("text/csv", "betalingsspecifikation.csv", ("faktura;tekst;beloeb_dkk\r\n7730251;Leje af øvelsesareal, Masnedø;"
                + "14200,00\r\n7730252;Rengøring af brandstation Stege;9350,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.223.11.1");
        m.description = "the fire service pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"stege-byggemarked.dk", "Stege Byggemarked", "kvittering@", "Kvittering for dit køb",
            "Skruer, trælim, 2 sække fliseklæb og en stige, 3.128,75 kr. Betalt med kommunens indkøbskort."},
            {"praestoe-boghandel.dk", "Præstø Boghandel", "webshop@", "Ordre 21507 er bekræftet", "28 eksemplarer af "
                + "'Valdemarerne og Gåsetårnet' til 5. årgang, 4.760,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@vordingborg.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Legepladsfabrikken Møn", "ordre@legepladsfabrikken-moen.dk", "indkoeb@vordingborg.dk",
            "Ordrebekræftelse 40918")
            .text("Tak for ordren på gyngestativ og faldunderlag til legepladsen ved Lundby Børnehus. Levering uge 44. Fakturaen "
                + "sendes via NemHandel til EAN " + EAN + ".\n\nLegepladsfabrikken Møn");
        genuine(m, "127.223.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, smed.person(), addr(smed), "havne@vordingborg.dk", "Tilbud: nye redningsstiger, Kalvehave Havn")
            .text("Hej\n\nFem nye redningsstiger i rustfrit stål til kajen, leveret og monteret: 32.400 kr. ekskl. moms. "
                + "Tilbuddet gælder til 1. december." + signature(smed))
            .attach("application/pdf", "Tilbud_redningsstiger.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("5 redningsstiger, rustfrit stål", "32.400,00 ekskl. moms", "Gyldigt til 01.12.2029")));
        genuine(m, smed.ip());
        m.description = "quote from an unlisted harbour smithy, nothing to pay";
        m = ok("quote", false);
        headers(m, have.person(), addr(have), "teknik-miljoe@vordingborg.dk", "Pris på rydning ved Ulvshale")
            .text("Hej\n\nRydning af opvækst langs stien ved Ulvshale inkl. flisning og bortkørsel: 2 dage, 14.800 kr. + moms. Jeg "
                + "kan begynde i uge 43." + signature(have));
        genuine(m, have.ip());
        m.description = "quote in the body from an unlisted gardener (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "boern-unge@vordingborg.dk", "Omkørsel ved broarbejde på Mønbroen")
            .text("Hej\n\nMens Dronning Alexandrines Bro er lukket for busser i uge 42-43, kører skolebussen fra Kalvehave over "
                + "Farøbroerne. Morgenafgangen fra Stege flyttes 12 minutter frem. Faktureringen er uændret.\n\nStege Busser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, forsyning.person(), addr(forsyning), "ejendomme@vordingborg.dk", "Varsel: vandet lukkes i Nyråd")
            .text("Kære kunde\n\nTorsdag kl. 8-12 lukker vi for vandet i dele af Nyråd på grund af ledningsarbejde. Det berører "
                + "Nyråd Skole og hallen.\n\nVordingborg Vand & Fjernvarme");
        genuine(m, forsyning.ip());
        m.description = "listed utility's notice of a water interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7470400031188245"), iban("DK", "66950008814407"), bank("6695", "0002274419"),
        iban("EE", "3810220044771923"), iban("PL", "281050156200000177420638"), iban("GB", "REVO04003322719054"),
        iban("IE", "BOFI90001744102288"), iban("NL", "BUNQ0277419850"), iban("DE", "100110012640773318"),
        iban("HU", "117730160000442187500000"), iban("RO", "BTRL0000999944102271"), iban("BG", "STSA93000024417706"),
        iban("CY", "002001950000357004412285"), bank("8401", "0000912277"), iban("MT", "VALL22013000000040044127765"),
        iban("SE", "80000832790441276653"), iban("NO", "15034412275")};

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
        splitPayments();
        discountLures();
        securityWarnings();
        exhibitionLoans();
    }

    private void forgedSuppliers() {
        Supplier[] who = {forsyning, avis, traelast, it};
        String[] notes = {"\n\nVi har skiftet bank. Betal venligst kun til kontoen på denne faktura.",
            "\n\nVores tidligere konto er lukket - ret venligst jeres kreditoroplysninger.", "",
            "\n\nBemærk: ny bankforbindelse gælder fra og med denne faktura."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 1), i + 6, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == traelast) {
                m.mime.header("Reply-To", "<proff@praestoe-traelast.com>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == traelast ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"vordingborg-vandvarme.com", forsyning}, {"stensved-entreprenor.dk", entrep},
            {"praestoe-traelast.com", traelast}, {"bogoe-el-service.dk", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 3), i * 3 + 1, List.of(), i % 2 == 1
                ? "\n\nBemærk venligst vores nye kontonummer på fakturaen." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("pr\u00e6st\u00f8-traelast.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, traelast.posing(d, traelast.account()), mule(6), 16, List.of(), "");
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ and ø for ae and oe) posing as praestoe-traelast.dk, invoice with new account, authenticates";
        d = idn("vordingborg-vv\u0455.dk");
        m = bad("punycode-homoglyph");
        invoice(m, vvs.posing(d, vvs.account()), mule(8), 20, List.of("Nyt kontonummer pr. 1. oktober"), "\n\nBemærk venligst "
            + "det nye kontonummer.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic dze for s) posing as vordingborg-vvs.dk, invoice with new account, authenticates";
        d = idn("v\u043erdingborg.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Vordingborg Kommune, Økonomi", "oekonomi@" + d, "kreditor@vordingborg.dk", "Haster: depositum lejrskole Bornholm")
            .text("Hej\n\nRejsebureauet mangler depositum for 7. årgangs lejrskole på Bornholm (færge og lejrskolehjem), 84.900 kr. "
                + "Kommer pengene ikke i dag, mister vi pladserne. Overfør til " + mule(10) + "; bilaget sender jeg bagefter.\n\n"
                + "Vh\nØkonomi");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our finance department: urgent school-trip deposit, authenticates";
    }

    private void platformFrauds() {
        String[][] look = {{"rackbeat-vordingborg.com", "Rackbeat"}, {"sage-stege.net", "Sage"}};
        for (int i = 0; i < look.length; i++) {
            Supplier s = i == 0 ? el : kontor;
            M m = bad("lookalike-platform");
            String no = String.valueOf(3_100 + rnd.nextInt(5_000));
            headers(m, s.name() + " via " + look[i][1], "invoice@" + look[i][0], "efaktura@vordingborg.dk", "Påmindelse: faktura "
                + no + " er forfalden")
                .html("<html><body style=\"font-family:Helvetica,Arial\"><p>Til Vordingborg Kommune</p><p>Faktura " + no + " fra "
                    + s.name() + " er forfalden. Betal nu med kort eller overførsel og undgå rykkergebyr:</p><p><a href=\"https://"
                    + look[i][0] + "/pay/" + sha256(m.id).substring(0, 14) + "\" style=\"background:#1f4e8c;color:#fff;padding:10px "
                    + "18px;text-decoration:none\">Se og betal fakturaen</a></p></body></html>");
            ownedBy(m, look[i][0]);
            m.description = "look-alike platform " + look[i][0] + ": overdue invoice in listed " + s.domain() + "'s name, pay link";
        }
        M m = bad("platform-account-misused");
        String no = "SI-" + (3_100 + rnd.nextInt(5_000));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 10) + "@sage.com";
        headers(m, "Baltic Harbour Supply via Sage", "invoicing@sage.com", "havne@vordingborg.dk", "Faktura " + no
            + " fra Baltic Harbour Supply")
            .header("Reply-To", "<baltic.harbour.supply@outlook.com>")
            .html("<html><body><p>Til Vordingborg Kommune</p><p>Baltic Harbour Supply har sendt jer faktura <b>" + no + "</b> for "
                + "redningskranse og bådshager til Stege Havn: <b>DKK 27.187,50</b>. Betales inden 5 dage til " + mule(11)
                + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", Attachments.pdf(docId(m, "pf"), "Invoice " + no,
                List.of("Baltic Harbour Supply", "Redningskranse og bådshager, 18 stk.", "DKK 27.187,50", "Account " + mule(11))));
        genuine(m, "127.224.2.1");
        m.description = "real platform sage.com used by an unknown firm for harbour gear never ordered, free-mail Reply-To, mule";
        m = bad("platform-account-misused");
        no = "RB" + (3_100 + rnd.nextInt(5_000));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 10) + "@rackbeat.com";
        headers(m, "Stege Rengøring ApS via Rackbeat", "invoice@rackbeat.com", "kreditor@vordingborg.dk", "Faktura " + no
            + " - opdaterede betalingsoplysninger")
            .header("Reply-To", "<stege.rengoering.aps@gmail.com>")
            .html("<html><body><p>Til Vordingborg Kommune</p><p>Stege Rengøring fakturerer nu via Rackbeat og har fået ny bank. "
                + "Faktura " + no + " bedes betalt til " + mule(2) + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(2)), "Faktura", no,
                amount(2_400_000), mule(2), 0, List.of("Opdaterede betalingsoplysninger")));
        genuine(m, "127.224.1.1");
        m.description = "real platform rackbeat.com in listed stege-rengoering.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{kontor, "Vi er blevet en del af en landsdækkende kontorkæde, og alle betalinger skal fremover ske til "
            + "kædens konto "},
            {entrep, "Vores driftskonto er midlertidigt spærret, mens banken gennemgår vores byggelån. Indtil videre bedes I betale "
                + "til "},
            {vvs, "Vi har overdraget vores fordringer til et factoringselskab, så betaling skal fremover ske til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 12), i + 9, List.of("Ændrede betalingsoplysninger"), "\n\n" + c[i][1] + mule(i + 12)
                + ". Jeg er på messe resten af ugen, så skriv hellere end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = madservice;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@vordingborg.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nOpfølgning på fakturaen herunder: efter sammenlægningen er vores konto flyttet, så de " + p.amount().gross()
                + " kr. skal betales til " + mule(15) + ". Den gamle konto lukker ved månedsskiftet.\n\n" + s.person()
                + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of moens-koekken.dk replies in its own wave-1 thread (DMARC pass), mule account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "nyraad-kloak.net"}, {madservice, "moens-kokken.dk"}, {toemrer, "kalvehave-tomrer.dk"},
            {bus, "stege-bus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@vordingborg.dk", (i % 2 == 1 ? "Re: " : "SV: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nVedr. faktura " + p.no() + " på " + p.amount().gross() + " kr.: vi har fået ny bank, så beløbet skal "
                    + "betales til " + mule(i + 4) + " og ikke til kontoen på fakturaen. Giv lige et kort svar, når det er rettet.\n\n"
                    + s.person() + "\n\n-----Original meddelelse-----\n> " + GREETING[i] + "\n> Vedhæftet faktura " + p.no() + ".");
            if (i == 2) {
                mime.attach("application/pdf", pdfName(p.no(), 7), pdfInvoice(m, s.posing(d, mule(i + 4)), "Faktura", p.no(),
                    p.amount(), mule(i + 4), 0, List.of("Rettet bankforbindelse")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account";
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Torben Hviid, borgmester", "borgmester@" + OWN, "oekonomi@vordingborg.dk", "Fortroligt: grundkøb ved Masnedø")
            .text("Hej\n\nVi er i fortrolige forhandlinger om et erhvervsareal på Masnedø. Sælgers advokat skal have 310.000 kr. "
                + "deponeret i dag. Overfør til " + mule(3) + ", og hold det mellem os, til Økonomiudvalget er orienteret.\n\nTorben");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Kreditorteamet", "kreditor@" + OWN, "oekonomi@vordingborg.dk", "Afvist betaling til beredskabet - gennemfør igen")
            .text("Hej\n\nBanken har afvist betalingen til Sydsjællands Beredskab for 4. kvartal. Betal venligst 4.218.560,00 kr. "
                + "igen til " + mule(7) + " i dag - beredskabet har oplyst den nye konto. Bilaget retter vi bagefter.\n\n"
                + "Kreditorteamet");
        forged(m, forgedHost++);
        m.description = "our creditor mailbox forged from outside: 'pay the rejected fire-service contribution again', mule account";
    }

    private void ceo() {
        Object[][] c = {{"Torben Hviid", "torben.hviid.borgmester@gmail.com", GMAIL, "Har du et øjeblik?", "Hej\n\nJeg sidder i "
            + "KL's bestyrelsesmøde og kan ikke tage telefonen. Jeg har brug for din hjælp til en betaling i dag. Svar her, så "
            + "sender jeg oplysningerne.\n\nTorben\nSendt fra min iPhone"},
            {"Susanne Kjær - kommunaldirektør", "susanne.kjaer.vordingborg@outlook.com", MSFT, "En tak til hjemmeplejen",
                "Hej\n\nJeg vil gerne give hjemmeplejen på Møn en tak for en travl sommer. Køb 30 gavekort à 500 kr. og send mig "
                    + "koderne - jeg lægger ud og får pengene retur i morgen.\n\nSusanne"},
            {"Jakob Lindholm", "jakob.lindholm.oekonomichef@icloud.com", APPLE, "Fortroligt - forlig", "Hej\n\nVi har indgået "
                + "forlig i en sag om Præstø Havn, og modpartens advokat skal have 226.000 kr. i dag: " + mule(5) + ". Jeg "
                + "godkender bilaget, når jeg er tilbage.\n\nJakob, økonomichef"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@vordingborg.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Louise Stensved", "louise.stensved.sosu@gmail.com", "loen@vordingborg.dk", "Ændring af lønkonto")
            .text("Hej\n\nJeg er social- og sundhedshjælper i hjemmeplejen i Stege og har fået ny bank. Kan I sætte min løn for "
                + "oktober ind på " + bank("6695", "0004412209") + "? Jeg kan ikke logge på medarbejderportalen hjemmefra.\n\n"
                + "Mvh Louise");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Kenneth Bogø", "kenneth.bogoe@hotmail.com", "loen@vordingborg.dk", "Ny konto til løn")
            .text("Hej\n\nJeg er havnefoged i Kalvehave og har fået en ny konto, fordi min gamle bank har lukket den. Løn og "
                + "feriepenge skal fremover ind på " + mule(9) + ". Jeg har ikke adgang til MitID lige nu.\n\nKenneth");
        genuine(m, MSFT);
        m.description = "a 'harbour master' on hotmail wants his salary to a foreign account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "lars@praestoemaler.dk", "kreditor@vordingborg.dk", "Nyt kontonummer")
            .text("Hej\n\nKort besked: jeg har fået nyt kontonummer " + mule(13) + ". Brug det fremover, også til den regning, der "
                + "står åben.\n\nMvh Lars\nPræstø Malerfirma");
        ownedBy(m, "praestoemaler.dk");
        m.description = "no attachment: look-alike of praestoe-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Stege Busser <koersel@stege-busser.dk>", "stege.busser.koersel@gmail.com", "kreditor@vordingborg.dk",
            "VIGTIGT: nye bankoplysninger")
            .text("Kære kunde\n\nPå grund af et nedbrud i vores mailsystem skriver vi fra denne adresse. Vores konto er ændret til "
                + mule(14) + " med virkning fra i dag.\n\nStege Busser");
        genuine(m, GMAIL);
        m.description = "display name carries a listed supplier's real address, the mail is gmail: new account in the body";
    }

    private void fakeInkasso() {
        Supplier[] s = {el, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "MI-" + (420_000 + rnd.nextInt(90_000));
            headers(m, "Møn Inkasso", "sag@moen-inkasso.com", "kreditor@vordingborg.dk", "Sidste varsel før retslige skridt - sag "
                + sag)
                .text("Vordingborg Kommune\n\nVi har overtaget " + s[i].name() + "s krav for faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. Betales beløbet med tillæg af 1.850 kr. i omkostninger ikke inden 3 hverdage til "
                    + mule(i + 2) + ", sendes sagen til fogedretten uden yderligere varsel.\n\nMøn Inkasso")
                .attach("application/pdf", "Varsel_" + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Sidste varsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(), "Omkostninger 1.850,00",
                        "Konto " + mule(i + 2))));
            ownedBy(m, "moen-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-vordingborg.com", "Digital Post", "post@", "Ny post fra Skattestyrelsen",
            "Vordingborg Kommune har modtaget et brev i Digital Post om efterangivelse af moms. Brevet skal åbnes med MitID "
                + "Erhverv inden 48 timer.", "fake-digital-post"},
            {"mitid-vordingborg.com", "MitID Erhverv", "noreply@", "Jeres MitID Erhverv-administrator skal fornyes",
                "Administratorrollen for Vordingborg Kommune udløber. Bekræft med MitID inden fredag, ellers lukkes adgangen til "
                    + "Digital Post og NemKonto.", "fake-digital-post"},
            {"digitalpost-stege.com", "Digital Post Erhverv", "besked@", "Ulæst brev fra Udbetaling Danmark", "Der ligger et "
                + "ulæst brev om tilbagebetaling af refusion. Log på for at læse brevet og undgå rykkergebyr.", "fake-digital-post"},
            {"vordingborg-domaener.com", "Dansk Domæneservice", "fornyelse@", "Fornyelse af vordingborg.dk",
                "Registreringen af vordingborg.dk udløber. Betal inden 7 dage, ellers lukkes hjemmeside og e-mail.",
                "domain-directory-scam"},
            {"moen-erhvervsregister.org", "Sjællands Erhvervsregister", "data@", "Kontrollér jeres virksomhedsoplysninger",
                "Kontrollér de forudfyldte oplysninger og returnér formularen underskrevet. Grundregistrering er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@vordingborg.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 16);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log på med "
                    + "MitID</a></p></body></html>");
            } else if (x[0].startsWith("vordingborg-domaener")) {
                mime.text(x[4] + "\n\nPris for 2 år: 4.680,00 kr. til " + mule(16) + " eller med kort: " + link
                        + "\n\nDansk Domæneservice")
                    .attach("application/pdf", "Fornyelse_vordingborg.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domænefornyelse",
                        List.of("Domæne: vordingborg.dk", "2 år", "4.680,00", "Konto " + mule(16))));
            } else {
                mime.text(x[4] + "\n\nSjællands Erhvervsregister")
                    .attach("application/pdf", "Formular_Vordingborg_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Kontrolformular",
                        List.of("Vordingborg Kommune, " + RAADHUS, "Underskrift:", "Ved underskrift bestilles 3 års profilering "
                            + "à 1.290 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordreservice", "ordre@praestoe-ordreservice.com", "indkoeb@vordingborg.dk", "Ordre #71304 sendes i dag: "
            + "12 x MacBook Air")
            .text("Tak for din bestilling. 12 x MacBook Air 15\", i alt 131.880,00 kr., trækkes ved afsendelse i morgen.\n\nHar du "
                + "ikke bestilt? Ring straks på +45 55 86 31 07 for at annullere.\n\nOrdreservice");
        ownedBy(m, "praestoe-ordreservice.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Norton Fornyelse", "ordre@praestoe-ordreservice.com", "oekonomi@vordingborg.dk", "Kvittering: abonnement fornyet")
            .text("Jeres abonnement er fornyet automatisk i 3 år (7.450 kr.). Vil I fortryde, skal I ringe på +45 55 86 31 07 inden "
                + "24 timer.")
            .attach("application/pdf", "Abonnement_kvittering.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("360 Deluxe, 3 år", "7.450,00 kr.", "Fortrydelse: +45 55 86 31 07")));
        ownedBy(m, "praestoe-ordreservice.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilbetal-vordingborg.net", "MobilePay Erhverv", "noreply@", "Betaling afvist - scan og betal",
            "En betaling på 12.875,00 kr. fra Vordingborg Kommune kunne ikke gennemføres."},
            {"stege-busser.net", bus.person(), "koersel@", "Skolekørsel august: betal hurtigt med QR", "Augustfakturaen kan nu "
                + "betales med det samme."},
            {"kalvehave-parkering.com", "Parkering Kalvehave", "kontrol@", "Ubetalt kontrolafgift - tjenestebil DP 73 415", "En "
                + "af kommunens biler har fået en kontrolafgift på 860 kr. ved Kalvehave Havn."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@vordingborg.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med telefonen for at betale.</p><p><img src=\"cid:qr\" "
                    + "width=\"220\" height=\"220\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "qr_betaling.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Kalvehave Marine Consult", "accounts@kalvehave-marine-consult.com", "havne@vordingborg.dk",
            "Invoice KMC-2291 - bathymetric survey Stege harbour")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the bathymetric survey of the Stege harbour channel, "
                + "as agreed with your harbour office. EUR 18,900.00 is due within 7 days to " + mule(4) + ".\n\nKind regards\n"
                + "Kalvehave Marine Consult")
            .attach("application/pdf", "KMC-2291.pdf", Attachments.pdf(docId(m, "en"), "Invoice KMC-2291",
                List.of("Client: Vordingborg Municipality", "Bathymetric survey, Stege harbour channel", "EUR 18,900.00",
                    "Bank: " + mule(4))));
        ownedBy(m, "kalvehave-marine-consult.com");
        m.description = "English invoice for a survey never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Kalvehave Marine Consult - Accounts", "finance@kalvehave-marine-consult.com", "oekonomi@vordingborg.dk",
            "Updated remittance details")
            .text("Hello,\n\nFollowing a change of our banking partner, please update your vendor master data and settle all open "
                + "items to " + mule(12) + " with immediate effect. Kindly confirm once updated.\n\nAccounts Department");
        ownedBy(m, "kalvehave-marine-consult.com");
        m.description = "English 'updated remittance details', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "praestoe-maler.net"}, {vognmand, "lundby-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@vordingborg.dk", i == 0 ? "Regning (billede)" : "Scannet faktura")
                .text("Hej\n\nRegningen kommer som " + (i == 0 ? "billede" : "scanning") + ", fordi vores fakturaprogram driller. "
                    + "Læg mærke til det nye kontonummer.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20291014_0907.jpg" : "Scan_20291016.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "stege-rengoering.com"}, {vvs, "vordingborg-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 1)), "Faktura", no, amount(1_800_000), mule(i + 1), i + 2, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@vordingborg.dk", "Faktura " + n + " (zip)")
                .text("Hej\n\nFakturaen er pakket i en zip-fil, da jeres mailserver afviste PDF'en sidste gang. Åbn den og betal "
                    + "venligst.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("dokumenter/" + n + ".pdf", pdf, "dokumenter/VIGTIGT.txt", "Ny bankkonto - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@moen-kontor.com", "indkoeb@vordingborg.dk", "Faktura og følgeseddel september")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og derefter "
                + "'Aktivér indhold' for at se det.\n\nMøn Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\nVordingborg Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "moen-kontor.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of moen-kontor.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@vordingborg-it-partner.net", "boern-unge@vordingborg.dk", "Timeopgørelse september")
            .text("Hej\n\nTimeopgørelsen for september og vores nye bankoplysninger står i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nVordingborg IT-Partner")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_september.xlsm",
                Attachments.excel(List.of("Timeopgørelse september 2029", "I alt DKK 54.625,00", "Ny konto: " + plain(mule(0))), true));
        ownedBy(m, "vordingborg-it-partner.net");
        m.description = "macro-enabled Excel statement from a look-alike of vordingborg-itpartner.dk";
    }

    private void svgHtml() {
        String[][] x = {{"vordingborg-dokumenter.com", "Præstø Trælast", "Kontoudtog september", "kontoudtog.svg",
            "image/svg+xml"},
            {"fakturavisning-stege.net", "Stege Rengøring", "Din faktura er klar", "Faktura_september.html", "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 14);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Åbner faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"170\"><text x=\"10\" y=\"30\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"10\" y=\"50\" width=\"210\" height=\"36\" "
                    + "fill=\"#2a6\"/></a><script>window.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokument@" + y[0], "kreditor@vordingborg.dk", y[2])
                .text("Hej\n\nDokumentet åbnes i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    private void splitPayments() {
        Supplier s = entrep;
        Past p = past.get(s.domain());
        M m = bad("split-payment-redirect");
        headers(m, s.person(), addr(s), "kreditor@vordingborg.dk", "Faktura " + p.no() + " - opdelt betaling")
            .text("Hej\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. skal deles: 35 % vedrører belægningssten fra vores "
                + "underleverandør og betales direkte til underleverandørens konto " + mule(6) + ", resten som altid til "
                + s.account() + ".\n\nDet er aftalt med underleverandøren. Skriv, hvis noget er uklart.\n\n" + s.person()
                + "\n" + s.name());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of stensved-entreprenoer.dk (DMARC pass) splits its real invoice: 35 % to a new account";
        s = bus;
        p = past.get(s.domain());
        m = bad("split-payment-redirect");
        headers(m, s.person(), "koersel@stege-bus.dk", "kreditor@vordingborg.dk", "Re: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nVores bank har sat et loft på 40.000 kr. om dagen for indgående betalinger, mens vi skifter erhvervsaftale. "
                + "Betal derfor 40.000 kr. af faktura " + p.no() + " til den sædvanlige konto og resten til vores nye konto "
                + mule(12) + ".\n\nPå forhånd tak\nKørselskontoret");
        ownedBy(m, "stege-bus.dk");
        m.description = "look-alike of stege-busser.dk in the wave-1 thread: part of the real invoice to the usual, rest to a new account";
    }

    /**
     * New family: a cash discount ("kontantrabat", skonto) for paying a real invoice within days, but to a finance partner's
     * or savings account instead of the usual one.
     */
    private void discountLures() {
        Supplier s = traelast;
        Past p = past.get(s.domain());
        M m = bad("early-payment-discount-lure");
        headers(m, s.person(), "proff@praestoe-traelast.net", "kreditor@vordingborg.dk", "4 % kontantrabat på faktura " + p.no())
            .text("Kære kunde\n\nVi samarbejder nu med en finansieringspartner, der forudbetaler vores fakturaer. Betaler I faktura "
                + p.no() + " inden 3 dage, får I 4 % i kontantrabat, dvs. I betaler kun " + kr(p.amount().ore() * 125 / 100 * 96 / 100)
                + " kr. i stedet for " + p.amount().gross() + " kr. Rabatten gælder kun ved betaling til partnerens konto "
                + mule(1) + ".\n\nVenlig hilsen\nTrælastens Proffsalg\n" + s.name())
            .attach("application/pdf", "Rabattilbud_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s.posing(
                "praestoe-traelast.net", mule(1)), "Faktura med kontantrabat", p.no(), p.amount(), mule(1), 2,
                List.of("4 % kontantrabat ved betaling inden 3 dage")));
        ownedBy(m, "praestoe-traelast.net");
        m.description = "look-alike of praestoe-traelast.dk: 4 % discount on the real wave-1 invoice if paid within 3 days to a 'finance partner'";
        s = toemrer;
        p = past.get(s.domain());
        m = bad("early-payment-discount-lure");
        headers(m, s.person(), addr(s), "kreditor@vordingborg.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nVi rydder op før regnskabsåret. Hvis I betaler faktura " + p.no() + " i dag, trækker vi 3 % fra - så "
                + "skal I kun betale " + kr(p.amount().ore() * 125 / 100 * 97 / 100) + " kr. Beløbet skal dog ind på vores "
                + "opsparingskonto " + mule(10) + ", da driftskontoen bliver lukket ved årsskiftet.\n\n" + s.person() + "\n" + s.name());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of kalvehave-toemrer.dk (SPF+DKIM, no DMARC) in its wave-1 thread: 3 % off if paid today to a 'savings account'";
        s = madservice;
        m = bad("early-payment-discount-lure");
        headers(m, "Møns Køkken A/S, økonomi", "oekonomi@moens-koekken.dk", "kreditor@vordingborg.dk",
            "Tilbud: 5 % rabat ved forudbetaling af 4. kvartal")
            .text("Kære kunde\n\nFor at sikre råvarepriserne tilbyder vi 5 % rabat, hvis I forudbetaler madservice for 4. kvartal "
                + "(oktober-december). Forudbetalingen på 362.900,00 kr. skal ske til vores indkøbskonto " + mule(4) + " senest "
                + "fredag. Rabatten fratrækkes på decemberfakturaen.\n\nMed venlig hilsen\nMøns Køkken A/S, økonomi");
        forged(m, forgedHost++);
        m.description = "forged moens-koekken.dk (p=reject: DMARC fail): 5 % discount for prepaying a quarter to a new account";
    }

    /** New family: "we have been hacked, beware of false invoices, pay only to our new secured account" is itself the fraud. */
    private void securityWarnings() {
        Supplier s = forsyning;
        Past p = past.get(s.domain());
        M m = bad("fake-security-incident-warning");
        headers(m, "Vordingborg Vand & Fjernvarme - Sikkerhed", "sikkerhed@vordingborg-vandvarme.net", "kreditor@vordingborg.dk",
            "SIKKERHEDSADVARSEL: falske fakturaer i vores navn")
            .text("Kære kunde\n\nVi har været udsat for et hackerangreb, og der kan være sendt falske fakturaer i vores navn med "
                + "forkerte kontonumre. For at beskytte jer har banken spærret vores gamle konto. Betal derfor fremover KUN til "
                + "vores nye sikrede konto " + mule(8) + " - det gælder også faktura " + p.no() + " på " + p.amount().gross()
                + " kr.\n\nRing ikke til kundeservice, da linjerne er overbelastede; svar blot på denne mail.\n\n"
                + "Med venlig hilsen\nIT-sikkerhed\n" + s.name());
        ownedBy(m, "vordingborg-vandvarme.net");
        m.description = "look-alike of vordingborg-vandvarme.dk warns of a hack and moves the real wave-1 invoice to a 'secured account'";
        s = bus;
        m = bad("fake-security-incident-warning");
        headers(m, s.person(), addr(s), "kreditor@vordingborg.dk", "Vigtigt: it-angreb hos Stege Busser")
            .text("Hej\n\nVi er blevet ramt af et it-angreb i weekenden. Banken har af sikkerhedsgrunde lukket vores konto, og "
                + "alle betalinger skal indtil videre ske til vores midlertidige konto " + mule(15) + ". Se bort fra kontonummeret "
                + "på tidligere fakturaer. Vi beklager besværet.\n\nKørselskontoret\n" + s.name());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of stege-busser.dk (DMARC pass): 'we were attacked', pay to a 'temporary account'";
        s = avis;
        m = bad("fake-security-incident-warning");
        headers(m, s.person(), addr(s), "oekonomi@vordingborg.dk", "Sikkerhedsmeddelelse til vores annoncører")
            .text("Kære annoncør\n\nSom følge af et sikkerhedsbrud hos vores betalingsudbyder er alle tidligere kontooplysninger "
                + "ugyldige. Åbne fakturaer skal betales til " + mule(5) + ". Af hensyn til sikkerheden beder vi jer ikke "
                + "kontakte os telefonisk om sagen.\n\nVenlig hilsen\nAnnonceafdelingen\n" + s.name());
        forged(m, forgedHost++);
        m.description = "forged moen-vordingborg-avis.dk (p=reject: DMARC fail): 'security breach', open invoices to a new account";
    }

    /** New family: a fake courier's or lending museum's fee for objects "on loan" to the exhibition at Gåsetårnet. */
    private void exhibitionLoans() {
        M m = bad("fake-exhibition-loan-fee");
        headers(m, "Gåsetårnet Udstillingstransport", "booking@gaasetaarnet-udstilling.com", "kultur-fritid@vordingborg.dk",
            "Faktura 6114 - kurer og forsikring, efterårsudstilling")
            .text("Hej Kultur og Fritid\n\nGenstandene til efterårsudstillingen ved Gåsetårnet er pakket og klar til kørsel fra "
                + "långiver. Før kasserne frigives, skal kurerdepositum og transportforsikring være betalt: 46.250,00 kr. inkl. "
                + "moms til " + mule(3) + " inden 2 hverdage. Depositummet tilbagebetales efter returtransporten.\n\n"
                + "Med venlig hilsen\nGåsetårnet Udstillingstransport")
            .attach("application/pdf", "Faktura_6114.pdf", Attachments.pdf(docId(m, "ex"), "Faktura 6114",
                List.of("Kurer og transportforsikring, efterårsudstilling", "Danmarks Borgcenter / Gåsetårnet, Vordingborg",
                    "DKK 46.250,00 inkl. moms", "Konto " + mule(3))));
        ownedBy(m, "gaasetaarnet-udstilling.com");
        m.description = "fake art courier demands a deposit and insurance for loan objects to the Gåsetårnet exhibition, EE IBAN";
        m = bad("fake-exhibition-loan-fee");
        headers(m, "Registrar - Loans Department", "loans@borgcenter-vordingborg.com", "kultur-fritid@vordingborg.dk",
            "Loan fee invoice - Valdemar exhibition, Vordingborg")
            .text("Dear colleagues,\n\nAs agreed in the loan agreement for the Valdemar exhibition at Danmarks Borgcenter, the loan "
                + "fee and condition reporting for the six objects must be settled before the crates are released. Please remit "
                + "EUR 9,400.00 to " + mule(8) + " within 5 days and quote LN-2029-114.\n\nKind regards\nRegistrar, Loans "
                + "Department");
        ownedBy(m, "borgcenter-vordingborg.com");
        m.description = "fake lending museum's registrar bills a loan fee for exhibition objects, DE IBAN, English";
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
        return writeFiles(dir, new HeldOutCorpus22().generate(), List.of(
            "# Vordingborg Kommune, Økonomi: invoice checks (twenty-second held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=vordingborg-vandvarme.dk stensved-entreprenoer.dk nyraad-kloak.dk kalvehave-toemrer.dk "
                + "praestoe-maler.dk stege-rengoering.dk moen-vordingborg-avis.dk lundby-vognmand.dk bogoe-el.dk "
                + "vordingborg-vvs.dk moens-koekken.dk praestoe-traelast.dk vordingborg-itpartner.dk stege-busser.dk moen-kontor.dk",
            "invoice.domains.platforms=rackbeat.com sage.com quickbooks.com",
            "invoice.names.protected=Vordingborg Kommune"));
    }
}
