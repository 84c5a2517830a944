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
 * The fifty-first held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Sorø Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and parks, nature,
 * schools, care, culture and property mailboxes), the inland municipality in mid-Zealand: Sorø town on the lake Sorø Sø with
 * Sorø Akademi, the Klosterkirke and the Filosofgangen path along the shore, Pedersborg, Dianalund, Stenlille, Fjenneslev,
 * Alsted, Munke Bjergby and the lake Tuelsø; seventeen listed suppliers from those places in the DNS postures real Danish
 * firms have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code fakturaflod.dk},
 * {@code billano.com}, {@code dagsregning.dk}, {@code lenskvit.io}), a wall-painting conservator working in the church, an
 * organ builder tuning and servicing the church organs, a lake-water firm monitoring and treating the algae in Sorø Sø and
 * Tuelsø, a forest and lakeside upkeep firm, sole traders on free mail, foreign suppliers, SaaS, an ESP, an e-signature
 * service, banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a place name
 * of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID, fake
 * NemHandel notices, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives, macro
 * documents, image-only invoices, callback scams, payroll changes, look-alikes, homoglyphs, e-invoice XML with a changed
 * payee, fake e-signature requests) and three kinds new here: conservation of the wall paintings (kalkmalerier) in the
 * Klosterkirke or the village churches billed by someone who never stood on the scaffold
 * (fake-church-fresco-conservation-invoice); tuning, cleaning or "urgent bellows repair" of the church organs billed by a
 * stranger or a look-alike of the organ builder (fake-organ-tuning-invoice); and algae treatment, oxygenation or water
 * sampling in Sorø Sø and Tuelsø billed to a new account (fake-lake-algae-treatment-invoice). Only the files the brief
 * names were read (the common machinery, the forty-fourth generator and its test for shape, the family and From-domain
 * columns and the supplier/platform lines of the earlier corpora); the invoice engine, its tests, tuning notes and earlier
 * results were not. Every text was written for this corpus. Labels say what a mail is when it was written;
 * {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -q -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus51GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus51 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout51");
    public static final String OWN = "soroe.dk";
    static final String FRAUD_NET = "127.251.";
    private static final String OWN_IP = "127.51.0.1";
    private static final String EAN = "5798009812349";
    private static final String KOMMUNE = "Sorø Kommune";
    private static final String RAADHUS = "Rådhusvej 8, 4180 Sorø";
    private static final String HOSTER_IP = "127.51.9.1";
    private static final String GMAIL = "127.53.1.1";
    private static final String MSFT = "127.53.2.1";
    private static final String APPLE = "127.53.5.1";

    private final Random rnd = new Random(51_4180_7713L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The conservator's case with the Roskilde diocese for the Klosterkirke's wall paintings (the frauds cite it). */
    private String frescoCase;
    /** The organ builder's service contract for the church organs (the frauds cite it). */
    private String organContract;
    /** The lake-water firm's monitoring programme for Sorø Sø and Tuelsø (the frauds cite it). */
    private String lakeProgramme;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 9, 1, 7, 10, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 10, 6, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Sorø Varmeværk A.m.b.a.", "soroevarme.dk", "Kundecenter", "kunde",
        "127.51.1.1", iban("DK", "11990007345128"), "fjernvarme til Rådhuset, Sorø Bibliotek og Plejecentret ved Søen");
    private final Supplier anlaeg = new Supplier("Pedersborg Anlæg ApS", "pedersborg-anlaeg.dk", "Kasper Holm", "kh",
        "127.51.1.2", bank("1199", "0007351904"), "ny asfalt og kantsten på Pedersborgvej samt rabatfræsning");
    private final Supplier skov = new Supplier("Tuelsø Skov- og Søpleje ApS", "tuelsoe-skovpleje.dk", "Mette Vang", "mette",
        "127.51.1.3", bank("9570", "0012288431"), "rydning af søbred, stier og udsigtskiler langs Filosofgangen");
    private final Supplier kalk = new Supplier("Alsted Konservering v/ Hanne Riis", "alsted-konservering.dk", "Hanne Riis",
        "hanne", "127.51.1.4", iban("DK", "95700012301177"), "konservering af kalkmalerier i Klosterkirken og Alsted Kirke");
    private final Supplier orgel = new Supplier("Fjenneslev Orgelbyggeri ApS", "fjenneslev-orgel.dk", "Orgelbygger Jens Bach",
        "jb", "127.51.1.5", bank("1199", "0007362215"), "stemning og service af orglerne i Klosterkirken og landsbykirkerne");
    private final Supplier limno = new Supplier("Stenlille Limnologi ApS", "stenlille-limnologi.dk", "Søafdelingen", "soe",
        "127.51.1.6", iban("DK", "11990007370048"), "vandprøver, algeovervågning og iltning af Sorø Sø og Tuelsø");
    private final Supplier toemrer = new Supplier("Munke Bjergby Tømrer ApS", "munkebjergby-toemrer.dk", "Thomas Lykke",
        "thomas", "127.51.1.7", bank("9570", "0012301558"), "nye tagrender og udskiftning af sålbænke, Munke Bjergby Skole");
    private final Supplier maler = new Supplier("Dianalund Malerservice v/ Per Kjær", "dianalund-maler.dk", "Per Kjær", "per",
        "127.51.1.8", bank("1199", "0007384420"), "maling af gange og opholdsstuer, Plejecentret Dianalund");
    private final Supplier rengoer = new Supplier("Sorø Facility Service A/S", "sorofacility.dk", "Økonomi", "okonomi",
        "127.51.1.9", iban("DK", "95700012317762"), "daglig rengøring af Rådhuset, Sorø Bibliotek og Stenlille Skole");
    private final Supplier avis = new Supplier("Midtsjællands Ugeavis", "ugeavis-midtsj.dk", "Annonceafdelingen", "annonce",
        "127.51.1.10", iban("DK", "11990007391136"), "annoncer: høring om Sorø Sø-planen og stillinger i ældreplejen");
    private final Supplier grus = new Supplier("Stenlille Vognmand & Grus ApS", "stenlille-grus.dk", "Bent Olsen", "bent",
        "127.51.1.11", bank("9570", "0012317790"), "grus til skovvejene og bortkørsel af grøde fra søbredden");
    private final Supplier el = new Supplier("Pedersborg El-Service ApS", "pedersborg-el.dk", "Lone Sand", "lone", HOSTER_IP,
        bank("1199", "0007403317"), "ny stibelysning langs Filosofgangen og tavleeftersyn i hallen");
    private final Supplier vvs = new Supplier("Dianalund VVS & Blik ApS", "dianalund-vvs.dk", "Kontoret", "kontor",
        "127.51.1.13", bank("9570", "0012324466"), "servicering af varmepumper og vandinstallationer, Dianalund Skole");
    private final Supplier mad = new Supplier("Søkøkkenet Sorø A/S", "sokokkenet.dk", "Søkøkkenet, Regnskab", "regnskab",
        "127.51.1.14", iban("DK", "95700012330094"), "mad til hjemmeboende ældre og plejecentrene i Sorø og Dianalund");
    private final Supplier trae = new Supplier("Sorø Trælast A/S", "soroe-traelast.dk", "Proffcentret", "proff", "127.51.1.15",
        iban("DK", "11990007412265"), "tømmer, plader og beslag til Ejendomsservice efter rammeaftale");
    private final Supplier it = new Supplier("Akademi IT ApS", "akademi-it.dk", "Fakturering", "faktura", "127.51.1.16",
        bank("1199", "0007420581"), "drift af skolernes trådløse net og elevcomputere");
    private final Supplier kontor = new Supplier("Fjenneslev Kontorforsyning ApS", "fjenneslev-kontor.dk", "Ordrekontoret",
        "ordre", "127.51.1.17", iban("DK", "95700012344387"), "kopipapir, toner og kontorartikler til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Alsted Smedie og Maskinservice", "alsted-smedie.dk", "Kurt Friis", "kurt",
        "127.51.2.1", bank("9570", "0012339905"), "reparation af badebroen og rækværket ved Sorø Sø");
    private final Supplier natur = new Supplier("Tuelsø Naturpleje v/ Ida Kragh", "tuelsoe-naturpleje.dk", "Ida Kragh", "ida",
        "127.51.2.2", bank("1199", "0007436642"), "græsning og slåning af engene ved Tuelsø");
    private final Supplier fortael = new Supplier("Historiefortæller Anne Bech", "gmail.com", "Anne Bech", "anne.bech.fortaeller",
        GMAIL, bank("9570", "0012352218"), "byvandringer om Absalon og Holberg for 5. klasserne, 3 ture");
    private final Supplier tolk = new Supplier("Tolk v/ Samir Haddad", "outlook.com", "Samir Haddad", "samir.haddad.tolk", MSFT,
        bank("1199", "0007449713"), "tolkning arabisk-dansk, Jobcenter Sorø, 5 samtaler");
    private final Supplier kor = new Supplier("Korleder Marie Storm", "icloud.com", "Marie Storm", "marie.storm.kor", APPLE,
        bank("9570", "0012365520"), "korsang på Plejecentret ved Søen og i Dianalund, 4 gange");
    private final Supplier tysk = new Supplier("Lübecker Orgelpfeifen GmbH", "orgelpfeifen-luebeck.de", "Buchhaltung",
        "buchhaltung", "127.54.1.1", iban("DE", "230400000812274400"), "Zungenpfeifen und Bälgeleder für die Klosterkirche Sorø");
    private final Supplier svensk = new Supplier("Lunds Sjörestaurering AB", "sjorestaurering-lund.se", "Fakturor", "fakturor",
        "127.54.2.1", iban("SE", "45800000081234567890"), "analys av sediment och fosforprover från Sorø Sø");

    private final List<Supplier> listed = List.of(varme, anlaeg, skov, kalk, orgel, limno, toemrer, maler, rengoer, avis, grus,
        el, vvs, mad, trae, it, kontor);

    /** Fraudsters' own domains, each carrying a place name of the municipality; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"soroe-varmevaerk.dk", "pedersborg-anlaeg.net", "soroe-traelast.com",
        "pedersborg-elservice.dk", "sorofacility-as.dk", "dianalund-vvs.net", idn("s\u043eroe-traelast.dk"),
        idn("s\u043eroe.dk"), "fakturaflod-soroe.dk", "billano-dianalund.com", "munkebjergby-tomrer.dk",
        "sokokkenet-soroe.com", "stenlille-grus.net", "fjenneslev-kontor.net", "soroe-inkasso.dk", "mitid-stenlille.com",
        "digitalpost-soroe.com", "nemhandel-dianalund.net", "soroe-parkering.dk", "tuelsoe-tilmelding.dk",
        "akademi-it-soroe.net", "pedersborg-anlaeg.com", "godkendly-alsted.dk", "soroe-kundeservice.dk", "fjenneslev-betaling.net",
        "alsted-konservering.com", "klosterkirken-restaurering.dk", "pedersborg-kirkemaler.dk", "fjenneslev-orgelbyggeri.dk",
        "soroe-orgelservice.dk", "stenlille-orgel.net", "stenlille-limnologi.com", "soroesoe-vandpleje.dk",
        "tuelsoe-algerens.dk", "dianalund-maler.net", "munkebjergby-betaling.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(anlaeg.domain(), List.of(anlaeg.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(skov.domain(), List.of(skov.ip()), "~all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(kalk.domain(), List.of(kalk.ip()), "-all", null, null); // SPF only, no DMARC
        domain(orgel.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(limno.domain(), List.of(limno.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(grus.domain(), List.of("127.51.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(trae.domain(), List.of(trae.ip(), "127.51.1.25"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null);
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("midtvand-affald.dk", List.of("127.151.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("stiftet-roskilde-tilsyn.dk", List.of("127.151.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("soroe-akademis-skole.dk", List.of("127.151.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("soroe-roklub.dk", List.of("127.151.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("midtsjaellands-revision.dk", List.of("127.151.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("soroe-jernhandel.dk", List.of("127.151.5.1"), "-all", null, "none");
        domain("klosterkirkens-menighedsraad.dk", List.of("127.151.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("fakturaflod.dk", List.of("127.151.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("billano.com", List.of("127.151.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("dagsregning.dk", List.of("127.151.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("lenskvit.io", List.of("127.151.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("midtsj-sparekasse.dk", List.of("127.151.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sjaellands-andelskasse.dk", List.of("127.151.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-sjaelland.dk", List.of("127.151.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sjaellands-bogholdere.dk", List.of("127.151.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kommunale-kirkeindkob.dk", List.of("127.151.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("maildrift.com", List.of("127.151.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svigadvarsel-midt.dk", List.of("127.151.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.sorofiber.dk", List.of("127.151.28.1"), "-all", null, null);
        domain("relay.dianalund-net.dk", List.of("127.151.29.1"), "-all", null, null);
        domain("elevskema.io", List.of("127.151.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("carevagt.dk", List.of("127.151.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("godkendly.dk", List.of("127.151.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"reject", "none", null, "quarantine", "none", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_500 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("nr51:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36-" + String.format("%05d", 1_100 + rnd.nextInt(8_000));
            case 1:
                return "SO" + (7_300 + rnd.nextInt(2_600));
            case 2:
                return String.valueOf(118_000 + rnd.nextInt(40_000));
            case 3:
                return "F2036-" + String.format("%04d", 40 + rnd.nextInt(950));
            case 4:
                return "2036." + (210 + rnd.nextInt(700));
            default:
                return "K" + (8_400 + rnd.nextInt(1_500)) + "/36";
        }
    }

    private static final String[] TO = {"kreditor@soroe.dk", "efaktura@soroe.dk", "kreditor@soroe.dk", "regnskab@soroe.dk",
        "vejpark@soroe.dk", "natur@soroe.dk", "skole@soroe.dk", "omsorg@soroe.dk", "kultur@soroe.dk", "ejendom@soroe.dk",
        "indkoeb@soroe.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf51:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr51:" + domain).hashCode(), 6_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(84_000_000 + Math.floorMod(sha256("fi51:" + domain).hashCode(), 7_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "soroevarme.dk" -> "Frederiksberggade 2, 4180 Sorø";
            case "pedersborg-anlaeg.dk" -> "Pedersborg Torv 5, 4180 Sorø";
            case "tuelsoe-skovpleje.dk" -> "Tuelsøvej 31, 4180 Sorø";
            case "alsted-konservering.dk" -> "Alsted Bygade 9, 4180 Sorø";
            case "fjenneslev-orgel.dk" -> "Fjenneslevvej 104, 4173 Fjenneslev";
            case "stenlille-limnologi.dk" -> "Ringstedvej 18, 4295 Stenlille";
            case "munkebjergby-toemrer.dk" -> "Bjergbygade 44, Munke Bjergby, 4180 Sorø";
            case "dianalund-maler.dk" -> "Kolonivej 7, 4293 Dianalund";
            case "sorofacility.dk" -> "Slagelsevej 60, 4180 Sorø";
            case "ugeavis-midtsj.dk" -> "Storgade 21, 4180 Sorø";
            case "stenlille-grus.dk" -> "Grusgravsvej 3, 4295 Stenlille";
            case "pedersborg-el.dk" -> "Møllevej 12, 4180 Sorø";
            case "dianalund-vvs.dk" -> "Bygaden 27, 4293 Dianalund";
            case "sokokkenet.dk" -> "Industrivej 14, 4180 Sorø";
            case "soroe-traelast.dk" -> "Holbækvej 91, 4180 Sorø";
            case "akademi-it.dk" -> "Søgade 6, 4180 Sorø";
            case "fjenneslev-kontor.dk" -> "Stationsvej 3, 4173 Fjenneslev";
            case "alsted-smedie.dk" -> "Alstedvej 70, 4180 Sorø";
            case "tuelsoe-naturpleje.dk" -> "Engvej 2, 4180 Sorø";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a classic sheet (Leverandør/Kunde blocks, a line table, a totals line); a job
     * sheet (arbejdsbeskrivelse, timeforbrug, materialer, kørsel, and the FI line card 71); a period statement (aftalenr.,
     * fast gebyr and variable del, the FI line card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String where = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name() + " - " + title + " " + no;
                l.add("Leverandør: " + s.name() + (where.isEmpty() ? "" : " | " + where) + " | CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Dato: " + dottedDay(m, 0) + "    Vores ref.: " + s.person());
                l.add("Linje 1: " + s.what());
                l.addAll(more);
                l.add("Beløb ekskl. moms: " + a.net() + " | Moms 25 %: " + a.vat() + " | I alt kr.: " + a.gross());
                l.add("Betalingsbetingelser: løbende måned + 30 dage, forfald " + writtenDay(m, 30));
                if (account != null) {
                    l.add("Bank: " + account + " (husk fakturanr. som tekst)");
                }
            }
            case 1 -> {
                head = title + " / arbejdsseddel " + no;
                l.add(s.name() + ", " + where + ". CVR " + cvr(s.domain()) + ".");
                l.add("Rekvirent: " + KOMMUNE + " (EAN " + EAN + ")");
                l.add("Arbejdsbeskrivelse: " + s.what());
                long timer = a.ore() * 61 / 100;
                long koersel = a.ore() * 6 / 100;
                l.add("Timeforbrug " + kr(timer) + " | Materialer " + kr(a.ore() - timer - koersel) + " | Kørsel " + kr(koersel));
                l.addAll(more);
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " DKK");
                l.add("Sidste rettidige betaling " + dashedDay(m, 21) + (account == null ? "" : ", indsættes på " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = title + " for perioden - nr. " + no;
                l.add(s.name() + (where.isEmpty() ? "" : " - " + where) + " - CVR " + cvr(s.domain()));
                l.add("Aftalenr. " + (10_000 + Math.floorMod(s.domain().hashCode(), 80_000)) + " - " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -31) + " til " + dottedDay(m, -1) + " - " + s.what());
                long fast = a.ore() * 28 / 100;
                l.add("Fast gebyr " + kr(fast) + " - Variabel del " + kr(a.ore() - fast));
                l.addAll(more);
                l.add("Total før moms " + a.net() + " - moms " + a.vat() + " - total " + a.gross());
                l.add("Betalingsdato " + dottedDay(m, 14) + (account == null ? "" : " - til konto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "SoroeKommune_" + no + ".pdf", no + ".pdf",
            "Invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Fak_" + no + ".pdf", "dokument_" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Sorø Kommune", "Til Kreditorbogholderiet", "Hej", "Goddag Sorø",
        "Til rette vedkommende", "Kære kreditorteam", "Hej igen", "Att. Økonomi og Løn"};

    private String phone() {
        return "57 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig51:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + "\nTelefon " + phone();
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + (street(s).isEmpty() ? "" : " | " + street(s));
            case 2:
                return "\n\nMvh.\n" + s.person() + (freeMail(s) ? "" : "\n" + s.name() + " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + s.person() + (freeMail(s) ? "\nSendt fra min iPhone" : "\n" + s.name() + "\nwww." + s.domain());
            default:
                return "\n\nDe bedste hilsener\n" + firstName(s) + ", " + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_400_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Fakturanr. " + no + " - " + KOMMUNE,
            "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, s.name() + ": faktura " + no, "Fremsendelse af faktura " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede PDF finder I faktura " + no + ". Beløbet er " + a.gross() + " kr. inkl. moms, og den "
                + "forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er samtidig sendt elektronisk til EAN " + EAN + ", så vær opmærksom på ikke at betale den to gange.";
            case 3 -> "Tak for samarbejdet - her er fakturaen for arbejdet.";
            case 4 -> "Fakturanummer: " + no + "\nTotal: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 30);
            case 5 -> "Vedlagt regning for de udførte opgaver. Jeres indkøbsnummer er påført.";
            case 6 -> "Så er månedens faktura klar. Ring endelig, hvis der er spørgsmål til posterne.";
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
        if (List.of(varme, rengoer, mad, limno, it, kontor).contains(s)) {
            return 2;
        }
        if (List.of(anlaeg, skov, kalk, orgel, grus, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Rådhusvej 8", "Sorø", "4180", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        frescoCase = "KM-" + (2_031 + rnd.nextInt(60)) + "-" + (10 + rnd.nextInt(80));
        organContract = "ORG-SK-" + (410 + rnd.nextInt(300));
        lakeProgramme = "SS-OV-" + (1_200 + rnd.nextInt(500));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == kalk ? List.of("Stiftets sag " + frescoCase + ": rensning og fiksering, nordre korsarm")
                : s == orgel ? List.of("Serviceaftale " + organContract + ": 6 orgler, to stemninger om året")
                : s == limno ? List.of("Overvågningsprogram " + lakeProgramme + ": 8 prøvestationer i Sorø Sø og Tuelsø")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Natur og Park ved søen"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) repairs the bathing jetty, aligned SPF pass";

        List<Supplier> again = List.of(trae, it, vvs, rengoer, anlaeg, avis, el, kontor, varme, skov, mad, trae);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre SK-" + (24_100 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@soroe.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Renovering af Sorø Bibliotek" : "Driftsaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nLeverancesedlerne ligger med som bilag." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "leverancer.pdf", Attachments.pdf(docId(m, "lev"), "Leverancesedler",
                    List.of(s.what(), "Modtaget af Ejendomsservice, Sorø", "Kolli i alt: " + (4 + k))));
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
        Object[][] c = {{trae, "Kreditering af faktura ", "Fire plader krydsfiner var knækket i hjørnerne og er taget retur af "
            + "chaufføren."},
            {kontor, "Kreditnota til faktura ", "Vi sendte to kasser toner til en printer, I ikke har længere. De er afhentet."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "CN" + (1_200 + rnd.nextInt(700));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@soroe.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " I får derfor kreditnota " + no + " på " + a.gross() + " kr. Træk den "
                    + "gerne fra i jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for annoncen herunder. "
            + "Har I allerede betalt, krydser mailen sikkert jeres indbetaling."},
            {anlaeg, "Rykker 1", "Fakturaen er nu otte dage over forfald. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@soroe.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som betales til samme konto som altid: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Oprindelig fakturadato se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = grus;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@soroe.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej med jer\n\nSaldoen hos os står på 0,00 kr. Sidste bevægelse er jeres betaling af faktura " + p.no()
                + ". Det er bare til jeres afstemning." + signature(s));
        genuine(m, s.ip());
        m.description = "stenlille-grus.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(760_000);
            boolean peppol = v == 1;
            String ref = "SK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@soroe.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Goddag\n\nVores udbyder af e-fakturering har haft nedbrud i to dage. For at I ikke skal vente, får I "
                    + "filen direkte her plus en læsbar kopi. Den samme faktura kan senere dukke op via NemHandel - det er ikke "
                    + "en ny regning.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "bis3_" : "oioubl21_") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordrereference " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturaflod.dk", "billano.com", "dagsregning.dk", "lenskvit.io"};
        Supplier[] who = {natur, smed, fortael, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "b-" + sha256("plat51:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "LK-" + (70_000 + rnd.nextInt(9_000));
                headers(m, "Lenskvit", "opkraevning@lenskvit.io", "omsorg@soroe.dk", "Opkrævning " + no + " - vikartimer september")
                    .text("Sorø Kommune, Ældre og Sundhed\n\nHer er opkrævningen for de vikartimer på Plejecentret ved Søen, som "
                        + "centerlederen har godkendt i portalen for september: 112 timer i alt.\n\nAt betale " + a.gross()
                        + " kr. senest " + dottedDay(m, 20) + ".\n\nMed venlig hilsen\nLenskvit Vikarservice")
                    .attach("application/pdf", "Lenskvit-" + no + ".pdf", Attachments.pdf(docId(m, "lk"), "Opkrævning " + no,
                        List.of("Lenskvit ApS", "Kunde: " + KOMMUNE + ", Ældre og Sundhed", "Godkendte vikartimer sep. 2036: 112",
                            "Netto " + a.net() + ", moms " + a.vat() + ", total " + a.gross(), "Konto " + iban("DK", "95700012401160"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform lenskvit.io bills approved temp care hours under its own name";
                continue;
            }
            String no = "INV-" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "natur@soroe.dk" : "skole@soroe.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + ",</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som PDF i denne mail. Besvarer du mailen, havner svaret hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + " - fakturering for små virksomheder</p>"
                    + "</body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, fortael, tolk, kor, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, så der er ikke lagt moms på."
                : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "LO-" + (36_400 + rnd.nextInt(500));
        Amount a = amount(700_000);
        headers(m, "Lübecker Orgelpfeifen", addr(tysk), "kultur@soroe.dk", "Rechnung " + no + " - Klosterkirche Sorø")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die gelieferten Zungenpfeifen und das "
                + "Bälgeleder, bestellt durch Ihren Orgelbauer in Fjenneslev. Innergemeinschaftliche Lieferung, steuerfrei.\n\n"
                + "Mit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Lübeck", "Kunde: " + KOMMUNE + ", Kultur", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, intra-EU supply";
        m = ok("foreign-invoice", true);
        no = "LS" + (2_200 + rnd.nextInt(600));
        headers(m, "Lunds Sjörestaurering", addr(svensk), "natur@soroe.dk", "Faktura " + no + " - sedimentanalys")
            .text("Hej!\n\nBifogat finns fakturan för sediment- och fosforanalyserna från Sorø Sø som er limnolog skickade till "
                + "oss i augusti. Rapporten har gått till Stenlille Limnologi.\n\nVänliga hälsningar\nFakturor, Lunds "
                + "Sjörestaurering AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Belopp SEK " + kr(a.ore() * 3 / 2),
                    "Betalas till " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish lab invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Elevskema", "billing@elevskema.io", "skole@soroe.dk", "Your Elevskema invoice for October")
            .text("Hello " + KOMMUNE + ",\n\nYour invoice for Elevskema (timetables for 9 schools incl. Stenlille and "
                + "Dianalund) is attached. We also deliver it to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThanks,\nElevskema")
            .attach("application/pdf", "elevskema-october.pdf", Attachments.pdf(docId(m, "es"), "Invoice",
                List.of("Elevskema ApS", "Bill to: " + KOMMUNE, "October 2036, 9 schools", "Total DKK " + a.gross())));
        genuine(m, "127.151.30.1");
        m.description = "SaaS elevskema.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(250_000);
        headers(m, "Carevagt", "betaling@carevagt.dk", "omsorg@soroe.dk", "Carevagt: betaling gennemført")
            .text("Hej\n\nTak - betalingen for jeres Carevagt-abonnement (vagtplanlægning, 210 medarbejdere) er gennemført. "
                + a.gross() + " kr. er hævet på kortet, der ender på 4471. Kvitteringen finder I under Indstillinger.\n\nCarevagt");
        genuine(m, "127.151.31.1");
        m.description = "SaaS carevagt.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("1199", "0007455539");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@soroe.dk", "Vi skifter bank pr. 1. oktober")
            .text("Hej kreditor\n\nEfter 22 år i samme bank har vi flyttet firmaets konti. Fra fakturaer dateret 1. oktober 2036 "
                + "beder vi jer betale til " + nyT + ". Ældre fakturaer kan stadig betales til den gamle konto.\n\nI er "
                + "velkomne til at ringe til mig på det nummer, der står i jeres leverandørkartotek, og få det bekræftet."
                + signature(toemrer))
            .attach("application/pdf", "Nye-bankoplysninger.pdf", Attachments.pdf(docId(m, "bank"), "Nye bankoplysninger",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.10.2036", "Konto: " + nyT,
                    "Thomas Lykke, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye døre til redskabsrummet, Munke Bjergby Skole");
        invoice(m, moved, nyT, 14, List.of("Ny bankkonto fra 01.10.2036 (se brev)"), "\n\nSom nævnt i vores brev er det "
            + "nu den nye konto, der gælder.");
        genuine(m, toemrer.ip());
        m.description = "munkebjergby-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "11990007468813");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Søkøkkenet Sorø, Regnskab", addr(mad), "kreditor@soroe.dk", "Ændret betalingskonto fra oktober")
            .text("Kære Sorø Kommune\n\nSøkøkkenet er blevet en del af en større andelsvirksomhed, og vores betalinger samles "
                + "derfor i koncernens bank. Fra fakturaer dateret 1. oktober betales til " + nyM + ". Den hidtidige konto "
                + "holdes åben året ud. Et underskrevet brev er også lagt i jeres Digital Post.\n\nVenlig hilsen\nSøkøkkenet "
                + "Sorø A/S, Regnskab");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from October, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Betalingskonto ændret pr. 01.10.2036"), "\n\nBemærk: ny konto, som varslet.");
        genuine(m, mad.ip());
        m.description = "sokokkenet.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qx=MB=ugeavis-midtsj.dk=annonce@srs.sorofiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.151.28.1";
        m.helo = "srs.sorofiber.dk";
        m.description = "ugeavis-midtsj.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, trae, trae.account(), 30, List.of(), "");
        m.signers.add(trae.domain());
        relayedBy(m, "relay.dianalund-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.dianalund-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"sjaellands-bogholdere.dk", "Rikke Thorsen", "rith@", "Regning for kalkmalerier - kender I firmaet?",
            "Hej netværk\n\nEn af vores menighedsråd har fået en regning på 'fiksering af kalkmalerier' fra et værksted, ingen "
                + "har bestilt. Kontoen var en udenlandsk. Er andre stødt på det?\n\nMvh. Rikke"},
            {"kommunale-kirkeindkob.dk", "Jonas Melby", "jome@", "Orgelstemning - pas på",
                "Hej alle\n\nVi har set mails om 'akut stemning før jul' fra et orgelfirma med næsten samme navn som vores. Ring "
                    + "til orgelbyggeren, før I betaler noget.\n\nJonas"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditornet-sjaelland.dk", x[3])
                .header("List-Id", "Kreditornet Sjaelland <netvaerk.kreditornet-sjaelland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-sjaelland.dk", "[Kreditornet] ", "\r\n_______\r\nKreditornet Sjælland - for "
                + "bogholdere i det offentlige\r\nAfmeld: https://kreditornet-sjaelland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svigadvarsel-midt.dk", "Svigadvarsel Midt", "Kirker og søer er blevet mål for falske regninger",
            "Vi ser regninger for kirkekunst, orgler og vandpleje med ægte sagsnumre og nye konti. Bekræft altid kontoen via "
                + "det telefonnummer, I har i jeres egne systemer."},
            {"midtsjaellands-revision.dk", "Midtsjællands Revision", "Kvartalets tjekliste for kreditorbogholderiet",
                "Gennemgå ændringer i leverandørernes stamdata hver måned, og lad aldrig den samme medarbejder oprette og "
                    + "godkende en ny konto."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl51:" + x[0]).substring(0, 16) + "@maildrift.com";
            headers(m, x[1], "info@" + x[0], "regnskab@soroe.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere på "
                    + "hjemmesiden</a></p><p style=\"font-size:8px;color:#777\">Du får denne mail som abonnent. Afmeld her."
                    + "</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("maildrift.com");
            m.ip = "127.151.26.1";
            m.helo = "smtp.maildrift.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP maildrift.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kultur og Fritid", "kultur@", "kreditor@soroe.dk", "Kalkmalerierne i Klosterkirken",
            "Hej kreditor\n\nArbejdet med kalkmalerierne udføres kun af Alsted Konservering, og alle regninger bærer stiftets "
                + "sagsnummer. Får I regninger om kirkekunst fra andre, så send dem til mig, før de bogføres.\n\nKultur og Fritid"},
            {"Natur og Park", "natur@", "kreditor@soroe.dk", "Algeovervågning i søerne", "Hej\n\nStenlille Limnologi står for "
                + "prøver og iltning i Sorø Sø og Tuelsø under overvågningsprogrammet. Ekstra behandlinger bestiller vi skriftligt "
                + "- der kommer aldrig en akutregning uden ordre.\n\nNatur og Park"},
            {"Ejendomsservice", "ejendom@", "ledere@soroe.dk", "Orglerne og kirkernes bygninger", "Kære kolleger\n\nOrgelservice "
                + "går via aftalen med Fjenneslev Orgelbyggeri. Henvendelser om stemning eller reparationer sendes til "
                + "Ejendomsservice.\n\nEjendomsservice"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Midtsjællands Sparekasse, Erhverv", "erhverv@midtsj-sparekasse.dk", "regnskab@soroe.dk",
            "Betalingsfil modtaget")
            .text("Til Sorø Kommune\n\nDen betalingsfil, I sendte i morges (214 poster), er modtaget og gennemføres på "
                + "bogføringsdagen. Status kan ses i netbanken. Vi sender aldrig links i disse beskeder.\n\nMidtsjællands "
                + "Sparekasse");
        genuine(m, "127.151.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Sjællands Andelskasse", "service@sjaellands-andelskasse.dk", "regnskab@soroe.dk", "Ny prisliste pr. 1. januar")
            .text("Kære erhvervskunde\n\nFra årsskiftet justeres priserne på valutaoverførsler og kontantindbetalinger. Den nye "
                + "prisliste ligger i netbanken under Dokumenter.\n\nSjællands Andelskasse");
        genuine(m, "127.151.22.1");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("church-fresco-conservation-invoice", true);
        invoice(m, kalk, kalk.account(), 7, List.of("Stiftets sag " + frescoCase + ", etape 2: søndre korsarm",
            "Stillads stillet af menighedsrådet"), "\n\nRapport og fotos er sendt til stiftet og menighedsrådet.");
        genuine(m, kalk.ip());
        m.description = "the real conservator invoices stage 2 of the Klosterkirke's wall paintings (SPF only, no DMARC)";
        m = ok("organ-tuning-invoice", true);
        invoice(m, orgel, orgel.account(), 10, List.of("Serviceaftale " + organContract + ", efterårsstemning",
            "Klosterkirken, Pedersborg, Fjenneslev og Alsted"), "\n\nTungestemmerne i Klosterkirken fik en ekstra justering.");
        genuine(m, orgel.ip());
        m.description = "the organ builder's autumn tuning under its contract (DKIM only, p=quarantine, DMARC pass)";
        m = ok("lake-algae-treatment-invoice", true);
        invoice(m, limno, limno.account(), 12, List.of("Program " + lakeProgramme + ", 3. kvartal", "Prøvetagning 8 stationer,"
            + " klorofyl og ilt"), "\n\nKvartalsrapporten er lagt i jeres sagsmappe.");
        genuine(m, limno.ip());
        m.description = "the lake-water firm's quarterly monitoring of Sorø Sø and Tuelsø (RSA, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Fjenneslev Orgelbyggeri", addr(orgel), "kultur@soroe.dk", "Julestemning - ingen ekstra regning")
            .text("Kære Kultur og Fritid\n\nVi kommer og stemmer orglerne inden jul som altid. Det er en del af serviceaftale "
                + organContract + ", og I får ikke en særskilt faktura. Skulle nogen ringe og tilbyde 'akut stemning' i vores "
                + "navn, er det ikke os.\n\nJens Bach, Fjenneslev Orgelbyggeri");
        genuine(m, orgel.ip());
        m.description = "the organ builder announces the Christmas tuning at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_500_000);
        headers(m, "Midtvand & Affald I/S", "regnskab@midtvand-affald.dk", "efaktura@soroe.dk", "Opkrævning af ejerandel, 4. kvartal")
            .text("Til ejerkommunerne\n\nVedhæftet er opkrævningen af ejerandelen for fjerde kvartal. Den er også sendt via "
                + "NemHandel.\n\nMidtvand & Affald I/S")
            .attach("application/pdf", "Ejerandel-4kv.pdf", Attachments.pdf(docId(m, "mv"), "Ejerandel 4. kvartal 2036",
                List.of("Midtvand & Affald I/S", "Ejer: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "11990007480027"))));
        genuine(m, "127.151.1.1");
        m.description = "intermunicipal waste company's quarterly owner share";
        m = ok("authority-notice", false);
        headers(m, "Roskilde Stift, Kirkebygninger", "kirkebygning@stiftet-roskilde-tilsyn.dk", "kultur@soroe.dk",
            "Syn af kalkmalerierne i Klosterkirken")
            .text("Til Sorø Kommune og Klosterkirkens menighedsråd\n\nStiftets konsulent for kirkekunst besigtiger de "
                + "konserverede kalkmalerier i november under sag " + frescoCase + ". Der er intet at betale.\n\nRoskilde Stift");
        genuine(m, "127.151.6.1");
        m.description = "authority announces an inspection of the wall paintings, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "notify@godkendly.dk";
        headers(m, "Sorø Roklub via Godkendly", "notify@godkendly.dk", "kultur@soroe.dk", "Til underskrift: lejeaftale bådehus")
            .header("Reply-To", "<formand@soroe-roklub.dk>")
            .text("Sorø Roklub har sendt 'Lejeaftale - bådehuset ved Sorø Sø 2037' til underskrift.\n\nLog ind på jeres "
                + "Godkendly-konto for at læse og underskrive.\n\nGodkendly");
        genuine(m, "127.151.32.1");
        m.description = "real e-signature request from godkendly.dk on behalf of the rowing club";
        m = ok("receipt", false);
        headers(m, "Sorø Jernhandel", "kasse@soroe-jernhandel.dk", "natur@soroe.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n1 rulle afspærringsbånd, 2 skovle, 40 stk. pæle. Betalt med firmakort.\n\nSorø Jernhandel");
        genuine(m, "127.151.5.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Sorø Akademis Skole", "bogholderi@soroe-akademis-skole.dk", "regnskab@soroe.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag indbetalt 18.600 kr. for leje af idrætshallen til skolens efterårsstævne.\n\nSorø Akademis "
                + "Skole, bogholderiet");
        genuine(m, "127.151.2.1");
        m.description = "the academy's school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Klosterkirkens Menighedsråd", "kasserer@klosterkirkens-menighedsraad.dk", "kultur@soroe.dk",
            "Bekræftelse: koncert i Klosterkirken")
            .text("Hej\n\nVi bekræfter, at kommunens musikskole kan bruge Klosterkirken til julekoncerten 12. december. Der "
                + "er ingen leje.\n\nKassereren");
        genuine(m, "127.151.7.1");
        m.description = "order confirmation from the parish council, no payment";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7370440400123456"), iban("DK", "89900001287734"), bank("5301", "0007712094"),
        iban("EE", "3810001200987651"), iban("PL", "611090101400000712198812"), iban("GB", "REVO00997012345678"),
        iban("IE", "AIBK93115212345678"), iban("NL", "BUNQ2074455120"), iban("DE", "120300000099887711"),
        iban("HU", "117730160000000012345678"), iban("RO", "BTRL0130120512345678"), iban("BG", "STSA93000012345678"),
        iban("CY", "005001200000001200527600"), bank("8411", "0004420913"), iban("MT", "MMEB44093000000012345678901"),
        iban("SE", "95000000012345678901"), iban("LT", "3250000012345678"), iban("DK", "52950001233876")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny betalingsmodtager"), "", "Kære kunde\n\nVarmeværket er overgået til et "
            + "fælles opkrævningsselskab sammen med to andre værker i Midtsjælland. Derfor indbetales årets acontobeløb nu "
            + "til den konto, der står på vedhæftede opkrævning. Gamle betalingsoplysninger bør slettes i jeres system.");
        forged(m, forgedHost++);
        m.description = "forged From soroevarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej\n\nSeptembers annoncer om Sorø Sø-planen er faktureret. Ugeavisen er "
            + "overtaget af en britisk mediekoncern, og betaling skal derfor fremover ske til koncernens konto i London.");
        forged(m, forgedHost++);
        m.description = "forged From ugeavis-midtsj.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"soroe-varmevaerk.dk", varme, "Vi har i forbindelse med et skifte af kundesystem opdaget, at "
            + "enkelte kunder har forkerte bankdata liggende. Brug derfor udelukkende kontoen på denne faktura."},
            {"pedersborg-anlaeg.net", anlaeg, "Asfalten på Pedersborgvej er lagt. Vi har fået ny hovedbankforbindelse efter "
                + "en ejerskifte, så det er kontoen i fakturaen, der gælder nu."},
            {"soroe-traelast.com", trae, "Oktobers leverancer til Ejendomsservice er samlet her. Vær opmærksom på, at vi har "
                + "lukket vores gamle konto - en betaling dertil bliver afvist."},
            {"pedersborg-elservice.dk", el, "Stibelysningen ved Filosofgangen er færdig. Vores revisor har flyttet indbetalingerne "
                + "til en anden bank, så benyt oplysningerne i PDF-filen."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 3, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, trae.posing(d, trae.account()), mule(11), 6, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Proffcentret sender her oktoberfakturaen. Bemærk, at vi har opdateret betalingsoplysningerne, og de nye gælder "
                + "allerede for denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as soroe-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektøren", "direktion@" + d, "regnskab@soroe.dk", "Deponering - handel ved Tuelsø")
            .text("Goddag\n\nKommunen har mulighed for at erhverve et skovareal ved Tuelsø, som grænser op til vores egne arealer. "
                + "Sælgers advokat kræver et depositum på 412.000 kr. på " + mule(14) + " i dag inden kl. 14, ellers går "
                + "arealet til en anden køber. Skødet følger efter tinglysning. Hold det venligst for dig selv, til "
                + "økonomiudvalget er orienteret.\n\nKommunaldirektøren");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret forest-land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Fakturaflod", "besked@fakturaflod-soroe.dk", "natur@soroe.dk", "Betalingsfrist udløber i dag")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig som ubetalt. "
                + "Betal inden kl. 23.59 for at undgå gebyr - det kan klares med kort her:</p><p><a href=\"https://"
                + "fakturaflod-soroe.dk/b/" + sha256("ff51").substring(0, 20) + "\">Betal fakturaen</a></p><p>Fakturaflod</p>"
                + "</body></html>");
        ownedBy(m, "fakturaflod-soroe.dk");
        m.description = "look-alike of the platform fakturaflod.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Billano", "noreply@billano-dianalund.com", "natur@soroe.dk", "Faktura fra " + smed.name())
            .text("Hej\n\n" + smed.name() + " har overdraget sine tilgodehavender til Billano Finans. Betal derfor fakturaen til "
                + "vores klientkonto " + mule(15) + " - ikke til smedien direkte.\n\nVenlig hilsen\nBillano")
            .attach("application/pdf", "billano-" + (4_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("billano-dianalund.com", mule(15)), "Faktura", "BL-" + (9_100 + rnd.nextInt(700)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Billano Finans")));
        ownedBy(m, "billano-dianalund.com");
        m.description = "look-alike of billano.com: the smithy's invoice 'assigned' to a SE account";

        // compromised-supplier
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betaling til factoringselskab"), "", "Vi samarbejder fra denne måned med et "
            + "factoringselskab, og fakturaen skal derfor betales til " + mule(16) + ". Jeg sidder i møder hele dagen, så "
            + "svar blot på mailen, hvis noget er uklart.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of sorofacility.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@soroe.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Kære kreditorbogholderi\n\nDer er sket en beklagelig fejl hos os: banken har fastfrosset vores driftskonto, "
                + "mens skolernes netværksaftale gennemgås af vores nye ejere i Aarhus. Derfor vil vi bede jer lade beløbet på "
                + p.amount().gross() + " kr. gå til vores mellemregningskonto " + mule(17) + ". Når frysningen er ophævet, "
                + "skriver vi, og så bruger I den gamle konto igen som før.\n\nTusind tak for hjælpen og undskyld "
                + "besværet.\n\nFakturering\n" + it.name());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of akademi-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "munkebjergby-tomrer.dk"}, {mad, "sokokkenet-soroe.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@soroe.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nFaktura " + p.no() + " (" + p.amount().gross() + " kr.) er vist ikke gået igennem endnu. "
                    + "Før den gør: vi har opdaget, at der stod et gammelt kontonummer på. Den korrekte konto er " + mule(i + 3)
                    + ". Giv mig lige et kort svar, når I har rettet det.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----"
                    + "\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "regnskab@soroe.dk", "Tilskud til Akademiets jubilæum")
            .text("Hej\n\nJeg har lovet arrangørerne af jubilæumsfesten på Akademihaven et tilskud på 175.000 kr. De skal bruge "
                + "pengene i dag til at betale teltet. Overfør til " + mule(7) + ". Jeg er i Christiansborg resten af dagen og "
                + "kan ikke tale i telefon.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged soroe.dk (p=reject) from outside: the mayor's urgent jubilee grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@soroe.dk", "Dianalund VVS - nyt kontonummer")
            .text("Hej\n\nDianalund VVS har ringet til mig om deres nye bank. Læg " + mule(8) + " ind i stamdata, så dagens "
                + "betalingskørsel går rigtigt. Jeg har godkendt ændringen.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged soroe.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kd.soroe.kommune@gmail.com", "regnskab@soroe.dk", "Har du to minutter?")
            .text("Hej\n\nSidder du ved skrivebordet? Jeg er til KKR-møde i Roskilde og har kun mobilen. Der er en betaling, "
                + "som skal ud i dag uden om den sædvanlige procedure. Svar mig her, så sender jeg detaljerne.\n\nSendt fra "
                + "min Android");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'at a regional meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.soroe@outlook.com", "indkoeb@soroe.dk", "Hjælp med en gave")
            .text("Hej\n\nFrivilligholdet fra søoprydningen skal have en tak i dag. Kan du købe 15 gavekort à 1.000 kr. online og "
                + "sende mig koderne? Jeg får det refunderet over bilag bagefter.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Hansen", "louise.hansen.dianalund@gmail.com", "loen@soroe.dk", "Ny konto til min løn")
            .text("Godmorgen\n\nDet er Louise fra nattevagten i Dianalund (plejecentret, afsnit Skovbrynet). Efter nogen "
                + "forsøgte at misbruge mit dankort, har Danske Bank skiftet alle mine numre. Oktoberlønnen og fremover må "
                + "gerne lande på " + mule(0) + ". Jeg er låst ude af Silkeborg Data-portalen indtil min nye "
                + "MitID-app virker, derfor skriver jeg fra privatmailen. Sig endelig til, hvis min leder skal "
                + "godkende noget.\n\nKh Louise");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a night-shift care helper";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Dahl", "mikkel.dahl.laerer@hotmail.com", "loen@soroe.dk", "Ændring af bankoplysninger")
            .text("Hej\n\nJeg underviser på Stenlille Skole og har skiftet bank. Vil I opdatere min lønkonto til " + mule(9)
                + " inden oktoberlønnen? Jeg er på lejrskole hele ugen og har kun adgang til denne mail.\n\nMikkel Dahl");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail for a teacher";

        // fake-reminder-inkasso
        Supplier[] dun = {vvs, grus};
        for (int i = 0; i < dun.length; i++) {
            Supplier s = dun[i];
            p = past.get(s.domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Sorø Inkasso & Retshjælp", "sag@soroe-inkasso.dk", "kreditor@soroe.dk",
                "Inkassosag " + (77_000 + rnd.nextInt(9_000)) + " - " + s.name())
                .text("Til " + KOMMUNE + "\n\nVi er af " + s.name() + " anmodet om at inddrive faktura " + p.no() + " ("
                    + p.amount().gross() + " kr.). Med renter og gebyrer efter renteloven udgør kravet nu "
                    + kr(p.amount().ore() * 5 / 4 + 110_000) + " kr. Betales beløbet ikke til " + mule(i + 12) + " inden "
                    + "fem hverdage, indgives sagen til fogedretten uden yderligere varsel.\n\nSorø Inkasso & Retshjælp");
            ownedBy(m, "soroe-inkasso.dk");
            m.description = "fake debt collector cites the real wave-1 invoice of " + s.domain() + " (already paid)";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "meddelelse@digitalpost-soroe.com", "regnskab@soroe.dk", "Ulæst meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Der ligger en ulæst meddelelse til " + KOMMUNE + " (CVR 29188947) om en efterregulering af "
                + "lønsumsafgift.</p><p>Meddelelsen slettes efter 48 timer. <a href=\"https://digitalpost-soroe.com/laes/"
                + sha256("dp51").substring(0, 16) + "\">Log ind med MitID Erhverv</a></p></body></html>");
        ownedBy(m, "digitalpost-soroe.com");
        m.description = "fake Digital Post notice with a MitID Erhverv login link";
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-stenlille.com", "it@soroe.dk", "Din MitID Erhverv-administrator udløber")
            .text("Hej\n\nAdministratorrettighederne for organisationen " + KOMMUNE + " udløber om 2 dage. Bekræft din identitet "
                + "for at beholde adgangen: https://mitid-stenlille.com/admin/forny\n\nMitID Erhverv");
        ownedBy(m, "mitid-stenlille.com");
        m.description = "fake MitID Erhverv admin renewal with a login link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Driftsinfo", "drift@nemhandel-dianalund.net", "efaktura@soroe.dk", "Afviste e-fakturaer - handling kræves")
            .text("Til " + KOMMUNE + "\n\nSeks e-fakturaer til EAN " + EAN + " er afvist i NemHandel pga. et udløbet certifikat. "
                + "Leverandørerne afventer betaling. Hent listen og betal samlet til clearingkontoen " + mule(4) + ", så "
                + "afregner vi videre.\n\nNemHandel Driftsinfo");
        ownedBy(m, "nemhandel-dianalund.net");
        m.description = "fake NemHandel 'rejected e-invoices' asking for one pooled payment";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel", "noreply@nemhandel-dianalund.net", "efaktura@soroe.dk", "Opdatér jeres EAN-registrering")
            .html("<html><body><p>Jeres registrering af EAN " + EAN + " i NemHandelsregistret skal fornyes. Uden fornyelse "
                + "kan I ikke modtage e-fakturaer fra 1. november.</p><p><a href=\"https://nemhandel-dianalund.net/ean/forny\">"
                + "Forny registreringen</a> (gebyr 2.450 kr.)</p></body></html>");
        ownedBy(m, "nemhandel-dianalund.net");
        m.description = "fake NemHandel registry renewal with a fee link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Parkering Sorø", "kontrol@soroe-parkering.dk", "vejpark@soroe.dk", "Ubetalt kontrolafgift - servicevogn")
            .text("Hej\n\nKommunens servicevogn holdt uden gyldig tilladelse ved Sorø Sø den " + dottedDay(m, -5) + ". "
                + "Kontrolafgiften på 790 kr. betales nemmest ved at scanne QR-koden i billedet.\n\nParkering Sorø")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "soroe-parkering.dk");
        m.description = "fake parking fee for a municipal van, pay by QR code";
        m = bad("qr-code-payment");
        headers(m, "Tuelsø Naturløb", "tilmelding@tuelsoe-tilmelding.dk", "skole@soroe.dk", "Tilmelding skoleløb - betal med QR")
            .text("Kære skole\n\nJeres 6. klasser er skrevet op til naturløbet rundt om Tuelsø. Scan koden for at betale "
                + "deltagergebyret, ellers slettes tilmeldingen fredag.\n\nTuelsø Naturløb")
            .attach("image/png", "betal.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "tuelsoe-tilmelding.dk");
        m.description = "fake school race fee, QR code";

        // archive-invoice
        String no = invoiceNo(grus);
        m = bad("archive-invoice");
        headers(m, grus.person(), "bent@stenlille-grus.net", "vejpark@soroe.dk", "Faktura " + no + " grus skovveje")
            .text("Hej\n\nFakturaen og vejesedlerne ligger i den vedhæftede ZIP-fil, fordi filerne var for store.\n\nBent")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf.exe",
                "MZ-not-a-pdf".getBytes(StandardCharsets.US_ASCII)));
        ownedBy(m, "stenlille-grus.net");
        m.description = "ZIP with an .exe posing as an invoice from a look-alike of stenlille-grus.dk";
        no = invoiceNo(kontor);
        m = bad("archive-invoice");
        headers(m, "Ordrekontoret", "ordre@fjenneslev-kontor.net", "indkoeb@soroe.dk", "Samlefaktura oktober")
            .text("Hej\n\nSamlefakturaen for oktober er pakket som 7z. Kodeord: okt36\n\nOrdrekontoret")
            .attach("application/x-7z-compressed", "samlefaktura.7z", Attachments.sevenZip("Samlefaktura_" + no + ".pdf.js",
                "var x=1;".getBytes(StandardCharsets.US_ASCII)));
        ownedBy(m, "fjenneslev-kontor.net");
        m.description = "7z archive with a script, look-alike of fjenneslev-kontor.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@fjenneslev-kontor.net", "indkoeb@soroe.dk", "Prisregulering 2037 - se dokument")
            .text("Hej\n\nVores nye priser og jeres restordre står i dokumentet. Klik 'Aktivér indhold', hvis tabellen er tom."
                + "\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Prisregulering_2037.docm", Attachments.word(
                "Prisregulering 2037 og restordre. Aktivér indhold for at se tabellen.", true));
        ownedBy(m, "fjenneslev-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of fjenneslev-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "faktura@akademi-it-soroe.net", "it@soroe.dk", "Licensoversigt elevcomputere")
            .text("Hej\n\nOversigten over licenser på elevcomputerne er i regnearket. Makroer skal slås til, før summerne "
                + "vises. Kontoen er ændret, se nederst.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "licenser_okt.xlsm", Attachments.excel(List.of(
                "Licenser elevcomputere oktober 2036", "Windows og MDM, 1.240 enheder", "Betales til " + mule(13)), true));
        ownedBy(m, "akademi-it-soroe.net");
        m.description = "macro-enabled .xlsm from a look-alike of akademi-it.dk";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, "Per Kjær", "per.kjaer.maler@gmail.com", "omsorg@soroe.dk", "regning maling dianalund")
            .text("hej her er regningen som billede, min printer driller. kontoen står på. mvh per")
            .attach("image/jpeg", "regning.jpg", Attachments.image(docId(m, "img"), "jpg"));
        genuine(m, GMAIL);
        m.description = "image-only invoice from gmail in the painter's name (no text layer)";
        m = bad("image-only-invoice");
        headers(m, "Dianalund Malerservice", "per@dianalund-maler.net", "omsorg@soroe.dk", "Scannet faktura")
            .text("Goddag\n\nVedlagt scannet faktura for malerarbejdet. Betaling til den nye konto, som står på bilaget.\n\nPer")
            .attach("application/pdf", "scan_0042.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "dianalund-maler.net");
        m.description = "scanned image-only PDF from a look-alike of dianalund-maler.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Kundeservice", "ordre@soroe-kundeservice.dk", "indkoeb@soroe.dk", "Ordre 88-4471 bekræftet: 24 iPads")
            .text("Tak for din bestilling\n\n24 x iPad Pro 13\" er bestilt og betales automatisk " + writtenDay(m, 1) + " "
                + "(89.880,00 kr.). Har du ikke bestilt, så ring til vores fortrydelseslinje på 78 74 12 90 inden i morgen."
                + "\n\nKundeservice");
        ownedBy(m, "soroe-kundeservice.dk");
        m.description = "callback scam: fake order confirmation with a phone number to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Betalingsservice", "advis@fjenneslev-betaling.net", "regnskab@soroe.dk", "Dobbeltbetaling registreret")
            .text("Til " + KOMMUNE + "\n\nVi har registreret en dobbelt betaling på 46.210,00 kr. fra jer. For at få beløbet "
                + "retur skal I ringe til tilbagebetalingsafdelingen på 78 79 40 12 med jeres netbank klar.\n\nBetalingsservice");
        ownedBy(m, "fjenneslev-betaling.net");
        m.description = "callback scam: 'double payment refund' by phone";

        // xml-invoice-changed-account
        no = invoiceNo(anlaeg);
        Amount a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, anlaeg.name(), "kh@pedersborg-anlaeg.com", "efaktura@soroe.dk", "E-faktura " + no)
            .text("Hej\n\nVores nye økonomisystem er endnu ikke koblet på NemHandel, så I får fakturaen som fil. Bemærk de "
                + "nye bankoplysninger.\n\n" + anlaeg.name())
            .attach("application/xml", "faktura_" + no + ".xml", ubl(no, anlaeg, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "SK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "pedersborg-anlaeg.com");
        m.description = "Peppol XML in the real road contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@akademi-it-soroe.net", "efaktura@soroe.dk", "OIOUBL " + no)
            .text("Vedhæftet OIOUBL-fil. Betalingskontoen er ændret efter vores bankskifte.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "SK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "akademi-it-soroe.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of akademi-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Godkendly", "dokument@godkendly-alsted.dk", "kultur@soroe.dk", "Sorø Roklub: dokument afventer underskrift")
            .html("<html><body><p>'Tillæg til lejeaftale - bådehuset' venter på din underskrift. Linket virker i 24 timer.</p>"
                + "<p><a href=\"https://godkendly-alsted.dk/sign/" + sha256("gs51").substring(0, 18) + "\">Åbn og underskriv"
                + "</a></p><p>Godkendly</p></body></html>");
        ownedBy(m, "godkendly-alsted.dk");
        m.description = "fake e-signature request imitating godkendly.dk, credential link";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "share@godkendly-alsted.dk", "regnskab@soroe.dk", "Revisionsprotokol 2036 - underskrift")
            .text("Revisionen har delt 'Revisionsprotokollat 2036' med dig til underskrift. Log ind med din arbejdsmail: "
                + "https://godkendly-alsted.dk/d/rp2036\n\nDokumentdeling");
        ownedBy(m, "godkendly-alsted.dk");
        m.description = "fake audit-report signature link";

        // split-payment-redirect
        p = past.get(skov.domain());
        m = bad("split-payment-redirect");
        headers(m, skov.person(), "mette@munkebjergby-betaling.dk", "natur@soroe.dk", "Betaling af faktura " + p.no() + " i to dele")
            .text("Hej Natur og Park\n\nLige et praktisk ønske omkring faktura " + p.no() + " for rydningen langs "
                + "Filosofgangen: vores pengeinstitut har et loft over indgående overførsler pr. døgn, som vi rammer i denne "
                + "måned pga. maskinkøbet. Vil I derfor dele beløbet, så tre femtedele går ind som sædvanligt og resten på "
                + "vores opsparingskonto " + mule(10) + "? Fra november er alt tilbage ved det gamle.\n\nSolrige hilsener fra "
                + "Tuelsø\nMette");
        ownedBy(m, "munkebjergby-betaling.dk");
        m.description = "split payment: part of the real wave-1 invoice of tuelsoe-skovpleje.dk to a mule";
        p = past.get(anlaeg.domain());
        m = bad("split-payment-redirect");
        headers(m, "Pedersborg Anlæg, Bogholderi", "bogholderi@pedersborg-anlaeg.com", "vejpark@soroe.dk",
            "Afdrag på faktura " + p.no())
            .text("Goddag\n\nEfter aftale med jeres projektleder betales faktura " + p.no() + " nu i tre rater á "
                + kr(p.amount().ore() * 5 / 12) + " kr. til vores underleverandørs konto " + mule(3) + ".\n\nBogholderiet");
        ownedBy(m, "pedersborg-anlaeg.com");
        m.description = "split payment in instalments to a subcontractor mule account";
        newFamilies();
    }

    /** The three families no earlier corpus has. */
    private void newFamilies() {
        // fake-church-fresco-conservation-invoice
        M m = bad("fake-church-fresco-conservation-invoice");
        invoice(m, kalk.posing("alsted-konservering.com", kalk.account()), mule(6), 9, List.of("Stiftets sag " + frescoCase
            + " - ekstra fiksering"), "", "Under arbejdet i nordre korsarm fandt vi løs puds bag billedet af Absalon, som "
                + "krævede øjeblikkelig fiksering, før det faldt ned. Det er udført under stiftets sag " + frescoCase
                + ". Vi har netop fået ny erhvervskonto, som står på fakturaen.");
        ownedBy(m, "alsted-konservering.com");
        m.description = "look-alike of the conservator cites the real diocese case, 'emergency fixing', new account";
        m = bad("fake-church-fresco-conservation-invoice");
        headers(m, "Klosterkirkens Restaurering", "projekt@klosterkirken-restaurering.dk", "kultur@soroe.dk",
            "Forundersøgelse af kalkmalerier - faktura")
            .text("Goddag Kultur og Fritid\n\nMenighedsrådets kirkeværge bad os i sommer kigge på de hvide udfældninger på "
                + "hvælvingsmalerierne over sideskibet. Vi har nu kortlagt saltet med konduktivitetsmålinger i tre dage og "
                + "udarbejdet et forslag til afsaltning med kompresser. Kortlægningen sendes til jer og stiftskonsulenten, så "
                + "snart vores regning på 58.750,00 kr. er gået ind på " + mule(9) + ".\n\nKlosterkirkens Restaurering")
            .attach("application/pdf", "forundersoegelse.pdf", Attachments.pdf(docId(m, "kk51"), "Regning saltkortlægning",
                List.of("Klosterkirkens Restaurering", "Konduktivitetsmålinger hvælvinger, sideskib, tre arbejdsdage",
                    "Kompresforslag og fotodokumentation", "Honorar med moms 58.750,00", "Overføres til " + mule(9))));
        ownedBy(m, "klosterkirken-restaurering.dk");
        m.description = "unknown firm bills a 'salt damage survey' of the church's paintings, report held back (HU account)";
        m = bad("fake-church-fresco-conservation-invoice");
        headers(m, "Pedersborg Kirkemaler", "atelier@pedersborg-kirkemaler.dk", "ejendom@soroe.dk",
            "Retouchering Pedersborg Kirke - acontobetaling")
            .text("Hej Ejendomsservice\n\nVi starter retoucheringen af indvielseskorsene i Pedersborg Kirke i uge 44. Som ved "
                + "alle kirkeopgaver beder vi om 40 % aconto, 22.400 kr., til " + mule(4) + ", så vi kan bestille pigmenter "
                + "og kalk hjem.\n\nPedersborg Kirkemaler");
        ownedBy(m, "pedersborg-kirkemaler.dk");
        m.description = "stranger asks a prepayment for retouching consecration crosses nobody ordered (PL account)";

        // fake-organ-tuning-invoice
        m = bad("fake-organ-tuning-invoice");
        invoice(m, orgel.posing("fjenneslev-orgelbyggeri.dk", orgel.account()), mule(11), 13, List.of("Serviceaftale "
            + organContract + " - akut bælgreparation"), "", "Organisten meldte søndag om luftudslip i Klosterkirkens "
                + "hovedorgel, og vi udskiftede bælgelæderet mandag, så orglet kunne spille til gudstjenesten. Arbejdet er "
                + "faktureret under aftale " + organContract + ". Benyt venligst kontoen på denne faktura; den gamle er opsagt.");
        ownedBy(m, "fjenneslev-orgelbyggeri.dk");
        m.description = "look-alike of the organ builder cites the real contract, 'urgent bellows repair', new account";
        m = bad("fake-organ-tuning-invoice");
        headers(m, "Sorø Orgelservice", "service@soroe-orgelservice.dk", "kultur@soroe.dk", "Stemning før jul - bekræftelse")
            .text("Kære kulturforvaltning\n\nVi har reserveret to dage i december til stemning af orglerne i Alsted og Fjenneslev "
                + "kirker, så de er klar til julekoncerterne. Halvdelen af honoraret, 14.900 kr., betales forud til "
                + mule(13) + ".\n\nSorø Orgelservice");
        ownedBy(m, "soroe-orgelservice.dk");
        m.description = "unknown organ service books a pre-Christmas tuning with prepayment (DK account elsewhere)";
        m = bad("fake-organ-tuning-invoice");
        headers(m, "Stenlille Orgel", "regnskab@stenlille-orgel.net", "kreditor@soroe.dk", "Invoice pipe cleaning Sorø")
            .text("Dear Sir/Madam\n\nPlease find our invoice for the cleaning of 1,100 pipes in the Klosterkirke organ, carried "
                + "out in September by our German partner. Payment to " + mule(8) + " within 7 days.\n\nBest regards\n"
                + "Stenlille Orgel")
            .attach("application/pdf", "invoice-pipes.pdf", Attachments.pdf(docId(m, "org51"), "Invoice pipe cleaning",
                List.of("Stenlille Orgel", "Pipe cleaning, 1,100 pipes, Klosterkirke Sorø", "Total EUR 7,950.00",
                    "Pay to " + mule(8))));
        ownedBy(m, "stenlille-orgel.net");
        m.description = "English invoice for pipe cleaning nobody ordered (DE account)";

        // fake-lake-algae-treatment-invoice
        m = bad("fake-lake-algae-treatment-invoice");
        invoice(m, limno.posing("stenlille-limnologi.com", limno.account()), mule(14), 15, List.of("Program " + lakeProgramme
            + " - ekstra iltning"), "", "Målingerne i august viste iltsvind ved bunden af Sorø Sø, og vi satte derfor den "
                + "mobile iltningsenhed i drift i tre uger under program " + lakeProgramme + ". Faktura vedlagt. Bemærk at "
                + "vores bankforbindelse er ændret.");
        ownedBy(m, "stenlille-limnologi.com");
        m.description = "look-alike of the lake-water firm cites the real programme, 'extra oxygenation', new account";
        m = bad("fake-lake-algae-treatment-invoice");
        headers(m, "Sorø Sø Vandpleje", "drift@soroesoe-vandpleje.dk", "natur@soroe.dk", "Blågrønalger - behandling udført")
            .text("Hej Natur og Park\n\nEfter badevandsvarslet for blågrønalger ved Sorø Sø har vi behandlet badezonen ved "
                + "Sorø Roklub med aluminium og lagt algespærre ud. Regning på 36.250,00 kr. betales til " + mule(10)
                + " inden 8 dage.\n\nSorø Sø Vandpleje");
        ownedBy(m, "soroesoe-vandpleje.dk");
        m.description = "unknown firm bills an algae treatment after a bathing-water warning (RO account)";
        m = bad("fake-lake-algae-treatment-invoice");
        headers(m, "Tuelsø Algerens", "kontakt@tuelsoe-algerens.dk", "vejpark@soroe.dk", "Tilbud og forudbetaling - Tuelsø")
            .text("Goddag\n\nTak for jeres henvendelse om algeopblomstring i Tuelsø. Vi kan lægge ultralydsbøjer ud i næste uge. "
                + "For at reservere udstyret betales et depositum på 19.500 kr. til " + mule(16) + ".\n\nTuelsø Algerens")
            .attach("image/png", "betal-depositum.png", Attachments.qr(docId(m, "tal51")));
        ownedBy(m, "tuelsoe-algerens.dk");
        m.description = "'your enquiry' about ultrasound buoys for Tuelsø, deposit by account or QR (LT account)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus51().generate(), List.of(
            "# Sorø Kommune, Økonomi: invoice checks (fifty-first held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=soroevarme.dk pedersborg-anlaeg.dk tuelsoe-skovpleje.dk alsted-konservering.dk "
                + "fjenneslev-orgel.dk stenlille-limnologi.dk munkebjergby-toemrer.dk dianalund-maler.dk sorofacility.dk "
                + "ugeavis-midtsj.dk stenlille-grus.dk pedersborg-el.dk dianalund-vvs.dk sokokkenet.dk soroe-traelast.dk "
                + "akademi-it.dk fjenneslev-kontor.dk",
            "invoice.domains.platforms=fakturaflod.dk billano.com dagsregning.dk lenskvit.io",
            "invoice.names.protected=Sorø Kommune"));
    }
}
