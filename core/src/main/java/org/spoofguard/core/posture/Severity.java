package org.spoofguard.core.posture;

/** How much a posture finding matters, mildest first. */
public enum Severity {
    /** As it should be. */
    OK,
    /** Optional improvement (reports, MTA-STS, ...). */
    INFO,
    /** Weakens protection or could not be checked (DNS trouble): look at it. */
    WARN,
    /** Forging this domain is easy, or our own mail will fail checks: fix it. */
    FAIL;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
