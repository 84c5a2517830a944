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
 * The fifty-ninth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Norddjurs Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, harbour,
 * schools, elderly care, culture, nature and property mailboxes), the municipality on Djursland's north-eastern tip with its
 * town hall on Torvet in Grenaa: Grenaa and its harbour, Auning, Ørsted, Glesborg, Trustrup, Vivild, Allingåbro, Gjerrild and
 * the Gjerrild Klint cliffs, Bønnerup Strand, Fjellerup, Nimtofte, the island of Anholt in the Kattegat (ferry from Grenaa
 * harbour, the offshore wind farm on the horizon) and the aquarium Kattegatcentret, whose seawater intake the municipality
 * owns and keeps running. Sixteen listed suppliers from those places in every DNS posture real Danish firms have (one sending
 * through a web hoster named in its SPF), four invoicing platforms ({@code fakturafyr.dk}, {@code debitorly.com}, {@code
 * girolinje.dk}, {@code mellemregning.dk}), a firm servicing the seawater pumps and sand filters that feed Kattegatcentret, a
 * freight firm shipping Anholt's waste containers and sludge on the ferry to Grenaa, sole traders on free mail, foreign
 * suppliers, SaaS ({@code elevkompas.io}, {@code aftenskema.dk}), an ESP ({@code budbringer.dk}), an e-signature service
 * ({@code egenhaand.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each
 * carrying a Norddjurs place name.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details by forged or compromised suppliers,
 * look-alikes and homoglyphs, look-alike platforms, CEO fraud, fake Digital Post/MitID, fake NemHandel notices, fake
 * inkasso, hijacked threads, split payments, callback numbers, QR codes, archives, macro documents, image-only invoices,
 * payroll changes, e-invoice XML with a changed payee, fake e-signature requests) and two kinds new here: service, pump
 * swaps or filter sand for the seawater intake that feeds Kattegatcentret's tanks, billed by someone who never stood in the
 * pump house (fake-aquarium-seawater-intake-invoice); and freight of Anholt's household waste, bulky waste or sewage sludge
 * on the ferry to Grenaa, billed to a new account or by a "new carrier" (fake-island-waste-freight-invoice). The invoice
 * engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test -Dtest=HeldOutCorpus59GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus59 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout59");
    public static final String OWN = "norddjurs.dk";
    static final String FRAUD_NET = "127.159.";
    private static final String OWN_IP = "127.59.0.1";
    private static final String EAN = "5798003418592";
    private static final String KOMMUNE = "Norddjurs Kommune";
    private static final String RAADHUS = "Torvet 3, 8500 Grenaa";
    private static final String HOSTER_IP = "127.59.9.1";
    private static final String GMAIL = "127.59.50.1";
    private static final String MSFT = "127.59.50.2";
    private static final String APPLE = "127.59.50.3";

    private final Random rnd = new Random(59_8500_0059L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The service agreement for Kattegatcentret's seawater intake (the frauds cite it). */
    private String intakeAgreement;
    /** The freight contract for Anholt's waste containers (the frauds cite it). */
    private String freightContract;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 3, 2, 7, 15, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 4, 6, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Grenaa Varmeværk a.m.b.a.", "grenaa-varmevaerk.dk", "Kundecenter",
        "kundecenter", "127.59.1.1", iban("DK", "76410003519826"), "fjernvarme til Rådhuset, Grenaa Bibliotek og Plejecentret Hvidemølle");
    private final Supplier entrep = new Supplier("Auning Anlæg & Entreprise ApS", "auning-anlaeg.dk", "Bo Thygesen", "bt",
        "127.59.1.2", bank("7641", "0003527710"), "ny P-plads og regnvandsbassin ved Auning Skole");
    private final Supplier havvand = new Supplier("Grenaa Havvandsteknik ApS", "grenaa-havvandsteknik.dk", "Service, fakturering",
        "faktura", "127.59.1.3", iban("DK", "91830000562871"), "drift af havvandsindtaget, pumpehuset og sandfiltrene til "
        + "Kattegatcentret");
    private final Supplier fragt = new Supplier("Anholt Fragt & Container ApS", "anholt-fragt.dk", "Rikke Holt", "rikke",
        "127.59.1.4", bank("9183", "0000574402"), "færgefragt af affaldscontainere og slam fra Anholt til Grenaa");
    private final Supplier toemrer = new Supplier("Vivild Tømrer & Snedker ApS", "vivild-toemrer.dk", "Thomas Skov", "ts",
        "127.59.1.5", bank("7641", "0003533468"), "nye døre og lofter i klubhuset, Vivild Idrætsplads");
    private final Supplier maler = new Supplier("Glesborg Malerforretning v/ Kim Lauritsen", "glesborg-maler.dk", "Kim Lauritsen",
        "kim", "127.59.1.6", bank("9183", "0000581255"), "maling af gangarealer, Glesborg Skole");
    private final Supplier rengoer = new Supplier("Grenaa Rengøringsteam ApS", "grenaa-rengoeringsteam.dk", "Kontoret", "kontor",
        "127.59.1.7", iban("DK", "76410003541903"), "daglig rengøring af Rådhuset og Borgerservice i Grenaa");
    private final Supplier avis = new Supplier("Ugeposten Grenaa", "ugeposten-grenaa.dk", "Annonceafdelingen", "annonce",
        "127.59.1.8", iban("DK", "91830000590337"), "annoncer: høring om lokalplan ved Bønnerup Strand og jobopslag i ældreplejen");
    private final Supplier vognmand = new Supplier("Trustrup Vognmandsforretning ApS", "trustrup-vognmand.dk", "Per Dam", "per",
        "127.59.1.9", bank("7641", "0003559124"), "kørsel med sand og bortkørsel af tang fra stranden ved Fjellerup");
    private final Supplier el = new Supplier("Ørsted El-Service ApS", "oersted-elservice.dk", "Lone Vinther", "lv", HOSTER_IP,
        bank("9183", "0000603419"), "ny gadebelysning og tavler på Ørsted Skole");
    private final Supplier vvs = new Supplier("Allingåbro VVS & Blik ApS", "allingaabro-vvs.dk", "Butikken", "butik",
        "127.59.1.11", bank("7641", "0003566850"), "nye varmtvandsbeholdere og service, Allingåbro Hallen");
    private final Supplier mad = new Supplier("Nimtofte Storkøkken A/S", "nimtofte-storkoekken.dk", "Nimtofte Storkøkken, Økonomi",
        "oekonomi", "127.59.1.12", iban("DK", "76410003574416"), "mad til borgere i eget hjem og til plejecentrene");
    private final Supplier byg = new Supplier("Grenaa Trælast A/S", "grenaa-traelast.dk", "Proffafdelingen", "proff",
        "127.59.1.13", iban("DK", "91830000617782"), "byggematerialer til Ejendomme og Drift på rammeaftale");
    private final Supplier it = new Supplier("Fjellerup Datadrift ApS", "fjellerup-datadrift.dk", "Debitor", "debitor",
        "127.59.1.14", bank("9183", "0000625590"), "netværk, Chromebooks og support til skolerne");
    private final Supplier bus = new Supplier("Gjerrild Turist- og Skolebusser ApS", "gjerrild-busser.dk", "Kørselskontoret",
        "koersel", "127.59.1.15", bank("7641", "0003588032"), "skolebuskørsel Gjerrild-Grenaa og ture til Kattegatcentret");
    private final Supplier kontor = new Supplier("Auning Kontorforsyning ApS", "auning-kontor.dk", "Ordre", "ordre",
        "127.59.1.16", iban("DK", "76410003593675"), "kopipapir, toner og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Bønnerup Smedie & Havneservice", "bonnerup-smedie.dk", "Jens Hald", "jens",
        "127.59.2.1", bank("9183", "0000633048"), "nyt gelænder og stige ved molen i Bønnerup Havn");
    private final Supplier natur = new Supplier("Klintpleje v/ Mette Kjær", "klintpleje.dk", "Mette Kjær", "mette",
        "127.59.2.2", bank("7641", "0003600117"), "rydning af krat og skilte på stien langs Gjerrild Klint");
    private final Supplier guide = new Supplier("Anholt Naturguide v/ Sofus Brandt", "gmail.com", "Sofus Brandt",
        "sofus.brandt.anholt", GMAIL, bank("9183", "0000640771"), "naturvandring i Ørkenen på Anholt for 7. årgang, 3 hold");
    private final Supplier tolk = new Supplier("Tolkning v/ Nour Haddad", "outlook.com", "Nour Haddad", "nour.haddad.tolk", MSFT,
        bank("7641", "0003611582"), "tolkning arabisk-dansk, Jobcenter Grenaa, 5 samtaler");
    private final Supplier musik = new Supplier("Harmonikaspiller Ellen Bach", "icloud.com", "Ellen Bach", "ellen.bach.musik",
        APPLE, bank("9183", "0000652290"), "sangeftermiddage på Plejecentret Hvidemølle og i Auning");
    private final Supplier tysk = new Supplier("Nordsee Aquaristik GmbH", "nordsee-aquaristik.de", "Buchhaltung",
        "buchhaltung", "127.59.60.1", iban("DE", "290501010082215904"), "Ersatzteile für Meerwasserpumpen und Ozonanlage");
    private final Supplier svensk = new Supplier("Varbergs Containerteknik AB", "varbergs-containerteknik.se", "Ekonomi",
        "ekonomi", "127.59.60.2", iban("SE", "41800000082314470019"), "lock och lyftöglor till avfallscontainrar för Anholt");

    private final List<Supplier> listed = List.of(varme, entrep, havvand, fragt, toemrer, maler, rengoer, avis, vognmand, el,
        vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Norddjurs place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"grenaa-varmevaerk.com", "auning-anlag.dk", "grenaa-traelast.net",
        "oersted-el-service.dk", "grenaa-rengoringsteam.dk", "allingaabro-vvs.net", idn("gren\u0430a-traelast.dk"),
        idn("vivild-t\u043eemrer.dk"), "fakturafyr-auning.dk", "debitorly-grenaa.com", "vivild-tomrer.dk",
        "nimtofte-storkokken.com", "gjerrild-busser.net", "allingaabro-vvs-blik.dk", "grenaa-inkasso.dk", "mitid-glesborg.com",
        "digitalpost-trustrup.com", "nemhandel-grenaa.net", "grenaa-havn-parkering.dk", "vivild-betalingsservice.net",
        "auning-ordrecenter.com", "glesborg-malerforretning.dk", "trustrup-vognmand.net", "auning-kontorforsyning.net",
        "fjellerup-datadrift.net", "auning-anlaeg.net", "egenhaand-fjellerup.dk", "anholt-esign.net",
        "grenaa-havvandsteknik.com", "grenaa-pumpeservice.dk", "bonnerup-havvand.dk", "anholt-fragt.com",
        "anholt-affaldsfragt.dk", "grenaa-faergefragt.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(havvand.domain(), List.of(havvand.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(fragt.domain(), List.of(fragt.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.59.98.7"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.59.1.23"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("djursaffald.dk", List.of("127.59.70.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kystmyndigheden-tilsyn.dk", List.of("127.59.70.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kattegatcentret.dk", List.of("127.59.70.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("fjellerup-efterskole.dk", List.of("127.59.70.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("djurs-revision.dk", List.of("127.59.70.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("grenaa-isenkram.dk", List.of("127.59.70.6"), "-all", null, "none");
        domain("bonnerup-havn.dk", List.of("127.59.70.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("fakturafyr.dk", List.of("127.59.71.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("debitorly.com", List.of("127.59.71.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("girolinje.dk", List.of("127.59.71.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("mellemregning.dk", List.of("127.59.71.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("norddjurs-sparekasse.dk", List.of("127.59.72.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("grenaa-andelskasse.dk", List.of("127.59.72.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-oestjylland.dk", List.of("127.59.72.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("aarhusegnens-bogholdere.dk", List.of("127.59.72.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("djurs-indkoebsnet.dk", List.of("127.59.72.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("budbringer.dk", List.of("127.59.72.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("bedrageriraad-djursland.dk", List.of("127.59.72.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.djursnet.dk", List.of("127.59.72.8"), "-all", null, null);
        domain("relay.grenaa-fiber.dk", List.of("127.59.72.9"), "-all", null, null);
        domain("elevkompas.io", List.of("127.59.72.10"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("aftenskema.dk", List.of("127.59.72.11"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("egenhaand.dk", List.of("127.59.72.12"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", "none", null, "quarantine"};
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
        switch (Math.floorMod(sha256("no59:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "59" + String.format("%05d", 100 + rnd.nextInt(9_000));
            case 1:
                return "ND-" + (3_300 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(72_000 + rnd.nextInt(20_000));
            case 3:
                return "F37-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "37-" + (1_000 + rnd.nextInt(800));
            default:
                return "G" + (84_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@norddjurs.dk", "efaktura@norddjurs.dk", "kreditor@norddjurs.dk",
        "oekonomi@norddjurs.dk", "teknik@norddjurs.dk", "skole@norddjurs.dk", "aeldre@norddjurs.dk", "havn@norddjurs.dk",
        "ejendomme@norddjurs.dk", "indkoeb@norddjurs.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf59:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(35_000_000 + Math.floorMod(sha256("cvr59:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi59:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "grenaa-varmevaerk.dk" -> "Ydeholmvej 6, 8500 Grenaa";
            case "auning-anlaeg.dk" -> "Østergade 41, 8963 Auning";
            case "grenaa-havvandsteknik.dk" -> "Kystvejen 28, 8500 Grenaa";
            case "anholt-fragt.dk" -> "Havnen 2, 8592 Anholt";
            case "vivild-toemrer.dk" -> "Vivildvej 19, 8961 Allingåbro";
            case "glesborg-maler.dk" -> "Smedegade 7, Glesborg, 8585 Glesborg";
            case "grenaa-rengoeringsteam.dk" -> "Kalorievej 12, 8500 Grenaa";
            case "ugeposten-grenaa.dk" -> "Lillegade 9, 8500 Grenaa";
            case "trustrup-vognmand.dk" -> "Hovedvejen 88, 8560 Kolind";
            case "oersted-elservice.dk" -> "Randersvej 54, 8950 Ørsted";
            case "allingaabro-vvs.dk" -> "Stationsvej 15, 8961 Allingåbro";
            case "nimtofte-storkoekken.dk" -> "Nimtoftevej 3, 8581 Nimtofte";
            case "grenaa-traelast.dk" -> "Fabriksvej 30, 8500 Grenaa";
            case "fjellerup-datadrift.dk" -> "Strandvejen 101, 8585 Glesborg";
            case "gjerrild-busser.dk" -> "Gjerrild Bygade 14, 8500 Grenaa";
            case "auning-kontor.dk" -> "Vestergade 3, 8963 Auning";
            case "bonnerup-smedie.dk" -> "Havnevej 21, Bønnerup Strand, 8585 Glesborg";
            case "klintpleje.dk" -> "Klintevej 8, Gjerrild, 8500 Grenaa";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with from/to lines and a price box; a job sheet with labour, driving
     * and materials and a card 71 payment line; a period bill with agreement number, fixed and variable part and a card 75
     * payment line. A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Leverandør: " + s.name() + (addr.isEmpty() ? "" : " / " + addr) + " / CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " / " + RAADHUS + " / EAN " + EAN);
                l.add("Fakturadato " + dottedDay(m, 0) + " / kontakt hos os: " + s.person());
                l.add("Leveret: " + s.what());
                l.add("Beløb uden moms kr. " + a.net() + " / heraf moms 25 pct. kr. " + a.vat() + " / samlet kr. " + a.gross());
                l.addAll(more);
                l.add("Vi beder om betaling uden fradrag senest tredive dage efter fakturadatoen");
                if (account != null) {
                    l.add("Beløbet bedes sendt til " + account + ", mærket med fakturanummeret");
                }
            }
            case 1 -> {
                head = "Timeseddel / faktura " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ". CVR " + cvr(s.domain()));
                l.add("Udført for " + KOMMUNE + " (EAN " + EAN + "): " + s.what());
                long labour = a.ore() * 47 / 100;
                long drive = a.ore() * 6 / 100;
                l.add("Mandskabstimer kr. " + kr(labour) + ", udkørsel kr. " + kr(drive) + ", forbrugte materialer kr. "
                    + kr(a.ore() - labour - drive));
                l.add("Beløb før moms " + a.net() + ", tillagt moms " + a.vat() + ", at indbetale " + a.gross() + " kroner");
                l.addAll(more);
                l.add("Vi ser gerne pengene senest " + writtenDay(m, 21) + (account == null ? "" : " på vores konto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Aftalenummer " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " hos " + KOMMUNE);
                l.add("Afregnet for tiden fra " + dashedDay(m, -31) + " frem til " + dashedDay(m, -1) + " for " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Grundbeløb kr. " + kr(fixed) + " samt forbrugsafhængig del kr. " + kr(a.ore() - fixed));
                l.add("Sum uden afgift " + a.net() + ", merværdiafgift " + a.vat() + ", opkrævet beløb " + a.gross());
                l.addAll(more);
                l.add("Trækkes ikke automatisk" + (account == null ? "" : " - indsættes på " + account) + " senest " + dashedDay(m, 14));
                if (own) {
                    l.add("FI-indbetaling " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Norddjurs Kommune " + no + ".pdf", "FAK" + no + ".pdf",
            "Invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Norddjurs", "Til Kreditorbogholderiet", "Goddag jer", "Hej allesammen",
        "Att. kreditor", "Kære Norddjurs Kommune", "Hej igen", "Til Økonomi"};

    private String phone() {
        return "86 " + (30 + rnd.nextInt(69)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig59:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " - telefon " + phone();
            case 2:
                return "\n\nDe bedste hilsner\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nVenligst\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 410_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura nr. " + no + " - " + KOMMUNE,
            s.name() + ": faktura " + no, "EAN " + EAN + " - faktura " + no, "Regning " + no, "Fakturering " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Her er fakturaen for " + s.what() + ".";
            case 1 -> "I får hermed faktura " + no + ", i alt " + a.gross() + " kr. med moms, som forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen går også ind på EAN " + EAN + ", så den skal naturligvis kun betales den ene gang.";
            case 3 -> "Tak for samarbejdet denne gang. Fakturaen ligger som PDF i mailen.";
            case 4 -> "Fakturanummer " + no + "\nBeløb " + a.gross() + " kr.\nForfald " + dottedDay(m, 30);
            case 5 -> "Vedhæftet finder I regningen på det udførte. Jeres bestillingsnummer er påført.";
            case 6 -> "Så er der faktura på sidste måneds leverancer. Giv lyd, hvis noget ikke stemmer.";
            default -> "Fakturaen er vedlagt.";
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
        if (List.of(varme, rengoer, mad, havvand, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, fragt, toemrer, vognmand, vvs, el).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Torvet 3", "Grenaa", "8500", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        intakeAgreement = "HV-KC-" + (410 + rnd.nextInt(300));
        freightContract = "AF-" + (7_100 + rnd.nextInt(800));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == havvand ? List.of("Serviceaftale " + intakeAgreement + ": 4 indtagspumper, 6 sandfiltre")
                : s == fragt ? List.of("Fragtkontrakt " + freightContract + ": 9 containere og 2 slamtanke, Anholt-Grenaa")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af havnefogeden i Grenaa"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the Bønnerup pier railing, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, toemrer);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre ND-" + (24_100 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@norddjurs.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Grenaa Bibliotek, nye reoler" : "Rammeaftale 2036-2040, delaftale 2"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 2, ref, k % 5 == 1 ? "\n\nUnderskrevne følgesedler ligger med i mailen." : "");
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "foelgesedler-" + k + ".pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Modtaget af Ejendomme og Drift, Grenaa", "Kolli i alt: " + (4 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader gips kom knækkede frem og er sendt retur med vognmanden."},
            {kontor, "Kreditnota til faktura ", "Tonerne passede ikke til printerne på Auning Skole, så de er taget retur."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (700 + rnd.nextInt(500));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@norddjurs.dk", x[1] + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + " I mailen ligger kreditnota " + no + " på " + a.gross() + " kr., som I "
                    + "bare trækker fra i næste betaling til os." + signature(s))
                .attach("application/pdf", "KN_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se en indbetaling på fakturaen nedenfor. Har I allerede "
            + "betalt, så ser I bare stort på den her mail."},
            {entrep, "Rykker 1", "Fakturaen er nu godt to uger over forfald. Der er ikke pålagt gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@norddjurs.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som betales til samme konto som hidtil: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Oprindelig fakturadato, se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@norddjurs.dk", "Saldoopgørelse " + dottedDay(m, -1))
            .text("Hej\n\nI bad om en saldo til revisionen. Sidste åbne post, faktura " + p.no() + ", blev indfriet i sidste "
                + "uge, så kommunens mellemværende med vognmandsforretningen står i nul kroner." + signature(s));
        genuine(m, s.ip());
        m.description = "trustrup-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 0;
            String ref = "ND-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@norddjurs.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej\n\nVores nye regnskabsprogram er ikke koblet på NemHandel endnu, så indtil videre får I e-fakturaen "
                    + "som fil her i mailen, plus en PDF til at kigge i. Kontonummeret er uændret. Hvis den også dukker op via "
                    + "NemHandel, er det den samme faktura.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturafyr.dk", "debitorly.com", "girolinje.dk", "mellemregning.dk"};
        String[] brand = {"Fakturafyr", "Debitorly", "Girolinje", "Mellemregning"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(340_000);
            m.mailFrom = "retur-" + sha256("plat59:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "MR-" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Mellemregning", "opkraevning@mellemregning.dk", "aeldre@norddjurs.dk", "Opkrævning " + no
                    + " - vikartimer marts")
                    .text("Til " + KOMMUNE + ", Ældre og Sundhed\n\nHer er opkrævningen for de vikartimer i hjemmeplejen i "
                        + "Auning og Allingåbro, som jeres planlægger godkendte i marts, 112 timer i alt. Vikarerne er ansat og "
                        + "lønnet hos os.\n\nBeløb " + a.gross() + " kr. med betaling senest " + dottedDay(m, 20) + ".\n\n"
                        + "Mellemregning ApS")
                    .attach("application/pdf", "Mellemregning-" + no + ".pdf", Attachments.pdf(docId(m, "mr"), "Opkrævning " + no,
                        List.of("Mellemregning ApS", "Kunde: " + KOMMUNE + ", Ældre og Sundhed", "Godkendte vikartimer marts 2037: 112",
                            "Kr. " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Bank " + iban("DK", "91830000668824"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform mellemregning.dk bills approved temp hours in home care under its own name";
                continue;
            }
            String no = "P" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + brand[i], "no-reply@" + d[i], i == 1 ? "havn@norddjurs.dk" : "natur@norddjurs.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name() + " har "
                    + "udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med forfald " + dottedDay(m, 14) + ".</p>"
                    + "<p>Fakturaen ligger som PDF i mailen. Svarer du på mailen, lander svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + brand[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 4, List.of(), v == 3 ? "\n\nDer er ikke moms på, da jeg ikke er momsregistreret." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "NA-" + (59_300 + rnd.nextInt(600));
        Amount a = amount(700_000);
        headers(m, "Nordsee Aquaristik", addr(tysk), "teknik@norddjurs.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei die Rechnung " + no + " über die Ersatzteile für die Meerwasserpumpen "
                + "und die Ozonanlage am Kattegatcentret, geliefert an Ihren Servicepartner in Grenaa. Steuerschuldnerschaft des "
                + "Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Cuxhaven", "Kunde: " + KOMMUNE + ", Teknik og Miljø", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar auf " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "VC" + (8_200 + rnd.nextInt(700));
        headers(m, "Varbergs Containerteknik", addr(svensk), "teknik@norddjurs.dk", "Faktura " + no + " - containerlock")
            .text("Hej,\n\nBifogat finns fakturan för nya lock och lyftöglor till avfallscontainrarna som går med färjan från "
                + "Anholt. Betalas till vårt konto enligt fakturan.\n\nVänliga hälsningar\nEkonomi, Varbergs Containerteknik AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Betalning till IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Elevkompas Billing", "billing@elevkompas.io", "it@norddjurs.dk", "Your Elevkompas invoice for April")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Elevkompas (pupil guidance and timetables for "
                + "14 schools in Norddjurs). We also send it to EAN " + EAN + ".\n\nTotal due DKK " + a.gross() + "\n\nThe Elevkompas team")
            .attach("application/pdf", "elevkompas-april.pdf", Attachments.pdf(docId(m, "ek"), "Invoice",
                List.of("Elevkompas ApS", "Customer: " + KOMMUNE, "Licence April 2037, 14 schools", "DKK " + a.gross())));
        genuine(m, "127.59.72.10");
        m.description = "SaaS elevkompas.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(250_000);
        headers(m, "Aftenskema", "kvittering@aftenskema.dk", "aeldre@norddjurs.dk", "Kvittering - Aftenskema licens")
            .text("Hej\n\nTak for betalingen af jeres Aftenskema-licens (vagtplaner til aften- og nattevagterne, 140 brugere). Vi "
                + "har trukket " + a.gross() + " kr. på kortet, der ender på 4417.\n\nAftenskema");
        genuine(m, "127.59.72.11");
        m.description = "SaaS aftenskema.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9183", "0000701236");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@norddjurs.dk", "Vi skifter bank pr. 1. april")
            .text("Til kreditorbogholderiet\n\nVi har flyttet firmaets engagement fra Jyske-filialen i Grenaa til "
                + "sparekassen i Auning, hvor vi også har byggelånet. Regninger, vi udsteder fra den første april, skal "
                + "derfor have pengene på " + nyT + ", mens regninger fra marts og før stadig betales efter det, der står på "
                + "dem.\n\nTjek det gerne ved at ringe til Thomas på værkstedets fastnet fra jeres leverandørkort."
                + signature(toemrer))
            .attach("application/pdf", "Ny_bank.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.04.2037", "Ny konto: " + nyT,
                    "Thomas Skov, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nyt skur og reparation af hegn, Vivild Idrætsplads");
        invoice(m, moved, nyT, 11, List.of("Ny bankforbindelse fra 01.04.2037"), "\n\nHusk vores nye konto, som vi skrev om.");
        genuine(m, toemrer.ip());
        m.description = "vivild-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "76410003710458");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Nimtofte Storkøkken, Økonomi", addr(mad), "kreditor@norddjurs.dk", "Ændret betalingskonto fra april")
            .text("Til " + KOMMUNE + ", kreditor samt Ældre og Sundhed\n\nNimtofte Storkøkken har samlet sine konti i én bank. "
                + "Alle fakturaer med dato 1. april og derefter betales til " + nyM + ". Den hidtidige konto tager imod "
                + "betalinger til udgangen af maj. I modtager også brevet med underskrift i jeres Digital Post.\n\n"
                + "Venlig hilsen\nNimtofte Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed kitchen (DMARC pass) announces a new account from April, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 17, List.of("Betalingskonto ændret pr. 01.04.2037"), "\n\nBemærk venligst den ændrede konto.");
        genuine(m, mad.ip());
        m.description = "nimtofte-storkoekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 21, List.of(), "");
        m.mailFrom = "SRS0=p8Qe=LM=ugeposten-grenaa.dk=annonce@srs.djursnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.59.72.8";
        m.helo = "srs.djursnet.dk";
        m.description = "ugeposten-grenaa.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 27, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.grenaa-fiber.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 30, List.of(), "");
        relayedBy(m, "relay.grenaa-fiber.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"aarhusegnens-bogholdere.dk", "Hanne Lykke", "hly@", "Falsk regning på havvandspumper?",
            "Hej kolleger\n\nEt akvarium i vores område har fået en regning for 'akut udskiftning af indtagspumpe' fra et firma, "
                + "som ingen kender. Har nogen set noget lignende?\n\nHanne"},
            {"djurs-indkoebsnet.dk", "Martin Friis", "mfr@", "Affaldsfragt - pas på ny konto", "Hej\n\nEn ø-kommune fik en "
                + "mail om at 'den nye fragtmand' skulle have pengene for containerne. Den rigtige fragtmand vidste intet om det."
                + "\n\nMartin"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditornet-oestjylland.dk", x[3])
                .header("List-Id", "Kreditornet Østjylland <debat.kreditornet-oestjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-oestjylland.dk", "[Kreditornet] ", "\r\n--\r\nKreditornet Østjylland\r\n"
                + "Afmeld: https://kreditornet-oestjylland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"bedrageriraad-djursland.dk", "Bedrageriråd Djursland", "Pumper, færger og containere: nye svindelnumre",
            "Falske regninger om havvandsanlæg og øfragt bruger nu rigtige aftalenumre. Ring til leverandøren på et nummer, I "
                + "selv slår op, før I ændrer en konto."},
            {"djurs-revision.dk", "Djurs Revision", "Fire ting at tjekke før kvartalsafslutningen",
                "Gennemgå kreditorkartoteket, og kræv to godkendere på enhver ny bankkonto."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl59:" + x[0]).substring(0, 14) + "@budbringer.dk";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@norddjurs.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere"
                    + "</a></p><p style=\"font-size:9px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("budbringer.dk");
            m.ip = "127.59.72.6";
            m.helo = "smtp.budbringer.dk";
            m.description = "newsletter from " + x[0] + " sent through the ESP budbringer.dk, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Teknik og Miljø", "teknik@", "kreditor@norddjurs.dk", "Havvandsindtaget ved Kattegatcentret",
            "Hej\n\nKun Grenaa Havvandsteknik servicerer pumpehuset og sandfiltrene, og altid under serviceaftalen. Deres "
                + "regninger har aftalenummeret på. Andre regninger om indtaget sender I videre til mig.\n\nTeknik og Miljø"},
            {"Affald og Genbrug", "affald@", "kreditor@norddjurs.dk", "Fragt af affald fra Anholt", "Hej\n\nContainerne fra "
                + "Anholt sejles af Anholt Fragt & Container efter fragtkontrakten. Vi har ikke skiftet fragtmand, og de "
                + "fakturerer altid med kontraktnummeret.\n\nAffald og Genbrug"},
            {"Økonomi", "oekonomi@", "ledere@norddjurs.dk", "Husk to godkendere", "Kære ledere\n\nÆndringer af bankoplysninger "
                + "hos leverandører godkendes af to personer, efter at leverandøren er ringet op på et kendt nummer.\n\nØkonomi"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Norddjurs Sparekasse, Erhverv", "erhverv@norddjurs-sparekasse.dk", "oekonomi@norddjurs.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 203 poster. De gennemføres på næste bankdag, og status "
                + "kan følges i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nNorddjurs Sparekasse");
        genuine(m, "127.59.72.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Grenaa Andelskasse", "info@grenaa-andelskasse.dk", "oekonomi@norddjurs.dk", "Nye priser på valuta")
            .text("Til erhvervskunderne\n\nFra 1. juni justeres prisen på valutaoverførsler. Den nye prisliste ligger i "
                + "netbanken.\n\nGrenaa Andelskasse");
        genuine(m, "127.59.72.2");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("aquarium-seawater-intake-invoice", true);
        invoice(m, havvand, havvand.account(), 8, List.of("Serviceaftale " + intakeAgreement + ", 2. kvartal 2037",
            "Returskyl af 6 sandfiltre, eftersyn af indtagspumpe 2 og 3"), "\n\nDriftsloggen ligger som altid i jeres mappe.");
        genuine(m, havvand.ip());
        m.description = "the real seawater firm's quarterly service of Kattegatcentret's intake (Ed25519, p=quarantine)";
        m = ok("aquarium-seawater-intake-invoice", true);
        invoice(m, havvand, havvand.account(), 13, List.of("Serviceaftale " + intakeAgreement + ", bestilt ekstraarbejde",
            "Ny filtersand 4 tons, bestilt af Teknik og Miljø"), "\n\nEkstraarbejdet blev bestilt skriftligt af jer.");
        genuine(m, havvand.ip());
        m.description = "the real seawater firm invoices ordered extra filter sand under its agreement";
        m = ok("island-waste-freight-invoice", true);
        invoice(m, fragt, fragt.account(), 10, List.of("Fragtkontrakt " + freightContract + ", marts",
            "7 containere restaffald, 1 slamtank, Anholt-Grenaa"), "\n\nFærgesedlerne er sendt til Affald og Genbrug.");
        genuine(m, fragt.ip());
        m.description = "the real freight firm invoices March's waste containers from Anholt (RSA, no DMARC)";
        m = ok("island-waste-freight-invoice", true);
        invoice(m, fragt, fragt.account(), 15, List.of("Fragtkontrakt " + freightContract + ", storskrald fra Anholt"),
            "\n\nDet var den ekstra tur efter påsken, som I bad om.");
        genuine(m, fragt.ip());
        m.description = "the real freight firm invoices an ordered extra bulky-waste trip from Anholt";
        m = ok("supplier-letter", false);
        headers(m, "Anholt Fragt & Container", addr(fragt), "affald@norddjurs.dk", "Sommerfartplan for containerne")
            .text("Hej Affald og Genbrug\n\nFra juni sejler vi containerne fra Anholt tirsdag og fredag i stedet for kun fredag. "
                + "Det ændrer ikke prisen i kontrakt " + freightContract + ". Vi skifter hverken konto eller fragtfirma, og "
                + "kommer der en mail om det, er den ikke fra os.\n\nRikke Holt");
        genuine(m, fragt.ip());
        m.description = "the freight firm announces a summer timetable, no change of account";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_500_000);
        headers(m, "Djurs Affald I/S", "regnskab@djursaffald.dk", "efaktura@norddjurs.dk", "Driftsbidrag 2. kvartal 2037")
            .text("Til ejerkommunerne\n\nVedlagt opkrævning af driftsbidraget for andet kvartal. Den er også sendt elektronisk "
                + "til jeres EAN.\n\nDjurs Affald I/S")
            .attach("application/pdf", "Driftsbidrag-2kv.pdf", Attachments.pdf(docId(m, "da"), "Driftsbidrag 2. kvartal 2037",
                List.of("Djurs Affald I/S", "Ejerkommune: " + KOMMUNE, "Kr. " + a.gross(), "Konto " + iban("DK", "76410003724931"))));
        genuine(m, "127.59.70.1");
        m.description = "intermunicipal waste company's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Kystmyndigheden, Tilsyn", "tilsyn@kystmyndigheden-tilsyn.dk", "natur@norddjurs.dk",
            "Tilsyn med kystsikring ved Gjerrild")
            .text("Til " + KOMMUNE + ", Natur\n\nVi besigtiger stenkastningen nord for Gjerrild Klint i maj som led i det "
                + "almindelige tilsyn. Datoen kommer senere. Der er ingen betaling forbundet med tilsynet.\n\nKystmyndigheden");
        genuine(m, "127.59.70.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "besked@egenhaand.dk";
        headers(m, "Kattegatcentret via Egenhånd", "besked@egenhaand.dk", "kultur@norddjurs.dk",
            "Til underskrift: tillæg til driftsaftale")
            .header("Reply-To", "<direktion@kattegatcentret.dk>")
            .text("Kattegatcentret har sendt jer 'Tillæg til driftsaftale om havvandsindtaget 2037' til underskrift.\n\n"
                + "Dokumentet ligger på jeres konto hos Egenhånd.\n\nEgenhånd");
        genuine(m, "127.59.72.12");
        m.description = "real e-signature request from egenhaand.dk on behalf of Kattegatcentret";
        m = ok("receipt", false);
        headers(m, "Grenaa Isenkram", "kvittering@grenaa-isenkram.dk", "havn@norddjurs.dk", "Kvittering for dit køb")
            .text("Tak fordi du handlede hos os\n\n3 fendere og 40 m tovværk. Betalt med kommunens indkøbskort.\n\nGrenaa Isenkram");
        genuine(m, "127.59.70.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Fjellerup Efterskole", "bogholderi@fjellerup-efterskole.dk", "oekonomi@norddjurs.dk", "Advis om betaling")
            .text("Hej\n\nVi har i dag overført 11.600 kr. for leje af Glesborg Hallen til vores idrætsdag.\n\nFjellerup Efterskole");
        genuine(m, "127.59.70.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Bønnerup Havn", "havnekontor@bonnerup-havn.dk", "havn@norddjurs.dk", "Ordrebekræftelse: kranløft")
            .text("Hej\n\nVi bekræfter kranløft af kommunens to arbejdsbåde i uge 16. Regningen kommer via EAN.\n\nBønnerup Havn");
        genuine(m, "127.59.70.7");
        m.description = "order confirmation, invoiced later by EAN";
        m = ok("deposit-invoice", true);
        a = amount(600_000);
        headers(m, "Kattegatcentret, Booking", "booking@kattegatcentret.dk", "skole@norddjurs.dk", "Depositum: skoledag i juni")
            .text("Hej Skoleafdelingen\n\nTak for bookingen af havdag for alle 4. klasser i Norddjurs. Vi beder om et depositum "
                + "på 25 %, " + kr(a.ore() / 4) + " kr., senest " + dottedDay(m, 14) + ". Resten faktureres efter besøget.\n\n"
                + "Kattegatcentret")
            .attach("application/pdf", "Depositum-havdag.pdf", Attachments.pdf(docId(m, "dep"), "Depositumfaktura",
                List.of("Fonden Kattegatcentret, Færgevej 4, 8500 Grenaa", "Kunde: " + KOMMUNE + ", Skoler",
                    "Havdag for 4. klasser, juni 2037", "Depositum kr. " + kr(a.ore() / 4), "Konto " + iban("DK", "91830000733390"))));
        genuine(m, "127.59.70.3");
        m.description = "the aquarium asks a 25 % deposit for a booked school day (Ed25519, p=quarantine)";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "4873000010045512"), iban("DK", "53950006231187"), bank("5470", "0004472309"),
        iban("EE", "3822001120058871"), iban("PL", "611090101400000711224498"), iban("GB", "REVO00997012883419"),
        iban("IE", "AIBK93115222041786"), iban("NL", "BUNQ0002277641"), iban("DE", "100110012624980071"),
        iban("HU", "117730160000000098123456"), iban("RO", "BTRL0130202088214901"), iban("BG", "STSA93000021198877"),
        iban("CY", "005001210000001200877651"), bank("8117", "0002245078"), iban("MT", "MALT01100001234567890123456"),
        iban("SE", "50000000058631200774"), iban("LT", "0332500012209981"), iban("DK", "62200004719933")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 2, List.of("Ny modtagerkonto"), "", "Kære forbruger\n\nBestyrelsen vedtog på "
            + "generalforsamlingen, at værkets opkrævninger fremover håndteres af et servicefællesskab med tre andre "
            + "jyske varmeværker. Servicefællesskabet har sin egen bankforbindelse, og den fremgår af opkrævningen i "
            + "vedhæftningen. Indbetalinger til værkets hidtidige nummer kan blive forsinket i flere uger.");
        forged(m, forgedHost++);
        m.description = "forged From grenaa-varmevaerk.dk (p=reject) from a fraudster's machine, DK mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej annoncør\n\nMartsannoncerne er nu gjort op. Ugeposten er "
            + "overtaget af et londonbaseret forlagshus, som samler alle bladenes regnskab i ét team, og fremover modtager "
            + "vi kun penge på forlagets engelske bankkonto, der er trykt på fakturaen. Vores gamle danske nummer "
            + "nedlægges ved udgangen af måneden.");
        forged(m, forgedHost++);
        m.description = "forged From ugeposten-grenaa.dk (p=reject), GB account";
        m = bad("forged-supplier");
        invoice(m, bus, mule(16), 4, List.of("Kontoændring"), "", "Marts måneds skolebuskørsel er opgjort og vedhæftet. Gjerrild "
            + "Busser er solgt til en landsdækkende operatør, og overdragelsen betyder, at pengene for kørslen nu skal "
            + "ind på køberens konto, som står nederst i opgørelsen. Sæt det gerne i værk inden næste betalingskørsel.");
        forged(m, forgedHost++);
        m.description = "forged From gjerrild-busser.dk (p=quarantine, ~all) from outside, LT account";

        // lookalike-domain
        Object[][] l = {{"grenaa-varmevaerk.com", varme, "Der opstod en fejl i vores kunderegister ved årsskiftet. Sørg for at "
            + "betale til kontoen på netop denne opkrævning og ikke til den, der står i jeres system."},
            {"auning-anlag.dk", entrep, "Regnvandsbassinet ved Auning Skole er færdigt. Firmaet har fået ny ejer, og vi er derfor "
                + "skiftet bank - benyt venligst kontoen nederst på fakturaen."},
            {"grenaa-traelast.net", byg, "Månedens leverancer til Ejendomme og Drift er faktureret. Bemærk at vores bankkonto er "
                + "ændret i dag, og at der ikke længere kan indbetales på den gamle."},
            {"oersted-el-service.dk", el, "Gadelyset ved Ørsted Skole lyser igen. Da vores "
                + "erhvervskonto er overført til en netbank med bedre valutavilkår, ligger det opdaterede nummer i "
                + "PDF-filen, og det er det eneste, der gælder nu."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2)), "",
            "Proffafdelingen fremsender martsopgørelsen for Ejendomme og Drift. Trælasten har fået ny "
                + "hovedbankforbindelse efter sammenlægningen med en tømmerhandel i Randers, så kig efter det nye nummer "
                + "på bilaget, før I overfører.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as grenaa-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        invoice(m, toemrer.posing(d, toemrer.account()), mule(3), 9, List.of("Aconto 2 - klubhuset"), "", "Anden aconto på "
            + "klubhuset i Vivild er vedlagt. Pga. en fejl hos vores bank skal netop denne betaling gå til kontoen på fakturaen; "
            + "vi retter det, når banken er klar.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as vivild-toemrer.dk, EE account";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Fakturafyr", "paamindelse@fakturafyr-auning.dk", "natur@norddjurs.dk",
            "Ubetalt faktura - gebyr fra i morgen")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig ubetalt, og "
                + "der lægges gebyr på fra i morgen tidlig. Du kan nå at betale med kort her:</p><p><a href=\"https://"
                + "fakturafyr-auning.dk/betal/" + sha256("ff59").substring(0, 18) + "\">Betal nu</a></p><p>Fakturafyr</p>"
                + "</body></html>");
        ownedBy(m, "fakturafyr-auning.dk");
        m.description = "look-alike of the platform fakturafyr.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Debitorly", "inkasso@debitorly-grenaa.com", "havn@norddjurs.dk", smed.name() + " - faktura overdraget")
            .text("Hej Havnen\n\n" + smed.name() + " bruger nu Debitorly til at opkræve sine regninger for arbejdet på "
                + "molen. Smedien har valgt, at beløbet samles op på en klientkonto i vores navn, " + mule(15) + ", og "
                + "vi afregner videre til Jens Hald hver fredag.\n\nDebitorly kundeteam")
            .attach("application/pdf", "debitorly-" + (4_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("debitorly-grenaa.com", mule(15)), "Faktura", "DB-" + (9_100 + rnd.nextInt(700)), amount(260_000),
                mule(15), 0, List.of("Overdraget til Debitorly")));
        ownedBy(m, "debitorly-grenaa.com");
        m.description = "look-alike of debitorly.com: the smithy's invoice 'assigned' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(17), 6, List.of("Betales til factoringselskab"), "", "Rengøringsteamet har indgået en "
            + "finansieringsaftale, hvor vores tilgodehavender købes af en finansieringspartner i Vilnius. Pengene for "
            + "denne måneds rengøring går derfor direkte til " + mule(17) + ". Jeg står på messe i Herning frem til "
            + "fredag, så skriv endelig frem for at ringe.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of grenaa-rengoeringsteam.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@norddjurs.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nKort tilføjelse til tråden: vores pengeinstitut gennemgår vores erhvervskonto, og derfor skal de "
                + p.amount().gross() + " kr. skal denne ene gang indsættes på " + mule(1) + ". Fremover gælder den gamle konto "
                + "igen.\n\nDebitor\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of fjellerup-datadrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "vivild-tomrer.dk"}, {mad, "nimtofte-storkokken.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@norddjurs.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nJeg følger op på faktura " + p.no() + ", som I fik for nylig. Den blev desværre skrevet "
                    + "ud fra en kladde med vores nedlagte nummer. Det korrekte nummer er " + mule(i + 12) + ", og vi "
                    + "vil gerne have beløbet dertil. Giv mig et lille praj, når kartoteket er rettet, så jeg kan lukke "
                    + "sagen her.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", another account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@norddjurs.dk", "Hastesag - tilskud skal ud i dag")
            .text("Hej\n\nHavnefesten i Grenaa mangler penge til lyd og scene, og jeg har i går aftes givet foreningen "
                + "mit ord på et tilskud fra puljen til lokale arrangementer. Hundrede og femoghalvfjerds tusind skal være "
                + "hos dem i eftermiddag, ellers aflyser teknikfirmaet: " + mule(7) + ". Jeg sidder på Anholt-færgen, "
                + "hvor mobilen næsten ikke virker, så send en mail, når pengene er sendt afsted.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged norddjurs.dk (p=reject) from outside: the mayor's urgent harbour-festival grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@norddjurs.dk", "Ny konto Allingåbro VVS")
            .text("Hej kreditor\n\nIndehaveren af Allingåbro VVS & Blik fangede mig på gangen i formiddags. Firmaet er rykket "
                + "over i en tysk onlinebank, og det nye nummer er " + mule(8) + ". Læg det ind i leverandørkartoteket, "
                + "inden dagens betalingskørsel lukker, så de ikke venter længere på deres penge. Anden godkender er jeg "
                + "selv i denne sag.\n\nØkonomichef");
        forged(m, forgedHost++);
        m.description = "forged norddjurs.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.norddjurs@gmail.com", "oekonomi@norddjurs.dk", "Har du to minutter?")
            .text("Hej\n\nEr du ved skrivebordet? Jeg er til forhandlinger i regionshuset og kan ikke ringe ud. Vi skal have "
                + "ordnet en diskret overførsel, inden frokostpausen er forbi, og den må ikke gå igennem attestationen. "
                + "Skriv til denne adresse, ikke min kommunale.\n\nDirektøren, afsendt fra telefon");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.norddjurs@outlook.com", "indkoeb@norddjurs.dk", "En tjeneste")
            .text("Hej\n\nDe frivillige, der samlede plastik på stranden ved Bønnerup hele weekenden, fortjener en "
                + "overraskelse. Find femten digitale oplevelsesgavekort til tusind kroner stykket, skrab koderne frem og "
                + "send dem som billeder hertil, helst inden de tager hjem i dag. Jeg lægger ud privat.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Sanne Østergaard", "sanne.oestergaard.auning@gmail.com", "loen@norddjurs.dk", "Ny lønkonto")
            .text("Kære lønkontor\n\nSanne her, fra distriktet i Auning. Efter en skilsmisse har jeg flyttet alt over i en "
                + "litauisk app-bank, fordi den gamle fælleskonto er spærret. Månedens udbetaling bedes derfor sendt til "
                + mule(0) + ". Min kode til personaleportalen virker ikke efter skiftet, derfor skriver jeg fra min private "
                + "mail.\n\nSanne Østergaard");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care helper";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Brix", "mikkel.brix.grenaa@hotmail.com", "loen@norddjurs.dk", "Løn til ny konto")
            .text("Hej\n\nJeg arbejder på havnen i Grenaa og starter på vindmølleparken ved Anholt til sommer, så jeg har fået en "
                + "konto i Irland. Min løn skal ind på " + mule(6) + " allerede fra april.\n\nHilsen Mikkel");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Grenaa Inkasso", "sag@grenaa-inkasso.dk", "kreditor@norddjurs.dk", "Inkassovarsel - " + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nVores klient " + inkasso[i].name() + " har overgivet den ubetalte faktura "
                    + p.no() + " til os. Hovedstolen er " + p.amount().gross() + " kr., og hertil lægges vores omkostninger "
                    + "efter inkassobekendtgørelsen. Hele kravet skal være indfriet på " + mule(i + 9) + ", før ugen er "
                    + "omme; derefter begæres udlæg hos fogeden uden yderligere varsel.\n\nGrenaa Inkasso, sagsafdelingen");
            ownedBy(m, "grenaa-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@mitid-glesborg.com", "it@norddjurs.dk", "Adgangen til MitID Erhverv spærres")
            .html("<html><body><p>Kære administrator</p><p>Organisationens oplysninger skal bekræftes igen. Gøres det ikke inden "
                + "24 timer, spærres alle medarbejderes adgang i " + KOMMUNE + ".</p><p><a href=\"https://mitid-glesborg.com/"
                + "org\">Bekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-glesborg.com");
        m.description = "fake MitID Erhverv lock-out with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-trustrup.com", "oekonomi@norddjurs.dk", "Nyt brev fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>I jeres virksomhedspostkasse ligger en afgørelse fra "
                + "Skattestyrelsen om lønsumsafgift for det forgangne år. Afgørelsen kræver kvittering fra en "
                + "tegningsberettiget senest fredag; uden kvittering opkræves et procenttillæg.</p><p><a href=\"https://"
                + "digitalpost-trustrup.com/laes\">Se afgørelsen</a></p><p>Digital Post, erhverv</p></body></html>");
        ownedBy(m, "digitalpost-trustrup.com");
        m.description = "fake Digital Post notice with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-grenaa.net", "efaktura@norddjurs.dk", "Jeres EAN-endpoint udløber")
            .text("Til " + KOMMUNE + "\n\nRegistreringen af EAN " + EAN + " i NemHandel udløber om to dage. Derefter afvises alle "
                + "elektroniske fakturaer til jer. Forny registreringen på https://nemhandel-grenaa.net/forny med MitID.\n\n"
                + "NemHandel Support");
        ownedBy(m, "nemhandel-grenaa.net");
        m.description = "fake NemHandel endpoint renewal with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afvist@nemhandel-grenaa.net", "kreditor@norddjurs.dk", "Afviste fakturaer - betal samlet")
            .text("Ni e-fakturaer adresseret til jer sidder fast i vores kø, fordi jeres modtagerprofil mangler et felt. I stedet "
                + "for at lade leverandørerne vente kan kommunen indbetale summen, 128440 kroner, til vores "
                + "fordelingskonto " + mule(4) + ". Vi sender så pengene ud til hver enkelt leverandør.");
        ownedBy(m, "nemhandel-grenaa.net");
        m.description = "fake NemHandel 'rejected invoices' asking for one pooled payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Grenaa Havn Parkering", "afgift@grenaa-havn-parkering.dk", "teknik@norddjurs.dk",
            "Parkeringsafgift ved færgelejet")
            .html("<html><body><p>Kameraet ved færgeterminalen har fotograferet en af kommunens varebiler i båsene for "
                + "Anholt-trafikken, hvor der kræves forudbetalt p-tid. Kontrolgebyret er syvhundrede og halvtreds kroner. "
                + "Ret mobilens kamera mod mønsteret nedenfor for at betale, før sagen sendes videre.</p><p><img "
                + "src=\"cid:qr\" alt=\"Betal\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "grenaa-havn-parkering.dk");
        m.description = "QR code for a ferry-terminal parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "aftaler@vivild-betalingsservice.net", "oekonomi@norddjurs.dk",
            "Jeres betalingsaftaler er stoppet")
            .html("<html><body><p>Kære kunde</p><p>Vi har midlertidigt pauset kommunens tilmeldte træk, fordi "
                + "fuldmagten hos pengeinstituttet mangler fornyelse. El, vand og leasing trækkes ikke, før I har "
                + "bekræftet fuldmagten. Peg telefonen mod den firkantede kode herunder og følg trinene.</p><img "
                + "src=\"cid:qr\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "vivild-betalingsservice.net");
        m.description = "QR code to 'reactivate' stopped direct debits";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "kontor@grenaa-rengoringsteam.dk", "kreditor@norddjurs.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nTo gange er vores mail kommet retur fra jeres spamfilter, så denne gang har vi pakket "
                + "rengøringsfakturaen ind i et komprimeret arkiv. Åbn det og læs fakturaen igennem, for "
                + "indbetalingsoplysningerne er skiftet siden sidst.\n\nKontoret")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("grenaa-rengoringsteam.dk", mule(13)), "Faktura", no, a, mule(13), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontoen i fakturaen."));
        ownedBy(m, "grenaa-rengoringsteam.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of grenaa-rengoeringsteam.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "butik@allingaabro-vvs.net", "kreditor@norddjurs.dk", "Fakturaer marts samlet")
            .text("Hej\n\nBlikkenslagerens regninger for marts ligger samlet i arkivfilen, da vores mailprogram ikke kan "
                + "sende mange vedhæftninger ad gangen. Læg mærke til, at pengene nu skal ind et andet sted end før.\n\n"
                + "Butikken")
            .attach("application/x-7z-compressed", "marts.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("allingaabro-vvs.net", mule(14)), "Faktura", no, a, mule(14), 1, List.of())));
        ownedBy(m, "allingaabro-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of allingaabro-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@auning-kontorforsyning.net", "indkoeb@norddjurs.dk", "Ordre og faktura, kopipapir")
            .text("Hej\n\nOrdrebekræftelse og faktura ligger i samme dokument. Klik 'Aktivér redigering' og så 'Aktivér "
                + "indhold', ellers kan du ikke se priserne.\n\nOrdre")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordre og faktura, kopipapir. Priserne vises, når indhold er aktiveret.", true));
        ownedBy(m, "auning-kontorforsyning.net");
        m.description = "macro-enabled .docm from a look-alike of auning-kontor.dk";
        m = bad("office-macro");
        headers(m, "Debitor", "debitor@fjellerup-datadrift.net", "it@norddjurs.dk", "Oversigt Chromebooks skoler")
            .text("Hej\n\nOversigten over Chromebooks og licenser til skolerne ligger i regnearket. Tillad makroer, ellers regnes "
                + "beløbene ikke ud. Læg mærke til den nye konto.\n\nDebitor")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebooks_oversigt.xlsm", Attachments.excel(List.of(
                "Oversigt Chromebooks april 2037", "Chromebook og licens 520 stk", "Betales til " + mule(10)), true));
        ownedBy(m, "fjellerup-datadrift.net");
        m.description = "macro-enabled .xlsm from a look-alike of fjellerup-datadrift.dk, RO account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "kim@glesborg-malerforretning.dk", "ejendomme@norddjurs.dk", "Regning Glesborg Skole")
            .text("Hej\n\nMalerregningen for gangene på Glesborg Skole kommer som foto fra værkstedet, for "
                + "kontorets printer og scanner har opgivet ånden. Læs den nederste linje grundigt, der er vores nye "
                + "kontooplysninger.\n\nKim")
            .attach("image/jpeg", "IMG_5931.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "glesborg-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of glesborg-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "per@trustrup-vognmand.net", "teknik@norddjurs.dk", "Faktura tangkørsel Fjellerup")
            .text("Hej\n\nI får regningen for at fjerne tang fra stranden ved Fjellerup som scanning i dag. Læs "
                + "kontolinjen på selve papiret, for vognmandsforretningen benytter ikke længere sit gamle "
                + "pengeinstitut.\n\nPer")
            .attach("application/pdf", "Scan_0412.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "trustrup-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of trustrup-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@auning-ordrecenter.com", "indkoeb@norddjurs.dk", "Ordre 66120 er godkendt")
            .text("Tak for bestillingen af tolv bærbare computere med dockingstation til Borgerservice. Pakkerne forlader "
                + "lageret i Kolding i morgen tidlig, og betalingen hæves samtidig. Kan ingen hos jer genkende ordren, "
                + "stoppes leverancen kun ved at ringe til vores ordrelinje 78742061 før lukketid.\n\nOrdrecenter");
        ownedBy(m, "auning-ordrecenter.com");
        m.description = "callback scam: fake laptop order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "licens@auning-ordrecenter.com", "it@norddjurs.dk", "Jeres antivirus-licens er forlænget")
            .text("Hej IT-afdeling\n\nVirusbeskyttelsen til jeres arbejdspladser på rådhuset og skolerne er automatisk "
                + "fornyet med en treårig periode. Fornyelsen koster fireogtres tusind kroner plus moms og opkræves "
                + "snarest. Ønsker I at fortryde, gøres det alene telefonisk via fortrydelseslinjen 78742062, som har "
                + "åbent til i morgen eftermiddag.\n\nLicensservice");
        ownedBy(m, "auning-ordrecenter.com");
        m.description = "callback scam: auto-renewed antivirus licence";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "bt@auning-anlaeg.net", "efaktura@norddjurs.dk", "E-faktura " + no + " som fil")
            .text("Hej\n\nVores nye bogføringsprogram kan ikke sende via NemHandel endnu, så e-fakturaen kommer her som XML. "
                + "Betalingskontoen i filen er ny.\n\n" + entrep.name())
            .attach("application/xml", "faktura-" + no + ".xml", ubl(no, entrep, mule(2), a, isoDay(m, 0), isoDay(m, 14), true,
                "ND-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "auning-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "debitor@fjellerup-datadrift.net", "efaktura@norddjurs.dk", "OIOUBL " + no)
            .text("OIOUBL-filen med fakturaen er vedhæftet. Bankoplysningerne er ændret, da vi har skiftet bank.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(9), a, isoDay(m, 0), isoDay(m, 10), false,
                "ND-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "fjellerup-datadrift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of fjellerup-datadrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Egenhånd", "dokument@egenhaand-fjellerup.dk", "kultur@norddjurs.dk", "Kattegatcentret afventer din signatur")
            .html("<html><body><p>Du er inviteret til at signere 'Forsikringstillæg - hajbassinet'. Invitationen udløber i "
                + "aften.</p><p><a href=\"https://egenhaand-fjellerup.dk/d/" + sha256("eh59").substring(0, 16) + "\">Åbn og "
                + "signér</a></p></body></html>");
        ownedBy(m, "egenhaand-fjellerup.dk");
        m.description = "fake e-signature request imitating egenhaand.dk and the aquarium";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@anholt-esign.net", "ejendomme@norddjurs.dk", "Forpagtningsaftale til signering")
            .html("<html><body><p>Forpagteren af campingpladsen på Anholt har delt en ny forpagtningskontrakt med "
                + "ejendomsafdelingen. Kontrakten åbnes efter bekræftelse med jeres kommunale mailadresse og "
                + "adgangskode.</p><p><a href=\"https://anholt-esign.net/login\">Åbn kontrakten</a></p></body></html>");
        ownedBy(m, "anholt-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@gjerrild-busser.net", "kreditor@norddjurs.dk", "Faktura " + p.no() + " - deling")
            .text("Hej\n\nVi er midt i et bankskifte, og i overgangen tager den gamle konto kun imod mindre beløb. Derfor "
                + "skal faktura " + p.no() + " deles i to lige store overførsler: den ene som hidtil, den anden til "
                + mule(8) + ". Beklager bøvlet med busfakturaen.\n\nKørselskontoret");
        ownedBy(m, "gjerrild-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "butik@allingaabro-vvs-blik.dk", "kreditor@norddjurs.dk", "Betaling af " + p.no())
            .text("Hej\n\nVedrørende faktura " + p.no() + ": vores revisor har bedt os fordele indbetalingen. Femogtyve tusind "
                + "kroner til kontoen, I kender, og restbeløbet til vores driftskonto i Bulgarien, " + mule(11) + ". Det "
                + "hænger sammen med et nyt lager, vi bygger op der.\n\nButikken");
        ownedBy(m, "allingaabro-vvs-blik.dk");
        m.description = "split payment on Allingåbro VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-aquarium-seawater-intake-invoice
        M m = bad("fake-aquarium-seawater-intake-invoice");
        invoice(m, havvand.posing("grenaa-havvandsteknik.com", havvand.account()), mule(0), 12,
            List.of("Serviceaftale " + intakeAgreement + " - akut udkald"), "", "Natten til søndag faldt trykket i "
                + "havvandsledningen til Kattegatcentret, og vores vagt skiftede indtagspumpe 1 med det samme, så hajerne ikke "
                + "stod uden frisk vand. Udkaldet ligger uden for serviceaftalen og skal betales med det samme. Efter at vi har "
                + "fået ny bank, skal I bruge kontoen på fakturaen.");
        ownedBy(m, "grenaa-havvandsteknik.com");
        m.description = "look-alike of the real seawater firm cites its real agreement, 'night pump swap', LT account";
        m = bad("fake-aquarium-seawater-intake-invoice");
        headers(m, "Grenaa Pumpeservice", "service@grenaa-pumpeservice.dk", "teknik@norddjurs.dk",
            "Faktura: dykkerinspektion af indtagsledning")
            .text("Til Teknik og Miljø\n\nSom aftalt telefonisk med jeres driftsleder har vores dykkere inspiceret "
                + "havvandsindtaget ud for Kattegatcentret og fjernet muslinger fra indløbsristen. Fakturaen på 46.250,00 kr. "
                + "inkl. moms skal betales inden fem dage til " + mule(5) + ".\n\nGrenaa Pumpeservice")
            .attach("application/pdf", "dykkerinspektion.pdf", Attachments.pdf(docId(m, "dyk"), "Faktura dykkerinspektion",
                List.of("Grenaa Pumpeservice", "Inspektion af indtagsledning og rensning af rist", "Total inkl. moms 46.250,00",
                    "Betaling til " + mule(5))));
        ownedBy(m, "grenaa-pumpeservice.dk");
        m.description = "unknown firm bills a diver inspection of the intake 'agreed by phone' (GB IBAN)";
        m = bad("fake-aquarium-seawater-intake-invoice");
        headers(m, "Bønnerup Havvand", "salg@bonnerup-havvand.dk", "kultur@norddjurs.dk", "Filtersand til akvariet - forudbetaling")
            .text("Hej\n\nEfter stormen er filtrene ved Kattegatcentret fyldt med tang, og jeres faste leverandør kan ikke skaffe "
                + "sand før til sommer. Vi har sat 8 tons kvartssand af til jer. Det skal forudbetales med 31.900 kr. til "
                + mule(4) + ", inden vi kører.\n\nBønnerup Havvand");
        ownedBy(m, "bonnerup-havvand.dk");
        m.description = "'filter sand after the storm' for the aquarium, prepayment (PL IBAN)";

        // fake-island-waste-freight-invoice
        m = bad("fake-island-waste-freight-invoice");
        invoice(m, fragt.posing("anholt-fragt.com", fragt.account()), mule(16), 14,
            List.of("Fragtkontrakt " + freightContract + " - ekstra sejlads"), "", "Efter påskeferien var der så meget affald "
                + "på Anholt, at vi måtte sende to ekstra containere med færgen, før pladsen ved havnen løb over. Turen er "
                + "fakturaen herunder. Vi har skiftet bank i forbindelse med et generationsskifte, så betal til kontoen på "
                + "fakturaen og ikke den gamle.");
        ownedBy(m, "anholt-fragt.com");
        m.description = "look-alike of the real freight firm cites its real contract, extra sailing, LT account";
        m = bad("fake-island-waste-freight-invoice");
        headers(m, "Anholt Affaldsfragt", "drift@anholt-affaldsfragt.dk", "affald@norddjurs.dk", "Ny fragtmand for Anholt")
            .text("Til Affald og Genbrug\n\nFra 1. maj har vi overtaget sejladsen af affaldscontainerne fra Anholt efter den "
                + "tidligere fragtmand. Aprils ture faktureres af os, 58.700,00 kr. inkl. moms, som indbetales på " + mule(3)
                + ". Kontrakten " + freightContract + " fortsætter uændret.\n\nAnholt Affaldsfragt");
        ownedBy(m, "anholt-affaldsfragt.dk");
        m.description = "'new carrier took over' Anholt's waste freight, citing the real contract (EE IBAN)";
        m = bad("fake-island-waste-freight-invoice");
        headers(m, "Grenaa Færgefragt", "booking@grenaa-faergefragt.dk", "teknik@norddjurs.dk",
            "Slamtransport Anholt - reservation")
            .text("Hej\n\nSom ønsket har vi booket vogndæk til to slamtanke fra Anholts renseanlæg på overfarten i uge 20. "
                + "Rederiet frigiver pladsen igen, hvis reservationsgebyret ikke er modtaget på vores maltesiske "
                + "kundekonto " + mule(14) + " i løbet af morgendagen. Gebyret er atten tusind fire hundrede kroner.\n\n"
                + "Grenaa Færgefragt");
        ownedBy(m, "grenaa-faergefragt.dk");
        m.description = "'as you asked' sludge-tank space on the ferry held against a fee (MT IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus59().generate(), List.of(
            "# Norddjurs Kommune, Økonomi: invoice checks (fifty-ninth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=grenaa-varmevaerk.dk auning-anlaeg.dk grenaa-havvandsteknik.dk anholt-fragt.dk "
                + "vivild-toemrer.dk glesborg-maler.dk grenaa-rengoeringsteam.dk ugeposten-grenaa.dk trustrup-vognmand.dk "
                + "oersted-elservice.dk allingaabro-vvs.dk nimtofte-storkoekken.dk grenaa-traelast.dk fjellerup-datadrift.dk "
                + "gjerrild-busser.dk auning-kontor.dk",
            "invoice.domains.platforms=fakturafyr.dk debitorly.com girolinje.dk mellemregning.dk",
            "invoice.names.protected=Norddjurs Kommune"));
    }
}
