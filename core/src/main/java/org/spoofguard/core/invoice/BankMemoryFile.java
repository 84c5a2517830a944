package org.spoofguard.core.invoice;

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
 * Where the {@link BankMemory} lives between restarts: one text file, replaced atomically (temporary file in the
 * same directory, then a move), so a crash mid-write leaves the previous complete file. Loading never fails a
 * start: a missing file is an empty memory; a damaged or oversized one is renamed to
 * {@code <name>.corrupt-<epoch millis>} (kept for the admin) and the memory starts fresh.
 */
public final class BankMemoryFile {
    /** 5 000 domains x 20 accounts x ~100 bytes is 10 MB; larger is not ours. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /** @param problem empty when read (or absent); otherwise what was wrong and where the file went */
    public record Loaded(BankMemory memory, String problem) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    private final Path file;
    private final InvoiceConfig.BankLimits limits;

    public BankMemoryFile(Path file, InvoiceConfig.BankLimits limits) {
        this.file = Objects.requireNonNull(file, "file");
        this.limits = limits == null ? InvoiceConfig.BankLimits.defaults() : limits;
    }

    public Path path() {
        return file;
    }

    /** Never throws. */
    public Loaded load() {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new Loaded(new BankMemory(limits), setAside("larger than " + MAX_BYTES + " bytes"));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(new BankMemory(limits), "");
        } catch (IOException | RuntimeException e) {
            return new Loaded(new BankMemory(limits), setAside("unreadable: " + e));
        }
        try {
            return new Loaded(BankMemory.parse(text, limits), "");
        } catch (RuntimeException e) {
            return new Loaded(new BankMemory(limits), setAside(e.getMessage()));
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

    /** Writes the memory atomically, creating the directory if needed. */
    public void save(BankMemory memory) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, memory.format(), StandardCharsets.UTF_8);
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
