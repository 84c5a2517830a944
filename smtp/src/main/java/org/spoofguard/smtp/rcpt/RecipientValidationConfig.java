package org.spoofguard.smtp.rcpt;

import java.net.InetAddress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.HierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.spoofguard.core.config.Durations;
import org.spoofguard.core.net.DomainName;
import org.spoofguard.core.recipient.Downstream;
import org.spoofguard.smtp.HandlerParameters;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.config.WholeNumbers;

/**
 * The {@code <handler class="org.spoofguard.smtp.rcpt.RecipientValidationHook">} child elements,
 * parsed and checked once at start-up. A typo'd, repeated or malformed key stops James with a message naming it,
 * rather than silently running with a default or the first of two values (docs/recipient-validation.md lists every key).
 */
public record RecipientValidationConfig(
    boolean useRewriteTable,
    boolean checkQuota,
    boolean checkQuotaAtData,
    int maxUnknownPerSession,
    int harvestThreshold,
    Duration harvestHalfLife,
    Duration harvestBlockDuration,
    int harvestMaxTrackedClients,
    Map<String, Downstream> relayDomains,
    String calloutHeloName,
    Duration calloutConnectTimeout,
    Duration calloutReplyTimeout,
    Duration calloutTotalTimeout,
    int calloutMaxConcurrent,
    Duration calloutPositiveTtl,
    Duration calloutNegativeTtl,
    String calloutCacheDirectory,
    int calloutCacheMaxEntries) {

    /** James's own notation: {@code file://var/} is the server's var/ directory (next to var/mail/). */
    public static final String DEFAULT_CACHE_DIRECTORY = "file://var/spoofguard/callout-cache";
    static final String RELAY_DOMAIN = "relayDomains.relayDomain";
    static final String RELAY_DOMAIN_NAME = RELAY_DOMAIN + ".domain";
    static final String RELAY_DOMAIN_DOWNSTREAM = RELAY_DOMAIN + ".downstream";

    private static final Set<String> KEYS = Set.of(
        "enableRecipientRewriteTable", "checkQuota", "checkQuotaAtData", "maxUnknownPerSession",
        "harvestThreshold", "harvestHalfLife", "harvestBlockDuration", "harvestMaxTrackedClients",
        "calloutHeloName", "calloutConnectTimeout", "calloutReplyTimeout", "calloutTotalTimeout",
        "calloutMaxConcurrent", "calloutPositiveTtl", "calloutNegativeTtl",
        "calloutCacheDirectory", "calloutCacheMaxEntries");

    public static RecipientValidationConfig defaults() {
        try {
            return from(new org.apache.commons.configuration2.BaseHierarchicalConfiguration());
        } catch (ConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RecipientValidationConfig from(Configuration c) throws ConfigurationException {
        // every relayDomain has its own <domain> and <downstream>; each other key is given once
        HandlerParameters.requireKnown("RecipientValidationHook", c, KEYS,
            Set.of(RELAY_DOMAIN_NAME, RELAY_DOMAIN_DOWNSTREAM));
        Duration connect = duration(c, "calloutConnectTimeout", "5s");
        Duration reply = duration(c, "calloutReplyTimeout", "10s");
        Duration total = duration(c, "calloutTotalTimeout", "30s");
        if (total.compareTo(Duration.ofMinutes(4)) > 0) {
            // RFC 5321 §4.5.3.2.6: the client waits 5 minutes for our RCPT reply; answer well before that.
            throw new ConfigurationException(Bilingual.of("RecipientValidationHook: 'calloutTotalTimeout' must be at most 4 minutes",
                "RecipientValidationHook: 'calloutTotalTimeout' må højst være 4 minutter"));
        }
        return new RecipientValidationConfig(
            bool(c, "enableRecipientRewriteTable", true),
            bool(c, "checkQuota", true),
            bool(c, "checkQuotaAtData", true),
            integer(c, "maxUnknownPerSession", 5, 0),
            integer(c, "harvestThreshold", 20, 0),
            positive(c, "harvestHalfLife", "1h"),
            positive(c, "harvestBlockDuration", "1h"),
            integer(c, "harvestMaxTrackedClients", 100_000, 1),
            relayDomains(c),
            helo(c),
            requirePositive("calloutConnectTimeout", connect),
            requirePositive("calloutReplyTimeout", reply),
            requirePositive("calloutTotalTimeout", total),
            integer(c, "calloutMaxConcurrent", 10, 1),
            positive(c, "calloutPositiveTtl", "7d"),
            positive(c, "calloutNegativeTtl", "2h"),
            location(c, "calloutCacheDirectory", DEFAULT_CACHE_DIRECTORY),
            integer(c, "calloutCacheMaxEntries", 100_000, 1));
    }

    private static Map<String, Downstream> relayDomains(Configuration c) throws ConfigurationException {
        List<String> names = new ArrayList<>();
        List<String> downstreams = new ArrayList<>();
        if (c instanceof HierarchicalConfiguration<?> h) {
            for (HierarchicalConfiguration<?> entry : h.configurationsAt(RELAY_DOMAIN)) {
                names.add(entry.getString("domain"));
                downstreams.add(entry.getString("downstream"));
            }
        } else {
            names.addAll(c.getList(String.class, RELAY_DOMAIN_NAME, List.of()));
            downstreams.addAll(c.getList(String.class, RELAY_DOMAIN_DOWNSTREAM, List.of()));
            if (names.size() != downstreams.size()) {
                throw new ConfigurationException(Bilingual.of(
                    "RecipientValidationHook: every '" + RELAY_DOMAIN + "' needs exactly one <domain> and one <downstream>",
                    "RecipientValidationHook: hver '" + RELAY_DOMAIN + "' skal have præcis ét <domain> og ét <downstream>"));
            }
        }
        Map<String, Downstream> result = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String ds = downstreams.get(i);
            if (name == null || name.isBlank()) {
                throw new ConfigurationException(Bilingual.of(
                    "RecipientValidationHook: '" + RELAY_DOMAIN_NAME + "' missing in entry " + (i + 1),
                    "RecipientValidationHook: '" + RELAY_DOMAIN_NAME + "' mangler i post " + (i + 1)));
            }
            String domain;
            try {
                // the one rule for configured domains: the key is the A-label, the form RCPT domains are looked up in
                domain = DomainName.configured(name);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(Bilingual.prefixed("RecipientValidationHook: '" + RELAY_DOMAIN_NAME + "': ", e.getMessage()));
            }
            if (ds == null || ds.isBlank()) {
                throw new ConfigurationException(Bilingual.of(
                    "RecipientValidationHook: '" + RELAY_DOMAIN_DOWNSTREAM + "' missing for " + domain,
                    "RecipientValidationHook: '" + RELAY_DOMAIN_DOWNSTREAM + "' mangler for " + domain));
            }
            try {
                if (result.put(domain, Downstream.parse(ds)) != null) {
                    throw new ConfigurationException(Bilingual.of(
                        "RecipientValidationHook: '" + RELAY_DOMAIN_NAME + "' " + domain + " listed twice",
                        "RecipientValidationHook: '" + RELAY_DOMAIN_NAME + "' " + domain + " er angivet to gange"));
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(Bilingual.of(
                    "RecipientValidationHook: '" + RELAY_DOMAIN_DOWNSTREAM + "' for " + domain + ": "
                        + Bilingual.english(e.getMessage()),
                    "RecipientValidationHook: '" + RELAY_DOMAIN_DOWNSTREAM + "' for " + domain + ": "
                        + Bilingual.danish(e.getMessage())));
            }
        }
        return result;
    }

    private static String helo(Configuration c) throws ConfigurationException {
        Optional<String> configured = configuredHeloName(c);
        if (configured.isPresent()) {
            return configured.get();
        }
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }

    /**
     * The {@code calloutHeloName} the admin wrote, empty when none (this host's name is then used). Public for the
     * launcher, which checks it before the server starts.
     */
    public static Optional<String> configuredHeloName(Configuration c) throws ConfigurationException {
        String v = c.getString("calloutHeloName", null);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            // EHLO names this host by its fully-qualified domain name (RFC 5321 §4.1.1.1), sent as the A-label: a
            // U-label there needs SMTPUTF8 (RFC 6531 §3.7.1), which the downstream may not offer
            return Optional.of(DomainName.configured(v));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Bilingual.prefixed("RecipientValidationHook: 'calloutHeloName': ", e.getMessage()));
        }
    }

    private static boolean bool(Configuration c, String key, boolean def) throws ConfigurationException {
        String v = c.getString(key, null);
        if (v == null || v.isBlank()) {
            return def;
        }
        switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true":
            case "yes":
                return true;
            case "false":
            case "no":
                return false;
            default:
                throw new ConfigurationException(Bilingual.of(
                    "RecipientValidationHook: '" + key + "' must be true or false, not '" + v + "'",
                    "RecipientValidationHook: '" + key + "' skal være true eller false, ikke '" + v + "'"));
        }
    }

    private static int integer(Configuration c, String key, int def, int min) throws ConfigurationException {
        String v = c.getString(key, null);
        if (v == null || v.isBlank()) {
            return def;
        }
        try {
            // the one whole-number rule (WholeNumbers): "+4" or other scripts' digits are refused, naming the key
            return WholeNumbers.parse("RecipientValidationHook: '" + key + "'", v, min, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    private static Duration duration(Configuration c, String key, String def) throws ConfigurationException {
        String v = c.getString(key, null);
        try {
            return Durations.parse(v == null || v.isBlank() ? def : v);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Bilingual.of(
                "RecipientValidationHook: '" + key + "' is not a duration: '" + v + "'",
                "RecipientValidationHook: '" + key + "' er ikke en varighed: '" + v + "'"));
        }
    }

    private static Duration positive(Configuration c, String key, String def) throws ConfigurationException {
        return requirePositive(key, duration(c, key, def));
    }

    private static Duration requirePositive(String key, Duration d) throws ConfigurationException {
        if (d.isZero() || d.isNegative()) {
            throw new ConfigurationException(Bilingual.of("RecipientValidationHook: '" + key + "' must be positive",
                "RecipientValidationHook: '" + key + "' skal være positiv"));
        }
        return d;
    }

    private static String location(Configuration c, String key, String def) throws ConfigurationException {
        String v = c.getString(key, null);
        String s = v == null || v.isBlank() ? def : v.trim();
        try {
            // syntax check only; the directory is resolved against James's directories by the hook
            Paths.get(stripFileScheme(s));
        } catch (InvalidPathException e) {
            throw new ConfigurationException(Bilingual.of(
                "RecipientValidationHook: '" + key + "' is not a path: '" + v + "'",
                "RecipientValidationHook: '" + key + "' er ikke en sti: '" + v + "'"));
        }
        return s;
    }

    static String stripFileScheme(String location) {
        String s = location;
        if (s.startsWith("file://")) {
            s = s.substring("file://".length());
        } else if (s.startsWith("file:")) {
            s = s.substring("file:".length());
        }
        return s.isEmpty() ? "." : s;
    }

    /**
     * Where the cache lives. {@code file://...} and relative paths are resolved the way James resolves its
     * own repositories ({@code file://var/mail/...}): against James's base (working) directory, so the cache
     * sits in the data directory, not in whatever directory the JVM was started from.
     *
     * @param baseDirectory James's base directory ({@code FileSystem.getBasedir()}), or null if unknown
     *                      (then {@code -Dworking.directory}, else the current directory)
     */
    public Path resolveCacheDirectory(Path baseDirectory) {
        Path p = Paths.get(stripFileScheme(calloutCacheDirectory));
        if (p.isAbsolute()) {
            return p.normalize();
        }
        Path base = baseDirectory;
        if (base == null) {
            String wd = System.getProperty("working.directory");
            base = wd == null ? Paths.get("") : Paths.get(wd);
        }
        return base.resolve(p).toAbsolutePath().normalize();
    }
}
