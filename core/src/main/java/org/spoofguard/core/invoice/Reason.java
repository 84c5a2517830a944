package org.spoofguard.core.invoice;

import java.util.Objects;

/**
 * One weighted contribution to an {@link InvoiceVerdict}'s score.
 *
 * @param name the signal name (see {@link SignalNames})
 * @param weight points added to the score (negative for evidence of a legitimate mail)
 * @param category what kind of evidence this is; quarantine needs both INVOICE and SPOOF evidence
 * @param evidence what in the mail triggered it
 */
public record Reason(String name, int weight, SignalNames.Category category, String evidence) {
    public Reason {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        evidence = evidence == null ? "" : evidence;
    }

    @Override
    public String toString() {
        return name + "(" + (weight >= 0 ? "+" : "") + weight + ")" + (evidence.isEmpty() ? "" : ": " + evidence);
    }
}
