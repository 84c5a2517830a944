package org.spoofguard.core.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A ZIP's central directory (APPNOTE.TXT §4.3.12), found as archivers find it: from the end-of-central-directory
 * record (§4.3.16) searched backwards from the end of the file over at most a 64 KiB comment, through the zip64
 * locator and record (§4.3.14, §4.3.15) where the record's fields say so. Windows Explorer, 7-Zip and Outlook's
 * preview list and extract what it says; {@link ZipScanner} walks the local headers. Every name and offset it lists
 * must be a local header walked, and the other way round, and the walk must end where the directory begins:
 * otherwise an entry the clerk sees (invoice.exe, a second archive appended) went unexamined.
 * <p>
 * Read from where the local headers end, streaming, into at most {@link #MAX_TAIL} bytes.
 */
final class CentralDirectory {
    /** The directory (46 bytes and a name per entry, extras, comments), the records after it and the comment. */
    static final int MAX_TAIL = 4 << 20;

    private static final long CENTRAL = 0x02014b50L;
    private static final long END = 0x06054b50L;
    private static final long ZIP64_END = 0x06064b50L;
    private static final long ZIP64_LOCATOR = 0x07064b50L;

    private CentralDirectory() {
    }

    /** What the local walk and the directory must agree on: a name and where its local header starts. */
    static String key(String name, long headerAt) {
        return headerAt + "\u0000" + name;
    }

    /**
     * Reads the rest of the stream and sets {@code info.central} when the directory cannot be read or disagrees
     * with {@code localEntries}; names it lists that the walk did not meet go to {@code info.centralNames} (and
     * {@code info.macro}), so that they are checked as the walked ones are.
     *
     * @param tailAt where in the archive the walk stopped: the signature {@code sig} read there
     */
    static void check(ZipScanner.Info info, InputStream in, long tailAt, int sig, List<String> localEntries,
                      int maxEntries, long deadlineNanos) {
        String problem;
        try {
            problem = read(info, in, tailAt, sig, localEntries, maxEntries, deadlineNanos);
        } catch (IOException | RuntimeException e) {
            problem = "unreadable (" + e.getClass().getSimpleName() + ")";
        }
        if (problem != null) {
            info.central = "central directory " + problem;
        }
    }

    private static String read(ZipScanner.Info info, InputStream in, long tailAt, int sig, List<String> localEntries,
                               int maxEntries, long deadlineNanos) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        for (int i = 0; i < 4; i++) {
            buf.write(sig >>> (8 * i) & 0xff);
        }
        byte[] chunk = new byte[8192];
        int r;
        while ((r = in.read(chunk)) > 0) {
            if (buf.size() + r > MAX_TAIL) {
                return "and what follows it larger than " + MAX_TAIL + " bytes: not read";
            }
            buf.write(chunk, 0, r);
            if (System.nanoTime() - deadlineNanos > 0) {
                return "not read in time";
            }
        }
        byte[] t = buf.toByteArray();
        int eocd = -1;
        // the last record whose comment ends the file; a record found with bytes after its comment is a file that
        // goes on beyond the archive (another archive appended), where archivers differ in what they show
        boolean candidate = false;
        for (int i = t.length - 22; i >= 0 && i >= t.length - 22 - 65535; i--) {
            if (u32(t, i) == END) {
                candidate = true;
                if (i + 22 + u16(t, i + 20) == t.length) {
                    eocd = i;
                    break;
                }
            }
        }
        if (eocd < 0) {
            return candidate ? "end record not at the end of the file (data appended)" : "end record not found";
        }
        if (u16(t, eocd + 4) != 0 || u16(t, eocd + 6) != 0) {
            return "spans several disks";
        }
        long count = u16(t, eocd + 10);
        long size = u32(t, eocd + 12);
        long offset = u32(t, eocd + 16);
        int directoryEnd = eocd;
        if (eocd >= 20 && u32(t, eocd - 20) == ZIP64_LOCATOR) {
            long recordAt = u64(t, eocd - 20 + 8) - tailAt;
            if (recordAt < 0 || recordAt + 56 > eocd - 20 || u32(t, (int) recordAt) != ZIP64_END) {
                return "zip64 record not where its locator says";
            }
            int z = (int) recordAt;
            if (z + 12 + u64(t, z + 4) != eocd - 20) {
                return "zip64 record not followed by its locator";
            }
            if (u32(t, z + 16) != 0 || u32(t, z + 20) != 0) {
                return "spans several disks";
            }
            count = u64(t, z + 32);
            size = u64(t, z + 40);
            offset = u64(t, z + 48);
            directoryEnd = z;
        }
        if (offset != tailAt) {
            return "begins at " + offset + ", the local headers end at " + tailAt;
        }
        if (size != directoryEnd) {
            return "size " + size + " does not reach the end record";
        }
        if (count > maxEntries) {
            // as many as the walk lists at most: the walk stopped before this and says so (listing truncated)
            return "lists " + count + " entries, more than " + maxEntries;
        }
        List<String> central = new ArrayList<>();
        int p = 0;
        while (p < directoryEnd) {
            if (p + 46 > directoryEnd || u32(t, p) != CENTRAL) {
                return "record " + central.size() + " unreadable";
            }
            int flags = u16(t, p + 8);
            long csize = u32(t, p + 20);
            long usize = u32(t, p + 24);
            int nameLen = u16(t, p + 28);
            int extraLen = u16(t, p + 30);
            int commentLen = u16(t, p + 32);
            long headerAt = u32(t, p + 42);
            int next = p + 46 + nameLen + extraLen + commentLen;
            if (next > directoryEnd) {
                return "record " + central.size() + " runs past the directory";
            }
            if (headerAt == 0xFFFFFFFFL) {
                long[] z64 = zip64Values(java.util.Arrays.copyOfRange(t, p + 46 + nameLen, p + 46 + nameLen
                        + extraLen));
                int i = (usize == 0xFFFFFFFFL ? 1 : 0) + (csize == 0xFFFFFFFFL ? 1 : 0);
                if (z64 == null || z64.length <= i) {
                    return "record " + central.size() + " lacks its zip64 offset";
                }
                headerAt = z64[i];
            }
            if ((flags & 1) != 0) {
                info.encrypted = true;
            }
            String name = new String(t, p + 46, nameLen, (flags & 0x800) != 0 ? StandardCharsets.UTF_8
                    : StandardCharsets.ISO_8859_1);
            central.add(key(name, headerAt));
            p = next;
        }
        if (central.size() != count) {
            return "lists " + central.size() + " entries, its end record " + count;
        }
        List<String> walked = new ArrayList<>(localEntries);
        List<String> listed = new ArrayList<>(central);
        Collections.sort(walked);
        Collections.sort(listed);
        if (walked.equals(listed)) {
            return null;
        }
        // what only the directory lists is what the clerk sees unexamined: checked like the walked names
        List<String> onlyWalked = new ArrayList<>(walked);
        for (String k : listed) {
            if (!onlyWalked.remove(k)) {
                String name = k.substring(k.indexOf('\u0000') + 1);
                if (info.centralNames.size() < maxEntries) {
                    info.centralNames.add(name);
                }
                if (info.macro == null && ZipScanner.isMacroName(name)) {
                    info.macro = name;
                }
                if (name.equals("[Content_Types].xml") || name.equals("mimetype")) {
                    info.packageMarker = true;
                }
            }
        }
        return "disagrees with the local headers (" + central.size() + " entries listed, " + localEntries.size()
                + " walked)";
    }

    /**
     * The 8-byte values of an extra block's zip64 field (header 0x0001, APPNOTE 4.5.3), in their order, or null.
     * Which values are present depends on which of the header's fields are 0xFFFFFFFF: the caller counts.
     */
    static long[] zip64Values(byte[] extra) {
        int p = 0;
        while (p + 4 <= extra.length) {
            int id = u16(extra, p);
            int len = u16(extra, p + 2);
            if (p + 4 + len > extra.length) {
                return null;
            }
            if (id == 1) {
                long[] v = new long[Math.min(3, len / 8)];
                for (int i = 0; i < v.length; i++) {
                    v[i] = u64(extra, p + 4 + 8 * i);
                }
                return v;
            }
            p += 4 + len;
        }
        return null;
    }

    private static int u16(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int off) {
        return (b[off] & 0xffL) | (b[off + 1] & 0xffL) << 8 | (b[off + 2] & 0xffL) << 16 | (b[off + 3] & 0xffL) << 24;
    }

    private static long u64(byte[] b, int off) {
        return u32(b, off) | u32(b, off + 4) << 32;
    }
}
