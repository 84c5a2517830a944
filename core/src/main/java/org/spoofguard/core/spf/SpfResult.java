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
 */
public record SpfResult(SpfResultCode result, String identity, String domain, String sender, String reason) {
    public static final String MAILFROM = "mailfrom";
    public static final String HELO = "helo";

    public SpfResult {
        Objects.requireNonNull(result, "result");
        identity = identity == null ? MAILFROM : identity;
        domain = domain == null ? "" : domain;
        sender = sender == null ? "" : sender;
        reason = reason == null ? "" : reason;
    }

    public boolean isPass() {
        return result == SpfResultCode.PASS;
    }
}
