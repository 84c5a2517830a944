package org.spoofguard.server.smtp;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.util.concurrent.AbstractEventExecutor;
import io.netty.util.concurrent.DefaultPromise;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.OrderedEventExecutor;
import io.netty.util.concurrent.Promise;

/**
 * One SMTP session's executor: its tasks run one at a time, in order, on whichever thread of a shared, bounded pool
 * is free. A session waiting for DNS holds one pool thread; an idle session holds none (a thread per connection
 * would let ten thousand idle connections make ten thousand threads).
 *
 * <p>Netty's own {@code NonStickyEventExecutorGroup} does the same but (4.1.86, the version James 3.8.1 ships)
 * answers {@code inEventLoop()} with false even from its own task, so every call from one handler to the next
 * would be queued again instead of made; this one knows the thread it runs on.
 */
final class SessionExecutor extends AbstractEventExecutor implements OrderedEventExecutor {
    /** Tasks run before the thread goes back to the pool, so one busy session cannot keep a thread to itself. */
    private static final int TASKS_PER_TURN = 64;

    private final Executor pool;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Promise<Void> terminated = new DefaultPromise<>(GlobalEventExecutor.INSTANCE);
    private volatile Thread running;

    SessionExecutor(Executor pool) {
        this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        if (queued.compareAndSet(false, true)) {
            pool.execute(this::turn);
        }
    }

    private void turn() {
        running = Thread.currentThread();
        try {
            for (int i = 0; i < TASKS_PER_TURN; i++) {
                Runnable task = tasks.poll();
                if (task == null) {
                    break;
                }
                safeExecute(task);
            }
        } finally {
            running = null;
            queued.set(false);
            // a task added after the last poll saw queued=true and left the scheduling to us
            if (!tasks.isEmpty() && queued.compareAndSet(false, true)) {
                pool.execute(this::turn);
            }
        }
    }

    @Override
    public boolean inEventLoop(Thread thread) {
        return thread == running;
    }

    /*
     * A session executor has nothing of its own to stop: the pool's threads belong to the server, which stops the
     * pool. Tasks that still come (the channel's last events) run; "shut down" only tells Netty it may stop waiting.
     */

    @Override
    public boolean isShuttingDown() {
        return terminated.isDone();
    }

    @Override
    public Future<?> shutdownGracefully(long quietPeriod, long timeout, TimeUnit unit) {
        terminated.trySuccess(null);
        return terminated;
    }

    @Override
    public Future<?> terminationFuture() {
        return terminated;
    }

    @Override
    @Deprecated
    public void shutdown() {
        terminated.trySuccess(null);
    }

    @Override
    public boolean isShutdown() {
        return terminated.isDone();
    }

    @Override
    public boolean isTerminated() {
        return terminated.isDone();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return terminated.await(timeout, unit);
    }
}
