package org.spoofguard.core.invoice;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;

/**
 * A part's Content-Transfer-Encoding undone as a clerk's mail client undoes it, streaming (constant memory, each
 * input byte looked at once): mime4j's own base64 decoder stops at the first '=' and has no uudecode, and what it
 * does not decode is what we do not read.
 */
final class TransferDecoding {
    /** The names clients accept for uuencode (Outlook, Thunderbird: x-uuencode, x-uue, uuencode, uue). */
    static final Set<String> UUENCODE = Set.of("x-uuencode", "x-uue", "uuencode", "uue");

    private TransferDecoding() {
    }

    /** A uuencode "begin" line (POSIX uuencode: the mode in octal, then the file name). */
    static final java.util.regex.Pattern BEGIN = java.util.regex.Pattern.compile("(?m)^begin [0-7]{3,4} ");

    /** The longest run of blanks (space, tab) handed to the quoted-printable decoder (RFC 5322 §2.1.1's line limit). */
    static final int MAX_BLANKS = 998;

    /** How far into a part labelled uuencode its "begin" line is looked for. */
    static final int UU_BEGIN_SEARCH = 64 * 1024;

    /**
     * {@code raw} decoded by the part's transfer encoding; unknown encodings are passed as they are (RFC 2045 §6.4),
     * and so is a part labelled uuencode with no "begin" line in its first {@link #UU_BEGIN_SEARCH} bytes: decoded,
     * nothing of it would be left to read, while a client shows it as text.
     */
    static InputStream decode(String transferEncoding, InputStream raw, DecodeMonitor monitor) throws IOException {
        String cte = transferEncoding == null ? "" : transferEncoding.trim().toLowerCase(Locale.ROOT);
        if (cte.equals("base64")) {
            return new Base64(raw, monitor);
        }
        if (cte.equals("quoted-printable")) {
            return new QuotedPrintableInputStream(new BlankRuns(raw), monitor);
        }
        if (UUENCODE.contains(cte)) {
            byte[] head = raw.readNBytes(UU_BEGIN_SEARCH);
            java.util.regex.Matcher begin = BEGIN.matcher(new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
            if (!begin.find()) {
                return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), raw);
            }
            InputStream block = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head, begin.start(),
                    head.length - begin.start()), raw);
            Uu uu = new Uu(new java.io.BufferedInputStream(block), false); // read byte by byte, line by line
            uu.preamble = java.util.Arrays.copyOf(head, begin.start());
            return uu;
        }
        return raw;
    }

    /**
     * The input of mime4j's quoted-printable decoder with every run of blanks cut to {@link #MAX_BLANKS}. That decoder
     * holds a run of spaces and tabs until it sees what follows (trailing blanks are deleted, RFC 2045 §6.7 (3)), so
     * 20 MB of spaces without a line end cost it 128 MB of buffers. No conforming line is longer than 998 characters,
     * and a shorter run of blanks shows the text around it the same way: nothing a clerk sees is lost.
     */
    static final class BlankRuns extends java.io.FilterInputStream {
        private int run;

        BlankRuns(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c;
            while ((c = in.read()) >= 0 && !keep(c)) {
                // a blank beyond the run's limit
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n;
            while ((n = in.read(b, off, len)) > 0) {
                int w = off;
                for (int i = off; i < off + n; i++) {
                    if (keep(b[i] & 0xff)) {
                        b[w++] = b[i];
                    }
                }
                if (w > off) {
                    return w - off;
                }
            }
            return n;
        }

        private boolean keep(int c) {
            if (c == ' ' || c == '\t') {
                return ++run <= MAX_BLANKS;
            }
            run = 0;
            return true;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /**
     * Base64 that goes on after padding. Some clients and gateways join separately encoded chunks ("...xQ==" then
     * "SGVq..."); a decoder that stops at the first '=' leaves the rest unread while a reader that decodes group by
     * group shows it, and a compromised supplier's new account then stood after the padding, unseen by us. Reading
     * on can only show more than the clerk sees, never less. Characters outside the alphabet are skipped as RFC 2045
     * §6.8 says (and reported once, as mime4j did).
     */
    static final class Base64 extends BlockInputStream {
        private static final int[] VALUE = new int[256];

        static {
            java.util.Arrays.fill(VALUE, -1);
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            for (int i = 0; i < alphabet.length(); i++) {
                VALUE[alphabet.charAt(i)] = i;
            }
        }

        private final InputStream in;
        private final DecodeMonitor monitor;
        private final byte[] encoded = new byte[8192];
        private final byte[] out = new byte[3];
        private int outPos;
        private int outLen;
        private int pos;
        private int len;
        private int bits;
        private int sextets;
        private boolean eof;
        private boolean warnedByte;

        Base64(InputStream in, DecodeMonitor monitor) {
            this.in = in;
            this.monitor = monitor;
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
            if (n == 0) {
                return 0;
            }
            int written = 0;
            while (written < n) {
                if (outPos < outLen) {
                    int k = Math.min(n - written, outLen - outPos);
                    System.arraycopy(out, outPos, b, off + written, k);
                    outPos += k;
                    written += k;
                    continue;
                }
                outPos = 0;
                outLen = 0;
                if (pos == len) {
                    if (eof || written > 0 && in.available() <= 0) {
                        break; // what is decoded goes out first; the next read blocks or ends
                    }
                    len = in.read(encoded);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        eof = true;
                        if (sextets > 1) {
                            monitor.warn("Unexpected end of BASE64 stream", "decoded what was there");
                            flushPartial();
                        }
                        continue;
                    }
                }
                // the common case in one tight loop: whole groups straight into the caller's buffer
                while (pos < len && written < n) {
                    int c = encoded[pos++] & 0xff;
                    int v = VALUE[c];
                    if (v >= 0) {
                        bits = bits << 6 | v;
                        if (++sextets == 4) {
                            if (n - written >= 3) {
                                b[off + written++] = (byte) (bits >> 16);
                                b[off + written++] = (byte) (bits >> 8);
                                b[off + written++] = (byte) bits;
                            } else {
                                out[0] = (byte) (bits >> 16);
                                out[1] = (byte) (bits >> 8);
                                out[2] = (byte) bits;
                                outLen = 3;
                            }
                            bits = 0;
                            sextets = 0;
                            if (outLen > 0) {
                                break;
                            }
                        }
                    } else if (c == '=') {
                        // the end of one chunk's last group; the next chunk starts a new group
                        flushPartial();
                        if (outLen > 0) {
                            break;
                        }
                    } else if (c > ' ' && !warnedByte) {
                        warnedByte = true;
                        monitor.warn("Unexpected base64 byte", "ignoring");
                    }
                }
            }
            return written == 0 && outLen == 0 && eof ? -1 : written;
        }

        private void flushPartial() {
            if (sextets == 2) {
                out[0] = (byte) (bits >> 4);
                outLen = 1;
            } else if (sextets == 3) {
                out[0] = (byte) (bits >> 10);
                out[1] = (byte) (bits >> 2);
                outLen = 2;
            }
            bits = 0;
            sextets = 0;
        }
    }

    /**
     * Uudecode (POSIX uuencode, historical form): "begin MODE NAME", lines each opening with a length character
     * (32 + bytes on the line, '`' for 0) and four characters per three bytes, a zero-length line and "end".
     * Outlook and Thunderbird open a uuencoded part, and a "begin" block inside a plain-text body, as the file it
     * holds. Lines are read up to {@link #MAX_LINE} bytes (the rest of a longer one is skipped, not kept), so any
     * input costs linear time and constant memory.
     */
    static final class Uu extends BlockInputStream {
        static final int MAX_LINE = 1024;
        private final InputStream in;
        private final byte[] line = new byte[MAX_LINE];
        private final byte[] out = new byte[MAX_LINE];
        private int outPos;
        private int outLen;
        private boolean begun;
        private boolean done;
        private String name;
        private long consumed;
        /** What a part labelled uuencode holds before its "begin" line (text a client may show), or empty. */
        byte[] preamble = new byte[0];

        /** @param seekBegin whether lines before the "begin" line are skipped (else the first line must be it) */
        Uu(InputStream in, boolean seekBegin) {
            this.in = in;
            this.seekBegin = seekBegin;
        }

        private final boolean seekBegin;

        /** The file name on the "begin" line, once the first byte was read (null if none or not yet). */
        String name() {
            return name;
        }

        /** Input bytes taken so far (the block's end, once the stream is read to its end). */
        long consumed() {
            return consumed;
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
            if (n == 0) {
                return 0;
            }
            while (outPos == outLen) {
                if (done || !nextLine()) {
                    done = true;
                    return -1;
                }
            }
            int k = Math.min(n, outLen - outPos);
            System.arraycopy(out, outPos, b, off, k);
            outPos += k;
            return k;
        }

        /** Reads and decodes one line; false at the end of the block or the input. */
        private boolean nextLine() throws IOException {
            outPos = 0;
            outLen = 0;
            int n = readLine();
            if (n < 0) {
                return false;
            }
            if (!begun) {
                if (startsWith(n, "begin ")) {
                    begun = true;
                    name = beginName(n);
                    return true;
                }
                return seekBegin;
            }
            if (n == 0 || startsWith(n, "end") && n <= 4) {
                return false;
            }
            int count = (line[0] - 32) & 63;
            if (count == 0) {
                return false;
            }
            int i = 1;
            while (outLen < count && i + 1 < n) {
                int c0 = (line[i] - 32) & 63;
                int c1 = (line[i + 1] - 32) & 63;
                int c2 = i + 2 < n ? (line[i + 2] - 32) & 63 : 0;
                int c3 = i + 3 < n ? (line[i + 3] - 32) & 63 : 0;
                out[outLen++] = (byte) (c0 << 2 | c1 >> 4);
                if (outLen < count) {
                    out[outLen++] = (byte) (c1 << 4 | c2 >> 2);
                }
                if (outLen < count) {
                    out[outLen++] = (byte) (c2 << 6 | c3);
                }
                i += 4;
            }
            return true;
        }

        /** One line without its end into {@link #line} (at most MAX_LINE bytes kept), its length, or -1 at the end. */
        private int readLine() throws IOException {
            int n = 0;
            int c;
            boolean any = false;
            while ((c = in.read()) >= 0) {
                consumed++;
                any = true;
                if (c == '\n') {
                    break;
                }
                if (n < MAX_LINE) {
                    line[n++] = (byte) c;
                }
            }
            if (!any) {
                return -1;
            }
            while (n > 0 && (line[n - 1] == '\r' || line[n - 1] == ' ' && n == 1)) {
                n--;
            }
            return n;
        }

        private boolean startsWith(int n, String ascii) {
            if (n < ascii.length()) {
                return false;
            }
            for (int i = 0; i < ascii.length(); i++) {
                if (line[i] != ascii.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** "begin 644 faktura.pdf": the name after the mode, or null when it shows as nothing. */
        private String beginName(int n) {
            String s = new String(line, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
            String[] f = s.split(" ", 3);
            // a name that shows as nothing (controls, Unicode spaces once the raw UTF-8 is read) is no name: the file
            // is then "uuencoded file in ...", never an attachment called ""
            String named = f.length == 3 ? MimeScan.rawUtf8(f[2].trim()).strip() : "";
            return named.isEmpty() ? null : named;
        }
    }
}
