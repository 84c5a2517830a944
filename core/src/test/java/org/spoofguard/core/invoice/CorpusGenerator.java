package org.spoofguard.core.invoice;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the labelled corpus under src/test/resources/invoice/corpus. The committed .eml files are the test
 * data; this generator documents how they were made and regenerates them:
 * {@code mvn -pl core test -Dtest=CorpusGenerator -Dinvoice.corpus.regenerate=true}.
 */
class CorpusGenerator {
    static final Path DIR = Path.of("src/test/resources/invoice/corpus");
    private final List<String> manifest = new ArrayList<>();

    @Test
    @EnabledIfSystemProperty(named = "invoice.corpus.regenerate", matches = "true")
    void regenerate() throws IOException {
        Files.createDirectories(DIR.resolve("spoof"));
        Files.createDirectories(DIR.resolve("legit"));
        manifest.add("# Labelled corpus for InvoiceCorpusTest. <file>=label=...;<sender verdict to assume>");
        manifest.add("# spf=<result>, dkim=<result>:<d=>[,...], dmarc=<result>:<from domain>:<policy>");
        manifest.add("config.profile=electronic-invoices-only");
        manifest.add("config.domains.own=aarhus.dk");
        manifest.add("config.domains.suppliers=danfoss.dk kmd.dk atea.dk ramboll.dk netcompany.com");
        manifest.add("config.names.protected=Aarhus Kommune");
        spoof();
        legit();
        Files.write(DIR.resolve("corpus.properties"), manifest, StandardCharsets.UTF_8);
    }

    private void write(String file, String spec, TestMail mail) throws IOException {
        Files.write(DIR.resolve(file), mail.bytes());
        manifest.add(file + "=" + spec);
    }

    static String iban(String country, String bban) {
        String num = toDigits(bban + country + "00");
        int check = 98 - new BigInteger(num).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }

