package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.spoofguard.core.FuzzTiming;

/**
 * Fuzz targets for the readers added with the transfer-encoding and link reviews: {@link TransferDecoding} (base64
 * that reads on after padding, quoted-printable through mime4j, uuencode as a part and as {@code begin ... end}
 * blocks inside a text body) and the link-host readers of {@link Links} ({@code href} values read as a browser reads
 * them, one URL of a document). Every byte is the sender's: the decoders must stream (output never more than the
 * input gives), throw nothing but {@link IOException}, and stop in linear time; the link readers must return only
 * host names of the shape the policy compares ({@code Links.host}'s contract: lower case, a dot inside, letters,
 * digits, '.' and '-' only, at most 253 characters, no trailing dot), at most as many as asked for.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code TransferDecodingFuzzTestInputs/<method>/} as a regression test.
 */
class TransferDecodingFuzzTest {
    private static final long MARGIN_MILLIS = 1_500;
    /** MimeScan reads a part's first 64 KB, then the rest in blocks. */
    private static final int HEAD = 64 * 1024;

    /**
     * First byte: the encoding (base64, quoted-printable, a part labelled uuencode, an inline block as MimeScan's
     * text walk opens it); second byte: the size of the blocks read after the head (1 means single-byte reads).
     */
    @FuzzTest(maxDuration = "30s")
    void decode(byte[] data) throws IOException {
        if (data.length < 2) {
            return;
        }
        int mode = (data[0] & 0xff) % 4;
        int block = 1 + (data[1] & 0xff);
        byte[] body = Arrays.copyOfRange(data, 2, data.length);
        long start = System.nanoTime();
        if (mode == 3) {
            inlineBlocks(body, block);
        } else {
            String cte = mode == 0 ? "base64" : mode == 1 ? "quoted-printable" : "x-uuencode";
            InputStream in = TransferDecoding.decode(cte, new ByteArrayInputStream(body), new CountingMonitor());
            long out = drain(in, block);
            if (in instanceof TransferDecoding.Uu uu) {
                out += uu.preamble.length;
                assertThat(uu.consumed()).isLessThanOrEqualTo(body.length);
            }
            if (mode == 0) {
                // four alphabet characters give three bytes at most; a padded partial group gives fewer
                assertThat(out * 4).as("base64 output").isLessThanOrEqualTo(3L * body.length);
            } else if (mode == 1) {
                // mime4j writes every line break as CRLF, a lone LF included: one byte more per LF, never more
                // (found by the first run: the target had asserted "no longer than the input")
                long lf = 0;
                for (byte x : body) {
                    lf += x == '\n' ? 1 : 0;
                }
                assertThat(out).as(cte + " output").isLessThanOrEqualTo(body.length + lf);
            } else {
                assertThat(out).as(cte + " output").isLessThanOrEqualTo(body.length);
            }
        }
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, MARGIN_MILLIS, "decode time");
    }

    /** MimeScan.uuencoded's walk: each block decoded to its end, the next "begin" searched after it. */
    private static void inlineBlocks(byte[] body, int block) throws IOException {
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = TransferDecoding.BEGIN.matcher(raw);
        int at = 0;
        long consumed = 0;
        long out = 0;
        int blocks = 0;
        while (at < raw.length() && m.find(at) && blocks++ < 20) {
            TransferDecoding.Uu uu = new TransferDecoding.Uu(new ByteArrayInputStream(body, m.start(),
                    body.length - m.start()), false);
            out += drain(uu, block);
            assertThat(uu.name() == null || !uu.name().isBlank()).isTrue();
            int next = m.start() + (int) Math.max(1, uu.consumed());
            assertThat(next).isGreaterThan(at);
            consumed += next - Math.max(at, m.start());
            at = next;
        }
        // the blocks do not overlap: the walk reads each input byte once
        assertThat(consumed).isLessThanOrEqualTo(body.length);
        assertThat(out).isLessThanOrEqualTo(body.length);
    }

    /** As MimeScan reads a part: the head in one go, then the rest in blocks of the given size. */
    private static long drain(InputStream in, int block) throws IOException {
        long total = in.readNBytes(Math.min(HEAD, 1 + block * 7)).length;
        byte[] b = new byte[block];
        int n;
        while ((n = block == 1 ? oneByte(in, b) : in.read(b, 0, block)) >= 0) {
            assertThat(n).isBetween(0, block);
            total += n;
        }
        return total;
    }

    private static int oneByte(InputStream in, byte[] b) throws IOException {
        int c = in.read();
        if (c < 0) {
            return -1;
        }
        assertThat(c).isBetween(0, 255);
        b[0] = (byte) c;
        return 1;
    }

    /**
     * Any text as HTML ({@code Links.hrefHosts}) and as one document URL ({@code Links.urlHosts}, with and without
     * character references), read as UTF-8 and as Latin-1: hosts of the contract's shape, at most as many as asked.
     */
    @FuzzTest(maxDuration = "30s")
    void linkHosts(byte[] data) {
        int max = 1 + (data.length == 0 ? 0 : (data[0] & 7));
        for (String text : new String[] {new String(data, StandardCharsets.UTF_8),
                new String(data, StandardCharsets.ISO_8859_1)}) {
            long start = System.nanoTime();
            Set<String> hrefs = new LinkedHashSet<>();
            Links.hrefHosts(text, text.length(), hrefs, max);
            Set<String> url = new LinkedHashSet<>();
            Links.urlHosts(text, true, url, max);
            Set<String> plain = new LinkedHashSet<>();
            Links.urlHosts(text, false, plain, max);
            FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, MARGIN_MILLIS, "link time");
            for (Set<String> hosts : java.util.List.of(hrefs, url, plain)) {
                assertThat(hosts).hasSizeLessThanOrEqualTo(max);
                hosts.forEach(TransferDecodingFuzzTest::assertHost);
            }
        }
    }

    /** The shape {@code Links.host} promises: what the policy compares with supplier and platform domains. */
    static void assertHost(String h) {
        assertThat(h.length()).as(h).isBetween(3, 253);
        assertThat(h).as(h).isEqualTo(h.toLowerCase(Locale.ROOT));
        assertThat(h.indexOf('.')).as(h).isGreaterThan(0);
        assertThat(h).as(h).doesNotEndWith(".");
        assertThat(h.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '-')).as(h).isTrue();
        // IDNA's mapping was applied: no fullwidth letter, no ideographic full stop left over
        assertThat(Normalizer.normalize(h, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).as(h).isEqualTo(h);
    }

    private static final class CountingMonitor extends DecodeMonitor {
        int warnings;

        @Override
        public boolean warn(String error, String dropDesc) {
            warnings++;
            return false;
        }

        @Override
        public boolean isListening() {
            return true;
        }
    }
}
