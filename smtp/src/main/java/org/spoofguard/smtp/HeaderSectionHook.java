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
import org.spoofguard.core.message.HeaderLineEnds;
import org.spoofguard.core.message.HeaderSectionLimit;

/**
 * Refuses at the end of DATA, before any other check, a message whose header section exceeds
 * {@link HeaderSectionLimit} (4 MiB or 10 000 fields): {@code 552 5.3.4} (RFC 5321 §4.2.2 552 "exceeded storage
 * allocation", RFC 3463 §3.4 X.3.4 "message too big for system"). No real mail comes near it; padding the header
 * section is how a sender pushes From and Subject out of reach of the checks, or makes every header operation of
 * the server slow (45 MB of fields). Reads the stored message only up to the end of its header section. Our own
 * failure (unreadable spool file) never refuses: DECLINED, logged; the later checks have their own bounds.
 * Counter {@code spoofguard_header_section_refused}.
 *
 * <p>A header section with a CR not followed by LF is refused too: {@code 550 5.6.0} (RFC 3463 §3.6 X.6.0 "other
 * or undefined media error"; RFC 5322 §2.2, §2.3 allow CR only in CRLF), counter
 * {@code spoofguard_header_bare_cr_refused}. JavaMail, which stores the mail the user reads, ends a line there;
 * a reader that does not sees other fields: {@code Subject: x<CR>From: ceo@victim} hid the victim's From from
 * DMARC, and a line that is a lone CR hid the attacker's aligned From from the user (core.message.HeaderLineEnds).
 * Our own readers split lines as JavaMail does since, so this refusal is the first line, not the only one.
 * No parameter. First message hook in {@code smtpserver.xml}.
 */
public class HeaderSectionHook implements JamesMessageHook {
    /** No parameter: a child of the {@code <handler>} element (a typo, a key meant for another hook) stops the start. */
    @Override
    public void init(org.apache.commons.configuration2.Configuration config)
        throws org.apache.commons.configuration2.ex.ConfigurationException {
        HandlerParameters.requireKnown("HeaderSectionHook", config, java.util.Set.of());
    }

    private static final Logger LOGGER = LoggerFactory.getLogger(HeaderSectionHook.class);
    static final String REFUSED = "spoofguard_header_section_refused";
    static final String BARE_CR_REFUSED = "spoofguard_header_bare_cr_refused";
    static final String OVERLONG_LINE_REFUSED = "spoofguard_overlong_line_refused";

    private final MetricFactory metrics;

    @Inject
    public HeaderSectionHook(MetricFactory metrics) {
        this.metrics = metrics;
    }

    @Override
    public HookResult onMessage(SMTPSession session, Mail mail) {
        if (OverlongLine.seen(session)) {
            // the message lacks a line the decoder dropped: refused whole, the one answer to DATA (OverlongLine)
            metrics.generate(OVERLONG_LINE_REFUSED).increment();
            LOGGER.info("HeaderSectionHook: refused mail from <{}> client {}: a line over {} octets",
                mail.getMaybeSender().asString("<>"), session.getRemoteAddress(), OverlongLine.LIMIT);
            return HookResult.builder().hookReturnCode(HookReturnCode.deny()).smtpReturnCode(OverlongLine.REPLY_CODE)
                .smtpDescription(OverlongLine.REPLY).build();
        }
        Optional<String> exceeded;
        Optional<String> bareCr;
        try {
            try (InputStream raw = new MimeMessageInputStream(mail.getMessage())) {
                exceeded = HeaderSectionLimit.exceeded(raw);
            }
            try (InputStream raw = new MimeMessageInputStream(mail.getMessage())) {
                bareCr = exceeded.isPresent() ? Optional.empty() : HeaderLineEnds.bareCarriageReturn(raw);
            }
        } catch (Exception | StackOverflowError e) {
            LOGGER.error("HeaderSectionHook: cannot read the header section of {}; not refused", mail.getName(), e);
            return HookResult.DECLINED;
        }
        if (exceeded.isPresent()) {
            metrics.generate(REFUSED).increment();
            LOGGER.info("HeaderSectionHook: refused mail from <{}> client {}: {}", mail.getMaybeSender().asString("<>"),
                session.getRemoteAddress(), exceeded.get());
            return HookResult.builder().hookReturnCode(HookReturnCode.deny()).smtpReturnCode("552")
                .smtpDescription("5.3.4 Message header too big: " + exceeded.get())
                .build();
        }
        if (bareCr.isPresent()) {
            metrics.generate(BARE_CR_REFUSED).increment();
            LOGGER.info("HeaderSectionHook: refused mail from <{}> client {}: {}", mail.getMaybeSender().asString("<>"),
                session.getRemoteAddress(), bareCr.get());
            return HookResult.builder().hookReturnCode(HookReturnCode.deny()).smtpReturnCode("550")
                .smtpDescription("5.6.0 Message header refused: " + bareCr.get()
                    + "; RFC 5322 allows CR only in CRLF")
                .build();
        }
        return HookResult.DECLINED;
    }
}
