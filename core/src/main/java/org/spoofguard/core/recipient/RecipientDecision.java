package org.spoofguard.core.recipient;

import java.util.Objects;

/**
 * The answer to one RCPT TO. For refusals {@code code}/{@code enhancedStatus}/{@code text} form the SMTP
 * reply (RFC 5321 §4.2, RFC 3463 enhanced status); {@code reason} is for the log only and may name
 * internal things (mapping chains, downstream replies) that must not leak to the client.
 *
 * @param outcome what was concluded
 * @param code SMTP reply code (250 for accepts)
 * @param enhancedStatus RFC 3463 status, e.g. {@code 5.1.1}
 * @param text reply text after the enhanced status
 * @param reason why, for the operator
 * @param disconnect whether the server should close the connection after replying (421)
 * @param cached whether a callout answer came from the cache
 */
public record RecipientDecision(RecipientOutcome outcome, int code, String enhancedStatus, String text,
                                String reason, boolean disconnect, boolean cached) {

    public RecipientDecision {
        Objects.requireNonNull(outcome, "outcome");
        enhancedStatus = enhancedStatus == null ? "" : enhancedStatus;
        text = text == null ? "" : text;
        reason = reason == null ? "" : reason;
    }

    public boolean isAccept() {
        return outcome.isAccept();
    }

    public boolean isPermanent() {
        return code >= 500;
    }

    /** The reply text as James wants it in {@code HookResult.smtpDescription}: enhanced status, space, text. */
    public String smtpDescription() {
        return enhancedStatus.isEmpty() ? text : enhancedStatus + " " + text;
    }

    public static RecipientDecision accepted(String address, String reason) {
        return new RecipientDecision(RecipientOutcome.ACCEPTED, 250, "2.1.5", bracket(address) + ": recipient ok",
            reason, false, false);
    }

    public static RecipientDecision skipped(String reason) {
        return new RecipientDecision(RecipientOutcome.SKIPPED, 250, "", "", reason, false, false);
    }

    public static RecipientDecision unknown(String address, String reason) {
        return new RecipientDecision(RecipientOutcome.UNKNOWN, 550, "5.1.1", bracket(address) + ": recipient unknown",
            reason, false, false);
    }

    public static RecipientDecision mailboxFull(String address, String reason) {
        // RFC 3463 X.2.2 mailbox full; 452 (not 552) because it is transient: the user may clean up.
        return new RecipientDecision(RecipientOutcome.MAILBOX_FULL, 452, "4.2.2", bracket(address) + ": mailbox full",
            reason, false, false);
    }

    public static RecipientDecision tempfail(String address, String reason) {
        return new RecipientDecision(RecipientOutcome.TEMPFAIL, 451, "4.3.0",
            bracket(address) + ": temporary failure verifying recipient, try again later", reason, false, false);
    }

    public static RecipientDecision harvestSession(String reason) {
        return new RecipientDecision(RecipientOutcome.HARVEST, 421, "4.7.0",
            "Too many unknown recipients, closing connection", reason, true, false);
    }

    public static RecipientDecision harvestClient(String reason) {
        return new RecipientDecision(RecipientOutcome.HARVEST, 421, "4.7.0",
            "Too many unknown recipients from your address, try again later", reason, true, false);
    }

    public static RecipientDecision calloutAccepted(String address, String reason, boolean cached) {
        return new RecipientDecision(RecipientOutcome.CALLOUT_ACCEPTED, 250, "2.1.5",
            bracket(address) + ": recipient ok", reason, false, cached);
    }

    public static RecipientDecision calloutRejected(String address, String reason, boolean cached) {
        return new RecipientDecision(RecipientOutcome.CALLOUT_REJECTED, 550, "5.1.1",
            bracket(address) + ": recipient unknown", reason, false, cached);
    }

    public static RecipientDecision calloutMailboxFull(String address, String reason) {
        // 452, not the downstream's 552: RFC 5321 §4.5.3.1.10 says a 552 to RCPT is to be treated as temporary.
        return new RecipientDecision(RecipientOutcome.CALLOUT_MAILBOX_FULL, 452, "4.2.2",
            bracket(address) + ": mailbox full", reason, false, false);
    }

    public static RecipientDecision calloutUnreachable(String address, String reason) {
        // X.4.1 "no answer from host": the next hop could not be asked, so we cannot vouch either way.
        return new RecipientDecision(RecipientOutcome.CALLOUT_UNREACHABLE, 451, "4.4.1",
            bracket(address) + ": cannot verify recipient now, try again later", reason, false, false);
    }

    public static RecipientDecision calloutDeferred(String address, String reason) {
        return new RecipientDecision(RecipientOutcome.CALLOUT_DEFERRED, 451, "4.4.0",
            bracket(address) + ": recipient temporarily unavailable, try again later", reason, false, false);
    }

    public static RecipientDecision calloutBusy(String address, String reason) {
        // X.4.5 "mail system congestion".
        return new RecipientDecision(RecipientOutcome.CALLOUT_BUSY, 451, "4.4.5",
            bracket(address) + ": too many verifications in progress, try again later", reason, false, false);
    }

    private static String bracket(String address) {
        return "<" + (address == null ? "" : address) + ">";
    }
}
