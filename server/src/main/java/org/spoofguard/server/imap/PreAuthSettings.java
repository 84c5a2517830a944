package org.spoofguard.server.imap;

import java.time.Duration;

import org.apache.commons.configuration2.HierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.tree.ImmutableNode;
import org.spoofguard.core.config.Durations;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.server.ServerXml;

/**
 * SpoofGuard's limits on IMAP connections that have not logged in, read from an {@code <imapserver>} of
 * {@code imapserver.xml} next to James's keys:
 * <ul>
 *   <li>{@code loginTimeout} (a duration, {@link Durations}; a bare number is seconds; default 60 s): a connection not logged in by then is closed. James's own
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
        Duration timeout = loginTimeout(configuration);
        int unauthenticated = ServerXml.wholeNumber(configuration, "imapserver.xml", UNAUTHENTICATED_LIMIT,
            connectionLimit > 0 ? Math.max(1, connectionLimit / 3) : 100, 1, Integer.MAX_VALUE);
        if (connectionLimit > 0 && unauthenticated >= connectionLimit) {
            throw new ConfigurationException(Bilingual.of(
                "imapserver.xml <" + UNAUTHENTICATED_LIMIT + ">: " + unauthenticated + " must be below <connectionLimit> ("
                    + connectionLimit + "), or logged-in users get no slot",
                "imapserver.xml <" + UNAUTHENTICATED_LIMIT + ">: " + unauthenticated + " skal være under <connectionLimit> ("
                    + connectionLimit + "), ellers får indloggede brugere ingen plads"));
        }
        return new PreAuthSettings(timeout, unauthenticated);
    }

    /**
     * The one duration grammar of our settings ({@link Durations}: {@code 60}, {@code 90s}, {@code 1m}, {@code PT1M}; a
     * bare number is seconds, as before), 1 second to James's minimum {@code timeout}: a longer one would never act.
     */
    private static Duration loginTimeout(HierarchicalConfiguration<ImmutableNode> configuration)
        throws ConfigurationException {
        String text = configuration.getString(LOGIN_TIMEOUT, null);
        if (text == null) {
            return Duration.ofSeconds(DEFAULT_LOGIN_TIMEOUT_SECONDS);
        }
        Duration timeout;
        try {
            timeout = Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Bilingual.of(
                "imapserver.xml <" + LOGIN_TIMEOUT + ">: not a duration like 60, 30s, 5m or PT1M: '" + text.trim() + "'",
                "imapserver.xml <" + LOGIN_TIMEOUT + ">: ikke en varighed som 60, 30s, 5m eller PT1M: '" + text.trim() + "'"));
        }
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.getSeconds() > MAX_LOGIN_TIMEOUT_SECONDS
            || timeout.getSeconds() == MAX_LOGIN_TIMEOUT_SECONDS && timeout.getNano() > 0) {
            throw new ConfigurationException(Bilingual.of(
                "imapserver.xml <" + LOGIN_TIMEOUT + ">: '" + text.trim() + "' must be from 1s to "
                    + MAX_LOGIN_TIMEOUT_SECONDS / 60 + "m (James's minimum timeout: a longer one would never act)",
                "imapserver.xml <" + LOGIN_TIMEOUT + ">: '" + text.trim() + "' skal være fra 1s til "
                    + MAX_LOGIN_TIMEOUT_SECONDS / 60 + "m (James' mindste timeout: en længere ville aldrig virke)"));
        }
        return timeout;
    }
}
