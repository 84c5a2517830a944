package org.spoofguard.james;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.spoofguard.core.bounce.BounceContext;
import org.spoofguard.core.bounce.BounceGuard;
import org.spoofguard.core.bounce.OriginalHeaders;

/**
 * Reads what the bounce guard needs from a James {@link Mail}; shared by the bounce matchers and the
 * {@code SuppressBounce} mailet so both judge a failed mail from the same evidence. Never throws.
 *
 * <p>The failed mail James hands to a bounce processor is the original mail itself (RemoteDelivery's
 * {@code bounces}, {@code relay-denied}, {@code local-address-error}, {@code rrt-error}) or, for
 * LocalDelivery failures, a new mail {@code error-<name>} built around the original message: in every case
 * the original headers, including our record header, are the top-level headers of
 * {@code mail.getMessage()}.
 */
public final class MailBounceInputs {
    public static final AttributeName DELIVERY_ERROR = AttributeName.of("delivery-error");
    public static final AttributeName DELIVERY_ERROR_CODE = AttributeName.of("delivery-error-code");
    public static final AttributeName IS_DELIVERY_PERMANENT_ERROR = AttributeName.of("is-delivery-permanent-error");
    static final AttributeName SMTP_AUTH_USER = AttributeName.of("org.apache.james.SMTPAuthUser");
    static final AttributeName SMTP_AUTH_NETWORK = AttributeName.of("org.apache.james.SMTPIsAuthNetwork");

    private MailBounceInputs() {
    }

    public static BounceGuard.Inputs from(Mail mail, String verdictAttribute) {
        return from(mail, verdictAttribute, "");
    }

    /**
     * @param evidence what we found out about the failure ourselves (e.g. {@link BounceGuardServices#localFailureEvidence}),
     *                 read together with James's error message when classifying the cause
     */
    public static BounceGuard.Inputs from(Mail mail, String verdictAttribute, String evidence) {
        Object verdict = value(mail, AttributeName.of(verdictAttribute)).orElse(null);
        MimeMessage message = null;
        try {
            message = mail.getMessage();
        } catch (MessagingException | RuntimeException e) {
            message = null;
        }
        // The record is read only from the mail's own attribute or our record header (SpoofGuardAttributes'
        // carrier, decoded by the guard with the same codec): never re-derived from mail.getRemoteAddr(), which
        // is 127.0.0.1 for LocalDelivery's error mails.
        OriginalHeaders headers = new OriginalHeaders(header(message, "Auto-Submitted"),
            header(message, "Precedence"), header(message, "List-Id"), header(message, "Content-Type"),
            listFields(message), header(message, "X-Auto-Response-Suppress"));
        String mailFrom = mail.getMaybeSender().asOptional().map(MailAddress::asString).orElse("");
        BounceContext context = context(mail, evidence);
        return new BounceGuard.Inputs(verdict, header(message, SpoofGuardAttributes.RECORD_HEADER), mailFrom, headers,
            context, submittedBy(mail));
    }

    /**
     * What James tells about the failure of {@code mail} (RemoteDelivery's attributes, the error message, the
     * processor), with {@code evidence} we found ourselves; read the same way for the guard and for the DSN's status.
     */
    public static BounceContext context(Mail mail, String evidence) {
        return new BounceContext(mail.getState(),
            value(mail, DELIVERY_ERROR).map(String::valueOf).orElse(""),
            value(mail, DELIVERY_ERROR_CODE).map(MailBounceInputs::toInteger).orElse(null),
            value(mail, IS_DELIVERY_PERMANENT_ERROR).map(MailBounceInputs::toBoolean).orElse(null),
            join(mail.getErrorMessage(), evidence));
    }

    /**
     * James records an SMTP AUTH login as {@code org.apache.james.SMTPAuthUser} and a client from
     * {@code authorizedAddresses} as {@code org.apache.james.SMTPIsAuthNetwork}. LocalDelivery's error mails
     * lose both (they are new mails): for them the SMTP AUTH user our {@link org.spoofguard.core.verdict.VerdictRecord}
     * carries is the proof (the guard reads it from the record header). Authorized-network submissions without
     * AUTH have no such record, so they are judged by the verdict alone.
     */
    static String submittedBy(Mail mail) {
        Optional<String> user = value(mail, SMTP_AUTH_USER).map(String::valueOf).filter(u -> !u.isBlank());
        if (user.isPresent()) {
            return user.get();
        }
        boolean authNetwork = value(mail, SMTP_AUTH_NETWORK).map(MailBounceInputs::toBoolean).orElse(Boolean.FALSE) == Boolean.TRUE;
        return authNetwork ? "authorized-network" : "";
    }

    /**
     * Who submitted this mail with SMTP AUTH (or "authorized-network"), also on LocalDelivery's failure mails:
     * James's attributes, else the SMTP AUTH user our sender record carries. {@code authservId} is not needed any
     * more (the record is ours by construction); kept for callers.
     */
    public static String submittedBy(Mail mail, String authservId) {
        String fromJames = submittedBy(mail);
        if (!fromJames.isEmpty()) {
            return fromJames;
        }
        return SpoofGuardAttributes.read(mail).map(org.spoofguard.core.verdict.VerdictRecord::submittedBy).orElse("");
    }

    public static Optional<Object> value(Mail mail, AttributeName name) {
        try {
            return mail.getAttribute(name).map(Attribute::getValue).map(AttributeValue::value);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public static List<String> header(MimeMessage message, String name) {
        if (message == null) {
            return List.of();
        }
        try {
            String[] values = message.getHeader(name);
            return values == null ? List.of()
                : Arrays.stream(values).limit(OriginalHeaders.MAX_FIELDS + 1L).map(v -> v.replaceAll("\\r?\\n[ \\t]", " ")).toList();
        } catch (MessagingException | RuntimeException e) {
            return List.of();
        }
    }

    /** The RFC 2369 list fields present, as "Name: value", bounded like any other field. */
    static List<String> listFields(MimeMessage message) {
        return OriginalHeaders.LIST_FIELDS.stream()
            .flatMap(name -> header(message, name).stream().map(value -> name + ": " + value))
            .limit(OriginalHeaders.MAX_FIELDS + 1L).toList();
    }

    private static String join(String errorMessage, String evidence) {
        String own = errorMessage == null ? "" : errorMessage;
        if (evidence == null || evidence.isBlank()) {
            return own;
        }
        return own.isBlank() ? evidence : own + "\n" + evidence;
    }

    private static Integer toInteger(Object o) {
        if (o instanceof Number) {
            return ((Number) o).intValue();
        }
        try {
            return Integer.valueOf(String.valueOf(o).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean toBoolean(Object o) {
        if (o instanceof Boolean) {
            return (Boolean) o;
        }
        String s = String.valueOf(o).trim();
        return s.equalsIgnoreCase("true") ? Boolean.TRUE : s.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }
}
