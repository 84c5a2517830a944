package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * Archive formats and corners the gzip/tar reading left unseen: a pre-POSIX (v7) tar, bzip2 and xz (alone or around a
 * tar), GNU gzip's zero padding, bytes after a tar's end-of-archive, a plain tar's stored entries against the
 * expansion budget, and a 7z called .pdf that is also the PDF a PDF reader shows.
 */
class ArchiveFormatsTest {
    private static final InvoiceConfig CFG = ArchiveGapsTest.CFG;
    private static final byte[] PDF = ArchiveGapsTest.PDF;
    private static final byte[] TEXT = ArchiveGapsTest.TEXT;
    private static final byte[] SCRIPT = ArchiveGapsTest.SCRIPT;

    private static InvoiceVerdict inspect(String filename, byte[] data) {
        return ArchiveGapsTest.inspect(CFG, filename, "application/octet-stream", data);
    }

    private static InvoiceConfig limits(long bytes, long expanded, int depth, int entries) {
        return CFG.withArchiveLimits(new InvoiceConfig.ArchiveLimits(bytes, expanded, depth, entries,
                InvoiceConfig.ArchiveLimits.defaults().ratio()));
    }

    private static void assertScriptSeen(InvoiceVerdict v) {
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.EXECUTABLE_ATTACHMENT))
                .extracting(Reason::evidence).as(v.summary()).anyMatch(e -> e.contains("invoice.js"));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** One pre-POSIX (Unix v7) tar header: no "ustar" magic, only the fields v7 had and its checksum. */
    static byte[] v7Header(String name, long size) {
        byte[] h = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(n, 0, h, 0, n.length);
        put(h, 100, "0000644\0");
        put(h, 108, "0001750\0");
        put(h, 116, "0001750\0");
        put(h, 124, String.format("%011o", size) + "\0");
        put(h, 136, String.format("%011o", 1_700_000_000L) + "\0");
        h[156] = 0; // v7: a regular file has no type letter
        Arrays.fill(h, 148, 156, (byte) ' ');
        int sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o", sum) + "\0 ");
        return h;
    }

    private static void put(byte[] h, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, at, b.length);
    }

    /** A v7 tar of the given entries (name, content, ...), ended by the two zero records and nothing else. */
    static byte[] v7Tar(Object... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            byte[] data = (byte[]) namesAndContents[i + 1];
            out.writeBytes(v7Header((String) namesAndContents[i], data.length));
            out.writeBytes(data);
            out.writeBytes(new byte[(512 - data.length % 512) % 512]);
        }
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    static byte[] bzip2(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream b = new BZip2CompressorOutputStream(out)) {
            b.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static byte[] xz(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XZOutputStream x = new XZOutputStream(out, new LZMA2Options(1))) {
            x.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    // ---- 1. a pre-POSIX tar is opened, detected by its header checksum

    @Test
    void aV7TarIsOpened() {
        byte[] tar = v7Tar("bilag.txt", TEXT, "faktura.pdf", PDF, "invoice.js", SCRIPT);
        InvoiceVerdict v = inspect("faktura.tar", tar);
        assertThat(v.has(SignalNames.ARCHIVED_INVOICE)).as(v.summary()).isTrue();
        assertScriptSeen(v);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.ARCHIVE_ATTACHMENT))
                .extracting(Reason::evidence).as(v.summary()).anyMatch(e -> e.contains("(tar, 3 entries)"));
        assertThat(v.isError()).as(v.summary()).isFalse();
        // the bytes decide: called .txt, inside a gzip, inside a ZIP
        assertScriptSeen(inspect("bilag.txt", tar));
        assertScriptSeen(inspect("bilag.tgz", GzipTarTest.gzip(tar)));
        assertScriptSeen(inspect("bilag.zip", TestFiles.zipEntries("bilag.dat", tar)));
    }

    @Test
    void onlyAValidChecksumMakesAV7Tar() {
        byte[] header = v7Header("faktura.pdf", 100);
        assertThat(MimeScan.isTar(header)).isTrue();
        byte[] bad = header.clone();
        bad[0] = 'F';
        assertThat(MimeScan.isTar(bad)).isFalse();
        assertThat(MimeScan.isTar(new byte[512])).isFalse();
        assertThat(MimeScan.isTar(Arrays.copyOf(header, 511))).isFalse();
        Random r = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            byte[] noise = new byte[512];
            r.nextBytes(noise);
            assertThat(MimeScan.isTar(noise)).isFalse();
        }
        // text that starts like a header (a name, octal fields) but has no matching checksum
        byte[] text = new byte[512];
        Arrays.fill(text, (byte) '0');
        assertThat(MimeScan.isTar(text)).isFalse();
        InvoiceVerdict plain = inspect("bilag.txt", "se faktura 5521, betaling til konto".getBytes(
                StandardCharsets.UTF_8));
        assertThat(plain.has(SignalNames.ARCHIVE_ATTACHMENT)).as(plain.summary()).isFalse();
    }

    // ---- 2. bzip2 and xz are opened like gzip, by their bytes, within the same bounds

    @Test
    void aPdfOrTarInsideBzip2OrXzIsOpened() {
        byte[] tar = GzipTarTest.tar("bilag.txt", TEXT, "faktura.pdf", PDF);
        GzipTarTest.assertArchivedInvoice(inspect("faktura.pdf.bz2", bzip2(PDF)), "bzip2");
        GzipTarTest.assertArchivedInvoice(inspect("faktura.tar.bz2", bzip2(tar)), "bzip2");
        GzipTarTest.assertArchivedInvoice(inspect("faktura.tbz2", bzip2(tar)), "bzip2");
        GzipTarTest.assertArchivedInvoice(inspect("faktura.pdf.xz", xz(PDF)), "xz");
        GzipTarTest.assertArchivedInvoice(inspect("faktura.tar.xz", xz(tar)), "xz");
        GzipTarTest.assertArchivedInvoice(inspect("faktura.txz", xz(tar)), "xz");
        byte[] js = GzipTarTest.tar("invoice.js", SCRIPT);
        // the bytes decide, not the name
        assertScriptSeen(inspect("faktura.pdf", bzip2(js)));
        assertScriptSeen(inspect("faktura.pdf", xz(js)));
        assertScriptSeen(inspect("bilag.zip", TestFiles.zipEntries("bilag.dat", xz(js))));
        assertScriptSeen(inspect("bilag.zip", TestFiles.zipEntries("bilag.dat", bzip2(js))));
        // a program compressed alone, its name the file's own without the extension
        InvoiceVerdict alone = inspect("invoice.js.xz", xz(SCRIPT));
        assertThat(alone.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(alone.summary()).isTrue();
    }

    @Test
    void aBzip2OrXzBombIsStoppedQuicklyAndIncomplete() {
        byte[] zeros = new byte[64 << 20];
        for (byte[] bomb : new byte[][] {bzip2(zeros), xz(zeros)}) {
            long start = System.nanoTime();
            InvoiceVerdict v = inspect("faktura.pdf.bz2", bomb);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(v.has(SignalNames.ARCHIVE_BOMB)).as(v.summary()).isTrue();
            GzipTarTest.assertIncomplete(v, "expands more than 200 times");
            assertThat(millis).isLessThan(3000);
        }
    }

    @Test
    void anXzNeedingMoreMemoryThanAllowedIsNotDecoded() {
        // the LZMA2 dictionary is what the decoder allocates: one of 768 MiB in a 100-byte file is refused, not tried
        byte[] x = xz(PDF);
        int headerSize = ((x[12] & 0xff) + 1) * 4;
        // block header: size, flags, filter id 0x21 (LZMA2), properties size 1, the dictionary size byte
        assertThat(x[14]).isEqualTo((byte) 0x21);
        x[16] = 35; // 768 MiB
        CRC32 crc = new CRC32();
        crc.update(x, 12, headerSize - 4);
        long c = crc.getValue();
        for (int i = 0; i < 4; i++) {
            x[12 + headerSize - 4 + i] = (byte) (c >>> (8 * i));
        }
        InvoiceVerdict v = inspect("faktura.pdf.xz", x);
        assertThat(v.has(SignalNames.ARCHIVE_BOMB)).as(v.summary()).isTrue();
        GzipTarTest.assertIncomplete(v, "too much memory");
    }

    @Test
    void bzip2OrXzContentsCountAgainstTheExpansionBudget() {
        byte[] noise = new byte[3 << 20];
        new Random(7).nextBytes(noise);
        byte[] tar = GzipTarTest.tar("noise.bin", noise, "invoice.js", SCRIPT);
        for (byte[] file : new byte[][] {bzip2(tar), xz(tar)}) {
            GzipTarTest.assertIncomplete(ArchiveGapsTest.inspect(limits(15L << 20, 2L << 20, 2, 200), "bilag.tar.xz",
                    "application/octet-stream", file), "bytes decompressed");
        }
    }

    @Test
    void aCorruptBzip2OrXzIsIncomplete() {
        byte[] tar = GzipTarTest.tar("faktura.pdf", PDF, "invoice.js", SCRIPT);
        for (byte[] file : new byte[][] {bzip2(tar), xz(tar)}) {
            GzipTarTest.assertIncomplete(inspect("faktura.tbz", Arrays.copyOf(file, file.length / 2)), "faktura.tbz");
        }
    }

    // ---- 3. GNU gzip's zero padding

    @Test
    void zeroPaddingAfterTheLastGzipMemberIsAccepted() {
        byte[] gz = GzipTarTest.gzip(PDF);
        // padded to a tape block, as tar -b or a dd writes it: gunzip says "trailing zero bytes ignored"
        byte[] padded = Arrays.copyOf(gz, 10240);
        GzipTarTest.assertArchivedInvoice(inspect("faktura.pdf.gz", padded), "gzip");
        // padding after two members, the second one still read
        byte[] two = concat(GzipTarTest.gzip(TEXT), GzipTarTest.gzip(SCRIPT), new byte[700]);
        InvoiceVerdict v = inspect("invoice.js.gz", two);
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
        assertThat(v.isError()).as(v.summary()).isFalse();
        // zeros and then anything else is garbage, as before (gunzip refuses it too)
        byte[] tail = concat(gz, new byte[100], new byte[] {'x'});
        GzipTarTest.assertIncomplete(inspect("faktura.pdf.gz", tail), "faktura.pdf.gz");
        byte[] member = concat(gz, new byte[100], GzipTarTest.gzip(SCRIPT));
        GzipTarTest.assertIncomplete(inspect("faktura.pdf.gz", member), "faktura.pdf.gz");
    }

    // ---- 4. after a tar's end-of-archive

    @Test
    void aSecondTarAfterTheEndOfArchiveIsRead() {
        byte[] first = v7Tar("bilag.txt", TEXT);
        byte[] second = v7Tar("invoice.js", SCRIPT);
        byte[] ustar = GzipTarTest.tar("invoice.js", SCRIPT);
        for (byte[] tar : new byte[][] {concat(first, second), concat(first, ustar),
                // one zero record, not two, before the second: tar --ignore-zeros reads on
                concat(Arrays.copyOf(first, first.length - 512), second),
                concat(GzipTarTest.tar("bilag.txt", TEXT), second)}) {
            assertScriptSeen(inspect("faktura.tar", tar));
            InvoiceVerdict gz = inspect("faktura.tgz", GzipTarTest.gzip(tar));
            assertScriptSeen(gz);
            assertThat(gz.isError()).as(gz.summary()).isFalse();
        }
    }

    @Test
    void otherDataAfterTheEndOfArchiveIsIncomplete() {
        byte[] tar = v7Tar("bilag.txt", TEXT);
        for (byte[] file : new byte[][] {concat(tar, PDF), concat(tar, new byte[4096], PDF),
                concat(tar, new byte[] {'x'})}) {
            InvoiceVerdict gz = inspect("bilag.tgz", GzipTarTest.gzip(file));
            GzipTarTest.assertIncomplete(gz, "after the end of the tar");
            GzipTarTest.assertIncomplete(inspect("bilag.tar", file), "after the end of the tar");
        }
        // zeros after the end are the padding tar writes: complete
        InvoiceVerdict padded = inspect("bilag.tgz", GzipTarTest.gzip(concat(tar, new byte[9216])));
        assertThat(padded.isError()).as(padded.summary()).isFalse();
    }

    // ---- 5. a plain tar's entries count against limit.archive-expanded

    @Test
    void aPlainTarsEntriesCountAgainstTheExpansionBudget() {
        byte[] noise = new byte[3 << 20];
        new Random(7).nextBytes(noise);
        byte[] tar = GzipTarTest.tar("noise.bin", noise, "invoice.js", SCRIPT);
        GzipTarTest.assertIncomplete(ArchiveGapsTest.inspect(limits(15L << 20, 2L << 20, 2, 200), "bilag.tar",
                "application/x-tar", tar), "bytes decompressed");
        // control: within the budget it is whole
        InvoiceVerdict whole = ArchiveGapsTest.inspect(limits(15L << 20, 4L << 20, 2, 200), "bilag.tar",
                "application/x-tar", tar);
        assertThat(whole.isError()).as(whole.summary()).isFalse();
        assertScriptSeen(whole);
    }
}
