package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DsnRateLimiterTest {
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void allowsLimitPerWindowThenRefusesUntilTheWindowEnds() {
        MutableClock clock = new MutableClock();
        DsnRateLimiter limiter = new DsnRateLimiter(3, Duration.ofMinutes(10), 100, clock);
        assertThat(limiter.tryAcquire("example.com")).isTrue();
        assertThat(limiter.tryAcquire("example.com")).isTrue();
        assertThat(limiter.tryAcquire("EXAMPLE.com")).isTrue();
        assertThat(limiter.tryAcquire("example.com")).isFalse();
        assertThat(limiter.tryAcquire("other.example")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(limiter.tryAcquire("example.com")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("example.com")).isTrue();
    }

    @Test
    void subdomainsShareTheOrganizationalDomainAllowance() {
        DsnRateLimiter limiter = new DsnRateLimiter(2, Duration.ofHours(1), 100, new MutableClock());
        assertThat(limiter.tryAcquire("a.victim.example.com")).isTrue();
        assertThat(limiter.tryAcquire("b.victim.example.com")).isTrue();
        assertThat(limiter.tryAcquire("c.example.com")).isFalse();
    }

    @Test
    void memoryIsBounded() {
        DsnRateLimiter limiter = new DsnRateLimiter(1, Duration.ofHours(1), 50, new MutableClock());
        for (int i = 0; i < 10_000; i++) {
            limiter.tryAcquire("d" + i + ".example");
        }
        assertThat(limiter.trackedDomains()).isLessThanOrEqualTo(50);
    }

    @Test
    void zeroLimitDisablesAndBadArgumentsAreRejected() {
        DsnRateLimiter off = new DsnRateLimiter(0, Duration.ofHours(1), 10, new MutableClock());
        for (int i = 0; i < 100; i++) {
            assertThat(off.tryAcquire("example.com")).isTrue();
        }
        assertThatThrownBy(() -> new DsnRateLimiter(1, Duration.ZERO, 10, new MutableClock()))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DsnRateLimiter(1, Duration.ofHours(1), 0, new MutableClock()))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
