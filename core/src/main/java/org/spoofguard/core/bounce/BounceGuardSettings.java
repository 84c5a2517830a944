package org.spoofguard.core.bounce;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.config.Durations;
import org.spoofguard.core.config.WholeNumbers;

/**
 * The bounce guard's configuration as given to a matcher (condition {@code key=value,key=value}) or a
 * mailet (init parameters), validated once at init with messages that name the bad key.
 */
public record BounceGuardSettings(String authservId, boolean sendUnproven, int rateLimit, Duration rateWindow,
                                  int rateDomains, String verdictAttribute) {
    public static final String AUTHSERV_ID = "authservId";
    public static final String UNPROVEN = "unproven";
    public static final String RATE_LIMIT = "rateLimit";
    public static final String RATE_WINDOW = "rateWindow";
    public static final String RATE_DOMAINS = "rateDomains";
    public static final String VERDICT_ATTRIBUTE = "verdictAttribute";
    public static final Set<String> KEYS = Set.of(AUTHSERV_ID, UNPROVEN, RATE_LIMIT, RATE_WINDOW, RATE_DOMAINS,
        VERDICT_ATTRIBUTE);

    public static final String DEFAULT_VERDICT_ATTRIBUTE = "org.spoofguard.verdict";
    public static final int DEFAULT_RATE_LIMIT = 100;
    public static final Duration DEFAULT_RATE_WINDOW = Duration.ofHours(1);
    public static final int DEFAULT_RATE_DOMAINS = 10_000;

    public static BounceGuardSettings defaults() {
        return new BounceGuardSettings("", false, DEFAULT_RATE_LIMIT, DEFAULT_RATE_WINDOW, DEFAULT_RATE_DOMAINS,
            DEFAULT_VERDICT_ATTRIBUTE);
    }

    /**
     * @param params given parameters; keys outside {@link #KEYS} and {@code extraKeys} are rejected
     * @throws IllegalArgumentException naming the offending key
     */
    public static BounceGuardSettings parse(Map<String, String> params, Set<String> extraKeys) {
        Set<String> allowed = new TreeSet<>(KEYS);
        allowed.addAll(extraKeys);
        for (String key : params.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(Bilingual.of("unknown parameter '" + key + "' (known: " + allowed + ")",
                    "ukendt parameter '" + key + "' (kendte: " + allowed + ")"));
            }
        }
        String authservId = params.getOrDefault(AUTHSERV_ID, "").trim();
        if (!authservId.isEmpty() && !authservId.matches("[A-Za-z0-9.\\-_]+")) {
            throw new IllegalArgumentException(Bilingual.of(
                "parameter '" + AUTHSERV_ID + "' must be a host name, got '" + authservId + "'",
                "parameteren '" + AUTHSERV_ID + "' skal være et værtsnavn, ikke '" + authservId + "'"));
        }
        String unproven = params.getOrDefault(UNPROVEN, "suppress").trim().toLowerCase(Locale.ROOT);
        if (!unproven.equals("suppress") && !unproven.equals("send")) {
            throw new IllegalArgumentException(Bilingual.of(
                "parameter '" + UNPROVEN + "' must be 'suppress' or 'send', got '" + params.get(UNPROVEN) + "'",
                "parameteren '" + UNPROVEN + "' skal være 'suppress' eller 'send', ikke '" + params.get(UNPROVEN) + "'"));
        }
        int rateLimit = integer(params, RATE_LIMIT, DEFAULT_RATE_LIMIT, 0);
        Duration window = duration(params, RATE_WINDOW, DEFAULT_RATE_WINDOW);
        int rateDomains = integer(params, RATE_DOMAINS, DEFAULT_RATE_DOMAINS, 1);
        String attribute = params.getOrDefault(VERDICT_ATTRIBUTE, DEFAULT_VERDICT_ATTRIBUTE).trim();
        if (attribute.isEmpty()) {
            throw new IllegalArgumentException(Bilingual.of("parameter '" + VERDICT_ATTRIBUTE + "' must not be empty",
                "parameteren '" + VERDICT_ATTRIBUTE + "' må ikke være tom"));
        }
        return new BounceGuardSettings(authservId, unproven.equals("send"), rateLimit, window, rateDomains, attribute);
    }

    /** Parses a matcher condition {@code key=value, key=value} (also {@code ;} separated); blank → empty map. */
    public static Map<String, String> parseCondition(String condition) {
        Map<String, String> map = new LinkedHashMap<>();
        if (condition == null || condition.isBlank()) {
            return map;
        }
        for (String item : condition.split("[,;]")) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(Bilingual.of("condition item '" + item.trim() + "' is not key=value",
                    "betingelsens led '" + item.trim() + "' er ikke nøgle=værdi"));
            }
            String key = item.substring(0, eq).trim();
            if (map.put(key, item.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException(Bilingual.of("parameter '" + key + "' given twice",
                    "parameteren '" + key + "' er angivet to gange"));
            }
        }
        return map;
    }

    public BouncePolicyConfig policyConfig() {
        return new BouncePolicyConfig(sendUnproven);
    }

    /** A fresh limiter, or null when {@code rateLimit=0}. */
    public DsnRateLimiter newRateLimiter(Clock clock) {
        return rateLimit <= 0 ? null : new DsnRateLimiter(rateLimit, rateWindow, rateDomains, clock);
    }

    private static int integer(Map<String, String> params, String key, int def, int min) {
        String v = params.get(key);
        if (v == null || v.isBlank()) {
            return def;
        }
        // the one whole-number rule (WholeNumbers): "+4" or other scripts' digits are refused, naming the key
        return WholeNumbers.parse("parameter '" + key + "'", v, min, Integer.MAX_VALUE);
    }

    /** The shared grammar ({@link Durations}: "90s", "30m", "1h", "1d", ISO-8601 "PT1H"); positive. */
    private static Duration duration(Map<String, String> params, String key, Duration def) {
        String v = params.get(key);
        if (v == null || v.isBlank()) {
            return def;
        }
        Duration d;
        try {
            d = Durations.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Bilingual.of(
                "parameter '" + key + "' must be a duration like 30m, 1h, 1d or PT1H, got '" + v + "'",
                "parameteren '" + key + "' skal være en varighed som 30m, 1h, 1d eller PT1H, ikke '" + v + "'"));
        }
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(Bilingual.of("parameter '" + key + "' must be positive, got '" + v + "'",
                "parameteren '" + key + "' skal være positiv, ikke '" + v + "'"));
        }
        return d;
    }
}
