package org.spoofguard.core.bounce;

import java.util.Locale;
import java.util.regex.Pattern;

/** Why a mail we already accepted could not be delivered. */
public enum BounceCause {
    REMOTE_PERMANENT("remote-permanent"),
    REMOTE_EXPIRED("remote-expired"),
    FORWARD_REFUSED("forward-refused"),
    MAILBOX_FULL("mailbox-full"),
    UNKNOWN_AFTER_ACCEPT("unknown-after-accept"),
    OTHER("other"),
    /**
     * Not a delivery failure: an automatic reply (vacation, Sieve vacation/reject) to the sender of a mail we
     * delivered. Never returned by {@link #classify}; the auto-reply guard records it so the backscatter report
     * shows both kinds of mail that would go to a possibly forged return path.
     */
    AUTO_REPLY("auto-reply");

    private final String code;

    BounceCause(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The cause with the evidence that led to it. */
    public record Classification(BounceCause cause, String reason) {
    }

    private static final Pattern FULL_TEXT = Pattern.compile(
        "over ?quota|quota exceeded|exceeds? (?:its |the )?quota|mailbox (?:is )?full|insufficient (?:storage|space)"
            + "|overquotaexception|mailbox size limit", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNKNOWN_TEXT = Pattern.compile(
        "user unknown|unknown user|no such user|no such (?:mailbox|recipient)|mailbox (?:does not|doesn't) exist"
            + "|recipient (?:address )?rejected|invalid recipient|usernotfound|mailbox not found",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARD_TEXT = Pattern.compile("forward", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPIRED_TEXT = Pattern.compile(
        "too many retries|retries exceeded|expired|giving up|gave up", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TEXT = 8192;

    /**
     * Classifies James's bounce context. Pure; never throws.
     *
     * <p>RemoteDelivery sets {@code is-delivery-permanent-error} (true for a 5xx, false for a temporary failure
     * that ran out of retries: "Too many retries failure. Bouncing after N retries."), {@code delivery-error}
     * and {@code delivery-error-code}. LocalDelivery's failures arrive as new mails without attributes: only
     * the error message and processor name are left, so those are read as text.
     */
    public static Classification classify(BounceContext context) {
        try {
            return classifyUnsafe(context == null ? BounceContext.EMPTY : context);
        } catch (RuntimeException e) {
            return new Classification(OTHER, "classification failed: " + e);
        }
    }

    private static Classification classifyUnsafe(BounceContext c) {
        String text = cap(c.deliveryError()) + "\n" + cap(c.errorMessage());
        String processor = c.processor().toLowerCase(Locale.ROOT);
        boolean remote = c.permanent() != null || !c.deliveryError().isEmpty() || c.deliveryErrorCode() != null;
        Integer code = c.deliveryErrorCode();

        if (hasEnhanced(text, 2, 2) || FULL_TEXT.matcher(text).find()
            || (code != null && code == 552 && !hasEnhanced(text, 3, null))) {
            return new Classification(MAILBOX_FULL, "mailbox full" + evidence(code, text));
        }
        if (processor.contains("forward") || processor.contains("rrt")) {
            return new Classification(FORWARD_REFUSED, "failed in processor '" + c.processor() + "'" + evidence(code, text));
        }
        if (remote) {
            if (FORWARD_TEXT.matcher(text).find()) {
                return new Classification(FORWARD_REFUSED, "forward target refused" + evidence(code, text));
            }
            if (Boolean.FALSE.equals(c.permanent()) || (c.permanent() == null && EXPIRED_TEXT.matcher(text).find())) {
                return new Classification(REMOTE_EXPIRED, "temporary failures until retries ran out" + evidence(code, text));
            }
            return new Classification(REMOTE_PERMANENT, "remote server refused permanently" + evidence(code, text));
        }
        if (processor.equals("local-address-error") || hasEnhanced(text, 1, 1) || UNKNOWN_TEXT.matcher(text).find()) {
            return new Classification(UNKNOWN_AFTER_ACCEPT, "recipient unknown after acceptance" + evidence(code, text));
        }
        if (FORWARD_TEXT.matcher(text).find()) {
            return new Classification(FORWARD_REFUSED, "forward failed" + evidence(code, text));
        }
        return new Classification(OTHER, "no known failure pattern"
            + (c.processor().isEmpty() ? "" : " (processor " + c.processor() + ")") + evidence(code, text));
    }

    /**
     * Whether the text has a failure code (RFC 3463: X.2.2 mailbox full, X.1.1 bad destination mailbox, X.3.x
     * mail system) anywhere, {@code detail} null for any detail. Class 2 codes are successes, not evidence.
     */
    private static boolean hasEnhanced(String text, int subject, Integer detail) {
        return EnhancedStatusCode.findAll(text).stream().anyMatch(c -> c.isFailure() && c.subject() == subject
            && (detail == null || c.detail() == detail));
    }

    private static String evidence(Integer code, String text) {
        String t = text.replaceAll("\\s+", " ").trim();
        if (t.length() > 160) {
            t = t.substring(0, 160) + "...";
        }
        return (code == null ? "" : "; code " + code) + (t.isEmpty() ? "" : "; " + t);
    }

    private static String cap(String s) {
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }
}
