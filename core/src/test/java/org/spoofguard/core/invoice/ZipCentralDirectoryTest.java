package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Archivers (Windows Explorer, 7-Zip, Outlook's preview) list and extract what the central directory says
 * (APPNOTE.TXT §4.3.12, found through the end-of-central-directory record §4.3.16 from the file's end); the scan
 * walks the local headers. Where the two disagree, or a second archive is appended, the clerk sees entries the scan
 * did not: the inspection is incomplete. And an entry's name is the sender's word: its first bytes say whether it
 * is a program.
 */
class ZipCentralDirectoryTest {
    private static final SenderVerdict FORGED = Verdicts.of(
            "ip=203.0.113.9;mailfrom=faktura@danfoss.dk;spf=fail;dkim=none;dmarc=fail:danfoss.dk:reject");
    private static final InvoiceConfig CFG = TestFiles.unhurried(InvoiceConfig.parse(Map.of("domains.suppliers",
            "danfoss.dk", "domains.own", "aarhus.dk")));
    private static final byte[] PDF = TestFiles.pdf(java.util.List.of("FAKTURA 5521"));
    private static final byte[] TEXT = "se faktura".getBytes(StandardCharsets.UTF_8);

    private static InvoiceVerdict inspect(String filename, String type, byte[] data) {
        byte[] mail = TestMail.create().from("Danfoss <faktura@danfoss.dk>").subject("Faktura 5521")
                .text("Se vedhæftede faktura.").attach(type, filename, data).bytes();
        return new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail), FORGED);
    }

    private static InvoiceVerdict zipped(byte[] zip) {
        return inspect("faktura.zip", "application/zip", zip);
    }

    private static ZipScanner.Info scan(byte[] zip) {
        return ZipScanner.scan(new ByteArrayInputStream(zip), 2000, System.nanoTime() + 5_000_000_000L);
    }

    @Test
    void aConsistentArchiveIsComplete() throws IOException {
        // controls: what ordinary writers make is no error, streamed (data descriptors), with a comment, zip64
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("bilag/"));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("bilag/faktura.pdf"));
            z.write(PDF);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("note.txt"));
            z.write(TEXT);
            z.closeEntry();
            z.setComment("made by the supplier's ERP");
        }
        assertThat(scan(b.toByteArray()).central).isNull();
        InvoiceVerdict v = zipped(b.toByteArray());
        assertThat(v.isError()).as(v.summary()).isFalse();
        assertThat(scan(RawZip.create().entry("faktura.pdf", TEXT).entry("note.txt", TEXT).bytes()).central).isNull();
        assertThat(scan(RawZip.create().entry("faktura.pdf", TEXT).comment(65535).bytes()).central).isNull();
        assertThat(scan(RawZip.create().entry("faktura.pdf", TEXT).zip64().bytes()).central).isNull();
        assertThat(scan(RawZip.create().entry("faktura.pdf", TEXT).zip64().comment(100).bytes()).central).isNull();
        InvoiceVerdict raw = zipped(RawZip.create().entry("faktura.pdf", TEXT).zip64().comment(65535).bytes());
        assertThat(raw.isError()).as(raw.summary()).isFalse();
    }

    @Test
    void aCentralDirectoryNamingAProgramTheLocalHeaderHidesIsSeen() {
        // Explorer shows (and extracts) invoice.exe; the local header says invoice.pdf
        byte[] z = RawZip.create().disguised("invoice.pdf", "invoice.exe", RawZip.pe()).bytes();
        InvoiceVerdict v = zipped(z);
        assertThat(v.isError()).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
    }

    @Test
    void anEntryOnlyInTheCentralDirectoryIsSeen() {
        // the local walk steps over carrier.txt; the central directory also lists faktura.pdf.js inside it
        byte[] z = RawZip.create().entry("faktura.pdf", TEXT).centralOnly("faktura.pdf.js", TEXT).bytes();
        ZipScanner.Info info = scan(z);
        assertThat(info.central).isNotNull();
        assertThat(info.centralNames).contains("faktura.pdf.js");
        InvoiceVerdict v = zipped(z);
        assertThat(v.isError()).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.DOUBLE_EXTENSION)).as(v.summary()).isTrue();
    }

    @Test
    void anEntryOnlyInTheLocalHeadersIsADisagreement() {
        byte[] z = RawZip.create().entry("faktura.pdf", TEXT).localOnly("note.txt", TEXT).bytes();
        assertThat(scan(z).central).isNotNull();
        InvoiceVerdict v = zipped(z);
        assertThat(v.isError()).as(v.summary()).isTrue();
    }

    @Test
    void aCentralDirectoryPointingIntoAnEntrysDataIsADisagreement() {
        // same names, but the directory's offset leads into faktura.pdf's data, to another local header holding a
        // program: archivers extract that one
        byte[] hidden = RawZip.localEntry("faktura.pdf", RawZip.pe());
        byte[] z = RawZip.create().entry("faktura.pdf", hidden).shiftOffset(0, 30 + "faktura.pdf".length()).bytes();
        assertThat(scan(z).central).isNotNull();
        assertThat(zipped(z).isError()).isTrue();
    }

    @Test
    void aSecondArchiveAppendedIsADisagreement() {
        // archivers read the last end-of-central-directory record: the second archive's invoice.exe
        RawZip first = RawZip.create().entry("faktura.pdf", TEXT);
        RawZip second = RawZip.create().entry("invoice.exe", RawZip.pe());
        for (boolean absolute : new boolean[] {true, false}) {
            byte[] z = RawZip.concatenated(first, second, absolute);
            assertThat(scan(z).central).as("absolute offsets " + absolute).isNotNull();
            InvoiceVerdict v = zipped(z);
            assertThat(v.isError()).as(v.summary()).isTrue();
        }
    }

    @Test
    void anUnreadableCentralDirectoryLeavesTheInspectionIncomplete() {
        byte[] ok = RawZip.create().entry("faktura.pdf", TEXT).bytes();
        // cut off the end-of-central-directory record
        byte[] cut = java.util.Arrays.copyOf(ok, ok.length - 10);
        assertThat(scan(cut).central).isNotNull();
        assertThat(zipped(cut).isError()).isTrue();
        // trailing bytes beyond a declared comment: where the archive ends is not what the record says
        byte[] trailing = java.util.Arrays.copyOf(ok, ok.length + 70_000);
        assertThat(scan(trailing).central).isNotNull();
        // a count that disagrees with the records
        byte[] count = ok.clone();
        count[ok.length - 12] = 2;
        count[ok.length - 14] = 2;
        assertThat(scan(count).central).isNotNull();
    }

    @Test
    void aMacroProjectOnlyInTheCentralDirectoryIsAMacro() {
        byte[] doc = RawZip.create().entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8))
                .entry("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8))
                .disguised("xl/styles.bin", "xl/vbaProject.bin", new byte[512]).bytes();
        InvoiceVerdict v = inspect("faktura.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", doc);
        assertThat(v.has(SignalNames.OFFICE_MACRO)).as(v.summary()).isTrue();
        assertThat(v.isError()).as(v.summary()).isTrue();
    }

    @Test
    void aProgramNamedLikeADocumentInsideAZipIsAnExecutable() {
        for (byte[] program : new byte[][] {RawZip.pe(), RawZip.elf(), RawZip.machO()}) {
            for (String name : new String[] {"faktura.pdf", "scan.jpg", "bilag.txt"}) {
                InvoiceVerdict v = zipped(TestFiles.zipEntries(name, program));
                assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(name + ": " + v.summary()).isTrue();
            }
        }
    }

    @Test
    void aProgramAttachedUnderADocumentsNameIsAnExecutable() {
        for (byte[] program : new byte[][] {RawZip.pe(), RawZip.elf(), RawZip.machO()}) {
            InvoiceVerdict pdf = inspect("faktura.pdf", "application/pdf", program);
            assertThat(pdf.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(pdf.summary()).isTrue();
            InvoiceVerdict jpg = inspect("scan.jpg", "image/jpeg", program);
            assertThat(jpg.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(jpg.summary()).isTrue();
        }
    }

    @Test
    void aZipWhoseFirstEntryIsAStoredPdfIsStillListed() {
        // "%PDF-" within the first kilobyte (a STORED PDF first) sent the whole ZIP to the PDF reader: never listed,
        // never opened, its central directory never read, so invoice.exe behind it passed
        byte[] z = RawZip.create().entry("faktura.pdf", PDF).entry("invoice.exe", RawZip.pe()).bytes();
        InvoiceVerdict v = zipped(z);
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.ARCHIVE_ATTACHMENT)).as(v.summary()).isTrue();
        InvoiceVerdict disguised = zipped(RawZip.create().entry("faktura.pdf", PDF)
                .disguised("bilag.txt", "invoice.exe", RawZip.pe()).bytes());
        assertThat(disguised.isError()).as(disguised.summary()).isTrue();
        // and one level down: bilag.zip inside faktura.zip, both STORED
        byte[] outer = RawZip.create().entry("bilag.zip", z).bytes();
        InvoiceVerdict nested = zipped(outer);
        assertThat(nested.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(nested.summary()).isTrue();
    }

    @Test
    void executableMagic() {
        assertThat(Executables.kind(RawZip.pe())).isEqualTo("Windows executable");
        assertThat(Executables.kind(RawZip.elf())).isEqualTo("ELF executable");
        assertThat(Executables.kind(RawZip.machO())).isEqualTo("Mach-O executable");
        // a universal binary, and a Java class file that shares its magic (version 52 where the count would be)
        assertThat(Executables.kind(new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 2}))
                .isEqualTo("Mach-O executable");
        assertThat(Executables.kind(new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 52}))
                .isNull();
        // "MZ" whose PE header offset, within the bytes read, leads to no "PE\0\0": not a Windows program
        byte[] notPe = RawZip.pe();
        notPe[0x80] = 'X';
        assertThat(Executables.kind(notPe)).isNull();
        // the offset beyond the bytes read, or too few bytes to hold it: "MZ" decides (fail closed)
        byte[] far = RawZip.pe();
        far[0x3c] = 0;
        far[0x3d] = 0x10;
        assertThat(Executables.kind(far)).isEqualTo("Windows executable");
        assertThat(Executables.kind("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("Windows executable");
        assertThat(Executables.kind("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1))).isNull();
        assertThat(Executables.kind(new byte[0])).isNull();
    }
}
