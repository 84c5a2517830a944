package org.spoofguard.core.bounce;

import java.util.List;

/**
 * What a DSN (RFC 3464 multipart/report; report-type=delivery-status) says. Fields missing from the
 * report are "". {@link #problems()} lists what was wrong with the report (empty for a clean one).
 *
 * @param reportingMta per-message Reporting-MTA (address type stripped)
 * @param originalEnvelopeId per-message Original-Envelope-Id (RFC 3461 ENVID)
 * @param arrivalDate per-message Arrival-Date, as written
 * @param recipients one entry per per-recipient block
 * @param originalMessageId Message-ID of the returned original message or headers, "" if not returned
 */
public record DeliveryStatusNotification(String reportingMta, String originalEnvelopeId, String arrivalDate,
                                         List<Recipient> recipients, String originalMessageId,
                                         List<String> problems) {
    public DeliveryStatusNotification {
        reportingMta = nz(reportingMta);
        originalEnvelopeId = nz(originalEnvelopeId);
        arrivalDate = nz(arrivalDate);
        recipients = List.copyOf(recipients);
        originalMessageId = nz(originalMessageId);
        problems = List.copyOf(problems);
    }

    public boolean isComplete() {
        return problems.isEmpty();
    }

    /**
     * RFC 3464 §2.3 per-recipient fields.
     *
     * @param originalRecipient Original-Recipient address (RFC 3461 ORCPT), type stripped
     * @param finalRecipient Final-Recipient address, type stripped
     * @param action failed / delayed / delivered / relayed / expanded (lower case)
     * @param status RFC 3463 status, e.g. 5.1.1
     * @param diagnosticCode Diagnostic-Code text after its type, e.g. "550 5.1.1 user unknown"
     * @param remoteMta Remote-MTA, type stripped
     */
    public record Recipient(String originalRecipient, String finalRecipient, String action, String status,
                            String diagnosticCode, String remoteMta) {
        public Recipient {
            originalRecipient = nz(originalRecipient);
            finalRecipient = nz(finalRecipient);
            action = nz(action);
            status = nz(status);
            diagnosticCode = nz(diagnosticCode);
            remoteMta = nz(remoteMta);
        }

        public boolean isFailure() {
            return action.equals("failed") || status.startsWith("5.");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
