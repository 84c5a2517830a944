package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An append that failed half-way (disk full: write() stored part of the line, then ENOSPC;
 * or a crash of the machine) leaves a line without its newline. The next append is glued onto it, the merged line
 * has more than 7 fields, and AuditLog.parse skips it: the NEXT admin action (release, delete, retention) is
 * missing from the audit although it was reported as recorded.
 */
class AuditLogTornLineTest {
    @TempDir
    Path dir;

    @Test
    void anEntryAfterATornLineIsStillRecorded() throws Exception {
        Path file = dir.resolve("audit.log");
        AuditLog log = new AuditLog(file, Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC));
        log.append("alice", "release", "quarantine", "KEY1", Optional.empty(), "first");
        // what the failed append of the second entry left behind: part of its line, no newline
        Files.writeString(file, "2026-12-05T12:00:00Z alice delete quarantine KE", StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
        log.append("bob", "delete", "quarantine", "KEY3", Optional.empty(), "third");
        System.out.println("entries read back: " + log.all().stream().map(e -> e.actor() + " " + e.key()).toList());
        assertThat(log.all()).extracting(AuditLog.Entry::key).contains("KEY1", "KEY3");
    }
}
