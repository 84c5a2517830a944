package org.spoofguard.server.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wrong-password throttle: after {@code maxFailures} wrong passwords for one user name, or
 * {@value #ADDRESS_FACTOR} times as many from one client address, within {@code window}, further attempts are
 * refused without checking the password until the window has passed since the last failure. Both keys count,
 * so neither guessing many passwords for one admin from many addresses nor many names from one address gets far
 * (OWASP ASVS 2.2.1); the address allows more because behind a reverse proxy every admin shares its address. Bounded memory: at most
 * {@value #MAX_KEYS} keys, the least recently used that blocks nothing forgotten first.
 */
public final class LoginThrottle {
    static final int MAX_KEYS = 10_000;
    static final int ADDRESS_FACTOR = 4;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            if (size() <= MAX_KEYS) {
                return false;
            }
            // the least recently used key that blocks nothing goes first: 5 000 junk attempts must not make the
            // throttle forget an admin name it is blocking (and give the guesser five more tries)
            java.util.Iterator<Map.Entry<String, Deque<Instant>>> it = entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, Deque<Instant>> e = it.next();
                if (!blocking(e.getKey(), e.getValue())) {
                    it.remove();
                    return false;
                }
            }
            return true;
        }
    };

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Is another attempt for this user name from this address refused for now? */
    public synchronized boolean blocked(String user, String address) {
        return count("u:" + user) >= limit("u:") || count("a:" + address) >= limit("a:");
    }

    public synchronized void failed(String user, String address) {
        add("u:" + user);
        add("a:" + address);
    }

    /**
     * May a password be checked now? If so the attempt is counted as a failure at once, in the same step as the
     * check, so that 40 guesses sent together (each checked before any had failed) get no more than the limit;
     * {@link #succeeded} takes it back.
     */
    public synchronized boolean attempt(String user, String address) {
        if (blocked(user, address)) {
            return false;
        }
        failed(user, address);
        return true;
    }

    /**
     * A right password clears the user name's failures, and takes back the address's count of this attempt only
     * (not the address's earlier failures: one success must not reset a spray).
     */
    public synchronized void succeeded(String user, String address) {
        failures.remove("u:" + user);
        Deque<Instant> d = failures.get("a:" + address);
        if (d != null && !d.isEmpty()) {
            d.removeLast();
        }
    }

    private boolean blocking(String key, Deque<Instant> d) {
        return !d.isEmpty() && d.size() >= limit(key) && !d.peekLast().isBefore(clock.instant().minus(window));
    }

    /** Failures a key may collect: a user name's, or an address's (many admins behind one proxy). */
    private int limit(String key) {
        return key.startsWith("u:") ? maxFailures : maxFailures * ADDRESS_FACTOR;
    }

    private int count(String key) {
        Deque<Instant> d = failures.get(key);
        if (d == null) {
            return 0;
        }
        Instant limit = clock.instant().minus(window);
        if (!d.isEmpty() && d.peekLast().isBefore(limit)) {
            // the window has passed since the last failure: forgiven
            failures.remove(key);
            return 0;
        }
        return d.size();
    }

    private void add(String key) {
        Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        d.addLast(clock.instant());
        while (d.size() > limit(key)) {
            d.removeFirst();
        }
    }
}
