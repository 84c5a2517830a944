package org.spoofguard.persistence;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.mail.Flags;

import org.apache.james.events.EventBus;
import org.apache.james.mailbox.MailboxPathLocker;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageUid;
import org.apache.james.mailbox.events.MailboxIdRegistrationKey;
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.mailbox.exception.ReadOnlyException;
import org.apache.james.mailbox.jpa.openjpa.OpenJPAMessageManager;
import org.apache.james.mailbox.model.Mailbox;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.mailbox.model.MessageId;
import org.apache.james.mailbox.model.MessageMetaData;
import org.apache.james.mailbox.model.MessageMoves;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.mailbox.model.QuotaRoot;
import org.apache.james.mailbox.quota.QuotaManager;
import org.apache.james.mailbox.quota.QuotaRootResolver;
import org.apache.james.mailbox.store.BatchSizes;
import org.apache.james.mailbox.store.MailboxSessionMapperFactory;
import org.apache.james.mailbox.store.StoreMessageManager;
import org.apache.james.mailbox.store.StoreRightManager;
import org.apache.james.mailbox.store.event.EventFactory;
import org.apache.james.mailbox.store.mail.MessageMapper;
import org.apache.james.mailbox.store.mail.ThreadIdGuessingAlgorithm;
import org.apache.james.mailbox.store.mail.model.MailboxMessage;
import org.apache.james.mailbox.store.quota.QuotaChecker;
import org.apache.james.mailbox.store.search.MessageSearchIndex;
import org.reactivestreams.Publisher;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * James's JPA message manager whose additions (APPEND, local delivery, COPY into this manager's target) hold the
 * quota root's {@link QuotaAdditionGate} from James's quota check until the usage is raised (the gate says why).
 * MOVE is neither gated nor checked (James 3.8.1 does not check it either) because here it cannot change any
 * user's usage: the quota root is the mailbox's owner (DefaultUserQuotaRootResolver, bound in JpaStoreModule), and
 * James 3.8.1's IMAP, the only MOVE this server offers, resolves every mailbox name to the logged-in user's own
 * mailboxes (its PathConverter refuses any other namespace), so source and target always share one root.
 * QuotaUnderConcurrencyIT.moveCannotChangeAnyUsersUsage shows it, a shared mailbox granted by SETACL included.
 * Should another user's mailbox become reachable (JMAP, a later James), MOVE would need the target's check here.
 */
public class QuotaGuardedMessageManager extends OpenJPAMessageManager {
    private final MailboxSessionMapperFactory mapperFactory;
    private final EventBus eventBus;
    private final MailboxPathLocker locker;
    private final QuotaManager quotaManager;
    private final QuotaRootResolver quotaRootResolver;
    private final QuotaAdditionGate gate;

    public QuotaGuardedMessageManager(MailboxSessionMapperFactory mapperFactory, MessageSearchIndex index,
                                      EventBus eventBus, MailboxPathLocker locker, Mailbox mailbox,
                                      QuotaManager quotaManager, QuotaRootResolver quotaRootResolver,
                                      MessageId.Factory messageIdFactory, BatchSizes batchSizes,
                                      StoreRightManager storeRightManager,
                                      ThreadIdGuessingAlgorithm threadIdGuessingAlgorithm, Clock clock,
                                      QuotaAdditionGate gate) {
        super(mapperFactory, index, eventBus, locker, mailbox, quotaManager, quotaRootResolver, messageIdFactory,
            batchSizes, storeRightManager, threadIdGuessingAlgorithm, clock);
        this.mapperFactory = mapperFactory;
        this.eventBus = eventBus;
        this.locker = locker;
        this.quotaManager = quotaManager;
        this.quotaRootResolver = quotaRootResolver;
        this.gate = gate;
    }

    @Override
    public AppendResult appendMessage(AppendCommand appendCommand, MailboxSession session) throws MailboxException {
        return gate.hold(quotaRoot(getMailboxPath()), () -> super.appendMessage(appendCommand, session));
    }

