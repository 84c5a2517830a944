package org.spoofguard.core.invoice;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of invoice inspection for one mail. Immutable.
 *
 * @param action what to do
 * @param score the sum of all reason weights
 * @param invoiceScore points of INVOICE-category reasons (invoice-ness)
 * @param spoofScore points of SPOOF-category reasons (spoof-ness)
 * @param reasons every contribution, in the order found
 * @param summary one ASCII line for an {@code X-SpoofGuard-Verdict} header
 * @param lesson what the bank-details memory may learn from this mail (authenticated, no risk), or null
 */
public record InvoiceVerdict(InvoiceAction action, int score, int invoiceScore, int spoofScore,
                             List<Reason> reasons, String summary, Lesson lesson) {
    /**
     * Payment identifiers an authenticated, risk-free mail used, for {@link BankMemory#learn}.
     *
     * @param orgDomain the From's organisational domain
     * @param ids canonical identifiers
     * @param provisional the mail was tagged (an authenticated first contact paid abroad): its accounts are
     *        compared with the sender's next mail but make it no remembered supplier ({@link BankMemory#domains()})
     */
    public record Lesson(String orgDomain, List<String> ids, boolean provisional) {
        public Lesson {
            Objects.requireNonNull(orgDomain, "orgDomain");
            ids = List.copyOf(ids);
        }

        public Lesson(String orgDomain, List<String> ids) {
            this(orgDomain, ids, false);
        }
    }

    public InvoiceVerdict(InvoiceAction action, int score, int invoiceScore, int spoofScore, List<Reason> reasons,
                          String summary) {
        this(action, score, invoiceScore, spoofScore, reasons, summary, null);
    }

    public InvoiceVerdict {
        Objects.requireNonNull(action, "action");
        reasons = List.copyOf(reasons);
        summary = summary == null ? "" : summary;
    }

    public boolean has(String reasonName) {
        return reasons.stream().anyMatch(r -> r.name().equals(reasonName));
    }

    /** True when our own inspection failed; the adapter should add {@code X-SpoofGuard-Error}. */
    public boolean isError() {
        return has(SignalNames.ERROR);
    }

    /** The error's evidence, or "" when there was none. */
    public String error() {
        return reasons.stream().filter(r -> r.name().equals(SignalNames.ERROR)).map(Reason::evidence).findFirst()
                .orElse("");
    }

    /** Same as {@link #summary()}. */
    public String headerValue() {
        return summary;
    }

    /**
     * The verdict for when inspection itself failed and no sender record is at hand: TAG, never DELIVER (fail
     * closed); see {@link InvoicePolicy#ownFailure}, which also quarantines a DMARC-condemned sender.
     */
    public static InvoiceVerdict error(String what) {
        return InvoicePolicy.ownFailure(what, null);
    }
}
