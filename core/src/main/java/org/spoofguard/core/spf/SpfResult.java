package org.spoofguard.core.spf;

import java.util.Objects;

/**
 * The outcome of one SPF check_host() evaluation (RFC 7208 §4).
 *
 * @param result the RFC 7208 §2.6 result
 * @param identity what was checked: "mailfrom" or "helo" (RFC 8601 §2.7.2 ptype smtp property)
 * @param domain the domain whose policy was evaluated (MAIL FROM domain, or the HELO name)
 * @param sender the full identity checked: {@code local@domain}, or {@code postmaster@helo} for the null sender
 * @param reason why, in words an admin can read (mechanism that matched, DNS failure, limit hit)
 * @param anyHostMechanism for a pass only: the mechanism that gave it when that mechanism lets (nearly) every host
 *        on the Internet pass ({@code +all}, {@code ip4:0.0.0.0/0}, a range wider than any one network, a name
 *        the client chooses; {@link SpfEvaluator} decides), with the record that holds it; "" when the pass came
 *        from a mechanism that names particular hosts. The result stays pass (RFC 7208 says so); what it proves
 *        about the sender is {@code ProvenSender}'s question.
 */
public record SpfResult(SpfResultCode result, String identity, String domain, String sender, String reason,
                        String anyHostMechanism) {
    public static final String MAILFROM = "mailfrom";
    public static final String HELO = "helo";

    public SpfResult {
        Objects.requireNonNull(result, "result");
        identity = identity == null ? MAILFROM : identity;
        domain = domain == null ? "" : domain;
        sender = sender == null ? "" : sender;
        reason = reason == null ? "" : reason;
        anyHostMechanism = anyHostMechanism == null || result != SpfResultCode.PASS ? "" : anyHostMechanism;
    }

    /** A result whose pass (if it is one) came from a mechanism naming particular hosts. */
    public SpfResult(SpfResultCode result, String identity, String domain, String sender, String reason) {
        this(result, identity, domain, sender, reason, "");
    }

    public boolean isPass() {
        return result == SpfResultCode.PASS;
    }

    /** A pass that every host (or an implausibly wide range of them) would have got: see {@link #anyHostMechanism}. */
    public boolean isPassForAnyHost() {
        return isPass() && !anyHostMechanism.isEmpty();
    }
}
