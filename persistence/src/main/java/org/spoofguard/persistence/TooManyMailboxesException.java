package org.spoofguard.persistence;

import org.apache.james.mailbox.exception.MailboxException;

/** A CREATE that would take a user past {@code mailbox.maxPerUser} (see {@link MailboxCountLimit}). */
public class TooManyMailboxesException extends MailboxException {
    public TooManyMailboxesException(String user, long wouldHave, int max) {
        super("Too many mailboxes for " + user + ": " + wouldHave + " would exceed the limit of " + max);
    }
}
