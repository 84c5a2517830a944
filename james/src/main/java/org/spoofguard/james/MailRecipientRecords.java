package org.spoofguard.james;

import java.util.Collection;
import java.util.List;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.spoofguard.core.delivery.RecipientRecord;

/** Reads and writes a {@link RecipientRecord} as a mail attribute (a string, so every repository and queue keeps it). */
public final class MailRecipientRecords {
    /** Recipients RetryingLocalDelivery has stored into their mailbox. */
    public static final AttributeName STORED = AttributeName.of("org.spoofguard.delivery.stored");
    /** Recipients PostmasterMailbox has kept in its repository. */
    public static final AttributeName POSTMASTER_KEPT = AttributeName.of("org.spoofguard.postmaster.kept");
    /** Recipients whose vacation, Sieve script and Delivered-To have run in local-delivery. */
    public static final AttributeName USER_ACTIONS_DONE = AttributeName.of("org.spoofguard.useractions.done");
    /** Of those, the ones Sieve took out of delivery (discard, redirect or reject without keep). */
    public static final AttributeName USER_ACTIONS_REMOVED = AttributeName.of("org.spoofguard.useractions.removed");

    private MailRecipientRecords() {
    }

    public static RecipientRecord read(Mail mail, AttributeName name) {
        return RecipientRecord.parse(mail.getAttribute(name).flatMap(a -> a.getValue().valueAs(String.class)));
    }

    /** Adds {@code recipients} to the record {@code name} of {@code mail}. */
    public static void add(Mail mail, AttributeName name, Collection<MailAddress> recipients) {
        addAll(mail, name, strings(recipients));
    }

    /** Adds the addresses {@code recipients} (as {@code MailAddress.asString()} writes them) to the record. */
    public static void addAll(Mail mail, AttributeName name, Collection<String> recipients) {
        RecipientRecord next = read(mail, name).with(recipients);
        mail.setAttribute(new Attribute(name, AttributeValue.of(next.format())));
    }

    /** Those of the mail's recipients that are not in the record {@code name}, in the mail's order. */
    public static List<MailAddress> pending(Mail mail, AttributeName name) {
        RecipientRecord done = read(mail, name);
        return mail.getRecipients().stream().filter(r -> !done.contains(r.asString())).toList();
    }

    public static List<String> strings(Collection<MailAddress> recipients) {
        return recipients.stream().map(MailAddress::asString).toList();
    }
}
