package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.CpuClock;

/**
 * The review's suspicions about the new transfer decoders and link readers, each as a bound: hostile input of many
 * megabytes costs linear CPU time (the thread's, {@link CpuClock}) and, for the streaming decoders, constant memory
 * (bytes the thread allocates, beyond the input built before the clock starts).
 */
class TransferDecodingBoundsTest {
    private static final long MB = 1024 * 1024;

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** Bytes out, read as MimeScan reads a part: 64 KB head, then 8 KB blocks. */
    private static long drain(InputStream in) throws IOException {
        long total = in.readNBytes(64 * 1024).length;
        byte[] sink = new byte[8192];
        int n;
        while ((n = in.read(sink)) >= 0) {
            total += n;
        }
        return total;
    }

    private record Cost(long out, long cpuMillis, long allocatedBytes) {
    }

    private static Cost decode(String cte, byte[] body) throws IOException {
        drain(TransferDecoding.decode(cte, new ByteArrayInputStream(new byte[10]), DecodeMonitor.SILENT)); // warm
        long a0 = allocated();
        long c0 = CpuClock.threadNanos();
        long out = drain(TransferDecoding.decode(cte, new ByteArrayInputStream(body), DecodeMonitor.SILENT));
        return new Cost(out, (CpuClock.threadNanos() - c0) / 1_000_000, allocated() - a0);
    }

