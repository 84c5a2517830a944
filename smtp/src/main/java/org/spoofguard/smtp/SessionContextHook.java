package org.spoofguard.smtp;

import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.smtpserver.JamesMessageHook;
import org.apache.mailet.AttributeName;
import org.apache.mailet.Mail;
import org.spoofguard.core.session.SessionContext;
import org.spoofguard.james.SpoofGuardAttributes;

/**
 * Records the SMTP client's IP, HELO name and envelope sender on the mail as the
 * {@value SessionContext#ATTRIBUTE} attribute.
 *
 * <p>Our handlers run before James's core handlers, so James has not yet copied the remote address and
 * HELO into the mail: we read them from the session. Without this record a mail reprocessed from a
 * repository could not be re-authenticated (SPF needs the original client IP, RFC 7208 §4.1).
 * Always DECLINED: recording never changes the SMTP dialogue.
 */
public class SessionContextHook implements JamesMessageHook {
    /** No parameter: a child of the {@code <handler>} element (a typo, a key meant for another hook) stops the start. */
    @Override
    public void init(org.apache.commons.configuration2.Configuration config)
        throws org.apache.commons.configuration2.ex.ConfigurationException {
        HandlerParameters.requireKnown("SessionContextHook", config, java.util.Set.of());
    }

    static final AttributeName ATTRIBUTE = SpoofGuardAttributes.SESSION;

    @Override
    public HookResult onMessage(SMTPSession session, Mail mail) {
        SpoofGuardAttributes.writeSession(mail, contextOf(session));
        return HookResult.DECLINED;
    }

    static SessionContext contextOf(SMTPSession session) {
        String ip = ClientAddress.text(session);
        String helo = session.getAttachment(SMTPSession.CURRENT_HELO_NAME, SMTPSession.State.Connection).orElse("");
        String mailFrom = session.getAttachment(SMTPSession.SENDER, SMTPSession.State.Transaction)
            .flatMap(MaybeSender::asOptional)
            .map(MailAddress::asString)
            .orElse("");
        return new SessionContext(ip, helo, mailFrom);
    }
}
