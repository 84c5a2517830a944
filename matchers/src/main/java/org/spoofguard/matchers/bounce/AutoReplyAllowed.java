package org.spoofguard.matchers.bounce;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.rrt.api.RecipientRewriteTable;
import org.apache.james.user.api.UsersRepository;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.RecipientId;
import org.apache.james.vacation.api.VacationService;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.bounce.AutoReplyPolicy;
import org.spoofguard.core.bounce.BounceGuard;
import org.spoofguard.core.bounce.BounceGuardSettings;
import org.spoofguard.core.bounce.SieveVacation;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.MailBounceInputs;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.james.UserAliases;

/**
 * The match of James's {@code VacationMailet}: the recipients whose out-of-office is active, and only when the
 * reply may go to the mail's return path ({@link org.spoofguard.core.bounce.AutoReplyPolicy}: the bounce
 * guard's proof of MAIL FROM, no null sender, no Auto-Submitted, Precedence bulk/list/junk or List-Id). Without
 * it, every forged MAIL FROM gets an out-of-office: backscatter to the innocent owner of that address.
 *
 * <p>VacationMailet addresses its reply to the envelope sender only (From and Reply-To are ignored), which is
 * exactly the address the proof covers. Mails for recipients without an active vacation are not judged, logged
 * or counted (nothing would have been sent), nor are recipients whose own mail it is or whom To, Cc, Bcc and
 * Resent-* do not name (RFC 5230 §4.5, RFC 3834 §2). A refused reply changes nothing else: the mail is delivered.
 *
 * <p>Condition (optional): {@code authservId=…,verdictAttribute=…}; the DSN-only keys ({@code unproven},
 * {@code rate*}) are refused: an auto-reply is never sent to an unproven return path.
 */
public class AutoReplyAllowed extends GenericMatcher {
    private static final Logger LOGGER = LoggerFactory.getLogger(AutoReplyAllowed.class);
    static final Set<String> KEYS = Set.of(BounceGuardSettings.AUTHSERV_ID, BounceGuardSettings.VERDICT_ATTRIBUTE);
    static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(10);

    private final BounceGuardServices services;
    private final VacationService vacations;
    private final Clock clock;
    private final Aliases aliases;

    /** Whether {@code address} leads to {@code user} ({@link UserAliases}); a failed lookup is "no". */
    @FunctionalInterface
    interface Aliases {
        boolean leadsTo(MailAddress user, MailAddress address);
    }
    private BounceGuard guard;
    private BounceGuardSettings settings;

    @Inject
    public AutoReplyAllowed(BounceGuardServices services, VacationService vacations, RecipientRewriteTable rewriteTable,
                            UsersRepository users) {
        this(services, vacations, Clock.systemUTC(), (user, address) -> UserAliases.check(rewriteTable, users, user,
            address) == SieveVacation.FromAlias.LEADS_TO_USER);
    }

    AutoReplyAllowed(BounceGuardServices services, VacationService vacations, Clock clock, Aliases aliases) {
        this.services = services;
        this.vacations = vacations;
        this.clock = clock;
        this.aliases = aliases;
    }

    @Override
    public void init() throws MessagingException {
        try {
            Map<String, String> params = BounceGuardSettings.parseCondition(getCondition());
            MailetParameters.requireKnownCondition(getMatcherName(), params, KEYS,
                "auto-replies never go to unproven return paths and use no DSN rate",
                "autosvar sendes aldrig til ubeviste returadresser og bruger ingen DSN-grænse");
            settings = services.settingsFor(params, Set.of());
            guard = services.guard(settings, params);
        } catch (IllegalArgumentException e) {
            throw new MessagingException(Bilingual.prefixed(getMatcherName() + ": ", e.getMessage()));
        }
    }

    @Override
    public Collection<MailAddress> match(Mail mail) throws MessagingException {
        List<MailAddress> away = notAnsweredBySieve(mail, namedInRecipientFields(mail,
            notOwnMail(mail, onVacation(mail.getRecipients()))));
        if (away.isEmpty()) {
            return List.of();
        }
        try {
            BounceGuard.Inputs in = MailBounceInputs.from(mail, settings.verdictAttribute());
            BounceGuard.Outcome outcome = guard.evaluateAutoReply(in, List.of());
            LOGGER.info("SpoofGuard auto-reply decision: mail={} sender={} responder=vacation recipients={} decision={} reason={} verdict-from={}",
                mail.getName(), mail.getMaybeSender().asString("<>"), away.size(),
                outcome.decision().action().keyword(), outcome.decision().code(), outcome.verdictOrigin());
            return outcome.decision().isSend() ? away : List.of();
        } catch (RuntimeException e) {
            // Our own failure: undecided is not proven, so no reply; the mail itself is still delivered.
            LOGGER.error("{}: auto-reply decision failed for {}; no reply", getMatcherName(), mail.getName(), e);
            services.increment("spoofguard_autoreply_decision_failed");
            return List.of();
        }
    }

