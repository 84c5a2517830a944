package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The fifteenth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Helsingør Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, social services and
 * department mailboxes) with sixteen listed suppliers from Helsingør, Espergærde, Snekkersten, Hornbæk, Hellebæk,
 * Ålsgårde, Tikøb and Gurre in every DNS posture real Danish firms have (one pair sharing a web hoster's mail server),
 * three invoicing platforms ({@code billogram.com}, {@code bjornlunden.se}, {@code conta.no}), banks, neighbours
 * (Fredensborg, Gribskov, Hillerød) on a North Zealand creditor list, forwarders (with and without SRS), free mail,
 * Swedish suppliers from across the Sound, SaaS, a customs forwarder, private care providers, an EU programme
 * secretariat, auditors, a lawyer's debt collection and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post, fake
 * inkasso, directory and domain traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes; and, new here, fake customs clearance fees for
 * goods from Sweden, fake EU-programme co-financing demands, invoices for care placements that do not exist, fake
 * pension-contribution arrears), without reading the invoice engine, its tests, tuning notes or any earlier result.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a
 * legitimate invoice, credit note, reminder, collection, customs or placement invoice, intermunicipal, foreign or SaaS
 * invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From domain publishes no
 * DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus15GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus15 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout15");
    public static final String OWN = "helsingor.dk";
    static final String FRAUD_NET = "127.219.";
    private static final String OWN_IP = "127.215.0.1";
    private static final String EAN = "5798007713351";
    private static final String CITY_HALL = "Stengade 59, 3000 Helsingør";
    private static final String GMAIL = "127.218.1.1";
    private static final String MSFT = "127.218.2.1";
    private static final String APPLE = "127.218.3.1";
    /** A web hoster's shared mail server: two small firms' SPF records name it. */
    private static final String HOSTER = "127.216.90.1";

    private final Random rnd = new Random(15_2028_0115L);
    /** Each listed supplier's wave-1 invoice, which later mails cite. */
    private final Map<String, Past> history = new TreeMap<>();
    private Price price;
    private String subject;
    private int forgedHost = 20;

    /** An invoice amount: net in øre, 25 % VAT on top. */
    record Price(long ore) {
        String net() {
            return kr(ore);
        }

        String vat() {
            return kr(ore / 4);
        }

        String gross() {
            return kr(ore + ore / 4);
        }
    }

    record Past(String no, Price price, String messageId, String subject) {
    }

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2027, 12, 1, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2028, 1, 4, 7, 55, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Helsingør Forsyningsservice A/S", "helsingoer-forsyning.dk",
        "Forsyningens Kundeservice", "opkraevning", "127.216.1.1", iban("DK", "30004419887105"),
        "vand, spildevand og renovation, kommunale bygninger, 4. kvartal 2027");
    private final Supplier entrep = new Supplier("Espergærde Entreprenørfirma A/S", "espergaerde-entreprenoer.dk", "Bogholderiet",
        "bogholderi", "127.216.2.1", bank("2232", "0731559820"), "fortovsrenovering, Strandvejen ved Snekkersten Station");
    private final Supplier kloak = new Supplier("Snekkersten Kloakservice ApS", "snekkersten-kloak.dk", "Henrik Flynder", "henrik",
        "127.216.3.1", bank("5301", "0247718830"), "TV-inspektion og spuling af stikledninger, Snekkersten Skole");
    private final Supplier toemrer = new Supplier("Hornbæk Tømrer & Byg ApS", "hornbaek-toemrer.dk", "Mikkel Saunte", "mikkel",
        "127.216.4.1", bank("0400", "4017723390"), "udskiftning af tagrender og sternbrædder, Hornbæk Bibliotek");
    private final Supplier maler = new Supplier("Hellebæk Malerfirma v/ Jesper Tibirke", "hellebaek-maler.dk", "Jesper Tibirke",
        "jesper", "127.216.5.1", bank("9070", "1642278810"), "maling af klasselokaler i C-fløjen, Hellebæk Skole");
    private final Supplier rengoer = new Supplier("Øresund Rengøringsservice ApS", "oeresund-rengoering.dk", "Administrationen",
        "admin", "127.216.6.1", bank("3409", "0011983304"), "daglig rengøring, Kulturværftets kontorfløj, december");
    private final Supplier avis = new Supplier("Helsingør Dagblad A/S", "helsingoer-dagblad.dk", "Annonceafdelingen", "annonce",
        "127.216.7.1", iban("DK", "20000718830044"), "kommunale annoncer og offentlige høringer, november-december");
    private final Supplier vognmand = new Supplier("Tikøb Vognmandsforretning I/S", "tikoeb-vognmand.dk", "Poul Esrum", "poul",
        "127.216.8.1", bank("0400", "4019936621"), "kørsel med grus og vejsalt til materielgården, Helsingør");
    private final Supplier el = new Supplier("Ålsgårde El-teknik ApS", "aalsgaarde-el.dk", "Ronni Nygaard", "ronni", "127.216.9.1",
        bank("5301", "0519987214"), "ny LED-belysning og nødlys, Ålsgårde Hallen");
    private final Supplier vvs = new Supplier("Gurre VVS & Energi ApS", "gurre-vvs.dk", "VVS-kontoret", "kontor", "127.216.10.1",
        bank("2232", "0734417702"), "service på varmepumper, Tikøb Børnehus");
    private final Supplier mad = new Supplier("Kronborg Madservice A/S", "kronborg-madservice.dk", "Kundecenteret", "kundecenter",
        "127.216.11.1", iban("DK", "53630009915582"), "madservice til hjemmeboende ældre, uge 49-50");
    private final Supplier traelast = new Supplier("Snekkersten Trælast & Byggecenter A/S", "snekkersten-traelast.dk",
        "Erhvervsafdelingen", "erhverv", "127.216.12.1", iban("DK", "06950005582964"),
        "byggematerialer til Ejendomsservice, rammeaftale 2027-28");
    private final Supplier it = new Supplier("Nordkystens IT ApS", "nordkystens-it.dk", "Nordkystens IT, fakturering", "faktura",
        "127.216.13.1", bank("9070", "1647730019"), "drift af skolernes trådløse net og 30 nye elevcomputere");
    private final Supplier bus = new Supplier("Hornbæk Turistbusser ApS", "hornbaek-busser.dk", "Trafikkontoret", "trafik",
        "127.216.14.1", bank("0400", "4012287746"), "skolebuskørsel Hornbæk-Tikøb, november");
    private final Supplier kontor = new Supplier("Øresund Kontorforsyning ApS", "oeresund-kontor.dk", "Salgsafdelingen", "salg",
        "127.216.15.1", iban("DK", "30003320051186"), "kopipapir, toner og mødeforplejning, rammeaftale");
    private final Supplier havn = new Supplier("Helsingør Havneservice ApS", "helsingoer-havneservice.dk", "Lone Kvistgaard", "lone",
        HOSTER, bank("3409", "0012270458"), "oprensning af slæbested og bøjeservice, Nordhavnen");
    // not on the creditor list
    private final Supplier smed = new Supplier("Humlebæk Smedie v/ Ole Krogerup", "humlebaek-smedie.dk", "Ole Krogerup", "ole",
        "127.217.1.1", bank("2232", "0739901254"), "reparation af cykelstativer og hegn, Espergærde Skole");
    private final Supplier skadedyr = new Supplier("Hellebæk Skadedyrskontrol", "hellebaek-skadedyr.dk", "Trine Ørby", "trine",
        "127.217.2.1", bank("5301", "0528813390"), "rottesikring af kloakbrønde, Borgerservice Helsingør");
    private final Supplier snedker = new Supplier("Ålsgårde Snedkeri", "aalsgaarde-snedkeri.dk", "Kim Nyrup", "kim", HOSTER,
        bank("0400", "4018820573"), "nye garderobebænke, Ålsgårde Skole");
    private final Supplier have = new Supplier("Tikøb Have & Anlæg v/ Kasper Gurre", "tikoeb-have.dk", "Kasper Gurre", "kasper",
        "127.217.4.1", bank("9070", "1649902218"), "beskæring af lindetræer, Tikøb Kirkeplads");
    private final Supplier natur = new Supplier("Gurre Natur & Friluft v/ Sara Esrum", "gmail.com", "Sara Esrum", "sara.gurre.natur",
        GMAIL, bank("2232", "0738815526"), "naturdag i Gurre Vang for 4. årgang, Tikøb Skole");
    private final Supplier tolk = new Supplier("Amal Hussein Tolkeservice", "outlook.com", "Amal Hussein", "amal.hussein.tolk", MSFT,
        bank("5301", "0531179946"), "tolkning arabisk-dansk, Jobcenter Helsingør, 5 timer");
    private final Supplier musik = new Supplier("Nordkystens Musik v/ Peter Hammer", "icloud.com", "Peter Hammer",
        "peter.hammer.musik", APPLE, bank("0400", "4016620337"), "julesang på Plejecenter Bøgehegnet, december");
    private final Supplier foto = new Supplier("Fotograf Louise Kvist", "hotmail.com", "Louise Kvist", "louise.kvist.foto", MSFT,
        bank("3409", "0013358812"), "portrætter af nye byrådsmedlemmer til helsingor.dk");

    private final List<Supplier> listed = List.of(forsyning, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        traelast, it, bus, kontor, havn);

    /** Fraudsters' own domains, each with its own SPF; key and policy follow from the position. */
    private static final String[] FRAUDSTERS = {"helsingor-forsyning.dk", "espergaerde-entreprenor.dk", "snekkersten-traelast.com",
        "hornbaekbusser.dk", "aalsgaarde-el.com", "gurre-vvs.net", idn("helsingoer-dagbl\u0430d.dk"), idn("helsing\u043er.dk"),
        "billogram-invoice.com", "bjornlunden-faktura.net", "snekkersten-kloak.com", "kronborg-madservice.com", "hornbaek-tomrer.dk",
        "hellebaek-maler.com", "inkasso-nordicclaims.com", "virk-digitalpost-besked.net", "dkdomain-fornyelse-service.com",
        "nordisk-firmaregister.org", "ordrebekraeftelse-dk.com", "mobilbetal-qr.net", "hornbaek-busser.net",
        "baltic-harbour-engineering.com", "hellebaekmaler.dk", "tikoeb-vognmand.com", "snekkersten-kloak.net",
        "helsingoer-forsyning.com", "oeresund-kontor.com", "nordkystens-it.com", "nordkyst-dokumentdeling.com", "faktura-preview.net",
        "toldbehandling-dk.com", "oresund-spedition.com", "tullverket-avgift.net", "interreg-oks-payments.eu",
        "eu-fonds-sekretariat.com", "opholdssted-kystly.dk", "gurre-hus.dk", "pensionsbidrag-service.dk", "ntp-pension.com",
        "helsingoer-havneservice.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("helsingoer-forsyning.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("espergaerde-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("snekkersten-kloak.dk", List.of(kloak.ip()), "~all", null, null); // SPF only
        domain("hornbaek-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("hellebaek-maler.dk", null, null, null, null); // nothing at all
        domain("oeresund-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, null); // DKIM only
        domain("helsingoer-dagblad.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("tikoeb-vognmand.dk", List.of("127.216.88.8"), "~all", null, "none"); // SPF lists the web shop only
        domain("aalsgaarde-el.dk", List.of(el.ip()), "-all", null, null); // SPF only
        domain("gurre-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("kronborg-madservice.dk", List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("snekkersten-traelast.dk", List.of(traelast.ip(), "127.216.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nordkystens-it.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("hornbaek-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("oeresund-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("helsingoer-havneservice.dk", List.of(HOSTER), "~all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain("humlebaek-smedie.dk", List.of(smed.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("hellebaek-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("aalsgaarde-snedkeri.dk", List.of(HOSTER), "~all", null, null); // the hoster's SPF only
        domain("tikoeb-have.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        // collection, customs, care providers, EU programme, auditors, school
        domain("advokat-nordkysten.dk", List.of("127.217.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oresund-spedition.dk", List.of("127.217.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gurrehus.dk", List.of("127.217.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("strandlyst-botilbud.dk", List.of("127.217.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("interreg-oks.eu", List.of("127.217.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordkyst-revision.dk", List.of("127.217.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("espergaerde-gymnasium.dk", List.of("127.217.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nordsj-legeredskaber.dk", List.of("127.217.17.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        // invoicing platforms
        domain("billogram.com", List.of("127.217.20.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bjornlunden.se", List.of("127.217.21.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("conta.no", List.of("127.217.22.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, neighbours, list, ESP, newsletter, forwarders
        domain("sparekassen-nordkysten.dk", List.of("127.217.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oeresundsbanken.dk", List.of("127.217.31.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("fredensborg.dk", List.of("127.217.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("gribskov.dk", List.of("127.217.33.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hillerod.dk", List.of("127.217.34.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("kreditornet-nordsj.dk", List.of("127.217.35.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("mailjet.com", List.of("127.217.36.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommunalt-indkoeb-nyt.dk", List.of("127.217.37.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.nordkyst-net.dk", List.of("127.217.40.1"), "-all", null, null);
        domain("relay.oeresund-fiber.dk", List.of("127.217.41.1"), "-all", null, null);
        // free mail, foreign suppliers, SaaS, shops
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("oresund-marinteknik.se", List.of("127.217.50.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kullens-skyltverkstad.se", List.of("127.217.51.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bookcreator.com", List.of("127.217.52.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("issuu.com", List.of("127.217.53.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("helsingoer-byggemarked.dk", List.of("127.217.54.1"), "-all", null, "none");
        domain("espergaerde-boghandel.dk", List.of("127.217.55.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        String[] policy = {"reject", "quarantine", null, "none", "reject", null, "quarantine"};
        for (int i = 0; i < FRAUDSTERS.length; i++) {
            DkimAlgorithm key = i % 6 == 5 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(FRAUDSTERS[i], List.of(FRAUD_NET + "50." + (i + 1)), i % 3 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ paper

    private Price price(int spread) {
        return new Price(41_000 + rnd.nextInt(spread));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        return switch (Math.floorMod(sha256("nr15:" + s.domain()).hashCode(), 6)) {
            case 0 -> String.valueOf(20_480 + rnd.nextInt(7_000));
            case 1 -> "28-" + String.format("%04d", 100 + rnd.nextInt(9_800));
            case 2 -> "FA" + (300_000 + rnd.nextInt(60_000));
            case 3 -> "H" + (1_000 + rnd.nextInt(8_000)) + "-27";
            case 4 -> String.valueOf(1_700_000 + rnd.nextInt(200_000));
            default -> (1 + rnd.nextInt(12)) + "0" + (10 + rnd.nextInt(89));
        };
    }

    private static final String[] MAILBOXES = {"kreditor@helsingor.dk", "efaktura@helsingor.dk", "kreditor@helsingor.dk",
        "oekonomi@helsingor.dk", "by-kultur-miljoe@helsingor.dk", "boern-unge@helsingor.dk", "sundhed-omsorg@helsingor.dk",
        "ejendomsservice@helsingor.dk", "indkoeb@helsingor.dk", "kreditor@helsingor.dk"};

    private String mailbox() {
        return MAILBOXES[rnd.nextInt(MAILBOXES.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("pdf15:" + what + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(37_000_000 + Math.floorMod(sha256("cvr15:" + domain).hashCode(), 6_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi15:" + domain).hashCode(), 4_900_000));
    }

    /** A supplier's name and mailbox on a domain it does not own. */
    private static Supplier on(Supplier s, String domain) {
        return new Supplier(s.name(), domain, s.person(), s.box(), "", s.account(), s.what());
    }

    /**
     * The invoice PDF, in one of three layouts: a line table ("Pos./Tekst/Antal/Enhedspris/I alt") with payment id; a
     * short craftsman's "Regning" with hours and materials and, for the supplier's own account only, an FI line
     * "+71<...>"; a Danish/Swedish "Faktura/Räkning" as firms near the Sound write them.
     */
    private byte[] invoicePdf(M m, Supplier s, String kind, String no, Price p, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String title;
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                title = s.name() + " - " + kind + " " + no;
                l.add("CVR-nr. " + cvr(s.domain()) + "   www." + (CorpusChecks.FREE_MAIL.contains(s.domain()) ? "-" : s.domain()));
                l.add(kind + "nr.: " + no + "   Dato: " + dottedDay(m, 0) + "   Forfald: " + dottedDay(m, 30));
                l.add("Kunde: Helsingør Kommune, " + CITY_HALL + ", EAN-nr. " + EAN);
                l.add("Pos.  Tekst  Antal  Enhedspris  I alt");
                l.add("1  " + s.what() + "  1  " + p.net() + "  " + p.net());
                l.add("Subtotal " + p.net() + "   Moms 25 % " + p.vat() + "   At betale DKK " + p.gross());
                l.addAll(more);
                l.add("Indbetaling til " + account + ", betalings-id " + no.replaceAll("\\D", ""));
            }
            case 1 -> {
                title = "Regning nr. " + no;
                l.add(s.name());
                l.add("Helsingør Kommune (EAN " + EAN + ") - " + writtenDay(m, 0));
                l.add("Udført arbejde: " + s.what());
                l.add("Arbejdsløn og materialer i alt " + p.net() + " kr. + moms " + p.vat() + " kr.");
                l.add("I alt " + p.gross() + " kr.");
                l.addAll(more);
                l.add("Bedes betalt senest " + writtenDay(m, 14) + " til " + account);
                if (account.equals(s.account())) {
                    String ref = no.replaceAll("\\D", "");
                    l.add("+71<" + String.format("%015d", ref.isEmpty() ? 1L : Long.parseLong(ref)) + "+" + creditorNo(s.domain()) + "<");
                }
            }
            default -> {
                title = "Faktura / Räkning " + no;
                l.add(s.name() + ", momsreg.nr. DK" + cvr(s.domain()));
                l.add("Fakturadato/Fakturadatum " + isoDay(m, 0) + ", betalingsfrist/förfallodag " + isoDay(m, 20));
                l.add("Köpare/Køber: Helsingør Kommune, EAN " + EAN);
                l.add(s.what() + ": " + p.net());
                l.add("Moms 25 %: " + p.vat() + "   Att betala/At betale: DKK " + p.gross());
                l.addAll(more);
                l.add("Betalingsmodtager: " + account);
            }
        }
        return Attachments.pdf(docId(m, no), title, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura " + n + ".pdf", "faktura_" + n + ".pdf", "Helsingor_Kommune_" + n + ".pdf", "FAK" + n + ".pdf",
            "Regning_" + n + ".pdf", "Faktura-" + n + "-HK.pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] OPENINGS = {"Hej", "Til Kreditorbogholderiet", "Kære Helsingør Kommune", "Hej Økonomi",
        "Goddag", "Att. kreditorer", "Hej alle sammen", "Til rette vedkommende"};

    private String signature(Supplier s) {
        return switch (Math.floorMod(sha256("sign15:" + s.domain()).hashCode(), 5)) {
            case 0 -> "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + "\nCVR " + cvr(s.domain());
            case 1 -> "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + "\nTlf. 49 " + (20 + rnd.nextInt(70)) + " "
                + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2 -> "\n\nHilsen\n" + s.person() + (CorpusChecks.FREE_MAIL.contains(s.domain()) ? "\n\nSendt fra min iPhone"
                : "\n" + s.name() + " | " + s.domain());
            case 3 -> "\n\nMvh. " + s.person() + "\n" + s.name();
            default -> "\n\nDe bedste hilsner\n" + s.person() + ", " + s.name();
        };
    }

    /** Writes a supplier invoice (headers, body, PDF) into {@code m}; how it travels is the caller's. Returns its number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String extra) {
        String no = invoiceNo(s);
        Price p = price(listed.contains(s) ? 8_800_000 : 720_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " fra " + s.name(), "Helsingør Kommune - faktura " + no,
            "Ny faktura fra " + s.name(), "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, "Fremsendelse af faktura",
            "Faktura for " + s.what().split(",")[0]};
        String line = switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Vedlagt finder I vores faktura på " + p.gross() + " kr. inkl. moms med betaling senest " + writtenDay(m, 30) + ".";
            case 2 -> "Arbejdet er afsluttet, og regningen ligger her som PDF. Den er også sendt til jeres EAN.";
            case 3 -> "Tak for samarbejdet. I får fakturaen her - giv lyd, hvis der mangler et rekvisitionsnummer.";
            case 4 -> "Så er der faktura for perioden. Angiv venligst fakturanummeret, når I betaler.";
            case 5 -> "Faktura: " + no + "\nBeløb inkl. moms: " + p.gross() + " kr.\nSidste rettidige betaling: " + writtenDay(m, 30);
            case 6 -> "Fakturaen for opgaven er vedhæftet. Ring endelig, hvis der er spørgsmål.";
            default -> "Vi fremsender hermed faktura vedrørende " + s.what().split(",")[0] + ".";
        };
        String body = OPENINGS[Math.floorMod(v, OPENINGS.length)] + "\n\n" + line + extra + signature(s);
        price = p;
        subject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), mailbox(), subject);
        if (v % 5 == 3) {
            mime.text(body).html("<html><body><div style=\"font-family:Verdana,sans-serif;font-size:10pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></div></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), invoicePdf(m, s, "Faktura", no, p, account, v, more));
        return no;
    }

    /** An OIOUBL 2.02 invoice, as NemHandel carries it (payment means 31, DK:BANK, reg.nr. and account apart). */
    private static String oioubl(String no, Supplier s, Price p, String issued) {
        String net = String.format(Locale.ROOT, "%.2f", p.ore() / 100.0);
        String tax = String.format(Locale.ROOT, "%.2f", (p.ore() / 4) / 100.0);
        String total = String.format(Locale.ROOT, "%.2f", (p.ore() + p.ore() / 4) / 100.0);
        String digits = plain(s.account());
        String reg = s.account().startsWith("IBAN") ? digits.substring(4, 8) : digits.substring(0, 4);
        String acct = s.account().startsWith("IBAN") ? digits.substring(8) : digits.substring(4);
        String esc = s.name().replace("&", "&amp;");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
            + "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
            + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
            + "  <cbc:UBLVersionID>2.0</cbc:UBLVersionID>\n"
            + "  <cbc:CustomizationID>OIOUBL-2.02</cbc:CustomizationID>\n"
            + "  <cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.2\">Procurement-BilSim-1.0</cbc:ProfileID>\n"
            + "  <cbc:ID>" + no + "</cbc:ID>\n"
            + "  <cbc:IssueDate>" + issued + "</cbc:IssueDate>\n"
            + "  <cbc:InvoiceTypeCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:invoicetypecode-1.1\">380</cbc:InvoiceTypeCode>\n"
            + "  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + "  <cac:AccountingSupplierParty><cac:Party>\n"
            + "    <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK" + cvr(s.domain()) + "</cbc:EndpointID>\n"
            + "    <cac:PartyName><cbc:Name>" + esc + "</cbc:Name></cac:PartyName>\n"
            + "  </cac:Party></cac:AccountingSupplierParty>\n"
            + "  <cac:AccountingCustomerParty><cac:Party>\n"
            + "    <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">" + EAN + "</cbc:EndpointID>\n"
            + "    <cac:PartyName><cbc:Name>Helsingør Kommune</cbc:Name></cac:PartyName>\n"
            + "  </cac:Party></cac:AccountingCustomerParty>\n"
            + "  <cac:PaymentMeans><cbc:ID>1</cbc:ID><cbc:PaymentMeansCode>31</cbc:PaymentMeansCode>"
            + "<cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">DK:BANK"
            + "</cbc:PaymentChannelCode>\n"
            + "    <cac:PayeeFinancialAccount><cbc:ID>" + acct + "</cbc:ID><cac:FinancialInstitutionBranch><cbc:ID>" + reg
            + "</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount></cac:PaymentMeans>\n"
            + "  <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">" + tax + "</cbc:TaxAmount></cac:TaxTotal>\n"
            + "  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID=\"DKK\">" + net + "</cbc:LineExtensionAmount>"
            + "<cbc:PayableAmount currencyID=\"DKK\">" + total + "</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
            + "  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"EA\">1</cbc:InvoicedQuantity>"
            + "<cbc:LineExtensionAmount currencyID=\"DKK\">" + net + "</cbc:LineExtensionAmount><cac:Item><cbc:Description>"
            + s.what().replace("&", "&amp;") + "</cbc:Description></cac:Item></cac:InvoiceLine>\n"
            + "</Invoice>\n";
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private M real(String family, boolean invoice) {
        M m = mail(family, false);
        if (invoice) {
            invoiceLike.add(m.id);
        }
        return m;
    }

    private void legitimate() {
        int v = 0;
        for (Supplier s : listed) {
            M m = real("supplier-invoice", true);
            m.wave = 1;
            String no = invoice(m, s, s.account(), v++, List.of(), "");
            genuine(m, s.ip());
            history.put(s.domain(), new Past(no, price, messageId(m, s.domain()), subject));
            m.description = "history: " + s.domain() + " invoice to its usual account, from its own server";
        }
        List<Supplier> again = List.of(entrep, traelast, avis, kloak, vognmand, maler, it, mad, forsyning, el, toemrer, vvs, kontor,
            bus, rengoer, havn, traelast);
        for (Supplier s : again) {
            M m = real("supplier-invoice", true);
            int k = v % 4;
            List<String> more = List.of(k == 0 ? "Rekvisition nr. " + (44_100 + v * 13) : k == 1 ? "Kontaktperson: "
                + mailbox().replace("@helsingor.dk", "") : "Leveret jf. aftale");
            invoice(m, s, s.account(), v * 5 + 2, more, k == 2 ? "\n\nTimesedler og kørebilag er vedhæftet separat." : "");
            if (k == 2) {
                m.mime.attach("application/pdf", "timesedler.pdf", Attachments.pdf(docId(m, "timer"), "Timesedler",
                    List.of("Opgave: " + s.what(), "Mandetimer: " + (6 + v % 11), "Kørsel: " + (22 + 3 * v) + " km",
                        "Godkendt af kommunens byggeleder")));
            } else if (k == 3 && v % 2 == 1) {
                m.mime.attach("image/jpeg", "foto_udfoert_" + (210 + v) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice, usual account, own server";
            v++;
        }
        for (Supplier s : List.of(forsyning, mad, rengoer)) {
            M m = real("supplier-invoice", true);
            invoice(m, s, s.account(), v++ * 3, List.of("Periode: december 2027"), "\n\nFakturaen dækker december måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for December, usual account";
        }
        creditNotes();
        statement();
        reminders();
        collection();
        customs();
        carePlacements();
        euProgramme();
        intermunicipal();
        platforms();
        nemhandelFiles();
        bankChanges();
        smallSuppliers();
        newsletters();
        creditorList();
        forwarded();
        internal();
        banks();
        foreign();
        remittance();
        shops();
        quotes();
        letters();
    }

    private void creditNotes() {
        Object[][] c = {{traelast, "Kreditnota til faktura ", "Fem ruller tagpap blev returneret uåbnede fra Hornbæk Bibliotek."},
            {kontor, "Kreditering - faktura ", "Der var faktureret mødeforplejning til et møde, der blev aflyst."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past past = history.get(s.domain());
            M m = real("credit-note", true);
            String no = "K" + (900 + rnd.nextInt(8_000));
            Price credit = new Price(-(15_000 + rnd.nextInt(240_000)));
            headers(m, s.person(), addr(s), "kreditor@helsingor.dk", x[1] + past.no())
                .text(OPENINGS[i + 3] + "\n\n" + x[2] + " I får derfor en kreditnota (" + no + ") på " + credit.gross()
                    + " kr., som modregnes i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota " + no + ".pdf", invoicePdf(m, s, "Kreditnota", no, credit, s.account(), i,
                    List.of("Vedr. faktura " + past.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statement() {
        Past past = history.get(entrep.domain());
        M m = real("statement-of-account", false);
        headers(m, entrep.person(), addr(entrep), "kreditor@helsingor.dk", "Kontoudtog pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres årsafslutning sender vi kontoudtog. Faktura " + past.no() + " er registreret betalt; der står "
                + "intet åbent." + signature(entrep))
            .attach("application/pdf", "kontoudtog_helsingor.pdf", Attachments.pdf(docId(m, "kto"), "Kontoudtog",
                List.of("Debitor: Helsingør Kommune", "Faktura " + past.no() + " - betalt", "Saldo: 0,00 DKK")));
        genuine(m, entrep.ip());
        m.description = "espergaerde-entreprenoer.dk statement, nothing open";
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Ifølge vores bogholderi mangler vi betaling af nedenstående. Er beløbet betalt i "
            + "mellemtiden, beder vi jer se bort fra denne påmindelse."},
            {maler, "Mangler betaling", "Hej igen. Jeg har ikke fået noget for klasselokalerne på Hellebæk Skole endnu - kan I "
                + "se, om den er blevet hængende et sted?"},
            {vvs, "1. rykker", "Fakturaen er nu 12 dage over forfald. Vi har ikke pålagt gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past past = history.get(s.domain());
            M m = real("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@helsingor.dk", x[1] + ": faktura " + past.no())
                .text(OPENINGS[(i + 5) % OPENINGS.length] + "\n\n" + x[2] + "\n\nFaktura " + past.no() + ", " + past.price().gross()
                    + " kr. - betales til " + s.account() + " som sædvanligt." + signature(s))
                .attach("application/pdf", "Rykker_" + past.no() + ".pdf", invoicePdf(m, s, "Rykker", past.no(), past.price(),
                    s.account(), i + 1, List.of("Oprindelig fakturadato: se faktura " + past.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder of its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = real("collection-notice", true);
        String sag = "NK-" + (24_000 + rnd.nextInt(9_000));
        String client = bank("2232", "6281993014");
        headers(m, "Advokatfirmaet Nordkysten, inkasso", "inkasso@advokat-nordkysten.dk", "kreditor@helsingor.dk",
            "Inkassosag " + sag + " / Tikøb Have & Anlæg")
            .text("Helsingør Kommune\n\nVi repræsenterer Tikøb Have & Anlæg v/ Kasper Gurre, der har bedt os inddrive faktura 2207 "
                + "af 3. november 2027 (beskæring, Tikøb Kirkeplads) på 6.187,50 kr.\n\nHar kommunen allerede betalt, eller er "
                + "kravet bestridt, bedes I oplyse det med sagsnummeret. I modsat fald bedes beløbet tillagt 100 kr. i "
                + "rykkergebyr indbetalt på vores klientkonto " + client + ".\n\nMed venlig hilsen\nAdvokatfirmaet Nordkysten")
            .attach("application/pdf", "Inkassomeddelelse_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse",
                List.of("Sag " + sag, "Kreditor: Tikøb Have & Anlæg", "Faktura 2207: 6.187,50", "Gebyr: 100,00", "Klientkonto " + client)));
        genuine(m, "127.217.10.1");
        m.description = "real lawyer's collection letter for an unlisted gardener's unpaid invoice, DMARC pass";
    }

    /** New legitimate family: the customs forwarder's invoice for clearing goods bought in Sweden. */
    private void customs() {
        String acct = iban("DK", "30003317440192");
        String[][] c = {{"Toldbehandling, import fra Sverige: 4 pallet bøjer og kæder (Öresund Marinteknik AB, Helsingborg)",
            "Helsingør Havneservice"}, {"Toldbehandling og importmoms: skiltestandere (Kullens Skyltverkstad AB)",
            "By, Kultur og Miljø"}};
        int i = 0;
        for (String[] x : c) {
            M m = real("customs-clearance-invoice", true);
            String no = "ØS-" + (51_000 + rnd.nextInt(9_000));
            Price fee = new Price(95_000 + rnd.nextInt(300_000));
            headers(m, "Øresund Spedition A/S, fakturering", "faktura@oresund-spedition.dk", i == 0 ? "kreditor@helsingor.dk"
                : "indkoeb@helsingor.dk", "Faktura " + no + " - fortoldning")
                .text("Hej\n\nVedlagt faktura for fortoldning af jeres forsendelse over Helsingør-Helsingborg (" + x[1] + "). "
                    + "Importmomsen er lagt ud af os over vores kredit hos Toldstyrelsen og viderefaktureres uden tillæg. Betaling "
                    + "som altid til " + acct + ".\n\nMed venlig hilsen\nØresund Spedition A/S\nFærgevej 4, 3000 Helsingør")
                .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "told"), "Faktura " + no,
                    List.of("Øresund Spedition A/S, CVR " + cvr("oresund-spedition.dk"), x[0], "Ekspeditionsgebyr " + fee.net(),
                        "Udlagt importmoms " + fee.vat(), "I alt DKK " + fee.gross(), "Bankkonto " + acct)));
            genuine(m, "127.217.11.1");
            m.description = "real customs forwarder invoices clearance and import VAT for goods from Sweden, its usual account";
            i++;
        }
    }

    /** New legitimate family: private care providers invoice placements the municipality has made. */
    private void carePlacements() {
        M m = real("care-placement-invoice", true);
        String acct = bank("2232", "6290017713");
        headers(m, "Opholdsstedet Gurrehus", "administration@gurrehus.dk", "boern-unge@helsingor.dk",
            "Opkrævning januar 2028 - anbringelse, jeres sagsnr. 27-4410")
            .text("Kære Børn og Unge\n\nHermed opkrævning for januar for den unge, der er anbragt hos os efter jeres bevilling af 14. "
                + "august 2027 (jeres sagsnr. 27-4410). Taksten er uændret i forhold til Tilbudsportalen.\n\nOpkrævningen er også "
                + "sendt til EAN " + EAN + ".\n\nVenlig hilsen\nLeder, Opholdsstedet Gurrehus")
            .attach("application/pdf", "Gurrehus_jan28.pdf", Attachments.pdf(docId(m, "gurre"), "Opkrævning, januar 2028",
                List.of("Opholdsstedet Gurrehus, Gurrevej, 3000 Helsingør", "Anbringende kommune: Helsingør, EAN " + EAN,
                    "Sagsnr. 27-4410 (cpr udeladt)", "Døgntakst 2.310,00 x 31 = 71.610,00 (momsfri)", "Konto " + acct)));
        genuine(m, "127.217.12.1");
        m.description = "private care home invoices a real placement (case number, Tilbudsportalen rate), p=none aligned";
        m = real("care-placement-invoice", true);
        acct = iban("DK", "64000001883290");
        headers(m, "Strandlyst Botilbud, økonomi", "oekonomi@strandlyst-botilbud.dk", "sundhed-omsorg@helsingor.dk",
            "Faktura 2028-0031 - ophold december og januar")
            .text("Til Voksenhandicap, Helsingør Kommune\n\nVedhæftet faktura for to måneders ophold for borger visiteret af "
                + "jer (j.nr. 27.15.00-K04). Beløbet svarer til den aftalte månedstakst.\n\nStrandlyst Botilbud\nStrandvejen, "
                + "Hornbæk")
            .attach("application/pdf", "Strandlyst_2028-0031.pdf", Attachments.pdf(docId(m, "strand"), "Faktura 2028-0031",
                List.of("Strandlyst Botilbud", "Borger visiteret af Helsingør Kommune, j.nr. 27.15.00-K04",
                    "2 x månedstakst 48.900,00 = 97.800,00 (momsfri)", "Betaling til " + acct)));
        genuine(m, "127.217.13.1");
        m.description = "residential care provider invoices two months of a real stay, DMARC pass";
    }

    /** New legitimate family: the EU programme's secretariat announces a payout (it asks for nothing). */
    private void euProgramme() {
        M m = real("eu-grant-payment-notice", false);
        headers(m, "Interreg Öresund-Kattegat-Skagerrak", "payments@interreg-oks.eu", "oekonomi@helsingor.dk",
            "Udbetaling til projekt 'Kystsikring Nordkysten' / Utbetalning")
            .text("Kære projektejer\n\nAnden udbetalingsanmodning for projektet er godkendt efter revisors attestation. 1.184.220,00 "
                + "kr. (EU-midler) udbetales til den konto, der er registreret i Jems-systemet, inden for 10 bankdage.\n\nI skal ikke "
                + "foretage jer noget. Eventuelle ændringer af bankoplysninger sker kun i Jems med MitID.\n\nMed vänlig hälsning / "
                + "Venlig hilsen\nFællessekretariatet, Göteborg");
        genuine(m, "127.217.14.1");
        m.description = "real EU programme secretariat announces a grant payout to the registered account; no payment asked";
    }

    private void intermunicipal() {
        M m = real("intermunicipal-invoice", true);
        String no = String.valueOf(30_400_000 + rnd.nextInt(90_000));
        String acct = bank("2232", "5010440271");
        headers(m, "Fredensborg Kommune, Debitorer", "debitor@fredensborg.dk", "kreditor@helsingor.dk",
            "Mellemkommunal refusion " + no + " - ophold på krisecenter")
            .text("Kære kollegaer i Helsingør\n\nFaktura " + no + " vedrører refusion efter servicelovens § 109 for en borger fra "
                + "Helsingør på krisecentret i Fredensborg, 4. kvartal 2027. Fakturaen er sendt elektronisk til jeres EAN; den kan "
                + "alternativt betales til " + acct + ".\n\nVenlig hilsen\nFredensborg Kommune, Debitorbogholderiet")
            .attach("application/pdf", "Refusion_" + no + ".pdf", Attachments.pdf(docId(m, "fred"), "Mellemkommunal refusion " + no,
                List.of("Fredensborg Kommune", "Betaler: Helsingør Kommune, EAN " + EAN, "Servicelovens § 109, 4. kvt. 2027",
                    "52.680,00 (momsfrit)", "Konto " + acct)));
        genuine(m, "127.217.32.1");
        m.description = "neighbour municipality's refund invoice for a crisis-centre stay, its own account, DMARC pass";
    }

    private void platforms() {
        Object[][] p = {{"billogram.com", "no-reply@", "Billogram", it}, {"billogram.com", "no-reply@", "Billogram", smed},
            {"bjornlunden.se", "faktura@", "Björn Lundén", havn}, {"bjornlunden.se", "faktura@", "Björn Lundén", tolk},
            {"conta.no", "invoice@", "Conta", avis}, {"conta.no", "invoice@", "Conta", have}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = real("platform-invoice", true);
            String no = String.valueOf(7_700 + rnd.nextInt(2_000));
            Price total = price(1_600_000);
            m.mailFrom = "b." + sha256("plat15:" + m.id).substring(0, 8) + "@" + d;
            headers(m, s.name() + " via " + x[2], x[1] + d, "efaktura@helsingor.dk", "Faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Arial,sans-serif;color:#222\"><table width=\"100%\"><tr><td style=\"padding:"
                    + "24px\"><h3>Faktura " + no + "</h3><p>" + s.name() + " har udstedt en faktura til Helsingør Kommune.</p>"
                    + "<table><tr><td>Beløb</td><td><b>" + total.gross() + " kr.</b></td></tr><tr><td>Forfaldsdato</td><td>"
                    + writtenDay(m, 20 + v) + "</td></tr></table><p>Fakturaen er vedhæftet som PDF. Svarer du på denne mail, går svaret "
                    + "til " + s.person() + ".</p><p style=\"color:#999;font-size:11px\">Sendt med " + x[2] + "</p></td></tr>"
                    + "</table></body></html>")
                .attach("application/pdf", "Faktura_" + no + ".pdf", invoicePdf(m, s, "Faktura", no, total, s.account(), v,
                    List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.name() + " invoice sent by platform " + d
                + ", usual account";
            v++;
        }
    }

    private void nemhandelFiles() {
        int v = 0;
        for (Supplier s : List.of(forsyning, traelast, kontor)) {
            M m = real("oioubl-xml", true);
            String no = invoiceNo(s);
            Price total = price(2_400_000);
            headers(m, s.name(), addr(s), "efaktura@helsingor.dk", "OIOUBL-fil til faktura " + no)
                .text("Hej e-faktura\n\nVores NemHandel-udbyder har problemer, og fakturaen er kommet retur som ikke leveret. I får "
                    + "derfor OIOUBL-filen direkte her, så I kan indlæse den, og en PDF til orientering.\n\n" + s.name())
                .attach("application/xml", "OIOUBL_" + no + ".xml", oioubl(no, s, total, isoDay(m, 0)).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", pdfName(no, v + 2), invoicePdf(m, s, "Faktura", no, total, s.account(), v,
                    List.of("Sendt som OIOUBL 2.02")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL invoice file with PDF, usual account";
            v++;
        }
    }

    /** Two suppliers really change bank, properly announced and authenticated; one then invoices to the new account. */
    private void bankChanges() {
        String busNew = bank("2232", "0745530192");
        M m = real("supplier-new-account", false);
        headers(m, bus.person(), addr(bus), "kreditor@helsingor.dk", "Ændring af bankforbindelse pr. 1. februar")
            .text("Til kreditorafdelingen\n\nHornbæk Turistbusser skifter bank til Sparekassen Nordkysten. Fakturaer dateret 1. "
                + "februar 2028 eller senere bærer den nye konto " + busNew + "; alt før betales som hidtil.\n\nI skal ikke "
                + "ændre noget på baggrund af denne mail alene - ring til vores kontor på nummeret i jeres kartotek, så bekræfter "
                + "vi. Underskrevet brev er vedhæftet.\n\nVenlig hilsen\nTrafikkontoret, Hornbæk Turistbusser ApS")
            .attach("application/pdf", "Bankskifte_Hornbaek_Turistbusser.pdf", Attachments.pdf(docId(m, "bank"), "Ny bankforbindelse",
                List.of(bus.name() + ", CVR " + cvr(bus.domain()), "Gælder fakturaer fra 01.02.2028", "Ny konto: " + busNew,
                    "Underskrevet af direktionen")));
        genuine(m, bus.ip());
        m.description = "listed supplier (p=quarantine, DMARC pass) announces a bank change from February, asks for a call-back";
        String madNew = iban("DK", "53630009928810");
        m = real("supplier-new-account", false);
        headers(m, "Kronborg Madservice, økonomi", "oekonomi@kronborg-madservice.dk", "kreditor@helsingor.dk",
            "Ny konto efter fusion - brev følger med posten")
            .text("Kære kunde\n\nKronborg Madservice er pr. 1. januar fusioneret med Nordsjællands Storkøkken, og vores "
                + "indbetalinger samles derfor på " + madNew + " for fakturaer udstedt fra den dato.\n\nI modtager også et brev "
                + "med posten. Ring gerne til hovednummeret på kronborg-madservice.dk for at bekræfte ændringen.\n\nVenlig hilsen"
                + "\nKronborg Madservice A/S, økonomi");
        genuine(m, mad.ip());
        m.description = "listed supplier (Ed25519, p=reject, DMARC pass) announces a merger account, letter by post";
        m = real("supplier-invoice", true);
        Supplier merged = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), madNew, mad.what());
        invoice(m, merged, madNew, 4, List.of("Ny bankforbindelse jf. brev af 2. januar 2028"), "\n\nBemærk: kontonummeret er "
            + "nyt fra denne faktura, som varslet.");
        genuine(m, mad.ip());
        m.description = "kronborg-madservice.dk invoice with the announced, authenticated new account";
    }

    private void smallSuppliers() {
        int v = 0;
        for (Supplier s : List.of(smed, skadedyr, snedker, have, natur, tolk, musik, foto)) {
            M m = real("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 7 + 1, List.of("Bestilt af: " + (v % 2 == 0 ? "skoleleder" : "teamleder")),
                v % 3 == 1 ? "\n\nDet er første gang, jeg sender en regning til kommunen, så sig endelig til, hvis den skal se "
                    + "anderledes ud." : "");
            genuine(m, s.ip());
            m.description = "unlisted small supplier " + s.name() + " (" + s.domain() + ") invoices, authenticated as its posture allows";
            v++;
        }
    }

    private void newsletters() {
        String[][] n = {{"kommunalt-indkoeb-nyt.dk", "Kommunalt Indkøb Nyt", "nyhedsbrev@", "Svindel med falske fortoldningsgebyrer",
            "Flere indkøbere har fået krav om 'told' på varer fra Sverige. En rigtig speditør fakturerer på jeres aftale."},
            {"nordkyst-revision.dk", "Nordkyst Revision", "info@", "Årsafslutning: saldoafstemning og periodisering",
                "Tjeklisten til offentlige kunder: saldoafstemninger, hensættelser og moms ved årsskiftet."}};
        for (String[] x : n) {
            M m = real("newsletter", false);
            m.mailFrom = "bnc-" + sha256("news15:" + x[0]).substring(0, 10) + "@mailjet.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@helsingor.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld?u=" + sha256(m.id).substring(0, 8) + ">")
                .html("<html><body><table width=\"600\" align=\"center\"><tr><td><h1 style=\"font-size:20px\">" + x[3] + "</h1><p>"
                    + x[4] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere</a></p><p style=\"font-size:10px\">Du får denne "
                    + "mail, fordi du abonnerer. Afmeld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("mailjet.com");
            m.ip = "127.217.36.1";
            m.helo = "o12.mailjet.com";
            m.description = "newsletter from " + x[0] + " through an ESP, signed by both";
        }
    }

    /** The North Zealand creditor list tags the subject and adds a footer, so the poster's signature breaks. */
    static byte[] tagAndFooter(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8).replaceFirst("(?m)^Subject: ", "Subject: [Kreditornet Nord] ");
        String foot = "\r\n_______________________________________________\r\nKreditornet Nordsjælland - liste for kommunernes "
            + "kreditorbogholderier\r\nhttps://kreditornet-nordsj.dk/liste\r\n";
        return (s.endsWith("\r\n") ? s.substring(0, s.length() - 2) + foot : s + foot).getBytes(StandardCharsets.UTF_8);
    }

    private void creditorList() {
        String[][] p = {{"fredensborg.dk", "Sanne Humlebæk", "sahu@", "Pas på: 'told' på varer fra Sverige", "Hej alle\n\nVi har "
            + "fået en mail fra en 'speditør' om told og moms på en leverance fra Helsingborg, der skulle betales før udlevering "
            + "- til en litauisk konto. Vores rigtige speditør fakturerer på aftalen.\n\nSanne, Fredensborg"},
            {"gribskov.dk", "Jakob Græsted", "jagr@", "SV: Pas på: 'told' på varer fra Sverige", "Tak Sanne. Vi har haft en "
                + "'Interreg'-mail om medfinansiering før udbetaling. Rigtige programmer beder aldrig om penge for at "
                + "udbetale.\n\nJakob, Gribskov"},
            {"hillerod.dk", "Lene Favrholm", "lefa@", "Falske anbringelsesregninger", "Hej\n\nVi har modtaget en opkrævning fra et "
                + "'opholdssted' for en anbringelse, vi ikke kender. Tjek altid sagsnummer og bevilling hos rådgiveren.\n\n"
                + "Lene, Hillerød"}};
        for (String[] x : p) {
            M m = real("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "kreditornet@kreditornet-nordsj.dk", x[3])
                .header("List-Id", "Kreditornet Nordsjaelland <kreditornet.kreditornet-nordsj.dk>")
                .header("List-Post", "<mailto:kreditornet@kreditornet-nordsj.dk>")
                .text(x[4]);
            viaList(m, x[0]);
        }
    }

    private void viaList(M m, String poster) {
        String list = "kreditornet-nordsj.dk";
        m.signers.add(poster);
        m.listSigner = list;
        m.afterSigning = HeldOutCorpus15::tagAndFooter;
        m.ip = dns.get(list).spfIps().get(0);
        m.helo = "liste." + list;
        m.description = "list post by " + poster + " (DMARC p=" + dns.get(poster).dmarc() + ") relayed by " + list
            + ", subject tag and footer break the poster's DKIM";
    }

    private void forwarded() {
        M m = real("forwarded", true);
        invoice(m, avis, avis.account(), 13, List.of(), "");
        m.mailFrom = "SRS0=q8Rt=ZB=helsingoer-dagblad.dk=annonce@srs.nordkyst-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.217.40.1";
        m.helo = "srs.nordkyst-net.dk";
        m.description = "helsingoer-dagblad.dk invoice forwarded with SRS: forwarder's SPF passes, the paper's DKIM survives";
        m = real("forwarded", true);
        invoice(m, traelast, traelast.account(), 29, List.of(), "");
        m.signers.add(traelast.domain());
        m.helo = "relay.oeresund-fiber.dk";
        m.ip = "127.217.41.1";
        m.description = "snekkersten-traelast.dk invoice relayed by an old fibre-provider address without SRS: DKIM survives";
        m = real("forwarded", true);
        invoice(m, kloak, kloak.account(), 22, List.of(), "");
        m.helo = "relay.oeresund-fiber.dk";
        m.ip = "127.217.41.1";
        m.description = "snekkersten-kloak.dk (SPF only) invoice relayed without SRS: nothing aligned survives";
        m = real("forwarded", true);
        String no = invoiceNo(vognmand);
        Price p = price(900_000);
        headers(m, "Søren Kvistgård", "sokv@" + OWN, "kreditor@helsingor.dk", "VS: Faktura " + no + " - vejsalt")
            .text("Hej Kreditor\n\nDen her landede hos mig. Saltet er leveret, og jeg har godkendt den - konto 6110-220.\n\nSøren "
                + "Kvistgård\nVej & Trafik\n\n---------- Videresendt besked ----------\nFra: " + vognmand.person() + " <"
                + addr(vognmand) + ">\nSendt: " + writtenDay(m, -3) + "\nEmne: Faktura " + no + "\n\nHej Søren - regningen for saltet.")
            .attach("application/pdf", pdfName(no, 3), invoicePdf(m, vognmand, "Faktura", no, p, vognmand.account(), 1, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    private void internal() {
        String[][] x = {{"Birthe Ørsted", "bior@", "kreditor@helsingor.dk", "Husk: ændring af bankoplysninger", "Hej alle\n\n"
            + "Ændringer af leverandørers kontonumre skal altid bekræftes ved at ringe til leverandøren på et nummer fra "
            + "kartoteket - ikke fra mailen. Det gælder også 'speditører' og opholdssteder.\n\nBirthe\nKreditorer"},
            {"Jonas Lundegård", "jolu@", "kreditor@helsingor.dk", "Faktura fra Gurrehus?", "Hej\n\nGurrehus siger, at decembers "
                + "opkrævning ikke er betalt. Den ligger måske til godkendelse hos mig - jeg kigger.\n\nJonas\nBørn og Unge"},
            {"Digitalisering og IT", "it-service@", "alle-oekonomi@helsingor.dk", "Servicevindue for fakturasystemet",
                "Fakturasystemet er lukket torsdag fra kl. 16 til 20 på grund af opdatering. E-fakturaer modtaget i perioden "
                    + "indlæses fredag morgen."},
            {"Kreditorer", "kreditor@", "budgetansvarlige@helsingor.dk", "Årsafslutning 2027 - frister", "Kære budgetansvarlige\n\n"
                + "Fakturaer vedr. 2027 skal være godkendt senest 12. januar.\n\nKreditorer, Økonomi"}};
        for (String[] i : x) {
            M m = real("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = real("bank-notice", false);
        headers(m, "Sparekassen Nordkysten Erhverv", "erhverv@sparekassen-nordkysten.dk", "oekonomi@helsingor.dk",
            "Du har post i Netbank Erhverv")
            .text("Kære kunde\n\nDer er en ny meddelelse til jer i Netbank Erhverv. Log på, som du plejer. Vi sender aldrig links til "
                + "login og spørger aldrig efter MitID-koder.\n\nSparekassen Nordkysten");
        genuine(m, "127.217.30.1");
        m.description = "bank notice without links, DMARC pass";
        m = real("bank-notice", false);
        headers(m, "Øresundsbanken", "kundeservice@oeresundsbanken.dk", "oekonomi@helsingor.dk", "Nye priser på udlandsbetalinger")
            .text("Fra 1. marts ændres gebyret for SEPA- og SWIFT-betalinger. Prislisten findes under Dokumenter i netbanken. "
                + "Mailen kan ikke besvares.");
        genuine(m, "127.217.31.1");
        m.description = "bank notice about new fees, DMARC pass";
    }

    private void foreign() {
        M m = real("foreign-invoice", true);
        String no = String.valueOf(11_820 + rnd.nextInt(400));
        String acct = iban("SE", "80000810590054783223");
        headers(m, "Öresund Marinteknik AB", "ekonomi@oresund-marinteknik.se", "by-kultur-miljoe@helsingor.dk",
            "Faktura " + no + " - bojar och kättingar, Helsingør")
            .text("Hej!\n\nHär kommer fakturan för de fyra förtöjningsbojarna med kättingar som levererades till Nordhavnen. "
                + "Betalning inom 30 dagar till " + acct + " (BIC ESSESESS). Momsen redovisas av köparen (omvänd "
                + "skattskyldighet).\n\nMed vänliga hälsningar\nÖresund Marinteknik AB\nHamntorget, Helsingborg")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se1"), "Faktura " + no,
                List.of("Öresund Marinteknik AB, org.nr 556" + (100_000 + rnd.nextInt(800_000)) + "-0001", "Kund: Helsingør Kommune, "
                    + "Danmark, EAN " + EAN, "4 st förtöjningsbojar inkl. kätting", "Summa SEK 86 400,00, omvänd skattskyldighet",
                    "Bank: " + acct)));
        genuine(m, "127.217.50.1");
        m.description = "Swedish supplier from Helsingborg, Swedish invoice, SE IBAN in its own name, DMARC pass";
        m = real("foreign-invoice", true);
        no = "KS-" + (2028_010 + rnd.nextInt(60));
        acct = iban("SE", "50000000054391012834");
        headers(m, "Kullens Skyltverkstad AB", "faktura@kullens-skyltverkstad.se", "indkoeb@helsingor.dk", "Faktura " + no)
            .text("Hej Helsingør Kommune,\n\nTack för beställningen av vägvisningsskyltarna till Kronborg-ruten. Fakturan bifogas; "
                + "betala till " + acct + ".\n\nHälsningar\nKullens Skyltverkstad AB, Höganäs")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se2"), "Faktura " + no,
                List.of("Kullens Skyltverkstad AB", "Kund: Helsingør Kommune", "12 vägvisningsskyltar, Kronborg-ruten",
                    "Summa SEK 31 250,00 (omvänd skattskyldighet)", "Bank: " + acct)));
        genuine(m, "127.217.51.1");
        m.description = "Swedish sign maker from Höganäs, SE IBAN, p=none but aligned DMARC pass";
        String[][] saas = {{"bookcreator.com", "Book Creator", "billing@", "Receipt for your Book Creator for Schools renewal",
            "USD 2,450.00"}, {"issuu.com", "Issuu", "receipts@", "Your Issuu invoice", "USD 588.00"}};
        for (String[] x : saas) {
            m = real("foreign-saas-invoice", true);
            String n = "IN-" + (300_000 + rnd.nextInt(600_000));
            headers(m, x[1], x[2] + x[0], x[0].startsWith("book") ? "boern-unge@helsingor.dk" : "kommunikation@helsingor.dk", x[3])
                .text("Hi Helsingør Kommune,\n\nThanks for your payment. Your subscription has been renewed and your card on file "
                    + "was charged. Nothing further is due.\n\nInvoice " + n + "\nAmount paid: " + x[4] + "\n\nThe " + x[1] + " team")
                .attach("application/pdf", n + ".pdf", Attachments.pdf(docId(m, "saas"), "Invoice " + n,
                    List.of("Bill to: Helsingør Kommune, " + CITY_HALL + ", Denmark", "VAT: reverse charge", "Paid: " + x[4],
                        "Card: Mastercard **** 4418")));
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "foreign SaaS receipt-invoice, card already charged, DMARC pass";
        }
    }

    private void remittance() {
        M m = real("remittance-advice", false);
        headers(m, "Espergærde Gymnasium, økonomi", "oekonomi@espergaerde-gymnasium.dk", "oekonomi@helsingor.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført 18.400,00 kr. til kommunens konto for leje af Espergærde Idrætscenter i efteråret "
                + "(jeres faktura 9021177).\n\nVenlig hilsen\nEspergærde Gymnasium")
            .attach("text/csv", "advis.csv", ("fakturanr;beloeb;dato\r\n9021177;18400,00;" + isoDay(m, 0) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.217.16.1");
        m.description = "remittance advice: a high school has paid our hall-rent invoice";
    }

    private void shops() {
        String[][] r = {{"helsingoer-byggemarked.dk", "Helsingør Byggemarked", "kvittering@", "Kvittering - køb på erhvervskonto",
            "Sandsække, presenninger og 4 lygter, 3.412,00 kr. Betalt med kommunens indkøbskort."},
            {"espergaerde-boghandel.dk", "Espergærde Boghandel", "webshop@", "Ordrekvittering 55310", "30 eksemplarer af "
                + "'Kronborg gennem 600 år' til 5. årgang, 4.470,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = real("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@helsingor.dk", x[3]).text(x[4] + "\n\nTak for handlen!\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", paid";
        }
        M m = real("order-confirmation", false);
        headers(m, "Nordsjællands Legeredskaber", "ordre@nordsj-legeredskaber.dk", "indkoeb@helsingor.dk", "Ordrebekræftelse 7719")
            .text("Tak for ordren på klatrestativ og faldunderlag til legepladsen ved Hornbæk Strand. Forventet levering uge 9. "
                + "Faktura sendes via NemHandel til EAN " + EAN + ".\n\nNordsjællands Legeredskaber");
        genuine(m, "127.217.17.1");
        m.description = "order confirmation, invoice to follow by e-invoice";
    }

    private void quotes() {
        M m = real("quote", false);
        headers(m, smed.person(), addr(smed), "ejendomsservice@helsingor.dk", "Tilbud: nye cykelstativer Espergærde Skole")
            .text("Hej\n\nSom aftalt: 20 nye cykelstativer i varmforzinket stål, monteret, 27.600 kr. ekskl. moms. Tilbuddet gælder "
                + "til udgangen af februar." + signature(smed))
            .attach("application/pdf", "Tilbud_cykelstativer.pdf", Attachments.pdf(docId(m, "tilbud"), "Tilbud",
                List.of("20 cykelstativer, varmforzinket", "Montering inkl.", "27.600,00 ekskl. moms")));
        genuine(m, smed.ip());
        m.description = "quote from an unlisted smith, nothing to pay";
        m = real("quote", false);
        headers(m, snedker.person(), addr(snedker), "boern-unge@helsingor.dk", "Pris på garderobebænke")
            .text("Hej\n\n8 garderobebænke i ask med knagerækker, 19.800 kr. + moms, levering i uge 8." + signature(snedker));
        genuine(m, snedker.ip());
        m.description = "quote in the body from an unlisted joiner (hoster's SPF only), nothing to pay";
    }

    private void letters() {
        M m = real("supplier-letter", false);
        headers(m, havn.person(), addr(havn), "by-kultur-miljoe@helsingor.dk", "Isvinter - bøjerne i Nordhavnen")
            .text("Hej\n\nVi tager bøjerne ind i næste uge på grund af isen og lægger dem ud igen i marts. Det er med i den faste "
                + "pris, så der kommer ingen ekstra regning." + signature(havn));
        genuine(m, HOSTER);
        m.description = "listed supplier sending through its web hoster (SPF ~all, p=none): a practical letter, nothing to pay";
        m = real("supplier-letter", false);
        headers(m, el.person(), addr(el), "ejendomsservice@helsingor.dk", "Servicebesøg i Ålsgårde Hallen")
            .text("Hej\n\nVi kommer tirsdag kl. 7 og tester nødlyset. Hallen skal ikke lukkes.\n\nRonni\nÅlsgårde El-teknik");
        genuine(m, el.ip());
        m.description = "listed supplier's visit notice, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULE = {iban("LT", "3250012345678901"), iban("DK", "50510001234567"), bank("6695", "2004719933"),
        iban("EE", "2200221020145685"), iban("PL", "109010140000071219812874"), iban("GB", "NWBK60161331926819"),
        iban("IE", "BOFI90001710027952"), iban("NL", "ABNA0417164300"), iban("DE", "500105175407324931"),
        iban("HU", "116000060000000012345676"), iban("RO", "BTRL01301205R6397X01"), iban("BG", "BNBG96611020345678"),
        iban("CY", "005001210000000172938405"), bank("8401", "0001227431"), iban("SE", "30000000041231234561"),
        iban("NO", "86011117947"), iban("MT", "VALL22013000000040014123456")};

    private static String mule(int i) {
        return MULE[Math.floorMod(i, MULE.length)];
    }

    private M scam(String family) {
        return mail(family, true);
    }

    private void fraudulent() {
        forged();
        lookalikes();
        homoglyphs();
        fakePlatforms();
        misusedPlatforms();
        compromised();
        hijacks();
        ownDomain();
        ceo();
        payroll();
        bodyOnly();
        displayNames();
        fakeInkasso();
        fakeDigitalPost();
        directories();
        callbacks();
        qr();
        english();
        imageOnly();
        archives();
        macros();
        svgHtml();
        fakeCustoms();
        fakeEuGrant();
        fakePlacements();
        fakePension();
    }

    private void forged() {
        Supplier[] who = {forsyning, avis, traelast, mad, it, havn};
        String[] why = {"\n\nVigtigt: vores bankforbindelse er ændret. Brug kun kontoen på denne faktura.",
            "\n\nVores gamle konto er nedlagt - opdater venligst jeres kreditoroplysninger.", "",
            "\n\nBemærk de nye betalingsoplysninger nederst på fakturaen.", "\n\nPå grund af bankskifte beder vi om hurtig betaling.",
            "\n\nBetal venligst til den nye konto - den gamle lukker ved månedens udgang."};
        for (int i = 0; i < who.length; i++) {
            M m = scam("forged-supplier");
            invoice(m, who[i], mule(i * 2 + 1), i + 3, List.of("Ny bankforbindelse"), why[i]);
            if (who[i] == avis) {
                m.mime.header("Reply-To", "<annonce@helsingoer-dagblad.dk.bogholderi-mail.com>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == avis ? ", Reply-To elsewhere" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"helsingor-forsyning.dk", forsyning}, {"espergaerde-entreprenor.dk", entrep},
            {"snekkersten-traelast.com", traelast}, {"hornbaekbusser.dk", bus}, {"aalsgaarde-el.com", el}, {"gurre-vvs.net", vvs}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = scam("lookalike-domain");
            invoice(m, on(real, d), mule(i + 6), i * 3, List.of(), i % 2 == 0 ? "\n\nVi har skiftet bank - kontonummeret på "
                + "fakturaen er det nye." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (own DNS), invoice with a new account";
        }
    }

    private void homoglyphs() {
        String d = idn("helsingoer-dagbl\u0430d.dk");
        M m = scam("punycode-homoglyph");
        invoice(m, on(avis, d), mule(3), 6, List.of(), "\n\nNB: ny konto fra årsskiftet.");
        ownedBy(m, d);
        m.description = "IDN homoglyph " + d + " (Cyrillic a) of helsingoer-dagblad.dk, invoice with a new account";
        d = idn("helsing\u043er.dk");
        m = scam("punycode-homoglyph");
        headers(m, "Helsingør Kommune, Økonomi", "oekonomi@" + d, "kreditor@helsingor.dk", "Hastebetaling - vinterstorm på Nordkysten")
            .text("Hej\n\nBeredskabet har bestilt sandsække og pumper til Hornbæk Havn efter stormvarslet. Leverandøren kræver "
                + "forudbetaling på 92.500 kr. i dag til " + mule(10) + ". Fakturaen kommer bagefter - betal nu og bogfør på "
                + "beredskabets konto.\n\nVh\nØkonomi");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our own finance department, urgent prepayment";
    }

    private void fakePlatforms() {
        String[][] f = {{"billogram-invoice.com", "Billogram", "Påmindelse: faktura forfalden"},
            {"bjornlunden-faktura.net", "Björn Lundén", "Faktura venter på betaling"}};
        for (int i = 0; i < f.length; i++) {
            Supplier s = listed.get(2 + i * 6);
            M m = scam("lookalike-platform");
            String no = String.valueOf(7_700 + rnd.nextInt(2_000));
            headers(m, s.name() + " via " + f[i][1], "no-reply@" + f[i][0], "efaktura@helsingor.dk", f[i][2] + " " + no)
                .html("<html><body style=\"font-family:Arial\"><p>Hej Helsingør Kommune</p><p>Faktura " + no + " fra " + s.name()
                    + " er ikke betalt. Betal med kort eller bankoverførsel via linket for at undgå rykkergebyr.</p><p><a href="
                    + "\"https://" + f[i][0] + "/p/" + sha256(m.id).substring(0, 12) + "\">Se og betal faktura</a></p>"
                    + "</body></html>");
            ownedBy(m, f[i][0]);
            m.description = "look-alike platform " + f[i][0] + " in a listed supplier's name: pay-now link";
        }
    }

    private void misusedPlatforms() {
        M m = scam("platform-account-misused");
        String no = String.valueOf(7_700 + rnd.nextInt(2_000));
        m.mailFrom = "b.x" + sha256(m.id).substring(0, 7) + "@billogram.com";
        headers(m, "Nordkyst Skilte & Print via Billogram", "no-reply@billogram.com", "efaktura@helsingor.dk", "Faktura " + no
            + " fra Nordkyst Skilte & Print")
            .header("Reply-To", "<nordkyst.skilte@outlook.com>")
            .html("<html><body><p>Nordkyst Skilte & Print har udstedt faktura " + no + " til Helsingør Kommune for bannere til "
                + "Kulturnatten: 31.875,00 kr. Betal til " + mule(11) + " inden 5 dage.</p></body></html>")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "mis"), "Faktura " + no,
                List.of("Nordkyst Skilte & Print", "Bannere, Kulturnatten", "31.875,00 kr.", "Konto " + mule(11))));
        genuine(m, "127.217.20.1");
        m.description = "real billogram.com account of an unknown sign firm, free-mail Reply-To, mule account";
        m = scam("platform-account-misused");
        no = String.valueOf(7_700 + rnd.nextInt(2_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 7) + "@conta.no";
        headers(m, "Øresund Rengøringsservice via Conta", "invoice@conta.no", "kreditor@helsingor.dk", "Faktura " + no
            + " - ny betalingsmodtager")
            .header("Reply-To", "<oeresund.rengoering@gmail.com>")
            .html("<html><body><p>Hej</p><p>Øresund Rengøringsservice fakturerer nu gennem Conta, og indbetalinger går til vores "
                + "nye konto " + mule(12) + ". Faktura " + no + " vedhæftet.</p></body></html>")
            .attach("application/pdf", "Faktura_" + no + ".pdf", invoicePdf(m, new Supplier(rengoer.name(), rengoer.domain(),
                rengoer.person(), rengoer.box(), "", mule(12), rengoer.what()), "Faktura", no, price(2_500_000), mule(12), 2,
                List.of("Ny betalingsmodtager")));
        genuine(m, "127.217.22.1");
        m.description = "real conta.no account in a listed supplier's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{kontor, "Vi er overgået til en ny koncernbank, og fremover skal alle betalinger ske til "},
            {entrep, "Vores hovedkonto er midlertidigt låst under bankens KYC-gennemgang. Indtil videre bedes I betale til "},
            {traelast, "Efter overdragelse af vores debitorer til et factoringselskab skal den vedhæftede faktura betales til "},
            {havn, "Banken har lukket vores gamle konto ved årsskiftet, så betal venligst fremover til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = scam("compromised-supplier");
            invoice(m, s, mule(i + 13), i + 5, List.of("Nye betalingsoplysninger"), "\n\n" + c[i][1] + mule(i + 13) + ". Vi er "
                + "på messe hele ugen og kan ikke tage telefonen - svar gerne bare på mailen.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice moving the account";
        }
    }

    private void hijacks() {
        Object[][] h = {{kloak, "snekkersten-kloak.com"}, {mad, "kronborg-madservice.com"}, {toemrer, "hornbaek-tomrer.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past past = history.get(s.domain());
            M m = scam("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@helsingor.dk", "SV: " + past.subject())
                .header("In-Reply-To", past.messageId())
                .header("References", past.messageId())
                .text("Hej\n\nEn lille rettelse til faktura " + past.no() + " (" + past.price().gross() + " kr.): vores bank er "
                    + "skiftet, så beløbet skal betales til " + mule(i + 2) + ". Den gamle konto på fakturaen er lukket. Giv "
                    + "gerne besked, når det er gjort.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nEmne: "
                    + past.subject() + "\n\nFaktura " + past.no() + " vedhæftet.");
            if (i == 2) {
                mime.attach("application/pdf", pdfName(past.no(), 1), invoicePdf(m, on(s, d), "Faktura", past.no(), past.price(),
                    mule(i + 2), 2, List.of("Korrigeret betalingsmodtager")));
            }
            ownedBy(m, d);
            m.description = "reply in the wave-1 thread of " + s.domain() + " from look-alike " + d + ", cites its invoice, new account";
        }
    }

    private void ownDomain() {
        M m = scam("own-domain-forged");
        headers(m, "Henrik Strandby, borgmester", "borgmester@" + OWN, "oekonomi@helsingor.dk", "Fortroligt - Værftshallerne")
            .text("Hej\n\nVi er i en fortrolig proces om køb af en grund ved Værftshallerne. Sælgers advokat skal bruge et "
                + "depositum på 310.000 kr. i dag til " + mule(5) + ". Hold det for dig selv, indtil Økonomiudvalget er orienteret."
                + "\n\nHenrik");
        forged(m, forgedHost++);
        m.description = "the mayor on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = scam("own-domain-forged");
        headers(m, "Kreditorer", "kreditor@" + OWN, "efaktura@helsingor.dk", "Returneret betaling - skal genudbetales")
            .text("Hej\n\nBanken har returneret betalingen til Gurre VVS & Energi. Betal venligst 48.125,00 kr. igen til "
                + mule(7) + ", som leverandøren har oplyst i telefonen.\n\nKreditorer")
            .attach("application/pdf", "Returneret_betaling.pdf", Attachments.pdf(docId(m, "ret"), "Returneret betaling",
                List.of("Modtager: Gurre VVS & Energi ApS", "Beløb 48.125,00", "Ny konto " + mule(7))));
        forged(m, forgedHost++);
        m.description = "our creditor mailbox forged from outside: 'pay the bounced payment again' to a mule";
    }

    private void ceo() {
        Object[][] c = {{"Henrik Strandby", "henrik.strandby.borgmester@gmail.com", GMAIL, "Er du ved din computer?", "Hej\n\n"
            + "Jeg sidder i byrådssalen og kan ikke ringe. Jeg skal bruge din hjælp til en betaling, der skal afsted i dag. "
            + "Skriv tilbage, så sender jeg oplysningerne.\n\nHenrik\nSendt fra min iPhone"},
            {"Anette Kvistgård", "anette.kvistgaard.kd@outlook.com", MSFT, "Gavekort - julegave til frivillige", "Hej\n\nVi skal "
                + "sige tak til de frivillige på Kulturværftet. Køb venligst 25 gavekort à 400 kr. og send mig koderne i et "
                + "billede. Jeg får det refunderet.\n\nAnette, kommunaldirektør"},
            {"Morten Tegner", "morten.tegner@icloud.com", APPLE, "Betaling til advokat - fortroligt", "Hej\n\nEt forlig med en "
                + "tidligere entreprenør skal betales i dag, 164.000 kr. til " + mule(4) + ". Jeg godkender i systemet bagefter."
                + "\n\nMorten, økonomichef"}};
        for (Object[] x : c) {
            M m = scam("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@helsingor.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = scam("payroll-account-change");
        headers(m, "Mette Snekkersten", "mette.snekkersten76@gmail.com", "loen@helsingor.dk", "Skift af lønkonto")
            .text("Hej Lønafdelingen\n\nJeg er pædagog i Børnehuset Grønnehave og har fået ny bank. Vil I sætte januarlønnen ind "
                + "på " + bank("6695", "2004719933") + "? Jeg kan ikke komme på Silkeborg Data hjemmefra.\n\nTak\nMette");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = scam("payroll-account-change");
        headers(m, "Ahmad Rahimi", "ahmad.rahimi.hk@hotmail.com", "loen@helsingor.dk", "Feriepenge - ny adresse i udlandet")
            .text("Hej\n\nJeg stoppede på materielgården i december og er flyttet til Tyskland. Feriepenge og sidste løn bedes "
                + "overført til " + mule(8) + ".\n\nVenlig hilsen\nAhmad");
        genuine(m, MSFT);
        m.description = "a 'former employee' on hotmail wants final pay abroad";
    }

    private void bodyOnly() {
        M m = scam("bank-change-body-only");
        headers(m, maler.person(), "jesper@hellebaek-maler.com", "kreditor@helsingor.dk", "Nyt kontonummer")
            .text("Hej\n\nBare så I ved det: vi har fået nyt kontonummer, " + mule(9) + ". Brug det også til den faktura, der er "
                + "åben nu.\n\nMvh Jesper\nHellebæk Malerfirma");
        ownedBy(m, "hellebaek-maler.com");
        m.description = "no attachment: look-alike of hellebaek-maler.dk asks to use a new account";
        m = scam("bank-change-body-only");
        headers(m, "Poul Esrum", "tikoeb.vognmand@gmail.com", "kreditor@helsingor.dk", "Ny bank")
            .text("Hej\n\nVores firmamail er nede, så jeg skriver herfra. Vi har skiftet bank, og fremover skal I betale til "
                + mule(14) + ".\n\nPoul\nTikøb Vognmandsforretning");
        genuine(m, GMAIL);
        m.description = "no attachment: a listed supplier's owner on gmail ('company mail down'), new account";
        m = scam("bank-change-body-only");
        headers(m, "Gurre VVS & Energi ApS", "kontor@gurre-vvs.net", "kreditor@helsingor.dk", "Opdatering af stamdata")
            .text("Til kreditorafdelingen\n\nI forbindelse med årsskiftet har vi samlet vores konti. Ret venligst vores stamdata "
                + "til " + mule(15) + " (Norge, vores moderselskab). Fakturaer sendes uændret.\n\nVVS-kontoret");
        ownedBy(m, "gurre-vvs.net");
        m.description = "no attachment: look-alike of gurre-vvs.dk asks to change master data to a NO account";
    }

    private void displayNames() {
        M m = scam("display-name-freemail");
        invoice(m, as(mad, "gmail.com", "kronborg.madservice.faktura"), mule(1), 11, List.of("Ny konto"), "\n\nVi sender fra "
            + "vores reservemail, mens vores domæne flyttes.");
        genuine(m, GMAIL);
        m.description = "Kronborg Madservice's name and invoice on gmail, new account";
        m = scam("display-name-freemail");
        invoice(m, as(traelast, "outlook.com", "snekkersten.traelast.erhverv"), mule(16), 8, List.of(), "");
        genuine(m, MSFT);
        m.description = "Snekkersten Trælast's name and invoice on outlook, MT IBAN";
    }

    private void fakeInkasso() {
        Supplier[] s = {vognmand, el};
        for (int i = 0; i < s.length; i++) {
            Past past = history.get(s[i].domain());
            M m = scam("fake-reminder-inkasso");
            String sag = "NC" + (70_000 + rnd.nextInt(20_000));
            headers(m, "Nordic Claims Inkasso", "sagsbehandler@inkasso-nordicclaims.com", "kreditor@helsingor.dk",
                "Inkassovarsel - sag " + sag + " - " + s[i].name())
                .text("Helsingør Kommune\n\nVi er af " + s[i].name() + " bedt om at inddrive faktura " + past.no() + " på "
                    + past.price().gross() + " kr. Betales beløbet med inkassogebyr (hhv. 100 og 650 kr.) ikke inden 48 timer til "
                    + mule(i + 4) + ", overgår sagen til retslig inkasso.\n\nNordic Claims Inkasso")
                .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "fink"), "Inkassovarsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + past.no() + ": " + past.price().gross(),
                        "Gebyrer 750,00", "Betales til " + mule(i + 4))));
            ownedBy(m, "inkasso-nordicclaims.com");
            m.description = "fake debt collector cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeDigitalPost() {
        String[][] f = {{"Ny post fra Toldstyrelsen", "Helsingør Kommune har modtaget et brev fra Toldstyrelsen om en forsendelse "
            + "fra Sverige. Brevet skal åbnes inden 3 dage."}, {"Organisationens postkasse er spærret", "Jeres postkasse "
            + "mangler bekræftelse af den tegningsberettigede og spærres ved udgangen af ugen."}};
        for (String[] x : f) {
            M m = scam("fake-digital-post");
            headers(m, "Digital Post for virksomheder", "post@virk-digitalpost-besked.net", "oekonomi@helsingor.dk", x[0])
                .html("<html><body><div style=\"border-left:6px solid #0b5;padding:12px\"><p>" + x[1] + "</p><p><a href=\"https://"
                    + "virk-digitalpost-besked.net/mitid/" + sha256(m.id).substring(0, 12) + "\">Log på med MitID Erhverv</a></p>"
                    + "</div></body></html>");
            ownedBy(m, "virk-digitalpost-besked.net");
            m.description = "fake Digital Post notice with a MitID Erhverv login link";
        }
    }

    private void directories() {
        M m = scam("domain-directory-scam");
        headers(m, "DK Hostmaster Fornyelse", "fornyelse@dkdomain-fornyelse-service.com", "it-service@helsingor.dk",
            "helsingor.dk - fornyelse påkrævet")
            .text("Registreringen af helsingor.dk og 4 tilknyttede domæner udløber om 6 dage. Undgå at hjemmeside og e-mail "
                + "lukkes: betal 5.960 kr. til " + mule(0) + ".\n\nDK Hostmaster Fornyelse")
            .attach("application/pdf", "Fornyelse_helsingor.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæner",
                List.of("helsingor.dk + 4", "3 år", "5.960,00", "Konto " + mule(0))));
        ownedBy(m, "dkdomain-fornyelse-service.com");
        m.description = "domain renewal trap in a registry-like name";
        m = scam("domain-directory-scam");
        headers(m, "Nordisk Firmaregister", "opdatering@nordisk-firmaregister.org", "oekonomi@helsingor.dk",
            "Opdatering af jeres registrering 2028")
            .text("Vi har endnu ikke modtaget jeres rettelser til registreringen. Kontrollér oplysningerne og returnér formularen "
                + "underskrevet.\n\nNordisk Firmaregister")
            .attach("application/pdf", "Opdatering_2028.pdf", Attachments.pdf(docId(m, "reg"), "Opdateringsformular",
                List.of("Helsingør Kommune, Stengade 59", "Ret og underskriv", "Med underskrift bestilles 3 års registrering, "
                    + "1.190 EUR årligt")));
        ownedBy(m, "nordisk-firmaregister.org");
        m.description = "directory form that is a three-year paid listing in small print";
    }

    private void callbacks() {
        M m = scam("callback-phone-invoice");
        headers(m, "Ordreafdelingen", "ordre@ordrebekraeftelse-dk.com", "indkoeb@helsingor.dk", "Bekræftelse: 12 x iPad Pro")
            .text("Tak for din ordre. 12 x iPad Pro 13\", i alt 161.880,00 kr., faktureres ved levering.\n\nEr ordren ikke afgivet "
                + "af jer, så ring straks på +45 89 87 40 12 for at annullere.\n\nOrdreafdelingen");
        ownedBy(m, "ordrebekraeftelse-dk.com");
        m.description = "callback scam: order confirmation never placed, call to cancel";
        m = scam("callback-phone-invoice");
        headers(m, "McAfee Fornyelse", "faktura@ordrebekraeftelse-dk.com", "it-service@helsingor.dk", "Faktura - licens fornyet")
            .text("Jeres licens er fornyet automatisk for 2 år: 6.295,00 kr.\n\nVil I have pengene retur, ring +45 89 87 40 12 inden "
                + "24 timer.")
            .attach("application/pdf", "Faktura_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Faktura",
                List.of("McAfee Total Protection, 2 år", "6.295,00 kr.", "Refusion: ring +45 89 87 40 12")));
        ownedBy(m, "ordrebekraeftelse-dk.com");
        m.description = "callback scam: renewal 'invoice' with only a phone number";
    }

    private void qr() {
        String[][] q = {{"mobilbetal-qr.net", "MobilePay Erhverv", "betaling@", "Betaling mislykkedes - betal med QR", "Jeres "
            + "betaling på 12.480,00 kr. blev afvist af banken."},
            {"hornbaek-busser.net", "Trafikkontoret", "trafik@", "Skolebus november - QR-betaling", "Novemberfakturaen kan betales "
                + "hurtigt med QR-koden."}};
        for (String[] x : q) {
            M m = scam("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@helsingor.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din telefon og godkend.</p><p><img src=\"cid:qrkode\" width=\"180\" "
                    + "height=\"180\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "betal_qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = scam("english-international");
        headers(m, "Baltic Harbour Engineering", "billing@baltic-harbour-engineering.com", "kreditor@helsingor.dk",
            "Invoice BHE-2281 - quay inspection Helsingør")
            .text("Dear Accounts Payable,\n\nAttached is our invoice for the underwater quay inspection at Helsingør North Harbour "
                + "agreed with your harbour department. EUR 14,750.00 is payable within 5 days to " + mule(4) + ".\n\nRegards,\n"
                + "Baltic Harbour Engineering")
            .attach("application/pdf", "BHE-2281.pdf", Attachments.pdf(docId(m, "en"), "Invoice BHE-2281",
                List.of("Customer: Helsingør Municipality", "Underwater quay inspection", "EUR 14,750.00", "Bank: " + mule(4))));
        ownedBy(m, "baltic-harbour-engineering.com");
        m.description = "English invoice for an inspection never ordered, PL IBAN";
        m = scam("english-international");
        headers(m, "Baltic Harbour Engineering - Finance", "finance@baltic-harbour-engineering.com", "oekonomi@helsingor.dk",
            "Change of remittance details")
            .text("Hello,\n\nFollowing our year-end audit, our remittance account has changed. Please amend your vendor file and "
                + "direct all open payments to " + mule(9) + ". Kindly confirm once updated.\n\nFinance");
        ownedBy(m, "baltic-harbour-engineering.com");
        m.description = "English 'change of remittance details', HU IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "hellebaekmaler.dk"}, {vognmand, "tikoeb-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = scam("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@helsingor.dk", i == 0 ? "Faktura (billede)" : "Scannet regning")
                .text("Hej\n\nFakturaprogrammet driller, så I får den som " + (i == 0 ? "foto" : "scanning") + ". Læg mærke til, "
                    + "at kontonummeret er nyt.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_0114.jpg" : "Scan_0109.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{kloak, "snekkersten-kloak.net"}, {forsyning, "helsingoer-forsyning.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = scam("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = invoicePdf(m, new Supplier(s.name(), d, s.person(), s.box(), "", mule(i + 5), s.what()), "Faktura", no,
                price(1_800_000), mule(i + 5), i, List.of());
            headers(m, s.person(), s.box() + "@" + d, "kreditor@helsingor.dk", "Faktura " + no + " - komprimeret")
                .text("Hej\n\nJeres mailsystem har afvist vores PDF, så fakturaen er lagt i en zip-fil.\n\n" + s.person())
                .attach("application/zip", "Faktura_" + no + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + no + ".pdf", pdf, "LÆS_MIG.txt", "Adgangskode ikke nødvendig")
                    : Attachments.zip("dokumenter/" + no + ".pdf", pdf));
            ownedBy(m, d);
            m.description = "invoice in a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = scam("office-macro");
        headers(m, kontor.person(), "salg@oeresund-kontor.com", "indkoeb@helsingor.dk", "Faktura og pakkeliste")
            .text("Hej\n\nFaktura og pakkeliste er samlet i dokumentet. Klik 'Aktivér redigering' og 'Aktivér indhold' for at se "
                + "det.\n\nØresund Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_pakkeliste.docm",
                Attachments.word("Faktura\nHelsingør Kommune\nIndholdet er beskyttet - aktivér indhold", true));
        ownedBy(m, "oeresund-kontor.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of oeresund-kontor.dk";
        m = scam("office-macro");
        headers(m, it.person(), "faktura@nordkystens-it.com", "boern-unge@helsingor.dk", "Timeopgørelse december")
            .text("Hej\n\nTimeopgørelsen og vores opdaterede bankoplysninger ligger i regnearket. Aktivér makroer for at beregne "
                + "totalerne.\n\nNordkystens IT")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_december.xlsm",
                Attachments.excel(List.of("Timeopgørelse december 2027", "I alt DKK 58.250,00", "Konto: " + plain(mule(6))), true));
        ownedBy(m, "nordkystens-it.com");
        m.description = "macro-enabled Excel hours from a look-alike of nordkystens-it.dk";
    }

    private void svgHtml() {
        String[][] x = {{"nordkyst-dokumentdeling.com", "Snekkersten Trælast", "Åbne poster pr. 31.12.", "aabne_poster.svg",
            "image/svg+xml"}, {"faktura-preview.net", "Helsingør Forsyningsservice", "Din faktura er klar", "Faktura_jan.htm",
            "text/html"}};
        for (String[] y : x) {
            M m = scam("svg-html-attachment");
            String url = "https://" + y[0] + "/v/" + sha256(m.id).substring(0, 12);
            String doc = y[4].equals("text/html")
                ? "<!DOCTYPE html><html><body onload=\"document.location='" + url + "'\"><p>Indlæser dokument ...</p></body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"160\"><text x=\"12\" y=\"34\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"12\" y=\"60\" width=\"220\" height=\"36\" "
                    + "fill=\"#0a66c2\"/></a></svg>";
            headers(m, y[1], "noreply@" + y[0], "kreditor@helsingor.dk", y[2])
                .text("Hej\n\nDokumentet åbnes i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a login page, a listed supplier's name";
        }
    }

    /**
     * New family: a fake customs broker or "Tullverket" says goods from a Swedish supplier are held at the border until
     * duty, import VAT and a clearance fee are paid, to an account that is not the real forwarder's.
     */
    private void fakeCustoms() {
        M m = scam("fake-customs-clearance");
        String ref = "TB" + (800_000 + rnd.nextInt(99_000));
        headers(m, "Toldbehandling Danmark", "told@toldbehandling-dk.com", "by-kultur-miljoe@helsingor.dk",
            "Forsendelse tilbageholdt - told og importmoms " + ref)
            .text("Til Helsingør Kommune\n\nEn forsendelse fra Öresund Marinteknik AB, Helsingborg (4 kolli, bøjer og kæder) er "
                + "tilbageholdt ved grænsen, da told og importmoms ikke er afregnet. Forsendelsen frigives, når 14.860,00 kr. "
                + "(told, importmoms og ekspeditionsgebyr) er indbetalt til " + mule(0) + " med reference " + ref + ".\n\n"
                + "Afregnes beløbet ikke inden 3 hverdage, returneres varerne til afsender for jeres regning, og der pålægges "
                + "oplagringsgebyr på 450 kr. pr. dag.\n\nToldbehandling Danmark")
            .attach("application/pdf", "Toldopgoerelse_" + ref + ".pdf", Attachments.pdf(docId(m, "told"), "Toldopgørelse " + ref,
                List.of("Afsender: Öresund Marinteknik AB, Helsingborg", "Modtager: Helsingør Kommune", "Told 3.120,00",
                    "Importmoms 10.240,00", "Ekspedition 1.500,00", "I alt 14.860,00 til " + mule(0))));
        ownedBy(m, "toldbehandling-dk.com");
        m.description = "fake customs broker holds goods from a real Swedish supplier until duty is paid to a mule";
        m = scam("fake-customs-clearance");
        String no = "ØS-" + (51_000 + rnd.nextInt(9_000));
        headers(m, "Øresund Spedition A/S, fakturering", "faktura@oresund-spedition.com", "kreditor@helsingor.dk",
            "Faktura " + no + " - fortoldning (ny konto)")
            .text("Hej\n\nVedlagt faktura for fortoldning af skiltestandere fra Kullens Skyltverkstad. Bemærk, at udlagt importmoms "
                + "fremover afregnes via vores nye konto i Sverige, " + mule(14) + ", da vi har flyttet tolddelen til vores "
                + "svenske selskab.\n\nMed venlig hilsen\nØresund Spedition A/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "oss"), "Faktura " + no,
                List.of("Øresund Spedition A/S", "Fortoldning, Kullens Skyltverkstad AB", "Udlagt importmoms 7.812,50",
                    "I alt DKK 9.212,50", "Betaling til " + mule(14))));
        ownedBy(m, "oresund-spedition.com");
        m.description = "look-alike of the real customs forwarder oresund-spedition.dk: customs invoice to a new SE account";
        m = scam("fake-customs-clearance");
        headers(m, "Tullverket - Import", "import@tullverket-avgift.net", "indkoeb@helsingor.dk", "Avgift för utlämning / gebyr for "
            + "udlevering")
            .html("<html><body><p>Hej / Hej,</p><p>Er forsendelse fra Sverige (Kullens Skyltverkstad AB) afventer betaling af "
                + "moms og ekspeditionsgebyr, 1.985 SEK, før den kan udleveres. Betal med kort via linket inden 48 timer:</p>"
                + "<p><a href=\"https://tullverket-avgift.net/betala/" + sha256(m.id).substring(0, 10) + "\">Betala / Betal "
                + "her</a></p><p>Tullverket</p></body></html>");
        ownedBy(m, "tullverket-avgift.net");
        m.description = "fake Swedish customs (Tullverket name) wants a release fee paid by card link";
    }

    /**
     * New family: a fake EU programme (Interreg) secretariat says the municipality's project payout is ready but first
     * requires a co-financing "guarantee", an audit fee or a bank-detail confirmation.
     */
    private void fakeEuGrant() {
        M m = scam("fake-eu-grant-cofinancing");
        headers(m, "Interreg ÖKS - Payments Unit", "payments@interreg-oks-payments.eu", "oekonomi@helsingor.dk",
            "Udbetaling afventer: dokumentation af medfinansiering")
            .text("Kære projektejer\n\nUdbetalingen til projektet 'Kystsikring Nordkysten' (1.184.220,00 kr.) er klar, men kan "
                + "først frigives, når den nationale medfinansiering er dokumenteret. Indbetal venligst garantibeløbet på "
                + "59.211,00 kr. (5 %) til programmets escrow-konto " + mule(8) + " inden fredag. Beløbet tilbagebetales sammen "
                + "med udbetalingen.\n\nPayments Unit, Joint Secretariat")
            .attach("application/pdf", "Medfinansiering_garanti.pdf", Attachments.pdf(docId(m, "eu"), "Garantiindbetaling",
                List.of("Projekt: Kystsikring Nordkysten", "Udbetaling 1.184.220,00", "Garanti 5 %: 59.211,00",
                    "Escrow-konto " + mule(8))));
        ownedBy(m, "interreg-oks-payments.eu");
        m.description = "look-alike of the real programme secretariat: pay a 'co-financing guarantee' before the payout";
        m = scam("fake-eu-grant-cofinancing");
        headers(m, "EU-fondssekretariatet", "kontrol@eu-fonds-sekretariat.com", "oekonomi@helsingor.dk",
            "Revisionsgebyr og bekræftelse af bankkonto - EU-tilskud")
            .html("<html><body><p>Til Helsingør Kommune</p><p>Som led i førstelinjekontrollen af jeres EU-tilskud skal "
                + "kommunen betale et revisionsgebyr på 7.500 kr. og bekræfte den konto, udbetalingen skal ske til. Begge dele "
                + "gøres i portalen:</p><p><a href=\"https://eu-fonds-sekretariat.com/kontrol/" + sha256(m.id).substring(0, 10)
                + "\">Åbn sagen med MitID Erhverv</a></p><p>Sker det ikke inden 5 dage, bortfalder tilskuddet.</p></body></html>");
        ownedBy(m, "eu-fonds-sekretariat.com");
        m.description = "fake EU fund secretariat: audit fee and bank confirmation through a login link, or lose the grant";
    }

    /**
     * New family: invoices for care placements (children's homes, residential care, respite) that were never made, or a
     * real provider's invoice with the account changed.
     */
    private void fakePlacements() {
        M m = scam("fake-care-placement-invoice");
        headers(m, "Opholdsstedet Kystly, administrationen", "admin@opholdssted-kystly.dk", "boern-unge@helsingor.dk",
            "Opkrævning december - akutanbringelse")
            .text("Kære Børn og Unge\n\nHermed opkrævning for den unge, som jeres vagtcentral akutanbragte hos os den 3. december. "
                + "Vi har ikke modtaget jeres sagsnummer endnu, men beløbet skal betales inden 8 dage, da vi ellers må opsige "
                + "pladsen. Betaling til " + mule(13) + ".\n\nVenlig hilsen\nOpholdsstedet Kystly")
            .attach("application/pdf", "Opkraevning_Kystly_dec.pdf", Attachments.pdf(docId(m, "kyst"), "Opkrævning december",
                List.of("Opholdsstedet Kystly", "Akutanbringelse fra 03.12.2027", "28 døgn x 3.150,00 = 88.200,00", "Konto " + mule(13))));
        ownedBy(m, "opholdssted-kystly.dk");
        m.description = "invoice for an emergency placement that never happened, from an unknown 'care home', mule account";
        m = scam("fake-care-placement-invoice");
        headers(m, "Opholdsstedet Gurrehus", "administration@gurre-hus.dk", "boern-unge@helsingor.dk",
            "Opkrævning januar 2028 - ny konto, jeres sagsnr. 27-4410")
            .text("Kære Børn og Unge\n\nHermed januars opkrævning for den unge, der er anbragt hos os (jeres sagsnr. 27-4410). "
                + "Vi har skiftet pengeinstitut, så beløbet skal fremover betales til " + mule(1) + ". Den gamle konto lukkes 31. "
                + "januar.\n\nVenlig hilsen\nLeder, Opholdsstedet Gurrehus")
            .attach("application/pdf", "Gurrehus_jan28.pdf", Attachments.pdf(docId(m, "gurre2"), "Opkrævning, januar 2028",
                List.of("Opholdsstedet Gurrehus", "Sagsnr. 27-4410", "Døgntakst 2.310,00 x 31 = 71.610,00 (momsfri)",
                    "Ny konto " + mule(1))));
        ownedBy(m, "gurre-hus.dk");
        m.description = "look-alike gurre-hus.dk of the real care home gurrehus.dk cites the real case number, new account";
        m = scam("fake-care-placement-invoice");
        headers(m, "Camilla Borup, aflastning", "camilla.borup.aflastning@gmail.com", "sundhed-omsorg@helsingor.dk",
            "Regning for aflastning november-december")
            .text("Hej\n\nHer er min regning for aflastningsweekender for jeres borger (jeg har ikke fået et sagsnummer, men "
                + "rådgiveren ved det). 14 døgn à 1.950 kr. = 27.300 kr. Kan I betale til " + bank("8401", "0001227431")
                + " hurtigst muligt? Jeg er selvstændig og har ikke CVR endnu.\n\nMvh Camilla")
            .attach("image/jpeg", "regning_aflastning.jpg", Attachments.image(docId(m, "afl"), "jpg"));
        genuine(m, GMAIL);
        m.description = "gmail 'respite carer' bills unverifiable respite stays, photo of a handwritten bill";
    }

    /**
     * New family: fake pension-contribution arrears: "contributions for N employees were not received; pay the arrears
     * with interest to this account or the employees lose their insurance cover".
     */
    private void fakePension() {
        M m = scam("fake-pension-contribution-arrears");
        headers(m, "Pensionsbidrag Service, restancer", "restance@pensionsbidrag-service.dk", "loen@helsingor.dk",
            "Manglende pensionsbidrag - 6 medarbejdere - sidste frist")
            .text("Til lønafdelingen\n\nVi har ikke modtaget pensionsbidrag for december 2027 for 6 af jeres medarbejdere "
                + "(overenskomst FOA/KL). Restancen på 41.376,40 kr. inkl. renter skal indbetales til " + mule(6) + " inden 5 "
                + "hverdage; ellers bortfalder medarbejdernes forsikringsdækning midlertidigt, og de orienteres herom.\n\n"
                + "Pensionsbidrag Service")
            .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Restanceliste_dec2027.xlsx",
                Attachments.excel(List.of("Restanceliste december 2027", "Medarbejdere: 6 (cpr maskeret)", "Bidrag 39.880,00",
                    "Renter 1.496,40", "I alt 41.376,40", "Indbetales til " + plain(mule(6))), false));
        ownedBy(m, "pensionsbidrag-service.dk");
        m.description = "fake pension service demands contribution arrears for named-but-masked staff, to a mule";
        m = scam("fake-pension-contribution-arrears");
        headers(m, "NTP Pension - Arbejdsgiverservice", "arbejdsgiver@ntp-pension.com", "loen@helsingor.dk",
            "Ændret indbetalingskonto for pensionsbidrag fra januar")
            .html("<html><body><p>Kære arbejdsgiver</p><p>Fra lønkørslen i januar skal pensionsbidrag indbetales til vores nye "
                + "indbetalingskonto " + mule(2) + ". Bidrag indbetalt til den gamle konto returneres og kan medføre "
                + "restancerenter.</p><p>Opdater jeres lønsystem, og bekræft ændringen <a href=\"https://ntp-pension.com/"
                + "arbejdsgiver/" + sha256(m.id).substring(0, 10) + "\">her</a>.</p><p>NTP Pension</p></body></html>");
        ownedBy(m, "ntp-pension.com");
        m.description = "fake pension company moves the contribution account from January's payroll run";
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
        return writeFiles(dir, new HeldOutCorpus15().generate(), List.of(
            "# Helsingør Kommune, Økonomi: invoice checks (fifteenth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=helsingoer-forsyning.dk espergaerde-entreprenoer.dk snekkersten-kloak.dk hornbaek-toemrer.dk "
                + "hellebaek-maler.dk oeresund-rengoering.dk helsingoer-dagblad.dk tikoeb-vognmand.dk aalsgaarde-el.dk gurre-vvs.dk "
                + "kronborg-madservice.dk snekkersten-traelast.dk nordkystens-it.dk hornbaek-busser.dk oeresund-kontor.dk "
                + "helsingoer-havneservice.dk",
            "invoice.domains.platforms=billogram.com bjornlunden.se conta.no",
            "invoice.names.protected=Helsingør Kommune"));
    }
}
