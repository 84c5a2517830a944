package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

/**
 * {@link XlsText} on a workbook written by LibreOffice 7.4 (test resource {@code invoice/office/konti.xls}, from the
 * CSV beside it) and on workbooks written by Apache POI's Excel writer (HSSF), whose reader is the second
 * implementation the cells are compared with; and on those files made hostile.
 */
class XlsTextTest {
    static DocText.Result read(byte[] xls, int max) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                return XlsText.read(Cfb.open(new RandomAccessReadBuffer(xls)), max, () -> false);
            } catch (Cfb.Broken e) {
                throw new AssertionError(e);
            }
        });
    }

    /** POI's cells, row by row, as XlsText writes them: tabs between cells, a line per row, one per sheet. */
    private static String poi(byte[] xls) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Workbook w = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            for (Sheet s : w) {
                b.append('\n');
                boolean firstRow = true;
                for (Row r : s) {
                    StringBuilder line = new StringBuilder();
                    for (Cell c : r) {
                        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                        String v = switch (t) {
                            case STRING -> c.getStringCellValue();
                            case NUMERIC -> XlsText.number(c.getNumericCellValue());
                            default -> null;
                        };
                        if (v != null) {
                            line.append(line.length() > 0 ? "\t" : "").append(v);
                        }
                    }
                    if (line.length() > 0) {
                        b.append(firstRow ? "" : "\n").append(line);
                        firstRow = false;
                    }
                }
            }
        }
        return b.toString();
    }

    @Test
    void aLibreOfficeWorkbookReadsAsPoiReadsIt() throws IOException {
        byte[] xls = DocTextTest.resource("konti.xls");
        DocText.Result r = read(xls, 100_000);
        assertThat(r.broken()).isNull();
        assertThat(r.text()).isEqualTo(poi(xls));
        // the label and the number beside it stay on one line
        assertThat(r.text()).contains("Danfoss A/S\t9570\t0012345678\tDK95 2000 0123 4567 89");
        // numbers as LibreOffice stores them (RK and MULRK records, §2.5.217)
        byte[] tal = DocTextTest.resource("tal.xls");
        byte[] book = DocTextTest.stream(tal, "Workbook");
        assertThat(find(book, 0x027E) > 0 || find(book, 0x00BD) > 0).isTrue();
        DocText.Result n = read(tal, 100_000);
        assertThat(n.text()).isEqualTo(poi(tal)).contains("9570\t12345678\t12400.5").contains("6695\t2000123456\t-3.25");
    }

    @Test
    void sharedStringsAcrossContinueRecordsNumbersAndFormulasReadAsPoiReadsThem() throws IOException {
        byte[] xls;
        try (HSSFWorkbook w = new HSSFWorkbook(); ByteArrayOutputStream o = new ByteArrayOutputStream()) {
            Sheet s = w.createSheet("Konti");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Leverandør");
            h.createCell(1).setCellValue("Reg.nr.");
            h.createCell(2).setCellValue("Kontonr.");
            Row d = s.createRow(1);
            d.createCell(0).setCellValue("Łódź Trading → ny konto");
            d.createCell(1).setCellValue(9570);
            d.createCell(2).setCellValue(12345678);
            d.createCell(3).setCellValue(12400.5);
            d.createCell(4).setCellFormula("\"IBAN \"&\"DK95 2000 0123 4567 89\"");
            d.createCell(5).setCellFormula("B2*2");
            // enough distinct strings, 8-bit and UTF-16 mixed, that the SST runs over several CONTINUE records and
            // strings are cut at record ends, some switching width in the continuation
            Sheet many = w.createSheet("Bilag");
            for (int i = 0; i < 1500; i++) {
                many.createRow(i).createCell(0).setCellValue((i % 3 == 0 ? "Æble → " : "Linje ") + i + " " + "x".repeat(i % 37));
            }
            w.setForceFormulaRecalculation(false);
            org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator.evaluateAllFormulaCells(w);
            w.write(o);
            xls = o.toByteArray();
        }
        assertThat(find(DocTextTest.stream(xls, "Workbook"), 0x003C)).as("a CONTINUE record").isPositive();
        DocText.Result r = read(xls, 1_000_000);
        assertThat(r.broken()).isNull();
        assertThat(r.text()).isEqualTo(poi(xls));
        assertThat(r.text()).contains("Łódź Trading → ny konto\t9570\t12345678\t12400.5\tIBAN DK95 2000 0123 4567 89\t19140");
        assertThat(r.text()).contains("Æble → 1497 " + "x".repeat(1497 % 37));

        DocText.Result cut = read(xls, 50);
        assertThat(cut.text()).hasSize(50);
    }

    @Test
    void aPasswordProtectedWorkbookSaysSoAndYieldsNoCells() throws IOException {
        byte[] xls = DocTextTest.resource("konti.xls");
        // FILEPASS (0x002F) in place of the record after BOF, as an encrypted workbook has it
        byte[] sealed = DocTextTest.rewrite(xls, "Workbook", w -> {
            int bofLength = (w[2] & 0xff) | (w[3] & 0xff) << 8;
            w[4 + bofLength] = 0x2F;
            w[5 + bofLength] = 0x00;
            return w;
        });
        DocText.Result r = read(sealed, 100_000);
        assertThat(r.encrypted()).isTrue();
        assertThat(r.text()).isEmpty();
    }

    @Test
    void recordsThatLieAreBrokenNeverReadPastTheirBytes() throws IOException {
        byte[] xls = DocTextTest.resource("konti.xls");
        int sst = find(DocTextTest.stream(xls, "Workbook"), 0x00FC);
        // an SST that declares a million strings of 60 000 characters in a few hundred bytes
        byte[] lying = DocTextTest.rewrite(xls, "Workbook", w -> {
            w[sst + 4 + 4] = 0x40;
            w[sst + 4 + 5] = 0x42;
            w[sst + 4 + 6] = 0x0F;
            w[sst + 4 + 8] = 0x60;
            w[sst + 4 + 9] = (byte) 0xEA;
            return w;
        });
        DocText.Result r = read(lying, 100_000);
        assertThat(r.broken()).contains("cut short");
        // a record longer than BIFF8 allows
        byte[] longRecord = DocTextTest.rewrite(xls, "Workbook", w -> {
            w[sst + 2] = (byte) 0xFF;
            w[sst + 3] = (byte) 0xFF;
            return w;
        });
        assertThat(read(longRecord, 100_000).broken()).contains("a record of 65535 bytes");
        // Excel 5 and 95 ("Book", BIFF5) are left unread, not broken
        byte[] biff5 = DocTextTest.rewrite(xls, "Workbook", w -> {
            w[4] = 0x00;
            w[5] = 0x05;
            return w;
        });
        DocText.Result old = read(biff5, 100_000);
        assertThat(old.broken()).isNull();
        assertThat(old.unread()).isNotNull();
    }

    /** The offset of the first record of {@code type} in a BIFF stream. */
    private static int find(byte[] w, int type) {
        for (int at = 0; at + 4 <= w.length; at += 4 + ((w[at + 2] & 0xff) | (w[at + 3] & 0xff) << 8)) {
            if (((w[at] & 0xff) | (w[at + 1] & 0xff) << 8) == type) {
                return at;
            }
        }
        return -1;
    }
}
