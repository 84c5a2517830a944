package org.spoofguard.mailets.bounce;

import java.io.IOException;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.locks.Lock;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.internet.MimeUtility;
import javax.mail.util.ByteArrayDataSource;

import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.rrt.api.RecipientRewriteTable;
import org.apache.james.server.core.MailImpl;
import org.apache.james.transport.mailets.jsieve.ActionContext;
import org.apache.james.transport.mailets.jsieve.ActionUtils;
import org.apache.james.transport.mailets.jsieve.MailAction;
import org.apache.james.user.api.UsersRepository;
import org.apache.james.util.date.ZonedDateTimeProvider;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.NotificationRegistry;
import org.apache.james.vacation.api.RecipientId;
import org.apache.jsieve.mail.Action;
import org.apache.jsieve.mail.optional.ActionVacation;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.bounce.AutoReplyPolicy;
import org.spoofguard.core.bounce.SieveVacation;
import org.spoofguard.james.UserAliases;

/**
 * Sieve {@code vacation} (RFC 5230) in place of jSieve's {@code VacationAction} of James 3.8.1, which sent its reply
 * with MAIL FROM = the user, without {@code Auto-Submitted}, and to every mail of a sender: two such responders (ours
 * and another's, each sender proven to the other) answered each other's answers without end. Here:
 * <ul>
 * <li>MAIL FROM {@code <>} (RFC 5230 §5.1, RFC 3834 §3.3): nothing answers or bounces back to a reply;</li>
 * <li>{@code Auto-Submitted: auto-replied} (RFC 5230 §5.7, RFC 3834 §5): every responder that follows RFC 3834
 * §2, ours included ({@link org.spoofguard.core.bounce.AutoReplyPolicy}), leaves the reply unanswered;</li>
 * <li>{@code In-Reply-To}/{@code References} (§5.5/§5.6), Subject {@code :subject} or "Auto: …" (§5.4), From the
 * {@code :from} or the user (§5.3), To the address answered (§5.2);</li>
 * <li>each sender at most once per {@code :days} (§4.1, default 7), per user and vacation ({@code :handle}, §4.2),
 * remembered in James's {@link NotificationRegistry}, the one VacationMailet uses: on the persistent server that is
 * {@code vacation-notified.json}, so a restart does not answer everyone again;</li>
 * <li>not to a sender the user's out-of-office already answered (its record under the user's address), and each
 * answer is also recorded for the out-of-office ({@link SieveVacation#sieveAnsweredAccount}): one automatic reply
 * per sender per period per user, whichever responder sends it.</li>
 * </ul>
 * Whether the mail may be answered at all (proven return path, not {@code <>}, not automatic or list mail) is decided
 * before this runs, by {@link GuardedReplyAction}; kept from jSieve are its checks that the mail was addressed to the
 * user or one of the script's {@code :addresses} (§4.5) and that it carries no {@code List-*} field, and its
 * loop mark ({@code ActionUtils.detectAndHandleLocalLooping}); added are §4.5's "never the user's own mail" (the return
 * path is the user's address or one of the {@code :addresses}, {@link AutoReplyPolicy#isOwnMail}) and "only mail that
 * names the user in To, Cc, Bcc or Resent-*" ({@link AutoReplyPolicy#isAddressedTo}; jSieve looked at the envelope,
 * which always names the user).
 */
final class SieveVacationAction implements MailAction {
    private static final Logger LOGGER = LoggerFactory.getLogger(SieveVacationAction.class);
    private final NotificationRegistry registry;
    private final ZonedDateTimeProvider clock;
    private final FromAliases aliases;

    /** Whether an address a script puts in {@code :from} (not the user's own) leads to the user. */
    @FunctionalInterface
    interface FromAliases {
        SieveVacation.FromAlias check(MailAddress user, MailAddress requested);

        /**
         * James's recipient rewrite table (aliases, domain aliases, forwards, resolved as for delivery): the address
         * leads to the user, and is no user's own mailbox (a colleague who forwards a copy to the user keeps their
         * address to themselves).
         */
        static FromAliases rewriteTable(RecipientRewriteTable table, UsersRepository users) {
            return (user, requested) -> UserAliases.check(table, users, user, requested);
        }
    }

    SieveVacationAction(NotificationRegistry registry, ZonedDateTimeProvider clock, FromAliases aliases) {
        this.registry = registry;
        this.clock = clock;
        this.aliases = aliases;
    }

