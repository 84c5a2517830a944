package org.spoofguard.core.delivery;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often the mailbox store has failed for a mail's remaining recipients, and since when: carried with the
 * re-queued copy as one versioned line ({@code v=1; attempts=3; first-failure=1764979200000}, epoch milliseconds),
 * so the deadline survives the spool and restarts.
 *
 * <p>Only our mailet writes it; a value it cannot read exactly (another version, damaged, over 100 characters)
 * is "no record": the retry window starts again. That errs towards keeping the mail longer, never towards losing
 * or bouncing it.
 */
public record LocalRetryRecord(int attempts, Instant firstFailure) {
    private static final int MAX_LENGTH = 100;
    private static final Pattern FORMAT = Pattern.compile("v=1; attempts=([0-9]{1,9}); first-failure=([0-9]{1,15})");

    public LocalRetryRecord {
        if (attempts < 1 || firstFailure == null) {
            throw new IllegalArgumentException("attempts must be positive and first-failure set");
        }
    }

    public String format() {
        return "v=1; attempts=" + attempts + "; first-failure=" + firstFailure.toEpochMilli();
    }

    public static Optional<LocalRetryRecord> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int attempts = Integer.parseInt(m.group(1));
        if (attempts < 1) {
            return Optional.empty();
        }
        return Optional.of(new LocalRetryRecord(attempts, Instant.ofEpochMilli(Long.parseLong(m.group(2)))));
    }
}
