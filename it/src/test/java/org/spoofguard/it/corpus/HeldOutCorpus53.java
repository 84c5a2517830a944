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
 * The fifty-third held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Ringsted Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, roads, nature, schools, care, sports,
 * culture and property mailboxes), the midland municipality of Zealand: Ringsted town with Skt. Bendts Kirke where Danish
 * kings lie buried, the railway junction and the works along the line, Ringsted Outlet, Benløse, Jystrup, Vigersted,
 * Kværkeby, Gyrstinge, Haraldsted Sø, Valsømagle and Ringsted Å; sixteen listed suppliers from those places in the DNS
 * postures real Danish firms have (one sending through a web hoster named in its SPF, one publishing nothing), three invoicing
 * platforms ({@code girolink.dk}, {@code fakturabane.dk}, {@code kontoflow.io}), a track-safety firm that provides safety
 * guards and track possessions for road works beside the railway, a tower-clock and bell service for Skt. Bendts Kirke, a
 * floor firm that sands and lacquers the sports halls, lake and stream care, sole traders on free mail, foreign suppliers,
 * SaaS ({@code lektionsbord.io}), an ESP ({@code mailvej.dk}), an e-signature service ({@code haandslag.dk}), banks, a
 * creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a full Ringsted place name.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID, fake
 * NemHandel notices, fake inkasso, compromised mailboxes, hijacked threads, split payments, callback scams, QR codes, ZIP and
 * 7z archives, macro documents, image-only invoices, payroll diversion, look-alikes, homoglyphs, e-invoice XML with a changed
 * payee, fake e-signature requests) and three kinds new here: safety guards or a track possession for road works beside the
 * railway billed by someone who never stood on the line (fake-railway-track-safety-invoice); a service, a new bell clapper or
 * an "urgent" repair of the tower clock and bells of Skt. Bendts Kirke billed to a new account
 * (fake-church-bell-service-invoice); and sanding and lacquering of the sports halls' floors billed by someone who never
 * sanded them (fake-sports-floor-sanding-invoice). Only CorpusWorld, Mime, Attachments, Ubl, CorpusChecks, CorpusKeysTest
 * and the forty-fourth generator and its test were read for format and helpers; the invoice engine, its tests, tuning notes
 * and earlier results were not read. Every text here was written for this corpus. Labels say what a mail is when it was
 * written. {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -q -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus53GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus53 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout53");
    public static final String OWN = "ringsted.dk";
    static final String FRAUD_NET = "127.253.";
    private static final String OWN_IP = "127.53.0.1";
    private static final String EAN = "5798005310422";
    private static final String KOMMUNE = "Ringsted Kommune";
    private static final String RAADHUS = "Sct. Bendtsgade 1, 4100 Ringsted";
    private static final String HOSTER_IP = "127.53.9.1";
    private static final String GMAIL = "127.55.1.1";
    private static final String MSFT = "127.55.2.1";
    private static final String APPLE = "127.55.5.1";

    private final Random rnd = new Random(53_4100_2037L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 41;
    /** The rail infrastructure owner's work permit for the bridge works at Køgevej (the frauds cite it). */
    private String permit;
    /** The service agreement for the tower clock and bells of Skt. Bendts Kirke (the frauds cite it). */
    private String clockAgreement;
    /** The sports halls' floor order (the frauds cite it). */
    private String floorOrder;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 3, 2, 7, 10, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 4, 6, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier entrep = new Supplier("Benløse Anlæg & Vej ApS", "benloese-anlaeg.dk", "Rasmus Kjær", "rk",
        "127.53.1.1", bank("2342", "0736512904"), "omlægning af fortov og cykelsti ved banebroen på Køgevej");
    private final Supplier bane = new Supplier("Midtsjællands Banesikring ApS", "midtsj-banesikring.dk", "Planlægning og Fakturering",
        "faktura", "127.53.1.2", iban("DK", "23420736581177"), "sikkerhedsmand og sporspærring under broarbejdet ved Køgevej");
    private final Supplier klokke = new Supplier("Sjællands Tårnur & Klokkeservice", "taarnur-klokkeservice.dk", "Bent Overgaard",
        "bent", "127.53.1.3", bank("0400", "4017729031"), "eftersyn af tårnur, klokkestol og ringeanlæg i Skt. Bendts Kirke");
    private final Supplier gulv = new Supplier("Vigersted Gulvservice ApS", "vigersted-gulvservice.dk", "Louise Dam", "louise",
        "127.53.1.4", bank("2342", "0736640558"), "slibning, lakering og ny stregning af gulvene i Ringsted Hallerne");
    private final Supplier soe = new Supplier("Haraldsted Sø- og Ådalspleje v/ Jonas Kruse", "aadalspleje.dk", "Jonas Kruse",
        "jonas", "127.53.1.5", iban("DK", "04004017760312"), "grødeskæring i Ringsted Å og pleje af sølbredden ved Haraldsted Sø");
    private final Supplier rengoer = new Supplier("Ringsted Erhvervsrengøring A/S", "ringsted-erhvervsrengoering.dk", "Kundeservice",
        "kunde", "127.53.1.6", iban("DK", "23420736799120"), "daglig rengøring af Rådhuset, Ringsted Bibliotek og Benløse Skole");
    private final Supplier mad = new Supplier("Kværkeby Køkken ApS", "kvaerkeby-koekken.dk", "Kværkeby Køkken, Økonomi", "okonomi",
        "127.53.1.7", iban("DK", "04004017815566"), "mad til plejecentrene og madservice til hjemmeboende");
    private final Supplier bus = new Supplier("Jystrup Turistfart ApS", "jystrup-turistfart.dk", "Dorthe Lyng", "dorthe",
        "127.53.1.8", bank("0400", "4017836604"), "skolekørsel Jystrup-Ringsted og kørsel til svømmeundervisning");
    private final Supplier el = new Supplier("Valsømagle El & Teknik ApS", "valsoemagle-el.dk", "Mikkel Brandt", "mb", HOSTER_IP,
        bank("2342", "0736901447"), "ny LED-belysning i stationstunnelen og tavleeftersyn på Rådhuset");
    private final Supplier vvs = new Supplier("Gyrstinge VVS & Blik ApS", "gyrstinge-vvs.dk", "Kontoret", "kontor", "127.53.1.10",
        bank("0400", "4017902215"), "nye vandrør og blandingsbatterier, Plejecenter Bækgården");
    private final Supplier byg = new Supplier("Midtsjællands Trælast A/S", "midtsj-traelast.dk", "Erhvervskunder", "erhverv",
        "127.53.1.11", iban("DK", "23420737011893"), "byggematerialer og værktøj til Ejendomscenteret efter rammeaftale");
    private final Supplier it = new Supplier("Ringsted Skole-IT ApS", "ringsted-skoleit.dk", "Bogholderiet", "bogholderi",
        "127.53.1.12", bank("2342", "0737104420"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier avis = new Supplier("Midtsjællands Folkeblad", "midtsjfolkeblad.dk", "Annonceafdelingen", "annonce",
        "127.53.1.13", iban("DK", "04004018033710"), "annoncer om lokalplan for stationsområdet og ledige stillinger");
    private final Supplier kontor = new Supplier("Bendts Kontorforsyning ApS", "bendts-kontor.dk", "Ordrekontoret", "ordre",
        "127.53.1.14", bank("0400", "4018120987"), "kopipapir, toner og mødeblokke til Rådhuset og skolerne");
    private final Supplier maskin = new Supplier("Kværkeby Maskinstation I/S", "kvaerkeby-maskinstation.dk", "Preben Vang",
        "preben", "127.53.1.15", bank("2342", "0737266051"), "saltning af cykelstier og rabatklipning langs kommunevejene");
    private final Supplier pleje = new Supplier("Sjællands Plejeartikler ApS", "sj-plejeartikler.dk", "Salg", "salg",
        "127.53.1.16", bank("0400", "4018213370"), "inkontinenshjælpemidler og handsker til hjemmeplejen");
    // not on the creditor list
    private final Supplier smed = new Supplier("Benløse Smede- og Maskinværksted", "benloese-smedie.dk", "Carsten Nygaard",
        "carsten", "127.53.2.1", bank("2342", "0737340981"), "nyt gelænder på gangbroen over Ringsted Å");
    private final Supplier kor = new Supplier("Sanger Kirsten Møller", "gmail.com", "Kirsten Møller", "kirsten.moller.sang", GMAIL,
        bank("0400", "4018300225"), "fællessang på Plejecenter Bækgården og Vigersted Ældrecenter, 5 gange");
    private final Supplier tolk = new Supplier("Tolk Zainab Haidari", "outlook.com", "Zainab Haidari", "zainab.haidari.tolk", MSFT,
        bank("2342", "0737411806"), "tolkning pashto-dansk, Jobcenter Ringsted, 3 samtaler");
    private final Supplier gartner = new Supplier("Havemand Ole Friis", "icloud.com", "Ole Friis", "olefriis.have", APPLE,
        bank("0400", "4018377612"), "beskæring af roser og hæk ved Jystrup Børnehus");
    private final Supplier tysk = new Supplier("Norddeutsche Turmuhren GmbH", "turmuhren-nord.de", "Buchhaltung", "buchhaltung",
        "127.57.1.1", iban("DE", "200505501234987612"), "Ersatzteile für das Turmuhrwerk, Skt. Bendts Kirke");
    private final Supplier svensk = new Supplier("Skånes Idrottsgolv AB", "idrottsgolv-skane.se", "Fakturering", "faktura",
        "127.57.2.1", iban("SE", "50000000058391004477"), "golvlack och linjefärg till idrottshallarna");

    private final List<Supplier> listed = List.of(entrep, bane, klokke, gulv, soe, rengoer, mad, bus, el, vvs, byg, it, avis,
        kontor, maskin, pleje);

    /** Fraudsters' own domains, each carrying a full Ringsted place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"benloese-anlaeg.com", "ringsted-erhvervsrengoring.dk", "ringsted-traelast.dk",
        "valsoemagle-el-teknik.dk", idn("ringsted-skole\u0456t.dk"), idn("r\u0456ngsted.dk"), "girolink-ringsted.dk",
        "fakturabane-benloese.dk", "kvaerkeby-kokken.dk", "jystrup-turistfart.com", "borgmester-ringsted.dk",
        "ringsted-raadhus.dk", "digitalpost-ringsted.dk", "mitid-ringsted.net", "nemhandel-vigersted.dk", "inkasso-ringsted.dk",
        "gyrstinge-inkasso.com", "gyrstinge-vvs-blik.dk", "kvaerkeby-maskinstation.net", "ringsted-outlet-service.dk",
        "valsoemagle-telefoni.dk", "parkering-ringsted.dk", "benloese-hallen-betaling.dk", "ringsted-erhvervsrengoering.net",
        "jystrup-fragt.dk", "bendts-kontor-ringsted.dk", "ringsted-skoleit.net", "haraldsted-vandlobspleje.dk",
        "benloese-maleren.dk", "plejeartikler-ringsted.dk", "traelast-ringsted.net", "haandslag-ringsted.dk",
        "esign-vigersted.com", "banesikring-ringsted.dk", "ringsted-banevagt.dk", "kvaerkeby-sporsikring.dk",
        "ringsted-klokkeservice.dk", "benloese-taarnur.dk", "gyrstinge-kirkeservice.dk", "vigersted-gulvslibning.dk",
        "ringsted-hallerne-service.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(bane.domain(), List.of(bane.ip()), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(klokke.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null); // DKIM only, no DMARC
        domain(gulv.domain(), List.of(gulv.ip()), "-all", null, "none"); // SPF only, p=none
        domain(soe.domain(), List.of(soe.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(rengoer.domain(), List.of(rengoer.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(mad.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "quarantine"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(byg.domain(), List.of(byg.ip(), "127.53.1.31"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(it.domain(), List.of(it.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(maskin.domain(), List.of(maskin.ip()), "~all", null, null); // SPF only, no DMARC
        domain(pleje.domain(), null, null, null, null); // nothing published
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("affald-midtsj.dk", List.of("127.153.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ringsted-idraetsraad.dk", List.of("127.153.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("midtsj-revisorhus.dk", List.of("127.153.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("benloese-jernhandel.dk", List.of("127.153.4.1"), "-all", null, "none");
        domain("vestsj-skovskole.dk", List.of("127.153.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // platforms
        domain("girolink.dk", List.of("127.153.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("fakturabane.dk", List.of("127.153.12.1"), "~all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("kontoflow.io", List.of("127.153.13.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("sparekassen-sct-bendt.dk", List.of("127.153.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("andelskassen-midtsjaelland.dk", List.of("127.153.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkreds-sjaelland.dk", List.of("127.153.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("holbaek-kreditor.dk", List.of("127.153.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("soroe-regnskab.dk", List.of("127.153.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("mailvej.dk", List.of("127.153.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("banebyen-nyt.dk", List.of("127.153.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("indkoebsnyt-offentlig.dk", List.of("127.153.28.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("srs.midtsj-fiber.dk", List.of("127.153.29.1"), "-all", null, null);
        domain("relay.benloese-net.dk", List.of("127.153.30.1"), "-all", null, null);
        domain("lektionsbord.io", List.of("127.153.31.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("haandslag.dk", List.of("127.153.32.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject", "none"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "90." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 37_500 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no53:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "R" + (370_000 + rnd.nextInt(20_000));
            case 1:
                return "2037-" + String.format("%04d", 110 + rnd.nextInt(3_000));
            case 2:
                return String.valueOf(8_800 + rnd.nextInt(4_000));
            case 3:
                return "F37." + (1_000 + rnd.nextInt(8_000));
            case 4:
                return "DEB" + (52_000 + rnd.nextInt(40_000));
            default:
                return "0" + (412_000 + rnd.nextInt(30_000));
        }
    }

    private static final String[] TO = {"kreditor@ringsted.dk", "efaktura@ringsted.dk", "kreditor@ringsted.dk",
        "oekonomi@ringsted.dk", "vej-park@ringsted.dk", "natur@ringsted.dk", "skoler@ringsted.dk", "omsorg@ringsted.dk",
        "idraet@ringsted.dk", "ejendomscenter@ringsted.dk", "indkoeb@ringsted.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf53:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(20_000_000 + Math.floorMod(sha256("cvr53:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(84_000_000 + Math.floorMod(sha256("fi53:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "benloese-anlaeg.dk" -> "Benløse Byvej 41, 4100 Ringsted";
            case "midtsj-banesikring.dk" -> "Vestervang 7, 4100 Ringsted";
            case "taarnur-klokkeservice.dk" -> "Klokkegården, Jystrupvej 88, 4174 Jystrup";
            case "vigersted-gulvservice.dk" -> "Vigersted Bygade 19, 4100 Ringsted";
            case "aadalspleje.dk" -> "Haraldstedvej 130, 4100 Ringsted";
            case "ringsted-erhvervsrengoering.dk" -> "Ahorn Allé 3, 4100 Ringsted";
            case "kvaerkeby-koekken.dk" -> "Kværkeby Bygade 12, 4100 Ringsted";
            case "jystrup-turistfart.dk" -> "Skjoldenæsvej 5, 4174 Jystrup";
            case "valsoemagle-el.dk" -> "Valsømaglevej 64, 4100 Ringsted";
            case "gyrstinge-vvs.dk" -> "Gyrstingevej 22, 4100 Ringsted";
            case "midtsj-traelast.dk" -> "Ringstedvej 210, 4100 Ringsted";
            case "ringsted-skoleit.dk" -> "Nørregade 47, 4100 Ringsted";
            case "midtsjfolkeblad.dk" -> "Søgade 4, 4100 Ringsted";
            case "bendts-kontor.dk" -> "Sct. Hansgade 9, 4100 Ringsted";
            case "kvaerkeby-maskinstation.dk" -> "Kværkebyvej 201, 4100 Ringsted";
            case "sj-plejeartikler.dk" -> "Odinsvej 15, 4100 Ringsted";
            case "benloese-smedie.dk" -> "Industrivej 30, Benløse, 4100 Ringsted";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a letterhead invoice with a line table and a payment box; a time sheet with
     * crew, hours and machines and the FI line (card 71); a service statement with agreement, visit and parts and the FI
     * line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name();
                l.add((addr.isEmpty() ? "" : addr + "  |  ") + "CVR " + cvr(s.domain()));
                l.add(title + "  " + no + "   dato " + dottedDay(m, 0));
                l.add("Faktureres til: " + KOMMUNE + " / " + RAADHUS + " / EAN " + EAN);
                l.add("Linje 1: " + s.what());
                l.addAll(more);
                l.add("Beløb før moms " + a.net() + " kr.  +  moms 25 % " + a.vat() + " kr.  =  " + a.gross() + " kr.");
                l.add("Betalingsfrist " + dottedDay(m, 30) + (account == null ? "" : ". Overføres til " + account + "."));
            }
            case 1 -> {
                head = title + " / timeopgørelse " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Rekvirent: " + KOMMUNE + " (EAN " + EAN + ")");
                l.add("Opgave: " + s.what());
                long crew = a.ore() * 61 / 100;
                long machine = a.ore() * 23 / 100;
                l.add("Mandskab " + kr(crew) + "  Maskiner og værktøj " + kr(machine) + "  Materialer " + kr(a.ore() - crew - machine));
                l.addAll(more);
                l.add("Sum " + a.net() + "  Moms " + a.vat() + "  Til betaling DKK " + a.gross());
                l.add("Forfald " + writtenDay(m, 21) + (account == null ? "" : ", betales til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Serviceopgørelse " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Kunde " + KOMMUNE + ", kundenr. " + (7_000 + Math.floorMod(s.domain().hashCode(), 3_000)));
                l.add("Periode " + dottedDay(m, -28) + " til " + dottedDay(m, -1) + ": " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Fast ydelse " + kr(fixed) + "  Besøg og dele " + kr(a.ore() - fixed));
                l.addAll(more);
                l.add("Netto " + a.net() + "  moms " + a.vat() + "  brutto " + a.gross());
                l.add("Sidste rettidige betaling " + dottedDay(m, 14) + (account == null ? "" : " - konto " + account));
                if (own) {
                    l.add("FI " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "RingstedKommune_" + no + ".pdf", "FAK" + no + ".pdf",
            "dokument-" + no + ".pdf", "Regning " + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Ringsted Kommune", "Til kreditorbogholderiet", "Goddag", "Hej",
        "Att. Økonomi", "Kære Ringsted Kommune", "Til rette vedkommende", "Hej kreditor"};

    private String phone() {
        return "57 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig53:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nHilsen\n" + s.person() + "\n" + s.name() + "\n" + phone();
            case 1:
                return "\n\nMvh. " + firstName(s) + "\n" + s.name() + (street(s).isEmpty() ? "" : " | " + street(s));
            case 2:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\nSendt fra min iPhone" : "\n--\n" + s.name() + ", www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + ", " + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 3_900_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Fakturanr. " + no + " / EAN " + EAN, s.name() + ": faktura " + no, "Regning " + no, "Fremsendelse af faktura " + no,
            "Faktura: " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede PDF finder I faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms, og den forfalder "
                + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er ligeledes indsendt via NemHandel til EAN " + EAN + ". Denne mail er kun til orientering.";
            case 3 -> "Tak for samarbejdet denne måned. PDF'en ligger i vedhæftningen.";
            case 4 -> "Fakturanummer " + no + "\nBeløb inkl. moms " + a.gross() + "\nForfaldsdato " + dottedDay(m, 30);
            case 5 -> "Opgaven er afsluttet og afleveret, og her er vores regning. Kontaktpersonen hos jer står anført.";
            case 6 -> "Vedhæftet ligger fakturaen på månedens leverancer. Ring endelig, hvis noget ikke stemmer med jeres ordre.";
            default -> "Se venligst den vedhæftede faktura.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
            mime.html("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\"><div>"
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
        if (List.of(klokke, rengoer, mad, it, kontor, pleje, avis).contains(s)) {
            return 2;
        }
        if (List.of(entrep, bane, gulv, soe, maskin, vvs, el).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Sct. Bendtsgade 1", "Ringsted", "4100", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        permit = "SPT-" + (48_000 + rnd.nextInt(900));
        clockAgreement = "TK-" + (160 + rnd.nextInt(70)) + "/37";
        floorOrder = "IDR-" + (2_700 + rnd.nextInt(300));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == bane ? List.of("Sporspærring efter tilladelse " + permit + ", km 61,4-62,1")
                : s == klokke ? List.of("Serviceaftale " + clockAgreement + ": tårnur, 4 klokker, ringeautomatik")
                : s == gulv ? List.of("Ordre " + floorOrder + ": hal 1 og 2, Ringsted Hallerne") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 3, List.of("Bestilt af Park og Vej, Ringsted"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the footbridge railing, aligned SPF pass";

        List<Supplier> again = List.of(entrep, byg, soe, rengoer, mad, bus, el, kontor, it, avis, maskin, vvs, byg, pleje);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Jeres ref.: indkøbsordre RK-" + (60_100 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@ringsted.dk", "") + " i " + KOMMUNE);
                case 2 -> List.of("Sted: " + (k % 3 == 0 ? "Benløse Skole, fløj C" : "Rammeaftale 2036-2040, delaftale 3"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 5 + 2, ref, k % 6 == 3 ? "\n\nUdspecificering pr. adresse er vedlagt." : "");
            if (k % 6 == 3) {
                m.mime.attach("application/pdf", "specifikation.pdf", Attachments.pdf(docId(m, "spec"), "Specifikation",
                    List.of(s.what(), "Adresser: Rådhuset, Ringsted Bibliotek, Benløse Skole", "Kvitteret af serviceleder")));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "")
                + (s == pleje ? " (the firm publishes no SPF, DKIM or DMARC)" : "");
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
        Object[][] c = {{byg, "Kreditering af faktura ", "To paller lægter blev leveret to gange, den ene er hentet retur."},
            {rengoer, "Kreditnota til faktura ", "Biblioteket var lukket i påskeugen, og de dage er trukket fra."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (400 + rnd.nextInt(500));
            Amount a = amount(300_000).credit();
            headers(m, s.person(), addr(s), "kreditor@ringsted.dk", x[1] + p.no())
                .text("Hej\n\n" + x[2] + " Kreditnotaen modregnes i næste betaling, så I skal ikke foretage jer noget."
                    + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, null, i,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Supplier[] r = {kontor, bus};
        String[] t = {"Vi kan ikke se, at faktura %s på %s kr. er betalt. Hvis den er betalt inden for de sidste dage, kan I se bort "
            + "fra denne påmindelse.", "Venlig påmindelse: faktura %s (%s kr.) er forfalden. Der er ikke lagt gebyr på. Kontonummeret "
            + "er det samme som altid."};
        for (int i = 0; i < r.length; i++) {
            Supplier s = r[i];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@ringsted.dk", "Påmindelse om faktura " + p.no())
                .text("Hej\n\n" + String.format(t[i], p.no(), p.amount().gross()) + signature(s));
            genuine(m, s.ip());
            m.description = s.domain() + " gentle reminder of its wave-1 invoice, same account";
        }
    }

    private void statement() {
        Past a = past.get(byg.domain());
        M m = ok("statement-of-account", false);
        headers(m, "Midtsjællands Trælast, Debitor", addr(byg), "oekonomi@ringsted.dk", "Kontoudtog pr. ultimo marts")
            .text("Kære kunde\n\nHer er jeres kontoudtog. Åbne poster:\n\n  " + a.no() + "   " + a.amount().gross() + " kr.\n\n"
                + "Saldoen stemmer med vores bogføring pr. " + dottedDay(m, -1) + "." + signature(byg));
        genuine(m, byg.ip());
        m.description = "statement of account from midtsj-traelast.dk (DMARC pass)";
    }

    private void ublFiles() {
        Supplier[] u = {soe, mad, rengoer};
        for (int i = 0; i < u.length; i++) {
            Supplier s = u[i];
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(2_000_000);
            boolean peppol = i == 1;
            headers(m, s.name(), addr(s), "efaktura@ringsted.dk", (peppol ? "Peppol-faktura " : "OIOUBL ") + no)
                .text("Elektronisk faktura " + no + " vedhæftet som XML" + (peppol ? " (Peppol BIS 3)" : " (OIOUBL 2.02)")
                    + ", med en PDF-kopi til jeres arkiv." + signature(s))
                .attach("application/xml", no + (peppol ? "_peppol.xml" : "_oioubl.xml"),
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, "RK-" + (61_000 + i * 37))
                        .getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, s.ip());
            m.description = s.domain() + " e-invoice XML with PDF copy, its usual account";
        }
    }

    private void platforms() {
        Object[][] p = {{"girolink.dk", "127.153.11.1", smed, "Girolink"}, {"fakturabane.dk", "127.153.12.1", gulv, "Fakturabane"},
            {"kontoflow.io", "127.153.13.1", soe, "Kontoflow"}, {"girolink.dk", "127.153.11.1", klokke, "Girolink"}};
        int i = 0;
        for (Object[] x : p) {
            String d = (String) x[0];
            Supplier s = (Supplier) x[2];
            M m = ok("platform-invoice", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            String text = switch (i) {
                case 0 -> s.name() + " har sendt jer en faktura via " + x[3] + ".\n\nFakturanr.: " + no + "\nBeløb: " + a.gross()
                    + " DKK\nForfald: " + dottedDay(m, 20) + "\n\nFakturaen er vedhæftet. Spørgsmål til fakturaen rettes til "
                    + addr(s) + ".\n\n" + x[3] + " sender fakturaer for små og mellemstore virksomheder.";
                case 1 -> "Ny faktura fra " + s.name() + "\n\n" + a.gross() + " kr. - betales senest " + writtenDay(m, 14)
                    + "\n\nDu modtager denne mail, fordi " + s.name() + " fakturerer gennem " + x[3] + ".";
                case 2 -> "Hello Ringsted Kommune,\n\n" + s.name() + " sent you invoice " + no + " for DKK " + a.gross()
                    + ", due " + isoDay(m, 30) + ". The PDF is attached.\n\nKontoflow - invoicing for sole traders";
                default -> "Faktura " + no + " fra " + s.name() + " er klar.\nBeløb i alt: " + a.gross() + " kr.\n\nVenlig hilsen\n"
                    + x[3] + " på vegne af " + s.name();
            };
            headers(m, s.name() + " via " + x[3], "faktura@" + d, to(), "Faktura " + no + " fra " + s.name()).text(text)
                .attach("application/pdf", x[3] + "-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, (String) x[1]);
            m.description = "invoice of " + s.domain() + " sent by the platform " + d + " (signed, aligned)";
            i++;
        }
    }

    private void smallFirms() {
        Supplier[] f = {kor, tolk, gartner};
        String[] t = {"Hej\n\nHer er min regning for fællessangen i marts. Jeg er ikke momsregistreret. Tak for nogle dejlige "
            + "formiddage med beboerne.", "Dear Jobcenter Ringsted\n\nPlease find my invoice for interpreting attached. Pay to my "
            + "account as before.\n\nKind regards", "Hej\n\nRoserne og hækken ved børnehuset er klippet. Regningen er vedhæftet, "
            + "og pengene skal bare ind på den konto, der står på den."};
        for (int i = 0; i < f.length; i++) {
            Supplier s = f[i];
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), i * 2 + 1, List.of("Ikke momsregistreret"), "", t[i]);
            genuine(m, s.ip());
            m.description = "sole trader on " + s.domain() + " (free mail, signed by the provider): its own invoice";
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "TU-" + (7_100 + rnd.nextInt(800));
        Amount a = amount(1_100_000);
        headers(m, "Norddeutsche Turmuhren, Buchhaltung", addr(tysk), "kreditor@ringsted.dk", "Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die gelieferten Ersatzteile (Pendelfeder, "
                + "Hammerzug) für die Turmuhr der Skt. Bendts Kirke. Innergemeinschaftliche Lieferung, Steuerschuldnerschaft des "
                + "Leistungsempfängers.\n\nZahlbar innerhalb von 30 Tagen an " + tysk.account() + ".\n\nMit freundlichen Grüßen\n"
                + "Buchhaltung\nNorddeutsche Turmuhren GmbH, Schleswig")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of("Norddeutsche Turmuhren GmbH, USt-IdNr. DE318840271", "Kunde: " + KOMMUNE + ", DK-4100 Ringsted",
                    tysk.what(), "Nettobetrag EUR " + kr(a.ore() / 7), "Bankverbindung " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German tower-clock parts supplier, its own IBAN (DKIM aligned, no DMARC)";
        m = ok("foreign-invoice", true);
        no = "SIG" + (20_400 + rnd.nextInt(900));
        headers(m, "Skånes Idrottsgolv AB", addr(svensk), "idraet@ringsted.dk", "Faktura " + no + " - golvlack")
            .text("Hej!\n\nHär kommer fakturan för golvlacken och linjefärgen som levererades till Ringsted Hallerne. Betalning "
                + "till vårt konto " + svensk.account() + ", 30 dagar netto.\n\nMed vänlig hälsning\nFakturering, Skånes Idrottsgolv AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of("Skånes Idrottsgolv AB, Malmö", svensk.what(), "Summa SEK " + kr(a.ore()), svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish floor-lacquer supplier, SE IBAN (DKIM aligned, p=none)";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "LB-" + (2037_0400 + rnd.nextInt(90));
        headers(m, "Lektionsbord Billing", "billing@lektionsbord.io", "skoler@ringsted.dk", "Your Lektionsbord invoice " + no)
            .text("Hi Ringsted Kommune,\n\nThanks for using Lektionsbord across your 11 schools. Your annual plan renewed today.\n\n"
                + "Invoice: " + no + "\nAmount: EUR 4,812.00\nPaid by: card on file ending 3317\n\nNo action needed.\n\n"
                + "Lektionsbord ApS, Aarhus")
            .attach("application/pdf", "lektionsbord-" + no + ".pdf", Attachments.pdf(docId(m, "lb"), "Invoice " + no,
                List.of("Lektionsbord - timetabling and lesson plans", "Customer: Ringsted Kommune, schools", "EUR 4,812.00 paid")));
        genuine(m, "127.153.31.1");
        m.description = "SaaS annual renewal, paid by card (DMARC pass)";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyV = bank("9570", "0012466391");
        M m = ok("supplier-new-account", false);
        headers(m, vvs.person(), addr(vvs), "kreditor@ringsted.dk", "Skift af bank pr. 1. april")
            .text("Til bogholderiet\n\nVi er flyttet fra vores gamle bank til Sparekassen Sct. Bendt. Fra 1. april 2037 bedes "
                + "alle vores fakturaer betalt til " + nyV + ". Det står også på alle nye fakturaer. Ældre fakturaer kan stadig "
                + "betales til den gamle konto hele april.\n\nI er velkomne til at ringe til Kim på vores faste nummer og få det "
                + "bekræftet." + signature(vvs))
            .attach("application/pdf", "Nye_bankoplysninger.pdf", Attachments.pdf(docId(m, "nb"), "Nye bankoplysninger",
                List.of(vvs.name() + ", CVR " + cvr(vvs.domain()), "Fra 01.04.2037: " + nyV, "Underskrevet: Kim Gyrsting, indehaver")));
        genuine(m, vvs.ip());
        m.description = "listed plumber genuinely announces a new bank (SPF only, aligned, p=quarantine)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(vvs.name(), vvs.domain(), vvs.person(), vvs.box(), vvs.ip(), nyV,
            "udskiftning af varmtvandsbeholder, Jystrup Børnehus");
        invoice(m, moved, nyV, 9, List.of("Bemærk: ny konto fra 01.04.2037"), "\n\nSom skrevet for nylig har vi skiftet bank.");
        genuine(m, vvs.ip());
        m.description = "gyrstinge-vvs.dk invoice to its new account after the announced change";

        String nyK = iban("DK", "95700012477106");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Jystrup Turistfart", addr(bus), "kreditor@ringsted.dk", "Ændrede betalingsoplysninger")
            .text("Kære samarbejdspartner\n\nJystrup Turistfart er blevet en del af en større busforening, og vores konto flytter "
                + "derfor. Betalinger for kørsel fra april skal gå til " + nyK + ". Vi sender også brevet med underskrift til "
                + "jeres Digital Post, og Dorthe kan kontaktes på det nummer, I kender.\n\nVenlig hilsen\nJystrup Turistfart ApS");
        genuine(m, bus.ip());
        m.description = "history: listed bus firm (DMARC pass, p=none) announces a new account from April";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(bus.name(), bus.domain(), bus.person(), bus.box(), bus.ip(), nyK, bus.what());
        invoice(m, pooled, nyK, 14, List.of("Ny betalingskonto fra april 2037"), "\n\nHusk venligst den nye konto.");
        genuine(m, bus.ip());
        m.description = "jystrup-turistfart.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 20, List.of(), "");
        m.mailFrom = "SRS0=r8Ta=LM=midtsjfolkeblad.dk=annonce@srs.midtsj-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.153.29.1";
        m.helo = "srs.midtsj-fiber.dk";
        m.description = "midtsjfolkeblad.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, entrep, entrep.account(), 27, List.of(), "");
        m.signers.add(entrep.domain());
        relayedBy(m, "relay.benloese-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, gulv, gulv.account(), 30, List.of(), "");
        relayedBy(m, "relay.benloese-net.dk", "SPF only (no DKIM), p=none: nothing aligned survives");
        // a colleague forwards a supplier's mail as an attachment
        m = ok("forwarded", true);
        Past p = past.get(maskin.domain());
        Mime orig = original(m, "orig53", 2, 3, 95, maskin, "vej-park@ringsted.dk", "Faktura rabatklipning");
        orig.text("Hej Park og Vej\n\nRabatterne langs Valsømaglevej og Gyrstingevej er klippet. Faktura følger, og den går "
            + "til samme konto som faktura " + p.no() + "." + signature(maskin))
            .attach("application/pdf", "rabat.pdf", pdfInvoice(m, maskin, "Faktura", invoiceNo(maskin), amount(500_000),
                maskin.account(), 1, List.of()));
        headers(m, "Susanne Krog", "suk@ringsted.dk", "kreditor@ringsted.dk", "VS: Faktura rabatklipning")
            .text("Hej kreditor\n\nDen her landede hos os i Park og Vej i stedet for hos jer. Den er godkendt til betaling, "
                + "konto 6210.\n\nSusanne, Park og Vej")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "colleague forwards the machine station's invoice as an attachment from our own domain (DMARC pass)";
    }

    private void creditorList() {
        String[][] p = {{"holbaek-kreditor.dk", "Anne Lindgaard", "ali@", "Sikkerhedsvagt ved sporet - kender I firmaet?",
            "Hej kreditorkreds\n\nVi har en regning på 'sikkerhedsmand ved sporarbejde' fra et firma, vi ikke har aftale med. "
                + "Har nogen andre langs banen set noget lignende?\n\nAnne, Holbæk"},
            {"soroe-regnskab.dk", "Peter Aagaard", "pa@", "Klokkeservice - erfaringer?",
                "Kære alle\n\nEr der nogen, der har en god leverandør til eftersyn af tårnure? Vores nuværende går på pension.\n\n"
                    + "Hilsen Peter"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorkreds-sjaelland.dk", x[3]).text(x[4]);
            m.mailFrom = x[2] + x[0];
            listPost(m, x[0], "kreditorkreds-sjaelland.dk", "[Kreditorkreds] ", "\r\n-- \r\nKreditorkreds Sjælland - "
                + "afmeld på listens side\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"banebyen-nyt.dk", "Banebyen Ringsted", "Nyt fra stationsområdet - april",
            "Byggeriet ved den nye perron skrider frem. Læs om trafikomlægninger, åbent hus i byggepladsskuret og hvem der "
                + "står for arbejdet i næste etape."},
            {"indkoebsnyt-offentlig.dk", "Indkøbsnyt", "Fem ting om de nye udbudsregler",
                "Denne måned: mindstekrav i tilbudslister, hvornår man må forlænge en rammeaftale, og hvordan man sikrer sig "
                    + "mod falske leverandører."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl53:" + x[0]).substring(0, 12) + "@mailvej.dk";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@ringsted.dk", x[2])
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/afmeld\">Afmeld "
                    + "nyhedsbrevet</a></p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("mailvej.dk");
            m.ip = "127.153.26.1";
            m.helo = "out.mailvej.dk";
            m.description = "newsletter from " + x[0] + " sent through the ESP mailvej.dk, signed by both";
        }
    }

    private void internal() {
        String[][] t = {{"Helle Bruun", "hbr@ringsted.dk", "Bogføring af banearbejdet",
            "Hej\n\nFakturaerne fra banesikringsfirmaet skal konteres på anlægsprojektet Køgevej, ikke på drift. Jeg har rettet "
                + "de to fra marts.\n\nHelle"},
            {"Lønteamet", "loen@ringsted.dk", "Lønkørsel flyttes",
                "Kære alle\n\nPå grund af Kristi himmelfart køres aprillønnen en dag tidligere. Ændringer til lønkonti skal være "
                    + "registreret i personalesystemet senest fredag.\n\nLønteamet"}};
        for (String[] x : t) {
            M m = ok("internal", false);
            headers(m, x[0], x[1], "kreditor@ringsted.dk", x[2]).text(x[3]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain (DMARC pass)";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Sparekassen Sct. Bendt", "erhverv@sparekassen-sct-bendt.dk", "oekonomi@ringsted.dk",
            "Betalingsfil modtaget")
            .text("Kære Ringsted Kommune\n\nVi har modtaget jeres betalingsfil med 214 betalinger til udførsel i morgen. Filen kan "
                + "ses og godkendes i netbanken erhverv. Vi sender aldrig links til godkendelse.\n\nSparekassen Sct. Bendt");
        genuine(m, "127.153.21.1");
        m.description = "bank confirms a payment file (DMARC pass)";
        m = ok("bank-notice", false);
        headers(m, "Andelskassen Midtsjælland", "kundeservice@andelskassen-midtsjaelland.dk", "oekonomi@ringsted.dk",
            "Renteændring på kassekreditten")
            .text("Til Ringsted Kommune\n\nRenten på kassekreditten ændres fra 1. maj. Det nye rentebrev ligger i netbanken under "
                + "Dokumenter.\n\nAndelskassen Midtsjælland");
        genuine(m, "127.153.22.1");
        m.description = "bank notice about an interest change (DMARC pass)";
    }

    /** The real track-safety, bell-service and sports-floor invoices, and an e-signature request. */
    private void counterparts() {
        M m = ok("track-safety-invoice", true);
        invoice(m, bane, bane.account(), 5, List.of("Tilladelse " + permit + ": sporspærring nat til lørdag, 2 sikkerhedsmænd"),
            "", "Hermed afregning for sikkerhedsvagter ved broarbejdet på Køgevej i uge 13. Vagtskemaerne er godkendt af jeres "
                + "byggeleder, og sporspærringen blev afmeldt til tiden.");
        genuine(m, bane.ip());
        m.description = "real track-safety firm bills safety guards for the Køgevej bridge works (DMARC pass)";
        m = ok("track-safety-invoice", true);
        invoice(m, bane, bane.account(), 12, List.of("Tilladelse " + permit + ": planlægning og anmeldelse af sporspærring"),
            "", "Faktura for planlægning, anmeldelse og koordinering med banens trafikstyring frem til næste etape.");
        genuine(m, bane.ip());
        m.description = "real track-safety firm bills the possession planning (DMARC pass)";
        m = ok("church-bell-service-invoice", true);
        invoice(m, klokke, klokke.account(), 6, List.of("Serviceaftale " + clockAgreement + ": forårseftersyn"), "",
            "Forårseftersynet af tårnuret og klokkerne i Skt. Bendts Kirke er gjort. Knebelen i den store klokke er slidt, men "
                + "kan holde året ud. Vi har talt med graveren om det.");
        genuine(m, klokke.ip());
        m.description = "real tower-clock and bell service for Skt. Bendts Kirke (Ed25519 aligned, no DMARC)";
        m = ok("sports-floor-invoice", true);
        invoice(m, gulv, gulv.account(), 7, List.of("Ordre " + floorOrder + ": slibning og 3 x lak, hal 2"), "",
            "Hal 2 er slebet og lakeret og kan tages i brug igen fra mandag. Stregerne til håndbold og badminton er malet op.");
        genuine(m, gulv.ip());
        m.description = "real floor firm bills the sports hall sanding (SPF aligned, p=none)";
        m = ok("e-signature-request", false);
        headers(m, "Haandslag på vegne af Vigersted Gulvservice", "dokumenter@haandslag.dk", "idraet@ringsted.dk",
            "Underskriv: Serviceaftale gulve 2037-2039")
            .text("Hej\n\nLouise Dam fra Vigersted Gulvservice ApS har sendt dig et dokument til underskrift:\n\n"
                + "Serviceaftale gulve 2037-2039 (ordre " + floorOrder + ")\n\nLog ind på haandslag.dk med MitID for at læse og "
                + "underskrive. Linket i din indbakke på haandslag.dk gælder i 14 dage.\n\nHaandslag");
        genuine(m, "127.153.32.1");
        m.description = "real e-signature request from haandslag.dk for the floor service agreement";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        headers(m, "Affald Midtsjælland I/S", "regnskab@affald-midtsj.dk", "kreditor@ringsted.dk", "Ejerbidrag 2. kvartal 2037")
            .text("Til ejerkommunerne\n\nVedlagt opkrævning af ejerbidrag for 2. kvartal efter fordelingsnøglen i budgettet.\n\n"
                + "Affald Midtsjælland I/S")
            .attach("application/pdf", "Ejerbidrag_Q2.pdf", Attachments.pdf(docId(m, "aff"), "Ejerbidrag 2. kvartal 2037",
                List.of("Ringsted Kommune, andel 22,4 %", "Beløb 1.184.600,00 kr.", "Betales til Reg.nr. 2342 Kontonr. 0738001926")));
        genuine(m, "127.153.1.1");
        m.description = "waste company owned by the municipalities charges its owner contribution (DMARC pass)";
        m = ok("order-confirmation", false);
        headers(m, "Ringsted Idrætsråd", "kasserer@ringsted-idraetsraad.dk", "idraet@ringsted.dk", "Haltider efter gulvarbejdet")
            .text("Hej\n\nTak for besked om hal 2. Vi har flyttet klubbernes tider til Benløse Hallen i de to uger.\n\n"
                + "Ringsted Idrætsråd");
        genuine(m, "127.153.2.1");
        m.description = "sports council confirms hall times (Ed25519 aligned, p=none)";
        m = ok("receipt", false);
        headers(m, "Benløse Jernhandel", "kvittering@benloese-jernhandel.dk", "ejendomscenter@ringsted.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n3 sække vejsalt, 1 snespade. Betalt med kommunens indkøbskort.\n\nBenløse Jernhandel");
        genuine(m, "127.153.4.1");
        m.description = "hardware store receipt, paid by card (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Vestsjællands Skovskole", "bogholderi@vestsj-skovskole.dk", "oekonomi@ringsted.dk", "Indbetaling af lejen")
            .text("Hej\n\nVi har i dag overført 9.800 kr. for leje af Jystrup Hallen til vores idrætsdag.\n\nVestsjællands Skovskole");
        genuine(m, "127.153.5.1");
        m.description = "a school pays us: remittance advice";
        m = ok("audit-letter", false);
        headers(m, "Midtsjællands Revisorhus", "revision@midtsj-revisorhus.dk", "oekonomi@ringsted.dk",
            "Forårsrevision - materialeliste")
            .text("Kære økonomiafdeling\n\nTil forårsrevisionen vil vi gerne se stikprøver af kreditorændringer i 1. kvartal, "
                + "herunder hvordan ændrede bankoplysninger blev kontrolleret.\n\nMidtsjællands Revisorhus");
        genuine(m, "127.153.3.1");
        m.description = "auditor's request for material (DMARC pass)";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250070012004417"), iban("DE", "430500001023456789"),
        bank("5474", "0001293508"), iban("GB", "REVO00997012345678"), iban("NL", "BUNQ0123456789"),
        iban("PL", "102010260000042270201111"), iban("EE", "7700771001234567"), iban("SE", "80000081050012345678"),
        iban("IE", "AIBK93115212345678"), iban("HU", "117730160111110800000000"), iban("DK", "89900012350771"),
        iban("CY", "002001280000001200527600"), iban("RO", "BTRL0130120292569011"), iban("BG", "STSA93000012345678"),
        bank("9037", "0004418290"), iban("MT", "MALT011000012345MTLCAST001S"), iban("LT", "7300010122334455"),
        iban("DK", "50470001288310")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, avis, mule(1), 2, List.of("Ny betalingsmodtager"), "", "Annoncerne for marts er faktureret. Efter "
            + "sammenlægningen med et tysk medieselskab modtager vi nu betalinger på en konto i Tyskland, som står på fakturaen.");
        forged(m, forgedHost++);
        m.description = "forged From midtsjfolkeblad.dk (p=reject) from a fraudster's machine, DE account";
        m = bad("forged-supplier");
        invoice(m, soe, mule(4), 5, List.of(), "", "Grødeskæringen i åen er gjort færdig før fiskenes gydetid. Min gamle "
            + "bankkonto er lukket ved en fejl i banken, så brug kontoen nederst på regningen til denne gang.");
        forged(m, forgedHost++);
        m.description = "forged From aadalspleje.dk (p=reject), NL account";
        m = bad("forged-supplier");
        invoice(m, byg, mule(2), 0, List.of("Ændret bankforbindelse"), "", "Materialerne til Ejendomscenteret er leveret. "
            + "Grundet revisionens anbefaling deler vi nu indbetalinger mellem to konti - denne faktura skal til kontoen herunder.");
        forged(m, forgedHost++);
        m.description = "forged From midtsj-traelast.dk (p=reject), a Danish mule account";

        // lookalike-domain
        Object[][] l = {{OWNED[0], entrep, "Cykelstien ved banebroen er færdig. Vi har fået ny hovedbank pr. denne måned; "
            + "kontoen på fakturaen er den gældende."},
            {OWNED[1], rengoer, "Marts måned er afregnet. Obs: vores gamle konto er frosset, mens vi skifter ejer, så venligst kun "
                + "betal til den, der står her."},
            {OWNED[2], byg, "Bemærk at vi har skiftet debitorkonto. Anvend den nye ved alle kommende betalinger, også for "
                + "allerede modtagne fakturaer."},
            {OWNED[3], el, "Lysarmaturerne i stationstunnelen er monteret. Vores revisor har flyttet driftskontoen - se PDF."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 5), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", another account";
        }

        // punycode-homoglyph
        m = bad("punycode-homoglyph");
        invoice(m, it.posing(OWNED[4], it.account()), mule(9), 4, List.of("Opdaterede betalingsoplysninger"), "",
            "Licenserne til Chromebooks for næste skoleår er fornyet. Vores betalingsoplysninger er opdateret ved årsskiftet, og "
                + "den nye konto fremgår af fakturaen.");
        ownedBy(m, OWNED[4]);
        m.description = "IDN " + OWNED[4] + " (Cyrillic i) posing as ringsted-skoleit.dk, HU account";
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektøren", "direktion@" + OWNED[5], "oekonomi@ringsted.dk", "Betaling til jordkøb ved Ringsted Syd")
            .text("Hej\n\nVi er ved at lukke købet af et areal syd for motorvejen til det nye erhvervsområde. Sælgers advokat "
                + "skal have et depositum på 412.500 kr. overført til " + mule(10) + " i dag, så vi ikke mister forkøbsretten. "
                + "Jeg sidder i møder med ministeriet resten af dagen, så svar bare på mail.\n\nKommunaldirektøren");
        ownedBy(m, OWNED[5]);
        m.description = "IDN " + OWNED[5] + " (Cyrillic i) posing as our own domain: land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, gartner.name() + " via Girolink", "faktura@" + OWNED[6], "kreditor@ringsted.dk", "Faktura afventer betaling")
            .html("<html><body><p>Hej Ringsted Kommune</p><p>En faktura fra <b>" + gartner.name() + "</b> er endnu ikke betalt. "
                + "Betal med kort inden for 24 timer, så undgår I gebyret:</p><p><a href=\"https://" + OWNED[6] + "/b/"
                + sha256("gl53").substring(0, 16) + "\">Se og betal fakturaen</a></p><p>Girolink</p></body></html>");
        ownedBy(m, OWNED[6]);
        m.description = "look-alike of the platform girolink.dk: card-payment link in a sole trader's name";
        m = bad("lookalike-platform");
        headers(m, "Fakturabane", "service@" + OWNED[7], "idraet@ringsted.dk", gulv.name() + " har sendt en faktura")
            .text("Hej\n\n" + gulv.name() + " bruger nu Fakturabane til at opkræve deres tilgodehavender. Beløbet indbetales "
                + "på vores klientkonto " + mule(7) + ", som videresender til gulvfirmaet.\n\nFakturabane Kundeservice")
            .attach("application/pdf", "fb-" + (5_100 + rnd.nextInt(800)) + ".pdf", pdfInvoice(m,
                gulv.posing(OWNED[7], mule(7)), "Faktura", "FB-" + (31_000 + rnd.nextInt(900)), amount(700_000), mule(7), 0,
                List.of("Opkræves af Fakturabane")));
        ownedBy(m, OWNED[7]);
        m.description = "look-alike of fakturabane.dk: the floor firm's invoice via a 'client account' (SE)";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(8), 6, List.of("Betaling til factoringselskab"), "", "Vi har overdraget vores fordringer til "
            + "et factoringselskab fra denne måned, og de skal have betalingen direkte på " + mule(8) + ". Det er bare en "
            + "formalitet. Jeg er på messe i Herning og ser kun mails.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of ringsted-erhvervsrengoering.dk (DMARC pass): factoring to an IE account";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@ringsted.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nEn lille rettelse til fakturaen nedenfor: " + p.amount().gross() + " kr. skal denne ene gang gå "
                + "til vores midlertidige konto " + mule(11) + ", da vores sædvanlige konto er under omlægning. Vi giver lyd, når "
                + "det er overstået.\n\nBogholderiet\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of ringsted-skoleit.dk replies in its own wave-1 thread (DMARC pass)";
        p = past.get(maskin.domain());
        m = bad("compromised-supplier");
        headers(m, maskin.person(), addr(maskin), "vej-park@ringsted.dk", "Saltning marts - opgørelse")
            .text("Hej Park og Vej\n\nSaltningen i marts blev dyrere end ventet pga. frost i påsken. Opgørelsen er på "
                + "148.750 kr. Da maskinstationen er ved at blive delt mellem mig og min bror, skal pengene denne gang ind på "
                + mule(14) + ".\n\nPreben\n" + maskin.name());
        genuine(m, maskin.ip());
        m.description = "compromised real mailbox of kvaerkeby-maskinstation.dk (aligned SPF, no DMARC): a private account";

        // reply-chain-hijack
        Object[][] h = {{mad, OWNED[8]}, {bus, OWNED[9]}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@ringsted.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nJeg følger lige op på faktura " + p.no() + " på " + p.amount().gross() + " kr. Vi har opdaget, at "
                    + "PDF'en blev dannet med en konto, vi ikke længere bruger. Vil I sætte beløbet ind på " + mule(i + 12)
                    + " i stedet og skrive tilbage, når det er gjort?\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\n"
                    + "Fra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", another account";
        }

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Borgmesteren", "borgmester@" + OWNED[10], "oekonomi@ringsted.dk", "Kan du hjælpe mig hurtigt?")
            .text("Hej\n\nEr du ved din computer? Jeg skal bruge hjælp til en betaling til en arkitekt i forbindelse med "
                + "konkurrencen om stationsforpladsen. Det skal ordnes i dag, før juryen mødes. Skriv tilbage, så sender jeg "
                + "oplysningerne.\n\nSendt fra min iPad");
        ownedBy(m, OWNED[10]);
        m.description = "CEO fraud: 'the mayor' from " + OWNED[10] + " opens a conversation about a payment";
        m = bad("ceo-fraud");
        headers(m, "Økonomichef Ringsted Kommune", "oekonomichef@" + OWNED[11], "kreditor@ringsted.dk",
            "Forudbetaling til arrangør - kongegravene 2037")
            .text("Hej\n\nArrangøren af jubilæet for kongegravene i Skt. Bendts Kirke skal have et forskud på 86.400 kr. inden "
                + "weekenden. Overfør til " + mule(15) + " og bogfør det på kultur. Fakturaen kommer efterfølgende.\n\n"
                + "Økonomichefen");
        ownedBy(m, OWNED[11]);
        m.description = "CEO fraud: 'the finance manager' from " + OWNED[11] + " orders a prepayment (MT account)";
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør - Ringsted", "direktoer.ringsted@gmail.com", "indkoeb@ringsted.dk", "Gavekort til personalet")
            .text("Hej\n\nJeg vil overraske medarbejderne i hjemmeplejen efter en hård vinter. Kan du købe 20 gavekort à 500 kr. "
                + "i Ringsted Outlet og sende mig koderne? Jeg refunderer via lønnen.\n\nMvh\nKommunaldirektøren\n(privat mail, "
                + "min arbejdstelefon er til reparation)");
        genuine(m, GMAIL);
        m.description = "CEO fraud from a free-mail account: gift-card codes (gmail.com DMARC pass, p=none)";

        // fake-digital-post and MitID
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@" + OWNED[12], "oekonomi@ringsted.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Ringsted Kommune har modtaget en ny meddelelse i Digital Post fra Skattestyrelsen vedrørende "
                + "momsrefusion for 1. kvartal.</p><p><a href=\"https://" + OWNED[12] + "/laes?id=" + sha256("dp53").substring(0, 12)
                + "\">Åbn meddelelsen</a></p><p>Du skal logge ind med MitID Erhverv.</p></body></html>");
        ownedBy(m, OWNED[12]);
        m.description = "fake Digital Post notice with a login link";
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@" + OWNED[13], "loen@ringsted.dk", "Din MitID-erhvervsidentitet udløber")
            .text("Kære bruger\n\nDin erhvervsidentitet til Ringsted Kommune skal fornyes inden den 30. april. Ellers lukkes "
                + "adgangen til lønsystemet og NemRefusion.\n\nForny på https://" + OWNED[13] + "/forny\n\nMitID");
        ownedBy(m, OWNED[13]);
        m.description = "fake MitID renewal notice with a login link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afvisning@" + OWNED[14], "efaktura@ringsted.dk",
            "Afvist e-faktura fra " + entrep.name())
            .text("Til EAN " + EAN + "\n\nEn e-faktura fra " + entrep.name() + " (CVR " + cvr(entrep.domain()) + ") kunne ikke "
                + "leveres til jeres system. For at undgå rykkergebyr bedes beløbet " + amount(900_000).gross() + " kr. indbetalt "
                + "manuelt på leverandørens opgivne konto " + mule(16) + ".\n\nNemHandel Support");
        ownedBy(m, OWNED[14]);
        m.description = "fake NemHandel rejection asks for manual payment to an LT account";

        // fake-inkasso
        m = bad("fake-inkasso");
        headers(m, "Ringsted Inkasso & Retshjælp", "sag@" + OWNED[15], "kreditor@ringsted.dk",
            "Sag 37-" + (1_200 + rnd.nextInt(800)) + " - inkassovarsel")
            .text("Til Ringsted Kommune\n\nVi er bedt om at inddrive en ubetalt regning fra " + pleje.name() + " på "
                + amount(600_000).gross() + " kr. plus gebyr 100 kr. Betal senest om 10 dage til " + mule(17) + ", ellers "
                + "indgives sagen til fogedretten.\n\nRingsted Inkasso & Retshjælp");
        ownedBy(m, OWNED[15]);
        m.description = "fake inkasso for a real supplier's 'unpaid' invoice";
        m = bad("fake-inkasso");
        headers(m, "Gyrstinge Inkasso", "noreply@" + OWNED[16], "oekonomi@ringsted.dk", "Sidste varsel før retslige skridt")
            .html("<html><body><p>Kære skyldner</p><p>Trods tidligere påkrav er der fortsat en restance på <b>23.460,00 kr.</b> "
                + "for annoncering. Indbetal straks til " + mule(3) + ".</p><p>Med venlig hilsen<br>Gyrstinge Inkasso</p>"
                + "</body></html>");
        ownedBy(m, OWNED[16]);
        m.description = "fake inkasso final notice, GB account";

        // split-payment-redirect
        m = bad("split-payment-redirect");
        invoice(m, vvs.posing(OWNED[17], vvs.account()), mule(6), 3, List.of("Del 1: " + vvs.account(), "Del 2: " + mule(6)),
            "", "Af hensyn til vores kassekredit bedes fakturaen delt: halvdelen til den sædvanlige konto og resten til "
                + "kontoen i vores søsterselskab, begge anført i PDF'en.");
        ownedBy(m, OWNED[17]);
        m.description = "split payment: half to the plumber's real account, half to a mule (look-alike " + OWNED[17] + ")";
        m = bad("split-payment-redirect");
        invoice(m, maskin.posing(OWNED[18], maskin.account()), mule(13), 10, List.of("Rate 1 af 2 til " + mule(13)), "",
            "Saltning og rabatklipning afregnes i to rater i år. Rate 1 betales til kontoen på denne faktura, rate 2 følger.");
        ownedBy(m, OWNED[18]);
        m.description = "split payment in instalments to a BG account (look-alike " + OWNED[18] + ")";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ringsted Outlet Erhverv", "ordre@" + OWNED[19], "indkoeb@ringsted.dk", "Ordrebekræftelse 37-88412")
            .text("Tak for jeres bestilling af 40 stk. arbejdsjakker til Park og Vej, i alt 31.960 kr.\n\nHar I ikke bestilt "
                + "dette, skal ordren annulleres telefonisk inden 24 timer på 78 75 40 19, ellers sendes varerne og faktureres.\n\n"
                + "Ringsted Outlet Erhverv");
        ownedBy(m, OWNED[19]);
        m.description = "callback scam: a fake order to cancel by phone";
        m = bad("callback-phone-invoice");
        headers(m, "Valsømagle Telefoni", "abonnement@" + OWNED[20], "oekonomi@ringsted.dk", "Fornyelse af jeres omstillingsanlæg")
            .text("Hej\n\nJeres aftale om omstillingsanlæg til Rådhuset fornyes automatisk for 36 måneder á 6.480 kr. Ønsker I "
                + "at stoppe fornyelsen, så ring til vores fornyelsesafdeling på 89 87 22 61 hverdage 8-16.\n\nValsømagle Telefoni");
        ownedBy(m, OWNED[20]);
        m.description = "callback scam: automatic renewal to stop by phone";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "P-service Ringsted", "kontrol@" + OWNED[21], "vej-park@ringsted.dk", "Ubetalt parkering - køretøj CZ 41 388")
            .text("Kommunens servicebil holdt på Ringsted Outlets P-plads uden gyldig billet. Afgift 795 kr. Scan QR-koden i "
                + "vedhæftede billede for at betale.")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, OWNED[21]);
        m.description = "QR code for a 'parking fine' at the outlet";
        m = bad("qr-code-payment");
        headers(m, "Benløse Hallen", "booking@" + OWNED[22], "idraet@ringsted.dk", "Depositum for hallen - betal med QR")
            .text("Hej\n\nFor at holde jeres booking til sommerstævnet skal depositum på 4.500 kr. betales i dag. Brug QR-koden.")
            .attach("image/png", "depositum.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, OWNED[22]);
        m.description = "QR code for a 'hall deposit'";

        // archive-wrapped-pdf
        m = bad("archive-wrapped-pdf");
        String no = invoiceNo(rengoer);
        headers(m, rengoer.person(), "kunde@" + OWNED[23], "kreditor@ringsted.dk", "Faktura " + no + " (komprimeret)")
            .text("Goddag kreditor\n\nI sidste uge kom vores PDF'er retur fra jeres mailserver med en besked om, at filtypen var "
                + "spærret. Derfor pakker vi marts-fakturaen for rengøring af Rådhuset og biblioteket ind i en komprimeret mappe. "
                + "Åbn mappen og dobbeltklik på dokumentet, det kræver ingen kode.\n\nKundeservice\nRingsted Erhvervsrengøring")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf.exe",
                "MZ not really a pdf"));
        ownedBy(m, OWNED[23]);
        m.description = "ZIP with an executable posing as a PDF";
        m = bad("archive-wrapped-pdf");
        headers(m, "Jystrup Fragt", "fragt@" + OWNED[24], "ejendomscenter@ringsted.dk", "Fragtbrev og regning")
            .text("Fragtbrevet og regningen for leveringen til Rådhuset ligger i arkivet.")
            .attach("application/x-7z-compressed", "fragt.7z", Attachments.sevenZip("Regning_fragt.pdf.js",
                "var s=new ActiveXObject('WScript.Shell');".getBytes(StandardCharsets.UTF_8)));
        ownedBy(m, OWNED[24]);
        m.description = "7z with a script posing as a PDF";

        // office-macro-invoice
        m = bad("office-macro-invoice");
        headers(m, kontor.person(), "ordre@" + OWNED[25], "indkoeb@ringsted.dk", "Prisliste og faktura - aktiver redigering")
            .text("Hej\n\nVedlagt prisliste og faktura for toner. Klik 'Aktivér indhold', så beløbene vises korrekt.")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_toner.docm", Attachments.word(
                "Faktura toner\nBeløb vises når indhold aktiveres", true));
        ownedBy(m, OWNED[25]);
        m.description = "macro Word document posing as the office supplier's invoice";
        m = bad("office-macro-invoice");
        headers(m, "Skole-IT Bogholderi", "bogholderi@" + OWNED[26], "skoler@ringsted.dk", "Chromebook-opgørelse pr. skole")
            .text("Kære skolesekretærer\n\nHer er fordelingen af Chromebooks og licenser på de enkelte skoler efter forårets "
                + "optælling. Regnearket regner selv hver skoles andel af fakturaen ud, men kun når I trykker på den gule bjælke "
                + "øverst og tillader indholdet. Andelen for Benløse Skole og Vigersted Skole er rettet siden sidst.\n\n"
                + "Bogholderiet, Skole-IT")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "opgoerelse.xlsm", Attachments.excel(List.of(
                "Skole", "Antal", "Total: aktivér makroer"), true));
        ownedBy(m, OWNED[26]);
        m.description = "macro Excel workbook posing as the school IT firm's statement";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, "Jonas Kruse", "jonas@" + OWNED[27], "natur@ringsted.dk", "Regning grødeskæring")
            .text("Hej\n\nBilledet af regningen er vedhæftet. Betal venligst til kontoen på den - det er en ny.\n\nJonas")
            .attach("image/jpeg", "regning.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, OWNED[27]);
        m.description = "image-only invoice in the stream carer's name from " + OWNED[27];
        m = bad("image-only-invoice");
        headers(m, "Benløse Maleren", "maler@" + OWNED[28], "ejendomscenter@ringsted.dk", "Scannet faktura")
            .text("Faktura for maling af gangarealer på Bækgården vedhæftet som scanning.")
            .attach("application/pdf", "scan_0042.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, OWNED[28]);
        m.description = "scanned (image-only) PDF invoice from an unknown painter";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Lauridsen", "mette.lauridsen1978@gmail.com", "loen@ringsted.dk", "Ny lønkonto")
            .text("Hej Løn\n\nJeg arbejder i hjemmeplejen, distrikt Nord. Jeg har skiftet bank og vil gerne have lønnen for april "
                + "ind på " + bank("9860", "0002281573") + ". Kan I nå det til næste lønkørsel?\n\nMette");
        genuine(m, GMAIL);
        m.description = "payroll diversion from a free-mail account in an employee's name";
        m = bad("payroll-account-change");
        headers(m, "Thomas Brix, pædagog", "t.brix.jystrup@outlook.com", "loen@ringsted.dk", "Ændring af kontonummer")
            .text("Hej\n\nJeg er pædagog i Jystrup Børnehus. Min løn skal fremover til " + bank("7045", "0001982274") + " da "
                + "min gamle konto er lukket. Jeg kan ikke logge på personaleportalen hjemmefra.\n\nVh Thomas");
        genuine(m, MSFT);
        m.description = "payroll diversion from outlook.com in a pedagogue's name";

        // xml-invoice-changed-account
        Supplier fake = pleje.posing(OWNED[29], mule(0));
        m = bad("xml-invoice-changed-account");
        no = invoiceNo(pleje);
        Amount a = amount(800_000);
        headers(m, pleje.name(), "salg@" + OWNED[29], "efaktura@ringsted.dk", "OIOUBL " + no)
            .text("E-faktura vedhæftet. Betalingsoplysninger i XML'en er de opdaterede.")
            .attach("application/xml", no + "_oioubl.xml", ubl(no, fake, mule(0), a, isoDay(m, 0), isoDay(m, 30), false, "RK-61880")
                .getBytes(StandardCharsets.UTF_8));
        ownedBy(m, OWNED[29]);
        m.description = "OIOUBL in the care-supply firm's name with an LT payee account";
        fake = byg.posing(OWNED[30], mule(2));
        m = bad("xml-invoice-changed-account");
        no = invoiceNo(byg);
        a = amount(1_500_000);
        headers(m, byg.name(), "erhverv@" + OWNED[30], "efaktura@ringsted.dk", "Peppol-faktura " + no)
            .text("Hej efaktura\n\nFra denne måned sender vi vores regninger som Peppol-fil direkte på mail, indtil vores nye "
                + "økonomisystem er koblet på NemHandel. Filen indlæses i jeres system som altid, PDF'en er bare en kopi. Læg "
                + "mærke til at pengene nu går til vores konto hos moderselskabet i Tyskland, som står under betalingsoplysninger."
                + "\n\nErhvervskunder\nMidtsjællands Trælast A/S")
            .attach("application/xml", no + "_peppol.xml", ubl(no, fake, mule(1), a, isoDay(m, 0), isoDay(m, 20), true, "RK-60771")
                .getBytes(StandardCharsets.UTF_8))
            .attach("application/pdf", "kopi_" + no + ".pdf", pdfInvoice(m, fake, "Faktura", no, a, mule(1), 0, List.of()));
        ownedBy(m, OWNED[30]);
        m.description = "Peppol XML in the timber merchant's name with a DE payee account";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Haandslag", "noreply@" + OWNED[31], "oekonomi@ringsted.dk", "Dokument klar til underskrift: Allonge til "
            + "rammeaftale")
            .html("<html><body><p>Midtsjællands Trælast har sendt dig et dokument til underskrift.</p><p><a href=\"https://"
                + OWNED[31] + "/sign/" + sha256("hs53").substring(0, 14) + "\">Gennemse og underskriv</a></p></body></html>");
        ownedBy(m, OWNED[31]);
        m.description = "fake e-signature link in the name of the real service haandslag.dk";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentservice", "sign@" + OWNED[32], "skoler@ringsted.dk", "Underskriv: skolekørselskontrakt 2037-38")
            .text("Jystrup Turistfart har delt kontrakten om skolekørsel med dig. Log ind med din Microsoft-konto for at "
                + "underskrive: https://" + OWNED[32] + "/d/" + sha256("es53").substring(0, 10));
        ownedBy(m, OWNED[32]);
        m.description = "fake e-signature link harvesting a Microsoft login";

        newFamilies();
    }

    /** Three kinds new in this corpus, each with a genuine counterpart above. */
    private void newFamilies() {
        // fake-railway-track-safety-invoice
        M m = bad("fake-railway-track-safety-invoice");
        invoice(m, bane.posing(OWNED[33], bane.account()), mule(4), 8, List.of("Tilladelse " + permit + ": 4 nattevagter"), "",
            "Vi har stillet sikkerhedsmænd ved sporet under jeres arbejde på Køgevej de sidste fire nætter, jf. tilladelse "
                + permit + ". Banen kræver betaling inden sporspærringen kan forlænges, så beløbet skal gå ind på kontoen på "
                + "fakturaen senest fredag.");
        ownedBy(m, OWNED[33]);
        m.description = "track safety guards for the Køgevej works billed from " + OWNED[33] + " (cites the real permit)";
        m = bad("fake-railway-track-safety-invoice");
        headers(m, "Ringsted Banevagt", "drift@" + OWNED[34], "vej-park@ringsted.dk", "Akut: sporspærring ved Kværkeby")
            .text("Hej Vej og Park\n\nVores vagt har i nat måttet afspærre sporet ved jeres vejarbejde ved Kværkeby, fordi "
                + "afmærkningen var væltet ind mod køreledningen. Udrykningen koster 38.200 kr. ekskl. moms og skal betales til "
                + mule(5) + " inden banens trafikcenter frigiver sporet. Kvittering sendes straks.\n\nRingsted Banevagt, døgnvagt");
        ownedBy(m, OWNED[34]);
        m.description = "urgent 'emergency track closure' billed by someone who never stood on the line";
        m = bad("fake-railway-track-safety-invoice");
        headers(m, "Kværkeby Sporsikring", "faktura@" + OWNED[35], "kreditor@ringsted.dk", "Faktura sikkerhedsplan - broarbejde")
            .text("Til kreditor\n\nVedhæftet faktura for udarbejdelse af sikkerhedsplan (SIK-plan) for broarbejdet over banen. "
                + "Planen er udarbejdet efter aftale med jeres entreprenør " + entrep.name() + ".")
            .attach("application/pdf", "SIK-plan-faktura.pdf", pdfInvoice(m, bane.posing(OWNED[35], mule(9)), "Faktura",
                "SP-" + (700 + rnd.nextInt(200)), amount(1_200_000), mule(9), 0, List.of("Sikkerhedsplan, broarbejde Køgevej")));
        ownedBy(m, OWNED[35]);
        m.description = "safety-plan invoice for the bridge works from an unknown firm, HU account";

        // fake-church-bell-service-invoice
        m = bad("fake-church-bell-service-invoice");
        invoice(m, klokke.posing(OWNED[36], klokke.account()), mule(12), 9,
            List.of("Serviceaftale " + clockAgreement + ": ny knebel, stor klokke"), "", "Som aftalt med graveren har vi skiftet "
                + "knebelen i den store klokke i Skt. Bendts Kirke. Vi er gået over til en ny bank i forbindelse med "
                + "generationsskiftet, så beløbet bedes overført til den konto, der står på fakturaen.");
        ownedBy(m, OWNED[36]);
        m.description = "bell clapper 'replaced' under the real agreement, billed from " + OWNED[36] + " to an RO account";
        m = bad("fake-church-bell-service-invoice");
        headers(m, "Bent Overgaard", "bent@" + OWNED[37], "ejendomscenter@ringsted.dk", "Tårnuret i Skt. Bendts går i stå")
            .text("Hej\n\nTårnuret i Skt. Bendts Kirke står stille, og klokkerne slår ikke. Det skyldes et knækket løftehjul, som "
                + "jeg kan få fra Tyskland i morgen, hvis jeg lægger et forskud på 24.900 kr. Det skal ind på " + mule(10)
                + " i dag. Aftale " + clockAgreement + " dækker ikke reservedele.\n\nBent");
        ownedBy(m, OWNED[37]);
        m.description = "'urgent' tower clock repair in the real technician's name from " + OWNED[37];
        m = bad("fake-church-bell-service-invoice");
        headers(m, "Gyrstinge Kirkeservice", "post@" + OWNED[38], "kreditor@ringsted.dk", "Årlig klokkesyn 2037")
            .text("Til Ringsted Kommune\n\nDet lovpligtige årlige klokkesyn af ophænget i Skt. Bendts Kirke er udført. Vedlagt "
                + "faktura.\n\nGyrstinge Kirkeservice")
            .attach("application/pdf", "klokkesyn.pdf", pdfInvoice(m, klokke.posing(OWNED[38], mule(11)), "Faktura",
                "KS-" + (300 + rnd.nextInt(200)), amount(700_000), mule(11), 0, List.of("Klokkesyn, Skt. Bendts Kirke")));
        ownedBy(m, OWNED[38]);
        m.description = "an invented 'mandatory bell inspection' billed by an unknown firm, CY account";

        // fake-sports-floor-sanding-invoice
        m = bad("fake-sports-floor-sanding-invoice");
        invoice(m, gulv.posing(OWNED[39], gulv.account()), mule(15), 11, List.of("Ordre " + floorOrder + ": hal 1, slibning"),
            "", "Hal 1 i Ringsted Hallerne er slebet og lakeret efter ordre " + floorOrder + ". Betaling til den konto, der er "
                + "nævnt på fakturaen, da vores sædvanlige konto er spærret under årsafslutningen.");
        ownedBy(m, OWNED[39]);
        m.description = "hall floor sanding under the real order, billed from " + OWNED[39];
        m = bad("fake-sports-floor-sanding-invoice");
        headers(m, "Hallerne Service", "service@" + OWNED[40], "idraet@ringsted.dk", "Faktura: gulvpleje Benløse Hallen")
            .text("Hej\n\nBenløse Hallens gulv har fået den halvårlige dybderens og topcoat. Faktura vedlagt - beløbet er "
                + "54.375 kr. inkl. moms og forfalder om 8 dage.\n\nHallerne Service")
            .attach("application/pdf", "gulvpleje.pdf", pdfInvoice(m, gulv.posing(OWNED[40], mule(16)), "Faktura",
                "HS-" + (1_000 + rnd.nextInt(400)), amount(500_000), mule(16), 0, List.of("Dybderens og topcoat, Benløse Hallen")));
        ownedBy(m, OWNED[40]);
        m.description = "floor care of Benløse Hallen billed by someone who never sanded it, LT account";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus53().generate(), List.of(
            "# Ringsted Kommune, Økonomi: invoice checks (fifty-third held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=benloese-anlaeg.dk midtsj-banesikring.dk taarnur-klokkeservice.dk "
                + "vigersted-gulvservice.dk aadalspleje.dk ringsted-erhvervsrengoering.dk kvaerkeby-koekken.dk "
                + "jystrup-turistfart.dk valsoemagle-el.dk gyrstinge-vvs.dk midtsj-traelast.dk ringsted-skoleit.dk "
                + "midtsjfolkeblad.dk bendts-kontor.dk kvaerkeby-maskinstation.dk sj-plejeartikler.dk",
            "invoice.domains.platforms=girolink.dk fakturabane.dk kontoflow.io",
            "invoice.names.protected=Ringsted Kommune"));
    }
}
