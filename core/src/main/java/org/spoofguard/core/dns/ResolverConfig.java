package org.spoofguard.core.dns;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.config.Durations;
import org.spoofguard.core.config.WholeNumbers;

/**
 * How {@link CachingDnsResolver} talks to the DNS.
 *
 * @param servers recursive resolvers to ask, in order; empty = the system's (/etc/resolv.conf)
 * @param timeout how long to wait for one answer from one server
 * @param retries extra rounds over all servers after the first one times out
 * @param cacheMaxEntries bound on cached answers (least recently used ones are dropped first)
 * @param minTtl floor on cache lifetimes (0 = honour TTL 0 by not caching)
 * @param maxTtl cap on cache lifetimes, positive and negative
 * @param negativeTtl lifetime of NXDOMAIN/NODATA answers that carry no SOA (RFC 2308 §5)
 */
public record ResolverConfig(List<InetSocketAddress> servers, Duration timeout, int retries, int cacheMaxEntries,
                             Duration minTtl, Duration maxTtl, Duration negativeTtl) {

    public static final String SERVERS = "servers";
    public static final String TIMEOUT = "timeout";
    public static final String RETRIES = "retries";
    public static final String CACHE_MAX_ENTRIES = "cacheMaxEntries";
    public static final String MIN_TTL = "minTtl";
    public static final String MAX_TTL = "maxTtl";
    public static final String NEGATIVE_TTL = "negativeTtl";
    /** The keys of the {@code dns.} section. */
    public static final Set<String> KEYS = Set.of(SERVERS, TIMEOUT, RETRIES, CACHE_MAX_ENTRIES, MIN_TTL, MAX_TTL, NEGATIVE_TTL);

    /** SMTP clients wait minutes; a few seconds per try keeps a slow domain from stalling a session. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    public static final int DEFAULT_RETRIES = 1;
    public static final int DEFAULT_CACHE_MAX_ENTRIES = 10_000;
    public static final Duration DEFAULT_MIN_TTL = Duration.ZERO;
    public static final Duration DEFAULT_MAX_TTL = Duration.ofDays(1);
    public static final Duration DEFAULT_NEGATIVE_TTL = Duration.ofMinutes(5);

    public ResolverConfig {
        servers = List.copyOf(Objects.requireNonNull(servers, SERVERS));
        for (InetSocketAddress server : servers) {
            if (server.isUnresolved()) {
                throw new IllegalArgumentException(Bilingual.of(SERVERS + ": unresolved server " + server,
                    SERVERS + ": server uden adresse " + server));
            }
        }
        requirePositive(TIMEOUT, timeout);
        if (timeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException(Bilingual.of(TIMEOUT + ": must be at most 5 minutes, was " + timeout,
                TIMEOUT + ": må højst være 5 minutter, var " + timeout));
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException(Bilingual.of(RETRIES + ": must be between 0 and 10, was " + retries,
                RETRIES + ": skal være mellem 0 og 10, var " + retries));
        }
        if (cacheMaxEntries < 0) {
            throw new IllegalArgumentException(Bilingual.of(CACHE_MAX_ENTRIES + ": must not be negative, was " + cacheMaxEntries,
                CACHE_MAX_ENTRIES + ": må ikke være negativ, var " + cacheMaxEntries));
        }
        requireNotNegative(MIN_TTL, minTtl);
        requireNotNegative(MAX_TTL, maxTtl);
        requireNotNegative(NEGATIVE_TTL, negativeTtl);
        if (minTtl.compareTo(maxTtl) > 0) {
            throw new IllegalArgumentException(Bilingual.of(
                MIN_TTL + ": must not exceed " + MAX_TTL + " (" + minTtl + " > " + maxTtl + ")",
                MIN_TTL + ": må ikke være større end " + MAX_TTL + " (" + minTtl + " > " + maxTtl + ")"));
        }
    }

    public static ResolverConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().servers(servers).timeout(timeout).retries(retries).cacheMaxEntries(cacheMaxEntries)
                .minTtl(minTtl).maxTtl(maxTtl).negativeTtl(negativeTtl);
    }

    /**
     * Reads a configuration from string properties (e.g. James XML). Keys: {@code servers}
     * (comma/space separated {@code host[:port]}, {@code [v6]:port}), {@code timeout}, {@code minTtl},
     * {@code maxTtl}, {@code negativeTtl} (durations: {@code 500ms}, {@code 3s}, {@code 5m}, {@code 1h},
     * {@code 1d}, plain seconds, or ISO-8601 {@code PT3S}), {@code retries}, {@code cacheMaxEntries}.
     * Missing keys keep their defaults.
     *
     * @throws IllegalArgumentException naming the offending key
     */
    public static ResolverConfig parse(Map<String, String> properties) {
        Builder b = builder();
        for (Map.Entry<String, String> e : new LinkedHashMap<>(properties).entrySet()) {
            String key = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue().trim();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(Bilingual.of(key + ": unknown resolver setting (known: " + KEYS + ")",
                    key + ": ukendt resolver-indstilling (kendte: " + KEYS + ")"));
            }
            switch (key) {
                case SERVERS -> b.servers(parseServers(value));
                case TIMEOUT -> b.timeout(parseDuration(key, value));
                case RETRIES -> b.retries(parseInt(key, value));
                case CACHE_MAX_ENTRIES -> b.cacheMaxEntries(parseInt(key, value));
                case MIN_TTL -> b.minTtl(parseDuration(key, value));
                case MAX_TTL -> b.maxTtl(parseDuration(key, value));
                case NEGATIVE_TTL -> b.negativeTtl(parseDuration(key, value));
                default -> throw new IllegalStateException(key);
            }
        }
        return b.build();
    }

    /** Parses a comma or white-space separated server list; empty means "use the system's". */
    public static List<InetSocketAddress> parseServers(String value) {
        List<InetSocketAddress> out = new ArrayList<>();
        for (String token : value.trim().split("[,\\s]+")) {
            if (!token.isEmpty()) {
                out.add(parseServer(token));
            }
        }
        return out;
    }

    /** {@code 127.0.0.1:5353}, {@code [::1]:53}, {@code ::1}, {@code 192.0.2.1}, {@code dns.example:53}; default port 53. */
    public static InetSocketAddress parseServer(String token) {
        String host;
        int port = 53;
        String t = token.trim();
        try {
            if (t.startsWith("[")) {
                int close = t.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException(Bilingual.of(SERVERS + ": missing ']' in " + token,
                        SERVERS + ": mangler ']' i " + token));
                }
                host = t.substring(1, close);
                String rest = t.substring(close + 1);
                if (!rest.isEmpty()) {
                    if (!rest.startsWith(":")) {
                        throw new IllegalArgumentException(Bilingual.of(SERVERS + ": garbage after ']' in " + token,
                            SERVERS + ": uventet tekst efter ']' i " + token));
                    }
                    port = port(rest.substring(1));
                }
            } else if (t.indexOf(':') != t.lastIndexOf(':')) {
                host = t; // bare IPv6 literal: no port possible without brackets
            } else if (t.indexOf(':') >= 0) {
                host = t.substring(0, t.indexOf(':'));
                port = port(t.substring(t.indexOf(':') + 1));
            } else {
                host = t;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Bilingual.of(SERVERS + ": bad port in " + token,
                SERVERS + ": ugyldig port i " + token));
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException(Bilingual.of(SERVERS + ": empty host in " + token,
                SERVERS + ": tom vært i " + token));
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(Bilingual.of(SERVERS + ": port out of range in " + token,
                SERVERS + ": porten er uden for 1-65535 i " + token));
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(Bilingual.of(SERVERS + ": unknown host " + host,
                SERVERS + ": ukendt vært " + host));
        }
    }

    static Duration parseDuration(String key, String value) {
        return Durations.parse(key, value);
    }

    /** The one whole-number rule ({@link WholeNumbers}); the upper bounds are the builder's. */
    private static int parseInt(String key, String value) {
        return WholeNumbers.parse(key, value, 0, Integer.MAX_VALUE);
    }

    /** A port's digits ({@link WholeNumbers}: "+53" or other scripts' digits are no port); range checked below. */
    private static int port(String digits) {
        return WholeNumbers.value(digits, 0, Integer.MAX_VALUE).orElseThrow(NumberFormatException::new);
    }

    private static void requirePositive(String key, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(Bilingual.of(key + ": must be a positive duration, was " + d,
                key + ": skal være en positiv varighed, var " + d));
        }
    }

    private static void requireNotNegative(String key, Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(Bilingual.of(key + ": must not be negative, was " + d,
                key + ": må ikke være negativ, var " + d));
        }
    }

    public static final class Builder {
        private List<InetSocketAddress> servers = List.of();
        private Duration timeout = DEFAULT_TIMEOUT;
        private int retries = DEFAULT_RETRIES;
        private int cacheMaxEntries = DEFAULT_CACHE_MAX_ENTRIES;
        private Duration minTtl = DEFAULT_MIN_TTL;
        private Duration maxTtl = DEFAULT_MAX_TTL;
        private Duration negativeTtl = DEFAULT_NEGATIVE_TTL;

        private Builder() {
        }

        public Builder servers(List<InetSocketAddress> servers) {
            this.servers = servers;
            return this;
        }

        /** Servers as text, see {@link #parseServer(String)}. */
        public Builder servers(String... servers) {
            List<InetSocketAddress> list = new ArrayList<>();
            for (String s : servers) {
                list.addAll(parseServers(s));
            }
            this.servers = list;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder retries(int retries) {
            this.retries = retries;
            return this;
        }

        public Builder cacheMaxEntries(int cacheMaxEntries) {
            this.cacheMaxEntries = cacheMaxEntries;
            return this;
        }

        public Builder minTtl(Duration minTtl) {
            this.minTtl = minTtl;
            return this;
        }

        public Builder maxTtl(Duration maxTtl) {
            this.maxTtl = maxTtl;
            return this;
        }

        public Builder negativeTtl(Duration negativeTtl) {
            this.negativeTtl = negativeTtl;
            return this;
        }

        public ResolverConfig build() {
            return new ResolverConfig(servers, timeout, retries, cacheMaxEntries, minTtl, maxTtl, negativeTtl);
        }
    }
}
