package org.spoofguard.core.recipient;

/**
 * What the RCPT check concluded. Each outcome has one counter ({@link #metricName()}), so an operator
 * can see at a glance whether refusals come from typos, a harvest run or a sick downstream.
 */
public enum RecipientOutcome {
    /** Local recipient that will really be delivered (user, or rewrite-table target that exists). */
    ACCEPTED("accepted"),
    /** Local recipient nobody would receive: 550 5.1.1. */
    UNKNOWN("unknown"),
    /** Every deliverable mailbox behind the address has its storage quota used up: 452 4.2.2. */
    MAILBOX_FULL("mailbox_full"),
    /** Relay-domain recipient confirmed by the downstream (live or from cache). */
    CALLOUT_ACCEPTED("callout_accepted"),
    /** Relay-domain recipient the downstream does not know (550/551/553, 5.1.x; live or from cache): 550 5.1.1. */
    CALLOUT_REJECTED("callout_rejected"),
    /** Downstream says the relay-domain mailbox is full (552 or 5.2.x): 452 4.2.2, never cached. */
    CALLOUT_MAILBOX_FULL("callout_mailbox_full"),
    /** Downstream down, timed out, spoke nonsense, or refused us (before RCPT, or a non-addressing 5xx to RCPT): 451 4.4.1. */
    CALLOUT_UNREACHABLE("callout_unreachable"),
    /** Downstream answered RCPT with 4xx: 451 4.4.0, never cached. */
    CALLOUT_DEFERRED("callout_deferred"),
    /** Too many callouts to that downstream at once: 451 4.4.5. */
    CALLOUT_BUSY("callout_busy"),
    /** Our own lookup failed (users, rewrite table, quota, domain list): 451 4.3.0, never 5xx. */
    TEMPFAIL("tempfail"),
    /** Harvest protection tripped (per session or per client address): 421 4.7.0 and close. */
    HARVEST("harvest"),
    /** Not ours to judge (foreign domain, or trusted session to a non-local domain): left to James. */
    SKIPPED("skipped");

    public static final String METRIC_PREFIX = "spoofguard_rcpt_";

    private final String suffix;

    RecipientOutcome(String suffix) {
        this.suffix = suffix;
    }

    public String metricName() {
        return METRIC_PREFIX + suffix;
    }

    /** Outcomes that let the recipient through (the hook answers DECLINED or OK). */
    public boolean isAccept() {
        return this == ACCEPTED || this == CALLOUT_ACCEPTED || this == SKIPPED;
    }

    /** Outcomes that say "no such recipient": they feed the harvest counters. */
    public boolean isUnknownRecipient() {
        return this == UNKNOWN || this == CALLOUT_REJECTED;
    }
}
