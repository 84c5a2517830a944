package org.spoofguard.mailets.batv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;
import javax.mail.internet.AddressException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.spoofguard.core.batv.BatvSigner;
import org.spoofguard.core.batv.BatvVerdict;
import org.spoofguard.james.BatvSettings;
import org.spoofguard.james.MailetParameters;

/**
 * Turns the recipients of accepted bounces, {@code prvs=KDDDSSSSSS=alice@example.org}, back into the
 * real mailbox {@code alice@example.org} so they are delivered like any other mail. Only valid
 * signatures are unwrapped (the RCPT hook already refused the rest); on a DSN James made itself the signature
 * must be ours but may have expired (RemoteDelivery's retries can outlast {@code batv.validDays}). Put it early in the root processor.
 * No parameter.
 */
public class BatvUnwrapRecipient extends GenericMailet {
    private final BatvSettings settings;

    @Inject
    public BatvUnwrapRecipient(BatvSettings settings) {
        this.settings = settings;
    }

    /** No parameters of its own: James's standard ones pass, anything else (a typo) stops the start naming it. */
    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        Optional<BatvSigner> signer = settings.signer();
        if (signer.isEmpty()) {
            return;
        }
        boolean ourOwnDsn = ourOwnDsn(mail);
        List<MailAddress> recipients = new ArrayList<>(mail.getRecipients().size());
        boolean changed = false;
        for (MailAddress recipient : mail.getRecipients()) {
            BatvVerdict verdict = ourOwnDsn ? signer.get().verifyOwnDsn(recipient.asString())
                : signer.get().verify(recipient.asString());
            if (verdict.valid()) {
                recipients.add(parse(verdict.original(), recipient));
                changed = true;
            } else {
                recipients.add(recipient);
            }
        }
        if (changed) {
            mail.setRecipients(recipients);
        }
    }

    /**
     * A null-sender mail James made itself (DSNBounce and RemoteDelivery's Bouncer send through
     * {@code MailetContext.sendMail}, which marks {@link Mail#SENT_BY_MAILET}): the DSN for our user's own mail,
     * whose tag may have expired while RemoteDelivery retried. A bounce from outside never has that mark; its
     * expired tag was refused at RCPT ({@code BatvRcptHook}) and stays wrapped here.
     */
    private static boolean ourOwnDsn(Mail mail) {
        return mail.getMaybeSender().isNullSender() && mail.getAttribute(Mail.SENT_BY_MAILET_ATTRIBUTE.getName()).isPresent();
    }

    private static MailAddress parse(String address, MailAddress fallback) {
        try {
            return new MailAddress(address);
        } catch (AddressException e) {
            return fallback;
        }
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard BatvUnwrapRecipient";
    }
}
