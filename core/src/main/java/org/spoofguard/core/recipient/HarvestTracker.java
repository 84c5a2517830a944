package org.spoofguard.core.recipient;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client directory-harvest detector. Every unknown recipient adds 1 to the client's score; the
 * score halves every {@code halfLife}, so an honest sender's occasional typo fades away while a
 * dictionary run (many unknown addresses, spread over many short sessions to dodge the per-session
 * limit) crosses {@code threshold}. Then the client is refused for {@code blockDuration}.
 *
 * <p>IPv6 clients are tracked per /64: one host usually owns a whole /64 and could otherwise rotate
 * addresses for every session. Memory is bounded by {@code maxTracked} (low scores are dropped first).
 */
public final class HarvestTracker {
    private final Clock clock;
    private final double threshold;
    private final Duration halfLife;
    private final Duration blockDuration;
    private final int maxTracked;
    private final Map<String, State> clients = new ConcurrentHashMap<>();

    private record State(double score, Instant at, Instant blockedUntil) {
    }

    public HarvestTracker(Clock clock, int threshold, Duration halfLife, Duration blockDuration, int maxTracked) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be positive");
        }
        if (halfLife.isZero() || halfLife.isNegative() || blockDuration.isNegative() || blockDuration.isZero()) {
            throw new IllegalArgumentException("halfLife and blockDuration must be positive");
        }
        if (maxTracked < 1) {
            throw new IllegalArgumentException("maxTracked must be positive");
        }
        this.threshold = threshold;
        this.halfLife = halfLife;
        this.blockDuration = blockDuration;
        this.maxTracked = maxTracked;
    }

    /** Is this client currently refused? */
    public boolean isBlocked(InetAddress client) {
        if (client == null) {
            return false;
        }
        State s = clients.get(keyOf(client));
        return s != null && s.blockedUntil() != null && clock.instant().isBefore(s.blockedUntil());
    }

    /** Counts one unknown recipient; returns true if the client is (now) blocked. */
    public boolean recordUnknown(InetAddress client) {
        if (client == null) {
            return false;
        }
        Instant now = clock.instant();
        State updated = clients.compute(keyOf(client), (k, old) -> {
            double score = (old == null ? 0 : decayed(old, now)) + 1;
            Instant blocked = old == null ? null : old.blockedUntil();
            if (blocked != null && !now.isBefore(blocked)) {
                blocked = null;
            }
            // tolerance: N unknowns a few milliseconds apart have decayed to just under N
            if (score >= threshold - 0.01 && blocked == null) {
                blocked = now.plus(blockDuration);
            }
            return new State(score, now, blocked);
        });
        if (clients.size() > maxTracked) {
            prune(now);
        }
        return updated.blockedUntil() != null && now.isBefore(updated.blockedUntil());
    }

    /** The client's current (decayed) score, for logs and tests. */
    public double score(InetAddress client) {
        State s = client == null ? null : clients.get(keyOf(client));
        return s == null ? 0 : decayed(s, clock.instant());
    }

    public int trackedClients() {
        return clients.size();
    }

    private double decayed(State s, Instant now) {
        long elapsed = Math.max(0, now.toEpochMilli() - s.at().toEpochMilli());
        return s.score() * Math.pow(0.5, (double) elapsed / halfLife.toMillis());
    }

    private void prune(Instant now) {
        clients.entrySet().removeIf(e -> decayed(e.getValue(), now) < 0.5 && !blockedAt(e.getValue(), now));
        int target = maxTracked - maxTracked / 10;
        Iterator<Map.Entry<String, State>> it = clients.entrySet().iterator();
        while (clients.size() > target && it.hasNext()) {
            if (!blockedAt(it.next().getValue(), now)) {
                it.remove();
            }
        }
    }

    private static boolean blockedAt(State s, Instant now) {
        return s.blockedUntil() != null && now.isBefore(s.blockedUntil());
    }

    static String keyOf(InetAddress client) {
        byte[] b = client.getAddress();
        if (client instanceof Inet6Address && b.length == 16) {
            StringBuilder sb = new StringBuilder("v6:");
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", b[i] & 0xff));
            }
            return sb.append("/64").toString();
        }
        return client.getHostAddress();
    }
}
