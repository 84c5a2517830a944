package org.spoofguard.core.invoice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * The text of a legacy PowerPoint presentation ({@code .ppt}, {@code .pps}, {@code .pot}; PowerPoint 97 and later;
 * [MS-PPT]), so that "our new account" on a slide of a .ppt is read as on a .pptx slide ({@link OfficeText}), and a
 * presentation's VBA project is seen although PowerPoint stores it compressed, where no raw scan for
 * "_VBA_PROJECT" finds it.
 *
 * <p>Found as PowerPoint finds it (§2.1.2): the Current User stream gives the offset of the newest UserEditAtom in the
 * PowerPoint Document stream; each edit names its persist directory and the edit before it, and the newest entry for
 * each persist object wins. Each live object is walked as a tree of records (§2.3.1: an 8-byte header, version 0xF
 * for a container whose children tile its body; the known container types are entered whatever their version says,
 * as a reader going by the type does); text stands in TextCharsAtom (UTF-16LE) and TextBytesAtom (the low bytes of
 * UTF-16 characters) records, in the document's slide lists and in shapes' text boxes, and in CStrings (footers,
 * hyperlinks, comments). Following the
 * directory rather than reading the stream front to back matters: a forger can wrap the live slides in a record
 * that a front-to-back reader skips, and PowerPoint jumps straight to them. A directory that cannot be followed
 * leaves the presentation {@code broken} (its text then read front to back, as far as it goes).
 *
 * <p>Bounded: at most {@link #MAX_EDITS} edits and {@link #MAX_OBJECTS} persist objects, records nested at most
 * {@link #MAX_DEPTH} deep, no more bytes walked than twice the stream (objects that overlap), at most {@code maxChars}
 * characters kept, and the caller's {@code stop} asked every 256 records. No offset or length is used unchecked.
 */
final class PptText {
    static final String STREAM = "PowerPoint Document";
    /** A presentation saved ten thousand times over is not in anyone's mail; a chain longer than this loops. */
    static final int MAX_EDITS = 4096;
    static final int MAX_OBJECTS = 1 << 16;
    /** PowerPoint nests slide, drawing, group shapes and text boxes a dozen levels deep at most. */
    static final int MAX_DEPTH = 64;
    private static final int CURRENT_USER_ATOM = 0x0FF6;
    private static final int USER_EDIT_ATOM = 0x0FF5;
    private static final int PERSIST_DIRECTORY_ATOM = 0x1772;
    private static final int TEXT_CHARS_ATOM = 0x0FA0;
    private static final int TEXT_BYTES_ATOM = 0x0FA8;
    private static final int VBA_INFO_ATOM = 0x0400;
    /**
     * CString (§2.13.7): the footer, header and date text PowerPoint prints on every slide (HeadersFooters), a
     * hyperlink's target and friendly name, comments. Read as text wherever it stands.
     */
    private static final int CSTRING = 0x0FBA;
    /**
     * The container types a slide's text and a document's VBA project live in ([MS-PPT] §2.3.1's recVer 0xF ones):
     * document, slide, notes, masters, slide lists, drawings, OfficeArt shapes and text boxes, headers and footers,
     * VBA info, external objects and hyperlinks, programmable tags, comments.
     */
    private static final Set<Integer> CONTAINERS = Set.of(0x03E8, 0x03EE, 0x03F0, 0x03F8, 0x03F2, 0x03FF, 0x0409,
            0x040B, 0x040C, 0x07D0, 0x0FD9, 0x0FD7, 0x0FF0, 0x1388, 0x2EE0, 0xF000, 0xF001, 0xF002, 0xF003, 0xF004,
            0xF005, 0xF00D, 0xF011);
    /** CurrentUserAtom.headerToken of an encrypted presentation (§2.3.2); 0xE391C05F otherwise. */
    private static final long ENCRYPTED_TOKEN = 0xF3D1C4DFL;

    /**
     * @param text   the slides' text, as {@link DocText}'s readers give it
     * @param macros the document holds a VBA project (a VBAInfoAtom naming one, §2.4.10)
     */
    record Result(DocText.Result text, boolean macros) {
    }

    private PptText() {
    }

    /** Is this storage (a file's root, or an object embedded in an Outlook item) a PowerPoint presentation? */
    static boolean isPresentation(Cfb cfb, Cfb.Entry storage) {
        return cfb.stream(storage, STREAM) != null;
    }

    static Result read(Cfb cfb, int maxChars, BooleanSupplier stop) throws IOException {
        return read(cfb, cfb.root(), maxChars, stop);
    }

    static Result read(Cfb cfb, Cfb.Entry storage, int maxChars, BooleanSupplier stop) throws IOException {
        Cfb.Entry doc = cfb.stream(storage, STREAM);
        if (doc == null) {
            return new Result(DocText.Result.unread("no PowerPoint Document stream"), false);
        }
        Walk w = new Walk(cfb.positioned(doc), maxChars, stop);
        Cfb.Entry user = cfb.stream(storage, "Current User");
        String broken;
        if (user == null) {
            broken = "no Current User stream";
        } else {
            byte[] cu = new byte[20];
            int got = cfb.positioned(user).read(0, cu, 0, cu.length);
            if (got < cu.length || Cfb.le16(cu, 2) != CURRENT_USER_ATOM) {
                broken = "no CurrentUserAtom";
            } else if (u32(cu, 12) == ENCRYPTED_TOKEN) {
                // the token, not an EncryptedSummary stream a forger can add to a plain file, says so (§2.3.2)
                return new Result(new DocText.Result("", true, null, null), false);
            } else {
                broken = w.live(u32(cu, 16));
            }
        }
        if (broken != null && !w.stopped) {
            // what a damaged presentation still shows: its records front to back, as far as they go
            w.budget = w.doc.length();
            w.walk(0, w.doc.length());
        } else if (broken == null && w.odd != null) {
            broken = w.odd;
        }
        String text = w.out.length() > maxChars ? w.out.substring(0, maxChars) : w.out.toString();
        return new Result(new DocText.Result(text, false, broken, null), w.macros);
    }

    private static final class Walk {
        final Cfb.Positioned doc;
        private final int maxChars;
        private final BooleanSupplier stop;
        final StringBuilder out = new StringBuilder();
        private final byte[] header = new byte[8];
        long budget;
        private int records;
        boolean macros;
        boolean stopped;
        /** A record whose version contradicts its type: read by its type, the presentation reported broken. */
        String odd;

        Walk(Cfb.Positioned doc, int maxChars, BooleanSupplier stop) {
            this.doc = doc;
            this.maxChars = maxChars;
            this.stop = stop;
            this.budget = 2 * doc.length();
        }

        /** The live persist objects through the edit chain from {@code edit}, each walked; why not, or null. */
        String live(long edit) throws IOException {
            if (edit == 0) {
                // 0 ends the chain of older edits; the current edit at offset 0 would make the document empty
                return "no current edit";
            }
            Map<Integer, Long> objects = new HashMap<>();
            Set<Long> edits = new HashSet<>();
            long document = -1;
            for (long at = edit; at != 0; ) {
                if (edits.size() >= MAX_EDITS || !edits.add(at)) {
                    return edits.size() >= MAX_EDITS ? "more than " + MAX_EDITS + " edits" : "an edit chain that loops";
                }
                if (stop.getAsBoolean()) {
                    stopped = true;
                    return null;
                }
                byte[] ue = atom(at, USER_EDIT_ATOM, 20, 32);
                if (ue == null) {
                    return "no UserEditAtom at " + at;
                }
                if (document < 0) {
                    document = u32(ue, 16); // docPersistIdRef of the newest edit
                }
                // newest first: an object an older edit also lists keeps its newest place (§2.3.3)
                byte[] dir = atom(u32(ue, 12), PERSIST_DIRECTORY_ATOM, 0, Integer.MAX_VALUE);
                if (dir == null) {
                    return "no PersistDirectoryAtom for the edit at " + at;
                }
                if ((budget -= dir.length) < 0) {
                    return "persist directories that overlap";
                }
                for (int i = 0; i + 4 <= dir.length; ) {
                    long entry = u32(dir, i);
                    int id = (int) (entry & 0xFFFFF);
                    int count = (int) (entry >>> 20);
                    i += 4;
                    if (i + 4L * count > dir.length) {
                        return "a persist directory entry runs past its atom";
                    }
                    for (int k = 0; k < count; k++, i += 4) {
                        objects.putIfAbsent(id + k, u32(dir, i));
                        if (objects.size() > MAX_OBJECTS) {
                            return "more than " + MAX_OBJECTS + " persist objects";
                        }
                    }
                }
                at = u32(ue, 8);
            }
            if (document > Integer.MAX_VALUE || !objects.containsKey((int) document)) {
                return "the document is not in the persist directory";
            }
            for (long at : new TreeSet<>(objects.values())) {
                if (!header(at)) {
                    return "a persist object outside the stream";
                }
                long end = at + 8 + u32(header, 4);
                if (end > doc.length()) {
                    return "a persist object runs past the stream";
                }
                // on past the text limit: a VBA project further on must still be seen
                String why = walk(at, end);
                if (why != null || stopped) {
                    return why;
                }
            }
            return null;
        }

        /**
         * The body of the atom of {@code type} at {@code at}, at least {@code min} bytes long, its first {@code max}
         * bytes only (a UserEditAtom's fields are in its first 32: a longer one costs no more); else null.
         */
        private byte[] atom(long at, int type, int min, int max) throws IOException {
            if (!header(at) || Cfb.le16(header, 2) != type || (header[0] & 0x0F) == 0x0F) {
                return null;
            }
            long len = u32(header, 4);
            if (len < min || at + 8 + len > doc.length() || len > 4L * (MAX_OBJECTS + 1) * 2) {
                return null;
            }
            byte[] body = new byte[(int) Math.min(len, max)];
            return doc.read(at + 8, body, 0, body.length) == body.length ? body : null;
        }

        private boolean header(long at) throws IOException {
            return at >= 0 && at + 8 <= doc.length() && doc.read(at, header, 0, 8) == 8;
        }

        /** The records tiling [start, end), containers entered; why they do not tile, or null. */
        String walk(long start, long end) throws IOException {
            if ((budget -= end - start) < 0) {
                return "persist objects that overlap";
            }
            long[] ends = new long[MAX_DEPTH];
            int depth = 0;
            long pos = start;
            while (true) {
                while (depth > 0 && pos >= ends[depth - 1]) {
                    depth--;
                }
                if (pos >= end) {
                    return null;
                }
                if ((++records & 0xFF) == 0 && stop.getAsBoolean()) {
                    stopped = true;
                    return null;
                }
                long bound = depth > 0 ? ends[depth - 1] : end;
                if (bound - pos < 8 || !header(pos)) {
                    return "a record header cut short at " + pos;
                }
                int type = Cfb.le16(header, 2);
                long next = pos + 8 + u32(header, 4);
                if (next > bound) {
                    return "a record at " + pos + " runs past its container";
                }
                boolean marked = (header[0] & 0x0F) == 0x0F;
                boolean text = type == TEXT_CHARS_ATOM || type == TEXT_BYTES_ATOM || type == CSTRING;
                // A reader that goes by the type (as POI does, and perhaps PowerPoint) sees through a record whose
                // version lies about being a container: go by the type too, and say the file is odd.
                if (marked != CONTAINERS.contains(type) && (text || CONTAINERS.contains(type)) && odd == null) {
                    odd = "a record of type 0x" + Integer.toHexString(type) + " at " + pos + " marked as "
                            + (marked ? "a container" : "an atom");
                }
                if (CONTAINERS.contains(type) || (marked && !text)) {
                    if (depth == MAX_DEPTH) {
                        return "records nested deeper than " + MAX_DEPTH;
                    }
                    ends[depth++] = next;
                    pos += 8;
                } else {
                    if (text) {
                        text(pos + 8, next - pos - 8, type != TEXT_BYTES_ATOM);
                    } else if (type == VBA_INFO_ATOM && next - pos >= 16) {
                        vbaInfo(pos + 8);
                    }
                    pos = next;
                }
            }
        }

        /**
         * A VBAInfoAtom (§2.4.10): the persist id of the project storage and whether it holds data. LibreOffice
         * writes one with both zero into every presentation; either set means a project PowerPoint would load.
         */
        private void vbaInfo(long at) throws IOException {
            byte[] b = new byte[8];
            if (doc.read(at, b, 0, 8) == 8) {
                macros |= u32(b, 0) != 0 || u32(b, 4) != 0;
            }
        }

        private void text(long at, long len, boolean wide) throws IOException {
            if (out.length() >= maxChars) {
                return;
            }
            int width = wide ? 2 : 1;
            long bytes = Math.min(len, (long) (maxChars - out.length()) * width) / width * width;
            byte[] b = new byte[(int) bytes];
            int got = doc.read(at, b, 0, b.length) / width * width;
            String s = new String(b, 0, got, wide ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                // CR ends a paragraph and VT breaks a line in slide text ([MS-PPT] TextCharsAtom); other controls
                // are no one's words
                out.append(c == '\r' || c == '\u000b' ? '\n' : c < 0x20 && c != '\t' ? ' ' : c);
            }
            out.append('\n');
        }
    }

    private static long u32(byte[] b, int at) {
        return Cfb.le32(b, at) & 0xffffffffL;
    }
}