    @Override
    public void execute(Action action, Mail mail, ActionContext context) throws MessagingException {
        ActionVacation vacation = (ActionVacation) action;
        Optional<MailAddress> returnPath = mail.getMaybeSender().asOptional();
        if (returnPath.isEmpty() || !addressedToUser(mail, vacation, context) || hasListField(mail)) {
            return;
        }
        MailAddress user = context.getRecipient();
        List<String> own = new java.util.ArrayList<>(vacation.getAddresses() == null ? List.of() : vacation.getAddresses());
        own.add(user.asString());
        if (AutoReplyPolicy.isOwnMail(returnPath.get().asString(), own)) {
            LOGGER.info("Sieve vacation of {}: {} is the user's own address; no reply", user.asString(),
                returnPath.get().asString());
            return;
        }
        if (!AutoReplyPolicy.isAddressedTo(recipientFields(mail), own, a -> leadsToUser(user, a))) {
            LOGGER.info("Sieve vacation of {}: mail of {} does not name the user or the :addresses in To, Cc, Bcc "
                + "or Resent-* (RFC 5230 section 4.5); no reply", user.asString(), returnPath.get().asString());
            return;
        }
        AccountId account = AccountId.fromString(SieveVacation.memoryAccount(user.asString(), vacation.getHandle(),
            vacation.getSubject(), vacation.getFrom(), vacation.getMime(), vacation.getReason()));
        RecipientId sender = RecipientId.fromMailAddress(returnPath.get());
        // "Answered?", the reply and "remember" as one step, in the same turn as the out-of-office (OutOfOfficeOnce):
        // a sender's mails that arrive together were each answered (seen in AutoReplyGuardIT)
        Lock lock = AnswerTurns.of(returnPath.get());
        lock.lock();
        try {
            answerOnce(mail, vacation, context, user, account, sender, returnPath.get());
        } finally {
            lock.unlock();
        }
    }

    private void answerOnce(Mail mail, ActionVacation vacation, ActionContext context, MailAddress user,
                            AccountId account, RecipientId sender, MailAddress returnPath) throws MessagingException {
        Boolean answered;
        try {
            answered = registry.isRegistered(account, sender).block();
        } catch (RuntimeException e) {
            // Not knowing whether we answered is no reason to answer again: the reply is a courtesy.
            LOGGER.warn("Sieve vacation of {}: cannot tell whether {} was answered ({}); no reply", user.asString(),
                returnPath.asString(), e.toString());
            return;
        }
        if (Boolean.TRUE.equals(answered)) {
            LOGGER.info("Sieve vacation of {}: {} already answered within :days {}; no reply", user.asString(),
                returnPath.asString(), SieveVacation.days(vacation.getDuration()));
            return;
        }
        // One automatic reply per sender per period per user (RFC 3834 §2): the out-of-office (VacationMailet) may
        // have answered this sender already; it records that under the user's address.
        Boolean answeredByOutOfOffice;
        try {
            answeredByOutOfOffice = registry.isRegistered(
                AccountId.fromString(SieveVacation.outOfOfficeAccount(user.asString())), sender).block();
        } catch (RuntimeException e) {
            LOGGER.warn("Sieve vacation of {}: cannot tell whether the out-of-office answered {} ({}); no reply",
                user.asString(), returnPath.asString(), e.toString());
            return;
        }
        if (Boolean.TRUE.equals(answeredByOutOfOffice)) {
            LOGGER.info("Sieve vacation of {}: {} already answered by the out-of-office; no reply", user.asString(),
                returnPath.asString());
            return;
        }
        ActionUtils.detectAndHandleLocalLooping(mail, context, "vacation");
        MimeMessage reply = reply(mail, vacation, user, returnPath);
        MailImpl out = MailImpl.builder()
            .name(MailImpl.getId())
            .sender(MaybeSender.nullSender())
            .addRecipient(returnPath)
            .mimeMessage(reply)
            .build();
        context.post(out);
        try {
            Optional<java.time.ZonedDateTime> until =
                Optional.of(SieveVacation.answeredUntil(clock.get(), vacation.getDuration()));
            registry.register(account, sender, until).block();
            // for the out-of-office's matcher (AutoReplyAllowed): no second auto-reply from it within :days
            registry.register(AccountId.fromString(SieveVacation.sieveAnsweredAccount(user.asString())), sender, until)
                .block();
        } catch (RuntimeException e) {
            LOGGER.warn("Sieve vacation of {}: answered {} but could not remember it ({})", user.asString(),
                returnPath.asString(), e.toString());
        }
    }

