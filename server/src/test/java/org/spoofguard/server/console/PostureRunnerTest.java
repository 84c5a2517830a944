package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.posture.PostureReport;

class PostureRunnerTest {
    @Test
    void aSlowCheckDoesNotHoldThePageAndItsResultIsKeptUntilTheNextRun() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        PostureReport report = new PostureReport("aarhus.dk", List.of(), java.util.Optional.empty(), java.util.Optional.empty());
        try (PostureRunner runner = new PostureRunner(() -> {
            runs.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(report);
        }, Duration.ofMillis(1), Duration.ofDays(1), Clock.systemUTC())) {
            // the page returns without a result while the check is blocked, and a second page starts no second run
            assertThat(runner.result(false)).isEmpty();
            assertThat(runner.running()).isTrue();
            // the run is on its own thread: wait until it has really begun (a loaded machine may take a while)
            for (int i = 0; i < 3000 && runs.get() == 0; i++) {
                Thread.sleep(10);
            }
            assertThat(runner.result(true)).isEmpty();
            assertThat(runs.get()).isEqualTo(1);
            release.countDown();
            for (int i = 0; i < 3000 && runner.running(); i++) {
                Thread.sleep(10);
            }
            PostureRunner.Result r = runner.result(false).orElseThrow();
            assertThat(r.reports()).containsExactly(report);
            assertThat(r.problem()).isEmpty();
            assertThat(runs.get()).isEqualTo(1);
        }
    }

    @Test
    void aRunOverTheLimitIsCancelledAndSaysSo() {
        CountDownLatch never = new CountDownLatch(1);
        try (PostureRunner runner = new PostureRunner(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }, Duration.ofMillis(1), Duration.ZERO.minusSeconds(1), Clock.systemUTC())) {
            assertThat(runner.result(false)).isEmpty();
            // the limit (here: already passed) cancels it on the next look and reports the timeout
            PostureRunner.Result r = runner.result(false).orElseThrow();
            assertThat(r.problem()).startsWith("timeout");
        }
    }

    @Test
    void onlyBankReasonsOfferTrust() {
        assertThat(BankTrust.isBankReason("bank-account-new(+50): DK50…6243 → DK95…6789")).isTrue();
        assertThat(BankTrust.isBankReason("foreign-iban(+15): IBAN DE89…3000 (DE) for a .dk sender")).isTrue();
        assertThat(BankTrust.isBankReason("dmarc-fail(+40): p=reject")).isFalse();
        assertThat(BankTrust.isBankReason("no reason format")).isFalse();
    }
}
