package org.spoofguard.core.bounce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.spoofguard.core.domain.OrganizationalDomain;

/**
 * At most {@code limit} DSNs per sender organizational domain per fixed window.
 *
 * <p>Even a proven return path can be abused: an attacker who owns a domain (SPF pass) can make us mail
 * its victims' forwarders, and a flood of failures for one real domain should not turn into a flood of
 * DSNs. Keyed by organizational domain so forged random subdomains do not multiply the allowance.
 * Memory is bounded by {@code maxDomains}; when full, expired windows go first, then the least recently
 * used domain (losing its count is the price of the bound, and only ever lets a few more DSNs through).
 */
public final class DsnRateLimiter {
    private final int limit;
    private final Duration window;
    private final int maxDomains;
    private final Clock clock;
    private final LinkedHashMap<String, Window> windows;

    private static final class Window {
        Instant start;
        int count;

        Window(Instant start) {
            this.start = start;
        }
    }

    /**
     * @param limit DSNs allowed per domain per window; 0 or less disables limiting
     * @param window window length (positive)
     * @param maxDomains domains tracked at once (positive)
     */
    public DsnRateLimiter(int limit, Duration window, int maxDomains, Clock clock) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (maxDomains <= 0) {
            throw new IllegalArgumentException("maxDomains must be positive: " + maxDomains);
        }
        this.limit = limit;
        this.window = window;
        this.maxDomains = maxDomains;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.windows = new LinkedHashMap<>(16, 0.75f, true);
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }

    /** Takes one DSN from the domain's allowance; false when the allowance of the current window is used up. */
    public synchronized boolean tryAcquire(String senderDomain) {
        if (limit <= 0) {
            return true;
        }
        String key = OrganizationalDomain.of(senderDomain == null ? "" : senderDomain);
        Instant now = clock.instant();
        Window w = windows.get(key);
        if (w == null) {
            makeRoom(now);
            w = new Window(now);
            windows.put(key, w);
        } else if (!now.isBefore(w.start.plus(window)) || now.isBefore(w.start)) {
            w.start = now;
            w.count = 0;
        }
        if (w.count >= limit) {
            return false;
        }
        w.count++;
        return true;
    }

    public synchronized int trackedDomains() {
        return windows.size();
    }

    private void makeRoom(Instant now) {
        if (windows.size() < maxDomains) {
            return;
        }
        for (Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator(); it.hasNext(); ) {
            if (!now.isBefore(it.next().getValue().start.plus(window))) {
                it.remove();
            }
        }
        Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator();
        while (windows.size() >= maxDomains && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}
