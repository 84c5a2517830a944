package org.spoofguard.mailets.bounce;

import java.util.List;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.mailbox.model.MailboxConstants;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.rrt.api.RecipientRewriteTable;
import org.apache.james.server.core.MailImpl;
import org.apache.james.sieverepository.api.SieveRepository;
import org.apache.james.sieverepository.api.exception.ScriptNotFoundException;
import org.apache.james.transport.mailets.jsieve.ActionDispatcher;
import org.apache.james.transport.mailets.jsieve.RedirectAction;
import org.apache.james.transport.mailets.jsieve.RejectAction;
import org.apache.james.transport.mailets.jsieve.ResourceLocator;
import org.apache.james.transport.mailets.jsieve.SieveMailAdapter;
import org.apache.james.transport.mailets.jsieve.delivery.SieveExecutor;
import org.apache.james.transport.mailets.jsieve.delivery.SieveFailureMessageComposer;
import org.apache.james.transport.mailets.jsieve.delivery.SievePoster;
import org.apache.james.user.api.UsersRepository;
import org.apache.james.util.date.ZonedDateTimeProvider;
import org.apache.james.vacation.api.NotificationRegistry;
import org.apache.jsieve.ConfigurationManager;
import org.apache.jsieve.SieveFactory;
import org.apache.jsieve.mail.ActionRedirect;
import org.apache.jsieve.mail.ActionReject;
import org.apache.jsieve.mail.optional.ActionVacation;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.bounce.BounceGuard;
import org.spoofguard.core.bounce.BounceGuardSettings;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.MailRecipientRecords;
import org.spoofguard.james.MailetParameters;

/**
 * James's {@code Sieve} mailet with the auto-reply guard on the actions that answer the sender: a
 * {@code vacation} or {@code reject} in a user's script, and a {@code redirect} whose target is the mail's own
 * sender (MAIL FROM, From, Reply-To or Sender), run only when {@link GuardedReplyAction} allows it (proven return
 * path, RFC 3834 §2). {@code keep}, {@code fileinto}, {@code discard} and other {@code redirect}s behave exactly
 * as in James: an unproven sender's mail is still filed where the user's script says.
 *
 * <p>Why a replacement and not a matcher on James's line: skipping {@code Sieve} for unproven senders would also
 * skip their filing rules, and James 3.8.1's {@code SieveExecutor} builds its {@code ActionDispatcher} privately.
 * This class does what {@code Sieve}/{@code SieveExecutor} do (same jSieve factory, {@code SieveMailAdapter},
 * {@code SievePoster} into INBOX, same failure notice to the user) with a dispatcher whose vacation and reject
 * actions are guarded, and whose {@code vacation} is our {@link SieveVacationAction} (MAIL FROM {@code <>},
 * {@code Auto-Submitted: auto-replied}, each sender once per {@code :days} in James's {@link NotificationRegistry}):
 * jSieve's answered from the user's address, unmarked, every time, so two responders answered each other forever.
 * A withheld {@code reject} keeps the refused copy in {@code repositoryUrl} (default
 * {@value SuppressBounce#DEFAULT_REPOSITORY_URL}) for release, like a suppressed DSN. Parameters: {@code authservId},
 * {@code verdictAttribute}, {@code repositoryUrl} (optional) and James's standard ones.
 */
public class GuardedSieve extends GenericMailet {
    private static final Logger LOGGER = LoggerFactory.getLogger(GuardedSieve.class);
    static final Set<String> KEYS = Set.of(BounceGuardSettings.AUTHSERV_ID, BounceGuardSettings.VERDICT_ATTRIBUTE,
        SuppressBounce.REPOSITORY_URL);

    private final UsersRepository usersRepository;
    private final ResourceLocator resourceLocator;
    private final BounceGuardServices services;
    private final MailRepositoryStore repositoryStore;
    private final NotificationRegistry registry;
    private final ZonedDateTimeProvider clock;
    private final SieveVacationAction.FromAliases fromAliases;
    private SieveFactory factory;
    private ActionDispatcher dispatcher;
    private SievePoster poster;

    @Inject
    public GuardedSieve(UsersRepository usersRepository, SieveRepository sieveRepository, BounceGuardServices services,
                        MailRepositoryStore repositoryStore, NotificationRegistry registry, ZonedDateTimeProvider clock,
                        RecipientRewriteTable rewriteTable) {
        this(usersRepository, new ResourceLocator(sieveRepository, usersRepository), services, repositoryStore, registry,
            clock, SieveVacationAction.FromAliases.rewriteTable(rewriteTable, usersRepository));
    }

