package org.spoofguard.core.verdict;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dkim.DkimVerifier;
import org.spoofguard.core.dmarc.AuthorDomain;
import org.spoofguard.core.dmarc.DmarcEvaluator;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.domain.OrganizationalDomain;
import org.spoofguard.core.dns.ClientReverse;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.net.IpLiteral;
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
 * From fields DMARC needs are picked out of the header section on the way (however large it is). Memory
 * therefore does not grow with the message size.
 *
 * <p>Never throws. An error of our own becomes temperror results whose reason says so, and
 * {@link Outcome#internalError()} tells the caller to log and count it: a bug of ours must leave the mail
 * undecided (RFC 8601 temperror), never failed and never passed.
 */
public final class SenderAuthenticator {
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
        return checkSpf(clientIp, helo, mailFrom, null);
    }

    /**
     * {@link #checkSpf(String, String, String)} with the client's PTR asked through {@code reverse} (null: the
     * resolver directly), so one connection asks it once whatever its transactions and identities need.
     */
    public SpfPair checkSpf(String clientIp, String helo, String mailFrom, ClientReverse reverse) {
        String h = helo == null ? "" : helo.trim();
        String from = mailFrom == null ? "" : mailFrom.trim();
        Optional<InetAddress> ip = IpLiteral.parse(clientIp);
        if (ip.isEmpty()) {
            String reason = "client IP '" + (clientIp == null ? "" : clientIp) + "' unknown or not an IP literal; SPF not evaluated";
            return new SpfPair(
                    new SpfEvaluation(unevaluatedMailFrom(from, h, reason), ""),
                    new SpfEvaluation(unevaluatedHelo(h, reason), ""));
        }
        SpfEvaluator spf = reverse == null ? this.spf : this.spf.sharing(reverse);
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
            // The From domains are known once DKIM has read the header section: signatures that could align with
            // them get their key lookups first, so a forger's slow signatures cannot spend the budget they need.
            dkimResults = dkim.verify(capture, capture::authorDomains);
        } catch (RuntimeException | StackOverflowError e) {
            String reason = internal("DKIM", e);
            errors.add(reason);
            dkimResults = List.of(new DkimResult(DkimResultCode.TEMPERROR, "", "", "", reason));
        }
        String unreadable = null;
        try {
            fromValues = capture.fromValues();
        } catch (IOException | RuntimeException e) {
            // Our side could not read the stored message: that is not a message without From (permerror,
            // which nothing refuses), it is an undecided one.
            unreadable = "internal error reading the message header: " + e.getClass().getSimpleName();
            errors.add(unreadable);
            fromValues = List.of();
        }

        DmarcResult dmarcResult;
        if (unreadable != null) {
            dmarcResult = new DmarcResult(DmarcResultCode.TEMPERROR, "", "", DmarcPolicy.NONE, false, false,
                    unreadable + "; DMARC undecided");
        } else if (errors.stream().anyMatch(r -> r.startsWith("internal error during DKIM"))) {
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
     * Passes bytes through unchanged while picking the From fields out of the header section, so they are
     * available after the single DKIM pass without reading the message twice.
     *
     * <p>Only From values are kept (at most {@link #MAX_FROM_FIELDS}, each at most {@link #MAX_FROM_BYTES}), never
     * the header section itself, so From is found however many header bytes come before it: a capped buffer
     * (as before) let a forger push From beyond the cap with 1 MiB of padding fields, which turned DMARC
     * {@code fail} into {@code permerror} ("no From header") and slipped past {@code dmarcReject} and
     * {@code DmarcResultIs=fail}. Reading on to the end of a huge header section is bounded by the message size
     * James accepted, and memory stays constant.
     */
    static final class HeaderCapture extends FilterInputStream {
        private final FromScanner scanner = new FromScanner();
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
                scanner.accept(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
            int r = super.read(b, off, n);
            if (r < 0) {
                eof = true;
            } else {
                scanner.accept(b, off, r);
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

        /**
         * The Author Domains of the From fields seen so far; never reads (called from within the DKIM pass, where
         * reading on would take body bytes from under the verifier).
         */
        List<String> authorDomains() {
            return AuthorDomain.extract(scanner.values()).domains();
        }

        /** The unfolded value of every From field; reads on to the end of the header section if DKIM stopped early. */
        List<String> fromValues() throws IOException {
            byte[] tmp = new byte[8192];
            while (!scanner.headerComplete() && !eof) {
                if (read(tmp, 0, tmp.length) < 0) {
                    break;
                }
            }
            return scanner.values();
        }
    }

    /**
     * From fields kept per message: one more than DMARC evaluates (AuthorDomain.MAX_FROM_FIELDS), so that a message
     * with more is known to have more and fails; a field beyond the bound is never silently dropped.
     */
    static final int MAX_FROM_FIELDS = AuthorDomain.MAX_FROM_FIELDS + 1;
    /**
     * Bytes kept of one From field: beyond AuthorDomain's own limit, so an over-long From is still reported as such.
     * That limit counts characters, and one char is up to three UTF-8 bytes (CJK, RFC 6532 headers): at 32 KiB, ~10,900
     * such characters were kept and joined to the tail, a value AuthorDomain parsed as if it were the field, so an
     * address in the cut-out middle ("中…", ceo@victim, "中…" &lt;me@forger&gt;) was never evaluated and the forger's
     * own domain passed. Three bytes per character beyond the limit (and one character a cut may split) make every
     * cut field too long to parse.
     */
    static final int MAX_FROM_BYTES = 3 * (AuthorDomain.MAX_FROM_LENGTH + 2);
    /** Bytes kept of the end of a longer From field (its address, after a padded display name). */
    static final int TAIL_BYTES = 4 * 1024;

    /**
     * A byte-at-a-time scanner of an RFC 5322 header section (RFC 5322 §2.2: fields, §2.2.3: folding; lines split as
     * JavaMail splits them, core.message.HeaderLineEnds) that keeps only the From fields' values, unfolded. Constant
     * memory.
     */
    static final class FromScanner {
        private static final int MAX_NAME = 64;
        private final List<String> values = new ArrayList<>();
        private final java.io.ByteArrayOutputStream name = new java.io.ByteArrayOutputStream(MAX_NAME);
        private java.io.ByteArrayOutputStream value; // non-null while inside a From field
        /** The last {@link #TAIL_BYTES} of a From longer than is kept: where its address stands after padding. */
        private final byte[] tail = new byte[TAIL_BYTES];
        private long tailCount;
        /**
         * The domains written after an "@" anywhere in the current From ("@" + host, as AuthorDomain reads a field too
         * long to parse), for a field cut between head and tail: the cut-out middle is never kept, and an address
         * there ("aaa…", ceo@victim.example, "bbb…" &lt;me@forger&gt;) must still be evaluated, not only the forger's in the
         * tail. Valid host names only, at most one more than AuthorDomain evaluates (then the field exceeds the bound
         * anyway), so memory stays constant.
         */
        private final java.util.Set<String> written = new java.util.LinkedHashSet<>();
        private java.io.ByteArrayOutputStream host; // non-null while reading the host after an "@"
        private boolean lineStart = true;
        private boolean inName;
        private boolean pendingCr;
        private boolean complete;

        boolean headerComplete() {
            return complete;
        }

        void accept(byte[] b, int off, int n) {
            for (int i = off; i < off + n && !complete; i++) {
                accept(b[i]);
            }
        }

        private void accept(byte c) {
            if (pendingCr) {
                // Lines are split as JavaMail splits them (core.message.HeaderLineEnds): CRLF and a lone CR both
                // end a line. Taking a lone CR as content made "Subject: x<CR>From: ceo@victim" one Subject field
                // here and a From field in the stored mail the user reads; and a line that is a lone CR ends the
                // header section there, so a From after it is body to the user and must not count here.
                pendingCr = false;
                lineEnd();
                if (c == '\n' || complete) {
                    return;
                }
            }
            if (c == '\r') {
                pendingCr = true;
                return;
            }
            if (c == '\n') {
                lineEnd();
                return;
            }
            if (lineStart) {
                lineStart = false;
                if (c == ' ' || c == '\t') {
                    append(c); // continuation of the current field (kept only if it is a From)
                    return;
                }
                finishField();
                inName = true;
                name.reset();
            }
            if (inName) {
                if (c == ':') {
                    inName = false;
                    if (name.toString(StandardCharsets.ISO_8859_1).trim().equalsIgnoreCase("from")) {
                        value = new java.io.ByteArrayOutputStream();
                    }
                } else if (name.size() < MAX_NAME) {
                    name.write(c);
                }
                return;
            }
            append(c);
        }

        /** A line ends; an empty one ends the header section. */
        private void lineEnd() {
            if (lineStart) {
                end();
                return;
            }
            inName = false;
            lineStart = true;
        }

        private void append(byte c) {
            if (value == null) {
                return;
            }
            if (value.size() < MAX_FROM_BYTES) {
                value.write(c);
            } else {
                tail[(int) (tailCount++ % TAIL_BYTES)] = c;
            }
            written(c);
        }

        /** Collects the host after each "@" (ASCII host characters and any byte of a UTF-8 sequence, 4 per char). */
        private void written(byte c) {
            if (host != null) {
                boolean hostByte = c < 0 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '.' || c == '-' || c == '_';
                if (hostByte && host.size() < 4 * 253) {
                    host.write(c);
                    return;
                }
                hostEnd();
            }
            if (c == '@') {
                host = new java.io.ByteArrayOutputStream();
            }
        }

        private void hostEnd() {
            addHost(written, host);
            host = null;
        }

        private static void addHost(java.util.Set<String> into, java.io.ByteArrayOutputStream host) {
            if (host != null && into.size() <= AuthorDomain.MAX_DOMAINS) {
                String h = host.toString(StandardCharsets.UTF_8);
                while (h.endsWith(".")) {
                    h = h.substring(0, h.length() - 1);
                }
                String domain = OrganizationalDomain.toAscii(h);
                if (!domain.isEmpty() && domain.contains(".")) {
                    into.add(domain);
                }
            }
        }

        /** What is kept of the current From: its head, and after a display name padded past it, its end. */
        private String current() {
            String head = value.toString(StandardCharsets.UTF_8);
            if (tailCount == 0) {
                return head.trim();
            }
            int n = (int) Math.min(tailCount, TAIL_BYTES);
            byte[] end = new byte[n];
            for (int i = 0; i < n; i++) {
                end[i] = tail[(int) ((tailCount - n + i) % TAIL_BYTES)];
            }
            // no side effect: the DKIM pass asks (authorDomains) while the field may still be read on
            java.util.Set<String> domains = new java.util.LinkedHashSet<>(written);
            addHost(domains, host);
            StringBuilder middle = new StringBuilder();
            for (String domain : domains) {
                middle.append(" @").append(domain);
            }
            return (head + middle + " " + new String(end, StandardCharsets.UTF_8)).trim();
        }

        private void finishField() {
            if (value != null) {
                if (values.size() < MAX_FROM_FIELDS) {
                    values.add(current());
                }
                value = null;
                tailCount = 0;
                written.clear();
                host = null;
            }
        }

        private void end() {
            finishField();
            complete = true;
        }

        List<String> values() {
            List<String> out = new ArrayList<>(values);
            if (value != null && out.size() < MAX_FROM_FIELDS) {
                out.add(current()); // header section ended by end of input
            }
            return out;
        }
    }

    /** Values of the From header fields in a header section (RFC 5322 §2.2.3 unfolding). */
    static List<String> fromFields(String headerSection) {
        FromScanner scanner = new FromScanner();
        byte[] bytes = headerSection.getBytes(StandardCharsets.UTF_8);
        scanner.accept(bytes, 0, bytes.length);
        return scanner.values();
    }
}
