package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.james.core.MailAddress;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.RecipientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** RFC 3834 §2 across a restart: who was answered is read back; expired answers and flushed absences are not. */
    @Test
    void theFileKeepsWhoWasAnsweredAcrossARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("var/spoofguard/vacation-notified.json");
        ConcurrentNotificationRegistry first = new ConcurrentNotificationRegistry(now::get, file);
        AccountId other = AccountId.fromString("other@spoofguard.test");
        first.register(away, sender(1), Optional.of(NOW.plusDays(7))).block();
        first.register(away, sender(2), Optional.empty()).block();
        first.register(away, sender(3), Optional.of(NOW.plusHours(1))).block();
        first.register(other, sender(1), Optional.empty()).block();
        first.flush(other).block();
        assertThat(file).exists();
        assertThat(dir.resolve("var/spoofguard/vacation-notified.json.new")).doesNotExist();

        now.set(NOW.plusHours(2));
        ConcurrentNotificationRegistry second = new ConcurrentNotificationRegistry(now::get, file);
        assertThat(second.isRegistered(away, sender(1)).block()).isTrue();
        assertThat(second.isRegistered(away, sender(2)).block()).isTrue();
        assertThat(second.isRegistered(away, sender(3)).block()).as("expired before the restart").isFalse();
        assertThat(second.isRegistered(other, sender(1)).block()).as("flushed").isFalse();
        // the next write leaves the expired answer out
        second.register(away, sender(4), Optional.empty()).block();
        assertThat(Files.readString(file)).contains("sender4@").doesNotContain("sender3@");
    }

    /** A damaged file is set aside and logged: the server starts, and answers as if nobody had been answered. */
    @Test
    void aDamagedFileIsSetAside(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vacation-notified.json");
        Files.writeString(file, "{\"version\":1,\"accounts\":{\"away@spoofguard.test\":{\"not an address\":null}}}");
        ConcurrentNotificationRegistry registry = new ConcurrentNotificationRegistry(now::get, file);
        assertThat(registry.isRegistered(away, sender(1)).block()).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("vacation-notified.json.corrupt-"));
        }
        registry.register(away, sender(1), Optional.empty()).block();
        assertThat(new ConcurrentNotificationRegistry(now::get, file).isRegistered(away, sender(1)).block()).isTrue();
    }

    /** A file that cannot be written costs only the memory across a restart: the answer is still remembered. */
    @Test
    void aFailedWriteStillRemembersTheAnswer(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where the directory should be");
        ConcurrentNotificationRegistry registry = new ConcurrentNotificationRegistry(now::get,
            blocker.resolve("vacation-notified.json"));
        registry.register(away, sender(1), Optional.empty()).block();
        assertThat(registry.isRegistered(away, sender(1)).block()).isTrue();
    }
}
