package org.spoofguard.core.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.spoofguard.core.config.Bilingual;

/**
 * When to try a local delivery again after the mailbox store failed for some recipients, and when to stop.
 *
 * <p>A store failure is ours (database restarting, disk full, a lock timeout), never the sender's: the mail was
 * accepted with a 250, so it must reach the mailbox once the store is back, and no DSN may be sent for it. James
 * 3.8.1's spooler alone re-queues a failing mail at once, five times, then parks it in the error repository:
 * about ten seconds in all, and then every mail of a longer outage waits for an admin. Here the failed recipients
 * are tried again after {@code firstDelay}, doubling up to {@code maxDelay}, and kept for the admin only once the
 * first failure is {@code giveUpAfter} old; the last try is placed at that deadline, not beyond it.
 */
public record LocalRetryPolicy(Duration firstDelay, Duration maxDelay, Duration giveUpAfter) {
    public static final Duration DEFAULT_FIRST_DELAY = Duration.ofMinutes(1);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofHours(1);
    public static final Duration DEFAULT_GIVE_UP_AFTER = Duration.ofDays(2);

    public LocalRetryPolicy {
        if (firstDelay == null || firstDelay.isZero() || firstDelay.isNegative()) {
            throw new IllegalArgumentException(Bilingual.of("firstDelay: must be positive", "firstDelay: skal være positiv"));
        }
        if (maxDelay == null || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException(Bilingual.of("maxDelay: must be at least firstDelay (" + firstDelay + ")",
                "maxDelay: skal være mindst firstDelay (" + firstDelay + ")"));
        }
        if (giveUpAfter == null || giveUpAfter.isZero() || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException(Bilingual.of("giveUpAfter: must be positive", "giveUpAfter: skal være positiv"));
        }
    }

    public static LocalRetryPolicy defaults() {
        return new LocalRetryPolicy(DEFAULT_FIRST_DELAY, DEFAULT_MAX_DELAY, DEFAULT_GIVE_UP_AFTER);
    }

    /** What to do with the recipients whose store failed just now, given the record the mail carried (if any). */
    public Decision decide(Optional<LocalRetryRecord> previous, Instant now) {
        // A first failure "in the future" (the clock was set back) counts from now: the mail is kept longer, not less.
        Instant first = previous.map(LocalRetryRecord::firstFailure).filter(f -> !f.isAfter(now)).orElse(now);
        int attempts = previous.map(LocalRetryRecord::attempts).map(a -> a == Integer.MAX_VALUE ? a : a + 1).orElse(1);
        LocalRetryRecord next = new LocalRetryRecord(attempts, first);
        Duration failingFor = Duration.between(first, now);
        if (failingFor.compareTo(giveUpAfter) >= 0) {
            return new Decision(false, Duration.ZERO, next, "store failed " + attempts + " times over " + failingFor
                + " (giveUpAfter " + giveUpAfter + "): kept for the admin");
        }
        Duration delay = backoff(attempts);
        Duration left = giveUpAfter.minus(failingFor);
        if (delay.compareTo(left) > 0) {
            delay = left;
        }
        return new Decision(true, delay, next, "store failed (attempt " + attempts + ", failing for " + failingFor
            + "): next try in " + delay);
    }

    private Duration backoff(int attempts) {
        Duration d = firstDelay;
        Duration half = maxDelay.dividedBy(2);
        for (int i = 1; i < attempts; i++) {
            if (d.compareTo(half) > 0) {
                return maxDelay; // doubling again would pass maxDelay (or overflow a huge one)
            }
            d = d.multipliedBy(2);
        }
        return d;
    }

    /**
     * @param retry     true: queue the failed recipients again after {@code delay}; false: keep them for the admin
     * @param next      the record to carry (retry) or to report (give up)
     * @param reason    one line for the log and the kept mail's error message
     */
    public record Decision(boolean retry, Duration delay, LocalRetryRecord next, String reason) {
    }
}
