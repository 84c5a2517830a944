package org.spoofguard.core.dmarc;

import java.util.Objects;

/**
 * The DMARC evaluation of one message's RFC5322.From domain.
 *
 * @param result pass/fail/none/temperror/permerror
 * @param fromDomain the RFC5322.From domain (header.from in Authentication-Results), empty if there was none
 * @param policyDomain the domain whose _dmarc record applied (found by the tree walk), empty if none
 * @param policy the policy that applies to this message (p, sp or np as selected), NONE when no record
 * @param spfAligned an SPF pass was aligned with the From domain
 * @param dkimAligned a DKIM pass was aligned with the From domain
 * @param reason why, in words an admin can read
 */
public record DmarcResult(DmarcResultCode result, String fromDomain, String policyDomain, DmarcPolicy policy,
                          boolean spfAligned, boolean dkimAligned, String reason) {
    public DmarcResult {
        Objects.requireNonNull(result, "result");
        fromDomain = fromDomain == null ? "" : fromDomain;
        policyDomain = policyDomain == null ? "" : policyDomain;
        policy = policy == null ? DmarcPolicy.NONE : policy;
        reason = reason == null ? "" : reason;
    }

    public boolean isPass() {
        return result == DmarcResultCode.PASS;
    }
}
