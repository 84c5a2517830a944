package org.spoofguard.core;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

import org.junit.jupiter.api.function.Executable;

/**
 * The CPU time of the calling thread, for the tests that bound an algorithm's cost (linear, not quadratic, on
 * hostile input). Wall-clock time also counts the time other processes held the cores: on a loaded 2-core machine
 * it made such bounds fail at 2-5x their quiet-machine time while the code was unchanged. The scans measured run on
 * the calling thread (no executors in the invoice code), so its CPU time is their cost.
 */
public final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuClock() {
    }

    /** Nanoseconds of CPU this thread has used; wall-clock nanoseconds where the JVM cannot tell. */
    public static long threadNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * Runs {@code work} on a thread of its own, stopped after {@code hangGuard} of wall-clock time (a hang guard:
     * give it far more than the work needs, as a loaded machine stretches wall time), and returns the milliseconds
     * of CPU that thread used: the cost to bound.
     */
    public static long millisOf(Duration hangGuard, Executable work) {
        return assertTimeoutPreemptively(hangGuard, () -> {
            long t0 = threadNanos();
            work.execute();
            return (threadNanos() - t0) / 1_000_000;
        });
    }
}
