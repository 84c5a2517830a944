package org.spoofguard.james;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.mail.Header;
import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Reads and writes a mail's {@link SenderVerdict} on the James side, for every module that needs it
 * (hooks, matchers, the bounce guard, the quarantine).
 *
 * <p>Two carriers: the mail attribute {@value #VERDICT} (our Authentication-Results value as a String,
 * plus keyword attributes for quick matching), and our own {@code Authentication-Results} header in the
 * message. The header is what survives paths that drop attributes (LocalDelivery's failure mails); it
 * can only be trusted because we delete every incoming header claiming our authserv-id before adding
 * ours (RFC 8601 §5).
 */
public final class VerdictAttributes {
    /** Our Authentication-Results header value (String). */
    public static final AttributeName VERDICT = AttributeName.of("org.spoofguard.verdict");
    /** SPF result keyword for the MAIL FROM identity. */
    public static final AttributeName SPF_MAILFROM = AttributeName.of("org.spoofguard.spf.mailfrom");
    /** SPF result keyword for the HELO identity. */
    public static final AttributeName SPF_HELO = AttributeName.of("org.spoofguard.spf.helo");
    /** DKIM result keyword: the best over all signatures (pass &gt; fail &gt; ... ), "none" when unsigned. */
    public static final AttributeName DKIM = AttributeName.of("org.spoofguard.dkim");
    /** DMARC result keyword. */
    public static final AttributeName DMARC = AttributeName.of("org.spoofguard.dmarc");
    public static final String RECEIVED_SPF = "Received-SPF";

    private static final int MAX_HEADERS_EXAMINED = 50;

    private VerdictAttributes() {
    }

    /** Sets {@link #VERDICT} and the keyword attributes. */
    public static void write(Mail mail, SenderVerdict verdict, String authservId) {
        mail.setAttribute(new Attribute(VERDICT, AttributeValue.of(AuthenticationResultsHeader.format(verdict, authservId))));
        mail.setAttribute(new Attribute(SPF_MAILFROM, AttributeValue.of(verdict.spfMailFrom().result().keyword())));
        mail.setAttribute(new Attribute(SPF_HELO, AttributeValue.of(verdict.spfHelo().result().keyword())));
        mail.setAttribute(new Attribute(DKIM, AttributeValue.of(dkimSummary(verdict))));
        mail.setAttribute(new Attribute(DMARC, AttributeValue.of(verdict.dmarc().result().keyword())));
    }

    /**
     * One DKIM keyword for the whole message: "pass" if any signature passed, else the most telling
     * failure (RFC 6376 §6.1: only broken signatures is like unsigned, but the admin wants to see why).
     */
    public static String dkimSummary(SenderVerdict verdict) {
        if (verdict.dkim().isEmpty()) {
            return "none";
        }
        List<String> order = List.of("pass", "fail", "temperror", "permerror", "policy", "neutral", "none");
        String best = "none";
        for (DkimResult d : verdict.dkim()) {
            String k = d.result().keyword();
            if (order.indexOf(k) < order.indexOf(best)) {
                best = k;
            }
        }
        return best;
    }

    /** The verdict of this mail: from the attribute, else from our trusted header in the message. */
    public static Optional<SenderVerdict> read(Mail mail, String authservId) {
        Optional<SenderVerdict> fromAttribute = mail.getAttribute(VERDICT)
            .flatMap(a -> a.getValue().valueAs(String.class))
            .flatMap(v -> AuthenticationResultsHeader.parse(v, authservId));
        if (fromAttribute.isPresent()) {
            return fromAttribute;
        }
        try {
            return fromMessage(mail.getMessage(), authservId);
        } catch (MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Has this mail a verdict attribute at all (computed at SMTP time or by the mailet)? */
    public static boolean hasAttribute(Mail mail) {
        return mail.getAttribute(VERDICT).isPresent();
    }

    /** The verdict from the topmost Authentication-Results header of ours in the message. */
    public static Optional<SenderVerdict> fromMessage(MimeMessage message, String authservId) throws MessagingException {
        if (message == null) {
            return Optional.empty();
        }
        String[] values = message.getHeader(AuthenticationResultsHeader.NAME);
        if (values == null) {
            return Optional.empty();
        }
        for (int i = 0; i < values.length && i < MAX_HEADERS_EXAMINED; i++) {
            Optional<SenderVerdict> v = AuthenticationResultsHeader.parse(unfold(values[i]), authservId);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /**
     * Removes every Authentication-Results header claiming {@code authservId} (forged or stale, RFC 8601
     * §5), then puts our Authentication-Results and Received-SPF (when given) at the top of the header,
     * where trace fields belong (RFC 5322 §3.6.7, RFC 8601 §4). Other fields keep their order and bytes.
     *
     * @return how many forged headers were removed
     */
    public static int stampHeaders(MimeMessage message, SenderVerdict verdict, String authservId, String receivedSpfValue)
            throws MessagingException {
        return stampHeaders(message, verdict, authservId, receivedSpfValue, null);
    }

    /**
     * {@link #stampHeaders(MimeMessage, SenderVerdict, String, String)}, recording an SMTP AUTH submission as
     * {@code auth=pass smtp.auth=<smtpAuthUser>} (RFC 8601 §2.7.4) in our header, so the bounce guard can still
     * prove the sender on paths that drop James's {@code SMTPAuthUser} attribute (LocalDelivery's failure
     * mails). Pass null for sessions without AUTH, including relay-allowed ones: RFC 8601 has no method for
     * "trusted network".
     */
    public static int stampHeaders(MimeMessage message, SenderVerdict verdict, String authservId, String receivedSpfValue,
                                   String smtpAuthUser) throws MessagingException {
        List<String> lines = Collections.list(message.getAllHeaderLines());
        Set<String> names = new LinkedHashSet<>();
        for (Header h : Collections.list(message.getAllHeaders())) {
            names.add(h.getName());
        }
        int removed = 0;
        List<String> keep = new ArrayList<>(lines.size());
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(AuthenticationResultsHeader.NAME)
                    && AuthenticationResultsHeader.isOurs(unfold(line.substring(colon + 1)), authservId)) {
                removed++;
                continue;
            }
            keep.add(line);
        }
        for (String name : names) {
            message.removeHeader(name);
        }
        message.addHeaderLine(AuthenticationResultsHeader.NAME + ": "
            + AuthenticationResultsHeader.formatFolded(verdict, authservId, smtpAuthUser));
        if (receivedSpfValue != null && !receivedSpfValue.isBlank()) {
            message.addHeaderLine(RECEIVED_SPF + ": " + receivedSpfValue);
        }
        for (String line : keep) {
            message.addHeaderLine(line);
        }
        return removed;
    }

    private static String unfold(String value) {
        return value.replace("\r\n", "").replace("\n", "").trim();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
