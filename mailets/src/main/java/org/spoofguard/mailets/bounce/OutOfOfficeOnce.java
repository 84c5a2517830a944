package org.spoofguard.mailets.bounce;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.server.core.MailImpl;
import org.apache.james.transport.mailets.VacationMailet;
import org.apache.james.transport.util.MimeMessageBodyGenerator;
import org.apache.james.util.date.ZonedDateTimeProvider;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.RecipientId;
import org.apache.james.vacation.api.VacationService;
import org.apache.mailet.Mail;
import org.apache.mailet.base.AutomaticallySentMailDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.bounce.SieveVacation;
import org.spoofguard.james.MailetParameters;

/**
 * James's {@code VacationMailet} (the WebAdmin/JMAP out-of-office), answering each sender once. James checks its
 * registry, sends, then registers, with nothing spanning the three: two mails of one sender processed at the same
 * moment both found "not answered" and both got the out-of-office. Here that runs in the return path's
 * {@link AnswerTurns turn}, which the Sieve vacation takes too, and inside it the recipients whose Sieve vacation has
 * meanwhile answered this sender are left out ({@code AutoReplyAllowed} checked that before the turn). Whether a
 * reply may go at all is still {@code AutoReplyAllowed}'s decision, as the mailet's match.
 *
 * <p>No parameter besides James's standard ones; use it where {@code VacationMailet} was.
 */
public class OutOfOfficeOnce extends VacationMailet {
    private static final Logger LOGGER = LoggerFactory.getLogger(OutOfOfficeOnce.class);

    private final VacationService vacations;

    @Inject
    public OutOfOfficeOnce(VacationService vacations, ZonedDateTimeProvider clock,
                           AutomaticallySentMailDetector automaticallySent, MimeMessageBodyGenerator bodies) {
        super(vacations, clock, automaticallySent, bodies);
        this.vacations = vacations;
    }

    /** James's VacationMailet reads no parameter, so a child of its {@code <mailet>} was silently ignored. */
    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), Set.of());
    }

    @Override
    public void service(Mail mail) {
        Optional<MailAddress> returnPath = mail.getMaybeSender().asOptional();
        if (returnPath.isEmpty()) {
            return;
        }
        Lock turn = AnswerTurns.of(returnPath.get());
        turn.lock();
        try {
            List<MailAddress> pending = notAnsweredBySieve(mail, returnPath.get());
            if (pending.size() == mail.getRecipients().size()) {
                super.service(mail);
            } else if (!pending.isEmpty()) {
                super.service(forRecipients(mail, pending));
            }
        } finally {
            turn.unlock();
        }
    }

    /** A failed lookup leaves the recipient out: not knowing is no reason to answer twice, the reply is a courtesy. */
    private List<MailAddress> notAnsweredBySieve(Mail mail, MailAddress returnPath) {
        RecipientId sender = RecipientId.fromMailAddress(returnPath);
        return mail.getRecipients().stream().filter(r -> {
            try {
                boolean answered = Boolean.TRUE.equals(vacations.isNotificationRegistered(
                    AccountId.fromString(SieveVacation.sieveAnsweredAccount(r.asString())), sender).block());
                if (answered) {
                    LOGGER.info("SpoofGuard auto-reply: mail={} sender={} recipient={}: answered by the recipient's "
                        + "Sieve vacation meanwhile; no out-of-office", mail.getName(), returnPath.asString(), r);
                }
                return !answered;
            } catch (RuntimeException e) {
                LOGGER.warn("{}: cannot tell whether {}'s Sieve vacation answered {} ({}); no out-of-office",
                    getMailetName(), r, returnPath.asString(), e.toString());
                return false;
            }
        }).toList();
    }

    /** VacationMailet reads the recipients, sender and message only; the copy shares the message. */
    private static Mail forRecipients(Mail mail, List<MailAddress> recipients) {
        try {
            MailImpl copy = MailImpl.duplicate(mail);
            copy.setRecipients(recipients);
            return copy;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot copy " + mail.getName() + " for its out-of-office", e);
        }
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard: James's out-of-office, each sender answered once";
    }
}
