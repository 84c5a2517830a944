package org.spoofguard.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;

import org.slf4j.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The persistent server's own small state files under the data directory. (SpoofGuard's core has {@code StateFile};
 * this module runs without SpoofGuard's jars on its class path, as in ExtensionJarIT, so it keeps these few lines.)
 */
final class DataFiles {
    private DataFiles() {
    }

    /**
     * Reads and parses a state file at start-up. A missing file is a first start ({@code none}); one larger than
     * {@code maxBytes}, unreadable or rejected by {@code parse} is set aside for the admin and logged, and the server
     * starts with {@code none}: a damaged courtesy file must not keep mail from flowing, nor be overwritten unseen.
     */
    static <T> T load(Path file, long maxBytes, Function<String, T> parse, T none, String what, Logger logger) {
        try {
            if (Files.size(file) > maxBytes) {
                throw new IllegalArgumentException("larger than " + maxBytes + " bytes");
            }
            return parse.apply(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return none;
        } catch (IOException | RuntimeException e) {
            Path aside = setAside(file);
            logger.error("{} in {} could not be read ({}); kept as {}, starting with none", what, file, e.toString(),
                aside);
            return none;
        }
    }

    /**
     * The {@code accounts} object of a version-1 state file, {@code {"version":1,"accounts":{…}}}, the layout both the
     * out-of-office settings and the answered senders use; anything else is rejected so that {@link #load} sets it
     * aside instead of reading a newer or foreign file as empty.
     */
    static JsonNode accounts(ObjectMapper json, String text, String what) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (root == null || root.path("version").asInt() != 1 || !root.path("accounts").isObject()) {
            throw new IllegalArgumentException("not a version-1 " + what + " file");
        }
        return root.get("accounts");
    }

    /**
     * Writes {@code content} under a temporary name beside {@code file}, forces it to disk, then moves it over the
     * file in one step: a crash mid-write leaves the previous complete file, never half of the new one. The directory
     * is forced too, or after a power loss the rename itself may be gone (the file's previous content back: an
     * answered sender answered again, a WebAdmin-confirmed setting undone).
     */
    static void replace(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(file.getFileName() + ".new");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    /**
     * Appends {@code content} to {@code file} (created if absent) and forces it to disk before returning, so what the
     * caller acted on survives a power loss; when the file is new, the directory is forced too (its entry could be
     * lost otherwise). A crash mid-append can leave a partial last line: readers of an appended file must skip it.
     */
    static void append(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean created = !Files.exists(file);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(false);
        }
        if (created) {
            try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
                directory.force(true);
            }
        }
    }

    /**
     * Cuts an appended file back to {@code length} (the end of its last complete line) and forces it, so the next
     * append starts a line of its own instead of completing a fragment into one unreadable line. Nothing to do when
     * the file is that short already or gone.
     */
    static void cutTo(Path file, long length) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (out.size() > length) {
                out.truncate(length);
                out.force(false);
            }
        } catch (NoSuchFileException e) {
            // nothing appended, nothing to cut
        }
    }

    /**
     * How the registry writes, so a test can count the bytes: {@link DataFiles#replace} and {@link DataFiles#append}.
     */
    interface Writer {
        Writer SYNCED = new Writer() {
            @Override
            public void replace(Path file, byte[] content) throws IOException {
                DataFiles.replace(file, content);
            }

            @Override
            public void append(Path file, byte[] content) throws IOException {
                DataFiles.append(file, content);
            }
        };

        void replace(Path file, byte[] content) throws IOException;

        void append(Path file, byte[] content) throws IOException;
    }

    /**
     * Renames a file that could not be read to {@code <name>.corrupt-<millis>}, so that it is kept for the admin and
     * the next write does not overwrite it. Returns where it is now (the file itself when it could not be moved).
     */
    static Path setAside(Path file) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + System.currentTimeMillis());
        try {
            Files.move(file, aside);
            return aside;
        } catch (IOException | RuntimeException moveFailed) {
            return file;
        }
    }
}
