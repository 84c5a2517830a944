package org.spoofguard.mailets.bounce;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.apache.james.vacation.api.Vacation;
import org.apache.james.vacation.api.VacationPatch;
import org.apache.james.vacation.api.VacationService;
import org.apache.mailet.Mail;
import org.apache.mailet.base.AutomaticallySentMailDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.bounce.SieveVacation;
import org.spoofguard.james.MailetParameters;

import reactor.core.publisher.Mono;

/**
 * James's {@code VacationMailet} (the WebAdmin/JMAP out-of-office), answering each sender once. James checks its
 * registry, sends, then registers, with nothing spanning the three: two mails of one sender processed at the same
 * moment both found "not answered" and both got the out-of-office. Here that runs in the return path's
 * {@link AnswerTurns turn}, which the Sieve vacation takes too, and inside it the recipients whose Sieve vacation has
 * meanwhile answered this sender are left out ({@code AutoReplyAllowed} checked that before the turn). Whether a
 * reply may go at all is still {@code AutoReplyAllowed}'s decision, as the mailet's match.
 *
 * <p>An answer is recorded for the absence it was sent for only. A new out-of-office (WebAdmin {@code /vacation},
 * JMAP) is saved, then James clears the user's answered senders; a mail between its lookup (the old absence) and its
 * record (after the clearing) left a record that held the new absence's reply to that sender back. The record is now
 * kept only while the user's out-of-office is still the one the lookup found; see {@link RecordsOfOneAbsence}.
 *
 * <p>No parameter besides James's standard ones; use it where {@code VacationMailet} was.
 */
public class OutOfOfficeOnce extends VacationMailet {
    private static final Logger LOGGER = LoggerFactory.getLogger(OutOfOfficeOnce.class);

    private final VacationService vacations;
    private final RecordsOfOneAbsence records;

    @Inject
    public OutOfOfficeOnce(VacationService vacations, ZonedDateTimeProvider clock,
                           AutomaticallySentMailDetector automaticallySent, MimeMessageBodyGenerator bodies) {
        this(vacations, new RecordsOfOneAbsence(vacations, clock), clock, automaticallySent, bodies);
    }

    private OutOfOfficeOnce(VacationService vacations, RecordsOfOneAbsence records, ZonedDateTimeProvider clock,
                            AutomaticallySentMailDetector automaticallySent, MimeMessageBodyGenerator bodies) {
        super(records, clock, automaticallySent, bodies);
        this.vacations = vacations;
        this.records = records;
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
            records.begin();
            try {
                if (pending.size() == mail.getRecipients().size()) {
                    super.service(mail);
                } else if (!pending.isEmpty()) {
                    super.service(forRecipients(mail, pending));
                }
            } finally {
                records.end();
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

    /**
     * James's vacation service as VacationMailet sees it inside {@link #service}: it remembers the out-of-office each
     * recipient's lookup found, and records an answer only while that is still the user's out-of-office. A new one is
     * saved before James clears the answered senders ({@code DefaultVacationService.modifyVacation}): a record written
     * after the clearing for an answer sent with the old text would keep the new absence from answering that sender
     * (without an end date, never again). So the record is skipped when the out-of-office has changed since the
     * lookup; and since the change can also land between that check and the record, the out-of-office is read again
     * after recording, and a changed one turns the record into an expired one (SpoofGuard's registry,
     * {@code ConcurrentNotificationRegistry}, keeps one entry per sender, the newest). No other responder records
     * this sender for this user meanwhile: the return path's {@link AnswerTurns turn} is held.
     *
     * <p>"Changed" is judged by the settings (enabled, dates, subject, texts): setting the very same out-of-office
     * again keeps a record made in that moment. A failed read keeps the record (a second reply is what the turn
     * prevents; the reply is a courtesy).
     */
    static final class RecordsOfOneAbsence implements VacationService {
        private final VacationService delegate;
        private final ZonedDateTimeProvider clock;
        private final ThreadLocal<Map<AccountId, Vacation>> lookedUp = new ThreadLocal<>();

        RecordsOfOneAbsence(VacationService delegate, ZonedDateTimeProvider clock) {
            this.delegate = delegate;
            this.clock = clock;
        }

        void begin() {
            lookedUp.set(new ConcurrentHashMap<>());
        }

        void end() {
            lookedUp.remove();
        }

        @Override
        public Mono<Vacation> retrieveVacation(AccountId account) {
            Map<AccountId, Vacation> seen = lookedUp.get();
            Mono<Vacation> vacation = delegate.retrieveVacation(account);
            return seen == null ? vacation : vacation.doOnNext(v -> seen.put(account, v));
        }

        @Override
        public Mono<Void> registerNotification(AccountId account, RecipientId sender, Optional<ZonedDateTime> expiry) {
            Map<AccountId, Vacation> seen = lookedUp.get();
            Vacation answered = seen == null ? null : seen.get(account);
            if (answered == null) {
                return delegate.registerNotification(account, sender, expiry);
            }
            return Mono.defer(() -> {
                if (!stillCurrent(account, answered)) {
                    LOGGER.info("SpoofGuard auto-reply: out-of-office of {} changed while answering {}; the answer is "
                        + "not recorded, the new one will answer", account.getIdentifier(), sender.getAsString());
                    return Mono.empty();
                }
                return delegate.registerNotification(account, sender, expiry).then(Mono.defer(() -> {
                    if (stillCurrent(account, answered)) {
                        return Mono.empty();
                    }
                    LOGGER.info("SpoofGuard auto-reply: out-of-office of {} changed while recording the answer to {}; "
                        + "the record is expired, the new one will answer", account.getIdentifier(),
                        sender.getAsString());
                    return delegate.registerNotification(account, sender,
                        Optional.of(clock.get().minusSeconds(1)));
                }));
            });
        }

        private boolean stillCurrent(AccountId account, Vacation answered) {
            try {
                return answered.equals(delegate.retrieveVacation(account).block());
            } catch (RuntimeException e) {
                LOGGER.warn("SpoofGuard auto-reply: cannot read the out-of-office of {} again ({}); the answer is "
                    + "recorded", account.getIdentifier(), e.toString());
                return true;
            }
        }

        @Override
        public Mono<Void> modifyVacation(AccountId account, VacationPatch patch) {
            return delegate.modifyVacation(account, patch);
        }

        @Override
        public Mono<Boolean> isNotificationRegistered(AccountId account, RecipientId sender) {
            return delegate.isNotificationRegistered(account, sender);
        }

        @Override
        public Mono<Void> flushNotifications(AccountId account) {
            return delegate.flushNotifications(account);
        }
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard: James's out-of-office, each sender answered once";
    }
}
