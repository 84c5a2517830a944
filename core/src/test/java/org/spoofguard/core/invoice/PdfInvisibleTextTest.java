package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;

/**
 * A known supplier's compromised mailbox sent a PDF showing "Kontonr. 0012345678" with "99" drawn invisibly in the
 * middle (render mode 3), so the text layer read "001239945678" and the new account was delivered unseen. The same
 * with mode 7 (clip only) and a 0.01 pt font. The visible text is read for accounts beside the full text.
 */
class PdfInvisibleTextTest {
    private static final InvoiceConfig CFG = InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk",
            "domains.own", "kommune.dk", "names.protected", "Aarhus Kommune"));

    private static InvoiceVerdict fromKnownSupplier(byte[] mail) {
        return new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail), Verdicts.of("ip=192.0.2.50;"
                + "mailfrom=bounce@danfoss.dk;spf=pass;dkim=pass:danfoss.dk;dmarc=pass:danfoss.dk:none"), Set.of(),
                TestFiles.usualAccount("danfoss.dk", "6695 2000123456"));
    }

    interface Draw {
        void run(PDPageContentStream cs) throws Exception;
    }

    private static byte[] pdf(Draw d) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 780);
                cs.showText("FAKTURA 5521");
                cs.newLineAtOffset(0, -16);
                d.run(cs);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdfMail(byte[] pdf) {
        return TestMail.create().from("Bogholderi <bogholderi@danfoss.dk>").subject("Faktura 5521")
                .text("Faktura vedhæftet.").attach("application/pdf", "Faktura_5521.pdf", pdf).bytes();
    }

    private static PdfInspector.Result inspect(byte[] pdf) {
        return PdfInspector.inspect(new RandomAccessReadBuffer(pdf), 20, 200_000, System.nanoTime() + 5_000_000_000L);
    }

    private static InvoiceVerdict account(Draw middle) throws Exception {
        return fromKnownSupplier(pdfMail(pdf(cs -> {
            cs.showText("Betales til Reg.nr. 9570 Kontonr. 00123");
            middle.run(cs);
            cs.showText("45678");
        })));
    }

    @Test
    void baselinePlainNewAccountIsQuarantined() throws Exception {
        InvoiceVerdict v = fromKnownSupplier(pdfMail(pdf(cs -> cs.showText("Betales til Reg.nr. 9570 Kontonr. 0012345678"))));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void invisiblePdfDigitsInsideTheAccountDoNotHideIt() throws Exception {
        InvoiceVerdict v = fromKnownSupplier(pdfMail(pdf(cs -> {
            cs.showText("Betales til Reg.nr. 9570 Kontonr. 00123");
            cs.setRenderingMode(RenderingMode.NEITHER);
            cs.showText("99");
            cs.setRenderingMode(RenderingMode.FILL);
            cs.showText("45678");
        })));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void clipOnlyDigitsInsideTheAccountDoNotHideIt() throws Exception {
        InvoiceVerdict v = account(cs -> {
            cs.setRenderingMode(RenderingMode.NEITHER_CLIP);
            cs.showText("99");
            cs.setRenderingMode(RenderingMode.FILL);
        });
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void tinyDigitsInsideTheAccountDoNotHideIt() throws Exception {
        InvoiceVerdict v = account(cs -> {
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 0.01f);
            cs.showText("99");
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        });
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void digitsOutsideTheCropBoxAreLeftOutOfTheVisibleText() throws Exception {
        // moved 1100 pt to the right of the page by TJ, then back: drawn where no viewer shows it
        PdfInspector.Result r = inspect(pdf(cs -> {
            cs.showText("Kontonr. 00123");
            cs.showTextWithPositioning(new Object[] {-100000f, "99", 100000f + 1112f});
            cs.showText("45678");
        }));
        assertThat(r.text).contains("99");
        assertThat(r.visibleText).isNotNull().doesNotContain("99").contains("00123").contains("45678");
    }

    @Test
    void anOrdinaryPdfHasNoSecondViewAndItsVerdictIsUnchanged() throws Exception {
        byte[] usual = pdf(cs -> cs.showText("Betales til Reg.nr. 6695 Kontonr. 2000123456"));
        assertThat(inspect(usual).visibleText).isNull();
        InvoiceVerdict v = fromKnownSupplier(pdfMail(usual));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void anInvisibleOcrLayerIsStillReadInFull() throws Exception {
        // a scanned invoice's OCR text is render mode 3 throughout: the full text keeps reading it
        byte[] ocr = pdf(cs -> {
            cs.setRenderingMode(RenderingMode.NEITHER);
            cs.showText("Betales til Reg.nr. 9570 Kontonr. 0012345678");
        });
        assertThat(inspect(ocr).text).contains("0012345678");
        InvoiceVerdict v = fromKnownSupplier(pdfMail(ocr));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }
}
