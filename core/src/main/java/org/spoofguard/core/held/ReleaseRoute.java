package org.spoofguard.core.held;

import java.util.List;
import java.util.Optional;

/**
 * Which processor a release from the console sends one held mail into: the repository's own release processor,
 * unless the repository lets a mail resume where it stopped and the mail's {@link ResumeRecord} covers every one of
 * its recipients.
 *
 * <p>Only repositories that opt in honour the record: a mail that carries one may still end up elsewhere (an
 * over-quota DSN kept by the bounce guard keeps its attributes), where the repository's processor is the only right
 * one. A mail with a recipient the record does not name is not the kept copy (a mail built from it, or recipients
 * added since): it goes the ordinary way.
 */
public final class ReleaseRoute {
    private ReleaseRoute() {
    }

    public record Decision(String processor, boolean resumed, String reason) {
    }

    public static Decision decide(String repositoryProcessor, boolean resumable, Optional<ResumeRecord> record,
                                  List<String> recipients) {
        if (!resumable) {
            return new Decision(repositoryProcessor, false, "the repository's release processor");
        }
        if (record.isEmpty()) {
            return new Decision(repositoryProcessor, false, "no resume record: processed from the start");
        }
        List<String> other = record.get().recipients().pending(recipients);
        if (recipients.isEmpty() || !other.isEmpty()) {
            return new Decision(repositoryProcessor, false, "recipients " + other + " are not in the resume record: "
                + "processed from the start");
        }
        return new Decision(record.get().processor(), true, "recipients already rewritten (a second rewrite would "
            + "forward the mail again): resumes in " + record.get().processor());
    }
}
