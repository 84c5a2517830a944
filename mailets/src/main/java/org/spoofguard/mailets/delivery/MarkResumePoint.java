package org.spoofguard.mailets.delivery;

import java.util.Optional;
import java.util.Set;

import javax.mail.MessagingException;

import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.held.ResumePoint;
import org.spoofguard.core.held.ResumeRecord;
import org.spoofguard.james.HeldMailAttributes;
import org.spoofguard.james.MailRecipientRecords;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.mailets.NamesProcessors;

/**
 * First mailet of a processor that runs after the recipient rewrite table (bundled: {@code local-delivery},
 * {@code local-delivery-retry}): marks the mail ({@link HeldMailAttributes#RESUME}) so that, if it is kept in the
 * error repository from here on (an exception from a later mailet: James's error processor keeps it), the console
 * releases it into {@code processor} instead of {@code root}, where the rewrite table would expand its recipients
 * again and send a forward a second time. The rule is {@link ResumePoint}.
 *
 * <p>Parameters: {@code processor} (required, the processor this mailet is in); {@code spoolerKeepsRewrittenRecipients}
 * ({@code false}): {@code true} only where every mail enters with rewritten recipients, so that those James's spooler
 * puts back on a re-run are rewritten too ({@code local-delivery-retry}); otherwise a re-run mail is not marked and
 * goes to {@code root} when released.
 */
public class MarkResumePoint extends GenericMailet implements NamesProcessors {
    private static final Logger LOGGER = LoggerFactory.getLogger(MarkResumePoint.class);
    static final String PROCESSOR = "processor";
    static final String SPOOLER_KEEPS_REWRITTEN = "spoolerKeepsRewrittenRecipients";

    private String processor;
    private boolean spoolerKeepsRewritten;

    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), Set.of(PROCESSOR, SPOOLER_KEEPS_REWRITTEN));
        processor = Optional.ofNullable(getInitParameter(PROCESSOR)).map(String::trim).orElse("");
        try {
            ResumeRecord.of(processor, java.util.List.of("check@example.invalid"));
        } catch (IllegalArgumentException e) {
            throw new MessagingException(Bilingual.of(
                getMailetName() + ": parameter '" + PROCESSOR + "' is required, the name of the processor this mailet is in: "
                    + e.getMessage(),
                getMailetName() + ": parameteren '" + PROCESSOR + "' mangler eller er ugyldig; den skal være navnet på den "
                    + "processor, denne mailet står i: '" + processor + "'"));
        }
        String keeps = Optional.ofNullable(getInitParameter(SPOOLER_KEEPS_REWRITTEN)).map(String::trim).orElse("false");
        if (!keeps.equals("true") && !keeps.equals("false")) {
            throw new MessagingException(Bilingual.of(
                getMailetName() + ": parameter '" + SPOOLER_KEEPS_REWRITTEN + "' must be true or false: " + keeps,
                getMailetName() + ": parameteren '" + SPOOLER_KEEPS_REWRITTEN + "' skal være true eller false: " + keeps));
        }
        spoolerKeepsRewritten = keeps.equals("true");
    }

    @Override
    public void service(Mail mail) {
        ResumePoint.Decision d = ResumePoint.onEntry(processor, MailRecipientRecords.strings(mail.getRecipients()),
            HeldMailAttributes.reRunBySpooler(mail), spoolerKeepsRewritten);
        if (d.record().isEmpty() && HeldMailAttributes.resume(mail).isPresent()) {
            LOGGER.info("SpoofGuard resume point: mail={} in {} loses its resume record: {}", mail.getName(),
                processor, d.reason());
        }
        HeldMailAttributes.setResume(mail, d.record());
    }

    @Override
    public java.util.Map<String, String> namedProcessors() {
        return processor == null || processor.isEmpty() ? java.util.Map.of() : java.util.Map.of(PROCESSOR, processor);
    }

    /** A release resumes the mail in the named processor: anywhere but here would skip or repeat mailets. */
    @Override
    public Set<String> ownProcessorParameters() {
        return Set.of(PROCESSOR);
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard: marks a mail past the rewrite table to resume here when released from the error repository";
    }
}
