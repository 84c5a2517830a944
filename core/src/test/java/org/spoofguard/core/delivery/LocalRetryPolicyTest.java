package org.spoofguard.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalRetryPolicyTest {
    private static final Instant T0 = Instant.parse("2026-12-06T02:00:00Z");

    @Test
    void delaysDoubleFromOneMinuteToOneHourAndTheMailIsKeptAfterTwoDays() {
        LocalRetryPolicy policy = LocalRetryPolicy.defaults();
        Optional<LocalRetryRecord> record = Optional.empty();
        Instant now = T0;
        List<Duration> delays = new ArrayList<>();
        LocalRetryPolicy.Decision d;
        while ((d = policy.decide(record, now)).retry()) {
            delays.add(d.delay());
            record = Optional.of(d.next());
            now = now.plus(d.delay());
            assertThat(delays).hasSizeLessThan(100);
        }
        assertThat(delays.subList(0, 8)).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32),
            Duration.ofHours(1), Duration.ofHours(1));
        // the last try lands on the deadline, not an hour beyond it
        assertThat(now).isEqualTo(T0.plus(Duration.ofDays(2)));
        assertThat(d.next().firstFailure()).isEqualTo(T0);
        assertThat(d.next().attempts()).isEqualTo(delays.size() + 1);
        assertThat(d.reason()).contains("kept for the admin");
        assertThat(delays).as("docs/bounce-guard.md: 54 tries in all").hasSize(53);
    }

    @Test
    void aFirstFailureInTheFutureCountsFromNow() {
        LocalRetryPolicy.Decision d = LocalRetryPolicy.defaults()
            .decide(Optional.of(new LocalRetryRecord(3, T0.plus(Duration.ofDays(30)))), T0);
        assertThat(d.retry()).isTrue();
        assertThat(d.next().firstFailure()).isEqualTo(T0);
    }

    @Test
    void hugeMaxDelayDoesNotOverflow() {
        LocalRetryPolicy policy = new LocalRetryPolicy(Duration.ofMillis(1), Duration.ofSeconds(Long.MAX_VALUE / 2 + 1),
            Duration.ofSeconds(Long.MAX_VALUE));
        LocalRetryPolicy.Decision d = policy.decide(Optional.of(new LocalRetryRecord(Integer.MAX_VALUE, T0)), T0);
        assertThat(d.retry()).isTrue();
        assertThat(d.next().attempts()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new LocalRetryPolicy(Duration.ZERO, Duration.ofHours(1), Duration.ofDays(2)))
            .hasMessageContaining("firstDelay");
        assertThatThrownBy(() -> new LocalRetryPolicy(Duration.ofHours(2), Duration.ofHours(1), Duration.ofDays(2)))
            .hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> new LocalRetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ZERO))
            .hasMessageContaining("giveUpAfter");
    }

    @Test
    void recordRoundTrips() {
        LocalRetryRecord r = new LocalRetryRecord(7, Instant.ofEpochMilli(1764979200123L));
        assertThat(r.format()).isEqualTo("v=1; attempts=7; first-failure=1764979200123");
        assertThat(LocalRetryRecord.parse(r.format())).contains(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v=2; attempts=1; first-failure=1", "v=1; attempts=0; first-failure=1",
        "v=1; attempts=1; first-failure=-1", "v=1; attempts=1", "v=1; attempts=1; first-failure=1; x=2",
        "v=1; attempts=9999999999; first-failure=1", "v=1; attempts=1; first-failure=1 "})
    void anUnreadableRecordIsNoRecord(String text) {
        assertThat(LocalRetryRecord.parse(text)).isEmpty();
        assertThat(LocalRetryRecord.parse(null)).isEmpty();
    }

    @Test
    void refusalsAreEnglishThenDanish() {
        assertThatThrownBy(() -> new LocalRetryPolicy(Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofDays(1)))
            .hasMessage("maxDelay: must be at least firstDelay (PT10M) / maxDelay: skal være mindst firstDelay (PT10M)");
        assertThatThrownBy(() -> new LocalRetryPolicy(Duration.ZERO, Duration.ofMinutes(5), Duration.ofDays(1)))
            .hasMessage("firstDelay: must be positive / firstDelay: skal være positiv");
    }
}
