package org.spoofguard.core.invoice;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * gzip and tar through Commons Compress (James ships it), kept apart like {@link SevenZip} so that {@link MimeScan}
 * loads and works without it: the caller catches {@link LinkageError}. Streaming: nothing is written anywhere, an
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

    /** A gzip file's decompressed bytes and the file name its header stores (RFC 1952 2.3.1 FNAME), or null. */
    record Gunzipped(InputStream data, String storedName) {
    }

    private TarGzip() {
    }

    /**
     * All members, one after the other, as gunzip writes them (RFC 1952 2.2: a gzip file is a series of members);
     * bytes after a member that begin no other member are an {@link IOException}, as is a file cut short.
     */
    static Gunzipped gunzip(InputStream in) throws IOException {
        GzipCompressorInputStream g = new GzipCompressorInputStream(in, true);
        String stored = g.getMetaData().getFilename();
        return new Gunzipped(g, stored == null || stored.isEmpty() ? null : stored);
    }

    /** Hands each entry of the tar in {@code in} to {@code visitor}; {@code data} reads the entry's bytes. */
    static void tar(InputStream in, SevenZip.Visitor visitor) throws IOException {
        Metered metered = new Metered(in);
        TarArchiveInputStream t = new TarArchiveInputStream(metered);
        while (true) {
            // what the visitor left of the last entry is data, not header: read it past the header's allowance (the
            // reader would skip it inside getNextTarEntry, where it counted as header and a large entry was refused)
            if (t.getCurrentEntry() != null) {
                t.transferTo(java.io.OutputStream.nullOutputStream());
            }
            metered.allow(HEADER_BYTES + 2L * 512);
            TarArchiveEntry e = t.getNextTarEntry();
            metered.allow(Long.MAX_VALUE);
            if (e == null) {
                return;
            }
            // links, devices and FIFOs have no data: their name is all an archiver shows
            boolean data = !e.isDirectory() && !e.isSymbolicLink() && !e.isLink();
            if (!visitor.entry(e.getName(), e.isDirectory(), data, t)) {
                return;
            }
        }
    }

    /**
     * Lets a header be read up to its allowance (an entry's data, read by the visitor, is not limited here). Skipped
     * bytes are read too ({@link InputStream#skip} reads), so that they count.
     */
    private static final class Metered extends BlockInputStream {
        private final InputStream in;
        private long left = Long.MAX_VALUE;

        Metered(InputStream in) {
            this.in = in;
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
