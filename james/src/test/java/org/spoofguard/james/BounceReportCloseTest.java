package org.spoofguard.james;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.bounce.BounceCause;
import org.spoofguard.core.bounce.BounceDecision;
import org.spoofguard.core.bounce.BounceReportFile;

/**
 * At James's stop, close() waits a bounded time for the background report writer and then saves itself. A writer
 * still saving an older snapshot must not land on disk after close()'s newer one: the JVM exits after close(), so no
 * later save repairs it.
 */
class BounceReportCloseTest {
    @TempDir
    Path dir;

    record Write(long suppressed, boolean afterCloseReturned) {
    }

    @Test
    void aSlowBackgroundSaveNeverLandsAfterCloseHasSavedTheNewerState() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CountDownLatch writerSaving = new CountDownLatch(1);
        CountDownLatch releaseWriter = new CountDownLatch(1);
        CountDownLatch writerSaved = new CountDownLatch(1);
        AtomicReference<Thread> writer = new AtomicReference<>();
        AtomicBoolean closeReturned = new AtomicBoolean();
        List<Write> writes = new CopyOnWriteArrayList<>();
        BounceGuardServices.ReportSink slowFirstBackgroundSave = (file, history) -> {
            boolean held = Thread.currentThread().getName().equals("spoofguard-bounce-report-writer")
                && writer.compareAndSet(null, Thread.currentThread());
            if (held) {
                // the disk is slow for the writer's first save: its snapshot is taken, its move not yet done
                writerSaving.countDown();
                try {
                    releaseWriter.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            try {
                file.save(history);
                writes.add(new Write(history.counts(today, BounceCause.OTHER).suppressed(), closeReturned.get()));
            } finally {
                if (held) {
                    writerSaved.countDown();
                }
            }
        };
        BounceGuardServices services = new BounceGuardServices(
            new SpoofGuardSettings(Map.of("authservId", "mx.test")), new RecordingMetricFactory(), Clock.systemUTC(),
            dir.resolve("bounce-report.txt").toFile(), Duration.ZERO, slowFirstBackgroundSave);

        services.stats().record(BounceCause.OTHER, BounceDecision.suppress("spf=fail", ""), "a.example");
        assertThat(writerSaving.await(10, TimeUnit.SECONDS)).as("the writer started saving").isTrue();
        services.stats().record(BounceCause.OTHER, BounceDecision.suppress("spf=fail", ""), "b.example");

        Thread stopping = new Thread(() -> {
            services.close();
            closeReturned.set(true);
        }, "james-stop");
        stopping.start();
        // close() has either returned (its save ran beside the writer's) or waits for the writer's save to finish
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (stopping.isAlive() && !waitsForMonitorOf(stopping, writer.get()) && System.nanoTime() < deadline) {
            stopping.join(10);
        }
        releaseWriter.countDown();
        stopping.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(stopping.isAlive()).as("close() returned").isFalse();
        assertThat(writerSaved.await(10, TimeUnit.SECONDS)).isTrue();
        // close() shut the writer down: its thread ends once any save still queued is done
        writer.get().join(TimeUnit.SECONDS.toMillis(10));
        assertThat(writer.get().isAlive()).isFalse();

        assertThat(writes).as("close() wrote the newest state").anyMatch(w -> w.suppressed() == 2);
        assertThat(writes).as("nothing older landed after close() returned")
            .filteredOn(Write::afterCloseReturned).allMatch(w -> w.suppressed() == 2);
        BounceReportFile file = new BounceReportFile(dir.resolve("bounce-report.txt"), 400, 100);
        assertThat(file.load().history().counts(today, BounceCause.OTHER).suppressed()).isEqualTo(2);
    }

    private static boolean waitsForMonitorOf(Thread waiting, Thread owner) {
        ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(waiting.getId());
        return info != null && info.getThreadState() == Thread.State.BLOCKED && owner != null
            && info.getLockOwnerId() == owner.getId();
    }
}
