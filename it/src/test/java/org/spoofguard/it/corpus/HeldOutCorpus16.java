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
 * The sixteenth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Tønder Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, business development and
 * department mailboxes) with fifteen listed suppliers from Tønder, Toftlund, Skærbæk, Løgumkloster, Bredebro, Højer,
 * Rømø, Agerskov and Bevtoft in every DNS posture real Danish firms have (some sending through a web hoster named in
 * their SPF), three invoicing platforms ({@code easybill.de}, {@code invoiceninja.com}, {@code smartfaktura.dk}), local
 * banks, the German neighbours across the border (Amt Südtondern, Kreis Nordfriesland) and a cross-border Interreg
 * project, German suppliers from Niebüll, Flensburg and Süderlügum, SaaS, an auditor, a lawyer's collection department,
 * a pension fund, a creditor list, forwarders (with and without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post, fake
 * inkasso, directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML attachments, macro
 * documents, callback scams, salary-account changes) and four kinds new here: a payment split between the real and a
 * new account, fake pension-fund notices about employer contributions, a fake cross-border project partner's call for
 * co-financing, and a fake "VAT correction" to a real invoice. The invoice engine, its tests, tuning notes and earlier
 * results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the
 * mail's kind (a legitimate invoice, credit note, reminder, collection demand for a real debt, intermunicipal, project
 * partner, foreign or SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From
 * domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus16GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus16 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout16");
    public static final String OWN = "toender.dk";
    static final String FRAUD_NET = "127.226.";
    private static final String OWN_IP = "127.220.0.1";
    private static final String EAN = "5798007919314";
    private static final String RAADHUS = "Kongevej 57, 6270 Tønder";
    /** A Danish web hoster whose outgoing server several small firms name in their SPF. */
    private static final String HOSTER_IP = "127.225.9.1";
    private static final String GMAIL = "127.229.1.1";
    private static final String MSFT = "127.229.2.1";
    private static final String APPLE = "127.229.5.1";

    private final Random rnd = new Random(16_0016_2028L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, splits, corrections) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 20;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2028, 2, 1, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2028, 3, 1, 7, 55, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Tønder Forsyning A/S", "toender-forsyning.dk", "Forsyningens Debitorservice",
        "debitor", "127.221.1.1", iban("DK", "79300004418263"), "vand, spildevand og tømning af bundfældningstanke, kommunale bygninger, 4. kvartal");
    private final Supplier entrep = new Supplier("Toftlund Entreprenørforretning A/S", "toftlund-entreprenoer.dk", "Lene Vojens",
        "lene", "127.221.2.1", bank("7930", "0001182455"), "udskiftning af rabatsten og nedløbsbrønde, Vestergade Toftlund");
    private final Supplier kloak = new Supplier("Skærbæk Kloakservice ApS", "skaerbaek-kloak.dk", "Poul Brøns", "poul",
        HOSTER_IP, bank("7970", "0005513308"), "TV-inspektion og spuling af hovedledning, Skærbæk Skole");
    private final Supplier toemrer = new Supplier("Løgumkloster Tømrerforretning ApS", "loegumkloster-toemrer.dk",
        "Karsten Lindet", "karsten", "127.221.4.1", bank("7930", "0002277130"), "nyt tag på redskabsskuret, Løgumkloster Børnehus");
    private final Supplier maler = new Supplier("Bredebro Malerfirma v/ Jens Brede", "bredebro-maler.dk", "Jens Brede", "jens",
        "127.221.5.1", bank("9070", "0003348821"), "maling af klasselokaler i vinterferien, Bredebro Skole");
    private final Supplier rengoer = new Supplier("Højer Rengøringsservice ApS", "hoejer-rengoering.dk", "Administrationen",
        "admin", "127.221.6.1", bank("7970", "0007720164"), "rengøring af Højer Rådhus og Højer Bibliotek, februar");
    private final Supplier ugeavis = new Supplier("Ugeavisen Tønder", "ugeavisen-toender.dk", "Annonceafdelingen", "annoncer",
        "127.221.7.1", iban("DK", "79700006630271"), "stillingsannoncer og offentlige bekendtgørelser, januar-februar");
    private final Supplier vognmand = new Supplier("Rømø Vognmandsforretning I/S", "roemoe-vognmand.dk", "Hans Havneby", "hans",
        "127.221.8.1", bank("9070", "0008817735"), "kørsel med sand til Lakolk Strand efter vinterstormene");
    private final Supplier el = new Supplier("Agerskov El-Teknik ApS", "agerskov-el.dk", "Morten Agerskov", "morten",
        HOSTER_IP, bank("7930", "0004460918"), "nødbelysning og ABA-service, Agerskov Hallen");
    private final Supplier vvs = new Supplier("Bevtoft VVS ApS", "bevtoft-vvs.dk", "Kontoret", "kontor", "127.221.10.1",
        bank("7970", "0002291547"), "udskiftning af varmtvandsbeholder, Bevtoft Plejecenter");
    private final Supplier madservice = new Supplier("Marsk Madservice A/S", "marsk-madservice.dk", "Marsk Madservice, Kundeservice",
        "kunde", "127.221.11.1", iban("DK", "90700001547719"), "mad til hjemmeboende borgere, uge 5-6");
    private final Supplier traelast = new Supplier("Tønder Trælasthandel A/S", "toender-traelast.dk", "Trælastens Erhvervskontor",
        "erhverv", "127.221.12.1", iban("DK", "79300007714402"), "byggematerialer til Ejendomscentret, rammeaftale 2028");
    private final Supplier it = new Supplier("Grænseland IT ApS", "graenseland-it.dk", "Grænseland IT, Fakturering", "faktura",
        "127.221.13.1", bank("7930", "0006608431"), "drift af skolernes trådløse net og 30 nye elevcomputere");
    private final Supplier bus = new Supplier("Vadehavets Busser ApS", "vadehavsbusser.dk", "Trafikkontoret", "trafik",
        "127.221.14.1", bank("9070", "0005521106"), "skolebuskørsel Skærbæk-Rømø, januar");
    private final Supplier kontor = new Supplier("Sønderjysk Kontorforsyning ApS", "sj-kontorforsyning.dk", "Salgsafdelingen",
        "salg", "127.221.15.1", iban("DK", "79700003318846"), "kopipapir, toner og mapper, rammeaftale, januar");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Bredebro Smede- og Maskinværksted", "bredebro-smed.dk", "Ole Visby", "ole",
        "127.222.1.1", bank("9070", "0001163329"), "svejsning af cykelstativer, Bredebro Skole");
    private final Supplier skadedyr = new Supplier("Skærbæk Skadedyrskontrol", "skaerbaek-skadedyr.dk", "Dorthe Ballum", "dorthe",
        "127.222.2.1", bank("7930", "0003397210"), "musebekæmpelse, Skærbæk Børnehave");
    private final Supplier snedker = new Supplier("Agerskov Snedkeri", "agerskov-snedkeri.dk", "Finn Rangstrup", "finn",
        "127.222.3.1", bank("7970", "0006617402"), "nye bogreoler, Agerskov Bibliotek");
    private final Supplier have = new Supplier("Rømø Have & Anlæg v/ Kim Kongsmark", "roemoe-have.dk", "Kim Kongsmark", "kim",
        "127.222.4.1", bank("9070", "0007741185"), "beskæring af læhegn, Rømø Skole");
    private final Supplier natur = new Supplier("Marskens Naturvejledning v/ Karen Ballum", "gmail.com", "Karen Ballum",
        "karen.marsk.natur", GMAIL, bank("7930", "0009034418"), "vadehavstur med 5. årgang, Tønder Distriktsskole");
    private final Supplier tolk = new Supplier("Omar Haddad Tolkeservice", "outlook.com", "Omar Haddad", "omar.haddad.tolk", MSFT,
        bank("7970", "0002285509"), "tolkning arabisk-dansk, Familieafdelingen, 5 timer");
    private final Supplier musik = new Supplier("Klostermusik v/ Lene Døstrup", "icloud.com", "Lene Døstrup", "lene.klostermusik",
        APPLE, bank("9070", "0001490036"), "fællessang på Løgumkloster Plejecenter, februar");
    private final Supplier foto = new Supplier("Tønder Foto v/ Niels Møgeltønder", "hotmail.com", "Niels Møgeltønder",
        "toender.foto", MSFT, bank("7930", "0008851173"), "fotos af Tønder Festival-pladsen til kommunens hjemmeside");
    // German suppliers across the border
    private final Supplier deichbau = new Supplier("Deichbau Niebüll GmbH", "deichbau-niebuell.de", "Buchhaltung Deichbau",
        "buchhaltung", "127.227.1.1", iban("DE", "217500000165388240"), "Reparatur der Deichscharte am Højer Sluse");
    private final Supplier foerde = new Supplier("Förde Elektro GmbH", "foerde-elektro.de", "Förde Elektro, Rechnungswesen",
        "rechnung", "127.227.2.1", iban("DE", "215500500009914426"), "Ladesäulen für die Dienstfahrzeuge, Rathaus Tønder");

    private final List<Supplier> listed = List.of(forsyning, entrep, kloak, toemrer, maler, rengoer, ugeavis, vognmand, el, vvs,
        madservice, traelast, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"toender-forsyning.com", "toftlund-entreprenor.dk", "toender-traelast.net",
        "vadehavs-busser.dk", "agerskov-el.com", idn("ugeavisen-t\u00f8nder.dk"), idn("t\u00f8nder-kommune.dk"),
        "easybill-rechnung.com", "invoiceninja-pay.net", "skaerbaek-kloak.net", "marsk-madservice.com", "loegumkloster-tomrer.dk",
        "bredebromaler.dk", "nordisk-inkassocenter.com", "digitalpost-erhvervspostkasse.net", "dk-domaeneservice-fornyelse.com",
        "skandinavisk-firmaregister.org", "kundeservice-ordre.com", "qr-betaling-dk.net", "vadehavsbusser.net",
        "wadden-survey-consult.com", "bredebro-maler.net", "roemoe-vognmand.com", "hoejer-rengoering.com", "sj-kontorforsyning.com",
        "graenseland-it.net", "dokument-deling-sikker.com", "faktura-fremvisning.net", "sampension-arbejdsgiver.com",
        "lp-bidragsservice.dk", "amt-suedtondern.com", "interreg-leadpartner.eu", "deichbau-niebuell.com",
        "steuervertretung-nord.de", "bevtoft-vvs.net", "toftlund-entreprenor.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("toender-forsyning.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("toftlund-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("skaerbaek-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("loegumkloster-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("bredebro-maler.dk", null, null, null, null); // nothing published
        domain("hoejer-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("ugeavisen-toender.dk", List.of(ugeavis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("roemoe-vognmand.dk", List.of("127.221.98.8"), "~all", null, "none"); // SPF names the web shop only
        domain("agerskov-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("bevtoft-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("marsk-madservice.dk", List.of(madservice.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("toender-traelast.dk", List.of(traelast.ip(), "127.221.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("graenseland-it.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("vadehavsbusser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("sj-kontorforsyning.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("bredebro-smed.dk", List.of(smed.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("skaerbaek-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("agerskov-snedkeri.dk", List.of(snedker.ip()), "-all", null, null);
        domain("roemoe-have.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("skaerbaek-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("deichbau-niebuell.de", List.of(deichbau.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("foerde-elektro.de", List.of(foerde.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("landtechnik-suederluegum.de", List.of("127.227.3.1"), "-all", null, null);
        // collection, auditor, pension fund, club, school, shops
        domain("graenseadvokaterne.dk", List.of("127.223.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestkystrevision.dk", List.of("127.223.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("sampension.dk", List.of("127.223.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("skaerbaek-if.dk", List.of("127.223.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("toender-gymnasium.dk", List.of("127.223.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("marsk-legeredskaber.dk", List.of("127.223.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("toender-byggecenter.dk", List.of("127.223.7.1"), "-all", null, "none");
        domain("skaerbaek-boghandel.dk", List.of("127.223.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        // invoicing platforms
        domain("easybill.de", List.of("127.224.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("invoiceninja.com", List.of("127.224.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("smartfaktura.dk", List.of("127.224.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, neighbours, project secretariat, list, ESP, newsletter, forwarders
        domain("marskbanken.dk", List.of("127.225.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("graensebanken.dk", List.of("127.225.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("amt-suedtondern.de", List.of("127.225.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kreis-nf.de", List.of("127.225.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sj-faellesindkoeb.dk", List.of("127.225.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oekonomiforum-sj.dk", List.of("127.225.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("cleverreach.com", List.of("127.225.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("udbudsnyt.dk", List.of("127.225.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.marsknet.dk", List.of("127.228.1.1"), "-all", null, null);
        domain("relay.toender-fiber.dk", List.of("127.228.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("slido.com", List.of("127.227.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("cleverpdf-tools.com", List.of("127.227.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        String[] policy = {"quarantine", "reject", null, "none", "reject", null, "quarantine"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 5 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "50." + (i + 1)), i % 5 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 41_200 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no16:" + s.domain()).hashCode(), 6)) {
            case 0:
                return String.valueOf(28_000 + rnd.nextInt(7_000));
            case 1:
                return "2028-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 2:
                return "FA" + (600_000 + rnd.nextInt(90_000));
            case 3:
                return "T-" + (1_000 + rnd.nextInt(8_000));
            case 4:
                return (20 + rnd.nextInt(400)) + "-28";
            default:
                return "R" + (8_100_000 + rnd.nextInt(800_000));
        }
    }

    private static final String[] TO = {"kreditor@toender.dk", "efaktura@toender.dk", "kreditor@toender.dk", "oekonomi@toender.dk",
        "teknik-miljoe@toender.dk", "boern-skole@toender.dk", "social-sundhed@toender.dk", "kultur-fritid@toender.dk",
        "ejendomscentret@toender.dk", "indkoeb@toender.dk", "kreditor@toender.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf16:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(32_000_000 + Math.floorMod(sha256("cvr16:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi16:" + domain).hashCode(), 9_000_000));
    }

    /**
     * Three layouts: a line table ("Linje / Tekst / Antal / Enhedspris / I alt") with a payment box; a letter-style
     * "Regning" with an FI line "+75<...>" (printed only with the supplier's own account); a bilingual
     * "Faktura / Rechnung" as firms on both sides of the border write them.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add(s.name() + " - CVR-nr. " + cvr(s.domain()) + (CorpusChecks.FREE_MAIL.contains(s.domain()) ? ""
                    : " - www." + s.domain()));
                l.add("Kunde: Tønder Kommune, " + RAADHUS + "   EAN: " + EAN);
                l.add("Dato: " + dottedDay(m, 0) + "   Betalingsbetingelser: netto 30 dage   Forfald: " + dottedDay(m, 30));
                l.add("Linje  Tekst                                   Antal  Enhedspris  I alt");
                l.add("1      " + s.what() + "   1   " + a.net() + "   " + a.net());
                l.add("Subtotal " + a.net() + "   Moms 25% " + a.vat() + "   At betale DKK " + a.gross());
                l.addAll(more);
                l.add("Betaling: " + account + "   Anfør venligst " + title.toLowerCase(DA) + "snr. " + no);
            }
            case 1 -> {
                head = s.name();
                l.add(title + " nr. " + no + ", " + writtenDay(m, 0));
                l.add("Tønder Kommune, att. kreditorbogholderiet, EAN " + EAN);
                l.add("Udført: " + s.what());
                l.add("I alt ekskl. moms kr. " + a.net() + ", moms kr. " + a.vat() + ", i alt kr. " + a.gross());
                l.addAll(more);
                l.add("Bedes betalt senest " + writtenDay(m, 20) + " til " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("\\D", "");
                    l.add("+75<" + String.format("%016d", digits.isEmpty() ? 0L : Long.parseLong(digits)) + "+" + creditorNo(s.domain()) + "<");
                }
            }
            default -> {
                head = title + " / Rechnung " + no;
                l.add(s.name() + ", CVR/USt-IdNr. DK" + cvr(s.domain()));
                l.add("Dato/Datum " + isoDay(m, 0) + " - forfald/fällig " + isoDay(m, 21));
                l.add("Tønder Kommune, " + RAADHUS + ", EAN " + EAN);
                l.add("Ydelse/Leistung: " + s.what() + " - netto " + a.net());
                l.add("Moms/MwSt. 25 %: " + a.vat() + " - total DKK " + a.gross());
                l.addAll(more);
                l.add("Konto/Bankverbindung: " + account);
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura " + n + ".pdf", "faktura_" + n + ".pdf", n + ".pdf", "Toender_Kommune_" + n + ".pdf",
            "FAK" + n + ".pdf", "Regning_" + n + ".pdf", "Dokument_" + n + ".pdf", "invoice-" + n.toLowerCase(DA) + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej", "Til Tønder Kommune", "Kære kreditorbogholderi", "Goddag", "Hej Økonomi",
        "Att. kreditorer", "Hej alle", "Hej igen"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig16:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name();
            case 1:
                return "\n\nMvh " + s.person() + "\n" + s.name() + ", tlf. 74 " + (70 + rnd.nextInt(29)) + " " + (10 + rnd.nextInt(89))
                    + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nDe bedste hilsner\n\n" + s.person() + "\n" + s.name() + " - CVR " + cvr(s.domain());
            case 3:
                return "\n\nHilsen\n" + s.person() + (CorpusChecks.FREE_MAIL.contains(s.domain()) ? "\n\nSendt fra min telefon" : "\n"
                    + s.name() + "\nwww." + s.domain());
            default:
                return "\n\n/" + s.person() + ", " + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 8_800_000 : 720_000);
        String[] subjects = {"Faktura " + no, "Faktura " + no + " fra " + s.name(), "Tønder Kommune - faktura nr. " + no,
            "Regning " + no, "Fakturanr. " + no + " (EAN " + EAN + ")", "Ny faktura fra " + s.name(), "Faktura til betaling",
            "Vedr. udført arbejde - fakt. " + no, "FAKTURA " + no};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Vedlagt faktura på " + a.gross() + " kr. inkl. moms. Betalingsfristen er " + writtenDay(m, 30) + ".";
            case 2 -> "Så er arbejdet afsluttet. Fakturaen ligger i den vedhæftede fil og er også sendt til jeres EAN.";
            case 3 -> "Tak for samarbejdet. Vi fremsender hermed faktura nr. " + no + " - kontakt os endelig, hvis der er spørgsmål.";
            case 4 -> "Faktura for perioden er vedhæftet. Angiv venligst fakturanummeret ved betaling.";
            case 5 -> "Faktura: " + no + "\nAt betale: " + a.gross() + " kr.\nSidste rettidige betaling: " + writtenDay(m, 30);
            case 6 -> "I må undskylde, at den kommer lidt sent. Her er regningen for opgaven.";
            default -> "Se venligst vedhæftede faktura.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Verdana,sans-serif;font-size:10pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v, more));
        return no;
    }

    /** An OIOUBL 2.02 invoice as the Danish NemHandel infrastructure carries it. */
    private String oioubl(String no, Supplier s, Amount a, String issue, String due) {
        return Ubl.oioublBank(no, s.name(), cvr(s.domain()), s.account(), s.what(), "Tønder Kommune", EAN, a.ore(), issue, due, "42",
            null);
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
        List<Supplier> again = List.of(entrep, traelast, kloak, ugeavis, maler, vognmand, it, madservice, el, forsyning, toemrer,
            kontor, vvs, bus, rengoer, traelast, entrep, it);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekv.nr. " + (52_300 + k * 13));
                case 1 -> List.of("Jeres kontaktperson: " + to().replace("@toender.dk", ""));
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "vinterberedskab" : "drift og vedligehold"));
                default -> List.of();
            };
            String note = k % 6 == 2 ? "\n\nSe også vedhæftede timeseddel." : k % 7 == 4 ? "\n\nBilleder af det udførte er vedhæftet." : "";
            invoice(m, s, s.account(), k * 2 + 3, ref, note);
            if (k % 6 == 2) {
                m.mime.attach("application/pdf", "timeseddel_uge" + (9 + k % 3) + ".pdf", Attachments.pdf(docId(m, "ts"), "Timeseddel",
                    List.of(s.what(), "Mandetimer: " + (6 + k % 11), "Materialer efter regning", "Godkendt på stedet")));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "IMG_" + (4410 + k) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(forsyning, madservice, bus)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3, List.of("Periode: februar 2028"), "\n\nFakturaen dækker februar måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for February, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        interregPartner();
        platforms();
        oioublFiles();
        bankChanges();
        smallFirms();
        germanSuppliers();
        moreLocal();
        saas();
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
        Object[][] c = {{traelast, "Kreditnota til faktura ", "To paller isoleringsbatts blev sendt retur uåbnede."},
            {kontor, "Kreditering - faktura ", "Der var faktureret 12 kasser toner for meget, beklager fejlen."},
            {madservice, "Kreditnota vedr. ", "Tre borgere var på aflastning i uge 6 og fik ikke leveret mad."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "K" + (2_000 + rnd.nextInt(6_000));
            Amount a = amount(310_000).credit();
            headers(m, s.person(), addr(s), "kreditor@toender.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Vedlagt kreditnota " + no + " på " + a.gross() + " kr., som modregnes i "
                    + "næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota " + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i + 1,
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
            headers(m, s.person(), addr(s), "kreditor@toender.dk", "Kontoudtog pr. " + dottedDay(m, -1))
                .text("Hej\n\nTil jeres afstemning sender vi kontoudtog. Faktura " + p.no() + " er betalt, så saldoen er 0,00 kr."
                    + signature(s))
                .attach("application/pdf", "kontoudtog_toender_kommune.pdf", Attachments.pdf(docId(m, "ku"), "Kontoudtog",
                    List.of("Debitor: Tønder Kommune", "Faktura " + p.no() + "  " + p.amount().gross() + "  betalt", "Saldo 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@toender.dk", "Tak for betalingen")
            .text("Hej\n\nPengene for faktura " + past.get(vognmand.domain()).no() + " er gået ind. Tak.\n\nHans\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "roemoe-vognmand.dk thanks for payment (its SPF names only the web shop: softfail)";
    }

    private void reminders() {
        Object[][] r = {{ugeavis, "Påmindelse", "Ifølge vores bogholderi står nedenstående faktura stadig åben. Er den betalt i mellemtiden, "
            + "så se bort fra denne påmindelse."},
            {maler, "Mangler betaling", "Hej. Jeg har ikke fået betaling for klasselokalerne på Bredebro Skole endnu. Kan I se, hvor "
                + "den hænger? Hilsen Jens"},
            {kloak, "1. rykker", "Fakturaen er nu 12 dage over forfald. Vi har ikke pålagt gebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@toender.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[(i + 3) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + ", " + p.amount().gross()
                    + " kr., betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(),
                    p.amount(), s.account(), i, List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "2028-" + (3_100 + rnd.nextInt(800));
        String klient = bank("7930", "0012207741");
        headers(m, "GrænseAdvokaterne - inkasso", "inkasso@graenseadvokaterne.dk", "kreditor@toender.dk", "Inkassovarsel, vores sag "
            + sag + " (Agerskov Snedkeri)")
            .text("Tønder Kommune\n\nVi repræsenterer Agerskov Snedkeri v/ Finn Rangstrup, som har en ubetalt faktura nr. 311 af 14. "
                + "december 2027 på 7.437,50 kr. (bogreoler til Agerskov Bibliotek). Fakturaen er rykket to gange.\n\nMener I, at "
                + "kravet er betalt eller ikke er berettiget, så svar os med sagsnummeret. Ellers bedes beløbet og 100 kr. i gebyr "
                + "indbetalt på vores klientkonto " + klient + " inden 10 dage.\n\nMed venlig hilsen\nGrænseAdvokaterne, Tønder")
            .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassovarsel " + sag,
                List.of("Fordringshaver: Agerskov Snedkeri", "Faktura 311: 7.437,50", "Gebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.223.1.1");
        m.description = "a real lawyer's collection letter about an unlisted firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "RE-2028-" + (1_100 + rnd.nextInt(700));
        String konto = iban("DE", "217500000060012845");
        headers(m, "Kreis Nordfriesland, Kreiskasse", "kreiskasse@kreis-nf.de", "kreditor@toender.dk", "Rechnung / Faktura " + no
            + " - Rettungsdienst grenzüberschreitend")
            .text("Sehr geehrte Damen und Herren, kære Tønder Kommune,\n\nim Rahmen der Vereinbarung über den grenzüberschreitenden "
                + "Rettungsdienst rechnen wir die Einsätze des 4. Quartals 2027 ab (3 Einsätze im Raum Højer/Møgeltønder). Die "
                + "Rechnung liegt bei; Zahlung bitte auf " + konto + " (BIC NOLADE21NOS).\n\nMit freundlichen Grüßen\nKreis "
                + "Nordfriesland, Kreiskasse Husum")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "nf"), "Rechnung " + no,
                List.of("Kreis Nordfriesland, Marktstraße 6, 25813 Husum", "Empfänger: Tønder Kommune, Dänemark, EAN " + EAN,
                    "Rettungsdiensteinsätze Q4/2027: 3", "Summe EUR 4.860,00 (nicht steuerbar)", "Bank: " + konto)));
        genuine(m, "127.225.4.1");
        m.description = "German neighbour district's invoice for cross-border ambulance runs, DE IBAN in its own name, p=none aligned pass";
    }

    /** New legitimate family: the German partner of a cross-border project calls for our agreed co-financing share. */
    private void interregPartner() {
        M m = ok("interreg-partner-invoice", true);
        String no = "AS-" + (20_280_000 + rnd.nextInt(9_000));
        String konto = iban("DE", "217500000150077210");
        headers(m, "Amt Südtondern, Finanzabteilung", "finanzen@amt-suedtondern.de", "erhverv-udvikling@toender.dk",
            "Projekt \"Grenzenlos Marsch\" - Partnerbeitrag 2028 / partnerbidrag " + no)
            .text("Liebe Kolleginnen und Kollegen in Tønder,\n\nwie im Partnervertrag (§ 6) und im Lenkungsausschuss am 25. Januar "
                + "vereinbart, rufen wir den dänischen Eigenanteil für 2028 ab: 18.750,00 EUR. Die Rechnung liegt bei. Unsere "
                + "Bankverbindung ist unverändert die des Amtes: " + konto + ".\n\nBei Fragen wendet euch gern an Sönke Andresen.\n\n"
                + "Mit freundlichen Grüßen / venlig hilsen\nAmt Südtondern, Finanzabteilung, Niebüll")
            .attach("application/pdf", "Partnerbeitrag_" + no + ".pdf", Attachments.pdf(docId(m, "as"), "Rechnung " + no,
                List.of("Amt Südtondern, Marktstraße 12, 25899 Niebüll", "Projekt Grenzenlos Marsch (Interreg Deutschland-Danmark)",
                    "Partner: Tønder Kommune", "Eigenanteil 2028 gem. Partnervertrag § 6: EUR 18.750,00", "Bank: " + konto)));
        genuine(m, "127.225.3.1");
        m.description = "real German project partner calls the agreed co-financing share to its usual account, DMARC pass";
    }

    private void platforms() {
        Object[][] p = {{"easybill.de", "rechnung@", "easybill", foerde}, {"easybill.de", "rechnung@", "easybill", it},
            {"invoiceninja.com", "invoices@", "Invoice Ninja", natur}, {"invoiceninja.com", "invoices@", "Invoice Ninja", skadedyr},
            {"smartfaktura.dk", "noreply@", "SmartFaktura", vvs}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            String no = (d.startsWith("easy") ? "RE-" : "INV-") + (3_200 + rnd.nextInt(6_000));
            Amount a = amount(1_500_000);
            m.mailFrom = "b." + sha256("plat16:" + m.id).substring(0, 8) + "@" + d;
            headers(m, s.name() + " via " + x[2], x[1] + d, "efaktura@toender.dk", (d.startsWith("easy") ? "Rechnung/Faktura " : "Faktura ")
                + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Arial,sans-serif;background:#fafafa\"><table width=\"580\" align=\"center\" "
                    + "style=\"background:#fff;border:1px solid #ddd\"><tr><td style=\"padding:18px\"><p>Til Tønder Kommune</p><p>"
                    + s.name() + " har udstedt faktura nr. <b>" + no + "</b>.</p><p>Beløb: <b>DKK " + a.gross() + "</b><br>Forfald: "
                    + writtenDay(m, 14 + v) + "</p><p>Fakturaen er vedhæftet som PDF. Svar på denne mail går direkte til afsenderen.</p>"
                    + "<p style=\"color:#999;font-size:11px\">Sendt med " + x[2] + " på vegne af " + s.name() + ".</p></td></tr>"
                    + "</table></body></html>")
                .attach("application/pdf", no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 2, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void oioublFiles() {
        int v = 0;
        for (Supplier s : List.of(forsyning, traelast, it)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(2_100_000);
            headers(m, s.name(), addr(s), "efaktura@toender.dk", "OIOUBL-faktura " + no)
                .text("Hej e-faktura\n\nNemHandel-afsendelsen fejler hos vores udbyder i denne uge. Som aftalt med jeres "
                    + "e-fakturaafdeling sender vi OIOUBL-filen direkte med en PDF-visning.\n\nMvh\n" + s.name())
                .attach("application/xml", "OIOUBL_" + no + ".xml", oioubl(no, s, a, isoDay(m, 0), isoDay(m, 30))
                    .getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Elektronisk original: OIOUBL 2.02")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL XML invoice with a PDF view, usual account";
            v++;
        }
    }

    /** Two genuine bank changes, announced properly; one supplier's next invoice then carries the new account. */
    private void bankChanges() {
        String nyTo = bank("9070", "0004471102");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@toender.dk", "Skift af bank pr. 1. april")
            .text("Hej\n\nVi flytter vores bankforretninger fra Sydbank til Marskbanken pr. 1. april 2028. Fakturaer dateret fra den "
                + "dag har den nye konto " + nyTo + " påtrykt. Fakturaer før den dato betales fortsat til den gamle konto.\n\n"
                + "Ring gerne til mig på det nummer, I har på os i leverandørkartoteket, og bekræft ændringen, inden I retter "
                + "noget. Det underskrevne brev er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Meddelelse_ny_bank.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gældende for fakturaer fra 01.04.2028",
                    "Ny konto: " + nyTo, "Karsten Lindet, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed supplier genuinely announces a bank change from April (SPF+DKIM, no DMARC) and asks for a call-back";
        String nyM = iban("DK", "90700006612843");
        m = ok("supplier-new-account", false);
        headers(m, "Marsk Madservice A/S, økonomi", "oekonomi@marsk-madservice.dk", "kreditor@toender.dk",
            "Ændrede betalingsoplysninger - brev følger med posten")
            .text("Kære kunde\n\nMarsk Madservice er pr. 1. marts fusioneret med Sønderjysk Storkøkken, og vores bankkonto er derfor "
                + "ændret til " + nyM + " for alle fakturaer dateret 1. marts 2028 eller senere.\n\nDe samme oplysninger står i "
                + "brevet, I modtager med posten, og på vores hjemmeside. Ring til os på hovednummeret fra hjemmesiden, hvis I vil "
                + "have ændringen bekræftet.\n\nMed venlig hilsen\nMarsk Madservice A/S, økonomi");
        genuine(m, madservice.ip());
        m.description = "listed supplier (p=reject, DMARC pass) announces a merger and a new account, letter by post";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(madservice.name(), madservice.domain(), madservice.person(), madservice.box(), madservice.ip(),
            nyM, madservice.what());
        invoice(m, moved, nyM, 11, List.of("Ny bankforbindelse jf. brev af 28. februar 2028"), "\n\nBemærk, at kontonummeret er "
            + "nyt som varslet i vores brev.");
        genuine(m, madservice.ip());
        m.description = "marsk-madservice.dk invoice with its new account after the announced, authenticated bank change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(smed, skadedyr, snedker, have, natur, tolk, musik, foto)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 1, List.of("Rekvirent: " + (v % 2 == 0 ? "skoleleder" : "institutionsleder")),
                v % 3 == 1 ? "\n\nJeg har ikke sendt faktura til kommunen før - sig til, hvis der mangler et EAN-nummer eller andet." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted local " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved workshop but not bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Skærbæk Låse- og Nøgleservice", "skaerbaek-laas.dk", "Bo Rejsby", "bo", HOSTER_IP,
            bank("9070", "0006623381"), "omkodning af nøglesystem, Skærbæk Rådhus");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 17, List.of("Nøgleskema vedlagt separat"), "\n\nNøgleskemaet sender jeg med posten.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 19, List.of("Ny adresse: Industrivej 4, 6534 Agerskov"), "\n\nVi er flyttet til nyt "
            + "værksted på Industrivej. Bank og kontonummer er de samme som altid.");
        genuine(m, HOSTER_IP);
        m.description = "agerskov-el.dk invoice announcing a new workshop address, bank unchanged, via its hoster";
    }

    private void germanSuppliers() {
        Object[][] g = {{deichbau, "Rechnung ", "anbei erhalten Sie unsere Rechnung für die Reparatur der Deichscharte am Højer Sluse. "
            + "Die Leistung ist in Dänemark steuerbar; die Umsatzsteuer schuldet der Leistungsempfänger (Reverse Charge).",
            "EUR 23.480,00"},
            {foerde, "Rechnung Nr. ", "wie besprochen erhalten Sie die Rechnung für die zwei Ladesäulen am Rathaus. Montage und "
                + "Abnahme sind am " + "letzten Donnerstag erfolgt.", "EUR 9.615,00"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == deichbau) {
                m.wave = 1;
            }
            String no = "RE" + (28_000 + rnd.nextInt(900));
            headers(m, s.person(), addr(s), "teknik-miljoe@toender.dk", x[1] + no + " / Tønder Kommune")
                .text("Sehr geehrte Damen und Herren,\n\n" + x[2] + "\n\nZahlbar innerhalb von 30 Tagen auf " + s.account()
                    + ".\n\nMit freundlichen Grüßen\n" + s.name())
                .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                    List.of(s.name(), "Kunde: Tønder Kommune, " + RAADHUS + ", Dänemark", s.what(), "Gesamtbetrag " + x[3]
                        + " - Steuerschuldnerschaft des Leistungsempfängers", "Bankverbindung: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), x[1] + no
                + " / Tønder Kommune"));
            m.description = "German supplier from " + (s == deichbau ? "Niebüll (history)" : "Flensburg") + ", DE IBAN, reverse charge";
        }
        M m = ok("foreign-invoice", true);
        String no = "2028/" + (110 + rnd.nextInt(200));
        headers(m, "Landtechnik Süderlügum", "buero@landtechnik-suederluegum.de", "teknik-miljoe@toender.dk", "Rechnung " + no)
            .text("Moin,\n\nhier die Rechnung für den Service am Kommunaltraktor (Frontmäher) vom letzten Freitag. Betrag bitte auf "
                + iban("DE", "217500000002203318") + " überweisen.\n\nGruß aus Süderlügum\nUwe Carstensen")
            .attach("application/pdf", "RE_" + no.replace('/', '_') + ".pdf", Attachments.pdf(docId(m, "sl"), "Rechnung " + no,
                List.of("Landtechnik Süderlügum, Inh. Uwe Carstensen", "Service Frontmäher, Material", "EUR 1.284,00 netto, Reverse Charge",
                    iban("DE", "217500000002203318"))));
        genuine(m, "127.227.3.1");
        m.description = "small German workshop from Süderlügum, SPF only (aligned pass, no DMARC), DE IBAN";
        Past f = past.get(foerde.domain());
        m = ok("payment-reminder", true);
        headers(m, foerde.person(), addr(foerde), "teknik-miljoe@toender.dk", "Zahlungserinnerung: Rechnung Nr. " + f.no())
            .text("Sehr geehrte Damen und Herren,\n\nin der Hektik des Alltags kann so etwas passieren: Zu unserer Rechnung Nr. "
                + f.no() + " über " + f.amount().gross() + " konnten wir noch keinen Zahlungseingang feststellen. Wir bitten um "
                + "Überweisung auf unser bekanntes Konto " + foerde.account() + ". Sollten Sie bereits gezahlt haben, betrachten Sie "
                + "dieses Schreiben bitte als gegenstandslos.\n\nMit freundlichen Grüßen\nFörde Elektro GmbH, Rechnungswesen");
        genuine(m, foerde.ip());
        m.description = "German supplier's polite reminder for its real invoice, same DE IBAN, DMARC pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "SL-" + (700_000 + rnd.nextInt(90_000));
        headers(m, "Slido Billing", "billing@slido.com", "indkoeb@toender.dk", "Your Slido invoice " + no)
            .text("Thank you for your payment. Your Slido Engage plan (annual) has been renewed and charged to the card on file.\n\n"
                + "Invoice " + no + "\nAmount: EUR 1,188.00 (paid)\n\nSlido")
            .attach("application/pdf", "Slido_" + no + ".pdf", Attachments.pdf(docId(m, "sl"), "Invoice " + no,
                List.of("Billed to: Tønder Kommune, Denmark", "Engage annual", "EUR 1,188.00 - paid by card", "VAT reverse charge")));
        genuine(m, "127.227.5.1");
        m.description = "SaaS invoice already paid by card, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "CP" + (40_000 + rnd.nextInt(9_000));
        headers(m, "CleverPDF Tools", "invoice@cleverpdf-tools.com", "it-support@toender.dk", "Receipt " + no + " - Team licence")
            .text("Hi,\n\nThis is your receipt for 15 Team licences (12 months). Paid by Mastercard ending 4410. Nothing to pay.\n\n"
                + "CleverPDF Tools")
            .attach("application/pdf", "receipt_" + no + ".pdf", Attachments.pdf(docId(m, "cp"), "Receipt " + no,
                List.of("Tønder Kommune", "15 x Team licence", "USD 1,350.00 paid")));
        genuine(m, "127.227.6.1");
        m.description = "PDF-tool licence receipt, paid by card, Ed25519 DKIM, DMARC pass";
    }

    private void newsletters() {
        String[][] n = {{"udbudsnyt.dk", "UdbudsNyt", "nyhedsbrev@", "Nyt om rammeaftaler og svindel med bankskift",
            "Flere kommuner melder om mails, der kun beder om at dele en betaling mellem to konti. Ring altid tilbage på kendt nummer."},
            {"vestkystrevision.dk", "Vestkyst Revision", "nyt@", "Kvartalsnyt: moms ved køb fra Tyskland",
                "Omvendt betalingspligt ved byggeydelser fra tyske leverandører - hvad kreditorbogholderiet skal tjekke."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl16:" + x[0]).substring(0, 10) + "@cleverreach.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@toender.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld?id=" + sha256("u16:" + x[0]).substring(0, 8) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><table width=\"600\" style=\"font-family:Georgia,serif\"><tr><td><h1 style=\"font-size:20px\">"
                    + x[3] + "</h1><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs mere</a></p><hr><p "
                    + "style=\"font-size:10px\">Du får denne mail, fordi du abonnerer. Afmeld med ét klik.</p></td></tr></table>"
                    + "</body></html>");
            m.signers.add(x[0]);
            m.signers.add("cleverreach.com");
            m.ip = "127.225.7.1";
            m.helo = "mta7.cleverreach.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    /** The creditor list tags the subject and adds a footer: the poster's DKIM breaks, the list re-signs. */
    static byte[] forumRewrite(byte[] raw) {
        String mail = new String(raw, StandardCharsets.UTF_8);
        mail = mail.replaceFirst("(?m)^Subject: ", "Subject: [Oekonomiforum SJ] ");
        String tail = "\r\n_______________________________________________\r\nØkonomiforum Sønderjylland - kreditorer og "
            + "bogholdere\r\nhttps://oekonomiforum-sj.dk/liste\r\n";
        String body = mail.endsWith("\r\n") ? mail.substring(0, mail.length() - 2) : mail;
        return (body + tail).getBytes(StandardCharsets.UTF_8);
    }

    private void creditorList() {
        String[][] p = {{"sj-faellesindkoeb.dk", "Birgitte Rangstrup", "bira@", "Delbetalinger til ny konto",
            "Hej forum\n\nVi har haft en 'leverandør', der skrev fra sin rigtige mailadresse og bad os betale en del af en faktura til "
                + "en ny konto og resten som normalt. Postkassen var hacket. Ring tilbage på kendt nummer, også ved delbeløb.\n\n"
                + "Birgitte, Sønderjysk Fællesindkøb"},
            {"kreis-nf.de", "Frauke Petersen", "frauke.petersen@", "AW: Delbetalinger til ny konto", "Moin zusammen, vi har "
                + "fået en falsk mail om 'Interreg-medfinansiering' til en ny konto hos en 'leadpartner'. Projektkontoen ændres "
                + "aldrig pr. mail.\n\nFrauke, Kreis Nordfriesland"},
            {"amt-suedtondern.de", "Sönke Andresen", "soenke.andresen@", "Falsk pensionsbrev", "Hej, en dansk kollega fik et "
                + "'brev fra pensionskassen' om ny konto til arbejdsgiverbidrag. Pension indbetales via lønsystemet, ikke efter mail."
                + "\n\nSönke"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@oekonomiforum-sj.dk", x[3])
                .header("List-Id", "Oekonomiforum SJ <liste.oekonomiforum-sj.dk>")
                .header("List-Post", "<mailto:liste@oekonomiforum-sj.dk>")
                .text(x[4]);
            String forum = "oekonomiforum-sj.dk";
            m.signers.add(x[0]);
            m.listSigner = forum;
            m.afterSigning = HeldOutCorpus16::forumRewrite;
            m.helo = "lists." + forum;
            m.ip = dns.get(forum).spfIps().get(0);
            m.description = "post by " + x[0] + " (DMARC p=" + dns.get(x[0]).dmarc() + ") relayed by " + forum
                + "; its subject tag and footer break the poster's DKIM, the list signs anew";
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, ugeavis, ugeavis.account(), 14, List.of(), "");
        m.mailFrom = "SRS0=q7Tb=ZK=ugeavisen-toender.dk=annoncer@srs.marsknet.dk";
        m.signers.add(ugeavis.domain());
        m.ip = "127.228.1.1";
        m.helo = "srs.marsknet.dk";
        m.description = "ugeavisen-toender.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, traelast, traelast.account(), 22, List.of(), "");
        m.signers.add(traelast.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 31, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(620_000);
        headers(m, "Anne Møgeltønder", "anmo@" + OWN, "kreditor@toender.dk", "VS: Regning " + no + " - sandkørsel Lakolk")
            .text("Hej kreditor\n\nDenne regning blev sendt direkte til mig. Kørslen er udført og godkendt af mig, konto 4120-220, "
                + "projekt Lakolk Strand.\n\nAnne Møgeltønder\nVej og Park\n\n---------- Videresendt besked ----------\nFra: "
                + vognmand.person() + " <" + addr(vognmand) + ">\nDato: " + writtenDay(m, -3) + "\nEmne: Regning " + no + "\n\n"
                + "Hej Anne, her er regningen for sandet.")
            .attach("application/pdf", pdfName(no, 2), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 1, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.toender-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorer", "kreditor@", "ledere@toender.dk", "Husk: ændring af bankoplysninger - også delbeløb",
            "Kære alle\n\nÆndringer af en leverandørs konto - også når det kun gælder en del af en betaling - godkendes kun efter "
                + "tilbageringning på et nummer fra leverandørkartoteket og en kollegas kontrol. Send mailen til kreditor@, før I "
                + "svarer leverandøren.\n\nKreditorer, Økonomi"},
            {"Mads Sølsted", "maso@", "kreditor@toender.dk", "Faktura fra Vadehavets Busser januar?", "Hej\n\nVadehavets "
                + "Busser spørger til januar-fakturaen. Kan I se, om den ligger til godkendelse hos os?\n\nMads\nBørn og Skole"},
            {"IT og Digitalisering", "it-drift@", "kreditor@toender.dk", "Planlagt nedetid i fakturasystemet lørdag",
                "Lørdag kl. 7-13 opdateres fakturaflowet. Fakturaer, der kommer i tidsrummet, behandles mandag."},
            {"Helle Abild", "heab@", "kreditor@toender.dk", "Kvittering for udlæg - møde i Niebüll", "Hej\n\nHer er "
                + "kvitteringen for frokost til projektgruppen i Niebüll (Interreg). Kan den komme med i næste udbetaling?\n\nHelle"},
            {"Løn og Personale", "loen@", "ledere@toender.dk", "Lønkørsel i marts", "Kære ledere\n\nÆndringer til marts-lønnen "
                + "skal være registreret senest den 15. Husk: ansatte ændrer selv NemKonto; vi ændrer aldrig lønkonto efter mail."}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Kvittering")) {
                mime.attach("image/jpeg", "kvittering_niebuell.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Marskbanken Erhverv", "erhverv@marskbanken.dk", "oekonomi@toender.dk", "Ny besked i din netbank")
            .text("Kære kunde\n\nDer er en ny besked til jer i Netbank Erhverv. Log ind på den måde, I plejer. Vi sender aldrig "
                + "links til login og spørger aldrig efter koder.\n\nMarskbanken");
        genuine(m, "127.225.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Grænsebanken", "info@graensebanken.dk", "oekonomi@toender.dk", "Påske: betalingsfrister")
            .text("Betalinger, der skal være modtaget før påske, skal godkendes senest onsdag 12. april kl. 12. Udlandsbetalinger "
                + "i euro til Tyskland skal godkendes dagen før.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.225.2.1");
        m.description = "bank notice about Easter cut-off times, DMARC pass";
    }

    /** New legitimate family: the pension fund's routine notice to the employer (no account, nothing to pay by mail). */
    private void pension() {
        M m = ok("pension-notice", false);
        headers(m, "Sampension Arbejdsgiverservice", "arbejdsgiver@sampension.dk", "loen@toender.dk",
            "Nye satser og indberetningsfrister 2028")
            .text("Kære arbejdsgiver\n\nFra 1. april 2028 ændres bidragsprocenten for enkelte overenskomstgrupper. Satserne er "
                + "opdateret i jeres lønsystem via den sædvanlige fil, og indbetalingen sker som hidtil gennem lønsystemet. "
                + "Vi ændrer aldrig indbetalingskonto pr. e-mail.\n\nSe detaljerne på arbejdsgiversiden, når I er logget ind.\n\n"
                + "Venlig hilsen\nSampension, Arbejdsgiverservice");
        genuine(m, "127.223.3.1");
        m.description = "pension fund's routine notice to the employer: new rates, payment via the payroll system, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Vestkyst Revision", "revision@vestkystrevision.dk", "kreditor@toender.dk", "Saldobekræftelse - "
            + bus.name())
            .text("Til Tønder Kommune\n\nVi reviderer årsregnskabet for " + bus.name() + " og beder jer bekræfte jeres saldo over "
                + "for selskabet pr. 31. december 2027. Selskabets fuldmagt er vedhæftet.\n\nSvar blot med saldoen, også hvis den er "
                + "0. Vi beder hverken om betaling eller bankoplysninger.\n\nVenlig hilsen\nVestkyst Revision")
            .attach("application/pdf", "Fuldmagt.pdf", Attachments.pdf(docId(m, "rev"), "Anmodning om saldobekræftelse",
                List.of(bus.name() + ", CVR " + cvr(bus.domain()), "Opgørelsesdato 31.12.2027", "Svar sendes til revisor")));
        genuine(m, "127.223.2.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Tønder Gymnasium, økonomi", "oekonomi@toender-gymnasium.dk", "oekonomi@toender.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført 18.400,00 kr. til kommunen for leje af Tønderhallen i februar (jeres faktura "
                + "9902117).\n\nVenlig hilsen\nTønder Gymnasium");
        genuine(m, "127.223.5.1");
        m.description = "remittance advice: a school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Amt Südtondern, Amtskasse", "amtskasse@amt-suedtondern.de", "oekonomi@toender.dk", "Zahlungsavis / "
            + "betalingsadvis")
            .text("Hej Tønder,\n\nanbei die Aufstellung unserer heutigen Zahlung.\n\nAmt Südtondern")
            .attach("text/csv", "zahlungsavis.csv", ("rechnung;text;betrag_eur\r\n9902140;Busshuttle Grænsemarked;2140,00\r\n"
                + "9902141;Fælles kursusdag Niebüll;650,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.225.3.1");
        m.description = "German neighbour pays our invoices (CSV advice), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"toender-byggecenter.dk", "Tønder Byggecenter", "kvittering@", "Din kvittering",
            "Beslag, maling og 4 sække mørtel, 1.942,50 kr. Betalt med kommunens indkøbskort."},
            {"skaerbaek-boghandel.dk", "Skærbæk Boghandel", "webshop@", "Ordrekvittering 5512", "28 eksemplarer af "
                + "'Marsken og havet' til 4. årgang, 5.236,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@toender.dk", x[3]).text(x[4] + "\n\nTak for handlen!\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Marsk Legeredskaber", "ordre@marsk-legeredskaber.dk", "indkoeb@toender.dk", "Ordrebekræftelse 8841")
            .text("Tak for ordren på klatrestativ og faldsand til Højer Naturlegeplads. Levering i uge 16. Faktura kommer via "
                + "NemHandel til EAN " + EAN + ".\n\nMarsk Legeredskaber");
        genuine(m, "127.223.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, smed.person(), addr(smed), "ejendomscentret@toender.dk", "Tilbud: gelænder ved Bredebro Skole")
            .text("Hej\n\nNyt gelænder i varmforzinket stål, 14 m, monteret: 26.800 kr. ekskl. moms. Tilbuddet gælder til 1. maj."
                + signature(smed))
            .attach("application/pdf", "Tilbud_gelaender.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Gelænder, varmforzinket, 14 m", "26.800,00 ekskl. moms", "Gyldigt til 01.05.2028")));
        genuine(m, smed.ip());
        m.description = "quote from an unlisted smithy, nothing to pay";
        m = ok("quote", false);
        headers(m, have.person(), addr(have), "teknik-miljoe@toender.dk", "Pris på læhegn Rømø")
            .text("Hej\n\nBeskæring og udtynding af læhegnet langs Rømø Skole: ca. 3 dage, 19.500 kr. + moms. Kan starte i uge 12."
                + signature(have));
        genuine(m, have.ip());
        m.description = "quote in the body from an unlisted gardener (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "boern-skole@toender.dk", "Ændret køreplan under Tønder Festival")
            .text("Hej\n\nUnder festivalen i august kører skolebussen ad Ribelandevej. Vi sender den nye plan i juni. Fakturering "
                + "og betaling er uændret.\n\nVadehavets Busser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, forsyning.person(), addr(forsyning), "ejendomscentret@toender.dk", "Varsel: vandafbrydelse i Højer")
            .text("Kære kunde\n\nTirsdag kl. 9-13 er der afbrudt vand i Højer by pga. ledningsarbejde. Det berører Højer Skole og "
                + "Højer Rådhus.\n\nTønder Forsyning");
        genuine(m, forsyning.ip());
        m.description = "listed utility's notice of a water interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7300010148827731"), iban("DK", "98880001187442"), bank("5479", "0004418823"),
        iban("EE", "2200221077334412"), iban("PL", "102055581100008830122456"), iban("GB", "REVO00997012348811"),
        iban("IE", "BOFI90001728455612"), iban("NL", "BUNQ2041187734"), iban("DE", "500105175418822013"),
        iban("HU", "107000240000551200000000"), iban("RO", "BTRL0130120588410001"), iban("BG", "STSA93000024118833"),
        iban("CY", "003001230000000122448801"), bank("9860", "0000227715"), iban("MT", "VALL22013000000040019988776"),
        iban("SE", "50000000058398257466"), iban("NO", "86011117947")};

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
        fakePension();
        fakeInterreg();
        fakeVatCorrection();
    }

    private void forgedSuppliers() {
        Supplier[] who = {forsyning, ugeavis, traelast, madservice, it};
        String[] notes = {"\n\nVi har skiftet pengeinstitut. Brug venligst kun kontoen på denne faktura.",
            "\n\nVores gamle konto er nedlagt - opdater venligst jeres kreditorkartotek.", "",
            "\n\nOBS: Ny bankforbindelse fra og med denne faktura.", "\n\nPå grund af bankskifte beder vi om betaling snarest."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 3 + 1), i + 5, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == traelast) {
                m.mime.header("Reply-To", "<erhverv@toender-traelast.net>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == traelast ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"toender-forsyning.com", forsyning}, {"toftlund-entreprenor.dk", entrep}, {"toender-traelast.net", traelast},
            {"vadehavs-busser.dk", bus}, {"agerskov-el.com", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 2), i * 3 + 2, List.of(), i % 2 == 0
                ? "\n\nBemærk venligst vores nye kontonummer, som fremgår af fakturaen." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("ugeavisen-t\u00f8nder.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, ugeavis.posing(d, ugeavis.account()), mule(6), 12, List.of(), "");
        ownedBy(m, d);
        m.description = "IDN " + d + " (ø for oe) posing as ugeavisen-toender.dk, invoice with new account, authenticates";
        d = idn("t\u00f8nder-kommune.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Tønder Kommune, Økonomi", "oekonomi@" + d, "kreditor@toender.dk", "Hastebetaling - stormflodsberedskab Højer")
            .text("Hej\n\nBeredskabet har lejet ekstra pumper til Højer Sluse efter stormen i nat. Udlejer kræver 96.300 kr. forud, "
                + "før pumperne køres ud. Overfør til " + mule(10) + " i dag; fakturaen eftersendes.\n\nVh\nØkonomi");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " posing as our finance department: urgent advance for storm pumps, authenticates";
    }

    private void platformFrauds() {
        String[][] look = {{"easybill-rechnung.com", "easybill"}, {"invoiceninja-pay.net", "Invoice Ninja"}};
        for (int i = 0; i < look.length; i++) {
            Supplier s = i == 0 ? it : kontor;
            M m = bad("lookalike-platform");
            String no = "INV-" + (3_200 + rnd.nextInt(6_000));
            headers(m, s.name() + " via " + look[i][1], "noreply@" + look[i][0], "efaktura@toender.dk", "Påmindelse: faktura "
                + no + " er forfalden")
                .html("<html><body style=\"font-family:Arial\"><p>Til Tønder Kommune</p><p>Faktura " + no + " fra " + s.name()
                    + " er ikke betalt. Betal nu med kort eller bankoverførsel for at undgå rykkergebyr:</p><p><a href=\"https://"
                    + look[i][0] + "/i/" + sha256(m.id).substring(0, 12) + "\" style=\"background:#0a7;color:#fff;padding:9px 16px;"
                    + "text-decoration:none\">Se og betal faktura</a></p></body></html>");
            ownedBy(m, look[i][0]);
            m.description = "look-alike platform " + look[i][0] + ": overdue invoice in listed " + s.domain() + "'s name, pay link";
        }
        M m = bad("platform-account-misused");
        String no = "RE-" + (3_200 + rnd.nextInt(6_000));
        m.mailFrom = "b.x" + sha256(m.id).substring(0, 7) + "@easybill.de";
        headers(m, "Nordsee Schilder & Druck via easybill", "rechnung@easybill.de", "efaktura@toender.dk", "Rechnung/Faktura " + no
            + " fra Nordsee Schilder & Druck")
            .header("Reply-To", "<nordsee.schilder@outlook.com>")
            .html("<html><body><p>Til Tønder Kommune</p><p>Nordsee Schilder & Druck har udstedt faktura <b>" + no + "</b> for "
                + "skilte til Tønder Festival: <b>DKK 34.812,50</b>. Betaling inden 5 dage til " + mule(12) + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", Attachments.pdf(docId(m, "pf"), "Rechnung " + no,
                List.of("Nordsee Schilder & Druck", "Festivalskilte, 40 stk.", "DKK 34.812,50", "Konto " + mule(12))));
        genuine(m, "127.224.1.1");
        m.description = "real platform easybill.de used by an unknown firm for signs never ordered, free-mail Reply-To, mule";
        m = bad("platform-account-misused");
        no = "SF" + (50_000 + rnd.nextInt(9_000));
        m.mailFrom = "noreply+" + sha256(m.id).substring(0, 6) + "@smartfaktura.dk";
        headers(m, "Højer Rengøringsservice ApS via SmartFaktura", "noreply@smartfaktura.dk", "kreditor@toender.dk", "Faktura " + no
            + " - nye betalingsoplysninger")
            .header("Reply-To", "<hoejer.rengoering@gmail.com>")
            .html("<html><body><p>Hej Tønder Kommune</p><p>Højer Rengøringsservice sender nu fakturaer via SmartFaktura, og "
                + "vores bank er skiftet. Faktura " + no + " bedes betalt til " + mule(3) + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(3)), "Faktura", no,
                amount(2_600_000), mule(3), 0, List.of("Nye betalingsoplysninger")));
        genuine(m, "127.224.3.1");
        m.description = "real platform smartfaktura.dk in listed hoejer-rengoering.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{kontor, "Vi er overtaget af en svensk kontorkæde, og alle betalinger skal nu ske til koncernens konto "},
            {entrep, "Vores bank har midlertidigt lukket driftskontoen under en kontrol. Betal venligst i mellemtiden til "},
            {bus, "Vi har solgt vores tilgodehavender til et factoringselskab, så betaling skal fremover ske til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 13), i + 6, List.of("Ændrede betalingsoplysninger"), "\n\n" + c[i][1] + mule(i + 13)
                + ". Jeg er på kursus resten af ugen, så skriv endelig her.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = forsyning;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@toender.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn opfølgning på fakturaen nedenfor: vores bankaftale er flyttet efter et udbud, så beløbet på "
                + p.amount().gross() + " kr. skal gå til " + mule(16) + ". Den gamle konto lukker ved månedens udgang.\n\n"
                + s.person() + "\nTønder Forsyning A/S\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of toender-forsyning.dk replies in its own wave-1 thread (DMARC pass), new account";
        Past f = past.get(foerde.domain());
        m = bad("compromised-supplier");
        headers(m, foerde.person(), addr(foerde), "teknik-miljoe@toender.dk", "Neue Bankverbindung / ny bankforbindelse")
            .text("Sehr geehrte Damen und Herren, kære kunde,\n\nbitte beachten Sie, dass unsere Rechnung Nr. " + f.no() + " nicht "
                + "mehr auf das Konto bei der Sparkasse, sondern ab sofort auf unser neues Geschäftskonto " + mule(0) + " zu zahlen "
                + "ist. Die alte Verbindung wird zum Monatsende aufgelöst.\n\nMit freundlichen Grüßen\nFörde Elektro GmbH");
        genuine(m, foerde.ip());
        m.description = "compromised real mailbox of German foerde-elektro.de (DMARC pass): its real invoice to a new LT account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "skaerbaek-kloak.net"}, {madservice, "marsk-madservice.com"}, {toemrer, "loegumkloster-tomrer.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@toender.dk", "Re: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nAngående faktura " + p.no() + " (" + p.amount().gross() + " kr.): vi har fået ny bank, så den skal "
                    + "betales til " + mule(i + 7) + " i stedet for kontoen på fakturaen. Giv lige besked, når det er ændret.\n\n"
                    + s.person() + "\n\n-----Oprindelig meddelelse-----\n> " + GREETING[i] + "\n> Faktura " + p.no() + " vedhæftet.");
            if (i == 2) {
                mime.attach("application/pdf", pdfName(p.no(), 4), pdfInvoice(m, s.posing(d, mule(i + 7)), "Faktura", p.no(),
                    p.amount(), mule(i + 7), 2, List.of("Korrigeret bankforbindelse")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account";
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Henrik Ballum, borgmester", "borgmester@" + OWN, "oekonomi@toender.dk", "Fortroligt - køb af areal ved "
            + "Højer Sluse")
            .text("Hej\n\nVi er i fortrolige drøftelser om et areal ved slusen. Sælgers advokat skal have 275.000 kr. i deponering i "
                + "dag. Overfør til " + mule(4) + " og hold det for dig selv, indtil byrådet er orienteret.\n\nHenrik");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Løn og Personale", "loen@" + OWN, "kreditor@toender.dk", "Manglende lønoverførsel - genbetal i dag")
            .text("Hej kreditor\n\nBanken har returneret en lønoverførsel til en vikar. Betal venligst 23.860,00 kr. til " + mule(9)
                + " i dag, så ordner vi bilaget bagefter.\n\nLøn og Personale");
        forged(m, forgedHost++);
        m.description = "our payroll mailbox forged from outside: 're-pay a returned salary', mule account";
    }

    private void ceo() {
        Object[][] c = {{"Henrik Ballum", "henrik.ballum.borgmester@gmail.com", GMAIL, "Er du ved skrivebordet?", "Hej\n\nJeg sidder "
            + "i møde i Christiansborg hele eftermiddagen og kan ikke tale. Jeg har brug for, at du ordner en betaling for mig i "
            + "dag. Svar her, så får du detaljerne.\n\nHenrik\nSendt fra min iPhone"},
            {"Susanne Visby - kommunaldirektør", "susanne.visby.td@outlook.com", MSFT, "Gavekort til medarbejdere", "Hej\n\nJeg vil "
                + "gerne sige tak til hjemmeplejen efter vinterstormene. Køb 25 gavekort à 400 kr. og send mig koderne - jeg "
                + "refunderer i morgen.\n\nSusanne"},
            {"Claus Emmerlev", "claus.emmerlev@icloud.com", APPLE, "Fortrolig - betaling til advokat", "Hej\n\nDer er en forligsaftale "
                + "i en personalesag, og advokaten skal have 138.000 kr. i dag: " + mule(5) + ". Jeg godkender bilaget, når jeg er "
                + "tilbage.\n\nClaus, økonomichef"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@toender.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Mette Abild", "mette.abild77@gmail.com", "loen@toender.dk", "Ny konto til løn")
            .text("Hej\n\nJeg er social- og sundhedsassistent på Plejecenter Digegården og har fået ny bank. Kan min løn fra marts gå "
                + "ind på " + bank("5479", "0009917205") + "? Jeg kan ikke komme på intranettet hjemmefra.\n\nVh Mette");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Jan Brøns", "jan.broens.dk@hotmail.com", "loen@toender.dk", "Grænsegænger - løn til tysk konto")
            .text("Moin\n\nJeg bor nu i Süderlügum og pendler til materielgården. Min løn og feriepenge skal fremover til min tyske "
                + "konto " + mule(8) + ". Jeg har ikke NemID længere.\n\nJan");
        genuine(m, MSFT);
        m.description = "a 'cross-border commuter' on hotmail wants his salary to a German account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "jens@bredebromaler.dk", "kreditor@toender.dk", "Ny konto")
            .text("Hej\n\nBare lige til info - vi har nyt kontonummer: " + mule(11) + ". Brug det fremover, også til den åbne "
                + "faktura.\n\nMvh Jens\nBredebro Malerfirma");
        ownedBy(m, "bredebromaler.dk");
        m.description = "no attachment: look-alike of bredebro-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Marsk Madservice A/S <kunde@marsk-madservice.dk>", "marsk.madservice.kunde@gmail.com", "kreditor@toender.dk",
            "VIGTIGT: opdatering af bankoplysninger")
            .text("Kære kunde\n\nPå grund af et IT-nedbrud skriver vi fra denne adresse. Vores konto er ændret til " + mule(15)
                + " med virkning fra i dag.\n\nMarsk Madservice");
        genuine(m, GMAIL);
        m.description = "display name carries a listed supplier's real address, the mail is gmail: new account in the body";
    }

    private void fakeInkasso() {
        Supplier[] s = {el, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "NIC-" + (700_000 + rnd.nextInt(90_000));
            headers(m, "Nordisk Inkassocenter", "sager@nordisk-inkassocenter.com", "kreditor@toender.dk", "Inkassomeddelelse - sag "
                + sag + " - frist 3 dage")
                .text("Tønder Kommune\n\nVi har overtaget " + s[i].name() + "s krav vedrørende faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. Betales beløbet med tillæg af 1.250 kr. i omkostninger ikke inden 3 hverdage til "
                    + mule(i + 14) + ", overgår sagen til fogedretten.\n\nNordisk Inkassocenter")
                .attach("application/pdf", "Inkasso_" + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Inkassomeddelelse",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(), "Omkostninger 1.250,00",
                        "Konto " + mule(i + 14))));
            ownedBy(m, "nordisk-inkassocenter.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"digitalpost-erhvervspostkasse.net", "Digital Post", "meddelelse@", "Ny meddelelse fra Gældsstyrelsen",
            "Tønder Kommune har modtaget en ny meddelelse i Digital Post. Den skal åbnes inden 72 timer med MitID Erhverv.",
            "fake-digital-post"},
            {"digitalpost-erhvervspostkasse.net", "Digital Post for virksomheder", "noreply@", "Handling påkrævet: postkasse deaktiveres",
                "Jeres organisations postkasse mangler ny bekræftelse og deaktiveres fredag. Bekræft med MitID Erhverv.",
                "fake-digital-post"},
            {"dk-domaeneservice-fornyelse.com", "DK Domænefornyelse", "service@", "Fornyelse af toender.dk", "Domænet toender.dk skal "
                + "fornyes. Betal inden 7 dage, ellers lukkes hjemmeside og mail.", "domain-directory-scam"},
            {"skandinavisk-firmaregister.org", "Skandinavisk Firmaregister", "opdatering@", "Bekræft jeres oplysninger",
                "Kontrollér de forudfyldte oplysninger og returnér formularen underskrevet. Optagelsen er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@toender.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 14);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log ind og læs "
                    + "meddelelsen</a></p></body></html>");
            } else if (x[0].startsWith("dk-domaene")) {
                mime.text(x[4] + "\n\nPris for 3 år: 4.950,00 kr. til " + mule(0) + " eller online: " + link + "\n\nDK Domænefornyelse")
                    .attach("application/pdf", "Faktura_toender.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domænefornyelse",
                        List.of("Domæne: toender.dk", "3 år", "4.950,00", "Konto " + mule(0))));
            } else {
                mime.text(x[4] + "\n\nSkandinavisk Firmaregister")
                    .attach("application/pdf", "Formular_Toender_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Opdateringsformular",
                        List.of("Tønder Kommune, " + RAADHUS, "Underskrift:", "Med underskrift bestilles 3 års annonce à 1.190 EUR")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post notice with a MitID login link"
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Kundeservice - Ordre", "ordre@kundeservice-ordre.com", "indkoeb@toender.dk", "Ordrebekræftelse #88412: 12 x iPad Pro")
            .text("Tak for din ordre. 12 x iPad Pro 13\", i alt 164.280,00 kr., trækkes ved afsendelse i morgen.\n\nHar du ikke "
                + "bestilt? Ring straks på +45 78 75 20 41 for at annullere.\n\nKundeservice");
        ownedBy(m, "kundeservice-ordre.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "McAfee Fornyelse", "ordre@kundeservice-ordre.com", "oekonomi@toender.dk", "Faktura - automatisk fornyelse")
            .text("Jeres licens er fornyet automatisk for 2 år (6.890 kr.). Ønsker I at fortryde, skal I ringe +45 78 75 20 41 inden "
                + "24 timer.")
            .attach("application/pdf", "Fornyelse_faktura.pdf", Attachments.pdf(docId(m, "cb"), "Faktura",
                List.of("Total Protection, 2 år", "6.890,00 kr.", "Fortrydelse: +45 78 75 20 41")));
        ownedBy(m, "kundeservice-ordre.com");
        m.description = "callback scam: renewal 'invoice' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"qr-betaling-dk.net", "MobilePay Erhverv", "noreply@", "Betaling afvist - scan for at gennemføre",
            "En betaling på 12.450,00 kr. fra Tønder Kommune blev afvist."},
            {"vadehavsbusser.net", bus.person(), "trafik@", "Januar-kørsel: betal hurtigt med QR", "Januar-fakturaen kan nu "
                + "betales med det samme."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@toender.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din telefon for at betale.</p><p><img src=\"cid:qrkode\" "
                    + "width=\"180\" height=\"180\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "betaling_qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Wadden Survey Consult", "accounts@wadden-survey-consult.com", "teknik-miljoe@toender.dk",
            "Invoice WSC-2208 - sediment survey Rømø Dam")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the sediment survey along the Rømø Dam, as agreed with "
                + "your technical department. EUR 21,400.00 is due within 7 days to " + mule(4) + ".\n\nKind regards\nWadden Survey "
                + "Consult")
            .attach("application/pdf", "WSC-2208.pdf", Attachments.pdf(docId(m, "en"), "Invoice WSC-2208",
                List.of("Client: Tønder Municipality", "Sediment survey, Rømø Dam", "EUR 21,400.00", "Bank: " + mule(4))));
        ownedBy(m, "wadden-survey-consult.com");
        m.description = "English invoice for a survey never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Wadden Survey Consult - Finance", "finance@wadden-survey-consult.com", "oekonomi@toender.dk",
            "Change of bank account")
            .text("Hello,\n\nFollowing our annual audit we have moved to a new bank. Kindly update your supplier file and settle all "
                + "outstanding amounts to " + mule(12) + ". Please confirm by return.\n\nFinance Department");
        ownedBy(m, "wadden-survey-consult.com");
        m.description = "English 'change of bank account', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "bredebro-maler.net"}, {vognmand, "roemoe-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@toender.dk", i == 0 ? "Faktura (foto)" : "Indscannet regning")
                .text("Hej\n\nRegningen kommer som " + (i == 0 ? "foto" : "scanning") + ", fordi vores fakturaprogram driller. Læg "
                    + "mærke til den nye konto.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20280306_1204.jpg" : "SCAN_0307.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "hoejer-rengoering.com"}, {vvs, "bevtoft-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 2)), "Faktura", no, amount(1_800_000), mule(i + 2), i, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@toender.dk", "Faktura " + no + " - komprimeret")
                .text("Hej\n\nVi sender fakturaen pakket, fordi jeres spamfilter har afvist den som PDF. Udpak og betal.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("faktura/" + n + ".pdf", pdf, "faktura/læs_mig.txt", "Betaling til ny konto, se faktura."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "salg@sj-kontorforsyning.com", "indkoeb@toender.dk", "Faktura og pakkeliste marts")
            .text("Hej\n\nFaktura og pakkeliste er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og 'Aktivér "
                + "indhold' for at se det.\n\nSønderjysk Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_pakkeliste.docm",
                Attachments.word("Faktura\nTønder Kommune\nAktivér indhold for at se beløb og konto", true));
        ownedBy(m, "sj-kontorforsyning.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of sj-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@graenseland-it.net", "boern-skole@toender.dk", "Timeopgørelse februar")
            .text("Hej\n\nTimeopgørelsen for februar og vores nye bankoplysninger ligger i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nGrænseland IT")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_februar.xlsm",
                Attachments.excel(List.of("Timeopgørelse februar 2028", "I alt DKK 68.750,00", "Ny konto: " + plain(mule(1))), true));
        ownedBy(m, "graenseland-it.net");
        m.description = "macro-enabled Excel statement from a look-alike of graenseland-it.dk";
    }

    private void svgHtml() {
        String[][] x = {{"dokument-deling-sikker.com", "Tønder Trælasthandel", "Kontoudtog marts", "kontoudtog_marts.svg", "image/svg+xml"},
            {"faktura-fremvisning.net", "Vadehavets Busser", "Faktura klar til visning", "Faktura_marts.htm", "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/v/" + sha256(m.id).substring(0, 12);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Åbner faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"380\" height=\"150\"><text x=\"12\" y=\"28\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"12\" y=\"48\" width=\"180\" height=\"32\" "
                    + "fill=\"#c33\"/></a><script>location.href='" + url + "'</script></svg>";
            headers(m, y[1], "dokumenter@" + y[0], "kreditor@toender.dk", y[2])
                .text("Hej\n\nDokumentet åbnes i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /**
     * New family: the account is not replaced but a share of a real invoice is to go elsewhere ("the amount above the
     * bank's limit", "our sub-supplier's part directly", "the VAT to our tax account"), so the usual account still
     * appears and the change looks small.
     */
    private void splitPayments() {
        Supplier s = traelast;
        Past p = past.get(s.domain());
        M m = bad("split-payment-redirect");
        headers(m, s.person(), addr(s), "kreditor@toender.dk", "Betaling af faktura " + p.no() + " - fordeling")
            .text("Hej\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. bedes delt: materialerne fra vores underleverandør "
                + "(40 %) betales direkte til underleverandørens konto " + mule(5) + ", og resten som altid til " + s.account()
                + ".\n\nDet er aftalt med underleverandøren og sparer os et led. Kontakt mig pr. mail, hvis noget er uklart.\n\n"
                + "Venlig hilsen\n" + s.person() + "\n" + s.name());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of toender-traelast.dk (DMARC pass) splits its real invoice: 40 % to a new account";
        s = bus;
        p = past.get(s.domain());
        m = bad("split-payment-redirect");
        headers(m, s.person(), "trafik@vadehavs-busser.dk", "kreditor@toender.dk", "Re: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nVores bank har sat en beløbsgrænse på indgående betalinger på 50.000 kr. pr. dag, mens vi skifter aftale. "
                + "Betal derfor 50.000 kr. af faktura " + p.no() + " til den sædvanlige konto og restbeløbet til vores nye konto "
                + mule(13) + ".\n\nTak for hjælpen\nTrafikkontoret");
        ownedBy(m, "vadehavs-busser.dk");
        m.description = "look-alike of vadehavsbusser.dk in the wave-1 thread: part of the real invoice to the usual, rest to a new account";
        s = entrep;
        p = past.get(s.domain());
        m = bad("split-payment-redirect");
        String no = invoiceNo(s);
        Amount a = amount(6_000_000);
        headers(m, s.person(), addr(s), "teknik-miljoe@toender.dk", "Faktura " + no + " og a conto - to betalinger")
            .text("Hej\n\nHermed faktura " + no + ". Af hensyn til vores byggelån skal 25 % af beløbet (moms og tillæg) indsættes på "
                + "vores deponeringskonto " + mule(9) + " og resten på den konto, der står på fakturaen.\n\n" + s.person())
            .attach("application/pdf", pdfName(no, 3), pdfInvoice(m, s, "Faktura", no, a, s.account(), 0,
                List.of("25 % indbetales til deponeringskonto " + mule(9))));
        forged(m, forgedHost++);
        m.description = "forged toftlund-entreprenoer.dk (DMARC fail): invoice with the usual account plus 25 % to a 'deposit account'";
    }

    /** New family: a fake pension fund tells the employer to pay contributions (or "arrears") to a new account. */
    private void fakePension() {
        M m = bad("fake-pension-contribution-notice");
        headers(m, "Sampension - Arbejdsgiverservice", "arbejdsgiver@sampension-arbejdsgiver.com", "loen@toender.dk",
            "Ny indbetalingskonto for pensionsbidrag fra 1. april")
            .text("Kære arbejdsgiver\n\nSom led i en ændring af vores bankforbindelser skal arbejdsgiverbidrag fra og med lønkørslen "
                + "i april indbetales til " + mule(1) + " med jeres CVR-nummer som reference.\n\nBidrag indbetalt til den gamle konto "
                + "efter 1. april kan blive afvist og medføre rentetillæg. Vedhæftet finder I den formelle meddelelse.\n\nMed venlig "
                + "hilsen\nSampension, Arbejdsgiverservice")
            .attach("application/pdf", "Meddelelse_ny_indbetalingskonto.pdf", Attachments.pdf(docId(m, "pen"), "Meddelelse til "
                + "arbejdsgivere", List.of("Arbejdsgiver: Tønder Kommune", "Ny indbetalingskonto fra 01.04.2028: " + mule(1),
                    "Reference: CVR-nr.", "Arbejdsgiverservice")));
        ownedBy(m, "sampension-arbejdsgiver.com");
        m.description = "fake pension fund (look-alike of sampension.dk) moves employer contributions to a new account";
        m = bad("fake-pension-contribution-notice");
        headers(m, "LP Bidragsservice", "bidrag@lp-bidragsservice.dk", "loen@toender.dk", "Restance: manglende pensionsbidrag for "
            + "4 lærere")
            .html("<html><body><p>Til lønkontoret, Tønder Kommune</p><p>Vores kontrol viser, at der mangler pensionsbidrag for 4 "
                + "lærere ved Tønder Distriktsskole for januar og februar, i alt <b>41.286,00 kr.</b> Beløbet skal indbetales inden 5 "
                + "dage til " + mule(7) + " for at undgå, at de ansattes dækninger bortfalder.</p><p>Se specifikationen her: "
                + "<a href=\"https://lp-bidragsservice.dk/restance/" + sha256(m.id).substring(0, 10) + "\">Restanceoversigt</a></p>"
                + "<p>LP Bidragsservice</p></body></html>");
        ownedBy(m, "lp-bidragsservice.dk");
        m.description = "fake pension 'contribution service' demands arrears for teachers to a mule, with a link";
    }

    /** New family: a fake cross-border project partner calls our co-financing share to its "project account". */
    private void fakeInterreg() {
        M m = bad("fake-interreg-cofinancing");
        headers(m, "Amt Südtondern, Projektbüro", "projekte@amt-suedtondern.com", "erhverv-udvikling@toender.dk",
            "Grenzenlos Marsch - dänischer Eigenanteil / dansk medfinansiering")
            .text("Liebe Partner in Tønder,\n\nfür die Abrechnung mit dem Interreg-Sekretariat benötigen wir den dänischen Eigenanteil "
                + "2028 (18.750,00 EUR) bereits diese Woche. Bitte nicht auf das Konto des Amtes überweisen, sondern auf das neue "
                + "Projekt-Treuhandkonto " + mule(8) + ", das die Prüfbehörde verlangt.\n\nVenlig hilsen\nProjektbüro Amt Südtondern")
            .attach("application/pdf", "Abruf_Eigenanteil_2028.pdf", Attachments.pdf(docId(m, "irg"), "Abruf Eigenanteil",
                List.of("Projekt Grenzenlos Marsch", "Partner: Tønder Kommune", "EUR 18.750,00", "Treuhandkonto: " + mule(8))));
        ownedBy(m, "amt-suedtondern.com");
        m.description = "look-alike of amt-suedtondern.de calls the real project's co-financing share to a 'trust account'";
        m = bad("fake-interreg-cofinancing");
        headers(m, "Interreg Lead Partner Office", "finance@interreg-leadpartner.eu", "erhverv-udvikling@toender.dk",
            "Project WaddenLink - partner advance for joint procurement")
            .text("Dear project partner,\n\nThe joint procurement of the visitor-counting system for the Wadden Sea sites has been "
                + "awarded. According to the partnership agreement each partner pre-finances its share before the contract is "
                + "signed. Your share: EUR 12,600.00, to be paid within 5 days to the lead partner's project account " + mule(14)
                + ".\n\nKind regards\nLead Partner Office")
            .attach("application/pdf", "Partner_advance_Toender.pdf", Attachments.pdf(docId(m, "wl"), "Partner advance",
                List.of("Partner: Tønder Kommune", "Joint procurement, visitor counting", "EUR 12,600.00", "Account: " + mule(14))));
        ownedBy(m, "interreg-leadpartner.eu");
        m.description = "fake 'lead partner' of a cross-border project asks a pre-financing share to a mule";
    }

    /**
     * New family: a "correction" of a real invoice's VAT: the German invoice was "wrongly" reverse charge, or a Danish
     * invoice "lacked" VAT, and the difference is to be paid to a "tax representative" or separate account.
     */
    private void fakeVatCorrection() {
        Past p = past.get(deichbau.domain());
        M m = bad("fake-vat-correction-claim");
        headers(m, "Steuervertretung Nord - Fiskalvertreter", "korrektur@steuervertretung-nord.de", "kreditor@toender.dk",
            "Umsatzsteuerkorrektur zu Rechnung " + p.no() + " (Deichbau Niebüll)")
            .text("Sehr geehrte Damen und Herren,\n\nals Fiskalvertreter der Deichbau Niebüll GmbH teilen wir mit, dass die Rechnung "
                + p.no() + " (" + p.amount().gross() + ") irrtümlich ohne deutsche Umsatzsteuer ausgestellt wurde. Die Umsatzsteuer "
                + "von 19 % (EUR 4.461,20) ist an uns als Fiskalvertreter zu zahlen: " + mule(3) + ".\n\nDie berichtigte Rechnung "
                + "liegt bei.\n\nMit freundlichen Grüßen\nSteuervertretung Nord")
            .attach("application/pdf", "Korrektur_" + p.no() + ".pdf", Attachments.pdf(docId(m, "vat"), "Rechnungskorrektur "
                + p.no(), List.of("Deichbau Niebüll GmbH - vertreten durch Steuervertretung Nord", "USt. 19 %: EUR 4.461,20",
                    "Zahlung an Fiskalvertreter: " + mule(3))));
        ownedBy(m, "steuervertretung-nord.de");
        m.description = "fake German 'tax representative' claims VAT on deichbau-niebuell.de's real reverse-charge invoice, mule";
        Supplier s = entrep;
        p = past.get(s.domain());
        m = bad("fake-vat-correction-claim");
        headers(m, s.person(), "lene@toftlund-entreprenor.com", "kreditor@toender.dk", "Rettelse: moms mangler på faktura " + p.no())
            .text("Hej\n\nVi har opdaget, at momsen på faktura " + p.no() + " ikke blev beregnet korrekt i vores nye system. "
                + "Differencen på " + p.amount().vat() + " kr. bedes indbetalt separat til vores momskonto " + mule(2)
                + ", så den holdes adskilt fra driften. Resten af fakturaen er betalt korrekt.\n\nMvh " + s.person() + "\n" + s.name());
        ownedBy(m, "toftlund-entreprenor.com");
        m.description = "look-alike of toftlund-entreprenoer.dk: 'VAT missing' on its real wave-1 invoice, pay to a 'VAT account'";
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
        return writeFiles(dir, new HeldOutCorpus16().generate(), List.of(
            "# Tønder Kommune, Økonomi: invoice checks (sixteenth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=toender-forsyning.dk toftlund-entreprenoer.dk skaerbaek-kloak.dk loegumkloster-toemrer.dk "
                + "bredebro-maler.dk hoejer-rengoering.dk ugeavisen-toender.dk roemoe-vognmand.dk agerskov-el.dk bevtoft-vvs.dk "
                + "marsk-madservice.dk toender-traelast.dk graenseland-it.dk vadehavsbusser.dk sj-kontorforsyning.dk",
            "invoice.domains.platforms=easybill.de invoiceninja.com smartfaktura.dk",
            "invoice.names.protected=Tønder Kommune"));
    }
}
