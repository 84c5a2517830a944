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
 * dates), scanned-looking images (no text layer: the invoice is only pixels), QR-code-looking images, ZIPs with fixed
 * entry times, one-file 7z archives, OOXML documents with and without a VBA project.
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

    /** A QR-code-looking PNG: three finder squares, seeded modules, quiet zone. */
    static byte[] qr(long seed) {
        Random r = new Random(seed);
        int n = 29;
        int scale = 6;
        boolean[][] mod = new boolean[n][n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                mod[y][x] = r.nextBoolean();
            }
        }
        int[][] corners = {{0, 0}, {n - 7, 0}, {0, n - 7}};
        for (int[] c : corners) {
            for (int y = -1; y <= 7; y++) {
                for (int x = -1; x <= 7; x++) {
                    int yy = c[1] + y;
                    int xx = c[0] + x;
                    if (yy < 0 || xx < 0 || yy >= n || xx >= n) {
                        continue;
                    }
                    boolean ring = x == 0 || y == 0 || x == 6 || y == 6;
                    boolean core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                    mod[yy][xx] = x >= 0 && y >= 0 && x <= 6 && y <= 6 && (ring || core);
                }
            }
        }
        int size = (n + 8) * scale;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int my = y / scale - 4;
                int mx = x / scale - 4;
                boolean dark = my >= 0 && mx >= 0 && my < n && mx < n && mod[my][mx];
                img.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A 7z archive holding one file, stored with the Copy coder (7z format, 7zFormat.txt of the 7-Zip sources):
     * start header, the packed bytes, then the header (streams info with the file's CRC, its UTF-16LE name).
     */
    static byte[] sevenZip(String name, byte[] data) {
        java.io.ByteArrayOutputStream h = new java.io.ByteArrayOutputStream();
        h.write(0x01); // kHeader
        h.write(0x04); // kMainStreamsInfo
        h.write(0x06); // kPackInfo: pack position 0, one pack stream of data.length bytes
        number(h, 0);
        number(h, 1);
        h.write(0x09);
        number(h, data.length);
        h.write(0x00);
        h.write(0x07); // kUnPackInfo: one folder, one simple coder, id 0x00 = Copy
        h.write(0x0B);
        number(h, 1);
        h.write(0x00);
        number(h, 1);
        h.write(0x01);
        h.write(0x00);
        h.write(0x0C);
        number(h, data.length);
        h.write(0x00);
        h.write(0x08); // kSubStreamsInfo: the CRC of the one unpacked stream
        h.write(0x0A);
        h.write(0x01);
        le(h, crc(data), 4);
        h.write(0x00);
        h.write(0x00); // end of streams info
        byte[] utf16 = (name + "\0").getBytes(StandardCharsets.UTF_16LE);
        h.write(0x05); // kFilesInfo: one file, its name
        number(h, 1);
        h.write(0x11);
        number(h, 1 + utf16.length);
        h.write(0x00);
        h.writeBytes(utf16);
        h.write(0x00);
        h.write(0x00); // end of header
        byte[] header = h.toByteArray();
        java.io.ByteArrayOutputStream start = new java.io.ByteArrayOutputStream();
        le(start, data.length, 8);
        le(start, header.length, 8);
        le(start, crc(header), 4);
        byte[] startHeader = start.toByteArray();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0x00, 0x04});
        le(out, crc(startHeader), 4);
        out.writeBytes(startHeader);
        out.writeBytes(data);
        out.writeBytes(header);
        return out.toByteArray();
    }

    private static long crc(byte[] b) {
        java.util.zip.CRC32 c = new java.util.zip.CRC32();
        c.update(b);
        return c.getValue();
    }

    private static void le(java.io.ByteArrayOutputStream out, long v, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (v >>> (8 * i)) & 0xFF);
        }
    }

    /** 7z's variable-length NUMBER: leading 1-bits of the first byte count the extra little-endian bytes. */
    private static void number(java.io.ByteArrayOutputStream out, long v) {
        if (v < 0x80) {
            out.write((int) v);
        } else if (v < 0x4000) {
            out.write(0x80 | (int) (v >>> 8));
            out.write((int) v & 0xFF);
        } else if (v < 0x200000) {
            out.write(0xC0 | (int) (v >>> 16));
            le(out, v & 0xFFFF, 2);
        } else if (v < 0x10000000) {
            out.write(0xE0 | (int) (v >>> 24));
            le(out, v & 0xFFFFFF, 3);
        } else {
            out.write(0xFF);
            le(out, v, 8);
        }
    }
}