    /**
     * Leaves out the recipients whose Sieve vacation already answered this return path within its {@code :days}
     * ({@link SieveVacation#sieveAnsweredAccount}): one automatic reply per sender per period per user, whichever
     * responder sends it (RFC 3834 §2). A lookup that fails leaves the recipient out too: not knowing whether the
     * sender was answered is no reason to answer again, the reply is a courtesy.
     */
    private List<MailAddress> notAnsweredBySieve(Mail mail, List<MailAddress> away) {
        Optional<MailAddress> sender = mail.getMaybeSender().asOptional();
        if (away.isEmpty() || sender.isEmpty()) {
            return away;
        }
        RecipientId answered = RecipientId.fromMailAddress(sender.get());
        return away.stream().filter(r -> {
            try {
                boolean bySieve = Boolean.TRUE.equals(vacations.isNotificationRegistered(
                    AccountId.fromString(SieveVacation.sieveAnsweredAccount(r.asString())), answered)
                    .block(LOOKUP_TIMEOUT));
                if (bySieve) {
                    LOGGER.info("SpoofGuard auto-reply: mail={} sender={} recipient={}: already answered by the "
                        + "recipient's Sieve vacation; no out-of-office", mail.getName(), sender.get().asString(), r);
                }
                return !bySieve;
            } catch (RuntimeException e) {
                LOGGER.warn("{}: cannot tell whether {}'s Sieve vacation answered {} ({}); no out-of-office",
                    getMatcherName(), r, sender.get().asString(), e.toString());
                return false;
            }
        }).toList();
    }

    /** Leaves out a recipient whose own mail this is ({@link AutoReplyPolicy#isOwnMail}, RFC 5230 §4.5). */
    private static List<MailAddress> notOwnMail(Mail mail, List<MailAddress> away) {
        String sender = mail.getMaybeSender().asString("");
        return away.stream().filter(r -> {
            boolean own = AutoReplyPolicy.isOwnMail(sender, List.of(r.asString()));
            if (own) {
                LOGGER.info("SpoofGuard auto-reply: mail={} recipient={}: the recipient's own mail; no out-of-office",
                    mail.getName(), r);
            }
            return !own;
        }).toList();
    }

    /**
     * Leaves out a recipient the mail's To, Cc, Bcc or Resent-* does not name, under the recipient's address or an
     * alias ({@link AutoReplyPolicy#isAddressedTo}, RFC 3834 §2): Bcc'd mass mail gets no out-of-office, which would
     * only tell a bulk sender that the address is read. Not judged or counted (nothing is sent).
     */
    private List<MailAddress> namedInRecipientFields(Mail mail, List<MailAddress> away) {
        if (away.isEmpty()) {
            return away;
        }
        List<String> fields = new java.util.ArrayList<>();
        try {
            for (String name : AutoReplyPolicy.RECIPIENT_FIELDS) {
                String[] values = mail.getMessage().getHeader(name);
                if (values != null) {
                    fields.addAll(List.of(values));
                }
            }
        } catch (MessagingException | RuntimeException e) {
            LOGGER.warn("{}: cannot read the recipient fields of {} ({}); no out-of-office", getMatcherName(),
                mail.getName(), e.toString());
            return List.of();
        }
        return away.stream().filter(r -> {
            boolean named = AutoReplyPolicy.isAddressedTo(fields, List.of(r.asString()), a -> {
                try {
                    return aliases.leadsTo(r, new MailAddress(a));
                } catch (javax.mail.internet.AddressException e) {
                    return false;
                }
            });
            if (!named) {
                LOGGER.info("SpoofGuard auto-reply: mail={} recipient={}: To, Cc, Bcc and Resent-* do not name the "
                    + "recipient; no out-of-office", mail.getName(), r);
            }
            return named;
        }).toList();
    }

    /** Recipients with an active vacation; a failed lookup counts as "away" so the decision still runs. */
    private List<MailAddress> onVacation(Collection<MailAddress> recipients) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return recipients.stream().filter(r -> {
            try {
                return vacations.retrieveVacation(AccountId.fromString(r.asString()))
                    .blockOptional(LOOKUP_TIMEOUT).map(v -> v.isActiveAtDate(now)).orElse(false);
            } catch (RuntimeException e) {
                LOGGER.warn("{}: vacation lookup failed for {}; judging the reply anyway", getMatcherName(), r, e);
                return true;
            }
        }).toList();
    }

    @Override
    public String getMatcherInfo() {
        return "SpoofGuard: may an out-of-office reply go to this mail's return path?";
    }
}
