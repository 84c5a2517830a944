package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.bounce.BounceCause;
import org.spoofguard.core.bounce.BounceDecision;
import org.spoofguard.core.bounce.BounceReportHistory;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.SpoofGuardSettings;

/** The server's report keeps per-day counts and suppressed items in its file across a restart of the services. */
class BounceReportPersistenceTest {
    @TempDir
    Path dir;

    BounceGuardServices services(Path file) {
        return new BounceGuardServices(new SpoofGuardSettings(Map.of("authservId", "mx.test")),
            new RecordingMetricFactory(), Clock.systemUTC(), file.toFile());
    }

    @Test
    void countsAndItemsSurviveARestart() {
        Path file = dir.resolve("var/spoofguard/bounce-report.txt");
        BounceGuardServices first = services(file);
        first.stats().record(BounceCause.MAILBOX_FULL, BounceDecision.suppress("spf=fail", ""), "victim.example");
        first.stats().record(BounceCause.AUTO_REPLY, BounceDecision.send("proven:spf=pass", ""), "ok.example");
        first.stats().recordStored("file://var/mail/suppressed-bounces/", "error-k1", "mailbox-full", "spf=fail",
            "victim.example");
        first.close();

        BounceGuardServices second = services(file);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(second.stats().history().counts(today, BounceCause.MAILBOX_FULL))
            .isEqualTo(new BounceReportHistory.Counts(0, 1));
        assertThat(second.stats().history().counts(today, BounceCause.AUTO_REPLY))
            .isEqualTo(new BounceReportHistory.Counts(1, 0));
        assertThat(second.stats().history().items()).extracting(BounceReportHistory.Item::key).containsExactly("error-k1");
        assertThat(second.stats().totalSuppressed()).as("since-start totals start at zero").isZero();
        second.close();
    }

    @Test
    void aDamagedFileIsSetAsideAndTheServerStillStarts() throws Exception {
        Path file = dir.resolve("bounce-report.txt");
        Files.writeString(file, "not a report\n");

        BounceGuardServices services = services(file);
        services.stats().record(BounceCause.OTHER, BounceDecision.suppress("spf=fail", ""), "x.example");
        services.close();

        assertThat(services.stats().history().days()).hasSize(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("bounce-report.txt")
                .anyMatch(n -> n.startsWith("bounce-report.txt.corrupt-"));
        }
        assertThat(Files.readString(file)).startsWith(BounceReportHistory.HEADER);
    }
}