    /** {@code fromAliases}: which {@code vacation :from} addresses lead to the user (tests: none). */
    GuardedSieve(UsersRepository usersRepository, ResourceLocator resourceLocator, BounceGuardServices services,
                 MailRepositoryStore repositoryStore, NotificationRegistry registry, ZonedDateTimeProvider clock,
                 SieveVacationAction.FromAliases fromAliases) {
        this.fromAliases = fromAliases;
        this.usersRepository = usersRepository;
        this.resourceLocator = resourceLocator;
        this.services = services;
        this.repositoryStore = repositoryStore;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), KEYS);
        BounceGuardSettings settings;
        BounceGuard guard;
        WithheldReplies keeper;
        try {
            var params = new java.util.HashMap<>(MailetParameters.own(getMailetConfig()));
            String url = params.getOrDefault(SuppressBounce.REPOSITORY_URL, SuppressBounce.DEFAULT_REPOSITORY_URL).trim();
            params.remove(SuppressBounce.REPOSITORY_URL);
            settings = services.settingsFor(params, Set.of());
            guard = services.guard(settings, params);
            keeper = repositoryStore == null ? null : new WithheldReplies(repositoryStore, WithheldReplies.url(url), services);
        } catch (IllegalArgumentException | MessagingException e) {
            throw new MessagingException(Bilingual.prefixed(getMailetName() + ": ", e.getMessage()));
        }
        dispatcher = guardedDispatcher(guard, settings, services, keeper, new SieveVacationAction(registry, clock, fromAliases));
        poster = new SievePoster(usersRepository, MailboxConstants.INBOX);
        try {
            factory = new ConfigurationManager().build();
        } catch (Exception e) {
            throw new MessagingException("Failed to load standard Sieve configuration.", e);
        }
    }

    static ActionDispatcher guardedDispatcher(BounceGuard guard, BounceGuardSettings settings,
                                              BounceGuardServices services, WithheldReplies keeper,
                                              SieveVacationAction vacation) {
        ActionDispatcher d = new ActionDispatcher();
        d.getMethodMap().put(ActionVacation.class, new GuardedReplyAction(vacation,
            GuardedReplyAction.Responder.VACATION, guard, settings, services, keeper));
        d.getMethodMap().put(ActionReject.class, new GuardedReplyAction(new RejectAction(),
            GuardedReplyAction.Responder.REJECT, guard, settings, services, keeper));
        d.getMethodMap().put(ActionRedirect.class, new GuardedReplyAction(new RedirectAction(),
            GuardedReplyAction.Responder.REDIRECT, guard, settings, services, keeper));
        return d;
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        // James's own failure notices must not be filtered again (SieveExecutor does the same).
        boolean notification = mail.getAttribute(SieveExecutor.SIEVE_NOTIFICATION)
            .map(Attribute::getValue).map(AttributeValue::value).map(Boolean.TRUE::equals).orElse(false);
        if (notification) {
            return;
        }
        List<MailAddress> before = List.copyOf(mail.getRecipients());
        for (MailAddress recipient : before) {
            sieve(recipient, mail);
        }
        // discard, and redirect/reject without keep, take the recipient out of the mail; James's spooler puts it
        // back if a later mailet throws. Recorded so MarkUserActionsDone takes it out again without re-running the
        // script (a second redirect copy).
        List<MailAddress> removed = before.stream().filter(r -> !mail.getRecipients().contains(r)).toList();
        if (!removed.isEmpty()) {
            MailRecipientRecords.add(mail, MailRecipientRecords.USER_ACTIONS_REMOVED, removed);
        }
    }

    private void sieve(MailAddress recipient, Mail mail) throws MessagingException {
        ResourceLocator.UserSieveInformation script;
        try {
            script = resourceLocator.get(recipient);
        } catch (ScriptNotFoundException e) {
            return;
        } catch (Exception e) {
            LOGGER.error("Cannot locate Sieve script for user {}", recipient.asPrettyString(), e);
            return;
        }
        try {
            SieveMailAdapter adapter = new SieveMailAdapter(mail, getMailetContext(), dispatcher, poster,
                script.getScriptActivationDate(), script.getScriptInterpretationDate(), recipient);
            factory.evaluate(adapter, factory.parse(script.getScriptContent()));
        } catch (Exception | Error e) {
            if (e instanceof Error && !(e instanceof org.apache.jsieve.parser.generated.TokenMgrError)) {
                throw (Error) e;
            }
            notifyUser(recipient, mail, e);
        }
    }

    /** As SieveExecutor.handleFailure: the user (never the sender) learns that the script failed. */
    private void notifyUser(MailAddress recipient, Mail mail, Throwable e) throws MessagingException {
        LOGGER.warn("Sieve script of {} failed on {}: {}", recipient.asPrettyString(), mail.getName(), e.toString());
        Exception cause = e instanceof Exception ex ? ex : new Exception(e);
        MailImpl notice = MailImpl.builder()
            .name(MailImpl.getId())
            .addAttribute(new Attribute(SieveExecutor.SIEVE_NOTIFICATION, AttributeValue.of(true)))
            .sender(recipient)
            .addRecipient(recipient)
            .mimeMessage(SieveFailureMessageComposer.composeMessage(mail, cause, recipient.toString()))
            .build();
        try {
            getMailetContext().sendMail(notice);
        } finally {
            notice.dispose();
        }
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard: James's Sieve with vacation/reject answers only to proven return paths";
    }
}
