package org.spoofguard.core.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCalloutCacheTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));

    @Test
    void truncatedAndGarbageLinesAreSkippedOnLoad() throws Exception {
        Instant later = clock.instant().plus(Duration.ofHours(1));
        Files.writeString(dir.resolve(FileCalloutCache.FILE_NAME),
            "# header\n"
                + later.toEpochMilli() + " A h:25 good@x.test\n"
                + "garbage line\n"
                + "12 Q h:25 bad@x.test\n"
                + later.toEpochMilli() + " R h:25 gone@x.test\n"
                + clock.instant().minusSeconds(1).toEpochMilli() + " A h:25 expired@x.test\n"
                + later.toEpochMilli() + " A h:25 gone@x.test\n"
                + "17", StandardCharsets.UTF_8);
        try (FileCalloutCache c = FileCalloutCache.open(dir, 100, clock)) {
            assertThat(c.get("h:25 good@x.test", clock.instant())).hasValueSatisfying(e -> assertThat(e.exists()).isTrue());
            assertThat(c.get("h:25 gone@x.test", clock.instant())).hasValueSatisfying(e -> assertThat(e.exists()).isTrue());
            assertThat(c.get("h:25 expired@x.test", clock.instant())).isEmpty();
            assertThat(c.get("h:25 bad@x.test", clock.instant())).isEmpty();
            assertThat(c.size()).isEqualTo(2);
        }
        // rewritten on open/close: only live entries remain, no temp files left behind
        assertThat(Files.readAllLines(dir.resolve(FileCalloutCache.FILE_NAME))).hasSize(3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(FileCalloutCache.FILE_NAME);
        }
    }

    @Test
    void appendedEntriesSurviveWithoutCleanClose() throws Exception {
        FileCalloutCache c = FileCalloutCache.open(dir, 100, clock);
        c.put("h:25 \"quoted local\"@x.test", new CalloutCache.Entry(false, clock.instant().plusSeconds(60)));
        // no close(): simulates a crash after the append was flushed
        try (FileCalloutCache again = FileCalloutCache.open(dir, 100, clock)) {
            assertThat(again.get("h:25 \"quoted local\"@x.test", clock.instant()))
                .hasValueSatisfying(e -> assertThat(e.exists()).isFalse());
        }
        c.close();
    }

    @Test
    void entriesAreBoundedDroppingThoseExpiringFirst() throws Exception {
        try (FileCalloutCache c = FileCalloutCache.open(dir, 10, clock)) {
            for (int i = 0; i < 25; i++) {
                c.put("k" + i, new CalloutCache.Entry(true, clock.instant().plusSeconds(100 + i)));
            }
            assertThat(c.size()).isLessThanOrEqualTo(10);
            assertThat(c.get("k24", clock.instant())).isPresent();
            assertThat(c.get("k0", clock.instant())).isEmpty();
        }
    }

    @Test
    void journalIsCompactedWhenItGrows() throws Exception {
        try (FileCalloutCache c = FileCalloutCache.open(dir, 100, clock)) {
            for (int i = 0; i < 2500; i++) {
                c.put("same-key", new CalloutCache.Entry(i % 2 == 0, clock.instant().plusSeconds(100)));
            }
            assertThat(Files.readAllLines(dir.resolve(FileCalloutCache.FILE_NAME)).size()).isLessThan(1100);
            assertThat(c.get("same-key", clock.instant())).hasValueSatisfying(e -> assertThat(e.exists()).isFalse());
        }
    }

    @Test
    void keysWithLineBreaksAreRefused() throws Exception {
        try (FileCalloutCache c = FileCalloutCache.open(dir, 100, clock)) {
            c.put("a\nb", new CalloutCache.Entry(true, clock.instant().plusSeconds(100)));
            assertThat(c.size()).isZero();
        }
    }
}
