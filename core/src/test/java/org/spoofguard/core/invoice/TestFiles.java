package org.spoofguard.core.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Real PDFs and ZIPs for tests, made with PDFBox and by hand (ZipCrypto for password-protected zips). */
final class TestFiles {
    /** A scan time budget (limit.time-ms) no loaded test machine reaches. */
    static final long UNHURRIED_MILLIS = 600_000;

    private TestFiles() {
    }

    /**
     * {@code cfg} with a time budget no loaded test machine reaches, for tests that are not about the budget. The
     * budget is wall-clock: with the 5 s default, a 2-core machine running other builds stopped large scans at
     * limit-time (signal error, inspection incomplete) and turned the verdict those tests check into a quarantine.
     * The budget itself is tested in PdfDeadlineTest and InvoiceBadInputTest.
     */
    static InvoiceConfig unhurried(InvoiceConfig cfg) {
        return cfg.withLimits(cfg.maxPdfBytes(), cfg.maxPdfPages(), UNHURRIED_MILLIS, cfg.maxParts(), cfg.maxDepth());
    }

    /** Options for {@link #pdf}. */
    record PdfOptions(String javascript, String launch, String uri, String userPassword, int pages) {
        static PdfOptions plain() {
            return new PdfOptions(null, null, null, null, 1);
        }
    }

    static byte[] pdf(List<String> lines) {
        return pdf(lines, PdfOptions.plain());
    }

