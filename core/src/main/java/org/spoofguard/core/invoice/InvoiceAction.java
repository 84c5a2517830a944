package org.spoofguard.core.invoice;

import java.util.Locale;

/** What the adapter should do with a mail after invoice inspection. Ordered by severity. */
public enum InvoiceAction {
    /** Let it through untouched (apart from the verdict header). */
    DELIVER,
    /** Deliver, but mark it (subject tag / header) so the clerk is warned. */
    TAG,
    /** Hold it for review: it looks like an invoice and the sender looks forged. */
    QUARANTINE;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public InvoiceAction max(InvoiceAction other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
