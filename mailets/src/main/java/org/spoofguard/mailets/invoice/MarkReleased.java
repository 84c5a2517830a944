package org.spoofguard.mailets.invoice;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.james.invoice.InvoiceDecision;
import org.spoofguard.james.invoice.InvoiceInspection;

/**
 * First mailet of the release processor: records that an admin released this mail from the quarantine
 * ({@code X-SpoofGuard-Released} header with the time, attribute {@value #RELEASED_NAME}), counts and logs it.
 * The quarantine verdict header stays, so the clerk still sees why the mail was held.
 */
public class MarkReleased extends GenericMailet {
    public static final String RELEASED_NAME = "org.spoofguard.invoice.released";
    public static final AttributeName RELEASED = AttributeName.of(RELEASED_NAME);
    public static final String RELEASED_HEADER = InvoiceInspection.RELEASED_HEADER;
    public static final String METRIC_RELEASED = "spoofguard_invoice_released";
    private static final Logger LOGGER = LoggerFactory.getLogger(MarkReleased.class);

    private final InvoiceInspection inspection;
    private Clock clock = Clock.systemDefaultZone();

    @Inject
    public MarkReleased(InvoiceInspection inspection) {
        this.inspection = inspection;
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** No parameters of its own: James's standard ones pass, anything else (a typo) stops the start naming it. */
    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        String when = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(clock));
        mail.setAttribute(new Attribute(RELEASED, AttributeValue.of(when)));
        InvoiceInspection.setHeader(mail, RELEASED_HEADER, "released from quarantine by an administrator; " + when);
        inspection.increment(METRIC_RELEASED);
        LOGGER.info("SpoofGuard invoice: action=release mail={} sender={} recipients={} verdict=\"{}\"", mail.getName(),
            mail.getMaybeSender().asString("<>"), mail.getRecipients(),
            InvoiceInspection.recorded(mail).map(InvoiceDecision::summary).orElse(""));
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard: mark a mail released from the invoice quarantine";
    }
}
