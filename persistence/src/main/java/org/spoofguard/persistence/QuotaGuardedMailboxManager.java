package org.spoofguard.persistence;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import javax.inject.Inject;

import org.apache.james.events.EventBus;
import org.apache.james.mailbox.MailboxManager.CreateOption;
import org.apache.james.mailbox.MailboxManager.MailboxRenamedResult;
import org.apache.james.mailbox.MailboxManager.RenameOption;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.SessionProvider;
import org.apache.james.mailbox.model.FetchGroup;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.mailbox.model.MessageResult;
import org.apache.james.mailbox.model.QuotaRoot;
import org.apache.james.mailbox.jpa.openjpa.OpenJPAMailboxManager;
import org.apache.james.mailbox.model.Mailbox;
import org.apache.james.mailbox.model.MailboxId;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.mailbox.model.MessageId;
import org.apache.james.mailbox.store.StoreMailboxAnnotationManager;
import org.apache.james.mailbox.store.StoreMessageManager;
import org.apache.james.mailbox.store.StoreRightManager;
import org.apache.james.mailbox.store.mail.ThreadIdGuessingAlgorithm;
import org.apache.james.mailbox.store.mail.model.impl.MessageParser;
import org.apache.james.mailbox.store.quota.QuotaChecker;
import org.apache.james.mailbox.store.quota.QuotaComponents;
import org.apache.james.mailbox.store.search.MessageSearchIndex;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * James's JPA mailbox manager handing out {@link QuotaGuardedMessageManager}s (which say why), and capping the
 * number of mailboxes a user may create ({@code mailbox.maxPerUser} in {@code conf/james-database.properties}):
 * James's quota counts messages and bytes only, so one IMAP user could CREATE folders without end and make every
 * LIST "*", STATUS and quota recompute of theirs read them all. A refusal is a {@link TooManyMailboxesException}.
 */
public class QuotaGuardedMailboxManager extends OpenJPAMailboxManager {
    private final GuardedJpaMailboxSessionMapperFactory mappers;
    private final QuotaAdditionGate gate;
    private final MailboxCountLimit limit;

    @Inject
    public QuotaGuardedMailboxManager(GuardedJpaMailboxSessionMapperFactory mapperFactory, SessionProvider sessionProvider,
                                      MessageParser messageParser, MessageId.Factory messageIdFactory,
                                      EventBus eventBus, StoreMailboxAnnotationManager annotationManager,
                                      StoreRightManager storeRightManager, QuotaComponents quotaComponents,
                                      MessageSearchIndex index, ThreadIdGuessingAlgorithm threadIdGuessingAlgorithm,
                                      Clock clock, QuotaAdditionGate gate, DatabaseSettings settings) {
        super(mapperFactory, sessionProvider, messageParser, messageIdFactory, eventBus, annotationManager,
            storeRightManager, quotaComponents, index, threadIdGuessingAlgorithm, clock);
        this.mappers = mapperFactory;
        this.gate = gate;
        this.limit = new MailboxCountLimit(settings.maxMailboxesPerUser());
    }

    /**
     * Counts the user's mailboxes and creates the new ones (parents included) under the user's
     * {@link QuotaAdditionGate} lock: two parallel CREATEs at the cap would otherwise both count below it and both
     * pass. One lock per user for every "may this user add more?" decision.
     *
     * <p>INBOX itself is never refused: it is where delivery puts mail and what IMAP login makes when it is missing
     * (removed through WebAdmin, or by James's DELETE INBOX before that was refused). Refused at the cap, the user could
     * not log in ("NO LOGIN processing failed") and delivery to them waited in the queue; so one user has at most the
     * cap plus INBOX.
     */
    @Override
    public Mono<MailboxId> createMailboxReactive(MailboxPath mailboxPath, CreateOption createOption, MailboxSession session) {
        if (mailboxPath.getName().isEmpty() || mailboxPath.isInbox()) {
            return super.createMailboxReactive(mailboxPath, createOption, session);
        }
        MailboxPath sanitized = mailboxPath.sanitize(session.getPathDelimiter());
        return Mono.from(getQuotaComponents().getQuotaRootResolver().getQuotaRootReactive(sanitized))
            .flatMap(root -> gate.holdReactive(root, () -> missing(sanitized.getHierarchyLevels(session.getPathDelimiter()), session)
                .flatMap(created -> checkRoom(sanitized, created, session))
                // deferred: nothing of James's creation, not even its lookups, before the check has passed
                .then(Mono.defer(() -> super.createMailboxReactive(mailboxPath, createOption, session)))));
    }

    /**
     * RENAME INBOX moves its messages away and leaves a new, empty INBOX (RFC 3501 §6.3.5; James's RenameProcessor
     * creates it after the rename): one mailbox more. At the cap James renamed first and then failed to create the
     * INBOX, leaving the user without the mailbox delivery goes to. So it is checked before anything moves, and the
     * new INBOX is created under the same lock (James's own creation then finds it there). Any other RENAME creates no
     * mailbox in James 3.8.1 (it moves the mailbox and its children, creating no missing parents) and is not held.
     */
    @Override
    public Mono<List<MailboxRenamedResult>> renameMailboxReactive(MailboxPath from, MailboxPath to, RenameOption option,
                                                                  MailboxSession session) {
        if (!from.isInbox()) {
            return super.renameMailboxReactive(from, to, option, session);
        }
        return Mono.from(getQuotaComponents().getQuotaRootResolver().getQuotaRootReactive(from))
            .flatMap(root -> gate.holdReactive(root, () -> checkRoom(from, 1, session)
                .then(Mono.defer(() -> super.renameMailboxReactive(from, to, option, session)))
                .flatMap(renamed -> mailboxExists(from, session)
                    .flatMap(exists -> exists ? Mono.<MailboxId>empty() : super.createMailboxReactive(from, CreateOption.NONE, session))
                    .thenReturn(renamed))));
    }

