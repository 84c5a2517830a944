package org.spoofguard.server.imap;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * At most {@code lines} log lines per {@code window}: each decision about a hostile client is worth one line, but a
 * client that makes thousands of connections must not be able to flood the log (and the disk) with them. A line let
 * through after a quiet spell carries how many were left out.
 */
final class LogGate {
    private final int lines;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private long windowStart;
    private int used;
    private long suppressed;

    LogGate(int lines, Duration window, LongSupplier nanoTime) {
        if (lines <= 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("lines > 0 and a positive window required");
        }
        this.lines = lines;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
        this.windowStart = nanoTime.getAsLong();
    }

    /** Empty when this line is to be left out; else how many were left out since the last line let through. */
    synchronized OptionalLong pass() {
        long now = nanoTime.getAsLong();
        if (now - windowStart >= windowNanos) {
            windowStart = now;
            used = 0;
        }
        if (used >= lines) {
            suppressed++;
            return OptionalLong.empty();
        }
        used++;
        long left = suppressed;
        suppressed = 0;
        return OptionalLong.of(left);
    }
}
