package org.spoofguard.james;

import java.io.FileNotFoundException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.utils.PropertiesProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.dns.CachingDnsResolver;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.ResolverConfig;

/**
 * SpoofGuard's server-wide settings, read once from {@code conf/spoofguard.properties}, and the services
 * every hook, matcher and mailet shares: above all the one DNS resolver (one cache for SPF, DKIM and
 * DMARC, RFC 7208 §4.6.4's lookup limits counted against the same answers).
 *
 * <p>A Guice singleton: James builds our hooks, matchers and mailets with Guice, so they all receive this
 * instance by constructor injection. Bad settings stop James at start-up with a message naming the key.
 */
@Singleton
public class SpoofGuardSettings {
    public static final String FILE = "spoofguard";
    public static final String DNS_PREFIX = "dns.";
    public static final String AUTHSERV_ID = "authservId";
    private static final Set<String> TOP_LEVEL = Set.of(AUTHSERV_ID);
    private static final Logger LOGGER = LoggerFactory.getLogger(SpoofGuardSettings.class);

    private final Map<String, String> properties;
    private final DnsResolver resolver;
    private final String authservId;

    @Inject
    public SpoofGuardSettings(PropertiesProvider propertiesProvider) {
        this(load(propertiesProvider));
    }

    public SpoofGuardSettings(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
        Map<String, String> dns = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(DNS_PREFIX)) {
                dns.put(key.substring(DNS_PREFIX.length()), value);
            }
        });
        ResolverConfig resolverConfig;
        try {
            resolverConfig = ResolverConfig.parse(dns);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FILE + ".properties: " + DNS_PREFIX + e.getMessage(), e);
        }
        this.resolver = new CachingDnsResolver(resolverConfig);
        String configuredId = properties.getOrDefault(AUTHSERV_ID, "").trim();
        this.authservId = configuredId.isEmpty() ? localHostName() : configuredId;
        if (!this.authservId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(FILE + ".properties: " + AUTHSERV_ID
                + ": must be a host name (RFC 8601 §2.5), got '" + configuredId + "'");
        }
        LOGGER.info("SpoofGuard settings: authserv-id={}, DNS {}", authservId, resolver);
    }

    /** The shared resolver for all SpoofGuard DNS use. */
    public DnsResolver resolver() {
        return resolver;
    }

    /** Our authserv-id in Authentication-Results (RFC 8601 §2.5). */
    public String authservId() {
        return authservId;
    }

    /** The settings under {@code prefix.} with the prefix removed (e.g. a feature's own section). */
    public Map<String, String> section(String prefix) {
        String p = prefix.endsWith(".") ? prefix : prefix + ".";
        Map<String, String> out = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(p)) {
                out.put(key.substring(p.length()), value);
            }
        });
        return out;
    }

    public Map<String, String> all() {
        return properties;
    }

    private static Map<String, String> load(PropertiesProvider provider) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            Configuration configuration = provider.getConfiguration(FILE);
            for (Iterator<String> keys = configuration.getKeys(); keys.hasNext(); ) {
                String key = keys.next();
                // Comma lists may have been split by the properties reader: join them back.
                out.put(key, String.join(",", configuration.getStringArray(key)));
            }
        } catch (FileNotFoundException e) {
            LOGGER.info("No {}.properties: SpoofGuard uses its defaults", FILE);
        } catch (ConfigurationException e) {
            throw new IllegalArgumentException(FILE + ".properties cannot be read: " + e.getMessage(), e);
        }
        out.keySet().stream()
            .filter(key -> !key.contains(".") && !TOP_LEVEL.contains(key))
            .findFirst()
            .ifPresent(key -> {
                throw new IllegalArgumentException(FILE + ".properties: " + key + ": unknown setting");
            });
        return out;
    }

    /**
     * Default authserv-id: this host's fully qualified name. /etc/hosts often maps the machine to
     * "localhost" first; an id of "localhost" tells readers nothing, so fall back to the plain host name.
     */
    private static String localHostName() {
        try {
            InetAddress local = InetAddress.getLocalHost();
            String canonical = local.getCanonicalHostName().toLowerCase(Locale.ROOT);
            if (canonical.contains(".") && !canonical.startsWith("localhost")) {
                return canonical;
            }
            String name = local.getHostName().toLowerCase(Locale.ROOT);
            return name.isEmpty() ? "localhost" : name;
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
