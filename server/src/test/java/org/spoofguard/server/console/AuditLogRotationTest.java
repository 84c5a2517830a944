package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log was one file, never rotated, and /report read all of it into a list on every view: the file grew
 * without end (120 unauthenticated lines an hour are allowed, forever) and so did the memory of a report. Now the
 * file is rotated by size, a bounded number of old files is kept, and /report reads only its period, entry by entry.
 */
class AuditLogRotationTest {
    private static final long MAX_FILE = 2_000;
    private static final int KEEP = 3;

    @TempDir
    Path dir;

    private final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock();

    private AuditLog log(Path file) {
        return new AuditLog(file, clock, MAX_FILE, KEEP);
    }

    @Test
    void theLogIsRotatedBySizeAndOnlyABoundedNumberOfOldFilesIsKept() throws Exception {
        Path file = dir.resolve("audit.log");
        AuditLog log = log(file);
        for (int i = 0; i < 1_000; i++) {
            log.append("admin@x", "delete", "quarantine", "Mail" + i, Optional.empty(), "entry " + i);
            clock.now = clock.now.plusSeconds(60);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("audit.log", "audit.log.1", "audit.log.2", "audit.log.3");
        }
        for (String name : List.of("audit.log", "audit.log.1", "audit.log.2", "audit.log.3")) {
            Path f = dir.resolve(name);
            assertThat(Files.size(f)).as(name).isLessThanOrEqualTo(MAX_FILE);
            assertThat(Files.readAllLines(f, StandardCharsets.UTF_8).get(0)).as(name).isEqualTo(AuditLog.HEADER);
        }
        // the newest entries are read across the files, newest first, none lost at a rotation
        List<AuditLog.Entry> newest = log.newest(60);
        assertThat(newest).hasSize(60);
        for (int i = 0; i < 60; i++) {
            assertThat(newest.get(i).key()).isEqualTo("Mail" + (999 - i));
        }
    }

    @Test
    void aReportReadsItsPeriodAcrossRotatedFilesAndStopsAtTheFileBeforeIt() throws Exception {
        Path file = dir.resolve("audit.log");
        AuditLog log = log(file);
        Instant start = clock.now;
        for (int i = 0; i < 100; i++) {
            log.append("admin@x", "release", "quarantine", "Mail" + i, Optional.of(clock.now.minusSeconds(3600)), "");
            clock.now = clock.now.plus(Duration.ofHours(1));
        }
        Instant from = start.plus(Duration.ofHours(70));
        List<String> keys = new ArrayList<>();
        log.since(from, e -> keys.add(e.key()));
        List<String> expected = new ArrayList<>();
        for (int i = 70; i < 100; i++) {
            expected.add("Mail" + i);
        }
        assertThat(keys).containsExactlyElementsOf(expected);

        // an older file is not opened once the period began in a newer one (a directory in its place would fail it)
        Path oldest = dir.resolve("audit.log." + KEEP);
        assertThat(oldest).exists();
        Files.delete(oldest);
        Files.createDirectory(oldest);
        List<String> again = new ArrayList<>();
        log.since(from, e -> again.add(e.key()));
        assertThat(again).containsExactlyElementsOf(expected);
    }

    @Test
    void aHugeDamagedLineIsSkipped() throws Exception {
        Path file = dir.resolve("audit.log");
        AuditLog log = log(file);
        log.append("admin@x", "release", "quarantine", "Mail1", Optional.empty(), "");
        Files.writeString(file, "x".repeat(5_000_000) + "\n", java.nio.file.StandardOpenOption.APPEND);
        log.append("admin@x", "delete", "quarantine", "Mail2", Optional.empty(), "");
        List<String> keys = new ArrayList<>();
        log.since(Instant.EPOCH, e -> keys.add(e.key()));
        assertThat(keys).contains("Mail2");
    }
}
