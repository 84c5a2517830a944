package org.spoofguard.server.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.spoofguard.core.posture.PostureReport;

/**
 * Runs the own-domain posture check for the console on a thread of its own: a page waits for it at most
 * {@code wait}, and a run that takes longer than {@code limit} (a dead name server, many domains) is cancelled,
 * so the check never ties up the console's request threads. One run at a time; its result is kept and shown
 * with its time until the next run.
 */
final class PostureRunner implements AutoCloseable {
    record Result(Instant at, List<PostureReport> reports, String problem) {
    }

    private final Supplier<List<PostureReport>> check;
    private final Duration wait;
    private final Duration limit;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spoofguard-console-posture");
        t.setDaemon(true);
        return t;
    });
    private Future<Result> running;
    private Instant started;
    private Result last;

    PostureRunner(Supplier<List<PostureReport>> check, Duration wait, Duration limit, Clock clock) {
        this.check = check;
        this.wait = wait;
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * The newest result: a run is started when {@code fresh} is asked for or nothing was checked yet (unless one
     * runs), and waited for at most {@code wait}. Empty while the first run is still going.
     */
    Optional<Result> result(boolean fresh) {
        Future<Result> pending;
        synchronized (this) {
            if (running != null && running.isDone()) {
                collect();
            }
            if (running != null && Duration.between(started, clock.instant()).compareTo(limit) > 0) {
                running.cancel(true);
                last = new Result(clock.instant(), last == null ? List.of() : last.reports(),
                    "timeout after " + limit.toSeconds() + " s");
                running = null;
            }
            if (running == null && (fresh || last == null)) {
                started = clock.instant();
                running = executor.submit(() -> new Result(clock.instant(), check.get(), ""));
            }
            pending = running;
        }
        if (pending != null) {
            try {
                pending.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still running: the page says so and shows the previous result, if any
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // collected below
            }
        }
        synchronized (this) {
            if (running != null && running.isDone()) {
                collect();
            }
            return Optional.ofNullable(last);
        }
    }

    synchronized boolean running() {
        return running != null && !running.isDone();
    }

    private void collect() {
        try {
            last = running.get();
        } catch (ExecutionException e) {
            last = new Result(clock.instant(), List.of(), String.valueOf(e.getCause()));
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            last = new Result(clock.instant(), List.of(), "cancelled");
        }
        running = null;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
