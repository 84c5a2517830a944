package org.spoofguard.core.dkim;

import java.util.Locale;

/** RFC 8601 §2.7.1 DKIM results. */
public enum DkimResultCode {
    NONE, PASS, FAIL, POLICY, NEUTRAL, TEMPERROR, PERMERROR;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DkimResultCode fromKeyword(String keyword) {
        return valueOf(keyword.trim().toUpperCase(Locale.ROOT));
    }
}
