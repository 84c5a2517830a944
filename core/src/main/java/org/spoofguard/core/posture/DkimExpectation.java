package org.spoofguard.core.posture;

import java.util.Optional;

/**
 * What our own configuration says about DKIM for one domain, so the check can compare it with the DNS.
 *
 * @param signing whether outgoing mail From this domain is signed (signing mailet in the pipeline and the domain
 *                covered by {@code dkim.*})
 * @param selector our selector
 * @param txtRecord the TXT value of our key pair, empty when no key exists yet (created at the server's first start)
 */
public record DkimExpectation(boolean signing, String selector, Optional<String> txtRecord) {
    public DkimExpectation {
        txtRecord = txtRecord == null ? Optional.empty() : txtRecord;
    }

    /** The DNS name the key record goes to (RFC 6376 §3.6.2.1). */
    public String dnsName(String domain) {
        return selector + "._domainkey." + domain;
    }
}
