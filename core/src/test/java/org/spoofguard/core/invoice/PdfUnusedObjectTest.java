package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * PdfInspector.decodeBudget resolves every object of the xref table, also those no page uses. A PDF reader never
 * parses an unreferenced object, so one deeply nested array appended as an incremental update leaves the invoice as
 * it was for the clerk; PDFBox's recursive parser overflows the stack on it, the StackOverflowError escapes
 * decodeBudget (it only catches RuntimeException) and the whole PDF becomes "pdf-broken": its text, the new account,
 * is never read, and pdf-broken is no error (no fail closed).
 */
class PdfUnusedObjectTest {
    private static final InvoiceConfig CFG = TestFiles.unhurried(InvoiceConfig.parse(Map.of("domains.suppliers",
            "danfoss.dk", "domains.own", "aarhus.dk")));

    private static InvoiceVerdict fromKnownSupplier(byte[] pdf) {
        byte[] mail = TestMail.create().from("Bogholderi <faktura@danfoss.dk>").subject("Faktura 5521")
                .text("Se vedhæftede faktura.").attach("application/pdf", "faktura.pdf", pdf).bytes();
        return new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail), Verdicts.of("ip=192.0.2.50;"
                + "mailfrom=bounce@danfoss.dk;spf=pass;dkim=pass:danfoss.dk;dmarc=pass:danfoss.dk:none"), Set.of(),
                TestFiles.usualAccount("danfoss.dk", "6695 2000123456"));
    }

    @Test
    void anUnreferencedDeepObjectDoesNotHideTheInvoiceText() throws Exception {
        byte[] pdf = TestFiles.pdf(List.of("FAKTURA 5521", "Ny bankkonto: IBAN DK95 2000 0123 4567 89"));
        InvoiceVerdict control = fromKnownSupplier(pdf);
        assertThat(control.has(SignalNames.BANK_ACCOUNT_NEW)).as("control: " + control.summary()).isTrue();

        byte[] hostile = withUnusedDeepArray(pdf, 200_000);
        try (PDDocument d = Loader.loadPDF(hostile)) {
            // what a reader shows: the same page text (the extra object is never parsed for it)
            assertThat(new PDFTextStripper().getText(d)).contains("DK95 2000 0123 4567 89");
        }
        InvoiceVerdict v = fromKnownSupplier(hostile);
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW) || v.isError()).as(v.summary() + " " + v.reasons()).isTrue();
    }

    /** An incremental update (ISO 32000-1 §7.5.6) adding one object no one refers to: {@code depth} nested arrays. */
    static byte[] withUnusedDeepArray(byte[] pdf, int depth) throws Exception {
        int size;
        String root;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            size = (int) d.getDocument().getTrailer().getLong(COSName.SIZE);
            COSObject r = (COSObject) d.getDocument().getTrailer().getItem(COSName.ROOT);
            root = r.getObjectNumber() + " " + r.getGenerationNumber() + " R";
        }
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int sx = s.lastIndexOf("startxref");
        long prev = Long.parseLong(s.substring(sx + 9).trim().split("\\s+")[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(pdf);
        if (pdf[pdf.length - 1] != '\n') {
            out.write('\n');
        }
        long obj = out.size();
        out.write((size + " 0 obj\n" + "[".repeat(depth) + "]".repeat(depth) + "\nendobj\n")
                .getBytes(StandardCharsets.US_ASCII));
        long xref = out.size();
        out.write(("xref\n" + size + " 1\n" + String.format("%010d 00000 n \n", obj) + "trailer\n<< /Size " + (size + 1)
                + " /Root " + root + " /Prev " + prev + " >>\nstartxref\n" + xref + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
