package org.spoofguard.core.invoice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.spoofguard.core.storage.StateFile;

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

    private final StateFile<BankMemory> state;

    public BankMemoryFile(Path file, InvoiceConfig.BankLimits limits) {
        InvoiceConfig.BankLimits bounds = limits == null ? InvoiceConfig.BankLimits.defaults() : limits;
        this.state = new StateFile<>(Objects.requireNonNull(file, "file"), MAX_BYTES,
            text -> BankMemory.parse(text, bounds), () -> new BankMemory(bounds));
    }

    public Path path() {
        return state.path();
    }

    /** Never throws. */
    public Loaded load() {
        StateFile.Loaded<BankMemory> loaded = state.load();
        return new Loaded(loaded.value(), loaded.problem());
    }

    /** Writes it atomically, creating the directory if needed. */
    public void save(BankMemory memory) throws IOException {
        state.save(memory.format());
    }
}