    @Override
    public AppendResult appendMessage(InputStream msgIn, Date internalDate, MailboxSession mailboxSession,
                                      boolean isRecent, Flags flagsToBeSet) throws MailboxException {
        return gate.hold(quotaRoot(getMailboxPath()),
            () -> super.appendMessage(msgIn, internalDate, mailboxSession, isRecent, flagsToBeSet));
    }

    @Override
    public Publisher<AppendResult> appendMessageReactive(AppendCommand appendCommand, MailboxSession session) {
        return Mono.fromCallable(() -> quotaRoot(getMailboxPath()))
            .flatMap(root -> gate.holdReactive(root, () -> super.appendMessageReactive(appendCommand, session)));
    }

    /** Called on the source mailbox's manager: the quota checked and raised is the target's. */
    @Override
    public Mono<List<MessageRange>> copyTo(MessageRange set, StoreMessageManager toMailbox, MailboxSession session) {
        return Mono.fromCallable(() -> quotaRoot(toMailbox.getMailboxPath()))
            .flatMap(root -> gate.holdReactive(root, () -> super.copyTo(set, toMailbox, session)));
    }

    /**
     * One IMAP COPY of every range of {@code sets} into {@code to} in <em>one</em> store transaction, for a caller that
     * holds the target's gate already ({@link QuotaGuardedMailboxManager#copyWithinQuota}). RFC 3501 §6.4.7: "If the
     * COPY command is unsuccessful for any reason, server implementations MUST restore the destination mailbox to its
     * state before the COPY attempt." James 3.8.1 copies range by range, each range its own transaction, so a
     * database error on a later range left the earlier ones copied. Here a failure anywhere rolls back every copy;
     * the events (quota usage, other sessions' EXISTS) are sent only after the commit, as James sends them.
     *
     * <p>What it holds: the rows (metadata) of the whole set, and the copies until the commit, which is what James
     * holds for one range (its default configuration does not batch: {@code COPY 1:100000} is already one
     * transaction); several ranges now cost what one range with as many messages cost.
     */
    Mono<List<MessageRange>> copyAllHoldingQuota(List<MessageRange> sets, StoreMessageManager to, MailboxSession session) {
        if (!to.isWriteable(session)) {
            return Mono.error(new ReadOnlyException(to.getMailboxPath()));
        }
        MessageMapper mapper = mapperFactory.getMessageMapper(session);
        Mono<List<MessageRange>> copy = rows(sets, mapper)
            .flatMap(originals -> originals.isEmpty() ? Mono.just(List.<MessageRange>of()) : checkFits(to, originals)
                .then(mapper.executeReactive(mapper.copyReactive(to.getMailboxEntity(), originals)))
                .flatMap(copies -> {
                    SortedMap<MessageUid, MessageMetaData> added = byUid(copies);
                    MessageMoves moves = MessageMoves.builder()
                        .previousMailboxIds(getMailboxEntity().getMailboxId())
                        .targetMailboxIds(to.getMailboxEntity().getMailboxId(), getMailboxEntity().getMailboxId())
                        .build();
                    return Flux.concat(added(to, added, session), moved(moves, originals, session))
                        .then(Mono.fromCallable(() -> MessageRange.toRanges(new ArrayList<>(added.keySet()))));
                }));
        return Mono.from(locker.executeReactiveWithLockReactive(to.getMailboxPath(), copy, MailboxPathLocker.LockType.Write))
            .onErrorMap(e -> !(e instanceof MailboxException), e -> new MailboxException("COPY failed, nothing copied", e));
    }

