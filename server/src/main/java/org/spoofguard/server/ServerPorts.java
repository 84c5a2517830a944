package org.spoofguard.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The listen addresses that {@code conf/*.xml} reads as {@code ${sys:...}} properties, with their defaults.
 * Defaults bind to loopback: a fresh install must not open a mail server to the network by accident;
 * {@code --listen 0.0.0.0} opens it deliberately.
 */
public final class ServerPorts {
    public static final String SMTP = "spoofguard.smtp.bind";
    public static final String SUBMISSION = "spoofguard.submission.bind";
    public static final String IMAP = "spoofguard.imap.bind";
    /** Implicit TLS (RFC 8314 §3): submissions (465 on a privileged install) and IMAPS (993). */
    public static final String SUBMISSIONS = "spoofguard.submissions.bind";
    public static final String IMAPS = "spoofguard.imaps.bind";
    public static final String WEBADMIN = "spoofguard.webadmin.port";
    /** The web console's HOST:PORT (docs/console.md); port -1 turns it off. */
    public static final String CONSOLE = org.spoofguard.server.console.ConsoleSettings.BIND_PROPERTY;

    private ServerPorts() {
    }

    public static Map<String, String> defaults(String listen) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(SMTP, listen + ":2525");
        defaults.put(SUBMISSION, listen + ":5587");
        defaults.put(IMAP, listen + ":1143");
        defaults.put(SUBMISSIONS, listen + ":4465");
        defaults.put(IMAPS, listen + ":1993");
        defaults.put(WEBADMIN, "8000");
        // Always loopback by default, whatever --listen says: the console is meant to sit behind a TLS proxy.
        defaults.put(CONSOLE, org.spoofguard.server.console.ConsoleSettings.DEFAULT_BIND);
        return defaults;
    }

    /** Sets every property not already set (by -D or the launcher's options) to its default. */
    public static void applyDefaults() {
        defaults("127.0.0.1").forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }
}
