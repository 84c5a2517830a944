package org.spoofguard.matchers.delivery;

import java.util.Collection;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import org.spoofguard.james.MailRecipientRecords;
import org.spoofguard.james.MailetParameters;

/**
 * The recipients whose out-of-office, Sieve script and Delivered-To have not yet run for this mail (not in
 * {@link MailRecipientRecords#USER_ACTIONS_DONE}, written by {@code MarkUserActionsDone}). In local-delivery it
 * guards VacationMailet, GuardedSieve and AddDeliveredToHeader: a mail that comes back (James's spooler re-running
 * it after an exception, or an admin releasing it from var/mail/error/ into root) does not send a second
 * auto-reply or redirect copy for a recipient it already got them for, and still runs them once for the others.
 * No condition.
 */
public class UserActionsPending extends GenericMatcher {
    @Override
    public void init() throws MessagingException {
        MailetParameters.requireNoCondition(getMatcherName(), getCondition());
    }

    @Override
    public Collection<MailAddress> match(Mail mail) {
        return MailRecipientRecords.pending(mail, MailRecipientRecords.USER_ACTIONS_DONE);
    }
}
