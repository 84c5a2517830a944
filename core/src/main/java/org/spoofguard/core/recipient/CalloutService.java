package org.spoofguard.core.recipient;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Cached, concurrency-limited recipient callouts. Positive answers are cached for {@code positiveTtl},
 * "no such recipient" refusals ({@link CalloutResult.Status#REJECTED}) for {@code negativeTtl}; 4xx, a full
 * mailbox, other 5xx and unreachable downstreams are never cached (they say nothing lasting about the recipient).
 * At most {@code maxConcurrentPerDestination} live probes run against one
 * downstream at a time, so a harvest run through us cannot turn into a flood against the downstream.
 */
public final class CalloutService {

    /** Asks a downstream about one address; {@link SmtpCallout#probe} in production. */
    @FunctionalInterface
    public interface Prober {
        CalloutResult probe(Downstream downstream, String address);
    }

    private final Prober prober;
    private final CalloutCache cache;
    private final Clock clock;
    private final Duration positiveTtl;
    private final Duration negativeTtl;
    private final int maxConcurrentPerDestination;
    private final Map<Downstream, Semaphore> permits = new ConcurrentHashMap<>();

    public CalloutService(Prober prober, CalloutCache cache, Clock clock, Duration positiveTtl, Duration negativeTtl,
                          int maxConcurrentPerDestination) {
        this.prober = Objects.requireNonNull(prober, "prober");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.positiveTtl = Objects.requireNonNull(positiveTtl, "positiveTtl");
        this.negativeTtl = Objects.requireNonNull(negativeTtl, "negativeTtl");
        if (maxConcurrentPerDestination < 1) {
            throw new IllegalArgumentException("maxConcurrentPerDestination must be positive");
        }
        this.maxConcurrentPerDestination = maxConcurrentPerDestination;
    }

    /**
     * Cache key: the local part is kept as written (RFC 5321 §2.4: only the destination may fold case),
     * the domain lower-cased; the downstream is part of the key so re-pointing a domain invalidates it.
     */
    static String key(Downstream downstream, String address) {
        int at = address.lastIndexOf('@');
        String normalized = at < 0 ? address : address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
        return downstream.asString() + " " + normalized;
    }

    /** Never throws. */
    public CalloutResult verify(Downstream downstream, String address) {
        String key = key(downstream, address);
        Optional<CalloutCache.Entry> hit;
        try {
            hit = cache.get(key, clock.instant());
        } catch (RuntimeException e) {
            hit = Optional.empty();
        }
        if (hit.isPresent()) {
            CalloutCache.Entry e = hit.get();
            return new CalloutResult(e.exists() ? CalloutResult.Status.ACCEPTED : CalloutResult.Status.REJECTED, 0, "",
                "cached verdict from " + downstream.asString() + " until " + e.expires(), true);
        }
        Semaphore semaphore = permits.computeIfAbsent(downstream, d -> new Semaphore(maxConcurrentPerDestination));
        if (!semaphore.tryAcquire()) {
            return new CalloutResult(CalloutResult.Status.BUSY, 0, "",
                maxConcurrentPerDestination + " callouts to " + downstream.asString() + " already running", false);
        }
        CalloutResult result;
        try {
            result = prober.probe(downstream, address);
            if (result == null) {
                result = CalloutResult.unreachable("prober returned nothing");
            }
        } catch (RuntimeException e) {
            result = CalloutResult.unreachable("callout failed: " + e);
        } finally {
            semaphore.release();
        }
        try {
            if (result.status() == CalloutResult.Status.ACCEPTED) {
                cache.put(key, new CalloutCache.Entry(true, clock.instant().plus(positiveTtl)));
            } else if (result.status() == CalloutResult.Status.REJECTED) {
                cache.put(key, new CalloutCache.Entry(false, clock.instant().plus(negativeTtl)));
            }
        } catch (RuntimeException ignored) {
            // a cache that cannot store only costs a future callout
        }
        return result;
    }
}
