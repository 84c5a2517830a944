package org.spoofguard.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.spoofguard.core.config.Bilingual;
import org.spoofguard.james.SenderAuthentication;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.dns.ResolverConfig;
import org.spoofguard.core.net.IpLiteral;
import org.spoofguard.core.spf.ReceivedSpf;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.verdict.SenderAuthenticator;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * {@code bin/spoofguard-check}: computes the sender verdict the server would compute (same
 * {@link SenderAuthenticator}) for a client IP, HELO, MAIL FROM and optionally a message, so an admin can
 * answer "why was this mail treated like that?".
 *
 * <pre>
 * --ip ADDR             SMTP client IP address (required)
 * --helo NAME           HELO/EHLO name (default "")
 * --mail-from ADDR      envelope sender; "" or &lt;&gt; for the null sender (default "")
 * --conf DIR            configuration (default: conf/ of the checkout, as the server): spoofguard.properties gives
 *                       auth.* (DMARC discovery, SPF time budget), dns.* and authservId, read and checked by the
 *                       server's own code ({@link SpoofGuardSettings}, {@link SenderAuthentication}); a missing
 *                       file means the defaults, a bad key or value exit 2; the options below override it
 * --dns HOST:PORT       DNS server(s), comma separated (default: dns.servers, else /etc/resolv.conf)
 * --eml FILE            the message (RFC 5322); without it DKIM and DMARC are none ("no message given")
 * --authserv-id ID      authserv-id for the printed Authentication-Results (default: authservId, else spoofguard-check)
 * --dmarc-discovery M   treewalk or publicsuffix (default: auth.dmarcDiscovery, else treewalk)
 * --timeout DURATION    DNS timeout (default: dns.timeout, else the resolver's default)
 * --json                machine-readable output
 * </pre>
 * Exit status: 0 verdict printed; 1 verdict printed but our own code failed while deciding (the line
 * "INTERNAL ERROR", results temperror: not a verdict on the sender); 2 usage error or unreadable message.
 */
public final class CheckSender {
    static final String NO_MESSAGE = "no message given (--eml)";

    private CheckSender() {
    }

    /** Re-throws a resolver setting error under the command-line option the user typed. */
    private static void option(String name, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Bilingual.prefixed(name + ": ", e.getMessage()), e);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The whole command; returns the exit status (0, 1 internal error, 2 usage). Never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String ip = null;
        String helo = "";
        String mailFrom = "";
        String dns = null;
        Path eml = null;
        String authservId = null;
        String discovery = null;
        String timeout = null;
        Path conf = Launcher.checkoutDefault("conf");
        boolean confGiven = false;
        boolean json = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--ip" -> ip = value(args, ++i, arg);
                    case "--helo" -> helo = value(args, ++i, arg);
                    case "--mail-from" -> mailFrom = value(args, ++i, arg);
                    case "--dns" -> dns = value(args, ++i, arg);
                    case "--eml" -> eml = Path.of(value(args, ++i, arg));
                    case "--authserv-id" -> authservId = value(args, ++i, arg);
                    case "--dmarc-discovery" -> discovery = value(args, ++i, arg);
                    case "--timeout" -> timeout = value(args, ++i, arg);
                    case "--conf" -> {
                        conf = Path.of(value(args, ++i, arg));
                        confGiven = true;
                    }
                    case "--json" -> json = true;
                    case "-h", "--help" -> {
                        out.println(usage());
                        return 0;
                    }
                    default -> throw new IllegalArgumentException(Bilingual.of("unknown option " + arg, "ukendt tilvalg " + arg));
                }
            }
            if (confGiven && !Files.isDirectory(conf)) {
                throw new IllegalArgumentException(Bilingual.of("--conf " + conf + ": not a directory",
                    "--conf " + conf + ": ikke en mappe"));
            }
            if (dns != null && dns.isBlank()) {
                // was taken silently and the system's resolvers used: the admin meant some server
                throw new IllegalArgumentException(Bilingual.of("--dns must name HOST:PORT, not be empty",
                    "--dns skal angive VÆRT:PORT, ikke være tom"));
            }
            if (authservId != null && !AuthenticationResultsHeader.isValidAuthservId(authservId)) {
                // the rule authservId in spoofguard.properties follows: a CR/LF here made the printed header two
                throw new IllegalArgumentException(Bilingual.of("--authserv-id must be a host name such as mx.example.dk "
                    + "(letters, digits, '.', '-', '_'; RFC 8601 §2.2)", "--authserv-id skal være et værtsnavn som "
                    + "mx.example.dk (bogstaver, cifre, '.', '-', '_'; RFC 8601 §2.2)"));
            }
            if (ip == null || IpLiteral.parse(ip).isEmpty()) {
                throw new IllegalArgumentException(Bilingual.of("--ip must be an IPv4 or IPv6 address literal",
                    "--ip skal være en IPv4- eller IPv6-adresse"));
            }
            // isReadable alone is true for a directory: the read then failed inside the authenticator and a
            // "verdict" of temperror results was printed with exit 0, as if the mail had been checked
            if (eml != null && !(Files.isRegularFile(eml) && Files.isReadable(eml))) {
                throw new IllegalArgumentException(Bilingual.of("--eml " + eml + ": not a readable regular file",
                    "--eml " + eml + ": ikke en almindelig fil, der kan læses"));
            }
        } catch (IllegalArgumentException e) {
            err.println("spoofguard-check: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        SenderAuthenticator authenticator;
        try {
            if (discovery != null) {
                try {
                    DmarcPolicyDiscovery.Mode.parse(discovery);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(Bilingual.prefixed("--dmarc-discovery ", e.getMessage()), e);
                }
            }
            if (dns != null) {
                String d = dns;
                option("--dns", () -> ResolverConfig.parse(java.util.Map.of(ResolverConfig.SERVERS, d)));
            }
            if (timeout != null) {
                String t = timeout;
                option("--timeout", () -> ResolverConfig.parse(java.util.Map.of(ResolverConfig.TIMEOUT, t)));
            }
            // The server's settings, read and checked by the server's own code, so the verdict is the one the
            // server computes (auth.spfTimeBudget, auth.dmarcDiscovery, dns.*), the command line overriding.
            java.util.Map<String, String> settings = Posture.readProperties(conf.resolve("spoofguard.properties"));
            putIf(settings, SpoofGuardSettings.DNS_PREFIX + ResolverConfig.SERVERS, dns);
            putIf(settings, SpoofGuardSettings.DNS_PREFIX + ResolverConfig.TIMEOUT, timeout);
            putIf(settings, SenderAuthentication.PREFIX + "." + SenderAuthentication.DMARC_DISCOVERY, discovery);
            putIf(settings, SpoofGuardSettings.AUTHSERV_ID, authservId);
            settings.putIfAbsent(SpoofGuardSettings.AUTHSERV_ID, "spoofguard-check");
            SenderAuthentication configured;
            try {
                configured = new SenderAuthentication(new SpoofGuardSettings(settings));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--conf " + conf + ": " + e.getMessage(), e);
            }
            authenticator = configured.authenticator();
            authservId = configured.authservId();
        } catch (IllegalArgumentException e) {
            err.println("spoofguard-check: " + e.getMessage());
            return 2;
        }
        String from = mailFrom.equals("<>") ? "" : mailFrom;
        SenderAuthenticator.Outcome outcome;
        try (InputStream in = eml == null ? null : Files.newInputStream(eml)) {
            outcome = authenticator.authenticate(ip, helo, from, in);
        } catch (IOException e) {
            err.println("spoofguard-check: cannot read " + eml + ": " + e.getMessage());
            return 2;
        }
        SenderVerdict v = outcome.verdict();
        if (eml == null) {
            // Only the envelope was asked about: without a message there is no From to judge, which is not
            // the sender's error (the server would say permerror for a real mail without From).
            v = new SenderVerdict(v.clientIp(), v.helo(), v.mailFrom(), v.spfMailFrom(), v.spfHelo(), v.dkim(),
                new DmarcResult(DmarcResultCode.NONE, "", "", DmarcPolicy.NONE, false, false, NO_MESSAGE));
        }
        String ar = AuthenticationResultsHeader.format(v, authservId);
        String receivedSpf = ReceivedSpf.format(v.spfMailFrom(), IpLiteral.parse(ip).get(), from, helo, authservId);
        out.print(json ? json(v, ar, receivedSpf, outcome.internalError()) : human(v, ar, receivedSpf, outcome.internalError()));
        out.flush();
        // a script must not take the temperror results of our own failure for the mail's verdict
        return outcome.hadInternalError() ? 1 : 0;
    }

    private static void putIf(java.util.Map<String, String> settings, String key, String value) {
        if (value != null) {
            settings.put(key, value);
        }
    }

    static String human(SenderVerdict v, String ar, String receivedSpf, Optional<String> error) {
        StringBuilder sb = new StringBuilder();
        sb.append("client-ip:   ").append(v.clientIp()).append('\n');
        sb.append("helo:        ").append(v.helo()).append('\n');
        sb.append("mail-from:   <").append(v.mailFrom()).append(">\n");
        sb.append(spfLine("SPF mailfrom", v.spfMailFrom()));
        sb.append(spfLine("SPF helo    ", v.spfHelo()));
        if (v.dkim().isEmpty()) {
            sb.append("DKIM:        none (no DKIM-Signature)\n");
        }
        for (DkimResult d : v.dkim()) {
            sb.append("DKIM:        ").append(d.result().keyword()).append(" d=").append(d.domain()).append(" s=")
                .append(d.selector()).append(" a=").append(d.algorithm()).append(" (").append(d.reason()).append(")\n");
        }
        DmarcResult m = v.dmarc();
        sb.append("DMARC:       ").append(m.result().keyword()).append(" header.from=").append(m.fromDomain())
            .append(" policy=").append(m.policy().keyword()).append(" policy-domain=").append(m.policyDomain())
            .append(" aligned=").append(m.spfAligned() ? "spf" : "").append(m.spfAligned() && m.dkimAligned() ? "," : "")
            .append(m.dkimAligned() ? "dkim" : "").append(!m.spfAligned() && !m.dkimAligned() ? "none" : "")
            .append(" (").append(m.reason()).append(")\n");
        sb.append("MAIL FROM proven (SPF pass that names hosts, or aligned DKIM): ").append(v.mailFromProven() ? "yes" : "no").append('\n');
        error.ifPresent(e -> sb.append("INTERNAL ERROR: ").append(e).append('\n'));
        sb.append('\n');
        sb.append(AuthenticationResultsHeader.NAME).append(": ").append(ar).append('\n');
        sb.append(ReceivedSpf.HEADER_NAME).append(": ").append(receivedSpf).append('\n');
        return sb.toString();
    }

    private static String spfLine(String label, SpfResult r) {
        return label + ": " + r.result().keyword() + " (" + r.identity() + " " + r.sender() + "; " + r.reason() + ")"
            + (r.isPassForAnyHost() ? " [every host passes: " + r.anyHostMechanism() + "; no proof of the sender]" : "")
            + "\n";
    }

    static String json(SenderVerdict v, String ar, String receivedSpf, Optional<String> error) {
        StringBuilder sb = new StringBuilder("{");
        field(sb, "clientIp", v.clientIp()).append(',');
        field(sb, "helo", v.helo()).append(',');
        field(sb, "mailFrom", v.mailFrom()).append(',');
        sb.append("\"spf\":{\"mailfrom\":").append(spf(v.spfMailFrom())).append(",\"helo\":").append(spf(v.spfHelo())).append("},");
        sb.append("\"dkim\":[");
        for (int i = 0; i < v.dkim().size(); i++) {
            DkimResult d = v.dkim().get(i);
            sb.append(i == 0 ? "" : ",").append('{');
            field(sb, "result", d.result().keyword()).append(',');
            field(sb, "domain", d.domain()).append(',');
            field(sb, "selector", d.selector()).append(',');
            field(sb, "algorithm", d.algorithm()).append(',');
            field(sb, "reason", d.reason()).append('}');
        }
        sb.append("],\"dmarc\":{");
        DmarcResult m = v.dmarc();
        field(sb, "result", m.result().keyword()).append(',');
        field(sb, "fromDomain", m.fromDomain()).append(',');
        field(sb, "policyDomain", m.policyDomain()).append(',');
        field(sb, "policy", m.policy().keyword()).append(',');
        sb.append("\"spfAligned\":").append(m.spfAligned()).append(",\"dkimAligned\":").append(m.dkimAligned()).append(',');
        field(sb, "reason", m.reason()).append("},");
        sb.append("\"mailFromProven\":").append(v.mailFromProven()).append(',');
        sb.append("\"internalError\":").append(error.map(CheckSender::quote).orElse("null")).append(',');
        field(sb, "authenticationResults", ar).append(',');
        field(sb, "receivedSpf", receivedSpf);
        return sb.append("}\n").toString();
    }

    private static String spf(SpfResult r) {
        StringBuilder sb = new StringBuilder("{");
        field(sb, "result", r.result().keyword()).append(',');
        field(sb, "domain", r.domain()).append(',');
        field(sb, "sender", r.sender()).append(',');
        field(sb, "reason", r.reason());
        return sb.append('}').toString();
    }

    private static StringBuilder field(StringBuilder sb, String name, String value) {
        return sb.append(quote(name)).append(':').append(quote(value));
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    static String usage() {
        return "usage: bin/spoofguard-check --ip ADDR [--helo NAME] [--mail-from ADDR] [--conf DIR] [--dns HOST:PORT[,...]]"
            + " [--eml FILE] [--authserv-id ID] [--dmarc-discovery treewalk|publicsuffix] [--timeout 3s] [--json]";
    }
}
