package org.spoofguard.core.recipient;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers callout verdicts so that a recipient is probed once per TTL, not once per message, and so
 * that a harvester cannot make us hammer the downstream. Implementations must be thread-safe and must
 * never throw from {@link #get}/{@link #put}: a broken cache only costs extra callouts.
 */
public interface CalloutCache extends AutoCloseable {

    /** The live (unexpired at {@code now}) verdict for {@code key}, if any. */
    Optional<Entry> get(String key, Instant now);

    void put(String key, Entry entry);

    @Override
    default void close() {
    }

    /**
     * @param exists true: downstream accepted the recipient; false: it refused with 5xx
     * @param expires when the verdict must be asked again
     */
    record Entry(boolean exists, Instant expires) {
        public Entry {
            Objects.requireNonNull(expires, "expires");
        }
    }
}
