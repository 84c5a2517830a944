package org.spoofguard.core.recipient;

import java.util.Objects;

/**
 * What a downstream said about one recipient.
 *
 * @param status the classification
 * @param code the SMTP code of the deciding reply (0 if none was read)
 * @param reply the deciding reply's text, bounded, for logs
 * @param reason why, for the operator
 * @param cached whether this came from the callout cache rather than a live session
 */
public record CalloutResult(Status status, int code, String reply, String reason, boolean cached) {

    public enum Status {
        /** RCPT got 2xx. */
        ACCEPTED,
        /** RCPT got 550/551/553 with no enhanced status or a 5.1.x one: the downstream does not know the recipient. */
        REJECTED,
        /** RCPT got 552 or a 5.2.x status: mailbox full, temporary (RFC 5321 §4.5.3.1.10). Never cached. */
        MAILBOX_FULL,
        /** RCPT got 4xx: the downstream cannot say now. Never cached. */
        DEFERRED,
        /**
         * No connection, timeout, a refusal before RCPT (greeting, HELO, MAIL FROM:&lt;&gt;), or a 5xx to RCPT
         * that is not about the recipient (5.7.x policy, 554, 501/503 ...). Never cached.
         */
        UNREACHABLE,
        /** Concurrency limit for that downstream reached; no connection was made. */
        BUSY
    }

    public CalloutResult {
        Objects.requireNonNull(status, "status");
        reply = reply == null ? "" : reply;
        reason = reason == null ? "" : reason;
    }

    public CalloutResult asCached() {
        return new CalloutResult(status, code, reply, reason, true);
    }

    static CalloutResult unreachable(String reason) {
        return new CalloutResult(Status.UNREACHABLE, 0, "", reason, false);
    }
}
