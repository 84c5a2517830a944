package org.spoofguard.server.smtp;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.apache.james.metrics.api.Metric;
import org.apache.james.metrics.api.MetricFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded pool of one SMTP server's session threads ({@code <sessionThreads>}), counting when it is full.
 * Once every thread waits (for DNS, a recipient callout, the store), further sessions' commands queue: nothing is
 * refused, but every client of that server waits, its greeting included. Without a count this looked like a slow
 * network; the metrics and one WARN line say which key to raise.
 *
 * <ul>
 *   <li>{@value #WAITED}: turns of a session that found every thread taken (running a turn, or already
 *       promised to one queued before it, even while the thread is still starting) and queued (a counter);</li>
 *   <li>{@value #QUEUED}: turns queued for a thread now (goes up and down; a turn the pool refuses is not
 *       counted);</li>
 *   <li>{@value #BUSY}: threads running a session now (goes up and down).</li>
 * </ul>
 * Summed over the SMTP servers of {@code smtpserver.xml}; the WARN line names the server.
 */
final class SessionThreads implements Executor {
    private static final Logger LOGGER = LoggerFactory.getLogger(SessionThreads.class);

    static final String WAITED = "spoofguard_smtp_session_thread_waits";
    static final String QUEUED = "spoofguard_smtp_session_turns_queued";
    static final String BUSY = "spoofguard_smtp_session_threads_busy";
    /** At most one WARN per server per this many seconds: a full pool is a state, not an event per command. */
    static final long WARN_INTERVAL_SECONDS = 60;

    private final ThreadPoolExecutor pool;
    private final int threads;
    private final String server;
    private final LongSupplier nanoClock;
    private final Metric waited;
    private final Metric queued;
    private final Metric busyMetric;
    private final AtomicInteger busy = new AtomicInteger();
    /** Turns given to the pool and not finished: running or queued. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong waitsSinceWarning = new AtomicLong();
    private final AtomicLong nextWarning;

    SessionThreads(int threads, long idleSeconds, String server, MetricFactory metrics,
                   ThreadFactory threadFactory, LongSupplier nanoClock) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, idleSeconds, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), threadFactory);
        executor.allowCoreThreadTimeOut(true);
        this.pool = executor;
        this.threads = threads;
        this.server = server;
        this.nanoClock = nanoClock;
        this.waited = metrics.generate(WAITED);
        this.queued = metrics.generate(QUEUED);
        this.busyMetric = metrics.generate(BUSY);
        this.nextWarning = new AtomicLong(nanoClock.getAsLong());
    }

    @Override
    public void execute(Runnable turn) {
        // A turn waits when as many turns as there are threads are ahead of it, running or queued. Counting running
        // threads instead missed the turns queued while the pool's threads were still starting (a burst's first).
        int ahead = inFlight.getAndIncrement();
        queued.increment();
        try {
            pool.execute(() -> {
                queued.decrement();
                busy.incrementAndGet();
                busyMetric.increment();
                try {
                    turn.run();
                } finally {
                    busyMetric.decrement();
                    busy.decrementAndGet();
                    inFlight.decrementAndGet();
                }
            });
        } catch (RuntimeException | Error e) {
            // Refused (a shut pool, or no thread could be made): it is not queued and holds no place, and the
            // gauge would otherwise stay raised for the rest of the server's life.
            queued.decrement();
            inFlight.decrementAndGet();
            throw e;
        }
        if (ahead >= threads) {
            waited.increment();
            waitsSinceWarning.incrementAndGet();
            warnAtMostOnceAMinute();
        }
    }

    private void warnAtMostOnceAMinute() {
        long now = nanoClock.getAsLong();
        long due = nextWarning.get();
        if (now - due >= 0 && nextWarning.compareAndSet(due, now + TimeUnit.SECONDS.toNanos(WARN_INTERVAL_SECONDS))) {
            LOGGER.warn("SMTP server {}: all {} session threads are busy, so sessions wait for a thread ({} commands"
                + " waited since the last warning); if this is not an attack, raise <sessionThreads> of this"
                + " <smtpserver> in smtpserver.xml (metric {})", server, threads, waitsSinceWarning.getAndSet(0),
                WAITED);
        }
    }

    /**
     * Refuses every later turn (for tests: the server never shuts its pools, see {@code SessionThreadSmtpServer}).
     */
    void shutdown() {
        pool.shutdown();
    }

    /** Threads running a session now (for tests). */
    int busy() {
        return busy.get();
    }
}
