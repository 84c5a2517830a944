package org.spoofguard.core.invoice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.io.RandomAccessRead;

/**
 * A compound file ([MS-CFB]: OLE2, the container of an Outlook {@code .msg} and of legacy Office documents) read
 * from bytes kept by the scan. Only what {@link OutlookMsg}, {@link DocText} and {@link XlsText} need: the directory,
 * each storage's children, and each stream's bytes, in order or at an offset.
 *
 * <p>Every structure the sender controls is bounded by the file itself. The FAT has one entry per sector of the
 * file, a sector chain may not visit more sectors than the file has (a chain that loops is broken, not endless),
 * every sector number must lie inside the file, and the directory holds at most {@link #MAX_ENTRIES} entries. A
 * stream's declared size counts for nothing beyond its chain: reading stops at whichever ends first, and a stream
 * whose chain ends before its size is marked {@linkplain ChainStream#failure() cut}. The red-black tree of a
 * storage's children is walked without recursion, each entry at most once, so a tree that points back into itself
 * cannot loop or overflow the stack.
 */
final class Cfb {
    /** Far above a real .msg (an attachment takes about ten entries, a recipient six). */
    static final int MAX_ENTRIES = 65_536;
    static final byte[] MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    static final int STORAGE = 1;
    static final int STREAM = 2;
    static final int ROOT = 5;
    private static final int ENDOFCHAIN = 0xFFFFFFFE;
    private static final int NOSTREAM = 0xFFFFFFFF;
    private static final int HEADER_DIFAT = 109;
    private static final int MINI_SECTOR = 64;

    /** The file is not a compound file we can read; the message says why. */
    static final class Broken extends Exception {
        Broken(String message) {
            super(message, null, false, false);
        }
    }

    /** One directory entry ([MS-CFB] §2.6.1). */
    record Entry(int id, String name, int type, int left, int right, int child, int start, long size) {
        boolean isStorage() {
            return type == STORAGE || type == ROOT;
        }

        boolean isStream() {
            return type == STREAM;
        }
    }

    private final RandomAccessRead in;
    private final int sectorSize;
    private final int[] fat;
    private final int[] miniFat;
    /** The sectors of the mini stream (the root entry's stream), in order. */
    private final int[] miniStream;
    private final long miniCutoff;
    private final Entry[] entries;
    private final Map<Integer, List<Entry>> children;

    private Cfb(RandomAccessRead in, int sectorSize, int[] fat, int[] miniFat, int[] miniStream, long miniCutoff,
                Entry[] entries) {
        this.in = in;
        this.sectorSize = sectorSize;
        this.fat = fat;
        this.miniFat = miniFat;
        this.miniStream = miniStream;
        this.miniCutoff = miniCutoff;
        this.entries = entries;
        this.children = tree(entries);
    }

