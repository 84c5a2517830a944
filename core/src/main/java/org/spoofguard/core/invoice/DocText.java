package org.spoofguard.core.invoice;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * The text of a legacy Word document ({@code .doc}, Word 97 and later; [MS-DOC] §2.4.1 "Retrieving Text"), so that a
 * letter announcing "our new account" as a .doc is read like the same letter as a .docx or a PDF.
 *
 * <p>The text lies in the WordDocument stream in pieces that the piece table (the Clx in the 0Table or 1Table
 * stream, found through the FIB) lists in reading order: each piece is either 8-bit (Windows-1252, §2.4.1's
 * "compressed" text) or UTF-16LE. Bounded: at most {@link #MAX_CLX} bytes of piece table are read, at most
 * {@code maxChars} characters are returned, every offset is checked against its stream, and the caller's
 * {@code stop} is asked between pieces. Nothing here trusts a count or an offset it has not checked.
 */
final class DocText {
    /** The piece table of a long, much-edited document is a few kilobytes; this is thousands of times that. */
    static final int MAX_CLX = 1 << 20;
    /** A FIB's counted parts (at most 0xFFFF of each) are far shorter in any Word version; 2 KB covers Word 2007's. */
    private static final int MAX_FIB = 4096;
    /** The index of fcClx/lcbClx among FibRgFcLcb97's pairs (§2.5.6). */
    private static final int CLX_PAIR = 33;
    private static final Charset ANSI = Charset.forName("windows-1252");

    /**
     * What was read from a legacy Office document (this Word reader's, and {@link XlsText}'s).
     *
     * @param text the document's text, paragraphs on lines of their own (empty when nothing could be read)
     * @param encrypted the FIB says the document is encrypted (its text cannot be read without the password)
     * @param broken why a Word 97 or BIFF8 document could not be read (a structure pointing outside its stream): it
     *               hides what Word or Excel would show, or null
     * @param unread why the file was not read (no FIB, Word 6 or 95, Excel 5 or 95): a format of its own that Office
     *               itself blocks today, not a lie, or null
     */
    record Result(String text, boolean encrypted, String broken, String unread) {
        static Result broken(String text, String why) {
            return new Result(text, false, why, null);
        }

        static Result unread(String why) {
            return new Result("", false, null, why);
        }
    }

    private DocText() {
    }

    /** Is this storage (a file's root, or an object embedded in an Outlook item) a Word document? */
    static boolean isWord(Cfb cfb, Cfb.Entry storage) {
        return cfb.stream(storage, "WordDocument") != null;
    }

    static Result read(Cfb cfb, int maxChars, BooleanSupplier stop) throws IOException {
        return read(cfb, cfb.root(), maxChars, stop);
    }

    static Result read(Cfb cfb, Cfb.Entry storage, int maxChars, BooleanSupplier stop) throws IOException {
        Cfb.Entry wd = cfb.stream(storage, "WordDocument");
        if (wd == null) {
            return Result.unread("no WordDocument stream");
        }
        Cfb.Positioned doc = cfb.positioned(wd);
        byte[] fib = new byte[(int) Math.min(doc.length(), MAX_FIB)];
        int got = doc.read(0, fib, 0, fib.length);
        if (got < 34 || Cfb.le16(fib, 0) != 0xA5EC) {
            return Result.unread("no Word 97 FIB");
        }
        int flags = Cfb.le16(fib, 0x0A);
        // Word 6 and 95 (nFib 101 and 104) have a FIB of another layout; Word 97 and later write 0xC1 here (§2.5.2)
        if (Cfb.le16(fib, 2) < 0xC0) {
            return Result.unread("Word 6 or 95 (nFib " + Cfb.le16(fib, 2) + ")");
        }
        if ((flags & 0x0100) != 0) { // fEncrypted: the text is RC4 or XOR scrambled
            return new Result("", true, null, null);
        }
        // The FIB's parts are counted, not fixed (§2.5.1): csw 16-bit words, cslw 32-bit ones, then cbRgFcLcb
        // offset/length pairs, of which the Clx's is the thirty-fourth (§2.5.6). Walked as Word walks them.
        int csw = Cfb.le16(fib, 32);
        int lw = 34 + 2 * csw;
        int cslw = lw + 2 <= got ? Cfb.le16(fib, lw) : -1;
        int rg = lw + 2 + 4 * Math.max(cslw, 0);
        int pairs = rg + 2 <= got ? Cfb.le16(fib, rg) : -1;
        int clxAt = rg + 2 + 8 * CLX_PAIR;
        if (cslw < 0 || pairs <= CLX_PAIR || clxAt + 8 > got) {
            return Result.broken("", "a FIB too short for its piece table's place");
        }
        Cfb.Entry tableEntry = cfb.stream(storage, (flags & 0x0200) != 0 ? "1Table" : "0Table");
        if (tableEntry == null) {
            return Result.broken("", "no table stream");
        }
        long fcClx = Cfb.le32(fib, clxAt) & 0xffffffffL;
        long lcbClx = Cfb.le32(fib, clxAt + 4) & 0xffffffffL;
        Cfb.Positioned table = cfb.positioned(tableEntry);
        if (lcbClx == 0 || lcbClx > MAX_CLX || fcClx + lcbClx > table.length()) {
            return Result.broken("", lcbClx > MAX_CLX ? "a piece table of " + lcbClx + " bytes"
                    : "the piece table lies outside the table stream");
        }
        byte[] clx = new byte[(int) lcbClx];
        table.read(fcClx, clx, 0, clx.length);
        return pieces(clx, doc, maxChars, stop);
    }

    /** The Clx: property modifiers (Prc, skipped) and then the piece table (Pcdt), §2.9.38. */
    private static Result pieces(byte[] clx, Cfb.Positioned doc, int maxChars, BooleanSupplier stop)
            throws IOException {
        int at = 0;
        while (at < clx.length && clx[at] == 0x01) {
            if (at + 3 > clx.length) {
                return Result.broken("", "a cut property modifier");
            }
            int cb = (short) Cfb.le16(clx, at + 1); // signed (§2.9.209), never negative in a real document
            if (cb < 0) {
                return Result.broken("", "a property modifier of negative size");
            }
            at += 3 + cb;
        }
        if (at + 5 > clx.length || clx[at] != 0x02) {
            return Result.broken("", "no piece table");
        }
        long lcb = Cfb.le32(clx, at + 1) & 0xffffffffL;
        int plc = at + 5;
        if (lcb < 4 || (lcb - 4) % 12 != 0 || plc + lcb > clx.length) {
            return Result.broken("", "a piece table of " + lcb + " bytes");
        }
        int n = (int) ((lcb - 4) / 12);
        StringBuilder out = new StringBuilder();
        byte[] buf = new byte[8192];
        for (int k = 0; k < n && out.length() < maxChars; k++) {
            if (stop.getAsBoolean()) {
                break;
            }
            long cp0 = Cfb.le32(clx, plc + 4 * k) & 0xffffffffL;
            long cp1 = Cfb.le32(clx, plc + 4 * k + 4) & 0xffffffffL;
            if (cp1 < cp0) {
                return Result.broken(out.toString(), "piece " + k + " ends before it begins");
            }
            int pcd = plc + 4 * (n + 1) + 8 * k;
            int fcRaw = Cfb.le32(clx, pcd + 2);
            boolean compressed = (fcRaw & 0x40000000) != 0;
            long fc = fcRaw & 0x3FFFFFFFL;
            long chars = Math.min(cp1 - cp0, maxChars - out.length());
            long start = compressed ? fc / 2 : fc;
            long bytes = compressed ? chars : 2 * chars;
            if (start + bytes > doc.length()) {
                return Result.broken(out.toString(), "piece " + k + " lies outside the WordDocument stream");
            }
            for (long done = 0; done < bytes; ) {
                int want = (int) Math.min(buf.length, bytes - done) & (compressed ? ~0 : ~1);
                int got = doc.read(start + done, buf, 0, want);
                if (got <= 0) {
                    return Result.broken(out.toString(), "the WordDocument stream is cut short");
                }
                append(out, new String(buf, 0, got, compressed ? ANSI : StandardCharsets.UTF_16LE));
                done += got;
            }
        }
        return new Result(out.length() > maxChars ? out.substring(0, maxChars) : out.toString(), false, null, null);
    }

    /**
     * Word's marks in the text (§2.8.25): paragraph, line, page and cell ends become line breaks, so that what stood
     * on separate lines or in separate cells is not run together; field marks and object anchors become spaces.
     */
    private static void append(StringBuilder out, String piece) {
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            switch (c) {
                case '\r', '\u000b', '\u000c', '\u0007' -> out.append('\n');
                case '\t' -> out.append('\t');
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
    }
}
