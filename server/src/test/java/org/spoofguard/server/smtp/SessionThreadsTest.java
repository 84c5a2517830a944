package org.spoofguard.server.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class SessionThreadsTest {
    private final RecordingMetricFactory metrics = new RecordingMetricFactory();
    private final AtomicLong now = new AtomicLong();
    private final SessionThreads threads = new SessionThreads(1, 1, "smtpserver-mx", metrics,
        task -> {
            Thread thread = new Thread(task, "session-threads-test");
            thread.setDaemon(true);
            return thread;
        }, now::get);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(SessionThreads.class);

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseThread() {
        release.countDown();
        logger.detachAppender(log);
    }

    /** A full pool lets sessions queue, which used to show nowhere but in every client's waiting. */
    @Test
    void commandsThatFindEveryThreadBusyAreCountedAndWarnedOfOnceAMinute() throws Exception {
        CountDownLatch ran = new CountDownLatch(4);
        threads.execute(() -> {
            hold(release);
            ran.countDown();
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> threads.busy() == 1);
        assertThat(metrics.countFor(SessionThreads.BUSY)).isEqualTo(1);
        assertThat(metrics.countFor(SessionThreads.WAITED)).isZero();

        threads.execute(ran::countDown);
        threads.execute(ran::countDown);
        assertThat(metrics.countFor(SessionThreads.WAITED)).isEqualTo(2);
        assertThat(metrics.countFor(SessionThreads.QUEUED)).isEqualTo(2);
        assertThat(warnings()).hasSize(1);
        assertThat(warnings().get(0)).contains("smtpserver-mx", "<sessionThreads>", "1 session threads");

        now.addAndGet(TimeUnit.SECONDS.toNanos(SessionThreads.WARN_INTERVAL_SECONDS));
        threads.execute(ran::countDown);
        assertThat(warnings()).as("a minute later, once more").hasSize(2);
        assertThat(warnings().get(1)).contains("(2 commands waited since the last warning)");

        release.countDown();
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics.countFor(SessionThreads.BUSY) == 0);
        assertThat(metrics.countFor(SessionThreads.QUEUED)).isZero();
        assertThat(metrics.countFor(SessionThreads.WAITED)).isEqualTo(3);
    }

    @Test
    void aPoolWithAThreadFreeCountsNoWait() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        threads.execute(ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(metrics.countFor(SessionThreads.WAITED)).isZero();
        assertThat(warnings()).isEmpty();
    }

    /**
     * A turn queued behind one whose thread is still being started waits as much as one queued behind a running
     * turn; counted by running threads, the first seconds of a burst (every thread still starting) showed no wait.
     */
    @Test
    void aTurnQueuedWhileTheThreadIsStillStartingIsCountedAsAWait() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        SessionThreads starting = new SessionThreads(1, 1, "smtpserver-mx", metrics, task -> {
            Thread thread = new Thread(() -> {
                hold(started); // the thread exists but has not run its first turn yet
                task.run();
            }, "session-threads-starting");
            thread.setDaemon(true);
            return thread;
        }, now::get);
        CountDownLatch ran = new CountDownLatch(2);

        starting.execute(ran::countDown);
        starting.execute(ran::countDown);

        assertThat(metrics.countFor(SessionThreads.QUEUED)).isEqualTo(2);
        assertThat(metrics.countFor(SessionThreads.WAITED)).as("the second turn waits for the only thread").isEqualTo(1);
        started.countDown();
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics.countFor(SessionThreads.BUSY) == 0);
        assertThat(metrics.countFor(SessionThreads.QUEUED)).isZero();
        assertThat(metrics.countFor(SessionThreads.WAITED)).isEqualTo(1);
    }

    /** A turn the pool refuses is not queued: the gauge must not stay raised by it for the server's lifetime. */
    @Test
    void aTurnRefusedAfterShutdownLeavesNothingQueued() throws Exception {
        threads.shutdown();

        assertThatThrownBy(() -> threads.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);

        assertThat(metrics.countFor(SessionThreads.QUEUED)).isZero();
        assertThat(metrics.countFor(SessionThreads.WAITED)).isZero();
    }

    /** Nor one refused because no thread could be made (the process's thread limit, "unable to create native thread"). */
    @Test
    void aTurnRefusedForWantOfAThreadLeavesNothingQueuedAndDoesNotCountLaterTurnsAsWaiting() throws Exception {
        AtomicLong made = new AtomicLong();
        SessionThreads limited = new SessionThreads(1, 1, "smtpserver-mx", metrics, task -> {
            if (made.incrementAndGet() == 1) {
                throw new OutOfMemoryError("unable to create native thread");
            }
            Thread thread = new Thread(task, "session-threads-limited");
            thread.setDaemon(true);
            return thread;
        }, now::get);

        assertThatThrownBy(() -> limited.execute(() -> { })).isInstanceOf(OutOfMemoryError.class);
        assertThat(metrics.countFor(SessionThreads.QUEUED)).isZero();

        CountDownLatch ran = new CountDownLatch(1);
        limited.execute(ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(metrics.countFor(SessionThreads.WAITED)).as("the refused turn holds no thread").isZero();
    }

    private List<String> warnings() {
        return log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
