package org.spoofguard.persistence;

import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.mail.Flags;

import org.apache.james.mailbox.MessageUid;
import org.apache.james.mailbox.ModSeq;
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.mailbox.jpa.JPATransactionalMapper;
import org.apache.james.mailbox.model.Mailbox;
import org.apache.james.mailbox.model.MailboxCounters;
import org.apache.james.mailbox.model.MessageMetaData;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.mailbox.model.UpdatedFlags;
import org.apache.james.mailbox.store.FlagsUpdateCalculator;
import org.apache.james.mailbox.store.mail.MessageMapper;
import org.apache.james.mailbox.store.mail.model.MailboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.common.collect.Sets;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * James 3.8.1's JPA message mapper with its transactions made safe to fail and to run concurrently.
 *
 * <p>Why: {@code TransactionalMapper.execute}/{@code executeReactive} roll back only on a {@code MailboxException}.
 * {@code JPAMessageMapper.deleteMessages} lets the JPA provider's {@code PersistenceException} (a deadlock victim, a
 * lock timeout) through unwrapped, so the failed transaction stays marked open on the session's EntityManager, which
 * James's IMAP server keeps until the connection ends. Derby undoes a deadlock victim and frees its locks itself; a
 * PostgreSQL transaction that failed keeps its locks until it is rolled back. And the victim's client got
 * {@code NO EXPUNGE processing failed} for a transient conflict ({@code ConcurrentExpungeIT}).
 *
 * <p>How, around every transaction of the delegate:
 * <ul>
 * <li>any failure rolls the transaction back and closes the EntityManager ({@code endRequest}), so no locks outlive
 * it and the next transaction of the session starts on a fresh one;</li>
 * <li>a transient conflict ({@link TransientStoreFailure}: the database already undid the work) runs the whole
 * transaction again, at most {@value #ATTEMPTS} times in all with a short random pause, before the client sees
 * an error;</li>
 * <li>a transaction that deletes messages (expunge, move) first waits for the {@link MessageDeletionGate}, which
 * prevents the Derby deadlock instead of waiting 20 s for Derby to detect it.</li>
 * </ul>
 * A deleting transaction is recognised because James builds it with {@link #deleteMessagesReactive} or
 * {@link #moveReactive(Mailbox, List)} and hands that very publisher to {@link #executeReactive}; those publishers are
 * remembered (by identity) until then. A mapper belongs to one mailbox session, used by one request at a time.
 */
public class GuardedMessageMapper implements MessageMapper {
    static final int ATTEMPTS = 3;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(50);
    private static final Logger LOGGER = LoggerFactory.getLogger(GuardedMessageMapper.class);

    private final MessageMapper delegate;
    private final MessageDeletionGate gate;
    private final Set<Object> deletingTransactions = Collections.synchronizedSet(Sets.newIdentityHashSet());

    public GuardedMessageMapper(MessageMapper delegate, MessageDeletionGate gate) {
        this.delegate = delegate;
        this.gate = gate;
    }

    @Override
    public <T> T execute(Transaction<T> transaction) throws MailboxException {
        for (int attempt = 1; ; attempt++) {
            try {
                return delegate.execute(transaction);
            } catch (MailboxException | RuntimeException e) {
                abandon();
                if (attempt >= ATTEMPTS || !TransientStoreFailure.isTransient(e)) {
                    throw e;
                }
                LOGGER.warn("Mailbox transaction conflicted with another (attempt {} of {}), running it again: {}",
                    attempt, ATTEMPTS, e.toString());
                pause(attempt);
            }
        }
    }

    @Override
    public <T> Mono<T> executeReactive(Mono<T> transaction) {
        boolean deleting = deletingTransactions.remove(transaction);
        Mono<T> guarded = Mono.defer(() -> delegate.executeReactive(transaction))
            .onErrorResume(e -> {
                abandon();
                return Mono.error(e);
            })
            .retryWhen(Retry.backoff(ATTEMPTS - 1, FIRST_PAUSE)
                .jitter(0.5)
                .filter(TransientStoreFailure::isTransient)
                .doBeforeRetry(signal -> LOGGER.warn(
                    "Mailbox transaction conflicted with another (attempt {} of {}), running it again: {}",
                    signal.totalRetries() + 1, ATTEMPTS, signal.failure().toString()))
                .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
        if (!deleting) {
            return guarded;
        }
        return gate.around(guarded);
    }

    /** Rolls back whatever the failed transaction left open and closes its EntityManager. */
    private void abandon() {
        try {
            delegate.endRequest();
        } catch (RuntimeException e) {
            LOGGER.warn("Could not roll back a failed mailbox transaction", e);
        }
    }

    private static void pause(int attempt) {
        long millis = FIRST_PAUSE.toMillis() << (attempt - 1);
        try {
            Thread.sleep(millis + ThreadLocalRandom.current().nextLong(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> Mono<T> deleting(Mono<T> transaction) {
        deletingTransactions.add(transaction);
        return transaction;
    }

    @Override
    public Mono<Map<MessageUid, MessageMetaData>> deleteMessagesReactive(Mailbox mailbox, List<MessageUid> uids) {
        return deleting(delegate.deleteMessagesReactive(mailbox, uids));
    }

    @Override
    public Mono<List<MessageMetaData>> moveReactive(Mailbox mailbox, List<MailboxMessage> original) {
        return deleting(delegate.moveReactive(mailbox, original));
    }

    @Override
    public void endRequest() {
        delegate.endRequest();
    }

    // what follows only delegates

    @Override
    public Iterator<MailboxMessage> findInMailbox(Mailbox mailbox, MessageRange set, FetchType type, int limit) throws MailboxException {
        return delegate.findInMailbox(mailbox, set, type, limit);
    }

    /**
     * Reads outside a transaction (MOVE and COPY look the messages up before their transaction begins) can be the
     * victim too: on Derby a mailbox deletion's cascade locks JAMES_MAIL_PROPERTY then JAMES_MAIL while a read joins
     * them the other way round. Such a read is simply run again; one inside a transaction is not (the database
     * undid the whole transaction, which {@link #executeReactive} runs again).
     */
    @Override
    public Flux<MailboxMessage> findInMailboxReactive(Mailbox mailbox, MessageRange set, FetchType type, int limit) {
        if (inTransaction()) {
            return delegate.findInMailboxReactive(mailbox, set, type, limit);
        }
        // JPA's mapper reads the whole list before emitting anything, so a failed attempt emitted nothing
        return Flux.defer(() -> delegate.findInMailboxReactive(mailbox, set, type, limit))
            .retryWhen(Retry.backoff(ATTEMPTS - 1, FIRST_PAUSE)
                .jitter(0.5)
                .filter(TransientStoreFailure::isTransient)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    private boolean inTransaction() {
        return delegate instanceof JPATransactionalMapper jpa && jpa.getEntityManager().getTransaction().isActive();
    }

    @Override
    public List<MessageUid> retrieveMessagesMarkedForDeletion(Mailbox mailbox, MessageRange messageRange) throws MailboxException {
        return delegate.retrieveMessagesMarkedForDeletion(mailbox, messageRange);
    }

    @Override
    public long countMessagesInMailbox(Mailbox mailbox) throws MailboxException {
        return delegate.countMessagesInMailbox(mailbox);
    }

    @Override
    public MailboxCounters getMailboxCounters(Mailbox mailbox) throws MailboxException {
        return delegate.getMailboxCounters(mailbox);
    }

    @Override
    public void delete(Mailbox mailbox, MailboxMessage message) throws MailboxException {
        delegate.delete(mailbox, message);
    }

    @Override
    public Map<MessageUid, MessageMetaData> deleteMessages(Mailbox mailbox, List<MessageUid> uids) throws MailboxException {
        return delegate.deleteMessages(mailbox, uids);
    }

    @Override
    public MessageUid findFirstUnseenMessageUid(Mailbox mailbox) throws MailboxException {
        return delegate.findFirstUnseenMessageUid(mailbox);
    }

    @Override
    public List<MessageUid> findRecentMessageUidsInMailbox(Mailbox mailbox) throws MailboxException {
        return delegate.findRecentMessageUidsInMailbox(mailbox);
    }

    @Override
    public MessageMetaData add(Mailbox mailbox, MailboxMessage message) throws MailboxException {
        return delegate.add(mailbox, message);
    }

    @Override
    public Iterator<UpdatedFlags> updateFlags(Mailbox mailbox, FlagsUpdateCalculator calculator, MessageRange set) throws MailboxException {
        return delegate.updateFlags(mailbox, calculator, set);
    }

    @Override
    public MessageMetaData copy(Mailbox mailbox, MailboxMessage original) throws MailboxException {
        return delegate.copy(mailbox, original);
    }

    @Override
    public MessageMetaData move(Mailbox mailbox, MailboxMessage original) throws MailboxException {
        return delegate.move(mailbox, original);
    }

    @Override
    public Optional<MessageUid> getLastUid(Mailbox mailbox) throws MailboxException {
        return delegate.getLastUid(mailbox);
    }

    @Override
    public ModSeq getHighestModSeq(Mailbox mailbox) throws MailboxException {
        return delegate.getHighestModSeq(mailbox);
    }

    @Override
    public Flags getApplicableFlag(Mailbox mailbox) throws MailboxException {
        return delegate.getApplicableFlag(mailbox);
    }

    @Override
    public Flux<MessageUid> listAllMessageUids(Mailbox mailbox) {
        return delegate.listAllMessageUids(mailbox);
    }
}
