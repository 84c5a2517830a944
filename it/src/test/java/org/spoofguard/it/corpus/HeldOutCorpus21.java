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
 * The twenty-first held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Viborg Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, nature management and
 * department mailboxes) with fifteen listed suppliers from Viborg, Bjerringbro, Karup, Stoholm, Møldrup, Tjele, Kjellerup
 * and around Hald Sø in every DNS posture real Danish firms have (some sending through a web hoster named in their SPF),
 * three invoicing platforms ({@code intempus.dk}, {@code harvestapp.com}, {@code holvi.com}), local banks, the airport at
 * Karup, a joint fire and rescue service, a Jönköping lake laboratory for Hald Sø, a Rendsburg pool-technology firm and a
 * Dutch turf firm, SaaS ({@code jamf.com}, {@code acubiz.com}), an auditor, an e-signature service ({@code dokobit.com}),
 * a lawyer's collection department, a pension company, a creditor list, an ESP ({@code apsis.com}), forwarders (with and
 * without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices,
 * fake e-signature requests) and three kinds new here: a "cash discount if you pay early, but only to our discount
 * account" offer on a real invoice (early-payment-discount-redirect), a fake registration fee for the packaging and
 * electronics producer responsibility (fake-producer-responsibility-fee), and a supplier's "we now collect by direct
 * debit / standing order" with a mandate or standing order to the fraudster (fake-direct-debit-mandate). The invoice
 * engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written.
 * {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice, credit note, reminder, collection
 * demand for a real debt, intermunicipal or facility invoice, foreign or SaaS invoice) and its computed authentication
 * (DMARC pass, or aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus21GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus21 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout21");
    public static final String OWN = "viborg.dk";
    static final String FRAUD_NET = "127.216.";
    private static final String OWN_IP = "127.210.0.1";
    private static final String EAN = "5798000421177";
    private static final String RAADHUS = "Prinsens Allé 5, 8800 Viborg";
    /** A mid-Jutland web hoster whose outgoing server several small firms name in their SPF. */
    private static final String HOSTER_IP = "127.215.9.1";
    private static final String GMAIL = "127.219.1.1";
    private static final String MSFT = "127.219.2.1";
    private static final String APPLE = "127.219.5.1";
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);

    private final Random rnd = new Random(21_0021_8800L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, discounts, credit notes) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;

    record Amount(long ore, String net, String vat, String gross) {
        Amount credit() {
            return new Amount(-ore, "-" + net, "-" + vat, "-" + gross);
        }

        /** The gross amount less {@code percent} per cent, as a discount offer writes it. */
        String grossLess(int percent) {
            long gross = ore + ore / 4;
            return kr(gross - gross * percent / 100);
        }
    }

    record Past(String no, Amount amount, String messageId, String subject) {
    }

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2029, 10, 29, 7, 40, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2029, 11, 28, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Viborg Vand & Fjernvarme A/S", "viborg-vandfjernvarme.dk",
        "Kundecenter, Viborg Vand & Fjernvarme", "opkraevning", "127.211.1.1", iban("DK", "76810004412378"),
        "vand, spildevand og fjernvarme, kommunale bygninger, oktober");
    private final Supplier entrep = new Supplier("Bjerringbro Anlæg & Entreprise A/S", "bjerringbro-anlaeg.dk", "Helle Skovbo",
        "helle", "127.211.2.1", bank("7681", "0002291845"), "ny belægning og kantsten, Søndergade Bjerringbro");
    private final Supplier kloak = new Supplier("Stoholm Kloakservice ApS", "stoholm-kloak.dk", "Jens Peder Lund", "jenspeder",
        HOSTER_IP, bank("9280", "0001448206"), "TV-inspektion og spuling af kloakstik, Stoholm Skole");
    private final Supplier toemrer = new Supplier("Møldrup Tømrer & Snedker ApS", "moeldrup-toemrer.dk", "Anders Krogh",
        "anders", "127.211.4.1", bank("7681", "0005530712"), "udskiftning af vinduer i gymnastiksalen, Møldrup Skole");
    private final Supplier maler = new Supplier("Tjele Malerfirma v/ Lars Bøgh", "tjele-maler.dk", "Lars Bøgh", "lars",
        "127.211.5.1", bank("9280", "0003817264"), "maling af gange og fællesrum, Plejecenter Tjelebo");
    private final Supplier rengoer = new Supplier("Kjellerup Rengøring ApS", "kjellerup-rengoering.dk", "Regnskab",
        "regnskab", "127.211.6.1", bank("7681", "0007715340"), "rengøring af Kjellerup Bibliotek og Medborgerhus, oktober");
    private final Supplier avis = new Supplier("Viborg Stiftsnyt", "viborg-stiftsnyt.dk", "Annoncesalget", "annonce",
        "127.211.7.1", iban("DK", "92800006630419"), "stillingsannoncer og Kommunen informerer, september-oktober");
    private final Supplier vognmand = new Supplier("Karup Vognmandsforretning I/S", "karup-vognmand.dk", "Finn Karup Madsen",
        "finn", "127.211.8.1", bank("9280", "0009930127"), "kørsel med grus og stabilgrus, stier ved Karup Å");
    private final Supplier el = new Supplier("Hald El-Service ApS", "hald-elservice.dk", "Morten Hald", "morten",
        HOSTER_IP, bank("7681", "0004462019"), "nye LED-armaturer og nødlys, Hald Ege Skole");
    private final Supplier vvs = new Supplier("Kjellerup VVS & Blik ApS", "kjellerup-vvs.dk", "Kontoret", "kontor",
        "127.211.10.1", bank("9280", "0008871345"), "service på varmecentral og nye termostater, Kjellerup Svømmehal");
    private final Supplier madservice = new Supplier("Viborg Madservice A/S", "viborg-madservice.dk", "Viborg Madservice, Kundeservice",
        "kundeservice", "127.211.11.1", iban("DK", "76810001664093"), "mad til hjemmeboende borgere og plejecentre, uge 41-42");
    private final Supplier traelast = new Supplier("Bjerringbro Trælasthandel A/S", "bjerringbro-traelast.dk", "Proffafdelingen",
        "proff", "127.211.12.1", iban("DK", "92800008826510"), "byggematerialer til Ejendomscenter Viborg, rammeaftale 2029");
    private final Supplier it = new Supplier("Karup IT-Drift ApS", "karup-itdrift.dk", "Karup IT-Drift, Fakturering", "faktura",
        "127.211.13.1", bank("7681", "0006648830"), "drift af skolernes netværk og 80 nye lærer-pc'er");
    private final Supplier bus = new Supplier("Stoholm Turistfart ApS", "stoholm-turistfart.dk", "Trafikkontoret", "trafik",
        "127.211.14.1", bank("9280", "0002257416"), "skolekørsel Stoholm-Skals og Karup-Frederiks, oktober");
    private final Supplier kontor = new Supplier("Viborg Kontorcenter ApS", "viborg-kontorcenter.dk", "Ordreafdelingen", "ordre",
        "127.211.15.1", iban("DK", "76810004483915"), "kopipapir, toner og mapper, rammeaftale, oktober");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Karup Smede- og Maskinværksted", "karup-smedie.dk", "Verner Nørgaard",
        "verner", "127.212.1.1", bank("7681", "0001197406"), "nyt rækværk på gangbroen over Karup Å");
    private final Supplier skadedyr = new Supplier("Møldrup Skadedyrsservice", "moeldrup-skadedyr.dk", "Gitte Mølgaard", "gitte",
        "127.212.2.1", bank("9280", "0006628841"), "musebekæmpelse i køkkenet, Børnehuset Møldrup");
    private final Supplier snedker = new Supplier("Tjele Møbelsnedker", "tjele-snedker.dk", "Kaj Tjelle", "kaj",
        "127.212.3.1", bank("7681", "0007724463"), "nye bogreoler og læsehjørne, Bjerringbro Bibliotek");
    private final Supplier have = new Supplier("Hald Ege Have & Park v/ Niels Bruun", "haldege-have.dk", "Niels Bruun",
        "niels", "127.212.4.1", bank("9280", "0009018832"), "beskæring af ege og rydning af opvækst ved Hald Sø");
    private final Supplier natur = new Supplier("Naturformidler Signe Krag", "gmail.com", "Signe Krag",
        "signe.krag.natur", GMAIL, bank("7681", "0003312876"), "naturdag ved Hald Sø og Troldeskoven for 4. årgang, Ans Skole");
    private final Supplier tolk = new Supplier("Tolk Amina Rahimi", "outlook.com", "Amina Rahimi", "amina.rahimi.tolk",
        MSFT, bank("9280", "0004402268"), "tolkning dari-dansk, Jobcenter Viborg, 4 timer");
    private final Supplier musik = new Supplier("Guitarist Poul Stoholm", "icloud.com", "Poul Stoholm", "poul.stoholm.musik",
        APPLE, bank("7681", "0002284471"), "julesang og guitar, Plejecenter Højslev og Kjellerup Plejecenter");
    private final Supplier foto = new Supplier("Domkirke Foto v/ Line Vestergaard", "hotmail.com", "Line Vestergaard",
        "domkirke.foto", MSFT, bank("9280", "0005519087"), "billeder af Viborg Domkirke og Nytorv til turistkampagnen");
    // foreign suppliers
    private final Supplier limno = new Supplier("Limnoteknik Jönköping AB", "jonkoping-limnoteknik.se", "Ekonomi",
        "ekonomi", "127.217.1.1", iban("SE", "80000000051274409913"), "vattenprovtagning och syrgasmätning, Hald Sø, september");
    private final Supplier baeder = new Supplier("Bädertechnik Rendsburg GmbH", "baedertechnik-rendsburg.de", "Buchhaltung",
        "buchhaltung", "127.217.2.1", iban("DE", "210501700094412837"), "Filterwartung und UV-Anlage, Bjerringbro Svømmehal");

    private final List<Supplier> listed = List.of(forsyning, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs,
        madservice, traelast, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"viborg-vandfjernvarme.com", "bjerringbro-anlaeg.com", "bjerringbro-traelast.net",
        "hald-el-service.dk", idn("bjerringbro-tr\u00e6last.dk"), idn("vib\u00f8rg.dk"), "intempus-viborg.com", "holvi-karup.net",
        "stoholm-kloak.net", "viborg-madservice.com", "moeldrup-tomrer.dk", "stoholm-turist.dk", "tjelemaler.dk",
        "viborg-inkasso.com", "mitid-viborg.com", "digitalpost-kjellerup.com", "viborg-domaener.com",
        "karup-erhvervsregister.org", "moeldrup-ordreservice.com", "mobilbetal-viborg.net", "stoholm-turistfart.net",
        "hald-parkering.com", "karup-aviation-services.com", "tjele-maler.net", "karup-vognmand.com",
        "kjellerup-rengoering.com", "kjellerup-vvs.net", "viborg-kontorcenter.com", "karup-itdrift.net",
        "viborg-dokumenter.com", "fakturavisning-bjerringbro.net", "dokobit-viborg.com", "viborg-stiftsnyt.com",
        "producentregister-viborg.com", "emballageafgift-tjele.com", "viborg-kontorcenter.net",
        idn("m\u00f8ldrup-t\u00f8mrer.dk"), "viborg-vandfjernvarme.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("viborg-vandfjernvarme.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bjerringbro-anlaeg.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("stoholm-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("moeldrup-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("tjele-maler.dk", null, null, null, null); // nothing published
        domain("kjellerup-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("viborg-stiftsnyt.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("karup-vognmand.dk", List.of("127.211.98.8"), "~all", null, "none"); // SPF names the haulage system only
        domain("hald-elservice.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("kjellerup-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("viborg-madservice.dk", List.of(madservice.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("bjerringbro-traelast.dk", List.of(traelast.ip(), "127.211.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("karup-itdrift.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("stoholm-turistfart.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("viborg-kontorcenter.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("karup-smedie.dk", List.of(smed.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("moeldrup-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("tjele-snedker.dk", List.of(snedker.ip()), "-all", null, null);
        domain("haldege-have.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("bjerringbro-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("jonkoping-limnoteknik.se", List.of(limno.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("baedertechnik-rendsburg.de", List.of(baeder.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("emmen-grasveldtechniek.nl", List.of("127.217.3.1"), "-all", null, null);
        // collection, auditor, e-signature, pension company, school, shops, airport, fire and rescue
        domain("advokat-viborgtorv.dk", List.of("127.213.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hald-revision.dk", List.of("127.213.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("appension.dk", List.of("127.213.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("dokobit.com", List.of("127.213.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("viborg-katedralskole.dk", List.of("127.213.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("midtjysk-legeplads.dk", List.of("127.213.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bjerringbro-byggemarked.dk", List.of("127.213.7.1"), "-all", null, "none");
        domain("viborg-boghandel.dk", List.of("127.213.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("karup-lufthavn.dk", List.of("127.213.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("beredskab-midtnord.dk", List.of("127.213.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // invoicing platforms
        domain("intempus.dk", List.of("127.214.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("harvestapp.com", List.of("127.214.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("holvi.com", List.of("127.214.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, list, ESP, newsletter, forwarders
        domain("kongenshus-bank.dk", List.of("127.215.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sparekassen-tjele.dk", List.of("127.215.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-midt.dk", List.of("127.215.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("apsis.com", List.of("127.215.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("indkoebsforum-midt.dk", List.of("127.215.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("plejecenterforum-viborg.dk", List.of("127.215.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kommuneoekonomi-midt.dk", List.of("127.215.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.viborgnet.dk", List.of("127.218.1.1"), "-all", null, null);
        domain("relay.karup-fiber.dk", List.of("127.218.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("jamf.com", List.of("127.217.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("acubiz.com", List.of("127.217.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        String[] policy = {"reject", "quarantine", null, "none", "reject", "quarantine", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 6 ? null : i % 3 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 5 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 38_700 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no21:" + s.domain()).hashCode(), 6)) {
            case 0:
                return String.valueOf(47_000 + rnd.nextInt(9_000));
            case 1:
                return "2029-" + String.format("%04d", 60 + rnd.nextInt(3_000));
            case 2:
                return "F" + (1_290_000 + rnd.nextInt(90_000));
            case 3:
                return "FA-" + (5_100 + rnd.nextInt(1_800));
            case 4:
                return (700 + rnd.nextInt(600)) + "/29";
            default:
                return String.valueOf(2_400 + rnd.nextInt(700));
        }
    }

    private static final String[] TO = {"kreditor@viborg.dk", "efaktura@viborg.dk", "kreditor@viborg.dk",
        "oekonomi@viborg.dk", "teknik-miljoe@viborg.dk", "boern-unge@viborg.dk", "sundhed-omsorg@viborg.dk",
        "kultur-fritid@viborg.dk", "ejendomscenter@viborg.dk", "indkoeb@viborg.dk", "kreditor@viborg.dk",
        "naturforvaltning@viborg.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf21:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(34_000_000 + Math.floorMod(sha256("cvr21:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(83_000_000 + Math.floorMod(sha256("fi21:" + domain).hashCode(), 9_000_000));
    }

    /**
     * Four layouts: a classic invoice with "Fakturanr. / Kundenr. / Fakturadato / Forfaldsdato" and a line table; a
     * craftsman's "regning" splitting labour, materials and driving; a terse accounting-program bill with an FI line
     * "+71<...>" (printed only with the supplier's own account); a period bill with the EAN and a requisition reference.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        switch (Math.floorMod(layout, 4)) {
            case 0 -> {
                head = s.name();
                l.add((freeMail(s) ? "" : s.domain() + "  -  ") + "CVR " + cvr(s.domain()));
                l.add(title + "nr. " + no + "   Kundenr. " + (1_000 + Math.floorMod((s.domain() + "kunde").hashCode(), 8_000))
                    + "   Fakturadato " + dottedDay(m, 0) + "   Forfaldsdato " + dottedDay(m, 30));
                l.add("Faktureres til: Viborg Kommune, " + RAADHUS + " - EAN " + EAN);
                l.add("Varenr.  Beskrivelse                                  Beløb");
                l.add("001      " + s.what() + "   " + a.net());
                l.add("I alt ekskl. moms " + a.net() + "   25 % moms " + a.vat() + "   Total DKK " + a.gross());
                l.addAll(more);
                l.add("Indbetaling: " + account + "   Husk fakturanr. " + no + " ved betaling");
            }
            case 1 -> {
                head = "Regning " + no;
                l.add(s.name() + (freeMail(s) ? "" : ", " + s.domain()) + ", CVR-nr. " + cvr(s.domain()));
                l.add("Viborg Kommune (EAN " + EAN + ")   " + writtenDay(m, 0));
                l.add("Arbejdet: " + s.what());
                long hours = a.ore() * 55 / 100;
                long drive = a.ore() / 25;
                l.add("Timer: " + kr(hours) + "   Materialer: " + kr(a.ore() - hours - drive) + "   Kørsel og småmaterialer: " + kr(drive));
                l.add("Ialt ekskl. moms " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betales senest " + writtenDay(m, 14) + " til " + account);
            }
            case 2 -> {
                head = title;
                l.add(s.name() + " | " + title.toLowerCase(DA) + " " + no + " | " + isoDay(m, 0));
                l.add("Kunde: Viborg Kommune, Økonomi, EAN " + EAN);
                l.add("Vedr.: " + s.what());
                l.add("Netto " + a.net() + "  moms " + a.vat() + "  at betale " + a.gross() + " DKK  løbende måned + 30");
                l.addAll(more);
                l.add("Bank: " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("\\D", "");
                    l.add("+71<" + String.format("%015d", digits.isEmpty() ? 0L : Long.parseLong(digits)) + "+" + creditorNo(s.domain()) + "<");
                }
            }
            default -> {
                head = s.name() + " - " + title;
                l.add(title + " " + no + " af " + dottedDay(m, 0) + " til Viborg Kommune, EAN " + EAN);
                l.add("Leveringsperiode: " + sentPlus(m, -30, DOTS) + " til " + dottedDay(m, -1));
                l.add("Leverance: " + s.what());
                l.add("Beløb ekskl. moms " + a.net() + " | moms " + a.vat() + " | i alt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Indbetales på " + account + " senest " + dottedDay(m, 30) + (freeMail(s) ? "" : ". CVR " + cvr(s.domain())));
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura-" + n + ".pdf", n + ".pdf", "Viborg_Kommune_faktura_" + n + ".pdf",
            "Fakt" + n + ".pdf", "Regning " + n + ".pdf", "INV_" + n + ".pdf", "dokument_" + n.toLowerCase(DA) + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej", "Til Viborg Kommune", "Kære kreditorafdeling", "Goddag", "Hej med jer",
        "Att. bogholderiet", "Hej Viborg Kommune", "Godmorgen"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig21:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name();
            case 1:
                return "\n\nMvh\n" + s.person() + "\n" + s.name() + "\nTlf. 86 " + (60 + rnd.nextInt(39)) + " " + (10 + rnd.nextInt(89))
                    + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : "\nCVR-nr. " + cvr(s.domain()));
            case 3:
                return "\n\nHilsen " + s.person() + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " | " + s.domain());
            default:
                return "\n\nVh " + s.person() + " / " + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 7_900_000 : 640_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " - " + s.name(), "Viborg Kommune: faktura " + no,
            "Regning nr. " + no, "Faktura " + no + " / EAN " + EAN, "Ny faktura fra " + s.name(), "Faktura", "Fakturanr. " + no
            + " for udført arbejde", "Vedr. faktura " + no};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Vedhæftet faktura " + no + " for " + s.what() + ".";
            case 1 -> "Hermed vores faktura på " + a.gross() + " kr. inkl. moms. Forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Opgaven er afsluttet, og fakturaen er vedhæftet. Den er også sendt elektronisk til jeres EAN.";
            case 3 -> "Tak for samarbejdet. Her kommer faktura nr. " + no + ". Sig til, hvis noget ikke passer.";
            case 4 -> "Fakturaen for perioden følger vedhæftet. Husk at skrive fakturanummeret på betalingen.";
            case 5 -> "Fakturanr.: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfald: " + writtenDay(m, 30);
            case 6 -> "Beklager den sene regning - vi har haft travlt med vinterklargøringen.";
            default -> "Se vedhæftede faktura.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v, more));
        return no;
    }
    /** An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice. */
    private String ubl(String no, Supplier s, Amount a, String issue, String due, boolean peppol) {
        return Ubl.compact(no, s.name(), cvr(s.domain()), s.account(), s.what(), "Viborg Kommune", EAN, a.ore(), issue, due, peppol, "");
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
        List<Supplier> again = List.of(traelast, entrep, madservice, it, avis, kloak, vvs, el, forsyning, maler, kontor,
            vognmand, toemrer, bus, rengoer, traelast);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition " + (61_400 + k * 37));
                case 1 -> List.of("Bestilt af: " + to().replace("@viborg.dk", ""));
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "klimasikring Nørresø" : "vedligeholdelsesplan 2029"));
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nArbejdssedlen ligger som bilag." : k % 7 == 5 ? "\n\nBilleder af arbejdet er vedhæftet." : "";
            invoice(m, s, s.account(), k * 3 + 2, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "arbejdsseddel_" + (830 + k) + ".pdf", Attachments.pdf(docId(m, "as"), "Arbejdsseddel",
                    List.of(s.what(), "Timer: " + (3 + k % 12), "Kørsel: 2 x Viborg", "Kvitteret af bygningsansvarlig")));
            } else if (k % 7 == 5) {
                m.mime.attach("image/jpeg", "foto_" + (2210 + k) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(forsyning, madservice, rengoer)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 1, List.of("Periode: november 2029"), "\n\nFakturaen gælder november.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for November, usual account";
        }
        M m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 29, List.of("2 % kontantrabat ved betaling inden 8 dage"), "\n\nSom altid kan I trække 2 % "
            + "kontantrabat, hvis I betaler inden 8 dage - til samme konto som altid.");
        genuine(m, HOSTER_IP);
        m.description = "hald-elservice.dk invoice with its usual cash-discount term, same account, via its hoster";
        creditNotes();
        statements();
        reminders();
        collection();
        publicBodies();
        cashDiscount();
        directDebitNotice();
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
        Object[][] c = {{traelast, "Kreditnota - faktura ", "Tre paller gipsplader kom retur fra Ejendomscenteret i ubrudt emballage."},
            {madservice, "Kreditering af faktura ", "Otte borgere var indlagt i uge 42 og fik derfor ikke leveret mad."},
            {kontor, "Kreditnota vedr. faktura ", "Der blev faktureret 20 kasser kopipapir, men kun leveret 14. Vi krediterer de 6."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (1_000 + rnd.nextInt(4_000));
            Amount a = amount(260_000).credit();
            headers(m, s.person(), addr(s), "kreditor@viborg.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "modregnes i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i + 2,
                    List.of("Krediterer faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(toemrer, kloak)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@viborg.dk", "Saldoudtog pr. " + dottedDay(m, -1))
                .text("Hej\n\nTil jeres årsafslutning sender vi et saldoudtog. Faktura " + p.no() + " er registreret som betalt, og "
                    + "der står intet åbent." + signature(s))
                .attach("application/pdf", "saldoudtog_viborg_kommune.pdf", Attachments.pdf(docId(m, "su"), "Saldoudtog",
                    List.of("Debitor: Viborg Kommune", "Faktura " + p.no() + "  " + p.amount().gross() + "  udlignet", "Saldo 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account for year-end, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@viborg.dk", "Betaling modtaget")
            .text("Hej\n\nVi har modtaget betalingen for faktura " + past.get(vognmand.domain()).no() + " (grus til stierne ved Karup Å)."
                + " Tak for det.\n\nFinn\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "karup-vognmand.dk thanks for payment (its SPF names only the haulage system: softfail)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Vi kan ikke se, at nedenstående faktura er betalt. Har I betalt inden for de sidste "
            + "dage, kan I se bort fra denne mail."},
            {maler, "Manglende betaling", "Hej. Jeg mangler stadig betaling for malerarbejdet på Tjelebo. Vil I se på det? Mvh Lars"},
            {vvs, "Rykker 1", "Fakturaen forfaldt for 12 dage siden. Vi har ikke pålagt rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@viborg.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 4) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. bedes indbetalt på vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 3, List.of("Rykker for faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "J.nr. " + (3_200 + rnd.nextInt(700)) + "-29";
        String klient = bank("7681", "0011204637");
        headers(m, "Advokatfirmaet Viborg Torv, inkasso", "inkasso@advokat-viborgtorv.dk", "kreditor@viborg.dk",
            "Inkassovarsel " + sag + " - Tjele Møbelsnedker")
            .text("Viborg Kommune\n\nVi repræsenterer Tjele Møbelsnedker v/ Kaj Tjelle, der har en ubetalt faktura nr. 2291 af 2. "
                + "september 2029 på 12.437,50 kr. (reparation af borde, Bjerringbro Bibliotek). Fakturaen har været rykket to gange."
                + "\n\nHar I betalt, eller bestrider I kravet, bedes I svare os med journalnummeret. Ellers bedes beløbet med tillæg af "
                + "100 kr. i inkassogebyr indbetalt på vores klientkonto " + klient + " inden 10 dage.\n\nMed venlig hilsen\n"
                + "Advokatfirmaet Viborg Torv")
            .attach("application/pdf", "Inkassovarsel.pdf", Attachments.pdf(docId(m, "ink"), "Inkassovarsel " + sag,
                List.of("Kreditor: Tjele Møbelsnedker", "Faktura 2291: 12.437,50", "Inkassogebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.213.1.1");
        m.description = "a real lawyer's collection letter about an unlisted joiner's unpaid invoice, DMARC pass";
    }

    /** The joint fire and rescue service's quarterly contribution and the Karup airport's meeting-room bill. */
    private void publicBodies() {
        M m = ok("intermunicipal-invoice", true);
        String no = "BMN-" + (29_400 + rnd.nextInt(500));
        String konto = iban("DK", "30000007741205");
        headers(m, "Beredskab Midt-Nord I/S, Økonomi", "oekonomi@beredskab-midtnord.dk", "kreditor@viborg.dk", "Faktura " + no
            + " - kommunalt bidrag 4. kvartal 2029")
            .text("Til Viborg Kommune\n\nVedhæftet faktura for Viborg Kommunes bidrag til Beredskab Midt-Nord for 4. kvartal 2029 "
                + "efter fordelingsnøglen i budgettet, som bestyrelsen vedtog i juni. Fakturaen er også sendt til jeres EAN via "
                + "NemHandel. Betaling til " + konto + ".\n\nVenlig hilsen\nBeredskab Midt-Nord, Økonomi")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "bmn"), "Faktura " + no,
                List.of("Beredskab Midt-Nord I/S", "Betaler: Viborg Kommune, EAN " + EAN, "Kommunalt bidrag 4. kvartal 2029",
                    "I alt DKK 4.318.250,00 (momsfri)", "Betaling: " + konto)));
        genuine(m, "127.213.11.1");
        m.description = "the joint fire and rescue service's quarterly municipal contribution, its own account, DMARC pass";
        m = ok("facility-rental-invoice", true);
        no = "KRP" + (18_200 + rnd.nextInt(800));
        konto = bank("9280", "0004471820");
        headers(m, "Midtjyllands Lufthavn Karup, Administration", "admin@karup-lufthavn.dk", "kultur-fritid@viborg.dk", "Faktura "
            + no + " - mødelokale og forplejning, erhvervsmøde")
            .text("Hej\n\nTak for jeres arrangement i lufthavnens konferencelokale. Vedhæftet faktura for lokaleleje, forplejning til "
                + "64 deltagere og parkering for busserne. Beløbet bedes indbetalt på " + konto + " med fakturanummeret som "
                + "reference.\n\nVenlig hilsen\nMidtjyllands Lufthavn, Karup")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "krp"), "Faktura " + no,
                List.of("Midtjyllands Lufthavn, Karup", "Kunde: Viborg Kommune, Erhverv og Kultur",
                    "Konferencelokale, forplejning 64 pers., busparkering", "I alt DKK 21.480,00 inkl. moms", "Konto " + konto)));
        genuine(m, "127.213.10.1");
        m.description = "the Karup airport invoices a conference room for a business meeting, DMARC pass";
    }

    /** Genuine counterpart to the discount story: an early-payment discount on the usual account, nothing to pay now. */
    private void cashDiscount() {
        M m = ok("cash-discount-offer", false);
        headers(m, traelast.person(), addr(traelast), "kreditor@viborg.dk", "Kontantrabat på proffkonti fra 1. januar")
            .text("Kære kunde\n\nFra 1. januar 2030 giver vi 2 % kontantrabat på fakturaer, der betales inden 8 dage. Rabatten "
                + "står på fakturaen, og betalingen sker som hidtil til vores sædvanlige konto. For kunder med rammeaftale gælder "
                + "aftalens betingelser, indtil I selv beder om andet.\n\nVenlig hilsen\nBjerringbro Trælasthandel A/S, Proffafdelingen");
        genuine(m, traelast.ip());
        m.description = "listed timber merchant announces an early-payment discount on its usual account, nothing to pay, DMARC pass";
    }

    /** Genuine counterpart to the direct-debit story: the utility offers Leverandørservice through the payer's own bank. */
    private void directDebitNotice() {
        M m = ok("direct-debit-notice", false);
        headers(m, forsyning.person(), addr(forsyning), "oekonomi@viborg.dk", "Tilbud: betal forbrugsregninger via Leverandørservice")
            .text("Kære erhvervskunde\n\nI kan nu få jeres forbrugsregninger trukket automatisk via Leverandørservice. Tilmelding sker "
                + "i jeres egen netbank med vores kreditornummer, som står på alle fakturaer. Vi beder aldrig om kontonummer, "
                + "underskrevne blanketter eller login pr. mail, og vores bankkonto er uændret.\n\nVenlig hilsen\nViborg Vand & "
                + "Fjernvarme, Kundecenter");
        genuine(m, forsyning.ip());
        m.description = "listed utility (p=reject, DMARC pass) offers direct debit set up in the payer's own bank, no form, no new account";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, madservice.person(), addr(madservice), "sundhed-omsorg@viborg.dk", "Prisregulering pr. 1. januar 2030")
            .text("Til Viborg Kommune, Sundhed og Omsorg\n\nEfter kontraktens § 9 reguleres prisen pr. kuvert den 1. januar med "
                + "nettoprisindekset (3,1 %). Den nye pris står på januarfakturaen, som sendes til jeres EAN som altid. Der skal "
                + "ikke betales noget særskilt.\n\nBeregningen er vedhæftet.\n\nVenlig hilsen\nViborg Madservice A/S")
            .attach("application/pdf", "Prisregulering_2030.pdf", Attachments.pdf(docId(m, "idx"), "Prisregulering 2030",
                List.of("Kontrakt om madservice, § 9", "Indeks sep. 2028: 119,4 - sep. 2029: 123,1", "Regulering: 3,1 %",
                    "Gælder leverancer fra 01.01.2030")));
        genuine(m, madservice.ip());
        m.description = "listed meal supplier announces contractual indexation on the next ordinary invoice, nothing separate to pay";
    }

    private void platforms() {
        Object[][] p = {{"intempus.dk", "faktura@", "Intempus", kloak}, {"intempus.dk", "faktura@", "Intempus", smed},
            {"harvestapp.com", "notifications@", "Harvest", tolk}, {"harvestapp.com", "notifications@", "Harvest", el},
            {"holvi.com", "invoices@", "Holvi", have}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            String no = (d.startsWith("intempus") ? "" : d.startsWith("harvest") ? "H-" : "HV") + (3_100 + rnd.nextInt(6_000));
            Amount a = amount(1_100_000);
            m.mailFrom = "bounces+" + sha256("plat21:" + m.id).substring(0, 10) + "@" + d;
            headers(m, s.name() + " via " + x[2], x[1] + d, "efaktura@viborg.dk", "Faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#f4f4f2\"><table width=\"560\" "
                    + "align=\"center\" style=\"background:#ffffff;padding:20px\"><tr><td><p>Hej Viborg Kommune</p><p>Du har modtaget "
                    + "faktura <b>" + no + "</b> fra " + s.name() + ".</p><p>Beløb: <b>" + a.gross() + " kr.</b><br>Betales senest: "
                    + writtenDay(m, 14 + v) + "</p><p>Fakturaen ligger som PDF i denne mail. Har du spørgsmål, så svar på mailen - svaret "
                    + "går direkte til " + s.name() + ".</p><p style=\"color:#8a8a8a;font-size:11px\">Sendt via " + x[2] + " for "
                    + s.name() + ".</p></td></tr></table></body></html>")
                .attach("application/pdf", "Faktura-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(madservice, entrep, forsyning)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_900_000);
            boolean peppol = v != 1;
            headers(m, s.name(), addr(s), "efaktura@viborg.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej e-fakturateam\n\nVores udbyder af e-fakturering har problemer med afsendelsen til NemHandel i denne uge. "
                    + "Som aftalt i telefonen sender vi derfor XML-filen direkte med en PDF-visning.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + (peppol ? "_peppol.xml" : "_oioubl.xml"),
                    ubl(no, s, a, isoDay(m, 0), isoDay(m, 30), peppol).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Faktura_" + no.replace('/', '-') + "_visning.pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 3, List.of("Original: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02") + " XML")));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF view, usual account";
            v++;
        }
    }

    /** Two genuine bank changes, announced properly; one supplier's next invoice then carries the new account. */
    private void bankChanges() {
        String nyKonto = bank("9280", "0004471163");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@viborg.dk", "Bankskifte pr. 1. februar 2030")
            .text("Hej\n\nVi flytter vores erhvervskonti fra Kongenshus Bank til Sparekassen Tjele pr. 1. februar 2030. Fakturaer "
                + "dateret 1. februar eller senere vil have det nye kontonummer " + nyKonto + "; alt, hvad der er faktureret før, "
                + "betales til den gamle konto.\n\nI er velkomne til at ringe til mig på det nummer, I har i jeres kreditorkartotek, "
                + "og få det bekræftet. Det underskrevne brev er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Bankskifte_2030.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer fra 01.02.2030", "Ny konto: " + nyKonto,
                    "Anders Krogh, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from February (SPF+DKIM, no DMARC) and invites a call-back";
        String nyS = bank("7681", "0009917734");
        m = ok("supplier-new-account", false);
        headers(m, "Stoholm Turistfart ApS, bogholderi", "bogholderi@stoholm-turistfart.dk", "kreditor@viborg.dk",
            "Ny bankforbindelse - også sendt pr. brev")
            .text("Kære kunde\n\nEfter generationsskiftet i firmaet har vi samlet vores bankforretninger. Fra og med fakturaer dateret "
                + "1. november 2029 er vores konto " + nyS + ".\n\nDet samme står i brevet, der er sendt med posten til jeres "
                + "kreditorafdeling, og I kan få det bekræftet på vores faste nummer, som står på hjemmesiden.\n\nMed venlig "
                + "hilsen\nStoholm Turistfart ApS");
        genuine(m, bus.ip());
        m.description = "listed coach firm (p=quarantine, DMARC pass) announces a new account after a generation change, letter by post";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(bus.name(), bus.domain(), bus.person(), bus.box(), bus.ip(), nyS, bus.what());
        invoice(m, moved, nyS, 14, List.of("Ny bankforbindelse jf. brev af 25. oktober 2029"), "\n\nBemærk vores nye kontonummer, "
            + "som vi har skrevet om tidligere.");
        genuine(m, bus.ip());
        m.description = "stoholm-turistfart.dk invoice with its new account after the announced, authenticated bank change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(smed, skadedyr, snedker, have, natur, tolk, musik, foto)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 3, List.of("Kontaktperson: " + (v % 2 == 0 ? "afdelingsleder" : "skoleleder")),
                v % 3 == 2 ? "\n\nDet er min første regning til kommunen - skriv endelig, hvis der mangler noget på den." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted local " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed cleaning firm that has moved office but not bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Bjerringbro Låseservice", "bjerringbro-laas.dk", "Torben Friis", "torben", HOSTER_IP,
            bank("7681", "0008826604"), "omkodning af låse og nye nøglebrikker, Bjerringbro Rådhus");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 22, List.of("Nøglebrikker udleveret til servicelederen"), "\n\nBrikkerne er afleveret "
            + "på rådhuset.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, rengoer, rengoer.account(), 26, List.of("Ny adresse: Vestergade 31, 8620 Kjellerup"), "\n\nVi er flyttet til "
            + "nye lokaler på Vestergade. Bank og kontonummer er uændret.");
        genuine(m, rengoer.ip());
        m.description = "kjellerup-rengoering.dk invoice announcing a new office address, bank unchanged";
    }

    private void foreignSuppliers() {
        Object[][] g = {{limno, "Faktura ", "här kommer fakturan för provtagningen i Hald Sø i september, enligt avtalet med er "
            + "naturförvaltning. Omvänd skattskyldighet gäller.", "EUR 9.860,00", "Hej,", "Med vänliga hälsningar"},
            {baeder, "Rechnung ", "anbei unsere Rechnung für die Filterwartung und den Tausch der UV-Lampen in der Bjerringbro "
                + "Svømmehal. Steuerschuldnerschaft des Leistungsempfängers (reverse charge).", "EUR 14.275,00", "Sehr geehrte Damen "
                + "und Herren,", "Mit freundlichen Grüßen"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == limno) {
                m.wave = 1;
            }
            String no = (s == limno ? "LJ-" : "RE-") + (29_300 + rnd.nextInt(700));
            String subject = x[1] + no + " / Viborg Kommune";
            headers(m, s.person(), addr(s), s == limno ? "naturforvaltning@viborg.dk" : "kultur-fritid@viborg.dk", subject)
                .text(x[4] + "\n\n" + x[2] + "\n\n" + (s == limno ? "Betalning inom 30 dagar till " : "Zahlbar innerhalb von 30 "
                    + "Tagen auf ") + s.account() + ".\n\n" + x[5] + "\n" + s.name())
                .attach("application/pdf", (s == limno ? "Faktura_" : "Rechnung_") + no + ".pdf", Attachments.pdf(docId(m, "fx"),
                    x[1] + no, List.of(s.name(), "Kund/Kunde: Viborg Kommune, " + RAADHUS + ", Danmark", s.what(), "Summe/Total "
                        + x[3] + " - reverse charge", "IBAN: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), subject));
            m.description = s == limno ? "Swedish lake laboratory from Jönköping (history), SE IBAN, reverse charge, p=none"
                : "German pool-technology firm from Rendsburg, DE IBAN, reverse charge, p=quarantine";
        }
        M m = ok("foreign-invoice", true);
        String no = "GT" + (2_029_100 + rnd.nextInt(800));
        String konto = iban("NL", "INGB0006617204");
        headers(m, "Emmen Grasveldtechniek", "facturen@emmen-grasveldtechniek.nl", "kultur-fritid@viborg.dk", "Invoice " + no
            + " - pitch renovation Viborg Stadion")
            .text("Dear Sir/Madam,\n\nPlease find attached our invoice for the end-of-season renovation of the hybrid pitch at Viborg "
                + "Stadion (scarifying, sanding and overseeding), as per your order of 18 September. Payment to " + konto + ", "
                + "reverse charge applies.\n\nKind regards\nSanne Bakker\nEmmen Grasveldtechniek")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of("Emmen Grasveldtechniek B.V.", "Pitch renovation Viborg Stadion, 7,800 m2", "EUR 31,240.00 excl. VAT, "
                    + "reverse charge", konto)));
        genuine(m, "127.217.3.1");
        m.description = "Dutch turf firm, SPF only (aligned pass, no DMARC), NL IBAN, ordered work";
        Past f = past.get(limno.domain());
        m = ok("payment-reminder", true);
        headers(m, limno.person(), addr(limno), "naturforvaltning@viborg.dk", "Påminnelse faktura " + f.no())
            .text("Hej,\n\nenligt vår reskontra är faktura " + f.no() + " på " + f.amount().gross() + " ännu inte betald. Vänligen "
                + "betala till vårt vanliga konto " + limno.account() + ". Har ni redan betalat kan ni bortse från detta "
                + "meddelande.\n\nMed vänliga hälsningar\nLimnoteknik Jönköping AB, Ekonomi");
        genuine(m, limno.ip());
        m.description = "Swedish lab's polite reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "INV-" + (880_000 + rnd.nextInt(90_000));
        headers(m, "Jamf Billing", "billing@jamf.com", "boern-unge@viborg.dk", "Jamf invoice " + no)
            .text("Hello,\n\nThank you for your renewal. Please find attached invoice " + no + " for Jamf School, 2,400 managed "
                + "iPads, 12 months. Payment is due in 30 days by bank transfer as stated on the invoice, quoting the invoice "
                + "number.\n\nJamf Accounts Receivable")
            .attach("application/pdf", "Jamf_" + no + ".pdf", Attachments.pdf(docId(m, "jf"), "Invoice " + no,
                List.of("Bill to: Viborg Kommune, Børn og Unge", "Jamf School, 2,400 devices, 12 months", "EUR 19,200.00",
                    "Reverse charge - Danish VAT to be accounted for by the customer")));
        genuine(m, "127.217.5.1");
        m.description = "school device-management SaaS renewal invoice, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "AC" + (52_000 + rnd.nextInt(9_000));
        headers(m, "Acubiz", "faktura@acubiz.com", "oekonomi@viborg.dk", "Faktura " + no + " - Acubiz udlægsmodul")
            .text("Kære kunde\n\nHermed faktura for jeres abonnement på udlægs- og kørselsmodulet (1.150 brugere, 1. halvår 2030). "
                + "Fakturaen er også sendt til jeres EAN.\n\nVenlig hilsen\nAcubiz, Finance")
            .attach("application/pdf", "Acubiz_" + no + ".pdf", Attachments.pdf(docId(m, "ac"), "Faktura " + no,
                List.of("Viborg Kommune, EAN " + EAN, "Udlæg og kørsel, 1.150 brugere, 1. halvår 2030", "DKK 86.250,00 + moms",
                    "Betaling via EAN / NemHandel")));
        genuine(m, "127.217.6.1");
        m.description = "expense-management SaaS invoice sent to the EAN as well, Ed25519, DMARC pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce-" + sha256("db21:" + m.id).substring(0, 8) + "@dokobit.com";
        headers(m, "Hald Revision via Dokobit", "noreply@dokobit.com", "oekonomi@viborg.dk", "Dokument til underskrift: "
            + "Revisorerklæring om tilskud, Hald Sø-projektet")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Hald Revision har sendt dig dokumentet <b>"
                + "Revisorerklæring om tilskud 2029 - Hald Sø, vådområdeprojekt</b> til underskrift.</p><p>Åbn dokumentet og "
                + "underskriv med MitID via linket nedenfor eller ved at logge ind på dokobit.com.</p><p><a href=\"https://"
                + "dokobit.com/s/" + sha256("dbl21:" + m.id).substring(0, 18) + "\">Åbn dokumentet</a></p><p>Spørgsmål om "
                + "indholdet rettes til afsenderen, Hald Revision.</p><p style=\"font-size:10px;color:#888\">Dokobit UAB</p>"
                + "</body></html>");
        genuine(m, "127.213.9.1");
        m.description = "real e-signature service sends the auditor's grant statement for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"kommuneoekonomi-midt.dk", "KommuneØkonomi Midt", "nyt@", "Falske tilbud om kontantrabat",
            "Svindlere skriver fra leverandørers rigtige, hackede postkasser og tilbyder rabat, hvis en faktura betales hurtigt - "
                + "men kun til en 'rabatkonto'. Betal altid til den konto, der står i jeres kreditorstamdata."},
            {"hald-revision.dk", "Hald Revision", "nyhedsbrev@", "Nyhedsbrev: producentansvar og falske gebyrer",
                "Registrering under producentansvaret sker kun i den officielle ordning. Mails om 'registreringsgebyr' med "
                    + "betalingsfrist på få dage skal I ikke betale - spørg os eller jeres miljøafdeling."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "nl-" + sha256("nl21:" + x[0]).substring(0, 12) + "@apsis.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@viborg.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld?u=" + sha256("u21:" + x[0]).substring(0, 10) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><table width=\"600\" style=\"font-family:Georgia,serif\"><tr><td><h2>" + x[3] + "</h2><p>"
                    + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs hele artiklen</a></p><p style=\"font-size:10px\">"
                    + "Du modtager nyhedsbrevet, fordi du har tilmeldt dig. Afmeld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("apsis.com");
            m.ip = "127.215.7.1";
            m.helo = "mta3.apsis.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"indkoebsforum-midt.dk", "Rikke Dalsgaard", "rida@", "Rabat ved hurtig betaling - til ny konto?",
            "Hej alle\n\nEn af vores faste leverandører tilbød 3 % rabat, hvis vi betalte en faktura inden fredag, men til en anden "
                + "konto end sædvanligt. Mailen kom fra leverandørens rigtige adresse. Leverandøren kendte intet til det.\n\n"
                + "Rikke, Indkøbsforum Midt"},
            {"plejecenterforum-viborg.dk", "Bent Ravnkilde", "bera@", "SV: Rabat ved hurtig betaling - til ny konto?", "Tak, Rikke. "
                + "Vi har fået en 'tilmelding til Leverandørservice' med et kreditornummer, vi ikke kender. Den er ikke udfyldt.\n\nBent"},
            {"indkoebsforum-midt.dk", "Jesper Holt", "jeho@", "Gebyr for producentansvar?", "Hej\n\nEr der andre, der har fået krav "
                + "om 'registreringsgebyr' for emballage og elektronik? Miljøafdelingen siger, at kommunen ikke skal betale noget "
                + "af den slags pr. mail.\n\nJesper"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornet-midt.dk", x[3])
                .header("List-Id", "Kreditornet Midt <liste.kreditornet-midt.dk>")
                .header("List-Post", "<mailto:liste@kreditornet-midt.dk>")
                .text(x[4]);
            String list = "kreditornet-midt.dk";
            listPost(m, x[0], list, "[Kreditornet Midt] ",
                "\r\n-- \r\nKreditornet Midt - netværk for kreditorbogholdere i midtjyske kommuner\r\n"
                + "Framelding: https://kreditornet-midt.dk/frameld\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 18, List.of(), "");
        m.mailFrom = "SRS0=p3Xa=UC=viborg-stiftsnyt.dk=annonce@srs.viborgnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.218.1.1";
        m.helo = "srs.viborgnet.dk";
        m.description = "viborg-stiftsnyt.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, madservice, madservice.account(), 31, List.of(), "");
        m.signers.add(madservice.domain());
        relayedBy(m, RELAY, "its Ed25519 DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 37, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(420_000);
        headers(m, "Susanne Friis", "sufr@" + OWN, "kreditor@viborg.dk", "VS: Faktura " + no + " - grus til stier")
            .text("Hej kreditor\n\nFakturaen er sendt direkte til mig. Leverancen er modtaget og godkendt, art 2.2.10, Natur og "
                + "Stier.\n\nSusanne Friis\nTeknik og Miljø\n\n-------- Videresendt meddelelse --------\nFra: "
                + vognmand.person() + " <" + addr(vognmand) + ">\nSendt: " + writtenDay(m, -2) + "\nEmne: Faktura " + no + "\n\n"
                + "Hej Susanne, her er fakturaen for gruset.")
            .attach("application/pdf", pdfName(no, 2), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 1, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.karup-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorfunktionen", "kreditor@", "ledere@viborg.dk", "Rabat mod hurtig betaling",
            "Kære ledere\n\nTilbyder en leverandør rabat for hurtig betaling til en anden konto, end vi plejer at bruge, så send "
                + "mailen til os. Vi betaler aldrig til en ny konto uden at have ringet til leverandøren på det nummer, der står "
                + "i kreditorstamdata.\n\nKreditorfunktionen, Økonomi og Analyse"},
            {"Mette Hauge", "meha@", "kreditor@viborg.dk", "Regning fra Karup IT-Drift", "Hej\n\nKarup IT-Drift spørger til "
                + "oktoberfakturaen. Er den godkendt i systemet?\n\nMette\nBørn og Unge"},
            {"IT og Digitalisering", "it@", "alle-oekonomi@viborg.dk", "Betalingsservice og Leverandørservice",
                "Kommunen tilmelder aldrig betalinger til Leverandørservice ud fra en mail. Tilmeldinger sker kun i bankens "
                    + "system efter aftale med Økonomi. Videresend mistænkelige mails til it-sikkerhed@."},
            {"Kasper Brix", "kabr@", "kreditor@viborg.dk", "Udlæg - reservedele til fugletårnet ved Hald Sø", "Hej\n\nVedhæftet "
                + "kvittering for bolte og beslag til fugletårnet. Kan det komme med i næste udlægsudbetaling?\n\nKasper\nNaturforvaltning"},
            {"Løn og Personale", "loen@", "ledere@viborg.dk", "Lønkørsel december", "Kære ledere\n\nÆndringer til decemberlønnen "
                + "skal være registreret senest den 10. Medarbejdere ændrer selv NemKonto; Løn ændrer aldrig en lønkonto efter en "
                + "mail."}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_beslag.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Kongenshus Bank Erhverv", "erhverv@kongenshus-bank.dk", "oekonomi@viborg.dk", "Ny meddelelse i Erhvervsbanken")
            .text("Kære kunde\n\nDer er en ny meddelelse til jer i Erhvervsbanken. Log på, som I plejer. Vi sender aldrig links til "
                + "login og beder aldrig om koder eller godkendelser med MitID pr. mail.\n\nKongenshus Bank");
        genuine(m, "127.215.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Sparekassen Tjele", "erhverv@sparekassen-tjele.dk", "oekonomi@viborg.dk", "Jul og nytår: sidste frister for "
            + "betalinger")
            .text("Betalinger, der skal være hos modtageren før jul, skal godkendes senest den 22. december kl. 12. Udlandsbetalinger "
                + "skal godkendes en bankdag tidligere. Den 31. december er der ingen clearing efter kl. 12.\n\nDenne mail kan ikke "
                + "besvares.");
        genuine(m, "127.215.2.1");
        m.description = "bank notice about year-end cut-off times, DMARC pass";
    }

    private void pension() {
        M m = ok("pension-notice", false);
        headers(m, "AP Pension Erhverv", "erhverv@appension.dk", "loen@viborg.dk", "Nye satser for gruppeliv fra 1. januar 2030")
            .text("Kære arbejdsgiver\n\nFra 1. januar 2030 ændres præmien for gruppelivsordningen. Ændringen indlæses automatisk via "
                + "jeres lønsystem, og indbetalingen sker som hidtil gennem lønkørslen. Vi ændrer aldrig betalingsoplysninger via "
                + "e-mail.\n\nMed venlig hilsen\nAP Pension, Erhverv");
        genuine(m, "127.213.3.1");
        m.description = "pension company's routine notice to the employer, payment via the payroll system, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Hald Revision", "revision@hald-revision.dk", "kreditor@viborg.dk", "Saldobekræftelse - " + entrep.name())
            .text("Til Viborg Kommune\n\nSom revisor for " + entrep.name() + " beder vi jer bekræfte jeres saldo over for selskabet "
                + "pr. 31. december 2029. Selskabets fuldmagt er vedhæftet.\n\nSvar venligst med saldoen, også hvis den er 0. Vi "
                + "beder ikke om betaling eller bankoplysninger.\n\nMed venlig hilsen\nHald Revision")
            .attach("application/pdf", "Fuldmagt_saldobekraeftelse.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Opgørelsesdato 31.12.2029", "Svar direkte til revisor")));
        genuine(m, "127.213.2.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Viborg Katedralskole, administration", "administration@viborg-katedralskole.dk", "oekonomi@viborg.dk",
            "Betalingsadvisering")
            .text("Hej\n\nVi har i dag overført 18.750,00 kr. til Viborg Kommune for leje af Tinghallen til skolens juleafslutning "
                + "(jeres faktura 40288713).\n\nVenlig hilsen\nViborg Katedralskole");
        genuine(m, "127.213.5.1");
        m.description = "remittance advice: a school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Beredskab Midt-Nord I/S, Kreditorer", "kreditor@beredskab-midtnord.dk", "oekonomi@viborg.dk",
            "Specifikation af betaling")
            .text("Hej Viborg Kommune\n\nVedhæftet specifikation af dagens betaling fra Beredskab Midt-Nord.\n\nBeredskab Midt-Nord")
            .attach("text/csv", "specifikation.csv", ("fakturanr;tekst;beloeb\r\n40288790;Leje af øvelsesareal Karup, oktober;"
                + "9375,00\r\n40288791;Snerydning ved stationen i Bjerringbro;6240,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.213.11.1");
        m.description = "the fire and rescue service pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"bjerringbro-byggemarked.dk", "Bjerringbro Byggemarked", "kvittering@", "Din kvittering",
            "Træskruer, vinkelbeslag og 6 l træbeskyttelse, 1.986,75 kr. Betalt med kommunens indkøbskort."},
            {"viborg-boghandel.dk", "Viborg Boghandel", "webshop@", "Ordrebekræftelse 51207", "25 eksemplarer af 'Hærvejen - "
                + "en vandrebog' til Viborg Bibliotekerne, 4.975,00 kr. Betalt ved bestillingen."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@viborg.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Midtjysk Legeplads", "salg@midtjysk-legeplads.dk", "indkoeb@viborg.dk", "Ordrebekræftelse 30881")
            .text("Tak for ordren på gyngestativ og faldunderlag til legepladsen ved Stoholm Børnehus. Forventet levering uge 3. "
                + "Fakturaen sendes via NemHandel til EAN " + EAN + ".\n\nMidtjysk Legeplads");
        genuine(m, "127.213.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, smed.person(), addr(smed), "teknik-miljoe@viborg.dk", "Tilbud: rækværk til gangbroer ved Karup Å")
            .text("Hej\n\nTo nye rækværker i varmgalvaniseret stål til gangbroerne ved Karup Å, leveret og monteret: 46.200 kr. "
                + "ekskl. moms. Tilbuddet gælder til 1. marts." + signature(smed))
            .attach("application/pdf", "Tilbud_raekvaerk.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("2 rækværker, varmgalvaniseret", "46.200,00 ekskl. moms", "Gyldigt til 01.03.2030")));
        genuine(m, smed.ip());
        m.description = "quote from an unlisted smithy, nothing to pay";
        m = ok("quote", false);
        headers(m, have.person(), addr(have), "naturforvaltning@viborg.dk", "Pris på rydning af opvækst ved Hald Sø")
            .text("Hej\n\nRydning af opvækst og bortkørsel af ris langs stien på sydsiden af Hald Sø: 4 dage, 26.800 kr. + moms. "
                + "Jeg kan gå i gang i uge 2." + signature(have));
        genuine(m, have.ip());
        m.description = "quote in the body from an unlisted gardener (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "boern-unge@viborg.dk", "Ændret køreplan ved vejarbejde i Stoholm")
            .text("Hej\n\nMens Viborgvej i Stoholm er lukket i uge 50-51, kører skolebussen ad Karupvej. Afgangen fra Stoholm flyttes "
                + "10 minutter frem. Faktureringen er uændret.\n\nStoholm Turistfart");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, forsyning.person(), addr(forsyning), "ejendomscenter@viborg.dk", "Varsel: vandet afbrydes i Bjerringbro")
            .text("Kære kunde\n\nTorsdag kl. 8-12 afbryder vi vandet i Bjerringbro midtby på grund af ledningsarbejde. Det berører "
                + "Bjerringbro Rådhus og Bjerringbro Bibliotek.\n\nViborg Vand & Fjernvarme");
        genuine(m, forsyning.ip());
        m.description = "listed utility's notice of a water interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7140400000733158"), iban("DK", "89110003318475"), bank("8911", "0007754021"),
        iban("EE", "1010220213377152"), iban("PL", "871090101400007121944377"), iban("GB", "REVO00997012338841"),
        iban("IE", "BOFI90001731882049"), iban("NL", "BUNQ2094471385"), iban("DE", "120300000015577204"),
        iban("HU", "117730160011849200000000"), iban("RO", "BTRL0130120588317700"), iban("BG", "STSA93000022184470"),
        iban("CY", "002001950000357012883164"), bank("5470", "0001882930"), iban("MT", "VALL22013000000040018273391"),
        iban("SE", "95000000091442871126"), iban("NO", "15030188243"), iban("LT", "3232500055128802")};

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
        fakeSignatures();
        earlyDiscounts();
        producerResponsibility();
        directDebits();
    }

    private void forgedSuppliers() {
        Supplier[] who = {forsyning, avis, traelast, it};
        String[] notes = {"\n\nVi har skiftet bank pr. 1. december. Brug kun kontonummeret på denne faktura.",
            "\n\nVores tidligere konto er opsagt - ret venligst oplysningerne i jeres system.", "",
            "\n\nOBS: ny bankforbindelse gælder fra denne faktura."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 1), i + 6, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == traelast) {
                m.mime.header("Reply-To", "<proff@bjerringbro-traelast.net>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == traelast ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"viborg-vandfjernvarme.com", forsyning}, {"bjerringbro-anlaeg.com", entrep},
            {"bjerringbro-traelast.net", traelast}, {"hald-el-service.dk", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 3), i * 3 + 1, List.of(), i % 2 == 1
                ? "\n\nBemærk: vi har fået nyt kontonummer, som står på fakturaen." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("bjerringbro-tr\u00e6last.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, traelast.posing(d, traelast.account()), mule(6), 16, List.of(), "");
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ for ae) posing as bjerringbro-traelast.dk, invoice with new account, authenticates";
        d = idn("m\u00f8ldrup-t\u00f8mrer.dk");
        m = bad("punycode-homoglyph");
        invoice(m, toemrer.posing(d, toemrer.account()), mule(10), 20, List.of("Nyt kontonummer fra 1. december"),
            "\n\nHusk venligst det nye kontonummer.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (ø for oe) posing as moeldrup-toemrer.dk, invoice with new account, authenticates";
        d = idn("vib\u00f8rg.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Viborg Kommune, Økonomi og Analyse", "oekonomi@" + d, "kreditor@viborg.dk", "Hastebetaling: depositum julearrangement")
            .text("Hej\n\nHotellet i Silkeborg skal have depositum for ældrerådets julefrokost i dag, ellers frigives salen: 68.500 kr. "
                + "til " + mule(12) + ". Bilaget eftersendes, når budgetopfølgningen er færdig.\n\nVh\nØkonomi og Analyse");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (ø for o) posing as our finance department: urgent deposit, authenticates";
    }

    private void platformFrauds() {
        String[][] look = {{"intempus-viborg.com", "Intempus"}, {"holvi-karup.net", "Holvi"}};
        for (int i = 0; i < look.length; i++) {
            Supplier s = i == 0 ? kloak : vognmand;
            M m = bad("lookalike-platform");
            String no = String.valueOf(3_100 + rnd.nextInt(6_000));
            headers(m, s.name() + " via " + look[i][1], "faktura@" + look[i][0], "efaktura@viborg.dk", "Sidste frist: faktura "
                + no + " skal betales i dag")
                .html("<html><body style=\"font-family:Helvetica\"><p>Hej Viborg Kommune</p><p>Faktura " + no + " fra " + s.name()
                    + " er overskredet. Betal med det samme med kort eller overførsel for at undgå gebyr:</p><p><a href=\"https://"
                    + look[i][0] + "/pay/" + sha256(m.id).substring(0, 14) + "\" style=\"background:#1d4ed8;color:#fff;padding:10px "
                    + "18px;text-decoration:none\">Betal faktura</a></p></body></html>");
            ownedBy(m, look[i][0]);
            m.description = "look-alike platform " + look[i][0] + ": overdue invoice in listed " + s.domain() + "'s name, pay link";
        }
        M m = bad("platform-account-misused");
        String no = "H-" + (3_100 + rnd.nextInt(6_000));
        m.mailFrom = "bounces+x" + sha256(m.id).substring(0, 9) + "@harvestapp.com";
        headers(m, "Nordic Lake Consult via Harvest", "notifications@harvestapp.com", "naturforvaltning@viborg.dk", "Faktura " + no
            + " fra Nordic Lake Consult")
            .header("Reply-To", "<nordic.lake.consult@outlook.com>")
            .html("<html><body><p>Hej Viborg Kommune</p><p>Nordic Lake Consult har sendt faktura <b>" + no + "</b> for "
                + "iltningsrapport, Hald Sø: <b>DKK 42.812,50</b>. Betales inden 5 dage til " + mule(13) + ".</p></body></html>")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "pf"), "Invoice " + no,
                List.of("Nordic Lake Consult", "Iltningsrapport Hald Sø", "DKK 42.812,50", "Account " + mule(13))));
        genuine(m, "127.214.2.1");
        m.description = "real platform harvestapp.com used by an unknown consultancy for a lake report never ordered, outlook Reply-To";
        m = bad("platform-account-misused");
        no = String.valueOf(3_100 + rnd.nextInt(6_000));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 10) + "@intempus.dk";
        headers(m, "Kjellerup Rengøring ApS via Intempus", "faktura@intempus.dk", "kreditor@viborg.dk", "Faktura " + no
            + " - ændrede betalingsoplysninger")
            .header("Reply-To", "<kjellerup.rengoering.aps@gmail.com>")
            .html("<html><body><p>Hej Viborg Kommune</p><p>Kjellerup Rengøring sender nu fakturaer via Intempus og har skiftet "
                + "bank. Faktura " + no + " bedes betalt til " + mule(2) + ".</p></body></html>")
            .attach("application/pdf", "Faktura-" + no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(2)), "Faktura", no,
                amount(2_400_000), mule(2), 0, List.of("Nye betalingsoplysninger")));
        genuine(m, "127.214.1.1");
        m.description = "real platform intempus.dk in listed kjellerup-rengoering.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{kontor, "Vi er fusioneret med en landsdækkende kontorkæde, og alle betalinger skal fremover gå til kædens "
            + "fælles konto "},
            {entrep, "Banken har midlertidigt spærret vores driftskonto i forbindelse med en ny kassekredit. Indtil videre skal I "
                + "betale til "},
            {bus, "Vi har indgået aftale om fakturabelåning, så alle betalinger skal fremover ske til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 14), i + 9, List.of("Ændret betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 14)
                + ". Jeg er på messe resten af ugen, så skriv hellere end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = avis;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@viborg.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nVedr. fakturaen nedenfor: vi er overgået til en ny bank, så de " + p.amount().gross()
                + " kr. skal indbetales på " + mule(17) + ". Den gamle konto lukker ved udgangen af måneden.\n\n" + s.person()
                + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of viborg-stiftsnyt.dk replies in its own wave-1 thread (DMARC pass), new account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "stoholm-kloak.net"}, {madservice, "viborg-madservice.com"}, {toemrer, "moeldrup-tomrer.dk"},
            {bus, "stoholm-turist.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@viborg.dk", (i % 2 == 1 ? "Re: " : "SV: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr.: vores bank er skiftet, så beløbet skal "
                    + "indbetales på " + mule(i + 4) + " i stedet for kontoen på fakturaen. Send lige en kvittering, når det er "
                    + "ændret.\n\n" + s.person() + "\n\n-----Original Message-----\n> " + GREETING[i + 1] + "\n> Vedhæftet faktura "
                    + p.no() + ".");
            if (i == 2) {
                mime.attach("application/pdf", pdfName(p.no(), 4), pdfInvoice(m, s.posing(d, mule(i + 4)), "Faktura", p.no(),
                    p.amount(), mule(i + 4), 0, List.of("Korrigeret bankforbindelse")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account";
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Søren Kjærsgaard, borgmester", "borgmester@" + OWN, "oekonomi@viborg.dk", "Fortroligt: køb af ejendom ved Nytorv")
            .text("Hej\n\nVi er i fortrolige drøftelser om køb af en ejendom ved Nytorv. Sælgers advokat skal have et depositum på "
                + "340.000 kr. i dag. Overfør til " + mule(5) + ", og lad det blive mellem os, indtil Økonomiudvalget er orienteret."
                + "\n\nSøren");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Kreditorfunktionen", "kreditor@" + OWN, "oekonomi@viborg.dk", "Returneret betaling - beredskabsbidrag")
            .text("Hej\n\nBeredskab Midt-Nords konto har afvist vores betaling af bidraget for 4. kvartal. Overfør venligst 4.318.250,00 "
                + "kr. igen til " + mule(9) + " i dag - beredskabet har bekræftet kontoen. Bilaget ordner vi bagefter.\n\n"
                + "Kreditorfunktionen");
        forged(m, forgedHost++);
        m.description = "our creditor mailbox forged from outside: 'pay the fire service contribution again', mule account";
    }

    private void ceo() {
        Object[][] c = {{"Søren Kjærsgaard", "soeren.kjaersgaard.borgmester@gmail.com", GMAIL, "Har du to minutter?", "Hej\n\nJeg sidder i "
            + "møde i KL og kan ikke tage telefonen. Jeg har brug for din hjælp til en betaling inden kl. 14. Svar her, så sender "
            + "jeg detaljerne.\n\nSøren\nSendt fra min iPhone"},
            {"Lotte Kristiansen - kommunaldirektør", "lotte.kristiansen.viborg@outlook.com", MSFT, "Julehilsen til dagplejerne",
                "Hej\n\nJeg vil gerne sige tak til dagplejerne i Karup og Kjellerup. Køb 30 gavekort à 500 kr. og send mig koderne "
                    + "på mail - jeg lægger ud og afregner, når jeg er tilbage.\n\nLotte"},
            {"Henrik Thy", "henrik.thy.oekonomichef@icloud.com", APPLE, "Fortroligt: forlig med entreprenør", "Hej\n\nVi har indgået "
                + "forlig i tvisten om Tinghallen, og entreprenørens advokat skal have 226.000 kr. i dag til " + mule(7) + ". Jeg "
                + "godkender bilaget, så snart jeg er tilbage.\n\nHenrik, økonomichef"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@viborg.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Maja Kjeldsen", "maja.kjeldsen.sosu@gmail.com", "loen@viborg.dk", "Skift af lønkonto")
            .text("Hej\n\nJeg er social- og sundhedshjælper i hjemmeplejen i Bjerringbro og har fået ny bank. Kan I sætte min "
                + "decemberløn ind på " + bank("8911", "0004471902") + "? Jeg kan ikke logge på medarbejderportalen hjemmefra."
                + "\n\nMvh Maja");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Rasmus Tjellesen", "rasmus.tjellesen@hotmail.com", "loen@viborg.dk", "Ny konto til løn")
            .text("Hej\n\nJeg er pædagog i Tjele Børnehus og har fået en ny konto, fordi min bank har lukket den gamle. Løn og "
                + "feriepenge skal fremover ind på " + mule(11) + ". Jeg har ikke adgang til MitID i øjeblikket.\n\nRasmus");
        genuine(m, MSFT);
        m.description = "a 'pedagogue' on hotmail wants his salary to a foreign account";
        m = bad("payroll-account-change");
        headers(m, "Jonas Stoholm Pedersen", "jonas.sp@icloud.com", "loen@viborg.dk", "Vedr. lønkonto inden lønkørsel")
            .text("Hej Løn\n\nJeg er vikar på Stoholm Skole. Min løn skal gå til min kærestes konto " + bank("5470", "0003398214")
                + " denne måned, da min egen er spærret. Jeg sender underskrevet blanket senere.\n\nJonas");
        genuine(m, APPLE);
        m.description = "a 'substitute teacher' on icloud wants this month's salary to another person's account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "lars@tjelemaler.dk", "kreditor@viborg.dk", "Nyt kontonummer")
            .text("Hej\n\nJeg har fået nyt kontonummer " + mule(15) + ". Brug det fra nu af, også til den regning der står åben."
                + "\n\nMvh Lars\nTjele Malerfirma");
        ownedBy(m, "tjelemaler.dk");
        m.description = "no attachment: look-alike of tjele-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Viborg Madservice <kundeservice@viborg-madservice.dk>", "viborg.madservice.kunde@gmail.com", "kreditor@viborg.dk",
            "VIGTIGT: nye bankoplysninger")
            .text("Kære kunde\n\nPå grund af et nedbrud i vores mailsystem skriver vi fra denne adresse. Vores konto er ændret til "
                + mule(16) + " med øjeblikkelig virkning.\n\nViborg Madservice");
        genuine(m, GMAIL);
        m.description = "display name carries a listed supplier's real address, the mail is gmail: new account in the body";
    }

    private void fakeInkasso() {
        Supplier[] s = {el, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "VI-" + (520_000 + rnd.nextInt(90_000));
            headers(m, "Viborg Inkasso", "sag@viborg-inkasso.com", "kreditor@viborg.dk", "Endeligt påkrav før retslige skridt - sag "
                + sag)
                .text("Viborg Kommune\n\nVi har overtaget " + s[i].name() + "s tilgodehavende for faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. Indbetales beløbet med tillæg af 1.420 kr. i omkostninger ikke inden 48 timer til "
                    + mule(i + 8) + ", sendes sagen til fogedretten uden yderligere varsel.\n\nViborg Inkasso")
                .attach("application/pdf", "Paakrav_" + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Endeligt påkrav",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(), "Omkostninger 1.420,00",
                        "Konto " + mule(i + 8))));
            ownedBy(m, "viborg-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-viborg.com", "Digital Post", "post@", "Nyt brev fra Skattestyrelsen",
            "Viborg Kommune har fået et brev i Digital Post om efterregulering af moms. Brevet skal åbnes med MitID Erhverv inden "
                + "24 timer.", "fake-digital-post"},
            {"mitid-viborg.com", "MitID Erhverv", "sikkerhed@", "Jeres MitID Erhverv skal genaktiveres",
                "En administrator for Viborg Kommune skal genaktivere organisationens MitID Erhverv inden fredag. Ellers lukkes "
                    + "adgangen til Digital Post og NemRefusion.", "fake-digital-post"},
            {"digitalpost-kjellerup.com", "Digital Post Erhverv", "notifikation@", "Ulæst meddelelse fra Udbetaling Danmark",
                "Der ligger en ulæst meddelelse om tilbagebetaling af refusion. Log på for at læse den og undgå gebyr.",
                "fake-digital-post"},
            {"viborg-domaener.com", "DK Domænefornyelse", "fornyelse@", "Fornyelse af viborg.dk forfalder",
                "Registreringen af viborg.dk udløber snart. Betal inden 7 dage, ellers lukkes hjemmeside og e-mail.",
                "domain-directory-scam"},
            {"karup-erhvervsregister.org", "Midtjysk Erhvervsregister", "opdatering@", "Kontrol af jeres oplysninger",
                "Gennemgå de forudfyldte oplysninger og returnér formularen med underskrift. Grundregistrering er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@viborg.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 16);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log på med "
                    + "MitID</a></p></body></html>");
            } else if (x[0].startsWith("viborg-domaener")) {
                mime.text(x[4] + "\n\nPris for 3 år: 5.640,00 kr. til " + mule(1) + " eller med kort: " + link
                        + "\n\nDK Domænefornyelse")
                    .attach("application/pdf", "Fornyelse_viborg.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domænefornyelse",
                        List.of("Domæne: viborg.dk", "3 år", "5.640,00", "Konto " + mule(1))));
            } else {
                mime.text(x[4] + "\n\nMidtjysk Erhvervsregister")
                    .attach("application/pdf", "Formular_Viborg_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Kontrolformular",
                        List.of("Viborg Kommune, " + RAADHUS, "Underskrift:", "Ved underskrift bestilles 3 års synlighedspakke "
                            + "à 1.190 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Kundeservice", "ordre@moeldrup-ordreservice.com", "indkoeb@viborg.dk", "Ordre #77413 sendes i dag: 12 x MacBook Air")
            .text("Tak for din ordre. 12 x MacBook Air 15\", i alt 178.800,00 kr., trækkes ved afsendelse i morgen tidlig.\n\nHar du "
                + "ikke bestilt? Ring hurtigst muligt på +45 89 88 41 73 for at annullere.\n\nKundeservice");
        ownedBy(m, "moeldrup-ordreservice.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Norton Fornyelse", "ordre@moeldrup-ordreservice.com", "oekonomi@viborg.dk", "Kvittering: abonnement fornyet")
            .text("Jeres abonnement er fornyet automatisk for 2 år (7.450 kr.). Vil I fortryde, skal I ringe til +45 89 88 41 73 "
                + "inden 24 timer.")
            .attach("application/pdf", "Kvittering_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("360 Premium, 2 år", "7.450,00 kr.", "Fortrydelse: +45 89 88 41 73")));
        ownedBy(m, "moeldrup-ordreservice.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilbetal-viborg.net", "MobilePay Erhverv", "noreply@", "Betaling kunne ikke gennemføres - scan og betal",
            "En betaling på 21.375,00 kr. fra Viborg Kommune blev afvist."},
            {"stoholm-turistfart.net", bus.person(), "trafik@", "Skolekørsel oktober: betal nemt med QR", "Oktoberfakturaen kan nu "
                + "betales med det samme."},
            {"hald-parkering.com", "Parkering Hald Ege", "kontrol@", "Ubetalt parkeringsafgift - tjenestebil BV 28 117", "En af "
                + "kommunens biler har fået en kontrolafgift på 790 kr. på P-pladsen ved Hald Sø."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@viborg.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din telefon for at betale.</p><p><img src=\"cid:qr\" "
                    + "width=\"220\" height=\"220\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "betal_qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Karup Aviation Services", "billing@karup-aviation-services.com", "teknik-miljoe@viborg.dk",
            "Invoice KAS-2291 - noise measurement Karup")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the aircraft noise measurements around Karup, as "
                + "agreed with your environment department. EUR 18,650.00 is due within 7 days to " + mule(4) + ".\n\nKind "
                + "regards\nKarup Aviation Services")
            .attach("application/pdf", "KAS-2291.pdf", Attachments.pdf(docId(m, "en"), "Invoice KAS-2291",
                List.of("Client: Viborg Municipality", "Noise measurements, Karup, 3 stations", "EUR 18,650.00",
                    "Bank: " + mule(4))));
        ownedBy(m, "karup-aviation-services.com");
        m.description = "English invoice for noise measurements never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Karup Aviation Services - Finance", "finance@karup-aviation-services.com", "oekonomi@viborg.dk",
            "Updated remittance instructions")
            .text("Hello,\n\nFollowing a change of our banking provider, please update your vendor records and remit all outstanding "
                + "balances to " + mule(12) + " with immediate effect. Please confirm when done.\n\nFinance Department");
        ownedBy(m, "karup-aviation-services.com");
        m.description = "English 'updated remittance instructions', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "tjele-maler.net"}, {vognmand, "karup-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@viborg.dk", i == 0 ? "Regning (foto)" : "Indscannet faktura")
                .text("Hej\n\nRegningen kommer som " + (i == 0 ? "foto" : "scanning") + ", fordi vores fakturaprogram driller. "
                    + "Læg mærke til det nye kontonummer.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20291204_0911.jpg" : "Scan_20291205.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "kjellerup-rengoering.com"}, {vvs, "kjellerup-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 5)), "Faktura", no, amount(1_700_000), mule(i + 5), i + 2, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@viborg.dk", "Faktura " + n + " (pakket fil)")
                .text("Hej\n\nVi sender fakturaen som ZIP, fordi jeres spamfilter stoppede PDF'en sidste gang. Udpak den og betal "
                    + "venligst.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("faktura/" + n + ".pdf", pdf, "faktura/VIGTIGT.txt", "Ny konto - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@viborg-kontorcenter.com", "indkoeb@viborg.dk", "Faktura og følgeseddel november")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og 'Aktivér "
                + "indhold' for at se det.\n\nViborg Kontorcenter")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\nViborg Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "viborg-kontorcenter.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of viborg-kontorcenter.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@karup-itdrift.net", "boern-unge@viborg.dk", "Timeregnskab november")
            .text("Hej\n\nTimeregnskabet for november og vores nye bankoplysninger er i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nKarup IT-Drift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_november.xlsm",
                Attachments.excel(List.of("Timeregnskab november 2029", "I alt DKK 74.250,00", "Ny konto: " + plain(mule(2))), true));
        ownedBy(m, "karup-itdrift.net");
        m.description = "macro-enabled Excel statement from a look-alike of karup-itdrift.dk";
    }

    private void svgHtml() {
        String[][] x = {{"viborg-dokumenter.com", "Bjerringbro Trælasthandel", "Kontoudtog november", "kontoudtog.svg",
            "image/svg+xml"},
            {"fakturavisning-bjerringbro.net", "Bjerringbro Anlæg & Entreprise", "Din faktura er klar", "Faktura_november.html",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 14);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Indlæser faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"170\"><text x=\"10\" y=\"30\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"10\" y=\"50\" width=\"210\" height=\"36\" "
                    + "fill=\"#2255aa\"/></a><script>window.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokumenter@" + y[0], "kreditor@viborg.dk", y[2])
                .text("Hej\n\nDokumentet åbnes i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    private void fakeSignatures() {
        M m = bad("fake-esignature-request");
        headers(m, "Bjerringbro Trælasthandel via Dokobit", "noreply@dokobit-viborg.com", "indkoeb@viborg.dk", "Underskriv: "
            + "tillæg til rammeaftale 2030 - ny betalingsmodtager")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Bjerringbro Trælasthandel har sendt dig "
                + "<b>Tillæg til rammeaftale 2030 - ændret betalingsmodtager</b> til underskrift.</p><p><a href=\"https://"
                + "dokobit-viborg.com/sign/" + sha256(m.id).substring(0, 18) + "\">Gennemse og underskriv med MitID</a></p>"
                + "<p style=\"font-size:10px;color:#888\">Dokobit</p></body></html>");
        ownedBy(m, "dokobit-viborg.com");
        m.description = "look-alike e-signature service dokobit-viborg.com: 'sign the new payee addendum' with a MitID phishing link";
        m = bad("fake-esignature-request");
        headers(m, "Hald Revision via Dokobit", "sign@dokobit-viborg.com", "oekonomi@viborg.dk", "Påmindelse: revisorerklæring "
            + "afventer din underskrift")
            .text("Hej\n\nRevisorerklæringen om tilskud til Hald Sø-projektet afventer stadig din underskrift og udløber i dag.\n\n"
                + "Åbn dokumentet: https://dokobit-viborg.com/sign/" + sha256(m.id).substring(0, 18) + "\n\nDokobit")
            .attach("text/html", "Revisorerklaering.html", ("<html><body><form action=\"https://dokobit-viborg.com/login\" "
                + "method=\"post\"><p>Log på med MitID for at se dokumentet</p><input name=\"user\"><input name=\"pass\" "
                + "type=\"password\"><button>Log på</button></form></body></html>").getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "dokobit-viborg.com");
        m.description = "look-alike e-signature reminder in the real auditor's name, HTML login form attached";
    }

    /**
     * New family: a cash discount if a real invoice is paid within days, but only to a "discount" or "settlement" account
     * that is the fraudster's.
     */
    private void earlyDiscounts() {
        Supplier s = avis;
        Past p = past.get(s.domain());
        M m = bad("early-payment-discount-redirect");
        headers(m, s.person(), addr(s), "kreditor@viborg.dk", "3 % rabat ved betaling inden fredag - faktura " + p.no())
            .text("Hej\n\nVi gør status før årsskiftet og tilbyder derfor 3 % kontantrabat på faktura " + p.no() + ", hvis den betales "
                + "inden fredag. Det nedsatte beløb på " + p.amount().grossLess(3) + " kr. (i stedet for " + p.amount().gross()
                + " kr.) skal indbetales på vores afregningskonto hos finansieringspartneren " + mule(0) + ", da rabatten "
                + "administreres derfra.\n\nVenlig hilsen\nAnnoncesalget\n" + s.name());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of viborg-stiftsnyt.dk (DMARC pass): 3 % discount on its real invoice if paid to a new account";
        s = entrep;
        p = past.get(s.domain());
        m = bad("early-payment-discount-redirect");
        headers(m, s.person(), "helle@bjerringbro-anlaeg.com", "kreditor@viborg.dk", "Re: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nFor at få vores likviditet på plads før nytår giver vi 4 % rabat på faktura " + p.no() + ", hvis I betaler "
                + p.amount().grossLess(4) + " kr. senest om 3 dage. Rabatbeløbet skal gå til vores rabatkonto " + mule(3)
                + "; den korrigerede faktura er vedhæftet.\n\nMed venlig hilsen\nHelle Skovbo\n" + s.name())
            .attach("application/pdf", "Faktura_" + p.no().replace('/', '-') + "_rabat.pdf", pdfInvoice(m, s.posing(
                "bjerringbro-anlaeg.com", mule(3)), "Faktura", p.no(), p.amount(), mule(3), 1, List.of("4 % kontantrabat ved betaling "
                + "inden 3 dage: " + p.amount().grossLess(4) + " kr.")));
        ownedBy(m, "bjerringbro-anlaeg.com");
        m.description = "look-alike of bjerringbro-anlaeg.dk in the wave-1 thread: 4 % discount if paid within 3 days to a 'discount account'";
        s = it;
        m = bad("early-payment-discount-redirect");
        headers(m, s.person(), addr(s), "boern-unge@viborg.dk", "Årsafslutning: 8 % rabat ved forudbetaling af 1. kvartal")
            .text("Hej Børn og Unge\n\nHar I midler tilbage på årets budget, kan I forudbetale driftsaftalen for 1. kvartal 2030 nu "
                + "og få 8 % rabat: 139.380,00 kr. i stedet for 151.500,00 kr. Tilbuddet gælder betalinger til vores "
                + "kampagnekonto " + mule(8) + " senest den 20. december.\n\nKarup IT-Drift, Fakturering");
        forged(m, forgedHost++);
        m.description = "forged karup-itdrift.dk (DKIM only, p=reject: DMARC fail): year-end 8 % discount for prepaying to a new account";
    }

    /** New family: a fake registration or administration fee for the packaging / electronics producer responsibility. */
    private void producerResponsibility() {
        M m = bad("fake-producer-responsibility-fee");
        headers(m, "Producentregistret - Emballage", "registrering@producentregister-viborg.com", "indkoeb@viborg.dk",
            "Opkrævning: registreringsgebyr producentansvar for emballage 2030")
            .text("Til Viborg Kommune\n\nEfter reglerne om udvidet producentansvar for emballage er Viborg Kommune registreret som "
                + "producent (emballage til madservice og genbrugspladser). Registreringsgebyret for 2030 udgør 6.187,50 kr. inkl. "
                + "moms og skal være betalt senest 8 dage fra i dag til " + mule(1) + ". Manglende betaling indberettes til "
                + "tilsynsmyndigheden og kan medføre bødeforlæg.\n\nProducentregistret")
            .attach("application/pdf", "Opkraevning_producentansvar_2030.pdf", Attachments.pdf(docId(m, "epr"), "Opkrævning 2030",
                List.of("Producent: Viborg Kommune, " + RAADHUS, "Registreringsgebyr emballage 2030", "DKK 4.950,00 + moms 1.237,50",
                    "I alt DKK 6.187,50", "Betaling til " + mule(1))));
        ownedBy(m, "producentregister-viborg.com");
        m.description = "fake packaging producer-responsibility registration fee with a PDF demand and a DK mule account";
        m = bad("fake-producer-responsibility-fee");
        headers(m, "Producentregistret", "rykker@producentregister-viborg.com", "teknik-miljoe@viborg.dk", "Rykker: "
            + "registrering under producentansvaret mangler")
            .html("<html><body style=\"font-family:Arial\"><p>Til Viborg Kommune</p><p>Vi har ikke modtaget jeres registrering og "
                + "betaling for producentansvaret 2030. Registrér jer og betal gebyret via portalen inden 5 dage for at undgå "
                + "sanktioner:</p><p><a href=\"https://producentregister-viborg.com/portal/" + sha256(m.id).substring(0, 12)
                + "\">Gå til registrering (MitID Erhverv)</a></p></body></html>");
        ownedBy(m, "producentregister-viborg.com");
        m.description = "fake producer-responsibility reminder with a MitID Erhverv registration-and-payment link";
        m = bad("fake-producer-responsibility-fee");
        headers(m, "Elektronik & Batteri Producentansvar", "opkraevning@emballageafgift-tjele.com", "kreditor@viborg.dk",
            "Administrationsbidrag WEEE - genbrugspladserne, faktura 30-1187")
            .text("Hej\n\nSom ejer af genbrugspladserne i Bjerringbro, Karup, Stoholm og Møldrup skal Viborg Kommune betale "
                + "administrationsbidrag for indsamlet elektronik og batterier. Faktura 30-1187 på 14.600,00 kr. er vedhæftet "
                + "og skal betales til " + mule(3) + " inden 10 dage.\n\nMed venlig hilsen\nOpkrævningen")
            .attach("application/pdf", "Faktura_30-1187.pdf", Attachments.pdf(docId(m, "weee"), "Faktura 30-1187",
                List.of("Administrationsbidrag WEEE og batterier 2030", "Genbrugspladser: Bjerringbro, Karup, Stoholm, Møldrup",
                    "DKK 14.600,00", "Konto " + mule(3))));
        ownedBy(m, "emballageafgift-tjele.com");
        m.description = "fake electronics/battery producer-responsibility 'administration contribution' for the recycling centres, EE IBAN";
    }

    /**
     * New family: a supplier "now collects by direct debit (Leverandørservice) or standing order": a mandate with the
     * fraudster's creditor number, a standing order to a new account, or a login to "renew the agreement".
     */
    private void directDebits() {
        M m = bad("fake-direct-debit-mandate");
        headers(m, forsyning.person(), "opkraevning@viborg-vandfjernvarme.net", "oekonomi@viborg.dk", "Overgang til "
            + "Leverandørservice fra 1. januar - tilmelding vedhæftet")
            .text("Kære erhvervskunde\n\nFra 1. januar 2030 opkræver vi alle erhvervskunder via Leverandørservice. Udfyld vedhæftede "
                + "tilmelding med jeres reg.nr. og kontonummer, underskriv og returnér den til denne adresse inden 15. december. "
                + "Indtil tilmeldingen er registreret, bedes decemberfakturaen betalt til vores opkrævningskonto " + mule(2)
                + ".\n\nVenlig hilsen\nKundecenter, Viborg Vand & Fjernvarme")
            .attach("application/pdf", "Tilmelding_Leverandoerservice.pdf", Attachments.pdf(docId(m, "ls"),
                "Tilmelding til Leverandørservice", List.of("Kreditor: Viborg Vand & Fjernvarme, kreditornr. 09971224",
                    "Debitor: Viborg Kommune, CVR 29189846", "Reg.nr.: ______  Kontonr.: ______________",
                    "Underskrift tegningsberettiget: ______________")));
        ownedBy(m, "viborg-vandfjernvarme.net");
        m.description = "look-alike of viborg-vandfjernvarme.dk: a direct-debit mandate with its own creditor number, meanwhile a mule account";
        m = bad("fake-direct-debit-mandate");
        headers(m, madservice.person(), addr(madservice), "kreditor@viborg.dk", "Fast månedlig overførsel fra januar")
            .text("Kære kreditorafdeling\n\nFor at lette administrationen overgår vi fra januar til fast månedlig betaling i stedet "
                + "for fakturaer pr. leverance. Opret venligst en fast overførsel på 186.250,00 kr. den 1. i hver måned til vores nye "
                + "afregningskonto " + mule(6) + ". Årsopgørelsen sendes i februar som sædvanlig.\n\nVenlig hilsen\n"
                + madservice.person() + "\n" + madservice.name());
        genuine(m, madservice.ip());
        m.description = "compromised real mailbox of viborg-madservice.dk (DMARC pass): set up a monthly standing order to a new account";
        m = bad("fake-direct-debit-mandate");
        headers(m, "Viborg Kontorcenter - Betalingsservice", "betaling@viborg-kontorcenter.net", "indkoeb@viborg.dk", "Jeres "
            + "betalingsaftale udløber - bekræft inden 48 timer")
            .html("<html><body style=\"font-family:Arial\"><p>Hej Viborg Kommune</p><p>Jeres aftale om automatisk betaling af "
                + "månedsfakturaer fra Viborg Kontorcenter udløber. Bekræft aftalen og jeres kontooplysninger med MitID, så "
                + "leverancerne ikke stoppes:</p><p><a href=\"https://viborg-kontorcenter.net/aftale/" + sha256(m.id).substring(0, 14)
                + "\">Bekræft betalingsaftale</a></p></body></html>");
        ownedBy(m, "viborg-kontorcenter.net");
        m.description = "look-alike of viborg-kontorcenter.dk: 'confirm your payment agreement and account details with MitID'";
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
        return writeFiles(dir, new HeldOutCorpus21().generate(), List.of(
            "# Viborg Kommune, Økonomi og Analyse: invoice checks (twenty-first held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=viborg-vandfjernvarme.dk bjerringbro-anlaeg.dk stoholm-kloak.dk moeldrup-toemrer.dk "
                + "tjele-maler.dk kjellerup-rengoering.dk viborg-stiftsnyt.dk karup-vognmand.dk hald-elservice.dk "
                + "kjellerup-vvs.dk viborg-madservice.dk bjerringbro-traelast.dk karup-itdrift.dk stoholm-turistfart.dk "
                + "viborg-kontorcenter.dk",
            "invoice.domains.platforms=intempus.dk harvestapp.com holvi.com",
            "invoice.names.protected=Viborg Kommune"));
    }
}
