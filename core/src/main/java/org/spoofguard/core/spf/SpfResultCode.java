package org.spoofguard.core.spf;

import java.util.Locale;

/** RFC 7208 §2.6 results. */
public enum SpfResultCode {
    NONE, NEUTRAL, PASS, FAIL, SOFTFAIL, TEMPERROR, PERMERROR;

    /** The lower-case keyword used in Received-SPF and Authentication-Results (RFC 8601 §2.7.2). */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SpfResultCode fromKeyword(String keyword) {
        return valueOf(keyword.trim().toUpperCase(Locale.ROOT));
    }
}
