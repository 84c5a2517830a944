package org.spoofguard.core.posture;

/** What a finding is about. */
public enum Area {
    SPF, DMARC, DKIM, MX, MTA_STS, TLS_RPT;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
