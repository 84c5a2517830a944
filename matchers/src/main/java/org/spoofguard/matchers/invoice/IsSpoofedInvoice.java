package org.spoofguard.matchers.invoice;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import org.spoofguard.core.invoice.InvoiceAction;
import org.spoofguard.james.invoice.InvoiceDecision;
import org.spoofguard.james.invoice.InvoiceInspection;
import org.spoofguard.core.config.Bilingual;

/**
 * {@code IsSpoofedInvoice=quarantine} (default) or {@code IsSpoofedInvoice=tag}: all recipients when the
 * mail's invoice decision is at least that level, none otherwise.
 *
 * <p>The mail is inspected once (the decision is cached in the attribute
 * {@value InvoiceInspection#VERDICT_NAME}), so a second matcher or the mailets reuse it. A check that did not
 * finish fails closed ({@code InvoicePolicy.failClosed}: invoice content, or unread content from a spoofed sender,
 * is quarantined) and is tagged {@code X-SpoofGuard-Error}; an inspection that broke decides "tag", or "quarantine"
 * when the From domain failed DMARC under p=quarantine/reject, with that header: never "deliver" as if checked. A
 * message that cannot be read at all (James's store failing) throws: with {@code onMatchException} {@code propagate}
 * James retries the mail, then keeps it in its error repository.
 * Pair it with a "from outside" condition (see conf/mailetcontainer.xml): our own users' mail is not scanned.
 */
public class IsSpoofedInvoice extends GenericMatcher {
    private final InvoiceInspection inspection;
    private InvoiceAction level;

    @Inject
    public IsSpoofedInvoice(InvoiceInspection inspection) {
        this.inspection = inspection;
    }

    @Override
    public void init() throws MessagingException {
        String condition = getCondition() == null ? "" : getCondition().trim().toLowerCase(Locale.ROOT);
        switch (condition) {
            case "", "quarantine" -> level = InvoiceAction.QUARANTINE;
            case "tag" -> level = InvoiceAction.TAG;
            default -> throw new MessagingException(Bilingual.of(
                getMatcherName() + ": condition must be 'quarantine' or 'tag', got '" + getCondition() + "'",
                getMatcherName() + ": betingelsen skal være 'quarantine' eller 'tag', ikke '" + getCondition() + "'"));
        }
    }

    @Override
    public Collection<MailAddress> match(Mail mail) throws MessagingException {
        InvoiceDecision decision = inspection.decide(mail);
        return decision.atLeast(level) ? mail.getRecipients() : List.of();
    }

    InvoiceAction level() {
        return level;
    }

    @Override
    public String getMatcherInfo() {
        return "SpoofGuard: mail whose invoice verdict is at least quarantine/tag";
    }
}
