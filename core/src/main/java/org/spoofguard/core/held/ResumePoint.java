package org.spoofguard.core.held;

import java.util.List;
import java.util.Optional;

/**
 * The mark a mail gets when it enters a processor that runs after the recipient rewrite table ({@code local-delivery},
 * {@code local-delivery-retry}): "if this mail is kept for the admin from here on, a release resumes here".
 *
 * <p>Why: a mail that fails inside such a processor (an exception from one of its mailets; James's default error
 * handling sends it to the {@code error} processor, which keeps it in the error repository) has the recipients the
 * rewrite table produced. Released into {@code root}, the rewrite table runs again and a forward that keeps a local
 * copy (alice@ to alice@ and alice@remote) sends the mail to alice@remote a second time. The user's own actions in
 * {@code local-delivery} are already guarded against a second run (the user-actions record), so resuming there is
 * safe.
 *
 * <p>Not marked: a mail James's spooler re-runs after an exception (it carries {@code mail-processing-error-count}) in
 * a processor that is also entered with recipients from before the rewrite table. JamesMailSpooler 3.8.1 puts back
 * the recipients the mail had when it was taken from the spool (for a mail that entered at {@code root}: the
 * original ones) and re-runs it in the processor it failed in; those recipients may still need the rewrite table
 * (alice@ forwarded to carol@), and resuming past it would lose that copy. Such a mail goes to {@code root} as
 * before: a possible second forward rather than a lost one. In {@code local-delivery-retry}, which a mail enters only
 * with rewritten recipients (RetryingLocalDelivery's queue) or none to rewrite (a released DSN), the recipients put
 * back are those same ones: marked.
 */
public final class ResumePoint {
    private ResumePoint() {
    }

    /** {@code record}: the mark to carry (empty: carry none, remove an older one). */
    public record Decision(Optional<ResumeRecord> record, String reason) {
    }

    /**
     * @param processor the processor the mail enters (where a release resumes it)
     * @param recipients its recipients now
     * @param spoolerReRun the mail carries James's spooler error count (it was re-run after an exception)
     * @param spoolerKeepsRewrittenRecipients every mail entering this processor already has rewritten recipients,
     *                                        so those the spooler puts back are rewritten too
     */
    public static Decision onEntry(String processor, List<String> recipients, boolean spoolerReRun,
                                   boolean spoolerKeepsRewrittenRecipients) {
        if (recipients.isEmpty()) {
            return new Decision(Optional.empty(), "no recipients");
        }
        if (spoolerReRun && !spoolerKeepsRewrittenRecipients) {
            return new Decision(Optional.empty(), "re-run by the spooler with the recipients it put back, which may "
                + "be from before the rewrite table: a release goes through it again");
        }
        return new Decision(Optional.of(ResumeRecord.of(processor, recipients)),
            "recipients already rewritten: a release resumes in " + processor);
    }
}
