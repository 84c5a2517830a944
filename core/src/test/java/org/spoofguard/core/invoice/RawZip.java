package org.spoofguard.core.invoice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A hand-made ZIP (APPNOTE.TXT §4.3), STORED entries only, whose local headers and central directory can say
 * different things: what archivers show (the central directory) against what a streaming reader walks.
 */
final class RawZip {
    private record Entry(String localName, String centralName, byte[] data, boolean local, boolean central) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private byte[] comment = new byte[0];
    private boolean zip64;
    /** Central directory offsets of these entries (by index) are moved by this much: they point elsewhere. */
    private final java.util.Map<Integer, Long> offsetShift = new java.util.HashMap<>();

    static RawZip create() {
        return new RawZip();
    }

    RawZip entry(String name, byte[] data) {
        entries.add(new Entry(name, name, data, true, true));
        return this;
    }

    /** Local header says {@code localName}, the central directory {@code centralName}. */
    RawZip disguised(String localName, String centralName, byte[] data) {
        entries.add(new Entry(localName, centralName, data, true, true));
        return this;
    }

    /** An entry only in the central directory (its local header written, but not walked: see bytes()). */
    RawZip centralOnly(String name, byte[] data) {
        entries.add(new Entry(name, name, data, false, true));
        return this;
    }

    RawZip localOnly(String name, byte[] data) {
        entries.add(new Entry(name, name, data, true, false));
        return this;
    }

    RawZip comment(int length) {
        comment = new byte[length];
        java.util.Arrays.fill(comment, (byte) 'c');
        return this;
    }

    RawZip zip64() {
        zip64 = true;
        return this;
    }

    RawZip shiftOffset(int index, long by) {
        offsetShift.put(index, by);
        return this;
    }

    byte[] bytes() {
        return bytes(0);
    }

    /** @param base where this archive will start in the final file (for one appended to another) */
    byte[] bytes(long base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] offsets = new long[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            offsets[i] = base + out.size();
            if (e.local) {
                local(out, e.localName, e.data);
            } else {
                // hidden inside the previous bytes' reach: written as opaque filler a walker skips, but the central
                // directory points at a real local header inside it
                ByteArrayOutputStream hidden = new ByteArrayOutputStream();
                local(hidden, e.centralName, e.data);
                byte[] h = hidden.toByteArray();
                // a STORED carrier entry whose data is the hidden entry
                offsets[i] = base + out.size() + 30 + "carrier.txt".length();
                local(out, "carrier.txt", h);
            }
        }
        long cdStart = base + out.size();
        int cdCount = 0;
        ByteArrayOutputStream cd = new ByteArrayOutputStream();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!e.local && e.central) {
                // the carrier is in the local walk: list it too, so that only the hidden entry differs
                central(cd, "carrier.txt", carrierData(e), offsets[i] - 30 - "carrier.txt".length());
                cdCount++;
            }
            if (e.central) {
                central(cd, e.centralName, e.data, offsets[i] + offsetShift.getOrDefault(i, 0L));
                cdCount++;
            }
        }
        byte[] cdBytes = cd.toByteArray();
        out.writeBytes(cdBytes);
        if (zip64) {
            long recordAt = base + out.size();
            le(out, 0x06064b50, 4);
            le(out, 44, 8);
            le(out, 45, 2);
            le(out, 45, 2);
            le(out, 0, 4);
            le(out, 0, 4);
            le(out, cdCount, 8);
            le(out, cdCount, 8);
            le(out, cdBytes.length, 8);
            le(out, cdStart, 8);
            le(out, 0x07064b50, 4);
            le(out, 0, 4);
            le(out, recordAt, 8);
            le(out, 1, 4);
        }
        le(out, 0x06054b50, 4);
        le(out, 0, 2);
        le(out, 0, 2);
        le(out, zip64 ? 0xffff : cdCount, 2);
        le(out, zip64 ? 0xffff : cdCount, 2);
        le(out, zip64 ? 0xffffffffL : cdBytes.length, 4);
        le(out, zip64 ? 0xffffffffL : cdStart, 4);
        le(out, comment.length, 2);
        out.writeBytes(comment);
        return out.toByteArray();
    }

    private static byte[] carrierData(Entry e) {
        return localEntry(e.centralName, e.data);
    }

    /** One local header with its data: to hide inside another entry's data. */
    static byte[] localEntry(String name, byte[] data) {
        ByteArrayOutputStream hidden = new ByteArrayOutputStream();
        local(hidden, name, data);
        return hidden.toByteArray();
    }

    private static void local(ByteArrayOutputStream out, String name, byte[] data) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        le(out, 0x04034b50, 4);
        le(out, 20, 2);
        le(out, 0x800, 2);
        le(out, 0, 2);
        le(out, 0, 4);
        le(out, crc(data), 4);
        le(out, data.length, 4);
        le(out, data.length, 4);
        le(out, n.length, 2);
        le(out, 0, 2);
        out.writeBytes(n);
        out.writeBytes(data);
    }

    private static void central(ByteArrayOutputStream out, String name, byte[] data, long offset) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        le(out, 0x02014b50, 4);
        le(out, 20, 2);
        le(out, 20, 2);
        le(out, 0x800, 2);
        le(out, 0, 2);
        le(out, 0, 4);
        le(out, crc(data), 4);
        le(out, data.length, 4);
        le(out, data.length, 4);
        le(out, n.length, 2);
        le(out, 0, 2);
        le(out, 0, 2);
        le(out, 0, 2);
        le(out, 0, 2);
        le(out, 0, 4);
        le(out, offset, 4);
        out.writeBytes(n);
    }

    private static long crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return c.getValue();
    }

    private static void le(ByteArrayOutputStream out, long v, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }

    /** Two archives one after the other, the second's offsets counted from the file's start (a polyglot). */
    static byte[] concatenated(RawZip first, RawZip second, boolean absoluteOffsets) {
        byte[] a = first.bytes();
        byte[] b = second.bytes(absoluteOffsets ? a.length : 0);
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A small Windows PE: DOS header with e_lfanew = 0x80 and "PE\0\0" there. */
    static byte[] pe() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    static byte[] elf() {
        byte[] b = new byte[256];
        b[0] = 0x7f;
        b[1] = 'E';
        b[2] = 'L';
        b[3] = 'F';
        b[4] = 2;
        b[5] = 1;
        return b;
    }

    static byte[] machO() {
        byte[] b = new byte[256];
        b[0] = (byte) 0xcf;
        b[1] = (byte) 0xfa;
        b[2] = (byte) 0xed;
        b[3] = (byte) 0xfe;
        return b;
    }
}
