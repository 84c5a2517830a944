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
 * The seventh held-out invoice corpus (issue 11 item 5): an eighth test set in a world nobody tuned on. "Our" public
 * body is Kolding Kommune ({@value #OWN}, p=reject, its creditor and finance mailboxes) with fourteen listed suppliers
 * from the Kolding area in every DNS posture real Danish firms have, three invoicing platforms / access points
 * ({@code ageras.com}, {@code zistemo.com}, {@code unimaze.com}), banks, authorities, a regional creditor network list,
 * forwarders (with and without SRS), free mail, foreign SaaS and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (fakturafælder, changed bank details, CEO fraud, fake
 * Digital Post/MitID, fake inkasso, renewal scams, compromised mailboxes, QR codes, hijacked threads, "corrected"
 * invoices, bridge-toll demands, follow-ups to fake video meetings, licence-audit demands, fake NemHandel rejections),
 * without reading the invoice engine, its tests, tuning notes or any earlier result. Labels say what a mail is when it
 * was written. {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice, credit note,
 * reminder or collection letter for a real debt) and its computed authentication (DMARC pass, or aligned SPF/DKIM
 * pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus7GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus7 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout7");
    public static final String OWN = "kolding.dk";
    static final String FRAUD_NET = "127.97.";
    private static final String OWN_IP = "127.70.0.1";
    private static final String GLN = "5798005120348";
    private static final String ADDRESS = "Akseltorv 1, 6000 Kolding";

    private final Random rnd = new Random(71_0007_2026L);
    private final Map<String, String> threads = new TreeMap<>();
    private final Map<String, String> threadSubject = new TreeMap<>();
    private final Map<String, String> historyNo = new TreeMap<>();
    private String lastSubject;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2026, 10, 5, 8, 5, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2026, 11, 16, 7, 40, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "6.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier vand = new Supplier("BlueKolding A/S", "bluekolding.dk", "BlueKolding Kundeservice", "erhvervskunder",
        "127.71.1.1", iban("DK", "30006841270044"), "vandforbrug og vandafledning, rådhuset og kommunens institutioner, 3. kvartal");
    private final Supplier trafik = new Supplier("Sydtrafik", "sydtrafik.dk", "Sydtrafik Regnskab", "regnskab", "127.71.2.1",
        bank("7040", "0002235118"), "kommunens andel af bybusdrift og telekørsel, oktober");
    private final Supplier energi = new Supplier("TREFOR El-net A/S", "trefor.dk", "TREFOR Erhverv", "erhverv", "127.71.3.1",
        iban("DK", "79000001188206"), "nettarif og elforbrug, gadebelysning og pumpestationer");
    private final Supplier toemrer = new Supplier("Kolding Tømrer & Byg ApS", "kolding-toemrer.dk", "Morten Brændkjær", "morten",
        "127.71.4.1", bank("7040", "0003318842"), "udskiftning af tagvinduer, Munkevængets Skole");
    private final Supplier anlaeg = new Supplier("Sydjysk Anlæg & Belægning A/S", "sydjysk-anlaeg.dk", "Anne Strandhuse", "regnskab",
        "127.71.5.1", bank("9780", "0000451230"), "ny belægning ved Slotssøen og Jernbanegade");
    private final Supplier maler = new Supplier("Vamdrup Malerfirma v/ Bo Nissen", "vamdrup-maler.dk", "Bo Nissen", "bo",
        "127.71.6.1", bank("7040", "0008812407"), "maling af klasselokaler, Vamdrup Skole");
    private final Supplier avis = new Supplier("JydskeVestkysten", "jv.dk", "JydskeVestkysten Annoncebogholderi", "annoncebogholderi",
        "127.71.7.1", iban("DK", "50000002218870"), "stillingsannoncer og offentlige bekendtgørelser i JydskeVestkysten Kolding");
    private final Supplier vognmand = new Supplier("Lunderskov Vognmandsforretning ApS", "lunderskov-vognmand.dk", "Jesper Lunderskov",
        "jesper", "127.71.8.1", bank("9780", "0004411573"), "vintertjeneste, saltning af cykelstier, rute 3 og 4");
    private final Supplier rengoering = new Supplier("Christiansfeld Rengøringsservice ApS", "christiansfeld-rengoering.dk",
        "Hanne Tyrstrup", "faktura", "127.71.9.1", bank("7040", "0005502981"), "ugentlig rengøring, Christiansfeld Bibliotek og Borgerservice");
    private final Supplier kloak = new Supplier("Sydjysk Kloakservice A/S", "sydjysk-kloakservice.dk", "Sydjysk Kloakservice Ordre",
        "ordre", "127.71.10.1", bank("9780", "0007723055"), "slamsugning og TV-inspektion af stikledninger, Bramdrup Børnehus");
    private final Supplier vvs = new Supplier("Sanistål A/S", "sanistaal.com", "Sanistål Debitor", "debitor.dk", "127.71.11.1",
        iban("DK", "20006480117432"), "VVS-materialer til Ejendomsservice, rammeaftale");
    private final Supplier el = new Supplier("Bramdrup El-Service ApS", "bramdrup-el.dk", "Kenneth Dalby", "kenneth", "127.71.12.1",
        bank("7040", "0006619208"), "eftersyn af ABA-anlæg og nødbelysning, Kolding Bibliotek");
    private final Supplier frugt = new Supplier("Kolding Frugt & Grønt ApS", "koldingfrugt.dk", "Ordrekontoret", "ordre",
        "127.71.13.1", bank("9780", "0009215544"), "frugt og grønt til Madservice Kolding og plejecentrene");
    private final Supplier kontor = new Supplier("Sydjysk Kontorforsyning A/S", "sydjysk-kontor.dk", "Sydjysk Kontorforsyning Kundeservice",
        "kundeservice", "127.71.14.1", iban("DK", "79000009934871"), "kopipapir, toner og kontorartikler, rammeaftale, november");
    // unlisted small suppliers, one-person businesses
    private final Supplier seestVvs = new Supplier("Seest VVS & Blik ApS", "seest-vvs.dk", "Claus Seest", "claus",
        "127.72.1.1", bank("7040", "0002291183"), "ny varmtvandsbeholder, Seest Børnehus");
    private final Supplier musik = new Supplier("Karen Dons Musikterapi", "gmail.com", "Karen Dons", "karen.dons.musikterapi",
        "127.76.1.1", bank("9780", "0003388120"), "musikterapi for beboere med demens, Plejecenter Marielund, 8 sessioner");
    private final Supplier snedker = new Supplier("Eltang Snedkeri v/ Jonas Eltang", "eltang-snedker.dk", "Jonas Eltang", "jonas",
        "127.72.2.1", bank("7040", "0004478812"), "nye reoler i læsesalen, Kolding Bibliotek");
    private final Supplier foto = new Supplier("Rasmus Agtrup Foto", "outlook.com", "Rasmus Agtrup", "rasmus.agtrup.foto",
        "127.76.2.1", bank("9780", "0006640071"), "fotografering til kommunens nye hjemmeside, 2 dage");
    private final Supplier skadedyr = new Supplier("Trekantens Skadedyrsservice", "kolding-skadedyr.dk", "Lars Harte", "lars",
        "127.72.3.1", bank("7040", "0007739402"), "rottebekæmpelse og kloaksikring, Harte Skole");
    private final Supplier grafik = new Supplier("Line Harte Illustration", "icloud.com", "Line Harte", "line.harte.illustration",
        "127.76.5.1", bank("9780", "0001182209"), "illustrationer til klimaplanens borgerfolder");

    private final List<Supplier> listed = List.of(vand, trafik, energi, toemrer, anlaeg, maler, avis, vognmand, rengoering, kloak,
        vvs, el, frugt, kontor);

    /** Fraudsters' domains, each set up (SPF, mostly DKIM, some DMARC) by its owner. */
    private static final String[] OWNED = {"blue-kolding.dk", "sydtrafik-dk.com", "trefor-el.net", "kolding-tomrer.dk",
        "sanistaal-dk.com", "sanistal.dk", idn("sydtrafık.dk"), idn("koldíng.dk"), "kolding-kommune.com", "ageras-invoice.com",
        "zistemo-pay.com", "unimaze-docs.net", "jv-annonce.dk", "bramdrup-el.com", "sydjysk-kloak.dk", "trekant-inkasso.dk",
        "nordic-claims-collect.com", "digitalpost-kommune.net", "mitid-validering.com", "dk-domaeneservice.com", "virk-register.eu",
        "lunderskov-vognmand.com", "christiansfeld-rengoring.dk", "sydjysk-anlaeg.com", "koldingfrugt.com", "betal-faktura-dk.com",
        "delte-dokumenter.net", "euro-consulting-partners.com", "license-compliance-center.com", "broafgift-betaling.dk",
        "passage-opkraevning.com", "kolding-kommune.net", "nemhandel-support.com", "sydjysk-kontor.com", "vamdrup-maler.com",
        "bluekolding-betaling.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bluekolding.dk", List.of(vand.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sydtrafik.dk", List.of(trafik.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("trefor.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only
        domain("kolding-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain("sydjysk-anlaeg.dk", List.of(anlaeg.ip()), "~all", null, null); // SPF only
        domain("vamdrup-maler.dk", null, null, null, null); // nothing published
        domain("jv.dk", List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("lunderskov-vognmand.dk", List.of("127.71.98.8"), "~all", null, "none"); // SPF names the web host only
        domain("christiansfeld-rengoering.dk", null, null, DkimAlgorithm.ED25519_SHA256, null); // Ed25519 only
        domain("sydjysk-kloakservice.dk", List.of(kloak.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sanistaal.com", List.of(vvs.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bramdrup-el.dk", List.of(el.ip()), "-all", null, null); // SPF only
        domain("koldingfrugt.dk", List.of(frugt.ip()), "-all", null, "quarantine"); // SPF only, enforcing
        domain("sydjysk-kontor.dk", List.of(kontor.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("seest-vvs.dk", List.of(seestVvs.ip()), "-all", null, null);
        domain("eltang-snedker.dk", null, null, DkimAlgorithm.RSA_SHA256, null);
        domain("kolding-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("sergel.dk", List.of("127.72.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("elgiganten.dk", List.of("127.72.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms / access points
        domain("ageras.com", List.of("127.73.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("zistemo.com", List.of("127.73.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("unimaze.com", List.of("127.73.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        // associations, banks, authorities, neighbours, relays
        domain("heyloyalty.com", List.of("127.74.1.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("nordania.dk", List.of("127.74.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oekonomiforum-syd.dk", List.of("127.74.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("frosbank.dk", List.of("127.74.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("lunar.app", List.of("127.74.5.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("fredericia.dk", List.of("127.74.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("haderslev.dk", List.of("127.74.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("billund.dk", List.of("127.74.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("cfcs.dk", List.of("127.74.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bdo.dk", List.of("127.74.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("relay.syd-net.dk", List.of("127.77.1.1"), "-all", null, null);
        domain("srs.mailforward.dk", List.of("127.77.3.1"), "-all", null, null);
        // free mail, foreign SaaS and suppliers, shops
        domain("gmail.com", List.of("127.76.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.76.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of("127.76.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of("127.76.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of("127.76.3.1"), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of("127.76.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("github.com", List.of("127.75.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("calendly.com", List.of("127.75.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("lucid.co", List.of("127.75.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("ingo.dk", List.of("127.75.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("onepark.dk", List.of("127.75.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("jysk.dk", List.of("127.75.6.1"), "-all", null, "none");
        domain("hako.com", List.of("127.75.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        for (int i = 0; i < OWNED.length; i++) {
            domain(OWNED[i], List.of(FRAUD_NET + "7." + (i + 1)), i % 4 == 2 ? "~all" : "-all",
                i % 5 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256,
                i % 3 == 1 ? null : i % 3 == 0 ? "none" : "reject");
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int maxNetOre) {
        long net = 37_500 + rnd.nextInt(maxNetOre);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String no(String prefix) {
        return prefix + (100_000 + rnd.nextInt(800_000));
    }

    private static final String[] TO = {"kreditor@kolding.dk", "efaktura@kolding.dk", "oekonomi@kolding.dk", "kreditor@kolding.dk",
        "by-udvikling@kolding.dk", "social-sundhed@kolding.dk", "boern-uddannelse@kolding.dk", "udbud-indkoeb@kolding.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("pdf7:" + what + ":" + m.id).substring(0, 12), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(25_000_000 + Math.floorMod(sha256("cvr7:" + domain).hashCode(), 19_000_000));
    }

    /** Three layouts of this corpus: an ERP print, a column layout with a payment slip, a handwritten-style note. */
    private byte[] pdf(M m, Supplier s, String kind, String no, Amount a, String account, int layout, List<String> extra) {
        List<String> l = new ArrayList<>();
        String title;
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                title = s.name() + " - " + kind + " nr. " + no;
                l.add("Debitor: Kolding Kommune, " + ADDRESS + "   GLN/EAN " + GLN);
                l.add(kind + "sdato " + dashedDay(m, 0) + "   Forfaldsdato " + dashedDay(m, 30) + "   Vores CVR " + cvr(s.domain()));
                l.add("Beskrivelse: " + s.what());
                l.add("Beløb ekskl. moms DKK " + a.net() + "   Moms DKK " + a.vat() + "   Total DKK " + a.gross());
                l.addAll(extra);
                l.add("Indbetaling til " + account + " med angivelse af " + kind.toLowerCase(DA) + "snummer " + no + ".");
            }
            case 1 -> {
                title = kind.toUpperCase(DA);
                l.add(s.name() + " · " + s.domain() + " · CVR-nr. " + cvr(s.domain()));
                l.add("Nummer: " + no + "          Dato: " + writtenDay(m, 0));
                l.add("Kunde: Kolding Kommune (EAN " + GLN + ")");
                l.add("Ydelse                                          Pris");
                l.add(s.what() + "     " + a.net());
                l.add("25 % moms                                       " + a.vat());
                l.add("TOTAL                                      DKK  " + a.gross());
                l.addAll(extra);
                l.add("--- Indbetalingsoplysninger --- " + account + " --- Betalingsfrist " + writtenDay(m, 21));
            }
            default -> {
                title = kind + " " + no + " - " + s.person();
                l.add("Fra: " + s.name());
                l.add("Kolding Kommune");
                l.add("For: " + s.what());
                l.add("I alt at betale: kr. " + a.gross() + " (heraf moms " + a.vat() + ")");
                l.addAll(extra);
                l.add("Beløbet bedes overført til " + account + " senest 14 dage fra fakturadato. Tak for opgaven!");
            }
        }
        return Attachments.pdf(docId(m, no), title, l);
    }

    private static String pdfName(String no, int variant) {
        return switch (Math.floorMod(variant, 6)) {
            case 0 -> "Faktura-" + no + ".pdf";
            case 1 -> "Kolding_Kommune_" + no + ".pdf";
            case 2 -> "fakt_" + no.toLowerCase(DA) + ".pdf";
            case 3 -> "Dokument " + no + ".pdf";
            case 4 -> "INV" + no.replaceAll("[^0-9]", "") + ".pdf";
            default -> "faktura nr " + no + " (kopi).pdf";
        };
    }

    private static final String[] GREET = {"Goddag", "Hej Kolding Kommune", "Til kreditorafdelingen", "Hej med jer", "Kære Kolding Kommune",
        "Hej"};

    private String sig(Supplier s) {
        return switch (Math.floorMod(s.domain().hashCode(), 3)) {
            case 0 -> "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + " | CVR " + cvr(s.domain());
            case 1 -> "\n\nHilsen " + s.person() + "\n" + s.name() + "\nDirekte: 75 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89))
                + " " + (10 + rnd.nextInt(89)) + "\nwww." + s.domain();
            default -> "\n\n--\n" + s.name() + "\nDenne mail er dannet automatisk af vores økonomisystem. Spørgsmål: svar på mailen.";
        };
    }

    /** A supplier's invoice mail (body, PDF); headers set, the caller decides how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> extra, String bodyExtra) {
        String n = no(s.name().substring(0, 1).toUpperCase(DA).replaceAll("[^A-Z]", "K") + (v % 3 == 0 ? "-" : ""));
        Amount a = amount(listed.contains(s) ? 17_000_000 : 1_200_000);
        String[] subjects = {"Faktura nr. " + n, s.name() + ": faktura " + n, "Ny faktura fra " + s.name(),
            "Kolding Kommune / faktura " + n, "Fakturering: " + s.what(), "Faktura " + n + " vedlagt", "Vedr. faktura " + n};
        String body = GREET[Math.floorMod(v, GREET.length)] + "\n\n" + switch (Math.floorMod(v, 6)) {
            case 0 -> "Vedhæftet er faktura nr. " + n + " vedrørende " + s.what() + ".";
            case 1 -> "Hermed fremsendes faktura på DKK " + a.gross() + " inkl. moms. Fakturaen er desuden sendt til jeres EAN-nummer.";
            case 2 -> "I finder vores faktura som PDF i denne mail. Sidste rettidige betaling er " + writtenDay(m, 30) + ".";
            case 3 -> "Så er arbejdet afsluttet, og fakturaen er vedlagt. Giv lyd hvis I mangler en reference.";
            case 4 -> "Tak for ordren. Fakturaen er vedhæftet - nummer " + n + ".";
            default -> "Fakturanr. " + n + " | beløb " + a.gross() + " kr. | forfald " + writtenDay(m, 30) + " | kontonr. som altid.";
        } + bodyExtra + sig(s);
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 2) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></div></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(n, v), pdf(m, s, "Faktura", n, a, account, v, extra));
        return n;
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legit() {
        int v = 0;
        for (Supplier s : listed) {
            M m = mail("supplier-invoice", false);
            m.wave = 1;
            invoiceLike.add(m.id);
            String n = invoice(m, s, s.account(), v++, List.of(), "");
            historyNo.put(s.domain(), n);
            genuine(m, s.ip());
            threads.put(s.domain(), messageId(m, s.domain()));
            threadSubject.put(s.domain(), lastSubject);
            m.description = "history: " + s.domain() + " invoice, usual account, from its own server";
        }
        for (Supplier s : List.of(kontor, vvs, el, avis, vand, anlaeg, maler, energi, trafik, frugt, toemrer, rengoering, vognmand,
            kloak)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 5 + 2, List.of(v % 2 == 0 ? "Jeres ordrenr.: " + (7_100_000 + v) : "Rekvirent: " + to()),
                v % 3 == 1 ? "\n\nTimesedler og materialeliste er vedhæftet." : "");
            if (v % 3 == 1) {
                m.mime.attach("application/pdf", "timesedler_uge47.pdf", Attachments.pdf(docId(m, "ts"), "Timesedler uge 47",
                    List.of("Opgave: " + s.what(), "Timer i alt: " + (6 + v), "Godkendt af byggeleder på stedet")));
            } else if (v % 4 == 0) {
                m.mime.attach("image/jpeg", "foto_foer_efter_" + v + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice, usual account, from its own server";
            v++;
        }
        for (Supplier s : List.of(trafik, energi, vvs, frugt, vand, rengoering, kloak, kontor)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v++ * 11, List.of("Afregningsperiode: 1.-31. oktober 2026"), "\n\nAfregningen gælder oktober.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        platforms();
        xml();
        newAccount();
        smallSuppliers();
        newsletters();
        lists();
        forwarded();
        internal();
        foreign();
        receipts();
        other();
    }

    private void creditNotes() {
        Object[][] x = {{vvs, "Kreditnota vedr. faktura ", "Vi har modtaget de returnerede termostater fra Ejendomsservice og krediterer dem."},
            {kontor, "Kreditering af faktura ", "Tonerne til Borgerservice blev leveret to gange; den ene levering er krediteret."},
            {energi, "Kreditnota - korrektion af faktura ", "Målerdata for pumpestation Dalby var forkerte. Differencen er krediteret."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("credit-note", false);
            invoiceLike.add(m.id);
            String n = no("CN");
            Amount a = amount(700_000);
            headers(m, s.person(), addr(s), "kreditor@kolding.dk", e[1] + historyNo.get(s.domain()))
                .text(GREET[v + 2] + "\n\n" + e[2] + " Kreditnota " + n + " lyder på -" + a.gross() + " kr. og modregnes i næste "
                    + "indbetaling - I skal ikke foretage jer noget." + sig(s))
                .attach("application/pdf", "KREDITNOTA_" + n + ".pdf", pdf(m, s, "Kreditnota", n, a.credit(),
                    s.account(), v + 1, List.of("Vedrører faktura " + historyNo.get(s.domain()))));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note for its earlier invoice";
            v++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(avis, vvs, trafik)) {
            M m = mail("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@kolding.dk", "Saldoudskrift - Kolding Kommune - " + writtenDay(m, 0))
                .text("Goddag\n\nTil jeres afstemning sender vi saldoudskrift pr. dags dato. Faktura " + historyNo.get(s.domain())
                    + " er registreret betalt, og saldoen er 0,00 kr." + sig(s))
                .attach("application/pdf", "saldoudskrift_kolding.pdf", Attachments.pdf(docId(m, "so"), "Saldoudskrift " + s.name(),
                    List.of("Debitor: Kolding Kommune", "Faktura " + historyNo.get(s.domain()) + " - indbetalt", "Saldo DKK 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing due";
        }
        M m = mail("payment-acknowledgement", false);
        headers(m, vand.person(), addr(vand), "kreditor@kolding.dk", "Tak for din indbetaling")
            .text("Hej\n\nVi bekræfter, at indbetalingen på faktura " + historyNo.get("bluekolding.dk") + " er modtaget og bogført.\n\n"
                + vand.name() + " - Kundeservice");
        genuine(m, vand.ip());
        m.description = "bluekolding.dk acknowledges payment of its earlier invoice";
    }

    private void reminders() {
        Object[][] r = {{trafik, "Betalingspåmindelse", "Vores system viser, at nedenstående faktura endnu ikke er betalt. Har I allerede "
            + "betalt, kan I se bort fra denne påmindelse."},
            {toemrer, "Mangler vi en betaling?", "Hej. Fakturaen for tagvinduerne på Munkevængets Skole står stadig åben hos os. "
                + "Er den blevet afvist, eller mangler der noget? Morten"},
            {kloak, "Påmindelse om forfalden faktura", "Fakturaen er forfalden. Der er ikke tilskrevet renter eller gebyrer."},
            {el, "Rykker 1", "Vi skal venligt minde om fakturaen for ABA-eftersynet. Ring endelig, hvis I mangler et indkøbsnummer."},
            {avis, "Venlig påmindelse om betaling", "Vi har endnu ikke registreret betaling for annoncerne. Er fakturaen afvist, hører "
                + "vi gerne hvorfor."}};
        int v = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            M m = mail("payment-reminder", false);
            invoiceLike.add(m.id);
            String n = historyNo.get(s.domain());
            Amount a = amount(1_800_000);
            headers(m, s.person(), addr(s), "kreditor@kolding.dk", x[1] + " - faktura " + n)
                .text(GREET[v % 6] + "\n\n" + x[2] + "\n\nFaktura " + n + " på " + a.gross() + " kr. - betales til " + s.account() + sig(s))
                .attach("application/pdf", "paamindelse_" + n + ".pdf", pdf(m, s, "Påmindelse", n, a, s.account(), v,
                    List.of("Oprindelig forfaldsdato " + dashedDay(m, -12))));
            genuine(m, s.ip());
            m.description = s.domain() + " payment reminder citing its earlier invoice, usual account";
            v++;
        }
    }

    private void collection() {
        M m = mail("collection-notice", false);
        invoiceLike.add(m.id);
        String n = no("SG");
        headers(m, "Sergel Inkasso", "klientservice@sergel.dk", "kreditor@kolding.dk", "Sag " + n + " - Trekantens Skadedyrsservice")
            .text("Kolding Kommune\n\nSergel er af Trekantens Skadedyrsservice blevet bedt om at opkræve faktura 1187 af 28. august 2026 "
                + "(rottebekæmpelse, Harte Skole).\n\nEr fakturaen betalt eller bestridt, bedes I sende dokumentation, så lukker vi sagen. "
                + "Ellers kan beløbet indbetales på vores klientkonto " + bank("7040", "0009911023") + " med sagsnummer " + n
                + ".\n\nKlientservice træffes på 70 27 27 15.\n\nVenlig hilsen\nSergel")
            .attach("application/pdf", "sergel_" + n + ".pdf", Attachments.pdf(docId(m, "ink"), "Betalingspåkrav sag " + n,
                List.of("Kreditor: Trekantens Skadedyrsservice", "Faktura 1187: 3.562,50", "Rykkergebyr 100,00", "Klientkonto " + bank("7040", "0009911023"))));
        genuine(m, "127.72.7.1");
        m.description = "real collection agency (DMARC pass) about a real unpaid invoice of an unlisted small supplier";
    }

    private void platforms() {
        Object[][] p = {{"ageras.com", "invoice@", "Ageras", toemrer}, {"ageras.com", "invoice@", "Ageras", seestVvs},
            {"ageras.com", "invoice@", "Ageras", skadedyr}, {"zistemo.com", "noreply@", "zistemo", maler},
            {"zistemo.com", "noreply@", "zistemo", snedker}, {"unimaze.com", "documents@", "Unimaze", el},
            {"unimaze.com", "documents@", "Unimaze", anlaeg}, {"unimaze.com", "documents@", "Unimaze", grafik},
            {"zistemo.com", "noreply@", "zistemo", foto}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = mail("platform-invoice", false);
            invoiceLike.add(m.id);
            String n = no("");
            Amount a = amount(2_600_000);
            headers(m, s.name() + " (" + x[2] + ")", x[1] + d, "efaktura@kolding.dk", s.name() + " har sendt dig faktura " + n)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"background:#f4f4f4\"><div style=\"max-width:560px;margin:auto;background:#fff;padding:24px\">"
                    + "<p>Kære Kolding Kommune</p><p><b>" + s.name() + "</b> har udstedt faktura <b>" + n + "</b> til jer.</p>"
                    + "<table><tr><td>Beløb</td><td>DKK " + a.gross() + "</td></tr><tr><td>Forfald</td><td>" + writtenDay(m, 14 + v)
                    + "</td></tr></table><p>PDF-fakturaen er vedhæftet. Besvar denne mail for at skrive direkte til " + s.person()
                    + ".</p><hr><p style=\"font-size:10px;color:#999\">Denne e-mail er sendt via " + x[2] + " på vegne af " + s.name()
                    + ".</p></div></body></html>")
                .attach("application/pdf", n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v + 2, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice relayed by platform " + d + ", usual account";
            v++;
        }
    }

    private String ubl(String no, Supplier s, Amount a, String account, boolean iban) {
        String name = s.name().replace("&", "&amp;");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"\n"
            + "         xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"\n"
            + "         xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
            + "  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>\n"
            + "  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n"
            + "  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n"
            + "  <cbc:ID>" + no + "</cbc:ID>\n"
            + "  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n"
            + "  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + "  <cac:AccountingSupplierParty>\n    <cac:Party>\n      <cbc:EndpointID schemeID=\"0184\">DK" + cvr(s.domain())
            + "</cbc:EndpointID>\n      <cac:PartyLegalEntity><cbc:RegistrationName>" + name + "</cbc:RegistrationName></cac:PartyLegalEntity>\n"
            + "    </cac:Party>\n  </cac:AccountingSupplierParty>\n"
            + "  <cac:AccountingCustomerParty>\n    <cac:Party>\n      <cbc:EndpointID schemeID=\"0088\">" + GLN + "</cbc:EndpointID>\n"
            + "      <cac:PartyLegalEntity><cbc:RegistrationName>Kolding Kommune</cbc:RegistrationName></cac:PartyLegalEntity>\n"
            + "    </cac:Party>\n  </cac:AccountingCustomerParty>\n"
            + "  <cac:PaymentMeans>\n    <cbc:PaymentMeansCode>" + (iban ? "58" : "31") + "</cbc:PaymentMeansCode>\n"
            + "    <cbc:PaymentID>" + no + "</cbc:PaymentID>\n"
            + "    <cac:PayeeFinancialAccount><cbc:ID>" + account + "</cbc:ID></cac:PayeeFinancialAccount>\n  </cac:PaymentMeans>\n"
            + "  <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">" + String.format("%.2f", (a.ore() / 4) / 100.0) + "</cbc:TaxAmount></cac:TaxTotal>\n"
            + "  <cac:LegalMonetaryTotal>\n    <cbc:LineExtensionAmount currencyID=\"DKK\">" + String.format("%.2f", a.ore() / 100.0)
            + "</cbc:LineExtensionAmount>\n    <cbc:PayableAmount currencyID=\"DKK\">"
            + String.format("%.2f", (a.ore() + a.ore() / 4) / 100.0) + "</cbc:PayableAmount>\n  </cac:LegalMonetaryTotal>\n"
            + "</Invoice>\n";
    }

    private void xml() {
        int v = 0;
        for (Supplier s : List.of(vvs, vand, kontor)) {
            M m = mail("oioubl-peppol-xml", false);
            invoiceLike.add(m.id);
            String n = no("E");
            Amount a = amount(4_000_000);
            headers(m, s.name(), addr(s), "efaktura@kolding.dk", "Peppol BIS 3 faktura " + n + " til EAN " + GLN)
                .text("Vedhæftet e-faktura i Peppol BIS Billing 3.0-format samt en læsbar PDF-udgave af samme faktura.\n\n"
                    + "Modtager: Kolding Kommune, GLN " + GLN + "\n\n" + s.name())
                .attach("application/xml", "peppol_" + n + ".xml", ubl(n, s, a, plain(s.account()), s.account().startsWith("IBAN"))
                    .getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "peppol_" + n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v, List.of("Sendt også via Peppol")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL/Peppol XML invoice with PDF view, usual account";
            v++;
        }
    }

    private void newAccount() {
        M m = mail("supplier-new-account", false);
        String n = iban("DK", "76300007781234");
        headers(m, vognmand.person(), addr(vognmand), "kreditor@kolding.dk", "Orientering: vi skifter bank ved årsskiftet")
            .text("Goddag\n\nLunderskov Vognmandsforretning flytter pr. 1. januar 2027 til Frøs Sparekasse. Fra den dato er vores konto "
                + n + " (reg.nr. 7630).\n\nI må meget gerne kontrollere ændringen ved at ringe til Jesper på det nummer, I har i "
                + "kontrakten, inden I retter kreditorkortet. Alt, der forfalder i 2026, betales til den nuværende konto.\n\nUnderskrevet "
                + "brev vedhæftet." + sig(vognmand))
            .attach("application/pdf", "ny_bankforbindelse_2027.pdf", Attachments.pdf(docId(m, "nb"), "Ny bankforbindelse fra 2027",
                List.of("Lunderskov Vognmandsforretning ApS, CVR " + cvr("lunderskov-vognmand.dk"), "Konto fra 01-01-2027: " + n,
                    "Jesper Lunderskov, indehaver (underskrift)")));
        genuine(m, vognmand.ip());
        m.description = "listed supplier genuinely announces new bank from January, from its own server (its SPF names only the web "
            + "host), asks for a phone check";
    }

    private void smallSuppliers() {
        int v = 0;
        for (Supplier s : List.of(seestVvs, musik, snedker, foto, skadedyr, grafik)) {
            M m = mail("small-supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 7 + 3, List.of("Aftalt med: " + (v % 2 == 0 ? "afdelingslederen" : "projektlederen")),
                v == 1 ? "\n\nDet er første gang, jeg fakturerer kommunen - sig endelig til, hvis I skal bruge noget andet." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted small local supplier " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    private void newsletters() {
        String[][] n = {{"cfcs.dk", "Center for Cybersikkerhed", "nyhedsbrev@", "Advarsel: svindel med ændrede kontonumre og falske "
            + "inkassovarsler", "CFCS ser flere sager, hvor kriminelle overtager en leverandørs mailkonto eller registrerer et domæne, der "
            + "ligner leverandørens, og beder om betaling til en ny konto. Ring altid til leverandøren på et kendt nummer. Vær også "
            + "opmærksom på falske mails fra Digital Post, MitID og NemHandel."},
            {"bdo.dk", "BDO Kommunernes Revision", "nyhedsbrev@", "Revisionsnyt: intern kontrol ved ændring af kreditorstamdata",
                "Vi anbefaler funktionsadskillelse ved oprettelse og ændring af kreditorer og logning af alle ændringer af bankoplysninger."},
            {"nordania.dk", "Nordania Leasing", "info@", "Nyhedsbrev: elbiler i den kommunale flåde", "Nye modeller, ladeaftaler og "
                + "en påmindelse: Nordania ændrer aldrig betalingsoplysninger pr. e-mail."}};
        for (String[] x : n) {
            M m = mail("newsletter", false);
            m.mailFrom = "bounces+" + x[0].replace('.', '_') + "@heyloyalty.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@kolding.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/nyhedsbrev/afmeld>")
                .html("<html><body><table width=\"640\"><tr><td><h2>" + x[3] + "</h2><p>" + x[4] + "</p><p><a href=\"https://" + x[0]
                    + "/nyheder\">Læs hele artiklen</a></p><p style=\"font-size:10px\">Du modtager denne mail, fordi du er tilmeldt.</p>"
                    + "</td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("heyloyalty.com");
            m.ip = "127.74.1.1";
            m.helo = "mta.heyloyalty.com";
            m.description = "newsletter from " + x[0] + " sent via an ESP, signed by both";
        }
    }

    static byte[] listFooter(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [kreditor-syd] ");
        s = s.replaceFirst("\r\n$", "\r\n--\r\nkreditor-syd: erfa-liste for kreditorbogholdere i Syddanmark\r\n"
            + "Frameld: https://oekonomiforum-syd.dk/liste/kreditor-syd\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void lists() {
        String[][] p = {{"fredericia.dk", "Mette Taulov", "meta@", "Advarsel: 'rettet faktura' med nyt kontonummer",
            "Hej kolleger\n\nVi har i dag fået en mail, der ligner vores kloakentreprenør, med teksten 'erstatter tidligere fremsendt "
                + "faktura'. Nummeret på den gamle faktura var korrekt, men kontonummeret var nyt. Domænet var næsten det rigtige. "
                + "Tjek afsenderen grundigt.\n\nMette"},
            {"haderslev.dk", "Niels Vojens", "nivo@", "SV: Advarsel: 'rettet faktura' med nyt kontonummer",
                "Tak for advarslen. Hos os skal to personer godkende enhver ændring af kreditorkonto. /Niels"},
            {"billund.dk", "Susanne Grindsted", "sugr@", "Peppol-fejl ved fakturaer fra små leverandører",
                "Hej alle\n\nEr der andre, der oplever, at fakturaer sendt via mindre access points bliver afvist? Vi undersøger sagen.\n\nSusanne"}};
        for (String[] x : p) {
            M m = mail("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "kreditor-syd@oekonomiforum-syd.dk", x[3]).header("List-Id", "<kreditor-syd.oekonomiforum-syd.dk>")
                .text(x[4]);
            m.signers.add(x[0]);
            m.ip = "127.74.3.1";
            m.helo = "lists.oekonomiforum-syd.dk";
            m.afterSigning = HeldOutCorpus7::listFooter;
            m.listSigner = "oekonomiforum-syd.dk";
            m.description = "list post by " + x[0] + " (DMARC " + dns.get(x[0]).dmarc() + ") about invoices; footer breaks its DKIM";
        }
    }

    private void forwarded() {
        M m = mail("forwarded", false);
        invoiceLike.add(m.id);
        invoice(m, vvs, vvs.account(), 17, List.of(), "");
        m.mailFrom = "SRS0=hQ3v=TA=sanistaal.com=debitor.dk@srs.mailforward.dk";
        m.signers.add("sanistaal.com");
        m.ip = "127.77.3.1";
        m.helo = "srs.mailforward.dk";
        m.description = "sanistaal.com invoice forwarded with SRS (SPF passes for the forwarder, supplier's DKIM survives)";
        for (Supplier s : List.of(trafik, el)) {
            m = mail("forwarded", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), 19, List.of(), "");
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.ip = "127.77.1.1";
            m.helo = "relay.syd-net.dk";
            m.description = s.domain() + " invoice relayed without SRS" + (dns.get(s.domain()).dkim() != null ? " (DKIM survives)"
                : " (SPF only: nothing survives)");
        }
        m = mail("forwarded", false);
        invoiceLike.add(m.id);
        String n = no("SA");
        Amount a = amount(2_200_000);
        headers(m, "Torben Sdr. Bjert", "tosb@" + OWN, "kreditor@kolding.dk", "Fwd: Faktura " + n + " - Slotssøen")
            .text("Hej kreditor\n\nDenne faktura er havnet hos mig. Arbejdet er udført og godkendt af mig; kontering 5220-11.\n\nTorben\n"
                + "By- og Udviklingsforvaltningen\n\n-------- Oprindelig meddelelse --------\nFra: " + anlaeg.person() + " <" + addr(anlaeg)
                + ">\nDato: " + writtenDay(m, -2) + "\nEmne: Faktura " + n + "\n\nHej Torben - her er fakturaen for belægningen. Mvh Anne")
            .attach("application/pdf", "Faktura " + n + ".pdf", pdf(m, anlaeg, "Faktura", n, a, anlaeg.account(), 1, List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    private void internal() {
        String[][] x = {{"Birgit Eltang", "biel@", "Ny procedure: ændring af bankoplysninger", "Kære alle i Kreditor\n\nMed virkning fra "
            + "i dag skal enhver ændring af en leverandørs bankoplysninger bekræftes telefonisk på et nummer fra kontrakten eller CVR, "
            + "og ændringen godkendes af en kollega.\n\nBirgit\nØkonomi og Analyse"},
            {"Anders Vonsild", "anvo@", "Har vi betalt Sydtrafik for oktober?", "Hej\n\nJeg skal bruge status på Sydtrafik-fakturaen for "
                + "oktober til budgetopfølgningen. Er den betalt?\n\nAnders"},
            {"Digitalisering og IT", "it-drift@", "Servicevindue i ØS Indsigt torsdag", "Økonomisystemet er utilgængeligt torsdag "
                + "kl. 17-21 pga. opdatering."},
            {"Pia Harte", "piha@", "Udlæg - togbillet og frokost", "Hej\n\nKvittering for togbillet til KL's økonomikonference er vedhæftet."}};
        for (String[] i : x) {
            M m = mail("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, "kreditor@kolding.dk", i[2]).text(i[3]);
            if (i[2].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "togbillet.jpg", Attachments.image(docId(m, "tb"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
        M m = mail("internal", false);
        headers(m, "Jakob Strandhuse", "jast@" + OWN, "kreditor@kolding.dk", "Falsk mail om 'ny konto' fra Sydtrafik?")
            .text("Hej Kreditor\n\nJeg har fået en mail, der ser ud til at komme fra Sydtrafik, om at de har skiftet til en bank i "
                + "Estland. Jeg har ringet til Sydtrafik, og de har ikke sendt noget. Jeg har slettet mailen og sendt den til IT-sikkerhed.\n\n"
                + "Jakob\nBørn og Uddannelse");
        genuine(m, OWN_IP);
        m.description = "internal warning about a fraud attempt (no account, nothing to pay)";
        m = mail("internal", false);
        headers(m, "Kreditorafdelingen", "kreditor@" + OWN, "ledere@kolding.dk", "Påmindelse: fakturaer skal sendes elektronisk")
            .text("Kære ledere\n\nBed venligst jeres leverandører sende fakturaer som e-faktura til jeres EAN-nummer. PDF'er pr. mail "
                + "skal tastes manuelt og forsinker betalingen.\n\nVenlig hilsen\nKreditorafdelingen");
        genuine(m, OWN_IP);
        m.description = "internal circular about invoice routing";
        m = mail("bank-notice", false);
        headers(m, "Frøs Sparekasse Erhverv", "erhverv@frosbank.dk", "oekonomi@kolding.dk", "Du har en ny meddelelse")
            .text("Der er en ny meddelelse til jer i Erhvervsnetbank. Log ind via vores hjemmeside eller app. Vi sender aldrig links, "
                + "der beder om login.");
        genuine(m, "127.74.4.1");
        m.description = "bank notice without link, DMARC pass";
        m = mail("bank-notice", false);
        headers(m, "Lunar Business", "noreply@lunar.app", "oekonomi@kolding.dk", "Din månedsopgørelse er klar")
            .text("Månedsopgørelsen for kortkontoen til Kultur og Fritid er klar i appen. Denne mail kan ikke besvares.");
        genuine(m, "127.74.5.1");
        m.description = "bank statement notice, DMARC pass";
    }

    private void foreign() {
        Object[][] f = {{"github.com", "GitHub", "billing@", "[GitHub] Payment receipt for kolding-kommune ", "We received payment for your "
            + "GitHub Team plan. A receipt is attached for your records.", "USD 1,320.00"},
            {"calendly.com", "Calendly", "billing@", "Your Calendly invoice ", "Thanks for your payment - your Teams subscription "
                + "has been renewed. Your invoice is attached.", "USD 576.00"},
            {"lucid.co", "Lucid Software", "invoices@", "Lucid invoice ", "Your annual Lucidchart subscription was charged to the card "
                + "on file. No further action is required.", "EUR 840.00"}};
        for (Object[] x : f) {
            M m = mail("foreign-saas-invoice", false);
            invoiceLike.add(m.id);
            String n = String.valueOf(4_100_000 + rnd.nextInt(3_000_000));
            headers(m, (String) x[1], x[2] + (String) x[0], "udbud-indkoeb@kolding.dk", x[3] + "#" + n)
                .text(x[4] + "\n\nTotal: " + x[5] + " (charged to card)\nInvoice number: " + n + "\n\n" + x[1])
                .attach("application/pdf", "Invoice-" + n + ".pdf", Attachments.pdf(docId(m, "saas"), x[1] + " - Invoice " + n,
                    List.of("Billed to: Kolding Kommune, " + ADDRESS + ", Denmark", "Reverse charge - VAT to be accounted for by recipient",
                        "Amount " + x[5], "Status: PAID")));
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "foreign SaaS invoice (card already charged), DMARC pass";
        }
        M m = mail("foreign-invoice", false);
        invoiceLike.add(m.id);
        String n = String.valueOf(60_100_000 + rnd.nextInt(900_000));
        String acct = iban("DE", "600501010001458822");
        headers(m, "Hako GmbH Debitorenbuchhaltung", "debitoren@hako.com", "udbud-indkoeb@kolding.dk", "Rechnung / Faktura " + n)
            .text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung für die Ersatzteile (Bürstenwalzen) für Ihre "
                + "Kehrmaschine. Bitte überweisen Sie den Betrag auf " + acct + " (BIC SOLADEST600).\n\nMit freundlichen Grüßen\nHako GmbH")
            .attach("application/pdf", "Rechnung_" + n + ".pdf", Attachments.pdf(docId(m, "hako"), "Rechnung " + n, List.of(
                "Hako GmbH, Hamburger Str. 209-239, 23843 Bad Oldesloe", "Kunde: Kolding Kommune, EAN " + GLN,
                "Ersatzteile Kehrmaschine Citymaster", "Gesamtbetrag EUR 2.184,00 (Reverse Charge)", "Bankverbindung: " + acct)));
        genuine(m, "127.75.8.1");
        m.description = "German spare-parts supplier invoice, its own DE IBAN, DMARC pass";
        m = mail("leasing-instalment-notice", false);
        invoiceLike.add(m.id);
        headers(m, "Nordania Leasing", "opkraevning@nordania.dk", "oekonomi@kolding.dk", "Leasingopkrævning december - kontrakt 88-20417")
            .text("Kolding Kommune\n\nOpkrævningen for december for kontrakt 88-20417 (hjemmeplejens elbiler) er vedhæftet. Beløbet "
                + "trækkes som sædvanlig via Betalingsservice den 1. december.\n\nNordania Leasing")
            .attach("application/pdf", "opkraevning_88-20417.pdf", Attachments.pdf(docId(m, "nord"), "Leasingopkrævning december",
                List.of("Kontrakt 88-20417, 24 køretøjer", "Ydelse 186.420,00 inkl. moms", "Trækkes via Betalingsservice 01-12-2026")));
        genuine(m, "127.74.2.1");
        m.description = "leasing instalment notice, direct debit, DMARC pass";
    }

    private void receipts() {
        Object[][] r = {{"ingo.dk", "INGO", "kvittering@", "Kvittering - tankstation Kolding Syd", "Tak for besøget. Diesel 48,2 l, 689,10 kr."},
            {"onepark.dk", "OnePark", "noreply@", "Kvittering for parkering", "P-hus Kolding Storcenter, 2 t 10 min, 42,00 kr."},
            {"elgiganten.dk", "Elgiganten Business", "ordre@", "Ordrebekræftelse 4418806", "Tak for din ordre: 3 stk. headset. Faktureres "
                + "elektronisk til EAN."},
            {"jysk.dk", "JYSK", "ordre@", "Kvittering for dit køb", "Tak for dit køb i JYSK Kolding. I alt 2.396,00 kr., betalt med kort."}};
        for (Object[] x : r) {
            M m = mail("receipt", false);
            headers(m, (String) x[1], x[2] + (String) x[0], "udbud-indkoeb@kolding.dk", (String) x[3]).text(x[4] + "\n\n" + x[1]);
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "receipt/order confirmation from " + x[0] + ", already paid or invoiced by EAN";
        }
    }

    private void other() {
        M m = mail("quote", false);
        headers(m, seestVvs.person(), addr(seestVvs), "by-udvikling@kolding.dk", "Tilbud: nye cirkulationspumper, Seest Børnehus")
            .text("Hej\n\nHer er tilbuddet på udskiftning af to cirkulationspumper, 21.750 kr. ekskl. moms inkl. montering. "
                + "Tilbuddet gælder til udgangen af januar." + sig(seestVvs))
            .attach("application/pdf", "tilbud_pumper.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("2 stk. cirkulationspumper inkl. montering", "Pris 21.750,00 ekskl. moms")));
        genuine(m, seestVvs.ip());
        m.description = "quote from unlisted small supplier, nothing to pay";
        m = mail("supplier-letter", false);
        headers(m, energi.person(), addr(energi), "kreditor@kolding.dk", "Ændrede nettariffer pr. 1. januar 2027")
            .html("<html><body><p>Kære erhvervskunde</p><p>Nettarifferne ændres fra 1. januar. Betalingsoplysninger og aftaler er "
                + "uændrede.</p><p>" + energi.name() + "</p></body></html>");
        genuine(m, "127.71.3.9");
        m.description = "listed supplier's tariff letter (DKIM-only domain), payment details unchanged";
        m = mail("supplier-letter", false);
        headers(m, kontor.person(), addr(kontor), "udbud-indkoeb@kolding.dk", "Lukket mellem jul og nytår")
            .text("Hej\n\nVores lager holder lukket 24.-27. december. Bestillinger efter 18. december leveres i uge 1.\n\nSydjysk Kontorforsyning");
        genuine(m, kontor.ip());
        m.description = "listed supplier's holiday notice, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private int host = 10;

    private void fraud() {
        forgedSupplier();
        lookalikes();
        platformFraud();
        compromised();
        hijack();
        correctedResend();
        ownDomain();
        ceo();
        meetingFollowUp();
        bodyOnly();
        inkasso();
        digitalPost();
        nemhandel();
        renewals();
        xmlFraud();
        qr();
        english();
        licenceAudit();
        bridgeToll();
        imageOnly();
        archives();
        sharedDocument();
    }

    private static final String[] MULE = {iban("EE", "4722002211883456"), iban("DK", "94000003318271"), bank("8117", "4420918"),
        iban("GB", "MONZ04006412876503"), iban("LT", "1273000044187723"), iban("PL", "114020040000360281776513"),
        bank("9860", "0001844217"), iban("NL", "INGB0004412718"), iban("DE", "100110012298733155"), iban("RO", "RZBR0000060019283746"),
        iban("IE", "BOFI90001712345678"), iban("HU", "117730160000000018873021")};

    private String mule(int i) {
        return MULE[Math.floorMod(i, MULE.length)];
    }

    private void forgedSupplier() {
        Supplier[] s = {vand, energi, toemrer, anlaeg, maler, frugt, kontor};
        String[] notes = {"\n\nNB: Vi har fået ny bankforbindelse - benyt venligst kontonummeret på fakturaen.",
            "\n\nBemærk ændrede betalingsoplysninger pga. bankfusion.", "",
            "\n\nOBS: Vores gamle konto er spærret under revision. Indbetal kun til den nye konto på fakturaen."};
        for (int i = 0; i < s.length; i++) {
            M m = mail("forged-supplier", true);
            invoice(m, s[i], mule(i), i + 3, List.of("Ændrede bankoplysninger"), notes[i % notes.length]);
            forged(m, host++);
            m.description = "forged From " + s[i].domain() + " from a fraudster's machine, changed account";
        }
    }

    private void lookalikes() {
        Object[][] l = {{"blue-kolding.dk", vand}, {"sydtrafik-dk.com", trafik}, {"sanistaal-dk.com", vvs}, {"kolding-tomrer.dk", toemrer},
            {"trefor-el.net", energi}, {"sanistal.dk", vvs}, {"christiansfeld-rengoring.dk", rengoering}};
        int i = 0;
        for (Object[] x : l) {
            Supplier s = (Supplier) x[1];
            M m = mail("lookalike-domain", true);
            Supplier fake = new Supplier(s.name(), (String) x[0], s.person(), s.box(), "", s.account(), s.what());
            invoice(m, fake, mule(i + 2), i + 1, List.of(), i % 2 == 1 ? "\n\nVi gør opmærksom på vores nye kontonummer." : "");
            ownedBy(m, (String) x[0]);
            m.description = "look-alike " + x[0] + " of " + s.domain() + " (own DNS), new account";
            i++;
        }
        Object[][] h = {{idn("sydtrafık.dk"), trafik}, {idn("koldíng.dk"), null}};
        for (Object[] x : h) {
            M m = mail("punycode-homoglyph", true);
            if (x[1] != null) {
                Supplier s = (Supplier) x[1];
                invoice(m, new Supplier(s.name(), (String) x[0], s.person(), s.box(), "", s.account(), s.what()), mule(4), 9, List.of(), "");
            } else {
                headers(m, "Kolding Kommune Økonomi og Analyse", "oekonomi@" + x[0], "kreditor@kolding.dk", "Hasteudbetaling i dag")
                    .text("Hej Kreditor\n\nDer skal i dag udbetales 163.800 kr. til en entreprenør i en sag om akut vandskade. Konto: "
                        + mule(5) + ". Dokumentation eftersendes.\n\nØkonomi og Analyse");
            }
            ownedBy(m, (String) x[0]);
            m.description = "IDN homoglyph domain " + x[0] + ", authenticates";
        }
    }

    private void platformFraud() {
        String[][] p = {{"ageras-invoice.com", "Ageras"}, {"zistemo-pay.com", "zistemo"}, {"unimaze-docs.net", "Unimaze"}};
        int i = 0;
        for (String[] x : p) {
            M m = mail("lookalike-platform", true);
            String n = no("");
            headers(m, x[1] + " på vegne af " + listed.get(i * 4 + 1).name(), "invoice@" + x[0], "efaktura@kolding.dk",
                "Faktura " + n + " afventer betaling")
                .html("<html><body><p>Kære Kolding Kommune</p><p><b>" + listed.get(i * 4 + 1).name() + "</b> har sendt jer en faktura, "
                    + "der nu er forfalden.</p><p><a href=\"https://" + x[0] + "/invoice/" + n + "\">Åbn og betal faktura</a></p><p>"
                    + x[1] + "</p></body></html>");
            ownedBy(m, x[0]);
            m.description = "look-alike of platform " + x[1] + " with open-and-pay link";
            i++;
        }
        String[][] misuse = {{"ageras.com", "invoice@", "Trekant Facility Service ApS", "akut rydning af væltede træer efter storm, november"},
            {"zistemo.com", "noreply@", "Kolding Erhvervsrådgivning IVS", "rådgivning om EU-tilskud, 14 timer"}};
        for (String[] x : misuse) {
            M m = mail("platform-account-misused", true);
            String n = no("");
            Supplier s = new Supplier(x[2], x[0], x[2], "", "", mule(i), x[3]);
            Amount a = amount(8_000_000);
            headers(m, x[2] + " (" + x[0] + ")", x[1] + x[0], "kreditor@kolding.dk", x[2] + " har sendt dig faktura " + n)
                .header("Reply-To", "<" + x[2].toLowerCase(DA).replaceAll("[^a-z]", "").substring(0, 14) + "@outlook.com>")
                .html("<html><body><p>Faktura " + n + " på DKK " + a.gross() + " fra " + x[2] + " for " + x[3] + ".</p><p>Betaling "
                    + "senest om 5 dage til " + mule(i) + ".</p></body></html>")
                .attach("application/pdf", n + ".pdf", pdf(m, s, "Faktura", n, a, mule(i), i, List.of()));
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "fraudster's own account on real platform " + x[0] + " invoices a service never ordered (authenticates)";
            i++;
        }
        // a listed supplier's real platform account taken over
        M m = mail("platform-account-misused", true);
        String n = no("");
        Amount a = amount(5_000_000);
        String acct = iban("DK", "89000008811204");
        headers(m, el.name() + " (Unimaze)", "documents@unimaze.com", "efaktura@kolding.dk", el.name() + " har sendt dig faktura " + n)
            .header("Reply-To", "<bramdrup.el.service@gmail.com>")
            .html("<html><body><div style=\"max-width:560px\"><p>Kære Kolding Kommune</p><p><b>" + el.name() + "</b> har udstedt faktura "
                + n + " på DKK " + a.gross() + ".</p><p>VIGTIGT: Vores bank er ændret. Betal til " + acct + ".</p><p style=\"font-size:10px\">"
                + "Sendt via Unimaze.</p></div></body></html>")
            .attach("application/pdf", n + ".pdf", pdf(m, el, "Faktura", n, a, acct, 2, List.of("Ny bankforbindelse")));
        genuine(m, "127.73.3.1");
        m.description = "listed bramdrup-el.dk's real Unimaze account taken over: new account, free-mail Reply-To (authenticates)";
    }

    private void compromised() {
        Supplier[] s = {kloak, vvs, avis, trafik};
        for (int i = 0; i < s.length; i++) {
            M m = mail("compromised-supplier", true);
            String body = "\n\nVi har af sikkerhedsmæssige årsager flyttet vores driftskonto. Denne og fremtidige fakturaer skal "
                + "betales til " + mule(i + 6) + ". Kontakt os kun pr. mail, da telefonerne omstilles.";
            invoice(m, s[i], mule(i + 6), i * 3 + 4, List.of("Ny konto: " + mule(i + 6)), body);
            genuine(m, s[i].ip());
            m.description = "mail from " + s[i].domain() + "'s real (compromised) mailbox, changed account, authenticates";
        }
    }

    private void hijack() {
        Supplier[] s = {trafik, anlaeg, vvs};
        String[] via = {"sydtrafik-dk.com", "sydjysk-anlaeg.com", "sanistaal-dk.com"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("reply-chain-hijack", true);
            Supplier fake = new Supplier(s[i].name(), via[i], s[i].person(), s[i].box(), "", mule(i + 3), s[i].what());
            Mime mime = headers(m, s[i].person(), addr(fake), "kreditor@kolding.dk", "Re: " + threadSubject.get(s[i].domain()))
                .header("In-Reply-To", threads.get(s[i].domain())).header("References", threads.get(s[i].domain()))
                .text("Hej\n\nTak for hurtigt svar. Som aftalt: vores bank har lukket den gamle konto, så faktura "
                    + historyNo.get(s[i].domain()) + " skal i stedet betales til " + mule(i + 3) + ". Kan I nå det i dag?\n\nVenlig hilsen\n"
                    + s[i].person() + "\n\n-----Original Message-----\nSubject: " + threadSubject.get(s[i].domain())
                    + "\nFakturaen er modtaget og ligger til godkendelse hos fagafdelingen.");
            if (i == 2) {
                mime.attach("application/pdf", "faktura_rettet_konto.pdf", pdf(m, fake, "Faktura", historyNo.get(s[i].domain()),
                    amount(2_500_000), mule(i + 3), 0, List.of()));
            }
            ownedBy(m, via[i]);
            m.description = "hijacked thread about " + s[i].domain() + "'s earlier invoice, look-alike domain, new account";
        }
    }

    /** New family: the real earlier invoice number "re-issued" as corrected, only the account differs. */
    private void correctedResend() {
        Supplier[] s = {kloak, frugt, vognmand};
        String[] via = {"sydjysk-kloak.dk", "koldingfrugt.com", "lunderskov-vognmand.com"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("corrected-invoice-resend", true);
            String n = historyNo.get(s[i].domain());
            Supplier fake = new Supplier(s[i].name(), via[i], s[i].person(), s[i].box(), "", mule(i + 8), s[i].what());
            Amount a = amount(3_000_000);
            headers(m, s[i].person(), addr(fake), "kreditor@kolding.dk", "KORRIGERET faktura " + n + " - erstatter tidligere fremsendt")
                .text("Goddag\n\nDen tidligere fremsendte faktura " + n + " indeholdt en fejl i betalingsoplysningerne. Vedhæftet er den "
                    + "korrigerede udgave, som erstatter den oprindelige. Har I ikke betalt endnu, så brug venligst kun kontoen på den "
                    + "korrigerede faktura.\n\nBeklager ulejligheden.\n\n" + s[i].person() + "\n" + s[i].name())
                .attach("application/pdf", "Faktura_" + n + "_KORRIGERET.pdf", pdf(m, fake, "Faktura", n, a, mule(i + 8), i,
                    List.of("Korrigeret udgave - erstatter tidligere fremsendt faktura")));
            ownedBy(m, via[i]);
            m.description = "'corrected' re-issue of real earlier invoice " + n + " of " + s[i].domain() + " from a look-alike, new account";
        }
    }

    private void ownDomain() {
        String[][] x = {{"Borgmester Knud Erik Langhoff", "borgmester@", "Diskret - skal klares i dag"},
            {"Kolding Kommune Opkrævning", "opkraevning@", "Faktura 2026-4410 fra Kolding Kommune"},
            {"Økonomidirektør", "oekonomidirektoer@", "Overførsel skal godkendes"}};
        int i = 0;
        for (String[] y : x) {
            M m = mail("own-domain-forged", true);
            Mime mime = headers(m, y[0], y[1] + OWN, i == 1 ? "oekonomi@kolding.dk" : "kreditor@kolding.dk", y[2]);
            if (i == 1) {
                mime.text("Til rette vedkommende\n\nVedhæftet faktura for administrationsbidrag. Indbetales til " + mule(9) + ".")
                    .attach("application/pdf", "faktura_2026-4410.pdf", Attachments.pdf(docId(m, "own"), "Faktura 2026-4410",
                        List.of("Kolding Kommune", "Administrationsbidrag 4. kvartal", "Beløb 57.250,00", "Indbetaling: " + mule(9))));
            } else {
                mime.text("Hej\n\nJeg er til forhandling og kan ikke tage telefonen. Der skal overføres " + (i == 0 ? "238.000" : "112.450")
                    + " kr. til " + mule(i + 10) + " inden kl. 14 - det drejer sig om en fortrolig grundhandel. Skriv når det er sket.\n\n"
                    + y[0]);
            }
            forged(m, host++);
            m.description = "our own domain forged from outside (p=reject)";
            i++;
        }
    }

    private void ceo() {
        String[][] x = {{"Knud Erik Langhoff", "gmail.com", "borgmester.kolding"}, {"Kommunaldirektør Thomas Boe", "outlook.com",
            "thomas.boe.direktion"}, {"Økonomidirektør", "live.dk", "oekonomidirektoer.kk"}, {"Knud Erik Langhoff", "yahoo.com", "ke.langhoff"}};
        int i = 0;
        for (String[] y : x) {
            M m = mail("ceo-fraud", true);
            headers(m, y[0], y[2] + "@" + y[1], "kreditor@kolding.dk", i % 2 == 0 ? "Har du 5 minutter?" : "Fortrolig opgave")
                .text(i % 2 == 0 ? "Hej\n\nHar du tid til en lille opgave? Det skal holdes fortroligt indtil videre. Skriv til mig her - "
                    + "jeg er på farten.\n\nSendt fra min iPad" : "Hej\n\nVil du overføre 86.900 kr. til " + mule(i + 1)
                    + " i dag? Det er depositum for lokaler til venskabsbybesøget. Bilag kommer senere.\n\n" + y[0]);
            genuine(m, dns.get(y[1]).spfIps().get(0));
            m.description = "CEO/mayor fraud from free mail (" + y[1] + ", authenticates), display name of our management";
            i++;
        }
    }

    /** New family: "as discussed in the video meeting" - a payment order following a call that never took place. */
    private void meetingFollowUp() {
        String[][] x = {{"kolding-kommune.com", "Thomas Boe", "thomas.boe@", "Opfølgning på vores Teams-møde i formiddags",
            "Hej\n\nTak for mødet i formiddags. Som aftalt sender jeg oplysningerne på overførslen til advokaten i forbindelse med "
                + "ejendomshandlen: 412.500 kr. til " + iban("LT", "5432500011882044") + ", reference KK-2026-118. Bekræft venligst pr. mail, "
                + "når betalingen er gennemført - jeg sidder i møder resten af dagen.\n\nThomas Boe\nKommunaldirektør"},
            {"kolding-kommune.net", "Økonomidirektør Lene Dalby", "lene.dalby@", "Referat og handling efter videomødet",
                "Hej igen\n\nHer er det, vi aftalte på videomødet: Betalingen til konsulenthuset skal ske i dag, så vi ikke mister "
                    + "tilskuddet. Beløb 94.375 kr. til " + mule(3) + ". Du må ikke drøfte sagen med andre, før den er offentlig.\n\nLene"}};
        for (String[] y : x) {
            M m = mail("video-meeting-followup", true);
            headers(m, y[1], y[2] + y[0], "kreditor@kolding.dk", y[3]).text(y[4]);
            ownedBy(m, y[0]);
            m.description = "payment order 'as agreed in the video meeting' from look-alike of our own domain " + y[0];
        }
    }

    private void bodyOnly() {
        String[][] x = {{"kolding-tomrer.dk", "Morten Brændkjær", "morten@", "Nye kontooplysninger", "Hej\n\nVi skifter bank, og alle "
            + "betalinger skal fremover ske til " + iban("DK", "52950001112233") + ". Vil I rette det og give besked retur?\n\n"
            + "Ved spørgsmål: 53 61 20 84\n\nMorten\nKolding Tømrer & Byg"},
            {"hotmail.com", "Lunderskov Vognmand", "lunderskov.vognmand@", "Saltning - betaling til anden konto", "Hej\n\nVores mail "
                + "driller, så jeg skriver herfra. Vinterfakturaen på 87.437,50 kr. skal betales til " + bank("9860", "0001844217")
                + " i stedet. Ring 29 84 17 30 hvis noget.\n\nJesper"},
            {"vamdrup-maler.com", "Bo Nissen", "bo@", "Ny bank", "Hej\n\nVi har fået ny bank: " + mule(7) + ". Den gamle konto lukker "
                + "om 14 dage.\n\nBo"}};
        for (String[] y : x) {
            M m = mail("bank-change-body-only", true);
            headers(m, y[1], y[2] + y[0], "kreditor@kolding.dk", y[3]).text(y[4]);
            if (y[0].equals("hotmail.com")) {
                genuine(m, "127.76.2.1");
            } else {
                ownedBy(m, y[0]);
            }
            m.description = "no attachment: changed account and phone number in the body only (" + y[0] + ")";
        }
    }

    private void inkasso() {
        Supplier[] s = {vognmand, el, avis};
        String[] via = {"trekant-inkasso.dk", "nordic-claims-collect.com", "trekant-inkasso.dk"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("fake-reminder-inkasso", true);
            String n = historyNo.get(s[i].domain());
            headers(m, "Trekant Inkasso - Retsafdelingen", "sag@" + via[i], "kreditor@kolding.dk", "Inkassovarsel jf. rentelovens § 9b - faktura " + n)
                .text("Kolding Kommune\n\nVi er af " + s[i].name() + " anmodet om at inddrive faktura " + n + ". Betales beløbet "
                    + "tillagt gebyr på 985,00 kr. ikke senest 3 dage fra dato til " + mule(i + 1) + ", indgives betalingspåkrav til "
                    + "fogedretten uden yderligere varsel.\n\nRetsafdelingen")
                .attach("application/pdf", "Inkassovarsel_" + n + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassovarsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + n, "Gebyr 985,00", "Indbetaling: " + mule(i + 1))));
            ownedBy(m, via[i]);
            m.description = "fake inkasso reminder citing real earlier invoice " + n + " of " + s[i].domain() + ", new account";
        }
    }

    private void digitalPost() {
        String[][] x = {{"digitalpost-kommune.net", "Digital Post", "Du har modtaget post fra Skattestyrelsen",
            "Skattestyrelsen har sendt jer en afgørelse om efterregulering af moms. Brevet kan kun åbnes efter login med MitID Erhverv."},
            {"mitid-validering.com", "MitID", "Handling påkrævet: bekræft din MitID Erhverv", "Jeres MitID Erhverv-administrator skal "
                + "bekræftes inden 48 timer. Ellers spærres adgangen til Virk og NemRefusion."},
            {"digitalpost-kommune.net", "Digital Post", "Ny faktura i Digital Post", "Der er en faktura til Kolding Kommune i jeres "
                + "digitale postkasse. Betal via linket for at undgå rykkergebyr."}};
        for (String[] y : x) {
            M m = mail("fake-digital-post", true);
            headers(m, y[1], "noreply@" + y[0], "oekonomi@kolding.dk", y[2]).html("<html><body><p>" + y[3] + "</p><p><a href=\"https://"
                + y[0] + "/mitid\">Log på</a></p></body></html>");
            ownedBy(m, y[0]);
            m.description = "fake " + y[1] + " with login link";
        }
    }

    /** New family: a fake NemHandel/Peppol "your invoice was rejected" notice leading to a login page. */
    private void nemhandel() {
        String[][] x = {{"Kolding Kommune: indgående dokument kunne ikke leveres", "Et indgående e-faktura-dokument til EAN " + GLN
            + " blev afvist pga. et udløbet certifikat. Forny certifikatet og modtag dokumentet via linket nedenfor."},
            {"NemHandel: 3 fakturaer venter i karantæne", "Tre fakturaer til jeres EAN-nummer er sat i karantæne. Log ind for at frigive "
                + "dem, før leverandørerne sender rykkere."}};
        for (String[] y : x) {
            M m = mail("fake-nemhandel-notice", true);
            headers(m, "NemHandel Support", "support@nemhandel-support.com", "efaktura@kolding.dk", y[0])
                .html("<html><body><h3>NemHandel</h3><p>" + y[1] + "</p><p><a href=\"https://nemhandel-support.com/login?ean=" + GLN
                    + "\">Gå til NemHandel</a></p><p style=\"font-size:9px\">Erhvervsstyrelsen</p></body></html>");
            ownedBy(m, "nemhandel-support.com");
            m.description = "fake NemHandel notice about rejected/quarantined e-invoices with login link";
        }
    }

    private void renewals() {
        String[][] x = {{"dk-domaeneservice.com", "Domæneservice Danmark", "kolding.dk - fornyelse af domæne og SSL",
            "Domænet kolding.dk og tilhørende SSL-certifikat udløber. Fornyelse for 2 år: 5.640,00 kr. ekskl. moms."},
            {"virk-register.eu", "Virksomhedsregistret", "Bekræftelse af registrering 2027 - Kolding Kommune",
                "Jeres oplysninger er opdateret i Virksomhedsregistret. Årsgebyr for erhvervsopslag 12.450,00 kr. iht. vilkår."},
            {"dk-domaeneservice.com", "Nordic Domain Office", "Kolding Kommune: Registrierung koldingkommune.de / .eu",
                "A Chinese company applied for 'koldingkommune' domains. Confirm your trademark protection within 7 days: EUR 488.00."}};
        int i = 0;
        for (String[] y : x) {
            M m = mail("domain-directory-scam", true);
            headers(m, y[1], "billing@" + y[0], "efaktura@kolding.dk", y[2]).text(y[3] + "\n\nBetales til " + mule(i + 4) + ".")
                .attach("application/pdf", "ordre_" + (81_000 + i) + ".pdf", Attachments.pdf(docId(m, "ren"), y[1],
                    List.of(y[3], "Indbetaling: " + mule(i + 4))));
            ownedBy(m, y[0]);
            m.description = "domain/directory renewal scam, unordered";
            i++;
        }
    }

    private void xmlFraud() {
        Supplier[] s = {vvs, vand};
        String[] via = {"sanistaal-dk.com", "bluekolding-betaling.dk"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("xml-invoice-changed-account", true);
            String n = no("E");
            Amount a = amount(5_000_000);
            headers(m, s[i].name(), "peppol@" + via[i], "efaktura@kolding.dk", "Peppol BIS 3 faktura " + n)
                .text("E-faktura til Kolding Kommune, GLN " + GLN + ", vedhæftet som XML.\n\n" + s[i].name())
                .attach("application/xml", "peppol_" + n + ".xml", ubl(n, s[i], a, i == 0 ? plain(mule(0)) : "81174420918", i == 0)
                    .getBytes(StandardCharsets.UTF_8));
            ownedBy(m, via[i]);
            m.description = "Peppol-looking XML in " + s[i].domain() + "'s name from a look-alike, changed account";
        }
    }

    private void qr() {
        for (int i = 0; i < 2; i++) {
            M m = mail("qr-code-payment", true);
            String d = i == 0 ? "betal-faktura-dk.com" : "trefor-el.net";
            headers(m, i == 0 ? "Betalingsservice Erhverv" : energi.name(), "opkraevning@" + d, "kreditor@kolding.dk",
                i == 0 ? "Restance - betal nemt med QR" : "Manglende betaling - scan og betal")
                .html("<html><body><p>Der er en restance på " + (i == 0 ? "18.620,00" : "27.345,00") + " kr. Scan koden med "
                    + "mobilbankens kamera for at betale med det samme.</p><img src=\"cid:qrkode\"></body></html>")
                .attach("image/png", "qrkode.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, d);
            m.description = "QR code to pay, no account in text";
        }
    }

    private void english() {
        String[][] x = {{"euro-consulting-partners.com", "Euro Consulting Partners", "Overdue: invoice ECP-3318", "Dear Accounts "
            + "Payable,\n\nOur invoice for the EU funding feasibility study delivered to Kolding Municipality remains unpaid. Please transfer "
            + "EUR 6,240.00 to " + iban("GB", "MONZ04006412876503") + " within 48 hours to avoid late fees.\n\nKind regards,\nFinance Team"},
            {"euro-consulting-partners.com", "ECP Billing", "Updated remittance details", "Hello,\n\nPlease note our banking details have "
                + "changed. All outstanding invoices should now be paid to " + iban("IE", "BOFI90001712345678") + ".\n\nBest,\nBilling"}};
        for (String[] y : x) {
            M m = mail("english-international", true);
            Mime mime = headers(m, y[1], "ar@" + y[0], "kreditor@kolding.dk", y[2]).text(y[3]);
            if (y[2].startsWith("Overdue")) {
                mime.attach("application/pdf", "ECP-3318.pdf", Attachments.pdf(docId(m, "en"), "Invoice ECP-3318",
                    List.of("Bill to: Kolding Municipality", "Feasibility study", "EUR 6,240.00", "Pay to " + iban("GB", "MONZ04006412876503"))));
            }
            ownedBy(m, y[0]);
            m.description = "English-language international fraud from " + y[0];
        }
    }

    /** New family: an English "software licence audit" demanding a settlement fee for unlicensed use. */
    private void licenceAudit() {
        String[] subj = {"Software licence compliance review - settlement required", "FINAL NOTICE: unlicensed installations detected"};
        for (int i = 0; i < 2; i++) {
            M m = mail("licence-audit-demand", true);
            headers(m, "License Compliance Center", "audit@license-compliance-center.com", i == 0 ? "it-drift@kolding.dk" : "kreditor@kolding.dk",
                subj[i])
                .text("Dear Kolding Kommune,\n\nOur telemetry review found " + (i == 0 ? "37" : "52") + " unlicensed installations of "
                    + "engineering software in your network. To avoid legal proceedings, pay the settlement of EUR " + (i == 0 ? "14,800" : "21,350")
                    + " to " + mule(i + 5) + " within 10 days. The attached statement is your invoice.\n\nCompliance Department")
                .attach("application/pdf", "Settlement_Statement.pdf", Attachments.pdf(docId(m, "lic"), "Settlement statement",
                    List.of("Licensee: Kolding Kommune", "Unlicensed seats", "Settlement amount", "Pay to " + mule(i + 5))));
            ownedBy(m, "license-compliance-center.com");
            m.description = "licence-audit settlement demand, nothing owed";
        }
    }

    /** New family: an unpaid bridge/road toll demand for a municipal vehicle, pay link or account. */
    private void bridgeToll() {
        String[][] x = {{"broafgift-betaling.dk", "Passageafgift", "Ubetalt passage Storebælt - reg.nr. DK 41 882",
            "Et køretøj registreret til Kolding Kommune har passeret uden gyldig betaling. Betal 385,00 kr. + gebyr 250,00 kr. via linket "
                + "inden 3 dage for at undgå opkrævning via inkasso."},
            {"passage-opkraevning.com", "Passage Opkrævning", "Opkrævning: 6 ubetalte passager (flådekonto)", "Jeres flådekonto mangler "
                + "betaling for 6 passager i oktober. Samlet 2.310,00 kr. Betal på " + mule(2) + " eller via linket."}};
        for (String[] y : x) {
            M m = mail("bridge-toll-demand", true);
            headers(m, y[1], "info@" + y[0], "oekonomi@kolding.dk", y[2]).html("<html><body><p>" + y[3] + "</p><p><a href=\"https://"
                + y[0] + "/betal\">Betal nu</a></p></body></html>");
            ownedBy(m, y[0]);
            m.description = "fake bridge-toll demand for a municipal vehicle with pay link";
        }
    }

    private void imageOnly() {
        Supplier[] s = {maler, kontor};
        String[] via = {"vamdrup-maler.com", "sydjysk-kontor.com"};
        for (int i = 0; i < 2; i++) {
            M m = mail("image-only-invoice", true);
            headers(m, s[i].person(), s[i].box() + "@" + via[i], "kreditor@kolding.dk", i == 0 ? "faktura" : "Scannet faktura til betaling")
                .text("Hej\n\nFakturaen er vedhæftet som scanning. NB: nyt kontonummer står på fakturaen.\n\n" + s[i].person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_4471.jpg" : "scan0007.pdf",
                    i == 0 ? Attachments.image(docId(m, "sc"), "jpg") : Attachments.scannedPdf(docId(m, "sc")));
            ownedBy(m, via[i]);
            m.description = "invoice only as image/scan from look-alike of " + s[i].domain();
        }
    }

    private void archives() {
        for (int i = 0; i < 2; i++) {
            M m = mail("archive-invoice", true);
            Supplier s = i == 0 ? el : anlaeg;
            String d = i == 0 ? "bramdrup-el.com" : "sydjysk-anlaeg.com";
            String n = no("R");
            byte[] inner = pdf(m, new Supplier(s.name(), d, s.person(), s.box(), "", mule(i + 10), s.what()), "Faktura", n, amount(3_500_000),
                mule(i + 10), 1, List.of());
            headers(m, s.person(), s.box() + "@" + d, "kreditor@kolding.dk", "Fakturaer - " + n)
                .text("Hej\n\nVores fakturaer er lagt i en zip-fil, fordi jeres mailsystem afviste de store PDF'er.\n\n" + s.person())
                .attach("application/zip", i == 0 ? "fakturaer.zip" : n + ".zip",
                    i == 0 ? Attachments.zip("Faktura_" + n + ".pdf", inner, "LÆS MIG.txt", "Faktura vedlagt") : Attachments.zip(n + ".pdf", inner));
            ownedBy(m, d);
            m.description = "invoice inside an archive from a look-alike of " + s.domain();
        }
    }

    private void sharedDocument() {
        String[][] x = {{"delte-dokumenter.net", "SharePoint", "Sydtrafik har delt 'Faktura_okt.pdf' med dig"},
            {"delte-dokumenter.net", "Dokumentboks", "Du har modtaget et sikkert dokument fra JydskeVestkysten"}};
        for (String[] y : x) {
            M m = mail("shared-document-phish", true);
            headers(m, y[1], "share@" + y[0], "kreditor@kolding.dk", y[2]).html("<html><body><p>" + y[2] + ".</p><p><a href=\"https://"
                + y[0] + "/s/" + sha256(m.id).substring(0, 12) + "\">Vis dokument</a></p></body></html>");
            ownedBy(m, y[0]);
            m.description = "HTML-only shared-document lure to a credential page";
        }
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus7().generate(), List.of(
            "# Kolding Kommune, Økonomi og Analyse: invoice checks (seventh held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms and access points our suppliers use.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=bluekolding.dk sydtrafik.dk trefor.dk kolding-toemrer.dk sydjysk-anlaeg.dk vamdrup-maler.dk "
                + "jv.dk lunderskov-vognmand.dk christiansfeld-rengoering.dk sydjysk-kloakservice.dk sanistaal.com bramdrup-el.dk "
                + "koldingfrugt.dk sydjysk-kontor.dk",
            "invoice.domains.platforms=ageras.com zistemo.com unimaze.com",
            "invoice.names.protected=Kolding Kommune"));
    }
}
