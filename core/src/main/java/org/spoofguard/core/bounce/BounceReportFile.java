package org.spoofguard.core.bounce;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.spoofguard.core.storage.StateFile;

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

    private final StateFile<BounceReportHistory> state;

    public BounceReportFile(Path file, int maxDays, int maxItems) {
        BounceReportHistory.empty(maxDays, maxItems); // refuses bad bounds now, not at the first load
        this.state = new StateFile<>(Objects.requireNonNull(file, "file"), MAX_BYTES,
            text -> BounceReportHistory.parse(text, maxDays, maxItems), () -> BounceReportHistory.empty(maxDays, maxItems));
    }

    public Path path() {
        return state.path();
    }

    /** Never throws. */
    public Loaded load() {
        StateFile.Loaded<BounceReportHistory> loaded = state.load();
        return new Loaded(loaded.value(), loaded.problem());
    }

    /** Writes it atomically, creating the directory if needed. */
    public void save(BounceReportHistory history) throws IOException {
        state.save(history.format());
    }
}
