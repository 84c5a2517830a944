package org.spoofguard.core.delivery;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The recipients of one mail for which a step with a side effect outside the mail has already been done (stored in
 * the mailbox, kept for the admin, answered by a vacation or Sieve), carried with the mail as one versioned
 * attribute value: {@code v=1} and one address per line.
 *
 * <p>Why it exists: James's spooler answers an exception by running the same mail again with its original
 * recipients (JamesMailSpooler 3.8.1, up to 5 times, then the error repository, from where an admin may release it);
 * only the mail's attributes survive that. A step that reads this record first does its side effect once per
 * recipient however often the mail is run.
 *
 * <p>A value it cannot read (another version, over 1 MB) is "nothing done": the step runs again, a possible second
 * copy rather than a lost mail. Addresses are compared as written ({@code MailAddress.asString()}): the same mail
 * carries the same spelling from run to run.
 */
public record RecipientRecord(Set<String> recipients) {
    public static final RecipientRecord EMPTY = new RecipientRecord(Set.of());
    private static final String VERSION = "v=1";
    private static final int MAX_LENGTH = 1 << 20;

    public RecipientRecord {
        recipients = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(recipients));
    }

    public boolean contains(String recipient) {
        return recipients.contains(recipient);
    }

    /** This record and {@code more}. */
    public RecipientRecord with(Collection<String> more) {
        Set<String> all = new LinkedHashSet<>(recipients);
        all.addAll(more);
        return new RecipientRecord(all);
    }

    /** Those of {@code candidates} not in this record, in their order. */
    public List<String> pending(Collection<String> candidates) {
        return candidates.stream().filter(r -> !recipients.contains(r)).toList();
    }

    public String format() {
        StringBuilder s = new StringBuilder(VERSION);
        recipients.forEach(r -> s.append('\n').append(r));
        return s.toString();
    }

    public static RecipientRecord parse(Optional<String> text) {
        if (text.isEmpty() || text.get().length() > MAX_LENGTH) {
            return EMPTY;
        }
        List<String> lines = List.of(text.get().split("\n", -1));
        if (!VERSION.equals(lines.get(0))) {
            return EMPTY;
        }
        return new RecipientRecord(new LinkedHashSet<>(lines.subList(1, lines.size()).stream()
            .filter(l -> !l.isEmpty()).toList()));
    }
}
