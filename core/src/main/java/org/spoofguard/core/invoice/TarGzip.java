package org.spoofguard.core.invoice;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.tukaani.xz.MemoryLimitException;
import org.tukaani.xz.XZInputStream;

/**
 * gzip, bzip2 and tar through Commons Compress (James ships it), xz through XZ for Java (ours), kept apart like
 * {@link SevenZip} so that {@link MimeScan} loads and works without them: the caller catches {@link LinkageError}. Streaming: nothing is written anywhere, an
 * entry's name ({@code ../../x.pdf} included) is only handed over.
 */
final class TarGzip {
    /**
     * What one tar header may take, its long name (GNU) or extended header (PAX) records included: these are read
     * into memory by Commons Compress, so a header of 100 MB of zeros in a small .tgz would cost 100 MB of heap.
     */
    static final int HEADER_BYTES = 1024 * 1024;

    /** A tar header larger than {@link #HEADER_BYTES}: no archiver writes one. */
    static final class HeaderTooLarge extends IOException {
        HeaderTooLarge() {
            super("a tar header larger than " + HEADER_BYTES + " bytes");
        }
    }

    /** Non-zero bytes after a tar's end-of-archive records that begin no further tar. */
    static final class DataAfterEnd extends IOException {
        DataAfterEnd() {
            super("data after the end of the tar");
        }
    }

    /**
     * A compressed file's decompressed bytes and the file name its header stores (gzip only: RFC 1952 2.3.1 FNAME),
     * or null.
     */
    record Decompressed(InputStream data, String storedName) {
    }

    private TarGzip() {
    }

