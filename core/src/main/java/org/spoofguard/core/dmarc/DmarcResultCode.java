package org.spoofguard.core.dmarc;

import java.util.Locale;

/** RFC 7489 §11.2 / RFC 8601 DMARC results. */
public enum DmarcResultCode {
    NONE, PASS, FAIL, TEMPERROR, PERMERROR;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DmarcResultCode fromKeyword(String keyword) {
        return valueOf(keyword.trim().toUpperCase(Locale.ROOT));
    }
}
