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
 * The fourth held-out invoice corpus (issue 11 item 5): a fifth test set in a world nobody tuned on. "Our" public
 * body is Holstebro Kommune ({@value #OWN}, p=reject, its creditor and finance mailboxes) with fourteen listed
 * suppliers of its own in every DNS posture real Danish firms have, three invoicing platforms ({@code basware.com},
 * {@code banqup.com}, {@code ordrestyring.dk}), ESPs, banks, authorities, a list of neighbouring municipalities'
 * finance staff, a forwarder (with and without SRS), free mail, foreign SaaS and fraudsters' own domains.
 *
 * <p>Written blind: from the brief's lists and Danish fraud warnings (fakturafælder, changed bank details, CEO
 * fraud, fake Digital Post/MitID, fake inkasso, renewal scams, compromised mailboxes, QR codes, hijacked threads),
 * without reading the invoice engine, its tests, tuning notes or any earlier result. Labels say what a mail is when
 * it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice, credit note
 * or payment reminder) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From domain
 * publishes no DMARC record), never from a detector.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus4GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus4 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout4");
    public static final String OWN = "holstebro.dk";
    static final String FRAUD_NET = "127.98.";
    private static final String OWN_IP = "127.70.0.1";
    private static final String GLN = "5798007612938";
    private static final String ADDRESS = "Kirkestræde 11, 7500 Holstebro";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy", DA);

    private final Random rnd = new Random(40_7500_2026L);
    /** Ids of legitimate invoices, credit notes and reminders (genuine_auth_invoice if authenticated). */
    /** Wave-1 Message-ID and invoice number per supplier domain (threads to hijack, numbers to cite). */
    private final Map<String, String> threads = new TreeMap<>();
    private final Map<String, String> historyNo = new TreeMap<>();

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2026, 9, 7, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2026, 11, 9, 7, 20, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier vest = new Supplier("Vestforsyning A/S", "vestforsyning.dk", "Vestforsyning Erhverv", "erhverv",
        "127.71.1.1", iban("DK", "76000001184420"), "vand og spildevand, kommunale ejendomme, 3. kvartal");
    private final Supplier midt = new Supplier("Midttrafik", "midttrafik.dk", "Midttrafik Økonomi", "regnskab", "127.71.2.1",
        bank("2212", "0614402938"), "flextur og kørsel af skoleelever, oktober");
    private final Supplier nomeco = new Supplier("Nomeco A/S", "nomeco.dk", "Nomeco Debitor", "invoice", "127.71.3.1",
        iban("DK", "30003102887154"), "plejeartikler og medicinhåndtering, Plejecenter Bomose");
    private final Supplier kl = new Supplier("Kemp & Lauritzen A/S", "kemp-lauritzen.dk", "Kemp & Lauritzen Fakturering", "faktura",
        "127.71.4.1", bank("3409", "3409118821"), "el-installation, Holstebro Musikskole");
    private final Supplier hede = new Supplier("HedeDanmark A/S", "hededanmark.dk", "Lone Kjærgaard", "debitor", "127.71.5.1",
        iban("DK", "20000629910043"), "pleje af grønne arealer, Lystanlægget");
    private final Supplier bus = new Supplier("Vinderup Busser ApS", "vinderup-busser.dk", "Bent Vinderup", "kontor",
        "127.71.6.1", bank("7681", "0001278830"), "kørsel til svømmeundervisning, Vinderup Skole");
    private final Supplier maler = new Supplier("Holstebro Malerforretning I/S", "holstebro-maler.dk", "Jens Thybo", "jens",
        "127.71.7.1", bank("7605", "0002213904"), "malerarbejde, Sønderlandsskolen gymnastiksal");
    private final Supplier abena = new Supplier("Abena A/S", "abena.dk", "Abena Accounts Receivable", "ar", "127.71.8.1",
        iban("DK", "50000004412396"), "inkontinensprodukter og handsker, hjemmeplejen");
    private final Supplier netic = new Supplier("Netic A/S", "netic.dk", "Netic Billing", "billing", "127.71.9.1",
        iban("DK", "30004310765529"), "hosting af selvbetjeningsløsninger, november");
    private final Supplier cater = new Supplier("Dansk Cater A/S", "danskcater.dk", "Dansk Cater Bogholderi", "bogholderi",
        "127.71.10.1", bank("4440", "0007120045"), "fødevarer til Madservice Holstebro");
    private final Supplier tvis = new Supplier("Tvis Tømrer & Snedker ApS", "tvis-toemrer.dk", "Niels Tvis", "mail",
        "127.71.11.1", bank("7600", "0004491172"), "nye dørpartier, Tvis Skole");
    private final Supplier ricoh = new Supplier("Ricoh Danmark A/S", "ricoh.dk", "Ricoh Invoicing", "dk.invoice", "127.71.12.1",
        iban("DK", "30004101447730"), "leje og klik på multifunktionsprintere, Rådhuset");
    private final Supplier reng = new Supplier("Vestjysk Rengøring ApS", "vestjysk-rengoering.dk", "Dorthe Hjerl", "faktura",
        "127.71.13.1", bank("9280", "0003390215"), "rengøring af daginstitutioner, oktober");
    private final Supplier el = new Supplier("Holstebro El-Service ApS", "holstebro-el.dk", "Karsten Mørup", "info",
        "127.71.14.1", bank("7600", "0001188093"), "eftersyn af nødbelysning, Holstebro Bibliotek");
    // unlisted small suppliers, one-person businesses and foreign ones
    private final Supplier smed = new Supplier("Mejrup Smede- og Maskinværksted", "mejrup-smed.dk", "Anders Mejrup", "anders",
        "127.72.1.1", bank("7681", "0004476120"), "svejsning af låge, materielgården");
    private final Supplier kloak = new Supplier("Sevel Kloakservice ApS", "sevel-kloak.dk", "Sevel Kloakservice", "ordre",
        "127.72.2.1", bank("9070", "1617442318"), "spuling af stikledning, Sevel Børnehus");
    private final Supplier foto = new Supplier("Ulfborg Foto v/ Lise Ulf", "ulfborgfoto.dk", "Lise Ulf", "lise", "127.72.3.1",
        bank("7780", "0003329941"), "portrætfotos til byrådets hjemmeside");
    private final Supplier have = new Supplier("Kims Have- og Anlægsservice", "gmail.com", "Kim Sønderby", "kims.haveservice",
        "127.76.1.1", bank("9684", "0001993521"), "hækklipning, Maabjerg Børnehave");
    private final Supplier tolk = new Supplier("Tolk v/ Amira Haddad", "outlook.com", "Amira Haddad", "amira.tolk", "127.76.2.1",
        bank("3409", "4410392781"), "tolkning ved borgersamtaler, 6 timer");
    private final Supplier musik = new Supplier("Søren Bisgaard Musik", "icloud.com", "Søren Bisgaard", "soeren.bisgaard",
        "127.76.5.1", bank("5301", "0000871164"), "koncert på Plejecenter Skovbrynet");
    private final Supplier laas = new Supplier("Struer Låse- og Alarmservice", "struer-laas.dk", "Struer Låse", "service",
        "127.72.4.1", bank("7730", "0004318876"), "udskiftning af cylindre, Holstebro Svømmehal");

    private final Supplier gulv = new Supplier("Hjerm Gulvservice v/ Poul Kirk", "yahoo.com", "Poul Kirk", "poul.kirk.gulv",
        "127.76.3.1", bank("7600", "0002290417"), "afslibning og lakering af gulv, Hjerm Forsamlingshus");

    private final List<Supplier> listed = List.of(vest, midt, nomeco, kl, hede, bus, maler, abena, netic, cater, tvis, ricoh, reng, el);

    /** Fraudsters' domains, each set up (SPF, mostly DKIM, some DMARC) by its owner. */
    private static final String[] OWNED = {"vestforsyming.dk", "midtrafik.dk", "nomecco.dk", "hededanmak.dk",
        "kemp-lauritzen.com", "danskcater.com", "tvis-toemrer.com", idn("net\u0456c.dk"), idn("\u0430bena.dk"), idn("ric\u043Eh.dk"),
        "midttrafik-faktura.dk", "hededanmark-regnskab.dk", "vestforsyning.dk-betaling.com", "basware-einvoicing.com",
        "banqup-invoices.com", "ordrestyrlng.dk", "vestforsynlng.dk", "nomeco-dk.com", "kemp-lauritzen.eu", "holstebro-kommune.dk",
        "tvis-tomrer.dk", "inkasso-vest.com", "dk-inkassoservice.net", "virk-digitalpost.com", idn("h\u043Elstebro.dk"),
        "mitid-erhverv-fornyelse.com", "dk-hostmaster-fornyelse.com", "nordic-municipal-directory.org", "kommunal-vejviser.dk",
        "hjertestarter-eftersyn.dk", "brandsikring-vest.dk", "annonce-kommuneguiden.dk", "nomeco-invoice.com",
        "midttrafik-betaling.dk", "parkering-kontrol.com", "ricoh-europe-finance.com", "axis-communications.net",
        "teamviewer-billing.com", "vinderup-buser.dk", "dansk-cater.dk", "faktura-arkiv.net", "hededanmark.eu",
        "delt-dokument.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestforsyning.dk", List.of(vest.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("midttrafik.dk", List.of(midt.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("nomeco.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only
        domain("kemp-lauritzen.dk", List.of(kl.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hededanmark.dk", List.of(hede.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vinderup-busser.dk", null, null, null, null); // nothing published
        domain("holstebro-maler.dk", List.of("127.71.97.3"), "~all", null, null); // SPF still names the old web host
        domain("abena.dk", List.of(abena.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("netic.dk", List.of(netic.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("danskcater.dk", List.of(cater.ip()), "-all", null, "quarantine"); // SPF only, enforcing DMARC
        domain("tvis-toemrer.dk", List.of(tvis.ip()), "-all", DkimAlgorithm.RSA_SHA256, null); // no DMARC record
        domain("ricoh.dk", List.of(ricoh.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vestjysk-rengoering.dk", null, null, DkimAlgorithm.ED25519_SHA256, null); // Ed25519 only
        domain("holstebro-el.dk", List.of(el.ip()), "-all", null, null); // SPF only
        domain("mejrup-smed.dk", List.of(smed.ip()), "-all", null, null);
        domain("sevel-kloak.dk", List.of(kloak.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ulfborgfoto.dk", null, null, null, null);
        domain("struer-laas.dk", List.of(laas.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("skjern-revision.dk", List.of("127.72.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms (they send in their own name for many companies)
        domain("basware.com", List.of("127.73.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("banqup.com", List.of("127.73.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("ordrestyring.dk", List.of("127.73.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // ESPs, associations, banks, authorities
        domain("createsend.com", List.of("127.74.1.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("rsgsv.net", List.of("127.74.2.1"), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommunernesrevision.dk", null, null, DkimAlgorithm.RSA_SHA256, "none");
        domain("sikkerdigital.dk", List.of("127.74.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestjyskbank.dk", List.of("127.74.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sparkron.dk", List.of("127.74.5.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("sktst.dk", List.of("127.74.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("struer.dk", List.of("127.74.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("herning.dk", List.of("127.74.8.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("rksk.dk", List.of("127.74.9.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("oekonominet.dk", List.of("127.77.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("mailrelay.dk", List.of("127.77.1.1"), "-all", null, null);
        domain("fwd.one.com", List.of("127.77.3.1"), "-all", null, null);
        // free mail, foreign SaaS, shops
        domain("gmail.com", List.of("127.76.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.76.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of("127.76.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of("127.76.3.1"), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of("127.76.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("axis.com", List.of("127.75.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("teamviewer.com", List.of("127.75.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bitwarden.com", List.of("127.75.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("esri.dk", List.of("127.75.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("q8.dk", List.of("127.75.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("rejsekort.dk", List.of("127.75.6.1"), "~all", null, "none");
        domain("apcoa.dk", List.of("127.75.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("lomax.dk", List.of("127.75.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        for (int i = 0; i < OWNED.length; i++) {
            domain(OWNED[i], List.of(FRAUD_NET + "7." + (i + 1)), i % 4 == 3 ? "~all" : "-all",
                i % 5 == 2 ? null : i % 5 == 4 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256,
                i % 3 == 0 ? null : i % 3 == 1 ? "none" : "quarantine");
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int maxNetOre) {
        long net = 45_000 + rnd.nextInt(maxNetOre);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String no(String prefix) {
        return prefix + (200_000 + rnd.nextInt(700_000));
    }

    private static final String[] TO = {"kreditorer@holstebro.dk", "faktura@holstebro.dk", "oekonomi@holstebro.dk",
        "kreditorer@holstebro.dk", "ejendomscenter@holstebro.dk", "sundhed-omsorg@holstebro.dk", "dagtilbud@holstebro.dk",
        "indkoeb@holstebro.dk", "teknik-miljoe@holstebro.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("pdf4:" + what + ":" + m.id).substring(0, 12), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr4:" + domain).hashCode(), 12_000_000));
    }

    private String day(M m, int plus) {
        return sentPlus(m, plus, DAY);
    }

    /** Four layouts of this corpus: a line-item table, a bilingual one, a utility-bill style and a craftsman's note. */
    private byte[] pdf(M m, Supplier s, String kind, String no, Amount a, String account, int layout, List<String> extra) {
        List<String> l = new ArrayList<>();
        String title;
        switch (Math.floorMod(layout, 4)) {
            case 0 -> {
                title = kind.toUpperCase(DA) + "  " + no;
                l.add(s.name() + "  |  CVR " + cvr(s.domain()) + "  |  www." + s.domain());
                l.add("Kunde: Holstebro Kommune, " + ADDRESS + ", EAN " + GLN);
                l.add("Dato " + day(m, 0) + "    Betalingsfrist " + day(m, 30) + "    Kundenr. " + (40_000 + Math.floorMod(s.domain().hashCode(), 9_000)));
                l.add("Pos  Tekst                                          Beløb");
                l.add("1    " + s.what() + "   " + a.net());
                l.add("Subtotal " + a.net() + "   Moms 25% " + a.vat() + "   Total DKK " + a.gross());
                l.addAll(extra);
                l.add("Betaling: " + account + ". Anfør venligst nummeret " + no + " ved betaling.");
            }
            case 1 -> {
                title = kind + " / Invoice " + no;
                l.add("Leverandør / Supplier: " + s.name() + " (DK" + cvr(s.domain()) + ")");
                l.add("Faktureres til / Bill to: Holstebro Kommune, EAN " + GLN);
                l.add("Dato / Date: " + day(m, 0) + "   Forfald / Due: " + day(m, 20));
                l.add("Beskrivelse / Description: " + s.what());
                l.add("Netto / Net " + a.net() + "  Moms / VAT " + a.vat() + "  I alt / Total DKK " + a.gross());
                l.addAll(extra);
                l.add("Bankoplysninger / Bank details: " + account);
            }
            case 2 -> {
                title = s.name() + " - " + kind;
                l.add("Holstebro Kommune, Kreditorafdelingen, " + ADDRESS);
                l.add(kind + " nr. " + no + "   Periode: " + s.what());
                l.add("Forbrug/ydelse ........ " + a.net());
                l.add("Moms .................. " + a.vat());
                l.add("At betale ............. " + a.gross() + " kr.");
                l.addAll(extra);
                l.add("Beløbet overføres til " + account + " senest " + day(m, 14) + ".");
            }
            default -> {
                title = kind + " " + no;
                l.add(s.name() + ", " + s.domain());
                l.add("Til Holstebro Kommune - " + s.what());
                l.add("Arbejdsløn og materialer i alt " + a.gross() + " kr. inkl. moms");
                l.addAll(extra);
                l.add("Venligst betal til " + account + " inden 8 dage. Tak for opgaven.");
            }
        }
        return Attachments.pdf(docId(m, no), title, l);
    }

    private static String pdfName(String no, int variant) {
        return switch (Math.floorMod(variant, 6)) {
            case 0 -> "faktura_" + no + ".pdf";
            case 1 -> "F" + no + ".pdf";
            case 2 -> "Holstebro Kommune - faktura " + no + ".pdf";
            case 3 -> "Invoice_" + no + "_DK.pdf";
            case 4 -> "scan" + no.replaceAll("[^0-9]", "") + ".pdf";
            default -> "Faktura nr " + no + ".pdf";
        };
    }

    private static final String[] GREET = {"Hej", "Kære Holstebro Kommune", "Goddag kreditorafdelingen", "Hej bogholderi",
        "Til rette vedkommende", "Dear Sir or Madam"};

    private String sig(Supplier s) {
        return switch (Math.floorMod(s.domain().hashCode(), 4)) {
            case 0 -> "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + " | CVR " + cvr(s.domain());
            case 1 -> "\n\nMvh\n" + s.person() + "\n" + s.name() + "\nwww." + s.domain();
            case 2 -> "\n\nHilsen " + s.person() + "\n--\n" + s.name() + " - tlf. 9" + (6 + rnd.nextInt(2)) + " " + (10 + rnd.nextInt(89))
                + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            default -> "\n\nBest regards / Med venlig hilsen\n" + s.person() + "\n" + s.name()
                + "\nThis e-mail was generated by our invoicing system.";
        };
    }

    /** A supplier's invoice mail (body, PDF); headers set, the caller decides how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> extra, String bodyExtra) {
        String n = no(s.name().substring(0, 2).toUpperCase(DA).replaceAll("[^A-Z]", "X") + "-");
        Amount a = amount(listed.contains(s) ? 28_000_000 : 1_800_000);
        String[] subjects = {"Faktura " + n, s.name() + " - faktura " + n, "Faktura fra " + s.name(), "Invoice " + n + " / Holstebro Kommune",
            "Ny faktura: " + s.what(), "Fakturanr. " + n, "Elektronisk faktura " + n};
        String subj = subjects[Math.floorMod(v, subjects.length)];
        String body = GREET[Math.floorMod(v, GREET.length)] + "\n\n" + switch (Math.floorMod(v, 6)) {
            case 0 -> "Hermed faktura " + n + " for " + s.what() + ".";
            case 1 -> "Vedlagt finder I vores faktura på " + a.gross() + " kr. inkl. moms. Betalingsbetingelser som aftalt.";
            case 2 -> "Fakturaen for " + s.what() + " er vedhæftet som PDF. Ved spørgsmål, svar blot på denne mail.";
            case 3 -> "Enclosed please find invoice " + n + " amounting to DKK " + a.gross() + ".";
            case 4 -> "Så er opgaven afsluttet. Regningen ligger her i mailen.";
            default -> "Faktura " + n + " - " + a.gross() + " kr. - forfalder " + day(m, 30) + ".";
        } + bodyExtra + sig(s);
        Mime mime = headers(m, v % 4 == 1 ? s.name() : s.person() + (v % 2 == 0 ? "" : ", " + s.name()), addr(s), to(), subj);
        if (v % 5 == 3) {
            mime.html("<html><body style=\"font-family:Arial\"><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(n, v), pdf(m, s, "Faktura", n, a, account, v, extra));
        return n;
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legit() {
        int v = 0;
        // wave 1: every listed supplier's earlier invoice, usual account, from its own server
        for (Supplier s : listed) {
            M m = mail("supplier-invoice", false);
            m.wave = 1;
            invoiceLike.add(m.id);
            historyNo.put(s.domain(), invoice(m, s, s.account(), v++, List.of(), ""));
            genuine(m, s.ip());
            threads.put(s.domain(), messageId(m, s.domain()));
            m.description = "history: " + s.domain() + " invoice, usual account, from its own server";
        }
        // wave 2: the same suppliers invoice again; some add a second attachment
        for (Supplier s : List.of(abena, el, reng, ricoh, vest, bus, netic, maler, midt, cater, kl, tvis, nomeco, hede)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 2 + 1, List.of("Jeres ref.: " + (v % 2 == 0 ? "indkøb" : "EAN " + GLN)),
                v % 3 == 0 ? "\n\nSpecifikation af timer er vedlagt." : "");
            if (v % 3 == 0) {
                m.mime.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "specifikation_" + (v + 40) + ".xlsx",
                    Attachments.excel(List.of("Dato;Sted;Timer", "10.11;" + s.what() + ";4,5", "12.11;" + s.what() + ";7,0"), false));
            } else if (v % 4 == 1) {
                m.mime.attach("application/pdf", "foelgeseddel.pdf", Attachments.pdf(docId(m, "fs"), "Følgeseddel",
                    List.of("Leveret til Holstebro Kommune", s.what(), "Kvitteret ved modtagelse")));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice, usual account, from its own server";
            v++;
        }
        // monthly suppliers invoice a third time
        for (Supplier s : List.of(vest, midt, reng, cater, nomeco, abena)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v++ * 3, List.of("Aconto for december"), "\n\nDette er månedens acontofaktura.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice, usual account";
        }
        creditNotes();
        statements();
        acknowledgements();
        reminders();
        platforms();
        xml();
        newAccount();
        smallSuppliers();
        newsletters();
        lists();
        forwarded();
        internal();
        notices();
        foreign();
        receipts();
        letters();
    }

    private void creditNotes() {
        Object[][] x = {{vest, "Kreditnota til faktura ", "Der var målt forkert på måler 4471 - vi krediterer differencen."},
            {abena, "Credit note for invoice ", "Credit for returned goods (2 boxes, damaged in transport)."},
            {cater, "Kreditering af ", "Vi krediterer de varer, der manglede i leveringen til Madservice i uge 45."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("credit-note", false);
            invoiceLike.add(m.id);
            String n = no("KN-");
            Amount a = amount(1_500_000);
            headers(m, s.person(), addr(s), "kreditorer@holstebro.dk", e[1] + historyNo.get(s.domain()))
                .text(GREET[v] + "\n\n" + e[2] + " Kreditnota " + n + " på -" + a.gross() + " kr. er vedhæftet og modregnes i næste betaling."
                    + sig(s))
                .attach("application/pdf", "Kreditnota_" + n + ".pdf", pdf(m, s, "Kreditnota", n, a.credit(),
                    s.account(), v, List.of("Vedr. faktura " + historyNo.get(s.domain()))));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note for its earlier invoice";
            v++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(hede, nomeco)) {
            M m = mail("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditorer@holstebro.dk", "Kontoudtog pr. " + day(m, 0))
                .text("Hej\n\nHermed kontoudtog over jeres konto hos os. Der er ingen forfaldne poster; kontoudtoget er kun til "
                    + "orientering og afstemning." + sig(s))
                .attach("application/pdf", "kontoudtog.pdf", Attachments.pdf(docId(m, "ku"), "Kontoudtog - " + s.name(),
                    List.of("Kunde: Holstebro Kommune", "Faktura " + historyNo.get(s.domain()) + "  betalt", "Saldo 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing due";
        }
    }

    private void acknowledgements() {
        Object[][] x = {{vest, "Tak for din betaling", "Vi har modtaget jeres betaling af faktura "},
            {kl, "Kvittering for indbetaling", "Hermed kvittering for modtaget betaling vedr. faktura "}};
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("payment-acknowledgement", false);
            headers(m, s.person(), addr(s), "kreditorer@holstebro.dk", (String) e[1])
                .text("Kære kunde\n\n" + e[2] + historyNo.get(s.domain()) + ". Der er ikke flere åbne poster." + sig(s));
            genuine(m, s.ip());
            m.description = s.domain() + " acknowledges payment of its earlier invoice, signed";
        }
    }

    private void reminders() {
        Object[][] r = {{midt, "Påmindelse om ubetalt faktura", "Ifølge vores bogføring mangler vi betaling af nedenstående. "
            + "Er beløbet betalt inden for de seneste dage, kan I se bort fra denne påmindelse."},
            {ricoh, "Payment reminder", "According to our records the invoice below is overdue. Please arrange payment or contact "
                + "us if you have any questions."},
            {hede, "Venlig påmindelse", "Vi tillader os at minde om faktura nedenfor, som forfaldt i sidste uge. Intet gebyr."},
            {el, "Rykker", "Hej, jeg kan ikke se at regningen for nødbelysningen er betalt. Vil I se på det?"},
            {bus, "Mangler betaling for kørsel", "Hej. Vi mangler stadig betaling for svømmekørslen i september. Bent"}};
        int v = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            M m = mail("payment-reminder", false);
            invoiceLike.add(m.id);
            String n = historyNo.get(s.domain());
            Amount a = amount(3_000_000);
            headers(m, s.person(), addr(s), "kreditorer@holstebro.dk", x[1] + ": " + n)
                .text(GREET[v % 4] + "\n\n" + x[2] + "\n\nFaktura " + n + "  -  " + a.gross() + " kr.  -  " + s.account() + sig(s))
                .attach("application/pdf", "Paamindelse_" + n + ".pdf", pdf(m, s, "Påmindelse", n, a, s.account(), v + 1,
                    List.of("Oprindelig forfaldsdato " + day(m, -9))));
            genuine(m, s.ip());
            m.description = s.domain() + " payment reminder citing its earlier invoice, usual account";
            v++;
        }
    }

    private void platforms() {
        // the platforms send in their own name; SPF and DKIM are the platform's
        Object[][] p = {{"basware.com", "no-reply@", "Basware", abena}, {"basware.com", "no-reply@", "Basware", ricoh},
            {"banqup.com", "documents@", "Banqup", kl}, {"banqup.com", "documents@", "Banqup", laas},
            {"ordrestyring.dk", "faktura@", "Ordrestyring", tvis}, {"ordrestyring.dk", "faktura@", "Ordrestyring", el},
            {"ordrestyring.dk", "faktura@", "Ordrestyring", smed}, {"basware.com", "no-reply@", "Basware", netic}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            M m = mail("platform-invoice", false);
            invoiceLike.add(m.id);
            String d = (String) x[0];
            String n = no("E");
            Amount a = amount(9_000_000);
            Mime mime = headers(m, s.name() + " (via " + x[2] + ")", x[1] + d, v % 2 == 0 ? "faktura@holstebro.dk" : to(),
                v % 3 == 0 ? "Ny faktura fra " + s.name() : "Faktura " + n + " - " + s.name());
            String html = "<html><body><table width=\"600\"><tr><td><b>" + x[2] + "</b></td></tr><tr><td>" + s.name()
                + " har sendt jer en faktura.</td></tr><tr><td>Fakturanummer: " + n + "<br>Beløb: DKK " + a.gross() + "<br>Forfald: "
                + day(m, 30) + "</td></tr><tr><td>Fakturaen er vedhæftet og er også leveret til jeres EAN " + GLN
                + ".</td></tr><tr><td style=\"color:#888\">Denne besked er sendt automatisk af " + x[2] + " på vegne af "
                + s.name() + ".</td></tr></table></body></html>";
            if (v % 2 == 0) {
                mime.html(html);
            } else {
                mime.text(s.name() + " har sendt jer faktura " + n + " på DKK " + a.gross() + ", forfald " + day(m, 30)
                    + ".\n\nSendt via " + x[2]).html(html);
            }
            mime.attach("application/pdf", n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v + 2, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = s.domain() + (listed.contains(s) ? "" : " (unlisted)") + " invoice sent by platform " + d + " in its own name";
            v++;
        }
    }

    private byte[] ubl(M m, Supplier s, String no, Amount a, boolean peppol, boolean credit, String account) {
        String acct = account.replaceFirst("^IBAN ", "").replaceAll("[^A-Z0-9]", "");
        String root = credit ? "CreditNote" : "Invoice";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<" + root + " xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:" + root + "-2\"\n"
            + "  xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"\n"
            + "  xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\">\n"
            + "  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>\n"
            + "  <cbc:CustomizationID>" + (peppol ? "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
            : "OIOUBL-2.1") + "</cbc:CustomizationID>\n"
            + (peppol ? "  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n" : "")
            + "  <cbc:ID>" + no + "</cbc:ID>\n  <cbc:IssueDate>" + m.sent.atZone(ZoneOffset.UTC).toLocalDate() + "</cbc:IssueDate>\n"
            + (credit ? "  <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>\n" : "  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n")
            + "  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + "  <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID=\"0184\">DK" + cvr(s.domain()) + "</cbc:EndpointID>"
            + "<cac:PartyName><cbc:Name>" + s.name().replace("&", "&amp;") + "</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>\n"
            + "  <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID=\"0088\">" + GLN + "</cbc:EndpointID>"
            + "<cac:PartyName><cbc:Name>Holstebro Kommune</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>\n"
            + (credit ? "" : "  <cac:PaymentMeans><cbc:PaymentMeansCode>" + (acct.length() > 14 ? "58" : "31") + "</cbc:PaymentMeansCode>"
            + "<cbc:PaymentID>" + no + "</cbc:PaymentID><cac:PayeeFinancialAccount><cbc:ID>" + acct
            + "</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n")
            + "  <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">" + a.vat().replace(".", "").replace(',', '.') + "</cbc:TaxAmount></cac:TaxTotal>\n"
            + "  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"DKK\">" + a.gross().replace(".", "").replace(',', '.')
            + "</cbc:PayableAmount></cac:LegalMonetaryTotal>\n</" + root + ">\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private void xml() {
        Object[][] x = {{netic, false, null, false}, {vest, true, null, false}, {hede, true, "banqup.com", false},
            {nomeco, false, "basware.com", true}};
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            boolean peppol = (Boolean) e[1];
            boolean credit = (Boolean) e[3];
            String via = (String) e[2];
            M m = mail("oioubl-peppol-xml", false);
            invoiceLike.add(m.id);
            String n = no(credit ? "CN" : "X");
            Amount a = amount(15_000_000);
            date(m);
            Mime mime = headers(m, via == null ? s.name() : s.name() + " via " + via, via == null ? addr(s) : "einvoice@" + via, to(),
                (peppol ? "Peppol BIS Billing 3.0: " : "OIOUBL ") + (credit ? "kreditnota " : "faktura ") + n)
                .text("Elektronisk " + (credit ? "kreditnota" : "faktura") + " til EAN " + GLN + " (Holstebro Kommune). "
                    + "XML-filen kan indlæses direkte i økonomisystemet." + (via == null ? "\n\nEn PDF-visning er vedlagt." : "")
                    + "\n\n" + s.name())
                .attach("application/xml", n + ".xml", ubl(m, s, n, a, peppol, credit, s.account()));
            if (via == null) {
                mime.attach("application/pdf", "visning_" + n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), 0, List.of()));
            }
            genuine(m, via == null ? s.ip() : dns.get(via).spfIps().get(0));
            m.description = (via == null ? s.domain() : s.domain() + " via " + via) + " electronic " + (credit ? "credit note" : "invoice")
                + " (" + (peppol ? "Peppol BIS" : "OIOUBL") + ")";
        }
    }

    private static final String CATER_NEW = bank("9570", "0012277341");

    /** A supplier really changes bank: a signed letter, then an invoice with the new account. */
    private void newAccount() {
        M m = mail("supplier-new-account", false);
        headers(m, "Dansk Cater Bogholderi", addr(cater), "kreditorer@holstebro.dk", "Ændring af bankforbindelse pr. 1. december")
            .text("Kære kunde\n\nI forbindelse med fusionen af vores finansfunktion skifter Dansk Cater bank pr. 1. december. "
                + "Fra denne dato bedes betalinger ske til " + CATER_NEW + ".\n\nFor jeres sikkerhed: ring gerne til vores "
                + "bogholderi på det nummer, I har i jeres kreditorkartotek, og få ændringen bekræftet, før I retter stamdata. "
                + "Vi vil aldrig bede om en ændring alene pr. mail." + sig(cater))
            .attach("application/pdf", "Meddelelse_ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "bank"),
                "Ny bankforbindelse - Dansk Cater A/S", List.of("Gammel konto: " + cater.account(), "Ny konto fra 1.12.2026: " + CATER_NEW,
                    "Underskrevet af økonomidirektøren")));
        genuine(m, cater.ip());
        m.description = "listed supplier genuinely announces a new bank account (signed letter, asks for phone check)";
        m = mail("supplier-new-account", false);
        invoiceLike.add(m.id);
        invoice(m, cater, CATER_NEW, 13, List.of("NB: ny bankforbindelse, jf. brev af november"), "\n\nBemærk vores nye "
            + "kontonummer, som vi skrev om tidligere på måneden.");
        genuine(m, cater.ip());
        m.description = "danskcater.dk invoice with its genuinely new account, from its own server";
    }

    private void smallSuppliers() {
        Object[][] x = {{smed, "Første faktura fra os - tak for opgaven. Vi er oprettet i CVR og kan også sende via EAN hvis I ønsker det."},
            {kloak, "Faktura for spulingen i sidste uge. Vi er ikke i jeres system endnu, så her er vores oplysninger."},
            {foto, "Tak for et godt samarbejde med fotograferingen. Her er min regning."},
            {have, "Hej. Her er regningen for hækklipningen. Jeg har ikke noget firmadomæne, så det kommer fra min gmail."},
            {tolk, "Hej, vedhæftet min faktura for tolkning. Mvh Amira"},
            {musik, "Tak for en dejlig eftermiddag på Skovbrynet. Fakturaen er vedhæftet."},
            {laas, "Hej. Her er fakturaen for de nye cylindre. Nøglerne er afleveret hos servicelederen."},
            {gulv, "Gulvet i forsamlingshuset er færdigt. Regningen er vedhæftet - det er første gang jeg arbejder for kommunen, "
                + "så sig til hvis der mangler noget på den."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("small-supplier-invoice", false);
            invoiceLike.add(m.id);
            String n = no("");
            Amount a = amount(1_200_000);
            headers(m, s.person(), addr(s), "faktura@holstebro.dk", (v % 2 == 0 ? "Faktura " : "Regning nr. ") + n)
                .text("Hej\n\n" + e[1] + "\n\n" + s.name() + "\nCVR " + cvr(s.domain() + s.name()) + "\n" + s.account()
                    + (v % 3 == 0 ? "\nSendt fra min iPhone" : ""))
                .attach("application/pdf", pdfName(n, v + 3), pdf(m, s, "Faktura", n, a, s.account(), 3, List.of()));
            genuine(m, s.ip());
            m.description = "new unlisted small supplier " + s.name() + " (" + s.domain() + ") first invoice";
            v++;
        }
    }

    private void newsletters() {
        M m = mail("newsletter", false);
        m.mailFrom = "bounces+8812@createsend.com";
        headers(m, "Kommunernes Revision", "nyhedsbrev@kommunernesrevision.dk", "oekonomi@holstebro.dk",
            "Revisionsnyt: fakturafælder og ændrede bankoplysninger")
            .html("<html><body><h1>Revisionsnyt november</h1><p>Vi har i år set flere kommuner modtage falske fakturaer og "
                + "mails om ændrede bankoplysninger fra kendte leverandører. Indfør fast procedure: ændringer af kontonumre "
                + "bekræftes altid telefonisk på et kendt nummer, og to personer godkender.</p><p><a href=\"https://www."
                + "kommunernesrevision.dk/nyt\">Læs hele nyhedsbrevet</a></p><p style=\"font-size:9px\">Du modtager denne mail, "
                + "fordi du er tilmeldt. <a href=\"https://www.kommunernesrevision.dk/afmeld\">Afmeld</a></p></body></html>");
        m.ip = "127.74.1.1";
        m.helo = "mta12.createsend.com";
        m.signers.add("kommunernesrevision.dk");
        m.signers.add("createsend.com");
        m.description = "auditors' newsletter on invoice traps via ESP (sender's DKIM + ESP's DKIM)";
        m = mail("newsletter", false);
        headers(m, "Sikker Digital", "nyhedsbrev@sikkerdigital.dk", "oekonomi@holstebro.dk", "Advarsel: falske fakturaer med QR-kode")
            .text("Kære modtager\n\nSvindlere sender nu fakturaer, hvor betalingen sker ved at scanne en QR-kode med telefonen. "
                + "Koden fører til en falsk betalingsside. Betal aldrig via en QR-kode i en uventet mail, og kontroller altid "
                + "modtagerkontoen mod jeres kreditorkartotek.\n\nLæs mere på sikkerdigital.dk\n\nVenlig hilsen\nSikker Digital");
        genuine(m, "127.74.3.1");
        m.description = "authority newsletter warning about QR-code invoices, signed";
        m = mail("newsletter", false);
        m.mailFrom = "bounce-mc.us14_3391@rsgsv.net";
        headers(m, "Vestjysk Bank Erhverv", "erhverv@vestjyskbank.dk", "oekonomi@holstebro.dk", "Sådan undgår I CEO-svindel")
            .html("<html><body><p>Kære erhvervskunde</p><p>CEO-svindel rammer også offentlige myndigheder: en mail, der ser ud "
                + "til at komme fra direktøren, beder om en hasteoverførsel. Ring altid op. Fra januar kan I i Netbank Erhverv "
                + "kræve to godkendere på alle nye modtagere.</p><p>Venlig hilsen<br>Vestjysk Bank</p></body></html>");
        m.ip = "127.74.2.1";
        m.helo = "mail77.rsgsv.net";
        m.signers.add("vestjyskbank.dk");
        m.description = "bank newsletter on CEO fraud via Mailchimp (bank's DKIM, ESP's MAIL FROM)";
        m = mail("newsletter", false);
        headers(m, "Basware", "news@basware.com", "oekonomi@holstebro.dk", "Basware Network: new sender verification for suppliers")
            .html("<html><body><p>Dear customer,</p><p>From January, suppliers who change their bank account in Basware Network "
                + "must confirm the change with a second user. Buyers will see a notice on the next invoice.</p>"
                + "<p>The Basware team</p></body></html>");
        genuine(m, "127.73.1.1");
        m.description = "platform product newsletter about bank-account changes, signed (no invoice)";
    }

    /** The list server tags the subject and appends a footer: the author's signature breaks; the list signs itself. */
    static byte[] listFooter(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [oekonomi-vest] ");
        s = s.replaceFirst("\r\n$", "\r\n_______________________________________________\r\noekonomi-vest - kreditor og betaling i de "
            + "vestjyske kommuner\r\nhttps://oekonominet.dk/lister/oekonomi-vest\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void lists() {
        String[][] p = {{"struer.dk", "Pia Vedersø", "pia.vedersoe@", "Falsk rykker med henvisning til rigtig faktura",
            "Hej alle\n\nVi har fået en rykker med inkassovarsel, der henviser til et rigtigt fakturanummer fra en af vores "
                + "leverandører - men afsenderen er et inkassofirma vi aldrig har hørt om, og kontoen er udenlandsk. Leverandøren "
                + "bekræfter at fakturaen er betalt. Pas på derude.\n\nPia, Struer Kommune"},
            {"herning.dk", "Morten Sunds", "morten.sunds@", "SV: Falsk rykker med henvisning til rigtig faktura",
                "Samme her. Vores fik en mail med teksten \"Betal venligst til IBAN LT ... inden 3 dage\". Vi har lagt domænet "
                    + "i vores spamfilter og meldt det til politiet.\n\nMorten, Herning Kommune"},
            {"rksk.dk", "Gitte Hee", "gitte.hee@", "Leverandør der har skiftet til Peppol",
                "Er der andre der modtager fakturaer både som PDF og som Peppol-XML fra samme leverandør? Vi bogfører dem "
                    + "dobbelt ved en fejl en gang imellem.\n\nGitte, Ringkøbing-Skjern Kommune"}};
        for (String[] x : p) {
            M m = mail("mailing-list", false);
            m.mailFrom = "oekonomi-vest-bounces@oekonominet.dk";
            headers(m, x[1], x[2] + x[0], "oekonomi-vest@oekonominet.dk", x[3])
                .header("List-Id", "oekonomi-vest <oekonomi-vest.oekonominet.dk>")
                .header("List-Unsubscribe", "<https://oekonominet.dk/lister/oekonomi-vest/afmeld>").text(x[4]);
            m.signers.add(x[0]);
            m.ip = "127.77.2.1";
            m.helo = "lister.oekonominet.dk";
            m.afterSigning = HeldOutCorpus4::listFooter;
            m.listSigner = "oekonominet.dk";
            m.description = "list post by " + x[0] + " (DMARC " + dns.get(x[0]).dmarc() + ") about invoice fraud; tag and footer break its DKIM";
        }
    }

    private void forwarded() {
        // a hosting provider's forwarder with SRS: SPF passes for the forwarder, the supplier's DKIM survives
        M m = mail("forwarded", false);
        invoiceLike.add(m.id);
        invoice(m, netic, netic.account(), 4, List.of(), "");
        m.mailFrom = "SRS0=k3Tq=QX=netic.dk=billing@fwd.one.com";
        m.signers.add("netic.dk");
        m.ip = "127.77.3.1";
        m.helo = "fwd.one.com";
        m.description = "netic.dk invoice forwarded with SRS (SPF passes for the forwarder, supplier's DKIM survives)";
        // a mail relay without SRS: the supplier's envelope stays, SPF fails, DKIM survives where signed
        for (Supplier s : List.of(vest, el)) {
            m = mail("forwarded", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), 8, List.of(), "");
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.ip = "127.77.1.1";
            m.helo = "relay.mailrelay.dk";
            m.description = s.domain() + " invoice relayed without SRS" + (dns.get(s.domain()).dkim() != null ? " (DKIM survives)"
                : " (SPF only: nothing survives)");
        }
        m = mail("forwarded", false);
        invoiceLike.add(m.id);
        String n = no("RI-");
        Amount a = amount(4_000_000);
        headers(m, "Mette Kjeldsen", "mette.kjeldsen@" + OWN, "kreditorer@holstebro.dk", "VS: Faktura " + n)
            .text("Hej kreditor\n\nDenne faktura kom til min postkasse. Den er godkendt af mig, omkostningssted 4120.\n\nMette\n"
                + "Ejendomscentret\n\nFra: " + ricoh.person() + " <" + addr(ricoh) + ">\nSendt: " + day(m, -1)
                + "\nTil: Mette Kjeldsen\nEmne: Faktura " + n + "\n\nDear customer, please find attached invoice " + n + ".")
            .attach("application/pdf", "Invoice_" + n + ".pdf", pdf(m, ricoh, "Faktura", n, a, ricoh.account(), 1, List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    private void internal() {
        M m = mail("internal", false);
        headers(m, "Birgitte Lund", "birgitte.lund@" + OWN, "kreditorer@holstebro.dk", "Fakturaer der afventer godkendelse, uge 46")
            .text("Hej\n\nHer er listen over fakturaer, der har ligget mere end 10 dage. Kan I rykke budgetansvarlige?\n\nBirgitte")
            .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "afventer_uge46.xlsx",
                Attachments.excel(List.of("Leverandør;Fakturanr;Beløb", "HedeDanmark;" + historyNo.get("hededanmark.dk") + ";48.120,00",
                    "Ricoh;" + historyNo.get("ricoh.dk") + ";9.817,50"), false));
        genuine(m, OWN_IP);
        m.description = "internal list of invoices awaiting approval, signed";
        m = mail("internal", false);
        headers(m, "Økonomi og Analyse", "oekonomi@" + OWN, "alle-budgetansvarlige@holstebro.dk", "Ny procedure: ændring af bankoplysninger")
            .html("<html><body><p>Kære budgetansvarlige</p><p>Fra 1. december ændrer kreditorafdelingen kun en leverandørs "
                + "bankoplysninger efter telefonisk bekræftelse på et nummer fra vores eget kartotek. Modtager I en mail om ny konto, "
                + "så videresend den til kreditorer@holstebro.dk og svar ikke afsenderen.</p><p>Økonomi og Analyse</p></body></html>");
        genuine(m, OWN_IP);
        m.description = "internal HTML-only notice about bank-detail changes, signed";
        m = mail("internal", false);
        headers(m, "IT-Service", "it-service@" + OWN, "alle@holstebro.dk", "Phishing-test i december")
            .text("Kære alle\n\nI december sender vi testmails, der ligner fakturaer og Digital Post. Brug knappen \"Rapportér "
                + "phishing\" i Outlook.\n\nIT-Service");
        genuine(m, OWN_IP);
        m.description = "internal IT notice about phishing training, signed";
        m = mail("internal", false);
        headers(m, "Jakob Præstholm", "jakob.praestholm@" + OWN, "kreditorer@holstebro.dk", "Opret kreditor: Sevel Kloakservice")
            .text("Hej\n\nKan I oprette Sevel Kloakservice ApS som kreditor? CVR " + cvr("sevel-kloak.dk" + kloak.name()) + ", "
                + kloak.account() + ". Jeg har talt med indehaveren i telefonen.\n\nJakob\nVej og Park");
        genuine(m, OWN_IP);
        m.description = "internal request to create a new creditor, signed";
    }

    private void notices() {
        String[][] b = {{"vestjyskbank.dk", "Vestjysk Bank", "netbank@", "Betalinger gennemført",
            "12 betalinger på i alt 1.284.310,40 kr. er gennemført i dag fra konto 7600 0009182736."},
            {"sparkron.dk", "Sparekassen Kronjylland", "noreply@", "Ny besked i Netbank Erhverv",
                "Der er en ny besked til jer i Netbank Erhverv. Log på som sædvanligt via sparkron.dk for at læse den."},
            {"sktst.dk", "Skattestyrelsen", "noreply@", "Kvittering for indberetning",
                "Skattestyrelsen har modtaget jeres indberetning af A-skat og AM-bidrag for november. Dette er en automatisk kvittering."}};
        for (String[] x : b) {
            M m = mail("bank-authority-notice", false);
            headers(m, x[1], x[2] + x[0], "oekonomi@holstebro.dk", x[3]).text(x[4] + "\n\nMed venlig hilsen\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = x[0] + " automatic notice, signed";
        }
    }

    private void foreign() {
        Object[][] x = {{"axis.com", "Axis Communications AB", "ar.nordics@", "Invoice", iban("SE", "50000000054391025548"),
            "camera licences, AXIS Camera Station, 12 channels"},
            {"teamviewer.com", "TeamViewer Germany GmbH", "billing@", "Your TeamViewer invoice", iban("DE", "370400440532013000"),
                "TeamViewer Business, annual subscription"},
            {"bitwarden.com", "Bitwarden Inc.", "billing@", "Bitwarden receipt", "paid by card ending 4410", "Teams plan, 25 users"},
            {"esri.dk", "Esri Danmark A/S", "faktura@", "Faktura", iban("DK", "30000712664018"), "ArcGIS-licenser, vedligehold 2027"}};
        int v = 1;
        for (Object[] e : x) {
            M m = mail("foreign-invoice", false);
            invoiceLike.add(m.id);
            String d = (String) e[0];
            Supplier s = new Supplier((String) e[1], d, (String) e[1], "", "", (String) e[4], (String) e[5]);
            String n = no("INV");
            Amount a = amount(2_500_000);
            boolean bank = ((String) e[4]).startsWith("IBAN");
            headers(m, (String) e[1], e[2] + d, "it-service@holstebro.dk", e[3] + " " + n)
                .text((d.endsWith(".dk") ? "Hej\n\nVedhæftet faktura " + n + " for " + e[5] + ".\n\n" : "Hello,\n\nInvoice " + n
                    + " for " + e[5] + " is attached.\n\n") + (bank ? "Payment by bank transfer to " + e[4] + "."
                    : "Nothing to pay: " + e[4] + ".") + "\n\n" + e[1])
                .attach("application/pdf", "invoice-" + n + ".pdf", pdf(m, s, "Faktura", n, a, (String) e[4], v++, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = "foreign/SaaS supplier invoice from " + d + (bank ? " with " + ((String) e[4]).substring(5, 7) + " IBAN" : ", card");
        }
    }

    private void receipts() {
        M m = mail("receipt", false);
        headers(m, "Q8", "kvittering@q8.dk", "teknik-miljoe@holstebro.dk", "Kvittering - Q8 Holstebro Nord")
            .html("<html><body><p>Tak for dit køb.</p><p>Diesel 52,7 l &nbsp; 689,31 kr.<br>Betalt med kort **** 7713</p></body></html>");
        genuine(m, "127.75.5.1");
        m.description = "fuel receipt, HTML only, signed";
        m = mail("receipt", false);
        headers(m, "Rejsekort", "noreply@rejsekort.dk", "sundhed-omsorg@holstebro.dk", "Kvittering for optankning")
            .text("Dit rejsekort er optanket med 500,00 kr. Beløbet er trukket på betalingskortet.")
            .attach("application/pdf", "kvittering.pdf", Attachments.pdf(docId(m, "kv"), "Kvittering", List.of("Optankning 500,00 kr.", "Betalt")));
        genuine(m, "127.75.6.1");
        m.description = "travel card top-up receipt (SPF pass, DMARC none, no DKIM)";
        m = mail("receipt", false);
        headers(m, "APCOA Flow", "kvittering@apcoa.dk", "sundhed-omsorg@holstebro.dk", "Kvittering for parkering")
            .text("Parkering Holstebro Sygehus, P-plads 3, 1 t 40 min: 33,00 kr. Trukket på firmakort.\n\nAPCOA Flow");
        genuine(m, "127.75.8.1");
        m.description = "parking app receipt, signed";
        m = mail("order-confirmation", false);
        headers(m, "Lomax", "ordre@lomax.dk", "indkoeb@holstebro.dk", "Ordrebekræftelse 4417702")
            .text("Tak for din ordre: 20 stk. kontorstole, levering uge 48. Faktura sendes elektronisk til EAN " + GLN + ".\n\nLomax");
        genuine(m, "127.75.7.1");
        m.description = "web shop order confirmation, signed";
        m = mail("order-confirmation", false);
        headers(m, abena.person(), addr(abena), "sundhed-omsorg@holstebro.dk", "Order confirmation / ordrebekræftelse")
            .text("Tak for ordren. Levering til hjemmeplejen Nord torsdag. Faktura følger via Basware." + sig(abena))
            .attach("application/pdf", "ordrebekraeftelse.pdf", Attachments.pdf(docId(m, "ob"), "Ordrebekræftelse",
                List.of("120 pk. handsker str. M", "40 pk. bleer")));
        genuine(m, abena.ip());
        m.description = "listed supplier order confirmation, signed";
    }

    private void letters() {
        M m = mail("supplier-letter", false);
        headers(m, vest.person(), addr(vest), "kreditorer@holstebro.dk", "Prisregulering 2027")
            .text("Kære kunde\n\nTaksterne for vand og spildevand reguleres pr. 1. januar 2027 jf. vedlagte takstblad. "
                + "Betalingsoplysninger er uændrede." + sig(vest))
            .attach("application/pdf", "takstblad_2027.pdf", Attachments.pdf(docId(m, "takst"), "Takstblad 2027",
                List.of("Vand pr. m3 14,25 kr.", "Vandafledning pr. m3 41,80 kr.")));
        genuine(m, vest.ip());
        m.description = "listed supplier price letter, same account, signed";
        m = mail("supplier-letter", false);
        headers(m, netic.person(), addr(netic), "it-service@holstebro.dk", "Re: Servicevindue 24. november")
            .header("In-Reply-To", threads.get("netic.dk"))
            .text("Hej\n\nVi bekræfter servicevinduet tirsdag kl. 22-02. Månedens faktura følger som normalt.\n\n> Kan I flytte "
                + "vinduet til efter kl. 22?\n> IT-Service, Holstebro Kommune" + sig(netic));
        genuine(m, netic.ip());
        m.description = "listed supplier reply in a thread, signed";
        m = mail("quote", false);
        headers(m, tvis.person(), addr(tvis), "ejendomscenter@holstebro.dk", "Tilbud på vinduesudskiftning, Mejrup Skole")
            .text("Hej\n\nSom aftalt ved besigtigelsen sender jeg tilbud. Tilbuddet gælder i 30 dage." + sig(tvis))
            .attach("application/pdf", "Tilbud_Mejrup_Skole.pdf", Attachments.pdf(docId(m, "tilbud"), "Tilbud",
                List.of("14 vinduer inkl. montering", "I alt ekskl. moms 186.400,00 kr.", "Ikke en faktura")));
        genuine(m, tvis.ip());
        m.description = "listed supplier quote (not an invoice), signed, no DMARC record";
        m = mail("quote", false);
        headers(m, "Anders Mejrup", addr(smed), "teknik-miljoe@holstebro.dk", "Pris på nyt rækværk")
            .text("Hej\n\nPrisen bliver ca. 22.000 kr. ekskl. moms for rækværket ved materielgården. Sig til hvis I vil have det lavet.\n\nAnders");
        genuine(m, smed.ip());
        m.description = "small supplier price offer in plain text (SPF only, no DMARC)";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private int host = 1;

    private static final String[] NEW = {iban("LT", "2832500099001234"), bank("5295", "0002876310"), iban("GB", "CLRB04045212345678"),
        iban("DK", "22750006628119"), bank("8065", "1004472931"), iban("PL", "109010140000071219812874"),
        iban("EE", "4322001020145685"), bank("6140", "0009917742"), iban("NL", "REVO0512345678"), iban("DK", "94480001553302"),
        iban("BG", "BNBG96611020345678"), iban("HU", "117730161111101800000000"), bank("2700", "6891442255"),
        iban("RO", "AAAA1B31007593840000"), iban("IE", "AIBK93115212345678")};
    private int nw;

    private String next() {
        return NEW[nw++ % NEW.length];
    }

    private static final String[] CHANGE = {"\n\nBemærk: vi har fået ny bankforbindelse. Brug fremover kun kontonummeret på denne faktura.",
        "\n\nIMPORTANT: our bank account has changed following an internal audit. Please update your records.",
        "\n\nDen gamle konto er lukket pr. dags dato - betalinger dertil vil blive returneret.",
        "\n\nVi har skiftet til ny bank i forbindelse med ny koncernstruktur.", ""};

    private void fraud() {
        forgedSupplier();
        lookalikes();
        platformFraud();
        compromised();
        hijack();
        ownDomain();
        ceo();
        bodyOnly();
        inkasso();
        digitalPost();
        renewals();
        unordered();
        xmlFraud();
        qrFraud();
        english();
        imageOnly();
        archives();
        sharedDocument();
    }

    private void forgedSupplier() {
        Supplier[] s = {vest, midt, nomeco, tvis, bus, el};
        for (int i = 0; i < s.length; i++) {
            M m = mail("forged-supplier", true);
            invoice(m, s[i], next(), i * 4 + 3, List.of(), CHANGE[i % CHANGE.length]);
            forged(m, host++);
            m.description = "forged From " + s[i].domain() + " (DMARC " + dns.get(s[i].domain()).dmarc() + "), new account, fraudster's host";
        }
    }

    private void lookalikes() {
        Object[][] x = {{vest, "vestforsyming.dk", "typo"}, {midt, "midtrafik.dk", "typo"}, {nomeco, "nomecco.dk", "typo"},
            {hede, "hededanmak.dk", "typo"}, {kl, "kemp-lauritzen.com", "other TLD"}, {cater, "danskcater.com", "other TLD"},
            {tvis, "tvis-toemrer.com", "other TLD"}, {netic, idn("net\u0456c.dk"), "homoglyph"}, {abena, idn("\u0430bena.dk"), "homoglyph"},
            {ricoh, idn("ric\u043Eh.dk"), "homoglyph"}, {midt, "midttrafik-faktura.dk", "added word"},
            {hede, "hededanmark-regnskab.dk", "added word"}, {vest, "vestforsyning.dk-betaling.com", "added word"}};
        for (int i = 0; i < x.length; i++) {
            Supplier real = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = mail("lookalike-" + ((String) x[i][2]).replace(" ", "-").toLowerCase(java.util.Locale.ROOT), true);
            invoice(m, as(real, d, real.box()), next(), i * 3 + 2, List.of(), CHANGE[(i + 2) % CHANGE.length]);
            ownedBy(m, d);
            m.description = x[i][2] + " look-alike " + d + " of " + real.domain() + ", own DNS, new account";
        }
    }

    private void platformFraud() {
        // look-alikes of the invoicing platforms
        Object[][] x = {{"basware-einvoicing.com", "Basware", abena, "html-link"}, {"banqup-invoices.com", "Banqup", kl, "pdf"},
            {"ordrestyrlng.dk", "Ordrestyring", el, "pdf"}};
        for (Object[] e : x) {
            String d = (String) e[0];
            Supplier s = (Supplier) e[2];
            M m = mail("lookalike-platform", true);
            String n = no("E");
            Amount a = amount(8_000_000);
            String acc = next();
            Mime mime = headers(m, s.name() + " (via " + e[1] + ")", "no-reply@" + d, "faktura@holstebro.dk", "Ny faktura fra " + s.name());
            if (e[3].equals("html-link")) {
                mime.html("<html><body><p><b>" + e[1] + "</b></p><p>" + s.name() + " har sendt jer faktura " + n + " (DKK " + a.gross()
                    + "). Fakturaen kan kun vises i portalen.</p><p><a href=\"https://" + d + "/portal/view?doc=" + n
                    + "\">Vis faktura</a></p><p>Log ind med jeres Microsoft 365-konto.</p></body></html>");
            } else {
                mime.html("<html><body><p>" + s.name() + " har sendt jer en faktura via " + e[1] + ".</p><p>Fakturanummer " + n
                    + ", beløb DKK " + a.gross() + ". Bemærk ny betalingskonto.</p></body></html>")
                    .attach("application/pdf", n + ".pdf", pdf(m, s, "Faktura", n, a, acc, 1, List.of("Ny bankforbindelse")));
            }
            ownedBy(m, d);
            m.description = "look-alike " + d + " of a platform, in " + s.domain() + "'s name" + (e[3].equals("pdf") ? ", new account" : ", login link");
        }
        // the real platform, misused: a supplier's own account on it taken over, and the account changed
        Object[][] y = {{"ordrestyring.dk", "faktura@", "Ordrestyring", tvis}, {"banqup.com", "documents@", "Banqup", kl}};
        for (Object[] e : y) {
            String d = (String) e[0];
            Supplier s = (Supplier) e[3];
            M m = mail("platform-account-misused", true);
            String n = no("E");
            Amount a = amount(12_000_000);
            String acc = next();
            headers(m, s.name() + " (via " + e[2] + ")", e[1] + d, "faktura@holstebro.dk", "Faktura " + n + " - " + s.name())
                .html("<html><body><p>" + s.name() + " har sendt jer faktura " + n + " på DKK " + a.gross() + ".</p><p>Besked fra "
                    + "afsender: <i>Vi har skiftet bank - brug venligst kontoen på fakturaen. Betaling senest fredag.</i></p></body></html>")
                .attach("application/pdf", n + ".pdf", pdf(m, s, "Faktura", n, a, acc, 2, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = "real platform " + d + " sends in " + s.domain() + "'s name from a taken-over account, new account";
        }
    }

    private void compromised() {
        Object[][] x = {{netic, iban("LT", "0935000010012345"), "Following the migration to our new group bank, all payments "
            + "from Danish customers are now received on the account below. Kindly confirm once your vendor master data is updated."},
            {hede, bank("5295", "0009182244"), "Vi har fået ny bankforbindelse pr. denne måned. Vedhæftede faktura skal derfor betales "
                + "til den nye konto. Den gamle konto er lukket."},
            {tvis, iban("DK", "62400004229817"), "Hej, kan I rette vores konto inden næste betalingsløb? Vi har skiftet bank. Niels"},
            {kl, bank("8117", "0002241990"), "Vi opdaterer vores betalingsoplysninger. Fremover bedes alle betalinger ske til den "
                + "konto, der står på fakturaen. Vi kan ikke tage telefonen i denne uge pga. årsafslutning."},
            {cater, iban("EE", "3822001020145685"), "Grundet omlægning af vores finansfunktion modtages betalinger midlertidigt på en "
                + "konto hos vores factoringpartner."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("compromised-supplier", true);
            if (v % 2 == 1) {
                headers(m, s.person(), addr(s), "kreditorer@holstebro.dk", v == 1 ? "Ny bankforbindelse" : "Opdatering af betalingsoplysninger")
                    .text(GREET[v % 3] + "\n\n" + e[2] + "\n\nNy konto: " + e[1] + sig(s));
            } else {
                invoice(m, s, (String) e[1], v + 17, List.of(), "\n\n" + e[2]);
            }
            genuine(m, s.ip());
            m.description = s.domain() + " real mailbox taken over: its own server" + (dns.get(s.domain()).dkim() != null ? ", signed" : "")
                + ", asks to pay a new account";
            v++;
        }
    }

    private void hijack() {
        Object[][] x = {{vest, "vestforsynlng.dk"}, {nomeco, "nomeco-dk.com"}, {kl, "kemp-lauritzen.eu"}};
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            String d = (String) e[1];
            M m = mail("reply-chain-hijack", true);
            String n = historyNo.get(s.domain());
            Amount a = amount(10_000_000);
            String acc = next();
            headers(m, s.person(), s.box() + "@" + d, "kreditorer@holstebro.dk", "SV: Faktura " + n)
                .header("In-Reply-To", threads.get(s.domain())).header("References", threads.get(s.domain()))
                .text("Hej igen\n\nTak for svaret. Som nævnt er betalingen returneret fra vores gamle konto. Jeg vedhæfter fakturaen "
                    + "med de korrekte bankoplysninger, så I kan betale den igen i dag." + sig(s) + "\n\n-----Oprindelig meddelelse-----\n"
                    + "Fra: Kreditorer, Holstebro Kommune\nSendt: " + day(m, -4) + "\nEmne: SV: Faktura " + n
                    + "\n\n> Hej. Fakturaen er betalt den " + day(m, -6) + ".\n> Venlig hilsen Kreditorer")
                .attach("application/pdf", pdfName(n, 5), pdf(m, as(s, d, s.box()), "Faktura", n, a, acc, 0, List.of("Rettet kopi")));
            ownedBy(m, d);
            m.description = "hijacked wave-1 thread continued from look-alike " + d + " of " + s.domain() + ", real invoice number, new account";
        }
    }

    private void ownDomain() {
        M m = mail("own-domain-forged", true);
        String n = no("HK");
        String acc = next();
        headers(m, "Kreditorer Holstebro Kommune", "kreditorer@" + OWN, "oekonomi@holstebro.dk", "Godkendt til betaling i dag: " + n)
            .text("Hej\n\nFakturaen er attesteret og godkendt, men leverandøren har ikke fået sin betaling. Overfør venligst "
                + "manuelt i dag til " + acc + ".\n\nKreditorer")
            .attach("application/pdf", "godkendt_" + n + ".pdf", pdf(m, as(hede, "hededanmark.dk", "x"), "Faktura", n, amount(9_000_000),
                acc, 2, List.of("Attesteret")));
        forged(m, host++);
        m.description = "forged From our own domain (p=reject) from outside: 'approved invoice', pay manually to new account";
        m = mail("own-domain-forged", true);
        n = no("HK");
        headers(m, "Holstebro Kommune", "opkraevning@" + OWN, "faktura@holstebro.dk", "Faktura " + n + " - intern viderefakturering")
            .text("Vedhæftet faktura for intern viderefakturering af kantineordning. Beløbet bedes overført til " + NEW[10]
                + " inden 5 dage.\n\nHolstebro Kommune, Opkrævning")
            .attach("application/pdf", pdfName(n, 2), pdf(m, new Supplier("Holstebro Kommune", OWN, "Opkrævning", "x", "", "", "kantineordning"),
                "Faktura", n, amount(4_000_000), NEW[10], 0, List.of()));
        forged(m, host++);
        m.description = "invoice 'from' our own domain sent from a fraudster's host, BG IBAN";
        m = mail("own-domain-forged", true);
        headers(m, "Økonomi og Analyse", "oekonomi@" + OWN, "kreditorer@holstebro.dk", "Betalingsliste uge 47 - skal godkendes")
            .html("<html><body><p>Hej</p><p>Betalingslisten for uge 47 mangler din godkendelse. Den ene post er ny:</p><table border=\"1\">"
                + "<tr><td>Netic A/S</td><td>" + NEW[11] + "</td><td>212.880,00</td></tr></table><p>Godkend i dag, systemet lukker kl. 14."
                + "</p></body></html>");
        forged(m, host++);
        m.description = "HTML-only payment list 'from' our own finance mailbox, forged, HU IBAN";
    }

    private void ceo() {
        String[][] x = {{"gmail.com", "Kommunaldirektør Anne-Mette Skov", "annemette.skov.hk", "Fortrolig opgave",
            "Hej\n\nJeg sidder i forhandlinger og kan ikke ringe. Vi skal i dag betale et depositum på 318.000 kr. for at sikre "
                + "en grund. Overfør til " + iban("GB", "MIDL40051512345679") + " og bekræft når det er gjort. Det er fortroligt indtil "
                + "byrådet er orienteret.\n\nAnne-Mette\nSendt fra min iPad"},
            {"holstebro-kommune.dk", "Borgmesteren", "borgmester", "Hastebetaling - sikring af aftale",
                "Kære økonomiafdeling\n\nJeg har lovet modparten betaling i dag. 145.000 kr. til " + bank("5295", "0003316607")
                    + ", tekst \"Depositum\". Jeg orienterer direktionen på mandag.\n\nBorgmesteren"},
            {"outlook.com", "Anne-Mette Skov", "am.skov.holstebro", "Quick task",
                "Are you available? I need you to handle a payment for me today. Reply with your mobile number, I will text you."},
            {"icloud.com", "Anne-Mette Skov", "anne-mette.skov", "Ring mig",
                "Hej, jeg har ny mobil. Skriv til mig på +45 91 88 20 47 hurtigst muligt, det drejer sig om en betaling.\n\nSendt fra min iPhone"}};
        for (String[] e : x) {
            M m = mail("ceo-fraud", true);
            headers(m, e[1], e[2] + "@" + e[0], "oekonomi@holstebro.dk", e[3]).text(e[4]);
            if (e[0].contains("holstebro")) {
                ownedBy(m, e[0]);
            } else {
                genuine(m, dns.get(e[0]).spfIps().get(0));
            }
            m.description = "CEO/mayor payment or contact request from " + e[0];
        }
    }

    private void bodyOnly() {
        M m = mail("bank-change-body-only", true);
        String acc = next();
        headers(m, "Abena A/S - Finance", "abena.finance.dk@gmail.com", "kreditorer@holstebro.dk", "Vigtigt: ny konto")
            .text("Hej\n\nVi har skiftet bank. Alle fremtidige betalinger til Abena skal ske til " + acc + ". Ved spørgsmål ring på "
                + "+45 52 71 09 83.\n\nAbena A/S");
        genuine(m, "127.76.1.1");
        m.description = "bank change with only an account and a phone number in the body, free mail with a listed supplier's name";
        m = mail("bank-change-body-only", true);
        acc = next();
        headers(m, "Bent Vinderup", addr(bus), "kreditorer@holstebro.dk", "Kontonummer")
            .text("Hej. Vi har nyt kontonummer: " + acc + ". Ring på 28 14 90 32 hvis I har spørgsmål, det er min nye mobil.\n\nBent");
        forged(m, host++);
        m.description = "forged From of a listed supplier publishing nothing, new account and phone in the body only";
        m = mail("bank-change-body-only", true);
        acc = next();
        headers(m, "Niels Tvis", "niels@tvis-tomrer.dk", "kreditorer@holstebro.dk", "Ændrede betalingsoplysninger")
            .text("Hej\n\nPga. problemer med vores bank beder vi jer betale de kommende fakturaer til " + acc + ".\n\nMvh Niels");
        ownedBy(m, "tvis-tomrer.dk");
        m.description = "typo look-alike tvis-tomrer.dk of tvis-toemrer.dk, body-only bank change";
        m = mail("bank-change-body-only", true);
        acc = next();
        headers(m, "Netic Finance", "netic.finance@outlook.com", "kreditorer@holstebro.dk", "Change of remittance details")
            .text("Dear customer,\n\nPlease be informed that our remittance details have changed. Kindly direct all pending and "
                + "future payments to " + acc + ". Reply to confirm.\n\nNetic A/S Finance Department");
        genuine(m, "127.76.2.1");
        m.description = "English body-only bank change on outlook.com with a listed supplier's name";
    }

    private void inkasso() {
        Object[][] x = {{"inkasso-vest.com", "Inkasso Vest", hede}, {"dk-inkassoservice.net", "DK Inkassoservice", ricoh},
            {"vestforsyming.dk", "Vestforsyning Debitor", vest}};
        int v = 0;
        for (Object[] e : x) {
            M m = mail("fake-inkasso", true);
            Supplier s = (Supplier) e[2];
            String d = (String) e[0];
            String acc = next();
            String n = historyNo.get(s.domain());
            Amount a = amount(4_000_000);
            String from = v == 2 ? "debitor@" + d : "sag@" + d;
            headers(m, (String) e[1], from, "kreditorer@holstebro.dk", v == 0 ? "Inkassovarsel - faktura " + n
                : v == 1 ? "SIDSTE VARSEL: faktura " + n + " overdraget til inkasso" : "3. rykker og inkassovarsel, faktura " + n)
                .text("Holstebro Kommune\n\nVi er af " + s.name() + " anmodet om at inddrive faktura " + n + ", som trods rykkere ikke "
                    + "er betalt. Skyldigt beløb med gebyr (jf. rentelovens §9b): " + a.gross() + " kr.\n\nBeløbet skal være indbetalt "
                    + "på " + acc + " inden 72 timer. Herefter indgives sagen til fogedretten uden yderligere varsel.\n\n" + e[1])
                .attach("application/pdf", "inkassovarsel_" + n + ".pdf", pdf(m, as(s, d, "sag"), "Inkassovarsel", n, a, acc, 1,
                    List.of("Hovedstol faktura " + n, "Inkassogebyr 100,00")));
            ownedBy(m, d);
            m.description = "fake inkasso citing the real wave-1 invoice " + n + " of " + s.domain() + " from " + d + ", new account";
            v++;
        }
    }

    private void digitalPost() {
        M m = mail("fake-digital-post", true);
        headers(m, "Digital Post", "besked@virk-digitalpost.com", "oekonomi@holstebro.dk", "Ny post fra Skattestyrelsen: restskat")
            .html("<html><body><p>Holstebro Kommune har modtaget ny Digital Post fra Skattestyrelsen vedr. en ubetalt opkrævning.</p>"
                + "<p><a href=\"https://virk-digitalpost.com/mitid-erhverv/login\">Log på med MitID Erhverv</a></p></body></html>");
        ownedBy(m, "virk-digitalpost.com");
        m.description = "fake Digital Post notice with a MitID Erhverv login link";
        m = mail("fake-digital-post", true);
        String h = idn("h\u043Elstebro.dk");
        headers(m, "Holstebro Kommune", "digitalpost@" + h, "kreditorer@holstebro.dk", "Du har en ny opkrævning i Digital Post")
            .html("<html><body><p>Du har modtaget en opkrævning fra Holstebro Kommune. <a href=\"https://" + h
                + "/post/aabn\">Åbn beskeden</a>.</p></body></html>");
        ownedBy(m, h);
        m.description = "Digital Post notice from a homoglyph look-alike of our own domain";
        m = mail("fake-digital-post", true);
        headers(m, "MitID Erhverv", "noreply@mitid-erhverv-fornyelse.com", "oekonomi@holstebro.dk", "Jeres MitID Erhverv udløber")
            .html("<html><body><p>Organisationens MitID Erhverv-administrator skal forny aftalen inden 48 timer. Ellers spærres "
                + "adgangen til Digital Post og NemKonto.</p><p><a href=\"https://mitid-erhverv-fornyelse.com/forny\">Forny nu</a></p>"
                + "</body></html>");
        ownedBy(m, "mitid-erhverv-fornyelse.com");
        m.description = "fake MitID Erhverv renewal with a login link";
    }

    private void renewals() {
        Object[][] x = {{"dk-hostmaster-fornyelse.com", "Domæne Fornyelse DK", "Fornyelse af holstebro.dk - sidste frist",
            "Domænet holstebro.dk udløber om 3 dage. Betal fornyelsesgebyret på 1.490,00 kr. til " + iban("EE", "5822001020145685")
                + ", ellers kan domænet overgå til en ny ejer."},
            {"nordic-municipal-directory.org", "Nordic Municipal Directory", "Listing renewal 2027 - Holstebro",
                "Your entry in the Nordic Municipal Directory is due for renewal. Returning the signed form confirms an order of "
                    + "1,190 EUR per year for three years. Payment to " + iban("CY", "002001280000001200527600") + "."},
            {"kommunal-vejviser.dk", "Kommunal Vejviser", "Korrektur af jeres opslag",
                "Venligst kontroller jeres opslag i Kommunal Vejviser 2027. Ved returnering af korrekturen bestilles opslaget til "
                    + "6.800 kr. ekskl. moms årligt (bindende 2 år)."}};
        int v = 0;
        for (Object[] e : x) {
            M m = mail("domain-directory-scam", true);
            String d = (String) e[0];
            Supplier s = new Supplier((String) e[1], d, (String) e[1], "", "", "", "registrering 2027");
            String n = no("R");
            headers(m, (String) e[1], "kundeservice@" + d, to(), (String) e[2]).text(e[3] + "\n\nMed venlig hilsen\n" + e[1])
                .attach("application/pdf", v == 2 ? "korrektur_" + n + ".pdf" : "renewal_" + n + ".pdf",
                    pdf(m, s, "Faktura", n, amount(1_200_000), "se vedlagte formular", 2, List.of("Bestilling ved returnering")));
            ownedBy(m, d);
            m.description = "domain/directory renewal scam from " + d;
            v++;
        }
    }

    private void unordered() {
        Object[][] x = {{"hjertestarter-eftersyn.dk", "Hjertestarter Eftersyn", "lovpligtigt eftersyn af 6 hjertestartere, Holstebro Hallerne"},
            {"brandsikring-vest.dk", "Brandsikring Vest", "årligt serviceabonnement, 24 brandslukkere"},
            {"annonce-kommuneguiden.dk", "Kommuneguiden", "annonce 1/4 side i Kommuneguiden 2027"}};
        int v = 0;
        for (Object[] e : x) {
            M m = mail("unordered-service-invoice", true);
            String d = (String) e[0];
            Supplier s = new Supplier((String) e[1], d, (String) e[1], "faktura", "", "", (String) e[2]);
            String acc = v == 2 ? bank("5479", "0001447722") : next();
            String n = no("F");
            headers(m, (String) e[1], "faktura@" + d, to(), "Faktura " + n + " - " + e[2])
                .text("Hej\n\nSom aftalt telefonisk med jeres medarbejder fremsendes faktura for " + e[2] + ". Betalingsfrist 8 dage."
                    + "\n\n" + e[1])
                .attach("application/pdf", pdfName(n, v), pdf(m, s, "Faktura", n, amount(2_500_000), acc, v, List.of()));
            ownedBy(m, d);
            m.description = "fakturafælde: invoice for a service never ordered from " + d;
            v++;
        }
    }

    private void xmlFraud() {
        Object[][] x = {{nomeco, "nomeco-invoice.com", true, "owned"}, {vest, "vestforsyning.dk", false, "forged"},
            {abena, "abena.finance.dk@gmail.com", true, "freemail"}};
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("xml-invoice-changed-account", true);
            String n = no("X");
            Amount a = amount(14_000_000);
            String acc = next();
            date(m);
            String from = e[3].equals("freemail") ? (String) e[1] : "einvoice@" + e[1];
            headers(m, s.name(), from, "faktura@holstebro.dk", ((Boolean) e[2] ? "Peppol invoice " : "OIOUBL faktura ") + n)
                .text("Elektronisk faktura til EAN " + GLN + ". Bemærk opdateret betalingskonto i PaymentMeans.\n\n" + s.name())
                .attach("application/xml", n + ".xml", ubl(m, s, n, a, (Boolean) e[2], false, acc));
            switch ((String) e[3]) {
                case "owned" -> ownedBy(m, (String) e[1]);
                case "forged" -> forged(m, host++);
                default -> genuine(m, "127.76.1.1");
            }
            m.description = ((Boolean) e[2] ? "Peppol" : "OIOUBL") + "-looking XML in " + s.domain() + "'s name with a changed account ("
                + e[3] + " " + domainOf(from) + ")";
        }
    }

    private void qrFraud() {
        M m = mail("qr-code-payment", true);
        String n = no("MT");
        headers(m, "Midttrafik Betaling", "betaling@midttrafik-betaling.dk", to(), "Betal faktura " + n + " med MobilePay")
            .html("<html><body><p>Faktura " + n + " for flexture er klar. Scan QR-koden i vedhæftningen med MobilePay for at betale "
                + amount(2_000_000).gross() + " kr. i dag.</p></body></html>")
            .attach("image/png", "betal_" + n + ".png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "midttrafik-betaling.dk");
        m.description = "QR code to pay, added-word look-alike of midttrafik.dk";
        m = mail("qr-code-payment", true);
        headers(m, "Parkeringskontrol", "afgift@parkering-kontrol.com", "teknik-miljoe@holstebro.dk", "Ubetalt parkeringsafgift - kommunal bil")
            .text("En af jeres biler (CX 41 118) har en ubetalt kontrolafgift på 790 kr. Scan QR-koden for at betale og undgå inkasso.")
            .attach("image/png", "qr.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "parkering-kontrol.com");
        m.description = "QR code to pay a fake parking fine";
        m = mail("qr-code-payment", true);
        headers(m, hede.person(), addr(hede), "kreditorer@holstebro.dk", "Faktura - betal via QR")
            .text("Hej\n\nFor hurtigere behandling kan fakturaen betales ved at scanne QR-koden.\n\nLone")
            .attach("image/png", "faktura_qr.png", Attachments.qr(docId(m, "qr")));
        forged(m, host++);
        m.description = "QR code to pay, forged From hededanmark.dk (p=quarantine)";
    }

    private void english() {
        Object[][] x = {{"ricoh-europe-finance.com", "Ricoh Europe Shared Services", ricoh, iban("GB", "NWBK60161331926820"),
            "As part of the consolidation of Ricoh's European accounts receivable, invoices for Ricoh Danmark are now collected "
                + "by our shared service centre. Please remit the attached invoice to our account below."},
            {"axis-communications.net", "Axis Communications - Accounts", null, iban("PL", "114020040000300201355387"),
                "Please note that our previous bank account is under review. Kindly settle the attached invoice to our new "
                    + "account. Do not use the old details."},
            {"teamviewer-billing.com", "TeamViewer Billing", null, null,
                "Your subscription could not be renewed because the payment failed. To avoid interruption of remote support, "
                    + "update your payment details within 24 hours."}};
        for (Object[] e : x) {
            M m = mail("english-international", true);
            String d = (String) e[0];
            String n = no("INV");
            Mime mime = headers(m, (String) e[1], "accounts@" + d, e[2] == null ? "it-service@holstebro.dk" : "kreditorer@holstebro.dk",
                e[3] == null ? "Action required: payment failed" : "Invoice " + n + " - updated remittance details");
            if (e[3] == null) {
                mime.html("<html><body><p>Dear customer,</p><p>" + e[4] + "</p><p><a href=\"https://" + d + "/account/payment\">Update "
                    + "payment method</a></p><p>TeamViewer Billing Team</p></body></html>");
            } else {
                Supplier s = e[2] == null ? new Supplier("Axis Communications AB", d, "Accounts", "", "", "", "camera licences")
                    : as((Supplier) e[2], d, "accounts");
                mime.text("Dear Sir/Madam,\n\n" + e[4] + "\n\n" + e[3] + "\n\nKind regards\n" + e[1])
                    .attach("application/pdf", "Invoice_" + n + ".pdf", pdf(m, s, "Invoice", n, amount(6_000_000), (String) e[3], 1, List.of()));
            }
            ownedBy(m, d);
            m.description = "English-language international fraud from " + d;
        }
    }

    private void imageOnly() {
        M m = mail("image-only-invoice", true);
        headers(m, "Vinderup Busser", "vinderupbusser@hotmail.com", "kreditorer@holstebro.dk", "Faktura kørsel")
            .text("Hej, her er fakturaen scannet ind. Den skal betales til kontoen på fakturaen.\n\nBent")
            .attach("application/pdf", "Scan_20261112.pdf", Attachments.scannedPdf(docId(m, "scan")));
        genuine(m, "127.76.2.1");
        m.description = "image-only PDF invoice from hotmail with a listed supplier's name";
        m = mail("image-only-invoice", true);
        headers(m, "Vinderup Busser ApS", "kontor@vinderup-buser.dk", to(), "Faktura " + no("VB"))
            .text("Faktura vedhæftet som billede.")
            .attach("image/jpeg", "faktura.jpeg", Attachments.image(docId(m, "jpg"), "jpg"));
        ownedBy(m, "vinderup-buser.dk");
        m.description = "JPEG-only invoice from typo look-alike vinderup-buser.dk";
        m = mail("image-only-invoice", true);
        headers(m, maler.person(), addr(maler), to(), "Regning maling")
            .html("<html><body><p>Hej. Regningen er i billedet. Ny konto står på den.</p><p>Jens</p></body></html>")
            .attach("image/png", "regning.png", Attachments.image(docId(m, "png"), "png"));
        forged(m, host++);
        m.description = "PNG-only invoice, forged From of a listed supplier with SPF ~all and no DMARC";
    }

    private void archives() {
        M m = mail("archive-invoice", true);
        String n = no("DC");
        byte[] inner = pdf(m, as(cater, "dansk-cater.dk", "faktura"), "Faktura", n, amount(7_000_000), next(), 0, List.of());
        headers(m, "Dansk Cater", "faktura@dansk-cater.dk", to(), "Fakturaer november (zip)")
            .text("Hej\n\nFakturaerne for november er samlet i en zip-fil pga. størrelsen.\n\nDansk Cater")
            .attach("application/zip", "fakturaer_nov.zip", Attachments.zip("Faktura_" + n + ".pdf", inner));
        ownedBy(m, "dansk-cater.dk");
        m.description = "invoice PDF in a ZIP from hyphen look-alike dansk-cater.dk, new account";
        m = mail("archive-invoice", true);
        n = no("FA");
        String form = "<html><body><h3>Faktura " + n + "</h3><p>Dokumentet er beskyttet. Bekræft din Microsoft 365-adgangskode for at "
            + "åbne det.</p><form action=\"https://faktura-arkiv.net/collect.php\" method=\"post\"><input name=\"email\"><input "
            + "name=\"password\" type=\"password\"><button>Åbn</button></form></body></html>";
        headers(m, "Faktura Arkiv", "noreply@faktura-arkiv.net", to(), "Faktura " + n + " afventer")
            .text("Hej\n\nDer ligger en faktura til jer i arkivet. Åbn vedhæftede fil.")
            .attach("application/zip", "Faktura_" + n + ".zip", Attachments.zip("Faktura_" + n + ".html", form));
        ownedBy(m, "faktura-arkiv.net");
        m.description = "ZIP holding an HTML credential form posing as an invoice";
        m = mail("archive-invoice", true);
        n = no("HD");
        inner = pdf(m, as(hede, "hededanmark.eu", "debitor"), "Faktura", n, amount(9_000_000), next(), 3, List.of());
        headers(m, hede.person(), "debitor@hededanmark.eu", to(), "Faktura " + n + " (7z)")
            .text("Hej\n\nFakturaen er vedhæftet som 7z-arkiv.\n\nLone")
            .attach("application/x-7z-compressed", n + ".7z", Attachments.sevenZip("Faktura " + n + ".pdf", inner));
        ownedBy(m, "hededanmark.eu");
        m.description = "invoice PDF in a 7z from other-TLD look-alike hededanmark.eu, new account";
    }

    private void sharedDocument() {
        M m = mail("shared-document-phish", true);
        headers(m, "Skjern Revision", "info@skjern-revision.dk", "oekonomi@holstebro.dk", "Skjern Revision har delt \"Faktura_2026-11.pdf\" med dig")
            .html("<html><body><p>Skjern Revision har delt en fil med dig.</p><p><b>Faktura_2026-11.pdf</b></p><p><a href=\""
                + "https://delt-dokument.com/s/holstebro/Faktura_2026-11\">Åbn</a></p><p>Linket virker kun for modtageren.</p></body></html>");
        genuine(m, "127.72.5.1");
        m.description = "shared-document phish from a real, compromised third party's mailbox (DMARC pass), link to delt-dokument.com";
        m = mail("shared-document-phish", true);
        headers(m, "OneDrive", "deling@delt-dokument.com", "kreditorer@holstebro.dk", "Dokument delt: Betalingsoversigt Q4")
            .html("<html><body><p>Et dokument er delt med dig: <b>Betalingsoversigt Q4.xlsx</b></p><p><a href=\"https://delt-dokument.com/"
                + "login?next=q4\">Vis dokument</a></p></body></html>");
        ownedBy(m, "delt-dokument.com");
        m.description = "fake OneDrive share notice from delt-dokument.com";
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus4().generate(), List.of(
            "# Holstebro Kommune, Økonomi og Analyse: invoice checks (fourth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers use.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=vestforsyning.dk midttrafik.dk nomeco.dk kemp-lauritzen.dk hededanmark.dk vinderup-busser.dk "
                + "holstebro-maler.dk abena.dk netic.dk danskcater.dk tvis-toemrer.dk ricoh.dk vestjysk-rengoering.dk holstebro-el.dk",
            "invoice.domains.platforms=basware.com banqup.com ordrestyring.dk",
            "invoice.names.protected=Holstebro Kommune"));
    }
}
