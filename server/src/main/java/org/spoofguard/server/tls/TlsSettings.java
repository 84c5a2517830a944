package org.spoofguard.server.tls;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.net.DomainName;
import org.spoofguard.core.config.Bilingual;

/**
 * The TLS switches {@code conf/smtpserver.xml} and {@code conf/imapserver.xml} read as {@code ${sys:...}}
 * properties, and {@link #prepare(Path)}, which turns the admin's choice into the files James reads.
 *
 * <p>Admin inputs (launcher options or {@code -D} in {@code SPOOFGUARD_JAVA_OPTS}):
 * <ul>
 *   <li>{@value #ENABLED}: {@code true} (default) or {@code false} ({@code --no-tls}, loopback only);</li>
 *   <li>{@value #KEY} / {@value #CHAIN}: PEM private key and certificate chain ({@code --tls-key},
 *       {@code --tls-cert}); both or neither;</li>
 *   <li>{@value #HOSTNAME}: the name a generated self-signed certificate is made for (default: this host's name),
 *       a domain name ({@link #hostname()}).</li>
 * </ul>
 * Derived on every start (never set them by hand): {@value #KEY_URL}, {@value #CHAIN_URL}.
 */
public final class TlsSettings {
    private static final Logger LOGGER = LoggerFactory.getLogger(TlsSettings.class);
    public static final String ENABLED = "spoofguard.tls.enabled";
    public static final String KEY = "spoofguard.tls.key";
    public static final String CHAIN = "spoofguard.tls.certificates";
    public static final String HOSTNAME = "spoofguard.tls.hostname";
    public static final String KEY_URL = "spoofguard.tls.key.url";
    public static final String CHAIN_URL = "spoofguard.tls.certificates.url";
    /** Where the self-signed pair lives, relative to the data directory (James's {@code file://var/tls/}). */
    public static final String SELF_SIGNED_DIRECTORY = "var/tls";
    private static volatile TlsMaterial.Pair prepared;

    private TlsSettings() {
    }

    public static boolean enabled() {
        String value = System.getProperty(ENABLED, "true").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(Bilingual.of(ENABLED + " must be true or false, not " + value,
                ENABLED + " skal være true eller false, ikke " + value));
        };
    }

    /**
     * Makes the key and chain James will read available and points {@value #KEY_URL} / {@value #CHAIN_URL} at
     * them: the admin's PEM files after checking that they belong together, else the self-signed pair under
     * {@code dataDir/var/tls/} (generated when missing or expiring). Empty when TLS is disabled.
     *
     * @throws IllegalArgumentException with a message for the admin when the configured files are unusable
     */
    public static Optional<TlsMaterial.Pair> prepare(Path dataDir) {
        System.setProperty(ENABLED, String.valueOf(enabled()));
        prepared = null;
        if (!enabled()) {
            System.clearProperty(KEY_URL);
            System.clearProperty(CHAIN_URL);
            return Optional.empty();
        }
        Optional<String> key = Optional.ofNullable(System.getProperty(KEY)).filter(s -> !s.isBlank());
        Optional<String> chain = Optional.ofNullable(System.getProperty(CHAIN)).filter(s -> !s.isBlank());
        if (key.isPresent() != chain.isPresent()) {
            throw new IllegalArgumentException(Bilingual.of(
                "TLS: give both the private key (--tls-key, " + KEY + ") and the certificate chain (--tls-cert, " + CHAIN
                    + "), or neither for a self-signed certificate",
                "TLS: angiv både den private nøgle (--tls-key, " + KEY + ") og certifikatkæden (--tls-cert, " + CHAIN
                    + "), eller ingen af dem for et selvsigneret certifikat"));
        }
        Optional<String> hostname = hostname();
        TlsMaterial.Pair pair;
        Path tlsDirectory = dataDir.toAbsolutePath().normalize().resolve(SELF_SIGNED_DIRECTORY);
        try {
            if (key.isPresent()) {
                pair = TlsMaterial.activate(Path.of(key.get()).toAbsolutePath().normalize(),
                    Path.of(chain.get()).toAbsolutePath().normalize(), false,
                    tlsDirectory.resolve(TlsMaterial.ACTIVE_DIRECTORY), null);
            } else {
                TlsMaterial.Pair generated = TlsMaterial.selfSigned(tlsDirectory,
                    hostname.orElseGet(TlsMaterial::defaultHostname), Clock.systemUTC());
                pair = TlsMaterial.activate(generated.key(), generated.chain(), true,
                    tlsDirectory.resolve(TlsMaterial.ACTIVE_DIRECTORY), null);
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("TLS: cannot use the key/certificate: " + e.getMessage(), e);
        }
        if (!pair.validAt(Instant.now())) {
            // Started anyway: refusing would stop all mail (senders use STARTTLS opportunistically and accept an
            // expired certificate, RFC 7435), while the admin's renewal is picked up by the watcher without restart.
            LOGGER.warn("TLS: *** {}, which does not cover now: clients that verify (submission, IMAP, MTA-STS "
                + "senders) will refuse it; renew it (docs/tls.md) ***", pair.validity());
        }
        // James reads the checked copy under var/tls/active/, not the admin's files: an ACME client writing between
        // our check and James's read cannot make James load an unchecked pair. James's FileSystem: "file://" + an
        // absolute path is "file:///...", an absolute file.
        System.setProperty(KEY_URL, "file://" + pair.activeKey());
        System.setProperty(CHAIN_URL, "file://" + pair.activeChain());
        prepared = pair;
        return Optional.of(pair);
    }

    /**
     * The admin's {@value #HOSTNAME} ({@code --tls-hostname}) by the one domain rule ({@link DomainName#configured}),
     * as its A-label, which is what a certificate's dNSName holds (an IA5String, RFC 5280 §7.2); empty when not given.
     * Checked because it becomes the subject's CN: "mx,O=x.test" gave a certificate for O=x.test,CN=mx.
     *
     * @throws IllegalArgumentException naming the option, in English and Danish
     */
    public static Optional<String> hostname() {
        String value = System.getProperty(HOSTNAME);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DomainName.configured(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Bilingual.prefixed("--tls-hostname (" + HOSTNAME + "): ", e.getMessage()), e);
        }
    }

    /** The pair the last {@link #prepare} pointed James at (like the properties it sets, one per JVM). */
    public static Optional<TlsMaterial.Pair> prepared() {
        return Optional.ofNullable(prepared);
    }
}