    /**
     * The decompressed bytes of a gzip, bzip2 or xz file ({@code kind} as {@link MimeScan} names it by the magic
     * bytes). Each reads all of its members or streams one after the other, as gunzip, bunzip2 and unxz do; bytes
     * after them that begin no other member are an {@link IOException}, as is a file cut short.
     *
     * @param memoryKb what an xz's LZMA2 dictionary may take: the decoder allocates it as one byte of the header
     *                 says, up to gigabytes ({@link SevenZip.TooMuchMemory} beyond)
     */
    static Decompressed decompress(String kind, InputStream in, int memoryKb) throws IOException {
        switch (kind) {
            case "gzip":
                return gunzip(in);
            case "bzip2":
                // at most 900 kB blocks, so a bounded decoder (about 4 MB); concatenated streams as bunzip2 reads them
                return new Decompressed(new BZip2CompressorInputStream(in, true), null);
            case "xz":
                // XZ for Java directly (our jar), not through Commons Compress: loaded from James' class path, that
                // could not see it. Concatenated streams and stream padding (xz file format 2.2) are read.
                return new Decompressed(new MemoryCapped(new XZInputStream(in, memoryKb)), null);
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    /**
     * All members, one after the other, as gunzip writes them (RFC 1952 2.2: a gzip file is a series of members).
     * Zero bytes after the last member are accepted, as GNU gzip does ("decompression OK, trailing zero bytes
     * ignored"): a .gz written to tape or through dd is padded to a block, and was an error. Any other bytes after
     * a member that begin no other member are an {@link IOException}, as is a file cut short. The zeros are read to
     * the end, which the kept archive bounds ({@code limit.archive-bytes}).
     */
    private static Decompressed gunzip(InputStream in) throws IOException {
        // mark-supported, so that each member leaves the stream just after its trailer (Commons Compress resets to
        // there), where the next member, the zeros or the garbage begin
        BufferedInputStream b = new BufferedInputStream(in);
        GzipCompressorInputStream first = new GzipCompressorInputStream(b, false);
        String stored = first.getMetaData().getFilename();
        return new Decompressed(new Members(b, first), stored == null || stored.isEmpty() ? null : stored);
    }

    /** A gzip's members read one after the other, then optional zero padding to its end. */
    private static final class Members extends BlockInputStream {
        private final BufferedInputStream in;
        private InputStream member;

        Members(BufferedInputStream in, InputStream first) {
            this.in = in;
            this.member = first;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (member != null) {
                int n = member.read(b, off, len);
                if (n != -1) {
                    return n;
                }
                member = next();
            }
            return -1;
        }

        private InputStream next() throws IOException {
            in.mark(2);
            int id1 = in.read();
            int id2 = in.read();
            if (id1 == -1) {
                return null;
            }
            if (id1 == 0x1f && id2 == 0x8b) {
                in.reset();
                return new GzipCompressorInputStream(in, false);
            }
            if (id1 == 0 && id2 <= 0) {
                byte[] rest = new byte[8192];
                for (int n; (n = in.read(rest)) > 0; ) {
                    for (int i = 0; i < n; i++) {
                        if (rest[i] != 0) {
                            throw new IOException("Garbage after a valid .gz stream");
                        }
                    }
                }
                return null;
            }
            throw new IOException("Garbage after a valid .gz stream");
        }
    }

    /** An xz whose dictionary needs more than allowed: {@link SevenZip.TooMuchMemory}, as for a 7z. */
    private static final class MemoryCapped extends BlockInputStream {
        private final InputStream in;

        MemoryCapped(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (MemoryLimitException m) {
                throw new SevenZip.TooMuchMemory(m.getMessage());
            }
        }
    }

    /**
     * Hands each entry of the tar in {@code in} to {@code visitor}; {@code data} reads the entry's bytes. After the
     * end-of-archive records the rest is read too: zeros are the padding tar writes; a further tar header (two tars
     * one after the other, or one after a single zero record) is read on, as {@code tar --ignore-zeros} shows it;
     * anything else is {@link DataAfterEnd}. Unread, a second tar or a PDF appended after the end of a .tar.gz was
     * what a tool that reads on shows and the scan never saw.
     */
    static void tar(InputStream in, SevenZip.Visitor visitor) throws IOException {
        // mark-supported: Commons Compress looks at the record after the first zero record and puts it back if it
        // is not the second one (without mark it was swallowed, a tar header there unseen)
        Metered metered = new Metered(new BufferedInputStream(in));
        do {
            // records of 512 bytes, not blocks of 10 KiB: at the end the reader skipped the rest of a block unread
            TarArchiveInputStream t = new TarArchiveInputStream(metered, 512);
            while (true) {
                // what the visitor left of the last entry is data, not header: read it past the header's allowance
                // (the reader would skip it inside getNextTarEntry, where it counted as header and a large entry was
                // refused)
                if (t.getCurrentEntry() != null) {
                    t.transferTo(java.io.OutputStream.nullOutputStream());
                }
                metered.allow(HEADER_BYTES + 2L * 512);
                TarArchiveEntry e = t.getNextTarEntry();
                metered.allow(Long.MAX_VALUE);
                if (e == null) {
                    break;
                }
                // links, devices and FIFOs have no data: their name is all an archiver shows
                boolean data = !e.isDirectory() && !e.isSymbolicLink() && !e.isLink();
                if (!visitor.entry(e.getName(), e.isDirectory(), data, t)) {
                    return;
                }
            }
        } while (anotherTar(metered));
    }

    /**
     * Reads the zero records after a tar's end: true when a tar header follows (the stream left at it), false at
     * the end of the stream.
     */
    private static boolean anotherTar(Metered in) throws IOException {
        while (true) {
            in.mark(512);
            byte[] record = in.readNBytes(512);
            boolean zeros = true;
            for (int i = 0; i < record.length && zeros; i++) {
                zeros = record[i] == 0;
            }
            if (zeros && record.length < 512) {
                return false;
            }
            if (!zeros) {
                if (record.length == 512 && MimeScan.isTar(record)) {
                    in.reset();
                    return true;
                }
                throw new DataAfterEnd();
            }
        }
    }

    /**
     * Lets a header be read up to its allowance (an entry's data, read by the visitor, is not limited here). Skipped
     * bytes are read too ({@link InputStream#skip} reads), so that they count.
     */
    private static final class Metered extends BlockInputStream {
        private final BufferedInputStream in;
        private long left = Long.MAX_VALUE;

        Metered(BufferedInputStream in) {
            this.in = in;
        }

        @Override
        public boolean markSupported() {
            return true;
        }

        @Override
        public synchronized void mark(int limit) {
            in.mark(limit);
        }

        @Override
        public synchronized void reset() throws IOException {
            in.reset();
        }

        void allow(long bytes) {
            left = bytes;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw new HeaderTooLarge();
            }
            return n;
        }
    }
}
