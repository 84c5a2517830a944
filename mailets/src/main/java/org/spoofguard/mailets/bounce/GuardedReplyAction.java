package org.spoofguard.mailets.bounce;

import java.util.ArrayList;
import java.util.List;

import javax.mail.Address;
import javax.mail.MessagingException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.apache.james.transport.mailets.jsieve.ActionContext;
import org.apache.james.transport.mailets.jsieve.DiscardAction;
import org.apache.james.transport.mailets.jsieve.MailAction;
import org.apache.jsieve.mail.Action;
import org.apache.jsieve.mail.ActionRedirect;
import org.apache.jsieve.mail.ActionReject;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.bounce.BounceDecision;
import org.spoofguard.core.bounce.BounceGuard;
import org.spoofguard.core.bounce.BounceGuardSettings;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.MailBounceInputs;

/**
 * One of James's Sieve actions that answers the sender ({@code vacation}, {@code reject}), run only when the
 * auto-reply guard allows the answer ({@link org.spoofguard.core.bounce.AutoReplyPolicy}). Otherwise the answer
 * is not sent, and the rest of what the user asked for still happens: a refused {@code reject} still keeps the
 * mail out of the mailbox, exactly as if the MDN had been sent.
 *
 * <p>Where the answer goes: Sieve {@code vacation} ({@link SieveVacationAction}) sends to the envelope sender;
 * Sieve {@code reject} ({@code jsieve.RejectAction}) sends its MDN to the
 * recipients of {@code MimeMessage.reply(false)}, i.e. the Reply-To or From header field, which the forger writes
 * even when the return path is his own: so for reject those addresses must be the proven return path itself.
 */
final class GuardedReplyAction implements MailAction {
    private static final Logger LOGGER = LoggerFactory.getLogger(GuardedReplyAction.class);

    enum Responder {
        VACATION, REJECT, REDIRECT
    }

    private final MailAction delegate;
    private final Responder responder;
    private final BounceGuard guard;
    private final BounceGuardSettings settings;
    private final BounceGuardServices services;
    /** Where a withheld reject's mail is kept for release; null: not kept (the user's copy is dropped, as in James). */
    private final WithheldReplies keeper;

    GuardedReplyAction(MailAction delegate, Responder responder, BounceGuard guard, BounceGuardSettings settings,
                       BounceGuardServices services, WithheldReplies keeper) {
        this.delegate = delegate;
        this.responder = responder;
        this.guard = guard;
        this.settings = settings;
        this.services = services;
        this.keeper = keeper;
    }

    @Override
    public void execute(Action action, Mail mail, ActionContext context) throws MessagingException {
        if (responder == Responder.REDIRECT && !reflectsToSender(action, mail)) {
            // A forward to a fixed address of the user's choosing: not an answer to the sender.
            delegate.execute(action, mail, context);
            return;
        }
        boolean allowed;
        BounceDecision decision = null;
        try {
            List<String> targets = switch (responder) {
                case REJECT -> replyHeaderTargets(mail);
                case REDIRECT -> List.of(((ActionRedirect) action).getAddress());
                default -> List.of();
            };
            BounceGuard.Outcome outcome = guard.evaluateAutoReply(
                MailBounceInputs.from(mail, settings.verdictAttribute()), targets);
            decision = outcome.decision();
            allowed = decision.isSend();
            LOGGER.info("SpoofGuard auto-reply decision: mail={} sender={} responder=sieve-{} user={} decision={} reason={} verdict-from={}",
                mail.getName(), mail.getMaybeSender().asString("<>"), responder.name().toLowerCase(java.util.Locale.ROOT),
                context.getRecipient(), outcome.decision().action().keyword(), outcome.decision().code(),
                outcome.verdictOrigin());
        } catch (RuntimeException e) {
            LOGGER.error("auto-reply decision failed for {}; no Sieve {} answer", mail.getName(), responder, e);
            services.increment("spoofguard_autoreply_decision_failed");
            allowed = false;
        }
        if (allowed) {
            delegate.execute(action, mail, context);
        } else if (responder == Responder.REJECT) {
            // The user still refused this mail: not delivered to them, only the MDN is withheld. The refused copy is
            // kept for release like a suppressed DSN; if it cannot be kept, it stays with the user (never lost).
            BounceDecision kept = decision != null ? decision : BounceDecision.suppress("internal-error", "decision failed");
            String reason = action instanceof ActionReject reject ? String.valueOf(reject.getMessage()) : "";
            if (keeper == null || keeper.keep(mail, context.getRecipient(), "reject", reason, kept)) {
                DiscardAction.removeRecipient(mail, context);
            }
        }
        // A refused redirect leaves the user as a recipient: LocalDelivery keeps the mail in the mailbox
        // (never lost), and nothing goes back to the unproven address.
    }

    /**
     * A Sieve {@code redirect} whose target is the mail's own sender, by MAIL FROM or by a From, Reply-To or Sender
     * header address: James would send the message back to that address with the original (possibly forged)
     * MAIL FROM. That is a reflection towards a party the mail names, so it is judged like an auto-reply.
     */
    static boolean reflectsToSender(Action action, Mail mail) {
        if (!(action instanceof ActionRedirect redirect) || redirect.getAddress() == null) {
            return false;
        }
        String target = redirect.getAddress().trim();
        if (mail.getMaybeSender().asOptional().map(s -> s.asString().equalsIgnoreCase(target)).orElse(false)) {
            return true;
        }
        try {
            MimeMessage message = mail.getMessage();
            for (String field : new String[] {"From", "Reply-To", "Sender"}) {
                String[] values = message.getHeader(field);
                if (values == null) {
                    continue;
                }
                for (String value : values) {
                    for (InternetAddress a : InternetAddress.parseHeader(value, false)) {
                        if (a.getAddress() != null && a.getAddress().trim().equalsIgnoreCase(target)) {
                            return true;
                        }
                    }
                }
            }
        } catch (MessagingException | RuntimeException e) {
            // Unreadable header fields: judge the redirect (the guard refuses what it cannot prove).
            return true;
        }
        return false;
    }

    /** The MDN's recipients as RejectAction computes them: reply(false) → Reply-To, else From. */
    static List<String> replyHeaderTargets(Mail mail) {
        List<String> out = new ArrayList<>();
        try {
            MimeMessage reply = (MimeMessage) mail.getMessage().reply(false);
            Address[] to = reply.getAllRecipients();
            if (to != null) {
                for (Address a : to) {
                    out.add(a instanceof InternetAddress ia ? ia.getAddress() : String.valueOf(a));
                }
            }
        } catch (MessagingException | RuntimeException e) {
            // No readable target: an empty list is refused by the policy.
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }
}
