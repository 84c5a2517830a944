package org.spoofguard.core.invoice;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The cells of a legacy Excel workbook ({@code .xls}, BIFF8, Excel 97 and later; [MS-XLS]) as text, row by row with
 * cells separated by tabs, so that "the corrected accounts are in the attached spreadsheet" is read as a .xlsx is:
 * a label and the number beside it ("Kontonr." and 12345678) stay on one line.
 *
 * <p>Strings live once in the shared-string table (SST, §2.4.265) and cells point into it; numbers are stored as
 * IEEE doubles or RK values. Strings run on across CONTINUE records, and where a string's characters cross into the
 * next record that record starts with a new flags byte saying whether the rest is 8-bit or UTF-16 (§2.5.293).
 * Bounded: records are at most {@link #MAX_RECORD} bytes as BIFF8 allows, at most {@code maxChars} characters are
 * kept for shared strings and as many returned, the whole stream is read at most once, and the caller's
 * {@code stop} is asked between records. A count the file gives is never trusted beyond the bytes that back it.
 */
final class XlsText {
    /** BIFF8 records carry at most 8 224 bytes of data (§2.1.4); a longer one is no Excel's. */
    static final int MAX_RECORD = 8224;
    private static final int BOF = 0x0809;
    private static final int FORMULA = 0x0006;
    private static final int FILEPASS = 0x002F;
    private static final int SST = 0x00FC;
    private static final int CONTINUE = 0x003C;
    private static final int LABELSST = 0x00FD;
    private static final int LABEL = 0x0204;
    private static final int NUMBER = 0x0203;
    private static final int RK = 0x027E;
    private static final int MULRK = 0x00BD;
    private static final int STRING = 0x0207;
    private static final Charset LATIN1 = StandardCharsets.ISO_8859_1;

    private XlsText() {
    }

    static boolean isWorkbook(Cfb cfb, Cfb.Entry storage) {
        return cfb.stream(storage, "Workbook") != null || cfb.stream(storage, "Book") != null;
    }

    static DocText.Result read(Cfb cfb, int maxChars, BooleanSupplier stop) throws IOException {
        return read(cfb, cfb.root(), maxChars, stop);
    }

    static DocText.Result read(Cfb cfb, Cfb.Entry storage, int maxChars, BooleanSupplier stop) throws IOException {
        Cfb.Entry book = cfb.stream(storage, "Workbook");
        if (book == null) {
            return DocText.Result.unread("no BIFF8 Workbook stream (Excel 5 or 95)");
        }
        Cfb.ChainStream in = cfb.stream(book);
        Records r = new Records(in);
        if (!r.next() || r.type != BOF || r.length < 2 || Cfb.le16(r.body, 0) != 0x0600) {
            return DocText.Result.unread("not a BIFF8 workbook");
        }
        Reading reading = new Reading(r, maxChars);
        String broken = null;
        try {
            while (r.next() && reading.out.length() < maxChars) {
                if (stop.getAsBoolean()) {
                    break;
                }
                if (r.type == FILEPASS) {
                    return new DocText.Result("", true, null, null);
                }
                reading.record();
            }
        } catch (Cut e) {
            broken = e.getMessage();
        }
        if (broken == null && r.failure != null) {
            broken = r.failure;
        }
        String text = reading.out.length() > maxChars ? reading.out.substring(0, maxChars) : reading.out.toString();
        return new DocText.Result(text, false, broken, null);
    }

    /** A structure that runs past the bytes backing it. */
    private static final class Cut extends Exception {
        Cut(String why) {
            super(why, null, false, false);
        }
    }

    private static final class Reading {
        private final Records r;
        private final int maxChars;
        final StringBuilder out = new StringBuilder();
        private final List<String> shared = new ArrayList<>();
        private int sharedChars;
        private int row = -1;
        private int formulaRow = -1;

        Reading(Records r, int maxChars) {
            this.r = r;
            this.maxChars = maxChars;
        }

        void record() throws IOException, Cut {
            switch (r.type) {
                case SST -> sst();
                case BOF -> {
                    out.append('\n');
                    row = -1;
                }
                case LABELSST -> cell(r.length >= 10 ? Cfb.le16(r.body, 0) : -1,
                        r.length >= 10 ? sharedString(Cfb.le32(r.body, 6)) : null);
                case LABEL -> cell(r.length >= 9 ? Cfb.le16(r.body, 0) : -1, r.length >= 9 ? unicode(6) : null);
                case FORMULA -> {
                    // the cached result: a number, or (0xFFFF in its last two bytes) a string in the STRING after it
                    formulaRow = r.length >= 20 ? Cfb.le16(r.body, 0) : -1;
                    if (formulaRow >= 0 && Cfb.le16(r.body, 12) != 0xFFFF) {
                        cell(formulaRow, number(Double.longBitsToDouble(le64(r.body, 6))));
                    }
                }
                case STRING -> cell(formulaRow, r.length >= 3 ? unicode(0) : null);
                case NUMBER -> cell(r.length >= 14 ? Cfb.le16(r.body, 0) : -1,
                        r.length >= 14 ? number(Double.longBitsToDouble(le64(r.body, 6))) : null);
                case RK -> cell(r.length >= 10 ? Cfb.le16(r.body, 0) : -1,
                        r.length >= 10 ? number(rk(Cfb.le32(r.body, 6))) : null);
                case MULRK -> {
                    for (int at = 4; r.length >= 6 && at + 6 <= r.length - 2; at += 6) {
                        cell(Cfb.le16(r.body, 0), number(rk(Cfb.le32(r.body, at + 2))));
                    }
                }
                default -> {
                }
            }
        }

        private void cell(int cellRow, String value) {
            if (value == null || cellRow < 0) {
                return;
            }
            if (cellRow != row && row >= 0) {
                out.append('\n');
            } else if (row >= 0) {
                out.append('\t');
            }
            row = cellRow;
            out.append(value);
        }

        private String sharedString(int index) {
            return index >= 0 && index < shared.size() ? shared.get(index) : null;
        }

        /** An XLUnicodeString inside the current record (LABEL, STRING): never across records. */
        private String unicode(int at) {
            int cch = Cfb.le16(r.body, at);
            boolean high = (r.body[at + 2] & 1) != 0;
            int n = Math.min(cch, (r.length - at - 3) / (high ? 2 : 1));
            return new String(r.body, at + 3, n * (high ? 2 : 1), high ? StandardCharsets.UTF_16LE : LATIN1);
        }

        /** The shared strings, through the CONTINUE records after the SST (§2.4.265, §2.5.293). */
        private void sst() throws IOException, Cut {
            if (r.length < 8) {
                throw new Cut("an SST record cut short");
            }
            long unique = Cfb.le32(r.body, 4) & 0xffffffffL;
            Continued c = new Continued(r, 8);
            for (long k = 0; k < unique; k++) {
                // beyond the text limit the rest is not kept: cells that point there show nothing, and the output
                // is cut at the same limit anyway
                if (sharedChars >= maxChars || shared.size() >= maxChars || !c.more()) {
                    break; // fewer strings than declared: the cells that point past them show nothing
                }
                int cch = c.u16();
                int flags = c.u8();
                int runs = (flags & 0x08) != 0 ? c.u16() : 0;
                long ext = (flags & 0x04) != 0 ? c.u32() : 0;
                String s = c.chars(cch, (flags & 0x01) != 0);
                c.skip(4L * runs + ext);
                sharedChars += s.length();
                shared.add(s);
            }
            c.finish();
        }
    }

    /** The SST's bytes across its CONTINUE records. */
    private static final class Continued {
        private final Records r;
        private int at;

        Continued(Records r, int at) {
            this.r = r;
            this.at = at;
        }

        /** Whether bytes remain in this record or a CONTINUE after it. */
        boolean more() throws IOException {
            return at < r.length || nextContinue();
        }

        private boolean nextContinue() throws IOException {
            while (at >= r.length) {
                if (r.peekType() != CONTINUE || !r.next()) {
                    return false;
                }
                at = 0;
            }
            return true;
        }

        int u8() throws IOException, Cut {
            if (!more()) {
                throw new Cut("a shared string cut short");
            }
            return r.body[at++] & 0xff;
        }

        int u16() throws IOException, Cut {
            return u8() | u8() << 8;
        }

        long u32() throws IOException, Cut {
            return (u16() | (long) u16() << 16) & 0xffffffffL;
        }

        /** {@code cch} characters; where they cross into a CONTINUE record, its first byte says their width anew. */
        String chars(int cch, boolean high) throws IOException, Cut {
            StringBuilder b = new StringBuilder();
            int left = cch;
            boolean wide = high;
            while (left > 0) {
                if (at >= r.length) {
                    if (!nextContinue()) {
                        throw new Cut("a shared string cut short");
                    }
                    wide = (r.body[at++] & 1) != 0;
                    continue;
                }
                int width = wide ? 2 : 1;
                int n = Math.min(left, (r.length - at) / width);
                if (n == 0) {
                    throw new Cut("a character split across records");
                }
                b.append(new String(r.body, at, n * width, wide ? StandardCharsets.UTF_16LE : LATIN1));
                at += n * width;
                left -= n;
            }
            return b.toString();
        }

        void skip(long n) throws IOException, Cut {
            long left = n;
            while (left > 0) {
                if (!more()) {
                    throw new Cut("a shared string's formatting runs past the SST");
                }
                int step = (int) Math.min(left, r.length - at);
                at += step;
                left -= step;
            }
        }

        /** The rest of the SST and its CONTINUE records is left behind (ExtSST and the like follow). */
        void finish() throws IOException {
            do {
                at = r.length;
            } while (nextContinue());
        }
    }

    /** BIFF records read one at a time from the stream, with one record's type looked at ahead. */
    private static final class Records {
        private final InputStream in;
        private final byte[] head = new byte[4];
        private boolean peeked;
        final byte[] body = new byte[MAX_RECORD];
        int type;
        int length;
        String failure;

        Records(InputStream in) {
            this.in = in;
        }

        int peekType() throws IOException {
            if (!peeked) {
                if (in.readNBytes(head, 0, 4) < 4) {
                    return -1;
                }
                peeked = true;
            }
            return Cfb.le16(head, 0);
        }

        /** The next record; false at the stream's end or when a record is cut or longer than BIFF8 allows. */
        boolean next() throws IOException {
            if (failure != null || peekType() < 0) {
                return false;
            }
            peeked = false;
            type = Cfb.le16(head, 0);
            length = Cfb.le16(head, 2);
            if (length > MAX_RECORD) {
                failure = "a record of " + length + " bytes";
                return false;
            }
            if (in.readNBytes(body, 0, length) < length) {
                failure = "a record cut short";
                return false;
            }
            return true;
        }
    }

    /** RK: a 30-bit integer or the top of a double, optionally hundredths (§2.5.217). */
    static double rk(int rk) {
        double v = (rk & 0x02) != 0 ? (double) (rk >> 2) : Double.longBitsToDouble(((long) (rk & 0xFFFFFFFC)) << 32);
        return (rk & 0x01) != 0 ? v / 100 : v;
    }

    /** A number as a clerk sees it in a General cell: integers without a point, others in plain decimals. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static long le64(byte[] b, int at) {
        return (Cfb.le32(b, at) & 0xffffffffL) | (long) Cfb.le32(b, at + 4) << 32;
    }
}
