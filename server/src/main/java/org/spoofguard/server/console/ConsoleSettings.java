package org.spoofguard.server.console;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.spoofguard.core.config.Durations;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.config.WholeNumbers;

/**
 * The console's settings: the {@code console.} section of {@code conf/spoofguard.properties} (every key documented
 * in docs/console.md) plus the listen address, which the launcher passes as system property
 * {@value #BIND_PROPERTY} ({@code --console-port}, {@code --console-listen}).
 *
 * @param host address to bind to (default 127.0.0.1: the console is reached through a TLS reverse proxy)
 * @param port TCP port, 0 = chosen by the OS, -1 = console off
 * @param admins who may log in; empty = the postmaster account of every local domain ({@code postmaster@domain})
 * @param sessionIdle a session unused this long is ended
 * @param sessionMax a session older than this is ended however busy it is
 * @param retentionDays held mail older than this is deleted by the daily task; 0 = never
 * @param loginFailures wrong passwords per user name (and per client address) tolerated within {@code loginWindow}
 * @param loginWindow the window, also how long a blocked name or address stays blocked
 * @param secureCookie add {@code Secure} to the session cookie (browsers accept it on http://127.0.0.1 and localhost)
 */
public record ConsoleSettings(String host, int port, Set<String> admins, Duration sessionIdle, Duration sessionMax,
                              int retentionDays, int loginFailures, Duration loginWindow, boolean secureCookie,
                              String quarantine, String suppressed, String error) {
    public static final String BIND_PROPERTY = "spoofguard.console.bind";
    public static final String DEFAULT_BIND = "127.0.0.1:8025";
    public static final String SECTION = "console";
    /** Kept beside the other sections' keys, so the file is checked for them where no console runs too. */
    private static final Set<String> KEYS = org.spoofguard.james.SpoofGuardSettings.CONSOLE_KEYS;

    public ConsoleSettings {
        admins = Set.copyOf(admins);
    }

    public boolean enabled() {
        return port >= 0;
    }

    /** Parses the section (keys without the {@code console.} prefix); an unknown key or bad value throws naming it. */
    public static ConsoleSettings parse(Map<String, String> section, String bind) {
        for (String key : section.keySet()) {
            if (!KEYS.contains(key)) {
                String known = String.join(", ", new java.util.TreeSet<>(KEYS));
                throw new IllegalArgumentException(Bilingual.of(
                    "spoofguard.properties: console." + key + ": unknown setting (known: " + known + ")",
                    "spoofguard.properties: console." + key + ": ukendt indstilling (kendte: " + known + ")"));
            }
        }
        String b = bind == null || bind.isBlank() ? DEFAULT_BIND : bind.trim();
        int colon = b.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(Bilingual.of(BIND_PROPERTY + ": expected HOST:PORT, got '" + b + "'",
                BIND_PROPERTY + ": skal være VÆRT:PORT, ikke '" + b + "'"));
        }
        String host = b.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        // the one whole-number rule (WholeNumbers), "-1" (no console) allowed; the range is checked below
        int port = WholeNumbers.value(b.substring(colon + 1), -1, Integer.MAX_VALUE).orElseThrow(() ->
            new IllegalArgumentException(Bilingual.of(BIND_PROPERTY + ": not a port: '" + b + "'",
                BIND_PROPERTY + ": ikke en port: '" + b + "'")));
        if (port < -1 || port > 65535) {
            throw new IllegalArgumentException(Bilingual.of(BIND_PROPERTY + ": port out of range: '" + b + "'",
                BIND_PROPERTY + ": porten er uden for det gyldige område: '" + b + "'"));
        }
        Set<String> admins = new LinkedHashSet<>();
        for (String a : section.getOrDefault("admins", "").split("[,\\s]+")) {
            if (!a.isBlank()) {
                if (!a.contains("@") || a.startsWith("@") || a.endsWith("@")) {
                    throw new IllegalArgumentException(Bilingual.of(
                        "spoofguard.properties: console.admins: not an address: '" + a + "'",
                        "spoofguard.properties: console.admins: ikke en adresse: '" + a + "'"));
                }
                admins.add(a.trim().toLowerCase(Locale.ROOT));
            }
        }
        return new ConsoleSettings(host, port, admins,
            duration(section, "sessionIdle", "30m"),
            duration(section, "sessionMax", "12h"),
            integer(section, "retentionDays", 30, 0, 36500),
            integer(section, "loginFailures", 5, 1, 1000),
            duration(section, "loginWindow", "15m"),
            bool(section, "secureCookie", true),
            url(section, "repository.quarantine", "file://var/mail/quarantine/"),
            url(section, "repository.suppressed", "file://var/mail/suppressed-bounces/"),
            url(section, "repository.error", "file://var/mail/error/"));
    }

    /**
     * The project's one duration grammar ({@link Durations}: a bare number is seconds, ISO-8601 accepted), as for
     * every other key of spoofguard.properties. James's DurationParser read a bare number as milliseconds, so
     * {@code console.loginWindow=900} became 0.9 s and the login throttle forgot every wrong password at once.
     */
    private static Duration duration(Map<String, String> s, String key, String dflt) {
        String name = "spoofguard.properties: console." + key;
        Duration d = Durations.parse(name, s.getOrDefault(key, dflt));
        if (d.isZero()) {
            throw new IllegalArgumentException(Bilingual.of(name + ": must be positive, got '" + s.getOrDefault(key, dflt) + "'",
                name + ": skal være positiv, ikke '" + s.getOrDefault(key, dflt) + "'"));
        }
        return d;
    }

    private static int integer(Map<String, String> s, String key, int dflt, int min, int max) {
        return WholeNumbers.parse("spoofguard.properties: console." + key, s.getOrDefault(key, Integer.toString(dflt)).trim(),
            min, max);
    }

    private static boolean bool(Map<String, String> s, String key, boolean dflt) {
        String v = s.getOrDefault(key, Boolean.toString(dflt)).trim().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(Bilingual.of(
                "spoofguard.properties: console." + key + ": true or false, got '" + v + "'",
                "spoofguard.properties: console." + key + ": skal være true eller false, ikke '" + v + "'"));
        }
        return Boolean.parseBoolean(v);
    }

    private static String url(Map<String, String> s, String key, String dflt) {
        String v = s.getOrDefault(key, dflt).trim();
        if (!v.matches("[a-z]+://.+")) {
            throw new IllegalArgumentException(Bilingual.of(
                "spoofguard.properties: console." + key + ": not a repository URL: '" + v + "'",
                "spoofguard.properties: console." + key + ": ikke en repository-URL: '" + v + "'"));
        }
        return v;
    }
}
