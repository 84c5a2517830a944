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
 * The forty-first held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Nordfyns Kommune ({@value #OWN}, p=reject; town hall in Otterup), a North Funen municipality with Bogense marina and
 * harbour, the towns Otterup, Søndersø and Morud, villages such as Særslev, Skamby, Harndrup and Klinte, Hasmark beach and
 * its summer houses, the Enebærodde spit, the Gyldensteen Strand nature restoration, manor estates, farming and small
 * industry; fifteen listed suppliers in every DNS posture real Danish firms have (two sending through a Bogense web hoster
 * named in their SPF), three invoicing platforms ({@code fakturalyn.dk}, {@code betalbro.io}, {@code hejregning.dk}), SaaS
 * ({@code caremapper.com}, {@code drifto.dk}), an ESP ({@code mailkaret.dk}) and an e-signature service ({@code
 * godkendt.io}), all fictional and all with names from A to M; a field biologist, a manor estate and a farm advisory
 * service, a Swedish and a German supplier, local banks, an intermunicipal waste company, a creditor list, forwarders (with
 * and without SRS), free mail and fraudsters' own domains, each carrying a Nordfyn place name.
 *
 * <p>Written blind, from the brief and from how Danish fraud mails read (changed bank details, CEO fraud, fake Digital
 * Post/MitID, fake NemHandel notices, fake inkasso, look-alike domains, compromised mailboxes, hijacked threads, callback
 * scams, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, salary-account changes) and three kinds new here: works at the marina billed by someone who did not do them, or
 * the real harbour service's work order moved to a new account (fake-marina-works-invoice); the bird and water monitoring
 * of the Gyldensteen Strand restoration billed by a look-alike of the real field biologist, a "nature fund" or a "monitoring
 * service" (fake-nature-restoration-claim); and compensation for crop damage from municipal drain and road works claimed by
 * a look-alike of the estate that really has an agreement, or by farms with no agreement at all (fake-crop-damage-claim).
 * The invoice engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was
 * written. {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication (DMARC pass, or
 * aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus41GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus41 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout41");
    public static final String OWN = "nordfynskommune.dk";
    static final String FRAUD_NET = "127.241.";
    private static final String OWN_IP = "127.150.0.1";
    private static final String EAN = "5798000391043";
    private static final String KOMMUNE = "Nordfyns Kommune";
    private static final String RAADHUS = "Rådhuspladsen 2, 5450 Otterup";
    /** A Bogense web hoster whose outgoing server two listed firms name in their SPF. */
    private static final String HOSTER_IP = "127.153.9.1";
    private static final String GMAIL = "127.156.1.1";
    private static final String MSFT = "127.156.2.1";
    private static final String APPLE = "127.156.5.1";
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);

    private final Random rnd = new Random(41_0041_5450L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 60;
    /** The harbour service's work order for pontoon B in Bogense marina (the frauds cite it). */
    private String pontoonOrder;
    /** The field biologist's monitoring agreement for Gyldensteen Strand (the frauds cite it). */
    private String monitoringNo;
    /** The advisory service's case number for the crop damage at Skamby Hovedgaard (the frauds cite it). */
    private String cropCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 2, 9, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 3, 9, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Otterup Fjernvarme a.m.b.a.", "otterup-fjernvarme.dk", "Kundeservice", "kunde",
        "127.151.1.1", iban("DK", "07440001836275"), "fjernvarme til Rådhuset, Otterup Skole og Plejecenter Bakkegården");
    private final Supplier entrep = new Supplier("Søndersø Entreprenørforretning ApS", "sondersoe-entreprenoer.dk", "Henrik Lund",
        "hl", "127.151.2.1", bank("0755", "0003419087"), "ny regnvandsledning og brønde på Skovvej, Søndersø");
    private final Supplier havn = new Supplier("Bogense Havneservice ApS", "bogense-havneservice.dk", "Torben Kjær", "torben",
        HOSTER_IP, bank("0755", "0003456120"), "kranløft, pælearbejde og eftersyn af flydebroer i Bogense Lystbådehavn");
    private final Supplier maler = new Supplier("Morud Malerfirma v/ Jens Friis", "morud-maler.dk", "Jens Friis", "jens",
        "127.151.4.1", bank("5953", "0001277634"), "indvendig maling af klasselokaler, Morud Skole");
    private final Supplier rengoer = new Supplier("Nordfyns Rengøringsservice ApS", "nordfyns-rengoering.dk", "Bogholderiet",
        "bogholderi", "127.151.5.1", iban("DK", "20000006631845"), "rengøring af Rådhuset, Bogense Bibliotek og Jobcentret");
    private final Supplier avis = new Supplier("Ugebladet Nordfyn", "ugebladet-nordfyn.dk", "Annonceafdelingen", "annonce",
        "127.151.6.1", iban("DK", "07440001902318"), "annoncer: lokalplan for Hasmark Strand, stillinger i hjemmeplejen");
    private final Supplier vognmand = new Supplier("Skamby Vognmandsforretning ApS", "skamby-vognmand.dk", "Ole Skov", "ole",
        "127.151.7.1", bank("5953", "0001301482"), "kørsel med sand og grus til grusvejene ved Skamby og Særslev");
    private final Supplier el = new Supplier("Særslev El ApS", "saerslev-el.dk", "Karina Holm", "kh", HOSTER_IP,
        bank("0755", "0003498761"), "udskiftning af gadelys på Særslev Bygade og nye stikkontakter i børnehaven");
    private final Supplier vvs = new Supplier("Hasmark VVS & Blik ApS", "hasmark-vvs.dk", "Kontoret", "kontor", "127.151.9.1",
        bank("5953", "0001333905"), "nye vandhaner og afløb i toiletbygningen ved Hasmark Strand");
    private final Supplier mad = new Supplier("Otterup Storkøkken A/S", "otterup-storkoekken.dk", "Økonomi", "oekonomi",
        "127.151.10.1", iban("DK", "30000015218734"), "madservice til hjemmeboende og plejecentrenes køkkener");
    private final Supplier byg = new Supplier("Bogense Byggecenter A/S", "bogense-byggecenter.dk", "Erhvervssalg", "erhverv",
        "127.151.11.1", iban("DK", "07440001954427"), "trælast og byggematerialer til Bygningsdrift efter rammeaftale");
    private final Supplier it = new Supplier("Nordfyn Datateknik ApS", "nordfyn-datateknik.dk", "Fakturering", "faktura",
        "127.151.12.1", bank("0755", "0003512246"), "bærbare til sagsbehandlere og support på skolernes netværk");
    private final Supplier bus = new Supplier("Søndersø Busser ApS", "sondersoe-busser.dk", "Planlægningen", "plan",
        "127.151.13.1", bank("5953", "0001368870"), "skolekørsel på ruterne Morud-Søndersø og Klinte-Bogense");
    private final Supplier kontor = new Supplier("Klinte Kontor & Print ApS", "klinte-kontor.dk", "Salg", "salg",
        "127.151.14.1", iban("DK", "20000006704419"), "kopipapir, kuverter og toner til Rådhuset og Borgerservice");
    private final Supplier toemrer = new Supplier("Harndrup Tømrer & Byg ApS", "harndrup-toemrer.dk", "Mikkel Dahl", "md",
        "127.151.15.1", bank("0755", "0003547703"), "nyt tag på redskabsskuret og udskiftning af døre, Harndrup Børnehus");
    // not on the creditor list
    private final Supplier biolog = new Supplier("Enebærodde Feltbiologi v/ Signe Holt", "enebaerodde-feltbiologi.dk", "Signe Holt",
        "signe", "127.152.1.1", bank("5953", "0001402268"), "fugletællinger og vandprøver, Gyldensteen Strand");
    private final Supplier gods = new Supplier("Skamby Hovedgaard I/S", "skamby-hovedgaard.dk", "Poul Juul", "poul",
        "127.152.2.1", bank("0755", "0003581190"), "erstatning for afgrødetab ved dræn- og vejarbejde");
    private final Supplier laas = new Supplier("Bogense Låseservice", "bogense-laasesmed.dk", "Preben Lind", "preben",
        "127.152.3.1", bank("5953", "0001439015"), "nye cylindre og nøglesystem, Bogense Skole");
    private final Supplier blomst = new Supplier("Otterup Blomster & Binderi", "otterup-blomster.dk", "Lotte Bang", "lotte",
        "127.152.4.1", bank("0755", "0003609954"), "buketter og dekorationer til jubilæer og reception på Rådhuset");
    private final Supplier musiker = new Supplier("Harmonikaspiller Erik Vang", "gmail.com", "Erik Vang", "erik.vang.musik",
        GMAIL, bank("5953", "0001462371"), "fællessang og harmonika på plejecentrene, 4 eftermiddage");
    private final Supplier stol = new Supplier("Stolegymnastik v/ Hanne Kirk", "outlook.com", "Hanne Kirk", "hanne.kirk.motion",
        MSFT, bank("0755", "0003634482"), "stolegymnastik i Aktivitetshuset Otterup, 10 gange");
    private final Supplier svensk = new Supplier("Kalmar Flytbryggor AB", "kalmar-flytbryggor.se", "Ekonomi", "ekonomi",
        "127.157.1.1", iban("SE", "50000000058273940061"), "flytbryggsmoduler och förankring, Bogense gästhamn");
    private final Supplier tysk = new Supplier("Lübecker Spielgeräte GmbH", "luebecker-spielgeraete.de", "Buchhaltung",
        "buchhaltung", "127.157.2.1", iban("DE", "212305000001947335"), "Spielturm und Fallschutz, Legeplads Hasmark Strand");

    private final List<Supplier> listed = List.of(varme, entrep, havn, maler, rengoer, avis, vognmand, el, vvs, mad, byg, it, bus,
        kontor, toemrer);

    /** Fraudsters' own domains, each carrying a Nordfyn place name; each gets SPF and, by its position, DKIM and DMARC. */
    private static final String[] OWNED = {"otterup-fjernvarme.com", "sondersoe-entreprenor.dk", "bogense-byggecenter.net",
        "nordfyns-rengoring.dk", "bogense-havneservice.net", "otterup-storkokken.dk", "harndrup-tomrer.dk", "morud-malerfirma.dk",
        "skamby-vognmand.net", "klinte-kontor.net", "nordfyn-datateknik.net", "saerslev-el.net", "hasmark-vvs.net",
        "sondersoe-entreprenoer.net", "digitalpost-otterup.com", "mitid-bogense.com", "nemhandel-nordfyn.net",
        "bogense-parkering.dk", "otterup-forsyning.net", "morud-ordrecenter.com", "fakturalyn-bogense.com", "betalbro-otterup.com",
        "godkendt-sondersoe.com", "skamby-dokumentsign.net", "otterup-inkasso.dk", "bogense-havneservice.com",
        "bogense-marineservice.dk", "hasmark-havnecertificering.dk", "enebaerodde-feltbiologi.com", "gyldensteen-naturfond.dk",
        "gyldensteen-monitering.com", "skamby-hovedgaard.com", "morud-maskinstation.dk", "bogensebyggecenter.dk",
        "saerslev-planteavl.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("otterup-fjernvarme.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sondersoe-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bogense-havneservice.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("morud-maler.dk", null, null, null, null); // nothing published
        domain("nordfyns-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain("ugebladet-nordfyn.dk", List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("skamby-vognmand.dk", List.of(vognmand.ip()), "~all", null, "none"); // SPF only, p=none
        domain("saerslev-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hasmark-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("otterup-storkoekken.dk", List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bogense-byggecenter.dk", List.of(byg.ip(), "127.151.11.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nordfyn-datateknik.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("sondersoe-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("klinte-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain("harndrup-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("enebaerodde-feltbiologi.dk", List.of(biolog.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("skamby-hovedgaard.dk", List.of(gods.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("bogense-laasesmed.dk", List.of(laas.ip()), "-all", null, null); // SPF only, no DMARC
        domain("otterup-blomster.dk", null, null, DkimAlgorithm.RSA_SHA256, null); // DKIM only, no DMARC
        domain("kalmar-flytbryggor.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("luebecker-spielgeraete.de", List.of(tysk.ip()), "-all", null, null);
        domain("landbo-nordfyn.dk", List.of("127.153.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("fynsk-genbrug-is.dk", List.of("127.153.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // platforms, SaaS, ESP, e-signature (fictional, names A-M)
        domain("fakturalyn.dk", List.of("127.154.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("betalbro.io", List.of("127.154.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("hejregning.dk", List.of("127.154.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("caremapper.com", List.of("127.154.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("drifto.dk", List.of("127.154.5.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("godkendt.io", List.of("127.154.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("mailkaret.dk", List.of("127.155.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        // banks, list, newsletters, forwarders
        domain("bogense-sparekasse.dk", List.of("127.155.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("otterup-andelsbank.dk", List.of("127.155.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorringen.dk", List.of("127.155.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("regnskabsfolk-fyn.dk", List.of("127.155.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kommunal-kreditor-fyn.dk", List.of("127.155.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("svindelnyt-fyn.dk", List.of("127.155.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nordfyns-erhvervsraad.dk", List.of("127.155.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("srs.otterup-net.dk", List.of("127.155.11.1"), "-all", null, null);
        domain("relay.bogense-fiber.dk", List.of("127.155.12.1"), "-all", null, null);
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"reject", "none", null, "quarantine", "reject", null, "none", "quarantine"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "90." + (i + 1)), i % 3 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 52_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no41:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%04d", 100 + rnd.nextInt(9_000));
            case 1:
                return "NF-" + (2_200 + rnd.nextInt(6_000));
            case 2:
                return "F-2036-" + String.format("%03d", 10 + rnd.nextInt(900));
            case 3:
                return String.valueOf(71_000 + rnd.nextInt(20_000));
            case 4:
                return "R" + (40_500 + rnd.nextInt(9_000));
            default:
                return (100 + rnd.nextInt(700)) + "-36";
        }
    }

    private static final String[] TO = {"kreditor@nordfynskommune.dk", "efaktura@nordfynskommune.dk", "okonomi@nordfynskommune.dk",
        "vejogpark@nordfynskommune.dk", "skoler@nordfynskommune.dk", "aeldre@nordfynskommune.dk", "havnen@nordfynskommune.dk",
        "bygningsdrift@nordfynskommune.dk", "kreditor@nordfynskommune.dk", "natur@nordfynskommune.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf41:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(41_000_000 + Math.floorMod(sha256("cvr41:" + domain).hashCode(), 8_800_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi41:" + domain).hashCode(), 9_000_000));
    }

    private String dots(M m, int plus) {
        return sentPlus(m, plus, DOTS);
    }

    private String longDay(M m, int plus) {
        return sentPlus(m, plus, LONG);
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "otterup-fjernvarme.dk" -> "Værkstedsvej 6, 5450 Otterup";
            case "sondersoe-entreprenoer.dk" -> "Industrivej 14, 5471 Søndersø";
            case "bogense-havneservice.dk" -> "Vestre Havnevej 3, 5400 Bogense";
            case "morud-maler.dk" -> "Morud Bygade 41, 5462 Morud";
            case "nordfyns-rengoering.dk" -> "Adelgade 70, 5400 Bogense";
            case "ugebladet-nordfyn.dk" -> "Søndergade 9, 5450 Otterup";
            case "skamby-vognmand.dk" -> "Skambyvej 112, 5485 Skamby";
            case "saerslev-el.dk" -> "Særslev Bygade 18, 5471 Søndersø";
            case "hasmark-vvs.dk" -> "Hasmark Strandvej 4, 5450 Otterup";
            case "otterup-storkoekken.dk" -> "Fabriksvej 2, 5450 Otterup";
            case "bogense-byggecenter.dk" -> "Nordhavnsvej 21, 5400 Bogense";
            case "nordfyn-datateknik.dk" -> "Stationsvej 7, 5471 Søndersø";
            case "sondersoe-busser.dk" -> "Vesterled 30, 5471 Søndersø";
            case "klinte-kontor.dk" -> "Klintevej 55, 5400 Bogense";
            case "harndrup-toemrer.dk" -> "Harndrupvej 88, 5463 Harndrup";
            case "enebaerodde-feltbiologi.dk" -> "Enebærvej 5, 5450 Otterup";
            case "skamby-hovedgaard.dk" -> "Hovedgaardsvej 1, 5485 Skamby";
            case "bogense-laasesmed.dk" -> "Østergade 11, 5400 Bogense";
            case "otterup-blomster.dk" -> "Torvet 4, 5450 Otterup";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a line invoice (delivery address, service, unit, net, VAT, total and a
     * reference to pay with), an hours-and-parts invoice with an FI line (card 71), and a period charge with reading or
     * quantity and an FI line (card 75). A {@code null} account prints no bank account.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Udsteder: " + s.name() + (addr.isEmpty() ? "" : ", " + addr) + ". CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + ", " + RAADHUS + ". EAN " + EAN);
                l.add("Dato " + dots(m, 0) + " / Forfald " + dots(m, 21) + " / Vores kontakt: " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Beløb ekskl. moms " + a.net() + "  -  Moms 25 % " + a.vat() + "  -  Total DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Indbetaling: " + account + ", reference " + no);
                }
            }
            case 1 -> {
                head = s.name() + " - " + title.toLowerCase(DA) + " " + no;
                l.add((addr.isEmpty() ? "" : addr + " - ") + "CVR " + cvr(s.domain()) + " - til " + KOMMUNE + " (EAN " + EAN + ")");
                long hours = a.ore() * 60 / 100 / 52_500;
                long parts = a.ore() - hours * 52_500;
                l.add("Opgave: " + s.what());
                l.add("Arbejdstimer " + hours + " x 525,00 = " + kr(hours * 52_500) + "; reservedele og materiel " + kr(parts));
                l.add("Netto " + a.net() + "   25 % moms " + a.vat() + "   I alt " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist " + longDay(m, 14) + (account == null ? "" : " - konto " + account));
                if (own) {
                    l.add("FI-kort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = title + " nr. " + no + " (periode)";
                l.add(s.name() + " | " + (addr.isEmpty() ? "" : addr + " | ") + "CVR " + cvr(s.domain()));
                l.add("Aftalenr. " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - " + KOMMUNE + ", EAN " + EAN);
                l.add("Periode " + dots(m, -31) + " til " + dots(m, -1) + ": " + s.what());
                long fixed = a.ore() / 4;
                l.add("Fast andel " + kr(fixed) + "   Variabel andel " + kr(a.ore() - fixed));
                l.add("Subtotal " + a.net() + "   Moms " + a.vat() + "   Opkræves DKK " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + dots(m, 18) + (account == null ? "" : " til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura-" + n + ".pdf", "faktura_" + n + ".pdf", "NFK_" + n + ".pdf", n + ".pdf",
            "Regning " + n + ".pdf", "Fakt" + n + ".pdf", "Dokument_" + n + ".pdf", "nordfyn-" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Nordfyns Kommune", "Til kreditorbogholderiet", "Hej", "Goddag",
        "Kære Nordfyns Kommune", "Hej økonomiafdelingen", "Att. kreditor", "Hej allesammen"};

    private String phone() {
        return "64 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig41:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh " + firstName(s) + "\n" + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nHilsen\n" + s.person() + " / " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + "\nwww." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; the caller says how it travels. Returns the invoice number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_800_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Faktura " + no + " - " + KOMMUNE, "Ny faktura fra " + s.name(),
            s.name() + ": faktura nr. " + no, "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, "Fremsendelse af faktura "
            + no, "Faktura " + no + " vedr. " + s.what()};
        String text = switch (Math.floorMod(v, 9)) {
            case 0 -> "Vedhæftet finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Her kommer fakturaen på " + a.gross() + " kr. inkl. moms. Betalingsfristen er " + longDay(m, 21) + ".";
            case 2 -> "Opgaven er afleveret og godkendt af jeres driftsleder. Den samme faktura går også via NemHandel til EAN "
                + EAN + ", så betal den kun én gang.";
            case 3 -> "Tak for opgaven. PDF-fakturaen ligger ved. Ring endelig, hvis noget ser forkert ud.";
            case 4 -> "Fakturanr.: " + no + "\nAt betale: " + a.gross() + " kr.\nForfald: " + dots(m, 21) + "\nEAN: " + EAN;
            case 5 -> "Beklager at den kommer lidt sent - vi har skiftet regnskabsprogram i januar.";
            case 6 -> "Fakturaen er vedlagt. Angiv venligst nummeret " + no + " ved betaling.";
            case 7 -> "Så er regningen for det udførte klar. Jeres ordrenummer er påført.";
            default -> "Vedlagt.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 2) {
            mime.html("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v, more));
        return no;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer("Nordfyns Kommune", "Rådhuspladsen 2", "Otterup", "5450", EAN);

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        pontoonOrder = "AO-" + (3_100 + rnd.nextInt(700));
        monitoringNo = "GS-36-" + (20 + rnd.nextInt(60));
        cropCase = "LN-" + (8_800 + rnd.nextInt(900));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            String no = invoice(m, s, s.account(), v++, List.of(), "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        history();
        int k = 0;
        for (Supplier s : List.of(byg, it, vvs, rengoer, entrep, avis, havn, el, maler, vognmand, kontor, varme, bus, mad)) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekv.nr. NFK-" + (55_100 + k * 211));
                case 1 -> List.of("Bestilt af " + to().replace("@nordfynskommune.dk", ""));
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Skolerenovering Søndersø" : "Driftsaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 2 + 3, ref, k % 5 == 2 ? "\n\nFølgesedlen er vedlagt som billede." : "");
            if (k % 5 == 2) {
                m.mime.attach("image/jpeg", "IMG_" + (4_410 + k * 13) + ".jpg", Attachments.image(docId(m, "fs"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "");
            k++;
        }
        creditNotesAndReminders();
        counterparts();
        platforms();
        ublFiles();
        bankChanges();
        smallFirms();
        foreignAndSaas();
        newslettersAndList();
        forwarded();
        internalAndBanks();
    }

    private void history() {
        M m = ok("order-confirmation", false);
        m.wave = 1;
        headers(m, havn.person(), addr(havn), "havnen@nordfynskommune.dk", "Arbejdsordre " + pontoonOrder
            + " - flydebro B, Bogense Lystbådehavn")
            .text("Hej Havnekontoret\n\nVi bekræfter hermed arbejdsordre " + pontoonOrder + ": udskiftning af tre pontonsektioner "
                + "og to kædeankre på bro B, plus ny landgang ved slæbestedet. Vi starter i uge 11, når isen er væk, og regner "
                + "med seks arbejdsdage.\n\nAftalt pris 146.000 kr. ekskl. moms efter jeres tilbudsindhentning. Vi fakturerer "
                + "samlet, når havnefogeden har godkendt arbejdet - ingen a conto." + signature(havn));
        genuine(m, havn.ip());
        m.description = "history: the harbour service confirms the pontoon work order, invoiced once after approval (SPF via "
            + "hoster)";
        m = ok("quote", false);
        m.wave = 1;
        headers(m, biolog.person(), addr(biolog), "natur@nordfynskommune.dk", "Moniteringsaftale " + monitoringNo
            + " Gyldensteen Strand 2036")
            .text("Kære Natur og Miljø\n\nTak for et godt møde. Som aftalt laver jeg i 2036 fugletællinger hver fjortende dag i "
                + "lagunen ved Gyldensteen Strand og tager vandprøver fire gange om året ved sluserne. Jeg sender en kort "
                + "rapport efter hvert kvartal og fakturerer kvartalet bagud, når I har fået rapporten. Samlet ramme 96.000 kr. "
                + "ekskl. moms.\n\nAftalen er vedhæftet til underskrift." + signature(biolog))
            .attach("application/pdf", "Moniteringsaftale_" + monitoringNo + ".pdf", Attachments.pdf(docId(m, "mon"),
                "Moniteringsaftale " + monitoringNo, List.of(biolog.name() + ", " + street(biolog), "Opdragsgiver: " + KOMMUNE
                    + ", Natur og Miljø", "Fugletælling hver 14. dag, vandprøver hvert kvartal, Gyldensteen Strand",
                    "Ramme 2036: 96.000,00 ekskl. moms", "Fakturering: kvartalsvis bagud efter afleveret rapport")));
        genuine(m, biolog.ip());
        m.description = "history: the field biologist's monitoring agreement, invoiced quarterly in arrears (RSA, no DMARC)";
        m = ok("supplier-letter", false);
        m.wave = 1;
        headers(m, "Landbo Nordfyn, Planteavl", "planteavl@landbo-nordfyn.dk", "vejogpark@nordfynskommune.dk",
            "Sag " + cropCase + ": opgørelse af afgrødetab, Skamby Hovedgaard")
            .text("Til Vej og Park\n\nVi har på vegne af Skamby Hovedgaard opgjort afgrødetabet efter jeres omlægning af "
                + "drænledningen langs Skambyvej i efteråret: 2,4 ha vinterhvede, beregnet efter landsaftalens takster til "
                + "31.680 kr. Opgørelsen er vedhæftet. Godsejeren sender selv regningen, når I har godkendt opgørelsen, og "
                + "beløbet betales til godsets sædvanlige konto.\n\nVenlig hilsen\nLandbo Nordfyn, Planteavl")
            .attach("application/pdf", "Opgoerelse_" + cropCase + ".pdf", Attachments.pdf(docId(m, "crop"), "Opgørelse af "
                + "afgrødetab " + cropCase, List.of("Lodsejer: Skamby Hovedgaard I/S", "Arbejde: omlægning af dræn, Skambyvej",
                    "Areal 2,4 ha vinterhvede, takst efter landsaftale", "Erstatning i alt 31.680,00 kr. (momsfri)")));
        genuine(m, "127.153.2.1");
        m.description = "history: the farm advisory service's valuation of crop damage after drain works, the estate invoices itself";
    }

    private void creditNotesAndReminders() {
        Object[][] c = {{byg, "To ruller tagpap og en palle lecablokke er kommet retur fra Bygningsdrift i ubrudt emballage."},
            {kontor, "Kuverterne i C5 var fejlleveret og er hentet igen af vores chauffør."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (700 + rnd.nextInt(300));
            Amount a = amount(140_000).credit();
            headers(m, s.person(), addr(s), "kreditor@nordfynskommune.dk", "Kreditnota " + no + " til faktura " + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[1] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se, at fakturaen herunder er betalt. Har I betalt inden for de "
            + "sidste par dage, kan I se bort fra denne mail."},
            {maler, "Mangler betaling", "Hej igen. Jeg har ikke fået penge for malerarbejdet på Morud Skole endnu. Er fakturaen "
                + "gået tabt?"}};
        i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@nordfynskommune.dk", x[1] + " - faktura " + p.no())
                .text(x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. kan betales til den konto, I plejer: "
                    + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
        Past p = past.get(vognmand.domain());
        M m = ok("statement-of-account", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@nordfynskommune.dk", "Saldoliste pr. " + dots(m, -1))
            .text("Hej\n\nHer er saldolisten til jeres afstemning. Faktura " + p.no() + " er betalt, så der står ikke noget "
                + "udestående." + signature(vognmand))
            .attach("application/pdf", "saldoliste.pdf", Attachments.pdf(docId(m, "saldo"), "Saldoliste",
                List.of("Debitor: " + KOMMUNE, "Faktura " + p.no() + "  " + p.amount().gross() + "  udlignet", "Saldo 0,00")));
        genuine(m, vognmand.ip());
        m.description = "skamby-vognmand.dk statement, nothing open (SPF only, p=none)";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("marina-works-invoice", true);
        Amount a = new Amount(14_600_000, kr(14_600_000), kr(3_650_000), kr(18_250_000));
        String no = invoiceNo(havn);
        headers(m, havn.person(), addr(havn), "havnen@nordfynskommune.dk", "Faktura " + no + " - arbejdsordre " + pontoonOrder)
            .text("Hej Havnekontoret\n\nBro B er færdig og gennemgået med havnefogeden i torsdags. Her er fakturaen for "
                + "arbejdsordre " + pontoonOrder + " til den aftalte pris. Billeder af de nye sektioner og ankre ligger i "
                + "mappen, I har adgang til." + signature(havn))
            .attach("application/pdf", pdfName(no, 2), pdfInvoice(m, havn, "Faktura", no, a, havn.account(), 1,
                List.of("Arbejdsordre " + pontoonOrder + ", godkendt af havnefogeden", "3 pontonsektioner, 2 kædeankre, landgang")));
        genuine(m, havn.ip());
        m.description = "the harbour service invoices the approved pontoon work order once, usual account (SPF via hoster, no DMARC)";
        m = ok("nature-monitoring-invoice", true);
        no = "SH-" + (101 + rnd.nextInt(30));
        a = new Amount(2_400_000, kr(2_400_000), kr(600_000), kr(3_000_000));
        headers(m, biolog.person(), addr(biolog), "natur@nordfynskommune.dk", "Faktura " + no + " - 1. kvartal, " + monitoringNo)
            .text("Kære Natur og Miljø\n\nKvartalsrapporten kom afsted i sidste uge (rødben og klyde er tilbage i lagunen). Her "
                + "er fakturaen for kvartalet efter aftale " + monitoringNo + ", til min sædvanlige konto." + signature(biolog))
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, biolog, "Faktura", no, a, biolog.account(), 0,
                List.of("Aftale " + monitoringNo + ": 1. kvartal 2036, rapport afleveret")));
        genuine(m, biolog.ip());
        m.description = "the field biologist invoices a quarter in arrears after the report, usual account (RSA, no DMARC)";
        m = ok("crop-damage-settlement", true);
        headers(m, gods.person(), addr(gods), "vejogpark@nordfynskommune.dk", "Regning, afgrødetab sag " + cropCase)
            .text("Til Vej og Park\n\nI har godkendt Landbo Nordfyns opgørelse, så her er regningen på erstatningen for "
                + "vinterhveden langs Skambyvej, 31.680 kr. uden moms. Beløbet bedes sat ind på godsets konto " + gods.account()
                + " som sidst.\n\nMed venlig hilsen\nPoul Juul\nSkamby Hovedgaard")
            .attach("application/pdf", "Erstatning_" + cropCase + ".pdf", Attachments.pdf(docId(m, "gods"), "Regning - "
                + "erstatning", List.of(gods.name() + ", " + street(gods) + ", CVR " + cvr(gods.domain()), "Til " + KOMMUNE
                    + ", Vej og Park", "Afgrødetab 2,4 ha, jf. opgørelse " + cropCase, "31.680,00 kr. (ingen moms)",
                    "Konto " + gods.account())));
        genuine(m, gods.ip());
        m.description = "the estate invoices the crop compensation the municipality approved, to its known account (Ed25519, p=none)";
        m = ok("intermunicipal-invoice", true);
        headers(m, "Fynsk Genbrug I/S, Økonomi", "okonomi@fynsk-genbrug-is.dk", "efaktura@nordfynskommune.dk",
            "Ejerbidrag 1. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt opkrævning af ejerbidrag for 1. kvartal efter budgettet vedtaget på "
                + "repræsentantskabsmødet. Den elektroniske faktura er sendt til jeres EAN.\n\nFynsk Genbrug I/S")
            .attach("application/pdf", "Ejerbidrag_Q1_2036.pdf", Attachments.pdf(docId(m, "fg"), "Ejerbidrag 1. kvartal",
                List.of("Fynsk Genbrug I/S", "Ejerkommune: " + KOMMUNE, "Andel 18,4 %: 412.300,00", "Konto "
                    + iban("DK", "07440002018844"))));
        genuine(m, "127.153.3.1");
        m.description = "intermunicipal waste company's quarterly owner contribution, DMARC pass";
    }

    private void platforms() {
        M m = ok("platform-invoice", true);
        Amount a = amount(300_000);
        m.mailFrom = "retur-" + sha256("pf41:" + m.id).substring(0, 12) + "@fakturalyn.dk";
        String no = "FL" + (880_000 + rnd.nextInt(90_000));
        headers(m, blomst.name() + " via Fakturalyn", "noreply@fakturalyn.dk", "okonomi@nordfynskommune.dk", "Du har fået en "
            + "faktura fra " + blomst.name())
            .header("Reply-To", Mime.address(blomst.person(), addr(blomst)))
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\"><p>Kære " + KOMMUNE + "</p><p>"
                + blomst.name() + " har udstedt faktura <b>" + no + "</b> på <b>" + a.gross() + " kr.</b>, forfald "
                + dots(m, 14) + ".</p><p>Fakturaen er vedhæftet. Spørgsmål sendes direkte til afsenderen ved at svare på "
                + "denne mail.</p><p style=\"color:#888;font-size:11px\">Fakturalyn - fakturering for små virksomheder</p>"
                + "</body></html>")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, blomst, "Faktura", no, a, blomst.account(), 0,
                List.of()));
        genuine(m, "127.154.1.1");
        m.description = "unlisted florist invoices through platform fakturalyn.dk, usual account, Reply-To the florist";
        m = ok("platform-invoice", true);
        a = amount(200_000);
        m.mailFrom = "retur-" + sha256("pf41:" + m.id).substring(0, 12) + "@fakturalyn.dk";
        no = "FL" + (880_000 + rnd.nextInt(90_000));
        headers(m, musiker.name() + " via Fakturalyn", "noreply@fakturalyn.dk", "aeldre@nordfynskommune.dk", "Du har fået en "
            + "faktura fra " + musiker.name())
            .header("Reply-To", Mime.address(musiker.person(), addr(musiker)))
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\"><p>Kære " + KOMMUNE + "</p><p>"
                + musiker.name() + " har udstedt faktura <b>" + no + "</b> på <b>" + a.gross() + " kr.</b> for fællessang på "
                + "plejecentrene.</p><p style=\"color:#888;font-size:11px\">Fakturalyn - fakturering for små virksomheder</p>"
                + "</body></html>")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, musiker, "Faktura", no, a, musiker.account(), 2,
                List.of()));
        genuine(m, "127.154.1.1");
        m.description = "sole trader on gmail invoices through platform fakturalyn.dk, Reply-To gmail, usual account";
        m = ok("platform-invoice", true);
        a = amount(600_000);
        m.mailFrom = "bounce+" + sha256("pf41:" + m.id).substring(0, 10) + "@betalbro.io";
        no = "BB-" + (51_000 + rnd.nextInt(8_000));
        headers(m, "Betalbro", "faktura@betalbro.io", "skoler@nordfynskommune.dk", "Faktura " + no + " fra Bogense Teltudlejning")
            .header("Reply-To", "<udlejning@bogense-telte.dk>")
            .text("Hej " + KOMMUNE + "\n\nBogense Teltudlejning har sendt jer en faktura gennem Betalbro for leje af telt og "
                + "borde til Søndersø Skoles sommerfest.\n\nBeløb: " + a.gross() + " kr.\nForfald: " + dots(m, 10)
                + "\n\nFakturaen ligger som PDF. Betaling sker til udlejers konto på fakturaen.\n\nBetalbro")
            .attach("application/pdf", "Betalbro_" + no + ".pdf", Attachments.pdf(docId(m, "bb"), "Faktura " + no,
                List.of("Bogense Teltudlejning, Vestre Havnevej 9, 5400 Bogense", "Kunde: " + KOMMUNE + ", Søndersø Skole",
                    "Telt 8 x 16 m, 20 borde, 160 stole, opstilling", "Total " + a.gross() + " kr.", "Konto " + bank("5953",
                        "0001488216"))));
        genuine(m, "127.154.2.1");
        m.description = "platform betalbro.io: a tent rental firm's invoice, Reply-To the firm, DMARC pass";
        m = ok("platform-invoice", true);
        a = amount(90_000);
        no = "HR-" + (2_036_000 + rnd.nextInt(900));
        headers(m, "Hejregning", "billing@hejregning.dk", "okonomi@nordfynskommune.dk", "Din kvittering og faktura " + no)
            .text("Hej " + KOMMUNE + "\n\nTak fordi I bruger Hejregning til udlægsbilag i Kultur og Fritid. Fakturaen for "
                + "marts (12 brugere) er vedhæftet. Beløbet er trukket på det registrerede betalingskort.\n\nHejregning")
            .attach("application/pdf", "Hejregning_" + no + ".pdf", Attachments.pdf(docId(m, "hr"), "Faktura " + no,
                List.of("Hejregning ApS", "Kunde: " + KOMMUNE, "Abonnement marts 2036, 12 brugere", "I alt " + a.gross()
                    + " kr., betalt med kort")));
        genuine(m, "127.154.3.1");
        m.description = "platform hejregning.dk's own subscription invoice, paid by card, DMARC pass";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(byg, it)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String ref = "NFK-" + (61_200 + v * 333);
            headers(m, s.name(), addr(s), "efaktura@nordfynskommune.dk", "Elektronisk faktura " + no)
                .text("Hej\n\nVores fakturaer til jer er i denne uge blevet afvist i NemHandel, fordi vores udbyder havde et "
                    + "nedbrud. Vi sender derfor XML og PDF direkte. Betalingsoplysningerne er uændrede. Kommer fakturaen også "
                    + "gennem NemHandel, skal den kun betales én gang." + signature(s))
                .attach("application/xml", no + (peppol ? "_peppol.xml" : "_oioubl.xml"), Ubl.ordered(no, s, cvr(s.domain()),
                    street(s), s.account(), a.ore(), isoDay(m, 0), isoDay(m, 21), peppol, ref, "", BUYER, "Netto 21 dage")
                    .getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    /** Two genuine changes of account announced from the supplier's own domain, each followed by its next invoice. */
    private void bankChanges() {
        String nyT = bank("5953", "0001517740");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@nordfynskommune.dk", "Ændring af bankkonto fra 1. april")
            .text("Til kreditor\n\nVi flytter vores erhvervskonto til Bogense Sparekasse. Fakturaer dateret 1. april 2036 og "
                + "senere skal betales til " + nyT + ". Allerede udstedte fakturaer betales som angivet på dem.\n\nI er "
                + "velkomne til at ringe og bekræfte på vores faste nummer fra jeres leverandørkartotek. Brev med underskrift "
                + "er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Ny_bankkonto_Harndrup_Toemrer.pdf", Attachments.pdf(docId(m, "nyb"), "Meddelelse om "
                + "ny bankkonto", List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Ny konto fra 01.04.2036: " + nyT,
                    "Mikkel Dahl, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new account (SPF+Ed25519 aligned, no DMARC), invites a call";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye fodlister og skabe i personalerummet, Harndrup Børnehus");
        invoice(m, moved, nyT, 6, List.of("Ny bankkonto, jf. brev"), "\n\nBemærk den nye konto, som vi skrev om.");
        genuine(m, toemrer.ip());
        m.description = "harndrup-toemrer.dk invoice to its announced new account";

        String nyB = bank("0755", "0003702261");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Søndersø Busser, Økonomi", "okonomi@sondersoe-busser.dk", "kreditor@nordfynskommune.dk",
            "Ny bank pr. 1. marts 2036")
            .text("Kære kunder\n\nSøndersø Busser skifter pengeinstitut. Fra fakturaer dateret 1. marts 2036 bedes betaling "
                + "ske til " + nyB + ". Den gamle konto er åben til sommerferien, så intet går tabt.\n\nSkiftet er også "
                + "sendt med underskrift til jeres Digital Post, og I kan ringe til vores kontor på det nummer, I kender.\n\n"
                + "Med venlig hilsen\nSøndersø Busser ApS");
        genuine(m, bus.ip());
        m.description = "history: listed bus company announces its new account (Ed25519, p=quarantine, DMARC pass), also by "
            + "Digital Post";
        m = ok("supplier-invoice", true);
        Supplier movedB = new Supplier(bus.name(), bus.domain(), bus.person(), bus.box(), bus.ip(), nyB,
            "ekstrakørsel til svømning i Otterup Svømmehal, marts");
        invoice(m, movedB, nyB, 11, List.of("Ny bank fra 01.03.2036"), "");
        genuine(m, bus.ip());
        m.description = "sondersoe-busser.dk invoice to its announced new account";
    }

    private void smallFirms() {
        int v = 3;
        for (Supplier s : List.of(laas, blomst, musiker, stol)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v, List.of(), "");
            genuine(m, s.ip());
            m.description = "unlisted " + (freeMail(s) ? "sole trader on " + s.domain() : s.domain()) + " invoice, own account";
            v += 2;
        }
    }

    private void foreignAndSaas() {
        M m = ok("foreign-invoice", true);
        String no = "KF-" + (6_100 + rnd.nextInt(800));
        headers(m, "Kalmar Flytbryggor AB", addr(svensk), "havnen@nordfynskommune.dk", "Faktura " + no + " - Bogense gästhamn")
            .text("Hej\n\nBifogat finns faktura " + no + " för leverans av flytbryggsmoduler och förankring till Bogense "
                + "gästhamn. Omvänd skattskyldighet gäller.\n\nMed vänlig hälsning\nKalmar Flytbryggor AB, Ekonomi")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of("Kalmar Flytbryggor AB, Kalmar, Sverige", "Kund: " + KOMMUNE + ", Bogense Havn", svensk.what(),
                    "SEK 212.400,00, omvänd skattskyldighet", "Betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish pontoon maker's invoice, reverse charge, SE IBAN, DMARC pass";
        m = ok("foreign-invoice", true);
        no = "RE-" + (36_400 + rnd.nextInt(500));
        headers(m, "Lübecker Spielgeräte GmbH", addr(tysk), "vejogpark@nordfynskommune.dk", "Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung " + no + " für den Spielturm und den "
                + "Fallschutz am Strand Hasmark.\n\nMit freundlichen Grüßen\nLübecker Spielgeräte GmbH, Buchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of("Lübecker Spielgeräte GmbH, Lübeck", "Kunde: " + KOMMUNE, tysk.what(), "EUR 18.940,00 netto, "
                    + "Reverse Charge", "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German playground maker's invoice, SPF only, no DMARC, aligned SPF pass";
        m = ok("foreign-saas-invoice", true);
        no = "CM-" + (90_100 + rnd.nextInt(900));
        headers(m, "CareMapper Billing", "billing@caremapper.com", "aeldre@nordfynskommune.dk", "Invoice " + no)
            .text("Hello " + KOMMUNE + ",\n\nYour invoice " + no + " for CareMapper route planning (home care, 140 users, "
                + "Q2 2036) is attached. It has also been sent to your EAN " + EAN + ".\n\nCareMapper")
            .attach("application/pdf", "CareMapper_" + no + ".pdf", Attachments.pdf(docId(m, "cm"), "Invoice " + no,
                List.of("CareMapper Ltd", "Customer: " + KOMMUNE, "Route planning, 140 users, Q2 2036", "DKK 84.000,00 + VAT",
                    "Pay to " + iban("DK", "30000015733108"))));
        genuine(m, "127.154.4.1");
        m.description = "SaaS caremapper.com invoice in English, also to the EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "D" + (70_300 + rnd.nextInt(900));
        headers(m, "Drifto", "faktura@drifto.dk", "bygningsdrift@nordfynskommune.dk", "Faktura " + no + " - Drifto Ejendom")
            .text("Hej Bygningsdrift\n\nTak fordi I bruger Drifto til tilsyn og vedligehold. Fakturaen for årets licens er "
                + "sendt til jeres EAN, og en kopi er vedhæftet.\n\nDrifto")
            .attach("application/pdf", "Drifto_" + no + ".pdf", Attachments.pdf(docId(m, "dr"), "Faktura " + no,
                List.of("Drifto ApS", "Kunde: " + KOMMUNE + ", Bygningsdrift", "Licens 2036-2037, 45 bygninger",
                    "DKK 61.250,00 + moms", "Betaling via EAN-faktura")));
        genuine(m, "127.154.5.1");
        m.description = "SaaS drifto.dk licence invoice (Ed25519, p=quarantine), DMARC pass";
        m = ok("e-signature-request", false);
        m.mailFrom = "signer-" + sha256("g41:" + m.id).substring(0, 10) + "@godkendt.io";
        headers(m, "Poul Juul via Godkendt", "noreply@godkendt.io", "natur@nordfynskommune.dk", "Poul Juul har sendt et "
            + "dokument til underskrift")
            .html("<html><body style=\"font-family:Arial;font-size:14px\"><p>Poul Juul (Skamby Hovedgaard) har bedt dig "
                + "underskrive <b>Aftale om græsning på strandengen ved Enebærodde 2036</b>.</p><p><a href=\"https://app.godkendt"
                + ".io/s/" + sha256("gk41:" + m.id).substring(0, 20) + "\">Gennemse og underskriv</a></p><p style=\"font-size:11px;"
                + "color:#777\">Godkendt - digital underskrift</p></body></html>");
        genuine(m, "127.154.6.1");
        m.description = "e-signature request through godkendt.io for a grazing agreement with the estate, DMARC pass";
    }

    private void newslettersAndList() {
        String[][] n = {{"svindelnyt-fyn.dk", "Svindelnyt Fyn", "Havne, fuglereservater og marker: nye svindelnumre",
            "Kommuner ved kysten får regninger for broarbejde i lystbådehavnen, for 'overvågning' af naturprojekter og for "
                + "afgrødeskader, som ingen har aftalt. Betal kun efter en aftale, I selv har, og ring op på et kendt nummer."},
            {"nordfyns-erhvervsraad.dk", "Nordfyns Erhvervsråd", "Erhvervsnyt marts: Bogense Havn og nye virksomheder",
                "Seks nye virksomheder i erhvervsområdet i Søndersø, og havnen i Bogense får flere gæstesejlere end nogensinde."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl41:" + x[0]).substring(0, 14) + "@mailkaret.dk";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@nordfynskommune.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld/" + sha256("u41:" + x[0]).substring(0, 16) + ">")
                .html("<html><body style=\"background:#eef2f4\"><div style=\"max-width:600px;margin:auto;background:#fff;"
                    + "padding:24px;font-family:Verdana,sans-serif\"><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://"
                    + x[0] + "/nyt\">Læs mere</a></p><p style=\"font-size:10px\">Frameld dig nederst på siden.</p></div>"
                    + "</body></html>");
            m.signers.add(x[0]);
            m.signers.add("mailkaret.dk");
            m.ip = "127.155.7.1";
            m.helo = "out.mailkaret.dk";
            m.description = "newsletter from " + x[0] + " sent through the ESP mailkaret.dk, signed by both";
        }
        String[][] p = {{"kommunal-kreditor-fyn.dk", "Birgit Nørby", "bino@", "Regning for afgrødeskade uden aftale?",
            "Hej alle\n\nVi har fået en regning fra en 'maskinstation' for skade på en mark efter grøftegravning, som vi ikke kan "
                + "finde i vores sager. Er der andre, der har set den slags?\n\nBirgit"},
            {"regnskabsfolk-fyn.dk", "Jakob Friis", "jafr@", "SV: Regning for afgrødeskade uden aftale?", "Ja, og hos os kom der "
                + "samtidig en mail om en 'naturfond', der ville have betaling for overvågning af et vådområde. Begge dele er "
                + "sendt til politiet.\n\nJakob"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorringen.dk", x[3])
                .header("List-Id", "Kreditorringen <liste.kreditorringen.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorringen.dk", "[Kreditorringen] ", "\r\n-- \r\nKreditorringen - erfa for offentlige "
                + "kreditorbogholdere\r\nhttps://kreditorringen.dk/afmeld\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 13, List.of(), "");
        m.mailFrom = "SRS0=Hq7d=GA=ugebladet-nordfyn.dk=annonce@srs.otterup-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.155.11.1";
        m.helo = "srs.otterup-net.dk";
        m.description = "ugebladet-nordfyn.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 17, List.of(), "");
        relayedBy(m, "relay.bogense-fiber.dk", "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 20, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.bogense-fiber.dk", "its DKIM signature survives");
    }

    private void internalAndBanks() {
        String[][] x = {{"Kreditor", "kreditor@", "ledere@nordfynskommune.dk", "Havn, natur og marker: betal kun efter aftale",
            "Kære ledere\n\nHavnearbejde betales efter arbejdsordre og havnefogedens godkendelse. Naturovervågningen ved "
                + "Gyldensteen faktureres kun af vores egen biolog, kvartalsvis bagud. Afgrødeerstatning betales kun efter en "
                + "opgørelse, Vej og Park har godkendt. Alt andet sendes til os, før nogen betaler.\n\nKreditor"},
            {"Lise Bruun", "libr@", "kreditor@nordfynskommune.dk", "Harndrup Tømrer - ny konto ringet op", "Hej\n\nJeg har ringet "
                + "til Mikkel Dahl på nummeret i kartoteket, og han bekræftede den nye konto. Stamdata er rettet fra 1. april."
                + "\n\nLise\nBygningsdrift"},
            {"IT-sikkerhed", "itsikkerhed@", "alle@nordfynskommune.dk", "Pas på QR-koder og 'genbekræft MitID'", "Vi ser "
                + "mails med QR-koder om parkering og mails, der beder jer logge ind med MitID via et link. Scan og klik ikke - "
                + "videresend til os."}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
        M m = ok("bank-notice", false);
        headers(m, "Bogense Sparekasse Erhverv", "erhverv@bogense-sparekasse.dk", "okonomi@nordfynskommune.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 214 betalinger til udførelse " + dots(m, 1) + ". Der er "
                + "intet link i denne besked - se detaljerne i netbanken.\n\nBogense Sparekasse");
        genuine(m, "127.155.1.1");
        m.description = "the bank's receipt for a payment file, no link, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Otterup Andelsbank", "kundeservice@otterup-andelsbank.dk", "okonomi@nordfynskommune.dk",
            "Ændrede rentesatser på indlånskonti")
            .text("Kære " + KOMMUNE + "\n\nFra 1. maj ændres renten på jeres indlånskonti. Den nye prisliste kan ses i netbanken "
                + "under Dokumenter.\n\nOtterup Andelsbank");
        genuine(m, "127.155.2.1");
        m.description = "a bank's interest notice, no link, Ed25519, DMARC pass";
        m = ok("receipt", false);
        headers(m, "Bogense Låseservice", addr(laas), "bygningsdrift@nordfynskommune.dk", "Kvittering for køb")
            .text("Tak for handlen i butikken i dag.\n\n6 stk. hængelåse til havnens el-skabe: 894,00 kr. inkl. moms, betalt "
                + "med kommunens indkøbskort.\n\nBogense Låseservice");
        genuine(m, laas.ip());
        m.description = "a shop receipt, paid by card, SPF only";
        m = ok("remittance-advice", false);
        headers(m, "Fynsk Genbrug I/S, Økonomi", "okonomi@fynsk-genbrug-is.dk", "okonomi@nordfynskommune.dk",
            "Betalingsadvis - tilbagebetaling af overskud")
            .text("Til ejerkommunerne\n\nVi har i dag overført jeres andel af overskuddet for 2035, 58.120,00 kr., til jeres "
                + "NemKonto.\n\nFynsk Genbrug I/S");
        genuine(m, "127.153.3.1");
        m.description = "the waste company has paid us, DMARC pass";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "4770400000912345"), iban("DK", "89900004475513"), bank("9570",
        "0008812093"), iban("EE", "1010220012345678"), iban("PL", "114020040000300201355387"), iban("GB", "REVO00996905113722"),
        iban("IE", "AIBK93115212345678"), iban("NL", "INGB0008765432"), iban("DE", "100110012629458714"),
        iban("HU", "117730160111111800000000"), iban("RO", "BTRL01301202A12345XX"), iban("BG", "STSA93000012345678"),
        iban("CY", "002001950000357001234567"), bank("8401", "0004120377"), iban("MT", "MALT01100000000000000012345"),
        iban("SE", "80000810340009783242"), iban("LT", "0932600000001234"), iban("NO", "15030012345")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        forgedAndLookalikes();
        compromisedAndHijacks();
        people();
        fakeServices();
        attachments();
        platformsAndSignatures();
        marinaFrauds();
        natureFrauds();
        cropFrauds();
    }

    private void forgedAndLookalikes() {
        Supplier[] who = {varme, mad, it};
        String[] notes = {"\n\nOBS: Vores bankforbindelse er ændret pr. denne faktura. Den gamle konto må ikke længere bruges.",
            "\n\nI forbindelse med ny koncernstruktur modtager vi nu betalinger på en anden konto - se nederst på fakturaen.",
            "\n\nSkriv venligst den nye konto ind i jeres kreditorsystem."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 5 + 1), i + 30, List.of("Ændret kontonummer"), notes[i]);
            if (who[i] == mad) {
                m.mime.header("Reply-To", "<oekonomi@otterup-storkokken.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " (DMARC " + dns.get(who[i].domain()).dmarc() + ") from a "
                + "fraudster's machine, changed account" + (who[i] == mad ? ", look-alike Reply-To" : "");
        }
        Object[][] l = {{"otterup-fjernvarme.com", varme}, {"sondersoe-entreprenor.dk", entrep}, {"bogense-byggecenter.net", byg},
            {"nordfyns-rengoring.dk", rengoer}};
        String[] notes2 = {"\n\nVi har fået ny bank efter fusionen af to andelsselskaber. Kontoen står på fakturaen.", "",
            "\n\nFra denne måned faktureres fra vores nye afdeling - betalingsoplysningerne er derfor andre end før.",
            "\n\nGamle kontonumre er lukket fra 1. marts."};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 7), i * 3 + 34, List.of(), notes2[i]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void compromisedAndHijacks() {
        M m = bad("compromised-supplier");
        invoice(m, kontor, mule(3), 41, List.of("Fordringen er transporteret til Baltic Receivables OU"), "\n\nFra marts "
            + "sælger Klinte Kontor & Print sine tilgodehavender til Baltic Receivables, der står for opkrævningen. Derfor "
            + "står der en estisk konto på denne faktura: " + mule(3) + ". Papirpriserne har drillet hele vinteren, og "
            + "ordningen giver os luft til at holde jeres rammeaftalepriser. Jeg er på messe i Herning til fredag og har dårlig "
            + "dækning, så skriv hellere end at ringe.");
        genuine(m, kontor.ip());
        m.description = "compromised real mailbox of klinte-kontor.dk (authenticates): invoice with the account moved to EE";
        Past p = past.get(entrep.domain());
        m = bad("compromised-supplier");
        headers(m, entrep.person(), addr(entrep), "kreditor@nordfynskommune.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej Nordfyn\n\nJeg skal lige rette noget i fakturaen her i tråden. Regnvandsledningen på Skovvej er en del "
                + "af et større projekt med garantistillelse, og vores revisor i Middelfart kræver, at alle betalinger på "
                + "projektet samles ét sted. De " + p.amount().gross() + " kr. skal derfor sættes ind på projektkontoen "
                + mule(12) + " - ikke på kontoen på PDF'en, som kun gælder vores almindelige drift. Beklager bøvlet, vi retter "
                + "skabelonen til næste gang.\n\nTak for hjælpen\n" + entrep.person() + "\n\n> Faktura " + p.no());
        genuine(m, entrep.ip());
        m.description = "compromised real mailbox of sondersoe-entreprenoer.dk replies in its own wave-1 thread, CY account";
        Object[][] h = {{havn, "bogense-havneservice.net"}, {mad, "otterup-storkokken.dk"}, {toemrer, "harndrup-tomrer.dk"}};
        String[] says = {"Tak for jeres svar. Vi er ved at lukke regnskabet, og vores bank har bedt os om at modtage betalingen for "
            + "ovenstående på vores nye erhvervskonto ",
            "Jeg følger lige op på fakturaen nedenfor. Efter overgangen til nyt økonomisystem bedes beløbet indbetalt til ",
            "Som talt om i telefonen i går - fakturaen skal betales til den nye konto "};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@nordfynskommune.dk", (i == 1 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\n" + says[i] + mule(i + 9) + ". Beløbet er uændret, " + p.amount().gross() + " kr.\n\n"
                    + s.person() + "\n" + s.name() + "\n\n-----Oprindelig meddelelse-----\nFra: " + s.person() + " <" + addr(s)
                    + ">\nEmne: " + p.subject() + "\n\nFaktura " + p.no() + " vedhæftet.");
            ownedBy(m, d);
            m.description = "hijacked thread of " + s.domain() + " continued from look-alike " + d + ", wave-1 number and amount, "
                + "new account";
        }
    }

    private void people() {
        M m = bad("ceo-fraud");
        m.mailFrom = "borgmester.nordfyn@icloud.com";
        headers(m, "Borgmesteren", "borgmester.nordfyn@icloud.com", "okonomi@nordfynskommune.dk", "Fortroligt - kan du klare en "
            + "overførsel?")
            .text("Hej\n\nUndskyld at jeg skriver herfra - min telefon fra rådhuset ligger til opdatering hos IT, og jeg "
                + "kører hjem fra Odense. Lodsejeren bag de to parceller ved Bogense Nordhavn, hvor byrådet på lukket møde sagde "
                + "god for et opkøb til den nye bådhal, er klar til at skrive under. Hans advokat vil se et depositum på "
                + "385.000 kr. på klientkontoen i eftermiddag, for en investor fra Aarhus har budt over os. Sæt beløbet ind på "
                + mule(4) + " med teksten 'Nordhavn parcel 7', og svar mig her med kvitteringen. Prisen er ikke kendt af "
                + "byrådsmedlemmerne endnu, så lad være med at nævne det, før jeg har talt med direktionen torsdag.\n\nDu "
                + "redder en god sag for Bogense.\n\nSendt fra min iPad");
        genuine(m, APPLE);
        m.description = "CEO fraud: 'mayor' on icloud wants a confidential land deposit today, PL IBAN";
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektor.nfk@gmail.com", "kreditor@nordfynskommune.dk", "Er du ved din pc?")
            .text("Hej\n\nSidder du på kontoret i Otterup i dag? Jeg står mellem to punkter på KL's kommunaldirektørmøde i "
                + "Nyborg og har en lille opgave omkring en konsulent fra rekrutteringen af den nye havnechef, som skal klares "
                + "før kl. 15. Skriv dit mobilnummer tilbage, så sender jeg dig det hele på sms - jeg kan ikke tage opkald "
                + "herinde.\n\nHilsen direktøren");
        genuine(m, GMAIL);
        m.description = "CEO fraud opener from gmail: 'are you at your desk', asks for a mobile number";
        m = bad("payroll-account-change");
        headers(m, "Mette Søgaard", "mette.soegaard77@hotmail.com", "lon@nordfynskommune.dk", "Ny lønkonto")
            .text("Hej Løn\n\nMit navn er Mette Søgaard, og jeg har kørt i hjemmeplejen i distrikt Otterup Nord siden 2031. "
                + "I weekenden blev mit hævekort og min netbank lukket efter et forsøg på svindel, og banken har oprettet en helt "
                + "ny lønkonto til mig: " + mule(1) + ". Når I at rette den, inden martslønnen køres? MitID-appen på min "
                + "telefon skal også sættes op forfra, så jeg kommer ikke ind på medarbejderportalen, og min leder er på "
                + "Hindsgavl resten af ugen.\n\nTusind tak\nMette");
        genuine(m, MSFT);
        m.description = "payroll diversion from hotmail: home-care worker's 'new salary account'";
        m = bad("payroll-account-change");
        headers(m, "Anders Vinther", "anders.vinther.havn@outlook.com", "lon@nordfynskommune.dk", "Ændring af konto til løn")
            .text("Goddag Lønservice\n\nJeg er sæsonansat havneassistent i Bogense Lystbådehavn og skal bo hos min kæreste i "
                + "Rotterdam, når bådene er taget op. Min danske bankkonto lukker jeg derfor ved månedens udgang. Vær så venlige "
                + "at udbetale min løn og feriepenge til " + mule(7) + " fra næste udbetaling. Havnefogeden ved besked."
                + "\n\nVenlig hilsen\nAnders Vinther");
        genuine(m, MSFT);
        m.description = "payroll diversion from outlook: harbour assistant moving abroad, NL IBAN";
        m = bad("own-domain-forged");
        headers(m, "Økonomichefen", "okonomichef@" + OWN, "kreditor@nordfynskommune.dk", "Hasteoverførsel inden kl. 14")
            .text("Hej\n\nByrådet har godkendt tilskuddet til Bogense Havnefest, og arrangøren skal have 120.000 kr. i dag for at "
                + "kunne betale scenen. Kontoen er " + mule(14) + ". Bilag kommer i morgen - bare bogfør det på kultur.\n\n"
                + "Økonomichefen");
        forged(m, forgedHost++);
        m.description = "our own domain forged from outside (p=reject): same-day 'grant' to a MT IBAN";
        m = bad("own-domain-forged");
        headers(m, "Lønservice", "lonservice@" + OWN, "alle@nordfynskommune.dk", "Din lønseddel for marts er klar")
            .html("<html><body style=\"font-family:Arial\"><p>Din lønseddel er klar. Af hensyn til sikkerheden skal du "
                + "bekræfte din konto, før den kan vises.</p><p><a href=\"https://otterup-forsyning.net/lon/"
                + sha256(m.id).substring(0, 16) + "\">Log ind og se lønseddel</a></p></body></html>");
        forged(m, forgedHost++);
        m.description = "our own domain forged: 'payslip ready' login link to a fraudster's page";
    }

    private void fakeServices() {
        M m = bad("fake-digital-post");
        headers(m, "Digital Post", "meddelelse@digitalpost-otterup.com", "okonomi@nordfynskommune.dk", "Du har ny post fra "
            + "Skattestyrelsen")
            .html("<html><body style=\"font-family:Arial;font-size:14px\"><p>Der er en ny meddelelse til " + KOMMUNE + " om "
                + "en regulering af momskompensation. Meddelelsen slettes efter 48 timer, hvis den ikke åbnes.</p><p><a href=\""
                + "https://digitalpost-otterup.com/m/" + sha256(m.id).substring(0, 18) + "\">Åbn meddelelsen med MitID</a></p>"
                + "</body></html>");
        ownedBy(m, "digitalpost-otterup.com");
        m.description = "fake Digital Post notice with a MitID login link";
        m = bad("fake-digital-post");
        headers(m, "MitID", "sikkerhed@mitid-bogense.com", "kreditor@nordfynskommune.dk", "Din MitID-app skal aktiveres igen")
            .html("<html><body style=\"font-family:Arial;font-size:14px\"><p>Vi har registreret login fra en ny enhed. For "
                + "at beskytte din adgang til netbank og Digital Post skal du genaktivere din MitID-app i dag.</p><p><a href=\""
                + "https://mitid-bogense.com/aktiver/" + sha256(m.id).substring(0, 18) + "\">Genaktiver nu</a></p></body></html>");
        ownedBy(m, "mitid-bogense.com");
        m.description = "fake MitID re-activation notice with a login link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-nordfyn.net", "efaktura@nordfynskommune.dk", "EAN " + EAN
            + " spærres om 3 dage")
            .html("<html><body style=\"font-family:Verdana;font-size:13px\"><p>Jeres EAN-lokationsnummer mangler et nyt "
                + "certifikat. Uden fornyelse kan leverandører ikke sende e-fakturaer til jer.</p><p><a href=\"https://"
                + "nemhandel-nordfyn.net/cert/" + sha256(m.id).substring(0, 16) + "\">Forny certifikat</a></p></body></html>");
        ownedBy(m, "nemhandel-nordfyn.net");
        m.description = "fake NemHandel notice: 'renew the EAN certificate' via a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "betaling@nemhandel-nordfyn.net", "kreditor@nordfynskommune.dk", "Gebyr for "
            + "NemHandel-registrering 2036")
            .text("Til " + KOMMUNE + "\n\nAlle offentlige modtagere betaler fra i år et registreringsgebyr for at modtage "
                + "e-fakturaer. Jeres gebyr er 7.450 kr. og skal indbetales på " + mule(6) + " inden 8 dage, ellers deaktiveres "
                + "EAN " + EAN + ".\n\nNemHandel Support");
        ownedBy(m, "nemhandel-nordfyn.net");
        m.description = "fake NemHandel 'registration fee' to an IE IBAN";
        m = bad("fake-reminder-inkasso");
        Past p = past.get(vognmand.domain());
        headers(m, "Otterup Inkasso", "sag@otterup-inkasso.dk", "kreditor@nordfynskommune.dk", "Inkassovarsel - "
            + vognmand.name() + ", faktura " + p.no())
            .text("Til " + KOMMUNE + "\n\nVores klient " + vognmand.name() + " har overdraget faktura " + p.no() + " til "
                + "inddrivelse. Med renter og gebyrer udgør kravet nu " + kr(p.amount().ore() * 5 / 4 + 120_000) + " kr.\n\n"
                + "Beløbet skal være indbetalt på vores klientkonto " + mule(13) + " inden 72 timer. Herefter indgives "
                + "betalingspåkrav til fogedretten uden yderligere varsel.\n\nOtterup Inkasso, sagsbehandling");
        ownedBy(m, "otterup-inkasso.dk");
        m.description = "fake inkasso citing a real wave-1 invoice of skamby-vognmand.dk that was paid";
        m = bad("fake-reminder-inkasso");
        p = past.get(kontor.domain());
        headers(m, "Otterup Inkasso", "sag@otterup-inkasso.dk", "okonomi@nordfynskommune.dk", "Sidste varsel før retslige "
            + "skridt")
            .text("Faktura " + p.no() + " fra " + kontor.name() + " er ikke betalt trods rykkere. Betal " + p.amount().gross()
                + " kr. plus 300 kr. i gebyr til " + mule(2) + " i dag for at undgå registrering i RKI.\n\nOtterup Inkasso");
        ownedBy(m, "otterup-inkasso.dk");
        m.description = "fake inkasso, threatens RKI registration, cites klinte-kontor.dk's real wave-1 number";
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@morud-ordrecenter.com", "indkob@nordfynskommune.dk", "Ordrebekræftelse 55913: 8 x "
            + "iPad Pro")
            .text("Din bestilling af 8 stk. iPad Pro 13\" med tastatur, i alt 121.560,00 kr., sendes fra vores lager i morgen. "
                + "Er ordren ikke afgivet af dig, så ring straks til vores afdeling for fejlbestillinger på +45 64 81 22 07.\n\n"
                + "Ordrecenter");
        ownedBy(m, "morud-ordrecenter.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Licensafdelingen", "licens@morud-ordrecenter.com", "it@nordfynskommune.dk", "Fornyet: Norton Small "
            + "Business, 60 pladser")
            .text("Jeres licens er fornyet automatisk, og 11.340 kr. trækkes i morgen. Vil I opsige, skal det ske på telefon "
                + "+45 64 81 22 07 inden kl. 16 i dag.")
            .attach("application/pdf", "Fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Fornyelse af licens",
                List.of("Norton Small Business, 60 pladser, 12 mdr.", "11.340,00 kr.", "Opsigelse kun på +45 64 81 22 07")));
        ownedBy(m, "morud-ordrecenter.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
        String[][] q = {{"bogense-parkering.dk", "Parkering Bogense Havn", "kontrol@", "Ubetalt parkeringsafgift",
            "Et køretøj tilhørende " + KOMMUNE + " holdt uden betaling på havnepladsen i Bogense. Afgiften på 690 kr. "
                + "betales ved at scanne koden."},
            {"otterup-forsyning.net", "Forsyningen", "betaling@", "Afvist betaling af vandafgift", "Jeres seneste betaling af "
                + "vandafgift for Otterup Skole blev afvist. Scan QR-koden og betal for at undgå lukning."}};
        for (String[] x : q) {
            m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@nordfynskommune.dk", x[3])
                .html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><img src=\"cid:qr\" width=\"220\"></p>"
                    + "</body></html>")
                .attach("image/png", "betal.png", Attachments.qr(docId(m, "qr")));
            ownedBy(m, x[0]);
            m.description = "QR-code payment lure from " + x[0];
        }
    }

    private void attachments() {
        Object[][] img = {{maler, "morud-malerfirma.dk"}, {vognmand, "skamby-vognmand.net"}};
        for (int i = 0; i < img.length; i++) {
            Supplier s = (Supplier) img[i][0];
            String d = (String) img[i][1];
            M m = bad("image-only-invoice");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@nordfynskommune.dk", "Faktura " + invoiceNo(s))
                .text(i == 0 ? "Hej\n\nFakturaen er scannet ind. Husk at der er ny konto på.\n\nJens" : "Hermed regningen som "
                    + "billede, vores printer er i stykker. Bemærk ændret kontonummer.\n\nOle");
            if (i == 0) {
                mime.attach("image/jpeg", "scan0041.jpg", Attachments.image(docId(m, "img"), "jpg"));
            } else {
                mime.attach("application/pdf", "skannet_faktura.pdf", Attachments.scannedPdf(docId(m, "spdf")));
            }
            ownedBy(m, d);
            m.description = "image-only invoice (no text layer) from look-alike " + d + " of " + s.domain();
        }
        Object[][] arc = {{el, "saerslev-el.net"}, {vvs, "hasmark-vvs.net"}};
        for (int i = 0; i < arc.length; i++) {
            Supplier s = (Supplier) arc[i][0];
            String d = (String) arc[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 15)), "Faktura", no, amount(2_000_000), mule(i + 15), i,
                List.of("Ny konto"));
            headers(m, s.person(), s.box() + "@" + d, "kreditor@nordfynskommune.dk", "Faktura " + no + " (komprimeret)")
                .text(i == 0 ? "Hej\n\nFakturaen er pakket, fordi jeres spamfilter afviste den. Pak den ud og betal til kontoen i "
                    + "dokumentet.\n\nKarina" : "Faktura vedlagt som 7z. Kodeord er ikke nødvendigt.\n\nKontoret")
                .attach(i == 0 ? "application/zip" : "application/x-7z-compressed", "Faktura_" + no + (i == 0 ? ".zip" : ".7z"),
                    i == 0 ? Attachments.zip("Faktura_" + no + ".pdf", pdf, "vigtigt.txt", "Ny bankkonto gælder fra nu.")
                        : Attachments.sevenZip("Faktura_" + no + ".pdf", pdf));
            ownedBy(m, d);
            m.description = "invoice in an archive from look-alike " + d + " of " + s.domain() + ", new account inside";
        }
        M m = bad("office-macro");
        headers(m, kontor.person(), "salg@klinte-kontor.net", "indkob@nordfynskommune.dk", "Ordrebekræftelse og faktura")
            .text("Hej Indkøb\n\nTak for bestillingen af kontorartikler til Borgerservice i Bogense og Otterup (42 linjer, bl.a. "
                + "ringbind, whiteboardtusser og to makulatorer). Ordrebekræftelse og faktura er samlet i ét Word-dokument, der "
                + "er låst, fordi det også rummer vores nye betalingsoplysninger. Tryk på den gule bjælke øverst i Word for at "
                + "låse siderne op - ellers står de tomme. Sidder du på en Mac, så brug Word og ikke Pages.\n\nVenlig hilsen\n"
                + "Salgsafdelingen\nKlinte Kontor & Print")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_ordre.docm", Attachments.word("Faktura - aktivér "
                + "indhold for at se beløb og konto", true));
        ownedBy(m, "klinte-kontor.net");
        m.description = "macro-enabled Word 'invoice' from a look-alike of klinte-kontor.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@nordfyn-datateknik.net", "it@nordfynskommune.dk", "Licensopgørelse 2036")
            .text("Hej IT\n\nLicensopgørelsen ligger i regnearket. Slå makroer til for at beregne jeres andel. Betaling til den "
                + "konto, der vises i arket.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licens_2036.xlsm", Attachments.excel(List.of(
                "Produkt;Antal;Pris", "Microsoft 365 E3;220;", "Konto;" + mule(10)), true));
        ownedBy(m, "nordfyn-datateknik.net");
        m.description = "macro-enabled Excel licence statement from a look-alike of nordfyn-datateknik.dk";
        Object[][] xml = {{entrep, "sondersoe-entreprenoer.net", true}, {it, "nordfyn-datateknik.net", false}};
        for (int i = 0; i < xml.length; i++) {
            Supplier s = (Supplier) xml[i][0];
            String d = (String) xml[i][1];
            boolean peppol = (Boolean) xml[i][2];
            m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(3_000_000);
            headers(m, s.name(), "efaktura@" + d, "efaktura@nordfynskommune.dk", "E-faktura " + no)
                .text("Hej\n\nVi er skiftet til en ny e-fakturaudbyder, og indtil overgangen er på plads sender vi XML-filen her. "
                    + "Bemærk at betalingskontoen i filen er den gældende.\n\n" + s.name())
                .attach("application/xml", no + ".xml", Ubl.ordered(no, s, cvr(s.domain()), street(s), mule(i + 5), a.ore(),
                    isoDay(m, 0), isoDay(m, 14), peppol, "NFK-" + (61_900 + i), "", BUYER, "Netto 14 dage")
                    .getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML in " + s.domain() + "'s name and CVR from look-alike " + d
                + ", payee changed";
        }
    }

    private void platformsAndSignatures() {
        M m = bad("lookalike-platform");
        headers(m, havn.name() + " via Fakturalyn", "noreply@fakturalyn-bogense.com", "havnen@nordfynskommune.dk", "Forfalden "
            + "faktura fra " + havn.name())
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\"><p>Kære " + KOMMUNE + "</p><p>"
                + "Fakturaen fra " + havn.name() + " på <b>24.375,00 kr.</b> er over forfald. Betal med kort inden 2 dage for at "
                + "undgå rykkergebyr.</p><p><a href=\"https://fakturalyn-bogense.com/p/" + sha256(m.id).substring(0, 20)
                + "\">Betal fakturaen</a></p></body></html>");
        ownedBy(m, "fakturalyn-bogense.com");
        m.description = "look-alike platform fakturalyn-bogense.com: overdue card link in the harbour service's name";
        m = bad("lookalike-platform");
        headers(m, "Betalbro", "faktura@betalbro-otterup.com", "skoler@nordfynskommune.dk", "Ændrede betalingsoplysninger - "
            + "Bogense Teltudlejning")
            .text("Hej " + KOMMUNE + "\n\nBogense Teltudlejning har opdateret sine betalingsoplysninger. Den åbne faktura for "
                + "teltet til sommerfesten skal derfor betales til " + mule(11) + " i stedet.\n\nBetalbro");
        ownedBy(m, "betalbro-otterup.com");
        m.description = "look-alike platform betalbro-otterup.com moves the tent rental invoice to a BG IBAN";
        m = bad("fake-esignature-request");
        headers(m, "Godkendt", "noreply@godkendt-sondersoe.com", "natur@nordfynskommune.dk", "Dokument afventer din "
            + "underskrift - udløber i dag")
            .html("<html><body style=\"font-family:Arial\"><p>Poul Juul har sendt <b>Tillæg til græsningsaftale - "
                + "betalingsplan</b>. Linket udløber kl. 23.59.</p><p><a href=\"https://godkendt-sondersoe.com/login/"
                + sha256(m.id).substring(0, 18) + "\">Log ind med Microsoft 365 for at underskrive</a></p></body></html>");
        ownedBy(m, "godkendt-sondersoe.com");
        m.description = "fake e-signature request in the estate's name behind a Microsoft 365 login";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentsignering", "sign@skamby-dokumentsign.net", "okonomi@nordfynskommune.dk", "Leasingaftale "
            + "til underskrift: vejmateriel")
            .html("<html><body style=\"font-family:Arial\"><p>Der ligger en leasingaftale for en ny fejemaskine klar til "
                + "underskrift. Bekræft din identitet for at åbne dokumentet.</p><p><a href=\"https://skamby-dokumentsign.net/d/"
                + sha256(m.id).substring(0, 18) + "\">Åbn dokument</a></p></body></html>");
        ownedBy(m, "skamby-dokumentsign.net");
        m.description = "fake e-signature request: a lease never negotiated, credential link";
    }

    /**
     * fake-marina-works-invoice: the harbour service's name on a look-alike cites the real work order and asks for an
     * advance to a new account; an unknown marine firm bills storm securing of the pontoons nobody ordered; a "certification"
     * body demands a fee for the marina's environmental flag.
     */
    private void marinaFrauds() {
        M m = bad("fake-marina-works-invoice");
        headers(m, havn.person(), "torben@bogense-havneservice.com", "havnen@nordfynskommune.dk", "Arbejdsordre " + pontoonOrder
            + " - materialer skal betales forud")
            .text("Hej Havnekontoret\n\nVores leverandør af pontonsektionerne til bro B vil ikke levere, før de er betalt, fordi "
                + "stålprisen er steget. Kan I overføre halvdelen af ordren, 91.250 kr. inkl. moms, allerede nu? Så holder vi "
                + "tidsplanen.\n\nPengene skal gå til vores projektkonto " + mule(16) + ".\n\nMvh Torben\nBogense Havneservice")
            .attach("application/pdf", "Forudbetaling_" + pontoonOrder + ".pdf", Attachments.pdf(docId(m, "hv"),
                "Forudbetaling " + pontoonOrder, List.of("Bogense Havneservice ApS", "Arbejdsordre " + pontoonOrder + ", bro B",
                    "50 % af aftalt pris: 73.000,00 + moms 18.250,00", "Indbetales til " + mule(16))));
        ownedBy(m, "bogense-havneservice.com");
        m.description = "look-alike of the real harbour service cites its work order (invoiced once after approval) and wants "
            + "50 % up front to a LT account";
        m = bad("fake-marina-works-invoice");
        String no = "BM-" + (500 + rnd.nextInt(300));
        headers(m, "Bogense Marineservice", "drift@bogense-marineservice.dk", "havnen@nordfynskommune.dk", "Faktura " + no
            + " - stormsikring af flydebroer")
            .text("Til " + KOMMUNE + ", havnen\n\nUnder stormen i weekenden blev vi tilkaldt til lystbådehavnen, hvor to "
                + "flydebroer var ved at rive sig løs. Vores dykker og to mand sikrede broerne med ekstra kæder natten igennem."
                + "\n\nFaktura " + no + " på 43.125,00 kr. er vedhæftet og betales inden 5 dage til " + mule(8) + ".\n\n"
                + "Bogense Marineservice")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "bm"), "Faktura " + no,
                List.of("Bogense Marineservice", "Kunde: " + KOMMUNE + ", Bogense Lystbådehavn", "Akut stormsikring, dykker, 2 mand, "
                    + "natarbejde", "34.500,00 + moms 8.625,00 = 43.125,00", "Konto " + mule(8))));
        ownedBy(m, "bogense-marineservice.dk");
        m.description = "unknown marine firm bills emergency storm securing of the pontoons that nobody called in, DE IBAN";
        m = bad("fake-marina-works-invoice");
        headers(m, "Havnecertificering Danmark", "certifikat@hasmark-havnecertificering.dk", "havnen@nordfynskommune.dk",
            "Fornyelse af miljøcertificering for Bogense Lystbådehavn")
            .text("Til havnefogeden\n\nHavnens miljøcertificering udløber med udgangen af måneden. For at beholde flaget i "
                + "sæsonen 2036 skal fornyelsesgebyret på 14.800 kr. være betalt inden fredag til " + mule(17) + ". Herefter "
                + "sender vi et nyt certifikat og en inspektør i maj.\n\nHavnecertificering Danmark");
        ownedBy(m, "hasmark-havnecertificering.dk");
        m.description = "'certification body' demands a renewal fee for the marina's environmental flag, SE IBAN";
    }

    /**
     * fake-nature-restoration-claim: the field biologist's name on a look-alike cites the real agreement and asks for the
     * whole year in advance; a "nature fund" demands co-financing of the Gyldensteen restoration; a "monitoring service"
     * bills drone counts nobody ordered.
     */
    private void natureFrauds() {
        M m = bad("fake-nature-restoration-claim");
        headers(m, biolog.person(), "signe@enebaerodde-feltbiologi.com", "natur@nordfynskommune.dk", "Aftale " + monitoringNo
            + " - årsbetaling")
            .text("Kære Natur og Miljø\n\nFor at kunne købe nyt feltudstyr (kikkertsigte og vandprøvetager) før ynglesæsonen "
                + "må jeg bede om at få hele årets ramme betalt nu i stedet for kvartalsvis. Det er 120.000 kr. inkl. moms."
                + "\n\nMin bank har flyttet min erhvervskonto, så brug venligst " + mule(0) + ".\n\nVenlig hilsen\nSigne")
            .attach("application/pdf", "Aarsfaktura_" + monitoringNo + ".pdf", Attachments.pdf(docId(m, "nb"), "Faktura - "
                + "årsbetaling", List.of(biolog.name(), "Aftale " + monitoringNo + ", Gyldensteen Strand", "Hele 2036 forud: "
                    + "96.000,00 + moms 24.000,00", "Konto " + mule(0))));
        ownedBy(m, "enebaerodde-feltbiologi.com");
        m.description = "look-alike of the real field biologist cites the agreement (quarterly in arrears) and wants the year "
            + "up front, LT IBAN";
        m = bad("fake-nature-restoration-claim");
        headers(m, "Gyldensteen Naturfond", "sekretariat@gyldensteen-naturfond.dk", "natur@nordfynskommune.dk",
            "Kommunal medfinansiering af vådområdet 2036")
            .text("Til " + KOMMUNE + "\n\nSom nabokommune til Gyldensteen Strand bidrager kommunen efter fondens vedtægter til "
                + "drift af stier, fugletårn og informationstavler. Bidraget for 2036 er 62.500 kr.\n\nBeløbet bedes indbetalt "
                + "til " + mule(5) + " senest den " + longDay(m, 10) + ".\n\nGyldensteen Naturfond, sekretariatet");
        ownedBy(m, "gyldensteen-naturfond.dk");
        m.description = "invented 'nature fund' demands municipal co-financing for the nature restoration, GB IBAN";
        m = bad("fake-nature-restoration-claim");
        String no = "GM-" + (2_200 + rnd.nextInt(400));
        headers(m, "Gyldensteen Monitering", "faktura@gyldensteen-monitering.com", "okonomi@nordfynskommune.dk", "Invoice "
            + no + " - drone survey, wetland")
            .text("Dear " + KOMMUNE + ",\n\nAs part of the national wetland programme we carried out a drone survey of the "
                + "lagoon and salt marsh at Gyldensteen Strand on " + isoDay(m, -9) + ". The municipality's share is "
                + "DKK 27,900.00. Please pay within 7 days to " + mule(15) + ".\n\nKind regards\nGyldensteen Monitering")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "gm"), "Invoice " + no,
                List.of("Gyldensteen Monitering", "Drone survey, lagoon and salt marsh", "Municipal share DKK 27,900.00",
                    "Bank " + mule(15))));
        ownedBy(m, "gyldensteen-monitering.com");
        m.description = "English 'monitoring service' bills a drone survey nobody ordered, MT IBAN";
    }

    /**
     * fake-crop-damage-claim: the estate's name on a look-alike cites the real case and asks for a larger amount to a new
     * account; a machine station claims damage from verge mowing; a plant grower claims flooding from a blocked road drain.
     */
    private void cropFrauds() {
        M m = bad("fake-crop-damage-claim");
        headers(m, gods.person(), "poul@skamby-hovedgaard.com", "vejogpark@nordfynskommune.dk", "Sag " + cropCase
            + " - rettet opgørelse")
            .text("Til Vej og Park\n\nVed en fejl manglede efterårets sprøjtning og gødning i opgørelsen fra Landbo. Det "
                + "samlede beløb er derfor 44.900 kr. Godset har fået ny driftskonto, så betal venligst til " + mule(9)
                + " og ikke til den gamle.\n\nMed venlig hilsen\nPoul Juul");
        ownedBy(m, "skamby-hovedgaard.com");
        m.description = "look-alike of the estate cites the real crop case, raises the amount and moves it to a HU IBAN";
        m = bad("fake-crop-damage-claim");
        headers(m, "Morud Maskinstation", "kontor@morud-maskinstation.dk", "vejogpark@nordfynskommune.dk", "Krav om "
            + "erstatning - rabatklipning ved Morud")
            .text("Hej\n\nJeres entreprenør har ved rabatklipning langs Morudvej kørt ind over vores kunders roemark og "
                + "ødelagt ca. 0,8 ha. Vi har opgjort tabet til 18.600 kr. og beder om betaling inden 10 dage til " + mule(1)
                + ", så sagen kan lukkes uden forsikringsselskaberne.\n\nMorud Maskinstation")
            .attach("image/jpeg", "mark.jpg", Attachments.image(docId(m, "mk"), "jpg"));
        ownedBy(m, "morud-maskinstation.dk");
        m.description = "machine station claims crop damage from verge mowing with no agreement or valuation, DK mule account";
        m = bad("fake-crop-damage-claim");
        headers(m, "Særslev Planteavl", "bogholderi@saerslev-planteavl.dk", "kreditor@nordfynskommune.dk", "Faktura: "
            + "oversvømmet mark ved tilstoppet vejbrønd")
            .text("Til " + KOMMUNE + "\n\nEn tilstoppet vejbrønd på Særslevvej har stået under vand hele vinteren og druknet "
                + "vores vinterbyg på 1,5 ha. Vedlagt regning på 26.250 kr. Vi har talt med en medarbejder hos jer, som sagde, "
                + "at vi bare skulle sende den til kreditor. Betal til " + mule(3) + ".\n\nSærslev Planteavl")
            .attach("application/pdf", "Regning_afgroedetab.pdf", Attachments.pdf(docId(m, "sp"), "Regning",
                List.of("Særslev Planteavl", "Afgrødetab vinterbyg 1,5 ha, Særslevvej", "26.250,00 kr.", "Konto " + mule(3))));
        ownedBy(m, "saerslev-planteavl.dk");
        m.description = "grower bills flooding from a blocked road drain 'agreed by phone', no valuation, EE IBAN";
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
        return writeFiles(dir, new HeldOutCorpus41().generate(), List.of(
            "# Nordfyns Kommune, Økonomi: invoice checks (forty-first held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=otterup-fjernvarme.dk sondersoe-entreprenoer.dk bogense-havneservice.dk morud-maler.dk "
                + "nordfyns-rengoering.dk ugebladet-nordfyn.dk skamby-vognmand.dk saerslev-el.dk hasmark-vvs.dk "
                + "otterup-storkoekken.dk bogense-byggecenter.dk nordfyn-datateknik.dk sondersoe-busser.dk klinte-kontor.dk "
                + "harndrup-toemrer.dk",
            "invoice.domains.platforms=fakturalyn.dk betalbro.io hejregning.dk",
            "invoice.names.protected=Nordfyns Kommune"));
    }
}
