package org.spoofguard.core.invoice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.spoofguard.core.storage.StateFile;

/**
 * Where the {@link BankMemory} lives between restarts: one text file, replaced atomically (temporary file in the
 * same directory, then a move), so a crash mid-write leaves the previous complete file. Loading never fails a
 * start: a missing file is an empty memory; a damaged line is left out and the other lines are kept
 * ({@link BankMemory#read}), with a copy of the file as it was in {@code <name>.corrupt-<epoch millis>}; a file
 * that is no memory at all (no header, unreadable, oversized) is renamed to {@code <name>.corrupt-<epoch millis>}
 * (kept for the admin) and the memory starts fresh.
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
    private final InvoiceConfig.BankLimits bounds;
    private final StateFile<BankMemory> state;

    public BankMemoryFile(Path file, InvoiceConfig.BankLimits limits) {
        this.file = Objects.requireNonNull(file, "file");
        this.bounds = limits == null ? InvoiceConfig.BankLimits.defaults() : limits;
        this.state = stateFile(text -> BankMemory.parse(text, bounds));
    }

    private StateFile<BankMemory> stateFile(java.util.function.Function<String, BankMemory> parse) {
        return new StateFile<>(file, MAX_BYTES, parse, () -> new BankMemory(bounds));
    }

    public Path path() {
        return state.path();
    }

    /** Never throws. */
    public Loaded load() {
        List<String> skipped = new ArrayList<>();
        StateFile.Loaded<BankMemory> loaded = stateFile(text -> {
            BankMemory.Read read = BankMemory.read(text, bounds);
            skipped.addAll(read.skipped());
            return read.memory();
        }).load();
        if (!loaded.ok()) {
            return new Loaded(loaded.value(), loaded.problem() + "; the memory starts empty");
        }
        if (skipped.isEmpty()) {
            return new Loaded(loaded.value(), "");
        }
        // The next save rewrites the file without the damaged lines: keep it as it was for the admin.
        Path copy = file.resolveSibling(file.getFileName() + ".corrupt-" + Instant.now().toEpochMilli());
        String kept;
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            kept = "the file as it was copied to " + copy;
        } catch (IOException | RuntimeException e) {
            kept = "could not copy the file as it was (" + e + ")";
        }
        List<String> shown = skipped.size() > 5 ? skipped.subList(0, 5) : skipped;
        return new Loaded(loaded.value(), skipped.size() + " damaged line(s) left out, " + loaded.value().size()
            + " account(s) kept: " + String.join("; ", shown) + (skipped.size() > shown.size() ? "; …" : "")
            + "; " + kept);
    }

    /** Writes it atomically, creating the directory if needed. */
    public void save(BankMemory memory) throws IOException {
        state.save(memory.format());
    }
}
