package org.spoofguard.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One small text file of state under the data directory (the bounce report, the bank-details memory), kept the
 * same way everywhere: replaced atomically (a temporary file in the same directory, forced to disk, then a move,
 * then the directory forced), so a crash or power loss mid-write leaves the previous complete file; loading never fails a start: a missing file is the empty state,
 * and a damaged, unreadable or oversized one is renamed to {@code <name>.corrupt-<epoch millis>} (kept for the
 * admin) and the state starts fresh.
 *
 * @param <T> the state; {@code parse} throws a RuntimeException with a message for text it cannot read
 */
public final class StateFile<T> {

    /** @param problem empty when read (or absent); otherwise what was wrong and where the file went */
    public record Loaded<T>(T value, String problem) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    private final Path file;
    private final long maxBytes;
    private final Function<String, T> parse;
    private final Supplier<T> empty;

    public StateFile(Path file, long maxBytes, Function<String, T> parse, Supplier<T> empty) {
        this.file = Objects.requireNonNull(file, "file");
        this.maxBytes = maxBytes;
        this.parse = Objects.requireNonNull(parse, "parse");
        this.empty = Objects.requireNonNull(empty, "empty");
    }

    public Path path() {
        return file;
    }

    /** Never throws. */
    public Loaded<T> load() {
        String text;
        try {
            if (Files.size(file) > maxBytes) {
                return new Loaded<>(empty.get(), setAside("larger than " + maxBytes + " bytes"));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded<>(empty.get(), "");
        } catch (IOException | RuntimeException e) {
            // Includes malformed UTF-8 (MalformedInputException is an IOException).
            return new Loaded<>(empty.get(), setAside("unreadable: " + e));
        }
        try {
            return new Loaded<>(parse.apply(text), "");
        } catch (RuntimeException e) {
            return new Loaded<>(empty.get(), setAside(String.valueOf(e.getMessage())));
        }
    }

    private String setAside(String why) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + Instant.now().toEpochMilli());
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return why + "; moved to " + aside;
        } catch (IOException | RuntimeException e) {
            return why + "; could not move it aside (" + e + "), it will be overwritten";
        }
    }

    /**
     * Replaces the file's content atomically, creating the directory if needed. The new content is forced to disk
     * before the rename and the directory after it: without the first, a power loss can leave the rename on disk
     * and the data not (a zero-length file); without the second, the rename itself can be lost.
     */
    public void save(String text) throws IOException {
        replace(file, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /**
     * The one durable write of the project's small files (state, DKIM keys): {@link #save} for any file.
     *
     * @param ownerOnly mode 600 (state, private keys), else 644 (a public key); where the file system has no POSIX
     *                  modes, its default
     */
    public static void replace(Path file, byte[] content, boolean ownerOnly) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(ownerOnly ? "rw-------" : "rw-r--r--")));
        } catch (UnsupportedOperationException e) {
            tmp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
        }
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
                directory.force(true);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
