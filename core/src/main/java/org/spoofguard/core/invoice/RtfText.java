package org.spoofguard.core.invoice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The text a word processor shows of an RTF document (RTF 1.9.1), and whether it embeds an OLE object. Word opens RTF
 * whatever the file is called (".doc" included), so an invoice sent as RTF is read like a PDF's text layer; and an
 * embedded object ({@code \object}, {@code \objdata}) is how RTF exploits deliver their payload (CVE-2017-11882,
 * CVE-2017-0199), so it counts as active content. One pass over the bytes as they arrive, nothing kept but the output
 * (at most {@code maxChars}) and a few counters: a hostile document cannot make it slow or large.
 */
final class RtfText {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    // destinations whose contents the reader never sees as text (fonts, colours, styles, metadata, pictures,
    // object data, field instructions); "\*" marks the rest (RTF 1.9.1, "Destinations")
    private static final Set<String> HIDDEN = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "objdata",
            "objclass", "objname", "fldinst", "themedata", "colorschememapping", "datastore", "latentstyles",
            "listtable", "listoverridetable", "rsidtbl", "xmlnstbl", "generator", "filetbl", "revtbl", "private",
            "datafield", "bkmkstart", "bkmkend");
    private static final Set<String> OBJECTS = Set.of("object", "objdata", "objemb", "objlink", "objautlink", "objocx",
            "objhtml", "objupdate");
    private static final Set<String> BREAKS = Set.of("par", "line", "sect", "page", "row", "pard");
    private static final Set<String> SPACES = Set.of("tab", "cell", "emspace", "enspace", "qmspace");

    /** What was read: the visible text, whether an OLE object is embedded, whether bytes were left unread. */
    record Result(String text, boolean object, boolean truncated) {
    }

    private RtfText() {
    }

    static boolean isRtf(byte[] head) {
        return head.length >= 5 && head[0] == '{' && head[1] == '\\' && head[2] == 'r' && head[3] == 't'
                && head[4] == 'f';
    }

    /**
     * Reads at most {@code maxBytes} of {@code in}; the text stops at {@code maxChars}, the scan for objects goes on to
     * the byte limit. {@code timeUp} is asked every 64 KiB.
     */
    static Result read(InputStream in, long maxBytes, int maxChars, BooleanSupplier timeUp) throws IOException {
        Reader r = new Reader(maxChars);
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        boolean truncated = false;
        int n;
        while ((n = in.read(buf)) > 0) {
            if (total + n > maxBytes) {
                n = (int) (maxBytes - total);
                truncated = true;
            }
            total += n;
            for (int i = 0; i < n; i++) {
                r.accept((char) (buf[i] & 0xff));
            }
            if (truncated) {
                break;
            }
            if (timeUp.getAsBoolean()) {
                truncated = in.read() >= 0;
                break;
            }
        }
        r.finish();
        return new Result(r.out.toString(), r.object, truncated);
    }

    /** The parser's state: a group counter, not a stack, so depth costs nothing. */
    private static final class Reader {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder word = new StringBuilder();
        private final int maxChars;
        private int depth;
        private int skipFrom = -1;  // the depth of the group being skipped; -1: none
        private boolean groupStart;
        private boolean object;
        private int state;          // 0 text, 1 after '\', 2 control word, 3 its number, 4 and 5 the hex digits of \'hh
        private int number;
        private boolean negative;
        private int hex;
        private int fallback;       // characters after a Unicode escape (backslash-u N) that stand in for it in old readers: dropped
        private long binary;        // raw bytes of \binN still to pass over

        Reader(int maxChars) {
            this.maxChars = maxChars;
        }

        /** A control word the document ended on still counts ("\\par" as the last bytes). */
        void finish() {
            if (binary == 0 && (state == 2 || state == 3)) {
                controlWord(' ');
            }
        }

        void accept(char c) {
            if (binary > 0) {
                binary--;
                return;
            }
            switch (state) {
                case 1 -> escaped(c);
                case 2, 3 -> controlWord(c);
                case 4 -> {
                    int v = Character.digit(c, 16);
                    state = v < 0 ? 0 : 5;
                    hex = v;
                }
                case 5 -> {
                    int v = Character.digit(c, 16);
                    state = 0;
                    if (fallback > 0) {
                        fallback--;
                    } else {
                        text(new String(new byte[] {(byte) (v < 0 ? hex : hex * 16 + v)}, CP1252).charAt(0));
                    }
                    if (v < 0) {
                        accept(c);
                    }
                }
                default -> plain(c);
            }
        }

        private void plain(char c) {
            if (c == '\\') {
                state = 1;
            } else if (c == '{') {
                depth++;
                groupStart = true;
            } else if (c == '}') {
                if (skipFrom >= 0 && depth <= skipFrom) {
                    skipFrom = -1;
                }
                depth = Math.max(0, depth - 1);
                groupStart = false;
                fallback = 0;
            } else if (c != '\n' && c != '\r') {
                groupStart = false;
                if (fallback > 0) {
                    fallback--;
                } else {
                    text(c);
                }
            }
        }

        private void escaped(char c) {
            if (c < 128 && Character.isLetter(c)) {
                word.setLength(0);
                word.append(c);
                number = 0;
                negative = false;
                state = 2;
                return;
            }
            state = 0;
            if (c == '\'') {
                state = 4;
                return;
            }
            if (c == '*' && groupStart && skipFrom < 0) {
                skipFrom = depth;
            } else if (c == '\\' || c == '{' || c == '}') {
                if (fallback > 0) {
                    fallback--;
                } else {
                    text(c);
                }
            } else if (c == '~') {
                text(' ');
            } else if (c == '_') {
                text('-');
            } else if (c == '\n' || c == '\r') {
                text('\n');
            }
            groupStart = false;
        }

        private void controlWord(char c) {
            if (state == 2 && c < 128 && Character.isLetter(c)) {
                if (word.length() < 32) {
                    word.append(c);
                }
                return;
            }
            if (state == 2 && c == '-') {
                negative = true;
                state = 3;
                return;
            }
            if (c >= '0' && c <= '9') {
                number = number > 100_000_000 ? number : number * 10 + (c - '0');
                state = 3;
                return;
            }
            state = 0;
            String w = word.toString();
            object |= OBJECTS.contains(w);
            if (skipFrom < 0 && groupStart && HIDDEN.contains(w)) {
                skipFrom = depth;
            } else if (w.equals("u")) {
                text((char) (negative ? 65536 - number : number));
                fallback = 1;
            } else if (w.equals("bin")) {
                binary = number;
            } else if (BREAKS.contains(w)) {
                text('\n');
            } else if (SPACES.contains(w)) {
                text(' ');
            }
            groupStart = false;
            if (c != ' ') {
                accept(c); // the delimiter is the next token; one space belongs to the word
            }
        }

        private void text(char c) {
            if (skipFrom < 0 && out.length() < maxChars) {
                out.append(c);
            }
        }
    }
}
