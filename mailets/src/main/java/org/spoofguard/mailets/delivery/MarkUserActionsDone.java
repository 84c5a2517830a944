package org.spoofguard.mailets.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.delivery.RecipientRecord;
import org.spoofguard.james.MailRecipientRecords;
import org.spoofguard.james.MailetParameters;

/**
 * In local-delivery right after the user's actions (VacationMailet, GuardedSieve, AddDeliveredToHeader): records
 * the recipients they have run for ({@link MailRecipientRecords#USER_ACTIONS_DONE}), so that when the mail comes
 * back (James's spooler re-runs a mail whose processing threw, with its original recipients; an admin releases it
 * from var/mail/error/ into root) the matcher {@code UserActionsPending} keeps those actions from running twice:
 * a second out-of-office or a second redirect copy for the same mail.
 *
 * <p>A recipient Sieve took out of delivery (discard, or redirect/reject without keep: recorded by GuardedSieve in
 * {@link MailRecipientRecords#USER_ACTIONS_REMOVED}) is removed again here when the spooler has put it back:
 * its script is not run again to do so. No parameters.
 */
public class MarkUserActionsDone extends GenericMailet {
    private static final Logger LOGGER = LoggerFactory.getLogger(MarkUserActionsDone.class);

    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        RecipientRecord removed = MailRecipientRecords.read(mail, MailRecipientRecords.USER_ACTIONS_REMOVED);
        List<MailAddress> keep = new ArrayList<>();
        List<MailAddress> dropped = new ArrayList<>();
        for (MailAddress r : mail.getRecipients()) {
            (removed.contains(r.asString()) ? dropped : keep).add(r);
        }
        if (!dropped.isEmpty()) {
            LOGGER.info("SpoofGuard local delivery: mail={} back for {}, whom the user's Sieve took out of delivery "
                + "on an earlier run", mail.getName(), dropped);
            mail.setRecipients(keep);
        }
        // The removed ones count as done too: put back by the spooler, they must not meet their script again.
        MailRecipientRecords.add(mail, MailRecipientRecords.USER_ACTIONS_DONE, mail.getRecipients());
        MailRecipientRecords.addAll(mail, MailRecipientRecords.USER_ACTIONS_DONE, removed.recipients());
        if (keep.isEmpty()) {
            mail.setState(Mail.GHOST);
        }
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard: records the recipients whose vacation and Sieve have run";
    }
}
