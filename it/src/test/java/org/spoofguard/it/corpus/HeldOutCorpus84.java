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
 * The eighty-fourth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Brøndby Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, schools,
 * elderly care, culture, sports and property mailboxes; town hall Park Allé 160, 2605 Brøndby) west of Copenhagen:
 * Brøndbyvester, Brøndbyøster and Brøndby Strand with its beach park, the round allotment gardens of Brøndby Haveby,
 * Vestvolden (the old fortification rampart), Kirkebjerg, Tjørnehøj, Kisumparken, Nørregårdsparken and Brøndby Stadion;
 * sixteen listed suppliers from those places in every DNS posture real Danish firms have (one sending through a web hoster
 * named in its SPF), four invoicing platforms ({@code regnskyl.dk}, {@code zirkelpay.com}, {@code lynbrev.dk}, {@code
 * dagsbog.io}), a hedge-cutting gardener for the allotment gardens' common hedges, a shepherd grazing sheep on Vestvolden,
 * sole traders on free mail, foreign suppliers, SaaS ({@code tavlefri.dk}), an ESP ({@code posthorn-mail.com}), an
 * e-signature service ({@code kvadratsign.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters'
 * own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and two kinds new here: cutting of the common
 * hedges or repairs of the shared water pipes in the round allotment gardens of Brøndby Haveby billed by someone who never
 * was there (fake-haveby-hedge-invoice), and sheep grazing, fencing or vet checks of the flock on Vestvolden billed to a
 * new account (fake-vestvolden-grazing-invoice). The invoice engine, its tests, tuning notes and earlier results were not
 * read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its
 * computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus84GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus84 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout84");
    public static final String OWN = "brondby.dk";
    static final String FRAUD_NET = "127.184.";
    private static final String OWN_IP = "127.84.0.1";
    private static final String EAN = "5798000354119";
    private static final String KOMMUNE = "Brøndby Kommune";
    private static final String HOSTER_IP = "127.84.9.1";
    private static final String GMAIL = "127.86.1.1";
    private static final String MSFT = "127.86.2.1";
    private static final String YAHOO = "127.86.3.1";

    private final Random rnd = new Random(84_2605_0084L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    private String hedgeCase;
    private String flockNo;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 50, 0, 0, ZoneOffset.ofHours(1));
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

    private final Supplier varme = new Supplier("Brøndby Strand Varmeforsyning", "brondbystrand-varme.dk", "Kundecenter",
        "kundecenter", "127.84.1.1", iban("DK", "30000008412955"), "fjernvarme til Rådhuset, Brøndby Strand Bibliotek og Nørregårdshallen");
    private final Supplier hegn = new Supplier("Haveby Hækkeservice v/ Torben Lykke", "brondbyhaveby-haek.dk", "Torben Lykke",
        "torben", "127.84.1.2", bank("2191", "8470221334"), "klipning af fælleshække og stier i Brøndby Haveby, de runde haver");
    private final Supplier faar = new Supplier("Vestvoldens Fåreholdsfællesskab", "vestvolden-faar.dk", "Hyrde Sanne Ibsen", "sanne",
        "127.84.1.3", bank("5301", "0002218876"), "afgræsning af Vestvolden med får, tilsyn og flytning af hegn");
    private final Supplier entrep = new Supplier("Kirkebjerg Entreprise A/S", "kirkebjerg-entreprise.dk", "Projektøkonomi", "okonomi",
        "127.84.1.4", iban("DK", "53010008433017"), "renovering af tag og facade, Brøndbyøster Skole");
    private final Supplier el = new Supplier("Tjørnehøj El ApS", "tjornehoj-el.dk", "Michael Sand", "ms", HOSTER_IP,
        bank("9570", "0012645098"), "ny LED-belysning i Kisumparken og tavleservice på Brøndby Stadion");
    private final Supplier vvs = new Supplier("Brøndbyvester VVS & Blik ApS", "brondbyvester-vvs.dk", "Ordrekontoret", "ordre",
        "127.84.1.6", bank("2191", "8470239917"), "udskiftning af faldstammer, Plejecenter Nørregården");
    private final Supplier rengoer = new Supplier("Strandparkens Rengøring ApS", "brondbystrand-rengoring.dk", "Bogholderiet",
        "bogholderi", "127.84.1.7", iban("DK", "20000008455702"), "rengøring af Rådhuset, Borgerservice og Brøndbyhallen");
    private final Supplier avis = new Supplier("Brøndby Ugeavis", "brondby-ugeavis.dk", "Annonceafdelingen", "annonce",
        "127.84.1.8", iban("DK", "53010008466128"), "stillingsannoncer og offentlige bekendtgørelser om lokalplaner");
    private final Supplier vognmand = new Supplier("Brøndbyøster Vognmandsforretning ApS", "brondbyoster-vognmand.dk", "Kim Hald",
        "kim", "127.84.1.9", bank("5301", "0002229940"), "kørsel med grus og bortkørsel af haveaffald fra genbrugspladsen");
    private final Supplier mad = new Supplier("Kisum Madservice A/S", "kisumparken-madservice.dk", "Kisum Madservice, Debitor",
        "debitor", "127.84.1.10", iban("DK", "30000008477346"), "madservice til hjemmeboende og Plejecenter Kirkebjerggård");
    private final Supplier byg = new Supplier("Brøndby Trælast A/S", "brondby-traelast.dk", "Erhvervssalg", "erhverv",
        "127.84.1.11", iban("DK", "20000008488561"), "byggematerialer til Ejendomsservice efter rammeaftale");
    private final Supplier it = new Supplier("Vestvold IT-Drift ApS", "vestvolden-itdrift.dk", "Fakturering", "faktura",
        "127.84.1.12", bank("9570", "0012659013"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Brøndby Strand Turistbusser ApS", "brondbystrand-busser.dk", "Disponenten",
        "dispo", "127.84.1.13", bank("2191", "8470246658"), "svømmekørsel og ekskursioner for skolerne");
    private final Supplier kontor = new Supplier("Nørregård Kontorforsyning ApS", "norregaardsparken-kontor.dk", "Kundeservice", "ks",
        "127.84.1.14", iban("DK", "53010008491874"), "kopipapir, toner og arkivmapper til Rådhuset og skolerne");
    private final Supplier maler = new Supplier("Brøndby Malerservice v/ Jens Bech", "brondby-malerservice.dk", "Jens Bech", "jens",
        "127.84.1.15", bank("5301", "0002237315"), "maling af gange og klasselokaler, Brøndby Strand Skole");
    private final Supplier gartner = new Supplier("Kisumparkens Anlægsgartner ApS", "kisumparken-anlaeg.dk", "Lone Vest", "lone",
        "127.84.1.16", iban("DK", "20000008502219"), "grønne områder, beplantning og vinterbeskæring i Kisumparken");
    // not on the creditor list
    private final Supplier smed = new Supplier("Brøndby Strand Smedie", "brondbystrand-smedie.dk", "Ulrik Friis", "ulrik",
        "127.84.2.1", bank("2191", "8470258204"), "nye gelændere ved stranden og badebroen");
    private final Supplier yoga = new Supplier("Yoga i Brøndby v/ Nadia Rahimi", "gmail.com", "Nadia Rahimi", "nadia.rahimi.yoga",
        GMAIL, bank("5301", "0002246712"), "stolegymnastik og yoga, Plejecenter Nørregården, 6 gange");
    private final Supplier dj = new Supplier("DJ Amir Farouk", "outlook.com", "Amir Farouk", "amir.farouk.musik", MSFT,
        bank("9570", "0012667791"), "musik til ungdomsklubbens afslutningsfest i Brøndbyhallen");
    private final Supplier foto = new Supplier("Fotograf Line Holt", "yahoo.com", "Line Holt", "line.holt.foto", YAHOO,
        bank("2191", "8470262277"), "portrætfotos til kommunens nye hjemmeside, 38 medarbejdere");
    private final Supplier tysk = new Supplier("Hamburger Schafzucht Technik GmbH", "hh-schafzucht-technik.de", "Buchhaltung",
        "buchhaltung", "127.84.3.1", iban("DE", "200400600087141002"), "Elektrozaun-Geräte und Weidenetze, Vestvolden");
    private final Supplier svensk = new Supplier("Malmö Häckmaskiner AB", "malmo-hackmaskiner.se", "Fakturor", "faktura",
        "127.84.3.2", iban("SE", "45500000058310042216"), "reservdelar till häcksaxar, Brøndby Haveby");

    private final List<Supplier> listed = List.of(varme, hegn, faar, entrep, el, vvs, rengoer, avis, vognmand, mad, byg, it, bus,
        kontor, maler, gartner);

    /** Fraudsters' own domains, each carrying a place name of Brøndby; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"brondbystrand-varme.com", "brondbyhaveby-haek.com", "vestvolden-faar.net",
        "kirkebjerg-entreprise.net", "tjornehoj-el-aps.dk", "brondbyvester-vvs.com", "brondbystrand-rengoering.dk",
        "brondby-ugeavis.net", "kisumparken-madservice.net", "brondby-traelast.net", idn("br\u043endby.dk"),
        idn("brondby-tr\u00e6last.dk"), "brondby-kommune.net", "mitid-brondbyvester.com", "digitalpost-brondbyoster.net",
        "brondbystrand-inkasso.dk", "regnskyl-brondby.dk", "brondby-domaeneservice.dk", "kvadratsign-brondby.net",
        "vestvolden-itdrift.net", "norregaardsparken-kontor.net", "brondbystrand-busser.net", "brondbyhaveby-vandlaug.dk",
        "brondby-haveby-service.dk", "vestvolden-naturpleje.dk", "vestvolden-dyrlaege.dk", "kisumparken-anlaeg.net",
        "brondby-lonservice.net", "brondbyoster-vognmand.net", "brondby-malerservice.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(hegn.domain(), List.of(hegn.ip()), "~all", null, null); // SPF only, no DMARC
        domain(faar.domain(), List.of(faar.ip()), "?all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(entrep.domain(), List.of(entrep.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(el.domain(), List.of(HOSTER_IP), "~all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(vvs.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.84.98.9"), "~all", null, "none"); // SPF names only its booking system
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.84.1.31"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(maler.domain(), List.of(maler.ip()), "-all", null, "quarantine"); // SPF only
        domain(gartner.domain(), List.of(gartner.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // other bodies and counterparts
        domain("vestegnens-forsyning.dk", List.of("127.84.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("brondby-idraetsforening.dk", List.of("127.84.4.2"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("brondbyhallen-cafe.dk", List.of("127.84.4.3"), "-all", null, null);
        domain("brondby-revision.dk", List.of("127.84.4.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // platforms
        domain("regnskyl.dk", List.of("127.84.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("zirkelpay.com", List.of("127.84.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("lynbrev.dk", List.of("127.84.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("dagsbog.io", List.of("127.84.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, forwarders, SaaS, e-signature
        domain("brondbyvester-sparekasse.dk", List.of("127.84.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("koge-bugt-bank.dk", List.of("127.84.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("vestegnens-kreditorer.dk", List.of("127.84.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("brondby-bogholdernetvaerk.dk", List.of("127.84.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkob-vestegnen.dk", List.of("127.84.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("posthorn-mail.com", List.of("127.84.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("srs.vestegnen-net.dk", List.of("127.84.28.1"), "-all", null, null);
        domain("relay.brondby-fiber.dk", List.of("127.84.29.1"), "-all", null, null);
        domain("tavlefri.dk", List.of("127.84.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kvadratsign.dk", List.of("127.84.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 3 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        return switch (Math.floorMod(sha256("no84:" + s.domain()).hashCode(), 5)) {
            case 0 -> "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1 -> "BK-" + (3_100 + rnd.nextInt(6_000));
            case 2 -> String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3 -> "F36-" + String.format("%04d", 40 + rnd.nextInt(900));
            default -> "2036-" + (1_000 + rnd.nextInt(800));
        };
    }

    private static final String[] TO = {"kreditor@brondby.dk", "efaktura@brondby.dk", "kreditor@brondby.dk", "okonomi@brondby.dk",
        "vejpark@brondby.dk", "skole@brondby.dk", "sundhed@brondby.dk", "ejendomme@brondby.dk", "indkoeb@brondby.dk",
        "kultur@brondby.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf84:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(38_000_000 + Math.floorMod(sha256("cvr84:" + domain).hashCode(), 4_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi84:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "brondbystrand-varme.dk" -> "Strandesplanaden 40, 2660 Brøndby Strand";
            case "brondbyhaveby-haek.dk" -> "Havebyen Nord 112, 2605 Brøndby";
            case "vestvolden-faar.dk" -> "Vestvoldvej 8, 2605 Brøndby";
            case "kirkebjerg-entreprise.dk" -> "Kirkebjerg Parkvej 21, 2605 Brøndby";
            case "tjornehoj-el.dk" -> "Tjørnehøjvej 5, 2605 Brøndby";
            case "brondbyvester-vvs.dk" -> "Brøndbyvester Boulevard 77, 2605 Brøndby";
            case "brondbystrand-rengoring.dk" -> "Strandskolevej 14, 2660 Brøndby Strand";
            case "brondby-ugeavis.dk" -> "Park Allé 290, 2605 Brøndby";
            case "brondbyoster-vognmand.dk" -> "Brøndbyøstervej 131, 2605 Brøndby";
            case "kisumparken-madservice.dk" -> "Kisumvej 3, 2605 Brøndby";
            case "brondby-traelast.dk" -> "Priorparken 600, 2605 Brøndby";
            case "vestvolden-itdrift.dk" -> "Roskildevej 342, 2605 Brøndby";
            case "brondbystrand-busser.dk" -> "Ulstrup Allé 9, 2660 Brøndby Strand";
            case "norregaardsparken-kontor.dk" -> "Nørregårdsvej 45, 2605 Brøndby";
            case "brondby-malerservice.dk" -> "Kærdalen 12, 2605 Brøndby";
            case "kisumparken-anlaeg.dk" -> "Horsedammen 30, 2605 Brøndby";
            case "brondbystrand-smedie.dk" -> "Brøndby Strandvej 60, 2660 Brøndby Strand";
            default -> "";
        };
    }

    /** Two layouts of this corpus: a line-item invoice with a payment block, and a period statement with the FI line. */
    private byte[] pdf(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        boolean own = account != null && account.equals(s.account());
        if (layout % 2 == 0) {
            head = title + " " + no + " - " + s.name();
            l.add(s.name() + (street(s).isEmpty() ? "" : " | " + street(s)) + " | CVR " + cvr(s.domain()));
            l.add("Kunde: " + KOMMUNE + ", Park Allé 160, 2605 Brøndby | EAN " + EAN);
            l.add("Udstedt " + dottedDay(m, 0) + " | Vores reference " + s.person());
            l.add("Ydelse: " + s.what());
            l.add("Beløb uden moms " + a.net() + " | Moms 25 % " + a.vat() + " | I alt kr. " + a.gross());
            l.addAll(more);
            l.add("Betalingsfrist " + dottedDay(m, 30) + (account == null ? "" : " | Overføres til " + account));
        } else {
            head = s.name() + ": " + title.toLowerCase(DA) + " " + no;
            l.add("CVR " + cvr(s.domain()) + ", " + street(s));
            l.add("Debitor " + KOMMUNE + " (EAN " + EAN + "), kundenummer " + (70_000 + Math.floorMod(s.domain().hashCode(), 20_000)));
            l.add("Periode " + dashedDay(m, -31) + " til " + dashedDay(m, -1) + " - " + s.what());
            long fixed = a.ore() * 30 / 100;
            l.add("Fast bidrag " + kr(fixed) + ", variable ydelser " + kr(a.ore() - fixed));
            l.add("Netto " + a.net() + ", heraf moms " + a.vat() + ", til betaling " + a.gross());
            l.addAll(more);
            l.add("Sidste rettidige betaling " + writtenDay(m, 14) + (account == null ? "" : ", konto " + account));
            if (own) {
                l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static final String[] HELLO = {"Hej kreditorteamet", "Til Brøndby Kommune", "Hej", "Goddag Økonomi",
        "Att. bogholderiet", "Kære Brøndby Kommune", "Hej alle sammen", "Til rette vedkommende"};

    private String signature(Supplier s) {
        return switch (Math.floorMod(sha256("sig84:" + s.domain() + s.box()).hashCode(), 4)) {
            case 0 -> "\n\nVenlige hilsner\n" + s.person() + "\n" + s.name();
            case 1 -> "\n\nHilsen " + firstName(s) + "\n" + s.name() + "\nTelefon 43 " + (20 + rnd.nextInt(70)) + " "
                + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2 -> "\n\nMvh.\n" + s.person() + (freeMail(s) ? "" : "\n" + s.name() + " - CVR " + cvr(s.domain()));
            default -> "\n\nDbh.\n" + firstName(s) + (freeMail(s) ? "\nSendt fra min mobil" : "\n" + street(s));
        };
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Fakturanr. " + no + " (EAN " + EAN + ")", "Regning " + no, "Jeres faktura " + no, "Faktura vedr. " + s.what(),
            s.name() + ": faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil ligger faktura " + no + " for " + s.what() + ".";
            case 1 -> "Hermed fremsendes faktura " + no + ", i alt kr. " + a.gross() + " med moms, til betaling senest "
                + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen går også ud via NemHandel til EAN " + EAN + ". Den skal naturligvis kun betales én gang.";
            case 3 -> "Tak for samarbejdet denne måned. Vores faktura er vedlagt i PDF.";
            case 4 -> "Fakturanummer " + no + "\nBeløb " + a.gross() + " kr.\nFrist " + dottedDay(m, 30);
            case 5 -> "Vedlagt finder I faktura for de udførte opgaver med jeres indkøbsnummer påført.";
            case 6 -> "Her er månedens faktura. Giv lyd, hvis noget ser forkert ud, så retter vi det hurtigt.";
            default -> "Se venligst den vedhæftede faktura.";
        };
        String full = HELLO[Math.floorMod(v, HELLO.length)] + "\n\n" + body + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
            mime.html("<html><body style=\"font-family:Calibri,sans-serif\"><div>"
                + full.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
        } else {
            mime.text(full);
        }
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Brøndby Kommune " + no + ".pdf", "INV" + no + ".pdf",
            "Regning-" + no + ".pdf", "dokument_" + no + ".pdf"};
        mime.attach("application/pdf", names[Math.floorMod(v, names.length)], pdf(m, s, "Faktura", no, a, account, v + s.box().length(), more));
        return no;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Park Allé 160", "Brøndby", "2605", EAN);

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        hedgeCase = "HB-" + (700 + rnd.nextInt(200));
        flockNo = "CHR " + (61_000 + rnd.nextInt(9_000));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == hegn ? List.of("Sag " + hedgeCase + ": fælleshække i have 1-12, Brøndby Haveby")
                : s == faar ? List.of("Besætning " + flockNo + ": 46 får på Vestvolden mellem Roskildevej og Park Allé")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, null);
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String no = invoice(first, smed, smed.account(), 3, List.of("Bestilt af Vej og Park"), null);
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(no, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC), aligned SPF pass";

        List<Supplier> again = List.of(byg, it, entrep, rengoer, avis, el, kontor, varme, bus, mad, gartner, maler, hegn, faar,
            vvs, byg, mad, varme, entrep, kontor, el, it, rengoer, gartner);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 3) {
                case 0 -> List.of("Indkøbsnr. BRK-" + (40_100 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@brondby.dk", "") + ", " + KOMMUNE);
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, null);
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "");
            k++;
        }
        creditNotes();
        reminders();
        ubl();
        platforms();
        soleTraders();
        foreign();
        announcedChange();
        forwarded();
        lists();
        other();
    }

    private void creditNotes() {
        Supplier[] who = {byg, kontor};
        String[] why = {"To paller fliser blev leveret med skår og er taget retur.", "Tonerpatronerne passede ikke til jeres "
            + "maskiner, så de er hentet og krediteret."};
        for (int i = 0; i < who.length; i++) {
            Supplier s = who[i];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String cn = "KN-" + (600 + rnd.nextInt(300));
            Amount a = amount(140_000).credit();
            headers(m, s.person(), addr(s), "kreditor@brondby.dk", "Kreditnota til faktura " + p.no())
                .text(HELLO[i] + "\n\n" + why[i] + " Kreditnota " + cn + " på " + a.gross() + " kr. er vedhæftet og kan trækkes "
                    + "fra i jeres næste indbetaling." + signature(s))
                .attach("application/pdf", "Kreditnota-" + cn + ".pdf", pdf(m, s, "Kreditnota", cn, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
        }
    }

    private void reminders() {
        Supplier[] who = {avis, entrep};
        String[] txt = {"Ifølge vores bogholderi er nedenstående faktura ikke betalt endnu. Har I allerede betalt, beder vi jer se "
            + "bort fra denne mail.", "En venlig påmindelse: fakturaen er overskredet med en uge. Der er ikke pålagt rykkergebyr."};
        for (int i = 0; i < who.length; i++) {
            Supplier s = who[i];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@brondby.dk", "Betalingspåmindelse - faktura " + p.no())
                .text(HELLO[i + 3] + "\n\n" + txt[i] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. kan betales "
                    + "til den konto, der altid har stået på vores fakturaer: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdf(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato, se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
        }
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@brondby.dk", "Saldoudskrift til årsafslutning")
            .text("Hej\n\nTil jeres afstemning kan vi bekræfte, at faktura " + p.no() + " er indgået, og at saldoen er nul."
                + signature(s));
        genuine(m, s.ip());
        m.description = "brondbyoster-vognmand.dk statement (SPF names only its booking system: softfail, p=none)";
    }

    private void ubl() {
        Supplier[] who = {el, kontor, gartner};
        for (int i = 0; i < who.length; i++) {
            Supplier s = who[i];
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = i != 0;
            String ref = "BRK-" + (61_000 + i * 337);
            headers(m, s.name(), addr(s), "efaktura@brondby.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej\n\nVores NemHandel-opsætning er ved at blive flyttet til ny udbyder, så i denne uge kommer XML-filen "
                    + "direkte på mail med en læsbar kopi. Kontonummeret er uændret. Modtager I den også via netværket, så betal "
                    + "den kun én gang.\n\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    Ubl.ordered(no, s, cvr(s.domain()), street(s), s.account(), a.ore(), isoDay(m, 0), isoDay(m, 30), peppol, ref,
                        "", BUYER, "Netto 30 dage").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "kopi-" + no + ".pdf", pdf(m, s, "Faktura", no, a, s.account(), i, List.of("Ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
        }
    }

    private void platforms() {
        String[] d = {"regnskyl.dk", "zirkelpay.com", "lynbrev.dk", "dagsbog.io"};
        Supplier[] who = {smed, hegn, yoga, faar};
        for (int i = 0; i < d.length; i++) {
            Supplier s = who[i];
            M m = ok("platform-invoice", true);
            String no = invoiceNo(s);
            Amount a = amount(380_000);
            m.mailFrom = "bounce+" + sha256("plat84:" + m.id).substring(0, 10) + "@" + d[i];
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], "kreditor@brondby.dk", "Du har modtaget en faktura fra "
                + s.name())
                .text(s.name() + " har sendt dig faktura " + no + " på " + a.gross() + " kr.\n\nBetal til " + s.account()
                    + " senest " + dottedDay(m, 21) + ". Fakturaen er vedhæftet og kan også hentes i vores webportal.\n\n"
                    + "Denne mail er sendt automatisk fra " + d[i] + " på vegne af " + s.name() + ".")
                .attach("application/pdf", "faktura-" + no + ".pdf", pdf(m, s, "Faktura", no, a, s.account(), i, List.of()));
            m.ip = dns.get(d[i]).spfIps().get(0);
            m.helo = "out." + d[i];
            m.signers.add(d[i]);
            m.description = "invoice for " + s.name() + " sent by platform " + d[i] + " on its own domain";
        }
    }

    private void soleTraders() {
        Supplier[] who = {yoga, dj, foto};
        String[] txt = {"Tak for et dejligt forløb med beboerne. Her er min regning for de seks gange. Jeg har ikke CVR, men "
            + "bruger min B-skattekort-ordning, som aftalt med centerlederen.", "Tak for sidst, det var en fed fest. Regningen "
            + "for musik og lys ligger vedhæftet.", "Billederne er lagt op i delingsmappen, og her er fakturaen som lovet."};
        for (int i = 0; i < who.length; i++) {
            Supplier s = who[i];
            M m = ok("free-mail-sole-trader", true);
            invoice(m, s, s.account(), i + 2, List.of(), txt[i]);
            genuine(m, s.ip());
            m.description = "sole trader on " + s.domain() + ", its usual Danish account, signed by the provider";
        }
    }

    private void foreign() {
        M m = ok("foreign-supplier", true);
        String no = "HS-" + (8_000 + rnd.nextInt(900));
        Amount a = amount(700_000);
        headers(m, tysk.person(), addr(tysk), "indkoeb@brondby.dk", "Rechnung " + no + " - Weidezaun Vestvolden")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " für " + tysk.what() + ". Innergemeinschaftliche "
                + "Lieferung, Steuerschuldnerschaft des Leistungsempfängers.\n\nZahlbar auf " + tysk.account() + ".\n\n"
                + "Mit freundlichen Grüßen\nBuchhaltung\n" + tysk.name())
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, no), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg", "Kunde: " + KOMMUNE + ", EAN " + EAN, tysk.what(), "Netto EUR "
                    + kr(a.ore() / 7), "Reverse charge", "Bank " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF -all, DKIM, no DMARC), its usual DE IBAN";
        m = ok("foreign-supplier", true);
        no = "MH" + (30_000 + rnd.nextInt(900));
        headers(m, svensk.person(), addr(svensk), "vejpark@brondby.dk", "Faktura " + no + " från Malmö Häckmaskiner")
            .text("Hej!\n\nHär kommer fakturan för reservdelarna till era häcksaxar. Betalning till " + svensk.account()
                + " inom 30 dagar.\n\nMed vänliga hälsningar\nFakturor, " + svensk.name())
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, no), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(amount(300_000).ore()),
                    "Bankgiro och " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier, its usual SE IBAN, DMARC pass";
    }

    private void announcedChange() {
        M m = ok("announced-account-change", false);
        Supplier s = mad;
        headers(m, s.person(), addr(s), "kreditor@brondby.dk", "Ny bankforbindelse fra 1. januar - bekræft gerne pr. telefon")
            .text("Kære kunde\n\nKisum Madservice skifter bank ved årsskiftet. Fakturaer fra januar vil vise vores nye konto, "
                + "og den er også registreret i NemKonto. Ring gerne til vores kundeansvarlige på det nummer, I kender fra "
                + "kontrakten, før I retter kreditoroplysningerne. Vi beder jer ikke om at ændre noget på baggrund af denne mail "
                + "alene." + signature(s));
        genuine(m, s.ip());
        m.description = "genuine announcement of a bank change from kisumparken-madservice.dk (p=reject, DMARC pass), asks for callback";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 17, List.of(), null);
        m.mailFrom = "SRS0=h7Qa=PX=brondby-ugeavis.dk=annonce@srs.vestegnen-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.84.28.1";
        m.helo = "srs.vestegnen-net.dk";
        m.description = "brondby-ugeavis.dk invoice forwarded with SRS (forwarder SPF passes, DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, entrep, entrep.account(), 21, List.of(), null);
        m.signers.add(entrep.domain());
        relayedBy(m, "relay.brondby-fiber.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, maler, maler.account(), 26, List.of(), null);
        relayedBy(m, "relay.brondby-fiber.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void lists() {
        String[][] p = {{"brondby-bogholdernetvaerk.dk", "Pia Korsholm", "piko@", "Regning for hækklipning i kolonihaver?",
            "Hej netværk\n\nEr der andre, der har fået en regning for klipning af fælleshække i en haveby fra et firma, ingen "
                + "kender? Vores ser ægte ud, men kontoen er en anden end sidst.\n\nPia"},
            {"indkob-vestegnen.dk", "Henrik Aagaard", "haa@", "Fåreafgræsning - hvem bruger hvem?", "Hej\n\nVi skal i udbud med "
                + "naturpleje på voldanlæggene. Hvilke fårehold bruger I, og hvordan afregner de?\n\nHenrik"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "kreditor-liste@vestegnens-kreditorer.dk", x[3])
                .header("List-Id", "Vestegnens kreditorer <kreditor-liste.vestegnens-kreditorer.dk>")
                .text(x[4]);
            listPost(m, x[0], "vestegnens-kreditorer.dk", "[Vestegnen] ", "\r\n___\r\nVestegnens kreditornetværk - afmeld på "
                + "https://vestegnens-kreditorer.dk/afmeld\r\n");
        }
    }

    private void other() {
        M m = ok("newsletter", false);
        m.mailFrom = "return-" + sha256("esp84:" + m.id).substring(0, 8) + "@posthorn-mail.com";
        headers(m, "Brøndby Trælast", "nyhedsbrev@brondby-traelast.dk", "indkoeb@brondby.dk", "Vinteråbning og nyt sortiment")
            .html("<html><body><h2>Vinteråbningstider</h2><p>Fra december holder trælasten åbent fra 6.30. Se også vores "
                + "nye sortiment af saltspredere.</p><p><a href=\"https://brondby-traelast.dk/afmeld\">Afmeld</a></p></body></html>");
        m.ip = "127.84.26.1";
        m.helo = "mta3.posthorn-mail.com";
        m.signers.add("posthorn-mail.com");
        m.description = "supplier newsletter through ESP posthorn-mail.com (DKIM d= the ESP only, From p=quarantine: DMARC fails)";
        m = ok("saas-invoice", true);
        String no = "TF-" + (10_000 + rnd.nextInt(5_000));
        Amount a = amount(240_000);
        headers(m, "Tavlefri", "billing@tavlefri.dk", "it@brondby.dk", "Kvittering og faktura " + no)
            .text("Hej Brøndby Kommune\n\nTak for jeres fornyelse af Tavlefri til alle skolers lærerværelser. Beløbet "
                + a.gross() + " kr. trækkes via betalingsservice den " + dottedDay(m, 8) + ". Fakturaen er vedhæftet.\n\nTavlefri ApS")
            .attach("application/pdf", "tavlefri-" + no + ".pdf", Attachments.pdf(docId(m, no), "Faktura " + no,
                List.of("Tavlefri ApS", "Licens, 11 skoler", "I alt " + a.gross(), "Trækkes via Betalingsservice")));
        m.ip = "127.84.30.1";
        m.helo = "mail.tavlefri.dk";
        m.signers.add("tavlefri.dk");
        m.description = "SaaS invoice paid by direct debit, DMARC pass";
        m = ok("esignature-notice", false);
        headers(m, "Kvadratsign", "noreply@kvadratsign.dk", "ejendomme@brondby.dk", "Dokument underskrevet: Lejeaftale Brøndbyhallen cafe")
            .text("Alle parter har underskrevet dokumentet 'Lejeaftale Brøndbyhallen cafe'. Den underskrevne PDF kan hentes i "
                + "jeres Kvadratsign-konto i 30 dage.\n\nKvadratsign");
        m.ip = "127.84.32.1";
        m.helo = "mail.kvadratsign.dk";
        m.signers.add("kvadratsign.dk");
        m.description = "genuine e-signature completion notice";
        String[][] bankTexts = {{"brondbyvester-sparekasse.dk", "Brøndbyvester Sparekasse", "Ny kontoudskrift i netbanken", "Der er en "
            + "ny kontoudskrift klar til jer i Netbank Erhverv. Vi sender aldrig links til login på mail."},
            {"koge-bugt-bank.dk", "Køge Bugt Bank", "Ændrede cut-off-tider for betalinger", "Fra næste måned ændres sidste "
                + "tidspunkt for samme-dags-overførsler til 14.30. Læs mere når du er logget ind på vanlig vis."}};
        for (String[] b : bankTexts) {
            m = ok("bank-notice", false);
            headers(m, b[1], "erhverv@" + b[0], "okonomi@brondby.dk", b[2]).text("Kære kunde\n\n" + b[3] + "\n\n" + b[1]);
            m.ip = dns.get(b[0]).spfIps().get(0);
            m.helo = "mx." + b[0];
            m.signers.add(b[0]);
            m.description = "bank notice without links";
        }
        m = ok("intermunicipal-invoice", true);
        no = "VF-" + (200_000 + rnd.nextInt(90_000));
        a = amount(3_000_000);
        headers(m, "Vestegnens Forsyning, Debitor", "debitor@vestegnens-forsyning.dk", "efaktura@brondby.dk", "Opkrævning " + no
            + " - vand og afledning")
            .text("Til Brøndby Kommune\n\nVedhæftet opkrævning " + no + " for vand og afledning på kommunens ejendomme i "
                + "kvartalet.\n\nVestegnens Forsyning")
            .attach("application/pdf", "opkraevning-" + no + ".pdf", Attachments.pdf(docId(m, no), "Opkrævning " + no,
                List.of("Vestegnens Forsyning A/S", "Vand og afledning, 42 målere", "I alt " + a.gross(),
                    "Betaling " + iban("DK", "30000008519906"))));
        m.ip = "127.84.4.1";
        m.helo = "mail.vestegnens-forsyning.dk";
        m.signers.add("vestegnens-forsyning.dk");
        m.description = "utility owned by several municipalities bills water, DMARC pass";
        m = ok("club-invoice", true);
        headers(m, "Kassereren", "kasserer@brondby-idraetsforening.dk", "kultur@brondby.dk", "Regning for dommere til skoleturnering")
            .text("Hej Kultur og Fritid\n\nHer er regningen for dommere og bold til skolernes fodboldturnering på Brøndby "
                + "Stadions kunstgræsbaner: 4.800 kr. til " + bank("2191", "8470271143") + ".\n\nVh kassereren");
        m.ip = "127.84.4.2";
        m.helo = "mail.brondby-idraetsforening.dk";
        m.signers.add("brondby-idraetsforening.dk");
        m.description = "sports club bill for referees, DMARC pass (p=none)";
        m = ok("internal", false);
        headers(m, "Løn og Personale", "loen@brondby.dk", "alle-ledere@brondby.dk", "Lønkørsel i december fremrykkes")
            .text("Kære ledere\n\nDecemberlønnen udbetales den 22. Husk at godkende timer i lønsystemet senest den 15. Ændringer "
                + "af lønkonto sker kun i selvbetjeningen med MitID, aldrig på mail.\n\nLøn og Personale");
        m.ip = OWN_IP;
        m.helo = "mail.brondby.dk";
        m.signers.add(OWN);
        m.description = "internal payroll notice from our own domain";
        m = ok("internal", false);
        headers(m, "Kreditorbogholderiet", "kreditor@brondby.dk", "indkoeb@brondby.dk", "Fakturaer uden indkøbsnummer")
            .text("Hej Indkøb\n\nVi har fem fakturaer fra Brøndby Trælast uden indkøbsnummer liggende. Kan I finde rekvirenten, så "
                + "de ikke går i rykker?\n\nKreditor");
        m.ip = OWN_IP;
        m.helo = "mail.brondby.dk";
        m.signers.add(OWN);
        m.description = "internal question about invoices without a purchase number";
        m = ok("audit-letter", false);
        headers(m, "Brøndby Revision", "revision@brondby-revision.dk", "okonomi@brondby.dk", "Revisionsplan 2037 - udkast")
            .text("Hej Økonomi\n\nUdkast til revisionsplanen er klar. Vi vil i år særligt se på kontrollen ved ændring af "
                + "kreditorers bankoplysninger.\n\nBrøndby Revision");
        m.ip = "127.84.4.4";
        m.helo = "mail.brondby-revision.dk";
        m.signers.add("brondby-revision.dk");
        m.description = "auditor's letter, DMARC pass";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7300001234567890"), iban("GB", "NWBK60161331926819"),
        iban("PL", "109010140000071219812874"), bank("9570", "0012688402"), iban("NL", "RABO0307654321"),
        iban("EE", "3822001011165438"), iban("IE", "AIBK93115212345678"), iban("BG", "BNBG96611020345678"),
        iban("RO", "AAAA1B31007593840000"), iban("DK", "98000008631127"), iban("HU", "117730161111101800000000"),
        iban("CY", "002001280000001200527600")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    /** A mail from a fraudster's own domain with a plain text. */
    private M own(String family, String name, String from, String to, String subject, String text, String description) {
        M m = bad(family);
        headers(m, name, from, to, subject).text(text);
        ownedBy(m, domainOf(from));
        m.description = description;
        return m;
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(0), 4, List.of("Ny betalingsmodtager"), "Vi har samlet opkrævningen hos en ny "
            + "afregningspartner efter fusionen i forsyningen. Kontoen på den vedlagte opkrævning gælder fra i dag, og "
            + "indbetalinger til den gamle konto sendes retur af banken. Varmeværket i Brøndby Strand og værket ved Kirkebjerg har "
            + "nu fælles kundecenter i Strandesplanaden, og derfor får alle kommunens målere på skoler, haller og plejecentre "
            + "samme nye modtagerkonto, også for aconto-beløbene i resten af fyringssæsonen.");
        forged(m, forgedHost++);
        m.description = "forged From brondbystrand-varme.dk (p=reject) from a fraudster's machine, LT mule";
        m = bad("forged-supplier");
        invoice(m, gartner, mule(1), 9, List.of(), "Vinterbeskæringen i Kisumparken er afsluttet. Bemærk venligst, at vi "
            + "midlertidigt modtager betaling på vores udenlandske konto, indtil den danske er genåbnet.");
        forged(m, forgedHost++);
        m.description = "forged From kisumparken-anlaeg.dk (p=none), GB account";
        m = bad("forged-supplier");
        invoice(m, vvs, mule(3), 10, List.of(), "Faldstammerne på Nørregården er færdige. Hurtig betaling til den nye "
            + "konto på fakturaen er værdsat, da vores gamle konto er lukket.");
        forged(m, forgedHost++);
        m.description = "forged From brondbyvester-vvs.dk (publishes nothing), DK mule account";

        // compromised-supplier-mailbox
        Past p = past.get(entrep.domain());
        m = bad("compromised-supplier-mailbox");
        headers(m, entrep.person(), addr(entrep), "kreditor@brondby.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId()).header("References", p.messageId())
            .text("Hej\n\nVores revisor har bedt os samle alle betalinger på en ny konto i forbindelse med en refinansiering. "
                + "Faktura " + p.no() + " på " + p.amount().gross() + " kr. bedes derfor indbetalt til " + mule(4)
                + ". Svar blot her, når det er gjort.\n\nProjektøkonomi");
        genuine(m, entrep.ip());
        m.description = "sent from the real Kirkebjerg Entreprise mailbox (DMARC pass), reply to its own invoice, NL mule";
        p = past.get(it.domain());
        m = bad("compromised-supplier-mailbox");
        invoice(m, it, mule(5), 12, List.of("Bankoplysninger opdateret"), "Vores bankskifte er nu gennemført. Fremover gælder "
            + "kun kontoen på denne faktura; den tidligere er lukket. Det gælder også driften af de trådløse adgangspunkter på "
            + "Brøndbyøster Skole og licenserne til mellemtrinnets Chromebooks, som I hidtil har betalt kvartalsvis.");
        genuine(m, it.ip());
        m.description = "real vestvolden-itdrift.dk mailbox (DKIM only, p=reject, passes), EE account";
        m = bad("compromised-supplier-mailbox");
        headers(m, avis.person(), addr(avis), "okonomi@brondby.dk", "Opdatering af kontooplysninger")
            .text("Kære annoncekunde\n\nPå grund af en systemopgradering i vores regnskab skal betalinger fra i dag gå til "
                + mule(6) + ". Opdatér venligst jeres kreditorkartotek hurtigst muligt.\n\nAnnonceafdelingen");
        genuine(m, avis.ip());
        m.description = "real brondby-ugeavis.dk mailbox (p=reject, DMARC pass) asks for a bank change, IE account";

        // hijacked-thread
        p = past.get(byg.domain());
        m = bad("hijacked-thread");
        headers(m, byg.person(), "erhverv@brondby-traelast.net", "kreditor@brondby.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId()).header("References", p.messageId())
            .text("Hej igen\n\nJeg følger lige op på tråden: fakturaen står stadig åben hos os. Da vores netbank er under "
                + "omlægning, skal beløbet " + p.amount().gross() + " kr. gå til " + mule(7) + ".\n\nErhvervssalg");
        ownedBy(m, "brondby-traelast.net");
        m.description = "hijacked thread on brondby-traelast.dk's real invoice from a look-alike .net, BG account";
        p = past.get(bus.domain());
        m = bad("hijacked-thread");
        headers(m, bus.person(), "dispo@brondbystrand-busser.net", "skole@brondby.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId()).header("References", p.messageId())
            .text("Hej\n\nTak for svaret tidligere. Som nævnt er vores konto ændret; her er den rigtige: " + mule(8)
                + ". Kan I betale inden fredag, så vi kan køre næste uges svømmehold?\n\nDisponenten");
        ownedBy(m, "brondbystrand-busser.net");
        m.description = "thread of the bus company's real invoice continued from a look-alike, RO account";

        p = past.get(gartner.domain());
        m = bad("hijacked-thread");
        headers(m, gartner.person(), "lone@kisumparken-anlaeg.net", "vejpark@brondby.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId()).header("References", p.messageId())
            .text("Hej Vej og Park\n\nJeg svarer lige på vores gamle tråd om beskæringen. Vi har desværre haft svindel på "
                + "vores gamle konto og er flyttet til " + mule(2) + ". Vil I sørge for, at både denne og kommende regninger "
                + "går dertil?\n\nLone");
        ownedBy(m, "kisumparken-anlaeg.net");
        m.description = "continues the park gardener's real invoice thread from a look-alike .net, PL account";

        // lookalike-domain
        m = bad("lookalike-domain");
        invoice(m, rengoer.posing("brondbystrand-rengoering.dk", mule(9)), mule(9), 6, List.of(), "Månedens rengøring er "
            + "udført som aftalt, inklusive hovedrengøringen af omklædningsrummene i Brøndbyhallen efter håndboldstævnet. "
            + "Vi har flyttet vores løn- og driftskonto til en ny bank, så bankoplysningerne nederst er ændret.");
        ownedBy(m, "brondbystrand-rengoering.dk");
        m.description = "look-alike of brondbystrand-rengoring.dk (oe for ø), new DK account";
        m = bad("lookalike-domain");
        invoice(m, mad.posing("kisumparken-madservice.net", mule(10)), mule(10), 7, List.of(), "Hermed novembers regning for de varme "
            + "retter til borgerne i eget hjem og til køkkenet på Kirkebjerggård. Vores ejerkreds har solgt virksomheden til en "
            + "kæde fra Jylland, og betalingen skal derfor fremover gå til kædens konto, der står på regningen.");
        ownedBy(m, "kisumparken-madservice.net");
        m.description = "look-alike .net of kisumparken-madservice.dk with the standard wording, HU account";
        m = bad("lookalike-domain");
        invoice(m, kontor.posing("norregaardsparken-kontor.net", mule(11)), mule(11), 11, List.of(), "Kopipapiret og de hængemapper, "
            + "som Borgerservice bestilte til flytningen på rådhusets stueetage, er leveret. Vi fakturerer nu fra vores nye "
            + "webshopsystem, og pengene skal sættes ind på den konto, der fremgår af den vedhæftede fil. Spørgsmål om "
            + "leveringen til skolernes lærerværelser og om returnering af overskydende ringbind kan I stadig stille til Karin "
            + "på lageret i Priorparken, men hun kan ikke ændre betalingsoplysningerne, så ring ikke til hende om dem.");
        ownedBy(m, "norregaardsparken-kontor.net");
        m.description = "look-alike .net of norregaardsparken-kontor.dk, CY account";

        // homoglyph-domain
        m = bad("homoglyph-domain");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + idn("br\u043endby.dk"), "okonomi@brondby.dk",
            "Hasteoverførsel - fortroligt")
            .text("Hej\n\nBorgmesteren har brug for, at en overførsel på 186.400 kr. til en samarbejdspartner gennemføres i dag. "
                + "Oplysningerne er " + mule(0) + ". Sagen er fortrolig indtil byrådsmødet, så svar kun mig.\n\nSekretariatet");
        ownedBy(m, idn("br\u043endby.dk"));
        m.description = "homoglyph of brondby.dk (Cyrillic o), urgent confidential transfer";
        m = bad("homoglyph-domain");
        invoice(m, byg.posing(idn("brondby-tr\u00e6last.dk"), mule(1)), mule(1), 13, List.of(), "Fakturaen for "
            + "fliserne og stabilgruset til Kisumparkens stier er udskrevet igen, fordi vores gamle system skrev forkert "
            + "kontonummer på. Smid venligst den første væk og overfør beløbet til kontoen nederst på den nye. Læsset med "
            + "kantsten til Vej og Park blev i øvrigt kørt ud med kran fra pladsen ved Roskildevej, så kranleje og palleretur er "
            + "lagt ind som særskilte linjer, som vores chauffør har kvitteret for på stedet.");
        ownedBy(m, idn("brondby-tr\u00e6last.dk"));
        m.description = "IDN look-alike of brondby-traelast.dk (æ), 'replaces' an invoice, GB account";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "direktion.brondby@gmail.com", "okonomi@brondby.dk", "Er du ved dit skrivebord?")
            .text("Hej\n\nJeg er til budgetforhandling på Christiansborg med borgmesteren og kan hverken tage telefon eller Teams. En "
                + "leverandør til Brøndby Stadions renovering rykker for en udbetaling, som skal gå fra kommunens konto i eftermiddag. "
                + "Har du adgang til at lave en overførsel nu? Svar kun på denne adresse.\n\nSendt fra min iPhone");
        genuine(m, GMAIL);
        m.description = "CEO fraud from a gmail address with the director's title, first contact";
        own("ceo-fraud", "Borgmesteren", "borgmester@brondby-kommune.net", "kreditor@brondby.dk", "Betaling til advokat",
            "Hej\n\nByrådet har i lukket møde besluttet at byde på en erhvervsgrund ved Brøndby Strand Centret, og sælgers advokat "
                + "kræver depositum på 420.000 kr. på sin klientkonto " + mule(2) + " inden børsens lukning i dag. Pressen må ikke "
                + "høre om det, så tal ikke med kollegerne. Bilaget med min underskrift følger i morgen.\n\nBorgmesteren",
            "CEO fraud from a look-alike municipal domain, PL account");

        // display-name-free-mail
        m = bad("display-name-free-mail");
        invoice(m, as(hegn, "outlook.com", "haveby.haekkeservice"), mule(3), 14, List.of(), "Vores firmamail er nede, så "
            + "fakturaen kommer herfra. Betal venligst til kontoen på fakturaen.");
        genuine(m, MSFT);
        m.description = "hedge firm's name as display name on outlook.com, mule account";
        m = bad("display-name-free-mail");
        invoice(m, as(el, "gmail.com", "tjornehoj.el.faktura"), mule(4), 15, List.of(), "Vi skifter mailudbyder, så "
            + "fakturaer kommer fra denne adresse fremover, sammen med vores nye bankkonto.");
        genuine(m, GMAIL);
        m.description = "electrician's name on gmail.com, NL account";

        // payroll-change
        m = bad("payroll-change");
        headers(m, "Mette Skov", "mette.skov.brondby@hotmail.com", "loen@brondby.dk", "Ny lønkonto")
            .text("Hej Løn\n\nMin gamle bankbog blev spærret efter et indbrud hjemme i Brøndbyøster, så decemberlønnen skal ind på "
                + mule(3) + ". MitID-appen virker ikke på min nye telefon endnu, og derfor kan jeg ikke selv rette det i portalen. "
                + "Min leder i hjemmeplejens sydgruppe ved besked.\n\nMvh. Mette");
        genuine(m, MSFT);
        m.description = "payroll diversion from a hotmail address with an employee's name";
        own("payroll-change", "Lønservice", "opdatering@brondby-lonservice.net", "loen@brondby.dk", "Medarbejderes kontoskift",
            "Hej\n\nVedhæftet er listen over tre medarbejdere, som har skiftet lønkonto. Vi har indsamlet dem via vores "
                + "lønportal. Den første er " + mule(9) + ".\n\nLønservice", "fake payroll service with account changes");

        // fake-mitid-digitalpost
        m = bad("fake-mitid-digitalpost");
        headers(m, "MitID Erhverv", "sikkerhed@mitid-brondbyvester.com", "it@brondby.dk", "Jeres MitID Erhverv udløber")
            .html("<html><body><p>Organisationens MitID Erhverv-certifikat udløber om 48 timer. Forny det for at undgå "
                + "lukning af adgang til Digital Post og NemKonto.</p><p><a href=\"https://mitid-brondbyvester.com/forny\">"
                + "Forny nu</a></p></body></html>");
        ownedBy(m, "mitid-brondbyvester.com");
        m.description = "fake MitID Erhverv renewal with a login link";
        m = bad("fake-mitid-digitalpost");
        headers(m, "Digital Post", "besked@digitalpost-brondbyoster.net", "okonomi@brondby.dk", "Ny besked: Restance fra "
            + "Skattestyrelsen")
            .html("<html><body><p>Der er en ny meddelelse i jeres digitale postkasse om restskat. Åbn den inden fristen.</p>"
                + "<p><a href=\"https://digitalpost-brondbyoster.net/laes\">Læs meddelelsen</a></p></body></html>");
        ownedBy(m, "digitalpost-brondbyoster.net");
        m.description = "fake Digital Post notice with a link";

        own("fake-mitid-digitalpost", "NemKonto", "nemkonto@mitid-brondbyvester.com", "okonomi@brondby.dk",
            "Bekræft kommunens NemKonto", "Kære virksomhed\n\nVi mangler en bekræftelse af den konto, som jeres tilskud og "
                + "refusioner udbetales til. Uden bekræftelse inden fredag stoppes udbetalingerne. Bekræft via "
                + "https://mitid-brondbyvester.com/nemkonto med MitID Erhverv.\n\nNemKonto-support",
            "fake NemKonto confirmation asking for a MitID login");

        // fake-inkasso
        own("fake-inkasso", "Brøndby Strand Inkasso", "sag@brondbystrand-inkasso.dk", "kreditor@brondby.dk",
            "Inkassovarsel - sag 36-11942", "Til Brøndby Kommune\n\nVores klient, et vikarbureau der leverede sosu-assistenter til Nørregården i sommerferien, "
                + "har overdraget os en ubetalt fordring på 23.750,00 kr. med renter og omkostninger. Modtager vi ikke beløbet på "
                + mule(6) + " inden tre hverdage, indgiver vi betalingspåkrav til fogedretten i Glostrup.\n\nBrøndby Strand Inkasso", "fake debt-collection threat, no real claim");
        own("fake-inkasso", "Inkassoafdelingen", "inkasso@regnskyl-brondby.dk", "okonomi@brondby.dk",
            "Sidste varsel før fogedretten", "Hej\n\nTrods flere påmindelser er vores faktura fortsat ubetalt. Vi tilbyder "
                + "at frafalde salærer, hvis 12.900 kr. indgår på " + mule(7) + " i dag.\n\nInkassoafdelingen",
            "fake inkasso using a platform-like name");

        // qr-code-invoice
        m = bad("qr-code-invoice");
        headers(m, "Parkering Brøndby", "p-afgift@brondby-kommune.net", "ejendomme@brondby.dk", "Ubetalt parkeringsafgift, "
            + "tjenestebil")
            .text("Hej\n\nEn af jeres tjenestebiler har fået en afgift ved Brøndby Stadion. Scan QR-koden for at betale med "
                + "rabat inden 24 timer.\n\nParkeringskontrollen")
            .attach("image/png", "betaling.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "brondby-kommune.net");
        m.description = "parking fine with a QR code to a payment page";
        m = bad("qr-code-invoice");
        headers(m, "Haveby Vandlaug", "kasserer@brondbyhaveby-vandlaug.dk", "vejpark@brondby.dk", "Vandafregning havebyen - scan og betal")
            .text("Hej\n\nKommunens andel af vandafregningen for havebyens fællesvandværk kan betales ved at scanne koden i "
                + "billedet.\n\nKassereren")
            .attach("image/png", "vandregning.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "brondbyhaveby-vandlaug.dk");
        m.description = "water bill for the allotment gardens with only a QR code";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(vognmand);
        Amount a = amount(800_000);
        headers(m, vognmand.person(), "kim@brondbyoster-vognmand.net", "kreditor@brondby.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nFakturaen er pakket, fordi den fylder meget med kørselsbilagene. Konto står i fakturaen.\n\nKim")
            .attach("application/zip", "Faktura-" + no + ".zip", Attachments.zip("Faktura-" + no + ".pdf",
                pdf(m, vognmand.posing("brondbyoster-vognmand.net", mule(8)), "Faktura", no, a, mule(8), 0, List.of()),
                "LAES_MIG.txt", "Ny bankkonto."));
        ownedBy(m, "brondbyoster-vognmand.net");
        m.description = "invoice in a ZIP from a look-alike of the hauler, new account";
        m = bad("archive-invoice");
        no = invoiceNo(maler);
        a = amount(800_000);
        headers(m, maler.person(), "jens@brondby-malerservice.net", "skole@brondby.dk", "Samlet faktura skolerne")
            .text("Hej\n\nAlle fakturaer for malerarbejdet på skolerne ligger i arkivet.\n\nJens")
            .attach("application/x-7z-compressed", "skoler.7z", Attachments.sevenZip("Faktura-" + no + ".pdf",
                pdf(m, maler.posing("brondby-malerservice.net", mule(9)), "Faktura", no, a, mule(9), 1, List.of())));
        ownedBy(m, "brondby-malerservice.net");
        m.description = "invoice in a 7z from a look-alike of the painter";

        // macro-document
        m = bad("macro-document");
        headers(m, "Fakturering", "faktura@vestvolden-itdrift.net", "it@brondby.dk", "Licensopgørelse Chromebooks")
            .text("Hej IT\n\nOpgørelsen og fakturaen er i regnearket. Klik 'Aktivér indhold', ellers er tallene skjult.\n\n"
                + "Fakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "licenser.xlsm", Attachments.excel(
                List.of("Licens;Antal;Pris", "Chromebook-styring;420;skjult"), true));
        ownedBy(m, "vestvolden-itdrift.net");
        m.description = "macro spreadsheet from a look-alike of the IT operator";
        m = bad("macro-document");
        headers(m, "Kirkebjerg Entreprise", "okonomi@kirkebjerg-entreprise.net", "ejendomme@brondby.dk", "Tillægsfaktura tag")
            .text("Hej\n\nTillægsfakturaen for taget er i Word-filen. Aktivér redigering for at se beløbene.\n\nProjektøkonomi")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "tillaeg_tag.docm", Attachments.word(
                "Tillægsfaktura tag, Brøndbyøster Skole. Beløb vises efter aktivering.", true));
        ownedBy(m, "kirkebjerg-entreprise.net");
        m.description = "macro .docm from a look-alike of the contractor";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, "Torben Lykke", "torben@brondbyhaveby-haek.com", "vejpark@brondby.dk", "Scannet faktura")
            .text("Hej\n\nMin printer er i stykker, så her er fakturaen scannet. Kontoen er ny.\n\nTorben")
            .attach("application/pdf", "scan_0042.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "brondbyhaveby-haek.com");
        m.description = "image-only PDF from a look-alike of the hedge firm";
        m = bad("image-only-invoice");
        headers(m, "Kundecenter", "kundecenter@brondbystrand-varme.com", "kreditor@brondby.dk", "Opkrævning som billede")
            .text("Til kunden\n\nOpkrævningen er vedhæftet som billede.\n\nKundecenter")
            .attach("image/jpeg", "opkraevning.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "brondbystrand-varme.com");
        m.description = "invoice as a JPEG only from a look-alike of the heating utility";

        // xml-changed-payee
        m = bad("xml-changed-payee");
        no = invoiceNo(el);
        a = amount(900_000);
        headers(m, el.name(), "ms@tjornehoj-el-aps.dk", "efaktura@brondby.dk", "E-faktura " + no + " (OIOUBL)")
            .text("Hej\n\nXML-fil til jeres økonomisystem er vedhæftet. Vi har fået ny bank, så indlæs den direkte.\n\n" + el.name())
            .attach("application/xml", "oioubl-" + no + ".xml", Ubl.ordered(no, el, cvr(el.domain()), street(el), mule(10),
                a.ore(), isoDay(m, 0), isoDay(m, 30), false, "BRK-61900", "", BUYER, "Netto 8 dage").getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "tjornehoj-el-aps.dk");
        m.description = "OIOUBL with the electrician's name and a changed payee account";
        m = bad("xml-changed-payee");
        no = invoiceNo(kontor);
        a = amount(900_000);
        headers(m, kontor.name(), "ks@norregaardsparken-kontor.net", "efaktura@brondby.dk", "Peppol-faktura " + no)
            .text("Hej\n\nHer er Peppol-filen. Betalingsoplysningerne i filen er de gældende.\n\nKundeservice")
            .attach("application/xml", "peppol-" + no + ".xml", Ubl.ordered(no, kontor, cvr(kontor.domain()), street(kontor),
                mule(11), a.ore(), isoDay(m, 0), isoDay(m, 14), true, "BRK-62011", "", BUYER, "Netto 14 dage")
                .getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "norregaardsparken-kontor.net");
        m.description = "Peppol XML with a changed payee from a look-alike";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Kvadratsign", "dokument@kvadratsign-brondby.net", "ejendomme@brondby.dk", "Afventer din underskrift: "
            + "Forpagtningsaftale Vestvolden")
            .html("<html><body><p>Forpagtningsaftalen om fåregræsning på Vestvolden mellem Park Allé og Roskildevej er sendt til dig af "
                + "fåreholdsfællesskabet. Bekræft din identitet med din arbejdskonto hos Microsoft for at læse og underskrive.</p>"
                + "<p><a href=\"https://kvadratsign-brondby.net/login\">Åbn dokument</a></p></body></html>");
        ownedBy(m, "kvadratsign-brondby.net");
        m.description = "fake e-signature request imitating the real service, login page";

        m = bad("fake-esignature-request");
        headers(m, "Kvadratsign", "noreply@kvadratsign-brondby.net", "kreditor@brondby.dk", "Kreditoraftale til underskrift")
            .html("<html><body><p>Kisumparkens Anlægsgartner har sendt jer en opdateret kreditoraftale med nye "
                + "betalingsoplysninger til underskrift.</p><p><a href=\"https://kvadratsign-brondby.net/sign\">Gennemse og "
                + "underskriv</a></p></body></html>");
        ownedBy(m, "kvadratsign-brondby.net");
        m.description = "fake e-signature of a 'creditor agreement' with new bank details";

        // fake-domain-renewal
        own("fake-domain-renewal", "Domæneservice", "fornyelse@brondby-domaeneservice.dk", "it@brondby.dk",
            "brondby.dk udløber - forny nu", "Kære domæneejer\n\nKommunens adresse brondby.dk står til sletning i registret om fem dage. Når den slettes, holder borgerne "
                + "op med at få svar fra Borgerservice, og selvbetjeningen forsvinder fra nettet. Overfør gebyret 2.495 kr. til "
                + mule(0) + " med kundenummeret i emnefeltet, så fornyer vi for tre år.\n\nDomæneservice", "fake domain renewal invoice for our own domain");
        own("fake-domain-renewal", "Domæneservice", "faktura@brondby-domaeneservice.dk", "kreditor@brondby.dk",
            "Faktura: SEO-registrering brondby.dk", "Hej\n\nFaktura for registrering af brondby.dk i vores søgeindeks i 12 "
                + "måneder, 5.880 kr. Betaling til " + mule(1) + ".\n\nDomæneservice", "fake search-engine registration invoice");

        // split-payment-redirect
        p = past.get(varme.domain());
        own("split-payment-redirect", varme.person(), "kundecenter@brondbystrand-varme.com", "kreditor@brondby.dk",
            "Opkrævning " + p.no() + " - delt betaling", "Hej\n\nVores pengeinstitut har sat et dagligt loft over indgående beløb, mens fusionen med varmeværket i Brøndbyvester "
                + "gennemføres. Opkrævning " + p.no() + " (" + p.amount().gross() + " kr.) bedes derfor betalt i to rater: 25.000 kr. til "
                + "kontoen, I kender, og restbeløbet til " + mule(2) + ".\n\nKundecenter", "split payment on the heating utility's real invoice, look-alike");
        p = past.get(mad.domain());
        own("split-payment-redirect", mad.person(), "debitor@kisumparken-madservice.net", "kreditor@brondby.dk",
            "Vedr. faktura " + p.no(), "Hej\n\nKan I dele betalingen af faktura " + p.no() + " i to, så halvdelen går til "
                + mule(3) + "? Det er et krav fra vores nye factoringselskab.\n\nDebitor", "split payment asked for by a look-alike");

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-haveby-hedge-invoice
        M m = bad("fake-haveby-hedge-invoice");
        invoice(m, hegn.posing("brondbyhaveby-haek.com", mule(4)), mule(4), 16, List.of("Sag " + hedgeCase
            + " - ekstra klipning"), "Havebyforeningen bad os om en ekstra klipning af de høje fælleshække mellem de runde "
            + "haver inden vinteren, og arbejdet blev gjort i sidste uge under jeres sag. Vi har skiftet bank, så brug kontoen "
            + "på den vedhæftede regning.");
        ownedBy(m, "brondbyhaveby-haek.com");
        m.description = "look-alike of the hedge firm cites its real case number, extra cut nobody ordered, NL account";
        own("fake-haveby-hedge-invoice", "Brøndby Haveby Service", "regning@brondby-haveby-service.dk", "vejpark@brondby.dk",
            "Regning: reparation af fællesvandrør i havebyen", "Til Vej og Park\n\nEfter frostsprængning i ringvejen gennem "
                + "havebyen har vi udskiftet 60 meter vandrør og tre stophaner. Som grundejer hæfter kommunen for fælles"
                + "ledningen. Beløbet 31.250,00 kr. bedes indbetalt på " + mule(5) + " inden otte dage.\n\nBrøndby Haveby "
                + "Service", "unknown firm bills a pipe repair in the allotment gardens to the municipality as landowner");
        own("fake-haveby-hedge-invoice", "Haveby Vandlaug", "formand@brondbyhaveby-vandlaug.dk", "ejendomme@brondby.dk",
            "Hækken langs Park Allé - jeres andel", "Hej\n\nHækken, der skærmer havebyen mod Park Allé, er nu klippet og "
                + "tyndet ud. Kommunens halvdel af udgiften, 18.400 kr., skal betales til foreningens nye konto " + mule(6)
                + ". Den gamle konto i Vestegnens Sparekasse er nedlagt.\n\nFormanden", "'your half' of the boundary hedge, IE account");

        // fake-vestvolden-grazing-invoice
        m = bad("fake-vestvolden-grazing-invoice");
        invoice(m, faar.posing("vestvolden-faar.net", mule(7)), mule(7), 18, List.of("Besætning " + flockNo + " - ekstra tilsyn"),
            "Efter at hunde jagede fårene på volden ved Roskildevej, måtte dyrlægen tilse flokken, og vi satte et ekstra "
                + "strømhegn op. Regningen med besætningsnummeret er vedlagt. Fællesskabet har fået ny kasserer og ny konto, som "
                + "står på regningen.");
        ownedBy(m, "vestvolden-faar.net");
        m.description = "look-alike of the sheep-grazing cooperative cites its real flock number, BG account";
        own("fake-vestvolden-grazing-invoice", "Vestvolden Naturpleje", "drift@vestvolden-naturpleje.dk", "vejpark@brondby.dk",
            "Afgræsning af voldgraven - forudbetaling", "Hej\n\nVi har reserveret 30 geder til afgræsning af skrænterne på "
                + "Vestvolden fra april. Som aftalt med jeres naturmedarbejder opkræves første kvartal forud: 27.500 kr. til "
                + mule(8) + ".\n\nVestvolden Naturpleje", "unknown firm asks prepayment for goat grazing 'agreed' on the rampart");
        own("fake-vestvolden-grazing-invoice", "Vestvold Dyrlæge", "klinik@vestvolden-dyrlaege.dk", "vejpark@brondby.dk",
            "Lovpligtigt dyrlægetilsyn med fårene", "Til kommunen\n\nFår på offentlige arealer skal have et dokumenteret "
                + "sundhedstilsyn hvert kvartal. Vi har tilset flokken på volden og udfærdiget rapporten, som sendes, når "
                + "9.950 kr. er indbetalt på " + mule(10) + ".\n\nVestvold Dyrlæge", "'mandatory' vet check of the flock, report held for payment");
        m = bad("fake-vestvolden-grazing-invoice");
        headers(m, "Hyrde Sanne Ibsen", "sanne.vestvold.faar@gmail.com", "kreditor@brondby.dk", "Fåreregning - privat konto denne gang")
            .text("Hej\n\nJeg skriver fra min private mail, fordi fællesskabets mail driller. Vinterfoder og klipning af fårene "
                + "på Vestvolden beløber sig til 14.200 kr. Kan I sætte det ind på " + mule(11) + "? Det er kassererens konto, "
                + "mens vi skifter bank.\n\nSanne");
        genuine(m, GMAIL);
        m.description = "the shepherd's name on gmail asks payment to a 'treasurer's' account, CY account";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus84().generate(), List.of(
            "# Brøndby Kommune, Økonomi: invoice checks (eighty-fourth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=brondbystrand-varme.dk brondbyhaveby-haek.dk vestvolden-faar.dk kirkebjerg-entreprise.dk "
                + "tjornehoj-el.dk brondbyvester-vvs.dk brondbystrand-rengoring.dk brondby-ugeavis.dk brondbyoster-vognmand.dk "
                + "kisumparken-madservice.dk brondby-traelast.dk vestvolden-itdrift.dk brondbystrand-busser.dk norregaardsparken-kontor.dk "
                + "brondby-malerservice.dk kisumparken-anlaeg.dk",
            "invoice.domains.platforms=regnskyl.dk zirkelpay.com lynbrev.dk dagsbog.io",
            "invoice.names.protected=Brøndby Kommune"));
    }
}
