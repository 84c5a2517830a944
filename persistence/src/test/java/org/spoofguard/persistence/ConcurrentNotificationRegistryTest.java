package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.james.core.MailAddress;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.RecipientId;
import org.junit.jupiter.api.Test;

class ConcurrentNotificationRegistryTest {
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-12-03T12:00:00Z");
    private final AtomicReference<ZonedDateTime> now = new AtomicReference<>(NOW);
    private final ConcurrentNotificationRegistry registry = new ConcurrentNotificationRegistry(now::get);
    private final AccountId away = AccountId.fromString("away@spoofguard.test");

    private static RecipientId sender(int i) throws Exception {
        return RecipientId.fromMailAddress(new MailAddress("sender" + i + "@honest.example"));
    }

    @Test
    void aSenderIsRegisteredUntilItsExpiryAndUntilTheAbsenceIsFlushed() throws Exception {
        assertThat(registry.isRegistered(away, sender(1)).block()).isFalse();
        registry.register(away, sender(1), Optional.of(NOW.plusDays(7))).block();
        registry.register(away, sender(2), Optional.empty()).block();
        assertThat(registry.isRegistered(away, sender(1)).block()).isTrue();
        assertThat(registry.isRegistered(away, sender(2)).block()).isTrue();
        assertThat(registry.isRegistered(AccountId.fromString("other@spoofguard.test"), sender(1)).block()).isFalse();

        now.set(NOW.plusDays(8));
        assertThat(registry.isRegistered(away, sender(1)).block()).as("expired").isFalse();
        assertThat(registry.isRegistered(away, sender(2)).block()).as("no expiry").isTrue();

        registry.flush(away).block();
        assertThat(registry.isRegistered(away, sender(2)).block()).isFalse();
    }

    /** James's memory registry threw ConcurrentModificationException here, and VacationMailet then sent nothing. */
    @Test
    void manyMailsToOneAwayUserAtOnceAreAllAnsweredOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                all.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        RecipientId r = sender(thread * 10_000 + i);
                        registry.isRegistered(away, sender(i)).block();
                        registry.register(away, r, Optional.of(NOW.plusDays(1))).block();
                        assertThat(registry.isRegistered(away, r).block()).isTrue();
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(registry.isRegistered(away, sender(7 * 10_000 + 1_999)).block()).isTrue();
    }
}
