package org.spoofguard.mailets.invoice;

import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.james.invoice.InvoiceDecision;
import org.spoofguard.james.invoice.InvoiceInspection;
import org.spoofguard.core.config.Bilingual;

/**
 * Marks a suspicious (or out-of-channel) invoice mail and lets it go on: an {@code X-SpoofGuard-Verdict}
 * header with the verdict and, optionally, a subject prefix the clerk sees (e.g. {@code [Faktura udenfor
 * NemHandel]}: in the Danish public sector invoices arrive through NemHandel, so a mailed one is out of channel).
 *
 * <p>Parameter {@code subjectPrefix} (default none). The prefix is added once, even if the mail comes here twice.
 */
public class TagInvoice extends GenericMailet {
    public static final String SUBJECT_PREFIX = "subjectPrefix";
    private static final Set<String> KNOWN = Set.of(SUBJECT_PREFIX);
    private static final Logger LOGGER = LoggerFactory.getLogger(TagInvoice.class);

    private final InvoiceInspection inspection;
    private String subjectPrefix;

    @Inject
    public TagInvoice(InvoiceInspection inspection) {
        this.inspection = inspection;
    }

    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), KNOWN);
        subjectPrefix = getInitParameter(SUBJECT_PREFIX, "").strip();
        if (subjectPrefix.chars().anyMatch(Character::isISOControl)) {
            throw new MessagingException(Bilingual.of(
                getMailetName() + ": parameter '" + SUBJECT_PREFIX + "' must be one line",
                getMailetName() + ": parameteren '" + SUBJECT_PREFIX + "' skal være én linje"));
        }
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        InvoiceDecision decision = inspection.decide(mail);
        InvoiceInspection.setHeader(mail, InvoiceInspection.VERDICT_HEADER, decision.summary());
        if (!subjectPrefix.isEmpty()) {
            try {
                MimeMessage message = mail.getMessage();
                String subject = message.getSubject();
                subject = subject == null ? "" : subject;
                if (!subject.startsWith(subjectPrefix)) {
                    // RFC 2047-encoded when needed (the prefix is usually Danish).
                    message.setSubject(subject.isEmpty() ? subjectPrefix : subjectPrefix + " " + subject, "UTF-8");
                }
            } catch (MessagingException | RuntimeException e) {
                // The header is already there; a subject we cannot rewrite must not stop the mail.
                LOGGER.warn("SpoofGuard invoice: cannot prefix the subject of {}", mail.getName(), e);
            }
        }
        inspection.increment(InvoiceInspection.METRIC_TAGGED);
        LOGGER.info("SpoofGuard invoice: action=tag mail={} sender={} verdict=\"{}\"", mail.getName(),
            mail.getMaybeSender().asString("<>"), decision.summary());
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard: tag an invoice mail (X-SpoofGuard-Verdict, optional subject prefix) and let it go on";
    }
}
