package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link InvoicePolicy#failClosed}: a check that did not finish never lets an invoice or a hidden spoof through. */
class InvoiceFailClosedTest {
    static final InvoiceConfig CFG = InvoiceConfig.defaults();

    static InvoiceVerdict verdict(InvoiceAction action, int invoice, int spoof, String error) {
        List<Reason> reasons = new java.util.ArrayList<>();
        if (invoice > 0) {
            reasons.add(new Reason(SignalNames.INVOICE_SUBJECT, invoice, SignalNames.Category.INVOICE, "Faktura"));
        }
        if (spoof > 0) {
            reasons.add(new Reason(SignalNames.DMARC_FAIL, spoof, SignalNames.Category.SPOOF, "dmarc=fail"));
        }
        if (error != null) {
            reasons.add(new Reason(SignalNames.ERROR, 0, SignalNames.Category.ERROR, error));
        }
        return new InvoiceVerdict(action, invoice + spoof, invoice, spoof, reasons, "x");
    }

    @Test
    void anIncompleteCheckWithInvoiceContentIsQuarantined() {
        InvoiceVerdict v = InvoicePolicy.failClosed(verdict(InvoiceAction.TAG, Math.max(CFG.invoiceGate(), 1), 0,
            "sender check incomplete: DKIM: time budget"), CFG);
        assertThat(v.action()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(v.summary()).startsWith("quarantine ");
        assertThat(v.reasons()).anySatisfy(r -> assertThat(r.evidence()).startsWith("fail-closed: invoice content"));
    }

    @Test
    void contentHiddenBehindALimitFromASpoofedSenderIsQuarantined() {
        InvoiceVerdict v = InvoicePolicy.failClosed(verdict(InvoiceAction.TAG, 0, Math.max(CFG.spoofGate(), 1),
            "inspection incomplete: header limits exceeded (header section larger than 1048576 bytes)"), CFG);
        assertThat(v.action()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(v.reasons()).anySatisfy(r -> assertThat(r.evidence()).startsWith("fail-closed: content not fully read"));
    }

    @Test
    void withoutInvoiceSignalsOrWithoutAnErrorTheVerdictStands() {
        // the sender check broke, the content was fully read and is no invoice: tagged by the adapter, not held
        InvoiceVerdict noInvoice = verdict(InvoiceAction.DELIVER, 0, Math.max(CFG.spoofGate(), 1),
            "sender check incomplete: internal error");
        assertThat(InvoicePolicy.failClosed(noInvoice, CFG)).isSameAs(noInvoice);
        // content not fully read, but an authenticated sender (no spoof points)
        InvoiceVerdict clean = verdict(InvoiceAction.DELIVER, 0, 0, "inspection incomplete: MIME parse stopped");
        assertThat(InvoicePolicy.failClosed(clean, CFG)).isSameAs(clean);
        InvoiceVerdict complete = verdict(InvoiceAction.TAG, 40, 40, null);
        assertThat(InvoicePolicy.failClosed(complete, CFG)).isSameAs(complete);
    }
}