    /**
     * Runs {@code copy}, one IMAP COPY of {@code sets} from {@code from} into {@code to}, holding the target owner's
     * {@link QuotaAdditionGate} lock once for all of it, after checking that all of it fits the quota: if it does not,
     * fails with James's {@code OverQuotaException} before anything is copied. RFC 3501 §6.4.7: an unsuccessful COPY
     * MUST leave the destination as it was; James 3.8.1 checks and copies range by range (and a range batch by
     * batch), so {@code COPY 1,3 X} copied 1 and then failed on 3. Held from check to the last copy, nothing else can
     * fill the quota in between (every addition takes this lock), nor add to the source, which has the same owner.
     * {@code copy} must add only through {@link #copyAllHoldingQuota}, which copies the whole set in one transaction,
     * so that a failure of any other kind (a database error on the 3rd of 5 messages) leaves the destination as it
     * was too; and because the lock is taken on the gate's own threads and is not re-entered, a copy through
     * {@link #copyMessagesReactive} would wait for itself.
     */
    public <T> Mono<T> copyWithinQuota(List<MessageRange> sets, MailboxId from, MailboxPath to, MailboxSession session,
                                       Supplier<? extends Mono<T>> copy) {
        return Mono.from(getQuotaComponents().getQuotaRootResolver().getQuotaRootReactive(to))
            .flatMap(root -> gate.holdReactive(root, () -> checkCopyFits(sets, from, root, session)
                .then(Mono.defer(copy))));
    }

    /** James's checker on the whole set: the count and bytes of every message the ranges name, as James copies them. */
    private Mono<Void> checkCopyFits(List<MessageRange> sets, MailboxId from, QuotaRoot root, MailboxSession session) {
        return Mono.from(getMailboxReactive(from, session))
            .flatMapMany(source -> Flux.fromIterable(sets)
                .concatMap(set -> Flux.from(source.getMessagesReactive(set, FetchGroup.MINIMAL, session))))
            .map(MessageResult::getSize)
            .reduce(new long[2], (total, size) -> new long[] {total[0] + 1, total[1] + size})
            .flatMap(total -> Mono.from(getQuotaComponents().getQuotaManager().getQuotasReactive(root))
                .flatMap(quotas -> Mono.fromCallable(() -> {
                    new QuotaChecker(quotas, root).tryAddition(total[0], total[1]);
                    return total;
                })))
            .then();
    }

    /**
     * The whole of one IMAP COPY ({@code sets}, the client's ranges in its order) in one store transaction, without
     * taking the quota lock: only for the {@code copy} of {@link #copyWithinQuota}, which holds it. Fails having
     * copied nothing, whatever the cause (QuotaGuardedMessageManager#copyAllHoldingQuota says why and what it holds).
     */
    public Mono<List<MessageRange>> copyAllHoldingQuota(List<MessageRange> sets, MailboxId from, MailboxId to,
                                                        MailboxSession session) {
        return Mono.zip(Mono.from(getMailboxReactive(from, session)), Mono.from(getMailboxReactive(to, session)))
            .flatMap(fromTo -> ((QuotaGuardedMessageManager) fromTo.getT1())
                .copyAllHoldingQuota(sets, (StoreMessageManager) fromTo.getT2(), session));
    }

    /**
     * The whole of one IMAP MOVE in one store transaction: fails having moved nothing, and no message is ever in
     * neither mailbox (QuotaGuardedMessageManager#moveAllTo says why and what it holds).
     */
    public Mono<List<MessageRange>> moveAll(List<MessageRange> sets, MailboxId from, MailboxId to, MailboxSession session) {
        return Mono.zip(Mono.from(getMailboxReactive(from, session)), Mono.from(getMailboxReactive(to, session)))
            .flatMap(fromTo -> ((QuotaGuardedMessageManager) fromTo.getT1())
                .moveAllTo(sets, (StoreMessageManager) fromTo.getT2(), session));
    }

    /** How many of {@code levels} (a path's hierarchy, itself last) do not exist yet: what creating it adds. */
    private Mono<Long> missing(List<MailboxPath> levels, MailboxSession session) {
        var mapper = getMapperFactory().getMailboxMapper(session);
        return Flux.fromIterable(levels)
            .distinct()
            .filterWhen(level -> mapper.findMailboxByPath(level).hasElement().map(exists -> !exists))
            .count();
    }

    /** Fails with {@link TooManyMailboxesException} unless the owner of {@code path} may have {@code created} more. */
    private Mono<Void> checkRoom(MailboxPath path, long created, MailboxSession session) {
        if (created == 0) {
            return Mono.empty();
        }
        return mappers.countMailboxes(session, path.getUser(), path.getNamespace())
            .flatMap(existing -> limit.allows(existing, created)
                ? Mono.<Void>empty()
                : Mono.error(new TooManyMailboxesException(path.getUser().asString(), limit.countAfter(existing, created),
                    limit.max())));
    }

    @Override
    protected StoreMessageManager createMessageManager(Mailbox mailboxRow, MailboxSession session) {
        return new QuotaGuardedMessageManager(getMapperFactory(),
            getMessageSearchIndex(),
            getEventBus(),
            getLocker(),
            mailboxRow,
            getQuotaComponents().getQuotaManager(),
            getQuotaComponents().getQuotaRootResolver(),
            getMessageIdFactory(),
            configuration.getBatchSizes(),
            getStoreRightManager(),
            getThreadIdGuessingAlgorithm(),
            getClock(),
            gate);
    }
}
