package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimSigner;

/**
 * The labelled invoice corpus (issue 11 item 5): a deterministic generator of real mails (MIME, PDFBox PDFs,
 * ZIPs, OOXML, images, DKIM signatures made with our {@link DkimSigner} by keys derived from a fixed seed), the
 * DNS each sender's domains publish (SPF, DKIM keys, DMARC), and a label file.
 *
 * <p>DNS is one world: a domain publishes the same records for every mail that touches it, and each mail's
 * authentication follows from where it is sent (client IP), not from a label. Genuine senders send from the
 * addresses their SPF lists and sign with their keys; fraudsters send from their own addresses, sign only for
 * domains they own, and forge or imitate the rest. The generator also writes the SPF/DKIM/DMARC result each
 * mail should get (computed from the records, RFC 7208/6376/7489 in the simple cases used here); the
 * end-to-end test checks that the server computed exactly that, so a corpus mail is what its family says.
 *
 * <p>Layout under {@link #DIR}: {@code mails/<id>.eml}, {@code zones/<id>.zone} (the records of the domains
 * the mail touches, absolute names), {@code labels.tsv}, {@code config.properties} (the server's
 * {@code invoice.*} settings for the run). Regenerate with
 * {@code mvn -pl it test -Dtest=InvoiceCorpusGeneratorTest -Dinvoice.corpus.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class InvoiceCorpus extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus");
    public static final String OWN = "aarhus.dk";
    private final Random rnd = new Random(20261130L);
    private final Map<String, String> history = new LinkedHashMap<>();

    // ------------------------------------------------------------------------------------------ world

    static final String ATTACKER_NET = "127.66.";

    /** History (wave 1) is dated in September, everything else in the three weeks from 5 October, office hours. */
    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2026, 9, 7, 7, 0, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2026, 10, 5, 7, 0, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return ATTACKER_NET + "1.";
    }

    private final Supplier danfoss = new Supplier("Danfoss A/S", "danfoss.dk", "Mette Kragh", "faktura", "127.20.1.1",
        bank("3000", "4471120398"), "varmeregulatorer til Rådhuset");
    private final Supplier kmd = new Supplier("KMD A/S", "kmd.dk", "Jonas Holm", "debitor", "127.20.2.1",
        iban("DK", "20000655123418"), "drift af OPUS Økonomi, oktober");
    private final Supplier atea = new Supplier("Atea A/S", "atea.dk", "Sofie Lund", "faktura", "127.20.3.1",
        bank("9570", "0012345678"), "50 stk. bærbare computere til skoleområdet");
    private final Supplier ramboll = new Supplier("Rambøll Danmark A/S", "ramboll.dk", "Henrik Dahl", "invoice",
        "127.20.4.1", iban("DK", "30000001122334"), "rådgivning, renovering af Aarhus Å");
    private final Supplier netcompany = new Supplier("Netcompany A/S", "netcompany.com", "Peter Birk", "accounts",
        "127.20.5.1", iban("DK", "52950001812999"), "udvikling af borgerportal, sprint 14");
    private final Supplier bygma = new Supplier("Bygma A/S", "bygma.dk", "Lone Bech", "kreditor", "127.20.8.1",
        bank("7890", "0006543210"), "byggematerialer til Vejlby Skole");
    private final Supplier kontorland = new Supplier("Kontorland ApS", "kontorland.dk", "Kim Vestergaard", "ordre",
        "127.20.6.1", bank("5301", "0244556677"), "kontorartikler, kvartalslevering");
    private final Supplier nordicOffice = new Supplier("Nordic Office Supply A/S", "nordic-office.dk", "Anna Berg",
        "invoice", "127.20.9.1", iban("SE", "50000000058398257466"), "møbler til Borgerservice (Stockholm-lager)");
    private final Supplier vvs = new Supplier("VVS-Hansen ApS", "vvs-hansen.dk", "Ole Hansen", "ole", "127.20.7.1",
        bank("1551", "3456789012"), "udskiftning af vandvarmer, Lystrup Bibliotek");
    private final Supplier tomrer = new Supplier("Tømrer Nielsen", "tomrer-nielsen.dk", "Bent Nielsen", "info",
        "127.20.10.1", bank("6140", "0004455667"), "reparation af tag, Tranbjerg Børnehus");
    private final Supplier arkitekt = new Supplier("Arkitektfirmaet Berg", "arkitekt-berg.dk", "Ida Berg", "kontor",
        "127.20.11.1", bank("2251", "8800112233"), "skitseforslag, ny idrætshal");

    private final List<Supplier> known = List.of(danfoss, kmd, atea, ramboll, netcompany, bygma, kontorland);

    private void world() {
        // our own domain: hosted outbound at 127.10.0.1
        domain(OWN, List.of("127.10.0.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("danfoss.dk", List.of(danfoss.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kmd.dk", List.of(kmd.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("atea.dk", List.of(atea.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ramboll.dk", List.of(ramboll.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("netcompany.com", List.of(netcompany.ip()), "-all", null, null);
        domain("bygma.dk", List.of(bygma.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kontorland.dk", List.of(kontorland.ip()), "~all", DkimAlgorithm.ED25519_SHA256, null);
        domain("nordic-office.dk", List.of(nordicOffice.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vvs-hansen.dk", List.of(vvs.ip()), "-all", null, null);
        domain("tomrer-nielsen.dk", null, null, null, null);
        domain("arkitekt-berg.dk", List.of("127.20.99.1"), "~all", null, null); // misconfigured: wrong IP
        // invoicing platforms, ESPs, banks, authorities, free mail, SaaS
        domain("e-conomic.dk", List.of("127.21.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("dinero.dk", List.of("127.21.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("sendgrid.net", List.of("127.21.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("mcsv.net", List.of("127.21.4.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("danskebank.dk", List.of("127.22.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordea.dk", List.of("127.22.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("kl.dk", List.of("127.23.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("digst.dk", List.of("127.23.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kombit.dk", List.of("127.23.4.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("odense.dk", List.of("127.23.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vejle.dk", List.of("127.23.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("silkeborg.dk", List.of("127.23.7.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("kommunenet.dk", List.of("127.23.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "none"); // list server
        domain("kommunalbladet.dk", null, null, null, null);
        domain("gmail.com", List.of("127.24.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.24.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of("127.24.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("forward-mail.net", List.of("127.25.1.1"), "-all", null, null); // a private forwarding service
        domain("zoom.us", List.of("127.26.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("jetbrains.com", List.of("127.26.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("scandichotels.com", List.of("127.26.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // fraudsters' own domains: they publish SPF, sign with DKIM and often add DMARC, so they authenticate
        String[] attacker = {"danfos.dk", "atea-faktura.dk", "kmd-dk.net", "aarhus-faktura.dk", "aarhus.dk-betaling.com",
            "bygrna.dk", "netcompany-invoice.com", "atea-dk.com", "danfoss-dk.com", "aarhus-kommune.dk",
            "fakturaservice-online.com", "betalingsservice-dk.net", "dansk-kontorservice.dk", "nordic-invoicing.com",
            "invoice-docs.net", idn("dаnfoss.dk"), idn("аtea.dk"), idn("rаmboll.dk"), idn("аarhus.dk"), idn("bygmа.dk")};
        for (int i = 0; i < attacker.length; i++) {
            domain(attacker[i], List.of(ATTACKER_NET + "3." + (i + 1)), "-all",
                i % 3 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256, i % 2 == 0 ? "none" : "reject");
        }
    }

    // ------------------------------------------------------------------------------------------ money

    private String amount() {
        double v = 1500 + rnd.nextInt(180_000) + rnd.nextInt(100) / 100.0;
        return String.format(Locale.forLanguageTag("da-DK"), "%,.2f", v);
    }

    private String invoiceNo() {
        return String.valueOf(10_000 + rnd.nextInt(89_999));
    }

    private static final String[] FOREIGN = {
        iban("LT", "7300010123456789"), iban("GB", "NWBK60161331926819"), iban("PL", "109010140000071219812874"),
        iban("EE", "382200221020145685"), iban("NL", "ABNA0417164300"), iban("CY", "002001280000001200527600"),
        iban("DE", "370400440532013000")};
    private static final String[] NEW_DK = {bank("5479", "0081726354"), bank("8117", "0004455123"),
        bank("6695", "2233445566"), iban("DK", "89000012340098")};

    // ------------------------------------------------------------------------------------------ building

    private static final String[] TO = {"kreditor@aarhus.dk", "okonomi@aarhus.dk", "indkob@aarhus.dk",
        "bogholderi@aarhus.dk", "faktura@aarhus.dk", "teknik-miljo@aarhus.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    /** The invoice PDF a supplier's system prints: same layout whoever really sent it. */
    private byte[] invoicePdf(Supplier s, String no, String amount, String account, boolean english, List<String> extra) {
        List<String> lines = new ArrayList<>();
        lines.add(s.name() + "  -  CVR " + (20_000_000 + Math.abs(s.domain().hashCode() % 9_000_000)));
        lines.add(english ? "Customer: Aarhus Municipality, Rådhuspladsen 2, 8000 Aarhus C"
            : "Kunde: Aarhus Kommune, Rådhuspladsen 2, 8000 Aarhus C");
        lines.add(english ? "Invoice no. " + no + "   EAN 5798005770000" : "Fakturanr. " + no + "   EAN 5798005770000");
        lines.add((english ? "Description: " : "Beskrivelse: ") + s.what());
        lines.add((english ? "Total incl. VAT: DKK " : "Total inkl. moms: DKK ") + amount);
        lines.add(english ? "Payment terms: 30 days net" : "Betalingsbetingelser: netto 30 dage");
        lines.addAll(extra);
        lines.add((english ? "Pay to: " : "Betales til: ") + account);
        return Attachments.pdf(Math.abs((long) (s.domain() + no).hashCode()), english ? "INVOICE" : "FAKTURA", lines);
    }

    private static final String[][] INVOICE_BODIES = {
        {"Faktura %s", "Hej\n\nHermed faktura %s for %s.\nBeløbet forfalder om 30 dage.\n\nVenlig hilsen\n%s\n%s"},
        {"Faktura nr. %s fra %s", "Kære kunde\n\nVedhæftet finder I faktura nr. %s vedrørende %s.\n\nMed venlig hilsen\n%s\n%s, Debitorbogholderiet"},
        {"Invoice %s", "Dear customer,\n\nPlease find attached invoice %s for %s.\nPayment terms: 30 days net.\n\nKind regards,\n%s\n%s Accounts Receivable"},
        {"Deres faktura %s", "Goddag\n\nSe venligst vedhæftede faktura %s (%s). Ved spørgsmål er I velkomne til at kontakte os.\n\n%s\n%s"},
        {"Ny faktura %s", "Til bogholderiet\n\nVi fremsender hermed faktura %s for %s. Husk at angive fakturanummer ved betaling.\n\nVh %s\n%s"},
    };

    /** A supplier invoice mail (body + PDF); fraud families reuse it with another sender or account. */
    private Mime supplierInvoice(M m, Supplier s, String fromAddress, String displayName, String account, int variant,
                                 List<String> bodyExtra, List<String> pdfExtra) {
        String no = invoiceNo();
        String amount = amount();
        String[] t = INVOICE_BODIES[variant % INVOICE_BODIES.length];
        boolean english = variant % INVOICE_BODIES.length == 2;
        String subject = t[0].contains("fra") ? String.format(t[0], no, s.name()) : String.format(t[0], no);
        String body = String.format(t[1], no, s.what(), s.person(), s.name());
        if (!bodyExtra.isEmpty()) {
            body = body.replaceFirst("\n\n", "\n\n" + String.join("\n", bodyExtra) + "\n\n");
        }
        Mime mime = headers(m, displayName, fromAddress, to(), subject).text(body);
        mime.attach("application/pdf", (english ? "Invoice_" : variant % 2 == 0 ? "Faktura_" : "faktura-") + no + ".pdf",
            invoicePdf(s, no, amount, account, english, pdfExtra));
        return mime;
    }

    private Mime supplierInvoice(M m, Supplier s, String account, int variant) {
        return supplierInvoice(m, s, s.box() + "@" + s.domain(), s.name(), account, variant, List.of(), List.of());
    }

    // ------------------------------------------------------------------------------------------ legit families

    private void legit() {
        // supplier invoices signed by the supplier (DMARC pass or aligned DKIM). Wave 1: the history every
        // later mail follows (the first invoice with each known supplier's usual account).
        List<Supplier> signed = List.of(danfoss, kmd, atea, ramboll, bygma, kontorland, nordicOffice);
        for (int i = 0; i < 14; i++) {
            Supplier s = signed.get(i % signed.size());
            M m = mail("supplier-invoice-dkim", false);
            m.genuine = true;
            m.wave = i < 6 ? 1 : 2;
            supplierInvoice(m, s, s.account(), i);
            genuine(m, s.ip());
            history.put(s.domain(), messageId(m, s.domain()));
            m.description = s.domain() + " invoice, signed, usual account" + (s == nordicOffice ? " (Swedish IBAN)" : "")
                + (m.wave == 1 ? ", history" : "");
        }
        // supplier invoices without DKIM, authenticated by aligned SPF (no DMARC record)
        for (int i = 0; i < 6; i++) {
            Supplier s = i % 2 == 0 ? netcompany : vvs;
            M m = mail("supplier-invoice-spf-only", false);
            m.genuine = true;
            if (i == 3) {
                String no = invoiceNo();
                headers(m, s.person(), s.box() + "@" + s.domain(), to(), "Regning " + no)
                    .text("Hej\n\nHermed regning for " + s.what() + ". Den er scannet, da printeren driller.\n\nMvh Ole")
                    .attach("application/pdf", "Scan_" + no + ".pdf", Attachments.scannedPdf(no.hashCode()));
                m.description = "scanned (image-only) invoice from an SPF-authenticated small supplier";
            } else {
                supplierInvoice(m, s, s.account(), i + 1);
                m.description = s.domain() + " invoice, SPF aligned pass, no DKIM";
            }
            genuine(m, s.ip());
        }
        // small suppliers with no or broken authentication: legitimate but unproven
        for (int i = 0; i < 4; i++) {
            Supplier s = i % 2 == 0 ? tomrer : arkitekt;
            M m = mail("supplier-invoice-unauthenticated", false);
            if (i == 2) {
                String no = invoiceNo();
                headers(m, s.person(), s.box() + "@" + s.domain(), to(), "Faktura tag Tranbjerg")
                    .text("Hej\nFaktura er vedhæftet som billede.\nBent")
                    .attach("image/jpeg", "IMG_" + no + ".jpg", Attachments.image(no.hashCode(), "jpeg"));
                m.description = "photographed invoice (JPEG) from a supplier without SPF/DKIM";
            } else {
                supplierInvoice(m, s, s.account(), i + 3);
                m.description = s.domain() + (s == tomrer ? " invoice, no SPF/DKIM/DMARC" : " invoice, SPF softfail (misconfigured)");
            }
            genuine(m, s.ip());
        }
        // payment reminders from known suppliers, signed
        String[][] reminders = {
            {"Rykker: faktura %s er forfalden", "Hej\n\nVi kan se, at faktura %s på DKK %s endnu ikke er betalt. Vi beder jer venligst betale inden 8 dage for at undgå rykkergebyr.\n\nVenlig hilsen\n%s"},
            {"Betalingspåmindelse - faktura %s", "Kære kunde\n\nDette er en venlig påmindelse om faktura %s (DKK %s), som forfaldt sidste uge. Har I allerede betalt, kan I se bort fra denne mail.\n\n%s"},
            {"Payment reminder: invoice %s overdue", "Dear customer,\n\nOur records show that invoice %s (DKK %s) is overdue. Please arrange payment at your earliest convenience.\n\nRegards,\n%s"},
            {"2. rykker for faktura %s", "Goddag\n\nFaktura %s på DKK %s er fortsat ubetalt. Betales beløbet ikke inden 10 dage, overgår sagen til inkasso.\n\n%s"},
            {"Kontoudtog og påmindelse %s", "Hej\n\nVedlagt kontoudtog. Faktura %s (DKK %s) står stadig åben.\n\nMvh\n%s"},
        };
        List<Supplier> remind = List.of(danfoss, atea, kmd, bygma, ramboll);
        for (int i = 0; i < 5; i++) {
            Supplier s = remind.get(i);
            M m = mail("payment-reminder", false);
            m.genuine = true;
            String no = invoiceNo();
            String amount = amount();
            headers(m, s.name(), s.box() + "@" + s.domain(), to(), String.format(reminders[i][0], no))
                .text(String.format(reminders[i][1], no, amount, s.name()))
                .attach("application/pdf", "Rykker_" + no + ".pdf", invoicePdf(s, no, amount, s.account(), i == 2,
                    List.of(i == 2 ? "PAYMENT REMINDER - overdue" : "RYKKER - forfalden til betaling")));
            genuine(m, s.ip());
            m.description = s.domain() + " payment reminder, signed, usual account";
        }
        // invoices sent through invoicing platforms in the supplier's name (authenticated as the platform)
        String[][] platforms = {{"e-conomic.dk", "Rambøll Danmark A/S via e-conomic"}, {"dinero.dk", "Malerfirma Jensen"},
            {"e-conomic.dk", "Aarhus Rengøring ApS"}, {"dinero.dk", "Cykelværkstedet Trøjborg"}};
        for (int i = 0; i < 4; i++) {
            M m = mail("invoice-platform", false);
            m.genuine = true;
            String no = invoiceNo();
            Supplier s = new Supplier(platforms[i][1], platforms[i][0], platforms[i][1], "noreply", null,
                bank("9" + (100 + i * 7), "00" + (44556677 + i * 1111)), "ydelser i oktober");
            headers(m, platforms[i][1], "noreply@" + platforms[i][0], to(), "Faktura " + no + " fra " + platforms[i][1])
                .header("Reply-To", "bogholder@" + (i == 0 ? "ramboll.dk" : "example-firma" + i + ".dk"))
                .text("Hej Aarhus Kommune\n\n" + platforms[i][1] + " har sendt dig faktura " + no
                    + ". Du kan også se fakturaen online: https://faktura." + platforms[i][0] + "/v/" + no
                    + "\n\nDenne mail er sendt via " + platforms[i][0] + ".")
                .attach("application/pdf", "Faktura_" + no + ".pdf", invoicePdf(s, no, amount(), s.account(), false, List.of()));
            genuine(m, dns.get(platforms[i][0]).spfIps().get(0));
            m.description = "invoice via " + platforms[i][0] + " in the name of " + platforms[i][1];
        }
        // OIOUBL / Peppol BIS e-invoices as XML
        List<Supplier> einv = List.of(kmd, netcompany, danfoss, bygma, atea);
        for (int i = 0; i < 5; i++) {
            Supplier s = einv.get(i);
            M m = mail("e-invoice-xml", false);
            m.genuine = true;
            String no = invoiceNo();
            boolean peppol = i % 2 == 1;
            headers(m, s.name(), s.box() + "@" + s.domain(), to(), (peppol ? "Peppol BIS invoice " : "OIOUBL faktura ") + no)
                .text(peppol ? "Electronic invoice attached (Peppol BIS Billing 3.0)." : "Elektronisk faktura vedhæftet (OIOUBL 2.1).")
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml", ubl(s, no, peppol));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS" : " OIOUBL") + " XML invoice";
        }
        // newsletters
        newsletter("kl.dk", "mcsv.net", "KL Nyhedsbrev", "nyhedsbrev@kl.dk", "KL Økonomi: nye regler for fakturering og betalingsfrister",
            "Læs om de nye regler for elektronisk fakturering (NemHandel), betalingsfrister og rykkergebyrer.\nLæs mere: https://www.kl.dk/okonomi",
            "kl.dk");
        newsletter("digst.dk", "digst.dk", "Digitaliseringsstyrelsen", "nyheder@digst.dk", "NemHandel: status og driftsinfo",
            "NemHandel-registret opdateres i weekenden. Fakturaer sendt i perioden leveres mandag.\nhttps://digst.dk/it-loesninger/nemhandel/",
            "digst.dk");
        newsletter("e-conomic.dk", "e-conomic.dk", "e-conomic", "nyt@e-conomic.dk", "Nyt i e-conomic: hurtigere fakturering og automatisk rykker",
            "Send faktura, kreditnota og rykker med ét klik. Opdater dine bankoplysninger under Indstillinger.\nhttps://www.e-conomic.dk/nyheder",
            "e-conomic.dk");
        newsletter("danskebank.dk", "danskebank.dk", "Danske Bank Erhverv", "erhverv@danskebank.dk", "Pas på falske fakturaer",
            "Svindlere udgiver sig for leverandører og beder om betaling til en ny konto. Ring altid til leverandøren på et kendt nummer.\nhttps://danskebank.dk/erhverv/sikkerhed",
            "danskebank.dk");
        newsletter("kommunalbladet.dk", "sendgrid.net", "Kommunalbladet", "redaktion@kommunalbladet.dk", "Ugens nyheder: indkøb og udbud",
            "Nye udbudsregler, store leverandørfakturaer og et kig på kommunernes betalingsfrister.\nhttps://kommunalbladet.dk/nyheder",
            "sendgrid.net");
        // mailing lists: the list server adds a tag and a footer, breaking the author's signature: DMARC fails
        String[][] authors = {{"kl.dk", "Marianne Holt"}, {"kombit.dk", "Jesper Vang"}, {"odense.dk", "Helle Krogh"},
            {"vejle.dk", "Thomas Riis"}, {"silkeborg.dk", "Birgitte Moos"}};
        String[] topics = {"Faktura fra leverandør uden EAN", "Erfaringer med rykkere fra KMD", "Ændrede bankoplysninger - hvordan kontrollerer I?",
            "Kreditnota på forkert beløb", "Invoice from foreign supplier without Peppol"};
        for (int i = 0; i < 5; i++) {
            M m = mail("mailing-list-dmarc-fail", false);
            String author = authors[i][1].toLowerCase(Locale.ROOT).replace(' ', '.').replace("ø", "oe") + "@" + authors[i][0];
            m.mailFrom = "okonomi-net-bounces@kommunenet.dk";
            Mime mime = headers(m, authors[i][1], author, "okonomi-net@kommunenet.dk", topics[i])
                .header("List-Id", "<okonomi-net.kommunenet.dk>")
                .text("Hej alle\n\n" + topics[i] + ": hvordan håndterer I det? Vi har fået en faktura, hvor leverandøren beder "
                    + "om betaling til en ny konto. Vi ringer altid til leverandøren, før vi ændrer kontonummer i systemet.\n\n"
                    + "Venlig hilsen\n" + authors[i][1] + "\n" + authors[i][0]);
            if (i == 3) {
                mime.attach("application/pdf", "kreditnota-eksempel.pdf", Attachments.pdf(7000 + i, "KREDITNOTA",
                    List.of("Eksempel til listen", "Kreditnota til faktura 55012", "Beløb: DKK -1.250,00")));
            }
            m.ip = "127.23.1.1";
            m.helo = "lists.kommunenet.dk";
            m.signers.add(authors[i][0]);
            m.afterSigning = raw -> listRewrite(raw);
            m.listSigner = "kommunenet.dk";
            m.description = "list post by " + author + " (" + dns.get(authors[i][0]).dmarc() + "), tag+footer break DKIM";
        }
        // forwarded mail
        forwardedNoSrs(atea, 0);
        forwardedNoSrs(danfoss, 1);
        for (int i = 0; i < 3; i++) {
            M m = mail("forwarded", false);
            String no = invoiceNo();
            Supplier s = List.of(kmd, bygma, tomrer).get(i);
            byte[] pdf = invoicePdf(s, no, amount(), s.account(), false, List.of());
            if (i == 2) {
                m.mailFrom = "k.larsen@gmail.com";
                headers(m, "Karen Larsen", "k.larsen@gmail.com", "borgerservice@aarhus.dk", "Fwd: Faktura " + no)
                    .text("Hej\n\nJeg har fået denne regning for arbejdet på min mors bolig, som kommunen skulle betale. Kan I se på den?\n\n"
                        + "---------- Videresendt besked ----------\nFra: Tømrer Nielsen <info@tomrer-nielsen.dk>\nEmne: Faktura " + no)
                    .attach("application/pdf", "Faktura_" + no + ".pdf", pdf);
                genuine(m, "127.24.1.1");
                m.description = "citizen forwards a craftsman's invoice from gmail";
            } else {
                String colleague = i == 0 ? "lars.moeller@aarhus.dk" : "pia.skov@aarhus.dk";
                headers(m, i == 0 ? "Lars Møller" : "Pia Skov", colleague, to(), "VS: Faktura " + no + " fra " + s.name())
                    .text("Hej\n\nKan I bogføre vedhæftede faktura? Den er godkendt af mig.\n\n"
                        + "Fra: " + s.name() + " <" + s.box() + "@" + s.domain() + ">\nEmne: Faktura " + no + "\n\nHermed faktura.")
                    .attach("application/pdf", "Faktura_" + no + ".pdf", pdf);
                m.genuine = true;
                genuine(m, "127.10.0.1");
                m.description = "colleague forwards an approved supplier invoice (own domain, signed)";
            }
        }
        // bank notices
        String[][] bank = {
            {"danskebank.dk", "Danske Bank", "noreply@danskebank.dk", "Betalingsadvisering", "Der er indgået en betaling på DKK 125.400,00 fra Aarhus Kommune til " + bank("3000", "4471120398") + ".\nSe detaljer i Business Online."},
            {"nordea.dk", "Nordea", "kundeservice@nordea.dk", "Dit kontoudtog er klar", "Dit kontoudtog for oktober er klar i Netbank. Kontonummer ****1234.\nDenne mail indeholder ingen links."},
            {"danskebank.dk", "Danske Bank", "noreply@danskebank.dk", "Ny betalingsmodtager oprettet", "En ny betalingsmodtager er oprettet i District: Bygma A/S, " + bank("7890", "0006543210") + ".\nHar du ikke selv oprettet modtageren, så kontakt os straks."},
            {"nordea.dk", "Nordea Business", "business@nordea.dk", "Payment confirmation", "Your payment of DKK 48,250.00 to Danfoss A/S (invoice 10233) has been executed."},
            {"danskebank.dk", "Danske Bank", "noreply@danskebank.dk", "Ændring af kontooplysninger gennemført", "Ændringen af kontooplysninger på jeres NemKonto er gennemført. Har I spørgsmål, så ring til os."},
        };
        for (String[] b : bank) {
            M m = mail("bank-notice", false);
            Mime mime = headers(m, b[1], b[2], "okonomi@aarhus.dk", b[3]).text(b[4] + "\n\nVenlig hilsen\n" + b[1]);
            if (b[3].equals("Dit kontoudtog er klar")) {
                mime.attach("application/pdf", "Kontoudtog_oktober.pdf", Attachments.pdf(9100, "KONTOUDTOG",
                    List.of("Aarhus Kommune", "Saldo primo: 1.204.332,00", "Saldo ultimo: 998.120,50")));
            }
            genuine(m, dns.get(b[0]).spfIps().get(0));
            m.description = b[0] + " notice: " + b[3];
        }
        // internal mail
        String[][] internal = {
            {"Jens Aagaard", "Godkendelse af faktura fra Atea", "Hej\n\nFakturaen fra Atea på de 50 computere er godkendt. Bogfør den på konto 4410.\n\nJens"},
            {"Mette Bro", "Budgetopfølgning oktober", "Hej alle\n\nHusk budgetopfølgningen fredag. Vi gennemgår også ubetalte fakturaer og rykkere.\n\nMette"},
            {"Lars Møller", "SV: Rykker fra KMD", "Hej\n\nRykkeren fra KMD er en fejl, fakturaen blev betalt 2. oktober.\n\n> Fra: kreditor@aarhus.dk\n> Vi har fået en rykker fra KMD på faktura 55123.\n\nLars"},
            {"Pia Skov", "Ny leverandør oprettet - bankoplysninger", "Hej\n\nJeg har oprettet Malerfirma Jensen som leverandør med " + bank("9180", "0044556677") + ". Bankoplysningerne er bekræftet telefonisk.\n\nPia"},
            {"Susanne Kjær", "Frokost fredag", "Hej alle\n\nVi holder fælles frokost fredag kl. 12 i kantinen. Tilmelding hos mig.\n\nSusanne"},
        };
        for (int i = 0; i < internal.length; i++) {
            M m = mail("internal", false);
            String addr = internal[i][0].toLowerCase(Locale.ROOT).replace(' ', '.').replace("ø", "oe").replace("æ", "ae") + "@" + OWN;
            Mime mime = headers(m, internal[i][0], addr, to(), internal[i][1]).text(internal[i][2]);
            if (i == 1) {
                mime.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "budget_oktober.xlsx",
                    Attachments.excel(List.of("Område;Budget;Forbrug", "IT;4.200.000;3.950.112", "Bygninger;9.800.000;9.112.004"), false));
            }
            genuine(m, "127.10.0.1");
            m.description = "internal mail: " + internal[i][1];
        }
        // other legitimate traffic
        other();
    }

    private void other() {
        M m = mail("other", false);
        headers(m, "Karen Larsen", "k.larsen@gmail.com", "borgerservice@aarhus.dk", "Spørgsmål om rykker for daginstitution")
            .text("Hej\n\nJeg har fået en rykker for betaling af daginstitution, men jeg har betalt via betalingsservice. "
                + "Kan I se på det? Mit kontonummer er " + bank("1234", "5678901234") + ".\n\nMvh Karen");
        genuine(m, "127.24.1.1");
        m.description = "citizen asks about a reminder, from gmail";

        m = mail("other", false);
        m.genuine = true;
        String no = invoiceNo();
        Supplier zoom = new Supplier("Zoom Video Communications, Inc.", "zoom.us", "Zoom Billing", "billing", null,
            iban("GB", "NWBK60161331926819"), "Zoom Business, 25 licenses");
        headers(m, "Zoom Billing", "billing@zoom.us", "it-indkob@aarhus.dk", "Your Zoom invoice " + no)
            .text("Thank you for your payment. Your invoice " + no + " is attached.\n\nZoom Billing")
            .attach("application/pdf", "Invoice_" + no + ".pdf", invoicePdf(zoom, no, amount(), zoom.account(), true, List.of("Paid by card")));
        genuine(m, "127.26.1.1");
        m.description = "SaaS receipt in English with a GB IBAN, signed";

        m = mail("other", false);
        m.genuine = true;
        no = invoiceNo();
        Supplier jb = new Supplier("JetBrains s.r.o.", "jetbrains.com", "JetBrains Sales", "sales", null,
            iban("CZ", "55000000001234567899"), "IntelliJ IDEA, 10 licenses");
        headers(m, "JetBrains Sales", "sales@jetbrains.com", "it-indkob@aarhus.dk", "JetBrains invoice " + no)
            .text("Dear customer,\n\nPlease find your invoice attached. Kindly pay by bank transfer within 30 days.\n\nJetBrains Sales")
            .attach("application/pdf", "invoice-" + no + ".pdf", invoicePdf(jb, no, amount(), jb.account(), true, List.of()));
        genuine(m, "127.26.2.1");
        m.description = "foreign supplier invoice with a CZ IBAN, signed";

        m = mail("other", false);
        headers(m, "Scandic Hotels", "reservations@scandichotels.com", "hr@aarhus.dk", "Booking confirmation 88412")
            .html("<html><body><p>Thank you for your booking. Payment at the hotel.</p>"
                + "<p><a href=\"https://www.scandichotels.com/my-booking/88412\">Manage booking</a></p></body></html>");
        genuine(m, "127.26.3.1");
        m.description = "hotel booking confirmation (HTML, link to the sender's site)";

        m = mail("other", false);
        m.mailFrom = "bounces+8812@sendgrid.net";
        headers(m, "Kontorland ApS", "ordre@kontorland.dk", "indkob@aarhus.dk", "Ordrebekræftelse 4471")
            .html("<html><body><p>Tak for din ordre. Faktura følger ved levering.</p>"
                + "<p><a href=\"https://www.kontorland.dk/ordre/4471\">Se din ordre</a></p></body></html>");
        m.ip = "127.21.3.1";
        m.helo = "o1.sendgrid.net";
        m.signers.add("kontorland.dk");
        m.signers.add("sendgrid.net");
        m.description = "supplier order confirmation via an ESP, signed by supplier and ESP";
    }

    private void newsletter(String fromDomain, String via, String name, String from, String subject, String text, String signer) {
        M m = mail("newsletter", false);
        if (!via.equals(fromDomain)) {
            m.mailFrom = "bounce-" + fromDomain.replace('.', '-') + "@" + via;
        }
        headers(m, name, from, "nyhedsbreve@aarhus.dk", subject)
            .header("List-Unsubscribe", "<https://" + via + "/unsubscribe/aarhus>")
            .text(text + "\n\nAfmeld: https://" + via + "/unsubscribe/aarhus")
            .html("<html><body><h1>" + subject + "</h1><p>" + text.replace("\n", "<br>").replaceAll("(https://\\S+)",
                "<a href=\"$1\">$1</a>") + "</p></body></html>");
        m.ip = dns.get(via).spfIps().get(0);
        m.helo = "mta." + via;
        m.signers.add(signer);
        m.description = "newsletter from " + from + " via " + via + ", signed by " + signer;
    }

    /** A forwarder relays the supplier's signed mail unchanged, without SRS: SPF fails, DKIM still passes. */
    private void forwardedNoSrs(Supplier s, int variant) {
        M m = mail("forwarded", false);
        m.genuine = true;
        supplierInvoice(m, s, s.account(), variant + 5);
        m.signers.add(s.domain());
        m.ip = "127.25.1.1";
        m.helo = "relay.forward-mail.net";
        m.description = s.domain() + " invoice forwarded without SRS (SPF fail, DKIM pass)";
    }

    /** What a Mailman-style list does: [tag] in the Subject, a footer under the text: the author's DKIM breaks. */
    static byte[] listRewrite(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [okonomi-net] ");
        s = s.replaceFirst("\r\n$", "\r\n_______________________________________________\r\nokonomi-net mailing list\r\n"
            + "https://lists.kommunenet.dk/okonomi-net\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ubl(Supplier s, String no, boolean peppol) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"\n"
            + "  xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"\n"
            + "  xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
            + "  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>\n"
            + (peppol ? "  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n"
                : "  <cbc:CustomizationID>OIOUBL-2.1</cbc:CustomizationID>\n  <cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.6\">Procurement-BilSim-1.0</cbc:ProfileID>\n")
            + "  <cbc:ID>" + no + "</cbc:ID>\n  <cbc:IssueDate>2026-10-05</cbc:IssueDate>\n"
            + "  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + "  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>" + s.name().replace("&", "&amp;")
            + "</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>\n"
            + "  <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID=\"0088\">5798005770000</cbc:EndpointID>"
            + "<cac:PartyName><cbc:Name>Aarhus Kommune</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>\n"
            + "  <cac:PaymentMeans><cbc:PaymentMeansCode>31</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>"
            + s.account().replaceAll("[^A-Z0-9]", "") + "</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n"
            + "  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"DKK\">12500.00</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
            + "</Invoice>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------ fraud families

    private static final List<String> BANK_CHANGE_DA = List.of(
        "Bemærk: Vi har skiftet bank. Fremover bedes alle betalinger foretaget til kontoen på vedhæftede faktura.",
        "OBS: Vores bankoplysninger er ændret pr. 1. oktober. Den gamle konto lukkes.",
        "Vi gør opmærksom på ny bankforbindelse - opdater venligst jeres kreditorstamdata.");
    private static final List<String> BANK_CHANGE_EN = List.of(
        "Please note that our bank details have changed. Use only the account on the attached invoice.",
        "Due to an ongoing audit, payments must be made to our new account below.");

    private String newAccount(int i) {
        return i % 3 == 1 ? NEW_DK[i % NEW_DK.length] : FOREIGN[i % FOREIGN.length];
    }

    private List<String> changeText(int i) {
        return i % 4 == 2 ? List.of(BANK_CHANGE_EN.get(i % 2)) : List.of(BANK_CHANGE_DA.get(i % 3));
    }

    private void fraud() {
        // 1 forged From of a supplier (or ourselves) whose DMARC says quarantine/reject, from the fraudster's machine
        List<Supplier> strict = List.of(danfoss, kmd, atea, bygma, danfoss, kmd, atea);
        for (int i = 0; i < 7; i++) {
            Supplier s = strict.get(i);
            M m = mail("forged-supplier-dmarc", true);
            if (i % 3 == 1) {
                m.mailFrom = "bounce" + i + "@invoice-docs.net"; // own envelope domain: SPF passes, unaligned
            }
            supplierInvoice(m, s, s.box() + "@" + s.domain(), s.name(), newAccount(i), i,
                i % 2 == 0 ? changeText(i) : List.of(), List.of());
            if (m.mailFrom.endsWith("invoice-docs.net")) {
                ownedBy(m, "invoice-docs.net");
                m.signers.clear();
            } else {
                forged(m, 10 + i);
            }
            m.description = "forged " + s.domain() + " (DMARC " + dns.get(s.domain()).dmarc() + "), new account "
                + (i % 2 == 0 ? "announced" : "silently");
        }
        // 2 forged From of a supplier without an enforcing DMARC policy
        List<Supplier> lax = List.of(netcompany, ramboll, kontorland, vvs, tomrer, netcompany);
        for (int i = 0; i < 6; i++) {
            Supplier s = lax.get(i);
            M m = mail("forged-supplier-no-dmarc", true);
            supplierInvoice(m, s, s.box() + "@" + s.domain(), s.name(), newAccount(i + 1), i + 2, changeText(i + 1), List.of());
            forged(m, 20 + i);
            m.description = "forged " + s.domain() + " (no enforcing DMARC), new account";
        }
        // 3 look-alike domains, fully authenticated by their owner's DNS
        Object[][] looks = {{danfoss, "danfos.dk"}, {atea, "atea-faktura.dk"}, {kmd, "kmd-dk.net"},
            {null, "aarhus-faktura.dk"}, {null, "aarhus.dk-betaling.com"}, {bygma, "bygrna.dk"}, {netcompany, "netcompany-invoice.com"}};
        for (int i = 0; i < looks.length; i++) {
            Supplier s = (Supplier) looks[i][0];
            String d = (String) looks[i][1];
            M m = mail("lookalike-domain", true);
            if (s == null) {
                String no = invoiceNo();
                headers(m, "Aarhus Kommune Økonomi", "okonomi@" + d, to(), "Intern: faktura " + no + " til betaling")
                    .text("Hej\n\nVedhæftet faktura " + no + " skal betales i dag efter aftale med direktionen. "
                        + "Betal til " + newAccount(i) + ".\n\nVenlig hilsen\nØkonomiafdelingen")
                    .attach("application/pdf", "Faktura_" + no + ".pdf", invoicePdf(new Supplier("Konsulenthuset Nord ApS", d,
                        "", "", null, newAccount(i), "konsulentydelser"), no, amount(), newAccount(i), false, List.of()));
            } else {
                supplierInvoice(m, s, s.box() + "@" + d, s.name(), newAccount(i), i + 1,
                    i % 2 == 0 ? changeText(i) : List.of(), List.of());
            }
            ownedBy(m, d);
            m.description = "look-alike " + d + (s == null ? " of our own domain" : " of " + s.domain()) + ", authenticated";
        }
        // 4 punycode homoglyphs
        Object[][] glyphs = {{danfoss, "dаnfoss.dk"}, {atea, "аtea.dk"}, {ramboll, "rаmboll.dk"}, {null, "аarhus.dk"},
            {bygma, "bygmа.dk"}};
        for (int i = 0; i < glyphs.length; i++) {
            Supplier s = (Supplier) glyphs[i][0];
            String d = idn((String) glyphs[i][1]);
            M m = mail("punycode-homoglyph", true);
            if (s == null) {
                String no = invoiceNo();
                headers(m, "Aarhus Kommune", "kreditor@" + d, to(), "Betalingsanmodning " + no)
                    .text("Til bogholderiet\n\nVi beder jer betale vedhæftede faktura " + no + " hurtigst muligt.\n\nAarhus Kommune")
                    .attach("application/pdf", "faktura_" + no + ".pdf", invoicePdf(danfoss, no, amount(), newAccount(i), false, List.of()));
            } else {
                supplierInvoice(m, s, s.box() + "@" + d, s.name(), newAccount(i), i, changeText(i), List.of());
            }
            ownedBy(m, d);
            m.description = "homoglyph " + glyphs[i][1] + " = " + d + ", authenticated";
        }
        // 5 display-name impersonation from free mail (the free-mail account is genuinely authenticated)
        Object[][] free = {{danfoss, "danfoss.okonomi@gmail.com", "Danfoss Økonomi"}, {atea, "atea.debitor@outlook.com", "Atea A/S - Debitor"},
            {null, "aarhus.kommune.indkob@gmail.com", "Aarhus Kommune Indkøb"}, {kmd, "kmd.faktura@hotmail.com", "KMD Faktura"},
            {bygma, "bygma.kreditor@gmail.com", "kreditor@bygma.dk"}, {ramboll, "ramboll.invoice@outlook.com", "Rambøll Danmark"}};
        for (int i = 0; i < free.length; i++) {
            Supplier s = (Supplier) free[i][0];
            String addr = (String) free[i][1];
            M m = mail("display-name-freemail", true);
            if (s == null) {
                String no = invoiceNo();
                headers(m, (String) free[i][2], addr, to(), "Faktura " + no + " - godkendt til betaling")
                    .text("Hej\n\nFakturaen er godkendt af afdelingschefen. Betal den venligst i dag til " + newAccount(i) + ".\n\nIndkøb")
                    .attach("application/pdf", "Faktura_" + no + ".pdf", invoicePdf(kontorland, no, amount(), newAccount(i), false, List.of()));
            } else {
                supplierInvoice(m, s, addr, (String) free[i][2], newAccount(i), i + 3, i % 2 == 1 ? changeText(i) : List.of(), List.of());
            }
            genuine(m, dns.get(domainOf(addr)).spfIps().get(0));
            m.description = "display name '" + free[i][2] + "' from " + domainOf(addr) + " (authenticated free mail)";
        }
        // 6 compromised supplier mailbox: genuine server, genuine signature, new account
        List<Supplier> hacked = List.of(danfoss, kmd, atea, bygma, ramboll, kontorland);
        for (int i = 0; i < hacked.size(); i++) {
            Supplier s = hacked.get(i);
            M m = mail("compromised-supplier-bank-change", true);
            supplierInvoice(m, s, s.box() + "@" + s.domain(), s.name(), newAccount(i), i + 4,
                i == 3 ? List.of() : changeText(i), i == 3 ? List.of("Ny bankforbindelse") : List.of());
            genuine(m, s.ip());
            m.description = "from " + s.domain() + "'s real server, signed, asks payment to a new account";
        }
        // 7 reply-chain hijack: a stolen thread continued from a look-alike or forged address
        Object[][] hijack = {{atea, "atea-dk.com"}, {danfoss, "danfoss-dk.com"}, {kmd, null}, {bygma, "bygrna.dk"},
            {ramboll, null}, {kontorland, "danfos.dk"}};
        for (int i = 0; i < hijack.length; i++) {
            Supplier s = (Supplier) hijack[i][0];
            String d = hijack[i][1] == null ? s.domain() : (String) hijack[i][1];
            if (i == 5) {
                d = "kontorland-dk.com";
                domain(d, List.of(ATTACKER_NET + "3.90"), "-all", DkimAlgorithm.RSA_SHA256, null);
            }
            M m = mail("reply-chain-hijack", true);
            String no = invoiceNo();
            String ref = history.getOrDefault(s.domain(), "<4471.x@" + s.domain() + ">");
            Mime mime = headers(m, s.person() + " | " + s.name(), s.box() + "@" + d, to(), (i % 2 == 0 ? "SV: " : "Re: ") + "Faktura " + no)
                .header("In-Reply-To", ref).header("References", ref)
                .text("Hej\n\nTak for jeres svar. Som aftalt sender jeg den opdaterede faktura. "
                    + (i % 2 == 0 ? "Bemærk at betalingen skal ske til vores nye konto, da den gamle er spærret under revision."
                    : "Please use the updated payment details in the attached invoice.")
                    + "\n\nVenlig hilsen\n" + s.person() + "\n\n> Den 3. okt. 2026 skrev kreditor@aarhus.dk:\n"
                    + "> Hej " + s.person().split(" ")[0] + ", kan I sende faktura " + no + " igen? Vi kan ikke finde den.\n"
                    + "> \n> Venlig hilsen\n> Kreditorbogholderiet, Aarhus Kommune")
                .attach("application/pdf", "Faktura_" + no + "_opdateret.pdf", invoicePdf(s, no, amount(), newAccount(i), false, List.of()));
            if (hijack[i][1] == null) {
                mime.header("Reply-To", s.person().toLowerCase(Locale.ROOT).replace(' ', '.') + ".invoice@gmail.com");
                forged(m, 30 + i);
                m.description = "hijacked thread, forged " + d + " with Reply-To to gmail";
            } else {
                ownedBy(m, d);
                m.description = "hijacked thread continued from look-alike " + d;
            }
        }
        // 8 ZIP-wrapped PDF invoice
        for (int i = 0; i < 6; i++) {
            M m = mail("zip-wrapped-pdf", true);
            Supplier s = List.of(danfoss, atea, kmd, netcompany, bygma, ramboll).get(i);
            String no = invoiceNo();
            byte[] pdf = invoicePdf(s, no, amount(), newAccount(i), i % 2 == 0, List.of());
            byte[] zip = i == 4 ? Attachments.zip("Faktura/", "", "Faktura/Faktura_" + no + ".pdf", pdf, "Faktura/Bilag.txt", "Se faktura")
                : Attachments.zip("Faktura_" + no + ".pdf", pdf);
            String from = i < 2 ? s.box() + "@" + s.domain() : i < 4 ? "invoice@fakturaservice-online.com" : "dokumenter." + i + "@gmail.com";
            headers(m, s.name(), from, to(), i % 2 == 0 ? "Invoice " + no + " (zip)" : "Faktura " + no)
                .text(i % 2 == 0 ? "Dear customer,\nThe invoice is attached as a compressed file.\nRegards, " + s.name()
                    : "Hej\nFakturaen er vedhæftet som zip pga. filstørrelse.\nVh " + s.name())
                .attach("application/zip", (i % 2 == 0 ? "Invoice_" : "Faktura_") + no + ".zip", zip);
            if (i < 2) {
                forged(m, 40 + i);
            } else if (i < 4) {
                ownedBy(m, "fakturaservice-online.com");
            } else {
                genuine(m, "127.24.1.1");
            }
            m.description = "PDF invoice in a ZIP from " + domainOf(from) + (i < 2 ? " (forged)" : "");
        }
        // 9 image-only invoices (scanned PDF, PNG, JPEG)
        for (int i = 0; i < 6; i++) {
            M m = mail("image-only-invoice", true);
            Supplier s = List.of(danfoss, atea, kmd, bygma, netcompany, kontorland).get(i);
            String no = invoiceNo();
            String from = i % 3 == 0 ? s.box() + "@" + s.domain() : i % 3 == 1 ? s.box() + "@" + List.of("danfos.dk", "atea-faktura.dk",
                "kmd-dk.net", "bygrna.dk", "netcompany-invoice.com", "danfos.dk").get(i) : "scan." + s.domain().replace('.', '-') + "@outlook.com";
            Mime mime = headers(m, s.name(), from, to(), i % 2 == 0 ? "Faktura " + no + " - scannet" : "Scan: invoice " + no)
                .text(i % 2 == 0 ? "Hej\n\nVedhæftet scannet faktura. Betales til den nye konto, som står på fakturaen.\n\n" + s.person()
                    : "Hello,\nPlease see the scanned invoice attached and process the payment today.\n" + s.person());
            if (i % 3 == 0) {
                mime.attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.scannedPdf(no.hashCode()));
            } else if (i % 3 == 1) {
                mime.attach("image/png", "faktura_" + no + ".png", Attachments.image(no.hashCode(), "png"));
            } else {
                mime.attach("image/jpeg", "Invoice " + no + ".jpg", Attachments.image(no.hashCode(), "jpeg"));
            }
            if (i % 3 == 0) {
                forged(m, 50 + i);
            } else if (i % 3 == 1) {
                ownedBy(m, domainOf(from));
            } else {
                genuine(m, "127.24.2.1");
            }
            m.description = (i % 3 == 0 ? "scanned PDF" : i % 3 == 1 ? "PNG" : "JPEG") + " invoice without text from " + domainOf(from);
        }
        // 10 HTML mail linking to a look-alike payment page
        String[][] links = {{"https://danfoss-betaling.dk/faktura/", "Danfoss A/S", "betalingsservice-dk.net"},
            {"https://aarhus.dk-betaling.com/opkraevning/", "Aarhus Kommune Opkrævning", "betalingsservice-dk.net"},
            {"https://www.atea-dk.com/invoice/", "Atea A/S", "nordic-invoicing.com"},
            {"https://" + idn("kmd.dk-login.com") + "/pay/", "KMD A/S", "gmail.com"},
            {"https://bygma.dk.secure-pay.net/faktura/", "Bygma A/S", "nordic-invoicing.com"},
            {"https://netcornpany.com/billing/", "Netcompany A/S", "netcompany.com"}};
        for (int i = 0; i < links.length; i++) {
            M m = mail("html-link-lookalike", true);
            String no = invoiceNo();
            String fromDomain = links[i][2];
            String from = fromDomain.equals("gmail.com") ? "kmd.opkraevning@gmail.com" : fromDomain.equals("netcompany.com")
                ? "billing@netcompany.com" : "noreply@" + fromDomain;
            String url = links[i][0] + no;
            headers(m, links[i][1], from, to(), i % 2 == 0 ? "Faktura " + no + " afventer betaling" : "Invoice " + no + " is ready")
                .text((i % 2 == 0 ? "Faktura " + no + " afventer betaling. Se og betal fakturaen her: " : "Your invoice " + no
                    + " is ready. View and pay: ") + url)
                .html("<html><body><p>" + (i % 2 == 0 ? "Kære kunde,</p><p>Faktura " + no + " på DKK " + amount()
                    + " afventer betaling.</p>" : "Dear customer,</p><p>Invoice " + no + " is ready.</p>")
                    + "<p><a href=\"" + url + "\" style=\"background:#0a5;color:#fff;padding:8px\">"
                    + (i % 2 == 0 ? "Se og betal faktura" : "View and pay invoice") + "</a></p><p>" + links[i][1] + "</p></body></html>");
            if (fromDomain.equals("netcompany.com")) {
                forged(m, 60 + i);
            } else {
                genuine(m, dns.get(fromDomain).spfIps().get(0));
            }
            m.description = "HTML link to look-alike payment page " + url.replaceAll("https://([^/]+)/.*", "$1") + " from " + fromDomain;
        }
        // 11 Office documents with macros
        for (int i = 0; i < 5; i++) {
            M m = mail("office-macro-invoice", true);
            Supplier s = List.of(danfoss, kmd, atea, bygma, kontorland).get(i);
            String no = invoiceNo();
            boolean word = i % 2 == 0;
            byte[] doc = word ? Attachments.word("Faktura " + no + "\nAktiver indhold for at se fakturaen.", true)
                : Attachments.excel(List.of("Faktura " + no, "Aktiver makroer for at se beløbet"), true);
            String from = i < 2 ? s.box() + "@" + s.domain() : i < 4 ? "faktura@nordic-invoicing.com" : "kontorland.ordre@hotmail.com";
            headers(m, s.name(), from, to(), word ? "Faktura " + no : "Invoice " + no + " (Excel)")
                .text(word ? "Hej\nFakturaen er vedhæftet. Klik 'Aktiver indhold' for at se den.\n" + s.person()
                    : "Hello,\nPlease find the invoice specification attached (enable editing).\n" + s.person())
                .attach(word ? "application/vnd.ms-word.document.macroEnabled.12" : "application/vnd.ms-excel.sheet.macroEnabled.12",
                    (word ? "Faktura_" + no + ".docm" : "Invoice_" + no + ".xlsm"), doc);
            if (i < 2) {
                forged(m, 70 + i);
            } else if (i < 4) {
                ownedBy(m, "nordic-invoicing.com");
            } else {
                genuine(m, "127.24.2.1");
            }
            m.description = (word ? ".docm" : ".xlsm") + " with vbaProject.bin from " + domainOf(from);
        }
        // 12 CEO / urgent payment request, no attachment
        String[][] ceo = {{"Jacob Bundsgaard", "borgmester.aarhus@gmail.com", null},
            {"Kommunaldirektør Niels Højberg", "niels.hojberg@aarhus.dk", "forged"},
            {"Borgmesterens Kontor", "kontor@aarhus-kommune.dk", null},
            {"Niels Højberg", "n.hojberg.privat@outlook.com", null},
            {"Økonomichef Aarhus Kommune", "okonomichef@" + idn("аarhus.dk"), null},
            {"Jacob Bundsgaard", "jacob.bundsgaard@aarhus.dk", "forged-replyto"}};
        String[] asks = {
            "Er du ved dit skrivebord? Jeg har brug for, at du gennemfører en fortrolig overførsel i dag på DKK %s til %s. Det vedrører et opkøb, som ikke må omtales endnu. Svar kun på denne mail.",
            "Jeg sidder i møde og kan ikke tale i telefon. Betal venligst DKK %s til vores advokat (%s) inden kl. 14. Jeg godkender bagefter.",
            "Hastesag: en leverandør truer med inkasso. Overfør DKK %s til %s i dag og send mig kvitteringen.",
            "Are you available? I need you to process an urgent wire transfer of DKK %s to %s today. Keep this confidential.",
            "Vi skal betale et depositum på DKK %s til %s før fristen i dag. Jeg regner med dig.",
            "Kan du klare en hurtig betaling for mig? DKK %s til %s, det er aftalt med økonomichefen."};
        for (int i = 0; i < ceo.length; i++) {
            M m = mail("ceo-urgent-payment", true);
            String addr = ceo[i][1];
            Mime mime = headers(m, ceo[i][0], addr, i % 2 == 0 ? "okonomi@aarhus.dk" : "bogholderi@aarhus.dk",
                i == 3 ? "Urgent" : i % 2 == 0 ? "Haster - fortroligt" : "Betaling i dag")
                .text("Hej\n\n" + String.format(asks[i], amount(), newAccount(i)) + "\n\n" + ceo[i][0].replaceAll(".* ", "")
                    + "\n\nSendt fra min iPhone");
            if ("forged".equals(ceo[i][2])) {
                forged(m, 80 + i);
            } else if ("forged-replyto".equals(ceo[i][2])) {
                mime.header("Reply-To", "j.bundsgaard.borgmester@gmail.com");
                forged(m, 80 + i);
            } else if (domainOf(addr).endsWith("gmail.com") || domainOf(addr).endsWith("outlook.com")) {
                genuine(m, dns.get(domainOf(addr)).spfIps().get(0));
            } else {
                ownedBy(m, domainOf(addr));
            }
            m.description = "CEO fraud: '" + ceo[i][0] + "' <" + addr + ">" + (ceo[i][2] == null ? "" : " " + ceo[i][2]);
        }
        // 13 foreign IBAN from a Danish-looking sender
        Object[][] foreign = {{null, "faktura@dansk-kontorservice.dk", "Dansk Kontorservice"}, {netcompany, "accounts@netcompany.com", null},
            {ramboll, "invoice@ramboll.dk", null}, {null, "registrering@dansk-kontorservice.dk", "Dansk Kontorservice"},
            {vvs, "ole@vvs-hansen.dk", null}};
        for (int i = 0; i < foreign.length; i++) {
            M m = mail("foreign-iban", true);
            Supplier s = (Supplier) foreign[i][0];
            String from = (String) foreign[i][1];
            String account = FOREIGN[(i + 2) % FOREIGN.length];
            if (s == null) {
                String no = invoiceNo();
                Supplier fake = new Supplier("Dansk Kontorservice ApS", "dansk-kontorservice.dk", "Kundeservice", "faktura", null,
                    account, i == 0 ? "årlig registrering i Erhvervsregister Danmark" : "toner og papir, abonnement");
                headers(m, (String) foreign[i][2], from, to(), i == 0 ? "Faktura " + no + " - registrering 2027" : "Faktura " + no)
                    .text("Kære kunde\n\nHermed faktura " + no + " for " + fake.what() + ". Beløbet bedes indbetalt senest om 8 dage til "
                        + account + ", BIC REVOLT21.\n\nMed venlig hilsen\nDansk Kontorservice ApS")
                    .attach("application/pdf", "Faktura_" + no + ".pdf", invoicePdf(fake, no, amount(), account, false, List.of()));
                ownedBy(m, "dansk-kontorservice.dk");
                m.description = "unknown authenticated .dk sender, invoice for an unordered service, " + account.substring(5, 7) + " IBAN";
            } else {
                supplierInvoice(m, s, from, s.name(), account, i, i == 1 ? List.of("Payment to our European treasury account: " + account)
                    : List.of(), List.of("BIC: " + (i == 1 ? "NWBKGB2L" : "BREXPLPW")));
                forged(m, 90 + i);
                m.description = "forged " + s.domain() + " with a foreign IBAN";
            }
        }
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return output(split());
    }

    /** Tuning or test, stratified by family: within a family, ids ordered by SHA-256 alternate between halves. */
    private Map<String, String> split() {
        Map<String, List<String>> byFamily = new TreeMap<>();
        for (M m : mails) {
            byFamily.computeIfAbsent(m.family, f -> new ArrayList<>()).add(m.id);
        }
        Map<String, String> split = new TreeMap<>();
        for (List<String> ids : byFamily.values()) {
            ids.sort((a, b) -> sha256(a).compareTo(sha256(b)));
            for (int i = 0; i < ids.size(); i++) {
                split.put(ids.get(i), i % 2 == 0 ? "tuning" : "test");
            }
        }
        return split;
    }

    /** Writes the corpus under {@code dir} (mails/, zones/, labels.tsv, config.properties). */
    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new InvoiceCorpus().generate(), List.of(
            "# The invoice.* settings of conf/spoofguard.properties for the corpus run (InvoiceCorpusIT).",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=danfoss.dk kmd.dk atea.dk ramboll.dk netcompany.com bygma.dk kontorland.dk",
            "invoice.names.protected=Aarhus Kommune"));
    }
}
