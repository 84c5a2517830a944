package org.spoofguard.persistence;

/**
 * Whether an operation that creates mailboxes keeps a user within the cap ({@code mailbox.maxPerUser}).
 * James 3.8.1's {@code StoreMailboxManager.createMailbox} creates every missing parent too ({@code a/b/c} makes
 * {@code a} and {@code a/b}), so those count as well: otherwise one deep CREATE would add many mailboxes past the
 * cap. Its {@code renameMailbox} moves the mailbox and its children and creates no parents; only a RENAME of INBOX
 * adds one (the new, empty INBOX of RFC 3501 §6.3.5).
 */
public record MailboxCountLimit(int max) {
    /** How many mailboxes the user would have with {@code created} more than the {@code existing} ones. */
    public long countAfter(long existing, long created) {
        return existing + created;
    }

    /**
     * Whether the user may have {@code created} more. Creating nothing is always allowed, also over a cap the admin has
     * lowered since: a RENAME within the user's mailboxes must not fail because of mailboxes they already had.
     */
    public boolean allows(long existing, long created) {
        return created == 0 || countAfter(existing, created) <= max;
    }
}
