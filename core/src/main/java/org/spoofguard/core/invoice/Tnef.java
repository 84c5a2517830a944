package org.spoofguard.core.invoice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The attachments of a TNEF stream ({@code winmail.dat}, {@code application/ms-tnef}; [MS-OXTNEF]). Outlook and
 * Exchange wrap a rich-text message's attachments in it, and Outlook shows them as ordinary attachments: a PDF with
 * a changed account inside {@code winmail.dat} reaches the clerk as a PDF while an attachment scanner that does not
 * open the wrapper sees one opaque file.
 *
 * <p>Streaming and bounded: attributes are read one after another (level, id, length, data, checksum; §2.1.3.1), an
 * attachment's data is handed over as a stream of at most its declared length and never held whole, a name is kept
 * only up to {@link #MAX_NAME_BYTES}, the property list that carries the long file name only up to
 * {@link #MAX_PROPS_BYTES}, and at most {@link #MAX_ATTRIBUTES} attributes are read. Nothing is decompressed (TNEF
 * stores attachment data as it is), so the stream's own size bounds the work. Checksums are not verified: a mail
 * client shows an attachment whose checksum is wrong all the same.
 */
final class Tnef {
    /** TNEF_SIGNATURE, little-endian ([MS-OXTNEF] §2.1.3.1). */
    static final int SIGNATURE = 0x223E9F78;
    static final int MAX_ATTRIBUTES = 10_000;
    static final int MAX_NAME_BYTES = 1024;
    static final int MAX_PROPS_BYTES = 64 * 1024;

    private static final int LEVEL_ATTACHMENT = 0x02;
    /** attAttachRendData: begins each attachment (§2.1.3.2). */
    private static final int ATT_ATTACH_REND_DATA = 0x00069002;
    /** attAttachTitle: the file name, 8-bit, often the short 8.3 form. */
    private static final int ATT_ATTACH_TITLE = 0x00018010;
    /** attAttachTransportFilename: the name some writers give instead of a title. */
    private static final int ATT_ATTACH_TRANSPORT_FILENAME = 0x00069001;
    /** attAttachData: the attachment's bytes. */
    private static final int ATT_ATTACH_DATA = 0x0006800F;
    /** attAttachment: the attachment's MAPI properties, among them PidTagAttachLongFilename. */
    private static final int ATT_ATTACHMENT = 0x00069005;
    private static final int PID_ATTACH_LONG_FILENAME = 0x3707;
    /** Windows-1252: attAttachTitle is in the sender's ANSI code page, which for Danish mail is this one. */
    private static final Charset ANSI = Charset.forName("windows-1252");

    private Tnef() {
    }

    /** What the scan does with each attachment. */
    interface Visitor {
        /**
         * An attachment's bytes. {@code name} is the long file name or else the title if either came before the
         * data (Outlook writes the title first, the property list after; other writers differ), else null.
         * What the visitor leaves unread is skipped.
         */
        void data(String name, InputStream content) throws IOException;

        /** An attachment ended; {@code name} is its long file name, else its title, else null. */
        void name(String name);

        /** True to stop reading (time spent, inspection stopped). */
        boolean stop();
    }

    /**
     * @param attachments the attachments whose data was handed over
     * @param broken why the stream could not be read to its end (null when it could)
     * @param limit which limit left the rest unread (null when none did)
     */
    record Result(int attachments, String broken, String limit) {
    }

    static boolean isTnef(byte[] head) {
        return head.length >= 4 && le32(head, 0) == SIGNATURE;
    }

    static Result read(InputStream in, int maxAttachments, Visitor v) throws IOException {
        byte[] fixed = new byte[9];
        if (in.readNBytes(fixed, 0, 6) < 6 || le32(fixed, 0) != SIGNATURE) {
            return new Result(0, "no TNEF signature", null);
        }
        int attachments = 0;
        boolean inAttachment = false;
        String title = null;
        String longName = null;
        for (int count = 0; ; count++) {
            if (v.stop()) {
                return new Result(attachments, null, null);
            }
            int got = in.readNBytes(fixed, 0, 9);
            if (got == 0) {
                break;
            }
            if (got < 9) {
                return ended(v, inAttachment, title, longName, attachments, "an attribute header is cut off");
            }
            if (count >= MAX_ATTRIBUTES) {
                ended(v, inAttachment, title, longName, attachments, null);
                return new Result(attachments, null, "more than " + MAX_ATTRIBUTES + " attributes");
            }
            int level = fixed[0] & 0xff;
            int id = le32(fixed, 1);
            long length = le32(fixed, 5) & 0xffffffffL;
            Bounded data = new Bounded(in, length);
            if (level == LEVEL_ATTACHMENT && id == ATT_ATTACH_REND_DATA) {
                ended(v, inAttachment, title, longName, attachments, null);
                inAttachment = true;
                title = null;
                longName = null;
            } else if (level == LEVEL_ATTACHMENT && id == ATT_ATTACH_TITLE) {
                title = string(data.readNBytes(MAX_NAME_BYTES), ANSI);
            } else if (level == LEVEL_ATTACHMENT && id == ATT_ATTACH_TRANSPORT_FILENAME && title == null) {
                title = string(data.readNBytes(MAX_NAME_BYTES), ANSI);
            } else if (level == LEVEL_ATTACHMENT && id == ATT_ATTACH_DATA) {
                if (attachments >= maxAttachments) {
                    ended(v, inAttachment, title, longName, attachments, null);
                    return new Result(attachments, null, "more than " + maxAttachments + " attachments");
                }
                attachments++;
                v.data(longName != null ? longName : title, data);
            } else if (level == LEVEL_ATTACHMENT && id == ATT_ATTACHMENT && length <= MAX_PROPS_BYTES) {
                longName = longFilename(data.readNBytes(MAX_PROPS_BYTES));
            }
            if (!data.skipRest(v)) {
                return new Result(attachments, null, null);
            }
            if (data.cut || in.readNBytes(fixed, 0, 2) < 2) {
                return ended(v, inAttachment, title, longName, attachments, "an attribute is cut off");
            }
        }
        return ended(v, inAttachment, title, longName, attachments, null);
    }

    private static Result ended(Visitor v, boolean inAttachment, String title, String longName, int attachments,
                                String broken) {
        if (inAttachment) {
            v.name(longName != null ? longName : title);
        }
        return new Result(attachments, broken, null);
    }

    /**
     * PidTagAttachLongFilename from an attAttachment property list ([MS-OXTNEF] §2.1.3.4): count, then per property
     * a tag (type, id), a name for named properties, and the value(s), variable-length ones as count, size, bytes
     * padded to four. Null when absent or when an unknown type makes the rest unreadable.
     */
    static String longFilename(byte[] p) {
        int at = 0;
        if (p.length < 4) {
            return null;
        }
        long count = le32(p, at) & 0xffffffffL;
        at += 4;
        for (long i = 0; i < count && at + 4 <= p.length; i++) {
            int type = le16(p, at);
            int pid = le16(p, at + 2);
            at += 4;
            if (pid >= 0x8000) {
                // GUID, kind, then the numeric id or the name's size: 24 bytes before any name
                if (at + 24 > p.length) {
                    return null;
                }
                int kind = le32(p, at + 16);
                at += 20;
                if (kind == 1) {
                    long size = le32(p, at) & 0xffffffffL;
                    at = padded(at + 4, size, p.length);
                } else {
                    at += 4;
                }
                if (at < 0) {
                    return null;
                }
            }
            boolean multi = (type & 0x1000) != 0;
            int base = type & ~0x1000;
            long values = 1;
            if (multi || isVariable(base)) {
                if (at + 4 > p.length) {
                    return null;
                }
                values = le32(p, at) & 0xffffffffL;
                at += 4;
            }
            if (!isVariable(base) && fixedWidth(base) == 0) {
                // PtypNull takes no bytes: a multi-valued one claiming four billion values is walked in no time,
                // not in four billion steps (3.5 s of CPU for twelve bytes, outside any time check)
                continue;
            }
            for (long k = 0; k < values && at >= 0 && at <= p.length; k++) {
                if (isVariable(base)) {
                    if (at + 4 > p.length) {
                        return null;
                    }
                    long size = le32(p, at) & 0xffffffffL;
                    int start = at + 4;
                    at = padded(start, size, p.length);
                    if (at >= 0 && pid == PID_ATTACH_LONG_FILENAME && !multi) {
                        byte[] raw = java.util.Arrays.copyOfRange(p, start, start + (int) Math.min(size, MAX_NAME_BYTES));
                        return string(raw, base == 0x001F ? StandardCharsets.UTF_16LE : ANSI);
                    }
                } else {
                    int width = fixedWidth(base);
                    if (width < 0) {
                        return null;
                    }
                    at += width;
                }
            }
            if (at < 0 || at > p.length) {
                return null;
            }
        }
        return null;
    }

    private static boolean isVariable(int type) {
        return type == 0x001E || type == 0x001F || type == 0x0102 || type == 0x000D;
    }

    /**
     * Bytes a fixed-size value takes in the stream, 16-bit values padded to four (§2.1.3.4); -1 for a type we do
     * not know, after which nothing in the list can be located.
     */
    private static int fixedWidth(int type) {
        return switch (type) {
            case 0x0001 -> 0;
            case 0x0002, 0x0003, 0x0004, 0x000A, 0x000B -> 4;
            case 0x0005, 0x0006, 0x0007, 0x0014, 0x0040 -> 8;
            case 0x0048 -> 16;
            default -> -1;
        };
    }

    /** The offset after {@code size} bytes from {@code start} padded to four, or -1 past {@code end}. */
    private static int padded(int start, long size, int end) {
        long next = start + ((size + 3) & ~3L);
        return next > end ? -1 : (int) next;
    }

    /** Up to the first NUL (§2.1.3.3: attAttachTitle and the 8-bit property strings are NUL-terminated). */
    private static String string(byte[] raw, Charset cs) {
        String s = new String(raw, cs);
        int nul = s.indexOf('\0');
        s = (nul >= 0 ? s.substring(0, nul) : s).strip();
        return s.isEmpty() ? null : s;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    /** One attribute's data: at most its declared length, the rest skipped after the reader. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private long left;
        private boolean cut;

        Bounded(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                cut = true;
                left = 0;
                return -1;
            }
            left -= n;
            return n;
        }

        /** Reads past what the visitor left; false when the visitor asked to stop on the way. */
        boolean skipRest(Visitor v) throws IOException {
            byte[] sink = new byte[64 * 1024];
            while (left > 0) {
                if (v.stop()) {
                    return false;
                }
                if (read(sink, 0, sink.length) < 0) {
                    break;
                }
            }
            return true;
        }
    }
}
