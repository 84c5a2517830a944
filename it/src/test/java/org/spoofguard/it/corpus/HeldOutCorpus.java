package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The held-out invoice corpus (issue 11 item 5): a second, independent test set in a world the engine was never
 * tuned on. "Our" municipality is Randers ({@value #OWN}, p=reject), with its own suppliers, invoicing platforms,
 * banks, authorities, a mailing list, free mail and fraudsters. It was written blind: from the issue's list of
 * frauds and of legitimate traffic and from what each mail is, without reading the invoice engine, its tests,
 * its tuning notes or its results; labels say what a mail is, never what a detector does with it.
 *
 * <p>Same machinery and file format as {@link InvoiceCorpus} ({@link CorpusWorld}): one DNS world, mails that
 * authenticate only by where they are sent from and who signs them, expected SPF/DKIM/DMARC per mail, byte for
 * byte reproducible (fixed seeds, boundaries, dates, PDF document ids). Every mail is {@code split=test}; wave 1
 * holds suppliers' earlier genuine invoices (history). Regenerate with
 * {@code mvn -B -o -pl it -am test -Dtest=HeldOutCorpusGeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout");
    public static final String OWN = "randers.dk";
    static final String FRAUD_NET = "127.77.";
    private static final String BUYER = "Randers Kommune, Laksetorvet 1, 8900 Randers C";
    private static final String EAN = "5798000412207";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Random rnd = new Random(20261201L);
    private final Map<String, String> history = new LinkedHashMap<>();

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2026, 8, 17, 7, 0, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2026, 11, 2, 7, 0, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "1.";
    }

    // ------------------------------------------------------------------------------------------ world

    // suppliers the admin lists (config.properties)
    private final Supplier ncc = new Supplier("NCC Danmark A/S", "ncc.dk", "Rasmus Thygesen", "faktura", "127.30.1.1",
        bank("2211", "6270118845"), "asfaltarbejde, Vestergade etape 2");
    private final Supplier gk = new Supplier("GK Danmark A/S", "gk.dk", "Camilla Vinther", "debitor", "127.30.2.1",
        iban("DK", "30000010447321"), "service på ventilationsanlæg, Rådhuset");
    private final Supplier arla = new Supplier("Arla Foods amba", "arla.dk", "Customer Finance", "ar.denmark", "127.30.3.1",
        bank("3001", "0010778899"), "mejeriprodukter til madservice, uge 44");
    private final Supplier verdo = new Supplier("Verdo A/S", "verdo.com", "Kundeservice Erhverv", "erhverv", "127.30.4.1",
        iban("DK", "20007035551842"), "fjernvarme, Randers Bibliotek, oktober");
    private final Supplier kompan = new Supplier("KOMPAN A/S", "kompan.com", "Jesper Lind", "accounts", "127.30.5.1",
        iban("DK", "64000004231178"), "legepladsudstyr til Vorup Børnehave");
    private final Supplier lyreco = new Supplier("Lyreco Danmark A/S", "lyreco.dk", "Ordrekontoret", "ordre", "127.30.6.1",
        bank("4180", "0123009876"), "kontorartikler, månedslevering");
    private final Supplier systematic = new Supplier("Systematic A/S", "systematic.com", "Anne Kjærgaard", "invoicing",
        "127.30.7.1", iban("DK", "50000001234987"), "Columna CIS, licens og support Q4");
    private final Supplier eg = new Supplier("EG A/S", "eg.dk", "Morten Friis", "billing", "127.30.8.1",
        iban("DK", "91000004455667"), "EG Bolig, drift november");
    private final Supplier dustin = new Supplier("Dustin A/S", "dustin.dk", "Dustin Kundeservice", "faktura", "127.30.9.1",
        iban("SE", "80000000012345678901"), "skærme og dockingstationer til Jobcenter Randers");
    // small suppliers nobody listed
    private final Supplier elMortensen = new Supplier("El-Mortensen ApS", "el-mortensen.dk", "Kurt Mortensen", "kurt",
        "127.30.20.1", bank("9280", "4455120033"), "ny belysning i gymnastiksalen, Rismølleskolen");
    private final Supplier kloak = new Supplier("Jysk Kloak- og Spulservice ApS", "kloakservice-jylland.dk", "Henning Bach",
        "info", "127.30.21.1", bank("7730", "0001188442"), "spuling af kloakledning, Materielgården");
    private final Supplier gartner = new Supplier("Anlægsgartner Juul & Søn", "gartnerjuul.dk", "Mads Juul", "mads",
        "127.30.22.1", bank("1685", "3300551199"), "beskæring af lindetræer i Tøjhushaven");

    private final List<Supplier> listed = List.of(ncc, gk, arla, verdo, kompan, lyreco, systematic, eg, dustin);

    private void world() {
        domain(OWN, List.of("127.11.0.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ncc.dk", List.of(ncc.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("gk.dk", List.of(gk.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("arla.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, no SPF record
        domain("verdo.com", List.of(verdo.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kompan.com", List.of(kompan.ip()), "-all", null, null); // SPF only
        domain("lyreco.dk", List.of(lyreco.ip()), "~all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("systematic.com", List.of(systematic.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("eg.dk", List.of(eg.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("dustin.dk", List.of(dustin.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("el-mortensen.dk", null, null, null, null); // nothing at all
        domain("kloakservice-jylland.dk", List.of("127.30.99.1"), "~all", null, null); // SPF lists an old address
        domain("gartnerjuul.dk", List.of(gartner.ip()), "-all", null, null); // SPF only
        // invoicing platforms (many companies each), one company sending its own domain through a platform
        domain("billy.dk", List.of("127.31.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("uniconta.com", List.of("127.31.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("visma.net", List.of("127.31.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vorup-el.dk", List.of("127.31.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // ESPs
        domain("mailgun.org", List.of("127.31.11.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("mandrillapp.com", List.of("127.31.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("dakofa.dk", null, null, null, "none");
        // banks, authorities, neighbours, a list server
        domain("jyskebank.dk", List.of("127.32.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sparnord.dk", List.of("127.32.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("sydbank.dk", List.of("127.32.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("skat.dk", List.of("127.33.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("regionmidt.dk", List.of("127.33.3.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("norddjurs.dk", List.of("127.33.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("favrskov.dk", List.of("127.33.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("syddjurs.dk", List.of("127.33.6.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("fkoe.dk", List.of("127.33.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // free mail, a forwarder, foreign SaaS, travel
        domain("gmail.com", List.of("127.34.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.34.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of("127.34.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of("127.34.3.1"), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("forwardmail.dk", List.of("127.35.1.1"), "-all", null, null);
        domain("miro.com", List.of("127.36.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hetzner.com", List.of("127.36.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("mentimeter.com", List.of("127.36.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("typeform.com", List.of("127.36.4.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("dsb.dk", List.of("127.36.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // fraudsters' own domains, set up properly (SPF, DKIM, sometimes DMARC)
        String[] own = {"lyrecco.dk", "systernatic.com", "dustln.dk", "kornpan.com", "randres.dk",
            "ncc-faktura.dk", "gk-danmark.com", "randers-kommune.dk", "randers.dk-betaling.com", "arla-invoice.com",
            "eg.dk-faktura.net", idn("nсс.dk"), idn("vеrdo.com"), idn("randеrs.dk"), idn("lyrecо.dk"), idn("systemаtic.com"),
            "nordisk-fakturaservice.dk", "secure-docshare.net", "kundeservice-online.net", "erhvervsregister-dk.com",
            "eu-firmakatalog.com"};
        for (int i = 0; i < own.length; i++) {
            domain(own[i], List.of(FRAUD_NET + "3." + (i + 1)), i % 4 == 3 ? "~all" : "-all",
                i % 3 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256,
                i % 3 == 0 ? "reject" : i % 3 == 1 ? null : "none");
        }
    }

    // ------------------------------------------------------------------------------------------ money and documents

    record Amount(String net, String vat, String total) {
    }

    private Amount amount() {
        return amount(24_000_000);
    }

    /** A listed (large) supplier bills up to DKK 240,000 net; small firms, platforms' customers and SaaS far less. */
    private Amount amountFor(Supplier s) {
        return listed.contains(s) ? amount() : amount(3_500_000);
    }

    private Amount amount(int maxNetOre) {
        long netOre = 80_000 + rnd.nextInt(maxNetOre);
        long vatOre = netOre / 4;
        return new Amount(kr(netOre), kr(vatOre), kr(netOre + vatOre));
    }


    private String invoiceNo(String prefix) {
        return prefix + (100_000 + rnd.nextInt(800_000));
    }

    private static final String[] TO = {"kreditor@randers.dk", "fakturascan@randers.dk", "okonomi@randers.dk",
        "indkob@randers.dk", "bogholderiet@randers.dk", "vej-park@randers.dk", "skoleforvaltning@randers.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("doc:" + what + ":" + m.id).substring(0, 12), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(30_000_000 + Math.floorMod(sha256("cvr:" + domain).hashCode(), 9_000_000));
    }

    private static String day(M m, int plusDays) {
        return m.sent.atZone(ZoneOffset.ofHours(1)).plusDays(plusDays).format(DAY);
    }

    /**
     * The PDF a supplier's invoicing system prints; three layouts (itemised Danish, short English, table), chosen
     * by the variant, whoever really sent it.
     */
    private byte[] invoicePdf(M m, Supplier s, String no, Amount a, String account, int variant, List<String> extra) {
        List<String> l = new ArrayList<>();
        String title;
        switch (variant % 3) {
            case 0 -> {
                title = "FAKTURA";
                l.add(s.name() + "   CVR-nr. " + cvr(s.domain()) + "   www." + s.domain());
                l.add("Køber: " + BUYER);
                l.add("EAN-lokationsnummer: " + EAN + "   Ordrereference: RK-" + no.replaceAll("\\D", "").substring(0, 4));
                l.add("Fakturanr.: " + no + "   Fakturadato: " + day(m, 0) + "   Forfaldsdato: " + day(m, 30));
                l.add("Ydelse: " + s.what());
                l.add("Beløb ekskl. moms: DKK " + a.net() + "   Moms 25 %: DKK " + a.vat());
                l.add("I alt at betale: DKK " + a.total());
                l.addAll(extra);
                l.add("Indbetaling til " + account + " - angiv fakturanr. ved betaling");
            }
            case 1 -> {
                title = "INVOICE " + no;
                l.add("From: " + s.name() + " (VAT DK" + cvr(s.domain()) + ")");
                l.add("Bill to: Randers Municipality, Laksetorvet 1, DK-8900 Randers C (GLN " + EAN + ")");
                l.add("Date: " + day(m, 0) + "   Due: " + day(m, 14));
                l.add("Item: " + s.what());
                l.add("Amount due: DKK " + a.total() + " (incl. 25% VAT " + a.vat() + ")");
                l.addAll(extra);
                l.add("Bank transfer: " + account);
            }
            default -> {
                title = "Faktura " + no;
                l.add("Sælger | " + s.name() + " | CVR " + cvr(s.domain()));
                l.add("Kunde  | Randers Kommune | EAN " + EAN);
                l.add("Pos | Tekst | Antal | Beløb");
                l.add("1 | " + s.what() + " | 1 | " + a.net());
                l.add("Moms | 25 % | | " + a.vat());
                l.add("Total DKK | | | " + a.total());
                l.add("Betalingsfrist: " + day(m, 20));
                l.addAll(extra);
                l.add("Konto: " + account);
            }
        }
        return Attachments.pdf(docId(m, "invoice"), title, l);
    }

    private static final String[][] BODIES = {
        {"Faktura %1$s - %4$s", "Hej Randers Kommune\n\nVedlagt faktura nr. %1$s vedr. %2$s.\nBeløb i alt DKK %5$s, forfald %6$s.\n\n"
            + "Venlig hilsen\n%3$s\n%4$s"},
        {"%4$s: faktura %1$s", "Til kreditorbogholderiet\n\nHermed fremsendes faktura %1$s (%2$s). Fakturaen er også sendt via "
            + "NemHandel, hvis I har oprettet os dér.\n\nMvh.\n%3$s"},
        {"Fakturanr. %1$s", "Goddag\n\nI forbindelse med %2$s fremsender vi vedhæftede faktura. Spørgsmål til fakturaen kan "
            + "rettes til undertegnede.\n\nMed venlig hilsen\n%3$s, %4$s"},
        {"Invoice %1$s from %4$s", "Hi,\n\nAttached is invoice %1$s regarding %2$s. Amount due: DKK %5$s by %6$s.\n\n"
            + "Best regards\n%3$s\n%4$s"},
        {"%4$s invoice no. %1$s", "Dear Randers Kommune,\n\nPlease find enclosed our invoice no. %1$s. Kindly quote the invoice "
            + "number with your payment.\n\nYours sincerely,\n%4$s Finance"},
        {"Ny faktura fra %4$s (%1$s)", "Kære kunde\n\nDer er dannet en ny faktura til jer: nr. %1$s, DKK %5$s.\nDen vedhæftede "
            + "PDF er jeres kopi.\n\n%4$s"},
    };

    /** A supplier's invoice mail (text + PDF); fraud families reuse it with another sender or account. */
    private Mime invoiceMail(M m, Supplier s, String from, String display, String account, int variant, List<String> bodyExtra,
                             List<String> pdfExtra) {
        String no = invoiceNo(s.name().substring(0, 1));
        Amount a = amountFor(s);
        String[] t = BODIES[variant % BODIES.length];
        Mime mime = headers(m, display, from, to(), String.format(t[0], no, s.what(), s.person(), s.name()));
        String body = String.format(t[1], no, s.what(), s.person(), s.name(), a.total(), day(m, 30));
        if (!bodyExtra.isEmpty()) {
            body = body.replaceFirst("\n\n", "\n\n" + String.join("\n", bodyExtra) + "\n\n");
        }
        mime.text(body);
        boolean english = variant % BODIES.length == 3 || variant % BODIES.length == 4;
        mime.attach("application/pdf", (english ? "Invoice_" : variant % 2 == 0 ? "Faktura-" : "faktura_") + no + ".pdf",
            invoicePdf(m, s, no, a, account, english ? 1 : variant % 2 == 0 ? 0 : 2, pdfExtra));
        return mime;
    }

    private Mime invoiceMail(M m, Supplier s, int variant) {
        return invoiceMail(m, s, s.box() + "@" + s.domain(), s.name(), s.account(), variant, List.of(), List.of());
    }

    private static String address(Supplier s) {
        return s.box() + "@" + s.domain();
    }

    // ------------------------------------------------------------------------------------------ legitimate traffic

    private void legit() {
        // supplier invoices signed by the supplier; wave 1 is each one's earlier invoice with its usual account
        List<Supplier> signed = List.of(ncc, gk, arla, verdo, lyreco, systematic, eg, dustin);
        for (int i = 0; i < 16; i++) {
            Supplier s = signed.get(i % signed.size());
            M m = mail("supplier-invoice-dkim", false);
            m.genuine = true;
            m.wave = i < signed.size() ? 1 : 2;
            if (s == arla && m.wave == 2) {
                // sent through the supplier's ESP: SPF passes for the ESP (unaligned), the supplier's DKIM aligns
                m.mailFrom = "bounce-arla.dk@mandrillapp.com";
                invoiceMail(m, s, i);
                m.ip = "127.31.12.1";
                m.helo = "mail180.mandrillapp.com";
                m.signers.add("arla.dk");
                m.signers.add("mandrillapp.com");
                m.description = "arla.dk invoice through an ESP (DKIM arla.dk + mandrillapp.com), usual account";
                continue;
            }
            if (s == gk && m.wave == 2) {
                String no = invoiceNo("G");
                Amount a = amount();
                Mime mime = headers(m, s.name(), address(s), to(), "Faktura " + no + " og serviceprotokol")
                    .text("Hej\n\nFaktura " + no + " og serviceprotokollen for ventilationsanlægget er samlet i den vedhæftede zip-fil.\n\n"
                        + "Venlig hilsen\n" + s.person() + "\n" + s.name());
                mime.attach("application/zip", "GK_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                    invoicePdf(m, s, no, a, s.account(), 0, List.of()), "Serviceprotokol.pdf",
                    Attachments.pdf(docId(m, "protocol"), "SERVICEPROTOKOL", List.of("Anlæg: VE01-VE04, Rådhuset",
                        "Filterskift udført", "Næste service: marts 2027"))));
                genuine(m, s.ip());
                m.description = "gk.dk invoice and service report in a ZIP, signed, usual account";
                continue;
            }
            if (s == systematic && m.wave == 2) {
                String ref = history.get(s.domain());
                String no = invoiceNo("S");
                Amount a = amount();
                headers(m, s.person(), address(s), "kreditor@randers.dk", "SV: Spørgsmål til faktura")
                    .header("In-Reply-To", ref).header("References", ref)
                    .text("Hej\n\nI har ret, linjen for support var faktureret to gange. Her er den korrigerede faktura " + no
                        + ", som erstatter den forrige. Kontooplysningerne er uændrede.\n\nVenlig hilsen\n" + s.person()
                        + "\nSystematic A/S\n\n> Hej Anne, vi mener at supportlinjen står der to gange?\n> Mvh Kreditor, Randers Kommune")
                    .attach("application/pdf", "Systematic_" + no + ".pdf", invoicePdf(m, s, no, a, s.account(), 1,
                        List.of("Replaces the previous invoice (credited)")));
                genuine(m, s.ip());
                m.description = "systematic.com corrected invoice in a reply to our question, signed, usual account";
                continue;
            }
            invoiceMail(m, s, i);
            genuine(m, s.ip());
            if (m.wave == 1) {
                history.put(s.domain(), messageId(m, s.domain()));
            }
            m.description = s.domain() + " invoice, signed (DMARC " + dns.get(s.domain()).dmarc() + "), usual account"
                + (s == dustin ? " (Swedish IBAN)" : "") + (m.wave == 1 ? ", history" : "");
        }
        // SPF-only suppliers: aligned SPF pass and no DMARC record
        for (int i = 0; i < 5; i++) {
            Supplier s = i < 3 ? kompan : gartner;
            M m = mail("supplier-invoice-spf-only", false);
            m.genuine = true;
            m.wave = i == 0 ? 1 : 2;
            if (i == 4) {
                String no = invoiceNo("");
                headers(m, s.person(), address(s), "vej-park@randers.dk", "regning lindetræer")
                    .text("Hej\n\nHer er regningen for beskæringen. Jeg har scannet den på kontoret.\n\nHilsen Mads")
                    .attach("application/pdf", "scan0" + no + ".pdf", Attachments.scannedPdf(docId(m, "scan")));
                m.description = "scanned (image-only) PDF bill from an SPF-only small supplier";
            } else {
                invoiceMail(m, s, i + 2);
                m.description = s.domain() + " invoice, SPF aligned pass, no DKIM, no DMARC" + (m.wave == 1 ? ", history" : "");
            }
            genuine(m, s.ip());
            if (m.wave == 1) {
                history.put(s.domain(), messageId(m, s.domain()));
            }
        }
        // small suppliers without working authentication: legitimate, unproven
        for (int i = 0; i < 4; i++) {
            Supplier s = i % 2 == 0 ? elMortensen : kloak;
            M m = mail("supplier-invoice-unauthenticated", false);
            if (i == 2) {
                headers(m, "Kurt Mortensen", address(s), "skoleforvaltning@randers.dk", "Faktura belysning")
                    .text("Hej\n\nFakturaen er taget med telefonen, håber den kan læses.\n\nKurt\n\nSendt fra min iPhone")
                    .attach("image/jpeg", "IMG_40" + (10 + i) + ".JPG", Attachments.image(docId(m, "photo"), "jpeg"));
                m.description = "photographed JPEG invoice from a supplier without SPF/DKIM/DMARC";
            } else {
                invoiceMail(m, s, i + 1);
                m.description = s.domain() + (s == kloak ? " invoice, SPF softfail (record lists an old address)" : " invoice, no SPF/DKIM/DMARC");
            }
            genuine(m, s.ip());
        }
        reminders();
        platforms();
        eInvoices();
        newsletters();
        mailingList();
        forwarded();
        bankNotices();
        internal();
        saas();
        supplierNotices();
        other();
    }

    private void reminders() {
        String[][] t = {
            {"Påmindelse: faktura %s", "Hej\n\nVi har endnu ikke registreret betaling af faktura %s på DKK %s. Er beløbet betalt, "
                + "kan I se bort fra denne påmindelse.\n\nVenlig hilsen\n%s"},
            {"Rykker 1 - fakturanr. %s", "Til Randers Kommune\n\nFaktura %s (DKK %s) forfaldt for 10 dage siden. Vi beder om "
                + "betaling snarest. Der er ikke pålagt gebyr.\n\n%s"},
            {"Reminder: invoice %s past due", "Hello,\n\nThis is a friendly reminder that invoice %s for DKK %s is now past due. "
                + "Please disregard if payment has been made.\n\n%s Accounts"},
            {"Kontoudtog pr. dags dato", "Hej\n\nVedlagt kontoudtog. Åben post: faktura %s, DKK %s.\n\nMvh\n%s"},
            {"2. rykker for faktura %s", "Goddag\n\nTrods tidligere påmindelse er faktura %s (DKK %s) stadig ikke betalt. Sker "
                + "betaling ikke inden 10 dage, sender vi sagen til inkasso, og der tilskrives rykkergebyr på 100 kr.\n\n%s"},
            {"Påmindelse om betaling", "Hej\n\nVi mangler stadig betaling af regning %s for spuling, kr. %s.\nPå forhånd tak\n\n%s"},
        };
        List<Supplier> who = List.of(ncc, eg, kompan, verdo, lyreco, kloak);
        for (int i = 0; i < t.length; i++) {
            Supplier s = who.get(i);
            M m = mail("payment-reminder", false);
            m.genuine = s != kloak;
            String no = invoiceNo(s.name().substring(0, 1));
            Amount a = amountFor(s);
            headers(m, s.name(), address(s), to(), t[i][0].contains("%s") ? String.format(t[i][0], no) : t[i][0])
                .text(String.format(t[i][1], no, a.total(), s.name()))
                .attach("application/pdf", (i == 2 ? "Reminder_" : "Rykker_") + no + ".pdf",
                    invoicePdf(m, s, no, a, s.account(), i == 2 ? 1 : i, List.of(i == 2 ? "REMINDER - past due" : "PÅMINDELSE - forfalden")));
            genuine(m, s.ip());
            m.description = s.domain() + " payment reminder, usual account" + (s == kloak ? ", SPF softfail" : "");
        }
    }

    private void platforms() {
        // platform, company, reply-to domain, account
        String[][] p = {
            {"billy.dk", "Randers Catering ApS", "randerscatering.dk", bank("9877", "0012904471")},
            {"billy.dk", "Tolk & Oversæt v/ Amira Haddad", "gmail.com", bank("5470", "0001433890")},
            {"uniconta.com", "Nørrehald Revision I/S", "norrehald-revision.dk", bank("6180", "0007781200")},
            {"uniconta.com", "Bogbinderiet Randers", "bogbinderiet.dk", iban("DK", "74000002448201")},
            {"visma.net", "Jens Kjær Transport A/S", "jkt.dk", bank("7170", "0004217788")},
            {"visma.net", "Randers Regnskov (fondsadministration)", "regnskoven.dk", bank("2274", "8890123344")},
        };
        for (int i = 0; i < p.length; i++) {
            M m = mail("invoice-platform", false);
            m.genuine = true;
            String no = String.valueOf(1000 + rnd.nextInt(8000));
            Supplier s = new Supplier(p[i][1], p[i][2], p[i][1], "", null, p[i][3], i % 2 == 0 ? "ydelser ifølge aftale" : "levering, november");
            Amount a = amountFor(s);
            String box = p[i][0].equals("billy.dk") ? "faktura@" : p[i][0].equals("uniconta.com") ? "noreply@" : "invoice@";
            Mime mime = headers(m, p[i][1], box + p[i][0], to(), p[i][0].equals("visma.net") ? "Invoice " + no + " from " + p[i][1]
                : "Faktura " + no + " fra " + p[i][1]);
            mime.header("Reply-To", (p[i][2].equals("gmail.com") ? "amira.haddad.tolk@" : "post@") + p[i][2]);
            String link = "https://" + (p[i][0].equals("visma.net") ? "invoice.visma.net/i/" : "app." + p[i][0] + "/v/")
                + sha256("link:" + m.id).substring(0, 10);
            mime.text((p[i][0].equals("visma.net") ? "Dear customer,\n\n" + p[i][1] + " has sent you invoice " + no + " (DKK "
                + a.total() + "). View it online: " + link + "\n\nSent with Visma." : "Hej\n\n" + p[i][1] + " har sendt jer faktura "
                + no + " på DKK " + a.total() + ".\nSe fakturaen: " + link + "\n\nSvar på denne mail går direkte til " + p[i][1]
                + ".\nSendt via " + p[i][0]))
                .attach("application/pdf", "Faktura " + no + ".pdf", invoicePdf(m, s, no, a, s.account(), i, List.of()));
            genuine(m, dns.get(p[i][0]).spfIps().get(0));
            m.description = "invoice via " + p[i][0] + " for " + p[i][1] + " (own account)";
        }
        // a company using its own domain through a platform: SPF lists the platform, its key signs
        M m = mail("invoice-platform", false);
        m.genuine = true;
        Supplier vorup = new Supplier("Vorup El-service ApS", "vorup-el.dk", "Vorup El", "faktura", null, bank("9570", "0013377441"),
            "fejlsøgning på tavleanlæg, Vorup Skole");
        invoiceMail(m, vorup, 5);
        genuine(m, "127.31.2.1");
        m.description = "vorup-el.dk invoice sent by uniconta.com with the company's own domain (SPF + DKIM aligned)";
    }

    private void eInvoices() {
        List<Supplier> who = List.of(systematic, eg, dustin, ncc);
        for (int i = 0; i < who.size(); i++) {
            Supplier s = who.get(i);
            M m = mail("e-invoice-xml", false);
            m.genuine = true;
            boolean peppol = i % 2 == 1 || s == dustin;
            String no = invoiceNo(s.name().substring(0, 1));
            Amount a = amount();
            headers(m, s.name(), address(s), "fakturascan@randers.dk", (peppol ? "Peppol invoice " : "OIOUBL-faktura ") + no)
                .text(peppol ? "This message carries a Peppol BIS Billing 3.0 invoice (UBL 2.1)." : "Vedhæftet elektronisk faktura i OIOUBL-format.")
                .attach(peppol ? "application/xml" : "text/xml", (peppol ? "invoice_" : "OIOUBL_") + no + ".xml",
                    ubl(s, no, a, peppol, m));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL 2.01") + " XML invoice, usual account";
        }
    }

    private static byte[] ubl(Supplier s, String no, Amount a, boolean peppol, M m) {
        String account = s.account().replaceAll("^(IBAN |Reg\\.nr\\. )", "").replaceAll("[^A-Z0-9]", "");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
            + "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
            + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
            + (peppol ? "<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n"
                + "<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n"
                : "<cbc:UBLVersionID>2.0</cbc:UBLVersionID>\n<cbc:CustomizationID>OIOUBL-2.01</cbc:CustomizationID>\n"
                + "<cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.2\">urn:www.nesubl.eu:profiles:profile5:ver2.0</cbc:ProfileID>\n")
            + "<cbc:ID>" + no + "</cbc:ID>\n<cbc:IssueDate>" + m.sent.atZone(ZoneOffset.UTC).toLocalDate() + "</cbc:IssueDate>\n"
            + "<cbc:InvoiceTypeCode" + (peppol ? "" : " listAgencyID=\"320\" listID=\"urn:oioubl:codelist:invoicetypecode-1.1\"")
            + ">380</cbc:InvoiceTypeCode>\n<cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + "<cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID=\"" + (peppol ? "0184" : "DK:CVR") + "\">DK"
            + cvr(s.domain()) + "</cbc:EndpointID><cac:PartyName><cbc:Name>" + s.name().replace("&", "&amp;")
            + "</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>\n"
            + "<cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID=\"" + (peppol ? "0088" : "GLN") + "\">" + EAN
            + "</cbc:EndpointID><cac:PartyName><cbc:Name>Randers Kommune</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>\n"
            + "<cac:PaymentMeans><cbc:PaymentMeansCode>" + (account.length() > 14 ? "58" : "31") + "</cbc:PaymentMeansCode>"
            + "<cac:PayeeFinancialAccount><cbc:ID>" + account + "</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n"
            + "<cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">" + a.vat().replace(".", "").replace(',', '.') + "</cbc:TaxAmount></cac:TaxTotal>\n"
            + "<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"DKK\">" + a.total().replace(".", "").replace(',', '.')
            + "</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
            + "<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"EA\">1</cbc:InvoicedQuantity>"
            + "<cbc:LineExtensionAmount currencyID=\"DKK\">" + a.net().replace(".", "").replace(',', '.') + "</cbc:LineExtensionAmount>"
            + "<cac:Item><cbc:Name>" + s.what().replace("&", "&amp;") + "</cbc:Name></cac:Item></cac:InvoiceLine>\n"
            + "</Invoice>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private void newsletters() {
        newsletter("dakofa.dk", "mailgun.org", "mailgun.org", "DAKOFA", "nyhedsbrev@dakofa.dk", "Nyt om udbud: fakturakrav i nye rammeaftaler",
            "Fra 2027 stiller flere rammeaftaler krav om e-faktura via NemHandel og faste betalingsfrister på 30 dage.\n"
                + "Læs mere: https://www.dakofa.dk/nyheder/fakturakrav");
        newsletter("ncc.dk", "mandrillapp.com", "ncc.dk", "NCC Danmark", "nyheder@ncc.dk", "NCC Nyt: vejarbejder i Østjylland i vinter",
            "Vi arbejder videre på Vestergade i Randers. Husk: NCC sender aldrig nye kontooplysninger pr. mail - ring altid til din kontaktperson.\n"
                + "https://www.ncc.dk/nyheder");
        newsletter("skat.dk", "skat.dk", "skat.dk", "Skattestyrelsen", "nyhedsbrev@skat.dk", "Moms og fakturaregler: hvad skal en faktura indeholde?",
            "En korrekt faktura skal blandt andet indeholde fakturadato, nummer, sælgers CVR-nummer og momsbeløb.\nhttps://skat.dk/erhverv/moms/fakturaregler");
        newsletter("jyskebank.dk", "jyskebank.dk", "jyskebank.dk", "Jyske Bank Erhverv", "erhverv@jyskebank.dk", "Advarsel: falske fakturaer med nye kontonumre",
            "Vi ser flere falske fakturaer, hvor en kendt leverandør pludselig oplyser et nyt kontonummer eller en udenlandsk IBAN. Kontakt altid "
                + "leverandøren på et nummer I selv har.\nhttps://www.jyskebank.dk/erhverv/sikkerhed");
        newsletter("billy.dk", "billy.dk", "billy.dk", "Billy", "nyt@billy.dk", "Nyhed: automatisk bankafstemning og rykkere",
            "Nu kan du sende rykkere automatisk og opdatere dine bankoplysninger direkte på fakturaen.\nhttps://www.billy.dk/nyheder");
    }

    private void newsletter(String fromDomain, String via, String signer, String name, String from, String subject, String text) {
        M m = mail("newsletter", false);
        if (!via.equals(fromDomain)) {
            m.mailFrom = "bounce+" + sha256("nl:" + fromDomain).substring(0, 8) + "@" + via;
        }
        headers(m, name, from, "nyhedsbreve@randers.dk", subject)
            .header("List-Unsubscribe", "<https://" + via + "/u/" + sha256("u:" + fromDomain).substring(0, 12) + ">")
            .text(text + "\n\nDu modtager denne mail, fordi du er tilmeldt. Afmeld: https://" + via + "/u")
            .html("<html><body><h2>" + subject + "</h2><p>" + text.replace("\n", "<br>").replaceAll("(https://\\S+)", "<a href=\"$1\">Læs mere</a>")
                + "</p><p style=\"font-size:10px\"><a href=\"https://" + via + "/u\">Afmeld</a></p></body></html>");
        m.ip = dns.get(via).spfIps().get(0);
        m.helo = "out." + via;
        m.signers.add(signer);
        m.description = "newsletter from " + from + " via " + via + ", signed by " + signer;
    }

    private void mailingList() {
        String[][] authors = {{"norddjurs.dk", "Susanne Brink", "Leverandør skifter bank - hvad gør I?"},
            {"favrskov.dk", "Kasper Holm", "Faktura fra udlandet uden momsnummer"},
            {"syddjurs.dk", "Lotte Winther", "Eksempel på faktura via Billy - er den ægte?"},
            {"regionmidt.dk", "Per Dalsgaard", "Rykkergebyrer fra små leverandører"}};
        for (int i = 0; i < authors.length; i++) {
            M m = mail("mailing-list-dmarc-fail", false);
            String author = authors[i][1].toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + authors[i][0];
            m.mailFrom = "kreditor-netvaerk-bounces@fkoe.dk";
            Mime mime = headers(m, authors[i][1], author, "kreditor-netvaerk@fkoe.dk", authors[i][2])
                .header("List-Id", "Kreditornetværket <kreditor-netvaerk.fkoe.dk>")
                .header("List-Post", "<mailto:kreditor-netvaerk@fkoe.dk>")
                .text("Kære netværk\n\n" + authors[i][2] + " Vi har fået en henvendelse, hvor en leverandør oplyser nye bankoplysninger "
                    + "og beder os betale en faktura til den nye konto. Hvordan verificerer I sådan en ændring?\n\nVh\n"
                    + authors[i][1] + "\n" + authors[i][0]);
            if (i == 2) {
                mime.attach("application/pdf", "eksempel-faktura.pdf", Attachments.pdf(docId(m, "example"), "FAKTURA (eksempel)",
                    List.of("Sendt via billy.dk", "Fakturanr. 2291", "I alt: DKK 4.375,00", "Betales til Reg.nr. 9877 Kontonr. 0012904471")));
            }
            m.ip = "127.33.9.1";
            m.helo = "lists.fkoe.dk";
            m.signers.add(authors[i][0]);
            m.afterSigning = HeldOutCorpus::listRewrite;
            m.listSigner = "fkoe.dk";
            m.description = "list post by " + author + " (DMARC " + dns.get(authors[i][0]).dmarc() + "), subject tag and footer break DKIM";
        }
    }

    /** The list server tags the Subject and appends its footer: the author's signature breaks. */
    static byte[] listRewrite(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [Kreditornetvaerk] ");
        s = s.replaceFirst("\r\n$", "\r\n-- \r\nKreditornetværket - FKØ\r\nAfmeld: https://lists.fkoe.dk/kreditor-netvaerk\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void forwarded() {
        // a private forwarder relays the supplier's mail unchanged, without SRS: SPF fails, DKIM (if any) survives
        for (Supplier s : List.of(ncc, gk, kompan)) {
            M m = mail("forwarded", false);
            m.genuine = dns.get(s.domain()).dkim() != null;
            invoiceMail(m, s, s == ncc ? 3 : 1);
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.ip = "127.35.1.1";
            m.helo = "mx1.forwardmail.dk";
            m.description = s.domain() + " invoice forwarded without SRS (SPF " + (s == gk ? "softfail" : "fail")
                + (m.genuine ? ", DKIM pass)" : ", no DKIM: unauthenticated)");
        }
        // colleagues forward invoices that came to them personally
        M m = mail("forwarded", false);
        m.genuine = true;
        String no = invoiceNo("L");
        Amount a = amount();
        headers(m, "Hanne Overgaard", "hanne.overgaard@" + OWN, "kreditor@randers.dk", "VS: Faktura " + no)
            .text("Hej Kreditor\n\nDenne faktura fra Lyreco kom til min mail. Varerne er modtaget på Nørrevangsskolen, "
                + "så den kan bare betales.\n\nVh Hanne\n\nFra: Lyreco Danmark A/S <ordre@lyreco.dk>\nSendt: " + day(m, -2)
                + "\nEmne: Faktura " + no)
            .attach("application/pdf", "Faktura-" + no + ".pdf", invoicePdf(m, lyreco, no, a, lyreco.account(), 0, List.of()));
        genuine(m, "127.11.0.1");
        m.description = "colleague forwards a supplier's PDF invoice (own domain, signed)";

        m = mail("forwarded", false);
        m.genuine = true;
        M inner = new M();
        inner.id = m.id + "/inner";
        inner.wave = 1;
        inner.from = address(verdo);
        Mime original = new Mime(sha256("boundary:" + inner.id).substring(0, 16));
        original.header("Date", date(inner)).from(verdo.name(), address(verdo)).header("To", "bibliotek@randers.dk")
            .subject("Faktura for fjernvarme").header("Message-ID", messageId(inner, "verdo.com"));
        no = invoiceNo("V");
        a = amount();
        original.text("Kære kunde\n\nVedhæftet faktura " + no + " for fjernvarme.\n\nVerdo").attach("application/pdf", "Verdo_" + no + ".pdf",
            invoicePdf(inner, verdo, no, a, verdo.account(), 2, List.of()));
        headers(m, "Bibliotekets kontor", "bibliotek@" + OWN, "kreditor@randers.dk", "VS: Faktura for fjernvarme")
            .text("Hej\n\nVidersendt som vedhæftet mail, som I bad om.\n\nBibliotekets kontor")
            .attachMessage(original.build());
        genuine(m, "127.11.0.1");
        m.description = "colleague forwards a supplier's mail as message/rfc822 (own domain, signed)";
    }

    private void bankNotices() {
        String[][] b = {
            {"jyskebank.dk", "Jyske Bank", "noreply@jyskebank.dk", "Betaling gennemført",
                "Betalingen på DKK 212.480,00 til NCC Danmark A/S (" + bank("2211", "6270118845") + ") er gennemført."},
            {"sparnord.dk", "Spar Nord Erhverv", "erhverv@sparnord.dk", "Nyt dokument i Netbank Erhverv",
                "Der ligger et nyt dokument til jer i Netbank Erhverv: kontoudskrift for oktober. Log på via netbank som normalt - vi sender aldrig links."},
            {"jyskebank.dk", "Jyske Bank", "noreply@jyskebank.dk", "Ny modtager tilføjet i Jyske Netbank Erhverv",
                "Der er tilføjet en ny betalingsmodtager: Anlægsgartner Juul & Søn, " + bank("1685", "3300551199")
                    + ". Er det ikke jer, så ring straks til os på 89 89 89 89."},
            {"sydbank.dk", "Sydbank", "erhverv@sydbank.dk", "Overførsel modtaget",
                "Randers Kommune har modtaget DKK 35.000,00 fra Favrskov Kommune med teksten 'mellemkommunal afregning'."},
        };
        for (int i = 0; i < b.length; i++) {
            M m = mail("bank-notice", false);
            Mime mime = headers(m, b[i][1], b[i][2], i == 3 ? "okonomi@randers.dk" : "bogholderiet@randers.dk", b[i][3])
                .text(b[i][4] + "\n\nMed venlig hilsen\n" + b[i][1]);
            if (i == 1) {
                mime.attach("application/pdf", "Kontoudskrift_okt.pdf", Attachments.pdf(docId(m, "statement"), "KONTOUDSKRIFT",
                    List.of("Randers Kommune - driftskonto", "Primo: 3.221.904,12", "Ultimo: 2.980.455,60")));
            }
            genuine(m, dns.get(b[i][0]).spfIps().get(0));
            m.description = b[i][0] + " notice: " + b[i][3];
        }
    }

    private void internal() {
        String[][] t = {
            {"Lars Kirkegaard", "Godkendt: faktura fra NCC, Vestergade", "Hej\n\nFakturaen fra NCC for asfaltarbejdet er godkendt og kan "
                + "konteres på projekt 2204-VEST.\n\nLars"},
            {"Mette Juhl", "Rykker fra GK - er den betalt?", "Hej Kreditor\n\nVi har fået en påmindelse fra GK om servicefakturaen. Kan I "
                + "se, om den er betalt?\n\nMette"},
            {"Sofie Riis", "Anlægsgartner Juul oprettet som kreditor", "Hej\n\nJuul & Søn er oprettet med " + bank("1685", "3300551199")
                + ". Kontoen er bekræftet ved opkald til Mads Juul på det nummer, vi har fra kontrakten.\n\nSofie"},
            {"Personaleforeningen", "Julefrokost 11. december", "Kære alle\n\nTilmelding til julefrokosten senest fredag. Betaling 250 kr. "
                + "via MobilePay.\n\nPersonaleforeningen"},
        };
        for (int i = 0; i < t.length; i++) {
            M m = mail("internal", false);
            String addr = t[i][0].toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + OWN;
            Mime mime = headers(m, t[i][0], addr, i == 3 ? "alle-okonomi@randers.dk" : "kreditor@randers.dk", t[i][1]).text(t[i][2]);
            if (i == 0) {
                mime.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "kontering_2204.xlsx",
                    Attachments.excel(List.of("Projekt;Konto;Beløb", "2204-VEST;22100;212.480,00"), false));
            }
            genuine(m, "127.11.0.1");
            m.description = "internal mail: " + t[i][1];
        }
    }

    private void saas() {
        Object[][] t = {
            {"miro.com", "Miro", "billing@miro.com", new Supplier("RealtimeBoard Inc. (Miro)", "miro.com", "Miro Billing", "billing", null,
                iban("NL", "INGB0008475601"), "Miro Business, 40 seats, annual"), "Paid by card - no action needed"},
            {"hetzner.com", "Hetzner Online GmbH", "billing@hetzner.com", new Supplier("Hetzner Online GmbH", "hetzner.com", "Hetzner Billing",
                "billing", null, iban("DE", "370400440532013000"), "Cloud servers, November"), "Direct debit"},
            {"mentimeter.com", "Mentimeter", "invoices@mentimeter.com", new Supplier("Mentimeter AB", "mentimeter.com", "Mentimeter",
                "invoices", null, iban("SE", "50000000058398257466"), "Mentimeter Pro, 12 users"), "Payment by bank transfer within 30 days"},
            {"typeform.com", "Typeform", "receipts@typeform.com", new Supplier("Typeform SL", "typeform.com", "Typeform", "receipts", null,
                iban("ES", "21000418450200051332"), "Typeform Business plan"), "VAT reverse charge"},
        };
        for (int i = 0; i < t.length; i++) {
            M m = mail("foreign-saas-invoice", false);
            m.genuine = true;
            Supplier s = (Supplier) t[i][3];
            String no = (i % 2 == 0 ? "INV-" : "R") + (2_000_000 + rnd.nextInt(900_000));
            Amount a = amountFor(s);
            headers(m, (String) t[i][1], (String) t[i][2], "it-indkob@randers.dk", i == 0 ? "Your receipt from Miro #" + no
                : "Invoice " + no + " - " + t[i][1])
                .text("Hello,\n\nYour invoice " + no + " for " + s.what() + " is attached.\n" + t[i][4] + ".\n\nThanks,\n" + t[i][1])
                .attach("application/pdf", "invoice_" + no + ".pdf", invoicePdf(m, s, no, a, s.account(), 1, List.of(
                    (String) t[i][4], "Customer VAT: DK29189668")));
            genuine(m, dns.get((String) t[i][0]).spfIps().get(0));
            m.description = "foreign SaaS invoice with a " + s.account().substring(5, 7) + " IBAN, signed";
        }
    }

    private void supplierNotices() {
        // a genuine supplier really changes bank (merger), announced by a signed letter, no invoice
        M m = mail("supplier-notice", false);
        headers(m, "EG A/S - Finance", "billing@eg.dk", "kreditor@randers.dk", "Ændring af bankforbindelse pr. 1. januar 2027")
            .text("Kære kunde\n\nSom følge af fusionen i EG-koncernen samles vores konti. Fra 1. januar 2027 skal betalinger til EG A/S ske til "
                + iban("DK", "30000010998877") + ". Indtil da gælder den nuværende konto. Bekræft gerne ændringen ved at ringe til "
                + "vores kreditafdeling på 70 22 80 00.\n\nMed venlig hilsen\nEG A/S, Finance")
            .attach("application/pdf", "EG_bankskifte_2027.pdf", Attachments.pdf(docId(m, "letter"), "Ny bankforbindelse",
                List.of("EG A/S, CVR " + cvr("eg.dk"), "Gældende fra 1. januar 2027: " + iban("DK", "30000010998877"),
                    "Tidligere konto lukkes 31. marts 2027", "Underskrevet: CFO")));
        genuine(m, eg.ip());
        m.description = "eg.dk announces a real bank change (merger) by signed letter, no invoice";

        m = mail("supplier-notice", false);
        headers(m, "Verdo", "erhverv@verdo.com", "okonomi@randers.dk", "Nye fjernvarmepriser fra 1. januar")
            .text("Kære erhvervskunde\n\nFjernvarmeprisen for 2027 er vedtaget. Den nye pris fremgår af jeres næste faktura. "
                + "Betaling sker som hidtil.\n\nVenlig hilsen\nVerdo Kundeservice Erhverv");
        genuine(m, verdo.ip());
        m.description = "verdo.com price notice, no invoice";
    }

    private void other() {
        M m = mail("other", false);
        headers(m, "Jonas Ebbesen", "jonas.ebbesen@gmail.com", "borgerservice@randers.dk", "Regning for SFO - jeg har betalt")
            .text("Hej\n\nJeg har fået en rykker for SFO-betaling for oktober, men beløbet er trukket på min konto "
                + bank("9570", "1122334455") + ". Kan I tjekke det?\n\nMvh Jonas Ebbesen");
        genuine(m, "127.34.1.1");
        m.description = "citizen asks about a reminder from gmail, gives his own account";

        m = mail("other", false);
        headers(m, "Birthe Lauridsen", "birthe.lauridsen@yahoo.com", "vej-park@randers.dk", "Faktura for snerydning?")
            .text("Goddag\n\nEr det rigtigt, at grundejerne skal betale en faktura for snerydning på Tronholmen? Min nabo har fået en.\n\nBirthe");
        genuine(m, "127.34.3.1");
        m.description = "citizen question from yahoo.com about an invoice";

        m = mail("other", false);
        m.mailFrom = "bounce-" + sha256("lyreco-order").substring(0, 6) + "@mailgun.org";
        headers(m, "Lyreco Danmark", "ordre@lyreco.dk", "indkob@randers.dk", "Ordrebekræftelse 7731902")
            .html("<html><body><p>Tak for din bestilling. Faktura sendes ved levering.</p><table><tr><td>Kopipapir A4</td><td>40 ks</td></tr>"
                + "</table><p><a href=\"https://www.lyreco.dk/ordre/7731902\">Følg din ordre</a></p></body></html>");
        m.ip = "127.31.11.1";
        m.helo = "so254-31.mailgun.net";
        m.signers.add("lyreco.dk");
        m.signers.add("mailgun.org");
        m.description = "supplier order confirmation via an ESP, signed by supplier and ESP";

        m = mail("other", false);
        headers(m, "DSB Erhverv", "erhverv@dsb.dk", "hr@randers.dk", "Kvittering for køb af pendlerkort")
            .text("Tak for dit køb. Beløbet DKK 14.320,00 er trukket på firmakortet. Kvitteringen findes i DSB Erhverv.\n\nDSB");
        genuine(m, "127.36.5.1");
        m.description = "travel receipt, paid by card, signed";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] CHANGE = {
        "Vi har fået ny bank. Fra og med denne faktura skal betaling ske til kontoen nedenfor - den tidligere konto kan ikke længere modtage indbetalinger.",
        "Vigtigt: Vores kontonummer er ændret. Ret venligst oplysningerne i jeres system inden betaling.",
        "Important: we have moved our banking. Please update your vendor records and pay this and future invoices to the account below.",
        "På grund af bankskifte i forbindelse med vores nye koncernstruktur bedes I anvende den konto, der står på fakturaen.",
        "Our previous account is under review by our auditors; kindly settle to the new account stated on the invoice.",
    };
    private static final String[] NEW_DK = {bank("5325", "0247718834"), bank("8401", "1022887733"), bank("9712", "0005661204"),
        iban("DK", "64000009871234"), bank("2520", "6880145512")};
    private static final String[] FOREIGN = {iban("LT", "1000011101001000"), iban("GB", "NWBK60161331926819"),
        iban("PL", "109010140000071219812874"), iban("IE", "AIBK93115212345678"), iban("HU", "117730161111101800000000"),
        iban("BG", "BNBG96611020345678"), iban("RO", "AAAA1B31007593840000")};

    private String newAccount(int i) {
        return i % 2 == 0 ? NEW_DK[i % NEW_DK.length] : FOREIGN[i % FOREIGN.length];
    }

    /** A bank-change sentence in the language of the body template the variant picks. */
    private static List<String> change(int variant, int i) {
        int[] pick = variant % BODIES.length == 3 || variant % BODIES.length == 4 ? new int[] {2, 4} : new int[] {0, 1, 3};
        return List.of(CHANGE[pick[i % pick.length]]);
    }

    private void fraud() {
        // 1 a listed supplier's From forged, its DMARC enforcing (reject/quarantine)
        List<Supplier> strict = List.of(ncc, gk, arla, systematic, dustin);
        for (int i = 0; i < strict.size(); i++) {
            Supplier s = strict.get(i);
            M m = mail("forged-supplier-enforcing", true);
            if (i == 3) {
                m.mailFrom = "mailer@secure-docshare.net";
            }
            invoiceMail(m, s, address(s), s.name(), newAccount(i), i + 1, i % 2 == 0 ? change(i + 1, i) : List.of(), List.of());
            if (i == 3) {
                ownedBy(m, "secure-docshare.net");
            } else {
                forged(m, 10 + i);
            }
            m.description = "forged " + s.domain() + " (DMARC " + dns.get(s.domain()).dmarc() + "), new account "
                + (i % 2 == 0 ? "announced" : "silently") + (i == 3 ? ", envelope of the fraudster's domain" : "");
        }
        // 2 forged From of suppliers without an enforcing policy
        List<Supplier> lax = List.of(verdo, eg, kompan, lyreco, gartner, elMortensen);
        for (int i = 0; i < lax.size(); i++) {
            Supplier s = lax.get(i);
            M m = mail("forged-supplier-lax", true);
            invoiceMail(m, s, address(s), s.name(), newAccount(i + 1), i, change(i, i + 1), List.of());
            forged(m, 20 + i);
            String p = dns.get(s.domain()).dmarc();
            m.description = "forged " + s.domain() + " (" + (p == null ? "no DMARC" : "DMARC p=" + p) + "), new account";
        }
        // 3 look-alikes by typo (letters swapped, doubled, rn for m, l for i), fully authenticated by their owner
        Object[][] typos = {{lyreco, "lyrecco.dk"}, {systematic, "systernatic.com"}, {dustin, "dustln.dk"}, {kompan, "kornpan.com"},
            {null, "randres.dk"}};
        for (int i = 0; i < typos.length; i++) {
            lookalike("lookalike-typo", (Supplier) typos[i][0], (String) typos[i][1], i);
        }
        // 4 look-alikes that add a word or a label to a protected name
        Object[][] added = {{ncc, "ncc-faktura.dk"}, {gk, "gk-danmark.com"}, {null, "randers-kommune.dk"}, {null, "randers.dk-betaling.com"},
            {arla, "arla-invoice.com"}, {eg, "eg.dk-faktura.net"}};
        for (int i = 0; i < added.length; i++) {
            lookalike("lookalike-added-word", (Supplier) added[i][0], (String) added[i][1], i + 2);
        }
        // 5 homoglyphs (Cyrillic с, е, о, а), punycode on the wire
        Object[][] glyphs = {{ncc, "nсс.dk"}, {verdo, "vеrdo.com"}, {null, "randеrs.dk"}, {lyreco, "lyrecо.dk"}, {systematic, "systemаtic.com"}};
        for (int i = 0; i < glyphs.length; i++) {
            lookalike("punycode-homoglyph", (Supplier) glyphs[i][0], idn((String) glyphs[i][1]), i + 1);
        }
        displayNames();
        compromised();
        hijacks();
        archives();
        images();
        links();
        macros();
        ceo();
        foreignAndUnordered();
    }

    private void lookalike(String family, Supplier s, String d, int i) {
        M m = mail(family, true);
        if (s == null) {
            String no = invoiceNo("K");
            Amount a = amount();
            Supplier fake = new Supplier("Jydsk Konsulentservice ApS", "jydsk-konsulent.dk", "", "", null, newAccount(i), "procesoptimering, fase 2");
            headers(m, i % 2 == 0 ? "Randers Kommune - Økonomi" : "Randers Kommune", (i % 2 == 0 ? "okonomi@" : "kreditor@") + d, to(),
                i % 2 == 0 ? "Betaling af faktura " + no + " - godkendt" : "Til betaling i dag: " + no)
                .text("Hej\n\nVedhæftede faktura " + no + " er godkendt af direktionen og skal betales i dag til " + newAccount(i)
                    + ". Sagen er fortrolig indtil videre.\n\nVenlig hilsen\nØkonomi og Analyse\nRanders Kommune")
                .attach("application/pdf", "Faktura_" + no + ".pdf", invoicePdf(m, fake, no, a, newAccount(i), 0, List.of()));
        } else {
            invoiceMail(m, s, s.box() + "@" + d, s.name(), newAccount(i), i + 3, i % 2 == 1 ? change(i + 3, i) : List.of(), List.of());
        }
        ownedBy(m, d);
        m.description = "look-alike " + d + (s == null ? " of our own domain" : " of " + s.domain()) + ", authenticated by its owner";
    }

    private void displayNames() {
        // a protected name in the display name of an authenticated free-mail account
        Object[][] free = {{ncc, "ncc.danmark.faktura@gmail.com", "NCC Danmark A/S"}, {null, "randers.kommune.indkob@outlook.com", "Randers Kommune Indkøb"},
            {gk, "gk.debitor@yahoo.com", "GK Danmark - Debitor"}, {systematic, "systematic.invoicing@live.dk", "Systematic Invoicing"},
            {dustin, "dustin.faktura.dk@gmail.com", "faktura@dustin.dk"}};
        for (int i = 0; i < free.length; i++) {
            Supplier s = (Supplier) free[i][0];
            String addr = (String) free[i][1];
            M m = mail("display-name-freemail", true);
            if (s == null) {
                String no = invoiceNo("L");
                headers(m, (String) free[i][2], addr, to(), "Leverandørfaktura " + no + " - hastebetaling")
                    .text("Hej\n\nVi har en leverandør, der skal have betaling i dag, ellers stopper leverancen til plejecentrene. "
                        + "Faktura vedhæftet, betal til " + newAccount(i) + ".\n\nIndkøb")
                    .attach("application/pdf", "Faktura_" + no + ".pdf", invoicePdf(m, lyreco, no, amount(), newAccount(i), 2, List.of()));
            } else {
                invoiceMail(m, s, addr, (String) free[i][2], newAccount(i), i, i % 2 == 0 ? change(i, i) : List.of(), List.of());
            }
            genuine(m, dns.get(domainOf(addr)).spfIps().get(0));
            m.description = "display name '" + free[i][2] + "' from " + domainOf(addr) + " (authenticated free mail)";
        }
        // a protected name shown by a sender authenticated for another domain (an abused platform account, an unknown company)
        Object[][] other = {{ncc, "faktura@billy.dk", "NCC Danmark A/S"}, {arla, "noreply@uniconta.com", "Arla Foods amba"},
            {eg, "invoice@visma.net", "EG A/S"}, {null, "post@nordisk-fakturaservice.dk", "Randers Kommune Økonomiafdeling"}};
        for (int i = 0; i < other.length; i++) {
            Supplier s = (Supplier) other[i][0];
            String addr = (String) other[i][1];
            M m = mail("display-name-authenticated", true);
            if (s == null) {
                String no = invoiceNo("R");
                headers(m, (String) other[i][2], addr, to(), "Intern omkontering - faktura " + no)
                    .text("Hej\n\nEfter omlægningen af vores betalingssystem skal vedhæftede faktura betales manuelt til " + newAccount(i + 1)
                        + ". Kontakt os ikke telefonisk, vi er i møde hele dagen.\n\nØkonomiafdelingen")
                    .attach("application/pdf", "Faktura " + no + ".pdf", invoicePdf(m, gartner, no, amount(), newAccount(i + 1), 0, List.of()));
                ownedBy(m, domainOf(addr));
            } else {
                Mime mime = invoiceMail(m, s, addr, (String) other[i][2], newAccount(i + 1), i + 1, change(i + 1, i + 2), List.of());
                mime.header("Reply-To", "finance." + s.domain().replace('.', '-') + "@outlook.com");
                genuine(m, dns.get(domainOf(addr)).spfIps().get(0));
            }
            m.description = "display name '" + other[i][2] + "' from authenticated " + domainOf(addr) + ", new account";
        }
    }

    private void compromised() {
        // the supplier's real mailbox: real server, real signature, asks payment to an account never used before
        List<Supplier> hacked = List.of(ncc, gk, arla, systematic, verdo, kompan);
        for (int i = 0; i < hacked.size(); i++) {
            Supplier s = hacked.get(i);
            M m = mail("compromised-supplier-new-account", true);
            String account = i % 2 == 0 ? NEW_DK[(i + 1) % NEW_DK.length] : FOREIGN[(i + 3) % FOREIGN.length];
            invoiceMail(m, s, address(s), s.name(), account, i + 2, i == 4 ? List.of() : change(i + 2, i + 3),
                i == 4 ? List.of("NB: ny bankforbindelse") : List.of());
            genuine(m, s.ip());
            m.description = "from " + s.domain() + "'s real server" + (dns.get(s.domain()).dkim() == null ? " (SPF)" : ", signed")
                + ", asks payment to a new " + (account.startsWith("IBAN DK") || account.startsWith("Reg") ? "DK" : account.substring(5, 7)) + " account";
        }
    }

    private void hijacks() {
        // a stolen thread (In-Reply-To a real earlier invoice) continued from a look-alike or a forged address
        Object[][] t = {{ncc, "ncc-faktura.dk", null}, {lyreco, null, "lyreco.ordre.dk@gmail.com"}, {gk, "gk-danmark.com", null},
            {systematic, null, "anne.kjaergaard.systematic@outlook.com"}, {dustin, "dustln.dk", null}};
        for (int i = 0; i < t.length; i++) {
            Supplier s = (Supplier) t[i][0];
            String d = t[i][1] == null ? s.domain() : (String) t[i][1];
            M m = mail("reply-chain-hijack", true);
            String ref = history.get(s.domain());
            String no = invoiceNo(s.name().substring(0, 1));
            Amount a = amount();
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@randers.dk", (i % 2 == 0 ? "SV: " : "RE: ") + "Faktura " + no)
                .header("In-Reply-To", ref).header("References", ref)
                .text((i % 2 == 0 ? "Hej igen\n\nSom lovet får I her den rettede faktura. Vær opmærksom på, at vi er skiftet til ny bank, så "
                    + "den gamle konto må ikke bruges." : "Hi again,\n\nAs discussed, attached is the corrected invoice. Please note the updated "
                    + "bank details and confirm once paid.") + "\n\n" + s.person() + "\n\n> " + day(m, -3) + " skrev Kreditor, Randers Kommune:\n"
                    + "> Hej, fakturaen mangler vores EAN-nummer. Kan I sende den igen?\n")
                .attach("application/pdf", "Faktura_" + no + "_rettet.pdf", invoicePdf(m, s, no, a, newAccount(i + 2), i, List.of()));
            if (t[i][1] == null) {
                mime.header("Reply-To", (String) t[i][2]);
                forged(m, 30 + i);
                m.description = "hijacked thread, forged " + d + " (" + (dns.get(d).dmarc() == null ? "no DMARC" : "DMARC " + dns.get(d).dmarc())
                    + "), Reply-To free mail";
            } else {
                ownedBy(m, d);
                m.description = "hijacked thread continued from look-alike " + d;
            }
        }
    }

    private void archives() {
        // the invoice PDF inside a ZIP, once in a folder, twice nested (a ZIP in the ZIP)
        Object[][] t = {{eg, "forged"}, {kompan, "secure-docshare.net"}, {verdo, "gmail.com"}, {arla, "forged"}, {kompan, "kornpan.com"}};
        for (int i = 0; i < t.length; i++) {
            Supplier s = (Supplier) t[i][0];
            String how = (String) t[i][1];
            M m = mail("archive-wrapped-pdf", true);
            String no = invoiceNo(s.name().substring(0, 1));
            String from = how.equals("forged") ? address(s) : how.equals("gmail.com") ? "verdo.opkraevning@gmail.com" : s.box() + "@" + how;
            Mime mime = headers(m, s.name(), from, to(), i % 2 == 0 ? "Faktura " + no + " (komprimeret)" : "Invoice " + no);
            byte[] pdf = invoicePdf(m, s, no, amount(), newAccount(i + 3), i, List.of());
            byte[] zip = switch (i) {
                case 1, 3 -> Attachments.zip("dokumenter.zip", Attachments.zip("Faktura_" + no + ".pdf", pdf));
                case 2 -> Attachments.zip("Verdo/", "", "Verdo/Faktura_" + no + ".pdf", pdf, "Verdo/læs_mig.txt", "Betal til kontoen i fakturaen");
                default -> Attachments.zip("Faktura_" + no + ".pdf", pdf);
            };
            mime.text(i % 2 == 0 ? "Hej\n\nFakturaen er pakket, da jeres system afviste den store PDF. Bemærk ny konto.\n\n" + s.name()
                    : "Hello,\n\nPlease find the invoice in the attached archive and process it today.\n\n" + s.name())
                .attach("application/zip", (i % 2 == 0 ? "Faktura_" : "Invoice_") + no + ".zip", zip);
            if (how.equals("forged")) {
                forged(m, 40 + i);
            } else {
                genuine(m, dns.get(how).spfIps().get(0));
            }
            m.description = "PDF invoice in a " + (i == 1 || i == 3 ? "nested ZIP" : i == 2 ? "ZIP folder" : "ZIP") + " from "
                + domainOf(from) + (how.equals("forged") ? " (forged)" : "");
        }
    }

    private void images() {
        // invoices that are only pixels: a scanned PDF, a PNG, a JPEG
        Object[][] t = {{kompan, "forged", "pdf"}, {lyreco, "lyrecco.dk", "png"}, {gartner, "outlook.com", "jpeg"},
            {null, "randers-kommune.dk", "pdf"}, {dustin, "forged", "png"}};
        for (int i = 0; i < t.length; i++) {
            Supplier s = (Supplier) t[i][0];
            String how = (String) t[i][1];
            String kind = (String) t[i][2];
            M m = mail("image-only-invoice", true);
            String no = invoiceNo("");
            String display = s == null ? "Randers Kommune Bogholderi" : s.name();
            String from = s == null ? "bogholderi@" + how : how.equals("forged") ? address(s) : how.equals("outlook.com")
                ? "juul.anlaeg@outlook.com" : s.box() + "@" + how;
            Mime mime = headers(m, display, from, to(), i % 2 == 0 ? "Faktura " + no : "Scannet faktura " + no + " til betaling")
                .text(i % 2 == 0 ? "Hej\n\nVedhæftet faktura. Beløbet skal indbetales på den konto, der står på fakturaen (ny konto).\n\n" + display
                    : "Hej\n\nVores scanner laver kun billeder i dag. Fakturaen skal betales inden fredag.\n\nVenlig hilsen\n" + display);
            switch (kind) {
                case "pdf" -> mime.attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.scannedPdf(docId(m, "scan")));
                case "png" -> mime.attach("image/png", "faktura-" + no + ".png", Attachments.image(docId(m, "png"), "png"));
                default -> mime.attach("image/jpeg", "Faktura " + no + ".jpeg", Attachments.image(docId(m, "jpeg"), "jpeg"));
            }
            if (how.equals("forged")) {
                forged(m, 50 + i);
            } else if (how.equals("outlook.com")) {
                genuine(m, "127.34.2.1");
            } else {
                ownedBy(m, how);
            }
            m.description = kind.toUpperCase(Locale.ROOT) + (kind.equals("pdf") ? " scan" : "") + " invoice without text from " + domainOf(from)
                + (how.equals("forged") ? " (forged)" : "");
        }
    }

    private void links() {
        // no attachment: an HTML button whose text names the real site and whose target is a look-alike
        String[][] t = {
            {"https://randers-betaling.dk/opkraevning/", "randers.dk/betaling", "Randers Kommune Opkrævning", "opkraevning@kundeservice-online.net"},
            {"https://verdo.com-betaling.net/faktura/", "verdo.com/mit-verdo", "Verdo A/S", "erhverv@verdo.com"},
            {"https://ncc.dk-kundeportal.com/invoice/", "ncc.dk/kundeportal", "NCC Danmark A/S", "faktura@ncc-faktura.dk"},
            {"https://" + idn("bіlly.dk") + "/v/", "billy.dk", "Randers Catering ApS", "randers.catering.faktura@gmail.com"},
            {"https://gk.dk.secure-payment.net/pay/", "gk.dk/betal", "GK Danmark A/S", "debitor@gk-danmark.com"},
        };
        for (int i = 0; i < t.length; i++) {
            M m = mail("html-link-lookalike", true);
            String no = invoiceNo("");
            String url = t[i][0] + no;
            boolean english = i == 4;
            headers(m, t[i][2], t[i][3], to(), english ? "Invoice " + no + " awaiting payment" : "Din faktura " + no + " er klar")
                .text((english ? "Invoice " + no + " is awaiting payment. Pay securely: " : "Faktura " + no + " er klar. Se og betal: ") + url)
                .html("<html><body><p>" + (english ? "Dear customer," : "Kære kunde,") + "</p><p>" + (english ? "Invoice " + no
                    + " (DKK " + amount().total() + ") is awaiting payment." : "Faktura " + no + " på DKK " + amount().total()
                    + " er klar til betaling.") + "</p><p><a href=\"" + url + "\" style=\"background:#004b87;color:#fff;padding:10px\">"
                    + t[i][1] + "</a></p><p>" + t[i][2] + "</p></body></html>");
            String d = domainOf(t[i][3]);
            if (d.equals("verdo.com")) {
                forged(m, 60 + i);
            } else if (d.equals("gmail.com")) {
                genuine(m, "127.34.1.1");
            } else {
                ownedBy(m, d);
            }
            m.description = "HTML link to " + url.replaceAll("https://([^/]+)/.*", "$1") + " from " + d + (d.equals("verdo.com") ? " (forged)" : "");
        }
    }

    private void macros() {
        Object[][] t = {{ncc, "forged", true}, {null, "kundeservice-online.net", false}, {lyreco, "outlook.com", true},
            {eg, "eg.dk-faktura.net", false}};
        for (int i = 0; i < t.length; i++) {
            Supplier s = (Supplier) t[i][0];
            String how = (String) t[i][1];
            boolean word = (Boolean) t[i][2];
            M m = mail("office-macro", true);
            String no = invoiceNo("");
            String name = s == null ? "Fakturaservice Online" : s.name();
            String from = how.equals("forged") ? address(s) : how.equals("outlook.com") ? "lyreco.ordre@outlook.com"
                : (s == null ? "faktura@" : s.box() + "@") + how;
            byte[] doc = word ? Attachments.word("Faktura " + no + "\nDokumentet er beskyttet. Klik 'Aktivér indhold' for at se beløbet.", true)
                : Attachments.excel(List.of("Fakturaspecifikation " + no, "Aktivér makroer for at vise linjerne"), true);
            headers(m, name, from, to(), word ? "Faktura " + no + " (beskyttet dokument)" : "Fakturaspecifikation " + no)
                .text(word ? "Hej\n\nFakturaen er vedhæftet som beskyttet dokument. Klik 'Aktivér indhold', når du åbner den.\n\n" + name
                    : "Hej\n\nSpecifikationen til fakturaen ligger i regnearket. Husk at tillade makroer.\n\n" + name)
                .attach(word ? "application/vnd.ms-word.document.macroEnabled.12" : "application/vnd.ms-excel.sheet.macroEnabled.12",
                    (word ? "Faktura_" : "Specifikation_") + no + (word ? ".docm" : ".xlsm"), doc);
            if (how.equals("forged")) {
                forged(m, 70 + i);
            } else if (how.equals("outlook.com")) {
                genuine(m, "127.34.2.1");
            } else {
                ownedBy(m, how);
            }
            m.description = (word ? ".docm" : ".xlsm") + " with vbaProject.bin from " + domainOf(from) + (how.equals("forged") ? " (forged)" : "");
        }
    }

    private void ceo() {
        String[][] t = {
            {"Borgmester Lene Kristoffersen", "lene.kristoffersen.borgmester@gmail.com", null},
            {"Mikkel Aagaard", "mikkel.aagaard@" + OWN, "forged"},
            {"Kommunaldirektør Mikkel Aagaard", "direktion@randers-kommune.dk", null},
            {"Lene Kristoffersen", "lene.kristoffersen@" + idn("randеrs.dk"), null},
            {"Lene Kristoffersen", "borgmester@" + OWN, "forged-replyto"},
        };
        String[] asks = {
            "Har du et øjeblik? Jeg skal bruge en hurtig overførsel på DKK %s til %s i dag. Det drejer sig om en fortrolig aftale, så "
                + "tal ikke med andre om det endnu. Skriv når det er gjort.",
            "Jeg er til KKR-møde og kan ikke tage telefonen. Betal venligst DKK %s til vores advokat, %s, inden kl. 13. Jeg "
                + "attesterer bagefter.",
            "Vi skal betale depositum på DKK %s for lejemålet i dag, ellers mister vi det. Kontoen er %s. Jeg regner med dig.",
            "Are you at your desk? I need an urgent payment of DKK %s to %s before the bank closes. Keep this between us for now.",
            "Kan du klare en betaling for mig? DKK %s til %s. Det er aftalt med økonomichefen, så du kan bare gennemføre den.",
        };
        for (int i = 0; i < t.length; i++) {
            M m = mail("ceo-urgent-payment", true);
            String addr = t[i][1];
            Mime mime = headers(m, t[i][0], addr, i % 2 == 0 ? "okonomi@randers.dk" : "bogholderiet@randers.dk",
                i == 3 ? "Quick request" : i % 2 == 0 ? "Fortroligt" : "Haster - betaling i dag")
                .text("Hej\n\n" + String.format(asks[i], amount().total(), newAccount(i + 1)) + "\n\n" + t[i][0].replaceAll(".* ", "")
                    + "\n\nSendt fra min iPad");
            if ("forged".equals(t[i][2])) {
                forged(m, 80 + i);
            } else if ("forged-replyto".equals(t[i][2])) {
                mime.header("Reply-To", "borgmester.randers@outlook.com");
                forged(m, 80 + i);
            } else if (domainOf(addr).equals("gmail.com")) {
                genuine(m, "127.34.1.1");
            } else {
                ownedBy(m, domainOf(addr));
            }
            m.description = "CEO fraud: '" + t[i][0] + "' <" + addr + ">" + (t[i][2] == null ? "" : " " + t[i][2]);
        }
    }

    private void foreignAndUnordered() {
        // an unknown authenticated sender bills an unordered "registration", or a Danish supplier suddenly wants a foreign IBAN
        M m = mail("foreign-iban-unordered", true);
        String no = invoiceNo("ER");
        Supplier reg = new Supplier("Erhvervsregister Danmark", "erhvervsregister-dk.com", "Registreringsafdelingen", "faktura", null,
            FOREIGN[0], "årlig registrering i Erhvervsregister Danmark 2027");
        headers(m, reg.name(), "faktura@erhvervsregister-dk.com", to(), "Faktura " + no + " - fornyelse af registrering")
            .text("Kære virksomhed\n\nJeres registrering udløber. Betal vedhæftede faktura inden 8 dage til " + FOREIGN[0]
                + " (BIC CBVILT2X) for at bevare jeres oplysninger i registret.\n\nErhvervsregister Danmark")
            .attach("application/pdf", "Faktura_" + no + ".pdf", invoicePdf(m, reg, no, amount(), FOREIGN[0], 0,
                List.of("Ydelsen er et tilbud; betaling er accept af vilkårene")));
        ownedBy(m, "erhvervsregister-dk.com");
        m.description = "unknown authenticated sender bills an unordered 'registration', LT IBAN";

        m = mail("foreign-iban-unordered", true);
        no = invoiceNo("EU");
        Supplier dir = new Supplier("EU Business Directory Ltd", "eu-firmakatalog.com", "Billing", "billing", null, FOREIGN[5],
            "EU Business Directory listing 2027-2029");
        headers(m, "EU Firmakatalog", "billing@eu-firmakatalog.com", to(), "Invoice " + no + " - directory listing")
            .text("Dear Sir/Madam,\n\nThank you for updating your company data. Your listing fee is now due. Please transfer to "
                + FOREIGN[5] + " within 7 days.\n\nEU Business Directory")
            .attach("application/pdf", "Invoice_" + no + ".pdf", invoicePdf(m, dir, no, amount(), FOREIGN[5], 1, List.of("3-year listing")));
        ownedBy(m, "eu-firmakatalog.com");
        m.description = "unknown authenticated sender bills an unordered directory listing, BG IBAN";

        m = mail("foreign-iban-unordered", true);
        no = invoiceNo("NF");
        Supplier ann = new Supplier("Nordisk Fakturaservice ApS", "nordisk-fakturaservice.dk", "Kundeservice", "post", null, FOREIGN[4],
            "annonce i Kommunal Indkøbsguide 2027");
        headers(m, "Nordisk Fakturaservice", "post@nordisk-fakturaservice.dk", to(), "Faktura " + no)
            .text("Hej\n\nHermed faktura for jeres annonce, som aftalt telefonisk med jeres medarbejder. Beløbet indbetales til "
                + FOREIGN[4] + ".\n\nNordisk Fakturaservice")
            .attach("application/pdf", "Faktura_" + no + ".pdf", invoicePdf(m, ann, no, amount(), FOREIGN[4], 2, List.of()));
        ownedBy(m, "nordisk-fakturaservice.dk");
        m.description = "unknown authenticated .dk sender bills an advert 'agreed by phone', HU IBAN";

        Object[][] forged = {{kompan, FOREIGN[2], "PL"}, {gartner, FOREIGN[6], "RO"}};
        for (int i = 0; i < forged.length; i++) {
            Supplier s = (Supplier) forged[i][0];
            m = mail("foreign-iban-unordered", true);
            invoiceMail(m, s, address(s), s.name(), (String) forged[i][1], i == 0 ? 3 : 5,
                List.of(i == 0 ? "Payments are now handled by our European treasury centre." : "Vi bruger nu en udenlandsk bank."),
                List.of("SWIFT/BIC: " + (i == 0 ? "WBKPPLPP" : "RNCBROBU")));
            forged(m, 90 + i);
            m.description = "forged " + s.domain() + " (SPF only) asks payment to a " + forged[i][2] + " IBAN";
        }
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return output(allTest());
    }

    /** Writes the held-out corpus under {@code dir} (mails/, zones/, labels.tsv, config.properties). */
    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus().generate(), List.of(
            "# Randers Kommune: invoice checks in conf/spoofguard.properties (held-out corpus run, InvoiceCorpusIT).",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=ncc.dk gk.dk arla.dk verdo.com kompan.com lyreco.dk systematic.com eg.dk dustin.dk",
            "invoice.names.protected=Randers Kommune"));
    }
}
