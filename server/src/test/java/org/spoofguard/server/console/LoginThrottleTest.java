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
        t.succeeded("a@x");
        t.failed("a@x", "192.0.2.1");
        assertThat(t.blocked("a@x", "192.0.2.1")).isFalse();
        t.failed("a@x", "192.0.2.1");
        assertThat(t.blocked("a@x", "192.0.2.1")).isTrue();
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
