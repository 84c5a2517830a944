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
 * The eighteenth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Assens Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, harbour and department
 * mailboxes) with fifteen listed suppliers from Assens, Glamsbjerg, Vissenbjerg, Aarup, Haarby, Tommerup, Ebberup,
 * Helnæs and Flemløse in every DNS posture real Danish firms have (some sending through a web hoster named in their
 * SPF), three invoicing platforms ({@code ajoursystem.dk}, {@code invoicesimple.com}, {@code freeagent.com}), local
 * banks, the region and a neighbouring municipality, a Kiel harbour-equipment firm and a Kalmar pontoon builder for
 * the marinas (Assens, Bågø), SaaS, an auditor, an e-signature service, a lawyer's collection department, a pension
 * fund, a creditor list, forwarders (with and without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post, fake
 * inkasso, directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML attachments, macro
 * documents, callback scams, salary-account changes) and four kinds new here: the release of a construction retention
 * ("tilbageholdt beløb" after the one-year inspection) to a new account, a fake price-indexation back-charge on a real
 * framework agreement, a fake e-signature invitation (a contract rider or "payment agreement" to sign with MitID), and a
 * fake voicemail notice with an HTML player. The invoice engine, its tests, tuning notes and earlier results were not
 * read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a
 * legitimate invoice, credit note, reminder, collection demand for a real debt, intermunicipal, retention release,
 * foreign or SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From domain
 * publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus18GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus18 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout18");
    public static final String OWN = "assens.dk";
    static final String FRAUD_NET = "127.186.";
    private static final String OWN_IP = "127.180.0.1";
    private static final String EAN = "5798008302215";
    private static final String RAADHUS = "Willemoesgade 15, 5610 Assens";
    /** A Funen web hoster whose outgoing server several small firms name in their SPF. */
    private static final String HOSTER_IP = "127.185.9.1";
    private static final String GMAIL = "127.189.1.1";
    private static final String MSFT = "127.189.2.1";
    private static final String APPLE = "127.189.5.1";

    private final Random rnd = new Random(18_0018_5610L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, retentions, credit notes) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 30;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2028, 8, 28, 7, 40, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2028, 9, 27, 7, 50, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Assens Vand og Spildevand A/S", "assens-vandogspildevand.dk",
        "Kundeservice, Assens Vand", "regning", "127.181.1.1", iban("DK", "08150004471926"),
        "vand og vandafledning, kommunale ejendomme, 3. kvartal");
    private final Supplier entrep = new Supplier("Glamsbjerg Entreprenørforretning A/S", "glamsbjerg-entreprenoer.dk",
        "Rikke Holm Sørensen", "rikke", "127.181.2.1", bank("0815", "0003318642"), "nye fortove og kantsten, Bredgade Glamsbjerg");
    private final Supplier kloak = new Supplier("Vissenbjerg Kloak & Miljø ApS", "vissenbjerg-kloak.dk", "Steen Bækgaard", "steen",
        HOSTER_IP, bank("5975", "0002248817"), "slamsugning og højtryksspuling af regnvandsbassin, Vissenbjerg Skole");
    private final Supplier toemrer = new Supplier("Aarup Tømrer- og Snedkerforretning ApS", "aarup-toemrer.dk", "Kasper Frost",
        "kasper", "127.181.4.1", bank("6880", "0001192735"), "udskiftning af vinduer i gymnastiksalen, Aarup Skole");
    private final Supplier maler = new Supplier("Haarby Malerfirma v/ Bent Vind", "haarby-maler.dk", "Bent Vind", "bent",
        "127.181.5.1", bank("0815", "0007712094"), "maling af gange og trappeopgange, Haarby Skole, sommerferien");
    private final Supplier rengoer = new Supplier("Tommerup Rengøring ApS", "tommerup-rengoering.dk", "Bogholderiet", "bogholderi",
        "127.181.6.1", bank("5975", "0004419270"), "rengøring af Tommerup Bibliotek og Tommerup Borgerhus, august");
    private final Supplier ugeblad = new Supplier("Vestfyns Ugeblad", "vestfyns-ugeblad.dk", "Annonceafdelingen", "annonce",
        "127.181.7.1", iban("DK", "68800005519372"), "stillingsannoncer og kommunens side, juli-august");
    private final Supplier vognmand = new Supplier("Ebberup Vognmandsforretning I/S", "ebberup-vognmand.dk", "Jørgen Brandt",
        "jorgen", "127.181.8.1", bank("0815", "0008824416"), "kørsel med stabilgrus til stierne ved Helnæs Made");
    private final Supplier el = new Supplier("Helnæs El-Service ApS", "helnaes-el.dk", "Martin Helnæs Juul", "martin",
        HOSTER_IP, bank("6880", "0003370518"), "udskiftning af armaturer til LED, Ebberup Hallen");
    private final Supplier vvs = new Supplier("Flemløse VVS & Blik ApS", "flemloese-vvs.dk", "Kontoret", "kontor", "127.181.10.1",
        bank("5975", "0006628803"), "nyt fjernvarmeunit og radiatorventiler, Flemløse Børnehus");
    private final Supplier madservice = new Supplier("Helnæs Bugt Madservice A/S", "helnaesbugt-madservice.dk",
        "Helnæs Bugt Madservice, Kundeservice", "kunde", "127.181.11.1", iban("DK", "59750001664039"),
        "madservice til hjemmeboende borgere, uge 33-34");
    private final Supplier traelast = new Supplier("Assens Tømmerhandel A/S", "assens-toemmerhandel.dk", "Tømmerhandelens Erhvervssalg",
        "erhverv", "127.181.12.1", iban("DK", "08150009917205"), "byggematerialer til Ejendomsservice, rammeaftale 2028");
    private final Supplier it = new Supplier("Vestfyn IT-Partner ApS", "vestfyn-itpartner.dk", "Vestfyn IT-Partner, Fakturering",
        "faktura", "127.181.13.1", bank("6880", "0005574462"), "drift af skolernes netværk og 40 nye elev-Chromebooks");
    private final Supplier bus = new Supplier("Sydvestfyns Rutebiler ApS", "sydvestfyns-rutebiler.dk", "Trafikafdelingen", "trafik",
        "127.181.14.1", bank("0815", "0002260158"), "skolebuskørsel Haarby-Assens og Helnæs-Ebberup, august");
    private final Supplier kontor = new Supplier("Lillebælt Kontorforsyning ApS", "lillebaelt-kontor.dk", "Ordrekontoret", "ordre",
        "127.181.15.1", iban("DK", "59750003360871"), "kopipapir, blæk og arkivkasser, rammeaftale, august");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Torø Smedie & Maskinservice", "toroe-smedie.dk", "Palle Torø Nielsen", "palle",
        "127.182.1.1", bank("0815", "0001147726"), "nye beslag til badebroen ved Assens Strand");
    private final Supplier skadedyr = new Supplier("Salbrovad Skadedyrsservice", "salbrovad-skadedyr.dk", "Lone Salbrovad", "lone",
        "127.182.2.1", bank("6880", "0004433180"), "rottebekæmpelse, Glamsbjerg Børnehus");
    private final Supplier snedker = new Supplier("Kerte Møbelsnedkeri", "kerte-snedkeri.dk", "Ulrik Kerte", "ulrik",
        "127.182.3.1", bank("5975", "0009903361"), "nye skranker, Assens Bibliotek");
    private final Supplier have = new Supplier("Dreslette Have & Anlæg v/ Mads Dreslette", "dreslette-have.dk", "Mads Dreslette",
        "mads", "127.182.4.1", bank("0815", "0006652219"), "klipning af hække og beskæring, Dreslette Skole");
    private final Supplier natur = new Supplier("Naturformidler Helnæs v/ Sidsel Bøg", "gmail.com", "Sidsel Bøg",
        "sidsel.helnaes.natur", GMAIL, bank("6880", "0008817340"), "naturvandring på Helnæs med 6. årgang, Ebberup Skole");
    private final Supplier tolk = new Supplier("Ahmad Karimi Tolkeservice", "outlook.com", "Ahmad Karimi", "ahmad.karimi.tolk", MSFT,
        bank("5975", "0003377904"), "tolkning dari-dansk, Jobcenter Assens, 4 timer");
    private final Supplier musik = new Supplier("Spillemand Troels Baagø", "icloud.com", "Troels Baagø", "troels.spillemand",
        APPLE, bank("0815", "0005508113"), "sang og spil til høstfest, Plejecentret Solgården, Aarup");
    private final Supplier foto = new Supplier("Vissenbjerg Foto v/ Maja Skov", "hotmail.com", "Maja Skov", "vissenbjerg.foto",
        MSFT, bank("6880", "0007731152"), "portrætfotos af byrådet til kommunens hjemmeside");
    // foreign suppliers for the marinas
    private final Supplier hafen = new Supplier("Hafentechnik Kiel GmbH", "hafentechnik-kiel.de", "Buchhaltung Hafentechnik",
        "buchhaltung", "127.187.1.1", iban("DE", "210501700012277345"), "Austausch von Fenderbalken, Assens Marina Steg C");
    private final Supplier brygga = new Supplier("Bryggbyggarna i Kalmar AB", "bryggbyggarna-kalmar.se", "Ekonomiavdelningen",
        "ekonomi", "127.187.2.1", iban("SE", "60000000000351829764"), "flytbrygga 24 m med landgång, Bågø Havn");

    private final List<Supplier> listed = List.of(forsyning, entrep, kloak, toemrer, maler, rengoer, ugeblad, vognmand, el, vvs,
        madservice, traelast, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"assens-vandogspildevand.com", "glamsbjerg-entreprenor.dk", "assens-tommerhandel.dk",
        "sydvestfyn-rutebiler.dk", "helnaes-el.com", idn("assens-t\u00f8mmerhandel.dk"), idn("\u00e5ssens.dk"),
        "ajoursystem-faktura.com", "freeagent-invoices.net", "vissenbjerg-kloak.net", "helnaesbugt-madservice.com",
        "aarup-tomrer.dk", "haarbymaler.dk", "lillebaelt-inkasso.com", "mitid-erhverv-assens.com", "assens-domaenefornyelse.com",
        "vestfynsk-erhvervsregister.org", "assens-ordrecenter.com", "mobilbetal-assens.net", "sydvestfyns-rutebiler.net",
        "baagoe-marine-survey.com", "haarby-maler.net", "ebberup-vognmand.com", "tommerup-rengoering.com", "flemloese-vvs.net",
        "lillebaelt-kontor.com", "vestfyn-itpartner.net", "assens-dokumentdeling.com", "faktura-visning-vestfyn.net",
        "penneo-assens-signering.com", "vestfyn-itpartner.com", "assens-telefonsvarer.com", "teams-opkald-vestfyn.com",
        "fmk-refusion.dk", "regionsyddanmark-betaling.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("assens-vandogspildevand.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("glamsbjerg-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vissenbjerg-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("aarup-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("haarby-maler.dk", null, null, null, null); // nothing published
        domain("tommerup-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("vestfyns-ugeblad.dk", List.of(ugeblad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ebberup-vognmand.dk", List.of("127.181.98.8"), "~all", null, "none"); // SPF names the booking system only
        domain("helnaes-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("flemloese-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("helnaesbugt-madservice.dk", List.of(madservice.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("assens-toemmerhandel.dk", List.of(traelast.ip(), "127.181.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vestfyn-itpartner.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("sydvestfyns-rutebiler.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("lillebaelt-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("toroe-smedie.dk", List.of(smed.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("salbrovad-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kerte-snedkeri.dk", List.of(snedker.ip()), "-all", null, null);
        domain("dreslette-have.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("glamsbjerg-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("hafentechnik-kiel.de", List.of(hafen.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bryggbyggarna-kalmar.se", List.of(brygga.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("fender-service-flensburg.de", List.of("127.187.3.1"), "-all", null, null);
        // collection, auditor, e-signature, pension fund, school, shops
        domain("lillebaelt-advokater.dk", List.of("127.183.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestfyns-revision.dk", List.of("127.183.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("pka.dk", List.of("127.183.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("penneo.com", List.of("127.183.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vestfyns-gymnasium.dk", List.of("127.183.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fynske-legepladser.dk", List.of("127.183.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("assens-byggecenter.dk", List.of("127.183.7.1"), "-all", null, "none");
        domain("glamsbjerg-boghandel.dk", List.of("127.183.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        // invoicing platforms
        domain("ajoursystem.dk", List.of("127.184.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("invoicesimple.com", List.of("127.184.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("freeagent.com", List.of("127.184.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, region, neighbour, list, ESP, newsletter, forwarders
        domain("lillebaeltbanken.dk", List.of("127.185.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("assens-sparekasse.dk", List.of("127.185.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("regionsyddanmark.dk", List.of("127.185.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fmk.dk", List.of("127.185.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("fynsindkoeb.dk", List.of("127.185.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kreditorringen-fyn.dk", List.of("127.185.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("rapidmail.de", List.of("127.185.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kreditornyt-fyn.dk", List.of("127.185.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.vestfynnet.dk", List.of("127.188.1.1"), "-all", null, null);
        domain("relay.assens-fiber.dk", List.of("127.188.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("surveyxact.dk", List.of("127.187.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("marinaplanner-cloud.com", List.of("127.187.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        String[] policy = {"reject", "quarantine", null, "none", "reject", "quarantine", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 6 ? null : i % 3 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 5 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 38_600 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no18:" + s.domain()).hashCode(), 6)) {
            case 0:
                return String.valueOf(41_000 + rnd.nextInt(8_000));
            case 1:
                return "28" + String.format("%05d", 100 + rnd.nextInt(9_000));
            case 2:
                return "F-2028-" + (300 + rnd.nextInt(600));
            case 3:
                return "A" + (17_000 + rnd.nextInt(3_000));
            case 4:
                return (1_000 + rnd.nextInt(900)) + "/28";
            default:
                return "INV" + (5_500_000 + rnd.nextInt(400_000));
        }
    }

    private static final String[] TO = {"kreditor@assens.dk", "efaktura@assens.dk", "kreditor@assens.dk", "oekonomi@assens.dk",
        "vej-park@assens.dk", "skole-dagtilbud@assens.dk", "sundhed-omsorg@assens.dk", "kultur-fritid@assens.dk",
        "ejendomsservice@assens.dk", "indkoeb@assens.dk", "kreditor@assens.dk", "havne@assens.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf18:" + tag + ":" + m.id).substring(7, 19), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(25_000_000 + Math.floorMod(sha256("cvr18:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(87_000_000 + Math.floorMod(sha256("fi18:" + domain).hashCode(), 9_000_000));
    }

    /**
     * Three layouts: a header block "Fakturanr. / Kundenr. / Fakturadato / Forfaldsdato" with a specification and a
     * totals box; a craftsman's "arbejdsseddel" invoice splitting hours and materials; a short bill from the accounting
     * program with an FI line "+71<...>" (printed only with the supplier's own account).
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name();
                l.add(title.toUpperCase(DA) + "   " + (CorpusChecks.FREE_MAIL.contains(s.domain()) ? "" : "www." + s.domain()
                    + "   ") + "CVR " + cvr(s.domain()));
                l.add("Fakturanr.: " + no + "   Kundenr.: " + (4_000 + Math.floorMod(s.domain().hashCode(), 900))
                    + "   Fakturadato: " + dashedDay(m, 0) + "   Forfaldsdato: " + dashedDay(m, 30));
                l.add("Assens Kommune, " + RAADHUS + " - EAN-nr. " + EAN);
                l.add("Specifikation: " + s.what());
                l.add("Beløb ekskl. moms: " + a.net() + "   Moms 25 %: " + a.vat() + "   Total DKK: " + a.gross());
                l.addAll(more);
                l.add("Indbetaling til " + account + " mærket " + no);
            }
            case 1 -> {
                head = title + " / arbejdsseddel " + no;
                l.add(s.name() + (CorpusChecks.FREE_MAIL.contains(s.domain()) ? "" : ", " + s.domain()) + ", CVR-nr. " + cvr(s.domain()));
                l.add("Kunde: Assens Kommune (EAN " + EAN + ")   Dato: " + writtenDay(m, 0));
                l.add("Opgave: " + s.what());
                long hours = a.ore() * 55 / 100;
                l.add("Arbejdsløn: " + kr(hours) + "   Materialer: " + kr(a.ore() - hours));
                l.add("I alt ekskl. moms " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betales senest " + writtenDay(m, 14) + " til " + account);
            }
            default -> {
                head = title;
                l.add(s.name() + " - " + title.toLowerCase(DA) + " " + no + " - " + isoDay(m, 0));
                l.add("Til: Assens Kommune, kreditorbogholderiet, EAN " + EAN);
                l.add("Vedr.: " + s.what());
                l.add("Netto " + a.net() + "  moms " + a.vat() + "  at betale " + a.gross() + " DKK, netto 30 dage");
                l.addAll(more);
                l.add("Bankkonto: " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("\\D", "");
                    l.add("+71<" + String.format("%015d", digits.isEmpty() ? 0L : Long.parseLong(digits)) + "+" + creditorNo(s.domain()) + "<");
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura-" + n + ".pdf", n + ".pdf", "Assens_Kommune_faktura_" + n + ".pdf",
            "Fak_" + n + ".pdf", "Regning " + n + ".pdf", "Bilag_" + n + ".pdf", "faktura" + n.toLowerCase(DA) + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej", "Til Assens Kommune", "Kære bogholderi", "Goddag", "Hej kreditorer",
        "Att. kreditorafdelingen", "Hej med jer", "Hej igen"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig18:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name();
            case 1:
                return "\n\nMvh\n" + s.person() + "\n" + s.name() + "\nTlf. 64 " + (40 + rnd.nextInt(40)) + " " + (10 + rnd.nextInt(89))
                    + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nMed venlig hilsen\n" + s.person() + ", " + s.name() + "\nCVR-nr. " + cvr(s.domain());
            case 3:
                return "\n\nHilsen " + s.person() + (CorpusChecks.FREE_MAIL.contains(s.domain()) ? "\n\nSendt fra min mobil" : "\n"
                    + s.name() + " | " + s.domain());
            default:
                return "\n\nVh " + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 9_200_000 : 680_000);
        String[] subjects = {"Faktura nr. " + no, "Faktura " + no + " - " + s.name(), "Assens Kommune: faktura " + no,
            "Regning nr. " + no, "Faktura " + no + " / EAN " + EAN, "Faktura fra " + s.name(), "Ny faktura", "Fakt. " + no
            + " vedr. udført arbejde", "Faktura " + no};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Vedhæftet faktura " + no + " for " + s.what() + ".";
            case 1 -> "Hermed vores faktura på i alt " + a.gross() + " kr. inkl. moms, forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Opgaven er afsluttet, og fakturaen er vedhæftet. Den er også sendt til jeres EAN-nummer.";
            case 3 -> "Tak for opgaven. Vi sender hermed faktura nr. " + no + " - sig endelig til, hvis noget ikke stemmer.";
            case 4 -> "Fakturaen for perioden ligger i den vedhæftede PDF. Husk venligst fakturanummeret ved betaling.";
            case 5 -> "Fakturanr.: " + no + "\nBeløb: " + a.gross() + " kr.\nForfald: " + writtenDay(m, 30);
            case 6 -> "Beklager, at regningen først kommer nu - den blev hængende hos os i ferien.";
            default -> "Se vedhæftede.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 1) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v, more));
        return no;
    }

    /** An OIOUBL 2.02 invoice as the Danish NemHandel infrastructure carries it. */
    private String oioubl(String no, Supplier s, Amount a, String issue, String due) {
        return Ubl.oioublBank(no, s.name(), cvr(s.domain()), s.account(), s.what(), "Assens Kommune", EAN, a.ore(), issue, due, "42",
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
        List<Supplier> again = List.of(traelast, entrep, vvs, ugeblad, kloak, maler, it, madservice, el, vognmand, forsyning,
            kontor, toemrer, bus, rengoer, entrep, traelast, it);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition " + (71_400 + k * 17));
                case 1 -> List.of("Bestilt af: " + to().replace("@assens.dk", ""));
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "vintervedligehold" : "planlagt vedligehold 2028"));
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nArbejdssedlen er vedhæftet." : k % 7 == 5 ? "\n\nVi har lagt et billede af det udførte ved." : "";
            invoice(m, s, s.account(), k * 3 + 2, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "arbejdsseddel_" + (310 + k) + ".pdf", Attachments.pdf(docId(m, "as"), "Arbejdsseddel",
                    List.of(s.what(), "Timer: " + (5 + k % 13), "Kørsel: 2 x Assens", "Kvitteret af ejendomsserviceleder")));
            } else if (k % 7 == 5) {
                m.mime.attach("image/jpeg", "foto_" + (2210 + k) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(forsyning, madservice, rengoer)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 1, List.of("Periode: september 2028"), "\n\nFakturaen dækker september.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for September, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        retentionRelease();
        priceIndexNotice();
        platforms();
        oioublFiles();
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
        Object[][] c = {{traelast, "Kreditnota vedr. faktura ", "Tre paller gipsplader kom retur fra Ejendomsservice i ubrudt emballage."},
            {kontor, "Kreditering af faktura ", "Vi fakturerede 20 pakker kopipapir for meget i august. Undskyld fejlen."},
            {madservice, "Kreditnota til faktura ", "Fire borgere var indlagt i uge 34 og fik derfor ikke leveret mad."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (500 + rnd.nextInt(4_000));
            Amount a = amount(280_000).credit();
            headers(m, s.person(), addr(s), "kreditor@assens.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Vedhæftet kreditnota " + no + " på " + a.gross() + " kr., som I kan "
                    + "modregne i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i,
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
            headers(m, s.person(), addr(s), "kreditor@assens.dk", "Saldoudskrift " + dashedDay(m, -1))
                .text("Hej\n\nHer er jeres saldoudskrift til afstemning. Faktura " + p.no() + " er indbetalt, og der står intet åbent."
                    + signature(s))
                .attach("application/pdf", "saldo_assens_kommune.pdf", Attachments.pdf(docId(m, "su"), "Saldoudskrift",
                    List.of("Kunde: Assens Kommune", "Faktura " + p.no() + "  " + p.amount().gross() + "  indbetalt", "Saldo 0,00 DKK")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@assens.dk", "Betaling modtaget")
            .text("Hej\n\nVi har fået pengene for faktura " + past.get(vognmand.domain()).no() + ". Mange tak.\n\nJørgen\n"
                + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "ebberup-vognmand.dk thanks for payment (its SPF names only the booking system: softfail)";
    }

    private void reminders() {
        Object[][] r = {{ugeblad, "Påmindelse om betaling", "Vi kan ikke se, at nedenstående faktura er betalt. Har I betalt i mellemtiden, "
            + "kan I se bort fra denne mail."},
            {maler, "Glemt regning?", "Hej. Jeg mangler stadig pengene for malerarbejdet på Haarby Skole i sommerferien. Vil I kigge "
                + "på det? Mvh Bent"},
            {kloak, "Rykker 1", "Fakturaen er nu forfalden med 14 dage. Vi har ikke beregnet rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@assens.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 4) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. bedes indbetalt på vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 1, List.of("Vedrørende faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "I-" + (24_000 + rnd.nextInt(900));
        String klient = bank("0815", "0011402277");
        headers(m, "Lillebælt Advokater - inkasso", "inkasso@lillebaelt-advokater.dk", "kreditor@assens.dk", "Inkassomeddelelse, sag "
            + sag + " - Kerte Møbelsnedkeri")
            .text("Assens Kommune\n\nVi er inkassoadvokat for Kerte Møbelsnedkeri v/ Ulrik Kerte, som har en ubetalt faktura nr. 2214 "
                + "af 2. juni 2028 på 11.562,50 kr. (reparation af borde, Assens Bibliotek). Fakturaen er rykket to gange.\n\nEr "
                + "kravet betalt, eller bestrider I det, så skriv til os med sagsnummeret. Ellers bedes beløbet og 100 kr. i "
                + "inkassogebyr indbetalt på vores klientkonto " + klient + " senest 10 dage fra i dag.\n\nMed venlig hilsen\n"
                + "Lillebælt Advokater, Assens")
            .attach("application/pdf", "Inkassomeddelelse_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + sag,
                List.of("Fordringshaver: Kerte Møbelsnedkeri", "Faktura 2214: 11.562,50", "Inkassogebyr: 100,00",
                    "Klientkonto: " + klient)));
        genuine(m, "127.183.1.1");
        m.description = "a real lawyer's collection letter about an unlisted firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "RSD-" + (880_000 + rnd.nextInt(90_000));
        String konto = iban("DK", "30000012442286");
        headers(m, "Region Syddanmark, Debitorer", "debitor@regionsyddanmark.dk", "kreditor@assens.dk", "Faktura " + no
            + " - takstbetaling, specialiseret tilbud")
            .text("Til Assens Kommune\n\nVedhæftet faktura for ophold på regionens specialiserede botilbud, august 2028, jf. "
                + "rammeaftalen for det specialiserede socialområde. Fakturaen er også sendt via NemHandel. Betaling til "
                + konto + ".\n\nVenlig hilsen\nRegion Syddanmark, Økonomi og Debitorer")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "rsd"), "Faktura " + no,
                List.of("Region Syddanmark, Damhaven 12, 7100 Vejle", "Betaler: Assens Kommune, EAN " + EAN,
                    "Takst august 2028, 31 døgn", "I alt DKK 96.410,00 (momsfri)", "Betaling: " + konto)));
        genuine(m, "127.185.3.1");
        m.description = "the region's invoice for a placement under the framework agreement, its own account, DMARC pass";
        m = ok("intermunicipal-invoice", true);
        no = "FMK-" + (61_000 + rnd.nextInt(9_000));
        konto = bank("0815", "0004600213");
        headers(m, "Faaborg-Midtfyn Kommune, Opkrævning", "opkraevning@fmk.dk", "skole-dagtilbud@assens.dk", "Mellemkommunal "
            + "refusion " + no + ": elev i specialklasse")
            .text("Hej Assens\n\nHermed opkrævning af mellemkommunal betaling for en elev fra Assens Kommune, der går i specialklasse "
                + "på Broby Skole, 1. august - 30. september. Opgørelsen er vedhæftet. Indbetal venligst til " + konto
                + " med vores nummer " + no + ".\n\nMed venlig hilsen\nFaaborg-Midtfyn Kommune, Opkrævning")
            .attach("application/pdf", "Opkraevning_" + no + ".pdf", Attachments.pdf(docId(m, "fmk"), "Opkrævning " + no,
                List.of("Mellemkommunal betaling, specialundervisning", "Periode 01.08.2028-30.09.2028", "DKK 48.300,00",
                    "Konto " + konto)));
        genuine(m, "127.185.4.1");
        m.description = "neighbouring municipality's intermunicipal charge for a pupil, p=none, aligned pass";
    }

    /** New legitimate family: the contractor asks for the retention to be released after the one-year inspection. */
    private void retentionRelease() {
        Past p = past.get(entrep.domain());
        M m = ok("retention-release-invoice", true);
        headers(m, entrep.person(), addr(entrep), "vej-park@assens.dk", "Frigivelse af tilbageholdt beløb - Torvet, Haarby")
            .text("Hej Vej og Park\n\nÉtårsgennemgangen af belægningen på Torvet i Haarby blev afholdt den " + writtenDay(m, -9)
                + ", og protokollen er underskrevet af begge parter uden mangler. I henhold til kontrakten beder vi derfor om "
                + "frigivelse af det tilbageholdte beløb på 42.000,00 kr. Fakturaen er vedhæftet; beløbet indsættes på vores "
                + "sædvanlige konto " + entrep.account() + "." + signature(entrep))
            .attach("application/pdf", "Frigivelse_Torvet_Haarby.pdf", pdfInvoice(m, entrep, "Faktura", "TB-" + p.no(),
                new Amount(4_200_000, "42.000,00", "0,00", "42.000,00"), entrep.account(), 0,
                List.of("Frigivelse af tilbageholdt beløb efter 1-års gennemgang", "Gennemgangsprotokol vedlagt")))
            .attach("application/pdf", "Protokol_1aars_gennemgang.pdf", Attachments.pdf(docId(m, "prot"), "1-års gennemgang",
                List.of("Torvet, Haarby - belægning og kantsten", "Ingen mangler konstateret", "Underskrevet af bygherre og entreprenør")));
        genuine(m, entrep.ip());
        m.description = "listed contractor asks for the retention after the one-year inspection, usual account, DMARC pass";
    }

    /** New legitimate family: a framework supplier's contractual indexation, billed on the next ordinary invoice. */
    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, bus.person(), addr(bus), "indkoeb@assens.dk", "Indeksregulering af kørselspriser pr. 1. oktober")
            .text("Til Assens Kommune, Indkøb\n\nI henhold til kontraktens § 9 reguleres timeprisen for skolekørsel pr. 1. oktober "
                + "med udviklingen i Danmarks Statistiks omkostningsindeks for buskørsel (2,1 %). Den nye pris fremgår af "
                + "oktoberfakturaen, som sendes på sædvanlig vis til jeres EAN-nummer. Der er ingen efterregulering og intet at "
                + "betale særskilt.\n\nBeregningen er vedhæftet.\n\nVenlig hilsen\nSydvestfyns Rutebiler ApS")
            .attach("application/pdf", "Indeksregulering_2028.pdf", Attachments.pdf(docId(m, "idx"), "Indeksregulering",
                List.of("Kontrakt om skolekørsel, § 9", "Indeks juni 2027: 112,4 - juni 2028: 114,8", "Regulering: 2,1 %",
                    "Gælder kørsel fra 01.10.2028")));
        genuine(m, bus.ip());
        m.description = "listed bus operator announces contractual indexation on the next normal invoice, nothing separate to pay";
    }

    private void platforms() {
        Object[][] p = {{"ajoursystem.dk", "faktura@", "Ajour", toemrer}, {"ajoursystem.dk", "faktura@", "Ajour", el},
            {"invoicesimple.com", "invoices@", "Invoice Simple", natur}, {"invoicesimple.com", "invoices@", "Invoice Simple", skadedyr},
            {"freeagent.com", "no-reply@", "FreeAgent", hafen}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            String no = (d.startsWith("ajour") ? "AJ-" : "INV-") + (1_800 + rnd.nextInt(7_000));
            Amount a = amount(1_400_000);
            m.mailFrom = "bounce-" + sha256("plat18:" + m.id).substring(0, 10) + "@" + d;
            headers(m, s.name() + " (" + x[2] + ")", x[1] + d, "efaktura@assens.dk", (s == hafen ? "Invoice / Faktura " : "Faktura ")
                + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#f4f4f4\"><div style=\"max-width:560px;"
                    + "margin:auto;background:#fff;padding:20px\"><p>Kære Assens Kommune</p><p>" + s.name() + " har sendt dig "
                    + "faktura <b>" + no + "</b>.</p><p>Beløb: <b>DKK " + a.gross() + "</b><br>Forfaldsdato: " + writtenDay(m, 21 + v)
                    + "</p><p>Fakturaen er vedhæftet som PDF. Har du spørgsmål, så svar på denne mail - svaret går til "
                    + s.name() + ".</p><p style=\"color:#888;font-size:11px\">Sendt via " + x[2] + " for " + s.name()
                    + ".</p></div></body></html>")
                .attach("application/pdf", no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void oioublFiles() {
        int v = 0;
        for (Supplier s : List.of(forsyning, traelast, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(2_300_000);
            headers(m, s.name(), addr(s), "efaktura@assens.dk", "E-faktura " + no + " (OIOUBL)")
                .text("Hej\n\nVores NemHandel-udbyder har driftsforstyrrelser, så efter aftale med jeres e-fakturateam sender vi "
                    + "OIOUBL-filen direkte sammen med en PDF-udskrift.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", "OIOUBL-" + no.replace('/', '-') + ".xml", oioubl(no, s, a, isoDay(m, 0), isoDay(m, 30))
                    .getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Udskrift_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 2, List.of("Elektronisk original: OIOUBL 2.02")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL XML invoice with a PDF print, usual account";
            v++;
        }
    }

    /** Two genuine bank changes, announced properly; one supplier's next invoice then carries the new account. */
    private void bankChanges() {
        String nyKonto = bank("6880", "0009140328");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@assens.dk", "Vi skifter bank 1. november")
            .text("Hej\n\nVi flytter fra Fynske Bank til Lillebæltbanken pr. 1. november 2028. Fakturaer dateret 1. november og "
                + "senere har det nye kontonummer " + nyKonto + " påtrykt; ældre fakturaer betales fortsat til den gamle konto.\n\n"
                + "Ring gerne til mig på det nummer, I har i jeres leverandørkartotek, før I retter noget. Det underskrevne brev "
                + "er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "nb"), "Ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer fra 01.11.2028", "Ny konto: " + nyKonto,
                    "Kasper Frost, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed joiner genuinely announces a bank change from November (SPF+DKIM, no DMARC) and asks for a call-back";
        String nyM = iban("DK", "68800002291647");
        m = ok("supplier-new-account", false);
        headers(m, "Helnæs Bugt Madservice A/S, økonomi", "oekonomi@helnaesbugt-madservice.dk", "kreditor@assens.dk",
            "Ny bankforbindelse efter overdragelse - brev med posten")
            .text("Kære kunde\n\nHelnæs Bugt Madservice er pr. 1. september overdraget til Fynsk Fælleskøkken A/S. Vores bankkonto er "
                + "derfor ændret til " + nyM + " for alle fakturaer dateret 1. september 2028 eller senere.\n\nDe samme "
                + "oplysninger står i brevet, der er sendt med posten, og på vores hjemmeside. Ring til hovednummeret fra "
                + "hjemmesiden, hvis I vil have ændringen bekræftet.\n\nMed venlig hilsen\nHelnæs Bugt Madservice A/S, økonomi");
        genuine(m, madservice.ip());
        m.description = "listed supplier (p=reject, DMARC pass) announces a transfer of business and a new account, letter by post";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(madservice.name(), madservice.domain(), madservice.person(), madservice.box(), madservice.ip(),
            nyM, madservice.what());
        invoice(m, moved, nyM, 13, List.of("Ny bankforbindelse jf. brev af 29. august 2028"), "\n\nBemærk det nye kontonummer, "
            + "som varslet i vores brev.");
        genuine(m, madservice.ip());
        m.description = "helnaesbugt-madservice.dk invoice with its new account after the announced, authenticated bank change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(smed, skadedyr, snedker, have, natur, tolk, musik, foto)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 3, List.of("Rekvirent: " + (v % 2 == 0 ? "afdelingsleder" : "skoleleder")),
                v % 3 == 2 ? "\n\nDet er første gang, jeg sender en regning til kommunen - sig til, hvis I mangler noget." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted local " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved workshop but not bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Glamsbjerg Låseservice", "glamsbjerg-laas.dk", "Henning Bred", "henning", HOSTER_IP,
            bank("5975", "0008815540"), "nyt adgangssystem, Glamsbjerg Rådhus");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 21, List.of("Nøgleliste udleveret til servicelederen"), "\n\nNøglelisten er afleveret "
            + "personligt.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 23, List.of("Ny adresse: Håndværkervej 3, 5631 Ebberup"), "\n\nVi er flyttet til nyt "
            + "værksted i Ebberup. Bank og kontonummer er uændret.");
        genuine(m, HOSTER_IP);
        m.description = "helnaes-el.dk invoice announcing a new workshop address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        Object[][] g = {{hafen, "Rechnung ", "anbei erhalten Sie unsere Rechnung für den Austausch der Fenderbalken am Steg C der Assens "
            + "Marina. Die Leistung ist in Dänemark steuerbar; Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
            "EUR 14.870,00", "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"},
            {brygga, "Faktura ", "här kommer fakturan för flytbryggan med landgång till Bågø Havn, levererad och monterad i vecka 37. "
                + "Omvänd betalningsskyldighet (reverse charge) gäller.", "EUR 31.250,00", "Hej,", "Med vänlig hälsning"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == hafen) {
                m.wave = 1;
            }
            String no = (s == hafen ? "HK-" : "BK") + (28_100 + rnd.nextInt(800));
            String subject = x[1] + no + " / Assens Kommune";
            headers(m, s.person(), addr(s), "havne@assens.dk", subject)
                .text(x[4] + "\n\n" + x[2] + "\n\n" + (s == hafen ? "Zahlbar innerhalb von 30 Tagen auf " : "Betalning inom 30 dagar "
                    + "till ") + s.account() + ".\n\n" + x[5] + "\n" + s.name())
                .attach("application/pdf", (s == hafen ? "Rechnung_" : "Faktura_") + no + ".pdf", Attachments.pdf(docId(m, "fx"),
                    x[1] + no, List.of(s.name(), "Kunde: Assens Kommune, " + RAADHUS + ", Danmark", s.what(), "Total " + x[3]
                        + " - reverse charge", "IBAN/Bank: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), subject));
            m.description = s == hafen ? "German harbour-equipment supplier from Kiel (history), DE IBAN, reverse charge"
                : "Swedish pontoon builder from Kalmar, SE IBAN, reverse charge, p=quarantine";
        }
        M m = ok("foreign-invoice", true);
        String no = "2028-" + (400 + rnd.nextInt(300));
        String konto = iban("DE", "215500500000417726");
        headers(m, "Fender-Service Flensburg", "info@fender-service-flensburg.de", "havne@assens.dk", "Rechnung " + no)
            .text("Moin,\n\nhier die Rechnung für die Reparatur der Schlauchfender am Fähranleger Bågø. Bitte auf " + konto
                + " überweisen.\n\nBeste Grüße aus Flensburg\nFrauke Lorenzen")
            .attach("application/pdf", "RE_" + no + ".pdf", Attachments.pdf(docId(m, "fl"), "Rechnung " + no,
                List.of("Fender-Service Flensburg, Inh. Frauke Lorenzen", "Reparatur Schlauchfender, Material", "EUR 2.140,00 netto, "
                    + "Reverse Charge", konto)));
        genuine(m, "127.187.3.1");
        m.description = "small German workshop from Flensburg, SPF only (aligned pass, no DMARC), DE IBAN";
        Past f = past.get(hafen.domain());
        m = ok("payment-reminder", true);
        headers(m, hafen.person(), addr(hafen), "havne@assens.dk", "Zahlungserinnerung " + f.no())
            .text("Sehr geehrte Damen und Herren,\n\nzu unserer Rechnung " + f.no() + " über " + f.amount().gross() + " konnten wir "
                + "bisher keinen Zahlungseingang feststellen. Bitte überweisen Sie den Betrag auf unser bekanntes Konto "
                + hafen.account() + ". Falls die Zahlung schon unterwegs ist, betrachten Sie diese Erinnerung bitte als "
                + "gegenstandslos.\n\nMit freundlichen Grüßen\nHafentechnik Kiel GmbH, Buchhaltung");
        genuine(m, hafen.ip());
        m.description = "German supplier's polite reminder for its real wave-1 invoice, same DE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "MP-" + (90_000 + rnd.nextInt(9_000));
        headers(m, "MarinaPlanner Billing", "billing@marinaplanner-cloud.com", "havne@assens.dk", "Your MarinaPlanner invoice " + no)
            .text("Hello Assens Havne,\n\nYour MarinaPlanner Pro subscription (3 harbours, annual) has been renewed and charged to "
                + "the card on file.\n\nInvoice " + no + "\nAmount: EUR 2,340.00 (paid)\n\nMarinaPlanner")
            .attach("application/pdf", "MarinaPlanner_" + no + ".pdf", Attachments.pdf(docId(m, "mp"), "Invoice " + no,
                List.of("Billed to: Assens Kommune, Havnene, Denmark", "Pro, 3 harbours, 12 months", "EUR 2,340.00 - paid by card",
                    "VAT: reverse charge")));
        genuine(m, "127.187.6.1");
        m.description = "harbour-booking SaaS invoice already paid by card, Ed25519, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "SX" + (20_000 + rnd.nextInt(9_000));
        headers(m, "SurveyXact", "faktura@surveyxact.dk", "indkoeb@assens.dk", "Faktura " + no + " - SurveyXact licens")
            .text("Kære kunde\n\nTak for fornyelsen af jeres SurveyXact-licens (trivselsmålinger, 12 måneder). Beløbet er trukket på "
                + "kommunens betalingskort, der er intet at betale.\n\nSurveyXact")
            .attach("application/pdf", "SurveyXact_" + no + ".pdf", Attachments.pdf(docId(m, "sx"), "Faktura " + no,
                List.of("Assens Kommune", "Licens, 12 måneder", "DKK 18.750,00 + moms - betalt med kort")));
        genuine(m, "127.187.5.1");
        m.description = "survey-tool licence invoice, paid by card, DMARC pass";
    }

    /** New legitimate family: the auditor's management letter sent for signing through a real e-signature service. */
    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounces+" + sha256("pn18:" + m.id).substring(0, 8) + "@penneo.com";
        headers(m, "Vestfyns Revision via Penneo", "noreply@penneo.com", "oekonomi@assens.dk", "Dokumenter til underskrift: "
            + "Revisionsprotokollat 2027 - Assens Havne")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej Økonomi</p><p>Vestfyns Revision har sendt dig "
                + "dokumenter til underskrift: <b>Revisionsprotokollat 2027 - Assens Havne</b>.</p><p>Du kan læse og underskrive "
                + "dokumenterne med MitID via linket nedenfor eller ved at logge ind på penneo.com.</p><p><a href=\"https://app.penneo"
                + ".com/signing/" + sha256("pnl18:" + m.id).substring(0, 16) + "\">Åbn dokumenter</a></p><p>Spørgsmål om "
                + "dokumenterne rettes til afsenderen, Vestfyns Revision.</p><p style=\"font-size:10px;color:#777\">Penneo A/S</p>"
                + "</body></html>");
        genuine(m, "127.183.9.1");
        m.description = "real e-signature service sends the auditor's management letter for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"kreditornyt-fyn.dk", "KreditorNyt Fyn", "nyhedsbrev@", "Nyt svindeltrick: falske e-signaturer",
            "Svindlere sender invitationer til at 'underskrive' kontraktbilag og betalingsaftaler. Åbn aldrig signeringslinks fra "
                + "ukendte afsendere - log ind direkte på tjenesten."},
            {"vestfyns-revision.dk", "Vestfyns Revision", "nyt@", "Nyhedsbrev: tilbageholdte beløb og AB 18",
                "Hvornår skal sikkerhedsstillelse og tilbageholdte beløb frigives - og hvordan tjekker I, at kontoen er den rigtige?"}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl18:" + x[0]).substring(0, 12) + "@rapidmail.de";
            headers(m, x[1], x[2] + x[0], "oekonomi@assens.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld/" + sha256("u18:" + x[0]).substring(0, 10) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><table width=\"600\" style=\"font-family:Arial,sans-serif\"><tr><td><h2>" + x[3] + "</h2><p>"
                    + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs hele artiklen</a></p><p style=\"font-size:10px\">"
                    + "Du modtager nyhedsbrevet som abonnent. Afmeld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("rapidmail.de");
            m.ip = "127.185.7.1";
            m.helo = "mx3.rapidmail.de";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"fynsindkoeb.dk", "Tina Mørk", "tim@", "Falske 'frigiv tilbageholdt beløb'-mails",
            "Hej alle\n\nEn af vores entreprenører skrev fra sin rigtige adresse og bad om at få et tilbageholdt beløb frigivet til "
                + "en ny konto. Postkassen var overtaget. Ring tilbage på kendt nummer, også når det er 'jeres egne penge'.\n\n"
                + "Tina, Fynsindkøb"},
            {"regionsyddanmark.dk", "Jens Ole Bech", "job@", "SV: Falske 'frigiv tilbageholdt beløb'-mails", "Tak, Tina. Hos os "
                + "har vi også fået en 'efterregulering efter indeks' på en rammeaftale, med en særskilt konto. Indeksregulering "
                + "kommer på den almindelige faktura.\n\nJens Ole, Region Syddanmark"},
            {"fmk.dk", "Louise Brix", "lobr@", "Telefonsvarer-mails", "Hej, pas på med 'Ny besked på telefonsvareren' med en "
                + "vedhæftet HTML-fil. Vores telefoni sender aldrig beskeder som vedhæftet fil.\n\nLouise, Faaborg-Midtfyn"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorringen-fyn.dk", x[3])
                .header("List-Id", "Kreditorringen Fyn <liste.kreditorringen-fyn.dk>")
                .header("List-Post", "<mailto:liste@kreditorringen-fyn.dk>")
                .text(x[4]);
            String list = "kreditorringen-fyn.dk";
            listPost(m, x[0], list, "[Kreditorringen Fyn] ",
                "\r\n--\r\nKreditorringen Fyn - netværk for kreditorbogholdere i fynske kommuner og regioner\r\n"
                + "Afmeld: https://kreditorringen-fyn.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, ugeblad, ugeblad.account(), 16, List.of(), "");
        m.mailFrom = "SRS0=h3Kd=RX=vestfyns-ugeblad.dk=annonce@srs.vestfynnet.dk";
        m.signers.add(ugeblad.domain());
        m.ip = "127.188.1.1";
        m.helo = "srs.vestfynnet.dk";
        m.description = "vestfyns-ugeblad.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, traelast, traelast.account(), 26, List.of(), "");
        m.signers.add(traelast.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 33, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(540_000);
        headers(m, "Pernille Skov", "pesk@" + OWN, "kreditor@assens.dk", "VS: Regning " + no + " - grus til Helnæs Made")
            .text("Hej kreditor\n\nRegningen kom direkte til mig. Kørslen er udført og godkendt, konto 2230-118, Naturprojekt "
                + "Helnæs.\n\nPernille Skov\nNatur og Miljø\n\n---------- Videresendt meddelelse ----------\nFra: "
                + vognmand.person() + " <" + addr(vognmand) + ">\nDato: " + writtenDay(m, -4) + "\nEmne: Regning " + no + "\n\n"
                + "Hej Pernille, her er regningen for gruset.")
            .attach("application/pdf", pdfName(no, 5), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 2, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.assens-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorteamet", "kreditor@", "ledere@assens.dk", "Tilbageholdte beløb og garantier - ny procedure",
            "Kære ledere\n\nFrigivelse af tilbageholdte beløb og nedskrivning af garantier sker kun efter, at Vej og Park eller "
                + "Ejendomsservice har bekræftet mangelgennemgangen, og altid til den konto, der står i kontrakten. Ændres kontoen, "
                + "ringer vi entreprenøren op på det kendte nummer.\n\nKreditorteamet, Økonomi"},
            {"Søren Lauritsen", "sola@", "kreditor@assens.dk", "Spørgsmål til faktura fra Sydvestfyns Rutebiler", "Hej\n\n"
                + "Rutebilerne spørger til august-fakturaen. Ligger den hos os til godkendelse?\n\nSøren\nSkole og Dagtilbud"},
            {"Digitalisering og IT", "it-drift@", "alle-oekonomi@assens.dk", "Telefoni: voicemail kommer aldrig som vedhæftet fil",
                "Vores telefonsystem viser beskeder i Teams-appen. Mails med 'ny besked' og en vedhæftet HTML-fil er falske - "
                    + "send dem til it-sikkerhed@."},
            {"Camilla Aagaard", "caaa@", "kreditor@assens.dk", "Udlæg - fortøjninger til Bågø-færgen", "Hej\n\nVedhæftet "
                + "kvittering for reservefortøjninger købt i Assens Bådudstyr. Kan det komme med i næste udlægskørsel?\n\nCamilla\n"
                + "Havnene"},
            {"Løn og Personale", "loen@", "ledere@assens.dk", "Lønkørsel oktober", "Kære ledere\n\nÆndringer til oktoberlønnen "
                + "skal være registreret senest den 12. Medarbejdere ændrer selv NemKonto; vi ændrer aldrig lønkonto efter mail."}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_fortoejning.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Lillebæltbanken Erhverv", "erhverv@lillebaeltbanken.dk", "oekonomi@assens.dk", "Du har en ny besked i Netbank")
            .text("Kære kunde\n\nDer ligger en ny besked til jer i Netbank Erhverv. Log ind, som I plejer. Vi sender aldrig "
                + "links til login og beder aldrig om koder eller MitID-godkendelser pr. mail.\n\nLillebæltbanken");
        genuine(m, "127.185.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Assens Sparekasse", "info@assens-sparekasse.dk", "oekonomi@assens.dk", "Efterårsferie: betalingsfrister")
            .text("Betalinger, der skal være hos modtageren før efterårsferien, skal godkendes senest fredag kl. 12. "
                + "Udlandsbetalinger i euro og svenske kroner skal godkendes dagen før.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.185.2.1");
        m.description = "bank notice about cut-off times, DMARC pass";
    }

    private void pension() {
        M m = ok("pension-notice", false);
        headers(m, "PKA Arbejdsgiverservice", "arbejdsgiver@pka.dk", "loen@assens.dk", "Ændrede bidragssatser fra 1. januar 2029")
            .text("Kære arbejdsgiver\n\nFra 1. januar 2029 ændres bidragssatsen for enkelte overenskomstområder. Jeres lønsystem "
                + "får de nye satser via den sædvanlige fil, og indbetalingen sker som altid gennem lønsystemet. Vi ændrer aldrig "
                + "indbetalingsoplysninger pr. e-mail.\n\nVenlig hilsen\nPKA, Arbejdsgiverservice");
        genuine(m, "127.183.3.1");
        m.description = "pension fund's routine notice to the employer: new rates, payment via the payroll system, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Vestfyns Revision", "revision@vestfyns-revision.dk", "kreditor@assens.dk", "Anmodning om saldobekræftelse - "
            + vognmand.name())
            .text("Til Assens Kommune\n\nVi reviderer årsregnskabet for " + vognmand.name() + " og beder jer bekræfte saldoen over "
                + "for selskabet pr. 30. juni 2028. Selskabets fuldmagt er vedhæftet.\n\nSvar blot med saldoen, også hvis den er "
                + "0. Vi beder ikke om betaling eller bankoplysninger.\n\nVenlig hilsen\nVestfyns Revision")
            .attach("application/pdf", "Fuldmagt_saldobekraeftelse.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(vognmand.name() + ", CVR " + cvr(vognmand.domain()), "Opgørelsesdato 30.06.2028", "Svar sendes til revisor")));
        genuine(m, "127.183.2.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Vestfyns Gymnasium, økonomi", "oekonomi@vestfyns-gymnasium.dk", "oekonomi@assens.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført 22.750,00 kr. til kommunen for leje af Glamsbjerg Idrætscenter i august (jeres "
                + "faktura 7704512).\n\nVenlig hilsen\nVestfyns Gymnasium");
        genuine(m, "127.183.5.1");
        m.description = "remittance advice: a school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Region Syddanmark, Kreditorer", "kreditor@regionsyddanmark.dk", "oekonomi@assens.dk", "Betalingsspecifikation")
            .text("Hej Assens Kommune\n\nVedhæftet specifikation af dagens betaling fra Region Syddanmark.\n\nRegion Syddanmark")
            .attach("text/csv", "betalingsspecifikation.csv", ("faktura;tekst;beloeb_dkk\r\n7704530;Genoptræning efter udskrivning;"
                + "18412,00\r\n7704531;Kørsel til dialyse, august;6930,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.185.3.1");
        m.description = "the region pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"assens-byggecenter.dk", "Assens Byggecenter", "kvittering@", "Kvittering for køb",
            "Skruer, lim og 6 sække fliseklæb, 2.318,75 kr. Betalt med kommunens indkøbskort."},
            {"glamsbjerg-boghandel.dk", "Glamsbjerg Boghandel", "webshop@", "Din ordre 20331", "26 eksemplarer af "
                + "'Fynske fortællinger' til 5. årgang, 4.914,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@assens.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Fynske Legepladser", "ordre@fynske-legepladser.dk", "indkoeb@assens.dk", "Ordrebekræftelse 55107")
            .text("Tak for ordren på gyngestativ og faldunderlag til legepladsen ved Tommerup Børnehus. Levering uge 44. Fakturaen "
                + "kommer via NemHandel til EAN " + EAN + ".\n\nFynske Legepladser");
        genuine(m, "127.183.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, smed.person(), addr(smed), "havne@assens.dk", "Tilbud: nye trappestiger, Assens Marina")
            .text("Hej\n\nFire nye trappestiger i rustfrit stål til bådebroerne, leveret og monteret: 31.400 kr. ekskl. moms. "
                + "Tilbuddet gælder til 1. december." + signature(smed))
            .attach("application/pdf", "Tilbud_trappestiger.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("4 trappestiger, rustfrit stål", "31.400,00 ekskl. moms", "Gyldigt til 01.12.2028")));
        genuine(m, smed.ip());
        m.description = "quote from an unlisted smithy, nothing to pay";
        m = ok("quote", false);
        headers(m, have.person(), addr(have), "vej-park@assens.dk", "Pris på hækklipning Dreslette")
            .text("Hej\n\nKlipning af alle hække ved Dreslette Skole og børnehuset, inkl. bortkørsel: 2 dage, 14.200 kr. + moms. "
                + "Kan gå i gang i uge 41." + signature(have));
        genuine(m, have.ip());
        m.description = "quote in the body from an unlisted gardener (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skole-dagtilbud@assens.dk", "Omkørsel under vejarbejdet på Helnæsvej")
            .text("Hej\n\nMens Helnæsvej er spærret i uge 42-43, kører skolebussen via Sønderby. Afgangen fra Helnæs flyttes 10 "
                + "minutter frem. Fakturering er uændret.\n\nSydvestfyns Rutebiler");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, forsyning.person(), addr(forsyning), "ejendomsservice@assens.dk", "Varsel: vandet lukkes i Tommerup")
            .text("Kære kunde\n\nOnsdag kl. 8-14 lukker vi for vandet i Tommerup by på grund af ledningsarbejde. Det berører "
                + "Tommerup Skole og Tommerup Bibliotek.\n\nAssens Vand og Spildevand");
        genuine(m, forsyning.ip());
        m.description = "listed utility's notice of a water interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7044010177302218"), iban("DK", "66950001844271"), bank("6695", "0004418837"),
        iban("EE", "1010220288431175"), iban("PL", "109010140000071219812874"), iban("GB", "REVO00997043318862"),
        iban("IE", "BOFI90001766123477"), iban("NL", "BUNQ2098765431"), iban("DE", "100110012628847119"),
        iban("HU", "117730160000334812000000"), iban("RO", "BTRL0130120588419902"), iban("BG", "STSA93000024557711"),
        iban("CY", "002001280000001200527600"), bank("8117", "0000661294"), iban("MT", "VALL22013000000040018877112"),
        iban("SE", "80000832790000123456"), iban("NO", "15032080119")};

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
        fakeIntermunicipal();
        retentionRedirect();
        fakeIndexSurcharge();
        fakeEsignature();
        fakeVoicemail();
    }

    private void forgedSuppliers() {
        Supplier[] who = {forsyning, ugeblad, traelast, it};
        String[] notes = {"\n\nVi har skiftet bank. Betal venligst kun til kontoen på denne faktura.",
            "\n\nVores tidligere konto er lukket - ret venligst jeres kreditoroplysninger.", "",
            "\n\nBemærk: ny bankforbindelse gældende fra denne faktura."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 1), i + 4, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == traelast) {
                m.mime.header("Reply-To", "<erhverv@assens-tommerhandel.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == traelast ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"assens-vandogspildevand.com", forsyning}, {"glamsbjerg-entreprenor.dk", entrep},
            {"assens-tommerhandel.dk", traelast}, {"helnaes-el.com", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 3), i * 3 + 1, List.of(), i % 2 == 1
                ? "\n\nVær opmærksom på vores nye kontonummer på fakturaen." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("assens-t\u00f8mmerhandel.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, traelast.posing(d, traelast.account()), mule(6), 14, List.of(), "");
        ownedBy(m, d);
        m.description = "IDN " + d + " (ø for oe) posing as assens-toemmerhandel.dk, invoice with new account, authenticates";
        d = idn("\u00e5ssens.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Assens Kommune, Økonomi", "oekonomi@" + d, "kreditor@assens.dk", "Haster: depositum for færgeleje Bågø")
            .text("Hej\n\nReservefærgen til Bågø skal chartres fra mandag, mens vores egen færge er på værft. Rederiet vil have "
                + "depositum på 118.500 kr. i dag, ellers går aftalen tabt. Overfør til " + mule(10) + "; kontrakten eftersendes."
                + "\n\nVh\nØkonomi");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (å for a) posing as our finance department: urgent ferry-charter deposit, authenticates";
    }

    private void platformFrauds() {
        String[][] look = {{"ajoursystem-faktura.com", "Ajour"}, {"freeagent-invoices.net", "FreeAgent"}};
        for (int i = 0; i < look.length; i++) {
            Supplier s = i == 0 ? el : kontor;
            M m = bad("lookalike-platform");
            String no = "INV-" + (1_800 + rnd.nextInt(7_000));
            headers(m, s.name() + " (" + look[i][1] + ")", "noreply@" + look[i][0], "efaktura@assens.dk", "Faktura " + no
                + " er overskredet - betal i dag")
                .html("<html><body style=\"font-family:Helvetica\"><p>Kære Assens Kommune</p><p>Faktura " + no + " fra " + s.name()
                    + " er ikke betalt. Betal med kort eller bankoverførsel nu for at undgå gebyr:</p><p><a href=\"https://"
                    + look[i][0] + "/pay/" + sha256(m.id).substring(0, 14) + "\" style=\"background:#1b6ec2;color:#fff;padding:10px "
                    + "18px;text-decoration:none\">Vis og betal</a></p></body></html>");
            ownedBy(m, look[i][0]);
            m.description = "look-alike platform " + look[i][0] + ": overdue invoice in listed " + s.domain() + "'s name, pay link";
        }
        M m = bad("platform-account-misused");
        String no = "INV-" + (1_800 + rnd.nextInt(7_000));
        m.mailFrom = "bounce-x" + sha256(m.id).substring(0, 9) + "@invoicesimple.com";
        headers(m, "Nordic Harbour Signs (Invoice Simple)", "invoices@invoicesimple.com", "havne@assens.dk", "Faktura " + no
            + " fra Nordic Harbour Signs")
            .header("Reply-To", "<nordic.harbour.signs@outlook.com>")
            .html("<html><body><p>Kære Assens Kommune</p><p>Nordic Harbour Signs har sendt dig faktura <b>" + no + "</b> for "
                + "havneskilte og informationstavler, Assens Marina: <b>DKK 27.937,50</b>. Betales inden 5 dage til " + mule(12)
                + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", Attachments.pdf(docId(m, "pf"), "Invoice " + no,
                List.of("Nordic Harbour Signs", "Havneskilte, 18 stk.", "DKK 27.937,50", "Account " + mule(12))));
        genuine(m, "127.184.2.1");
        m.description = "real platform invoicesimple.com used by an unknown firm for signs never ordered, free-mail Reply-To, mule";
        m = bad("platform-account-misused");
        no = "AJ-" + (1_800 + rnd.nextInt(7_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 10) + "@ajoursystem.dk";
        headers(m, "Tommerup Rengøring ApS (Ajour)", "faktura@ajoursystem.dk", "kreditor@assens.dk", "Faktura " + no
            + " - opdaterede betalingsoplysninger")
            .header("Reply-To", "<tommerup.rengoering.aps@gmail.com>")
            .html("<html><body><p>Kære Assens Kommune</p><p>Tommerup Rengøring fakturerer nu via Ajour, og vi har fået ny bank. "
                + "Faktura " + no + " bedes betalt til " + mule(2) + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(2)), "Faktura", no,
                amount(2_400_000), mule(2), 0, List.of("Opdaterede betalingsoplysninger")));
        genuine(m, "127.184.1.1");
        m.description = "real platform ajoursystem.dk in listed tommerup-rengoering.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{kontor, "Vi er blevet en del af en landsdækkende kontorkæde, og alle betalinger skal nu gå til koncernkontoen "},
            {entrep, "Vores driftskonto er midlertidigt spærret under bankens kontrol. Indtil videre bedes I betale til "},
            {bus, "Vi har overdraget vores tilgodehavender til et factoringselskab, så fremover skal der betales til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 11), i + 7, List.of("Ændrede betalingsoplysninger"), "\n\n" + c[i][1] + mule(i + 11)
                + ". Jeg sidder i møder hele ugen, så skriv gerne her frem for at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = forsyning;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@assens.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nOpfølgning på fakturaen nedenfor: efter et bankudbud er vores konto flyttet, så de " + p.amount().gross()
                + " kr. skal indbetales til " + mule(16) + ". Den gamle konto nedlægges ved udgangen af måneden.\n\n" + s.person()
                + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of assens-vandogspildevand.dk replies in its own wave-1 thread (DMARC pass), new account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "vissenbjerg-kloak.net"}, {madservice, "helnaesbugt-madservice.com"}, {toemrer, "aarup-tomrer.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@assens.dk", "Re: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nVedrørende faktura " + p.no() + " på " + p.amount().gross() + " kr.: vi er skiftet til en ny bank, så "
                    + "den skal betales til " + mule(i + 5) + " og ikke til kontoen på fakturaen. Skriv lige, når det er rettet.\n\n"
                    + s.person() + "\n\n-----Original Message-----\n> " + GREETING[i] + "\n> Faktura " + p.no() + " er vedhæftet.");
            if (i == 1) {
                mime.attach("application/pdf", pdfName(p.no(), 6), pdfInvoice(m, s.posing(d, mule(i + 5)), "Faktura", p.no(),
                    p.amount(), mule(i + 5), 0, List.of("Rettet bankforbindelse")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account";
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Lars Brandt, borgmester", "borgmester@" + OWN, "oekonomi@assens.dk", "Fortroligt: erhvervsgrund ved Assens Havn")
            .text("Hej\n\nVi er i fortrolig dialog om køb af en grund ved havnen. Sælgers advokat skal have 240.000 kr. deponeret i "
                + "dag. Overfør til " + mule(4) + ", og hold det mellem os, indtil Økonomiudvalget er orienteret.\n\nLars");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Kreditorteamet", "kreditor@" + OWN, "oekonomi@assens.dk", "Returneret betaling - betal igen i dag")
            .text("Hej\n\nBanken har returneret betalingen til Region Syddanmark for august. Betal venligst 96.410,00 kr. igen til "
                + mule(7) + " i dag - regionen har oplyst den nye konto. Bilaget retter vi bagefter.\n\nKreditorteamet");
        forged(m, forgedHost++);
        m.description = "our creditor mailbox forged from outside: 'pay the returned regional payment again', mule account";
    }

    private void ceo() {
        Object[][] c = {{"Lars Brandt", "lars.brandt.borgmester@gmail.com", GMAIL, "Har du to minutter?", "Hej\n\nJeg sidder i KL's "
            + "bestyrelsesmøde og kan ikke tage telefonen. Jeg har brug for, at du klarer en betaling for mig i dag. Svar her, så "
            + "sender jeg oplysningerne.\n\nLars\nSendt fra min iPhone"},
            {"Helle Vestergaard - kommunaldirektør", "helle.vestergaard.assens@outlook.com", MSFT, "Lille overraskelse til "
                + "hjemmeplejen", "Hej\n\nJeg vil gerne takke hjemmeplejen i Haarby for en hård sommer. Køb 20 gavekort à 500 kr. og "
                + "send mig koderne - jeg lægger ud og refunderer i morgen.\n\nHelle"},
            {"Thomas Kjær", "thomas.kjaer.oekonomichef@icloud.com", APPLE, "Fortroligt - forlig", "Hej\n\nVi har indgået forlig i en "
                + "erstatningssag, og modpartens advokat skal have 162.000 kr. i dag: " + mule(5) + ". Jeg godkender bilaget, når "
                + "jeg er tilbage.\n\nThomas, økonomichef"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@assens.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Anja Holm", "anja.holm.sosu@gmail.com", "loen@assens.dk", "Skift af lønkonto")
            .text("Hej\n\nJeg er SOSU-hjælper i hjemmeplejen i Glamsbjerg og har skiftet bank. Vil I sætte min løn for oktober ind på "
                + bank("6695", "0007734418") + "? Jeg kan ikke komme på medarbejdersiden hjemmefra.\n\nMvh Anja");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Kenneth Bøgh", "kenneth.boegh@hotmail.com", "loen@assens.dk", "Ny konto til løn og feriepenge")
            .text("Hej\n\nJeg er havnefoged-afløser på Bågø og har fået en ny konto, fordi min gamle bank har lukket den. Løn og "
                + "feriepenge skal fremover ind på " + mule(8) + ". Jeg har ikke MitID lige nu.\n\nKenneth");
        genuine(m, MSFT);
        m.description = "a 'harbour relief worker' on hotmail wants his salary to a German account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "bent@haarbymaler.dk", "kreditor@assens.dk", "Kontonummer")
            .text("Hej\n\nLige til orientering: jeg har nyt kontonummer " + mule(9) + ". Brug det fremover, også til den regning, "
                + "der står åben.\n\nMvh Bent\nHaarby Malerfirma");
        ownedBy(m, "haarbymaler.dk");
        m.description = "no attachment: look-alike of haarby-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Helnæs Bugt Madservice <kunde@helnaesbugt-madservice.dk>", "helnaesbugt.madservice@gmail.com",
            "kreditor@assens.dk", "VIGTIGT - nye bankoplysninger")
            .text("Kære kunde\n\nPå grund af et nedbrud i vores mailsystem skriver vi fra denne adresse. Vores konto er ændret til "
                + mule(13) + " med virkning fra i dag.\n\nHelnæs Bugt Madservice");
        genuine(m, GMAIL);
        m.description = "display name carries a listed supplier's real address, the mail is gmail: new account in the body";
    }

    private void fakeInkasso() {
        Supplier[] s = {el, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "LI-" + (300_000 + rnd.nextInt(90_000));
            headers(m, "Lillebælt Inkasso", "sag@lillebaelt-inkasso.com", "kreditor@assens.dk", "Sidste varsel før retslige skridt - sag "
                + sag)
                .text("Assens Kommune\n\nVi har fået overdraget " + s[i].name() + "s tilgodehavende for faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. Indbetales beløbet med tillæg af 1.450 kr. i omkostninger ikke inden 3 hverdage til "
                    + mule(i + 14) + ", sendes sagen til fogedretten uden yderligere varsel.\n\nLillebælt Inkasso")
                .attach("application/pdf", "Varsel_" + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Sidste varsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(), "Omkostninger 1.450,00",
                        "Konto " + mule(i + 14))));
            ownedBy(m, "lillebaelt-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-erhverv-assens.com", "Digital Post", "post@", "Du har modtaget ny post fra Skattestyrelsen",
            "Assens Kommune har modtaget et brev i Digital Post om efterregulering af moms. Brevet skal åbnes med MitID Erhverv "
                + "inden 48 timer.", "fake-digital-post"},
            {"mitid-erhverv-assens.com", "MitID Erhverv", "noreply@", "Jeres MitID Erhverv-administrator skal genbekræftes",
                "Administratorrollen for Assens Kommune udløber. Bekræft med MitID inden fredag, ellers lukkes adgangen til Digital "
                    + "Post.", "fake-digital-post"},
            {"assens-domaenefornyelse.com", "Domæneservice Danmark", "fornyelse@", "Fornyelse af assens.dk", "Registreringen af "
                + "assens.dk udløber. Betal inden 7 dage, ellers lukkes hjemmeside og e-mail.", "domain-directory-scam"},
            {"vestfynsk-erhvervsregister.org", "Vestfynsk Erhvervsregister", "data@", "Kontrol af jeres oplysninger",
                "Gennemse de forudfyldte oplysninger og returnér formularen underskrevet. Basisoptagelse er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@assens.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 16);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log ind med "
                    + "MitID</a></p></body></html>");
            } else if (x[0].startsWith("assens-domaene")) {
                mime.text(x[4] + "\n\nPris for 2 år: 3.980,00 kr. til " + mule(0) + " eller kort: " + link + "\n\nDomæneservice Danmark")
                    .attach("application/pdf", "Fornyelse_assens.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domænefornyelse",
                        List.of("Domæne: assens.dk", "2 år", "3.980,00", "Konto " + mule(0))));
            } else {
                mime.text(x[4] + "\n\nVestfynsk Erhvervsregister")
                    .attach("application/pdf", "Formular_Assens_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Kontrolformular",
                        List.of("Assens Kommune, " + RAADHUS, "Underskrift:", "Med underskrift bestilles 3 års markedsføring à 1.290 EUR")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link"
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@assens-ordrecenter.com", "indkoeb@assens.dk", "Ordre #44871 er afsendt: 8 x MacBook Pro")
            .text("Tak for din ordre. 8 x MacBook Pro 16\", i alt 187.920,00 kr., trækkes ved afsendelse i morgen.\n\nHar du ikke "
                + "bestilt? Ring straks +45 32 71 40 98 for at annullere.\n\nOrdrecenter");
        ownedBy(m, "assens-ordrecenter.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Norton Fornyelse", "ordre@assens-ordrecenter.com", "oekonomi@assens.dk", "Faktura: abonnement fornyet")
            .text("Jeres abonnement er fornyet automatisk i 3 år (7.480 kr.). Vil I fortryde, skal I ringe +45 32 71 40 98 inden "
                + "24 timer.")
            .attach("application/pdf", "Abonnement_faktura.pdf", Attachments.pdf(docId(m, "cb"), "Faktura",
                List.of("360 Deluxe, 3 år", "7.480,00 kr.", "Fortrydelse: +45 32 71 40 98")));
        ownedBy(m, "assens-ordrecenter.com");
        m.description = "callback scam: renewal 'invoice' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilbetal-assens.net", "MobilePay Erhverv", "noreply@", "Betaling ikke gennemført - scan for at betale",
            "En betaling på 14.280,00 kr. fra Assens Kommune kunne ikke gennemføres."},
            {"sydvestfyns-rutebiler.net", bus.person(), "trafik@", "Skolekørsel august: betal nemt med QR", "Augustfakturaen kan nu "
                + "betales straks."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@assens.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din mobil for at betale.</p><p><img src=\"cid:qr\" "
                    + "width=\"200\" height=\"200\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "qr_betaling.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Baagoe Marine Survey", "accounts@baagoe-marine-survey.com", "havne@assens.dk",
            "Invoice BMS-3107 - depth survey Assens harbour entrance")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the multibeam depth survey of the Assens harbour "
                + "entrance, as agreed with your harbour office. EUR 18,900.00 is due within 7 days to " + mule(4) + ".\n\nKind "
                + "regards\nBaagoe Marine Survey")
            .attach("application/pdf", "BMS-3107.pdf", Attachments.pdf(docId(m, "en"), "Invoice BMS-3107",
                List.of("Client: Assens Municipality", "Multibeam depth survey, harbour entrance", "EUR 18,900.00", "Bank: " + mule(4))));
        ownedBy(m, "baagoe-marine-survey.com");
        m.description = "English invoice for a survey never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Baagoe Marine Survey - Accounts", "finance@baagoe-marine-survey.com", "oekonomi@assens.dk",
            "Updated remittance details")
            .text("Hello,\n\nFollowing a change of our banking partner, kindly update your vendor master data and settle all open "
                + "items to " + mule(12) + " from today. Please confirm once updated.\n\nAccounts Department");
        ownedBy(m, "baagoe-marine-survey.com");
        m.description = "English 'updated remittance details', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "haarby-maler.net"}, {vognmand, "ebberup-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@assens.dk", i == 0 ? "Regning (billede)" : "Scannet faktura")
                .text("Hej\n\nRegningen kommer som " + (i == 0 ? "billede" : "scanning") + ", fordi vores regnskabsprogram er nede. "
                    + "Bemærk den nye konto.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20281003_0931.jpg" : "Scan_20281004.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "tommerup-rengoering.com"}, {vvs, "flemloese-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 15)), "Faktura", no, amount(1_700_000), mule(i + 15), i + 1, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@assens.dk", "Faktura " + n + " (zip)")
                .text("Hej\n\nFakturaen er pakket, da jeres mailserver afviste PDF'en sidste gang. Pak den ud og betal.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("dokumenter/" + n + ".pdf", pdf, "dokumenter/vigtigt.txt", "Ny bankkonto - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@lillebaelt-kontor.com", "indkoeb@assens.dk", "Faktura og følgeseddel september")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og derefter "
                + "'Aktivér indhold' for at se det.\n\nLillebælt Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\nAssens Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "lillebaelt-kontor.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of lillebaelt-kontor.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@vestfyn-itpartner.net", "skole-dagtilbud@assens.dk", "Timeforbrug september")
            .text("Hej\n\nTimeforbruget for september og vores nye bankoplysninger er i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nVestfyn IT-Partner")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_september.xlsm",
                Attachments.excel(List.of("Timeforbrug september 2028", "I alt DKK 74.125,00", "Ny konto: " + plain(mule(1))), true));
        ownedBy(m, "vestfyn-itpartner.net");
        m.description = "macro-enabled Excel statement from a look-alike of vestfyn-itpartner.dk";
    }

    private void svgHtml() {
        String[][] x = {{"assens-dokumentdeling.com", "Assens Tømmerhandel", "Kontoudskrift september", "kontoudskrift.svg",
            "image/svg+xml"},
            {"faktura-visning-vestfyn.net", "Sydvestfyns Rutebiler", "Din faktura er klar", "Faktura_september.html", "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 14);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Indlæser faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"160\"><text x=\"10\" y=\"30\">Kontoudskrift - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"10\" y=\"50\" width=\"200\" height=\"34\" "
                    + "fill=\"#2a6\"/></a><script>window.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokument@" + y[0], "kreditor@assens.dk", y[2])
                .text("Hej\n\nDokumentet åbnes i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    private void splitPayments() {
        Supplier s = traelast;
        Past p = past.get(s.domain());
        M m = bad("split-payment-redirect");
        headers(m, s.person(), addr(s), "kreditor@assens.dk", "Faktura " + p.no() + " - to indbetalinger")
            .text("Hej\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. skal deles: 35 % vedrører tagplader fra vores "
                + "leverandør og betales direkte til leverandørens konto " + mule(6) + ", resten som normalt til " + s.account()
                + ".\n\nDet er aftalt med leverandøren. Skriv endelig her, hvis noget er uklart.\n\n" + s.person() + "\n" + s.name());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of assens-toemmerhandel.dk (DMARC pass) splits its real invoice: 35 % to a new account";
        s = bus;
        p = past.get(s.domain());
        m = bad("split-payment-redirect");
        headers(m, s.person(), "trafik@sydvestfyn-rutebiler.dk", "kreditor@assens.dk", "Re: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nVores bank har indført et loft på 40.000 kr. om dagen for indgående betalinger, mens vi skifter "
                + "erhvervsaftale. Betal derfor 40.000 kr. af faktura " + p.no() + " til den vanlige konto og resten til vores "
                + "nye konto " + mule(14) + ".\n\nPå forhånd tak\nTrafikafdelingen");
        ownedBy(m, "sydvestfyn-rutebiler.dk");
        m.description = "look-alike of sydvestfyns-rutebiler.dk in the wave-1 thread: part of the real invoice to the usual, rest to a new account";
    }

    private void fakeIntermunicipal() {
        M m = bad("fake-intermunicipal-claim");
        headers(m, "Faaborg-Midtfyn Kommune, Opkrævning", "opkraevning@fmk-refusion.dk", "skole-dagtilbud@assens.dk",
            "Efteropkrævning: mellemkommunal refusion 2027")
            .text("Hej Assens\n\nVed årsafstemningen mangler betaling for to elever fra Assens i specialklasse i 2027, i alt "
                + "87.200,00 kr. Da vores opkrævningskonto er omlagt, bedes beløbet indbetalt til " + mule(1) + " inden 5 dage.\n\n"
                + "Med venlig hilsen\nFaaborg-Midtfyn Kommune, Opkrævning")
            .attach("application/pdf", "Efteropkraevning_2027.pdf", Attachments.pdf(docId(m, "fmk"), "Efteropkrævning",
                List.of("Mellemkommunal refusion 2027, 2 elever", "DKK 87.200,00", "Konto " + mule(1))));
        ownedBy(m, "fmk-refusion.dk");
        m.description = "look-alike of the neighbouring municipality's fmk.dk claims 'missing' intermunicipal payments to a new account";
        m = bad("fake-intermunicipal-claim");
        headers(m, "Region Syddanmark - Betalinger", "betaling@regionsyddanmark-betaling.dk", "kreditor@assens.dk",
            "Ændret kontonummer for takstbetalinger")
            .html("<html><body><p>Til Assens Kommune</p><p>Region Syddanmark samler alle takstbetalinger på én konto. Fra og med "
                + "september skal betaling for specialiserede tilbud ske til <b>" + mule(3) + "</b>.</p><p>Bekræft venligst "
                + "ændringen her: <a href=\"https://regionsyddanmark-betaling.dk/bekraeft/" + sha256(m.id).substring(0, 10)
                + "\">Bekræft ny konto</a></p><p>Region Syddanmark, Økonomi</p></body></html>");
        ownedBy(m, "regionsyddanmark-betaling.dk");
        m.description = "look-alike of regionsyddanmark.dk moves the placement payments to a new account, with a link";
    }

    /**
     * New family: a construction retention is "released" to a new account; the contractor, site and one-year inspection
     * are real, so the claim itself is legitimate and only the account is not.
     */
    private void retentionRedirect() {
        Supplier s = entrep;
        M m = bad("retention-release-redirect");
        headers(m, s.person(), addr(s), "vej-park@assens.dk", "Frigivelse af tilbageholdt beløb - Torvet, Haarby (ny konto)")
            .text("Hej Vej og Park\n\nEfter den godkendte étårsgennemgang på Torvet i Haarby beder vi om frigivelse af de 42.000,00 "
                + "kr. Vi gør opmærksom på, at beløbet skal indsættes på vores garantikonto " + mule(0) + " og ikke på "
                + "driftskontoen, da banken har stillet det som betingelse for vores garantiramme.\n\nMvh " + s.person() + "\n"
                + s.name());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of glamsbjerg-entreprenoer.dk (DMARC pass): the real retention to a 'guarantee account'";
        Past p = past.get(s.domain());
        m = bad("retention-release-redirect");
        headers(m, s.person(), "rikke@glamsbjerg-entreprenor.dk", "kreditor@assens.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nI har tilbageholdt 10 % af faktura " + p.no() + " indtil afleveringen. Afleveringen er nu godkendt af "
                + "jeres tilsyn, så vi beder om de tilbageholdte " + kr((p.amount().ore() + p.amount().ore() / 4) / 10) + " kr. overført til " + mule(10)
                + " - vores faktureringskonto er ved at blive flyttet.\n\nVh Rikke");
        ownedBy(m, "glamsbjerg-entreprenor.dk");
        m.description = "look-alike of glamsbjerg-entreprenoer.dk in its wave-1 thread asks a 'retention' to a new account";
        s = toemrer;
        m = bad("retention-release-redirect");
        headers(m, s.person(), addr(s), "ejendomsservice@assens.dk", "Bankgaranti udløber - frigiv tilbageholdelse, Aarup Skole")
            .text("Hej Ejendomsservice\n\nVores bankgaranti for vinduesudskiftningen på Aarup Skole udløber ved månedens udgang. I "
                + "stedet for at forlænge den (med gebyr til jer) foreslår vi, at I frigiver de tilbageholdte 5 %, i alt 18.625,00 "
                + "kr., til vores depotkonto " + mule(11) + ".\n\nSvar gerne på mail, jeg er på pladsen hele ugen.\n\n" + s.person()
                + "\n" + s.name());
        forged(m, forgedHost++);
        m.description = "forged aarup-toemrer.dk (no DMARC: SPF fail, no DKIM) wants a retention released early to a 'deposit account'";
    }

    /** New family: a fake indexation back-charge on a real framework agreement, payable separately to another account. */
    private void fakeIndexSurcharge() {
        Supplier s = madservice;
        M m = bad("fake-price-index-surcharge");
        headers(m, s.person(), "kunde@helnaesbugt-madservice.com", "sundhed-omsorg@assens.dk", "Efterregulering efter "
            + "nettoprisindeks, januar-august 2028")
            .text("Til Assens Kommune\n\nIfølge kontraktens bestemmelse om prisregulering efterregulerer vi priserne for januar til "
                + "august med udviklingen i nettoprisindekset (3,4 %). Efterreguleringen på 27.412,50 kr. faktureres særskilt og "
                + "bedes indbetalt til vores reguleringskonto " + mule(15) + " inden 8 dage.\n\nSpecifikation er vedhæftet.\n\n"
                + "Venlig hilsen\nHelnæs Bugt Madservice A/S")
            .attach("application/pdf", "Efterregulering_2028.pdf", pdfInvoice(m, s.posing("helnaesbugt-madservice.com", mule(15)),
                "Efterregulering", "ER-" + (800 + rnd.nextInt(150)), new Amount(2_193_000, "21.930,00", "5.482,50", "27.412,50"),
                mule(15), 2, List.of("Nettoprisindeks jan.-aug. 2028: 3,4 %")));
        ownedBy(m, "helnaesbugt-madservice.com");
        m.description = "look-alike of helnaesbugt-madservice.dk bills an indexation back-charge to a separate account";
        s = bus;
        m = bad("fake-price-index-surcharge");
        headers(m, s.person(), addr(s), "indkoeb@assens.dk", "Brændstoftillæg 3. kvartal - særskilt faktura")
            .text("Hej Indkøb\n\nDieselindekset er steget mere end kontraktens grænse, så vi opkræver brændstoftillæg for 3. kvartal "
                + "med en særskilt faktura på 38.650,00 kr. Beløbet går til vores tillægskonto " + mule(16) + ", ikke "
                + "driftskontoen.\n\nTrafikafdelingen\nSydvestfyns Rutebiler")
            .attach("application/pdf", "Braendstoftillaeg_Q3.pdf", Attachments.pdf(docId(m, "fuel"), "Brændstoftillæg Q3",
                List.of("Dieselindeks juli-september", "Tillæg DKK 38.650,00", "Konto " + mule(16))));
        forged(m, forgedHost++);
        m.description = "forged sydvestfyns-rutebiler.dk (DMARC fail, p=quarantine): fuel 'surcharge' to a separate account";
    }

    /** New family: a fake e-signature invitation, a contract rider or a "payment agreement" to sign with MitID. */
    private void fakeEsignature() {
        M m = bad("fake-esignature-request");
        headers(m, "Penneo - Assens Tømmerhandel", "signering@penneo-assens-signering.com", "indkoeb@assens.dk",
            "Dokument til underskrift: Allonge til rammeaftale 2028")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Assens Tømmerhandel A/S har sendt dig et "
                + "dokument til underskrift: <b>Allonge til rammeaftale 2028 - ændrede betalingsbetingelser</b>.</p><p><a href=\""
                + "https://penneo-assens-signering.com/s/" + sha256(m.id).substring(0, 16) + "\" style=\"background:#003c71;color:"
                + "#fff;padding:10px 16px;text-decoration:none\">Læs og underskriv med MitID</a></p><p>Linket udløber om 24 timer."
                + "</p></body></html>");
        ownedBy(m, "penneo-assens-signering.com");
        m.description = "fake e-signature invitation in a listed supplier's name, MitID login page";
        m = bad("fake-esignature-request");
        headers(m, it.person(), "faktura@vestfyn-itpartner.com", "kreditor@assens.dk", "Underskriv opdateret betalingsaftale")
            .text("Hej Kreditor\n\nVi har flyttet vores bankforbindelse og skal have en underskrevet betalingsaftale fra alle "
                + "offentlige kunder. Den er forudfyldt med den nye konto " + mule(5) + ". Underskriv digitalt her:\nhttps://"
                + "vestfyn-itpartner.com/sign/" + sha256(m.id).substring(0, 12) + "\n\nVestfyn IT-Partner, Fakturering");
        ownedBy(m, "vestfyn-itpartner.com");
        m.description = "look-alike of vestfyn-itpartner.dk asks to e-sign a 'payment agreement' carrying a new account";
    }

    /** New family: a fake voicemail notice with an HTML "player" that leads to a login page. */
    private void fakeVoicemail() {
        String[][] x = {{"assens-telefonsvarer.com", "Telefonsvarer", "voicemail@", "Ny talebesked (0:47) fra +45 64 71 22 80",
            "Du har en ny talebesked fra +45 64 71 22 80 (Assens Tømmerhandel) om en ubetalt faktura. Afspil den vedhæftede fil.",
            "Talebesked_0m47s.html"},
            {"teams-opkald-vestfyn.com", "Microsoft Teams", "noreply@", "Ubesvaret opkald og talebesked vedr. faktura",
                "Du har et ubesvaret opkald fra Helnæs Bugt Madservice. Talebeskeden ligger i den vedhæftede fil.",
                "Voicemail_Teams.htm"}};
        for (String[] y : x) {
            M m = bad("fake-voicemail-notification");
            String url = "https://" + y[0] + "/play/" + sha256(m.id).substring(0, 14);
            String player = "<html><head><title>Afspil talebesked</title></head><body><p>Indlæser talebesked ...</p><script>"
                + "setTimeout(function(){location.href='" + url + "'},800)</script></body></html>";
            headers(m, y[1], y[2] + y[0], "kreditor@assens.dk", y[3])
                .html("<html><body style=\"font-family:Segoe UI,Arial\"><p>" + y[4] + "</p><p style=\"color:#666\">Modtaget "
                    + writtenDay(m, 0) + "</p></body></html>")
                .attach("text/html", y[5], player.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "fake voicemail notice with an HTML 'player' redirecting to a login page, from " + y[0];
        }
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
        return writeFiles(dir, new HeldOutCorpus18().generate(), List.of(
            "# Assens Kommune, Økonomi: invoice checks (eighteenth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=assens-vandogspildevand.dk glamsbjerg-entreprenoer.dk vissenbjerg-kloak.dk aarup-toemrer.dk "
                + "haarby-maler.dk tommerup-rengoering.dk vestfyns-ugeblad.dk ebberup-vognmand.dk helnaes-el.dk flemloese-vvs.dk "
                + "helnaesbugt-madservice.dk assens-toemmerhandel.dk vestfyn-itpartner.dk sydvestfyns-rutebiler.dk lillebaelt-kontor.dk",
            "invoice.domains.platforms=ajoursystem.dk invoicesimple.com freeagent.com",
            "invoice.names.protected=Assens Kommune"));
    }
}
