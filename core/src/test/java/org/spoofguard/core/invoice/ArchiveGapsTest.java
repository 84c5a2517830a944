package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Archive inspection must not depend on where an archive sits or what it is called: a ZIP inside a ZIP (or a 7z)
 * gets the central-directory cross-check a top-level one gets, a listing longer than the scanner reads fails closed,
 * a PE whose header lies beyond the bytes read is still a program, and a ZIP called faktura.pdf is opened as the
 * archive its bytes say it is.
 */
class ArchiveGapsTest {
    private static final SenderVerdict FORGED = Verdicts.of(
            "ip=203.0.113.9;mailfrom=faktura@danfoss.dk;spf=fail;dkim=none;dmarc=fail:danfoss.dk:reject");
    private static final Map<String, String> BASE = Map.of("domains.suppliers", "danfoss.dk", "domains.own",
            "aarhus.dk");
    static final InvoiceConfig CFG = TestFiles.unhurried(InvoiceConfig.parse(BASE));
    static final byte[] PDF = TestFiles.pdf(java.util.List.of("FAKTURA 5521"));
    static final byte[] TEXT = "se faktura".getBytes(StandardCharsets.UTF_8);
    /** What a .js dropper looks like: text, no magic a content check knows. Windows Script Host runs it on a click. */
    static final byte[] SCRIPT = "var s = new ActiveXObject('WScript.Shell'); s.Run('powershell -enc AAA');"
            .getBytes(StandardCharsets.UTF_8);

