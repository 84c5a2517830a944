package org.spoofguard.mailets;

import java.util.Optional;
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
 * mails. Runs on every mail: one without a recorded context loses the header too, unless James itself made it
 * ({@link Mail#SENT_BY_MAILET}) from a message that passed here already. No parameter.
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
        Optional<SessionContext> recorded = SpoofGuardAttributes.readSession(mail);
        if (recorded.isEmpty() && mail.getAttribute(Mail.SENT_BY_MAILET_ATTRIBUTE.getName()).isPresent()) {
            // A mail James made (Sieve redirect, LocalDelivery failure mail, notice: MailetContext.sendMail marks
            // each) around a message that already passed here: the header is ours, and the only context it has.
            return;
        }
        // Every other mail: a header we did not write is the sender's forgery (ComputeSenderVerdict would judge
        // the mail by the client it names), whether or not our SMTP hooks recorded a context.
        message.removeHeader(SessionContext.HEADER);
        recorded.ifPresent(context -> setHeader(message, context));
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
