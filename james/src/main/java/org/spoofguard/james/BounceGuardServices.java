package org.spoofguard.james;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.apache.james.metrics.api.MetricFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.bounce.AuthenticationResultsVerdictSource;
import org.spoofguard.core.bounce.BounceGuard;
import org.spoofguard.core.bounce.BounceGuardSettings;
import org.spoofguard.core.bounce.BounceStats;
import org.spoofguard.core.bounce.DsnRateLimiter;
import org.spoofguard.core.bounce.SpfVerdictReevaluator;
import org.spoofguard.core.bounce.VerdictReevaluator;
import org.spoofguard.core.spf.SpfEvaluator;

/**
 * What every bounce-guard matcher and mailet of one James server shares: the backscatter report
 * ({@link BounceStats}), the per-domain DSN rate limiter, James's metrics, the verdict codec with our
 * authserv-id and the SPF re-evaluator on the shared resolver. A Guice singleton, so the {@code bounces},
 * {@code error}, {@code relay-denied}… processors and the WebAdmin report all see the same numbers and one
 * DSN budget per sender domain (a budget per processor would multiply the allowance).
 *
 * <p>Server-wide defaults come from {@code spoofguard.properties} keys {@code bounce.*} (the keys of
 * {@link BounceGuardSettings} except {@code authservId}, which is the server's). A matcher condition or
 * mailet parameter overrides them for that one instance; giving any {@code rate*} key there gives the
 * instance a limiter of its own.
 */
@Singleton
public class BounceGuardServices {
    public static final String PREFIX = "bounce";
    private static final Logger LOGGER = LoggerFactory.getLogger(BounceGuardServices.class);
    private static final Set<String> RATE_KEYS = Set.of(BounceGuardSettings.RATE_LIMIT,
        BounceGuardSettings.RATE_WINDOW, BounceGuardSettings.RATE_DOMAINS);
    // Bounded so one slow DNS server cannot hold a mailet-container thread for long (RFC 7208 §4.6.4 asks
    // for a 20 s limit per check at SMTP time; at bounce time we have already waited once).
    static final Duration REEVALUATION_BUDGET = Duration.ofSeconds(10);

    private final String authservId;
    private final Map<String, String> properties;
    private final BounceGuardSettings defaults;
    private final MetricFactory metricFactory;
    private final BounceStats stats = new BounceStats(10_000);
    private final DsnRateLimiter sharedLimiter;
    private final VerdictReevaluator reevaluator;
    private final Clock clock;

    @Inject
    public BounceGuardServices(SpoofGuardSettings settings, MetricFactory metricFactory) {
        this(settings, metricFactory, Clock.systemUTC());
    }

    public BounceGuardServices(SpoofGuardSettings settings, MetricFactory metricFactory, Clock clock) {
        this.authservId = settings.authservId();
        this.metricFactory = metricFactory;
        this.clock = clock;
        this.properties = Map.copyOf(settings.section(PREFIX));
        if (properties.containsKey(BounceGuardSettings.AUTHSERV_ID)) {
            throw new IllegalArgumentException(SpoofGuardSettings.FILE + ".properties: " + PREFIX + "."
                + BounceGuardSettings.AUTHSERV_ID + ": unknown setting (the top-level authservId is used)");
        }
        try {
            this.defaults = BounceGuardSettings.parse(properties, Set.of());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SpoofGuardSettings.FILE + ".properties: " + PREFIX + ".: "
                + e.getMessage(), e);
        }
        this.sharedLimiter = defaults.newRateLimiter(clock);
        this.reevaluator = new SpfVerdictReevaluator(
            new SpfEvaluator(settings.resolver(), authservId, clock, REEVALUATION_BUDGET));
        LOGGER.info("SpoofGuard bounce guard: unproven={}, DSN rate limit {} per {} per sender domain",
            defaults.sendUnproven() ? "send" : "suppress",
            defaults.rateLimit() <= 0 ? "off" : defaults.rateLimit(), defaults.rateWindow());
    }

    /** The backscatter report of this server since start. */
    public BounceStats stats() {
        return stats;
    }

    public String authservId() {
        return authservId;
    }

    public BounceGuardSettings defaults() {
        return defaults;
    }

    /**
     * The settings of one matcher/mailet: its own parameters over the server-wide {@code bounce.*} ones.
     *
     * @throws IllegalArgumentException naming the bad key
     */
    public BounceGuardSettings settingsFor(Map<String, String> params, Set<String> extraKeys) {
        Map<String, String> merged = new LinkedHashMap<>(properties);
        merged.putAll(params);
        if (!params.containsKey(BounceGuardSettings.AUTHSERV_ID)) {
            merged.put(BounceGuardSettings.AUTHSERV_ID, authservId);
        }
        return BounceGuardSettings.parse(merged, extraKeys);
    }

    /** A guard counting into this server's report and metrics. */
    public BounceGuard guard(BounceGuardSettings settings, Map<String, String> params) {
        boolean ownLimiter = params.keySet().stream().anyMatch(RATE_KEYS::contains);
        DsnRateLimiter limiter = ownLimiter ? settings.newRateLimiter(clock) : sharedLimiter;
        return new BounceGuard(settings.policyConfig(), new AuthenticationResultsVerdictSource(settings.authservId()),
            settings.authservId(), limiter, stats, this::increment, reevaluator);
    }

    public void increment(String metricName) {
        try {
            metricFactory.generate(metricName).increment();
        } catch (RuntimeException e) {
            LOGGER.debug("metric {} failed", metricName, e);
        }
    }
}
