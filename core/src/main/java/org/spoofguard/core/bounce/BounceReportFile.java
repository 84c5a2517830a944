package org.spoofguard.core.bounce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Objects;

/**
 * Where the backscatter report's {@link BounceReportHistory} lives between restarts: one small text file,
 * replaced atomically (written to a temporary file in the same directory, then moved over the old one), so a
 * crash mid-write leaves the previous complete file. Reading never fails a start: a missing file is an empty
 * history, a damaged one is renamed to {@code <name>.corrupt-<epoch millis>} (kept for the admin) and counting
 * starts from zero.
 */
public final class BounceReportFile {
    /** Files larger than this are not ours (400 days x 7 causes + 100 items is well under 1 MB). */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    /**
     * What loading found.
     *
     * @param problem empty when the file was read or did not exist; otherwise what was wrong and where the damaged
     *                file went
     */
    public record Loaded(BounceReportHistory history, String problem) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    private final Path file;
    private final int maxDays;
    private final int maxItems;

    public BounceReportFile(Path file, int maxDays, int maxItems) {
        this.file = Objects.requireNonNull(file, "file");
        BounceReportHistory.empty(maxDays, maxItems);
        this.maxDays = maxDays;
        this.maxItems = maxItems;
    }

    public Path path() {
        return file;
    }

    /** Never throws. */
    public Loaded load() {
        BounceReportHistory empty = BounceReportHistory.empty(maxDays, maxItems);
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new Loaded(empty, setAside("larger than " + MAX_BYTES + " bytes"));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(empty, "");
        } catch (IOException | RuntimeException e) {
            // Includes malformed UTF-8 (MalformedInputException is an IOException).
            return new Loaded(empty, setAside("unreadable: " + e));
        }
        try {
            return new Loaded(BounceReportHistory.parse(text, maxDays, maxItems), "");
        } catch (RuntimeException e) {
            return new Loaded(empty, setAside(e.getMessage()));
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

    /** Writes the history atomically, creating the directory if needed. */
    public void save(BounceReportHistory history) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, history.format(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
