package org.spoofguard.persistence;

import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.apache.james.core.quota.QuotaCountUsage;
import org.apache.james.core.quota.QuotaSizeUsage;
import org.apache.james.mailbox.jpa.quota.JpaCurrentQuotaManager;
import org.apache.james.mailbox.model.CurrentQuotas;
import org.apache.james.mailbox.model.QuotaOperation;
import org.apache.james.mailbox.model.QuotaRoot;
import org.apache.james.mailbox.quota.CurrentQuotaManager;
import org.reactivestreams.Publisher;

import com.google.common.util.concurrent.Striped;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * James 3.8.1's {@link JpaCurrentQuotaManager} with each change of one quota root's usage made atomic.
 *
 * <p>Why: its {@code increase}/{@code decrease} read the stored usage, add the delta and write the sum back in a
 * transaction with no lock. Two mailboxes of one user changed at once (a delivery to INBOX while the client APPENDs
 * to Sent, Sieve filing into a folder, an expunge of Trash) both read the same old value and one change is lost. The
 * quota is enforced at RCPT ({@code 452 4.2.2}), so usage drifted up refuses mail for a mailbox with room and usage
 * drifted down lets a user exceed the limit; nothing recomputes it by itself ({@code CurrentQuotaRaceIT}).
 *
 * <p>How: a JVM lock per quota root (striped, so memory stays bounded whatever the number of users) held over the
 * whole of the delegate's read-add-write, which runs to completion on a bounded-elastic thread so reactor's
 * non-blocking threads never wait for the lock. Reads are not locked: they see the last committed value. That the
 * quota check before an addition and this increase after it do not interleave with another addition is
 * {@link QuotaAdditionGate}'s job.
 *
 * <p>A JVM lock is enough because the server is single-node: one SpoofGuard owns its store. With embedded Derby a
 * second server on the same data directory cannot open it ({@link JpaStore} refuses to start and says so); a
 * PostgreSQL database must likewise be used by one SpoofGuard only, which this class relies on.
 */
@Singleton
public class SerializedCurrentQuotaManager implements CurrentQuotaManager {
    /** Enough stripes that users rarely share one; sharing only makes two users' updates wait for each other. */
    static final int STRIPES = 64;

    private final CurrentQuotaManager delegate;
    private final Striped<Lock> locks = Striped.lock(STRIPES);

    @Inject
    public SerializedCurrentQuotaManager(JpaCurrentQuotaManager delegate) {
        this((CurrentQuotaManager) delegate);
    }

    SerializedCurrentQuotaManager(CurrentQuotaManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public Publisher<QuotaCountUsage> getCurrentMessageCount(QuotaRoot quotaRoot) {
        return delegate.getCurrentMessageCount(quotaRoot);
    }

    @Override
    public Publisher<QuotaSizeUsage> getCurrentStorage(QuotaRoot quotaRoot) {
        return delegate.getCurrentStorage(quotaRoot);
    }

    @Override
    public Publisher<CurrentQuotas> getCurrentQuotas(QuotaRoot quotaRoot) {
        return delegate.getCurrentQuotas(quotaRoot);
    }

    @Override
    public Publisher<Void> increase(QuotaOperation quotaOperation) {
        return locked(quotaOperation.quotaRoot(), () -> delegate.increase(quotaOperation));
    }

    @Override
    public Publisher<Void> decrease(QuotaOperation quotaOperation) {
        return locked(quotaOperation.quotaRoot(), () -> delegate.decrease(quotaOperation));
    }

    @Override
    public Publisher<Void> setCurrentQuotas(QuotaOperation quotaOperation) {
        // a recomputation (WebAdmin's recompute task) must not interleave with an increase either
        return locked(quotaOperation.quotaRoot(), () -> delegate.setCurrentQuotas(quotaOperation));
    }

    /**
     * Runs the delegate's operation, created and executed while the root's lock is held, to its end (success or
     * error) before releasing the lock; on a bounded-elastic thread, where blocking is allowed.
     */
    private Mono<Void> locked(QuotaRoot root, Supplier<Publisher<Void>> operation) {
        return Mono.<Void>fromRunnable(() -> {
            Lock lock = locks.get(root.getValue());
            lock.lock();
            try {
                Mono.from(operation.get()).block();
            } finally {
                lock.unlock();
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
