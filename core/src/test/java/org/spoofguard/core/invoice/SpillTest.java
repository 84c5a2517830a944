package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The one bounded fill every kept attachment and archive entry goes through (a PDF, an attached or nested ZIP, a
 * 7z): only the bytes a stream delivers count, whatever it says of itself, and no more than one chunk past the limit
 * is ever read.
 */
class SpillTest {
    private static final int LIMIT = 100_000;

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    private static byte[] kept(Spill s) throws IOException {
        try (InputStream in = s.stream()) {
            return in.readAllBytes();
        }
    }

    /** Delivers {@code data}, then more forever if {@code endless}; says it has {@code claimed} bytes available. */
    private static final class Lying extends InputStream {
        private final byte[] data;
        private final boolean endless;
        private final int claimed;
        private final int chunk;
        long delivered;

        Lying(byte[] data, boolean endless, int claimed, int chunk) {
            this.data = data;
            this.endless = endless;
            this.claimed = claimed;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (!endless && delivered >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), endless ? len : (int) (data.length - delivered));
            for (int i = 0; i < n; i++) {
                long at = delivered + i;
                b[off + i] = at < data.length ? data[(int) at] : (byte) 'A';
            }
            delivered += n;
            return n;
        }

        @Override
        public int available() {
            return claimed;
        }
    }

    @Test
    void anEntryExactlyAtTheLimitIsKeptWhole() throws IOException {
        byte[] all = bytes(LIMIT);
        byte[] head = Arrays.copyOf(all, 1024);
        try (Spill s = new Spill(LIMIT)) {
            Spill.End end = s.fill(head, new ByteArrayInputStream(all, 1024, LIMIT - 1024), () -> false);
            assertThat(end).isEqualTo(Spill.End.WHOLE);
            assertThat(s.size()).isEqualTo(LIMIT);
            assertThat(s.overflow()).isNull();
            assertThat(kept(s)).isEqualTo(all);
        }
    }

    @Test
    void oneByteOverTheLimitIsOverAndTheRestIsNotRead() throws IOException {
        byte[] all = bytes(LIMIT + 1);
        byte[] head = Arrays.copyOf(all, 1024);
        Lying in = new Lying(Arrays.copyOfRange(all, 1024, all.length), false, 0, Integer.MAX_VALUE);
        try (Spill s = new Spill(LIMIT)) {
            assertThat(s.fill(head, in, () -> false)).isEqualTo(Spill.End.OVER);
            // the chunk that did not fit is handed back (the ZIP listing reads on from it), not kept
            byte[] over = s.overflow();
            assertThat(over).isNotNull();
            assertThat(over[over.length - 1]).isEqualTo(all[LIMIT]);
            byte[] keptBytes = kept(s);
            assertThat(keptBytes.length + over.length).isEqualTo(LIMIT + 1);
            assertThat(keptBytes).isEqualTo(Arrays.copyOf(all, keptBytes.length));
        }
    }

    @Test
    void aHeadAloneOverTheLimitIsOverWithoutReadingTheStream() throws IOException {
        byte[] head = bytes(1024);
        Lying in = new Lying(bytes(10), false, 10, Integer.MAX_VALUE);
        try (Spill s = new Spill(1023)) {
            assertThat(s.fill(head, in, () -> false)).isEqualTo(Spill.End.OVER);
            assertThat(s.overflow()).isSameAs(head);
            assertThat(in.delivered).isZero();
        }
    }

    @Test
    void aStreamThatClaimsLittleButNeverEndsIsStoppedOneChunkPastTheLimit() throws IOException {
        // available() says 10 bytes (a header's declared size, say); the stream goes on forever
        Lying in = new Lying(new byte[0], true, 10, Integer.MAX_VALUE);
        try (Spill s = new Spill(LIMIT)) {
            assertThat(s.fill(new byte[0], in, () -> false)).isEqualTo(Spill.End.OVER);
            assertThat(in.delivered).isLessThanOrEqualTo(LIMIT + 64 * 1024);
            assertThat(kept(s).length).isLessThanOrEqualTo(LIMIT);
        }
    }

    @Test
    void aStreamThatClaimsMoreThanItHasIsKeptAsDelivered() throws IOException {
        // available() says a megabyte; ten bytes come, in one-byte reads, then the stream ends early
        byte[] ten = bytes(10);
        try (Spill s = new Spill(LIMIT)) {
            assertThat(s.fill(new byte[0], new Lying(ten, false, 1 << 20, 1), () -> false))
                    .isEqualTo(Spill.End.WHOLE);
            assertThat(s.size()).isEqualTo(10);
            assertThat(kept(s)).isEqualTo(ten);
        }
    }

    @Test
    void shortReadsUpToExactlyTheLimitAreWholeAndOneMoreIsOver() throws IOException {
        byte[] at = bytes(5000);
        try (Spill s = new Spill(5000)) {
            assertThat(s.fill(new byte[0], new Lying(at, false, 0, 7), () -> false)).isEqualTo(Spill.End.WHOLE);
            assertThat(kept(s)).isEqualTo(at);
        }
        try (Spill s = new Spill(4999)) {
            assertThat(s.fill(new byte[0], new Lying(at, false, 0, 7), () -> false)).isEqualTo(Spill.End.OVER);
            assertThat(s.overflow()).hasSize(5000 - 7 * (4999 / 7));
        }
    }

    @Test
    void exactlyAtALimitPastTheMemoryPartIsKeptWholeInTheFile() throws IOException {
        int limit = Spill.MEMORY + 70_000;
        byte[] all = bytes(limit);
        try (Spill s = new Spill(limit)) {
            assertThat(s.fill(new byte[0], new Lying(all, false, 0, 50_000), () -> false))
                    .isEqualTo(Spill.End.WHOLE);
            assertThat(s.inMemory()).isNull();
            assertThat(s.file()).exists();
            assertThat(kept(s)).isEqualTo(all);
        }
        try (Spill s = new Spill(limit - 1)) {
            assertThat(s.fill(new byte[0], new Lying(all, false, 0, 50_000), () -> false))
                    .isEqualTo(Spill.End.OVER);
        }
    }

    @Test
    void aStreamThatBreaksOffIsNotTakenForAnEnd() {
        // a truncated entry (inflater: "Unexpected end of ZLIB input stream") fails; it is not kept as whole
        InputStream broken = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ < 3000) {
                    return 'x';
                }
                throw new EOFException("Unexpected end of ZLIB input stream");
            }
        };
        Spill s = new Spill(LIMIT);
        assertThatThrownBy(() -> s.fill(new byte[0], broken, () -> false)).isInstanceOf(EOFException.class);
        s.close();
    }

    @Test
    void theTimeBudgetIsAskedAfterEveryChunk() throws IOException {
        Lying in = new Lying(new byte[0], true, 0, 1000);
        int[] asked = {0};
        try (Spill s = new Spill(LIMIT)) {
            assertThat(s.fill(new byte[0], in, () -> ++asked[0] == 3)).isEqualTo(Spill.End.OUT_OF_TIME);
            assertThat(in.delivered).isEqualTo(3000);
        }
    }
}
