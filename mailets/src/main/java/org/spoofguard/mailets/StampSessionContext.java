package org.spoofguard.mailets;

import java.util.Set;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.spoofguard.core.session.SessionContext;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.james.SpoofGuardAttributes;

/**
 * Writes the recorded SMTP session context into the message as {@value SessionContext#HEADER}, after
 * removing any copy the sender put there (a client-supplied one is a forgery). The header is what
 * carries the context through James paths that drop mail attributes, such as LocalDelivery's failure
 * mails. No parameter.
 */
public class StampSessionContext extends GenericMailet {
    /** No parameters of its own: James's standard ones pass, anything else (a typo) stops the start naming it. */
    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        MimeMessage message = mail.getMessage();
        message.removeHeader(SessionContext.HEADER);
        SpoofGuardAttributes.readSession(mail).ifPresent(context -> setHeader(message, context));
    }

    private static void setHeader(MimeMessage message, SessionContext context) {
        try {
            // No saveChanges(): James's MimeMessageWrapper keeps the edited header and streams the body
            // unchanged (see SenderVerdictHook); here it would only parse a multipart body.
            message.setHeader(SessionContext.HEADER, context.toHeaderValue());
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot write " + SessionContext.HEADER, e);
        }
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard StampSessionContext";
    }
}
