package org.spoofguard.persistence;

import org.apache.james.mailbox.exception.MailboxException;

/**
 * A CREATE or RENAME that would take a user past {@code mailbox.maxPerUser} (see {@link MailboxCountLimit}). The
 * user's doing, not a server fault: IMAP answers it {@code NO [LIMIT]} (RFC 5530 §3) and logs it at INFO.
 */
public class TooManyMailboxesException extends MailboxException {
    private final int max;

    public TooManyMailboxesException(String user, long wouldHave, int max) {
        super("Too many mailboxes for " + user + ": " + wouldHave + " would exceed the limit of " + max);
        this.max = max;
    }

    /** The cap that was reached, for the client's text. */
    public int max() {
        return max;
    }
}
