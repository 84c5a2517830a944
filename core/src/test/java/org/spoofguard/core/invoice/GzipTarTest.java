package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A gzip file ({@code faktura.pdf.gz}, {@code .tgz}, {@code .tar.gz}) or a plain {@code .tar} was only named
 * {@code archive-attachment} and never opened: the PDF invoice with a new account, or the {@code .js} dropper,
 * packed in it went unseen, while every archiver (7-Zip, Windows' own since Windows 11) opens it for the clerk.
 * Opened now within the bounds ZIP and 7z are opened with.
 */
class GzipTarTest {
    private static final InvoiceConfig CFG = ArchiveGapsTest.CFG;
    private static final byte[] PDF = ArchiveGapsTest.PDF;
    private static final byte[] TEXT = ArchiveGapsTest.TEXT;
    private static final byte[] SCRIPT = ArchiveGapsTest.SCRIPT;

    private static InvoiceVerdict inspect(InvoiceConfig cfg, String filename, String type, byte[] data) {
        return ArchiveGapsTest.inspect(cfg, filename, type, data);
    }

    private static InvoiceVerdict inspect(String filename, byte[] data) {
        return inspect(CFG, filename, "application/octet-stream", data);
    }

    private static InvoiceConfig limits(long bytes, long expanded, int depth, int entries) {
        return CFG.withArchiveLimits(new InvoiceConfig.ArchiveLimits(bytes, expanded, depth, entries,
                InvoiceConfig.ArchiveLimits.defaults().ratio()));
    }

    static byte[] gzip(byte[]... members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] m : members) {
            try (GZIPOutputStream g = new GZIPOutputStream(new NonClosing(out))) {
                g.write(m);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toByteArray();
    }

    /** Each gzip member closes its stream: the members are concatenated in one buffer. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(ByteArrayOutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }

    /** A POSIX (ustar) tar of the given entries (name, content, ...). */
    static byte[] tar(Object... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(out)) {
            t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] data = (byte[]) namesAndContents[i + 1];
                TarArchiveEntry e = new TarArchiveEntry((String) namesAndContents[i], true);
                e.setSize(data.length);
                t.putArchiveEntry(e);
                t.write(data);
                t.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static void assertArchivedInvoice(InvoiceVerdict v, String kind) {
        assertThat(v.has(SignalNames.ARCHIVED_INVOICE)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.PDF_ATTACHMENT)).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.ARCHIVE_ATTACHMENT))
                .extracting(Reason::evidence).as(v.summary()).anyMatch(e -> e.contains("(" + kind));
        assertThat(v.isError()).as(v.summary()).isFalse();
    }

    static void assertIncomplete(InvoiceVerdict v, String says) {
        assertThat(v.isError()).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.ERROR)).extracting(Reason::evidence)
                .as(v.summary()).anyMatch(e -> e.contains(says));
        assertThat(v.action()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    // ---- 1. what is packed is seen

    @Test
    void aPdfInvoiceInsideAGzipIsAnArchivedInvoice() {
        assertArchivedInvoice(inspect(CFG, "faktura.pdf.gz", "application/gzip", gzip(PDF)), "gzip");
    }

    @Test
    void aPdfInvoiceInsideATarOrATarGzIsAnArchivedInvoice() {
        byte[] tar = tar("bilag.txt", TEXT, "faktura.pdf", PDF);
        assertArchivedInvoice(inspect(CFG, "faktura.tar", "application/x-tar", tar), "tar");
        assertArchivedInvoice(inspect(CFG, "faktura.tar.gz", "application/gzip", gzip(tar)), "gzip");
        assertArchivedInvoice(inspect(CFG, "faktura.tgz", "application/x-compressed", gzip(tar)), "gzip");
    }

    @Test
    void aScriptInsideATgzIsSeen() {
        InvoiceVerdict v = inspect("bilag.tgz", gzip(tar("bilag.txt", TEXT, "invoice.js", SCRIPT)));
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.EXECUTABLE_ATTACHMENT))
                .extracting(Reason::evidence).as(v.summary()).anyMatch(e -> e.contains("invoice.js"));
        // a program gzipped alone, its name from the gzip header or from the file's own name
        InvoiceVerdict alone = inspect("invoice.js.gz", gzip(SCRIPT));
        assertThat(alone.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(alone.summary()).isTrue();
        InvoiceVerdict pe = inspect("faktura.pdf.gz", gzip(RawZip.pe()));
        assertThat(pe.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(pe.summary()).isTrue();
    }

    @Test
    void aGzipWithSeveralMembersIsReadAsGunzipReadsIt() {
        // gunzip writes the members one after the other: a PDF split across two is the whole PDF
        int half = PDF.length / 2;
        byte[] two = gzip(Arrays.copyOf(PDF, half), Arrays.copyOfRange(PDF, half, PDF.length));
        InvoiceVerdict v = inspect("faktura.pdf.gz", two);
        assertArchivedInvoice(v, "gzip");
        assertThat(v.has(SignalNames.INVOICE_PDF_TEXT)).as(v.summary()).isTrue();
        // a second member that is no gzip member (garbage after the first): gunzip warns, we cannot say what the
        // clerk's archiver makes of it: incomplete
        byte[] garbage = Arrays.copyOf(gzip(PDF), gzip(PDF).length + 40);
        Arrays.fill(garbage, garbage.length - 40, garbage.length, (byte) 'x');
        assertIncomplete(inspect("faktura.pdf.gz", garbage), "faktura.pdf.gz");
    }

    // ---- 2. the bytes decide, not the name

    @Test
    void aGzipCalledPdfIsOpenedAsTheGzipItIs() {
        byte[] tgz = gzip(tar("faktura.pdf", PDF, "invoice.js", SCRIPT));
        InvoiceVerdict v = inspect(CFG, "faktura.pdf", "application/pdf", tgz);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.ARCHIVE_ATTACHMENT))
                .extracting(Reason::evidence).as(v.summary()).anyMatch(e -> e.contains("gzip"));
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.ARCHIVED_INVOICE)).as(v.summary()).isTrue();
        // a tar called .pdf likewise
        InvoiceVerdict t = inspect(CFG, "faktura.pdf", "application/pdf", tar("invoice.js", SCRIPT));
        assertThat(t.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(t.summary()).isTrue();
    }

    // ---- 3. bounds: the same as for ZIP and 7z, fail closed

    @Test
    void aGzipBombIsStoppedQuicklyAndIncomplete() {
        byte[] bomb = gzip(new byte[64 << 20]);
        long start = System.nanoTime();
        InvoiceVerdict v = inspect("faktura.pdf.gz", bomb);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.ARCHIVE_BOMB))
                .extracting(Reason::evidence).as(v.summary()).anyMatch(e -> e.contains("expands more than 200 times"));
        assertIncomplete(v, "expands more than 200 times");
        // stopped after a few MB inflated, not at the 64 MB end
        assertThat(millis).isLessThan(3000);
        // a bomb inside a tar inside the gzip: the same counter
        InvoiceVerdict inner = inspect("faktura.tgz", gzip(tar("faktura.pdf", new byte[32 << 20])));
        assertIncomplete(inner, "expands more than 200 times");
    }

    @Test
    void contentsBeyondTheExpansionBudgetAreIncomplete() {
        // incompressible, so no ratio: the message's limit.archive-expanded decides
        byte[] noise = new byte[3 << 20];
        new java.util.Random(7).nextBytes(noise);
        InvoiceVerdict v = inspect(limits(15L << 20, 2L << 20, 2, 200), "faktura.tgz",
                "application/gzip", gzip(tar("noise.bin", noise, "invoice.js", SCRIPT)));
        assertIncomplete(v, "bytes decompressed");
    }

    @Test
    void aTarWithMoreEntriesThanTheLimitIsIncomplete() {
        byte[] tar = tar("a.txt", TEXT, "b.txt", TEXT, "c.txt", TEXT, "invoice.js", SCRIPT);
        for (byte[] file : new byte[][] {tar, gzip(tar)}) {
            InvoiceVerdict v = inspect(limits(15L << 20, 64L << 20, 2, 3), "bilag.tar.gz", "application/gzip", file);
            assertThat(v.has(SignalNames.LIMIT_PARTS)).as(v.summary()).isTrue();
            assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isFalse();
            assertIncomplete(v, "has more than 3 entries");
        }
    }

    /**
     * With {@code limit.archive-depth=0} entries are listed, not read: the tar reader then skips each entry's data on
     * its way to the next header, and that skip must not count as a header's bytes (a 2 MB drawing was a "tar header
     * larger than 1 MB" and the archive unreadable).
     */
    @Test
    void aListedTarWithALargeEntryIsListedToItsEnd() {
        byte[] drawing = new byte[2 << 20];
        java.util.Arrays.fill(drawing, (byte) 'x');
        byte[] tar = tar("tegning.dwg", drawing, "invoice.js", SCRIPT);
        InvoiceVerdict v = inspect(limits(15L << 20, 64L << 20, 0, 100), "bilag.tar", "application/x-tar", tar);
        assertThat(v.isError()).as(v.summary()).isFalse();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.ARCHIVE_ATTACHMENT))
                .extracting(Reason::evidence).as(v.summary()).anyMatch(e -> e.contains("(tar, 2 entries)"));
    }

    @Test
    void aTarOrGzipLargerThanTheArchiveLimitIsNotOpenedAndIncomplete() {
        byte[] noise = new byte[80_000];
        new java.util.Random(8).nextBytes(noise);
        byte[] tar = tar("bilag.js", SCRIPT, "pad.bin", noise, "faktura.pdf", PDF);
        for (byte[] file : new byte[][] {tar, gzip(tar)}) {
            InvoiceVerdict v = inspect(limits(64 * 1024, 64L << 20, 2, 200), "bilag.tar", "application/x-tar", file);
            assertThat(v.reasons()).extracting(Reason::evidence).as(v.summary())
                    .anyMatch(e -> e.contains("larger than 65536 bytes: not opened"));
            assertIncomplete(v, "is larger than 65536 bytes; it was not opened");
            // control: at the limit it is opened and whole
            InvoiceVerdict whole = inspect(limits(file.length, 64L << 20, 2, 200), "bilag.tar", "application/x-tar",
                    file);
            assertThat(whole.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(whole.summary()).isTrue();
            assertThat(whole.isError()).as(whole.summary()).isFalse();
        }
    }

    @Test
    void aTruncatedOrCorruptGzipOrTarIsIncomplete() {
        byte[] tgz = gzip(tar("faktura.pdf", PDF, "invoice.js", SCRIPT));
        InvoiceVerdict cut = inspect("faktura.tgz", Arrays.copyOf(tgz, tgz.length / 2));
        assertThat(cut.has(SignalNames.MIME_MALFORMED)).as(cut.summary()).isTrue();
        assertIncomplete(cut, "faktura.tgz");
        byte[] broken = tgz.clone();
        for (int i = 20; i < 60; i++) {
            broken[i] ^= 0x5a;
        }
        assertIncomplete(inspect("faktura.tgz", broken), "faktura.tgz");
        byte[] badTar = tar("faktura.pdf", PDF);
        badTar[148] = 'x'; // header checksum
        assertIncomplete(inspect("faktura.tar", badTar), "faktura.tar");
    }

    // ---- 4. nesting, counted as for a ZIP in a ZIP

    @Test
    void aGzipOrTarInsideAZipIsOpened() {
        InvoiceVerdict gz = inspect(CFG, "faktura.zip", "application/zip",
                TestFiles.zipEntries("faktura.pdf.gz", gzip(PDF)));
        assertThat(gz.has(SignalNames.ARCHIVED_INVOICE)).as(gz.summary()).isTrue();
        assertThat(gz.isError()).as(gz.summary()).isFalse();
        for (String name : new String[] {"bilag.tar", "bilag.txt"}) {
            InvoiceVerdict t = inspect(CFG, "faktura.zip", "application/zip",
                    TestFiles.zipEntries(name, tar("invoice.js", SCRIPT)));
            assertThat(t.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(name + ": " + t.summary()).isTrue();
        }
        // depth 1: only the attached ZIP is opened, as for a ZIP in a ZIP
        InvoiceVerdict shallow = inspect(limits(15L << 20, 64L << 20, 1, 200), "faktura.zip", "application/zip",
                TestFiles.zipEntries("bilag.tgz", gzip(tar("invoice.js", SCRIPT))));
        assertThat(shallow.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(shallow.summary()).isFalse();
        assertThat(shallow.reasons()).filteredOn(r -> r.name().equals(SignalNames.NESTED_ARCHIVE))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("nested deeper than 1: not opened"));
    }

    @Test
    void aZipInsideATarGzIsTheSecondLevel() {
        byte[] zip = TestFiles.zipEntries("invoice.js", SCRIPT);
        byte[] tgz = gzip(tar("bilag.zip", zip));
        InvoiceVerdict v = inspect("bilag.tar.gz", tgz);
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
        assertThat(v.isError()).as(v.summary()).isFalse();
        // the tar inside the gzip is the same archive, not a level: with depth 1 the tar.gz is opened, the ZIP not
        InvoiceVerdict one = inspect(limits(15L << 20, 64L << 20, 1, 200), "bilag.tar.gz", "application/gzip", tgz);
        assertThat(one.reasons()).filteredOn(r -> r.name().equals(SignalNames.NESTED_ARCHIVE))
                .extracting(Reason::evidence).as(one.summary()).anyMatch(e -> e.contains("bilag.zip")
                        && e.contains("nested deeper than 1: not opened"));
        assertThat(one.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(one.summary()).isFalse();
        // a ZIP in a ZIP in a tar.gz: the third level is not opened (limit.archive-depth 2)
        InvoiceVerdict deep = inspect("bilag.tar.gz", gzip(tar("a.zip", TestFiles.zipEntries("b.zip", zip))));
        assertThat(deep.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(deep.summary()).isFalse();
        assertThat(deep.reasons()).filteredOn(r -> r.name().equals(SignalNames.NESTED_ARCHIVE))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("nested deeper than 2: not opened"));
        // a gzip in a gzip is a level like any archive in an archive
        InvoiceVerdict gzgz = inspect("bilag.js.gz.gz", gzip(gzip(gzip(SCRIPT))));
        assertThat(gzgz.reasons()).filteredOn(r -> r.name().equals(SignalNames.NESTED_ARCHIVE))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("nested deeper than 2: not opened"));
    }

    // ---- 5. names are only reported

    @Test
    void aTarEntryNamedOutsideItsFolderIsOnlyReported() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path cwd = Path.of(System.getProperty("user.dir"));
        byte[] tar = tar("../../x.pdf", PDF, "/tmp/y.js", SCRIPT);
        InvoiceVerdict v = inspect("faktura.tar", tar);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.ARCHIVED_INVOICE))
                .extracting(Reason::evidence).as(v.summary()).anyMatch(e -> e.contains("../../x.pdf"));
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
        for (Path base : new Path[] {cwd, tmp}) {
            assertThat(base.resolve("../../x.pdf").normalize()).doesNotExist();
        }
        assertThat(Path.of("/tmp/y.js")).doesNotExist();
    }
}
