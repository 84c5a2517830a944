package org.spoofguard.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.TreeMap;

import org.spoofguard.core.config.WholeNumbers;

/**
 * Where the persistent server keeps users, domains, aliases, quotas, Sieve scripts and mailboxes.
 *
 * <p>Read from {@code conf/james-database.properties} (the keys James's own JPA server uses, so an admin who
 * knows James finds them), overridden by the launcher's {@code --database URL}. With no URL at all the store is
 * an embedded Derby database under the data directory, so the bundled server needs nothing installed.
 */
public record DatabaseSettings(String driverClassName, String url, Optional<String> username, Optional<String> password,
                               Map<String, String> openJpaProperties, int maxMailboxesPerUser) {
    public static final String FILE = "james-database.properties";
    public static final String MAX_MAILBOXES_KEY = "mailbox.maxPerUser";
    /**
     * Far above any real folder tree, low enough that LIST "*" and the quota recompute of one user stay cheap.
     * James 3.8.1 has no such cap (checked in its sources); 10000 is our choice, not a borrowed default.
     */
    public static final int DEFAULT_MAX_MAILBOXES_PER_USER = 10_000;
    /**
     * James's IMAP login creates INBOX and the other default folders (DefaultMailboxes: 7 in 3.8.1) of a user
     * without INBOX, through the same createMailbox: a lower cap would make that user's every login fail.
     */
    public static final int MIN_MAX_MAILBOXES_PER_USER = org.apache.james.mailbox.DefaultMailboxes.DEFAULT_MAILBOXES.size();
    static final String DERBY_DRIVER = "org.apache.derby.jdbc.EmbeddedDriver";
    static final String POSTGRES_DRIVER = "org.postgresql.Driver";

    public DatabaseSettings {
        openJpaProperties = Map.copyOf(openJpaProperties);
        if (maxMailboxesPerUser < MIN_MAX_MAILBOXES_PER_USER) {
            // English / Danish by hand: this module does not depend on spoofguard-core (Bilingual.of)
            throw new IllegalArgumentException(MAX_MAILBOXES_KEY + " must be at least " + MIN_MAX_MAILBOXES_PER_USER
                + " (the folders IMAP login creates), got " + maxMailboxesPerUser + " / " + MAX_MAILBOXES_KEY
                + " skal være mindst " + MIN_MAX_MAILBOXES_PER_USER + " (de mapper, IMAP-login opretter), ikke "
                + maxMailboxesPerUser);
        }
    }

    /** Derby embedded under {@code dataDir}: the default store. */
    public static DatabaseSettings derbyUnder(Path dataDir) {
        return new DatabaseSettings(DERBY_DRIVER, derbyUrl(dataDir), Optional.empty(), Optional.empty(), Map.of(),
            DEFAULT_MAX_MAILBOXES_PER_USER);
    }

    static String derbyUrl(Path dataDir) {
        return "jdbc:derby:" + dataDir.toAbsolutePath().normalize().resolve("var/store/derby") + ";create=true";
    }

    /**
     * The settings for this server: {@code urlOverride} (from {@code --database}) wins over the file's
     * {@code database.url}; without either, Derby under {@code dataDir}. Unknown or inconsistent keys fail here,
     * naming the key, instead of as an OpenJPA stack trace later.
     */
    public static DatabaseSettings load(Path confDir, Path dataDir, Optional<String> urlOverride) throws IOException {
        // Properties keeps the last of two lines silently: an example uncommented below the admin's own line would win
        Map<String, Integer> repeated = new TreeMap<>();
        Properties file = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                Object old = super.put(key, value);
                if (old != null) {
                    repeated.merge(String.valueOf(key), 2, (a, b) -> a + 1);
                }
                return old;
            }
        };
        Path path = confDir.resolve(FILE);
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                file.load(in);
            }
        }
        if (!repeated.isEmpty()) {
            String key = repeated.keySet().iterator().next();
            throw new IllegalArgumentException(path + ": " + key + ": given " + repeated.get(key)
                + " times; keep one (the last one would win silently) / " + path + ": " + key + ": angivet "
                + repeated.get(key) + " gange; behold én (den sidste ville ellers gælde uden varsel)");
        }
        Map<String, String> openJpa = new TreeMap<>();
        for (String key : file.stringPropertyNames()) {
            String value = file.getProperty(key).trim();
            if (key.startsWith("openjpa.")) {
                openJpa.put(key, value);
            } else if (!key.equals("database.url") && !key.equals("database.driverClassName")
                && !key.equals("database.username") && !key.equals("database.password") && !key.equals(MAX_MAILBOXES_KEY)) {
                String known = "database.url, database.driverClassName, database.username, database.password, "
                    + MAX_MAILBOXES_KEY + ", openjpa.*";
                throw new IllegalArgumentException(path + ": unknown key '" + key + "' (known: " + known + ") / "
                    + path + ": ukendt nøgle '" + key + "' (kendte: " + known + ")");
            }
        }
        Optional<String> fileUrl = Optional.ofNullable(file.getProperty("database.url")).map(String::trim).filter(s -> !s.isEmpty());
        String url = urlOverride.or(() -> fileUrl).orElse(derbyUrl(dataDir));
        String driver = Optional.ofNullable(file.getProperty("database.driverClassName")).map(String::trim)
            .filter(s -> !s.isEmpty())
            // A URL given on the command line names its own kind of database: the file's driver may be another's.
            .filter(d -> urlOverride.isEmpty())
            .orElseGet(() -> driverFor(url, urlOverride.isPresent() ? "--database" : "database.url"));
        if (!url.startsWith("jdbc:")) {
            String key = urlOverride.isPresent() ? "--database" : path + ": database.url";
            throw new IllegalArgumentException(key + " must be a JDBC URL (jdbc:derby:... or jdbc:postgresql://host:port/db),"
                + " got '" + url + "' / " + key + " skal være en JDBC-URL (jdbc:derby:... eller jdbc:postgresql://vært:port/db),"
                + " ikke '" + url + "'");
        }
        return new DatabaseSettings(driver, url,
            Optional.ofNullable(file.getProperty("database.username")).map(String::trim).filter(s -> !s.isEmpty()),
            Optional.ofNullable(file.getProperty("database.password")).filter(s -> !s.isEmpty()),
            openJpa,
            maxMailboxes(path, file.getProperty(MAX_MAILBOXES_KEY)));
    }

    private static int maxMailboxes(Path path, String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_MAILBOXES_PER_USER;
        }
        // the one whole-number rule (WholeNumbers): "+50" or other scripts' digits are refused too
        OptionalInt max = WholeNumbers.value(value, MIN_MAX_MAILBOXES_PER_USER, Integer.MAX_VALUE);
        if (max.isPresent()) {
            return max.getAsInt();
        }
        throw new IllegalArgumentException(path + ": " + MAX_MAILBOXES_KEY
            + " must be a whole number of mailboxes, at least " + MIN_MAX_MAILBOXES_PER_USER
            + " (the folders IMAP login creates), got '" + value.trim() + "' / " + path + ": " + MAX_MAILBOXES_KEY
            + " skal være et helt antal mapper, mindst " + MIN_MAX_MAILBOXES_PER_USER
            + " (de mapper, IMAP-login opretter), ikke '" + value.trim() + "'");
    }

    static String driverFor(String url, String key) {
        if (url.startsWith("jdbc:derby:")) {
            return DERBY_DRIVER;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRES_DRIVER;
        }
        throw new IllegalArgumentException(key + ": only jdbc:derby: and jdbc:postgresql: URLs are supported "
            + "(set database.driverClassName for another JDBC driver on the class path), got '" + url + "' / " + key
            + ": kun jdbc:derby:- og jdbc:postgresql:-URL'er understøttes (angiv database.driverClassName for en anden "
            + "JDBC-driver på klassestien), ikke '" + url + "'");
    }

    public boolean isDerby() {
        return url.startsWith("jdbc:derby:");
    }

    /** The directory of an embedded Derby database ({@code jdbc:derby:DIR;...}). */
    public Path derbyDirectory() {
        return Path.of(url.substring("jdbc:derby:".length()).split(";", 2)[0]);
    }

    /** For logs: the URL without any password parameter. */
    public String describe() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** The same settings with a user name and password (PostgreSQL run of the tests, admins' overrides). */
    public DatabaseSettings withCredentials(String user, String secret) {
        return new DatabaseSettings(driverClassName, url, Optional.of(user), Optional.ofNullable(secret), openJpaProperties,
            maxMailboxesPerUser);
    }
}
