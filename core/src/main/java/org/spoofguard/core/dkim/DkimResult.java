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
 * @param identity the AUID, {@code i=} (RFC 6376 §3.5; {@code @d} when the signature has no i=), reported as
 *                 {@code header.i} (RFC 8601 §2.7.1); empty when unknown (an unparseable field, a record written
 *                 before it was carried)
 * @param signaturePrefix the first {@value #SIGNATURE_PREFIX_LENGTH} characters of {@code b=}, reported as
 *                        {@code header.b} (RFC 6008): two signatures with the same d=, s= and a= (one passing, one
 *                        failing) can be told apart; empty when unknown
 */
public record DkimResult(DkimResultCode result, String domain, String selector, String algorithm, String reason,
                         String identity, String signaturePrefix) {
    /** RFC 6008 §4 asks for at least 8 characters; 12 base64 characters are 72 bits of the signature. */
    public static final int SIGNATURE_PREFIX_LENGTH = 12;

    public DkimResult {
        Objects.requireNonNull(result, "result");
        domain = domain == null ? "" : domain;
        selector = selector == null ? "" : selector;
        algorithm = algorithm == null ? "" : algorithm;
        reason = reason == null ? "" : reason;
        identity = identity == null ? "" : identity;
        signaturePrefix = signaturePrefix == null ? "" : signaturePrefix;
    }

    /** Without identity and signature prefix (an unparseable field, a record written before they were carried). */
    public DkimResult(DkimResultCode result, String domain, String selector, String algorithm, String reason) {
        this(result, domain, selector, algorithm, reason, "", "");
    }

    public boolean isPass() {
        return result == DkimResultCode.PASS;
    }
}
