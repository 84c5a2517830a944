package org.spoofguard.it.corpus;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Real attachments for the corpus, byte for byte reproducible: PDFs made with PDFBox (fixed document id, no
 * dates), scanned-looking images (no text layer: the invoice is only pixels), ZIPs with fixed entry times, OOXML
 * documents with and without a VBA project.
 */
final class Attachments {
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2026, 10, 1, 9, 0);

    private Attachments() {
    }

    /** A one-page text PDF (a text layer PDFBox can extract), as invoicing software writes them. */
    static byte[] pdf(long documentId, String title, List<String> lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.setDocumentId(documentId);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setProducer("corpus");
            doc.setDocumentInformation(info);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(bold, 16);
                cs.newLineAtOffset(50, 780);
                cs.showText(title);
                cs.setFont(font, 10);
                cs.newLineAtOffset(0, -28);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -15);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A "scanned" page: grey paper, dark blocks where text lines were; no text layer at all. */
    static BufferedImage scan(long seed) {
        Random r = new Random(seed);
        int w = 420;
        int h = 594;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.getRaster().setSample(x, y, 0, 236 + r.nextInt(12));
            }
        }
        int y = 40;
        while (y < h - 60) {
            int x0 = 30 + r.nextInt(20);
            int len = 80 + r.nextInt(280);
            int lineH = y < 80 ? 12 : 6;
            for (int yy = y; yy < y + lineH; yy++) {
                for (int x = x0; x < Math.min(w - 20, x0 + len); x++) {
                    if (r.nextInt(5) != 0) {
                        img.getRaster().setSample(x, yy, 0, 30 + r.nextInt(60));
                    }
                }
            }
            y += lineH + 8 + r.nextInt(14);
        }
        return img;
    }

    /** An image-only PDF (a scanner's output): one page, one image, no text. */
    static byte[] scannedPdf(long documentId) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.setDocumentId(documentId);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan(documentId));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] image(long seed, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(scan(seed), format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP of (name, bytes) pairs with fixed times (DOS time set without the local time zone). */
    static byte[] zip(Object... namesAndContents) {
        try (ByteArrayOutputStream b = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(b)) {
            for (int i = 0; i + 1 < namesAndContents.length; i += 2) {
                ZipEntry e = new ZipEntry((String) namesAndContents[i]);
                e.setTimeLocal(ZIP_TIME);
                z.putNextEntry(e);
                Object c = namesAndContents[i + 1];
                z.write(c instanceof byte[] bytes ? bytes : ((String) c).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            z.finish();
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sector of an OLE2 compound file (what vbaProject.bin is): signature, then zeros. */
    static byte[] oleHeader() {
        byte[] ole = new byte[1536];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        ole[0x1A] = 0x3E; // minor version
        ole[0x1C] = (byte) 0xFE; // byte order FFFE
        ole[0x1D] = (byte) 0xFF;
        ole[0x1E] = 0x09; // sector shift 512
        byte[] vba = "Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\n Shell \"powershell -enc ...\"\r\nEnd Sub"
            .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(vba, 0, ole, 512, vba.length);
        return ole;
    }

    /** A Word document; with {@code macro} a .docm carrying word/vbaProject.bin (OOXML, ECMA-376 Part 2). */
    static byte[] word(String bodyText, boolean macro) {
        String main = macro ? "application/vnd.ms-word.document.macroEnabled.main+xml"
            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + (macro ? "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>" : "")
            + "<Override PartName=\"/word/document.xml\" ContentType=\"" + main + "\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>";
        String docRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + (macro ? "<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>" : "")
            + "</Relationships>";
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (String p : bodyText.split("\n")) {
            doc.append("<w:p><w:r><w:t>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</w:t></w:r></w:p>");
        }
        doc.append("</w:body></w:document>");
        if (macro) {
            return zip("[Content_Types].xml", types, "_rels/.rels", rels, "word/document.xml", doc.toString(),
                "word/_rels/document.xml.rels", docRels, "word/vbaProject.bin", oleHeader());
        }
        return zip("[Content_Types].xml", types, "_rels/.rels", rels, "word/document.xml", doc.toString(),
            "word/_rels/document.xml.rels", docRels);
    }

    /** An Excel workbook; with {@code macro} an .xlsm carrying xl/vbaProject.bin. */
    static byte[] excel(List<String> rows, boolean macro) {
        String main = macro ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + (macro ? "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>" : "")
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + main + "\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";
        String wb = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Faktura\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
        String wbRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + (macro ? "<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>" : "")
            + "</Relationships>";
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        int r = 1;
        for (String row : rows) {
            sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>")
                .append(row.replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c></row>");
            r++;
        }
        sheet.append("</sheetData></worksheet>");
        if (macro) {
            return zip("[Content_Types].xml", types, "_rels/.rels", rels, "xl/workbook.xml", wb,
                "xl/_rels/workbook.xml.rels", wbRels, "xl/worksheets/sheet1.xml", sheet.toString(),
                "xl/vbaProject.bin", oleHeader());
        }
        return zip("[Content_Types].xml", types, "_rels/.rels", rels, "xl/workbook.xml", wb,
            "xl/_rels/workbook.xml.rels", wbRels, "xl/worksheets/sheet1.xml", sheet.toString());
    }
}
