package org.spoofguard.core.held;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.spoofguard.core.delivery.RecipientRecord;

/**
 * Where a mail kept for the admin resumes when it is released, and for which recipients that holds: carried with the
 * kept mail as one versioned attribute value, {@code v=1; processor=local-delivery-retry} and one address per line.
 *
 * <p>Why it exists: a copy RetryingLocalDelivery keeps after the mailbox store failed for two days has recipients
 * the rewrite table already expanded in {@code transport}. Released into {@code root}, the rewrite table runs again
 * and a forward that keeps a local copy (alice@ to alice@ and alice@remote) sends the mail to alice@remote a second
 * time. The record says the kept recipients only need their delivery.
 *
 * <p>A value it cannot read exactly (another version, a processor name outside {@code [A-Za-z0-9._-]{1,64}}, no
 * recipient, over 1 MB) is "no record": the mail takes its repository's ordinary release path, as before.
 */
public record ResumeRecord(String processor, RecipientRecord recipients) {
    private static final String VERSION = "v=1; processor=";
    private static final Pattern PROCESSOR = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MAX_LENGTH = 1 << 20;

    public ResumeRecord {
        if (processor == null || !PROCESSOR.matcher(processor).matches()) {
            throw new IllegalArgumentException("processor name must match " + PROCESSOR.pattern() + ": " + processor);
        }
        if (recipients == null || recipients.recipients().isEmpty()) {
            throw new IllegalArgumentException("a resume record names at least one recipient");
        }
    }

    public static ResumeRecord of(String processor, List<String> recipients) {
        return new ResumeRecord(processor, RecipientRecord.EMPTY.with(recipients));
    }

    public String format() {
        StringBuilder s = new StringBuilder(VERSION).append(processor);
        recipients.recipients().forEach(r -> s.append('\n').append(r));
        return s.toString();
    }

    public static Optional<ResumeRecord> parse(Optional<String> text) {
        if (text.isEmpty() || text.get().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        List<String> lines = List.of(text.get().split("\n", -1));
        String head = lines.get(0);
        if (!head.startsWith(VERSION)) {
            return Optional.empty();
        }
        String processor = head.substring(VERSION.length());
        List<String> recipients = lines.subList(1, lines.size());
        if (!PROCESSOR.matcher(processor).matches() || recipients.isEmpty() || recipients.stream().anyMatch(String::isBlank)) {
            return Optional.empty();
        }
        return Optional.of(of(processor, recipients));
    }
}
