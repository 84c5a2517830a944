package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void blocksAUserNameAfterTheFailuresUntilTheWindowHasPassed() {
        MutableClock clock = new MutableClock();
        LoginThrottle t = new LoginThrottle(3, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(t.blocked("admin@x", "10.0.0." + i)).isFalse();
            t.failed("admin@x", "10.0.0." + i);
        }
        // from any address: the name is blocked
        assertThat(t.blocked("admin@x", "10.9.9.9")).isTrue();
        assertThat(t.blocked("other@x", "10.9.9.9")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(t.blocked("admin@x", "10.9.9.9")).isFalse();
    }

    @Test
    void blocksAnAddressSprayingManyNames() {
        LoginThrottle t = new LoginThrottle(3, Duration.ofMinutes(15), new MutableClock());
        for (int i = 0; i < 3 * LoginThrottle.ADDRESS_FACTOR; i++) {
            assertThat(t.blocked("user" + i + "@x", "192.0.2.1")).isFalse();
            t.failed("user" + i + "@x", "192.0.2.1");
        }
        assertThat(t.blocked("fresh@x", "192.0.2.1")).isTrue();
        assertThat(t.blocked("fresh@x", "192.0.2.2")).isFalse();
    }

    @Test
    void successClearsTheNameOnly() {
        LoginThrottle t = new LoginThrottle(2, Duration.ofMinutes(15), new MutableClock());
        t.failed("a@x", "192.0.2.1");
        assertThat(t.attempt("a@x", "192.0.2.1")).isTrue();
        t.succeeded("a@x", "192.0.2.1");
        t.failed("a@x", "192.0.2.1");
        assertThat(t.blocked("a@x", "192.0.2.1")).isFalse();
        t.failed("a@x", "192.0.2.1");
        assertThat(t.blocked("a@x", "192.0.2.1")).isTrue();
    }

    /** The address keeps its earlier failures through a success, but not the successful attempt itself. */
    @Test
    void aSuccessTakesBackOnlyItsOwnAttemptFromTheAddress() {
        LoginThrottle t = new LoginThrottle(1, Duration.ofMinutes(15), new MutableClock());
        int addressLimit = LoginThrottle.ADDRESS_FACTOR;
        for (int i = 0; i < addressLimit - 1; i++) {
            t.failed("user" + i + "@x", "192.0.2.1");
        }
        for (int i = 0; i < 10; i++) {
            assertThat(t.attempt("admin@x", "192.0.2.1")).as("login " + i + " of an admin behind the proxy").isTrue();
            t.succeeded("admin@x", "192.0.2.1");
        }
        t.failed("other@x", "192.0.2.1");
        assertThat(t.blocked("fresh@x", "192.0.2.1")).isTrue();
    }

    /** Forty guesses sent at once, each let through before any had failed, used to get forty checks. */
    @Test
    void guessesInFlightTogetherGetNoMoreChecksThanTheLimit() throws Exception {
        LoginThrottle t = new LoginThrottle(5, Duration.ofMinutes(15), new MutableClock());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            done.add(pool.submit(() -> {
                start.await();
                if (t.attempt("admin@x", "192.0.2.7")) {
                    checked.incrementAndGet(); // the password would be checked here, and found wrong
                }
                return null;
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(checked.get()).isEqualTo(5);
    }

    /** Thousands of junk names and addresses fill the memory; the admin name it is blocking is not what goes. */
    @Test
    void aFloodOfOtherKeysDoesNotMakeItForgetABlockedName() {
        MutableClock clock = new MutableClock();
        LoginThrottle t = new LoginThrottle(5, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 5; i++) {
            t.failed("postmaster@x", "10.0.0.1");
        }
        assertThat(t.blocked("postmaster@x", "10.9.9.9")).isTrue();
        for (int i = 0; i < LoginThrottle.MAX_KEYS; i++) {
            t.failed("junk" + i + "@x", "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(t.blocked("postmaster@x", "10.9.9.9")).isTrue();
    }

    @Test
    void anotherSpellingOfTheSameAccountIsTheSameName() {
        assertThat(ConsoleServer.canonicalUser(" PostMaster@[SpoofGuard.test] ")).isEqualTo("postmaster@spoofguard.test");
        assertThat(ConsoleServer.canonicalUser("postmaster@spoofguard.test")).isEqualTo("postmaster@spoofguard.test");
        assertThat(ConsoleServer.canonicalUser("not an address@@")).isEqualTo("not an address@@");
    }
}
