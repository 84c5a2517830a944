package org.spoofguard.core.invoice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * An attachment's or archive entry's bytes kept up to a limit (a PDF for PDFBox, an archive to be listed and then
 * opened): in memory up to {@link #MEMORY} bytes, then in a temp file deleted on close.
 */
final class Spill implements AutoCloseable {
    /** Kept in memory up to this; beyond, in a temp file. */
    static final int MEMORY = 1024 * 1024;

    /** How a {@link #fill} ended. */
    enum End {
        /** The stream ended within the limit: all of it is kept. */
        WHOLE,
        /** A chunk would pass the limit: it is {@link #overflow()}, the rest of the stream unread. */
        OVER,
        /** The time budget ran out after a chunk: the caller stops. */
        OUT_OF_TIME
    }

    /** Each chunk as read, the one over the limit included (the PDF raw-token scan sees it too). */
    @FunctionalInterface
    interface Chunks {
        void seen(byte[] b, int n);
    }

    private final long limit;
    private long size;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream out;
    private byte[] overflow;

    Spill(long limit) {
        this.limit = limit;
    }

    /**
     * Keeps {@code head}, then the rest of {@code in}, until the stream ends, a chunk would pass the limit, or the
     * time budget runs out (asked after every chunk read). Only the bytes read count: no size a header or an
     * archive declares is believed, so a stream that lies about its length, or ends early, is kept as it is, and
     * one that goes on is stopped one chunk past the limit (a bomb read through its expansion counter is stopped
     * there too, not inflated to its end).
     */
    End fill(byte[] head, InputStream in, Chunks seen, BooleanSupplier outOfTime) throws IOException {
        seen.seen(head, head.length);
        if (!write(head, head.length)) {
            overflow = head;
            return End.OVER;
        }
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            seen.seen(buf, n);
            boolean fits = write(buf, n);
            if (!fits) {
                overflow = Arrays.copyOf(buf, n);
            }
            if (outOfTime.getAsBoolean()) {
                return End.OUT_OF_TIME;
            }
            if (!fits) {
                return End.OVER;
            }
        }
        return End.WHOLE;
    }

    /** {@link #fill(byte[], InputStream, Chunks, BooleanSupplier)} without a look at the chunks. */
    End fill(byte[] head, InputStream in, BooleanSupplier outOfTime) throws IOException {
        return fill(head, in, (b, n) -> { }, outOfTime);
    }

    /** The chunk that did not fit (after {@link End#OVER}); else null. Not kept: the stream goes on with it. */
    byte[] overflow() {
        return overflow;
    }

    boolean write(byte[] b, int n) throws IOException {
        if (size + n > limit) {
            size += n;
            return false;
        }
        size += n;
        if (memory != null && memory.size() + n <= MEMORY) {
            memory.write(b, 0, n);
            return true;
        }
        if (file == null) {
            file = Files.createTempFile("spoofguard-spill-", ".tmp");
            out = Files.newOutputStream(file);
            memory.writeTo(out);
            memory = null;
        }
        out.write(b, 0, n);
        return true;
    }

    long size() {
        return size;
    }

    /** The bytes, when they are all in memory; else null (see {@link #file()}). */
    byte[] inMemory() {
        return file == null ? memory.toByteArray() : null;
    }

    /** The spill file (flushed), when the bytes are not in memory; else null. */
    Path file() throws IOException {
        if (file != null) {
            out.flush();
        }
        return file;
    }

    /** The bytes written so far, from the start (may be called more than once). */
    InputStream stream() throws IOException {
        if (file == null) {
            return new ByteArrayInputStream(memory.toByteArray());
        }
        out.flush();
        return Files.newInputStream(file);
    }

    RandomAccessRead open() throws IOException {
        if (file == null) {
            return new RandomAccessReadBuffer(memory.toByteArray());
        }
        out.close();
        return new RandomAccessReadBufferedFile(file);
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // nothing to save: the file is deleted next
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
