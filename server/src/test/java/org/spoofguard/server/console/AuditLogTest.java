package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;

    @Test
    void appendsAndReadsBackOneLinePerActionEvenForHostileFields() throws Exception {
        Path file = dir.resolve("var/spoofguard/audit.log");
        AuditLog log = new AuditLog(file, Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));
        log.append("admin@x", "release", "quarantine", "Mail1 2\nforged line", Optional.of(Instant.parse("2026-11-29T08:00:00Z")),
            "to processor invoice-release");
        log.append("retention", "expire", "error", "", Optional.empty(), "a\u202Eb\nc " + "x".repeat(5000));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(AuditLog.HEADER);
        List<AuditLog.Entry> all = log.all();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).key()).isEqualTo("Mail1 2\nforged line");
        assertThat(all.get(0).heldSince()).hasValue(Instant.parse("2026-11-29T08:00:00Z"));
        assertThat(all.get(1).key()).isEmpty();
        assertThat(all.get(1).detail()).startsWith("ab c ").hasSizeLessThanOrEqualTo(Text.LONG_FIELD + 1);
        assertThat(log.newest(1)).extracting(AuditLog.Entry::action).containsExactly("expire");
        // a damaged line is skipped, not fatal
        Files.writeString(file, "garbage\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(new AuditLog(file, Clock.systemUTC()).all()).hasSize(2);
    }

    /** A guesser with a new name from each of many addresses is never throttled; its lines must still be bounded. */
    @Test
    void failedLoginsFromAFloodAreBoundedAndCountedNotLost() throws Exception {
        Path file = dir.resolve("var/spoofguard/audit.log");
        LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock();
        AuditLog log = new AuditLog(file, clock);
        log.append("admin@x", "release", "quarantine", "Mail1", Optional.empty(), "");
        int written = 0;
        for (int i = 0; i < 10_000; i++) {
            if (log.appendUnauthenticated("guess" + i + "@x", "login-failed", "from 2001:db8::" + Integer.toHexString(i))) {
                written++;
            }
        }
        assertThat(written).isEqualTo(AuditLog.UNAUTHENTICATED_PER_HOUR);
        assertThat(log.all()).hasSize(1 + AuditLog.UNAUTHENTICATED_PER_HOUR);

        // half an hour later half the bucket is back; the first line written says how many were not
        clock.now = clock.now.plus(java.time.Duration.ofMinutes(30));
        assertThat(log.appendUnauthenticated("late@x", "login-blocked", "from 192.0.2.9")).isTrue();
        List<AuditLog.Entry> newest = log.newest(2);
        assertThat(newest.get(0).action()).isEqualTo("login-blocked");
        assertThat(newest.get(1).action()).isEqualTo("login-unrecorded");
        assertThat(newest.get(1).detail()).startsWith((10_000 - AuditLog.UNAUTHENTICATED_PER_HOUR) + " failed or blocked logins");
        int more = 0;
        while (log.appendUnauthenticated("again@x", "login-failed", "from 192.0.2.9")) {
            more++;
        }
        assertThat(more).isBetween(AuditLog.UNAUTHENTICATED_PER_HOUR / 2 - 2, AuditLog.UNAUTHENTICATED_PER_HOUR / 2);
        // an admin's action is always written
        log.append("admin@x", "delete", "quarantine", "Mail2", Optional.empty(), "");
        assertThat(log.newest(1)).extracting(AuditLog.Entry::action).containsExactly("delete");
    }
}
