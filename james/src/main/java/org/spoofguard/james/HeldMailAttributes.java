package org.spoofguard.james;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.spoofguard.core.held.ResumeRecord;
import org.spoofguard.core.held.StoredAt;

/**
 * Reads and writes the records a mail kept for the admin carries ({@link StoredAt}, {@link ResumeRecord}) as mail
 * attributes: strings, so every repository and queue keeps them; attributes, not headers, so a sender cannot
 * bring them.
 */
public final class HeldMailAttributes {
    /** When the mail entered the repository it is held in. */
    public static final AttributeName STORED_AT = AttributeName.of("org.spoofguard.held.stored-at");
    /** Where a release resumes it and for which recipients. */
    public static final AttributeName RESUME = AttributeName.of("org.spoofguard.held.resume");

    /**
     * JamesMailSpooler's count of failed runs (its {@code MAIL_PROCESSING_ERROR_COUNT}), set when it re-queues a mail
     * whose processing threw, after putting back the recipients the mail had when it was taken from the spool.
     */
    public static final AttributeName SPOOLER_ERROR_COUNT = AttributeName.of("mail-processing-error-count");

    private HeldMailAttributes() {
    }

    /** Stamps the mail as stored into {@code repository} now; call right before the store. */
    public static void stampStored(Mail mail, String repository, Clock clock) {
        mail.setAttribute(new Attribute(STORED_AT, AttributeValue.of(new StoredAt(clock.instant(), repository).format())));
    }

    public static Optional<StoredAt> storedAt(Mail mail) {
        return StoredAt.parse(string(mail, STORED_AT));
    }

    /** {@link StoredAt#heldSince} of a mail read from {@code repository}. */
    public static Instant heldSince(Mail mail, String repository) {
        return StoredAt.heldSince(storedAt(mail), repository,
            Optional.ofNullable(mail.getLastUpdated()).map(java.util.Date::toInstant));
    }

    public static void writeResume(Mail mail, String processor, List<MailAddress> recipients) {
        ResumeRecord record = ResumeRecord.of(processor, MailRecipientRecords.strings(recipients));
        mail.setAttribute(new Attribute(RESUME, AttributeValue.of(record.format())));
    }

    /** Writes {@code record}, or removes the mail's resume record when it is empty. */
    public static void setResume(Mail mail, Optional<ResumeRecord> record) {
        if (record.isPresent()) {
            mail.setAttribute(new Attribute(RESUME, AttributeValue.of(record.get().format())));
        } else {
            mail.removeAttribute(RESUME);
        }
    }

    /** Whether James's spooler has re-run this mail after an exception ({@link #SPOOLER_ERROR_COUNT}). */
    public static boolean reRunBySpooler(Mail mail) {
        return mail.getAttribute(SPOOLER_ERROR_COUNT).isPresent();
    }

    public static Optional<ResumeRecord> resume(Mail mail) {
        return ResumeRecord.parse(string(mail, RESUME));
    }

    private static Optional<String> string(Mail mail, AttributeName name) {
        return mail.getAttribute(name).flatMap(a -> a.getValue().valueAs(String.class));
    }
}
