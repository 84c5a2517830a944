package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.james.core.quota.QuotaSizeLimit;
import org.apache.james.core.quota.QuotaSizeUsage;
import org.apache.james.mailbox.exception.OverQuotaException;
import org.apache.james.mailbox.model.QuotaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * James's addition in miniature: read the usage and check the room, store (slowly), then raise the usage on another
 * thread. Under the gate parallel additions never go past the limit, and James's own exceptions pass through.
 */
class QuotaAdditionGateTest {
    static final QuotaRoot ROOT = QuotaRoot.quotaRoot("#private&carol@spoofguard.test", Optional.empty());
    static final long LIMIT = 100;
    static final long SIZE = 60;
    static final int ADDITIONS = 8;

    final QuotaAdditionGate gate = new QuotaAdditionGate();
    final AtomicLong usage = new AtomicLong();
    final ExecutorService pool = Executors.newFixedThreadPool(ADDITIONS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Check, store, then raise the usage asynchronously, as StoreMessageManager and its quota listener do. */
    Mono<Long> addition() {
        return Mono.fromCallable(() -> {
            if (usage.get() + SIZE > LIMIT) {
                throw new OverQuotaException("no room", QuotaSizeLimit.size(LIMIT), QuotaSizeUsage.size(usage.get()));
            }
            return SIZE;
        }).delayElement(Duration.ofMillis(50), Schedulers.boundedElastic())
            .flatMap(size -> Mono.fromCallable(() -> usage.addAndGet(size)).subscribeOn(Schedulers.boundedElastic()));
    }

    @Test
    void withoutTheGateParallelAdditionsGoPastTheLimit() throws Exception {
        long accepted = runInParallel(() -> addition().block());

        assertThat(accepted).isGreaterThan(1);
        assertThat(usage.get()).isGreaterThan(LIMIT);
    }

    @Test
    void parallelReactiveAdditionsStayWithinTheLimit() throws Exception {
        long accepted = runInParallel(() -> gate.holdReactive(ROOT, this::addition).block());

        assertThat(accepted).isEqualTo(1);
        assertThat(usage.get()).isEqualTo(SIZE);
    }

    @Test
    void parallelBlockingAdditionsStayWithinTheLimit() throws Exception {
        long accepted = runInParallel(() -> gate.hold(ROOT, () -> addition().block()));

        assertThat(accepted).isEqualTo(1);
        assertThat(usage.get()).isEqualTo(SIZE);
    }

    @Test
    void theAdditionsErrorReachesTheSubscriberUnwrappedAndReleasesTheLock() {
        usage.set(LIMIT);

        assertThatThrownBy(() -> Mono.from(gate.holdReactive(ROOT, this::addition)).toFuture().get(5, TimeUnit.SECONDS))
            .hasCauseInstanceOf(OverQuotaException.class);
        usage.set(0);
        assertThat(gate.holdReactive(ROOT, this::addition).block(Duration.ofSeconds(5))).isEqualTo(SIZE);
    }

    @Test
    void anotherUsersAdditionDoesNotWaitBehindAHeldRoot() throws Exception {
        QuotaRoot other = QuotaRoot.quotaRoot("#private&dave@spoofguard.test", Optional.empty());
        // the locks are striped: dave and carol fall on different stripes (nearly all pairs of users do)
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> gate.hold(ROOT, () -> {
            held.countDown();
            return release.await(10, TimeUnit.SECONDS);
        }));
        held.await(5, TimeUnit.SECONDS);
        try {
            assertThat(gate.holdReactive(other, () -> Mono.just("stored")).block(Duration.ofSeconds(5))).isEqualTo("stored");
        } finally {
            release.countDown();
            holder.get(5, TimeUnit.SECONDS);
        }
    }

    /** Runs ADDITIONS at once; returns how many were accepted (the others must fail with OverQuotaException). */
    private long runInParallel(Callable<Long> addition) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < ADDITIONS; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    addition.call();
                    return true;
                } catch (OverQuotaException refused) {
                    return false;
                } catch (RuntimeException e) {
                    if (e.getCause() instanceof OverQuotaException) {
                        return false;
                    }
                    throw e;
                }
            }));
        }
        go.countDown();
        long accepted = 0;
        for (Future<Boolean> result : results) {
            if (result.get(10, TimeUnit.SECONDS)) {
                accepted++;
            }
        }
        return accepted;
    }
}
