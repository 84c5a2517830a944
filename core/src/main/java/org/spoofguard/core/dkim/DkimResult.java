package org.spoofguard.core.dkim;

import java.util.Objects;

/**
 * The outcome of verifying one DKIM-Signature header (RFC 6376 §6).
 *
 * @param result pass/fail/neutral/temperror/permerror (none only for "no signature at all")
 * @param domain the signing domain, {@code d=} (lower case), empty when unparseable
 * @param selector {@code s=}
 * @param algorithm {@code a=}, e.g. rsa-sha256 or ed25519-sha256
 * @param reason why, in words an admin can read
 */
public record DkimResult(DkimResultCode result, String domain, String selector, String algorithm, String reason) {
    public DkimResult {
        Objects.requireNonNull(result, "result");
        domain = domain == null ? "" : domain;
        selector = selector == null ? "" : selector;
        algorithm = algorithm == null ? "" : algorithm;
        reason = reason == null ? "" : reason;
    }

    public boolean isPass() {
        return result == DkimResultCode.PASS;
    }
}
