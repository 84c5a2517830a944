package org.spoofguard.core.bounce;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-recipient {@code Status} and {@code Diagnostic-Code} of a DSN we send for a failed mail.
 *
 * <p>RFC 3464 §2.3.4: {@code Status} is an RFC 3463 status code ({@code class "." subject "." detail}) and
 * nothing else; machine readers (the sender's MTA and MUA, list bounce processors) act on it. James 3.8.1's
 * {@code DSNBounce} writes its {@code delivery-error} text there, or "unknown": this decides the code, and the
 * human text goes to {@code Diagnostic-Code} (RFC 3464 §2.3.6), typed {@code smtp} only when it is an SMTP reply.
 *
 * @param code RFC 3463 status code, class 4 or 5
 * @param diagnosticType {@code smtp} for an SMTP reply, {@value #LOCAL_TYPE} for our own text
 * @param diagnostic one line of US-ASCII, never empty
 * @param reason why this code (for logs and tests)
 */
public record DsnStatus(String code, String diagnosticType, String diagnostic, String reason) {
    /** Nothing better known: RFC 3463 "other undefined status", permanent. */
    public static final String FALLBACK = "5.0.0";
    /** RFC 3464 §2.3.6 lets a non-SMTP diagnostic carry an "X-" type (as Postfix's "X-Postfix"). */
    public static final String LOCAL_TYPE = "X-SpoofGuard";

    /** An SMTP reply line (RFC 5321 §4.2), optionally with its RFC 2034 enhanced code. */
    private static final Pattern REPLY = Pattern.compile("^([2-5])\\d\\d(?:[ -]|$)");
    /** The reply code before an RFC 2034 §4 enhanced code ("550 5.1.1 ...", "550-5.7.1 ..."). */
    private static final Pattern REPLY_BEFORE_CODE = Pattern.compile("^([2-5])\\d\\d[ -]+");
    private static final Pattern LOOP = Pattern.compile("\\bloop", Pattern.CASE_INSENSITIVE);
    /** RemoteDelivery's "There are no DNS entries for the hostname ..." once its DNS retries are used up. */
    private static final Pattern NO_ROUTE = Pattern.compile("no DNS entries for the hostname|no mail server",
        Pattern.CASE_INSENSITIVE);
    /** Headroom under RFC 5322's 998 characters for "Diagnostic-Code: X-SpoofGuard; ". */
    static final int MAX_DIAGNOSTIC = 900;
    /** RFC 3463 §3 names of the subject.detail we use, for a failure that came with no text at all. */
    private static final Map<String, String> NAMES = Map.of(
        "0.0", "Other undefined status",
        "1.1", "Bad destination mailbox address",
        "2.2", "Mailbox full",
        "3.0", "Other or undefined mail system status",
        "4.4", "Unable to route",
        "4.6", "Routing loop detected",
        "4.7", "Delivery time expired",
        "7.1", "Delivery not authorized, message refused");

    public DsnStatus {
        if (EnhancedStatusCode.parse(code).filter(EnhancedStatusCode::isFailure).isEmpty()) {
            throw new IllegalArgumentException("not an RFC 3463 failure status: " + code);
        }
    }

    /** {@code value} if it is a class 4 or 5 RFC 3463 status code (for a processor's configured default). */
    public static Optional<String> failureCode(String value) {
        return value == null ? Optional.empty()
            : EnhancedStatusCode.parse(value.trim()).filter(EnhancedStatusCode::isFailure).map(EnhancedStatusCode::toString);
    }

    /**
     * Decides the status for a failed mail. First match wins:
     * <ol>
     * <li>the enhanced code the failure text starts with: the remote server's ("550 5.1.1 ...") or our notice's
     * ("5.2.2 mailbox full"); a reply code of another class than the enhanced one makes it unusable (RFC 2034 §4);</li>
     * <li>what the failure is ({@link BounceCause}, the guard's own classification): mailbox full X.2.2, retries
     * run out X.4.7, unknown user X.1.1; a loop X.4.6, no route (no mail server) X.4.4;</li>
     * <li>{@code processorDefault}: what the processor's failures are (5.7.1 relay denied, 5.3.0 a rewrite error);</li>
     * <li>{@value #FALLBACK}.</li>
     * </ol>
     * The class is the SMTP reply's (4xx, 5xx), else 4 for retries run out (the last failures were temporary:
     * RFC 3463 X.4.7 is a persistent transient failure), else 5. Pure; never throws.
     */
    public static DsnStatus decide(BounceContext context, Optional<String> processorDefault) {
        BounceContext c = context == null ? BounceContext.EMPTY : context;
        String text = oneLine(!c.deliveryError().isBlank() ? c.deliveryError() : c.errorMessage());

        String code = null;
        String reason;
        Optional<EnhancedStatusCode> leading = leadingCode(text);
        if (leading.isPresent()) {
            code = leading.get().toString();
            reason = "enhanced code of the failure text";
        } else {
            BounceCause cause = BounceCause.classify(c).cause();
            String detail = switch (cause) {
                case MAILBOX_FULL -> "2.2";
                case REMOTE_EXPIRED -> "4.7";
                case UNKNOWN_AFTER_ACCEPT -> "1.1";
                default -> LOOP.matcher(text).find() ? "4.6" : NO_ROUTE.matcher(text).find() ? "4.4" : null;
            };
            if (detail != null) {
                code = replyClass(c, text, cause) + "." + detail;
                reason = "cause " + cause.code();
            } else if (processorDefault.flatMap(DsnStatus::failureCode).isPresent()) {
                code = processorDefault.flatMap(DsnStatus::failureCode).get();
                reason = "the processor's status";
            } else {
                code = replyClass(c, text, cause) + ".0.0";
                reason = "nothing more specific known";
            }
        }
        String diagnostic = text.isEmpty() ? code + " " + NAMES.getOrDefault(code.substring(2), "Delivery failed") : text;
        String type = REPLY.matcher(diagnostic).find() ? "smtp" : LOCAL_TYPE;
        return new DsnStatus(code, type, diagnostic, reason);
    }

    /**
     * The enhanced code at the start of the text, alone (our notices: "5.2.2 mailbox full") or right after the
     * reply code (RFC 2034 §4: "550 5.1.1 ..."), if it is a failure and of the reply's class (RFC 2034 §4). Not
     * anywhere in the text: an IP address or version number in a remote server's prose is not a status.
     */
    private static Optional<EnhancedStatusCode> leadingCode(String text) {
        Matcher reply = REPLY_BEFORE_CODE.matcher(text);
        if (reply.find()) {
            Optional<EnhancedStatusCode> afterReply = EnhancedStatusCode.atStart(text, reply.end());
            if (afterReply.isPresent()) {
                return afterReply.filter(c -> c.isFailure() && c.statusClass() == reply.group(1).charAt(0) - '0');
            }
        }
        return EnhancedStatusCode.atStart(text, 0).filter(EnhancedStatusCode::isFailure);
    }

    private static char replyClass(BounceContext c, String text, BounceCause cause) {
        Integer reply = c.deliveryErrorCode();
        if (reply != null && reply >= 400 && reply < 600) {
            return reply < 500 ? '4' : '5';
        }
        Matcher m = REPLY.matcher(text);
        if (m.find() && (m.group(1).equals("4") || m.group(1).equals("5"))) {
            return m.group(1).charAt(0);
        }
        return cause == BounceCause.REMOTE_EXPIRED ? '4' : '5';
    }

    /**
     * The failure text as one field value: line breaks and runs of white space become one space (a multi-line
     * SMTP reply or exception text must not start new DSN fields), anything outside printable US-ASCII becomes
     * '?' (RFC 3464 fields are ASCII), at most {@value #MAX_DIAGNOSTIC} characters.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String s = text.length() > 4 * MAX_DIAGNOSTIC ? text.substring(0, 4 * MAX_DIAGNOSTIC) : text;
        s = s.replaceAll("\\s+", " ").trim().replaceAll("[^\\x20-\\x7e]", "?");
        return s.length() > MAX_DIAGNOSTIC ? s.substring(0, MAX_DIAGNOSTIC - 3) + "..." : s;
    }

    /**
     * Puts this status into the {@code message/delivery-status} text James's {@code DSNBounce} wrote after it was
     * given {@link #diagnostic()} as the failure text: its per-recipient {@code Status: <text>} becomes
     * {@code Status: <code>}, and {@code Diagnostic-Code: <its type>; <text>} gets {@link #diagnosticType()}.
     * Every other line stays as written.
     *
     * @throws IllegalStateException if the text has no such Status line (DSNBounce changed its format: better
     *                               no DSN than one without a status)
     */
    public String applyTo(String deliveryStatus) {
        String[] lines = deliveryStatus.split("(?<=\n)", -1);
        StringBuilder out = new StringBuilder(deliveryStatus.length());
        int statuses = 0;
        for (String line : lines) {
            String end = line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
            String body = line.substring(0, line.length() - end.length());
            if (body.equals("Status: " + diagnostic)) {
                out.append("Status: ").append(code).append(end);
                statuses++;
            } else if (body.startsWith("Diagnostic-Code: ") && body.endsWith("; " + diagnostic)
                && body.indexOf(';') == body.length() - diagnostic.length() - 2) {
                out.append("Diagnostic-Code: ").append(diagnosticType).append("; ").append(diagnostic).append(end);
            } else {
                out.append(line);
            }
        }
        if (statuses == 0) {
            throw new IllegalStateException("no 'Status: " + diagnostic + "' line in the delivery-status part");
        }
        return out.toString();
    }
}
