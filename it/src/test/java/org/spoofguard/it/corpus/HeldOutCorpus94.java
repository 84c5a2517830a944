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
 * The ninety-fourth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Hørsholm Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, harbour,
 * sports, schools, elderly care, culture, roads and property mailboxes; town hall Ådalsparkvej 2, 2970 Hørsholm) on the
 * Øresund coast north of Copenhagen: Hørsholm with Hørsholm Skøjtehal (the ice hall of the local ice-hockey club), Rungsted
 * and Rungsted Kyst with the marina Rungsted Havn and its mast crane, Usserød, Vallerød, Folehave with its forest, Breelte,
 * Ubberød, Sophienlund and the lake Dronningedammen with its fountain; seventeen listed suppliers from those places in every
 * DNS posture real Danish firms have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code
 * tallyhus.dk}, {@code fakturastrom.dk}, {@code betalingsbud.dk}, {@code regnebrev.io}), a refrigeration firm running the
 * ice hall's ammonia plant, a lifting-gear firm inspecting the marina's mast crane and boat hoist, a fountain and pump firm
 * for Dronningedammen, sole traders on free mail, foreign suppliers, SaaS ({@code havnebooker.io}, {@code turnusfyr.dk}), an
 * ESP ({@code postsprint.com}), an e-signature service ({@code tegnogsign.dk}), banks, a creditor list, forwarders (with and
 * without SRS) and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and three kinds new here: leaks, valve work,
 * pressure tests or a standby chiller for the ammonia refrigeration plant of Hørsholm Skøjtehal billed by someone who never
 * touched it (fake-ice-rink-ammonia-plant-invoice); load tests, wire changes or test-weight rental for the mast crane and
 * boat hoist of Rungsted Havn, or a certificate held back until paid (fake-marina-mast-crane-inspection-invoice); and frost
 * damage, algae cleaning or a new pump for the fountain in Dronningedammen billed to a new account
 * (fake-fountain-pump-service-invoice). The invoice engine, its tests, tuning notes and earlier results were not read.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its
 * computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus94GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus94 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout94");
    public static final String OWN = "horsholm.dk";
    static final String FRAUD_NET = "127.194.";
    private static final String OWN_IP = "127.94.0.1";
    private static final String EAN = "5798007940817";
    private static final String KOMMUNE = "Hørsholm Kommune";
    private static final String RAADHUS = "Ådalsparkvej 2, 2970 Hørsholm";
    private static final String HOSTER_IP = "127.94.9.1";
    private static final String GMAIL = "127.96.1.1";
    private static final String MSFT = "127.96.2.1";
    private static final String APPLE = "127.96.5.1";

    private final Random rnd = new Random(94_2970_0094L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The refrigeration firm's service agreement for the ice hall's ammonia plant (the frauds cite it). */
    private String plantAgreement;
    /** The lifting-gear firm's certificate number for the marina's mast crane (the frauds cite it). */
    private String craneCertificate;
    /** The fountain firm's operating log for Dronningedammen (the frauds cite it). */
    private String fountainLog;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Usserød Varmeværk a.m.b.a.", "usserod-varmevaerk.dk", "Kundeservice",
        "kundeservice", "127.94.1.1", iban("DK", "30000004411230"), "fjernvarme til Rådhuset, Hørsholm Bibliotek og Usserød Skole");
    private final Supplier koel = new Supplier("Vallerød Køleteknik ApS", "vallerod-koleteknik.dk", "Køleteknik, Bogholderi",
        "bogholderi", "127.94.1.2", bank("2191", "0007730154"), "service og drift af ammoniakanlægget i Hørsholm Skøjtehal");
    private final Supplier kran = new Supplier("Rungsted Løfteteknik ApS", "rungsted-lofteteknik.dk", "Mette Bach", "mb",
        "127.94.1.3", iban("DK", "54700004419862"), "lovpligtigt eftersyn af mastekranen og bådliften i Rungsted Havn");
    private final Supplier spring = new Supplier("Dronningedammens Springvandsservice v/ Per Holt", "dronningedammen-springvand.dk",
        "Per Holt", "per", "127.94.1.4", bank("5470", "0004432117"), "drift af pumpe, dyser og filter til springvandet i "
        + "Dronningedammen");
    private final Supplier entrep = new Supplier("Breelte Anlæg ApS", "breelte-anlaeg.dk", "Kasper Juul", "kj", "127.94.1.5",
        bank("2191", "0007741188"), "nye fliser og regnvandsbrønde i skolegården ved Breelteskolen");
    private final Supplier toemrer = new Supplier("Ubberød Tømrer & Snedker ApS", "ubberod-tomrer.dk", "Rasmus Lind", "rl",
        "127.94.1.6", bank("5470", "0004445502"), "nye døre og akustiklofter i gymnastiksalen, Usserød Skole");
    private final Supplier maler = new Supplier("Sophienlund Malerforretning v/ Bente Krog", "sophienlund-maler.dk", "Bente Krog",
        "bente", "127.94.1.7", bank("2191", "0007752013"), "maling af gange og dagligstuer, Plejecentret Breelteparken");
    private final Supplier rengoer = new Supplier("Hørsholm Erhvervsrengøring ApS", "hoersholm-rengoering.dk", "Administrationen",
        "adm", "127.94.1.8", iban("DK", "30000004460097"), "rengøring af Rådhuset, biblioteket og omklædningen i Skøjtehallen");
    private final Supplier avis = new Supplier("Kystposten Hørsholm-Rungsted", "kystposten.dk", "Annonceafdelingen", "annonce",
        "127.94.1.9", iban("DK", "54700004471186"), "annoncer: lokalplanforslag for Rungsted Havn og stillinger i hjemmeplejen");
    private final Supplier vognmand = new Supplier("Usserød Vognmandsforretning ApS", "usserod-vognmand.dk", "Torben Møller",
        "torben", "127.94.1.10", bank("2191", "0007768840"), "kørsel med grus og snerydning af P-pladserne ved Rungsted Havn");
    private final Supplier el = new Supplier("Rungsted Kyst El-Service ApS", "rungstedkyst-el.dk", "Nikolaj Vang", "nv", HOSTER_IP,
        bank("5470", "0004479935"), "nye el-standere på bådebroerne og LED-lys i Havnehuset");
    private final Supplier vvs = new Supplier("Vallerød VVS & Blik ApS", "vallerod-vvs.dk", "Kontoret", "kontor", "127.94.1.12",
        bank("2191", "0007783361"), "service på varmecentralen og nye tagrender, Vallerød Skole");
    private final Supplier mad = new Supplier("Hørsholm Madservice A/S", "hoersholm-madservice.dk", "Hørsholm Madservice, Økonomi",
        "okonomi", "127.94.1.13", iban("DK", "30000004490541"), "mad til hjemmeboende ældre og plejecentrene Breelteparken og "
        + "Sophielund");
    private final Supplier byg = new Supplier("Hørsholm Trælast A/S", "hoersholm-traelast.dk", "Proffen", "proff", "127.94.1.14",
        iban("DK", "54700004503370"), "byggematerialer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Ubberød Data ApS", "ubberod-data.dk", "Debitor", "debitor", "127.94.1.15",
        bank("2191", "0007796624"), "drift af skolernes trådløse net og elevernes Chromebooks");
    private final Supplier bus = new Supplier("Folehave Buslinjer ApS", "folehave-bus.dk", "Driftskontoret", "drift",
        "127.94.1.16", bank("5470", "0004512290"), "skolekørsel og kørsel til skøjteundervisning i Skøjtehallen");
    private final Supplier kontor = new Supplier("Hørsholm Kontorforsyning ApS", "hoersholm-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.94.1.17", iban("DK", "30000004523308"), "papir, toner og mødeblokke til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Rungsted Havnesmedie", "rungsted-havnesmedie.dk", "Claus Eriksen", "claus",
        "127.94.2.1", bank("2191", "0007801147"), "nye lejdere og fortøjningsringe på Nordmolen");
    private final Supplier natur = new Supplier("Folehave Naturpleje v/ Sanne Holm", "folehave-naturpleje.dk", "Sanne Holm",
        "sanne", "127.94.2.2", bank("5470", "0004530078"), "rydning af opvækst i Folehave Skov og langs Usserød Å");
    private final Supplier skoejte = new Supplier("Skøjtetræner Line Krag", "gmail.com", "Line Krag", "line.krag.skoejte", GMAIL,
        bank("2191", "0007815530"), "skøjteundervisning for 4. årgang i Hørsholm Skøjtehal, fem gange");
    private final Supplier tolk = new Supplier("Tolk v/ Samira Haddad", "outlook.com", "Samira Haddad", "samira.haddad.tolk", MSFT,
        bank("5470", "0004541163"), "tolkning arabisk-dansk, Borgerservice Hørsholm, 3 x 2 timer");
    private final Supplier pianist = new Supplier("Pianist Jakob Dam", "icloud.com", "Jakob Dam", "jakob.dam.klaver", APPLE,
        bank("2191", "0007826609"), "julekoncerter med klaver på Breelteparken og Sophielund");
    private final Supplier tysk = new Supplier("Neumünster Kältetechnik GmbH", "neumuenster-kaeltetechnik.de", "Buchhaltung",
        "buchhaltung", "127.94.3.1", iban("DE", "210700240041128800"), "Ersatzteile für die Ammoniak-Kälteanlage der Eishalle");
    private final Supplier svensk = new Supplier("Landskrona Lyftkontroll AB", "landskrona-lyftkontroll.se", "Ekonomi", "ekonomi",
        "127.94.3.2", iban("SE", "50000000058398257466"), "lastprovning av mastkranen i Rungsted hamn med provvikter");

    private final List<Supplier> listed = List.of(varme, koel, kran, spring, entrep, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name of Hørsholm; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"usserod-varmevaerk.com", "breelte-anlag.dk", "horsholm-traelast.dk",
        "rungstedkyst-elservice.dk", "hoersholm-rengoring.dk", "vallerod-vvs.net", idn("hoersholm-tr\u0430elast.dk"),
        idn("h\u00f8rsholm.dk"), "tallyhus-hoersholm.dk", "fakturastrom-rungsted.com", "ubberod-tomrer.net",
        "hoersholm-madservice.net", "folehave-buslinjer.dk", "usserod-vognmand.net", "hoersholm-inkasso.dk", "mitid-hoersholm.com",
        "digitalpost-usserod.com", "dk-domaener-hoersholm.com", "rungsted-parkering.dk", "vallerod-betaling.net",
        "sophienlund-malerforretning.dk", "hoersholm-kontorforsyning.net", "ubberod-data.net", "breelte-anlaeg.net",
        "tegnogsign-hoersholm.dk", "rungsted-dokumentportal.net", "vallerod-vvs-blik.dk", "vallerod-koeleteknik.dk",
        "hoersholm-isanlaeg.dk", "rungsted-kuldeservice.dk", "rungsted-lofteteknik.com", "rungsted-kranservice.dk",
        "usserod-lofteudstyr.dk", "dronningedammen-springvand.net", "hoersholm-fontaene.dk", "folehave-pumper.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(koel.domain(), List.of(koel.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(kran.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(spring.domain(), List.of(spring.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.94.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.94.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nordkyst-affald.dk", List.of("127.94.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("arbejdstilsynet-nordsjaelland.dk", List.of("127.94.10.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hoersholm-egnsmuseum.dk", List.of("127.94.10.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("rungsted-privatskole.dk", List.of("127.94.10.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hoersholm-revision.dk", List.of("127.94.10.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("usserod-isenkram.dk", List.of("127.94.10.6"), "-all", null, "none");
        domain("rungsted-sejlklub.dk", List.of("127.94.10.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("tallyhus.dk", List.of("127.94.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("fakturastrom.dk", List.of("127.94.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("betalingsbud.dk", List.of("127.94.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("regnebrev.io", List.of("127.94.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("kystsparekassen.dk", List.of("127.94.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sundbanken-erhverv.dk", List.of("127.94.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-nordsjaelland.dk", List.of("127.94.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bogholderkreds-hoersholm.dk", List.of("127.94.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoebere-rungsted.dk", List.of("127.94.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postsprint.com", List.of("127.94.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelvagten-hoersholm.dk", List.of("127.94.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.hoersholm-fiber.dk", List.of("127.94.28.1"), "-all", null, null);
        domain("relay.rungsted-net.dk", List.of("127.94.29.1"), "-all", null, null);
        domain("havnebooker.io", List.of("127.94.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("turnusfyr.dk", List.of("127.94.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("tegnogsign.dk", List.of("127.94.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", "none", null};
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
        switch (Math.floorMod(sha256("no94:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "HK-" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "F36-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "2036-" + (1_000 + rnd.nextInt(800));
            default:
                return "R" + (71_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@horsholm.dk", "efaktura@horsholm.dk", "kreditor@horsholm.dk",
        "okonomi@horsholm.dk", "teknik@horsholm.dk", "skoler@horsholm.dk", "aeldre@horsholm.dk", "havn@horsholm.dk",
        "ejendom@horsholm.dk", "indkob@horsholm.dk", "idraet@horsholm.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf94:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(32_000_000 + Math.floorMod(sha256("cvr94:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(82_000_000 + Math.floorMod(sha256("fi94:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "usserod-varmevaerk.dk" -> "Gydevej 3, 2970 Hørsholm";
            case "vallerod-koleteknik.dk" -> "Vallerødgade 14, 2960 Rungsted Kyst";
            case "rungsted-lofteteknik.dk" -> "Rungsted Havn 28, 2960 Rungsted Kyst";
            case "dronningedammen-springvand.dk" -> "Slotsvej 9, 2970 Hørsholm";
            case "breelte-anlaeg.dk" -> "Breeltevej 41, 2970 Hørsholm";
            case "ubberod-tomrer.dk" -> "Ubberødvej 62, 2970 Hørsholm";
            case "sophienlund-maler.dk" -> "Sophienlundvej 7, 2970 Hørsholm";
            case "hoersholm-rengoering.dk" -> "Hørsholm Kongevej 30, 2970 Hørsholm";
            case "kystposten.dk" -> "Usserød Kongevej 12, 2970 Hørsholm";
            case "usserod-vognmand.dk" -> "Usserød Mølle 4, 2970 Hørsholm";
            case "rungstedkyst-el.dk" -> "Rungsted Strandvej 119, 2960 Rungsted Kyst";
            case "vallerod-vvs.dk" -> "Vallerød Banevej 6, 2960 Rungsted Kyst";
            case "hoersholm-madservice.dk" -> "Stadionalle 2, 2970 Hørsholm";
            case "hoersholm-traelast.dk" -> "Industrivej 21, 2970 Hørsholm";
            case "ubberod-data.dk" -> "Hovedgaden 5, 2970 Hørsholm";
            case "folehave-bus.dk" -> "Folehavevej 88, 2970 Hørsholm";
            case "hoersholm-kontorforsyning.dk" -> "Hørsholm Midtpunkt 11, 2970 Hørsholm";
            case "rungsted-havnesmedie.dk" -> "Havnevej 3, 2960 Rungsted Kyst";
            case "folehave-naturpleje.dk" -> "Skovvej 2, 2970 Hørsholm";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with a seller line, a billed-to line and one amounts line; a service
     * report with labour, call-out and materials and the FI line (card 71); a charge for a period under an agreement, fixed
     * and variable parts and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Faktureres til: " + KOMMUNE + ", " + RAADHUS + " (EAN " + EAN + ")");
                l.add("Udstedt " + dottedDay(m, 0) + " | Vores reference: " + s.person());
                l.add("Leveret: " + s.what());
                l.add("Beløb uden moms " + a.net() + " | Moms 25 % " + a.vat() + " | I alt DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage, senest " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Betaling til " + account + " med fakturanummeret som tekst");
                }
            }
            case 1 -> {
                head = "Servicerapport og faktura " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + " / CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " / EAN " + EAN);
                l.add("Opgave: " + s.what());
                long hours = a.ore() * 47 / 100;
                long drive = a.ore() * 11 / 100;
                l.add("Arbejdsløn " + kr(hours) + " / Udkald og kørsel " + kr(drive) + " / Materialer " + kr(a.ore() - hours - drive));
                l.add("Sum før moms " + a.net() + ", heraf moms " + a.vat() + ", total " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + writtenDay(m, 21) + (account == null ? "" : " til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Aftalenummer " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " for " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -30) + " til " + dottedDay(m, -1) + ": " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Fast del " + kr(fixed) + " / Variabel del " + kr(a.ore() - fixed));
                l.add("Netto " + a.net() + " / Moms " + a.vat() + " / Til betaling DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist " + dashedDay(m, 14) + (account == null ? "" : ", konto " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Hørsholm Kommune " + no + ".pdf", "FAK" + no + ".pdf",
            "invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Hørsholm Kommune", "Til kreditorbogholderiet", "Goddag", "Hej alle",
        "Att.: Kreditorer", "Kære Hørsholm Kommune", "Hej Økonomi", "Til rette vedkommende"};

    private String phone() {
        return "45 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig94:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nMvh.\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " - " + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_400_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura " + no + " fra " + s.name(), "Fakturanr. " + no + " - " + KOMMUNE,
            s.name() + ": faktura vedhæftet", "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, "Faktura til betaling, nr. "
            + no, "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede PDF finder I faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms, og sidste "
                + "betalingsdag er " + writtenDay(m, 30) + ".";
            case 2 -> "Den elektroniske udgave er sendt til EAN " + EAN + " samtidig. PDF'en er kun til orientering, så undgå "
                + "dobbeltbetaling.";
            case 3 -> "Tak for et godt samarbejde. Fakturaen for arbejdet ligger som bilag.";
            case 4 -> "Fakturanummer: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfald: " + dashedDay(m, 30);
            case 5 -> "Vedhæftet er fakturaen for de ydelser, der er leveret efter aftale. Jeres ordrenummer er påført.";
            case 6 -> "Her er fakturaen for sidste måneds leverancer. Ring endelig, hvis noget skal rettes.";
            default -> "Se venligst den vedhæftede faktura.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 2) {
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
        if (List.of(varme, rengoer, mad, koel, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, kran, spring, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Ådalsparkvej 2", "Hørsholm", "2970", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        plantAgreement = "KA-HS-" + (3_100 + rnd.nextInt(700));
        craneCertificate = "LC-" + (5_200 + rnd.nextInt(600));
        fountainLog = "DD-" + (710 + rnd.nextInt(200));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == koel ? List.of("Serviceaftale " + plantAgreement + ": ammoniakanlæg 2 x 180 kW, Skøjtehallen")
                : s == kran ? List.of("Certifikat " + craneCertificate + ": mastekran 3 t og bådlift 25 t, Rungsted Havn")
                : s == spring ? List.of("Driftsjournal " + fountainLog + ": springvandet i Dronningedammen, sæsonstart") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af havnefogeden"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted harbour smithy (SPF only, no DMARC) invoices ladders on the north mole, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsnr. HK-" + (21_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@horsholm.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Hørsholm Bibliotek, nyt udlån" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nKvitterede følgesedler ligger med som bilag." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "foelgesedler-samlet.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Hørsholm", "Kolli i alt: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader gips var knækket ved leveringen og er hentet retur."},
            {kontor, "Kreditnota til faktura ", "Tonerpatronerne til den gamle printer passede ikke, og de er sendt tilbage."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (600 + rnd.nextInt(400));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@horsholm.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " I får derfor kreditnota " + no + " på " + a.gross() + " kr., som "
                    + "kan trækkes fra ved næste betaling til os." + signature(s))
                .attach("application/pdf", "KN_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi er nedenstående faktura ikke betalt endnu. Hvis "
            + "pengene allerede er sendt, skal I blot se bort fra denne mail."},
            {entrep, "Rykker 1", "Fakturaen er nu otte dage over forfald. Der er ikke beregnet rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@horsholm.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som betales til den sædvanlige konto, " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato: se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@horsholm.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej kreditor\n\nTil brug for jeres afstemning: vi har modtaget betaling for faktura " + p.no() + ", og saldoen "
                + "er nu nul." + signature(s));
        genuine(m, s.ip());
        m.description = "usserod-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String ref = "HK-" + (63_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@horsholm.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Goddag\n\nVores nye regnskabsprogram er endnu ikke koblet på NemHandel, så denne gang får I XML-filen som "
                    + "vedhæftning med en PDF ved siden af. Kontonummeret er uændret. Hvis samme faktura også dukker op i jeres "
                    + "e-fakturasystem, er det den samme, og den skal kun betales én gang.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Jeres ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"tallyhus.dk", "fakturastrom.dk", "betalingsbud.dk", "regnebrev.io"};
        Supplier[] who = {natur, smed, skoejte, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "b-" + sha256("plat94:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "RB-" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Regnebrev", "faktura@regnebrev.io", "aeldre@horsholm.dk", "Regning " + no + " - vikartimer november")
                    .text("Til " + KOMMUNE + ", Ældre og Sundhed\n\nHer er regningen for de vikartimer i hjemmeplejen, som "
                        + "jeres områdeleder har attesteret for november (112 timer). Vikarerne er ansat og lønnet hos os.\n\n"
                        + "Beløb " + a.gross() + " kr., forfald " + dottedDay(m, 20) + ".\n\nRegnebrev")
                    .attach("application/pdf", "Regnebrev-" + no + ".pdf", Attachments.pdf(docId(m, "rb"), "Regning " + no,
                        List.of("Regnebrev ApS", "Kunde: " + KOMMUNE + ", Ældre og Sundhed", "Vikartimer november 2036: 112",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "30000004577102"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform regnebrev.io invoices attested temp-staff hours under its own name";
                continue;
            }
            String no = "T" + (410_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], i == 1 ? "havn@horsholm.dk" : "idraet@horsholm.dk",
                "Faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har sendt jer en faktura på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14) + ".</p>"
                    + "<p>Fakturaen ligger som PDF i denne mail. Svarer du på mailen, lander svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, skoejte, tolk, pianist, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, derfor er der ikke lagt moms på."
                : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "NK-" + (36_400 + rnd.nextInt(500));
        Amount a = amount(900_000);
        headers(m, "Neumünster Kältetechnik", addr(tysk), "idraet@horsholm.dk", "Rechnung " + no + " Eishalle Hørsholm")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die Ersatzteile (Ventile und "
                + "Dichtungen) für die Ammoniak-Kälteanlage Ihrer Eishalle. Steuerschuldnerschaft des Leistungsempfängers.\n\n"
                + "Mit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "RE-" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Neumünster", "Kunde: " + KOMMUNE + ", Hørsholm Skøjtehal", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Bankverbindung " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "LL" + (5_200 + rnd.nextInt(700));
        headers(m, "Landskrona Lyftkontroll", addr(svensk), "havn@horsholm.dk", "Faktura " + no + " - lastprovning")
            .text("Hej,\n\nBifogat finns fakturan för lastprovningen av mastkranen i Rungsted hamn, där vi lånade ut "
                + "provvikter till er besiktningsfirma. Betalning till kontot på fakturan.\n\nVänliga hälsningar\nEkonomi, "
                + "Landskrona Lyftkontroll AB")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE + ", Rungsted Havn", svensk.what(), "Att betala SEK "
                    + kr(a.ore() * 3 / 2), "Betalas till " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(300_000);
        headers(m, "Havnebooker Billing", "billing@havnebooker.io", "havn@horsholm.dk", "Your Havnebooker invoice for December")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for your Havnebooker plan (berth booking and guest "
                + "harbour payments for Rungsted Havn, 780 berths). An e-invoice copy has been sent to EAN " + EAN + ".\n\n"
                + "Total due DKK " + a.gross() + "\n\nThe Havnebooker team")
            .attach("application/pdf", "havnebooker-invoice.pdf", Attachments.pdf(docId(m, "hb"), "Invoice",
                List.of("Havnebooker ApS", "Customer: " + KOMMUNE, "Plan December 2036, 780 berths", "DKK " + a.gross())));
        genuine(m, "127.94.30.1");
        m.description = "SaaS havnebooker.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(300_000);
        headers(m, "Turnusfyr", "kvittering@turnusfyr.dk", "aeldre@horsholm.dk", "Kvittering - Turnusfyr licens")
            .text("Hej\n\nTak for betalingen af jeres Turnusfyr-licens til vagtplanlægning i hjemmeplejen og på "
                + "plejecentrene (140 brugere). Der er trukket " + a.gross() + " kr. på kortet, der ender på 7731.\n\nTurnusfyr");
        genuine(m, "127.94.31.1");
        m.description = "SaaS turnusfyr.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("5470", "0004618832");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@horsholm.dk", "Skift af bank pr. 1. december")
            .text("Kære kreditorafdeling\n\nUbberød Tømrer & Snedker har flyttet erhvervskontoen til Sparekassen. Fakturaer dateret "
                + "1. december 2036 og frem skal betales til " + nyT + ", mens ældre fakturaer betales til kontoen, der står "
                + "på dem.\n\nVil I have skiftet bekræftet, så ring til mig på det nummer, der står på vores tidligere "
                + "fakturaer." + signature(toemrer))
            .attach("application/pdf", "Bankskift.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Ny konto: " + nyT,
                    "Rasmus Lind, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye garderobeskabe i personalerummet, Usserød Skole");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036 som meddelt"), "\n\nBemærk, at betalingen nu går til den "
            + "nye konto, som vi skrev om.");
        genuine(m, toemrer.ip());
        m.description = "ubberod-tomrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "30000004629914");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Hørsholm Madservice, Økonomi", addr(mad), "kreditor@horsholm.dk", "Ny kontoforbindelse fra december")
            .text("Til " + KOMMUNE + ", kreditor og Ældre og Sundhed\n\nHørsholm Madservice skifter hovedbank, fordi vores "
                + "koncern samler alle selskaber ét sted. Fakturaer med dato 1. december 2036 eller senere betales til " + nyM
                + ". Indbetalinger til den gamle konto modtages frem til udgangen af januar. Samme meddelelse er sendt til "
                + "jeres virksomhedspostkasse i Digital Post med underskrift.\n\nVenlig hilsen\nHørsholm Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny betalingskonto fra 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "hoersholm-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=q7Xd=LB=kystposten.dk=annonce@srs.hoersholm-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.94.28.1";
        m.helo = "srs.hoersholm-fiber.dk";
        m.description = "kystposten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.rungsted-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.rungsted-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"bogholderkreds-hoersholm.dk", "Hanne Vestergaard", "hv@", "Regning for ammoniakanlæg i ishal?",
            "Hej kolleger\n\nVores skøjtehal har fået en regning for 'akut ventilskift på ammoniakanlægget' fra et firma, der "
                + "minder om vores køletekniker, men med et andet kontonummer. Er der andre med ishaller, der har set noget "
                + "lignende?\n\nHanne"},
            {"indkoebere-rungsted.dk", "Mikkel Strand", "ms@", "Havnekraner: certifikat mod betaling",
                "Hej\n\nEn lystbådehavn i vores netværk fik en mail om, at kranens eftersynscertifikat først udleveres, når en "
                    + "faktura er betalt. Den rigtige inspektør kendte intet til det.\n\nMikkel"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditornet-nordsjaelland.dk", x[3])
                .header("List-Id", "Kreditornet Nordsjælland <debat.kreditornet-nordsjaelland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-nordsjaelland.dk", "[Kreditornet] ", "\r\n-- \r\nKreditornet Nordsjælland\r\n"
                + "Afmeld listen: https://kreditornet-nordsjaelland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelvagten-hoersholm.dk", "Svindelvagten", "Ishaller, havnekraner og springvand: nye falske regninger",
            "Svindlere sender nu regninger for køleanlæg, kraneftersyn og pumpeservice, hvor de bruger rigtige aftale- og "
                + "certifikatnumre. Kontakt leverandøren på et telefonnummer, I selv har, før I ændrer en konto."},
            {"hoersholm-revision.dk", "Hørsholm Revision", "Decemberbrev: revisorens noter før regnskabsafslutningen",
                "I år har vi tre ønsker til de kommunale kunder på kysten: luk kreditorer uden bevægelser i to år, gem "
                    + "kvitteringen for hver telefonisk kontrol af nye kontonumre sammen med bilaget, og lad Skøjtehallens og "
                    + "havnens kontantkasser tælle op af to personer den sidste hverdag i december. Vores kontor på "
                    + "Usserød Kongevej holder lukket mellem jul og nytår."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "nl-" + sha256("nl94:" + x[0]).substring(0, 14) + "@postsprint.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@horsholm.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere "
                    + "på hjemmesiden</a></p><p style=\"font-size:9px\">Du modtager denne mail, fordi du er tilmeldt.</p>"
                    + "</body></html>");
            m.signers.add(x[0]);
            m.signers.add("postsprint.com");
            m.ip = "127.94.26.1";
            m.helo = "mta.postsprint.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postsprint.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Idræt og Fritid", "idraet@", "kreditor@horsholm.dk", "Ammoniakanlægget i Skøjtehallen",
            "Hej kreditor\n\nAl service på køleanlægget i Skøjtehallen udføres af Vallerød Køleteknik under serviceaftalen. "
                + "Ekstra besøg bestilles altid af hallens driftsleder, og fakturaen har aftalenummeret på. Får I andre regninger "
                + "for anlægget, så send dem til mig, før noget betales.\n\nIdræt og Fritid"},
            {"Rungsted Havn, havnekontoret", "havn@", "kreditor@horsholm.dk", "Eftersyn af mastekran og bådlift",
                "Hej\n\nKranen og bådliften efterses af Rungsted Løfteteknik. Certifikatet kommer gratis sammen med "
                    + "rapporten og bliver aldrig holdt tilbage for betaling.\n\nHavnekontoret"},
            {"Vej og Park", "vejpark@", "ledere@horsholm.dk", "Springvandet i Dronningedammen",
                "Kære ledere\n\nSpringvandet passes af Dronningedammens Springvandsservice, og arbejdet bestilles af Vej og "
                    + "Park. Regninger for pumper eller rensning, som ingen her har bestilt, sendes videre til os.\n\nVej og Park"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Kystsparekassen, Erhverv", "erhverv@kystsparekassen.dk", "okonomi@horsholm.dk", "Betalingsfil modtaget")
            .text("Kære kunde\n\nDen betalingsfil, I sendte i dag, indeholder 214 betalinger og gennemføres på næste bankdag. "
                + "Status kan følges i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nKystsparekassen");
        genuine(m, "127.94.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Sundbanken Erhverv", "info@sundbanken-erhverv.dk", "okonomi@horsholm.dk", "Nye priser på valutaoverførsler")
            .text("Til erhvervskunder\n\nPr. 1. februar justeres priserne på overførsler i fremmed valuta. Den nye prisliste kan "
                + "ses i netbanken under Dokumenter.\n\nSundbanken Erhverv");
        genuine(m, "127.94.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("ice-rink-ammonia-plant-invoice", true);
        invoice(m, koel, koel.account(), 7, List.of("Serviceaftale " + plantAgreement + ", 4. kvartal 2036",
            "Kontrol af lækagealarm, olieskift på kompressor 2"), "\n\nServicerapporten er lagt i hallens logbog.");
        genuine(m, koel.ip());
        m.description = "the refrigeration firm's quarterly service of the ice hall's ammonia plant (SPF+RSA aligned, no DMARC)";
        m = ok("marina-mast-crane-inspection-invoice", true);
        invoice(m, kran, kran.account(), 10, List.of("Certifikat " + craneCertificate + " fornyet",
            "Belastningsprøve mastekran 3 t, visuel kontrol bådlift"), "\n\nDet fornyede certifikat og rapporten er vedhæftet "
            + "hos havnekontoret i vores portal.");
        genuine(m, kran.ip());
        m.description = "the lifting-gear firm invoices the yearly crane inspection under its certificate (DKIM only, p=quarantine)";
        m = ok("fountain-pump-service-invoice", true);
        invoice(m, spring, spring.account(), 12, List.of("Driftsjournal " + fountainLog + ", vinterlukning",
            "Pumpe taget op, dyser afkalket, filter rengjort"), "\n\nPumpen står tørt i vores værksted til april.");
        genuine(m, spring.ip());
        m.description = "the fountain firm invoices the winter shutdown of the Dronningedammen fountain (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Rungsted Løfteteknik", addr(kran), "havn@horsholm.dk", "Ny inspektør fra januar")
            .text("Kære havnekontor\n\nFra januar er det vores kollega Jonas, der kommer til eftersynene i Rungsted Havn. "
                + "Certifikat " + craneCertificate + " fortsætter uændret, og alt sker under den eksisterende aftale. Vi "
                + "sender aldrig regninger uden en bestilling fra jer.\n\nRungsted Løfteteknik");
        genuine(m, kran.ip());
        m.description = "the lifting-gear firm announces a new inspector, no payment";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Nordkyst Affald I/S", "opkraevning@nordkyst-affald.dk", "efaktura@horsholm.dk", "Acontobidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt er opkrævningen af acontobidraget for fjerde kvartal. Den er også sendt "
                + "elektronisk til jeres EAN.\n\nNordkyst Affald I/S")
            .attach("application/pdf", "Acontobidrag-4kv.pdf", Attachments.pdf(docId(m, "aff"), "Acontobidrag 4. kvartal 2036",
                List.of("Nordkyst Affald I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "54700004638105"))));
        genuine(m, "127.94.10.1");
        m.description = "intermunicipal waste company's quarterly on-account contribution";
        m = ok("authority-notice", false);
        headers(m, "Arbejdstilsynet, Nordsjælland", "tilsyn@arbejdstilsynet-nordsjaelland.dk", "havn@horsholm.dk",
            "Varsling af tilsyn med løfteudstyr")
            .text("Til Hørsholm Kommune, Rungsted Havn\n\nVi kommer på et almindeligt tilsyn med havnens kraner og løfteudstyr "
                + "i januar og beder om at se de gældende certifikater. Tilsynet er gratis for jer.\n\nArbejdstilsynet");
        genuine(m, "127.94.10.2");
        m.description = "authority announces an inspection of lifting gear, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@tegnogsign.dk";
        headers(m, "Hørsholm Egnsmuseum via Tegn og Sign", "noreply@tegnogsign.dk", "kultur@horsholm.dk",
            "Til underskrift: udlånsaftale")
            .header("Reply-To", "<udstilling@hoersholm-egnsmuseum.dk>")
            .text("Hørsholm Egnsmuseum beder jer underskrive 'Udlånsaftale - malerier til Rådhusets foyer'.\n\nDokumentet "
                + "ligger på jeres konto hos Tegn og Sign.\n\nTegn og Sign");
        genuine(m, "127.94.32.1");
        m.description = "real e-signature request from tegnogsign.dk on behalf of the local museum";
        m = ok("receipt", false);
        headers(m, "Usserød Isenkram", "kvittering@usserod-isenkram.dk", "havn@horsholm.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n4 fendere og 2 bådshager. Betalt med kommunens indkøbskort.\n\nUsserød Isenkram");
        genuine(m, "127.94.10.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Rungsted Privatskole", "bogholderi@rungsted-privatskole.dk", "okonomi@horsholm.dk", "Betalingsadvisering")
            .text("Hej\n\nVi har i dag overført 18.600 kr. for leje af istid i Skøjtehallen i efteråret.\n\nRungsted Privatskole");
        genuine(m, "127.94.10.4");
        m.description = "a private school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Rungsted Sejlklub", "kontor@rungsted-sejlklub.dk", "havn@horsholm.dk", "Bekræftelse: leje af klubhus")
            .text("Hej\n\nVi bekræfter, at havnens personale kan bruge klubhuset til julefrokost den 12. december. Regningen "
                + "kommer senere via EAN.\n\nRungsted Sejlklub");
        genuine(m, "127.94.10.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250000012345678"), iban("DK", "89900006231187"), bank("5301", "0004527719"),
        iban("EE", "3310102210084471"), iban("PL", "611090101400000712198812"), iban("GB", "REVO00997012345678"),
        iban("IE", "AIBK93118212345678"), iban("NL", "RABO0312345678"), iban("DE", "100110012622334455"),
        iban("HU", "117730160111110180000000"), iban("RO", "BTRL0130120593041101"), iban("BG", "BUIN95611000678901"),
        iban("CY", "002001280000001200527600"), bank("9070", "0002143389"), iban("MT", "MALT011000012345MTLCAST001S"),
        iban("SE", "80000081051234567890"), iban("LT", "7070000155550001"), iban("DK", "13550004470331")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nPå repræsentantskabsmødet i Usserød "
            + "Forsamlingshus 9/10 stemte andelshaverne for at flytte værkets debitorstyring til et afregningskontor i Aarhus, "
            + "der i forvejen klarer det for fire andre små værker. Vores konto i lokalafdelingen sagde vi op med udgangen af "
            + "november. Derfor står afregningskontorets konto på denne opkrævning for Rådhuset, biblioteket og Usserød Skole, "
            + "og den skal også bruges til acontoraterne i 2037 - ligger der en fast overførsel hos jer, så ret den inden næste "
            + "rate. Spørgsmål om målerstande tager Ib og Dorthe på værket stadig gerne.");
        forged(m, forgedHost++);
        m.description = "forged From usserod-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 6, List.of(), "", "Kære annoncekunde\n\nTusind tak for stillingsopslagene "
            + "til hjemmeplejen og for lokalplanforslaget om Rungsted Havn i efterårets numre. Kystposten hører siden 1/11 "
            + "under en mediegruppe med hovedkontor i Manchester, og alle annoncer afregnes nu af gruppens shared service "
            + "center derovre. Den gamle danske konto er opsagt, og penge dertil bliver ikke sendt videre. Brug derfor den "
            + "britiske konto nederst på fakturaen. Redaktionen og annoncefolkene på Usserød Kongevej er de samme som før.");
        forged(m, forgedHost++);
        m.description = "forged From kystposten.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"usserod-varmevaerk.com", varme, "I uge 44 blev vores kundesystem lagt over på en ny "
            + "platform, og ved flytningen fulgte et par gamle kontonumre med ud til de kommunale kunder. Driftsleder Ib beder "
            + "jer derfor slette nummeret i jeres kreditorkort og fremover kun betale til det, der står på denne opkrævning. "
            + "Aflæsningen af Rådhusets hovedmåler og bibliotekets bimåler ligger som altid i bilaget."},
            {"breelte-anlag.dk", entrep, "Fliserne i skolegården ved Breelteskolen er lagt færdig. Da firmaet har fået ny ejer, "
                + "er bankforbindelsen også ny - se kontoen nederst på fakturaen."},
            {"horsholm-traelast.dk", byg, "Samlefaktura for Ejendomscentrets afhentninger hos "
                + "Proffen i november: spånplader til Usserød Skole, mineraluld til pavillonen ved Breelteparken og en palle "
                + "beslag. Trælasten er købt op af en kæde fra Kolding, og fra mandag kører alle indbetalinger gennem kædens "
                + "bank; overførsler til det gamle nummer bliver afvist automatisk. Det rigtige nummer står i PDF'ens nederste "
                + "linje."},
            {"rungstedkyst-elservice.dk", el, "Seksten nye el-standere sidder nu på bro 3 og 4, og "
                + "værkstedet og toiletbygningen i Havnehuset har fået LED-armaturer. Havnefoged Kim har kvitteret. Samtidig "
                + "har vores revisor i Helsingør flyttet firmaets forretning til en anden bank, så fakturaen skal betales til "
                + "kontoen i den vedhæftede PDF - den I har i systemet, lukker ved årsskiftet."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 2, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 5, List.of("Nye betalingsoplysninger fra " + dottedDay(m, -2)), "",
            "Proffen fremsender novemberfakturaen for det, Ejendomscentrets tømrere har hentet på lageret på Industrivej: "
                + "gipsplader, skruer og fugemasse til ombygningen af tandklinikken. Efter vores bankskifte er "
                + "betalingsoplysningerne nye, og de gælder for denne og alle senere fakturaer. Ret gerne kreditorkortet med det "
                + "samme, så januarbetalingen også lander det rigtige sted.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as hoersholm-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@horsholm.dk", "Fortroligt: deponering i dag")
            .text("Goddag\n\nBorgmesteren har her til morgen fået tilsagn om at kunne købe en byggegrund ved Rungsted Havn, inden "
                + "den udbydes offentligt. Køberens advokat kræver et depositum på 425.000 kr. indsat på " + mule(14) + " før "
                + "klokken 12, ellers går handlen til en privat bygherre. Skødet følger, når handlen er tinglyst. Ingen må "
                + "kende til sagen, før Økonomiudvalget har fået den forelagt.\n\nSekretariatet");
        ownedBy(m, d);
        m.description = "IDN " + d + " (hørsholm.dk with ø) posing as our municipality: secret land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Tallyhus", "paamindelse@tallyhus-hoersholm.dk", "idraet@horsholm.dk",
            "Ubetalt faktura - gebyr i nat")
            .html("<html><body><p>Hej " + KOMMUNE + ", Idræt og Fritid</p><p>For tre uger siden sendte Sanne Holm fra <b>"
                + natur.name() + "</b> en regning for rydning af pilekrat langs Usserød Å bag Skøjtehallen. Den er endnu ikke "
                + "registreret som betalt hos Tallyhus, og i nat tilskrives 100 kr. i rykkergebyr. Slip for gebyret ved at "
                + "betale med kort nu - Sanne får besked, lige så snart pengene er trukket:</p><p><a href=\"https://"
                + "tallyhus-hoersholm.dk/betal/" + sha256("th94").substring(0, 18) + "\">Betal nu</a></p>"
                + "<p>Tallyhus</p></body></html>");
        ownedBy(m, "tallyhus-hoersholm.dk");
        m.description = "look-alike of the platform tallyhus.dk: 'fee tonight' card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Fakturastrøm", "faktura@fakturastrom-rungsted.com", "havn@horsholm.dk", smed.name() + " - ny faktura")
            .text("Hej havnekontor\n\nClaus Eriksen fra " + smed.name() + " har overdraget sine åbne fakturaer til "
                + "Fakturastrøm, fordi smedien fra december kun tager imod betaling gennem os. Regningen for lejderne og "
                + "fortøjningsringene på Nordmolen er vedhæftet. Beløbet sættes ind på vores klientkonto, " + mule(15) + ", og "
                + "vi afregner med smedien hver fredag. Penge sendt direkte til Claus kan vi ikke modregne i fakturaen.\n\n"
                + "Venlig hilsen\nFakturastrøm, kundeteamet")
            .attach("application/pdf", "fakturastrom-" + (4_300 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("fakturastrom-rungsted.com", mule(15)), "Faktura", "FS-" + (9_200 + rnd.nextInt(700)),
                amount(300_000), mule(15), 0, List.of("Opkræves af Fakturastrøm")));
        ownedBy(m, "fakturastrom-rungsted.com");
        m.description = "look-alike of fakturastrom.dk: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 9, List.of("Fordringen er overdraget - se følgebrev"), "", "Lidt nyt fra os: "
            + "Hørsholm Erhvervsrengøring har fra 1. december solgt sine fakturaer videre til et svensk factoringhus, fordi "
            + "vi har ansat elleve nye rengøringsassistenter til Skøjtehallens weekendturnus og skal have likviditet til "
            + "lønnen. Novemberregningen for Rådhuset, biblioteket og omklædningsrummene bag isbanen skal derfor betales "
            + "til " + mule(16) + ", som er factoringhusets konto. Dorte fra vores kontor er på barsel, og jeg selv "
            + "sidder til budgetforhandling med tillidsfolkene resten af ugen med slukket telefon; skriv her, hvis noget "
            + "driller, så svarer jeg i pauserne.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of hoersholm-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@horsholm.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nJeg fik ikke skrevet det i min forrige mail: banken har fastfrosset vores driftskonto, mens de "
                + "gennemgår alle erhvervskunder i Hørsholm-afdelingen efter hvidvaskreglerne, og det plejer at tage tre-fire "
                + "uger. Fakturaen for skolernes trådløse net og Chromebooks, " + p.amount().gross() + " kr., skal derfor "
                + "undtagelsesvis til " + mule(17) + ". Fra januar er det den gamle konto igen; jeg skriver, når spærringen "
                + "er hævet.\n\nDebitor\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of ubberod-data.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "ubberod-tomrer.net"}, {mad, "hoersholm-madservice.net"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@horsholm.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nTak for den hurtige godkendelse af faktura " + p.no() + " (" + p.amount().gross() + " kr.). "
                    + "Lone, som fører vores bøger, har i dag gået årets fakturaer igennem og fundet ud af, at skabelonen i "
                    + "fakturaprogrammet stadig hentede et kontonummer fra før vores bankskifte i foråret - også på jeres. "
                    + "Pengene skal derfor ind på " + mule(i + 3) + ". Send mig en linje, når kreditorkortet er rettet, så vi "
                    + "kan lukke sagen før månedsafslutningen.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "okonomi@horsholm.dk", "Tilskud til juleløbet - haster")
            .text("Hej\n\nJulestafetten i Folehave Skov har haft et hul i budgettet, siden en sponsor sprang fra i sidste uge. "
                + "Jeg har på kommunens vegne lovet arrangørerne 85.000 kr. af Kultur- og Fritidsudvalgets pulje, så de kan "
                + "betale tidtagerfirmaet og teltudlejeren i dag, og jeg orienterer udvalget på næste møde. Beløbet går til "
                + mule(7) + ". Jeg sidder i KKR i Hillerød resten af eftermiddagen uden telefon, men en mail når mig.\n\n"
                + "Borgmesteren");
        forged(m, forgedHost++);
        m.description = "forged horsholm.dk (p=reject) from outside: the mayor's urgent grant to a Christmas run";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "okonomichef@" + OWN, "kreditor@horsholm.dk", "Ny konto for Vallerød VVS")
            .text("Hej\n\nIndehaveren af Vallerød VVS & Blik ringede i formiddags. Efter en strid med deres gamle bank om en "
                + "kassekredit har de flyttet alt til et andet pengeinstitut, og betalingerne for servicen på varmecentralen på "
                + "Vallerød Skole skal fremover gå til " + mule(8) + ". Ret kreditorkortet inden betalingskørslen klokken 14. "
                + "Jeg har selv godkendt ændringen, så den skal ikke attesteres af andre.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged horsholm.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektor.hoersholm@gmail.com", "okonomi@horsholm.dk", "Har du fem minutter?")
            .text("Hej\n\nEr du på Rådhuset i dag? Jeg sidder i salen i Aalborg Kongres- og Kulturcenter, og min kommunale pc "
                + "vil ikke på hotellets net, så jeg skriver fra den private adresse. Der er dukket en sag op med en ekstern "
                + "rådgiver, som skal have penge i dag, og den skal helst ikke rundt i den normale attestation, før byrådet "
                + "har hørt om den. Skriv tilbage hertil, så får du beløb og kontonummer.\n\nKommunaldirektøren\nSendt fra "
                + "min Galaxy");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'at a summit'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.horsholm@outlook.com", "indkob@horsholm.dk", "En tjeneste")
            .text("Hej\n\nDe frivillige på Rungsted Havns julemarked har knoklet tre weekender i træk, og jeg vil gerne "
                + "overraske dem, når vi tænder juletræet på molen i aften. Vil du købe 15 elektroniske gavekort til 1.000 "
                + "kr. stykket hos en af de store kæder og maile mig koderne før klokken 15? Mit kort ligger derhjemme, men "
                + "jeg lægger pengene tilbage, så snart jeg er på Rådhuset i morgen tidlig.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // display-name-abuse (free mail)
        m = bad("display-name-abuse");
        headers(m, byg.name(), "hoersholm.traelast.proff@gmail.com", "ejendom@horsholm.dk", "Ordrebekræftelse og forudbetaling")
            .text("Hej Ejendomscentret\n\nVores mailserver er nede efter et angreb, så vi skriver herfra. De bestilte "
                + "vinduespartier til Usserød Skole kan kun reserveres mod forudbetaling af 60 %, i alt 97.500 kr., til "
                + mule(0) + ". Resten faktureres ved levering.\n\nProffen, " + byg.name());
        genuine(m, GMAIL);
        m.description = "display name of the listed builders' merchant on a gmail address, prepayment to an LT IBAN";
        m = bad("display-name-abuse");
        headers(m, varme.name(), "usserod.varmevaerk@outlook.com", "kreditor@horsholm.dk", "Varmeopkrævning - rettet konto")
            .text("Hej\n\nVi har haft nedbrud i vores mailsystem og skriver derfor fra denne adresse. Den opkrævning, I har fået "
                + "for november, havde en fejl i kontonummeret. Det korrekte er " + mule(13) + ".\n\nKundeservice");
        genuine(m, MSFT);
        m.description = "display name of the district heating plant on an outlook address, 'corrected' account";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Maria Kjeldsen", "maria.kjeldsen.hh@gmail.com", "lon@horsholm.dk", "Skift af lønkonto")
            .text("Kære lønkontor\n\nJeg er Maria, social- og sundhedshjælper i nattevagten på Breelteparken, afsnit Bøgen. "
                + "Banken lukkede min lønkonto, da jeg fik ny telefon og ikke kunne bekræfte, hvem jeg var, og nu har jeg fået "
                + "en konto i en app-bank: " + mule(1) + ". Medarbejderportalen kan jeg heller ikke komme på, for MitID-appen "
                + "er ikke flyttet over endnu. Kan I ikke ændre kontoen, så det gælder fra lønnen den sidste? Birthe, min "
                + "leder, ved besked.\n\nVh Maria Kjeldsen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a night care worker";
        m = bad("payroll-account-change");
        headers(m, "Anders Holm", "anders.holm.rungsted@hotmail.com", "lon@horsholm.dk", "Lønkonto")
            .text("Hej\n\nJeg er havnemedarbejder i Rungsted og flytter til Irland efter nytår, hvor jeg har åbnet en konto. "
                + "Lønnen skal allerede fra december udbetales til " + mule(6) + ".\n\nHilsen Anders");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Hørsholm Inkasso", "sag@hoersholm-inkasso.dk", "kreditor@horsholm.dk", "Inkassovarsel: "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nVores klient, " + inkasso[i].name() + ", har bedt os inddrive faktura " + p.no()
                    + " på " + p.amount().gross() + " kr., som klienten fortsat har stående åben. Med 700 kr. i gebyr efter "
                    + "inkassobekendtgørelsen skal hele kravet stå på klientkontoen " + mule(i + 9) + " senest tredje hverdag "
                    + "fra i dag. Ellers går sagen uden nyt varsel til fogedretten i Hillerød, og kommunen indberettes til RKI. "
                    + "Indsigelser behandles kun skriftligt via denne adresse.\n\nHørsholm Inkasso\nsagsbehandler Per "
                    + "Damgaard");
            ownedBy(m, "hoersholm-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-hoersholm.com", "it@horsholm.dk", "Adgangen til MitID Erhverv spærres")
            .html("<html><body><p>Kære administrator</p><p>Organisationens oplysninger skal godkendes igen. Hvis det ikke er "
                + "gjort inden 24 timer, spærres MitID Erhverv for alle medarbejdere i " + KOMMUNE + ".</p><p><a href=\"https://"
                + "mitid-hoersholm.com/godkend\">Godkend organisationen nu</a></p></body></html>");
        ownedBy(m, "mitid-hoersholm.com");
        m.description = "fake MitID Erhverv lock-out with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-usserod.com", "okonomi@horsholm.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>I jeres virksomhedspostkasse ligger en afgørelse fra "
                + "Skattestyrelsen om efterbetaling af lønsumsafgift for 3. kvartal 2036 for de momsfrie dele af kommunens "
                + "drift, blandt andet Skøjtehallens udlejning af istid. Afgørelsen skal åbnes og kvitteres af en medarbejder "
                + "med fuldmagt senest fredag; derefter lægges et procenttillæg på beløbet.</p><p><a href=\"https://digitalpost-usserod.com/aabn\">"
                + "Åbn meddelelsen med MitID</a></p><p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-usserod.com");
        m.description = "fake Digital Post notice with a link";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "DK Domæner", "fornyelse@dk-domaener-hoersholm.com", "it@horsholm.dk", "Fornyelse af horsholm.dk")
            .text("Til domæneindehaveren\n\nRegistreringen af horsholm.dk udløber om fem dage. Hvis fornyelsen ikke er betalt "
                + "inden da, bliver domænet frigivet, og kommunens hjemmeside og mail holder op med at virke. Prisen for tre år "
                + "er 4.860 kr. inkl. moms og betales til " + mule(12) + ".\n\nDK Domæner, fornyelsesafdelingen");
        ownedBy(m, "dk-domaener-hoersholm.com");
        m.description = "fake renewal invoice for our own domain with a threat of shutdown, CY IBAN";
        m = bad("fake-domain-renewal");
        headers(m, "DK Domæner", "faktura@dk-domaener-hoersholm.com", "kreditor@horsholm.dk", "Faktura: rungstedhavn domænepakke")
            .html("<html><body><p>Hej havnekontoret</p><p>Vi bekræfter hermed jeres bestilling af pakken <b>rungsted-havn.dk</b>, "
                + "<b>rungstedhavn.com</b> og <b>rungstedhavn.eu</b> med optagelse i fyrre udenlandske firmakataloger i et år. "
                + "Bestillingen kom fra jeres netværk via vores webformular. Pakken aktiveres, når 7.980,00 kr. er modtaget på "
                + mule(3) + " - senest otte dage fra i dag. Fortrydelse skal ske skriftligt med ordrenummer, og der beregnes "
                + "40 % i ekspeditionsgebyr.</p><p>DK Domæner</p></body></html>");
        ownedBy(m, "dk-domaener-hoersholm.com");
        m.description = "invoice for a domain package nobody ordered, EE IBAN";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Rungsted Parkering", "afgift@rungsted-parkering.dk", "teknik@horsholm.dk", "Parkeringsafgift - Rungsted Havn")
            .html("<html><body><p>En bil registreret til kommunen holdt ved havnen uden gyldig P-billet. Afgiften på 750 kr. "
                + "betales ved at scanne QR-koden herunder inden 5 dage.</p><p><img src=\"cid:qr\" alt=\"QR\"></p>"
                + "</body></html>")
            .attach("image/png", "parkeringsafgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "rungsted-parkering.dk");
        m.description = "QR code for a parking 'fee' at the marina";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "kundecenter@vallerod-betaling.net", "okonomi@horsholm.dk", "Jeres aftaler er stoppet")
            .html("<html><body><p>Kære kunde</p><p>Jeres faste betalingsaftaler - el, telefoni og leasing af kopimaskiner - er "
                + "sat på pause, fordi den årlige kontrol af jeres CVR-nummer ikke blev gennemført. Scan koden med en telefon, "
                + "hvor MitID er installeret, inden torsdag, så starter aftalerne igen uden afbrydelse. Regninger, der ikke "
                + "bliver trukket i pausen, kan ende hos inkasso.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "vallerod-betaling.net");
        m.description = "QR code for 'stopped direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "adm@hoersholm-rengoring.dk", "kreditor@horsholm.dk", "Faktura " + no + " i zip")
            .text("Hej kreditor\n\nVores IT-mand siger, at jeres spamfilter smider vores PDF-bilag væk, så novemberfakturaen for "
                + "rengøringen er lagt i en zip-fil denne gang. Efter sammenlægningen med et rengøringsfirma fra Lyngby har vi "
                + "nye kontooplysninger, og de står i fakturaen.\n\nAdministrationen")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("hoersholm-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "hoersholm-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of hoersholm-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "kontor@vallerod-vvs.net", "kreditor@horsholm.dk", "Fakturaer november samlet")
            .text("Hej\n\nSeks regninger fra november - servicebesøg på varmecentralen på Vallerød Skole, tagrender på "
                + "gymnastiksalen og to udkald til utætte radiatorer - er pakket i et 7z-arkiv, fordi jeres server afviste "
                + "vores mail på 14 MB. Med generationsskiftet har vi fået en ny konto; brug den, der står i "
                + "fakturaerne.\n\nKontoret")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("vallerod-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "vallerod-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of vallerod-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@hoersholm-kontorforsyning.net", "indkob@horsholm.dk", "Ordre og faktura - papir")
            .text("Hej indkøb\n\nOrdrebekræftelsen på 120 kasser kopipapir og toner til Rådhusets printere er lagt sammen med "
                + "fakturaen i et Word-dokument med vores nye prisberegner. Tryk først på 'Aktivér redigering' og så på "
                + "'Aktivér indhold' i den gule bjælke, ellers er pristabellen blank. Varerne køres ud fra lageret i Hørsholm "
                + "Midtpunkt, når fakturaen er betalt.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Priserne vises, når indholdet er aktiveret.", true));
        ownedBy(m, "hoersholm-kontorforsyning.net");
        m.description = "macro-enabled .docm from a look-alike of hoersholm-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, "Debitor", "debitor@ubberod-data.net", "it@horsholm.dk", "Licensoversigt Chromebooks")
            .text("Hej IT\n\nRegnearket samler efterårets Chromebooks, administrationslicenser og reparationer på Usserød, Vallerød "
                + "og Rungsted skoler. Beløbene udregnes af en makro, så svar ja til 'Aktivér makroer', når Excel spørger. "
                + "Bankforbindelsen er skiftet, og betalingen skal til kontoen i arket og ikke den gamle.\n\nDebitor")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licensoversigt.xlsm", Attachments.excel(List.of(
                "Licensoversigt december 2036", "Chromebook og administrationslicens 520 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "ubberod-data.net");
        m.description = "macro-enabled .xlsm from a look-alike of ubberod-data.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "bente@sophienlund-malerforretning.dk", "ejendom@horsholm.dk", "Regning Breelteparken")
            .text("Hej\n\nJeg har taget et billede af regningen, fordi min printer driller. Den nye konto står forneden.\n\n"
                + "Bente")
            .attach("image/jpeg", "20361203_091144.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "sophienlund-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of sophienlund-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "torben@usserod-vognmand.net", "havn@horsholm.dk", "Faktura snerydning havnen")
            .text("Hej\n\nFakturaen for snerydningen ved havnen er scannet og vedhæftet. Vi har fået nyt kontonummer, det står "
                + "på bilaget.\n\nTorben")
            .attach("application/pdf", "Scan_20361204.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "usserod-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of usserod-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kj@breelte-anlaeg.net", "efaktura@horsholm.dk", "Faktura " + no + " som XML")
            .text("Hej e-faktura\n\nVi gik over til et nyt regnskabsprogram i november, og koblingen til NemHandel er ikke "
                + "sat op endnu. E-fakturaen for fliserne og regnvandsbrøndene i skolegården ved Breelteskolen kommer derfor "
                + "som vedhæftet fil, som I kan læse direkte ind. Banken er også ny, så betalingskontoen i filen er den, der "
                + "gælder nu.\n\nKasper\n" + entrep.name())
            .attach("application/xml", "faktura-" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "HK-" + (65_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "breelte-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "debitor@ubberod-data.net", "efaktura@horsholm.dk", "OIOUBL " + no)
            .text("Goddag\n\nDecemberfakturaen for driften af skolernes trådløse net ligger i den vedhæftede OIOUBL-fil, som kan "
                + "indlæses direkte i jeres økonomisystem. Efter skiftet til en ny erhvervsbank står de opdaterede "
                + "bankoplysninger i filens betalingsfelt. Den gamle konto nedlægges, så brug den ikke længere.\n\nDebitor, "
                + "Ubberød Data")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "HK-" + (65_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "ubberod-data.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of ubberod-data.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Tegn og Sign", "dokument@tegnogsign-hoersholm.dk", "kultur@horsholm.dk",
            "Hørsholm Egnsmuseum afventer din signatur")
            .html("<html><body><p>Du skal underskrive 'Tillæg til forsikringsaftale - udstillingen i Rådhusets foyer'. "
                + "Linket virker kun i dag.</p><p><a href=\"https://tegnogsign-hoersholm.dk/d/" + sha256("ts94").substring(0, 16)
                + "\">Åbn og underskriv</a></p></body></html>");
        ownedBy(m, "tegnogsign-hoersholm.dk");
        m.description = "fake e-signature request imitating tegnogsign.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentportalen", "signering@rungsted-dokumentportal.net", "havn@horsholm.dk", "Bådpladskontrakt til signatur")
            .html("<html><body><p>Kontrakten om vinteropbevaring af 34 både på pladsen ved Rungsted Havns værksted mangler jeres "
                + "underskrift, og bådene kan ikke hejses op i weekenden, før den er på plads. Dokumentet åbnes ved at logge "
                + "ind med jeres Microsoft 365-konto; linket lukker af sikkerhedshensyn efter tolv timer.</p><p><a href=\"https://rungsted-dokumentportal.net/login\">"
                + "Log ind og underskriv</a></p></body></html>");
        ownedBy(m, "rungsted-dokumentportal.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "drift@folehave-buslinjer.dk", "kreditor@horsholm.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej kreditor\n\nFolehave Buslinjer er midt i at flytte fra den gamle bank, og i overgangen kan den gamle "
                + "konto kun tage imod mindre beløb ad gangen. Vil I dele betalingen af faktura " + p.no() + " ("
                + p.amount().gross() + " kr.) for skolekørslen i oktober, så halvdelen går til kontoen, I altid har brugt, "
                + "og resten til " + mule(9) + "? Fra næste måned er alt flyttet.\n\nDriftskontoret");
        ownedBy(m, "folehave-buslinjer.dk");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "kontor@vallerod-vvs-blik.dk", "kreditor@horsholm.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nAngående faktura " + p.no() + ": mens vores nye kassekredit bliver behandlet, har banken lagt et "
                + "månedligt loft over indbetalinger på driftskontoen. Kun 25.000 kr. må derfor gå til kontoen på fakturaen; "
                + "resten skal til " + mule(10) + ", som er mesterens egen erhvervskonto. Ring ikke til værkstedet om det, vi "
                + "er ude på opgaver hele ugen - et svar på mailen er fint.\n\nKontoret");
        ownedBy(m, "vallerod-vvs-blik.dk");
        m.description = "split payment on Vallerød VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-ice-rink-ammonia-plant-invoice
        M m = bad("fake-ice-rink-ammonia-plant-invoice");
        invoice(m, koel.posing("vallerod-koeleteknik.dk", koel.account()), mule(0), 10,
            List.of("Serviceaftale " + plantAgreement + ", akut udkald"), "", "Kort før midnat lørdag bippede NH3-føleren ved "
                + "kompressor 2 i maskinrummet bag Skøjtehallens isbane. Vores vagtmand Søren lukkede anlægget ned, udskiftede "
                + "en utæt ventilblok og efterfyldte 40 kg ammoniak, så søndagens hockeykamp mod Herning kunne spilles. "
                + "Nattevagten er ikke dækket af den faste aftale, og regningen følger med aftalenummeret påført. Firmaet har "
                + "skiftet ejer i oktober, og med det også bank - send derfor beløbet til kontoen på fakturaen, ikke den gamle.");
        ownedBy(m, "vallerod-koeleteknik.dk");
        m.description = "look-alike of the real refrigeration firm cites its real agreement number, night leak call-out, new account (LT IBAN)";
        m = bad("fake-ice-rink-ammonia-plant-invoice");
        headers(m, "Hørsholm Isanlæg", "faktura@hoersholm-isanlaeg.dk", "idraet@horsholm.dk", "Faktura: trykprøvning af køleanlæg")
            .text("Til Idræt og Fritid\n\nVores to teknikere var i Skøjtehallen tirsdag og onsdag efter aftale med "
                + "driftslederen og trykprøvede receiveren, udskillerne og rørføringen i ammoniakanlægget, sådan som "
                + "trykudstyrsreglerne kræver hvert femte år. Protokollen sendes, når regningen er gjort op. Det samlede beløb, "
                + "46.250,00 kr. med moms, forfalder om fire dage og indbetales til " + mule(10) + ".\n\nHørsholm Isanlæg")
            .attach("application/pdf", "trykproevning.pdf", Attachments.pdf(docId(m, "tp94"), "Faktura trykprøvning",
                List.of("Hørsholm Isanlæg", "Trykprøvning af ammoniakanlæg, Hørsholm Skøjtehal", "I alt inkl. moms 46.250,00",
                    "Betaling " + mule(10))));
        ownedBy(m, "hoersholm-isanlaeg.dk");
        m.description = "unknown firm bills a 'statutory pressure test' of the ammonia plant 'agreed with the manager' (RO IBAN)";
        m = bad("fake-ice-rink-ammonia-plant-invoice");
        headers(m, "Rungsted Kuldeservice", "booking@rungsted-kuldeservice.dk", "idraet@horsholm.dk",
            "Reservation af mobil køleenhed til sæsonen")
            .text("Hej\n\nFlere ishaller har haft kompressornedbrud i år, så vi har reserveret en mobil køleenhed, der kan kobles "
                + "på jeres ammoniakanlæg, hvis det går ned midt i sæsonen. Reservationen koster 32.000 kr. for vinteren og "
                + "betales forud til " + mule(11) + ", ellers går enheden til en anden hal.\n\nRungsted Kuldeservice");
        ownedBy(m, "rungsted-kuldeservice.dk");
        m.description = "'standby chiller reserved for the season' against prepayment (BG IBAN)";

        // fake-marina-mast-crane-inspection-invoice
        m = bad("fake-marina-mast-crane-inspection-invoice");
        invoice(m, kran.posing("rungsted-lofteteknik.com", kran.account()), mule(9), 14,
            List.of("Certifikat " + craneCertificate + " - ekstra belastningsprøve"), "", "Ved belastningsprøven af mastekranen "
                + "i Rungsted Havn viste wiren slid, og vi skiftede den med det samme, så sejlerne kunne få masterne af før "
                + "stormen. Arbejdet er ikke med i det årlige eftersyn under certifikat " + craneCertificate + " og skal "
                + "betales nu. Vores konto er ny og står på fakturaen.");
        ownedBy(m, "rungsted-lofteteknik.com");
        m.description = "look-alike of the lifting-gear firm cites the real certificate, 'urgent wire change' (HU IBAN)";
        m = bad("fake-marina-mast-crane-inspection-invoice");
        headers(m, "Rungsted Kranservice", "certifikat@rungsted-kranservice.dk", "havn@horsholm.dk",
            "Kranattest til bådliften - afventer betaling")
            .text("Kære havnekontor\n\nBådliften på 25 tons ved slæbestedet i Rungsted Havn fik sit årlige eftersyn i "
                + "mandags, og vores inspektør har udfyldt attesten. Attesten bliver mailet, så snart 28.900,00 kr. er gået ind "
                + "på " + mule(14) + ". Husk, at liften ikke må løfte både, før der foreligger en gyldig attest, så jo før "
                + "betalingen, jo før kan sæsonens sidste optagninger klares.\n\nRungsted Kranservice");
        ownedBy(m, "rungsted-kranservice.dk");
        m.description = "unknown firm holds the boat hoist's certificate back until paid (MT IBAN)";
        m = bad("fake-marina-mast-crane-inspection-invoice");
        headers(m, "Usserød Løfteudstyr", "udlejning@usserod-lofteudstyr.dk", "havn@horsholm.dk",
            "Prøvelodder til kranprøven - forudbetaling")
            .text("Hej\n\nVi har sat 4 tons prøvelodder af til belastningsprøven af mastekranen, som jeres inspektør har bestilt. "
                + "Leje og transport, 14.400 kr., betales forud til " + mule(4) + ", før lodderne køres til Rungsted.\n\n"
                + "Usserød Løfteudstyr");
        ownedBy(m, "usserod-lofteudstyr.dk");
        m.description = "'test weights ordered by your inspector' rented against prepayment (PL IBAN)";

        // fake-fountain-pump-service-invoice
        m = bad("fake-fountain-pump-service-invoice");
        invoice(m, spring.posing("dronningedammen-springvand.net", spring.account()), mule(3), 15, List.of("Driftsjournal "
            + fountainLog + " - frostskade"), "", "Da vi tog pumpen op af Dronningedammen til vinteren, var huset revnet af "
            + "frost, og vi monterede en ny pumpe med det samme under driftsjournal " + fountainLog + ". Regningen er vedlagt. "
            + "Beløbet bedes sendt til vores nye erhvervskonto inden fredag.");
        ownedBy(m, "dronningedammen-springvand.net");
        m.description = "look-alike of the fountain firm cites the real operating log, 'frost-damaged pump replaced' (EE IBAN)";
        m = bad("fake-fountain-pump-service-invoice");
        headers(m, "Hørsholm Fontæne", "service@hoersholm-fontaene.dk", "vejpark@horsholm.dk", "Algerensning af springvandet")
            .text("Goddag Vej og Park\n\nVi har renset dyser og UV-lampe i springvandet i Dronningedammen for alger og kalk, "
                + "så det er klar til foråret. Prisen er 21.750,00 kr. inkl. moms, som bedes betalt til " + mule(5) + " inden "
                + "syv dage.\n\nHørsholm Fontæne");
        ownedBy(m, "hoersholm-fontaene.dk");
        m.description = "unknown firm bills algae cleaning of the fountain nobody ordered (GB IBAN)";
        m = bad("fake-fountain-pump-service-invoice");
        headers(m, "Folehave Pumper", "tilbud@folehave-pumper.dk", "teknik@horsholm.dk", "Ny springvandspumpe - ordre")
            .text("Hej\n\nTak for jeres henvendelse om en ny, mere strømbesparende pumpe til springvandet i Dronningedammen. Vi "
                + "har bestilt pumpen hjem fra Italien. Halvdelen af prisen, 38.500 kr., betales som depositum til " + mule(1)
                + ", før fabrikken sender den.\n\nFolehave Pumper");
        ownedBy(m, "folehave-pumper.dk");
        m.description = "'your enquiry' for a new fountain pump, half paid as deposit (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus94().generate(), List.of(
            "# Hørsholm Kommune, Økonomi: invoice checks (ninety-fourth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=usserod-varmevaerk.dk vallerod-koleteknik.dk rungsted-lofteteknik.dk "
                + "dronningedammen-springvand.dk breelte-anlaeg.dk ubberod-tomrer.dk sophienlund-maler.dk hoersholm-rengoering.dk "
                + "kystposten.dk usserod-vognmand.dk rungstedkyst-el.dk vallerod-vvs.dk hoersholm-madservice.dk "
                + "hoersholm-traelast.dk ubberod-data.dk folehave-bus.dk hoersholm-kontorforsyning.dk",
            "invoice.domains.platforms=tallyhus.dk fakturastrom.dk betalingsbud.dk regnebrev.io",
            "invoice.names.protected=Hørsholm Kommune"));
    }
}
