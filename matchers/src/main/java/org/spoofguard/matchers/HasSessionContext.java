package org.spoofguard.matchers;

import java.util.Collection;
import java.util.List;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.james.MailetParameters;

/**
 * Matches mails that carry the SMTP session context recorded by {@code org.spoofguard.smtp.SessionContextHook}
 * (mails received over SpoofGuard's SMTP), as opposed to mails James generated itself (bounces, notices)
 * or that were reprocessed from a repository. No parameter.
 */
public class HasSessionContext extends GenericMatcher {
    /** A condition would be silently ignored (James passes whatever follows '='): refuse it, naming it. */
    @Override
    public void init() throws MessagingException {
        MailetParameters.requireNoCondition(getMatcherName(), getCondition());
    }

    @Override
    public Collection<MailAddress> match(Mail mail) {
        boolean recorded = SpoofGuardAttributes.readSession(mail).isPresent();
        return recorded ? mail.getRecipients() : List.of();
    }
}
