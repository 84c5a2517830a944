package org.spoofguard.server.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LogGateTest {
    @Test
    void atMostNLinesPerWindowAndTheNextOneSaysHowManyWereLeftOut() {
        AtomicLong now = new AtomicLong();
        LogGate gate = new LogGate(2, Duration.ofMinutes(1), now::get);
        assertThat(gate.pass()).isEqualTo(OptionalLong.of(0));
        assertThat(gate.pass()).isEqualTo(OptionalLong.of(0));
        for (int i = 0; i < 1000; i++) {
            assertThat(gate.pass()).isEmpty();
        }
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(gate.pass()).isEmpty();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(gate.pass()).isEqualTo(OptionalLong.of(1001));
        assertThat(gate.pass()).isEqualTo(OptionalLong.of(0));
        assertThat(gate.pass()).isEmpty();
    }
}