    private static String toDigits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return b.toString();
    }

    static String spaced(String iban) {
        return iban.replaceAll("(.{4})", "$1 ").trim();
    }

    private static final String DK_IBAN = iban("DK", "30000012345678");
    private static final String LT_IBAN = iban("LT", "7300010123456789");
    private static final String GB_IBAN = iban("GB", "NWBK60161331926819");

    private void spoof() throws IOException {
        write("spoof/01-dk-forged-danfoss-dmarc-fail.eml",
                "label=spoof;ip=185.220.101.7;mailfrom=faktura@danfoss.dk;spf=fail;dkim=none;dmarc=fail:danfoss.dk:reject",
                TestMail.create().from("\"Danfoss Økonomi\" <faktura@danfoss.dk>").header("To", "kreditor@aarhus.dk")
                        .subject("Faktura 10234 – forfalden til betaling")
                        .header("Message-ID", "<a1@danfoss.dk>")
                        .text("Kære kunde\n\nVedhæftet finder I faktura 10234, som er forfalden. Bemærk vores "
                                + "ændrede bankoplysninger.\n\nMed venlig hilsen\nDanfoss Økonomi")
                        .attach("application/pdf", "Faktura_10234.pdf", TestFiles.pdf(List.of("FAKTURA 10234",
                                "Danfoss A/S", "Beløb: 48.250,00 DKK", "Forfaldsdato: 28.02.2025",
                                "Bemærk: ændrede bankoplysninger", "IBAN: " + spaced(LT_IBAN),
                                "Betal venligst straks"))));
        write("spoof/02-en-forged-supplier-softfail-bank-change.eml",
                "label=spoof;ip=45.83.12.9;mailfrom=accounts@netcompany.com;spf=softfail;dkim=none;dmarc=none",
                TestMail.create().from("Netcompany Accounts <accounts@netcompany.com>").header("To", "ap@aarhus.dk")
                        .subject("Payment reminder: invoice INV-2231 overdue")
                        .text("Dear customer,\n\nOur records show invoice INV-2231 is overdue. Please note that "
                                + "our bank details have changed; use the new account on the attached invoice.\n")
                        .attach("application/pdf", "INV-2231.pdf", TestFiles.pdf(List.of("INVOICE INV-2231",
                                "Amount due: EUR 12,400.00", "New bank details - IBAN " + spaced(GB_IBAN),
                                "SWIFT: NWBKGB2L", "Payment reminder - overdue"))));
        write("spoof/03-dk-lookalike-danfos-authenticated.eml",
                "label=spoof;ip=91.200.14.3;mailfrom=bounce@danfos.dk;spf=pass;dkim=pass:danfos.dk;dmarc=none",
                TestMail.create().from("Danfoss Debitor <debitor@danfos.dk>").header("To", "kreditor@aarhus.dk")
                        .subject("Fakturanr. 4411")
                        .text("Hej\n\nHermed fakturaen for leverancen i januar. Betaling til kontonummer i "
                                + "fakturaen.\n\nVenlig hilsen")
                        .attach("application/pdf", "fakturanr_4411.pdf", TestFiles.pdf(List.of("Faktura nr. 4411",
                                "Reg.nr. 9570 Kontonr. 0012345678", "Beløb 19.900,00 kr."))));
        write("spoof/04-dk-homoglyph-idn-ramboll.eml",
                "label=spoof;ip=91.200.14.4;mailfrom=noreply@xn--rmboll-3nf.dk;spf=pass;dkim=pass:xn--rmboll-3nf.dk;dmarc=none",
                TestMail.create().from("Rambøll Faktura <faktura@xn--rmboll-3nf.dk>").header("To", "okonomi@aarhus.dk")
                        .subject("Faktura 2025-0193")
                        .text("Vedlagt faktura. Betalingsfrist 8 dage.")
                        .attach("application/pdf", "faktura-2025-0193.pdf", TestFiles.pdf(List.of("FAKTURA",
                                "Rambøll Danmark", "IBAN " + DK_IBAN))));
        write("spoof/05-en-embedded-domain-kmd.eml",
                "label=spoof;ip=104.21.9.8;mailfrom=billing@kmd.dk.invoice-portal.net;spf=pass;dkim=pass:invoice-portal.net;dmarc=none",
                TestMail.create().from("KMD Billing <billing@kmd.dk.invoice-portal.net>").header("To", "ap@aarhus.dk")
                        .subject("Outstanding invoice 7781 - final notice")
                        .text("Hello,\nThe attached invoice is past due. Kindly arrange a wire transfer today.\n")
                        .attach("application/pdf", "Invoice_7781.pdf", TestFiles.pdf(List.of("Invoice 7781",
                                "Amount due: DKK 88.000", "Wire transfer to IBAN " + spaced(LT_IBAN)))));
        write("spoof/06-dk-display-name-address-gmail.eml",
                "label=spoof;ip=209.85.220.41;mailfrom=atea.invoice@gmail.com;spf=pass;dkim=pass:gmail.com;dmarc=pass:gmail.com:none",
                TestMail.create().from("\"faktura@atea.dk\" <atea.invoice@gmail.com>").header("To", "indkob@aarhus.dk")
                        .subject("Betalingspåmindelse: faktura 88213")
                        .text("Hej\n\nVi har ikke modtaget betaling for faktura 88213. Betal venligst inden fredag "
                                + "for at undgå inkasso.\n")
                        .attach("application/pdf", "Faktura 88213.pdf", TestFiles.pdf(List.of("Atea A/S",
                                "Faktura 88213", "Rykker 2", "Reg. 1551 konto 3456789012"))));
        write("spoof/07-dk-own-domain-from-outside.eml",
                "label=spoof;ip=5.188.206.14;mailfrom=okonomi@aarhus.dk;spf=fail;dkim=none;dmarc=fail:aarhus.dk:quarantine",
                TestMail.create().from("Aarhus Kommune Økonomi <okonomi@aarhus.dk>").header("To", "borgerservice@aarhus.dk")
                        .subject("Rykker: ubetalt faktura")
                        .qpText("Hej\n\nDenne faktura er stadig ubetalt. Overfør beløbet straks til "
                                + "reg.nr. 5301 kontonr. 0245678123.\n")
                        .attach("application/pdf", "rykker.pdf", TestFiles.pdf(List.of("Rykker",
                                "Reg.nr. 5301 Kontonr. 0245678123", "+71< 000000012345678 +81234567<"))));
        write("spoof/08-dk-html-attachment.eml",
                "label=spoof;ip=141.98.10.60;mailfrom=post@netcompany-faktura.com;spf=none;dkim=none;dmarc=none",
                TestMail.create().from("Netcompany Faktura <post@netcompany-faktura.com>").header("To", "kreditor@aarhus.dk")
                        .subject("Ny faktura tilgængelig")
                        .text("Åbn den vedhæftede faktura for at se beløbet.")
                        .attach("text/html", "Faktura_2291.html", ("<html><body><form action=\"https://login."
                                + "example.net/\"><p>Faktura 2291 - log ind for at se fakturaen</p><input name=pw>"
                                + "</form></body></html>").getBytes(StandardCharsets.UTF_8)));
        write("spoof/09-dk-zip-with-double-extension.eml",
                "label=spoof;ip=185.220.101.9;mailfrom=faktura@danfoss.dk;spf=softfail;dkim=none;dmarc=fail:danfoss.dk:reject",
                TestMail.create().from("Danfoss <faktura@danfoss.dk>").header("To", "kreditor@aarhus.dk")
                        .subject("Faktura 5512")
                        .text("Se vedhæftede faktura.")
                        .attach("application/zip", "Faktura_5512.zip",
                                TestFiles.zip("Faktura_5512.pdf.exe", "MZ this is not really a program")));
        write("spoof/10-en-password-zip.eml",
                "label=spoof;ip=185.220.101.10;mailfrom=accounts@kmd.dk;spf=fail;dkim=none;dmarc=fail:kmd.dk:reject",
                TestMail.create().from("KMD Accounts <accounts@kmd.dk>").header("To", "ap@aarhus.dk")
                        .subject("Invoice attached")
                        .text("Please find the invoice attached. The archive password is 4471.")
                        .attach("application/zip", "invoice_4471.zip", TestFiles.encryptedZip("invoice_4471.pdf",
                                TestFiles.pdf(List.of("Invoice 4471")), "4471")));
        write("spoof/11-dk-double-extension.eml",
                "label=spoof;ip=103.75.190.2;mailfrom=faktura@ramboll.dk;spf=fail;dkim=none;dmarc=none",
                TestMail.create().from("Rambøll <faktura@ramboll.dk>").header("To", "kreditor@aarhus.dk")
                        .subject("Faktura 2024-113")
                        .text("Hermed faktura.")
                        .attach("application/octet-stream", "faktura_2024_113.pdf.exe",
                                "MZ\u0090\u0000fake".getBytes(StandardCharsets.ISO_8859_1)));
        write("spoof/12-en-bec-bank-change-body-only.eml",
                "label=spoof;ip=198.51.100.77;mailfrom=cfo@atea-dk.com;spf=pass;dkim=pass:atea-dk.com;dmarc=pass:atea-dk.com:none",
                TestMail.create().from("Atea Finance <cfo@atea-dk.com>").header("To", "ap@aarhus.dk")
                        .subject("Updated banking details for outstanding invoices")
                        .text("Hello,\n\nPlease note our bank details have changed. All outstanding invoices "
                                + "must be paid to our new account: IBAN " + spaced(GB_IBAN) + ", SWIFT NWBKGB2L.\n"
                                + "Kindly confirm once updated.\n"));
        write("spoof/13-dk-reply-to-freemail.eml",
                "label=spoof;ip=45.9.148.3;mailfrom=billing@danfoss.dk;spf=softfail;dkim=none;dmarc=none",
                TestMail.create().from("Danfoss Billing <billing@danfoss.dk>")
                        .header("Reply-To", "danfoss.payments@outlook.com").header("To", "kreditor@aarhus.dk")
                        .subject("Faktura 7781 forfalden")
                        .text("Fakturaen er forfalden. Kontakt os ved spørgsmål.")
                        .attach("application/pdf", "Faktura_7781.pdf", TestFiles.pdf(List.of("Faktura 7781",
                                "Betalingspåmindelse", "IBAN " + spaced(DK_IBAN)))));
        write("spoof/14-en-iso-disk-image.eml",
                "label=spoof;ip=45.9.148.4;mailfrom=invoices@netcompany.com;spf=fail;dkim=none;dmarc=fail:netcompany.com:quarantine",
                TestMail.create().from("Netcompany <invoices@netcompany.com>").header("To", "ap@aarhus.dk")
                        .subject("Invoice #90211")
                        .text("Attached: invoice documents.")
                        .attach("application/octet-stream", "Invoice_90211.iso", new byte[4096]));
        write("spoof/15-en-pdf-javascript-launch.eml",
                "label=spoof;ip=45.9.148.5;mailfrom=billing@kmd.dk;spf=softfail;dkim=fail:kmd.dk;dmarc=fail:kmd.dk:reject",
                TestMail.create().from("KMD <billing@kmd.dk>").header("To", "ap@aarhus.dk")
                        .subject("Overdue invoice 3310")
                        .text("The invoice below is overdue.")
                        .attach("application/pdf", "invoice-3310.pdf", TestFiles.pdf(List.of("Invoice 3310"),
                                new TestFiles.PdfOptions("app.alert('update reader');", null, null, null, 1))));
        write("spoof/16-dk-rfc2231-name-lookalike.eml",
                "label=spoof;ip=45.9.148.6;mailfrom=regnskab@kmd-dk.net;spf=pass;dkim=none;dmarc=none",
                TestMail.create().from("KMD Regnskab <regnskab@kmd-dk.net>").header("To", "kreditor@aarhus.dk")
                        .subject("Kreditnota og ændret kontonummer")
                        .text("Vi har fået nyt kontonummer. Se kreditnotaen.")
                        .attach("application/pdf", "Kreditnota nr. 55 – ændret kontonummer.pdf",
                                TestFiles.pdf(List.of("Kreditnota 55", "Nyt kontonummer: reg. 8401 konto 1122334455"))));
        write("spoof/17-dk-supplier-domain-no-auth-at-all.eml",
                "label=spoof;ip=89.248.165.2;mailfrom=faktura@atea.dk;spf=none;dkim=none;dmarc=none",
                TestMail.create().from("Atea <faktura@atea.dk>").header("To", "kreditor@aarhus.dk")
                        .subject("Faktura 66120")
                        .text("Hej\n\nVedhæftet faktura 66120. Vi gør opmærksom på ny bankforbindelse.\n")
                        .attach("application/pdf", "Faktura_66120.pdf", TestFiles.pdf(List.of("Faktura 66120",
                                "Ny bankforbindelse: IBAN " + spaced(LT_IBAN)))));
    }

    private void legit() throws IOException {
        write("legit/01-dk-authenticated-supplier-pdf.eml",
                "label=legit;ip=194.182.0.10;mailfrom=bounce@danfoss.dk;spf=pass;dkim=pass:danfoss.dk;dmarc=pass:danfoss.dk:reject",
                TestMail.create().from("Danfoss Debitor <debitor@danfoss.dk>").header("To", "kreditor@aarhus.dk")
                        .subject("Faktura 10233 fra Danfoss")
                        .text("Kære kunde\n\nVedhæftet faktura 10233. Betaling senest 30 dage netto.\n")
                        .attach("application/pdf", "Faktura_10233.pdf", TestFiles.pdf(List.of("FAKTURA 10233",
                                "Danfoss A/S", "IBAN " + spaced(DK_IBAN), "Reg.nr. 3000 Kontonr. 0012345678"))));
        write("legit/02-dk-oioubl-xml.eml",
                "label=legit;ip=194.182.0.11;mailfrom=einvoice@kmd.dk;spf=pass;dkim=pass:kmd.dk;dmarc=none",
                TestMail.create().from("KMD e-faktura <einvoice@kmd.dk>").header("To", "ean@aarhus.dk")
                        .subject("Faktura 55012 (OIOUBL)")
                        .text("Elektronisk faktura vedhæftet som OIOUBL.")
                        .attach("application/xml", "faktura_55012.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
                                + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
                                + "<cbc:UBLVersionID>2.0</cbc:UBLVersionID><cbc:CustomizationID>OIOUBL-2.02"
                                + "</cbc:CustomizationID><cbc:ID>55012</cbc:ID></Invoice>\n")
                                .getBytes(StandardCharsets.UTF_8))
                        .attach("application/pdf", "faktura_55012_visning.pdf",
                                TestFiles.pdf(List.of("Faktura 55012", "Visning af OIOUBL-faktura"))));
        write("legit/03-en-peppol-bis-xml.eml",
                "label=legit;ip=194.182.0.12;mailfrom=ap@netcompany.com;spf=pass;dkim=pass:netcompany.com;dmarc=pass:netcompany.com:quarantine",
                TestMail.create().from("Netcompany Invoicing <invoicing@netcompany.com>").header("To", "ap@aarhus.dk")
                        .subject("Invoice 2025-311")
                        .text("Please find attached our invoice in Peppol BIS Billing 3.0 format.")
                        .attach("application/xml", "invoice-2025-311.xml", ("<?xml version=\"1.0\"?>\n"
                                + "<ubl:Invoice xmlns:ubl=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">"
                                + "<cbc:CustomizationID xmlns:cbc=\"x\">urn:cen.eu:en16931:2017#compliant#urn:fdc:"
                                + "peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID></ubl:Invoice>")
                                .getBytes(StandardCharsets.UTF_8)));
        write("legit/04-dk-plain-invoice-dkim-aligned.eml",
                "label=legit;ip=80.62.1.2;mailfrom=bounces@sendgrid.net;spf=pass;dkim=pass:vvs-hansen.dk,pass:sendgrid.net;dmarc=none",
                TestMail.create().from("VVS Hansen <info@vvs-hansen.dk>").header("To", "teknik@aarhus.dk")
                        .subject("Her er din faktura")
                        .text("Hej\n\nHer er fakturaen for reparationen i sidste uge. Beløbet kan betales til "
                                + "reg.nr. 9570 kontonr. 1234567890.\n\nMvh Jens"));
        write("legit/05-dk-colleague-mentions-faktura.eml",
                "label=legit;ip=10.1.2.3;mailfrom=mette@aarhus.dk;spf=pass;dkim=pass:aarhus.dk;dmarc=pass:aarhus.dk:reject",
                TestMail.create().from("Mette Jensen <mette@aarhus.dk>").header("To", "lars@aarhus.dk")
                        .subject("Møde torsdag")
                        .text("Hej Lars\n\nSkal vi mødes torsdag kl. 10? Jeg tager også lige den faktura fra "
                                + "sidste måned med, så vi kan se på budgettet.\n\nMette"));
        write("legit/06-dk-newsletter-kl.eml",
                "label=legit;ip=198.2.180.1;mailfrom=bounce@mail.kl.dk;spf=pass;dkim=pass:kl.dk;dmarc=pass:kl.dk:none",
                TestMail.create().from("KL Nyhedsbrev <nyhedsbrev@kl.dk>").header("To", "ledelse@aarhus.dk")
                        .header("List-Unsubscribe", "<https://kl.dk/afmeld>")
                        .subject("Ugens nyheder: ny vejledning om e-fakturering")
                        .html("<html><body><h1>Nyheder</h1><p>Ny vejledning om elektronisk fakturering og "
                                + "betaling via NemHandel.</p><p>Læs mere på kl.dk</p></body></html>"));
        write("legit/07-dk-reply-thread-quoting-invoice.eml",
                "label=legit;ip=10.1.2.4;mailfrom=lars@aarhus.dk;spf=pass;dkim=pass:aarhus.dk;dmarc=pass:aarhus.dk:reject",
                TestMail.create().from("Lars Holm <lars@aarhus.dk>").header("To", "mette@aarhus.dk")
                        .subject("SV: Faktura 10233 fra Danfoss")
                        .text("Godkendt.\n\n-----Oprindelig meddelelse-----\nFra: Danfoss Debitor\nEmne: Faktura "
                                + "10233\n> Vedhæftet faktura 10233. Betaling senest 30 dage netto.\n"));
        write("legit/08-dk-unauthenticated-small-supplier-pdf.eml",
                "label=legit;ip=87.48.1.9;mailfrom=info@tomrer-nielsen.dk;spf=none;dkim=none;dmarc=none",
                TestMail.create().from("Tømrer Nielsen <info@tomrer-nielsen.dk>").header("To", "teknik@aarhus.dk")
                        .subject("Faktura 118")
                        .text("Hej, hermed faktura for arbejdet på skolen.\nMvh Ole")
                        .attach("application/pdf", "faktura118.pdf", TestFiles.pdf(List.of("Faktura 118",
                                "Reg.nr. 1234 Kontonr. 0001234567"))));
        write("legit/09-en-saas-receipt.eml",
                "label=legit;ip=170.10.1.1;mailfrom=bounce@zoom.us;spf=pass;dkim=pass:zoom.us;dmarc=pass:zoom.us:reject",
                TestMail.create().from("Zoom <billing@zoom.us>").header("To", "it@aarhus.dk")
                        .subject("Your Zoom invoice is available")
                        .html("<p>Thanks for your payment. Your invoice INV-99812 is attached.</p>")
                        .attach("application/pdf", "invoice-INV-99812.pdf", TestFiles.pdf(List.of("Invoice INV-99812",
                                "Paid by card"))));
        write("legit/10-dk-forwarded-spf-fail-dkim-ok.eml",
                "label=legit;ip=130.225.1.1;mailfrom=debitor@atea.dk;spf=fail;dkim=pass:atea.dk;dmarc=pass:atea.dk:reject",
                TestMail.create().from("Atea Debitor <debitor@atea.dk>").header("To", "indkob@aarhus.dk")
                        .subject("Kreditnota 5531")
                        .text("Vedlagt kreditnota for returvarer.")
                        .attach("application/pdf", "kreditnota_5531.pdf", TestFiles.pdf(List.of("Kreditnota 5531"))));
        write("legit/11-dk-supplier-zip-of-invoices.eml",
                "label=legit;ip=194.182.0.13;mailfrom=faktura@ramboll.dk;spf=pass;dkim=pass:ramboll.dk;dmarc=pass:ramboll.dk:quarantine",
                TestMail.create().from("Rambøll Faktura <faktura@ramboll.dk>").header("To", "kreditor@aarhus.dk")
                        .subject("Fakturaer for marts")
                        .text("Som aftalt: alle fakturaer for marts samlet i én fil.")
                        .attach("application/zip", "Fakturaer_marts.zip", TestFiles.zip("faktura_301.pdf", "%PDF-1.4",
                                "faktura_302.pdf", "%PDF-1.4")));
        write("legit/12-dk-citizen-asks-about-rykker.eml",
                "label=legit;ip=209.85.220.42;mailfrom=k.larsen@gmail.com;spf=pass;dkim=pass:gmail.com;dmarc=pass:gmail.com:none",
                TestMail.create().from("Karen Larsen <k.larsen@gmail.com>").header("To", "borgerservice@aarhus.dk")
                        .subject("Spørgsmål om rykker for daginstitution")
                        .text("Hej\n\nJeg har fået en rykker for betaling af daginstitution, men jeg har betalt. "
                                + "Kan I se på det?\n\nKaren"));
        write("legit/13-dk-authenticated-new-bank-notice.eml",
                "label=legit;ip=194.182.0.14;mailfrom=debitor@atea.dk;spf=pass;dkim=pass:atea.dk;dmarc=pass:atea.dk:reject",
                TestMail.create().from("Atea Debitor <debitor@atea.dk>").header("To", "kreditor@aarhus.dk")
                        .subject("Vi har fået ny bankforbindelse")
                        .text("Kære kunde\n\nFra 1. april har vi ny bankforbindelse. Fremtidige fakturaer "
                                + "angiver det nye kontonummer. Bekræft gerne ændringen telefonisk.\n"));
        write("legit/14-dk-municipal-newsletter-via-esp.eml",
                "label=legit;ip=198.2.180.2;mailfrom=bounce@mcsv.net;spf=pass;dkim=pass:mcsv.net;dmarc=none",
                TestMail.create().from("Aarhus Kommune <nyheder@mcsv.net>").header("To", "medarbejdere@aarhus.dk")
                        .subject("Nyt fra kommunen")
                        .html("<p>Kulturnatten er på fredag. Se programmet.</p>"));
        write("legit/15-dk-misconfigured-spf-mentions-fakturering.eml",
                "label=legit;ip=62.1.1.1;mailfrom=kontor@arkitekt-berg.dk;spf=softfail;dkim=none;dmarc=none",
                TestMail.create().from("Arkitekt Berg <kontor@arkitekt-berg.dk>").header("To", "plan@aarhus.dk")
                        .subject("Projektmøde")
                        .text("Hej\n\nVi aftaler fakturering når projektet er afleveret. Mødet er flyttet til "
                                + "onsdag.\n"));
        write("legit/16-en-supplier-portal-statement.eml",
                "label=legit;ip=194.182.0.15;mailfrom=noreply@kmd.dk;spf=pass;dkim=pass:kmd.dk;dmarc=pass:kmd.dk:reject",
                TestMail.create().from("KMD <noreply@kmd.dk>").header("Reply-To", "support@kmd-support.zendesk.com")
                        .header("To", "ap@aarhus.dk")
                        .subject("Account statement: 2 invoices due")
                        .text("Two invoices are due next week. View them in the customer portal."));
        write("legit/17-dk-invoice-via-platform-with-supplier-name.eml",
                "label=legit;ip=185.1.1.1;mailfrom=bounce@e-conomic.dk;spf=pass;dkim=pass:e-conomic.dk;dmarc=pass:e-conomic.dk:reject",
                TestMail.create().from("Atea A/S <faktura@e-conomic.dk>").header("Reply-To", "debitor@atea.dk")
                        .header("To", "kreditor@aarhus.dk")
                        .subject("Faktura 66119 fra Atea A/S")
                        .text("Hermed faktura 66119. Betalingsbetingelser: netto 30 dage.")
                        .attach("application/pdf", "Faktura_66119.pdf", TestFiles.pdf(List.of("Faktura 66119",
                                "Atea A/S", "IBAN " + spaced(DK_IBAN)))));
    }
}