    static InvoiceVerdict inspect(InvoiceConfig cfg, String filename, String type, byte[] data) {
        byte[] mail = TestMail.create().from("Danfoss <faktura@danfoss.dk>").subject("Faktura 5521")
                .text("Se vedhæftede faktura.").attach(type, filename, data).bytes();
        return new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(mail), FORGED);
    }

    private static InvoiceVerdict zipped(byte[] zip) {
        return inspect(CFG, "faktura.zip", "application/zip", zip);
    }

    // ---- 1. nested archives get the central-directory cross-check

    @Test
    void aConsistentNestedArchiveIsComplete() {
        // control: a ZIP of ZIPs as an ERP exports them is no error, deflated (java.util.zip) or stored
        byte[] inner = TestFiles.zip("faktura.pdf", "se faktura", "note.txt", "bilag");
        InvoiceVerdict deflated = zipped(TestFiles.zipEntries("bilag.zip", inner));
        assertThat(deflated.isError()).as(deflated.summary()).isFalse();
        InvoiceVerdict stored = zipped(RawZip.create().entry("bilag.zip",
                RawZip.create().entry("faktura.txt", TEXT).bytes()).bytes());
        assertThat(stored.isError()).as(stored.summary()).isFalse();
        assertThat(stored.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(stored.summary()).isFalse();
    }

    @Test
    void aNestedCentralDirectoryNamingAScriptTheLocalHeaderHidesIsSeen() {
        // 7-Zip and Explorer, opening bilag.zip, show and extract bilag.js; its local header says bilag.txt
        byte[] inner = RawZip.create().entry("faktura.txt", TEXT).disguised("bilag.txt", "bilag.js", SCRIPT).bytes();
        for (byte[] outer : new byte[][] {TestFiles.zipEntries("bilag.zip", inner),
                RawZip.create().entry("bilag.zip", inner).bytes()}) {
            InvoiceVerdict v = zipped(outer);
            assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
            assertThat(v.isError()).as(v.summary()).isTrue();
            assertThat(v.action()).isNotEqualTo(InvoiceAction.DELIVER);
        }
    }

    @Test
    void aSecondArchiveAppendedToANestedOneIsSeen() {
        // a polyglot inside: archivers read the last end record, the second archive's invoice.js
        RawZip first = RawZip.create().entry("faktura.txt", TEXT);
        RawZip second = RawZip.create().entry("invoice.js", SCRIPT);
        for (boolean absolute : new boolean[] {true, false}) {
            byte[] inner = RawZip.concatenated(first, second, absolute);
            InvoiceVerdict v = zipped(TestFiles.zipEntries("bilag.zip", inner));
            assertThat(v.isError()).as(v.summary()).isTrue();
        }
    }

    @Test
    void aNestedArchiveInsideA7zIsCrossChecked() throws IOException {
        byte[] inner = RawZip.create().entry("faktura.txt", TEXT).disguised("bilag.txt", "bilag.js", SCRIPT).bytes();
        InvoiceVerdict v = inspect(CFG, "faktura.7z", "application/x-7z-compressed",
                InvoiceEvasionTest.sevenZ("bilag.zip", inner));
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
        assertThat(v.isError()).as(v.summary()).isTrue();
        InvoiceVerdict ok = inspect(CFG, "faktura.7z", "application/x-7z-compressed",
                InvoiceEvasionTest.sevenZ("bilag.zip", RawZip.create().entry("faktura.txt", TEXT).bytes()));
        assertThat(ok.isError()).as(ok.summary()).isFalse();
    }

    @Test
    void aNestedArchiveLargerThanTheArchiveLimitIsIncomplete() {
        // the cross-check keeps the inner archive (bounded by limit.archive-bytes); one larger is not read: fail closed
        InvoiceConfig small = TestFiles.unhurried(InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk",
                "domains.own", "aarhus.dk", "limit.archive-bytes", "64K")));
        byte[] inner = RawZip.create().entry("faktura.txt", TEXT).entry("pad.bin", new byte[80_000]).bytes();
        InvoiceVerdict v = inspect(small, "faktura.zip", "application/zip", TestFiles.zipEntries("bilag.zip", inner));
        assertThat(v.isError()).as(v.summary()).isTrue();
    }

    // ---- 2. more entries than the listing reads

    private static RawZip padded(RawZip z, int count) {
        for (int i = 0; i < count; i++) {
            z.entry("xl/worksheets/sheet" + i + ".xml", TEXT);
        }
        return z;
    }

    @Test
    void aMacroProjectBehind2000PartsIsNotClean() {
        // [Content_Types].xml first (an OOXML package), 2000 parts, then the VBA project: the listing stops at 2000
        RawZip doc = RawZip.create().entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8))
                .entry("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
        padded(doc, 2000).entry("xl/vbaProject.bin", new byte[512]);
        // called .xlsx, so the name does not say macros (Excel opens it by content and asks to enable them)
        InvoiceVerdict v = inspect(CFG, "faktura.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", doc.bytes());
        assertThat(v.isError() || v.has(SignalNames.OFFICE_MACRO)).as(v.summary()).isTrue();
        assertThat(v.isError()).as(v.summary()).isTrue();
    }

    @Test
    void aScriptBehind2000EntriesIsNotCleanWhateverTheEntryLimit() {
        byte[] z = padded(RawZip.create(), 2000).entry("invoice.js", SCRIPT).bytes();
        // with the default limit.archive-entries (200) the walk already stops: incomplete
        InvoiceVerdict v = zipped(z);
        assertThat(v.isError()).as(v.summary()).isTrue();
        // raised above the listing's 2000, the listing is where the names are checked: entry 2001 must not pass
        InvoiceConfig wide = TestFiles.unhurried(InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk",
                "domains.own", "aarhus.dk", "limit.archive-entries", "3000")));
        InvoiceVerdict w = inspect(wide, "faktura.zip", "application/zip", z);
        assertThat(w.isError() || w.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(w.summary()).isTrue();
        assertThat(w.isError()).as(w.summary()).isTrue();
        assertThat(w.action()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aListingOf2000EntriesIsComplete() {
        // control: at the bound, nothing is left unread by the listing
        ZipScanner.Info info = ZipScanner.scan(new ByteArrayInputStream(padded(RawZip.create(), 2000).bytes()), 2000,
                System.nanoTime() + 5_000_000_000L);
        assertThat(info.truncated).isFalse();
        assertThat(info.central).isNull();
        ZipScanner.Info over = ZipScanner.scan(new ByteArrayInputStream(padded(RawZip.create(), 2001).bytes()), 2000,
                System.nanoTime() + 5_000_000_000L);
        assertThat(over.truncated).isTrue();
    }

    // ---- 3. a PE whose header lies beyond the bytes read

    /** A PE with e_lfanew = {@code at}: the DOS stub padded out, "PE\0\0" there, as linkers with a long stub make. */
    static byte[] farPe(int at) {
        byte[] b = new byte[at + 512];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) at;
        b[0x3d] = (byte) (at >>> 8);
        b[0x3e] = (byte) (at >>> 16);
        b[at] = 'P';
        b[at + 1] = 'E';
        // COFF: machine x86-64, one section
        b[at + 4] = (byte) 0x64;
        b[at + 5] = (byte) 0x86;
        b[at + 6] = 1;
        return b;
    }

    @Test
    void aPeWhoseHeaderLiesBeyondTheBytesReadIsAProgram() {
        for (int at : new int[] {0x1000, 0x11000}) {
            byte[] pe = farPe(at);
            // the first kilobyte (what an archive entry's check reads) and the first 64 KiB (an attachment's)
            assertThat(Executables.kind(java.util.Arrays.copyOf(pe, 1024))).as("e_lfanew " + at)
                    .isEqualTo("Windows executable");
            assertThat(Executables.kind(java.util.Arrays.copyOf(pe, Math.min(pe.length, 64 * 1024))))
                    .as("e_lfanew " + at).isEqualTo("Windows executable");
            InvoiceVerdict attached = inspect(CFG, "faktura.pdf", "application/pdf", pe);
            assertThat(attached.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(attached.summary()).isTrue();
            InvoiceVerdict inZip = zipped(TestFiles.zipEntries("faktura.pdf", pe));
            assertThat(inZip.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(inZip.summary()).isTrue();
            InvoiceVerdict image = inspect(CFG, "scan.jpg", "image/jpeg", pe);
            assertThat(image.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(image.summary()).isTrue();
        }
        // within the bytes read it decides: the same with the header where e_lfanew says is a program
        assertThat(Executables.kind(farPe(0x200))).isEqualTo("Windows executable");
    }

    // ---- 4. a ZIP called faktura.pdf

    @Test
    void aZipCalledPdfIsOpenedAsTheArchiveItIs() {
        // the archive's first entry a STORED PDF, so "%PDF-" lies in the first kilobyte and a PDF reader shows it
        byte[] z = RawZip.create().entry("faktura.pdf", PDF).entry("invoice.exe", RawZip.pe()).bytes();
        for (String type : new String[] {"application/pdf", "application/octet-stream"}) {
            InvoiceVerdict v = inspect(CFG, "faktura.pdf", type, z);
            assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
            assertThat(v.has(SignalNames.ARCHIVE_ATTACHMENT)).as(v.summary()).isTrue();
        }
        // only a script, named: no magic to find, only the listing shows it
        InvoiceVerdict script = inspect(CFG, "faktura.pdf", "application/pdf",
                TestFiles.zip("faktura.txt", "se faktura", "invoice.js", new String(SCRIPT, StandardCharsets.UTF_8)));
        assertThat(script.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(script.summary()).isTrue();
    }

    @Test
    void aZipCalledPdfLargerThanTheArchiveLimitFailsClosed() {
        // the PDF a PDF reader shows in it lies in the kept part, but the archive is not kept whole: the PDF is not
        // read, and the verdict says so. Named faktura.pdf or sent as application/pdf, alike
        InvoiceConfig small = TestFiles.unhurried(InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk",
                "domains.own", "aarhus.dk", "limit.archive-bytes", "64K")));
        byte[] z = RawZip.create().entry("faktura.pdf", PDF).entry("pad.bin", new byte[80_000]).bytes();
        for (String[] nameType : new String[][] {{"faktura.pdf", "application/octet-stream"},
                {"bilag.bin", "application/pdf"}}) {
            InvoiceVerdict v = inspect(small, nameType[0], nameType[1], z);
            String what = nameType[0] + " " + nameType[1] + ": " + v.summary();
            assertThat(v.isError()).as(what).isTrue();
            assertThat(v.reasons()).as(what).filteredOn(r -> r.name().equals(SignalNames.ERROR))
                    .extracting(Reason::evidence)
                    .anyMatch(e -> e.startsWith(InvoicePolicy.INCOMPLETE) && e.contains("larger than 65536 bytes")
                            && e.contains("the PDF a PDF reader shows in it was not read"));
            assertThat(v.has(SignalNames.PDF_ATTACHMENT)).as(what).isFalse();
            // content unseen from a forged supplier (DMARC fail, p=reject): quarantined, not tagged
            assertThat(v.action()).as(what).isEqualTo(InvoiceAction.QUARANTINE);
            // control: within the limit the same archive's PDF is read, and nothing is missing
            InvoiceVerdict whole = inspect(CFG, nameType[0], nameType[1], z);
            assertThat(whole.has(SignalNames.PDF_ATTACHMENT)).as(whole.summary()).isTrue();
            assertThat(whole.isError()).as(whole.summary()).isFalse();
        }
    }

    // ---- 5. the bounded fill at its limit: a file of exactly the limit is kept whole, one byte more is not

    private static InvoiceConfig archiveBytes(long bytes) {
        InvoiceConfig.ArchiveLimits d = InvoiceConfig.ArchiveLimits.defaults();
        return CFG.withArchiveLimits(new InvoiceConfig.ArchiveLimits(bytes, d.expanded(), d.depth(), d.entries(),
                d.ratio()));
    }

    @Test
    void aNestedArchiveExactlyAtTheArchiveLimitIsOpenedAndOneByteMoreIsNot() {
        byte[] inner = RawZip.create().entry("bilag.js", SCRIPT).entry("pad.bin", new byte[20_000]).bytes();
        // deflated, the outer archive is far below the limit: only the inner one is at it
        byte[] outer = TestFiles.zipEntries("bilag.zip", inner);
        assertThat(outer.length).isLessThan(inner.length / 2);
        InvoiceVerdict at = inspect(archiveBytes(inner.length), "faktura.zip", "application/zip", outer);
        assertThat(at.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(at.summary()).isTrue();
        assertThat(at.isError()).as(at.summary()).isFalse();
        InvoiceVerdict over = inspect(archiveBytes(inner.length - 1), "faktura.zip", "application/zip", outer);
        assertThat(over.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(over.summary()).isFalse();
        assertThat(over.reasons()).filteredOn(r -> r.name().equals(SignalNames.ERROR)).extracting(Reason::evidence)
                .anyMatch(e -> e.contains("bilag.zip") && e.contains("is larger than " + (inner.length - 1)
                        + " bytes; it was not opened"));
    }

    @Test
    void an7zExactlyAtTheArchiveLimitIsOpenedAndOneByteMoreIsNot() throws IOException {
        byte[] sevenZ = InvoiceEvasionTest.sevenZ("faktura.pdf", PDF);
        InvoiceVerdict at = inspect(archiveBytes(sevenZ.length), "faktura.7z", "application/x-7z-compressed", sevenZ);
        assertThat(at.has(SignalNames.PDF_ATTACHMENT)).as(at.summary()).isTrue();
        assertThat(at.reasons()).extracting(Reason::evidence).anyMatch(e -> e.contains("(7z, 1 entries)"));
        InvoiceVerdict over = inspect(archiveBytes(sevenZ.length - 1), "faktura.7z", "application/x-7z-compressed",
                sevenZ);
        assertThat(over.has(SignalNames.PDF_ATTACHMENT)).as(over.summary()).isFalse();
        assertThat(over.reasons()).extracting(Reason::evidence)
                .anyMatch(e -> e.contains("(7z, larger than " + (sevenZ.length - 1) + " bytes: not opened)"));
    }

    @Test
    void anAttached7zLargerThanTheArchiveLimitIsIncomplete() throws IOException {
        // not opened, not even listed (7z keeps its header at the end): the bilag.js and the invoice 7-Zip shows the
        // clerk were unseen, and the verdict said nothing was missing, where a 7z inside a ZIP says it
        // (stored, the PDF behind the padding: "%PDF-" in the first kilobyte sends a file to the PDF reader)
        byte[] big = sevenZ(true, "bilag.js", SCRIPT, "pad.bin", new byte[80_000], "faktura.pdf", PDF);
        InvoiceVerdict v = inspect(archiveLimits(64 * 1024, 2, 200), "faktura.7z", "application/x-7z-compressed",
                big);
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isFalse();
        assertThat(v.reasons()).extracting(Reason::evidence)
                .anyMatch(e -> e.contains("(7z, larger than 65536 bytes: not opened)"));
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.ERROR)).extracting(Reason::evidence)
                .anyMatch(e -> e.startsWith(InvoicePolicy.INCOMPLETE) && e.contains("faktura.7z")
                        && e.contains("is larger than 65536 bytes; it was not opened"));
        // control: within the limit it is opened and whole
        InvoiceVerdict whole = inspect(CFG, "faktura.7z", "application/x-7z-compressed", big);
        assertThat(whole.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(whole.summary()).isTrue();
        assertThat(whole.isError()).as(whole.summary()).isFalse();
    }

    @Test
    void anAttachedZipLargerThanTheArchiveLimitIsListedButIncomplete() {
        // listed (names and encryption seen past the limit), not opened: the PDF with a new account inside went
        // unread while the verdict said nothing was missing, where a ZIP inside an archive says it
        byte[] big = RawZip.create().entry("bilag.js", SCRIPT).entry("pad.bin", new byte[80_000])
                .entry("faktura.pdf", PDF).bytes();
        InvoiceVerdict v = inspect(archiveLimits(64 * 1024, 2, 200), "faktura.zip", "application/zip", big);
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.PDF_ATTACHMENT)).as(v.summary()).isFalse();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.ERROR)).extracting(Reason::evidence)
                .anyMatch(e -> e.startsWith(InvoicePolicy.INCOMPLETE) && e.contains("faktura.zip")
                        && e.contains("is larger than 65536 bytes; it was not opened"));
        // control: at the limit it is opened and whole
        InvoiceVerdict whole = inspect(archiveLimits(big.length, 2, 200), "faktura.zip", "application/zip", big);
        assertThat(whole.has(SignalNames.PDF_ATTACHMENT)).as(whole.summary()).isTrue();
        assertThat(whole.isError()).as(whole.summary()).isFalse();
        // an encrypted one is not opened whatever its size: encrypted-archive says so, as within the limit
        byte[] sealed = TestFiles.encryptedZip("faktura.pdf", new byte[80_000], "hemmelig");
        InvoiceVerdict enc = inspect(archiveLimits(64 * 1024, 2, 200), "faktura.zip", "application/zip", sealed);
        assertThat(enc.has(SignalNames.ENCRYPTED_ARCHIVE)).as(enc.summary()).isTrue();
        assertThat(enc.reasons()).extracting(Reason::evidence).noneMatch(e -> e.contains("it was not opened"));
    }

    @Test
    void aStored7zWithAPdfInItsFirstKilobyteIsOpenedAsThe7zItIs() throws IOException {
        // a stored 7z puts its first entry right after the 32-byte start header: "%PDF-" in the first kilobyte sent
        // it to the PDF reader, never listed, its bilag.js unseen (the same gap a stored ZIP had)
        byte[] sevenZ = sevenZ(true, "faktura.pdf", PDF, "bilag.js", SCRIPT);
        for (String[] nameType : new String[][] {{"faktura.7z", "application/x-7z-compressed"},
                {"faktura.pdf", "application/pdf"}}) {
            InvoiceVerdict v = inspect(CFG, nameType[0], nameType[1], sevenZ);
            assertThat(v.has(SignalNames.ARCHIVE_ATTACHMENT)).as(nameType[0] + ": " + v.summary()).isTrue();
            assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(nameType[0] + ": " + v.summary()).isTrue();
            assertThat(v.has(SignalNames.PDF_ATTACHMENT)).as(nameType[0] + ": " + v.summary()).isTrue();
        }
    }

    @Test
    void a7zCalledPdfIsAlsoReadAsThePdfAReaderShowsInIt() throws IOException {
        // a stored 7z puts its first entry 32 bytes in: a PDF reader opening "faktura.pdf" finds "%PDF-" in the first
        // kilobyte and shows that PDF. A ZIP so named was read as the PDF as well; a 7z only when its entries were
        // read, so not with limit.archive-depth 0, nor as an entry nested deeper than the depth
        byte[] sevenZ = sevenZ(true, "bilag.bin", PDF);
        long bytes = InvoiceConfig.ArchiveLimits.defaults().bytes();
        InvoiceVerdict attached = inspect(archiveLimits(bytes, 0, 200), "faktura.pdf", "application/pdf", sevenZ);
        assertThat(attached.has(SignalNames.PDF_ATTACHMENT)).as(attached.summary()).isTrue();
        assertThat(attached.has(SignalNames.INVOICE_PDF_TEXT)).as(attached.summary()).isTrue();
        InvoiceVerdict nested = inspect(archiveLimits(bytes, 1, 200), "bilag.zip", "application/zip",
                TestFiles.zipEntries("faktura.pdf", sevenZ));
        assertThat(nested.reasons()).filteredOn(r -> r.name().equals(SignalNames.NESTED_ARCHIVE))
                .extracting(Reason::evidence).as(nested.summary()).anyMatch(e -> e.contains("nested deeper than 1"));
        assertThat(nested.has(SignalNames.ARCHIVED_INVOICE)).as(nested.summary()).isTrue();
        assertThat(nested.has(SignalNames.INVOICE_PDF_TEXT)).as(nested.summary()).isTrue();
        // the same for a tar so named (its first entry 512 bytes in)
        InvoiceVerdict tar = inspect(archiveLimits(bytes, 0, 200), "faktura.pdf", "application/pdf",
                GzipTarTest.tar("bilag.bin", PDF));
        assertThat(tar.has(SignalNames.INVOICE_PDF_TEXT)).as(tar.summary()).isTrue();
    }

    @Test
    void aPdfExactlyAtThePdfLimitIsParsedAndOneByteMoreIsNot() {
        InvoiceConfig at = TestFiles.unhurried(InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk",
                "domains.own", "aarhus.dk", "limit.pdf-bytes", String.valueOf(PDF.length))));
        InvoiceVerdict read = inspect(at, "faktura.pdf", "application/pdf", PDF);
        assertThat(read.has(SignalNames.PDF_TOO_LARGE)).as(read.summary()).isFalse();
        assertThat(read.has(SignalNames.INVOICE_PDF_TEXT)).as(read.summary()).isTrue();
        InvoiceConfig under = TestFiles.unhurried(InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk",
                "domains.own", "aarhus.dk", "limit.pdf-bytes", String.valueOf(PDF.length - 1))));
        InvoiceVerdict unread = inspect(under, "faktura.pdf", "application/pdf", PDF);
        assertThat(unread.reasons()).filteredOn(r -> r.name().equals(SignalNames.PDF_TOO_LARGE))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("larger than " + (PDF.length - 1)));
        assertThat(unread.has(SignalNames.INVOICE_PDF_TEXT)).as(unread.summary()).isFalse();
    }

    // ---- 6. a 7z inside an archive is opened like a ZIP inside one, within the same bounds

    /** A 7z of the given entries (name, content, ...); {@code stored}: not compressed (COPY). */
    private static byte[] sevenZ(boolean stored, Object... namesAndContents) throws IOException {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("sg-test", ".7z");
        try {
            try (org.apache.commons.compress.archivers.sevenz.SevenZOutputFile z =
                         new org.apache.commons.compress.archivers.sevenz.SevenZOutputFile(f.toFile())) {
                if (stored) {
                    z.setContentCompression(org.apache.commons.compress.archivers.sevenz.SevenZMethod.COPY);
                }
                for (int i = 0; i < namesAndContents.length; i += 2) {
                    org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry e = z.createArchiveEntry(
                            f.toFile(), (String) namesAndContents[i]);
                    e.setDirectory(false);
                    z.putArchiveEntry(e);
                    z.write((byte[]) namesAndContents[i + 1]);
                    z.closeArchiveEntry();
                }
            }
            return java.nio.file.Files.readAllBytes(f);
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
    }

    private static InvoiceConfig archiveLimits(long bytes, int depth, int entries) {
        InvoiceConfig.ArchiveLimits d = InvoiceConfig.ArchiveLimits.defaults();
        return CFG.withArchiveLimits(new InvoiceConfig.ArchiveLimits(bytes, d.expanded(), depth, entries, d.ratio()));
    }

    @Test
    void a7zInsideAZipIsOpened() throws IOException {
        // 7-Zip shows the clerk bilag.js and the invoice; unopened, the scan saw neither and said nothing was missing
        byte[] inner = sevenZ(false, "bilag.js", SCRIPT, "faktura.pdf", PDF);
        for (String name : new String[] {"bilag.7z", "bilag.txt"}) {
            InvoiceVerdict v = zipped(TestFiles.zipEntries(name, inner));
            assertThat(v.has(SignalNames.NESTED_ARCHIVE)).as(name + ": " + v.summary()).isTrue();
            assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(name + ": " + v.summary()).isTrue();
            assertThat(v.has(SignalNames.PDF_ATTACHMENT)).as(name + ": " + v.summary()).isTrue();
            assertThat(v.has(SignalNames.ARCHIVED_INVOICE) || v.has(SignalNames.INVOICE_PDF_TEXT))
                    .as(name + ": " + v.summary()).isTrue();
            assertThat(v.isError()).as(name + ": " + v.summary()).isFalse();
        }
        // a 7z in a 7z, the same
        InvoiceVerdict twice = inspect(CFG, "bilag.7z", "application/x-7z-compressed",
                InvoiceEvasionTest.sevenZ("inner.7z", inner));
        assertThat(twice.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(twice.summary()).isTrue();
    }

    @Test
    void a7zInsideAZipKeepsTheDepthSizeCountAndExpansionBounds() throws IOException {
        byte[] inner = sevenZ(false, "bilag.js", SCRIPT);
        // limit.archive-depth 1: only the attached archive is opened, as for a ZIP inside
        InvoiceVerdict shallow = inspect(archiveLimits(15L << 20, 1, 200), "faktura.zip", "application/zip",
                TestFiles.zipEntries("bilag.7z", inner));
        assertThat(shallow.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(shallow.summary()).isFalse();
        assertThat(shallow.reasons()).filteredOn(r -> r.name().equals(SignalNames.NESTED_ARCHIVE))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("nested deeper than 1: not opened"));
        // a 7z in a 7z in a ZIP: the third level is not opened (limit.archive-depth 2)
        InvoiceVerdict deep = zipped(TestFiles.zipEntries("bilag.7z", InvoiceEvasionTest.sevenZ("inner.7z", inner)));
        assertThat(deep.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(deep.summary()).isFalse();
        assertThat(deep.reasons()).filteredOn(r -> r.name().equals(SignalNames.NESTED_ARCHIVE))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("nested deeper than 2: not opened"));

        // larger than limit.archive-bytes (stored, so the deflated ZIP around it stays below): not opened, incomplete
        byte[] big = sevenZ(true, "bilag.js", SCRIPT, "pad.bin", new byte[80_000]);
        InvoiceVerdict large = inspect(archiveLimits(64 * 1024, 2, 200), "faktura.zip", "application/zip",
                TestFiles.zipEntries("bilag.7z", big));
        assertThat(large.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(large.summary()).isFalse();
        assertThat(large.reasons()).filteredOn(r -> r.name().equals(SignalNames.ERROR)).extracting(Reason::evidence)
                .anyMatch(e -> e.startsWith(InvoicePolicy.INCOMPLETE) && e.contains("bilag.7z")
                        && e.contains("is larger than 65536 bytes; it was not opened"));

        // more entries than limit.archive-entries: the rest unseen, incomplete
        byte[] many = sevenZ(false, "a.txt", TEXT, "b.txt", TEXT, "c.txt", TEXT, "invoice.js", SCRIPT);
        InvoiceVerdict crowded = inspect(archiveLimits(15L << 20, 2, 3), "faktura.zip", "application/zip",
                TestFiles.zipEntries("bilag.7z", many));
        assertThat(crowded.has(SignalNames.LIMIT_PARTS)).as(crowded.summary()).isTrue();
        assertThat(crowded.isError()).as(crowded.summary()).isTrue();

        // a bomb inside: stopped at the ratio against the inner 7z, incomplete
        InvoiceVerdict bomb = zipped(TestFiles.zipEntries("bilag.7z", sevenZ(false, "faktura.pdf",
                new byte[30 << 20])));
        assertThat(bomb.reasons()).filteredOn(r -> r.name().equals(SignalNames.ARCHIVE_BOMB))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("expands more than 200 times"));
        assertThat(bomb.isError()).as(bomb.summary()).isTrue();
    }

    @Test
    void aMacroWorkbookCalledPdfIsAMacroWorkbook() {
        byte[] doc = RawZip.create().entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8))
                .entry("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8))
                .entry("xl/vbaProject.bin", new byte[512]).bytes();
        InvoiceVerdict v = inspect(CFG, "faktura.pdf", "application/pdf", doc);
        assertThat(v.has(SignalNames.OFFICE_MACRO)).as(v.summary()).isTrue();
    }

    @Test
    void aZipCalledPdfInsideAZipIsOpened() {
        byte[] inner = TestFiles.zipEntries("invoice.exe", RawZip.pe());
        InvoiceVerdict v = zipped(TestFiles.zipEntries("bilag.pdf", inner));
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
        byte[] script = TestFiles.zip("invoice.js", new String(SCRIPT, StandardCharsets.UTF_8));
        InvoiceVerdict s = zipped(TestFiles.zipEntries("bilag.pdf", script));
        assertThat(s.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(s.summary()).isTrue();
    }

    @Test
    void anArchiveByContentInsideAZipIsANestedArchiveWhateverItIsCalled() throws IOException {
        // a 7z called bilag.txt was read as text: its invoice.exe unseen and unsaid. Named .7z it is nested-archive;
        // the bytes say the same (7z, opened since; RAR, CAB; not gzip, a document picture's wrapping)
        byte[] sevenZ = InvoiceEvasionTest.sevenZ("invoice.exe", RawZip.pe());
        byte[] rar = "Rar!\u001a\u0007\u0001\u0000 rest of a RAR5 archive".getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] archive : new byte[][] {sevenZ, rar}) {
            for (String name : new String[] {"bilag.txt", "scan.jpg", "faktura.pdf"}) {
                InvoiceVerdict v = zipped(TestFiles.zipEntries(name, archive));
                assertThat(v.has(SignalNames.NESTED_ARCHIVE)).as(name + ": " + v.summary()).isTrue();
            }
        }
    }

    @Test
    void aRealPdfIsStillAPdf() {
        // control: content decides both ways
        InvoiceVerdict v = inspect(CFG, "faktura.pdf", "application/pdf", PDF);
        assertThat(v.has(SignalNames.PDF_ATTACHMENT)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.ARCHIVE_ATTACHMENT)).as(v.summary()).isFalse();
        assertThat(v.isError()).as(v.summary()).isFalse();
    }
}
