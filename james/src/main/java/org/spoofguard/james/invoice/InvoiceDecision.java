package org.spoofguard.james.invoice;

import java.util.List;
import java.util.Objects;

import org.spoofguard.core.invoice.InvoiceAction;

/**
 * The James-side form of an invoice verdict, as carried by a mail's attributes (so that the matcher, the
 * mailets and a mail read back from a repository all see the same decision without scanning twice).
 *
 * @param action what to do
 * @param summary the one-line ASCII summary (also the {@code X-SpoofGuard-Verdict} header value)
 * @param reasons every contribution as "name(+weight): evidence", sanitised for admins' eyes
 * @param error our own failure ("" when inspection worked); the action is then DELIVER
 */
public record InvoiceDecision(InvoiceAction action, String summary, List<String> reasons, String error) {
    public InvoiceDecision {
        Objects.requireNonNull(action, "action");
        summary = summary == null ? "" : summary;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        error = error == null ? "" : error;
    }

    public boolean isError() {
        return !error.isEmpty();
    }

    /** Is the action at least {@code level} (DELIVER &lt; TAG &lt; QUARANTINE)? */
    public boolean atLeast(InvoiceAction level) {
        return action.ordinal() >= level.ordinal();
    }
}
