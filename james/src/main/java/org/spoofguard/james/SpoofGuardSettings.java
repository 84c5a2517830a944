package org.spoofguard.james;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.server.core.configuration.Configuration.ConfigurationPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.dns.CachingDnsResolver;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.ResolverConfig;
import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.config.Bilingual;

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
    /**
     * The sections some reader takes its keys from: auth (SenderAuthentication, Posture), batv (BatvSettings),
     * bounce (BounceGuardServices), console (ConsoleSettings), dkim (DkimSign, Posture, the console), dns (here),
     * invoice (InvoiceInspection). A section added to the code must be added here, or its keys are refused.
     */
    public static final Set<String> SECTIONS = Set.of("auth", "batv", "bounce", "console", "dkim", "dns", "invoice");
    /**
     * The keys of the {@code console.} section. Here rather than in the server's {@code ConsoleSettings} (which
     * uses this set) so that {@link #read} knows them without the server module: an install of the extension jar has
     * no console, but its file is checked the same way.
     */
    public static final Set<String> CONSOLE_KEYS = Set.of("admins", "sessionIdle", "sessionMax", "retentionDays",
        "loginFailures", "loginWindow", "secureCookie", "repository.quarantine", "repository.suppressed",
        "repository.error");
    private static final Logger LOGGER = LoggerFactory.getLogger(SpoofGuardSettings.class);

    private final Map<String, String> properties;
    private final DnsResolver resolver;
    private final String authservId;

    @Inject
    public SpoofGuardSettings(FileSystem fileSystem, ConfigurationPath configurationPath) {
        this(load(fileSystem, configurationPath));
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
            throw new IllegalArgumentException(Bilingual.prefixed(FILE + ".properties: " + DNS_PREFIX, e.getMessage()), e);
        }
        this.resolver = new CachingDnsResolver(resolverConfig);
        String configuredId = properties.getOrDefault(AUTHSERV_ID, "").trim();
        this.authservId = configuredId.isEmpty() ? localHostName() : configuredId;
        if (!AuthenticationResultsHeader.isValidAuthservId(this.authservId)) {
            throw new IllegalArgumentException(Bilingual.of(
                FILE + ".properties: " + AUTHSERV_ID + ": must be a host name (RFC 8601 §2.5), got '" + configuredId + "'",
                FILE + ".properties: " + AUTHSERV_ID + ": skal være et værtsnavn (RFC 8601 §2.5), ikke '" + configuredId + "'"));
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

    /**
     * Reads {@code spoofguard.properties} from James's configuration directory. Not through James's
     * PropertiesProvider: it decodes {@code .properties} as ISO-8859-1 (commons-configuration's default), while admins
     * save the file as UTF-8, as ours is. "Tønder Kommune" in {@code invoice.names.protected} arrived as "TÃ¸nder
     * Kommune" and never matched a display name, and the UTF-8 "Å" (C3 85) became a NEL that broke the line.
     */
    private static Map<String, String> load(FileSystem fileSystem, ConfigurationPath configurationPath) {
        File file;
        try {
            file = fileSystem.getFile(configurationPath.asString() + FILE + ".properties");
        } catch (FileNotFoundException e) {
            file = null;
        }
        if (file == null || !file.isFile()) {
            LOGGER.info("No {}.properties: SpoofGuard uses its defaults", FILE);
            return Map.of();
        }
        return read(file.toPath());
    }

    /**
     * The settings of a {@code spoofguard.properties} file: UTF-8, or ISO-8859-1 when the bytes are no UTF-8 (a file
     * saved by an older editor); values trimmed. Stops the server, naming the key: an unknown top-level key, a key
     * in no known section ({@link #SECTIONS}, case-sensitive: "invoices.threshold.quarantine" or "Bounce.unproven"
     * reached no reader and the admin's setting was silently not applied), and a key given twice (Properties keeps
     * the last one silently: an example line uncommented further down overrode the admin's value without a word).
     * Every section's keys are checked here too (by name only; values are the section's reader's), so a misspelt
     * key is refused in every install, also where the section's feature is not loaded.
     */
    public static Map<String, String> read(Path file) {
        String text;
        Map<String, Integer> duplicates = new LinkedHashMap<>();
        Properties p = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                Object old = super.put(key, value);
                if (old != null) {
                    duplicates.merge(String.valueOf(key), 2, (a, b) -> a + 1);
                }
                return old;
            }
        };
        try {
            text = decode(Files.readAllBytes(file));
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(FILE + ".properties cannot be read: " + e.getMessage(), e);
        }
        if (!duplicates.isEmpty()) {
            String key = duplicates.keySet().iterator().next();
            String where = lines(text, key);
            throw new IllegalArgumentException(Bilingual.of(
                FILE + ".properties: " + key + ": given " + duplicates.get(key) + " times" + where
                    + "; keep one (the last one would win silently)",
                FILE + ".properties: " + key + ": angivet " + duplicates.get(key) + " gange" + where
                    + "; behold én (den sidste ville ellers gælde uden varsel)"));
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(key -> out.put(key, p.getProperty(key).strip()));
        for (String key : out.keySet()) {
            int dot = key.indexOf('.');
            if (dot < 0 && !TOP_LEVEL.contains(key)) {
                throw new IllegalArgumentException(Bilingual.of(FILE + ".properties: " + key + ": unknown setting",
                    FILE + ".properties: " + key + ": ukendt indstilling"));
            }
            if (dot >= 0 && !SECTIONS.contains(key.substring(0, dot))) {
                String section = key.substring(0, dot);
                String sections = String.join(", ", new TreeSet<>(SECTIONS));
                throw new IllegalArgumentException(Bilingual.of(
                    FILE + ".properties: " + key + ": unknown section '" + section + "' (known: " + sections + ")",
                    FILE + ".properties: " + key + ": ukendt afsnit '" + section + "' (kendte: " + sections + ")"));
            }
            if (dot >= 0 && !isSectionKey(key.substring(0, dot), key.substring(dot + 1))) {
                String known = knownKeys(key.substring(0, dot));
                throw new IllegalArgumentException(Bilingual.of(
                    FILE + ".properties: " + key + ": unknown setting (known: " + known + ")",
                    FILE + ".properties: " + key + ": ukendt indstilling (kendte: " + known + ")"));
            }
        }
        return out;
    }

    /**
     * Is {@code key} one of {@code section}'s keys. Each set is the one its reader checks, a constant: nothing of the
     * feature is loaded. The reader is built only where its feature is used (the invoice check, BATV, DKIM signing,
     * the console run where the mailet container or the server uses them), so without this a misspelt key of a
     * feature an install does not load (the extension jar with some of the features) started without a word.
     */
    static boolean isSectionKey(String section, String key) {
        return switch (section) {
            case SenderAuthentication.PREFIX -> SenderAuthentication.KEYS.contains(key);
            case "batv" -> BatvSettings.KEYS.contains(key);
            // the bounce guard's mailet parameters less authservId, which the section takes from the top level
            case BounceGuardServices.PREFIX -> org.spoofguard.core.bounce.BounceGuardSettings.KEYS.contains(key)
                && !key.equals(org.spoofguard.core.bounce.BounceGuardSettings.AUTHSERV_ID);
            case "console" -> CONSOLE_KEYS.contains(key);
            case "dkim" -> org.spoofguard.core.dkim.DkimSigningConfig.KEYS.contains(key);
            case "dns" -> org.spoofguard.core.dns.ResolverConfig.KEYS.contains(key);
            case "invoice" -> org.spoofguard.core.invoice.InvoiceConfig.isKey(key);
            default -> false;
        };
    }

    private static String knownKeys(String section) {
        Set<String> keys = switch (section) {
            case SenderAuthentication.PREFIX -> SenderAuthentication.KEYS;
            case "batv" -> BatvSettings.KEYS;
            case BounceGuardServices.PREFIX -> {
                Set<String> k = new TreeSet<>(org.spoofguard.core.bounce.BounceGuardSettings.KEYS);
                k.remove(org.spoofguard.core.bounce.BounceGuardSettings.AUTHSERV_ID);
                yield k;
            }
            case "console" -> CONSOLE_KEYS;
            case "dkim" -> org.spoofguard.core.dkim.DkimSigningConfig.KEYS;
            case "dns" -> org.spoofguard.core.dns.ResolverConfig.KEYS;
            case "invoice" -> {
                Set<String> k = new TreeSet<>(org.spoofguard.core.invoice.InvoiceConfig.KEYS);
                k.add("weight.<signal>");
                yield k;
            }
            default -> Set.of();
        };
        return String.join(", ", new TreeSet<>(keys).stream().map(k -> section + "." + k).toList());
    }

    /** " (lines 3, 9)": the lines that start with {@code key} (a best effort: continuation lines are not followed). */
    private static String lines(String text, String key) {
        StringBuilder found = new StringBuilder();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.startsWith(key) && (line.length() == key.length()
                || "=: \t\f".indexOf(line.charAt(key.length())) >= 0)) {
                found.append(found.length() == 0 ? "" : ", ").append(i + 1);
            }
        }
        return found.length() == 0 ? "" : " (lines " + found + ")";
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
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
