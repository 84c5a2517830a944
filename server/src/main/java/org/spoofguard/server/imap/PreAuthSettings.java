package org.spoofguard.server.imap;

import java.time.Duration;

import org.apache.commons.configuration2.HierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.tree.ImmutableNode;

/**
 * SpoofGuard's limits on IMAP connections that have not logged in, read from an {@code <imapserver>} of
 * {@code imapserver.xml} next to James's keys:
 * <ul>
 *   <li>{@code loginTimeout} (seconds, default 60): a connection not logged in by then is closed. James's own
 *       {@code timeout} is at least 30 minutes and restarts with every command, so a NOOP kept a connection that never
 *       logged in for ever. 60 s is Dovecot's order of magnitude and ample for a TLS handshake and a LOGIN over a slow
 *       mobile link.</li>
 *   <li>{@code unauthenticatedConnectionLimit} (default a third of {@code connectionLimit}, 100 without one): how many
 *       connections may wait for a login at once; must stay below {@code connectionLimit} so logged-in users keep
 *       slots.</li>
 * </ul>
 */
record PreAuthSettings(Duration loginTimeout, int unauthenticatedLimit) {
    static final String LOGIN_TIMEOUT = "loginTimeout";
    static final String UNAUTHENTICATED_LIMIT = "unauthenticatedConnectionLimit";
    static final int DEFAULT_LOGIN_TIMEOUT_SECONDS = 60;
    /** James refuses a {@code timeout} below 30 minutes: a longer login timeout would never act. */
    static final int MAX_LOGIN_TIMEOUT_SECONDS = 30 * 60;

    /** {@code connectionLimit} as James read it (0: none). */
    static PreAuthSettings from(HierarchicalConfiguration<ImmutableNode> configuration, int connectionLimit)
        throws ConfigurationException {
        int timeout = positive(configuration, LOGIN_TIMEOUT, DEFAULT_LOGIN_TIMEOUT_SECONDS);
        if (timeout > MAX_LOGIN_TIMEOUT_SECONDS) {
            throw new ConfigurationException("imapserver.xml <" + LOGIN_TIMEOUT + ">: " + timeout
                + " seconds is above James's minimum timeout (" + MAX_LOGIN_TIMEOUT_SECONDS + "), so it would never act");
        }
        int unauthenticated = positive(configuration, UNAUTHENTICATED_LIMIT,
            connectionLimit > 0 ? Math.max(1, connectionLimit / 3) : 100);
        if (connectionLimit > 0 && unauthenticated >= connectionLimit) {
            throw new ConfigurationException("imapserver.xml <" + UNAUTHENTICATED_LIMIT + ">: " + unauthenticated
                + " must be below <connectionLimit> (" + connectionLimit + "), or logged-in users get no slot");
        }
        return new PreAuthSettings(Duration.ofSeconds(timeout), unauthenticated);
    }

    private static int positive(HierarchicalConfiguration<ImmutableNode> configuration, String key, int fallback)
        throws ConfigurationException {
        String text = configuration.getString(key, null);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException("imapserver.xml <" + key + ">: '" + text + "' is not a positive whole number");
    }
}
