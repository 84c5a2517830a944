package org.spoofguard.core.recipient;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.spoofguard.core.net.IpNetwork;

/**
 * Per-client directory-harvest detector. Every unknown recipient adds 1 to the client's score; the
 * score halves every {@code halfLife}, so an honest sender's occasional typo fades away while a
 * dictionary run (many unknown addresses, spread over many short sessions to dodge the per-session
 * limit) crosses {@code threshold}. Then the client is refused for {@code blockDuration}.
 *
 * <p>IPv6 clients are tracked per /64: one host usually owns a whole /64 and could otherwise rotate
 * addresses for every session. Memory is bounded by {@code maxTracked} times the per-client set of refused
 * addresses (at most {@value #MAX_REMEMBERED_CEILING} 8-byte hashes): past it the lowest scores are dropped first,
 * blocked clients only when no other is left (earliest block end first), and never the client being counted
 * (see {@code prune}).
 * Each address counts once per client and half-life window ({@link #recordUnknown(InetAddress, String)}).
 */
public final class HarvestTracker {
    private final Clock clock;
    private final double threshold;
    private final Duration halfLife;
    private final Duration blockDuration;
    private final int maxTracked;
    /** Most refused addresses remembered per client and window; see {@link #recordUnknown(InetAddress, String)}. */
    static final int MAX_REMEMBERED_CEILING = 64;

    private final int maxRemembered;
    /** Per-instance key: a client cannot craft addresses whose hashes collide with ones already refused. */
    private final byte[] salt = new byte[16];
    private final Map<String, State> clients = new ConcurrentHashMap<>();

    /**
     * @param windowStart when {@code refused} was last emptied (at most one half-life ago while it is used)
     * @param refused keyed hashes of the addresses refused to this client since {@code windowStart}
     */
    private record State(double score, Instant at, Instant blockedUntil, Instant windowStart, long[] refused) {
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
        // Past about 2 * threshold distinct refusals a client is blocked whatever it retries: more would only cost memory.
        this.maxRemembered = (int) Math.min(MAX_REMEMBERED_CEILING, 2L * threshold);
        new SecureRandom().nextBytes(salt);
    }

    /** Is this client currently refused? */
    public boolean isBlocked(InetAddress client) {
        if (client == null) {
            return false;
        }
        State s = clients.get(keyOf(client));
        return s != null && s.blockedUntil() != null && clock.instant().isBefore(s.blockedUntil());
    }

    /** Counts one unknown recipient, without knowing which; returns true if the client is (now) blocked. */
    public boolean recordUnknown(InetAddress client) {
        return recordUnknown(client, null);
    }

    /**
     * Counts one unknown recipient {@code address} (null: count it regardless); returns true if the client is
     * (now) blocked. A refusal of an address already refused to this client within the current half-life window
     * adds nothing: an honest MTA retrying a queued list message re-sends the same dead addresses every retry and
     * would otherwise block itself, and with it all its users' mail, for {@code blockDuration}, again and again. A
     * dictionary run gains nothing from this: only different addresses tell it anything, and each counts. Once
     * a client's set holds {@code min(64, 2 * threshold)} addresses further ones are counted but not remembered,
     * so an attacker cannot grow memory, and filling the set only costs it score.
     */
    public boolean recordUnknown(InetAddress client, String address) {
        if (client == null) {
            return false;
        }
        Instant now = clock.instant();
        long hash = address == null ? 0 : hash(address);
        String key = keyOf(client);
        State updated = clients.compute(key, (k, old) -> {
            boolean newWindow = old == null || !now.isBefore(old.windowStart().plus(halfLife));
            Instant windowStart = newWindow ? now : old.windowStart();
            long[] refused = newWindow ? new long[0] : old.refused();
            if (address != null && contains(refused, hash)) {
                return new State(old.score(), old.at(), old.blockedUntil(), windowStart, refused);
            }
            if (address != null && refused.length < maxRemembered) {
                refused = Arrays.copyOf(refused, refused.length + 1);
                refused[refused.length - 1] = hash;
            }
            double score = (old == null ? 0 : decayed(old, now)) + 1;
            Instant blocked = old == null ? null : old.blockedUntil();
            if (blocked != null && !now.isBefore(blocked)) {
                blocked = null;
            }
            // tolerance: N unknowns a few milliseconds apart have decayed to just under N
            if (score >= threshold - 0.01 && blocked == null) {
                blocked = now.plus(blockDuration);
            }
            return new State(score, now, blocked, windowStart, refused);
        });
        if (clients.size() > maxTracked) {
            prune(now, key);
        }
        return updated.blockedUntil() != null && now.isBefore(updated.blockedUntil());
    }

    private static boolean contains(long[] hashes, long hash) {
        for (long h : hashes) {
            if (h == hash) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keyed 64-bit hash of the address, domain lower-cased, local part as written (RFC 5321 §2.4; a client varying
     * the case only makes more refusals count). Keyed so that colliding addresses cannot be chosen on purpose.
     */
    private long hash(String address) {
        int at = address.lastIndexOf('@');
        String normalized = at < 0 ? address : address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            byte[] d = sha.digest(normalized.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JRE", e);
        }
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

    /**
     * Brings the table back to 90 % of {@code maxTracked}. Never the client being counted ({@code keep}): evicting
     * it forgot its score at once, so with a table full of blocked or higher-scoring clients a new harvester was
     * never blocked. Otherwise the least telling entries go first: faded scores (under 0.5), then the lowest
     * current scores (one typo before a harvester one step under the threshold: cheap /64s churning the table
     * must not reset a harvester), and only when nothing but blocked clients is left, those whose block ends
     * first. So memory stays bounded even when an attacker gets more clients blocked than the table holds; the
     * price is that the oldest blocks are lifted early, never that new clients go unwatched.
     */
    private synchronized void prune(Instant now, String keep) {
        if (clients.size() <= maxTracked) {
            return; // another thread pruned meanwhile
        }
        clients.entrySet().removeIf(e -> !e.getKey().equals(keep) && decayed(e.getValue(), now) < 0.5
            && !blockedAt(e.getValue(), now));
        int target = maxTracked - maxTracked / 10;
        int excess = clients.size() - target;
        if (excess <= 0) {
            return;
        }
        List<Candidate> candidates = new ArrayList<>(clients.size());
        for (Map.Entry<String, State> e : clients.entrySet()) {
            if (!e.getKey().equals(keep)) {
                State s = e.getValue();
                candidates.add(new Candidate(e.getKey(), s, blockedAt(s, now), decayed(s, now)));
            }
        }
        candidates.sort(EVICTION_ORDER);
        for (Candidate c : candidates) {
            if (clients.size() <= target) {
                break;
            }
            // only if unchanged: a client counted again meanwhile is judged on its new state next time
            clients.remove(c.key(), c.state());
        }
    }

    /** An entry as {@link #prune} saw it. */
    private record Candidate(String key, State state, boolean blocked, double score) {
    }

    /** Not blocked before blocked; among the not blocked the lowest score first, among the blocked the earliest end. */
    private static final Comparator<Candidate> EVICTION_ORDER = Comparator.comparing(Candidate::blocked)
        .thenComparing((a, b) -> a.blocked()
            ? a.state().blockedUntil().compareTo(b.state().blockedUntil())
            : Double.compare(a.score(), b.score()));

    private static boolean blockedAt(State s, Instant now) {
        return s.blockedUntil() != null && now.isBefore(s.blockedUntil());
    }

    static String keyOf(InetAddress client) {
        return IpNetwork.clientBlock(client).toString();
    }
}