    static boolean isCfb(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    static Cfb open(RandomAccessRead in) throws IOException, Broken {
        long length = in.length();
        byte[] h = new byte[512];
        if (length < h.length || readAt(in, 0, h) < h.length || !isCfb(h)) {
            throw new Broken("no compound-file header");
        }
        if (le16(h, 28) != 0xFFFE) {
            throw new Broken("byte order mark is not FFFE");
        }
        int major = le16(h, 26);
        int shift = le16(h, 30);
        // §2.2: version 3 has 512-byte sectors, version 4 4096-byte ones; mini sectors are 64 bytes in both
        if (!(major == 3 && shift == 9 || major == 4 && shift == 12) || le16(h, 32) != 6) {
            throw new Broken("version " + major + " with sector shift " + shift);
        }
        int ss = 1 << shift;
        long sectorsLong = Math.max(0, (length - ss + ss - 1) / ss);
        if (sectorsLong > Integer.MAX_VALUE / 2) {
            throw new Broken("too large");
        }
        int sectors = (int) sectorsLong;
        Reader r = new Reader(in, ss, sectors);

        long fatSectors = le32u(h, 44);
        if (fatSectors > sectors) {
            throw new Broken("declares " + fatSectors + " FAT sectors in a file of " + sectors);
        }
        int[] fatLocations = new int[(int) fatSectors];
        int known = 0;
        for (int i = 0; i < HEADER_DIFAT && known < fatLocations.length; i++) {
            fatLocations[known++] = r.sector(le32(h, 76 + 4 * i), "DIFAT");
        }
        int difat = le32(h, 68);
        byte[] sector = new byte[ss];
        for (int steps = 0; known < fatLocations.length; steps++) {
            if (steps >= sectors) {
                throw new Broken("the DIFAT chain loops");
            }
            r.read(r.sector(difat, "DIFAT chain"), sector);
            for (int k = 0; k < ss / 4 - 1 && known < fatLocations.length; k++) {
                fatLocations[known++] = r.sector(le32(sector, 4 * k), "DIFAT");
            }
            difat = le32(sector, ss - 4);
        }
        int[] fat = new int[sectors];
        Arrays.fill(fat, NOSTREAM);
        int perSector = ss / 4;
        for (int i = 0; i < fatLocations.length && (long) i * perSector < sectors; i++) {
            r.read(fatLocations[i], sector);
            for (int k = 0; k < perSector && i * perSector + k < sectors; k++) {
                fat[i * perSector + k] = le32(sector, 4 * k);
            }
        }

        int[] dirChain = chain(fat, le32(h, 48), sectors, "directory");
        if ((long) dirChain.length * (ss / 128) > MAX_ENTRIES) {
            throw new Broken("more than " + MAX_ENTRIES + " directory entries");
        }
        Entry[] entries = new Entry[dirChain.length * (ss / 128)];
        for (int s = 0; s < dirChain.length; s++) {
            r.read(dirChain[s], sector);
            for (int k = 0; k < ss / 128; k++) {
                entries[s * (ss / 128) + k] = entry(s * (ss / 128) + k, sector, k * 128, major);
            }
        }
        if (entries.length == 0 || entries[0].type() != ROOT) {
            throw new Broken("no root entry");
        }

        Entry root = entries[0];
        int[] miniStream = root.size() == 0 ? new int[0] : chain(fat, root.start(), sectors, "mini stream");
        // Only mini sectors inside the mini stream can be read: the mini FAT is kept no longer than that, so its
        // memory is a sixteenth of the mini stream (four bytes per 64-byte mini sector), whatever the header declares.
        int miniSectors = miniStream.length * (ss / MINI_SECTOR);
        int[] miniFatChain = le32u(h, 64) == 0 || miniSectors == 0 ? new int[0]
                : chain(fat, le32(h, 60), sectors, "mini FAT");
        int[] miniFat = new int[Math.min(miniFatChain.length * perSector, miniSectors)];
        for (int s = 0; s < miniFatChain.length && s * perSector < miniFat.length; s++) {
            r.read(miniFatChain[s], sector);
            for (int k = 0; k < perSector && s * perSector + k < miniFat.length; k++) {
                miniFat[s * perSector + k] = le32(sector, 4 * k);
            }
        }
        return new Cfb(in, ss, fat, miniFat, miniStream, le32u(h, 56), entries);
    }

    /** The stream called {@code name} directly in {@code storage}, or null. */
    Entry stream(Entry storage, String name) {
        for (Entry e : children(storage)) {
            if (e.isStream() && e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    Entry root() {
        return entries[0];
    }

    /** The children of a storage in the tree's order (see {@link #tree}). */
    List<Entry> children(Entry storage) {
        List<Entry> c = children.get(storage.id());
        return c == null ? List.of() : c;
    }

    /**
     * Every storage's children, found once when the file is opened: each storage's red-black tree is walked in
     * order without recursion, and each entry is handed to the first storage that reaches it. An entry reached a
     * second time (a tree that points back into itself or into another storage) is left out, so no entry is
     * listed twice and no walk loops.
     */
    private static Map<Integer, List<Entry>> tree(Entry[] entries) {
        Map<Integer, List<Entry>> out = new HashMap<>();
        boolean[] listed = new boolean[entries.length];
        listed[0] = true;
        Deque<Entry> storages = new ArrayDeque<>();
        storages.push(entries[0]);
        Deque<Integer> stack = new ArrayDeque<>();
        while (!storages.isEmpty()) {
            Entry storage = storages.pop();
            List<Entry> kids = new ArrayList<>();
            int at = storage.child();
            while (true) {
                while (at >= 0 && at < entries.length && !listed[at]) {
                    listed[at] = true;
                    stack.push(at);
                    at = entries[at].left();
                }
                if (stack.isEmpty()) {
                    break;
                }
                Entry e = entries[stack.pop()];
                if (e.type() == STORAGE || e.type() == STREAM) {
                    kids.add(e);
                    if (e.type() == STORAGE) {
                        storages.push(e);
                    }
                }
                at = e.right();
            }
            out.put(storage.id(), kids);
        }
        return out;
    }

    /** A stream's bytes, at most its declared size; see {@link ChainStream#failure()}. */
    ChainStream stream(Entry e) {
        if (e.size() < miniCutoff && e.type() != ROOT) {
            return new ChainStream(e.start(), e.size(), MINI_SECTOR, miniFat);
        }
        return new ChainStream(e.start(), e.size(), sectorSize, fat);
    }

    /**
     * A stream to be read at any offset ({@link DocText}'s pieces lie anywhere in the WordDocument stream): its chain
     * resolved once, at most as many sectors as its declared size needs, so that each read seeks straight to its
     * sector. A chain that ends, loops or leaves the file early makes the stream shorter ({@link Positioned#cut()}).
     */
    Positioned positioned(Entry e) {
        boolean mini = e.size() < miniCutoff && e.type() != ROOT;
        int unit = mini ? MINI_SECTOR : sectorSize;
        int[] table = mini ? miniFat : fat;
        long need = (e.size() + unit - 1) / unit;
        int max = (int) Math.min(need, table.length);
        int[] out = new int[Math.min(max, 1024)];
        java.util.BitSet seen = new java.util.BitSet();
        int n = 0;
        for (int at = e.start(); n < max && at >= 0 && at < table.length && !seen.get(at); at = table[at]) {
            seen.set(at);
            if (n == out.length) {
                out = Arrays.copyOf(out, Math.min(max, n * 2));
            }
            out[n++] = at;
        }
        long length = Math.min(e.size(), (long) n * unit);
        return new Positioned(Arrays.copyOf(out, n), unit, mini, length, n < need);
    }

    /**
     * Where byte {@code inUnit} of sector {@code id} lies in the file: a regular sector follows the header, a mini
     * sector lies inside the mini stream's own sectors. -1 for a mini sector beyond the mini stream.
     */
    private long offset(boolean mini, int id, int inUnit) {
        if (!mini) {
            return (id + 1L) * sectorSize + inUnit;
        }
        long inMini = (long) id * MINI_SECTOR + inUnit;
        long sector = inMini / sectorSize;
        if (sector >= miniStream.length) {
            return -1;
        }
        return (miniStream[(int) sector] + 1L) * sectorSize + inMini % sectorSize;
    }

    /** See {@link #positioned(Entry)}. */
    final class Positioned {
        private final int[] sectors;
        private final int unit;
        private final boolean mini;
        private final long length;
        private final boolean cut;

        private Positioned(int[] sectors, int unit, boolean mini, long length, boolean cut) {
            this.sectors = sectors;
            this.unit = unit;
            this.mini = mini;
            this.length = length;
            this.cut = cut;
        }

        /** The bytes that can be read. */
        long length() {
            return length;
        }

        /** Whether the chain held less than the declared size. */
        boolean cut() {
            return cut;
        }

        /** Up to {@code len} bytes from {@code pos}; fewer only at the end of what can be read. */
        int read(long pos, byte[] b, int off, int len) throws IOException {
            int done = 0;
            while (done < len && pos + done < length) {
                long at = pos + done;
                int inUnit = (int) (at % unit);
                int n = (int) Math.min(Math.min(len - done, unit - inUnit), length - at);
                long offset = offset(mini, sectors[(int) (at / unit)], inUnit);
                if (offset < 0) {
                    break;
                }
                in.seek(offset);
                int r = in.read(b, off + done, n);
                if (r <= 0) {
                    break;
                }
                done += r;
            }
            return done;
        }
    }

    /** A chain's sectors in order; each must lie in the file, and no chain is longer than the file. */
    private static int[] chain(int[] fat, int start, int sectors, String what) throws Broken {
        int[] out = new int[16];
        int n = 0;
        for (int at = start; at != ENDOFCHAIN; at = fat[at]) {
            if (at < 0 || at >= sectors) {
                throw new Broken("the " + what + " chain points outside the file");
            }
            if (n >= sectors) {
                throw new Broken("the " + what + " chain loops");
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, Math.min(sectors, n * 2));
            }
            out[n++] = at;
        }
        return Arrays.copyOf(out, n);
    }

    private static Entry entry(int id, byte[] b, int at, int major) {
        int nameBytes = Math.min(le16(b, at + 64), 64);
        // the length counts the terminating NUL (§2.6.1)
        String name = new String(b, at, Math.max(0, (nameBytes - 2) & ~1), StandardCharsets.UTF_16LE);
        long size = le32u(b, at + 120) | (major == 3 ? 0 : le32u(b, at + 124) << 32);
        // a version 4 size with its top bit set is no file's (it would be negative here): as large as the chain
        size = size < 0 ? 1L << 62 : size;
        // version 3 files may hold garbage in the size's high half; §2.6.3 says to ignore it
        return new Entry(id, name, b[at + 66] & 0xff, le32(b, at + 68), le32(b, at + 72), le32(b, at + 76),
                le32(b, at + 116), size);
    }

    private static int readAt(RandomAccessRead in, long at, byte[] into) throws IOException {
        in.seek(at);
        int n = 0;
        while (n < into.length) {
            int r = in.read(into, n, into.length - n);
            if (r <= 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    static int le16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    private static long le32u(byte[] b, int at) {
        return le32(b, at) & 0xffffffffL;
    }

    /** Whole sectors by number, checked against the file. */
    private record Reader(RandomAccessRead in, int sectorSize, int sectors) {
        int sector(int id, String what) throws Broken {
            if (id < 0 || id >= sectors) {
                throw new Broken("a " + what + " entry points outside the file");
            }
            return id;
        }

        void read(int id, byte[] into) throws IOException, Broken {
            if (readAt(in, (long) (sector(id, "sector") + 1) * sectorSize, into) < into.length) {
                throw new Broken("sector " + id + " is cut short");
            }
        }
    }

    /**
     * A stream's bytes along its sector chain (or its mini-sector chain through the mini stream), never more than
     * its declared size nor than the chain holds. Each read seeks, so streams of one file may be read in turn.
     */
    final class ChainStream extends BlockInputStream {
        private final int unit;
        private final int[] table;
        private int at;
        private int pos;
        private long left;
        /** Sectors this chain has passed: one met again is a loop (§2.3), however small the declared size. */
        private final java.util.BitSet passed = new java.util.BitSet();
        private String failure;

        private ChainStream(int start, long size, int unit, int[] table) {
            this.at = start;
            this.left = size;
            this.unit = unit;
            this.table = table;
        }

        /** Why the stream ended before its declared size (its chain ended, looped or left the file), or null. */
        String failure() {
            return failure;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0 || len == 0) {
                return left <= 0 ? -1 : 0;
            }
            if (at < 0 || at >= table.length) {
                return fail(at == ENDOFCHAIN ? "a stream's chain ends before its size"
                        : "a stream's chain points outside the file");
            }
            if (pos == 0 && passed.get(at)) {
                return fail("a stream's chain loops");
            }
            passed.set(at);
            long offset = offset(table == miniFat, at, pos);
            if (offset < 0) {
                return fail("a mini sector lies outside the mini stream");
            }
            int n = (int) Math.min(Math.min(len, unit - pos), left);
            in.seek(offset);
            int r = in.read(b, off, n);
            if (r <= 0) {
                return fail("a stream is cut short");
            }
            pos += r;
            left -= r;
            if (pos == unit) {
                pos = 0;
                at = table[at];
            }
            return r;
        }

        private int fail(String why) {
            failure = why;
            left = 0;
            return -1;
        }
    }
}
