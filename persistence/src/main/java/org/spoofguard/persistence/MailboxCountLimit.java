package org.spoofguard.persistence;

import java.util.List;
import java.util.Set;

import org.apache.james.mailbox.model.MailboxPath;

/**
 * Whether creating a mailbox keeps a user within the cap. James 3.8.1's {@code StoreMailboxManager.createMailbox}
 * creates every missing parent too ({@code a/b/c} makes {@code a} and {@code a/b}), so those count as well:
 * otherwise one deep CREATE would add many mailboxes past the cap.
 */
public record MailboxCountLimit(int max) {
    /** How many mailboxes the user would have after creating {@code levels} (the path's hierarchy, itself last). */
    public long countAfter(Set<MailboxPath> existing, List<MailboxPath> levels) {
        return existing.size() + levels.stream().distinct().filter(level -> !existing.contains(level)).count();
    }

    public boolean allows(Set<MailboxPath> existing, List<MailboxPath> levels) {
        return countAfter(existing, levels) <= max;
    }
}