    private MimeMessage reply(Mail mail, ActionVacation vacation, MailAddress user, MailAddress to)
            throws MessagingException {
        MimeMessage original = mail.getMessage();
        MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()));
        reply.setFrom(from(vacation, user));
        reply.setRecipient(javax.mail.Message.RecipientType.TO, new InternetAddress(to.asString()));
        reply.setSubject(SieveVacation.subject(vacation.getSubject(), original.getSubject()), "UTF-8");
        reply.setSentDate(Date.from(clock.get().toInstant()));
        String messageId = original.getMessageID();
        if (messageId != null && !messageId.isBlank()) {
            reply.setHeader("In-Reply-To", messageId.strip());
            String references = original.getHeader("References", " ");
            reply.setHeader("References", MimeUtility.fold(12,
                (references == null || references.isBlank() ? "" : references.strip() + " ") + messageId.strip()));
        }
        reply.setHeader("Auto-Submitted", "auto-replied");
        try {
            if (vacation.getMime() != null) {
                // as jSieve: the :mime text is the body of a multipart/mixed
                reply.setContent(new MimeMultipart(new ByteArrayDataSource(vacation.getMime(), "multipart/mixed")));
            } else {
                reply.setText(vacation.getReason() == null ? "" : vacation.getReason(), "UTF-8");
            }
        } catch (IOException e) {
            throw new MessagingException("Cannot read the vacation's :mime text", e);
        }
        reply.saveChanges();
        return reply;
    }

    /** RFC 5230 §4.4 {@code :from} if the user may use it ({@link SieveVacation#from}); otherwise the user (§5.3). */
    private InternetAddress from(ActionVacation vacation, MailAddress user) throws AddressException {
        String requested = vacation.getFrom();
        MailAddress address = null;
        if (requested != null) {
            try {
                address = new MailAddress(requested.strip());
            } catch (AddressException e) {
                // not an address: the user's is used
            }
        }
        SieveVacation.FromAlias alias = address == null || address.asString().equalsIgnoreCase(user.asString())
            ? SieveVacation.FromAlias.NOT_THE_USERS : aliases.check(user, address);
        SieveVacation.FromChoice choice = SieveVacation.from(user.asString(), requested,
            address == null ? null : address.asString(), alias);
        if (choice.refused()) {
            LOGGER.warn("Sieve vacation of {}: {}; the reply is from the user's address", user.asString(),
                choice.reason());
        }
        return new InternetAddress(choice.address());
    }

    /** As jSieve: the mail's envelope went to the user or to one of the script's {@code :addresses} (RFC 5230 §4.5). */
    private static boolean addressedToUser(Mail mail, ActionVacation vacation, ActionContext context) {
        Set<MailAddress> recipients = Set.copyOf(mail.getRecipients());
        if (recipients.contains(context.getRecipient())) {
            return true;
        }
        List<String> addresses = vacation.getAddresses() == null ? List.of() : vacation.getAddresses();
        for (String address : addresses) {
            try {
                if (recipients.contains(new MailAddress(address))) {
                    return true;
                }
            } catch (AddressException e) {
                // not an address: matches nothing
            }
        }
        return false;
    }

    private static List<String> recipientFields(Mail mail) throws MessagingException {
        List<String> values = new java.util.ArrayList<>();
        for (String name : AutoReplyPolicy.RECIPIENT_FIELDS) {
            String[] found = mail.getMessage().getHeader(name);
            if (found != null) {
                values.addAll(List.of(found));
            }
        }
        return values;
    }

    /** An alias of the user (rewrite table, as for {@code :from}): mail to sales@ that reaches alice names alice. */
    private boolean leadsToUser(MailAddress user, String address) {
        try {
            return aliases.check(user, new MailAddress(address)) == SieveVacation.FromAlias.LEADS_TO_USER;
        } catch (AddressException e) {
            return false;
        }
    }

    /**
     * As jSieve: any {@code List-*} field (RFC 2369/2919) marks list mail, whose answer would go to the list. Stricter
     * than the guard's {@code List-Id} rule, which it does not replace: a newsletter with only List-Unsubscribe stays
     * unanswered, as it was with James.
     */
    private static boolean hasListField(Mail mail) throws MessagingException {
        Enumeration<String> lines = mail.getMessage().getAllHeaderLines();
        while (lines.hasMoreElements()) {
            if (lines.nextElement().regionMatches(true, 0, "List-", 0, 5)) {
                return true;
            }
        }
        return false;
    }
}