    static byte[] pdf(List<String> lines, PdfOptions o) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < Math.max(1, o.pages()); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(50, 780);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -16);
                    }
                    if (o.pages() > 1) {
                        cs.showText("Side " + (p + 1));
                    }
                    cs.endText();
                }
                if (p == 0 && (o.launch() != null || o.uri() != null)) {
                    PDAnnotationLink link = new PDAnnotationLink();
                    link.setRectangle(new PDRectangle(50, 500, 200, 20));
                    if (o.launch() != null) {
                        PDActionLaunch launch = new PDActionLaunch();
                        launch.getCOSObject().setString(org.apache.pdfbox.cos.COSName.F, o.launch());
                        link.setAction(launch);
                    } else {
                        PDActionURI uri = new PDActionURI();
                        uri.setURI(o.uri());
                        link.setAction(uri);
                    }
                    page.getAnnotations().add(link);
                }
            }
            if (o.javascript() != null) {
                doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript(o.javascript()));
            }
            if (o.userPassword() != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", o.userPassword(),
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-page PDF: {@code plain} as usual, then {@code spaced} drawn with character spacing (Tc 3). */
    static byte[] letterSpacedPdf(String plain, String spaced) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 780);
                cs.showText(plain);
                cs.newLineAtOffset(0, -16);
                cs.setCharacterSpacing(3f);
                cs.showText(spaced);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] zip(String... namesAndContents) {
        try (ByteArrayOutputStream b = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(b)) {
            for (int i = 0; i + 1 < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            z.finish();
            return b.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] zipEntries(String name, byte[] content) {
        try (ByteArrayOutputStream b = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
            z.finish();
            return b.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real traditional-PKWARE (ZipCrypto, APPNOTE §6.1) encrypted, stored, single-entry zip. */
    static byte[] encryptedZip(String name, byte[] content, String password) {
        CRC32 crc = new CRC32();
        crc.update(content);
        long crcValue = crc.getValue();
        int[] keys = {305419896, 591751049, 878082192};
        for (byte c : password.getBytes(StandardCharsets.UTF_8)) {
            updateKeys(keys, c & 0xff);
        }
        byte[] header = new byte[12];
        for (int i = 0; i < 11; i++) {
            header[i] = (byte) (i * 37 + 11);
        }
        header[11] = (byte) (crcValue >>> 24);
        ByteArrayOutputStream enc = new ByteArrayOutputStream();
        for (byte p : header) {
            enc.write(encryptByte(keys, p & 0xff));
        }
        for (byte p : content) {
            enc.write(encryptByte(keys, p & 0xff));
        }
        byte[] data = enc.toByteArray();
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        le32(out, 0x04034b50);
        le16(out, 20);
        le16(out, 1);            // bit 0: encrypted
        le16(out, 0);            // stored
        le16(out, 0);
        le16(out, 0x5a21);
        le32(out, (int) crcValue);
        le32(out, data.length);
        le32(out, content.length);
        le16(out, nameBytes.length);
        le16(out, 0);
        out.writeBytes(nameBytes);
        out.writeBytes(data);
        int cdStart = out.size();
        le32(out, 0x02014b50);
        le16(out, 20);
        le16(out, 20);
        le16(out, 1);
        le16(out, 0);
        le16(out, 0);
        le16(out, 0x5a21);
        le32(out, (int) crcValue);
        le32(out, data.length);
        le32(out, content.length);
        le16(out, nameBytes.length);
        le16(out, 0);
        le16(out, 0);
        le16(out, 0);
        le16(out, 0);
        le32(out, 0);
        le32(out, 0);
        out.writeBytes(nameBytes);
        int cdSize = out.size() - cdStart;
        le32(out, 0x06054b50);
        le16(out, 0);
        le16(out, 0);
        le16(out, 1);
        le16(out, 1);
        le32(out, cdSize);
        le32(out, cdStart);
        le16(out, 0);
        return out.toByteArray();
    }

    private static int encryptByte(int[] keys, int p) {
        int temp = (keys[2] | 2) & 0xffff;
        int k = ((temp * (temp ^ 1)) >>> 8) & 0xff;
        updateKeys(keys, p);
        return p ^ k;
    }

    private static void updateKeys(int[] keys, int c) {
        keys[0] = crc32Byte(keys[0], c);
        keys[1] = keys[1] + (keys[0] & 0xff);
        keys[1] = keys[1] * 134775813 + 1;
        keys[2] = crc32Byte(keys[2], keys[1] >>> 24);
    }

    private static int crc32Byte(int crc, int b) {
        int c = (crc ^ b) & 0xff;
        for (int k = 0; k < 8; k++) {
            c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320 : c >>> 1;
        }
        return c ^ (crc >>> 8);
    }

    static void le16(ByteArrayOutputStream o, int v) {
        o.write(v & 0xff);
        o.write((v >>> 8) & 0xff);
    }

    static void le32(ByteArrayOutputStream o, int v) {
        le16(o, v & 0xffff);
        le16(o, (v >>> 16) & 0xffff);
    }

    /**
     * A TNEF stream ({@code winmail.dat}) as Outlook writes it ([MS-OXTNEF] §2.1.3): the version, then per attachment
     * attAttachRendData, attAttachTitle, attAttachData and attAttachment with PidTagAttachLongFilename (UTF-16) when
     * {@code longName} is given. {@code attachments} alternate title, long name (or null) and content.
     */
    static byte[] tnef(Object... attachments) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        le32(o, Tnef.SIGNATURE);
        le16(o, 0x1234);
        tnefAttribute(o, 0x01, 0x00089006, new byte[] {0, 0, 1, 0});
        for (int i = 0; i < attachments.length; i += 3) {
            tnefAttribute(o, 0x02, 0x00069002, new byte[14]);
            tnefAttribute(o, 0x02, 0x00018010, (attachments[i] + "\0").getBytes(java.nio.charset.Charset.forName("windows-1252")));
            tnefAttribute(o, 0x02, 0x0006800F, (byte[]) attachments[i + 2]);
            if (attachments[i + 1] != null) {
                ByteArrayOutputStream props = new ByteArrayOutputStream();
                le32(props, 2);
                le16(props, 0x0003); // PidTagAttachMethod, PtypInteger32: ATTACH_BY_VALUE
                le16(props, 0x3705);
                le32(props, 1);
                byte[] name = (attachments[i + 1] + "\0").getBytes(StandardCharsets.UTF_16LE);
                le16(props, 0x001F);
                le16(props, 0x3707);
                le32(props, 1);
                le32(props, name.length);
                props.writeBytes(name);
                props.writeBytes(new byte[(4 - name.length % 4) % 4]);
                tnefAttribute(o, 0x02, 0x00069005, props.toByteArray());
            }
        }
        return o.toByteArray();
    }

    /**
     * An attached Outlook item's TNEF stream ([MS-OXTNEF] §2.1.3.4.1): its body as attBody, then its attachments as
     * {@link #tnef(Object...)} writes them.
     */
    static byte[] tnefItem(String body, Object... attachments) {
        byte[] rest = tnef(attachments);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(rest, 0, 6);
        tnefAttribute(o, 0x01, 0x0002800C, body.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        o.write(rest, 6, rest.length - 6);
        return o.toByteArray();
    }

    /** A winmail.dat whose one attachment is an Outlook item (PidTagAttachDataObject holding {@code item}). */
    static byte[] tnefWithItem(String title, byte[] item) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        le32(o, Tnef.SIGNATURE);
        le16(o, 0x1234);
        tnefAttribute(o, 0x01, 0x00089006, new byte[] {0, 0, 1, 0});
        tnefAttribute(o, 0x02, 0x00069002, new byte[14]);
        tnefAttribute(o, 0x02, 0x00018010, (title + "\0").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        ByteArrayOutputStream props = new ByteArrayOutputStream();
        le32(props, 2);
        le16(props, 0x0003); // PidTagAttachMethod: ATTACH_EMBEDDED_MSG
        le16(props, 0x3705);
        le32(props, 5);
        le16(props, 0x000D); // PidTagAttachDataObject, PtypObject: count, size, IID_IMessage, the item, padding
        le16(props, 0x3701);
        le32(props, 1);
        le32(props, 16 + item.length);
        props.writeBytes(new byte[] {0x07, 0x03, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) 0xC0, 0x00, 0x00, 0x00,
                0x00, 0x00, 0x00, 0x46});
        props.writeBytes(item);
        props.writeBytes(new byte[(4 - item.length % 4) % 4]);
        tnefAttribute(o, 0x02, 0x00069005, props.toByteArray());
        return o.toByteArray();
    }

    static void tnefAttribute(ByteArrayOutputStream o, int level, int id, byte[] data) {
        o.write(level);
        le32(o, id);
        le32(o, data.length);
        o.writeBytes(data);
        int sum = 0;
        for (byte b : data) {
            sum += b & 0xff;
        }
        le16(o, sum & 0xffff);
    }

    /**
     * An Outlook item ({@code .msg}) as [MS-OXMSG] lays it out, written by Apache POI's compound-file writer (not by
     * the reader under test): property streams {@code __substg1.0_<id><type>}, a property table, and a storage per
     * attachment holding its long file name and data, or an attached item's own storage.
     */
    static final class Msg {
        private String body;
        private byte[] ansiBody;
        private Integer codePage;
        private String html;
        private final List<Object[]> attachments = new java.util.ArrayList<>();

        Msg body(String text) {
            this.body = text;
            return this;
        }

        /** The body as 8-bit text (PidTagBody, PtypString8) in the given Windows code page, named in the table. */
        Msg ansiBody(String text, int cp) {
            this.ansiBody = text.getBytes(java.nio.charset.Charset.forName("windows-" + cp));
            this.codePage = cp;
            return this;
        }

        Msg html(String markup) {
            this.html = markup;
            return this;
        }

        Msg attach(String longName, byte[] data) {
            attachments.add(new Object[] {longName, data});
            return this;
        }

        Msg attach(String displayName, Msg item) {
            attachments.add(new Object[] {displayName, item});
            return this;
        }

        /** An OLE object embedded as such: the compound file's streams copied into the attachment's object storage. */
        Msg embed(String displayName, byte[] compoundFile) {
            attachments.add(new Object[] {displayName, new Embedded(compoundFile)});
            return this;
        }

        private record Embedded(byte[] compoundFile) {
        }

        byte[] bytes() {
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                write(fs.getRoot(), true);
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                fs.writeFilesystem(o);
                return o.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private void write(DirectoryEntry dir, boolean top) throws IOException {
            ByteArrayOutputStream props = new ByteArrayOutputStream();
            props.writeBytes(new byte[top ? 32 : 24]);
            if (codePage != null) {
                le32(props, 0x3FFD0003); // PidTagMessageCodepage
                le32(props, 6);
                le32(props, codePage);
                le32(props, 0);
            }
            doc(dir, "__properties_version1.0", props.toByteArray());
            if (body != null) {
                doc(dir, "__substg1.0_1000001F", (body + "\0").getBytes(StandardCharsets.UTF_16LE));
            }
            if (ansiBody != null) {
                doc(dir, "__substg1.0_1000001E", ansiBody);
            }
            if (html != null) {
                doc(dir, "__substg1.0_10130102", html.getBytes(StandardCharsets.UTF_8));
            }
            for (int i = 0; i < attachments.size(); i++) {
                DirectoryEntry a = dir.createDirectory(
                        String.format("__attach_version1.0_#%08X", i));
                doc(a, "__properties_version1.0", new byte[8]);
                Object[] at = attachments.get(i);
                if (at[1] instanceof Msg item) {
                    doc(a, "__substg1.0_3001001F", (at[0] + "\0").getBytes(StandardCharsets.UTF_16LE));
                    item.write(a.createDirectory("__substg1.0_3701000D"), false);
                } else if (at[1] instanceof Embedded e) {
                    doc(a, "__substg1.0_3001001F", (at[0] + "\0").getBytes(StandardCharsets.UTF_16LE));
                    try (POIFSFileSystem object = new POIFSFileSystem(new java.io.ByteArrayInputStream(e.compoundFile()))) {
                        copy(object.getRoot(), a.createDirectory("__substg1.0_3701000D"));
                    }
                } else {
                    doc(a, "__substg1.0_3704001F", "ATTACH~1.DAT\0".getBytes(StandardCharsets.UTF_16LE));
                    doc(a, "__substg1.0_3707001F", (at[0] + "\0").getBytes(StandardCharsets.UTF_16LE));
                    doc(a, "__substg1.0_37010102", (byte[]) at[1]);
                }
            }
        }

        private static void copy(DirectoryEntry from, DirectoryEntry to) throws IOException {
            for (org.apache.poi.poifs.filesystem.Entry e : from) {
                if (e instanceof DirectoryEntry d) {
                    copy(d, to.createDirectory(d.getName()));
                } else if (e instanceof org.apache.poi.poifs.filesystem.DocumentEntry d) {
                    try (org.apache.poi.poifs.filesystem.DocumentInputStream in =
                                 new org.apache.poi.poifs.filesystem.DocumentInputStream(d)) {
                        doc(to, d.getName(), in.readAllBytes());
                    }
                }
            }
        }

        private static void doc(DirectoryEntry dir, String name, byte[] data)
                throws IOException {
            dir.createDocument(name, new java.io.ByteArrayInputStream(data));
        }
    }

    /** A bank-details memory in which {@code domain} has paid into {@code account} twice (an established payee). */
    static BankMemory usualAccount(String domain, String account) {
        BankMemory memory = new BankMemory(null);
        memory.learn(domain, List.of(account), java.time.Instant.parse("2026-06-01T10:00:00Z"));
        memory.learn(domain, List.of(account), java.time.Instant.parse("2026-09-01T10:00:00Z"));
        return memory;
    }
}
