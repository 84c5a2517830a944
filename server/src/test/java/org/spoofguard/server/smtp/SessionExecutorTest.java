package org.spoofguard.server.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionExecutorTest {
    private final ThreadPoolExecutor pool =
        new ThreadPoolExecutor(2, 2, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>());

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aSessionsTasksRunInOrderAndNeverTwoAtOnce() throws Exception {
        SessionExecutor session = new SessionExecutor(pool);
        List<Integer> order = new CopyOnWriteArrayList<>();
        AtomicInteger inside = new AtomicInteger();
        AtomicBoolean overlapped = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1000);
        for (int i = 0; i < 1000; i++) {
            int n = i;
            session.execute(() -> {
                if (inside.incrementAndGet() > 1) {
                    overlapped.set(true);
                }
                order.add(n);
                inside.decrementAndGet();
                done.countDown();
            });
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(overlapped).isFalse();
        assertThat(order).hasSize(1000).isSorted();
    }

    @Test
    void aBlockedSessionHoldsOneThreadAndNoOtherSession() throws Exception {
        SessionExecutor stuck = new SessionExecutor(pool);
        SessionExecutor other = new SessionExecutor(pool);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch stuckStarted = new CountDownLatch(1);
        stuck.execute(() -> {
            stuckStarted.countDown();
            await(release);
        });
        CountDownLatch stucksNext = new CountDownLatch(1);
        stuck.execute(stucksNext::countDown);
        assertThat(stuckStarted.await(30, TimeUnit.SECONDS)).isTrue();

        CountDownLatch otherRan = new CountDownLatch(1);
        other.execute(otherRan::countDown);
        assertThat(otherRan.await(30, TimeUnit.SECONDS)).as("another session while one is stuck").isTrue();
        // the stuck session's next command waits for its first, on no other thread
        assertThat(stucksNext.getCount()).isEqualTo(1);

        release.countDown();
        assertThat(stucksNext.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void threadsAreBoundedByThePoolNotBySessions() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch twoStarted = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            new SessionExecutor(pool).execute(() -> {
                twoStarted.countDown();
                await(release);
            });
        }
        assertThat(twoStarted.await(30, TimeUnit.SECONDS)).isTrue();
        CountDownLatch thirdRan = new CountDownLatch(1);
        new SessionExecutor(pool).execute(thirdRan::countDown);
        // both threads are taken: the third session's turn waits in the pool's queue
        assertThat(pool.getQueue()).hasSize(1);
        assertThat(pool.getPoolSize()).isEqualTo(2);
        release.countDown();
        assertThat(thirdRan.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void knowsItsOwnThreadSoOneHandlerCallsTheNextDirectly() throws Exception {
        SessionExecutor session = new SessionExecutor(pool);
        assertThat(session.inEventLoop()).isFalse();
        AtomicBoolean inside = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        session.execute(() -> {
            inside.set(session.inEventLoop());
            done.countDown();
        });
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(inside).isTrue();
        assertThat(session.inEventLoop()).isFalse();
    }

    @Test
    void aThrowingTaskDoesNotStopTheSession() throws Exception {
        SessionExecutor session = new SessionExecutor(pool);
        CountDownLatch after = new CountDownLatch(1);
        session.execute(() -> {
            throw new IllegalStateException("a handler's own failure");
        });
        session.execute(after::countDown);
        assertThat(after.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void sessionThreadsIsReadAndChecked() throws Exception {
        assertThat(SessionThreadSmtpServer.sessionThreads(new BaseHierarchicalConfiguration()))
            .isEqualTo(SessionThreadSmtpServer.DEFAULT_SESSION_THREADS);
        assertThat(SessionThreadSmtpServer.sessionThreads(configured(" 250 "))).isEqualTo(250);
        for (String bad : List.of("0", "-1", "10001", "many", "", "1.5")) {
            assertThatThrownBy(() -> SessionThreadSmtpServer.sessionThreads(configured(bad)))
                .as(bad).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("<sessionThreads>").hasMessageContaining(" / ")
                .hasMessageContaining("helt tal");
        }
    }

    private static BaseHierarchicalConfiguration configured(String value) {
        BaseHierarchicalConfiguration configuration = new BaseHierarchicalConfiguration();
        configuration.addProperty(SessionThreadSmtpServer.SESSION_THREADS, value);
        return configuration;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
