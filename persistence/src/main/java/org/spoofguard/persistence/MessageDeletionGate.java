package org.spoofguard.persistence;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.inject.Singleton;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Lets one message-deleting transaction (IMAP EXPUNGE, the delete half of MOVE) at a time into the mailbox store.
 *
 * <p>Why: on embedded Derby James 3.8.1's {@code JPAMessageMapper.deleteMessages} locks the JAMES_MAIL rows it scans
 * and, for the cascade to the messages' properties, the whole JAMES_MAIL_PROPERTY table. Two such deletes running at
 * once (one user's client expunging two folders, or two users) each hold what the other waits for; Derby finds the
 * cycle only after its 20-second deadlock timeout and fails one of them ({@code ConcurrentExpungeIT}). Because the
 * property table lock is table-wide, serialising per user would not be enough. Deletes are short bulk statements, so
 * one at a time costs little; the retry in {@link GuardedMessageMapper} remains for the conflicts this does not
 * prevent (PostgreSQL row-level deadlocks, a delete against a concurrent delivery).
 *
 * <p>The permit is taken before the transaction begins and given back after it has committed or rolled back, so a
 * transaction never waits for the permit while holding database locks (which would make a cycle neither Derby nor
 * the JVM can see). A JVM semaphore suffices because the server is single-node: one SpoofGuard owns its store (as for
 * {@link SerializedCurrentQuotaManager}). It is a semaphore, not a lock, because the reactive transaction may end on
 * another thread than the one it began on.
 */
@Singleton
public class MessageDeletionGate {
    private final Semaphore permit = new Semaphore(1, true);

    /**
     * Runs the transaction holding the permit: waited for on a thread where blocking is allowed, given back as soon as
     * the transaction ends whichever way (and exactly once), before the caller goes on.
     */
    <T> Mono<T> around(Mono<T> transaction) {
        return Mono.defer(() -> {
            permit.acquireUninterruptibly();
            AtomicBoolean held = new AtomicBoolean(true);
            Runnable leave = () -> {
                if (held.compareAndSet(true, false)) {
                    permit.release();
                }
            };
            return transaction.doOnTerminate(leave).doFinally(signal -> leave.run());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** For tests: is the permit free? */
    boolean isFree() {
        return permit.availablePermits() == 1;
    }
}
