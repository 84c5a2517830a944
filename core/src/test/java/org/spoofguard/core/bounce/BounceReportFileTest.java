package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BounceReportFileTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    @Test
    void savedHistoryLoadsBackEqual() throws Exception {
        BounceReportHistory h = BounceReportHistory.empty(400, 100)
            .plus(DAY, BounceCause.MAILBOX_FULL, false)
            .plus(DAY, BounceCause.MAILBOX_FULL, false)
            .plus(DAY, BounceCause.MAILBOX_FULL, true)
            .plus(DAY.plusDays(1), BounceCause.AUTO_REPLY, false)
            .plusItem(new BounceReportHistory.Item(Instant.parse("2026-11-30T10:15:30Z"),
                "file://var/mail/suppressed-bounces/", "error-Mail 1 + x", "mailbox-full", "spf=fail", "-"));
        BounceReportFile file = new BounceReportFile(dir.resolve("sub/report.txt"), 400, 100);
        file.save(h);

        BounceReportFile.Loaded loaded = file.load();

        assertThat(loaded.ok()).as(loaded.problem()).isTrue();
        assertThat(loaded.history().counts(DAY, BounceCause.MAILBOX_FULL)).isEqualTo(new BounceReportHistory.Counts(1, 2));
        assertThat(loaded.history().counts(DAY.plusDays(1), BounceCause.AUTO_REPLY))
            .isEqualTo(new BounceReportHistory.Counts(0, 1));
        assertThat(loaded.history().items()).isEqualTo(h.items());
        assertThat(loaded.history().format()).isEqualTo(h.format());
        try (Stream<Path> files = Files.list(dir.resolve("sub"))) {
            assertThat(files).as("no temporary file left").containsExactly(dir.resolve("sub/report.txt"));
        }
    }

    @Test
    void missingFileIsAnEmptyHistoryWithoutProblem() {
        BounceReportFile.Loaded loaded = new BounceReportFile(dir.resolve("none.txt"), 400, 100).load();
        assertThat(loaded.ok()).isTrue();
        assertThat(loaded.history().days()).isEmpty();
    }

    @Test
    void corruptFileIsMovedAsideAndCountingStartsFromZero() throws Exception {
        Path path = dir.resolve("report.txt");
        Files.writeString(path, BounceReportHistory.HEADER + "\nday 2026-11-30 mailbox-full 1 2\nday 2026-13-01 other 1\n");
        BounceReportFile file = new BounceReportFile(path, 400, 100);

        BounceReportFile.Loaded loaded = file.load();

        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.problem()).contains("line 3").contains(".corrupt-");
        assertThat(loaded.history().days()).isEmpty();
        assertThat(path).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).singleElement().satisfies(p -> {
                assertThat(p.getFileName().toString()).startsWith("report.txt.corrupt-");
                assertThat(Files.readString(p)).contains("2026-13-01");
            });
        }
        file.save(loaded.history().plus(DAY, BounceCause.OTHER, true));
        assertThat(file.load().history().counts(DAY, BounceCause.OTHER)).isEqualTo(new BounceReportHistory.Counts(1, 0));
    }

    @Test
    void otherDamageIsCorruptToo() throws Exception {
        Path path = dir.resolve("r.txt");
        for (byte[] content : new byte[][] {"".getBytes(StandardCharsets.UTF_8), "garbage\n".getBytes(StandardCharsets.UTF_8),
            (BounceReportHistory.HEADER + "\nday 2026-11-30 no-such-cause 1 1\n").getBytes(StandardCharsets.UTF_8),
            (BounceReportHistory.HEADER + "\nday 2026-11-30 other -1 1\n").getBytes(StandardCharsets.UTF_8),
            (BounceReportHistory.HEADER + "\nitem yesterday x y z a b\n").getBytes(StandardCharsets.UTF_8),
            {(byte) 0xff, (byte) 0xfe, 0}}) {
            Files.write(path, content);
            BounceReportFile.Loaded loaded = new BounceReportFile(path, 400, 100).load();
            assertThat(loaded.ok()).as(new String(content, StandardCharsets.UTF_8)).isFalse();
            assertThat(path).doesNotExist();
        }
    }

    @Test
    void aNewerHistoryLeavesTheOlderOneAsItWas() {
        BounceReportHistory one = BounceReportHistory.EMPTY.plus(DAY, BounceCause.OTHER, false)
            .plus(DAY.plusDays(1), BounceCause.OTHER, false);
        BounceReportHistory two = one.plus(DAY, BounceCause.OTHER, false).plus(DAY, BounceCause.MAILBOX_FULL, true);

        assertThat(one.counts(DAY, BounceCause.OTHER)).isEqualTo(new BounceReportHistory.Counts(0, 1));
        assertThat(one.counts(DAY, BounceCause.MAILBOX_FULL)).isEqualTo(BounceReportHistory.Counts.ZERO);
        assertThat(two.counts(DAY, BounceCause.OTHER)).isEqualTo(new BounceReportHistory.Counts(0, 2));
        assertThat(two.counts(DAY.plusDays(1), BounceCause.OTHER)).isEqualTo(new BounceReportHistory.Counts(0, 1));
    }

    @Test
    void historyIsBoundedToTheNewestDaysAndItems() {
        BounceReportHistory h = BounceReportHistory.empty(3, 2);
        for (int i = 0; i < 10; i++) {
            h = h.plus(DAY.plusDays(i), BounceCause.OTHER, false)
                .plusItem(new BounceReportHistory.Item(Instant.EPOCH.plusSeconds(i), "memory://x/", "k" + i, "other", "r", "d"));
        }
        assertThat(h.days().keySet()).containsExactly(DAY.plusDays(7), DAY.plusDays(8), DAY.plusDays(9));
        assertThat(h.items()).extracting(BounceReportHistory.Item::key).containsExactly("k8", "k9");
        assertThat(BounceReportHistory.parse(BounceReportHistory.empty(400, 100).plus(DAY, BounceCause.OTHER, true)
            .plus(DAY.plusDays(1), BounceCause.OTHER, true).format(), 1, 100).days().keySet())
            .containsExactly(DAY.plusDays(1));
    }

    @Test
    void statsCountPerUtcDayListStoredItemsAndSignalChanges() {
        int[] changes = {0};
        BounceStats stats = new BounceStats(10, Clock.fixed(Instant.parse("2026-11-30T23:59:59Z"), ZoneOffset.ofHours(5)));
        stats.onChange(() -> changes[0]++);
        stats.record(BounceCause.MAILBOX_FULL, BounceDecision.suppress("spf=fail", ""), "victim.example");
        stats.recordStored("file://var/mail/suppressed-bounces/", "error-abc", "mailbox-full", "spf=fail",
            "victim.example");

        assertThat(changes[0]).isEqualTo(2);
        assertThat(stats.history().counts(DAY, BounceCause.MAILBOX_FULL)).isEqualTo(new BounceReportHistory.Counts(0, 1));
        assertThat(stats.toJson()).contains("\"byDay\":[{\"date\":\"2026-11-30\",\"byCause\":{\"mailbox-full\":{\"sent\":0,\"suppressed\":1}}}]")
            .contains("\"key\":\"error-abc\"")
            .contains("\"webadmin\":\"/mailRepositories/var%2Fmail%2Fsuppressed-bounces%2F/mails/error-abc\"");
    }
}
