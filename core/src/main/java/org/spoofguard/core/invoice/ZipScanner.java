package org.spoofguard.core.invoice;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks the local file headers of a ZIP stream (APPNOTE.TXT §4.3.7) without decompressing anything: entry names
 * and the general-purpose bit 0 ("encrypted", §4.4.4). A zip bomb therefore costs no more than its own size.
 */
final class ZipScanner {

    static final class Info {
        final List<String> names = new ArrayList<>();
        boolean encrypted;
        int entries;
        boolean truncated;
        String broken;

        /** The first entry that carries macros, found while scanning every name (not only the names kept). */
        String macro;
        /** Whether any entry is called [Content_Types].xml (OPC) or mimetype (ODF), wherever it stands. */
        boolean packageMarker;
        /** Names were left out of {@link #names} for their total length: entries the checks have not seen. */
        boolean namesCut;

        /**
         * The entry that carries macros in an OOXML (vbaProject.bin, Excel 4 macro sheets) or ODF (Basic/, Scripts/)
         * document, or null. Checked for every entry while scanning: a list cut after 200 names let a workbook pad
         * its project behind 210 harmless parts.
         */
        String macroEntry() {
            return macro;
        }

        boolean isOfficeDocument() {
            return !names.isEmpty() && (names.get(0).equals("[Content_Types].xml") || names.get(0).equals("mimetype")
                    || packageMarker);
        }
    }

    /** Whether an OOXML/ODF part name carries macros (VBA project, Excel 4 macro sheets, ODF Basic or scripts). */
    static boolean isMacroName(String n) {
        String l = n.toLowerCase(Locale.ROOT);
        if (l.endsWith("vbaproject.bin") || l.startsWith("xl/macrosheets/") || l.startsWith("scripts/")) {
            return true;
        }
        return l.startsWith("basic/") && l.endsWith(".xml") && !l.endsWith("/script-lc.xml")
                && !l.endsWith("/script-lb.xml") && !l.endsWith("/dialog-lc.xml")
                && !l.endsWith("/dialog-lb.xml") && !l.equals("basic/script-lc.xml")
                && !l.equals("basic/dialog-lc.xml");
    }

    /** At most this many characters of names are kept (names can be 64 KiB each): a bound on memory. */
    private static final int MAX_NAME_CHARS = 1 << 20;

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;

    /** A header signature already consumed while searching for it (0 = none). */
    private int pending;

    private ZipScanner() {
    }

    static Info scan(InputStream raw, int maxEntries, long deadlineNanos) {
        return new ZipScanner().run(raw, maxEntries, deadlineNanos);
    }

    private Info run(InputStream raw, int maxEntries, long deadlineNanos) {
        Info info = new Info();
        long nameChars = 0;
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 8192);
            while (true) {
                if (info.entries >= maxEntries || System.nanoTime() - deadlineNanos > 0) {
                    info.truncated = true;
                    return info;
                }
                long sig = readIntLe(in);
                if (sig < 0) {
                    return info;
                }
                if (sig == CENTRAL || sig == END) {
                    return info;
                }
                if (sig != LOCAL) {
                    if (info.entries == 0) {
                        info.broken = "no local file header";
                    }
                    return info;
                }
                byte[] fixed = in.readNBytes(26);
                if (fixed.length < 26) {
                    info.broken = "truncated local header";
                    return info;
                }
                int flags = u16(fixed, 2);
                long csize = u32(fixed, 14);
                int nameLen = u16(fixed, 22);
                int extraLen = u16(fixed, 24);
                byte[] name = in.readNBytes(nameLen);
                in.skipNBytes(Math.min(extraLen, 65535));
                info.entries++;
                if ((flags & 1) != 0) {
                    info.encrypted = true;
                }
                // bit 11: UTF-8 names; otherwise CP437, close enough to Latin-1 for extension checks
                String entryName = new String(name, (flags & 0x800) != 0 ? StandardCharsets.UTF_8
                        : StandardCharsets.ISO_8859_1);
                if (info.macro == null && isMacroName(entryName)) {
                    info.macro = entryName;
                }
                if (entryName.equals("[Content_Types].xml") || entryName.equals("mimetype")) {
                    info.packageMarker = true;
                }
                if (nameChars + entryName.length() <= MAX_NAME_CHARS) {
                    nameChars += entryName.length();
                    info.names.add(entryName);
                } else {
                    info.namesCut = true;
                }
                if ((flags & 8) != 0 && csize == 0 || csize == 0xFFFFFFFFL) {
                    // sizes follow in a data descriptor (bit 3), or in a zip64 field (0xFFFFFFFF, APPNOTE 4.3.9):
                    // find the next header signature instead. Skipping 4 GiB on a streaming writer's 0xFFFFFFFF
                    // hid every later entry (an .exe) that archivers, reading the central directory, show
                    if (!seekSignature(in, deadlineNanos)) {
                        return info;
                    }
                } else {
                    skipFully(in, csize);
                }
            }
        } catch (IOException | RuntimeException e) {
            info.broken = e.getClass().getSimpleName();
            return info;
        }
    }

    /** Positions the stream just before the next "PK\3\4" / "PK\1\2"; false at end of stream. */
    private boolean seekSignature(BufferedInputStream in, long deadlineNanos) throws IOException {
        int window = 0;
        long n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            window = (window >>> 8) | (b << 24);
            n++;
            if (n >= 4 && (window == LOCAL || window == CENTRAL)) {
                pending = window;
                return true;
            }
            if ((n & 0xffff) == 0 && System.nanoTime() - deadlineNanos > 0) {
                return false;
            }
        }
    }

    private long readIntLe(InputStream in) throws IOException {
        if (pending != 0) {
            int p = pending;
            pending = 0;
            return p & 0xffffffffL;
        }
        byte[] b = in.readNBytes(4);
        if (b.length < 4) {
            return -1;
        }
        return u32(b, 0);
    }

    private static void skipFully(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    return;
                }
                s = 1;
            }
            left -= s;
        }
    }

    private static int u16(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int off) {
        return ((b[off] & 0xffL) | (b[off + 1] & 0xffL) << 8 | (b[off + 2] & 0xffL) << 16 | (b[off + 3] & 0xffL) << 24);
    }
}
