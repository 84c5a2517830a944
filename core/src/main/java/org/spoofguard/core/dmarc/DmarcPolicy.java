package org.spoofguard.core.dmarc;

import java.util.Locale;

/** Requested handling policy, {@code p=} / {@code sp=} / {@code np=} (RFC 7489 §6.3). */
public enum DmarcPolicy {
    NONE, QUARANTINE, REJECT;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DmarcPolicy fromKeyword(String keyword) {
        return valueOf(keyword.trim().toUpperCase(Locale.ROOT));
    }
}
