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
 * The sixty-first held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Syddjurs Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, technical, culture, museum, schools,
 * care and purchasing mailboxes, town hall at Lundbergsvej 2 in Ebeltoft), the municipality on Djursland's southern half:
 * Ebeltoft with the frigate Fregatten Jylland in its dry dock and the Glass Museum, Rønde, Hornslet, Kolind, Knebel, Tirstrup
 * with Aarhus Airport, Mørke, Ryomgård, Balle, Femmøller, the castle ruin and bay at Kalø, Mols Bjerge national park,
 * Skødshoved and Helgenæs. Seventeen listed suppliers from those places in every DNS posture real Danish firms have (one
 * sending through a web hoster named in its SPF, one with Ed25519 keys, one with nothing published), four invoicing platforms
 * ({@code kvitbox.dk}, {@code dueflow.io}, {@code fakturmo.dk}, {@code lommebog.com}), a rigger keeping the frigate's masts,
 * yards and standing rigging, a furnace technician serving the Glass Museum's melting furnace and annealing ovens, a
 * restoration mason consolidating the Kalø ruin, sole traders on free mail, German and Swedish suppliers, SaaS
 * ({@code elevtavle.io}, {@code hjemmerute.dk}), an ESP ({@code mailkaj.com}), an e-signature service ({@code godkendnu.dk}),
 * banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a place name.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (forged and compromised suppliers with new accounts, look-alike
 * and homoglyph domains, a look-alike platform, CEO fraud, fake Digital Post/MitID, fake NemHandel notices, fake inkasso,
 * hijacked threads, split payments, callback numbers, QR codes, ZIP-wrapped PDFs, macro documents, image-only invoices,
 * payroll account changes, OIOUBL with a changed payee, fake e-signature requests) and three kinds new here: rigging work on
 * Fregatten Jylland's masts and shrouds billed by someone who never climbed them (fake-frigate-rigging-invoice); repairs
 * of the Glass Museum's furnace or annealing ovens billed to a new account (fake-glass-furnace-service-invoice); and
 * "emergency" mortar and stone work on the Kalø castle ruin (fake-castle-ruin-masonry-invoice). The invoice engine, its
 * tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test -Dtest=HeldOutCorpus61GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus61 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout61");
    public static final String OWN = "syddjurs.dk";
    static final String FRAUD_NET = "127.161.";
    private static final String OWN_IP = "127.61.0.1";
    private static final String EAN = "5798003357512";
    private static final String KOMMUNE = "Syddjurs Kommune";
    private static final String RAADHUS = "Lundbergsvej 2, 8400 Ebeltoft";
    private static final String HOSTER_IP = "127.61.9.1";
    private static final String GMAIL = "127.61.7.1";
    private static final String MSFT = "127.61.7.2";
    private static final String APPLE = "127.61.7.3";

    private final Random rnd = new Random(61_8400_0061L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 20;
    private String rigOrder;
    private String furnaceContract;
    private String ruinCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 3, 2, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 4, 6, 7, 15, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Ebeltoft Fjernvarmeværk a.m.b.a.", "ebeltoft-fjernvarme.dk", "Kundecenter",
        "kunde", "127.61.1.1", iban("DK", "74700003318825"), "fjernvarme til Rådhuset, Ebeltoft Skole og Glasmuseet");
    private final Supplier entrep = new Supplier("Rønde Entreprise ApS", "roende-entreprise.dk", "Kasper Vinther", "kv",
        "127.61.1.2", bank("7470", "0003325517"), "ny p-plads og regnvandsbassin ved Rønde Idrætscenter");
    private final Supplier rig = new Supplier("Ebeltoft Rigning & Tovværk ApS", "ebeltoft-rigning.dk", "Rigger Søren Holt",
        "soren", "127.61.1.3", bank("7470", "0003331094"), "eftersyn og udskiftning af vanter og stag på Fregatten Jylland");
    private final Supplier ovn = new Supplier("Femmøller Ovnteknik ApS", "femmoeller-ovnteknik.dk", "Ovnteknik, Fakturering",
        "faktura", "127.61.1.4", iban("DK", "93300003338461"), "service af smelteovn og køleovne på Glasmuseet Ebeltoft");
    private final Supplier murer = new Supplier("Kalø Murer & Restaurering ApS", "kaloe-murer.dk", "Murermester Ib Lund", "ib",
        "127.61.1.5", iban("DK", "74700003342276"), "konsolidering af murkroner og fuger på Kalø Slotsruin");
    private final Supplier toemrer = new Supplier("Hornslet Tømrer- og Snedkerfirma ApS", "hornslet-toemrer.dk",
        "Mette Kjær", "mk", "127.61.1.6", bank("9330", "0003350019"), "nye døre og lofter i Hornslet Børnehus");
    private final Supplier maler = new Supplier("Kolind Malerforretning v/ Bent Aagaard", "kolind-maler.dk", "Bent Aagaard",
        "bent", "127.61.1.7", bank("9330", "0003357742"), "maling af gange og trapper, Kolind Centralskole");
    private final Supplier rengoer = new Supplier("Kolind Rengøring A/S", "kolind-rengoering.dk", "Debitorafdelingen", "debitor",
        "127.61.1.8", iban("DK", "74700003369120"), "rengøring af Rådhuset, biblioteket i Rønde og Ebeltoft Skole");
    private final Supplier avis = new Supplier("Molsposten", "molsposten.dk", "Annonceafdelingen", "annonce",
        "127.61.1.9", iban("DK", "93300003373308"), "annoncer: lokalplan for Femmøller Strand og ledige stillinger");
    private final Supplier vognmand = new Supplier("Ryomgård Vognmandsforretning I/S", "ryomgaard-vognmand.dk", "Finn Bech",
        "finn", "127.61.1.10", bank("7470", "0003380054"), "kørsel med grus og vejsalt til materielgården i Ryomgård");
    private final Supplier el = new Supplier("Knebel El-Service ApS", "knebel-el.dk", "Lone Skov", "lone", HOSTER_IP,
        bank("9330", "0003384471"), "ny udebelysning og stikkontakter, Knebel Friskole og Mols Bjerge besøgscenter");
    private final Supplier vvs = new Supplier("Mørke VVS & Blik ApS", "moerke-vvs.dk", "Værkstedet", "vaerksted",
        "127.61.1.12", bank("7470", "0003391835"), "nye radiatorventiler og tagrender, Mørke Skole");
    private final Supplier mad = new Supplier("Rønde Madservice A/S", "roende-madservice.dk", "Bogholderiet", "bogholderi",
        "127.61.1.13", iban("DK", "93300003402667"), "mad til hjemmeboende borgere og plejecentrene i Rønde og Ebeltoft");
    private final Supplier byg = new Supplier("Ebeltoft Byggemarked A/S", "ebeltoft-byggemarked.dk", "Proff-afdelingen", "proff",
        "127.61.1.14", iban("DK", "74700003417390"), "byggematerialer til Ejendomsservice efter rammeaftale");
    private final Supplier it = new Supplier("Femmøller IT ApS", "femmoeller-it.dk", "Regnskab", "regnskab",
        "127.61.1.15", bank("9330", "0003425016"), "drift af skolernes trådløse net og elev-pc'er");
    private final Supplier bus = new Supplier("Tirstrup Turistfart ApS", "tirstrup-turistfart.dk", "Disponenten", "dispo",
        "127.61.1.16", bank("7470", "0003436628"), "skolebus Balle-Hornslet og kørsel til svømning i Ebeltoft");
    private final Supplier kontor = new Supplier("Balle Kontorforsyning ApS", "balle-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.61.1.17", iban("DK", "93300003449981"), "kopipapir, toner og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Skødshoved Smedie v/ Jens Munk", "skoedshoved-smedie.dk", "Jens Munk", "jens",
        "127.61.2.1", bank("9330", "0003455203"), "ny badetrappe og rækværk ved Skødshoved Strand");
    private final Supplier natur = new Supplier("Helgenæs Naturpleje v/ Rikke Dam", "helgenaes-naturpleje.dk", "Rikke Dam",
        "rikke", "127.61.2.2", bank("7470", "0003461177"), "rydning af opvækst på overdrevet i Mols Bjerge");
    private final Supplier guide = new Supplier("Naturformidler Anders Krogh", "gmail.com", "Anders Krogh", "anders.krogh.mols",
        GMAIL, bank("9330", "0003468830"), "naturvandringer i Mols Bjerge for 5. årgang, 3 dage");
    private final Supplier tolk = new Supplier("Tolk Samira Haddad", "outlook.com", "Samira Haddad", "samira.haddad.tolk", MSFT,
        bank("7470", "0003470064"), "tolkning arabisk-dansk, Jobcenter Syddjurs, 3 samtaler");
    private final Supplier musik = new Supplier("Harmonikaspiller Villy Bak", "icloud.com", "Villy Bak", "villy.bak", APPLE,
        bank("9330", "0003477312"), "eftermiddagsmusik på plejecentrene i Kolind og Mørke");
    private final Supplier tysk = new Supplier("Lauscha Glasofenbau GmbH", "lauscha-glasofenbau.de", "Buchhaltung",
        "buchhaltung", "127.62.1.1", iban("DE", "840700240061530088"), "Brennerdüsen und Thermoelemente für den Schmelzofen");
    private final Supplier svensk = new Supplier("Karlskrona Riggeri AB", "karlskrona-riggeri.se", "Ekonomi", "ekonomi",
        "127.62.2.1", iban("SE", "45500000058310044827"), "tjärat hampatågvirke och block till fregatten");

    private final List<Supplier> listed = List.of(varme, entrep, rig, ovn, murer, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"ebeltoft-fjernvarme.com", "roende-entreprise.net", "ebeltoft-bygmarked.dk",
        "knebel-elservice.dk", idn("ebeltoft-bygg\u0435marked.dk"), idn("kolind-reng\u043eering.dk"), "kvitbox-ebeltoft.com",
        "dueflow-hornslet.net", "syddjurs-ebeltoft.com", "mitid-ronde.com", "digitalpost-kolind.net", "nemhandel-hornslet.dk",
        "inkasso-ryomgaard.dk", "moerke-vvs.net", "roende-madservice.net", "balle-kontorforsyning.com", "tirstrup-betaling.dk",
        "femmoeller-it.net", "godkend-knebel.dk", "ebeltoft-rigning.com", "fregat-rigning-ebeltoft.dk", "helgenaes-riggeri.dk",
        "femmoeller-ovnteknik.net", "glasovn-femmoeller.dk", "ebeltoft-glasservice.dk", "kaloe-murer.net", "kalo-restaurering.dk",
        "mols-bjerge-stenhuggeri.dk", "skoedshoved-lonservice.dk", "hornslet-toemrer.net", "balle-scanning.com",
        "tirstrup-fragt.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(rig.domain(), List.of(rig.ip()), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain(ovn.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(murer.domain(), List.of(murer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain(maler.domain(), null, null, null, null);
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.61.98.4"), "~all", null, "none");
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine");
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.61.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject");
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null);
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("fregatten-jylland-fonden.dk", List.of("127.161.40.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("glasmuseet-ebeltoft.dk", List.of("127.161.40.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("mols-bjerge-nationalpark.dk", List.of("127.161.40.3"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("hornslet-revision.dk", List.of("127.161.40.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // platforms
        domain("kvitbox.dk", List.of("127.161.41.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("dueflow.io", List.of("127.161.41.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("fakturmo.dk", List.of("127.161.41.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("lommebog.com", List.of("127.161.41.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, forwarders, SaaS, e-signature, free mail
        domain("molsbanken.dk", List.of("127.161.42.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("djurslands-andelskasse.dk", List.of("127.161.42.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-djursland.dk", List.of("127.161.42.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kommunale-bogholdere-oest.dk", List.of("127.161.42.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("mailkaj.com", List.of("127.161.42.5"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("srs.mols-fiber.dk", List.of("127.161.42.6"), "-all", null, null);
        domain("relay.djurs-net.dk", List.of("127.161.42.7"), "-all", null, null);
        domain("elevtavle.io", List.of("127.161.42.8"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hjemmerute.dk", List.of("127.161.42.9"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("godkendnu.dk", List.of("127.161.42.10"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "70." + (i + 1)), i % 4 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no61:" + s.domain()).hashCode(), 5)) {
            case 0:
                return "SD" + (40_000 + rnd.nextInt(9_000));
            case 1:
                return "37-" + String.format("%05d", 100 + rnd.nextInt(60_000));
            case 2:
                return String.valueOf(7_100 + rnd.nextInt(2_800));
            case 3:
                return "F" + (2_037_000 + rnd.nextInt(900));
            default:
                return "M/" + (300 + rnd.nextInt(600)) + "/37";
        }
    }

    private static final String[] TO = {"kreditor@syddjurs.dk", "efaktura@syddjurs.dk", "kreditor@syddjurs.dk",
        "regnskab@syddjurs.dk", "teknik@syddjurs.dk", "kultur@syddjurs.dk", "skole@syddjurs.dk", "omsorg@syddjurs.dk",
        "ejendomsservice@syddjurs.dk", "indkoeb@syddjurs.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf61:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr61:" + domain).hashCode(), 3_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(86_000_000 + Math.floorMod(sha256("fi61:" + domain).hashCode(), 4_000_000));
    }

    private static String town(Supplier s) {
        String d = s.domain();
        if (d.contains("ebeltoft") || d.contains("molsposten")) {
            return "8400 Ebeltoft";
        }
        if (d.contains("roende") || d.contains("kaloe")) {
            return "8410 Rønde";
        }
        if (d.contains("hornslet")) {
            return "8543 Hornslet";
        }
        if (d.contains("kolind")) {
            return "8560 Kolind";
        }
        if (d.contains("knebel") || d.contains("helgenaes") || d.contains("skoedshoved")) {
            return "8420 Knebel";
        }
        if (d.contains("ryomgaard")) {
            return "8550 Ryomgård";
        }
        if (d.contains("moerke")) {
            return "8544 Mørke";
        }
        if (d.contains("femmoeller")) {
            return "8400 Ebeltoft";
        }
        if (d.contains("tirstrup")) {
            return "8581 Nimtofte";
        }
        return d.contains("balle") || d.contains("djurs") ? "8444 Balle" : "";
    }

    /**
     * Two layouts written for this corpus: a letter-style invoice (header block, one line per item, sum box, payment line)
     * and a compact work statement (materials, hours, travel, FI line). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        if (layout % 2 == 0) {
            head = s.name() + " - " + title + " " + no;
            l.add(s.name() + (town(s).isEmpty() ? "" : ", " + town(s)) + " | CVR " + cvr(s.domain()));
            l.add("Kunde: " + KOMMUNE + ", " + RAADHUS + " | EAN " + EAN);
            l.add("Dato: " + dottedDay(m, 0) + " | Vores reference: " + s.person());
            l.add("Ydelse: " + s.what());
            l.addAll(more);
            l.add("Beløb ekskl. moms: " + a.net() + " | Moms 25 %: " + a.vat() + " | I alt DKK: " + a.gross());
            l.add("Betalingsfrist: " + writtenDay(m, 30));
            if (account != null) {
                l.add("Overføres til " + account + " med fakturanr. som tekst");
            }
        } else {
            head = title + " / opgørelse " + no;
            l.add("Udført for " + KOMMUNE + " (EAN " + EAN + ") af " + s.name() + ", CVR " + cvr(s.domain()));
            l.add("Opgave: " + s.what());
            long mat = a.ore() * 41 / 100;
            long km = a.ore() * 6 / 100;
            l.add("Materialer " + kr(mat) + " ; Arbejdsløn " + kr(a.ore() - mat - km) + " ; Transport " + kr(km));
            l.addAll(more);
            l.add("Netto " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
            l.add("Forfalder " + dashedDay(m, 21) + (account == null ? "" : " ; konto " + account));
            if (account != null && account.equals(s.account())) {
                l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Syddjurs-" + no + ".pdf", "FAK" + no + ".pdf",
            "regning-" + no + ".pdf", "dok_" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Syddjurs Kommune", "Til Kreditorer", "Hej", "Kære bogholderi",
        "Goddag Økonomi", "Til rette vedkommende", "Hej igen"};

    private String signature(Supplier s) {
        return switch (Math.floorMod(sha256("sig61:" + s.domain() + s.box()).hashCode(), 4)) {
            case 0 -> "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name() + (town(s).isEmpty() ? "" : ", " + town(s));
            case 1 -> "\n\nMvh. " + firstName(s) + "\n" + s.name() + "\nTelefon 86 " + (30 + rnd.nextInt(60)) + " "
                + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2 -> "\n\nHilsen\n" + s.person() + (freeMail(s) ? "" : "\n" + s.name() + " - CVR " + cvr(s.domain()));
            default -> "\n\nVenligst\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra iPhone" : "\n" + s.domain());
        };
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 3_900_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Fakt. " + no + " / EAN " + EAN, "Deres faktura nr. " + no, "Regning " + no + " fra " + s.name(),
            "Fakturering: " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 7)) {
            case 0 -> "Her er fakturaen for " + s.what() + ". Den er også lagt ind via jeres EAN-nummer.";
            case 1 -> "I vedhæftede fil finder I faktura " + no + ", i alt " + a.gross() + " kr. med moms, forfald "
                + writtenDay(m, 30) + ".";
            case 2 -> "Tak for samarbejdet denne måned. Vedhæftet er opgørelsen over det udførte.";
            case 3 -> "Nummer " + no + ", beløb " + a.gross() + " kr. Betalingen sker som sædvanlig til kontoen på fakturaen.";
            case 4 -> "Fakturaen for den seneste leverance ligger i PDF-filen. Ring endelig, hvis rekvisitionen mangler.";
            case 5 -> "Vi fremsender hermed regning på det aftalte arbejde jf. jeres bestilling.";
            default -> "Se venligst vedhæftede.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><body style=\"font-family:Calibri,sans-serif\"><div>"
                + full.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
        } else {
            mime.text(full);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v + s.box().length(), more));
        return no;
    }

    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        return invoice(m, s, account, v, more, note, null);
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        rigOrder = "RIG-" + (5_100 + rnd.nextInt(700));
        furnaceContract = "OV-" + (880 + rnd.nextInt(90));
        ruinCase = "KS-" + (2_400 + rnd.nextInt(500));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == rig ? List.of("Ordre " + rigOrder + ": fokkemast, 14 vanter kontrolleret, 3 udskiftet")
                : s == ovn ? List.of("Serviceaftale " + furnaceContract + ": smelteovn 120 kg, 3 køleovne")
                : s == murer ? List.of("Sag " + ruinCase + ": murkroner på tårnets nordside, kalkmørtel") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 2, List.of("Bestilt af strandteamet, Natur og Vej"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the bathing ladder, aligned SPF pass";

        List<Supplier> again = List.of(varme, byg, mad, rengoer, entrep, el, it, bus, kontor, toemrer, avis, vvs);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 3) {
                case 0 -> List.of("Rekvisition SK-" + (20_400 + k * 211));
                case 1 -> List.of("Aftale: rammeaftale Syddjurs 2036-2040");
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 2 + 5, ref, k % 4 == 1 ? "\n\nFølgeseddel med kvittering ligger som bilag." : "");
            if (k % 4 == 1) {
                m.mime.attach("application/pdf", "foelgeseddel.pdf", Attachments.pdf(docId(m, "fs"), "Følgeseddel",
                    List.of(s.what(), "Modtaget og kvitteret, Syddjurs Kommune", "Kolli: " + (2 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "");
            k++;
        }
        newKinds();
        creditNotes();
        reminders();
        xmlInvoices();
        platforms();
        smallFirms();
        foreign();
        saas();
        banks();
        forwarded();
        lists();
        internal();
        orders();
    }

    /** The genuine counterparts of the new fraud kinds: rigging, furnace and ruin work by the real firms. */
    private void newKinds() {
        M m = ok("frigate-rigging-invoice", true);
        invoice(m, rig, rig.account(), 1, List.of("Ordre " + rigOrder + ": stormast, nye vævlinger styrbord side"),
            "", "Arbejdet på stormasten er afsluttet, og fregatten er klar til sæsonstart. Vi har brugt to dage i riggen med "
                + "to mand og har skiftet vævlingerne på styrbord side. Faktura på ordre " + rigOrder + " er vedlagt.");
        genuine(m, rig.ip());
        m.description = "the frigate's rigger invoices work on order " + rigOrder + " to its usual account (no DMARC, SPF+DKIM)";
        m = ok("frigate-rigging-invoice", true);
        invoice(m, rig, rig.account(), 4, List.of("Ordre " + rigOrder + ": tjæring af stående rig, bramrå nedtaget"), "",
            "Som lovet i telefonen: tjæringen af den stående rig er klar, og bramrået er taget ned til vinteropbevaring i "
                + "dokken. Fakturaen vedhæftes.");
        genuine(m, rig.ip());
        m.description = "the rigger's second invoice on the frigate order, usual account";
        m = ok("glass-furnace-service-invoice", true);
        invoice(m, ovn, ovn.account(), 3, List.of("Serviceaftale " + furnaceContract + ": kvartalsservice, brænder justeret"),
            "", null);
        genuine(m, ovn.ip());
        m.description = "furnace firm (DKIM only, p=quarantine) invoices the Glass Museum service agreement";
        m = ok("glass-furnace-service-invoice", true);
        invoice(m, ovn, ovn.account(), 6, List.of("Serviceaftale " + furnaceContract + ": nyt termoelement i køleovn 2"), "",
            "Køleovn 2 på Glasmuseet holdt ikke temperaturen, så vi har skiftet termoelementet og kalibreret styringen. "
                + "Reservedelen er faktureret efter serviceaftalen.");
        genuine(m, ovn.ip());
        m.description = "furnace firm bills a thermocouple for annealing oven 2, usual account";
        m = ok("castle-ruin-masonry-invoice", true);
        invoice(m, murer, murer.account(), 0, List.of("Sag " + ruinCase + ": acontobegæring 2 af 4"), "",
            "Vedlagt acontobegæring nr. 2 på restaureringen af Kalø Slotsruin. Slots- og Kulturstyrelsens tilsyn godkendte "
                + "mørtelprøverne i sidste uge.");
        genuine(m, murer.ip());
        m.description = "restoration mason (Ed25519, p=reject) bills an agreed instalment on the Kalø ruin case";
        m = ok("castle-ruin-masonry-invoice", true);
        invoice(m, murer, murer.account(), 5, List.of("Sag " + ruinCase + ": stillads ved porttårnet, leje marts"), "", null);
        genuine(m, murer.ip());
        m.description = "mason's scaffold rent at the Kalø gate tower, usual account";
        M d = ok("deposit-invoice", true);
        invoice(d, entrep, entrep.account(), 2, List.of("Depositum iht. kontrakt, frigives ved aflevering"), "",
            "Som aftalt i kontrakten om regnvandsbassinet opkræver vi depositum for leje af pumper og skurvogne. Beløbet "
                + "modregnes i slutfakturaen.");
        genuine(d, entrep.ip());
        d.description = "contractor's contractual deposit for pumps and site huts, usual account";
    }

    private void creditNotes() {
        Supplier[] ss = {kontor, mad};
        for (int i = 0; i < ss.length; i++) {
            Supplier s = ss[i];
            M m = ok("credit-note", true);
            Past p = past.get(s.domain());
            Amount c = new Amount(p.amount().ore() / 5, kr(p.amount().ore() / 5), kr(p.amount().ore() / 20),
                kr(p.amount().ore() / 5 + p.amount().ore() / 20)).credit();
            headers(m, s.person(), addr(s), "kreditor@syddjurs.dk", "Kreditnota til faktura " + p.no())
                .text("Hej\n\nVi har krediteret en del af faktura " + p.no() + ", da " + (i == 0 ? "to paller kopipapir blev "
                    + "leveret forkert til Hornslet i stedet for Rønde" : "tre leveringsdage faldt bort i påskeugen")
                    + ". Kreditnotaen er vedhæftet og kan modregnes i næste betaling." + signature(s))
                .attach("application/pdf", "kreditnota-" + p.no() + ".pdf", Attachments.pdf(docId(m, "kn"), "Kreditnota",
                    List.of(s.name() + ", CVR " + cvr(s.domain()), "Vedr. faktura " + p.no(), "Krediteret ekskl. moms " + c.net(),
                        "Moms " + c.vat(), "I alt " + c.gross())));
            genuine(m, s.ip());
            m.description = "credit note against history invoice " + p.no();
        }
    }

    private void reminders() {
        Supplier[] ss = {vvs, varme};
        for (int i = 0; i < ss.length; i++) {
            Supplier s = ss[i];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.name(), addr(s), "kreditor@syddjurs.dk", "Påmindelse: " + p.subject())
                .text("Goddag\n\nVi kan ikke se, at faktura " + p.no() + " på " + p.amount().gross() + " kr. er betalt. Hvis "
                    + "beløbet allerede er overført, kan I se bort fra denne mail. Ellers bedes I indbetale til " + s.account()
                    + " som sædvanligt. Der er ikke pålagt gebyr." + signature(s));
            m.mime.header("In-Reply-To", p.messageId());
            genuine(m, s.ip());
            m.description = "friendly reminder for history invoice " + p.no() + ", usual account";
        }
        M st = ok("statement-of-account", false);
        headers(st, byg.name(), addr(byg), "kreditor@syddjurs.dk", "Kontoudtog pr. " + dottedDay(st, 0))
            .text("Hej Kreditorer\n\nHer er jeres kontoudtog fra " + byg.name() + ". Der står ingen forfaldne poster, men to "
                + "fakturaer forfalder inden for fjorten dage. Udtoget er vedhæftet." + signature(byg))
            .attach("application/pdf", "kontoudtog.pdf", Attachments.pdf(docId(st, "ku"), "Kontoudtog " + KOMMUNE,
                List.of("Faktura " + past.get(byg.domain()).no() + " " + past.get(byg.domain()).amount().gross() + " betalt",
                    "Åbne poster: 2, ingen forfaldne", "Betaling til " + byg.account())));
        genuine(st, byg.ip());
        st.description = "statement of account from the builders' merchant, nothing overdue";
    }

    private void xmlInvoices() {
        Supplier[] ss = {mad, it, byg};
        for (int i = 0; i < ss.length; i++) {
            Supplier s = ss[i];
            M m = ok("oioubl-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(2_500_000);
            String xml = Ubl.oioubl(no, s.name(), cvr(s.domain()), s.what(), KOMMUNE, EAN, a.ore(), s.account(),
                s.account().startsWith("IBAN"), isoDay(m, 0), isoDay(m, 30), i == 1 ? "Peppol" : "OIOUBL", "SK-" + (31_000 + i));
            headers(m, s.name(), addr(s), "efaktura@syddjurs.dk", "E-faktura " + no + " (OIOUBL)")
                .text("Automatisk afsendt e-faktura " + no + " fra " + s.name() + " til " + KOMMUNE + ".\nXML-filen er "
                    + "vedhæftet til jeres indlæsning.")
                .attach("application/xml", "invoice-" + no + ".xml", xml.getBytes(StandardCharsets.UTF_8));
            genuine(m, s.ip());
            m.description = "OIOUBL/Peppol XML invoice from " + s.domain() + " paying its usual account";
        }
    }

    private void platforms() {
        String[][] p = {{"kvitbox.dk", "127.161.41.1", "faktura", "Kvitbox"}, {"dueflow.io", "127.161.41.2", "no-reply", "Dueflow"},
            {"fakturmo.dk", "127.161.41.3", "send", "Fakturmo"}, {"lommebog.com", "127.161.41.4", "invoices", "Lommebog"},
            {"kvitbox.dk", "127.161.41.1", "faktura", "Kvitbox"}};
        Supplier[] on = {maler, toemrer, natur, vognmand, smed};
        for (int i = 0; i < p.length; i++) {
            Supplier s = on[i];
            M m = ok("platform-invoice", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            headers(m, s.name() + " via " + p[i][3], p[i][2] + "@" + p[i][0], "kreditor@syddjurs.dk",
                s.name() + " har sendt dig faktura " + no)
                .html("<html><body><h3>" + s.name() + " har sendt en faktura</h3><p>Faktura " + no + " på <b>" + a.gross()
                    + " kr.</b> til " + KOMMUNE + " forfalder " + dashedDay(m, 14) + ".</p><p>Ydelse: " + s.what()
                    + "</p><p>Betales til " + s.account() + ".</p><p style=\"color:#777\">Sendt med " + p[i][3]
                    + " - fakturering for små virksomheder</p></body></html>")
                .attach("application/pdf", "faktura-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            m.ip = p[i][1];
            m.helo = "out." + p[i][0];
            m.signers.add(p[i][0]);
            m.description = s.domain() + " invoices through the platform " + p[i][0] + " (platform-signed)";
        }
    }

    private void smallFirms() {
        Supplier[] ss = {guide, tolk, musik, smed};
        String[] texts = {"Tak for tre gode dage med 5.b og 5.c i Mols Bjerge. Her er min regning - jeg er ikke momsregistreret.",
            "Hermed regning for tolkningen i Jobcenteret. Tiderne fremgår af bilaget.",
            "Tusind tak for at jeg måtte komme og spille. Jeg sender regningen her, som vi talte om.",
            "Rækværket ved Skødshoved er nu boltet fast. Regning følger som aftalt med strandteamet."};
        for (int i = 0; i < ss.length; i++) {
            Supplier s = ss[i];
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), i + 3, List.of(), "", texts[i]);
            genuine(m, s.ip());
            m.description = (freeMail(s) ? "sole trader on " + s.domain() : s.domain()) + " bills " + s.what() + ", own account";
        }
    }

    private void foreign() {
        M m = ok("foreign-invoice", true);
        headers(m, "Lauscha Glasofenbau Buchhaltung", addr(tysk), "kreditor@syddjurs.dk", "Rechnung 2037-0418 Glasmuseum Ebeltoft")
            .text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung über die gelieferten Brennerdüsen und "
                + "Thermoelemente für den Schmelzofen im Glasmuseum. Zahlbar innerhalb von 30 Tagen auf " + tysk.account()
                + ".\n\nMit freundlichen Grüßen\nBuchhaltung\nLauscha Glasofenbau GmbH")
            .attach("application/pdf", "Rechnung-2037-0418.pdf", Attachments.pdf(docId(m, "de"), "Rechnung 2037-0418",
                List.of("Lauscha Glasofenbau GmbH, Thüringen", "Kunde: Syddjurs Kommune / Glasmuseet Ebeltoft",
                    "4 Brennerdüsen, 2 Thermoelemente Typ S", "Netto EUR 2.184,00, innergemeinschaftliche Lieferung",
                    "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German furnace parts maker (SPF only, no DMARC), reverse-charge invoice, its own DE IBAN";
        m = ok("foreign-invoice", true);
        headers(m, "Karlskrona Riggeri AB", addr(svensk), "kultur@syddjurs.dk", "Faktura 88231 - tågvirke Fregatten Jylland")
            .text("Hej!\n\nHär kommer fakturan för det tjärade hamptågvirket och de nya blocken som skickades till Ebeltoft "
                + "förra veckan. Betalning till " + svensk.account() + ", 30 dagar netto.\n\nVänliga hälsningar\nEkonomi, "
                + "Karlskrona Riggeri AB");
        genuine(m, svensk.ip());
        m.description = "Swedish rope works invoices tarred hemp for the frigate, SE IBAN (DMARC none, DKIM pass)";
    }

    private void saas() {
        M m = ok("saas-invoice", true);
        headers(m, "Elevtavle", "billing@elevtavle.io", "skole@syddjurs.dk", "Your Elevtavle invoice for April 2037")
            .text("Hi Syddjurs Kommune,\n\nThanks for using Elevtavle across 14 schools. Your invoice for the school planning "
                + "licence (1,840 pupils) is attached and will be paid through EAN as usual.\n\nElevtavle Billing")
            .attach("application/pdf", "elevtavle-2037-04.pdf", Attachments.pdf(docId(m, "ev"), "Invoice",
                List.of("Elevtavle ApS", "Syddjurs Kommune, EAN " + EAN, "Licence 1,840 pupils", "Total DKK 46.000,00")));
        genuine(m, "127.161.42.8");
        m.description = "school planning SaaS invoice (p=reject, aligned)";
        m = ok("saas-invoice", true);
        headers(m, "Hjemmerute", "regning@hjemmerute.dk", "omsorg@syddjurs.dk", "Kvartalsfaktura - ruteplanlægning hjemmeplejen")
            .text("Hej Omsorg\n\nKvartalsfakturaen for ruteplanlægning til hjemmeplejen i Rønde, Kolind og Ebeltoft ligger "
                + "vedhæftet. Der er 212 aktive brugere.\n\nHjemmerute Support");
        m.mime.attach("application/pdf", "hjemmerute-q2.pdf", Attachments.pdf(docId(m, "hr"), "Kvartalsfaktura",
            List.of("Hjemmerute", "212 brugere x 3 mdr.", "I alt 58.300,00 inkl. moms")));
        genuine(m, "127.161.42.9");
        m.description = "home care route planning SaaS (Ed25519, quarantine) quarterly invoice";
        m = ok("e-signature-request", false);
        headers(m, "Godkendnu", "noreply@godkendnu.dk", "indkoeb@syddjurs.dk", "Kalø Murer & Restaurering ApS beder dig underskrive")
            .text("Ib Lund fra Kalø Murer & Restaurering ApS har sendt dokumentet \"Tillægsaftale " + ruinCase
                + " - porttårnet\" til underskrift.\n\nÅbn dokumentet på https://godkendnu.dk/sign/" + sha256("gk" + ruinCase)
                .substring(0, 12) + "\n\nGodkendnu - digital underskrift");
        genuine(m, "127.161.42.10");
        m.description = "genuine e-signature request for the ruin supplement agreement";
        m = ok("e-signature-request", false);
        headers(m, "Godkendnu", "noreply@godkendnu.dk", "kultur@syddjurs.dk", "Underskriv: serviceaftale smelteovn 2037-2039")
            .text("Femmøller Ovnteknik ApS har sendt \"Serviceaftale " + furnaceContract + " forlængelse\" til underskrift. "
                + "Fristen er " + writtenDay(m, 10) + ".\n\nhttps://godkendnu.dk/sign/" + sha256("gk" + furnaceContract)
                .substring(0, 12));
        genuine(m, "127.161.42.10");
        m.description = "genuine e-signature request for the furnace agreement renewal";
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Molsbanken Erhverv", "erhverv@molsbanken.dk", "regnskab@syddjurs.dk", "Ny version af netbankens betalingsmodul")
            .text("Kære kunde\n\nFra den " + writtenDay(m, 12) + " skal betalinger over 500.000 kr. godkendes af to brugere. "
                + "Log ind i netbanken som du plejer - vi sender aldrig links til login.\n\nMolsbanken Erhverv");
        genuine(m, "127.161.42.1");
        m.description = "bank notice about dual approval, no link";
        m = ok("bank-notice", false);
        headers(m, "Djurslands Andelskasse", "besked@djurslands-andelskasse.dk", "regnskab@syddjurs.dk", "Renteændring på driftskonto")
            .text("Til Syddjurs Kommune\n\nRenten på jeres driftskonto ændres med virkning fra næste kvartal. Det nye "
                + "prisblad kan ses i netbanken under Dokumenter.\n\nDjurslands Andelskasse");
        genuine(m, "127.161.42.2");
        m.description = "bank interest notice";
        M c = ok("supplier-new-account", false);
        String newAcc = iban("DK", "93300003503318");
        headers(c, kontor.name(), addr(kontor), "kreditor@syddjurs.dk", "Ændring af bankforbindelse pr. 1. maj")
            .text("Hej Kreditorer\n\nBalle Kontorforsyning flytter bankforbindelse fra 1. maj. Fakturaer udstedt efter denne "
                + "dato skal betales til " + newAcc + ". Vi har også sendt et brev med posten, og I er velkomne til at ringe til "
                + "Ordrekontoret på det nummer, der står i jeres leverandørkartotek, og bekræfte ændringen." + signature(kontor));
        genuine(c, kontor.ip());
        c.description = "listed supplier announces a genuine bank change, authenticated, asks for callback via known number";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 8, List.of(), "");
        m.mailFrom = "SRS0=u7Qd=KX=molsposten.dk=annonce@srs.mols-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.161.42.6";
        m.helo = "srs.mols-fiber.dk";
        m.description = "molsposten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, mad, mad.account(), 9, List.of(), "");
        m.signers.add(mad.domain());
        relayedBy(m, "relay.djurs-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 10, List.of(), "");
        relayedBy(m, "relay.djurs-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void lists() {
        M m = ok("mailing-list", false);
        headers(m, "Pia Rasmussen", "pr@kommunale-bogholdere-oest.dk", "kreditorforum@kreditorforum-djursland.dk",
            "Erfaringer med leverandører der skifter konto?")
            .text("Hej alle\n\nVi har haft to henvendelser på en uge om nye kontonumre fra leverandører. Hvordan håndterer I "
                + "kontrolopkaldet - ringer I altid op på nummeret fra kartoteket?\n\nPia");
        listPost(m, "kommunale-bogholdere-oest.dk", "kreditorforum-djursland.dk", "[Kreditorforum] ",
            "\r\n-- \r\nKreditorforum Djursland - afmeld på kreditorforum-djursland.dk\r\n");
        m = ok("mailing-list", false);
        headers(m, "Jon Bak", "jb@hornslet-revision.dk", "kreditorforum@kreditorforum-djursland.dk", "Sv: Leverandørkartotek")
            .text("Vi anbefaler kontrolopkald på kendt nummer og fire øjne på alle kontoændringer. Det tager fem minutter og "
                + "har sparet flere kommuner for store tab.\n\nJon Bak, Hornslet Revision");
        listPost(m, "hornslet-revision.dk", "kreditorforum-djursland.dk", "[Kreditorforum] ",
            "\r\n-- \r\nKreditorforum Djursland - afmeld på kreditorforum-djursland.dk\r\n");
        M n = ok("newsletter", false);
        headers(n, "Glasmuseet Ebeltoft", "nyhed@glasmuseet-ebeltoft.dk", "kultur@syddjurs.dk", "Nyt fra Glasmuseet: sommerens udstillinger")
            .html("<html><body><h2>Sommer på Glasmuseet</h2><p>Glaspusterne arbejder ved ovnen hver dag kl. 10-16, og den "
                + "nye udstilling med nordisk studioglas åbner i juni.</p><p><a href=\"https://glasmuseet-ebeltoft.dk/\">Læs "
                + "mere</a></p></body></html>");
        n.mailFrom = "bounce-gm61@mailkaj.com";
        n.ip = "127.161.42.5";
        n.helo = "out.mailkaj.com";
        n.signers.add("glasmuseet-ebeltoft.dk");
        n.signers.add("mailkaj.com");
        n.description = "museum newsletter through the ESP mailkaj.com, signed by the museum (aligned) and the ESP";
        n = ok("newsletter", false);
        headers(n, "Fregatten Jylland", "nyhedsbrev@fregatten-jylland-fonden.dk", "kultur@syddjurs.dk", "Fregatten åbner sæsonen")
            .html("<html><body><p>Kære venner af fregatten</p><p>Dokken er tømt for vinterpresenninger, og riggen står klar. "
                + "Frivillige guider søges til sommerens rundvisninger.</p></body></html>");
        n.mailFrom = "bounce-fj61@mailkaj.com";
        n.ip = "127.161.42.5";
        n.helo = "out.mailkaj.com";
        n.signers.add("mailkaj.com");
        n.description = "frigate foundation newsletter through the ESP, only the ESP signs (foundation's DMARC fails)";
    }

    private void internal() {
        String[][] t = {{"Lise Frandsen", "lf@syddjurs.dk", "kreditor@syddjurs.dk", "Godkendt: Kalø-regning",
            "Hej\n\nJeg har godkendt acontobegæringen fra Kalø Murer i Prisme. Den kan betales.\n\nLise"},
            {"Økonomi", "oekonomi@syddjurs.dk", "alle-ledere@syddjurs.dk", "Husk periodeafgrænsning",
                "Kære ledere\n\nFakturaer for marts skal være godkendt senest den 8. april af hensyn til regnskabet.\n\nØkonomi"},
            {"Kenneth Juhl", "kj@syddjurs.dk", "kultur@syddjurs.dk", "Fregatten - budget for rigning",
                "Hej Kultur\n\nRiggeren har meldt ekstra timer på stormasten. Der er plads i anlægsbudgettet. Tjekker I ordren?\n\nKenneth"}};
        for (String[] x : t) {
            M m = ok("internal", false);
            headers(m, x[0], x[1], x[2], x[3]).text(x[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail within " + OWN;
        }
    }

    private void orders() {
        M m = ok("order-confirmation", false);
        headers(m, byg.name(), addr(byg), "ejendomsservice@syddjurs.dk", "Ordrebekræftelse 771204")
            .text("Tak for ordren. Vi leverer 40 sække kalkmørtel og 12 stk. lægter til materielgården i Ryomgård torsdag. "
                + "Faktura følger efter levering." + signature(byg));
        genuine(m, byg.ip());
        m.description = "order confirmation from the builders' merchant";
        m = ok("order-confirmation", false);
        headers(m, kontor.name(), addr(kontor), "indkoeb@syddjurs.dk", "Vi har modtaget din bestilling")
            .text("Din bestilling på 60 kasser kopipapir og 14 tonere er modtaget og pakkes i dag. Levering til Rådhuset på "
                + "Lundbergsvej." + signature(kontor));
        genuine(m, kontor.ip());
        m.description = "order confirmation from the office supplier (?all, DMARC none, DKIM pass)";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7044060008123455"), iban("PL", "109010140000071219812874"),
        iban("GB", "MIDL40051512345678"), iban("BG", "UNCR70001522334455"), iban("HU", "117730161111101800000000"),
        iban("RO", "BTRLRONCRT0061234567"), iban("EE", "3820001103219685"), iban("NL", "ABNA0417164300"),
        iban("DE", "120300000019283746"), iban("DK", "89000009871234"), iban("IE", "AIBK93115212345678"),
        iban("CY", "002001280000001200527600"), iban("MT", "MALT011000012345MTLCAST001S"), iban("DK", "54000006612087"),
        iban("LT", "1273000000451201"), iban("PL", "601020404400000002036601")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    /** A fraud mail; the caller writes its body. */
    private M fraud(String family, String name, String from, String to, String subject) {
        M m = bad(family);
        headers(m, name, from, to, subject);
        return m;
    }

    private void forgedBy(M m) {
        forged(m, forgedHost++);
    }

    private void fraudulent() {
        // forged-supplier: forged From of listed suppliers, from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(0), 2, List.of("Bemærk: nyt betalingsinstitut"), "", "Til vores erhvervskunder\n\nVi er ved at "
            + "skifte bank, og i en overgangsperiode modtager vi indbetalinger på en konto hos vores europæiske partner. "
            + "Fakturaens konto er derfor ændret; den gamle lukkes ved månedens udgang.");
        forgedBy(m);
        m.description = "forged From ebeltoft-fjernvarme.dk (p=reject) from a fraudster's machine, LT mule account";
        m = bad("forged-supplier");
        invoice(m, entrep, mule(9), 4, List.of(), "", "Hej\n\nLille ting: vores revisor har bedt os samle alle "
            + "kommunale betalinger på én projektkonto, så slutfakturaen for bassinet skal indbetales til kontoen nedenfor og "
            + "ikke den gamle. Tak for hjælpen.");
        forgedBy(m);
        m.description = "forged From roende-entreprise.dk (p=quarantine, ~all), Danish mule account";
        m = bad("forged-supplier");
        invoice(m, kontor, mule(3), 6, List.of(), "", "Hej fra Balle\n\nTonerne og ringbindene til skolerne "
            + "i Mørke og Kolind kørte ud i tirsdags, og regningen ligger her. Vi er gået over til et nyt økonomisystem hos "
            + "vores kæde, og i den forbindelse har kæden overtaget indbetalingerne, så beløbet skal nu ind på den "
            + "bulgarske samlekonto, der står nederst på fakturaen. Den gamle konto i Djurslands Andelskasse nedlægges, når "
            + "kvartalet er omme, så ret den gerne med det samme i kreditorkartoteket.");
        forgedBy(m);
        m.description = "forged From balle-kontorforsyning.dk (?all, p=none), BG mule account";

        // compromised-supplier: the real mailbox, real server and signature, new account
        m = bad("compromised-supplier");
        invoice(m, byg, mule(1), 1, List.of(), "", "Proff-afdelingen sender her regningen på "
            + "spær, gipsplader og skruer til renoveringen af materielgården. Vores koncern har flyttet alle erhvervskunders "
            + "betalinger til en polsk clearingbank, fordi danske overførsler i øjeblikket bliver forsinket af bankernes nye "
            + "kontrol. Den konto, I har i kartoteket, lukker fredag, så brug venligst kun kontonummeret på denne regning.");
        genuine(m, byg.ip());
        m.description = "compromised mailbox of ebeltoft-byggemarked.dk: authenticated invoice to a PL account";
        m = bad("compromised-supplier");
        headers(m, toemrer.person(), addr(toemrer), "kreditor@syddjurs.dk", "Re: " + past.get(toemrer.domain()).subject())
            .text("Hej\n\nFaktura " + past.get(toemrer.domain()).no() + " er stadig ikke betalt, og vi har fået den retur fra "
                + "banken fordi kontoen er under omlægning. Overfør venligst " + past.get(toemrer.domain()).amount().gross()
                + " kr. til " + mule(7) + " i stedet. Svar gerne her når det er gjort.\n\nMette");
        m.mime.header("In-Reply-To", past.get(toemrer.domain()).messageId());
        genuine(m, toemrer.ip());
        m.description = "compromised hornslet-toemrer.dk mailbox asks to repay the history invoice to an NL account";
        m = bad("compromised-supplier");
        invoice(m, el, mule(13), 3, List.of("Kontoændring gældende fra dags dato"), "", "Hej\n\nVedhæftet faktura for "
            + "udebelysningen ved besøgscentret. Vi har netop skiftet bank til Lunar Erhverv, så husk at rette kontoen i jeres "
            + "system inden betaling.");
        genuine(m, HOSTER_IP);
        m.description = "compromised knebel-el.dk account at the web hoster: signed invoice to a new DK account";

        // lookalike-domain
        m = bad("lookalike-domain");
        invoice(m, byg.posing("ebeltoft-bygmarked.dk", mule(2)), mule(2), 5, List.of(), "", null);
        ownedBy(m, "ebeltoft-bygmarked.dk");
        m.description = "look-alike ebeltoft-bygmarked.dk (letter dropped) invoices to a GB account";
        m = bad("lookalike-domain");
        invoice(m, el.posing("knebel-elservice.dk", mule(4)), mule(4), 0, List.of(), "", "Goddag\n\nHer er fakturaen for "
            + "stikkontakterne på friskolen. Betal venligst til den konto, som er anført på fakturaen, inden fem hverdage.");
        ownedBy(m, "knebel-elservice.dk");
        m.description = "look-alike knebel-elservice.dk invoices the school job, HU account";
        m = bad("lookalike-domain");
        invoice(m, mad.posing("roende-madservice.net", mule(5)), mule(5), 6, List.of(), "", null);
        ownedBy(m, "roende-madservice.net");
        m.description = "other-TLD look-alike roende-madservice.net, RO account";

        // lookalike-homoglyph
        m = bad("lookalike-homoglyph");
        String hg = idn("ebeltoft-bygg\u0435marked.dk");
        invoice(m, byg.posing(hg, mule(6)), mule(6), 2, List.of(), "", "Hej Syddjurs\n\nLægterne og "
            + "kalkmørtlen til materielgården i Ryomgård blev leveret i går med vores lastbil fra Ebeltoft. Vi har fået nyt "
            + "layout på regningerne efter opkøbet af tømmerhandlen i Rønde, og samtidig flyttede ejerne kontoen til en estisk "
            + "bank med lavere gebyrer. Husk derfor at bruge kontonummeret fra den vedhæftede regning.");
        ownedBy(m, hg);
        m.description = "punycode homoglyph (Cyrillic o) of ebeltoft-byggemarked.dk, EE account";
        m = bad("lookalike-homoglyph");
        String hg2 = idn("kolind-reng\u043eering.dk");
        invoice(m, rengoer.posing(hg2, mule(8)), mule(8), 4, List.of(), "", null);
        ownedBy(m, hg2);
        m.description = "punycode homoglyph of kolind-rengoering.dk, DE account";

        // lookalike-platform
        m = fraud("lookalike-platform", "Kvitbox", "faktura@kvitbox-ebeltoft.com", "kreditor@syddjurs.dk",
            "Kolind Malerforretning har sendt dig en faktura");
        m.mime.html("<html><body><h3>Du har modtaget en faktura</h3><p>Kolind Malerforretning v/ Bent Aagaard har sendt "
            + "faktura 7731 på 23.125,00 kr.</p><p><a href=\"https://kvitbox-ebeltoft.com/pay/7731\">Se og betal fakturaen</a>"
            + "</p><p>Betaling kan også ske til " + mule(10) + ".</p></body></html>");
        ownedBy(m, "kvitbox-ebeltoft.com");
        m.description = "look-alike of the Kvitbox platform with pay link and IE account";
        m = fraud("lookalike-platform", "Dueflow Payments", "notify@dueflow-hornslet.net", "kreditor@syddjurs.dk",
            "Action required: invoice overdue on Dueflow");
        m.mime.html("<html><body><p>An invoice from Ryomgård Vognmandsforretning is now 9 days overdue.</p><p>To avoid "
            + "a late fee, settle it today at <a href=\"https://dueflow-hornslet.net/s/ry\">dueflow.io/secure</a>.</p></body></html>");
        ownedBy(m, "dueflow-hornslet.net");
        m.description = "look-alike of dueflow.io, link text shows the real platform";

        // ceo-fraud
        m = fraud("ceo-fraud", "Borgmester Michael Stegger", "borgmester.syddjurs@gmail.com", "kreditor@syddjurs.dk",
            "Fortroligt");
        m.mime.text("Hej\n\nEr du ved skrivebordet? Jeg sidder i møde med Region Midtjylland om lufthavnen i Tirstrup og har "
            + "brug for at få lavet en hasteoverførsel i dag, inden fristen udløber. Det er fortroligt indtil videre, så "
            + "snak ikke med andre om det. Svar mig her, så sender jeg detaljerne.\n\nMichael\nSendt fra min mobil");
        genuine(m, GMAIL);
        m.description = "mayor's name on gmail.com asks for a confidential urgent transfer";
        m = fraud("ceo-fraud", "Kommunaldirektør", "direktion@syddjurs-ebeltoft.com", "regnskab@syddjurs.dk",
            "Betaling skal ske i dag - Aarhus Airport");
        m.mime.text("Kære Regnskab\n\nVi har indgået en aftale om markedsføring af ruterne fra Aarhus Airport, og første rate "
            + "på 412.500 kr. skal betales i dag til " + mule(11) + ". Aftalen er godkendt af Økonomiudvalget. Jeg er på vej "
            + "ind til Christiansborg og kan ikke tage telefonen.\n\nMed venlig hilsen\nKommunaldirektøren");
        ownedBy(m, "syddjurs-ebeltoft.com");
        m.description = "director's title from a domain imitating ours, CY account";
        m = fraud("ceo-fraud", "Chief Executive", "ceo.syddjurs@outlook.com", "oekonomi@syddjurs.dk", "Quick task");
        m.mime.text("Hi, I need you to handle a vendor payment for me today. It is for the Kalø project and must stay "
            + "between us until the council is informed. How fast can you process an international transfer?");
        genuine(m, MSFT);
        m.description = "English CEO approach from outlook.com";

        // fake-digital-post
        m = fraud("fake-digital-post", "Digital Post", "besked@digitalpost-kolind.net", "regnskab@syddjurs.dk",
            "Du har ulæst post fra Skattestyrelsen");
        m.mime.html("<html><body><p>Der ligger et brev til Syddjurs Kommune fra Skattestyrelsen om en efterregulering af moms.</p>"
            + "<p>Brevet slettes efter 7 dage. <a href=\"https://digitalpost-kolind.net/laes\">Log ind med MitID</a></p></body></html>");
        ownedBy(m, "digitalpost-kolind.net");
        m.description = "fake Digital Post notice with MitID login link";
        m = fraud("fake-digital-post", "MitID Erhverv", "sikkerhed@mitid-ronde.com", "it@syddjurs.dk",
            "Jeres MitID Erhverv udløber");
        m.mime.html("<html><body><p>Kære administrator i Syddjurs Kommune</p><p>Nøgleadministratoren for jeres "
            + "organisation har ikke bekræftet rettighederne siden januar. Hvis ikke en bruger logger på og genbekræfter "
            + "inden torsdag kl. 12, lukker Digitaliseringsstyrelsen adgangen til netbanken, lønsystemet og indberetningerne "
            + "til Skattestyrelsen for hele kommunen.</p><p><a href=\"https://mitid-ronde.com/forny\">Genbekræft "
            + "organisationen her</a></p><p>Venlig hilsen MitID Erhverv, brugeradministration</p></body></html>");
        ownedBy(m, "mitid-ronde.com");
        m.description = "fake MitID Erhverv expiry with credential link";

        // fake-nemhandel-notice
        m = fraud("fake-nemhandel-notice", "NemHandel", "afvist@nemhandel-hornslet.dk", "efaktura@syddjurs.dk",
            "Afvist e-faktura: fejl i modtagerens EAN");
        m.mime.text("Kære modtager\n\nEn e-faktura til EAN " + EAN + " kunne ikke leveres. Afsender har derfor anmodet om "
            + "manuel betaling til " + mule(12) + ". Kontroller fakturaen i det vedhæftede dokument.\n\nNemHandel driftscenter");
        m.mime.attach("application/pdf", "afvist-faktura.pdf", Attachments.pdf(docId(m, "nh"), "Afvist e-faktura",
            List.of("Afsender: Femmøller IT ApS", "Beløb 31.250,00", "Manuel betaling: " + mule(12))));
        ownedBy(m, "nemhandel-hornslet.dk");
        m.description = "fake NemHandel rejection asks for manual payment to an MT account";
        m = fraud("fake-nemhandel-notice", "NemHandel Support", "no-reply@nemhandel-hornslet.dk", "efaktura@syddjurs.dk",
            "Jeres NemHandel-registrering skal bekræftes");
        m.mime.html("<html><body><p>Registreringen af jeres EAN-numre i NemHandelsregistret udløber. Bekræft via "
            + "<a href=\"https://nemhandel-hornslet.dk/ean\">dette link</a> og betal gebyret på 2.495 kr.</p></body></html>");
        ownedBy(m, "nemhandel-hornslet.dk");
        m.description = "fake NemHandel registry renewal fee";

        // fake-inkasso
        m = fraud("fake-inkasso", "Ryomgård Inkasso", "sag@inkasso-ryomgaard.dk", "kreditor@syddjurs.dk",
            "Inkassovarsel - sag 37-1187");
        m.mime.text("Til Syddjurs Kommune\n\nVi er blevet overdraget en ubetalt fordring fra Tirstrup Turistfart ApS. Med "
            + "renter og omkostninger udgør kravet 18.640,75 kr. Betales beløbet ikke inden tre dage til " + mule(14)
            + ", indgives sagen til fogedretten uden yderligere varsel.\n\nRyomgård Inkasso");
        ownedBy(m, "inkasso-ryomgaard.dk");
        m.description = "fake debt collector for a listed supplier, LT account, three-day threat";
        m = fraud("fake-inkasso", "Inkasso Afdeling", "inkasso.djurs@hotmail.com", "regnskab@syddjurs.dk",
            "SIDSTE VARSEL FØR RETSLIG INKASSO");
        m.mime.text("Syddjurs Kommune har trods tre påmindelser ikke betalt "
            + "for leje af telte til byfesten på havnen i Ebeltoft. Vores klient har nu bedt os inddrive beløbet. Skylder I "
            + "fortsat 9.870,00 kr. plus gebyr 100,00 kr. i morgen, sender vi sagen til retten og registrerer kommunen som "
            + "dårlig betaler. Indbetal til " + mule(15) + " og skriv sagsnummer INK-4471 i teksten. Ingen svar modtages på "
            + "denne mail.");
        genuine(m, MSFT);
        m.description = "shouting collection notice from hotmail.com, PL account";

        // reply-chain-hijack
        Past pe = past.get(entrep.domain());
        m = fraud("reply-chain-hijack", entrep.person(), "kv@roende-entreprise.net", "kreditor@syddjurs.dk", "SV: " + pe.subject());
        m.mime.header("In-Reply-To", pe.messageId()).header("References", pe.messageId());
        m.mime.text("Hej igen\n\nTak for svaret. Som skrevet i tråden er der sket en fejl med kontoen på faktura " + pe.no()
            + " - den rigtige er " + mule(1) + ". Kan I nå det i dag?\n\nKasper\n\n> Vi betaler fakturaen i næste betalingskørsel.");
        ownedBy(m, "roende-entreprise.net");
        m.description = "thread of the contractor's history invoice continued from a look-alike .net domain, PL account";
        Past pv = past.get(vvs.domain());
        m = fraud("reply-chain-hijack", vvs.person(), "vaerksted@moerke-vvs.net", "kreditor@syddjurs.dk", "Re: " + pv.subject());
        m.mime.header("In-Reply-To", pv.messageId()).header("References", pv.messageId());
        m.mime.text("Hej\n\nJeg følger lige op på mailen herunder. Vores bank har blokeret den gamle konto pga. svindelforsøg, "
            + "så beløbet " + pv.amount().gross() + " kr. skal gå til " + mule(3) + ".\n\nVh Værkstedet");
        ownedBy(m, "moerke-vvs.net");
        m.description = "hijacked thread of moerke-vvs.dk from moerke-vvs.net, BG account";

        // split-payment
        m = fraud("split-payment", "Rønde Madservice A/S", "bogholderi@roende-madservice.net", "kreditor@syddjurs.dk",
            "Betaling af faktura fordelt på to konti");
        m.mime.text("Hej\n\nPå grund af et beløbsloft hos vores bank beder vi jer dele betalingen: 60 % til den sædvanlige "
            + "konto og 40 % til " + mule(6) + ". Vi beklager besværet.\n\nBogholderiet");
        ownedBy(m, "roende-madservice.net");
        m.description = "split payment between the usual account and an EE account";
        m = fraud("split-payment", "Balle Kontorforsyning", "ordre@balle-kontorforsyning.com", "kreditor@syddjurs.dk",
            "Delbetaling - ny instruks");
        m.mime.text("Til kreditorafdelingen\n\nFor at undgå forsinkelser på grund af bankens kontrol beder vi om, at fakturaer "
            + "over 25.000 kr. deles i to overførsler. Den ene del til " + mule(7) + ", den anden som hidtil.");
        ownedBy(m, "balle-kontorforsyning.com");
        m.description = "split payment from a .com look-alike of the office supplier, NL account";

        // callback-phone-invoice
        m = fraud("callback-phone-invoice", "Tirstrup Betalingsservice", "kundeservice@tirstrup-betaling.dk",
            "kreditor@syddjurs.dk", "Faktura 55120 - ring for spørgsmål");
        m.mime.text("Hej\n\nVedlagt faktura for parkering og shuttlebus til Aarhus Airport for jeres medarbejdere. Er der "
            + "spørgsmål, eller ønsker I at betale med kort, så ring direkte på +45 71 99 40 12 - vi sidder klar.\n\n"
            + "Tirstrup Betalingsservice");
        m.mime.attach("application/pdf", "faktura-55120.pdf", Attachments.pdf(docId(m, "cb"), "Faktura 55120",
            List.of("Parkering P-Tirstrup, 12 måneder", "I alt 7.412,50", "Ring +45 71 99 40 12 for betaling")));
        ownedBy(m, "tirstrup-betaling.dk");
        m.description = "invoice with only a callback number for card payment";
        m = fraud("callback-phone-invoice", "Femmøller IT Support", "support@femmoeller-it.net", "it@syddjurs.dk",
            "Fornyelse af antivirus - bekræft telefonisk");
        m.mime.text("Jeres licens til antivirus på 380 elev-pc'er fornyes automatisk i morgen for 46.800 kr. Ønsker I ikke "
            + "fornyelsen, skal I ringe på 78 77 10 45 inden kl. 16.");
        ownedBy(m, "femmoeller-it.net");
        m.description = "renewal with callback number from a look-alike of femmoeller-it.dk";

        // qr-code-payment
        m = fraud("qr-code-payment", "Ebeltoft Fjernvarme", "opkraevning@ebeltoft-fjernvarme.com", "kreditor@syddjurs.dk",
            "Opkrævning - betal med QR");
        m.mime.html("<html><body><p>Kære kunde</p><p>Scan QR-koden med din bankapp for at betale kvartalets acontobeløb "
            + "på 88.150,00 kr. Koden er gyldig i 48 timer.</p></body></html>");
        m.mime.attach("image/png", "betaling.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "ebeltoft-fjernvarme.com");
        m.description = "district heating look-alike with a QR code to pay";
        m = fraud("qr-code-payment", "Syddjurs Parkering", "p@tirstrup-fragt.dk", "teknik@syddjurs.dk",
            "Manglende betaling for tjenestebil");
        m.mime.html("<html><body><p>Tjenestebil CX 41 207 holdt uden gyldig billet ved Ebeltoft Færgehavn. Scan og betal "
            + "bøden på 750 kr. inden 3 dage.</p></body></html>");
        m.mime.attach("image/png", "qr.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "tirstrup-fragt.dk");
        m.description = "QR parking fine for a service car";

        // zip-wrapped-pdf
        m = fraud("zip-wrapped-pdf", "Hornslet Tømrer", "mk@hornslet-toemrer.net", "kreditor@syddjurs.dk", "Faktura og tegninger");
        m.mime.text("Hej\n\nFakturaen og tegningerne er pakket sammen i zip-filen, da filerne var for store. Adgangskode: 2037\n\nMette");
        m.mime.attach("application/zip", "faktura_tegninger.zip", Attachments.zip("faktura_37881.pdf",
            Attachments.pdf(docId(m, "zp"), "Faktura 37881", List.of("Betaling til " + mule(8))), "tegninger.txt",
            "se vedlagte".getBytes(StandardCharsets.UTF_8)));
        ownedBy(m, "hornslet-toemrer.net");
        m.description = "look-alike carpenter sends a ZIP with a PDF invoice to a DE account";
        m = bad("zip-wrapped-pdf");
        headers(m, "Kolind Rengøring", "debitor@kolind-rengoering.dk", "kreditor@syddjurs.dk", "Samlet fakturering Q1 (zip)")
            .text("Til Kreditor\n\nI finder kvartalets fakturaer samlet i den vedhæftede fil.\n\nDebitorafdelingen")
            .attach("application/zip", "Q1-fakturaer.zip", Attachments.zip("Q1-samlet.pdf", Attachments.pdf(docId(m, "zq"),
                "Samlet opkrævning", List.of("Rengøring jan-mar", "Betal " + mule(0)))));
        forgedBy(m);
        m.description = "forged From kolind-rengoering.dk (DKIM only, p=quarantine), ZIP with invoices to LT account";

        // office-macro
        m = fraud("office-macro", "Kolind Maler", "bent@kolind-maler.dk", "kreditor@syddjurs.dk", "Tilbud og faktura");
        m.mime.text("Hej, jeg har lavet opgørelsen i Word denne gang. I skal lige klikke 'Aktivér indhold' for at se beløbene.");
        m.mime.attach("application/vnd.ms-word.document.macroEnabled.12", "opgoerelse.docm",
            Attachments.word("Opgørelse malerarbejde Kolind Centralskole", true));
        forgedBy(m);
        m.description = "forged From kolind-maler.dk (nothing published) with a macro Word document";
        m = fraud("office-macro", "Skødshoved Lønservice", "loen@skoedshoved-lonservice.dk", "loen@syddjurs.dk",
            "Lønregulering - regneark");
        m.mime.text("Vedhæftet regnearket med de nye satser. Makroer skal være slået til for at beregningen virker.");
        m.mime.attach("application/vnd.ms-excel.sheet.macroEnabled.12", "satser2037.xlsm",
            Attachments.excel(List.of("Medarbejder;Sats", "Alle;Se makro"), true));
        ownedBy(m, "skoedshoved-lonservice.dk");
        m.description = "payroll spreadsheet with macros from an unknown service";

        // image-only-invoice
        m = fraud("image-only-invoice", "Ryomgård Vognmand", "finn@ryomgaard-vognmand.dk", "kreditor@syddjurs.dk", "Faktura");
        m.mime.text("Se vedhæftede billede.");
        m.mime.attach("image/jpeg", "faktura.jpg", Attachments.image(docId(m, "im"), "jpg"));
        forgedBy(m);
        m.description = "forged From ryomgaard-vognmand.dk (p=none), invoice only as a photo";
        m = fraud("image-only-invoice", "Balle Scanning", "scan@balle-scanning.com", "kreditor@syddjurs.dk",
            "Scannet dokument fra kopimaskine");
        m.mime.text("Scannet bilag.");
        m.mime.attach("application/pdf", "scan0041.pdf", Attachments.scannedPdf(docId(m, "sc")));
        ownedBy(m, "balle-scanning.com");
        m.description = "image-only scanned PDF from an unknown scanner domain";

        // payroll-account-change
        m = fraud("payroll-account-change", "Lene Mortensen", "lene.mortensen.syd@gmail.com", "loen@syddjurs.dk",
            "Ny lønkonto");
        m.mime.text("Hej Løn\n\nJeg har skiftet bank og vil gerne have min løn overført til den nye konto fra denne måned: "
            + "reg. 8900 konto 0009871234. Jeg arbejder i hjemmeplejen i Rønde.\n\nVenlig hilsen Lene");
        genuine(m, GMAIL);
        m.description = "employee's name on gmail.com asks for a new salary account";
        m = fraud("payroll-account-change", "Thomas Bjerre", "tb@syddjurs.dk", "loen@syddjurs.dk", "Ændring af kontonummer");
        m.mime.text("Hej Lønkontoret\n\nJeg er lærer på Ebeltoft Skole og "
            + "sidder lige nu på lejrskole på Helgenæs med 7.a, hvor dækningen er elendig. Min bank har lukket min gamle "
            + "konto efter et misbrug, så vil I være søde at sætte lønnen til " + mule(13) + " inden kørslen på torsdag? "
            + "Jeg kan ikke logge på portalen herude.\n\nThomas Bjerre");
        forgedBy(m);
        m.description = "own domain forged from outside, payroll change to a DK account";

        // xml-invoice-changed-account
        m = bad("xml-invoice-changed-account");
        String xno = invoiceNo(it);
        headers(m, it.name(), "regnskab@femmoeller-it.net", "efaktura@syddjurs.dk", "E-faktura " + xno)
            .text("E-faktura " + xno + " vedhæftet som OIOUBL.")
            .attach("application/xml", "invoice-" + xno + ".xml", Ubl.oioubl(xno, it.name(), cvr(it.domain()), it.what(),
                KOMMUNE, EAN, 2_940_000, mule(2), true, isoDay(m, 0), isoDay(m, 10), "OIOUBL", null)
                .getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "femmoeller-it.net");
        m.description = "OIOUBL from a look-alike of the IT supplier pays a GB IBAN";
        m = bad("xml-invoice-changed-account");
        String xno2 = invoiceNo(mad);
        headers(m, mad.name(), addr(mad), "efaktura@syddjurs.dk", "Invoice " + xno2)
            .attach("application/xml", "peppol-" + xno2 + ".xml", Ubl.oioubl(xno2, mad.name(), cvr(mad.domain()), mad.what(),
                KOMMUNE, EAN, 4_120_000, mule(4), true, isoDay(m, 0), isoDay(m, 14), "Peppol", null)
                .getBytes(StandardCharsets.UTF_8));
        forgedBy(m);
        m.description = "forged roende-madservice.dk (p=reject) Peppol XML with a HU IBAN";

        // fake-esignature-request
        m = fraud("fake-esignature-request", "Godkend", "dokument@godkend-knebel.dk", "indkoeb@syddjurs.dk",
            "Dokument klar til underskrift: Rammeaftale");
        m.mime.html("<html><body><p>Indkøb, Syddjurs Kommune</p><p>Ebeltoft Byggemarked har delt dokumentet "
            + "<b>Rammeaftale_Syddjurs_2037.pdf</b> med jer. Aftalen om byggematerialer til ejendomsservice skal underskrives "
            + "af en tegningsberettiget, før priserne for andet halvår låses.</p><p>Log på med jeres kommunale "
            + "Microsoft-konto for at åbne den: <a href=\"https://godkend-knebel.dk/d/8812\">Åbn og underskriv</a></p>"
            + "<p>Linket udløber om 24 timer.</p></body></html>");
        ownedBy(m, "godkend-knebel.dk");
        m.description = "fake e-signature request mimicking godkendnu.dk, credential link";
        m = fraud("fake-esignature-request", "DocuSign Service", "docs@helgenaes-riggeri.dk", "kultur@syddjurs.dk",
            "Please sign: Frigate maintenance contract");
        m.mime.html("<html><body><p>You have received a document to review and sign.</p><p><a href=\"https://helgenaes-"
            + "riggeri.dk/review\">REVIEW DOCUMENT</a></p></body></html>");
        ownedBy(m, "helgenaes-riggeri.dk");
        m.description = "English fake signature request about the frigate contract";

        // fake-frigate-rigging-invoice (new)
        m = bad("fake-frigate-rigging-invoice");
        invoice(m, rig.posing("ebeltoft-rigning.com", mule(5)), mule(5), 3, List.of("Ordre " + rigOrder + " - tillæg"), "",
            "Under eftersynet fandt vi en revne i bramstangen på stormasten, og vi måtte skifte den straks for at undgå, at "
                + "den faldt ned i dokken blandt de besøgende. Tillægget til ordre " + rigOrder + " er vedhæftet. Da beløbet "
                + "ligger uden for rammen, bedes det betalt til vores projektkonto.");
        ownedBy(m, "ebeltoft-rigning.com");
        m.description = "look-alike of the frigate's rigger cites the real order, 'cracked topgallant mast', RO account";
        m = fraud("fake-frigate-rigging-invoice", "Fregat Rigning Ebeltoft", "ordre@fregat-rigning-ebeltoft.dk",
            "kultur@syddjurs.dk", "Faktura: nye vanter fokkemast");
        m.mime.text("Hej Kultur\n\nSom drøftet med fondens bestyrelse har vi leveret 16 nye vanter i galvaniseret wire til "
            + "fokkemasten. Fakturaen på 96.250,00 kr. skal betales inden ugens udgang til " + mule(9)
            + ", så vi kan bestille tovværket til næste etape.\n\nFregat Rigning");
        ownedBy(m, "fregat-rigning-ebeltoft.dk");
        m.description = "unknown rigging firm bills shrouds for the frigate's foremast (DK mule)";
        m = fraud("fake-frigate-rigging-invoice", "Helgenæs Riggeri", "kontor@helgenaes-riggeri.dk", "kultur@syddjurs.dk",
            "Forudbetaling - vintertjæring af riggen");
        m.mime.text("Goddag\n\nVi har reserveret hold til vintertjæringen af fregattens stående rig i uge 46. For at sikre "
            + "pladsen skal halvdelen, 42.000 kr., forudbetales til " + mule(10) + ". Tjæren er allerede bestilt hjem.\n\n"
            + "Helgenæs Riggeri");
        ownedBy(m, "helgenaes-riggeri.dk");
        m.description = "unknown rigger wants prepayment for the frigate's winter tarring (IE IBAN)";

        // fake-glass-furnace-service-invoice (new)
        m = bad("fake-glass-furnace-service-invoice");
        invoice(m, ovn.posing("femmoeller-ovnteknik.net", mule(11)), mule(11), 2, List.of("Serviceaftale " + furnaceContract
            + " - akut udkald"), "", "Smelteovnen på Glasmuseet gik i alarm søndag aften, og vores vagt skiftede brænderen for "
            + "at undgå at glasmassen størknede i diglen. Akutudkaldet er ikke dækket af serviceaftalen og forfalder straks. "
            + "Bemærk den nye konto.");
        ownedBy(m, "femmoeller-ovnteknik.net");
        m.description = "look-alike of the furnace firm cites the real agreement, 'emergency burner swap', CY account";
        m = fraud("fake-glass-furnace-service-invoice", "Glasovn Service", "service@glasovn-femmoeller.dk",
            "kultur@syddjurs.dk", "Lovpligtigt eftersyn af gasinstallation - Glasmuseet");
        m.mime.text("Til Glasmuseet\n\nGasreglementet kræver årligt eftersyn af smelteovnens gasinstallation. Vi har sat jer "
            + "på i næste uge. Gebyret på 14.375 kr. betales forud til " + mule(12) + ", ellers kan vi ikke udstede "
            + "attesten.\n\nGlasovn Service");
        ownedBy(m, "glasovn-femmoeller.dk");
        m.description = "'mandatory gas inspection' of the museum furnace, prepaid to an MT account";
        m = fraud("fake-glass-furnace-service-invoice", "Ebeltoft Glasservice", "faktura@ebeltoft-glasservice.dk",
            "kreditor@syddjurs.dk", "Faktura 2291 - ny isolering køleovne");
        m.mime.text("Hej\n\nVedhæftet faktura for ny keramisk isolering i de tre køleovne på museet, udført efter aftale "
            + "med værkstedslederen. Betal venligst til " + mule(14) + ".\n\nEbeltoft Glasservice");
        m.mime.attach("application/pdf", "faktura-2291.pdf", Attachments.pdf(docId(m, "gs"), "Faktura 2291",
            List.of("Ny isolering, 3 køleovne", "I alt 52.600,00 inkl. moms", "Konto " + mule(14))));
        ownedBy(m, "ebeltoft-glasservice.dk");
        m.description = "unknown firm bills insulation of the annealing ovens 'agreed with the workshop' (LT account)";

        // fake-castle-ruin-masonry-invoice (new)
        m = bad("fake-castle-ruin-masonry-invoice");
        invoice(m, murer.posing("kaloe-murer.net", mule(15)), mule(15), 4, List.of("Sag " + ruinCase + " - ekstraarbejde"), "",
            "Efter frostnætterne løsnede sig flere sten i tårnets murkrone, og vi sikrede dem straks, før turisterne kom. "
                + "Ekstraarbejdet på sag " + ruinCase + " er faktureret separat og skal betales til den konto, der står "
                + "på fakturaen, da vores sædvanlige konto er spærret under bankskifte.");
        ownedBy(m, "kaloe-murer.net");
        m.description = "look-alike of the restoration mason cites the real ruin case, frost damage, PL account";
        m = fraud("fake-castle-ruin-masonry-invoice", "Kalø Restaurering", "info@kalo-restaurering.dk", "kultur@syddjurs.dk",
            "Hastesikring af Kalø Slotsruin");
        m.mime.text("Goddag\n\nVi blev kontaktet af en opsynsmand fra Naturstyrelsen om nedstyrtningsfare ved porttårnet og "
            + "har sat afspærring og stålbånd op. Regningen på 67.900 kr. bedes betalt inden fem dage til " + mule(0)
            + ".\n\nKalø Restaurering");
        ownedBy(m, "kalo-restaurering.dk");
        m.description = "unknown firm bills 'emergency securing' of the Kalø gate tower (LT account)";
        m = fraud("fake-castle-ruin-masonry-invoice", "Mols Bjerge Stenhuggeri", "tilbud@mols-bjerge-stenhuggeri.dk",
            "teknik@syddjurs.dk", "Bekræftelse: nye kampesten til ruinens dæmning");
        m.mime.text("Hej\n\nTak for ordren på 40 tons kløvede kampesten til dæmningen ud til Kalø-ruinen. Stenene udtages fra "
            + "vores brud, når depositum på 28.000 kr. er indgået på " + mule(2) + ".\n\nMols Bjerge Stenhuggeri");
        ownedBy(m, "mols-bjerge-stenhuggeri.dk");
        m.description = "'your order' for boulders for the ruin's causeway, deposit to a GB account";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus61().generate(), List.of(
            "# Syddjurs Kommune, Økonomi: invoice checks (sixty-first held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=ebeltoft-fjernvarme.dk roende-entreprise.dk ebeltoft-rigning.dk femmoeller-ovnteknik.dk "
                + "kaloe-murer.dk hornslet-toemrer.dk kolind-maler.dk kolind-rengoering.dk molsposten.dk ryomgaard-vognmand.dk "
                + "knebel-el.dk moerke-vvs.dk roende-madservice.dk ebeltoft-byggemarked.dk femmoeller-it.dk "
                + "tirstrup-turistfart.dk balle-kontorforsyning.dk",
            "invoice.domains.platforms=kvitbox.dk dueflow.io fakturmo.dk lommebog.com",
            "invoice.names.protected=Syddjurs Kommune"));
    }
}
