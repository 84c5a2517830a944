package org.spoofguard.core.invoice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.commons.compress.MemoryLimitException;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.sevenz.SevenZFileOptions;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The only class that touches Commons Compress (James ships it; XZ for Java, its LZMA decoder, is ours). Kept
 * apart so that {@link MimeScan} loads and works without either: the caller catches {@link LinkageError}.
 */
final class SevenZip {
    /** What the caller does with each entry; {@code data} reads the entry's decompressed bytes. */
    interface Visitor {
        /** @return false to stop */
        boolean entry(String name, boolean directory, boolean hasStream, InputStream data) throws IOException;
    }

    /** The archive needs a password. */
    static final class Encrypted extends IOException {
        Encrypted() {
            super("password required");
        }
    }

    /** The archive's headers or dictionaries need more memory than allowed. */
    static final class TooMuchMemory extends IOException {
        TooMuchMemory(String m) {
            super(m);
        }
    }

    private SevenZip() {
    }

    /** Reads {@code inMemory} (if not null) or {@code file}. */
    static void read(byte[] inMemory, Path file, int memoryKb, Visitor visitor) throws IOException {
        SevenZFileOptions options = SevenZFileOptions.builder().withMaxMemoryLimitInKb(memoryKb).build();
        try (SeekableByteChannel channel = inMemory != null ? new SeekableInMemoryByteChannel(inMemory)
                : Files.newByteChannel(file, StandardOpenOption.READ);
             SevenZFile z = new SevenZFile(channel, options)) {
            InputStream data = new InputStream() {
                @Override
                public int read() throws IOException {
                    return z.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return z.read(b, off, len);
                }
            };
            SevenZArchiveEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (!visitor.entry(e.getName() == null ? "" : e.getName(), e.isDirectory(), e.hasStream(), data)) {
                    return;
                }
            }
        } catch (PasswordRequiredException p) {
            throw new Encrypted();
        } catch (MemoryLimitException m) {
            throw new TooMuchMemory(m.getMessage());
        }
    }
}