    /**
     * One IMAP MOVE of every range of {@code sets} into {@code to} in one store transaction: each message is copied and
     * its original deleted in that transaction (James's JPA move), so a failure anywhere leaves every message where
     * it was, in the source only (RFC 6851 §3.3 asks the same of MOVE as RFC 3501 of COPY); never in both, never in
     * neither. James 3.8.1 moved range by range, each its own transaction, leaving a half-moved set. Holds what
     * {@link #copyAllHoldingQuota} holds. No quota check: a MOVE cannot change a user's usage (the class says why).
     */
    Mono<List<MessageRange>> moveAllTo(List<MessageRange> sets, StoreMessageManager to, MailboxSession session) {
        if (!isWriteable(session)) {
            return Mono.error(new ReadOnlyException(getMailboxPath()));
        }
        if (!to.isWriteable(session)) {
            return Mono.error(new ReadOnlyException(to.getMailboxPath()));
        }
        MessageMapper mapper = mapperFactory.getMessageMapper(session);
        Mono<List<MessageRange>> move = rows(sets, mapper)
            .flatMap(originals -> {
                if (originals.isEmpty()) {
                    return Mono.just(List.<MessageRange>of());
                }
                List<MessageMetaData> expunged = originals.stream()
                    .map(MailboxMessage::metaData)
                    .collect(ImmutableList.toImmutableList());
                return mapper.executeReactive(mapper.moveReactive(to.getMailboxEntity(), originals))
                    .flatMap(moved -> {
                        SortedMap<MessageUid, MessageMetaData> added = byUid(moved);
                        MessageMoves moves = MessageMoves.builder()
                            .previousMailboxIds(getMailboxEntity().getMailboxId())
                            .targetMailboxIds(to.getMailboxEntity().getMailboxId())
                            .build();
                        return Flux.concat(added(to, added, session),
                                eventBus.dispatch(EventFactory.expunged()
                                        .randomEventId()
                                        .mailboxSession(session)
                                        .mailbox(getMailboxEntity())
                                        .addMetaData(expunged)
                                        .build(),
                                    new MailboxIdRegistrationKey(getMailboxEntity().getMailboxId())),
                                moved(moves, originals, session))
                            .then(Mono.fromCallable(() -> MessageRange.toRanges(new ArrayList<>(added.keySet()))));
                    });
            });
        return Mono.from(locker.executeReactiveWithLockReactive(to.getMailboxPath(), move, MailboxPathLocker.LockType.Write))
            .onErrorMap(e -> !(e instanceof MailboxException), e -> new MailboxException("MOVE failed, nothing moved", e));
    }

    /** The messages of every range, in the client's order, as James reads those of one range (metadata). */
    private Mono<List<MailboxMessage>> rows(List<MessageRange> sets, MessageMapper mapper) {
        return Flux.fromIterable(sets)
            .concatMap(set -> mapper.findInMailboxReactive(getMailboxEntity(), set, MessageMapper.FetchType.METADATA, -1))
            .collectList();
    }

    /** James's own check of a copy (StoreMessageManager.copy), on the whole set. */
    private Mono<Void> checkFits(StoreMessageManager to, List<MailboxMessage> originals) {
        return Mono.fromCallable(() -> quotaRoot(to.getMailboxPath()))
            .flatMap(root -> Mono.from(quotaManager.getQuotasReactive(root))
                .flatMap(quotas -> Mono.fromCallable(() -> {
                    new QuotaChecker(quotas, root).tryAddition(originals.size(),
                        originals.stream().mapToLong(MailboxMessage::getFullContentOctets).sum());
                    return quotas;
                })))
            .then();
    }

    private Mono<Void> added(StoreMessageManager to, SortedMap<MessageUid, MessageMetaData> added, MailboxSession session) {
        return eventBus.dispatch(EventFactory.added()
                .randomEventId()
                .mailboxSession(session)
                .mailbox(to.getMailboxEntity())
                .metaData(added)
                .isDelivery(false)
                .build(),
            new MailboxIdRegistrationKey(to.getMailboxEntity().getMailboxId()));
    }

    private Mono<Void> moved(MessageMoves moves, List<MailboxMessage> originals, MailboxSession session) {
        return eventBus.dispatch(EventFactory.moved()
                .messageMoves(moves)
                .messageId(originals.stream().map(MailboxMessage::getMessageId).collect(ImmutableList.toImmutableList()))
                .session(session)
                .build(),
            moves.impactedMailboxIds().map(MailboxIdRegistrationKey::new).collect(ImmutableSet.toImmutableSet()));
    }

    private static SortedMap<MessageUid, MessageMetaData> byUid(List<MessageMetaData> stored) {
        SortedMap<MessageUid, MessageMetaData> byUid = new TreeMap<>();
        stored.forEach(data -> byUid.put(data.getUid(), data));
        return byUid;
    }

    private QuotaRoot quotaRoot(MailboxPath path) throws MailboxException {
        return quotaRootResolver.getQuotaRoot(path);
    }
}
