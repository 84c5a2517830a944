package org.spoofguard.core.posture;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The posture of one domain: every finding, and the DKIM TXT record to publish (when we have a key).
 *
 * @param domain the domain checked
 * @param findings in check order (SPF, DMARC, DKIM, MX, MTA-STS, TLS-RPT)
 * @param dkimRecordName where our DKIM key goes, empty without a key
 * @param dkimRecord the TXT value to publish there, empty without a key
 */
public record PostureReport(String domain, List<Finding> findings, Optional<String> dkimRecordName,
                            Optional<String> dkimRecord) {
    public PostureReport {
        findings = List.copyOf(findings);
    }

    /** The worst severity found (OK for a report without findings). */
    public Severity worst() {
        return findings.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.OK);
    }

    public List<Finding> findings(Area area) {
        return findings.stream().filter(f -> f.area() == area).toList();
    }
}
