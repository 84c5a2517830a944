package org.spoofguard.smtp;

import java.io.InputStream;
import java.util.Optional;

import javax.inject.Inject;

import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.apache.james.server.core.MimeMessageInputStream;
import org.apache.james.smtpserver.JamesMessageHook;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.message.HeaderSectionLimit;

/**
 * Refuses at the end of DATA, before any other check, a message whose header section exceeds
 * {@link HeaderSectionLimit} (4 MiB or 10 000 fields): {@code 552 5.3.4} (RFC 5321 §4.2.2 552 "exceeded storage
 * allocation", RFC 3463 §3.4 X.3.4 "message too big for system"). No real mail comes near it; padding the header
 * section is how a sender pushes From and Subject out of reach of the checks, or makes every header operation of
 * the server slow (45 MB of fields). Reads the stored message only up to the end of its header section. Our own
 * failure (unreadable spool file) never refuses: DECLINED, logged; the later checks have their own bounds.
 * Counter {@code spoofguard_header_section_refused}. No parameter. First message hook in {@code smtpserver.xml}.
 */
public class HeaderSectionHook implements JamesMessageHook {
    private static final Logger LOGGER = LoggerFactory.getLogger(HeaderSectionHook.class);
    static final String REFUSED = "spoofguard_header_section_refused";

    private final MetricFactory metrics;

    @Inject
    public HeaderSectionHook(MetricFactory metrics) {
        this.metrics = metrics;
    }

    @Override
    public HookResult onMessage(SMTPSession session, Mail mail) {
        Optional<String> exceeded;
        try (InputStream raw = new MimeMessageInputStream(mail.getMessage())) {
            exceeded = HeaderSectionLimit.exceeded(raw);
        } catch (Exception | StackOverflowError e) {
            LOGGER.error("HeaderSectionHook: cannot read the header section of {}; not refused", mail.getName(), e);
            return HookResult.DECLINED;
        }
        if (exceeded.isEmpty()) {
            return HookResult.DECLINED;
        }
        metrics.generate(REFUSED).increment();
        LOGGER.info("HeaderSectionHook: refused mail from <{}> client {}: {}", mail.getMaybeSender().asString("<>"),
            session.getRemoteAddress(), exceeded.get());
        return HookResult.builder().hookReturnCode(HookReturnCode.deny()).smtpReturnCode("552")
            .smtpDescription("5.3.4 Message header too big: " + exceeded.get())
            .build();
    }
}
