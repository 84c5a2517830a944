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

    /**
     * One account, however the sender or the admin spelled it: VacationMailet registers the recipient as addressed,
     * WebAdmin flushes the path as written (the vacation store keys both as James's user name, lower case).
     */
    @Test
    void anAccountIsOneWhateverItsCase() throws Exception {
        registry.register(AccountId.fromString("Away@SpoofGuard.test"), sender(1), Optional.empty()).block();
        assertThat(registry.isRegistered(away, sender(1)).block()).isTrue();
        assertThat(registry.isRegistered(AccountId.fromString("AWAY@spoofguard.TEST"), sender(1)).block()).isTrue();
        registry.flush(AccountId.fromString("away@SPOOFGUARD.test")).block();
        assertThat(registry.isRegistered(AccountId.fromString("Away@SpoofGuard.test"), sender(1)).block()).isFalse();
    }

    /**
     * A Sieve vacation records its answers also under "auto-replied-by-sieve:" and the user (core
     * SieveVacation.sieveAnsweredAccount), which the out-of-office's matcher reads: kept across a restart, apart from
     * the out-of-office's own account, and not cleared when a new out-of-office flushes that one.
     */
    @Test
    void theSieveVacationsSharedRecordSurvivesARestartAndAnOutOfOfficeFlush(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vacation-notified.json");
        AccountId bySieve = AccountId.fromString("auto-replied-by-sieve:away@spoofguard.test");
        ConcurrentNotificationRegistry first = new ConcurrentNotificationRegistry(now::get, file);
        first.register(bySieve, sender(1), Optional.of(NOW.plusDays(7))).block();
        first.flush(away).block();
        assertThat(first.isRegistered(bySieve, sender(1)).block()).isTrue();
        assertThat(first.isRegistered(away, sender(1)).block()).isFalse();

        ConcurrentNotificationRegistry restarted = new ConcurrentNotificationRegistry(now::get, file);
        assertThat(restarted.isRegistered(AccountId.fromString("auto-replied-by-sieve:Away@SpoofGuard.test"), sender(1))
            .block()).isTrue();
        now.set(NOW.plusDays(7).plusMinutes(1));
        assertThat(restarted.isRegistered(bySieve, sender(1)).block()).as("after :days").isFalse();
    }

    /** A file and journal written before accounts were canonical: the spellings merge, a flush of any clears all. */
    @Test
    void entriesWrittenUnderAnotherCaseAreReadAsTheOneAccount(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vacation-notified.json");
        Files.writeString(file, "{\"version\":1,\"accounts\":{"
            + "\"Away@SpoofGuard.test\":{\"sender1@honest.example\":\"" + NOW.plusDays(1) + "\"},"
            + "\"away@spoofguard.test\":{\"sender1@honest.example\":null,\"sender2@honest.example\":null},"
            + "\"other@spoofguard.test\":{\"sender9@honest.example\":null}}}");
        Files.writeString(journal(file),
            "{\"account\":\"AWAY@spoofguard.test\",\"sender\":\"sender3@honest.example\",\"until\":null}\n"
            + "{\"flush\":\"Other@SpoofGuard.test\"}\n");
        ConcurrentNotificationRegistry read = new ConcurrentNotificationRegistry(now::get, file);
        now.set(NOW.plusDays(2));
        assertThat(read.isRegistered(away, sender(1)).block()).as("the later (no) expiry of the two spellings").isTrue();
        assertThat(read.isRegistered(away, sender(2)).block()).isTrue();
        assertThat(read.isRegistered(away, sender(3)).block()).as("from the journal").isTrue();
        assertThat(read.isRegistered(AccountId.fromString("other@spoofguard.test"), sender(9)).block())
            .as("flushed under another spelling").isFalse();

        read.flush(AccountId.fromString("Away@spoofguard.test")).block();
        ConcurrentNotificationRegistry again = new ConcurrentNotificationRegistry(now::get, file);
        assertThat(again.isRegistered(away, sender(1)).block()).isFalse();
        assertThat(again.isRegistered(away, sender(3)).block()).isFalse();
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
        // the start compacted the file without the expired answer; a new answer is journaled, then compacted in
        assertThat(Files.readString(file)).doesNotContain("sender3@");
        second.register(away, sender(4), Optional.empty()).block();
        assertThat(Files.readString(journal(file))).contains("sender4@");
        assertThat(new ConcurrentNotificationRegistry(now::get, file).isRegistered(away, sender(4)).block()).isTrue();
        assertThat(Files.readString(file)).contains("sender4@").doesNotContain("sender3@");
        assertThat(journal(file)).doesNotExist();
    }

    /**
     * OutOfOfficeOnce withdraws a record its old out-of-office wrote after a new one was set by registering the sender
     * again, already expired: the newer entry replaces the live one, also when the journal is read back.
     */
    @Test
    void anExpiredAnswerRegisteredLaterWithdrawsTheLiveOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vacation-notified.json");
        ConcurrentNotificationRegistry first = new ConcurrentNotificationRegistry(now::get, file);
        first.register(away, sender(1), Optional.empty()).block();
        first.register(away, sender(1), Optional.of(NOW.minusSeconds(1))).block();
        assertThat(first.isRegistered(away, sender(1)).block()).isFalse();
        assertThat(new ConcurrentNotificationRegistry(now::get, file).isRegistered(away, sender(1)).block())
            .as("after a restart").isFalse();
    }

    private static Path journal(Path file) {
        return file.resolveSibling(file.getFileName() + ConcurrentNotificationRegistry.JOURNAL_SUFFIX);
    }

    /**
     * A crash mid-append leaves a partial last line: it is dropped (its register() never returned), and cut off so
     * the next answer is not glued to it. A crash after a compaction's snapshot but before the journal was removed
     * replays the journal over a snapshot that already holds it: same registry (a flush included).
     */
    @Test
    void aCrashMidAppendOrMidCompactionLosesNoFinishedAnswer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vacation-notified.json");
        AccountId other = AccountId.fromString("other@spoofguard.test");
        Files.writeString(file, "{\"version\":1,\"accounts\":{\"away@spoofguard.test\":{\"sender1@honest.example\":null},"
            + "\"other@spoofguard.test\":{\"sender9@honest.example\":null}}}");
        Files.writeString(journal(file), "{\"account\":\"away@spoofguard.test\",\"sender\":\"sender1@honest.example\",\"until\":null}\n"
            + "{\"flush\":\"other@spoofguard.test\"}\n"
            + "{\"account\":\"away@spoofguard.test\",\"sender\":\"sender2@honest.example\",\"until\":null}\n"
            + "{\"account\":\"away@spoofguard.test\",\"sender\":\"sender3@hon");
        ConcurrentNotificationRegistry registry = new ConcurrentNotificationRegistry(now::get, file);
        assertThat(registry.isRegistered(away, sender(1)).block()).isTrue();
        assertThat(registry.isRegistered(away, sender(2)).block()).isTrue();
        assertThat(registry.isRegistered(away, sender(3)).block()).as("never finished").isFalse();
        assertThat(registry.isRegistered(other, sender(9)).block()).as("flushed").isFalse();

        // the same torn tail when the start could not compact: cut off before the next append
        Files.writeString(journal(file), "{\"account\":\"away@spoofguard.test\",\"sender\":\"sender3@hon");
        Files.writeString(file, "not json");
        ConcurrentNotificationRegistry failing = new ConcurrentNotificationRegistry(now::get, file,
            new DataFiles.Writer() {
                @Override
                public void replace(Path f, byte[] content) throws java.io.IOException {
                    throw new java.io.IOException("disk full");
                }

                @Override
                public void append(Path f, byte[] content) throws java.io.IOException {
                    DataFiles.append(f, content);
                }
            });
        failing.register(away, sender(5), Optional.empty()).block();
        assertThat(Files.readString(journal(file))).startsWith("{\"account\":\"away@spoofguard.test\",\"sender\":\"sender5@");
        assertThat(new ConcurrentNotificationRegistry(now::get, file).isRegistered(away, sender(5)).block()).isTrue();
    }

    /**
     * A full disk can fail an append half way: the journal ends in a torn line while the server runs on. The next
     * answer, once there is room again, was appended to that fragment: one unreadable line in the middle, and at
     * the next start the journal was set aside from there, so every answer after the full disk was answered again.
     */
    @Test
    void anAppendThatFailsHalfWayCostsOnlyItsOwnAnswer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vacation-notified.json");
        java.util.concurrent.atomic.AtomicBoolean diskFull = new java.util.concurrent.atomic.AtomicBoolean();
        ConcurrentNotificationRegistry running = new ConcurrentNotificationRegistry(now::get, file,
            new DataFiles.Writer() {
                @Override
                public void replace(Path f, byte[] content) throws java.io.IOException {
                    DataFiles.replace(f, content);
                }

                @Override
                public void append(Path f, byte[] content) throws java.io.IOException {
                    if (diskFull.get()) {
                        DataFiles.append(f, java.util.Arrays.copyOf(content, content.length / 2));
                        throw new java.io.IOException("No space left on device");
                    }
                    DataFiles.append(f, content);
                }
            });
        running.register(away, sender(1), Optional.empty()).block();
        diskFull.set(true);
        running.register(away, sender(2), Optional.empty()).block();
        diskFull.set(false);
        running.register(away, sender(3), Optional.empty()).block();
        assertThat(running.isRegistered(away, sender(2)).block()).as("remembered in memory").isTrue();

        ConcurrentNotificationRegistry restarted = new ConcurrentNotificationRegistry(now::get, file);
        assertThat(restarted.isRegistered(away, sender(1)).block()).as("before the full disk").isTrue();
        assertThat(restarted.isRegistered(away, sender(3)).block()).as("after the full disk").isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".corrupt-"));
        }
    }

    /** A journal line that was written whole but cannot be read: the journal is set aside, the lines before it used. */
    @Test
    void aDamagedJournalIsSetAside(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vacation-notified.json");
        Files.writeString(journal(file), "{\"account\":\"away@spoofguard.test\",\"sender\":\"sender1@honest.example\",\"until\":null}\n"
            + "{\"account\":\"away@spoofguard.test\",\"sender\":\"not an address\",\"until\":null}\n"
            + "{\"account\":\"away@spoofguard.test\",\"sender\":\"sender2@honest.example\",\"until\":null}\n");
        ConcurrentNotificationRegistry registry = new ConcurrentNotificationRegistry(now::get, file);
        assertThat(registry.isRegistered(away, sender(1)).block()).isTrue();
        assertThat(registry.isRegistered(away, sender(2)).block()).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("vacation-notified.json.journal.corrupt-"));
        }
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

    /** Counts what the registry writes, and writes it (synced) as the server does. */
    private static final class CountingWriter implements DataFiles.Writer {
        long bytes;

        @Override
        public void replace(Path file, byte[] content) throws java.io.IOException {
            bytes += content.length;
            DataFiles.replace(file, content);
        }

        @Override
        public void append(Path file, byte[] content) throws java.io.IOException {
            bytes += content.length;
            DataFiles.append(file, content);
        }
    }

    /**
     * Each answer used to rewrite the whole file (with an fsync): with tens of thousands of answered senders, every
     * auto-reply wrote megabytes, quadratic in the number of senders. What an answer costs on disk (averaged over
     * many, compactions included) must not grow with how many are remembered; a restart still reads them all back.
     */
    @Test
    void bytesWrittenPerAnswerDoNotGrowWithTheNumberRemembered(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vacation-notified.json");
        CountingWriter writer = new CountingWriter();
        ConcurrentNotificationRegistry registry = new ConcurrentNotificationRegistry(now::get, file, writer);
        for (int i = 0; i < 300; i++) {
            registry.register(away, sender(i), Optional.of(NOW.plusDays(7))).block();
        }
        double early = writer.bytes / 300.0;
        for (int i = 300; i < 2_000; i++) {
            registry.register(away, sender(i), Optional.of(NOW.plusDays(7))).block();
        }
        writer.bytes = 0;
        for (int i = 2_000; i < 2_500; i++) {
            registry.register(away, sender(i), Optional.of(NOW.plusDays(7))).block();
        }
        double late = writer.bytes / 500.0;
        assertThat(late).as("bytes per answer with 2 000 remembered (%.0f with under 300)", early)
            .isLessThan(400);

        ConcurrentNotificationRegistry restarted = new ConcurrentNotificationRegistry(now::get, file);
        for (int i : new int[] {0, 299, 1_999, 2_499}) {
            assertThat(restarted.isRegistered(away, sender(i)).block()).as("sender %d", i).isTrue();
        }
        assertThat(restarted.isRegistered(away, sender(2_500)).block()).isFalse();
    }

    /**
     * When only the snapshot cannot be written (the journal still can), compaction is tried again when the journal has
     * doubled, not on every answer: each try serialises the whole registry, quadratic again otherwise.
     */
    @Test
    void aSnapshotThatCannotBeWrittenIsNotRetriedOnEveryAnswer(@TempDir Path dir) throws Exception {
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        ConcurrentNotificationRegistry registry = new ConcurrentNotificationRegistry(now::get,
            dir.resolve("vacation-notified.json"), new DataFiles.Writer() {
                @Override
                public void replace(Path f, byte[] content) throws java.io.IOException {
                    tries.incrementAndGet();
                    throw new java.io.IOException("read-only");
                }

                @Override
                public void append(Path f, byte[] content) throws java.io.IOException {
                    DataFiles.append(f, content);
                }
            });
        for (int i = 0; i < 3_000; i++) {
            registry.register(away, sender(i), Optional.empty()).block();
        }
        assertThat(tries.get()).isLessThan(20);
        assertThat(registry.isRegistered(away, sender(2_999)).block()).isTrue();
    }
}