    private static byte[] repeat(String unit, long bytes) {
        return unit.repeat((int) (bytes / unit.length())).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void base64WithPaddingEveryFourCharactersIsLinearAndConstantMemory() throws IOException {
        Cost c = decode("base64", repeat("QQ==", 20 * MB));
        assertThat(c.out()).isEqualTo(5 * MB);
        assertThat(c.cpuMillis()).isLessThan(3_000);
        assertThat(c.allocatedBytes()).isLessThan(4 * MB);
    }

    @Test
    void uuencodedLineWithoutNewlineIsReadInConstantMemory() throws IOException {
        byte[] body = ("begin 644 faktura.pdf\n" + "M".repeat((int) (20 * MB))).getBytes(StandardCharsets.ISO_8859_1);
        Cost c = decode("x-uuencode", body);
        assertThat(c.cpuMillis()).isLessThan(3_000);
        assertThat(c.allocatedBytes()).isLessThan(4 * MB);
        assertThat(c.out()).isLessThanOrEqualTo(Uu.MAX_LINE);
    }

    @Test
    void uuencodeBeginWithoutEndIsReadInConstantMemory() throws IOException {
        byte[] body = ("begin 644 faktura.pdf\n" + "M86)C9&5F9VAI:FML;6YO<'%R<W1U=G=X>7I!0D-$149'2$E*2TQ-3D]045)3\n"
                .repeat(300_000)).getBytes(StandardCharsets.ISO_8859_1);
        Cost c = decode("x-uuencode", body);
        assertThat(c.out()).isEqualTo(45L * 300_000);
        assertThat(c.cpuMillis()).isLessThan(3_000);
        assertThat(c.allocatedBytes()).isLessThan(4 * MB);
    }

    @Test
    void quotedPrintableRunOfBlanksWithoutLineEndIsReadInConstantMemory() throws IOException {
        byte[] body = (" ".repeat((int) (20 * MB)) + "x").getBytes(StandardCharsets.ISO_8859_1);
        Cost c = decode("quoted-printable", body);
        assertThat(c.cpuMillis()).isLessThan(3_000);
        assertThat(c.allocatedBytes()).isLessThan(4 * MB);
    }

    @Test
    void quotedPrintableBlanksAfterAnEqualsSignAreReadInConstantMemory() throws IOException {
        byte[] body = ("a=" + " \t".repeat((int) (10 * MB)) + "\r\nb").getBytes(StandardCharsets.ISO_8859_1);
        Cost c = decode("quoted-printable", body);
        assertThat(c.cpuMillis()).isLessThan(3_000);
        assertThat(c.allocatedBytes()).isLessThan(4 * MB);
    }

    @Test
    void quotedPrintableKeepsABoundedRunOfBlanksInsideALineAndDropsTrailingOnes() throws IOException {
        byte[] body = ("Konto" + " ".repeat(5_000) + "1234   \r\nslut").getBytes(StandardCharsets.ISO_8859_1);
        String out = new String(TransferDecoding.decode("quoted-printable", new ByteArrayInputStream(body),
                DecodeMonitor.SILENT).readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(out).isEqualTo("Konto" + " ".repeat(TransferDecoding.MAX_BLANKS) + "1234\r\nslut");
    }

    @Test
    void quotedPrintableLongLineIsReadInConstantMemory() throws IOException {
        Cost c = decode("quoted-printable", repeat("=41b", 20 * MB));
        assertThat(c.out()).isEqualTo(10 * MB);
        assertThat(c.cpuMillis()).isLessThan(3_000);
        assertThat(c.allocatedBytes()).isLessThan(4 * MB);
    }

    /** MimeScan.uuencoded's walk over a text body of "begin" lines none of which has its "end". */
    @Test
    void inlineBeginsWithoutEndAreWalkedOnce() throws IOException {
        String raw = "begin 644 a.pdf\nM".repeat(1_000_000);
        java.util.regex.Matcher m = TransferDecoding.BEGIN.matcher(raw);
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        long c0 = CpuClock.threadNanos();
        int at = 0;
        int blocks = 0;
        byte[] sink = new byte[8192];
        while (at < raw.length() && m.find(at) && blocks++ < 20) {
            TransferDecoding.Uu uu = new TransferDecoding.Uu(new ByteArrayInputStream(bytes, m.start(),
                    bytes.length - m.start()), false);
            while (uu.read(sink) > 0) {
                // to the block's end
            }
            at = m.start() + (int) Math.max(1, uu.consumed());
        }
        assertThat((CpuClock.threadNanos() - c0) / 1_000_000).isLessThan(3_000);
        assertThat(blocks).isLessThanOrEqualTo(21);
    }

    @Test
    void tenMegabyteHrefIsReadOncePerValue() {
        String html = ("<a href=\"https://" + "a".repeat(10 * 1024 * 1024) + ".dk\">x</a> ").repeat(2);
        Set<String> out = new LinkedHashSet<>();
        long c0 = CpuClock.threadNanos();
        Links.hrefHosts(html, html.length(), out, 10);
        Links.urlHosts(html, true, out, 10);
        assertThat((CpuClock.threadNanos() - c0) / 1_000_000).isLessThan(3_000);
        assertThat(out).isEmpty();
    }

    @Test
    void plainTextLinksWithTenMegabyteAuthoritiesAreReadOnce() {
        // the raw scan reads an authority to its end (a long user-info must not hide the host): once per character
        String text = ("https://" + "kmd@".repeat(1_300_000) + "kommune-faktura.dk/ ").repeat(2)
                + "https://x".repeat(1_000_000);
        Set<String> out = new LinkedHashSet<>();
        long c0 = CpuClock.threadNanos();
        Links.hosts(text, text.length(), out, 10);
        assertThat((CpuClock.threadNanos() - c0) / 1_000_000).isLessThan(3_000);
        assertThat(out).containsExactly("kommune-faktura.dk");
    }

    @Test
    void manyUnclosedHrefsAreLinear() {
        String html = "<a href=\"https://x".repeat(500_000);
        Set<String> out = new LinkedHashSet<>();
        long c0 = CpuClock.threadNanos();
        Links.hrefHosts(html, html.length(), out, 10);
        assertThat((CpuClock.threadNanos() - c0) / 1_000_000).isLessThan(3_000);
    }

    @Test
    void hrefsOfCharacterReferencesAreLinear() {
        String html = "<a href=\"https&colon;//&#107;ommune-faktura&period;dk/".repeat(200_000);
        Set<String> out = new LinkedHashSet<>();
        long c0 = CpuClock.threadNanos();
        Links.hrefHosts(html, html.length(), out, 10);
        assertThat((CpuClock.threadNanos() - c0) / 1_000_000).isLessThan(3_000);
        assertThat(out).containsExactly("kommune-faktura.dk");
    }

    private static final class Uu {
        static final int MAX_LINE = TransferDecoding.Uu.MAX_LINE;
    }
}
