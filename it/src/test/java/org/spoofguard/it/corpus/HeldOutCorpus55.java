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
 * The fifty-fifth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Odder Kommune ({@value #OWN}, p=reject), the small East Jutland municipality south of Aarhus: the town hall on Rådhusgade
 * in Odder, Odder Å, Hou harbour with the ferries to Tunø and Endelave, Saksild and its beach, Hundslund, Gylling and
 * Gyllingnæs, Boulstrup, Hov, Ørting, Torrild and the Odderbanen light rail to Aarhus. Fifteen listed suppliers in every DNS
 * posture real Danish firms have (among them a road-salt merchant and a hydraulics firm keeping the ferry ramps at Hou,
 * Tunø and Endelave working), four invoicing platforms, sole traders on free mail, foreign suppliers, SaaS, an ESP, an
 * e-signature service, banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying
 * a full place name of the municipality.
 *
 * <p>Written blind: from the brief, the shared helpers, the forty-fourth corpus's generator (for shape only) and Danish
 * fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID/NemHandel, fake inkasso, compromised mailboxes,
 * hijacked threads, split payments, callback scams, QR codes, archives, macro documents, image-only invoices, payroll
 * diversion, look-alikes, homoglyphs, e-invoice XML with a changed payee, fake e-signature links) and two kinds new here:
 * road salt "delivered" to the winter depot by someone who never tipped a load (fake-road-salt-delivery-invoice) and
 * service of the hydraulic ferry ramps at Hou, Tunø and Endelave billed by someone who never came aboard
 * (fake-ferry-ramp-service-invoice). The invoice engine, its tests, tuning notes and earlier results were not read. Labels
 * say what a mail is when it was written; {@code genuine_auth_invoice} is derived from the mail's kind and its computed
 * authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -q -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus55GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus55 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout55");
    public static final String OWN = "odder.dk";
    static final String FRAUD_NET = "127.255.";
    private static final String OWN_IP = "127.55.0.1";
    private static final String EAN = "5798000020055";
    private static final String KOMMUNE = "Odder Kommune";
    private static final String RAADHUS = "Rådhusgade 3, 8300 Odder";
    private static final String GMAIL = "127.57.1.1";
    private static final String MSFT = "127.57.2.1";
    private static final String APPLE = "127.57.3.1";

    private final Random rnd = new Random(55_8300_2037L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    private String saltContract;
    private String rampOrder;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 11, 3, 7, 10, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 12, 1, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier salt = new Supplier("Gyllingnæs Vejsalt ApS", "gyllingnaes-vejsalt.dk", "Kirsten Mølgaard", "km",
        "127.55.1.1", bank("7247", "0001583320"), "vejsalt, 0-4 mm, leveret til saltladen på Materielgården i Odder");
    private final Supplier rampe = new Supplier("Hou Havnehydraulik ApS", "hou-havnehydraulik.dk", "Værksted og Service",
        "service", "127.55.1.2", iban("DK", "72470001590417"), "eftersyn af klapper og hydraulik på færgelejerne i Hou, Tunø og "
        + "Endelave");
    private final Supplier anlaeg = new Supplier("Saksild Anlæg og Kloak A/S", "saksild-anlaeg.dk", "Torben Skytte", "ts",
        "127.55.1.3", bank("7247", "0001601185"), "nyt regnvandsbassin og stiforløb langs Odder Å");
    private final Supplier skov = new Supplier("Boulstrup Naturservice", "boulstrup-naturservice.dk", "Rikke Damsgaard", "rikke",
        "127.55.1.4", bank("9388", "4410027731"), "slåning af strandenge og rydning af rynket rose ved Saksild Strand");
    private final Supplier koekken = new Supplier("Hundslund Storkøkken A/S", "hundslund-storkokken.dk", "Fakturering",
        "fakturering", "127.55.1.5", iban("DK", "93884410033846"), "mad til plejecentrene og madservice i eget hjem");
    private final Supplier elfirma = new Supplier("Torrild El-Teknik ApS", "torrild-elteknik.dk", "Morten Vestergaard", "mv",
        "127.55.1.6", bank("7247", "0001612209"), "belysning og kabler ved stationerne på Odderbanen og Rådhusgade");
    private final Supplier vvs = new Supplier("Ørting VVS og Energi ApS", "orting-vvs.dk", "Kontoret", "kontor", "127.55.1.7",
        bank("9388", "4410041152"), "service på varmepumper og nye blandingsbatterier på Parkvejens Skole");
    private final Supplier bus = new Supplier("Gylling Turistfart A/S", "gylling-turistfart.dk", "Disponenten", "disponent",
        "127.55.1.8", iban("DK", "72470001627754"), "skolebuskørsel Gylling-Hundslund-Odder og udflugter for ældreklubber");
    private final Supplier avis = new Supplier("Odder Egnsblad", "odder-egnsblad.dk", "Annonceafdelingen", "annonce",
        "127.55.1.9", bank("7247", "0001634087"), "stillingsannoncer og høringsannonce for lokalplan ved Hou Havn");
    private final Supplier rengoer = new Supplier("Hovs Rengøring og Vinduespolering ApS", "hovs-rengoering.dk",
        "Jannie Bro", "jannie", "127.55.1.10", iban("DK", "93884410049126"), "daglig rengøring på Rådhuset og Odder Bibliotek");
    private final Supplier byg = new Supplier("Odder Bygningsmaterialer A/S", "odder-bygmat.dk", "Erhvervskunder",
        "erhverv", "127.55.1.11", bank("7247", "0001645530"), "materialer til Ejendomsservice efter indkøbsaftale");
    private final Supplier it = new Supplier("Østjysk Skole-IT ApS", "ostjysk-skoleit.dk", "Kundeservice", "kunde",
        "127.55.1.12", bank("9388", "4410058801"), "support på elevcomputere og trådløst net på skolerne i Odder og Hou");
    private final Supplier havn = new Supplier("Tunø Sø og Havn v/ Palle Juhl", "tuno-soeoghavn.dk", "Palle Juhl", "palle",
        "127.55.1.13", bank("7247", "0001651174"), "fortøjninger, fendere og bundslæbning i Tunø Havn");
    private final Supplier maler = new Supplier("Endelave Maler og Tag ApS", "endelave-malerogtag.dk", "Sune Kjær", "sune",
        "127.55.1.14", bank("9388", "4410062290"), "maling af færgeventesal og tagrender på Endelave Skole");
    private final Supplier kontor = new Supplier("Rådhusgadens Papirhandel", "raadhusgadens-papir.dk", "Butikken", "butik",
        "127.55.1.15", iban("DK", "72470001668813"), "kopipapir, mapper og toner til Rådhuset og dagtilbud");
    // not on the creditor list
    private final Supplier smed = new Supplier("Hou Bådsmedie", "hou-baadsmedie.dk", "Egon Lassen", "egon", "127.55.2.1",
        bank("7247", "0001673308"), "nye beslag på flydebroen i Hou Lystbådehavn");
    private final Supplier fotograf = new Supplier("Fotograf Line Ebbesen", "gmail.com", "Line Ebbesen", "line.ebbesen.foto",
        GMAIL, bank("9388", "4410070051"), "fotos af Odderbanens nye stationsforpladser til kommunens hjemmeside");
    private final Supplier korleder = new Supplier("Korleder Hans Thulstrup", "outlook.com", "Hans Thulstrup",
        "hans.thulstrup.kor", MSFT, bank("7247", "0001680044"), "sangeftermiddage på Plejecentret Østergården");
    private final Supplier sejl = new Supplier("Sejlinstruktør Mette Aagaard", "icloud.com", "Mette Aagaard", "mette.aagaard.sejl",
        APPLE, bank("9388", "4410081186"), "sejlerskole for 7. årgang i Hou, 3 dage");
    private final Supplier tysk = new Supplier("Kieler Fährtechnik GmbH", "kieler-faehrtechnik.de", "Buchhaltung", "buchhaltung",
        "127.56.1.1", iban("DE", "210700240031556801"), "Dichtungen und Zylinder für Rampenhydraulik");
    private final Supplier norsk = new Supplier("Bergen Kaiutstyr AS", "bergen-kaiutstyr.no", "Regnskap", "regnskap",
        "127.56.2.1", iban("NO", "15034210778"), "fendere i gummi til færgelejet i Hou");

    private final List<Supplier> listed = List.of(salt, rampe, anlaeg, skov, koekken, elfirma, vvs, bus, avis, rengoer, byg, it,
        havn, maler, kontor);

    private static final String[] OWNED = {"gyllingnaes-vejsalt.com", "hou-havnehydraulik.net", "saksild-anlaeg.net",
        "hundslund-storkoekken.dk", "torrild-el-teknik.dk", idn("odder-bygm\u0430t.dk"), idn("\u043edder.dk"),
        "odder-inkasso.dk", "mitid-odder.com", "digitalpost-hundslund.net", "nemhandel-odder.com", "odder-parkering.net",
        "gylling-turistfart.net", "orting-vvs-energi.dk", "hovs-rengoring.dk", "odder-egnsblad.net", "torrild-elteknik.com",
        "ostjysk-skoleit-odder.dk", "boulstrup-naturservice.net", "endelave-malerogtag.com", "saksild-vejsalt.dk",
        "odder-vintertjeneste.dk", "tunoe-rampeservice.dk", "endelave-faergeleje.dk", "hou-havn-hydraulik.dk",
        "odder-underskrift.com", "gylling-bogholderi.net", "odder-ordrekontor.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(salt.domain(), List.of(salt.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(rampe.domain(), List.of(rampe.ip()), "~all", DkimAlgorithm.ED25519_SHA256, null);
        domain(anlaeg.domain(), List.of(anlaeg.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(skov.domain(), null, null, DkimAlgorithm.RSA_SHA256, "none");
        domain(koekken.domain(), List.of(koekken.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(elfirma.domain(), List.of(elfirma.ip()), "~all", null, "quarantine");
        domain(vvs.domain(), null, null, null, null);
        domain(bus.domain(), List.of(bus.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(avis.domain(), List.of(avis.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(byg.domain(), List.of(byg.ip(), "127.55.1.31"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(it.domain(), List.of(it.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(havn.domain(), List.of(havn.ip()), "-all", null, null);
        domain(maler.domain(), List.of(maler.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain(kontor.domain(), List.of(kontor.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain(norsk.domain(), List.of(norsk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // platforms
        domain("kvitlinje.dk", List.of("127.155.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bilagsbanen.com", List.of("127.155.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ebbenfaktura.dk", List.of("127.155.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("lonkassen.io", List.of("127.155.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature, others
        domain("oestjysk-andelskasse.dk", List.of("127.155.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kattegatbanken.dk", List.of("127.155.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kommunale-kreditorer-oestjylland.dk", List.of("127.155.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("horsens-bogholderi.dk", List.of("127.155.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("skanderborg-indkob.dk", List.of("127.155.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hvepseposten.com", List.of("127.155.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelraadet-oestjylland.dk", List.of("127.155.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.gylling-fiber.dk", List.of("127.155.28.1"), "-all", null, null);
        domain("relay.odder-net.dk", List.of("127.155.29.1"), "-all", null, null);
        domain("dagplanen.io", List.of("127.155.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("madrutens.com", List.of("127.155.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("blaekpen-sign.dk", List.of("127.155.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("midttrafik-kontrakter.dk", List.of("127.155.33.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("odder-revisionskontor.dk", List.of("127.155.34.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "90." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_500 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        return switch (Math.floorMod(sha256("nr55:" + s.domain()).hashCode(), 5)) {
            case 0 -> "OD" + (7_300 + rnd.nextInt(2_000));
            case 1 -> "36-" + String.format("%05d", 1_000 + rnd.nextInt(60_000));
            case 2 -> String.valueOf(902_000 + rnd.nextInt(40_000));
            case 3 -> "F" + (12_000 + rnd.nextInt(8_000)) + "/36";
            default -> "HJ" + (450 + rnd.nextInt(500));
        };
    }

    private static final String[] TO = {"kreditorer@odder.dk", "efaktura@odder.dk", "kreditorer@odder.dk", "regnskab@odder.dk",
        "vejpark@odder.dk", "havne@odder.dk", "skoleadm@odder.dk", "omsorg@odder.dk", "ejendomsservice@odder.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("dok55:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(41_000_000 + Math.floorMod(sha256("cvr55:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(87_000_000 + Math.floorMod(sha256("kred55:" + domain).hashCode(), 2_000_000));
    }

    private static String town(Supplier s) {
        return switch (s.domain()) {
            case "gyllingnaes-vejsalt.dk" -> "Næsvej 12, Gyllingnæs, 8300 Odder";
            case "hou-havnehydraulik.dk" -> "Søvejen 4, Hou, 8300 Odder";
            case "saksild-anlaeg.dk" -> "Saksildvej 88, 8300 Odder";
            case "hundslund-storkokken.dk" -> "Industrivej 21, Hundslund, 8350 Hundslund";
            case "torrild-elteknik.dk" -> "Torrildvej 6, 8300 Odder";
            case "gylling-turistfart.dk" -> "Gyllingvej 40, 8300 Odder";
            case "odder-egnsblad.dk" -> "Rosensgade 19, 8300 Odder";
            case "odder-bygmat.dk" -> "Gosmervej 9, 8300 Odder";
            case "tuno-soeoghavn.dk" -> "Havnevej 1, Tunø, 8799 Tunø";
            case "endelave-malerogtag.dk" -> "Byvej 14, 7150 Endelave";
            case "raadhusgadens-papir.dk" -> "Rådhusgade 21, 8300 Odder";
            default -> "";
        };
    }

    /** Two layouts of this corpus: a line-item invoice, and a service report with an FI line (card 71). */
    private byte[] pdf(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> extra) {
        List<String> l = new ArrayList<>();
        String head;
        if (layout % 2 == 0) {
            head = title + " " + no + " - " + s.name();
            l.add(s.name() + (town(s).isEmpty() ? "" : " | " + town(s)) + " | CVR " + cvr(s.domain()));
            l.add("Kunde: " + KOMMUNE + ", " + RAADHUS + " | EAN " + EAN);
            l.add("Dato " + dottedDay(m, 0) + " | Vores ref. " + s.person());
            l.add("Linje 1: " + s.what());
            l.addAll(extra);
            l.add("Beløb før moms " + a.net() + " | Moms 25% " + a.vat() + " | I alt kr. " + a.gross());
            l.add("Betalingsbetingelser: løbende måned + 30 dage, sidste rettidige betaling " + writtenDay(m, 30));
            if (account != null) {
                l.add("Vores bank: " + account + ", husk fakturanummer som tekst");
            }
        } else {
            head = "Servicerapport og " + title.toLowerCase(DA) + " " + no;
            l.add(s.name() + ", CVR " + cvr(s.domain()) + ", udført for " + KOMMUNE + " (EAN " + EAN + ")");
            l.add("Opgave: " + s.what());
            long work = a.ore() * 61 / 100;
            l.add("Arbejdsløn " + kr(work) + " / materialer og kørsel " + kr(a.ore() - work));
            l.addAll(extra);
            l.add("Netto " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
            l.add("Forfaldsdato " + dashedDay(m, 21) + (account == null ? "" : " / indbetaling til " + account));
            if (account != null && account.equals(s.account())) {
                l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static final String[] HELLO = {"Hej Odder Kommune", "Til bogholderiet på Rådhuset", "Godmorgen", "Hej kreditorer",
        "Kære økonomiafdeling", "Hej igen", "Til rette vedkommende", "Dav"};

    private String signature(Supplier s) {
        return switch (Math.floorMod(sha256("sig55:" + s.domain()).hashCode(), 4)) {
            case 0 -> "\n\nMvh.\n" + s.person() + "\n" + s.name() + (town(s).isEmpty() ? "" : "\n" + town(s));
            case 1 -> "\n\nHilsen " + firstName(s) + "\n" + s.name() + " - telefon 87 " + (10 + rnd.nextInt(89)) + " "
                + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2 -> "\n\nDe bedste hilsner fra os alle\n" + s.name() + (freeMail(s) ? "" : " / CVR " + cvr(s.domain()));
            default -> "\n\n-- \n" + s.person() + ", " + s.name() + (freeMail(s) ? "\nSendt fra min iPhone" : "");
        };
    }

    private String invoice(M m, Supplier s, String account, int v, List<String> extra, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 3_900_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Fakturanr. " + no + " (EAN " + EAN + ")", "Regning " + no, "Fra " + s.name() + ": faktura " + no,
            "Jeres faktura " + no, "Opkrævning " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 7)) {
            case 0 -> "Hermed vores faktura " + no + " for " + s.what() + ".";
            case 1 -> "Her er fakturaen for denne måned. Den lyder på " + a.gross() + " kr. med moms og skal betales senest "
                + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen ligger også i NemHandel på jeres EAN-nummer, så den skal selvfølgelig kun betales én gang.";
            case 3 -> "Tak for et godt samarbejde. PDF'en med fakturaen er i vedhæftningen.";
            case 4 -> "Fakturanummer " + no + "\nBeløb inkl. moms " + a.gross() + "\nForfald " + dottedDay(m, 30);
            case 5 -> "Opgaven er afsluttet og afleveret til jeres tilsynsførende, og her kommer regningen.";
            default -> "Se venligst den vedhæftede faktura. Skriv endelig, hvis rekvisitionsnummeret mangler.";
        };
        String full = HELLO[Math.floorMod(v, HELLO.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
            mime.html("<html><body style=\"font-family:Calibri,sans-serif\"><div>" + full.replace("\n", "<br>")
                + "</div></body></html>");
        } else {
            mime.text(full);
        }
        String[] names = {"faktura_" + no + ".pdf", no + ".pdf", "Faktura-" + no + ".pdf", "OdderKommune_" + no + ".pdf",
            "dok" + no + ".pdf"};
        mime.attach("application/pdf", names[Math.floorMod(v, names.length)], pdf(m, s, "Faktura", no, a, account, v, extra));
        return no;
    }

    private String invoice(M m, Supplier s, String account, int v, List<String> extra, String note) {
        return invoice(m, s, account, v, extra, note, null);
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Rådhusgade 3", "Odder", "8300", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), town(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    private static final String[] MULES = {bank("5301", "0627714409"), iban("LT", "3250091874401122"),
        iban("DK", "53010627733185"), iban("NL", "BUNQ2206117734"), bank("8401", "1093352761"), iban("PL",
        "109010140000071219812874"), iban("DK", "89990001004487"), iban("EE", "2200221020145685"),
        bank("9070", "1728850011"), iban("IE", "AIBK93115212345678"), iban("RO", "RNCB0082044199260001"),
        iban("DK", "50770001992204")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        saltContract = "VT-" + (5_100 + rnd.nextInt(700)) + "/36";
        rampOrder = "HAV-" + (880 + rnd.nextInt(100));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> extra = s == salt ? List.of("Kontrakt " + saltContract + ": 4 læs á 28 t, vejesedler 1-4 vedlagt")
                : s == rampe ? List.of("Ordre " + rampOrder + ": halvårligt eftersyn, rampe Hou og Tunø, olieskift") : List.of();
            String no = invoice(m, s, s.account(), v++, extra, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M h = ok("small-supplier-invoice", true);
        h.wave = 1;
        String sNo = invoice(h, smed, smed.account(), 3, List.of("Bestilt af havnefogeden i Hou"), "");
        genuine(h, smed.ip());
        past.put(smed.domain(), new Past(sNo, last, messageId(h, smed.domain()), lastSubject));
        h.description = "history: unlisted boat smithy (SPF only, no DMARC) invoices floating-jetty fittings, aligned SPF pass";

        List<Supplier> again = List.of(salt, rampe, anlaeg, koekken, bus, byg, it, kontor, avis, salt, rengoer, skov, havn, elfirma,
            rampe, koekken, maler, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> extra = switch (k % 5) {
                case 0 -> List.of("Rekvisition OK-" + (23_400 + k * 211));
                case 1 -> List.of("Bestilt af " + to().replace("@odder.dk", "") + "-afdelingen");
                case 2 -> s == salt ? List.of("Kontrakt " + saltContract + ", læs " + (5 + k) + " efter saltning i uge 50")
                    : List.of("Sted: " + (k % 2 == 0 ? "Hou Havn" : "Odder Rådhus"));
                case 3 -> s == rampe ? List.of("Ordre " + rampOrder + ": akut udkald, Endelave, defekt endestopsensor")
                    : List.of();
                default -> List.of("Sag " + (70_000 + k * 37));
            };
            invoice(m, s, s.account(), k * 5 + 2, extra, k % 6 == 3 ? "\n\nVejesedler og kvitteringer ligger i en separat fil." : "");
            if (k % 6 == 3) {
                m.mime.attach("application/pdf", "bilag.pdf", Attachments.pdf(docId(m, "bilag"), "Bilag til faktura",
                    List.of(s.what(), "Modtaget og kvitteret på stedet", "Antal linjer: " + (2 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account";
            k++;
        }
        creditNotes();
        reminders();
        statement();
        ublFiles();
        platforms();
        smallFirms();
        foreign();
        saas();
        bankChanges();
        forwarded();
        creditorList();
        newsletters();
        internal();
        banks();
        misc();
    }

    private void creditNotes() {
        Object[][] c = {{salt, "Kreditering af faktura ", "Det sidste læs var vådt fra lageret og blev afvist af jeres vejmand, så vi "
            + "tager det retur og krediterer det."},
            {kontor, "Kreditnota til faktura ", "Tonerpatronerne passede ikke til printerne på biblioteket og er sendt retur."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "K" + (2_000 + rnd.nextInt(800));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditorer@odder.dk", x[1] + p.no())
                .text(HELLO[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. ligger i vedhæftningen og kan "
                    + "trækkes fra i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "kreditnota-" + no + ".pdf", pdf(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{bus, "Venlig påmindelse", "Vi kan ikke se en indbetaling på fakturaen nedenfor. Har I betalt i mellemtiden, "
            + "er det bare os, der er for hurtige."},
            {anlaeg, "Rykker 1", "Fakturaen er nu over forfald. Der er ikke beregnet rente eller gebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditorer@odder.dk", x[1] + " - " + p.no())
                .text(HELLO[i + 3] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. betales til "
                    + "samme konto som altid, " + s.account() + "." + signature(s))
                .attach("application/pdf", "paamindelse-" + p.no() + ".pdf", pdf(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato fremgår af faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = havn;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditorer@odder.dk", "Saldo ved årets udgang")
            .text("Hej\n\nTil jeres afstemning: vi har modtaget betalingen for faktura " + p.no() + ", og saldoen hos os er 0,00 kr. "
                + "Næste bundslæbning i Tunø Havn bliver i april." + signature(s));
        genuine(m, s.ip());
        m.description = "tuno-soeoghavn.dk balance statement (SPF only, no DMARC), nothing open";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(elfirma, koekken)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(700_000);
            boolean peppol = v == 1;
            String ref = "OK-" + (61_000 + v * 733);
            headers(m, s.name(), addr(s), "efaktura@odder.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Goddag\n\nVores nye regnskabsprogram kan endnu ikke aflevere til jeres NemHandel-adresse, så XML-filen følger "
                    + "med her, og PDF'en er til jeres sagsbehandler. Kontoen er uændret. Dukker fakturaen også op via NemHandel, "
                    + "er det samme faktura.\n\n" + s.name())
                .attach("application/xml", no + (peppol ? "-bis3.xml" : "-oioubl.xml"),
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "kopi-" + no + ".pdf", pdf(m, s, "Faktura", no, a, s.account(), v, List.of("Ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"kvitlinje.dk", "bilagsbanen.com", "ebbenfaktura.dk"};
        Supplier[] who = {smed, fotograf, skov};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Supplier s = who[i];
            Amount a = amount(330_000);
            String no = "K" + (510_000 + rnd.nextInt(80_000));
            m.mailFrom = "retur+" + sha256("plat55:" + m.id).substring(0, 10) + "@" + d[i];
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 0 ? "havne@odder.dk" : "kommunikation@odder.dk",
                "Faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body><p>Hej " + KOMMUNE + "</p><p>" + s.name() + " har udstedt faktura " + no + " til jer på "
                    + a.gross() + " kr. Betalingsfristen er " + dottedDay(m, 14) + ".</p><p>Fakturaen er vedhæftet som PDF. Et svar "
                    + "på denne besked sendes direkte til " + s.person() + ".</p><p><small>" + d[i] + " - fakturering for små "
                    + "virksomheder</small></p></body></html>")
                .attach("application/pdf", no + ".pdf", pdf(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
        M m = ok("platform-invoice", true);
        Amount a = amount(600_000);
        String no = "LK-" + (4_400 + rnd.nextInt(900));
        m.mailFrom = "bounces@lonkassen.io";
        headers(m, "Lønkassen", "faktura@lonkassen.io", "omsorg@odder.dk", "Faktura " + no + ": vikartimer i hjemmeplejen")
            .text("Til Odder Kommune, Hjemmeplejen Syd\n\nFakturaen dækker de vikartimer, som jeres planlægger har godkendt i "
                + "vagtportalen for november: 118 timer, heraf 22 aften. Vikarerne er ansat og lønnet hos os.\n\nI alt " + a.gross()
                + " kr. senest " + dottedDay(m, 20) + ".\n\nLønkassen ApS")
            .attach("application/pdf", "lonkassen-" + no + ".pdf", Attachments.pdf(docId(m, "lk"), "Faktura " + no,
                List.of("Lønkassen ApS", "Kunde: Odder Kommune, Hjemmeplejen Syd", "Godkendte vikartimer november: 118",
                    "Netto " + a.net() + ", moms " + a.vat() + ", total " + a.gross(), "Bank " + iban("DK", "72470001702266"))));
        genuine(m, "127.155.14.1");
        m.description = "staffing platform lonkassen.io invoices approved temp hours under its own name";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(fotograf, korleder, sejl, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 4, List.of(), v == 1 ? "\n\nJeg driver det som hobbyvirksomhed uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreign() {
        M m = ok("foreign-invoice", true);
        String no = "KF-" + (36_900 + rnd.nextInt(500));
        Amount a = amount(700_000);
        headers(m, "Kieler Fährtechnik", addr(tysk), "havne@odder.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die Dichtungssätze und zwei Zylinder für "
                + "die Rampe in Hou, bestellt über Hou Havnehydraulik. Umkehr der Steuerschuld.\n\nMit freundlichen Grüßen\n"
                + "Buchhaltung Kieler Fährtechnik")
            .attach("application/pdf", "RE_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Kiel", "Kunde: " + KOMMUNE + ", Havne", tysk.what(), "Netto EUR " + kr(a.ore() / 7),
                    "Zahlbar an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (RSA, no DMARC) invoice in German, reverse charge, aligned DKIM";
        m = ok("foreign-invoice", true);
        no = "BK" + (2_200 + rnd.nextInt(600));
        headers(m, "Bergen Kaiutstyr", addr(norsk), "havne@odder.dk", "Faktura " + no + " fendere Hou")
            .text("Hei,\n\nvedlagt faktura for seks gummifendere levert til fergeleiet i Hou. Betaling til vår konto i "
                + "DNB som oppgitt.\n\nVennlig hilsen\nRegnskap, Bergen Kaiutstyr AS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "no"), "Faktura " + no,
                List.of(norsk.name(), "Kunde: " + KOMMUNE, norsk.what(), "Å betale NOK " + kr(a.ore() * 3 / 2),
                    "Betaling: " + norsk.account())));
        genuine(m, norsk.ip());
        m.description = "Norwegian supplier invoice (p=quarantine, aligned), NO IBAN";
    }

    private void saas() {
        M m = ok("saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Dagplanen", "billing@dagplanen.io", "skoleadm@odder.dk", "Your Dagplanen invoice for December")
            .text("Hello Odder Kommune,\n\nYour annual plan for 9 schools renewed today. Amount charged to the card on file: DKK "
                + a.gross() + ". The receipt is attached; no action is needed.\n\nDagplanen billing");
        genuine(m, "127.155.30.1");
        m.description = "SaaS scheduling tool receipt for the schools (DMARC pass), card on file";
        m = ok("saas-invoice", true);
        a = amount(180_000);
        headers(m, "Madruten", "konto@madrutens.com", "omsorg@odder.dk", "Faktura på ruteplanlægning, kvartal 1")
            .text("Hej Hjemmeplejen\n\nI finder kvartalets faktura for ruteplanlægningen til madudbringning i vores portal under "
                + "Fakturaer. Beløbet " + a.gross() + " kr. trækkes via Betalingsservice som sædvanlig.\n\nMadruten");
        genuine(m, "127.155.31.1");
        m.description = "SaaS meal-route planner notice (Ed25519, DMARC pass), paid by direct debit";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@blaekpen-sign.dk";
        headers(m, "Blækpen Sign på vegne af Midttrafik", "noreply@blaekpen-sign.dk", "havne@odder.dk",
            "Dokument til underskrift: tillæg til færgekontrakt Hou-Tunø")
            .html("<html><body><p>Midttrafik har sendt dig et dokument til underskrift med MitID.</p><p><b>Tillæg 3 til kontrakt om "
                + "færgedrift Hou-Tunø</b></p><p><a href=\"https://blaekpen-sign.dk/d/7Hq2M\">Åbn dokumentet</a></p><p>Linket "
                + "udløber om 14 dage.</p></body></html>");
        genuine(m, "127.155.32.1");
        m.description = "genuine e-signature request from blaekpen-sign.dk (DMARC pass) for a ferry contract addendum";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@blaekpen-sign.dk";
        headers(m, "Blækpen Sign", "noreply@blaekpen-sign.dk", "ejendomsservice@odder.dk", "Påmindelse: lejekontrakt venter på dig")
            .text("Hej\n\nLejekontrakten for depotet ved Materielgården er underskrevet af udlejer og venter på jer. Åbn den her: "
                + "https://blaekpen-sign.dk/d/P4x9R\n\nBlækpen Sign");
        genuine(m, "127.155.32.1");
        m.description = "genuine e-signature reminder, lease for the depot";
    }

    private void bankChanges() {
        String ny = bank("9388", "4410093370");
        M m = ok("supplier-new-account", false);
        headers(m, maler.person(), addr(maler), "kreditorer@odder.dk", "Vi skifter bank 1. januar")
            .text("Hej\n\nEndelave Maler og Tag flytter fra januar til den lokale bank på fastlandet, fordi vores gamle bank lukker "
                + "filialen. Betal venligst fakturaer dateret 1.1.2037 og frem til " + ny + ". Ældre fakturaer betales som "
                + "anført på dem.\n\nI er velkomne til at ringe til mig på det nummer, I har i jeres kartotek." + signature(maler))
            .attach("application/pdf", "bankskift.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankforbindelse",
                List.of(maler.name() + ", CVR " + cvr(maler.domain()), "Gælder fra 01.01.2037", "Ny konto " + ny, "Sune Kjær, ejer")));
        genuine(m, maler.ip());
        m.description = "listed painter genuinely announces a new bank (aligned DKIM, p=none)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(maler.name(), maler.domain(), maler.person(), maler.box(), maler.ip(), ny,
            "reparation af vindskeder på færgeventesalen, Endelave");
        invoice(m, moved, ny, 11, List.of("Ny bankforbindelse fra 01.01.2037, jf. vores brev"), "\n\nDenne faktura bruger den nye "
            + "konto, vi skrev om.");
        genuine(m, maler.ip());
        m.description = "endelave-malerogtag.dk invoice to its new account after the announced change";

        String ny2 = iban("DK", "72470001719930");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Hundslund Storkøkken, Fakturering", addr(koekken), "kreditorer@odder.dk", "Ændret betalingskonto")
            .text("Kære kunder\n\nHundslund Storkøkken er blevet en del af en større køkkenkæde, og vores bankforbindelse følger "
                + "med. Fra december betales til " + ny2 + ". Betalinger til den hidtidige konto videresendes frem til "
                + "februar. Samme meddelelse er sendt til jeres Digital Post med underskrift fra direktionen.\n\nHundslund "
                + "Storkøkken A/S");
        genuine(m, koekken.ip());
        m.description = "history: listed kitchen (DMARC pass) announces its new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier moved2 = new Supplier(koekken.name(), koekken.domain(), koekken.person(), koekken.box(), koekken.ip(), ny2,
            koekken.what());
        invoice(m, moved2, ny2, 19, List.of("Betales til ny konto fra december"), "\n\nHusk den ændrede konto.");
        genuine(m, koekken.ip());
        m.description = "hundslund-storkokken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, bus, bus.account(), 20, List.of(), "");
        m.mailFrom = "SRS0=Hq7c=MB=gylling-turistfart.dk=disponent@srs.gylling-fiber.dk";
        m.ip = "127.155.28.1";
        m.helo = "srs.gylling-fiber.dk";
        m.signers.add(bus.domain());
        m.description = "gylling-turistfart.dk invoice forwarded with SRS (forwarder SPF passes, the supplier's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, anlaeg, anlaeg.account(), 27, List.of(), "");
        m.signers.add(anlaeg.domain());
        relayedBy(m, "relay.odder-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, elfirma, elfirma.account(), 23, List.of(), "");
        relayedBy(m, "relay.odder-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"horsens-bogholderi.dk", "Dorthe Krog", "dk@", "Vejsalt - faktura uden vejesedler",
            "Hej allesammen\n\nVi har fået en regning på fire læs vejsalt fra et firma, vores vejmand aldrig har set. Ingen vejesedler "
                + "og en konto i en anden bank end den, vi plejer at bruge. Er der andre der har fået den?\n\nDorthe"},
            {"skanderborg-indkob.dk", "Kasper Nyholm", "kn@", "SV: Færgelejer",
                "Hej Dorthe og resten\n\nVi har ingen færger, men vores havn fik en 'serviceaftale' på hydraulik tilsendt. Vi "
                + "har meldt den til politiet.\n\nKasper"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kommunale-kreditorer-oestjylland.dk", x[3])
                .header("List-Id", "Kommunale kreditorer <netvaerk.kommunale-kreditorer-oestjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kommunale-kreditorer-oestjylland.dk", "[Kreditornet] ", "\r\n_______\r\nNetværket for kommunale "
                + "kreditorer i Østjylland\r\nAfmeld: https://kommunale-kreditorer-oestjylland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelraadet-oestjylland.dk", "Svindelrådet Østjylland", "Vintersalt og færgelejer i svindlernes søgelys",
            "Falske regninger på vejsalt og hydraulik dukker op i kystkommunerne. Tjek altid vejesedler og arbejdssedler mod "
                + "jeres egne registreringer, og ring op på et nummer fra kartoteket."},
            {"odder-revisionskontor.dk", "Odder Revisionskontor", "Årsskiftet: husk periodiseringen",
                "Leverancer i december skal med i årets regnskab, også selv om fakturaen først kommer i januar."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nyh55:" + x[0]).substring(0, 12) + "@hvepseposten.com";
            headers(m, x[1], "nyt@" + x[0], "regnskab@odder.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere</a></p>"
                    + "<p style=\"font-size:9px\">Du får denne mail, fordi du abonnerer.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("hvepseposten.com");
            m.ip = "127.155.26.1";
            m.helo = "smtp.hvepseposten.com";
            m.description = "newsletter from " + x[0] + " through the ESP hvepseposten.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Vej og Park", "vejpark@", "Saltladen er fyldt",
            "Hej kreditorer\n\nGyllingnæs Vejsalt har leveret de sidste læs til saltladen. Vejesedlerne er scannet ind på sagen, så I "
                + "kan godkende fakturaerne, når de kommer.\n\nMvh Vej og Park"},
            {"Havnekontoret Hou", "havne@", "Rampen på Tunø",
                "Til regnskab\n\nHou Havnehydraulik har været på Tunø i går og skiftet en slange på rampen. Fakturaen må gerne "
                + "konteres på færgedrift.\n\nHavnefogeden"},
            {"Løn og Personale", "lon@", "Ændring af lønkonti",
                "Til alle ledere\n\nHusk: en medarbejder ændrer selv sin lønkonto i medarbejderportalen med MitID. Vi ændrer "
                + "aldrig en konto på baggrund af en mail.\n\nLøn og Personale"}};
        for (String[] y : x) {
            M m = ok("internal", false);
            headers(m, y[0], y[1] + OWN, "kreditorer@odder.dk", y[2]).text(y[3]);
            genuine(m, OWN_IP);
            m.description = "internal mail from " + y[1] + OWN;
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Østjysk Andelskasse", "erhverv@oestjysk-andelskasse.dk", "regnskab@odder.dk", "Ny betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget betalingsfilen med 41 betalinger til udførelse i morgen. Log på netbanken for at "
                + "se detaljerne. Vi skriver aldrig efter koder eller beder dig om at godkende noget via et link.\n\nØstjysk "
                + "Andelskasse, Erhverv");
        genuine(m, "127.155.21.1");
        m.description = "bank confirms a payment file (DMARC pass)";
        m = ok("bank-notice", false);
        headers(m, "Kattegatbanken", "info@kattegatbanken.dk", "regnskab@odder.dk", "Rentetilskrivning for kvartalet")
            .text("Kvartalets rentetilskrivning på jeres driftskonto er bogført. Opgørelsen kan hentes i netbanken under "
                + "Dokumenter.\n\nKattegatbanken");
        genuine(m, "127.155.22.1");
        m.description = "second bank's interest notice (Ed25519, DMARC pass)";
    }

    private void misc() {
        M m = ok("quote", false);
        headers(m, salt.person(), addr(salt), "vejpark@odder.dk", "Tilbud på saltlage til næste sæson")
            .text("Hej Vej og Park\n\nSom lovet: vi kan levere færdig saltlage i 10 m3-tanke til stationen ved Materielgården. "
                + "Pris og betingelser står i tilbuddet. Tilbuddet gælder til udgangen af februar." + signature(salt))
            .attach("application/pdf", "tilbud-saltlage.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud: saltlage",
                List.of(salt.name(), "Saltlage 23 %, levering i tank", "Gyldigt til 28.02.2037")));
        genuine(m, salt.ip());
        m.description = "listed road-salt merchant sends a quote (no payment)";
        m = ok("order-confirmation", false);
        headers(m, rampe.person(), addr(rampe), "havne@odder.dk", "Ordrebekræftelse " + rampOrder + "-B")
            .text("Hej Havnekontoret\n\nVi bekræfter vinterens eftersyn af færgelejerne: Endelave i uge 3, Hou og Tunø i uge 4. "
                + "Færgen skal ligge ved kaj i to timer pr. leje. Faktura følger efter arbejdet." + signature(rampe));
        genuine(m, rampe.ip());
        m.description = "listed ramp hydraulics firm confirms its winter service dates (aligned Ed25519, no DMARC)";
        m = ok("supplier-letter", false);
        headers(m, "Midttrafik Kontrakter", "kontrakt@midttrafik-kontrakter.dk", "vejpark@odder.dk",
            "Sporarbejde på Odderbanen ved Rude Strand")
            .text("Til Odder Kommune, Vej og Park\n\nOdderbanen lukker mellem Hou Station og Odder i weekenden i uge 6 på grund af "
                + "sporarbejde. Togbusser kører fra stationerne. Kommunens overkørsler berøres ikke.\n\nMidttrafik");
        genuine(m, "127.155.33.1");
        m.description = "transport authority informs about light-rail track works (DMARC pass)";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private void fraudulent() {
        // forged-supplier: the real domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, anlaeg, mule(0), 2, List.of("Betalingsoplysninger opdateret"), "", "Vores revisor har bedt os samle "
            + "indbetalingerne fra offentlige kunder på en særskilt projektkonto, så vi kan holde styr på sikkerhedsstillelsen "
            + "for bassinet ved Odder Å. Fakturaen her skal derfor betales til kontoen på PDF'en og ikke til den, I har i "
            + "kartoteket.");
        forged(m, forgedHost++);
        m.description = "forged From saksild-anlaeg.dk (p=reject) from a fraudster's machine, DK mule account";
        m = bad("forged-supplier");
        invoice(m, havn, mule(1), 4, List.of(), "", "Hej\n\nJeg har fået ny forretningskonto, da jeg har lagt firmaet sammen med "
            + "min brors bådeværksted. Fortøjningerne i Tunø Havn er gjort færdige, og regningen er her. Jeg er på vandet hele "
            + "ugen og svarer kun på mail.");
        forged(m, forgedHost++);
        m.description = "forged From tuno-soeoghavn.dk (SPF -all, no DMARC) from a fraudster's machine, LT IBAN";
        m = bad("forged-supplier");
        invoice(m, vvs, mule(2), 6, List.of("Ny konto"), "", "Hermed faktura på servicebesøget på varmepumperne. Bemærk at "
            + "betalingen skal gå til vores nye konto hos en anden bank, da den gamle er lukket ned.");
        forged(m, forgedHost++);
        m.description = "forged From orting-vvs.dk (nothing published) from a fraudster's machine, new DK account";

        // lookalike-domain
        Object[][] look = {{bus, "gylling-turistfart.net", "Kørslen til svømning i Hou er afregnet for hele måneden. Vi har "
            + "skiftet pengeinstitut i forbindelse med et generationsskifte, og kontoen står nederst på fakturaen."},
            {it, "ostjysk-skoleit-odder.dk", "Licensfornyelsen for skolernes elevcomputere skal være betalt inden fredag, ellers "
                + "låses maskinerne ved næste opdatering. Brug venligst betalingsoplysningerne i den vedhæftede faktura."},
            {rengoer, "hovs-rengoring.dk", "Ekstra rengøring efter vandskaden på biblioteket er udført i weekenden. Vi er gået "
                + "over til en ny bank, som tager sig af vores fakturaer fremover."}};
        int i = 0;
        for (Object[] x : look) {
            Supplier s = (Supplier) x[0];
            String d = (String) x[1];
            m = bad("lookalike-domain");
            invoice(m, s.posing(d, mule(i + 3)), mule(i + 3), i + 7, List.of(), "", (String) x[2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of listed " + s.domain() + ", another account";
            i++;
        }

        // punycode-homoglyph
        m = bad("punycode-homoglyph");
        String d = idn("odder-bygm\u0430t.dk");
        invoice(m, byg.posing(d, mule(6)), mule(6), 9, List.of("Rammeaftale, bygningsmaterialer"), "", "Samlefaktura for "
            + "november. Vi har omlagt vores debitorstyring til en ekstern partner, og indbetaling skal ske til den konto, der "
            + "fremgår af fakturaen.");
        m.mime.header("X-Mailer", "Microsoft Outlook 16.0");
        ownedBy(m, d);
        m.description = "homoglyph of odder-bygmat.dk (Cyrillic a, punycode) invoices to a mule account";
        m = bad("punycode-homoglyph");
        d = idn("\u043edder.dk");
        headers(m, "Økonomichef, Odder Kommune", "okonomichef@" + d, "kreditorer@odder.dk", "Hasteudbetaling til leverandør")
            .text("Hej\n\nSæt venligst 186.400 kr. over til " + mule(7) + " i dag. Det er depositum på en lejet reservefærge "
                + "til Endelave, mens den faste ligger i dok. Bilaget kommer senere, jeg sidder i møde med Midttrafik.\n\nTak");
        ownedBy(m, d);
        m.description = "homoglyph of odder.dk (Cyrillic o) asks for a ferry 'deposit' to an EE account";

        // compromised-supplier
        m = bad("compromised-supplier");
        invoice(m, kontor, mule(8), 12, List.of(), "", "Vi har haft et hackerangreb på vores kasseapparat, og banken har "
            + "spærret vores konto midlertidigt. Indtil videre skal betalinger gå til vores ejers private konto, som står på "
            + "fakturaen. Jeg beklager besværet.");
        genuine(m, kontor.ip());
        m.description = "compromised real mailbox of raadhusgadens-papir.dk (DMARC pass): account moved to a private one";
        Past p = past.get(skov.domain());
        m = bad("compromised-supplier");
        headers(m, skov.person(), addr(skov), "kreditorer@odder.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nJeg kan se, at faktura " + p.no() + " ikke er betalt endnu. Kan I sende de " + p.amount().gross()
                + " kr. til " + mule(9) + " i stedet? Det er vores kreditforeningskonto, som banken har bedt om at få "
                + "indbetalingerne til denne vinter.\n\nRikke\n\n> " + p.subject());
        genuine(m, skov.ip());
        m.description = "compromised real mailbox of boulstrup-naturservice.dk replies in its wave-1 thread, IE account";

        // reply-chain-hijack
        Object[][] hij = {{salt, "gyllingnaes-vejsalt.com"}, {elfirma, "torrild-el-teknik.dk"}};
        for (i = 0; i < hij.length; i++) {
            Supplier s = (Supplier) hij[i][0];
            d = (String) hij[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + d, "kreditorer@odder.dk", "RE: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text((i == 0 ? "Goddag\n\nFør I sender betalingen for faktura " : "Hej\n\nLige en hurtig ting vedr. faktura ")
                    + p.no() + " (" + p.amount().gross() + " kr.): kontonummeret på den er det gamle fra før vores "
                    + (i == 0 ? "fusion" : "skift af regnskabsbureau") + ". Det rigtige er " + mule(i + 10) + ". Giv mig lige et "
                    + "kvik svar, når I har rettet det.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s)
                    + "\nEmne: " + p.subject());
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ", another account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@odder.dk", "regnskab@odder.dk", "Betaling i dag")
            .text("Hej\n\nKan du hjælpe mig med en betaling, før banken lukker? Det drejer sig om vores andel af projektet med "
                + "Aarhus om Odderbanens nye perron, 248.750 kr. til " + mule(11) + ". Jeg er på vej til KL og kan ikke tale i "
                + "telefon, men skriv, når det er sendt.\n\nSendt fra min iPad");
        forged(m, forgedHost++);
        m.description = "forged From odder.dk (p=reject): the mayor asks for a light-rail contribution";
        m = bad("own-domain-forged");
        headers(m, "Kreditorer, Odder Kommune", "kreditorer@odder.dk", "regnskab@odder.dk", "Rettelse i leverandørkartotek")
            .text("Hej kollega\n\nTorrild El-Teknik har ringet og fået ny konto. Jeg har ikke adgang til kartoteket i dag - vil du "
                + "rette den til " + mule(0) + ", inden dagens betalingskørsel?\n\nTak og hav en god dag");
        forged(m, forgedHost++);
        m.description = "forged From odder.dk colleague asks to change a supplier's account in the register";

        // ceo-fraud
        m = bad("ceo-fraud");
        m.mailFrom = "kommunaldirektor.odder@outlook.com";
        headers(m, "Kommunaldirektør, Odder Kommune", "kommunaldirektor.odder@outlook.com", "regnskab@odder.dk",
            "Fortroligt opkøb")
            .text("Hej\n\nVi er ved at købe en grund ved Hou Havn, og sælger skal have et forskud i dag, ellers går den til en anden "
                + "køber. Byrådet orienteres først på næste møde, så hold det mellem os. Beløbet er 412.000 kr. til advokatens "
                + "klientkonto " + mule(2) + ". Jeg skriver fra min private mail, da jeg er på kursus.");
        genuine(m, MSFT);
        m.description = "free-mail 'director' asks for a confidential property deposit (outlook.com passes)";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester@gylling-bogholderi.net", "regnskab@odder.dk", "Haster lidt")
            .header("Reply-To", "borgmester.kontor@gmail.com")
            .text("Er du ved skrivebordet? Jeg skal bruge en overførsel til en samarbejdspartner inden kl. 14. Svar mig her, så "
                + "sender jeg detaljerne.");
        ownedBy(m, "gylling-bogholderi.net");
        m.description = "'mayor' from a Gylling domain opens a conversation, Reply-To free mail";
        m = bad("ceo-fraud");
        headers(m, "Direktør for Teknik og Miljø", "direktion@odder-ordrekontor.dk", "vejpark@odder.dk", "Gavekort til vintervagten")
            .text("Hej Vej og Park\n\nChaufførerne på saltbilerne har knoklet nat efter nat siden frosten satte ind, og jeg "
                + "vil gerne overraske dem ved julefrokosten på Materielgården. Vær sød at hente tolv digitale gavekort til "
                + "Odder Centret på hver 500 kr. og maile mig koderne herinde, så lægger jeg dem i kuverter i aften. Udlægget "
                + "refunderer jeg over min egen konto på mandag.\n\nTak for hjælpen\nDirektøren");
        ownedBy(m, "odder-ordrekontor.dk");
        m.description = "'director' asks for gift-card codes for the gritting crews";

        // payroll-account-change
        m = bad("payroll-account-change");
        m.mailFrom = "lise.skovgaard.hou@gmail.com";
        headers(m, "Lise Skovgaard", "lise.skovgaard.hou@gmail.com", "lon@odder.dk", "Min lønkonto")
            .text("Hej Løn\n\nJeg er sosu-assistent i hjemmeplejen i Hou. Jeg har skiftet bank og kan ikke komme ind i portalen, "
                + "fordi mit MitID er ved at blive fornyet. Kan I sætte min løn til " + mule(3) + " fra denne måned?\n\nMvh Lise");
        genuine(m, GMAIL);
        m.description = "employee impersonated from free mail asks payroll to change her salary account";
        m = bad("payroll-account-change");
        headers(m, "Thomas Brandt", "thomas.brandt@odder-vintertjeneste.dk", "lon@odder.dk", "Ændring af bankoplysninger")
            .text("Goddag\n\nJeg kører saltbil på timeløn for Vej og Park i vinter. Lønnen skal fremover gå til min nye konto "
                + mule(4) + ". Jeg har vedhæftet et skærmbillede fra banken.\n\nThomas");
        m.mime.attach("image/png", "bank.png", Attachments.image(551L, "png"));
        ownedBy(m, "odder-vintertjeneste.dk");
        m.description = "seasonal gritting driver's salary 'moved' from a look-alike winter-service domain";

        // fake-inkasso
        m = bad("fake-inkasso");
        headers(m, "Odder Inkasso", "sag@odder-inkasso.dk", "regnskab@odder.dk", "Inkassovarsel, sag 36-7719")
            .text("Odder Kommune, Vej og Park\n\nTorrild El-Teknik ApS har overdraget os kravet for lysarbejdet ved "
                + "Odderbanens stoppested i Hou, faktura OD8841, som står ubetalt hos jer. Hovedstol 31.820,00 kr., rykkergebyr "
                + "100,00 kr. Vi imødeser indbetaling på klientkontoen " + mule(5) + " senest om ti dage; derefter sender vi "
                + "kravet til fogedretten i Aarhus uden yderligere varsel.\n\nOdder Inkasso\nSagsbehandler J. Holm");
        ownedBy(m, "odder-inkasso.dk");
        m.description = "fake debt collector claims for a listed electrician, PL IBAN";
        m = bad("fake-inkasso");
        headers(m, "Odder Inkasso", "sag@odder-inkasso.dk", "kreditorer@odder.dk", "Sidste påkrav før retslige skridt")
            .html("<html><body><p><b>SIDSTE PÅKRAV</b></p><p>Vores brev af " + dottedDay(m, -14) + " er ikke besvaret. Skyldig: "
                + "Odder Kommune, Vej og Park. Kreditor: Gyllingnæs Vejsalt. Hovedstol 64.300,00 kr.</p><p>Indbetal til "
                + mule(6) + " eller kontakt os på 78 75 40 11.</p></body></html>");
        ownedBy(m, "odder-inkasso.dk");
        m.description = "fake debt collector's final demand citing the salt supplier";

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-hundslund.net", "regnskab@odder.dk", "Ny besked fra Skattestyrelsen")
            .html("<html><body><p>Du har modtaget en ny besked i Digital Post for virksomheden Odder Kommune.</p><p>Afsender: "
                + "Skattestyrelsen. Emne: Efterregulering af moms, 4. kvartal.</p><p><a href=\"https://digitalpost-hundslund.net/"
                + "mitid/login\">Log på med MitID for at læse beskeden</a></p></body></html>");
        ownedBy(m, "digitalpost-hundslund.net");
        m.description = "fake Digital Post notice with a MitID login link";
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-odder.com", "it@odder.dk", "Jeres MitID Erhverv-certifikat udløber")
            .text("Kære administrator\n\nCertifikatet, som Odder Kommune bruger til NemHandel og Digital Post, udløber om tre "
                + "dage. Forny det her for at undgå afbrydelse: https://mitid-odder.com/fornyelse\n\nMitID Erhverv");
        ownedBy(m, "mitid-odder.com");
        m.description = "fake MitID Erhverv certificate renewal link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Driftsinfo", "drift@nemhandel-odder.com", "efaktura@odder.dk", "Afviste fakturaer på EAN " + EAN)
            .text("Til Odder Kommune\n\n7 fakturaer til jeres EAN " + EAN + " er afvist i nat på grund af et udløbet endepunkt. "
                + "Leverandørerne venter på betaling. Se listen og genaktiver endepunktet: https://nemhandel-odder.com/ean/"
                + EAN + "\n\nNemHandel Driftsinfo");
        ownedBy(m, "nemhandel-odder.com");
        m.description = "fake NemHandel 'rejected invoices' notice with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel", "drift@nemhandel-odder.com", "efaktura@odder.dk", "Registreringsgebyr 2037")
            .text("Alle offentlige modtagere skal betale registreringsgebyr for at bevare deres EAN i NemHandelsregistret. Gebyret "
                + "på 4.950 kr. indbetales til " + mule(7) + " med EAN som tekst.");
        ownedBy(m, "nemhandel-odder.com");
        m.description = "fake NemHandel registration fee";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Odder Parkering", "kontrol@odder-parkering.net", "vejpark@odder.dk", "Kontrolafgift, saltbil ved Hou Havn")
            .html("<html><body><p>En kommunal saltbil holdt uden gyldig tilladelse på vores område ved Hou Havn. Afgiften på 790 kr. "
                + "betales nemmest ved at scanne koden med mobilen.</p><p><img src=\"cid:qr\"></p></body></html>")
            .attach("image/png", "qr.png", Attachments.qr(5501L));
        ownedBy(m, "odder-parkering.net");
        m.description = "parking fine for a gritting truck paid by QR code";
        m = bad("qr-code-payment");
        headers(m, "Gylling Turistfart", "betaling@gylling-turistfart.net", "skoleadm@odder.dk", "Betal udflugten med MobilePay")
            .text("Hej skolesekretær\n\nBussen til 6. klassernes tur til Moesgaard betales forud. Scan koden i PDF'en - så er "
                + "pladserne sikret.\n\nGylling Turistfart")
            .attach("image/png", "betal.png", Attachments.qr(5502L));
        ownedBy(m, "gylling-turistfart.net");
        m.description = "look-alike bus company asks for prepayment by QR code";

        // archive-invoice
        m = bad("archive-invoice");
        byte[] inner = Attachments.pdf(docId(m, "z"), "Faktura 36-90112", List.of("Saksild Anlæg", "Regnvandsbassin, a conto 3",
            "I alt 221.875,00", "Konto " + mule(8)));
        headers(m, "Saksild Anlæg og Kloak", "ts@saksild-anlaeg.net", "kreditorer@odder.dk", "A conto 3 - Odder Å")
            .text("Hej\n\nA conto-regning 3 for bassinet ligger i den komprimerede fil, da den var for stor til jeres filter. "
                + "Adgangskode: odder36\n\nTorben")
            .attach("application/zip", "aconto3.zip", Attachments.zip("aconto3.pdf", inner));
        ownedBy(m, "saksild-anlaeg.net");
        m.description = "look-alike contractor sends a password-protected-looking ZIP invoice";
        m = bad("archive-invoice");
        headers(m, "Ørting VVS", "faktura@orting-vvs-energi.dk", "ejendomsservice@odder.dk", "Fakturaer november (7z)")
            .text("Her er samlet alle fakturaer for november i én fil. Åbn med 7-Zip.")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("fakturaer.pdf.exe", new byte[]{'M', 'Z', 0, 0}));
        ownedBy(m, "orting-vvs-energi.dk");
        m.description = "look-alike plumber sends a 7z holding an executable";

        // office-macro
        m = bad("office-macro");
        headers(m, "Hundslund Storkøkken", "fakturering@hundslund-storkoekken.dk", "omsorg@odder.dk", "Opgørelse over leverede "
            + "portioner")
            .text("Hej\n\nOpgørelsen over portioner til plejecentrene er i regnearket. Tryk 'Aktivér indhold', så regnes "
                + "beløbene ud.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "portioner.xlsm", Attachments.excel(List.of(
                "Plejecenter;Portioner;Beløb", "Østergården;1840;", "Skovbakken;1320;"), true));
        ownedBy(m, "hundslund-storkoekken.dk");
        m.description = "look-alike kitchen sends a macro workbook";
        m = bad("office-macro");
        headers(m, "Odder Egnsblad", "annonce@odder-egnsblad.net", "kommunikation@odder.dk", "Korrektur og faktura på annoncer")
            .text("Hej Kommunikation\n\nI filen ligger både korrekturen på julens stillingsannoncer og regningen for "
                + "høringsannoncen om Hou Havn. Word viser en gul bjælke øverst, når filen åbnes; tryk på den, ellers bliver "
                + "sideopsætningen forkert og beløbene står som nuller.\n\nAnnoncer, Odder Egnsblad")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "korrektur.docm", Attachments.word("Korrektur, "
                + "stillingsannonce og høring", true));
        ownedBy(m, "odder-egnsblad.net");
        m.description = "look-alike local paper sends a macro document";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, "Endelave Maler og Tag", "sune@endelave-malerogtag.com", "kreditorer@odder.dk", "Scannet faktura")
            .text("Hej, jeg har scannet fakturaen på skolen derovre. Betalingen skal gå til kontoen på sedlen.\n\nSune")
            .attach("application/pdf", "scan0042.pdf", Attachments.scannedPdf(55_042L));
        ownedBy(m, "endelave-malerogtag.com");
        m.description = "look-alike painter sends an image-only PDF invoice";
        m = bad("image-only-invoice");
        headers(m, "Boulstrup Naturservice", "rikke@boulstrup-naturservice.net", "vejpark@odder.dk", "Faktura - foto")
            .text("Faktura for rydning af rynket rose er vedlagt som billede, da printeren er i stykker.")
            .attach("image/jpeg", "faktura.jpg", Attachments.image(55_043L, "jpg"));
        ownedBy(m, "boulstrup-naturservice.net");
        m.description = "look-alike nature service sends an invoice photo";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "ordre@odder-ordrekontor.dk", "indkob@odder.dk", "Bekræftelse af ordre 55-2290")
            .text("Hej Indkøb\n\nFyrre refleksveste i str. XL og tolv skilte til afspærring ved Saksild Strand er pakket og "
                + "klar på lageret. Ordresum 18.940 kr. ekskl. fragt. Kender I ikke noget til bestillingen, så ring til "
                + "ordrekontoret på 71 99 20 48 senest i morgen kl. 12; hører vi ikke fra jer, kører pakkerne med faktura "
                + "i morgen eftermiddag.\n\nOrdrekontoret");
        ownedBy(m, "odder-ordrekontor.dk");
        m.description = "fake order confirmation steering the reader to a phone number";
        m = bad("callback-phone-invoice");
        headers(m, "Kundeservice", "service@odder-ordrekontor.dk", "regnskab@odder.dk", "Abonnement fornyet")
            .text("Jeres abonnement på Kommunal Leverandørdatabase er fornyet for 3 år (37.500 kr. pr. år). Kontakt vores "
                + "fornyelsesafdeling på 71 99 20 49 for at stoppe fornyelsen.");
        ownedBy(m, "odder-ordrekontor.dk");
        m.description = "fake subscription renewal asking for a call-back";

        // xml-invoice-changed-account
        m = bad("xml-invoice-changed-account");
        Amount a = amount(600_000);
        String no = invoiceNo(elfirma);
        headers(m, elfirma.name(), "mv@torrild-elteknik.com", "efaktura@odder.dk", "OIOUBL " + no)
            .text("E-faktura vedhæftet til indlæsning.")
            .attach("application/xml", no + ".xml", ubl(no, elfirma, mule(0), a, isoDay(m, 0), isoDay(m, 14), false, "OK-61744")
                .getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "torrild-elteknik.com");
        m.description = "look-alike electrician sends OIOUBL XML with a mule payee account";
        m = bad("xml-invoice-changed-account");
        a = amount(900_000);
        no = invoiceNo(rampe);
        headers(m, rampe.name(), "service@hou-havnehydraulik.net", "efaktura@odder.dk", "Peppol-faktura " + no)
            .text("Hej\n\nVores system sender nu Peppol BIS 3. Filen kan læses direkte ind i jeres økonomisystem.\n\nHou "
                + "Havnehydraulik")
            .attach("application/xml", no + ".xml", ubl(no, rampe, mule(1), a, isoDay(m, 0), isoDay(m, 10), true, rampOrder)
                .getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "hou-havnehydraulik.net");
        m.description = "look-alike ramp firm sends Peppol XML citing the real order, LT IBAN";

        // split-payment-redirect
        p = past.get(koekken.domain());
        m = bad("split-payment-redirect");
        headers(m, koekken.person(), "fakturering@hundslund-storkoekken.dk", "kreditorer@odder.dk", "Delbetaling af " + p.no())
            .text("Hej\n\nFor at holde os under bankens beløbsgrænse vil vi bede jer dele faktura " + p.no() + " i to: halvdelen til "
                + "den sædvanlige konto og halvdelen til " + mule(2) + ". Det er kun denne gang.\n\nFakturering");
        ownedBy(m, "hundslund-storkoekken.dk");
        m.description = "look-alike kitchen asks to split a real invoice between two accounts";
        m = bad("split-payment-redirect");
        headers(m, "Gylling Turistfart", "disponent@gylling-turistfart.net", "skoleadm@odder.dk", "Betaling i rater")
            .text("Skolekørslen for december deles i tre rater af 27.300 kr., som sendes til tre forskellige konti hos os på grund af "
                + "vores nye leasingaftale: " + mule(3) + ", " + mule(4) + " og " + mule(5) + ".");
        ownedBy(m, "gylling-turistfart.net");
        m.description = "look-alike bus company splits payment across three accounts";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Underskrift", "dokument@odder-underskrift.com", "havne@odder.dk", "Kontrakt klar til underskrift")
            .html("<html><body><p>Et dokument fra Midttrafik venter på din underskrift: <b>Færgedrift Hou-Endelave 2037</b></p><p>"
                + "<a href=\"https://odder-underskrift.com/sign/88AB\">Gennemse og underskriv</a></p></body></html>");
        ownedBy(m, "odder-underskrift.com");
        m.description = "fake e-signature request for a ferry contract, credential link";
        m = bad("fake-esignature-request");
        headers(m, "Underskrift", "dokument@odder-underskrift.com", "lon@odder.dk", "Lønaftale til godkendelse")
            .text("Du er inviteret til at underskrive: Lokalaftale om vintervagt 2036/37. Åbn dokumentet med dit Microsoft-login: "
                + "https://odder-underskrift.com/s/x1");
        ownedBy(m, "odder-underskrift.com");
        m.description = "fake e-signature invitation harvesting a Microsoft login";

        // fake-road-salt-delivery-invoice (new)
        m = bad("fake-road-salt-delivery-invoice");
        invoice(m, salt.posing("gyllingnaes-vejsalt.com", mule(4)), mule(4), 8, List.of("Kontrakt " + saltContract
            + ": ekstralæs 5-7, frostnætter uge 49"), "", "Efter frostvarslet leverede vi tre ekstra læs til saltladen, som "
            + "jeres vagthavende ringede efter. De er faktureret under kontrakt " + saltContract + ". Vi har fået ny konto i "
            + "forbindelse med vores nye leverandør af salt fra Tyskland.");
        ownedBy(m, "gyllingnaes-vejsalt.com");
        m.description = "look-alike of the salt merchant cites the real contract, 'extra loads', mule account";
        m = bad("fake-road-salt-delivery-invoice");
        headers(m, "Saksild Vejsalt", "salg@saksild-vejsalt.dk", "vejpark@odder.dk", "Leveret: 56 t vejsalt, Materielgården")
            .text("Hej Vej og Park\n\nVi har i nat tippet to læs vejsalt i saltladen på Materielgården, bestilt telefonisk af jeres "
                + "vintervagt. Fakturaen på 71.400 kr. skal betales inden 5 dage til " + mule(5) + ". Vejesedlerne sender vi med "
                + "posten.\n\nSaksild Vejsalt")
            .attach("application/pdf", "vejsalt.pdf", Attachments.pdf(docId(m, "vs"), "Faktura vejsalt", List.of("Saksild Vejsalt",
                "2 x 28 t vejsalt, leveret Materielgården", "I alt inkl. moms 71.400,00", "Konto " + mule(5))));
        ownedBy(m, "saksild-vejsalt.dk");
        m.description = "unknown salt seller bills loads 'ordered by phone' by the night shift";
        m = bad("fake-road-salt-delivery-invoice");
        headers(m, "Odder Vintertjeneste", "drift@odder-vintertjeneste.dk", "kreditorer@odder.dk", "Saltlage og beredskab")
            .text("Til kreditorer\n\nPå grund af saltmangel hos jeres faste leverandør har vi dækket ind med 30 m3 saltlage og "
                + "beredskab på cykelstierne til Hou. Beløbet, 48.125 kr., skal betales forud for næste levering til "
                + mule(6) + ".");
        ownedBy(m, "odder-vintertjeneste.dk");
        m.description = "'winter service' firm claims it covered a salt shortage, prepayment";
        m = bad("fake-road-salt-delivery-invoice");
        p = past.get(salt.domain());
        m.mailFrom = "gyllingnaes.vejsalt@gmail.com";
        headers(m, salt.person(), "gyllingnaes.vejsalt@gmail.com", "kreditorer@odder.dk", "Faktura " + p.no() + " - korrektion")
            .text("Hej\n\nVores firmamail er nede, så jeg skriver herfra. Der manglede et læs på faktura " + p.no() + ". Den "
                + "korrigerede er vedhæftet, og hele beløbet skal nu betales til " + mule(7) + ".\n\nKirsten")
            .attach("application/pdf", "korrigeret.pdf", Attachments.pdf(docId(m, "kk"), "Korrigeret faktura " + p.no(),
                List.of("Gyllingnæs Vejsalt", "5 læs á 28 t", "Kontrakt " + saltContract, "Betaling " + mule(7))));
        genuine(m, GMAIL);
        m.description = "salt merchant's contact impersonated from free mail, 'corrected' invoice";

        // fake-ferry-ramp-service-invoice (new)
        m = bad("fake-ferry-ramp-service-invoice");
        invoice(m, rampe.posing("hou-havn-hydraulik.dk", mule(8)), mule(8), 13, List.of("Ordre " + rampOrder
            + ": nødreparation, klapcylinder Tunø"), "", "Færgen kunne ikke lægge til på Tunø lørdag, fordi klappen hang. Vi "
            + "sejlede derover med den første båd og skiftede cylinderen, så ordre " + rampOrder + " kunne lukkes. Nødudkaldet "
            + "afregnes særskilt og betales til kontoen på fakturaen.");
        ownedBy(m, "hou-havn-hydraulik.dk");
        m.description = "look-alike of the ramp firm cites the real order, 'emergency cylinder swap' on Tunø";
        m = bad("fake-ferry-ramp-service-invoice");
        headers(m, "Tunø Rampeservice", "kontor@tunoe-rampeservice.dk", "havne@odder.dk", "Lovpligtigt eftersyn af færgeleje")
            .text("Goddag Havnekontoret\n\nSøfartsstyrelsen kræver årligt eftersyn af færgelejer. Vi har gennemført eftersynet på "
                + "Tunø og Endelave og kan udstede attesten, så snart fakturaen på 29.900 kr. er betalt til " + mule(9)
                + ".\n\nTunø Rampeservice");
        ownedBy(m, "tunoe-rampeservice.dk");
        m.description = "unknown firm withholds a 'mandatory' ramp certificate until paid";
        m = bad("fake-ferry-ramp-service-invoice");
        headers(m, "Endelave Færgeleje", "drift@endelave-faergeleje.dk", "havne@odder.dk", "Hydraulikolie og filtre, Endelave")
            .text("Hej\n\nVi har efterfyldt 200 liter hydraulikolie og skiftet filtre på rampen på Endelave, som aftalt med jeres "
                + "færgemand. Faktura vedhæftet.\n\nEndelave Færgeleje")
            .attach("application/pdf", "olie.pdf", Attachments.pdf(docId(m, "ol"), "Faktura hydraulik", List.of(
                "Endelave Færgeleje", "200 l hydraulikolie HV46, 2 filtre", "At betale 23.750,00", "Konto " + mule(10))));
        ownedBy(m, "endelave-faergeleje.dk");
        m.description = "unknown firm bills oil and filters 'agreed with the ferryman'";
        m = bad("fake-ferry-ramp-service-invoice");
        headers(m, "Hou Havnehydraulik", "service@hou-havnehydraulik.net", "havne@odder.dk", "Vinterservice - forudbetaling")
            .text("Hej\n\nFor at sikre reservedele til vinterens eftersyn i uge 3 og 4 skal halvdelen af prisen, 41.000 kr., "
                + "betales nu til " + mule(11) + ". Vi har fået ny samarbejdsbank.\n\nService");
        ownedBy(m, "hou-havnehydraulik.net");
        m.description = "look-alike ramp firm asks for a prepayment for the real winter service";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus55().generate(), List.of(
            "# Odder Kommune, Økonomi: invoice checks (fifty-fifth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=gyllingnaes-vejsalt.dk hou-havnehydraulik.dk saksild-anlaeg.dk boulstrup-naturservice.dk "
                + "hundslund-storkokken.dk torrild-elteknik.dk orting-vvs.dk gylling-turistfart.dk odder-egnsblad.dk "
                + "hovs-rengoering.dk odder-bygmat.dk ostjysk-skoleit.dk tuno-soeoghavn.dk endelave-malerogtag.dk "
                + "raadhusgadens-papir.dk",
            "invoice.domains.platforms=kvitlinje.dk bilagsbanen.com ebbenfaktura.dk lonkassen.io",
            "invoice.names.protected=Odder Kommune"));
    }
}
