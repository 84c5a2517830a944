package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * The ZIP listing (ZipScanner) that decides names, executables and macros sees less than an archiver shows: it is
 * cut silently after 101 (names examined) / 200 (names kept) entries, and it trusts the local header's compressed
 * size, which archivers (central directory) ignore. None of these cuts makes the inspection incomplete.
 */
class ZipListingTest {
    private static final SenderVerdict FORGED = Verdicts.of(
            "ip=203.0.113.9;mailfrom=faktura@danfoss.dk;spf=fail;dkim=none;dmarc=fail:danfoss.dk:reject");
    private static final InvoiceConfig CFG = TestFiles.unhurried(InvoiceConfig.parse(Map.of("domains.suppliers",
            "danfoss.dk", "domains.own", "aarhus.dk")));

    private static InvoiceVerdict inspect(String filename, String type, byte[] data) {
        byte[] mail = TestMail.create().from("Danfoss <faktura@danfoss.dk>").subject("Faktura 5521")
                .text("Se vedhæftede faktura.").attach(type, filename, data).bytes();
        return new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail), FORGED);
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (int i = 0; i + 1 < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                Object c = namesAndContents[i + 1];
                z.write(c instanceof byte[] bs ? bs : ((String) c).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    private static Object[] padded(int padding, Object... tail) {
        Object[] all = new Object[padding * 2 + tail.length];
        for (int i = 0; i < padding; i++) {
            all[2 * i] = "bilag/side" + i + ".txt";
            all[2 * i + 1] = "side " + i;
        }
        System.arraycopy(tail, 0, all, padding * 2, tail.length);
        return all;
    }

    private static final byte[] EXE = "MZ\u0090\u0000 this program cannot be run in DOS mode"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void anExecutableAfterOneHundredAndOneEntriesIsStillSeen() throws IOException {
        // 150 entries (under limit.archive-entries = 200): the archiver lists faktura.pdf.exe as the last one
        InvoiceVerdict first = inspect("bilag.zip", "application/zip", zip(padded(1, "faktura.pdf.exe", EXE)));
        assertThat(first.has(SignalNames.EXECUTABLE_ATTACHMENT)).as("control: " + first.summary()).isTrue();
        System.out.println("control exe 2nd entry: " + first.action());
        byte[] z = zip(padded(149, "faktura.pdf.exe", EXE));
        InvoiceVerdict v = inspect("bilag.zip", "application/zip", z);
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT) || v.isError())
                .as("exe as 150th entry: " + v.summary()).isTrue();
    }

    @Test
    void aMacroProjectAfterTwoHundredPartsIsStillSeen() throws IOException {
        // an OOXML workbook padded with 210 harmless parts before xl/vbaProject.bin: Excel runs the project
        Object[] tail = {"xl/workbook.xml", "<workbook/>", "xl/vbaProject.bin", new byte[512]};
        Object[] parts = padded(210, tail);
        Object[] all = new Object[parts.length + 2];
        all[0] = "[Content_Types].xml";
        all[1] = "<Types><Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>";
        System.arraycopy(parts, 0, all, 2, parts.length);
        InvoiceVerdict v = inspect("faktura.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                zip(all));
        assertThat(v.has(SignalNames.OFFICE_MACRO) || v.isError()).as(v.summary()).isTrue();
    }

    @Test
    void aLocalHeaderLyingAboutItsCompressedSizeHidesNoEntry() throws IOException {
        byte[] z = zip("bilag.txt", "se faktura", "faktura.pdf.exe", EXE);
        // the first entry is DEFLATED with a data descriptor (bit 3), its local sizes 0: an archiver reads the
        // central directory and ignores them. Write 0xFFFFFFFF there (what zip64 streaming writers put).
        assertThat(z[6] & 8).isEqualTo(8);
        z[18] = z[19] = z[20] = z[21] = (byte) 0xff;
        try (ZipFile check = zipFile(z)) {
            assertThat(check.getEntry("faktura.pdf.exe")).isNotNull(); // archivers still show it
        }
        InvoiceVerdict v = inspect("bilag.zip", "application/zip", z);
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT) || v.isError()).as(v.summary()).isTrue();
    }

    @Test
    void aMacroWorkbookInsideAZipIsAMacroWhateverItIsCalled() throws IOException {
        // an .xlsm saved as "faktura.xls" (Excel opens it by content after a warning) and zipped; the same file
        // attached directly is office-macro, and so is a legacy .xls with macros in a zip (docs: "a macro document
        // found so")
        byte[] xlsm = zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>",
                "xl/vbaProject.bin", new byte[512]);
        InvoiceVerdict direct = inspect("faktura.xls", "application/vnd.ms-excel", xlsm);
        assertThat(direct.has(SignalNames.OFFICE_MACRO)).as(direct.summary()).isTrue();
        InvoiceVerdict zipped = inspect("faktura.zip", "application/zip", zip("faktura.xls", xlsm));
        assertThat(zipped.has(SignalNames.OFFICE_MACRO)).as(zipped.summary()).isTrue();
    }

    private static InvoiceVerdict fromKnownSupplier(String filename, byte[] data) {
        byte[] mail = TestMail.create().from("Bogholderi <faktura@danfoss.dk>").subject("Faktura 5521")
                .text("Se vedhæftede faktura.").attach("application/zip", filename, data).bytes();
        return new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail), Verdicts.of("ip=192.0.2.50;"
                + "mailfrom=bounce@danfoss.dk;spf=pass;dkim=pass:danfoss.dk;dmarc=pass:danfoss.dk:none"),
                java.util.Set.of(), TestFiles.usualAccount("danfoss.dk", "6695 2000123456"));
    }

    @Test
    void anEntryTheJdkCannotWalkLeavesTheInspectionIncomplete() throws IOException {
        // a compromised supplier mailbox zips the invoice with a new account behind a first entry that
        // java.util.zip.ZipInputStream refuses (STORED with the data-descriptor bit): archivers read the central
        // directory and open faktura.pdf; the walk stops at the first entry and the PDF goes unread
        byte[] pdf = TestFiles.pdf(java.util.List.of("FAKTURA 5521", "Ny bankkonto: IBAN DK95 2000 0123 4567 89"));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            byte[] note = "se faktura".getBytes(StandardCharsets.UTF_8);
            ZipEntry e = new ZipEntry("note.txt");
            e.setMethod(ZipEntry.STORED);
            e.setSize(note.length);
            e.setCompressedSize(note.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(note);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(note);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("faktura.pdf"));
            z.write(pdf);
            z.closeEntry();
        }
        byte[] ok = b.toByteArray();
        InvoiceVerdict control = fromKnownSupplier("faktura.zip", ok);
        assertThat(control.has(SignalNames.BANK_ACCOUNT_NEW)).as("control: " + control.summary()).isTrue();

        byte[] bad = ok.clone();
        bad[6] |= 8;
        try (ZipFile check = zipFile(bad)) {
            assertThat(new String(check.getInputStream(check.getEntry("faktura.pdf")).readAllBytes(),
                    StandardCharsets.ISO_8859_1)).startsWith("%PDF-"); // an archiver opens the invoice
        }
        InvoiceVerdict v = fromKnownSupplier("faktura.zip", bad);
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW) || v.isError()).as(v.summary()).isTrue();
    }

    @Test
    void aVbaProjectUnderAnotherPartNameIsAMacro() throws IOException {
        // OPC finds the VBA project by its relationship and content type, not by the conventional name
        // vbaProject.bin: a docm whose project part is word/settings2.dat, sent as faktura.doc (Word opens it by
        // content), carries the same macros
        String types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/>"
                + "<Override PartName=\"/word/settings2.dat\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>";
        String rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" "
                + "Target=\"settings2.dat\"/></Relationships>";
        byte[] docm = zip("[Content_Types].xml", types, "word/document.xml",
                "<w:document><w:body><w:p><w:r><w:t>Faktura 5521</w:t></w:r></w:p></w:body></w:document>",
                "word/_rels/document.xml.rels", rels, "word/settings2.dat", new byte[512]);
        InvoiceVerdict v = inspect("faktura.doc", "application/msword", docm);
        assertThat(v.has(SignalNames.OFFICE_MACRO)).as(v.summary()).isTrue();
    }

    @Test
    void anInvoiceBeyondTheEntryLimitLeavesTheInspectionIncomplete() throws IOException {
        // docs/invoice.md "Anomalies and limits": limit-parts means the rest is unseen, "so an error reason
        // 'inspection incomplete' too". A compromised supplier mailbox zips 200 harmless files before the invoice
        // with its new account; the walk stops at limit.archive-entries (200) with limit-parts and no error
        byte[] pdf = TestFiles.pdf(java.util.List.of("FAKTURA 5521", "Ny bankkonto: IBAN DK95 2000 0123 4567 89"));
        InvoiceVerdict v = fromKnownSupplier("faktura.zip", zip(padded(200, "faktura.pdf", pdf)));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW) || v.isError()).as(v.summary()).isTrue();
    }

    private static ZipFile zipFile(byte[] z) throws IOException {
        java.nio.file.Path p = java.nio.file.Files.createTempFile("review", ".zip");
        java.nio.file.Files.write(p, z);
        p.toFile().deleteOnExit();
        return new ZipFile(p.toFile());
    }
}
