package org.spoofguard.core.invoice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An Outlook item saved as a file ({@code .msg}; [MS-OXMSG] on a compound file, {@link Cfb}). A clerk who opens
 * an attached .msg sees a mail with its own body and attachments: a forwarded "invoice" whose PDF carries a new
 * account reaches the clerk as a PDF, while a scanner that only looks at the attachment's bytes sees one opaque
 * file. Each property is a stream named {@code __substg1.0_} plus its id and type in hex (§2.1); each attachment a
 * storage {@code __attach_version1.0_#n} (§2.2.2) whose data is a stream (PidTagAttachDataBinary) or, for an
 * attached Outlook item, a storage holding that item's own properties (§2.2.2.1), read here down to a given depth.
 *
 * <p>Bounded like the file it reads: names up to {@link #MAX_NAME_BYTES}, property tables up to
 * {@link #MAX_PROPERTY_BYTES}, attachments (of all items together) up to the caller's limit. The body kept only as
 * compressed RTF (PidTagRtfCompressed) is not read: Outlook also stores the text as PidTagBody.
 */
final class OutlookMsg {
    static final int MAX_NAME_BYTES = 1024;
    static final int MAX_PROPERTY_BYTES = 64 * 1024;
    private static final String PROPERTY = "__SUBSTG1.0_";
    private static final String ATTACHMENT = "__ATTACH_VERSION1.0_#";
    private static final String PROPERTIES = "__PROPERTIES_VERSION1.0";
    private static final Charset ANSI = Charset.forName("windows-1252");

    private OutlookMsg() {
    }

    /** A compound file is an Outlook item when its root holds property streams ({@code __substg1.0_…}). */
    static boolean isMessage(Cfb cfb) {
        return isItem(cfb.children(cfb.root()));
    }

    private static boolean isItem(List<Cfb.Entry> children) {
        return children.stream().anyMatch(e -> upper(e.name()).startsWith(PROPERTY) || upper(e.name()).equals(PROPERTIES));
    }

    /**
     * @param maxAttachments attachments handed over in all, embedded items' included
     * @param maxDepth levels of attached Outlook items opened below this one (0: only this one's own)
     */
    static ItemVisitor.Result read(Cfb cfb, int maxAttachments, int maxDepth, ItemVisitor v) throws IOException {
        Reading r = new Reading(cfb, maxAttachments, maxDepth, v);
        r.item(cfb.children(cfb.root()), 0, true);
        return r.result();
    }

    private static final class Reading extends ItemReading {
        private final Cfb cfb;

        Reading(Cfb cfb, int maxAttachments, int maxDepth, ItemVisitor v) {
            super(maxAttachments, maxDepth, v);
            this.cfb = cfb;
        }

        /** False once reading has to stop. */
        boolean item(List<Cfb.Entry> children, int depth, boolean top) throws IOException {
            Map<String, Cfb.Entry> byName = new LinkedHashMap<>();
            for (Cfb.Entry e : children) {
                byName.putIfAbsent(upper(e.name()), e);
            }
            String charset = charset(byName.get(PROPERTIES), top);
            Cfb.Entry html = stream(byName, "1013", "0102", "001F");
            Cfb.Entry body = html != null ? html : stream(byName, "1000", "001F", "001E");
            if (body != null) {
                String cs = body.name().toUpperCase(Locale.ROOT).endsWith("001F") ? "UTF-16LE" : charset;
                if (!consumed(body, s -> v.body(html != null ? "text/html" : "text/plain", cs, s))) {
                    return false;
                }
            }
            for (Cfb.Entry e : children) {
                if (!e.isStorage() || !upper(e.name()).startsWith(ATTACHMENT)) {
                    continue;
                }
                if (v.stop()) {
                    return false;
                }
                if (!attachment(cfb.children(e), depth)) {
                    return false;
                }
            }
            return true;
        }

        private boolean attachment(List<Cfb.Entry> children, int depth) throws IOException {
            Map<String, Cfb.Entry> byName = new LinkedHashMap<>();
            for (Cfb.Entry e : children) {
                byName.putIfAbsent(upper(e.name()), e);
            }
            String name = string(byName, "3707");  // PidTagAttachLongFilename
            if (name == null) {
                name = string(byName, "3704");  // PidTagAttachFilename (8.3)
            }
            if (name == null) {
                name = string(byName, "3001");  // PidTagDisplayName
            }
            Cfb.Entry data = byName.get(PROPERTY + "37010102");
            Cfb.Entry embedded = byName.get(PROPERTY + "3701000D");
            if (data != null && data.isStream()) {
                if (!admitAttachment()) {
                    return false;
                }
                String shown = name;
                if (!consumed(data, s -> v.data(shown, s))) {
                    return false;
                }
            } else if (embedded != null && embedded.isStorage()) {
                List<Cfb.Entry> inner = cfb.children(embedded);
                if (isItem(inner)) {
                    if (depth >= maxDepth) {
                        limit = "Outlook items attached more than " + (maxDepth + 1) + " deep";
                        return false;
                    }
                    if (!item(inner, depth + 1, false)) {
                        return false;
                    }
                } else {
                    // an OLE object (a Word document embedded as such): read where it lies
                    if (!admitAttachment()) {
                        return false;
                    }
                    v.embedded(name, cfb, embedded);
                    if (v.stop()) {
                        return false;
                    }
                }
            }
            v.name(name);
            return true;
        }

        /** Hands a stream to the reader; false (with {@link #broken} set) when it could not be read whole. */
        private boolean consumed(Cfb.Entry e, StreamUser user) throws IOException {
            Cfb.ChainStream s = cfb.stream(e);
            user.use(s);
            byte[] sink = new byte[64 * 1024];
            while (s.read(sink, 0, sink.length) > 0) {
                if (v.stop()) {
                    return false;
                }
            }
            if (s.failure() != null) {
                broken = s.failure();
                return false;
            }
            return !v.stop();
        }

        private String string(Map<String, Cfb.Entry> byName, String id) throws IOException {
            Cfb.Entry e = stream(byName, id, "001F", "001E");
            if (e == null) {
                return null;
            }
            byte[] raw = cfb.stream(e).readNBytes(MAX_NAME_BYTES);
            String s = new String(raw, upper(e.name()).endsWith("001F") ? StandardCharsets.UTF_16LE : ANSI);
            int nul = s.indexOf('\0');
            // strip, not trim: a name of Unicode spaces (U+3000, U+2003) is no name, as Outlook shows nothing
            s = (nul >= 0 ? s.substring(0, nul) : s).strip();
            return s.isEmpty() ? null : s;
        }

        /**
         * The item's 8-bit code page: PidTagInternetCodepage, else PidTagMessageCodepage, from the fixed-size
         * property table (§2.4: a header of 32 bytes for the top item, 24 for an attached one, then 16 bytes per
         * property: tag, flags, value). Null when neither is there (the scan then guesses, as for unlabelled text).
         */
        private String charset(Cfb.Entry props, boolean top) throws IOException {
            if (props == null || !props.isStream()) {
                return null;
            }
            byte[] p = cfb.stream(props).readNBytes(MAX_PROPERTY_BYTES);
            Integer internet = null;
            Integer message = null;
            for (int at = top ? 32 : 24; at + 16 <= p.length; at += 16) {
                int tag = Cfb.le32(p, at);
                if (tag == 0x3FDE0003) {
                    internet = Cfb.le32(p, at + 8);
                } else if (tag == 0x3FFD0003) {
                    message = Cfb.le32(p, at + 8);
                }
            }
            return codePage(internet != null ? internet : message);
        }
    }

    /** A Windows code page's Java name, or null when Java does not know it. */
    static String codePage(Integer cp) {
        if (cp == null) {
            return null;
        }
        String name = switch (cp) {
            case 65001 -> "UTF-8";
            case 1200 -> "UTF-16LE";
            case 20127 -> "US-ASCII";
            case 28591, 28592, 28593, 28594, 28595, 28596, 28597, 28598, 28599 -> "ISO-8859-" + (cp - 28590);
            case 28605 -> "ISO-8859-15";
            default -> "windows-" + cp;
        };
        try {
            return Charset.isSupported(name) ? name : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The property stream {@code id} in the first of the given types present. */
    private static Cfb.Entry stream(Map<String, Cfb.Entry> byName, String id, String... types) {
        for (String t : types) {
            Cfb.Entry e = byName.get(PROPERTY + id + t);
            if (e != null && e.isStream()) {
                return e;
            }
        }
        return null;
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    private interface StreamUser {
        void use(InputStream s) throws IOException;
    }
}
