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
 * and the general-purpose bit 0 ("encrypted", §4.4.4). A zip bomb therefore costs no more than its own size. Then
 * sets the central directory, which archivers show, against the walk ({@link CentralDirectory}).
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
        /** Why the central directory could not be read or disagrees with the local headers; null when it agrees. */
        String central;
        /** Names the central directory lists that the local headers do not. */
        final List<String> centralNames = new ArrayList<>();

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
    /** Bytes consumed from the stream. */
    private long position;
    /** Where each walked local header starts, and its name: what the central directory must list. */
    private final List<String> localEntries = new ArrayList<>();

    private ZipScanner() {
    }

    static Info scan(InputStream raw, int maxEntries, long deadlineNanos) {
        return new ZipScanner().run(raw, maxEntries, deadlineNanos);
    }

    private Info run(InputStream raw, int maxEntries, long deadlineNanos) {
        Info info = new Info();
        long nameChars = 0;
        try {
            InputStream in = new Counted(new BufferedInputStream(raw, 8192));
            while (true) {
                if (System.nanoTime() - deadlineNanos > 0) {
                    info.truncated = true;
                    return info;
                }
                long sig = readIntLe(in);
                if (sig < 0) {
                    info.central = "no central directory";
                    return info;
                }
                if (sig != LOCAL) {
                    if (sig != CENTRAL && sig != END && info.entries == 0) {
                        info.broken = "no local file header";
                    }
                    // what archivers list: the central directory, found from the end. Read from here on, where the
                    // local headers end and the directory should begin
                    CentralDirectory.check(info, in, position - 4, (int) sig, localEntries, maxEntries,
                            deadlineNanos);
                    return info;
                }
                if (info.entries >= maxEntries) {
                    // only when another entry follows: a listing of exactly maxEntries is whole, its central
                    // directory still checked. The caller makes the cut an incomplete inspection
                    info.truncated = true;
                    return info;
                }
                long headerAt = position - 4;
                byte[] fixed = in.readNBytes(26);
                if (fixed.length < 26) {
                    info.broken = "truncated local header";
                    info.central = "archive cut short";
                    return info;
                }
                int flags = u16(fixed, 2);
                long csize = u32(fixed, 14);
                int nameLen = u16(fixed, 22);
                int extraLen = u16(fixed, 24);
                byte[] name = in.readNBytes(nameLen);
                byte[] extra = in.readNBytes(extraLen);
                if (name.length < nameLen || extra.length < extraLen) {
                    info.broken = "truncated local header";
                    info.central = "archive cut short";
                    return info;
                }
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
                localEntries.add(CentralDirectory.key(entryName, headerAt));
                long[] z64 = csize == 0xFFFFFFFFL ? CentralDirectory.zip64Values(extra) : null;
                long zip64Size = z64 != null && z64.length >= 2 ? z64[1] : -1;
                if (zip64Size >= 0 && (flags & 8) == 0) {
                    // APPNOTE 4.5.3: a local header's zip64 field holds both sizes, compressed second
                    skipFully(in, zip64Size);
                } else if ((flags & 8) != 0 || csize == 0xFFFFFFFFL) {
                    // sizes follow in a data descriptor (bit 3), or in a zip64 field (0xFFFFFFFF, APPNOTE 4.3.9):
                    // find the next header signature instead. Skipping 4 GiB on a streaming writer's 0xFFFFFFFF
                    // hid every later entry (an .exe) that archivers, reading the central directory, show. Also
                    // with a size given: the descriptor after the data is no header
                    if (!seekSignature(in, (flags & 8) != 0, deadlineNanos)) {
                        info.central = "archive cut short";
                        return info;
                    }
                } else {
                    skipFully(in, csize);
                }
            }
        } catch (IOException | RuntimeException e) {
            info.broken = e.getClass().getSimpleName();
            info.central = "not reached (" + info.broken + ")";
            return info;
        }
    }

    /**
     * Positions the stream just after the next "PK\3\4" / "PK\1\2". With a data descriptor (bit 3) only one that
     * follows a descriptor giving the entry's compressed size (APPNOTE 4.3.9) counts: a signature by chance inside
     * compressed data would end the walk early and set the local headers against the central directory. Without
     * (a zip64 0xFFFFFFFF size and no zip64 field), the first one found, as before. False at end of stream.
     */
    private boolean seekSignature(InputStream in, boolean descriptor, long deadlineNanos) throws IOException {
        byte[] ring = new byte[32];
        int window = 0;
        long n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            ring[(int) (n & 31)] = (byte) b;
            window = (window >>> 8) | (b << 24);
            n++;
            if (n >= 4 && (window == LOCAL || window == CENTRAL) && (!descriptor || describes(ring, n - 4))) {
                pending = window;
                return true;
            }
            if ((n & 0xffff) == 0 && System.nanoTime() - deadlineNanos > 0) {
                return false;
            }
        }
    }

    /** Whether the bytes before {@code end} end with a data descriptor whose compressed size leads back there. */
    private static boolean describes(byte[] ring, long end) {
        // with or without the optional signature PK\7\8, 4-byte or (zip64) 8-byte sizes
        int[] lengths = {16, 12, 24, 20};
        for (int len : lengths) {
            if (end < len) {
                continue;
            }
            long start = end - len;
            boolean signed = len == 16 || len == 24;
            if (signed && ringInt(ring, start) != 0x08074b50L) {
                continue;
            }
            long sizeAt = start + (signed ? 8 : 4);
            long size = len <= 16 ? ringInt(ring, sizeAt) : ringInt(ring, sizeAt) | ringInt(ring, sizeAt + 4) << 32;
            if (size == start) {
                return true;
            }
        }
        return false;
    }

    private static long ringInt(byte[] ring, long at) {
        long v = 0;
        for (int i = 3; i >= 0; i--) {
            v = v << 8 | (ring[(int) ((at + i) & 31)] & 0xff);
        }
        return v;
    }

    /** Counts the bytes consumed, so that header offsets can be set against the central directory's. */
    private final class Counted extends java.io.FilterInputStream {
        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = in.skip(n);
            if (s > 0) {
                position += s;
            }
            return s;
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
