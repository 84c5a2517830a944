package org.spoofguard.core.bounce;

import java.util.Objects;

/**
 * The bounce guard's decision as it travels with a failed mail, from the matcher that decided to
 * {@code SuppressBounce}, the suppressed-bounces repository and the console: send or suppress with its machine
 * reason and text, and the cause of the failure. Serialised only by {@link BounceDecisionCodec}.
 *
 * @param decision send / suppress, reason code and text
 * @param cause why the mail could not be delivered ({@link BounceCause#AUTO_REPLY} for a withheld Sieve reject)
 */
public record BounceRecord(BounceDecision decision, BounceCause cause) {
    public BounceRecord {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(cause, "cause");
    }

    /** What the guard decided for one failed mail. */
    public static BounceRecord of(BounceGuard.Outcome outcome) {
        return new BounceRecord(outcome.decision(), outcome.cause().cause());
    }

    public boolean isSend() {
        return decision.isSend();
    }
}
