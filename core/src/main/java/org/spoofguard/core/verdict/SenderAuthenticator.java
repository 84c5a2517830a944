package org.spoofguard.core.verdict;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dkim.DkimVerifier;
import org.spoofguard.core.dmarc.DmarcEvaluator;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.spf.SpfEvaluation;
import org.spoofguard.core.spf.SpfEvaluator;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * Decides the {@link SenderVerdict} of one mail: SPF for MAIL FROM and HELO (RFC 7208 §2.3, §2.4), every
 * DKIM signature (RFC 6376 §6), and DMARC for the RFC5322.From domain (RFC 7489 §6.6, RFC 9989) from
 * those results. Pure orchestration over the core evaluators; one instance serves the whole server
 * (thread-safe when the resolver is).
 *
 * <p>The message is read exactly once: the DKIM verifier streams the body through its hashes, and the
 * header section is captured on the way (capped) for the From fields DMARC needs. Memory therefore does
 * not grow with the message size.
 *
 * <p>Never throws. An error of our own becomes temperror results whose reason says so, and
 * {@link Outcome#internalError()} tells the caller to log and count it: a bug of ours must leave the mail
 * undecided (RFC 8601 temperror), never failed and never passed.
 */
public final class SenderAuthenticator {
    /** Header bytes captured for From extraction; matches the DKIM verifier's own header cap. */
    static final int MAX_HEADER_BYTES = DkimVerifier.DEFAULT_MAX_HEADER_BYTES;

    private final SpfEvaluator spf;
    private final DkimVerifier dkim;
    private final DmarcEvaluator dmarc;

    /** Default evaluators over {@code dns} (RFC 9989 tree walk for DMARC). */
    public SenderAuthenticator(DnsResolver dns) {
        this(new SpfEvaluator(dns), new DkimVerifier(dns), new DmarcEvaluator(dns));
    }

    public SenderAuthenticator(SpfEvaluator spf, DkimVerifier dkim, DmarcEvaluator dmarc) {
        this.spf = Objects.requireNonNull(spf, "spf");
        this.dkim = Objects.requireNonNull(dkim, "dkim");
        this.dmarc = Objects.requireNonNull(dmarc, "dmarc");
    }

    /**
     * Both SPF identities of one SMTP transaction, as computed at MAIL FROM time.
     *
     * @param mailFrom the MAIL FROM identity (postmaster@HELO for the null sender), with the fail explanation
     * @param helo the HELO identity
     */
    public record SpfPair(SpfEvaluation mailFrom, SpfEvaluation helo) {
        public SpfPair {
            Objects.requireNonNull(mailFrom, "mailFrom");
            Objects.requireNonNull(helo, "helo");
        }
    }

    /**
     * The verdict and, when one of our own components failed, what went wrong (for logs and counters).
     *
     * @param verdict always present
     * @param internalError empty unless our own code failed while deciding
     */
    public record Outcome(SenderVerdict verdict, Optional<String> internalError) {
        public boolean hadInternalError() {
            return internalError.isPresent();
        }
    }

    /**
     * SPF for the MAIL FROM and the HELO identity. Never throws: an unusable client address or an internal
     * error is temperror (undecided) for both identities.
     */
    public SpfPair checkSpf(String clientIp, String helo, String mailFrom) {
        String h = helo == null ? "" : helo.trim();
        String from = mailFrom == null ? "" : mailFrom.trim();
        Optional<InetAddress> ip = parseIp(clientIp);
        if (ip.isEmpty()) {
            String reason = "client IP '" + (clientIp == null ? "" : clientIp) + "' unknown or not an IP literal; SPF not evaluated";
            return new SpfPair(
                    new SpfEvaluation(unevaluatedMailFrom(from, h, reason), ""),
                    new SpfEvaluation(unevaluatedHelo(h, reason), ""));
        }
        SpfEvaluation mf;
        try {
            mf = spf.evaluateMailFrom(ip.get(), from, h);
        } catch (RuntimeException | StackOverflowError e) {
            mf = new SpfEvaluation(unevaluatedMailFrom(from, h, internal("SPF", e)), "");
        }
        SpfEvaluation he;
        try {
            he = spf.evaluateHelo(ip.get(), h);
        } catch (RuntimeException | StackOverflowError e) {
            he = new SpfEvaluation(unevaluatedHelo(h, internal("SPF", e)), "");
        }
        return new SpfPair(mf, he);
    }

    /** {@link #authenticate(String, String, String, SpfPair, InputStream)} computing SPF now. */
    public Outcome authenticate(String clientIp, String helo, String mailFrom, InputStream message) {
        return authenticate(clientIp, helo, mailFrom, null, message);
    }

    /**
     * The whole verdict of one mail.
     *
     * @param spfResults SPF as already computed at MAIL FROM time, or null to compute it now
     * @param message the raw RFC 5322 message (CRLF or LF line ends); read once, not closed; null = no message
     */
    public Outcome authenticate(String clientIp, String helo, String mailFrom, SpfPair spfResults, InputStream message) {
        String ip = clientIp == null ? "" : clientIp.trim();
        String h = helo == null ? "" : helo.trim();
        String from = stripBrackets(mailFrom == null ? "" : mailFrom.trim());
        List<String> errors = new ArrayList<>();

        SpfPair spfPair = spfResults != null ? spfResults : checkSpf(ip, h, from);
        for (SpfEvaluation e : List.of(spfPair.mailFrom(), spfPair.helo())) {
            if (e.result().reason().startsWith("internal error")) {
                errors.add(e.result().reason());
            }
        }

        List<DkimResult> dkimResults;
        List<String> fromValues;
        HeaderCapture capture = new HeaderCapture(message == null ? new ByteArrayInputStream(new byte[0]) : message);
        try {
            dkimResults = dkim.verify(capture);
        } catch (RuntimeException | StackOverflowError e) {
            String reason = internal("DKIM", e);
            errors.add(reason);
            dkimResults = List.of(new DkimResult(DkimResultCode.TEMPERROR, "", "", "", reason));
        }
        try {
            fromValues = capture.fromValues();
        } catch (IOException | RuntimeException e) {
            // Unreadable message: DMARC cannot find the author; the evaluator makes that permerror.
            fromValues = List.of();
        }

        DmarcResult dmarcResult;
        if (errors.stream().anyMatch(r -> r.startsWith("internal error during DKIM"))) {
            // Without the DKIM results a DMARC fail could be wrong: stay undecided.
            dmarcResult = new DmarcResult(DmarcResultCode.TEMPERROR, "", "", DmarcPolicy.NONE, false, false,
                    "DKIM could not be evaluated (internal error); DMARC undecided");
        } else {
            try {
                dmarcResult = dmarc.evaluate(fromValues, spfPair.mailFrom().result(), dkimResults);
                if (dmarcResult.reason().startsWith("internal error")) {
                    errors.add(dmarcResult.reason());
                }
            } catch (RuntimeException | StackOverflowError e) {
                String reason = internal("DMARC", e);
                errors.add(reason);
                dmarcResult = new DmarcResult(DmarcResultCode.TEMPERROR, "", "", DmarcPolicy.NONE, false, false, reason);
            }
        }
        SenderVerdict verdict = new SenderVerdict(ip, h, from, spfPair.mailFrom().result(), spfPair.helo().result(),
                dkimResults, dmarcResult);
        return new Outcome(verdict, errors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", errors)));
    }

    private static String internal(String what, Throwable e) {
        return "internal error during " + what + " evaluation: " + e.getClass().getSimpleName();
    }

    private static SpfResult unevaluatedMailFrom(String from, String helo, String reason) {
        String sender = from.isEmpty() ? (helo.isEmpty() ? "" : "postmaster@" + helo) : from;
        int at = sender.lastIndexOf('@');
        String domain = at < 0 ? sender : sender.substring(at + 1).toLowerCase(Locale.ROOT);
        return new SpfResult(SpfResultCode.TEMPERROR, SpfResult.MAILFROM, domain, sender, reason);
    }

    private static SpfResult unevaluatedHelo(String helo, String reason) {
        return new SpfResult(SpfResultCode.TEMPERROR, SpfResult.HELO, helo.toLowerCase(Locale.ROOT),
                helo.isEmpty() ? "" : "postmaster@" + helo, reason);
    }

    private static String stripBrackets(String s) {
        return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1).trim() : s;
    }

    /**
     * An IP address literal (IPv4 dotted quad or IPv6, optionally bracketed or with an "IPv6:" prefix), never
     * resolved through the DNS: a host name here would make us query for a name the client chose.
     */
    public static Optional<InetAddress> parseIp(String literal) {
        if (literal == null) {
            return Optional.empty();
        }
        String s = literal.trim();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.regionMatches(true, 0, "IPv6:", 0, 5)) {
            s = s.substring(5);
        }
        if (s.isEmpty() || s.length() > 45) {
            return Optional.empty();
        }
        boolean v4 = s.matches("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
        boolean v6 = s.indexOf(':') >= 0 && s.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(s)); // a literal: no DNS query
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Passes bytes through unchanged while keeping the header section (up to {@link #MAX_HEADER_BYTES}), so
     * the From fields are available after the single DKIM pass without reading the message twice.
     */
    static final class HeaderCapture extends FilterInputStream {
        private byte[] buf = new byte[8192];
        private int len;
        private boolean headerComplete;
        private boolean eof;

        HeaderCapture(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                eof = true;
            } else {
                record(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
            int r = super.read(b, off, n);
            if (r < 0) {
                eof = true;
            } else {
                record(b, off, r);
            }
            return r;
        }

        @Override
        public long skip(long n) throws IOException {
            // Route skips through read() so nothing of the header section is missed.
            byte[] tmp = new byte[(int) Math.min(n, 8192)];
            int r = read(tmp, 0, tmp.length);
            return Math.max(r, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void record(byte[] b, int off, int n) {
            if (headerComplete || len >= MAX_HEADER_BYTES) {
                return;
            }
            int take = Math.min(n, MAX_HEADER_BYTES - len);
            if (len + take > buf.length) {
                buf = Arrays.copyOf(buf, Math.min(MAX_HEADER_BYTES, Math.max(buf.length * 2, len + take)));
            }
            int scanFrom = Math.max(0, len - 3);
            System.arraycopy(b, off, buf, len, take);
            len += take;
            int end = headerEnd(scanFrom);
            if (end >= 0) {
                len = end;
                headerComplete = true;
            }
        }

        /** Index just past the blank line that ends the header section, or -1. */
        private int headerEnd(int from) {
            if (len >= 1 && from == 0 && (buf[0] == '\n' || (len >= 2 && buf[0] == '\r' && buf[1] == '\n'))) {
                return 0; // no header fields at all
            }
            for (int i = Math.max(from, 1); i < len; i++) {
                if (buf[i] == '\n') {
                    if (buf[i - 1] == '\n') {
                        return i + 1;
                    }
                    if (buf[i - 1] == '\r' && i >= 2 && buf[i - 2] == '\n') {
                        return i + 1;
                    }
                }
            }
            return -1;
        }

        /** The unfolded value of every From field; reads on (header section only) if DKIM stopped early. */
        List<String> fromValues() throws IOException {
            byte[] tmp = new byte[8192];
            while (!headerComplete && !eof && len < MAX_HEADER_BYTES) {
                if (read(tmp, 0, tmp.length) < 0) {
                    break;
                }
            }
            return fromFields(new String(buf, 0, len, StandardCharsets.UTF_8));
        }
    }

    /** Values of the From header fields in a header section (RFC 5322 §2.2.3 unfolding). */
    static List<String> fromFields(String headerSection) {
        List<String> out = new ArrayList<>();
        String[] lines = headerSection.split("\r?\n", -1);
        StringBuilder current = null;
        for (String line : lines) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                if (current != null) {
                    current.append(line);
                }
                continue;
            }
            if (current != null) {
                out.add(current.toString().trim());
                current = null;
            }
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("from")) {
                current = new StringBuilder(line.substring(colon + 1));
            }
        }
        if (current != null) {
            out.add(current.toString().trim());
        }
        return out;
    }
}
