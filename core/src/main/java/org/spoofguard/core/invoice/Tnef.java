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
 * only up to {@link #MAX_NAME_BYTES}, property lists are walked value by value without being kept, and at most
 * {@link #MAX_ATTRIBUTES} attributes are read per stream. Nothing is decompressed (TNEF stores attachment data as it
 * is), so the stream's own size bounds the work. Checksums are not verified: a mail client shows an attachment whose
 * checksum is wrong all the same.
 *
 * <p>An Outlook item attached as such (a forwarded mail, say) is no data attribute: its attachment's property list
 * holds it as an object whose data is a TNEF stream of its own (§2.1.3.4.1). Opened down to a given depth, its
 * attachments are handed over like the wrapper's and its body (attBody or PidTagBody) as text, so a PDF in a mail
 * forwarded inside winmail.dat is read as well.
 */
final class Tnef {
    /** TNEF_SIGNATURE, little-endian ([MS-OXTNEF] §2.1.3.1). */
    static final int SIGNATURE = 0x223E9F78;
    static final int MAX_ATTRIBUTES = 10_000;
    static final int MAX_NAME_BYTES = 1024;

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
    /** PidTagAttachDataObject: an attached Outlook item, as an object whose data is a TNEF stream of its own. */
    private static final int PID_ATTACH_DATA_OBJECT = 0x3701;
    private static final int PID_BODY = 0x1000;
    /** IID_IMessage, {00020307-0000-0000-C000-000000000046}, as stored (little-endian first three fields). */
    private static final byte[] IID_IMESSAGE = {0x07, 0x03, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) 0xC0, 0x00,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x46};
    private static final int LEVEL_MESSAGE = 0x01;
    /** attBody: a message's plain-text body (§2.1.3.3.13). */
    private static final int ATT_BODY = 0x0002800C;
    /** attMsgProps: a message's MAPI properties, among them PidTagBody. */
    private static final int ATT_MAPI_PROPS = 0x00069003;
    /** Windows-1252: attAttachTitle is in the sender's ANSI code page, which for Danish mail is this one. */
    private static final Charset ANSI = Charset.forName("windows-1252");

    private Tnef() {
    }

    static boolean isTnef(byte[] head) {
        return head.length >= 4 && le32(head, 0) == SIGNATURE;
    }

    static ItemVisitor.Result read(InputStream in, int maxAttachments, ItemVisitor v) throws IOException {
        return read(in, maxAttachments, 0, v);
    }

    /**
     * @param maxDepth levels of attached Outlook items opened below this stream (each an attachment whose
     *                 PidTagAttachDataObject holds a TNEF stream of its own); 0: only this stream's own attachments
     */
    static ItemVisitor.Result read(InputStream in, int maxAttachments, int maxDepth, ItemVisitor v) throws IOException {
        Reading r = new Reading(maxAttachments, maxDepth, v);
        r.stream(in, 0);
        return r.result();
    }

    private static final class Reading extends ItemReading {
        Reading(int maxAttachments, int maxDepth, ItemVisitor v) {
            super(maxAttachments, maxDepth, v);
        }

        /** One TNEF stream, the top one or an attached item's; false once reading has to stop. */
        boolean stream(InputStream in, int depth) throws IOException {
            byte[] fixed = new byte[9];
            if (in.readNBytes(fixed, 0, 6) < 6 || le32(fixed, 0) != SIGNATURE) {
                broken = depth == 0 ? "no TNEF signature" : "an attached item has no TNEF signature";
                return false;
            }
            boolean inAttachment = false;
            String title = null;
            String longName = null;
            for (int count = 0; ; count++) {
                if (v.stop()) {
                    return false;
                }
                int got = in.readNBytes(fixed, 0, 9);
                if (got == 0) {
                    break;
                }
                if (got < 9) {
                    return ended(inAttachment, title, longName, "an attribute header is cut off");
                }
                if (count >= MAX_ATTRIBUTES) {
                    ended(inAttachment, title, longName, null);
                    limit = "more than " + MAX_ATTRIBUTES + " attributes";
                    return false;
                }
                int level = fixed[0] & 0xff;
                int id = le32(fixed, 1);
                long length = le32(fixed, 5) & 0xffffffffL;
                Bounded data = new Bounded(in, length);
                if (level == LEVEL_ATTACHMENT && id == ATT_ATTACH_REND_DATA) {
                    ended(inAttachment, title, longName, null);
                    inAttachment = true;
                    title = null;
                    longName = null;
                } else if (level == LEVEL_ATTACHMENT && id == ATT_ATTACH_TITLE) {
                    title = string(data.readNBytes(MAX_NAME_BYTES), ANSI);
                } else if (level == LEVEL_ATTACHMENT && id == ATT_ATTACH_TRANSPORT_FILENAME && title == null) {
                    title = string(data.readNBytes(MAX_NAME_BYTES), ANSI);
                } else if (level == LEVEL_ATTACHMENT && id == ATT_ATTACH_DATA) {
                    if (!admitAttachment()) {
                        ended(inAttachment, title, longName, null);
                        return false;
                    }
                    v.data(longName != null ? longName : title, data);
                } else if (level == LEVEL_ATTACHMENT && id == ATT_ATTACHMENT) {
                    int itemDepth = depth + 1;
                    boolean[] go = {true};
                    longName = properties(data, false, (tnef, unused) -> {
                        if (maxDepth == 0) {
                            // the admin opens no items (limit.archive-depth=0), as an attached .msg is then left
                            // closed: its name is still judged, nothing is incomplete
                        } else if (itemDepth > maxDepth) {
                            limit = "Outlook items attached more than " + maxDepth + " deep";
                            go[0] = false;
                        } else {
                            go[0] = stream(tnef, itemDepth);
                        }
                    });
                    if (!go[0]) {
                        ended(inAttachment, title, longName, null);
                        return false;
                    }
                } else if (depth > 0 && level == LEVEL_MESSAGE && id == ATT_BODY) {
                    // an attached item's body, which the clerk reads on opening it (the top stream's body is the
                    // mail's own text part)
                    v.body("text/plain", ANSI.name(), data);
                } else if (depth > 0 && level == LEVEL_MESSAGE && id == ATT_MAPI_PROPS) {
                    properties(data, true, (text, unicode) -> v.body("text/plain", unicode ? "UTF-16LE" : ANSI.name(), text));
                }
                if (!data.skipRest(v)) {
                    return false;
                }
                if (data.cut || in.readNBytes(fixed, 0, 2) < 2) {
                    return ended(inAttachment, title, longName, "an attribute is cut off");
                }
            }
            return ended(inAttachment, title, longName, null);
        }

        /** An attachment ended; false (with {@link #broken} set) when the stream was cut. */
        private boolean ended(boolean inAttachment, String title, String longName, String why) {
            if (inAttachment) {
                v.name(longName != null ? longName : title);
            }
            if (why != null && broken == null) {
                broken = why;
            }
            return why == null;
        }
    }

    /** What a property walk hands on: an attached message's TNEF stream, or a message body (flag: UTF-16). */
    interface Values {
        void value(InputStream value, boolean flag) throws IOException;
    }

    /**
     * PidTagAttachLongFilename from an attAttachment property list ([MS-OXTNEF] §2.1.3.4). Null when absent or
     * when an unknown type makes the rest unreadable.
     */
    static String longFilename(byte[] p) {
        try {
            return properties(new java.io.ByteArrayInputStream(p), false, (value, flag) -> { });
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Walks a property list ([MS-OXTNEF] §2.1.3.4: count, then per property a tag (type, id), a name for named
     * properties, and the value(s), variable-length ones as count, size, bytes padded to four) value by value,
     * keeping nothing but the long file name (up to {@link #MAX_NAME_BYTES}): a list of any length costs its bytes,
     * and every count is bounded by the input, as each value it counts takes bytes (a count of values of no size is
     * not walked at all). A value that runs past the end leaves no name rather than a cut one. Returns when the
     * rest cannot be located (an unknown type, the end of the input).
     *
     * @param messageBody hand PidTagBody to {@code values} (flag: UTF-16) rather than PidTagAttachDataObject
     *                    holding an attached message (an IID_IMessage object whose data is a TNEF stream)
     */
    static String properties(InputStream in, boolean messageBody, Values values) throws IOException {
        long count = u32(in);
        String name = null;
        for (long i = 0; i < count; i++) {
            long tag = u32(in);
            if (tag < 0) {
                return name;
            }
            int type = (int) (tag & 0xffff);
            int pid = (int) (tag >>> 16);
            if (pid >= 0x8000) {
                // GUID and kind, then the numeric id or the name's size and the name
                if (!skip(in, 16)) {
                    return name;
                }
                long kind = u32(in);
                long size = kind == 1 ? u32(in) : 0;
                if (kind < 0 || size < 0 || !skip(in, kind == 1 ? padded(size) : 4)) {
                    return name;
                }
            }
            boolean multi = (type & 0x1000) != 0;
            int base = type & ~0x1000;
            long n = 1;
            if (multi || isVariable(base)) {
                n = u32(in);
                if (n < 0) {
                    return name;
                }
            }
            if (!isVariable(base)) {
                int width = fixedWidth(base);
                // PtypNull takes no bytes: a multi-valued one claiming four billion values is skipped at once, not
                // walked in four billion empty steps (3.5 s of CPU for twelve bytes, outside any time check)
                if (width < 0 || !skip(in, n * width)) {
                    return name;
                }
                continue;
            }
            for (long k = 0; k < n; k++) {
                long size = u32(in);
                if (size < 0) {
                    return name;
                }
                if (!multi && pid == PID_ATTACH_LONG_FILENAME && (base == 0x001E || base == 0x001F)) {
                    int want = (int) Math.min(size, MAX_NAME_BYTES);
                    byte[] raw = in.readNBytes(want);
                    if (raw.length < want || !skip(in, padded(size) - want)) {
                        return name;
                    }
                    name = string(raw, base == 0x001F ? StandardCharsets.UTF_16LE : ANSI);
                } else if (!multi && !messageBody && pid == PID_ATTACH_DATA_OBJECT && base == 0x000D && size >= 16) {
                    byte[] iid = in.readNBytes(16);
                    if (iid.length < 16) {
                        return name;
                    }
                    Bounded object = new Bounded(in, size - 16);
                    if (java.util.Arrays.equals(iid, IID_IMESSAGE)) {
                        values.value(object, false);
                    }
                    if (!object.skipAll() || !skip(in, padded(size) - size)) {
                        return name;
                    }
                } else if (!multi && messageBody && pid == PID_BODY && (base == 0x001E || base == 0x001F)) {
                    Bounded text = new Bounded(in, size);
                    values.value(text, base == 0x001F);
                    if (!text.skipAll() || !skip(in, padded(size) - size)) {
                        return name;
                    }
                } else if (!skip(in, padded(size))) {
                    return name;
                }
            }
        }
        return name;
    }

    /** A little-endian 32-bit count or size, or -1 at the end of the input. */
    private static long u32(InputStream in) throws IOException {
        byte[] b = in.readNBytes(4);
        return b.length < 4 ? -1 : le32(b, 0) & 0xffffffffL;
    }

    /** Skips {@code n} bytes; false when the input ends first. */
    private static boolean skip(InputStream in, long n) throws IOException {
        long left = n;
        byte[] sink = null;
        while (left > 0) {
            if (sink == null) {
                sink = new byte[(int) Math.min(left, 64 * 1024)];
            }
            int r = in.read(sink, 0, (int) Math.min(left, sink.length));
            if (r < 0) {
                return false;
            }
            left -= r;
        }
        return true;
    }

    private static long padded(long size) {
        return (size + 3) & ~3L;
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
    private static final class Bounded extends BlockInputStream {
        private final InputStream in;
        private long left;
        private boolean cut;

        Bounded(InputStream in, long length) {
            this.in = in;
            this.left = length;
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

        /** Reads past what was left unread; false when the input ended first. */
        boolean skipAll() throws IOException {
            byte[] sink = new byte[64 * 1024];
            while (left > 0) {
                if (read(sink, 0, sink.length) < 0) {
                    break;
                }
            }
            return !cut;
        }

        /** Reads past what the visitor left; false when the visitor asked to stop on the way. */
        boolean skipRest(ItemVisitor v) throws IOException {
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
