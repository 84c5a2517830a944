package org.spoofguard.persistence;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

import javax.inject.Singleton;

import org.apache.james.mailbox.model.QuotaRoot;
import org.reactivestreams.Publisher;

import com.google.common.util.concurrent.Striped;

import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Lets one addition at a time into a quota root (a user): an APPEND, a delivery or a COPY holds it from James's
 * quota check until the usage has been raised.
 *
 * <p>Why: James 3.8.1's {@code StoreMessageManager} checks the quota ({@code QuotaChecker.tryAddition}) before it
 * stores and raises the usage only afterwards, through the {@code Added} event's {@code ListeningCurrentQuotaUpdater}.
 * Nothing spans the two, so parallel additions all see the old usage and all pass: six IMAP sessions APPENDing 60 KB
 * each into a 100 KB quota stored 360 KB ({@code QuotaUnderConcurrencyIT}). James's in-VM event bus runs that
 * listener synchronously (its default execution mode) inside the append's publisher, so once the addition's
 * publisher has ended the usage is raised and the next addition's check sees it.
 *
 * <p>Not {@link SerializedCurrentQuotaManager}'s lock, though keyed by the same rule (the root's value, the same
 * number of stripes): the usage is raised on another thread while the addition waits for it, so holding that lock
 * here would deadlock. This one is taken first and that one inside it, never the other way round. Removals need
 * neither: they can only make room.
 *
 * <p>Waiting for the lock blocks a thread, so reactive callers (IMAP runs on Netty's event loop) wait on threads of
 * this gate's own, never on reactor's bounded-elastic pool, which the addition itself and the usage update need to
 * progress. Single node, as {@link SerializedCurrentQuotaManager} says: a JVM lock is enough.
 */
@Singleton
public class QuotaAdditionGate {
    /** An addition that may fail with the store's checked exceptions, e.g. James's {@code OverQuotaException}. */
    @FunctionalInterface
    public interface Addition<T, E extends Exception> {
        T run() throws E;
    }

    private final Striped<Lock> locks = Striped.lock(SerializedCurrentQuotaManager.STRIPES);
    private final Scheduler waiters;

    public QuotaAdditionGate() {
        AtomicInteger threads = new AtomicInteger();
        // Cached: a waiting thread per addition in flight, which the IMAP connection limit and the spool's threads
        // bound; a fixed pool would make one user's queue hold up other users' additions.
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "quota-addition-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // fromExecutor never interrupts a task: an addition whose client went away still runs to its end under the lock
        this.waiters = Schedulers.fromExecutor(executor);
    }

    /** Runs the addition on the calling thread while holding the root's lock. */
    public <T, E extends Exception> T hold(QuotaRoot root, Addition<T, E> addition) throws E {
        Lock lock = locks.get(root.getValue());
        lock.lock();
        try {
            return addition.run();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Subscribes to the addition while holding the root's lock and releases it only when the addition has ended
     * (value, empty or error), on one of the gate's threads. Its error reaches the subscriber unchanged.
     */
    public <T> Mono<T> holdReactive(QuotaRoot root, Supplier<? extends Publisher<T>> addition) {
        return Mono.fromCallable(() -> hold(root, () -> {
            try {
                return Mono.from(addition.get()).block();
            } catch (RuntimeException e) {
                // block() wraps a checked exception; callers look for e.g. OverQuotaException itself
                Throwable cause = Exceptions.unwrap(e);
                if (cause instanceof Exception) {
                    throw (Exception) cause;
                }
                throw e;
            }
        })).subscribeOn(waiters);
    }
}
