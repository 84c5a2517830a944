package org.spoofguard.core.posture;

import java.util.Objects;

/**
 * One posture finding about one of our domains, with one line of plain advice in English and Danish.
 *
 * @param domain the domain checked
 * @param area SPF, DMARC, ...
 * @param code stable machine name, e.g. {@code spf.softfail} (for scripts, the console, translations)
 * @param severity how much it matters
 * @param detail the facts (records seen, counts), language-neutral
 * @param adviceEn what to do, in English
 * @param adviceDa the same in Danish
 */
public record Finding(String domain, Area area, String code, Severity severity, String detail, String adviceEn,
                      String adviceDa) {
    public Finding {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        detail = detail == null ? "" : detail;
        adviceEn = adviceEn == null ? "" : adviceEn;
        adviceDa = adviceDa == null ? "" : adviceDa;
    }

    /** The advice in {@code language} ("da" for Danish, anything else English). */
    public String advice(String language) {
        return "da".equalsIgnoreCase(language) ? adviceDa : adviceEn;
    }
}
