package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged line in bank-details.txt (a hand edit, a line written by an older release) costs that line, not the
 * whole memory: forgetting every supplier's account makes each one's next genuine invoice "a new account" and a
 * forger's changed account no longer "a change". The original is kept for the admin; a file without the header
 * (zero length, truncated, foreign) is still set aside whole.
 */
class BankMemoryDamagedLineTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aDamagedLineCostsOnlyThatLine() throws Exception {
        Path f = dir.resolve("bank-details.txt");
        BankMemory m = new BankMemory(null);
        m.learn("danfoss.dk", List.of("DK9520000123456789"), T);
        m.learn("kmd.dk", List.of("DK5000400440116243"), T.plusSeconds(1));
        String text = m.format();
        int firstLineEnd = text.indexOf('\n');
        String damaged = text.substring(0, firstLineEnd + 1) + "ev il.dk\tDK5000400440116243\t" + T + "\t" + T
            + "\t1\n" + "danfoss.dk\tnot-an-iban\t2026\tx\t1\n" + text.substring(firstLineEnd + 1);
        Files.writeString(f, damaged, StandardCharsets.UTF_8);

        BankMemoryFile.Loaded loaded = new BankMemoryFile(f, null).load();

        assertThat(loaded.memory().snapshot()).containsOnlyKeys("danfoss.dk", "kmd.dk");
        assertThat(loaded.memory().snapshot()).isEqualTo(m.snapshot());
        assertThat(loaded.ok()).as("the damage is reported").isFalse();
        assertThat(loaded.problem()).contains("line 2").contains("line 3").doesNotContain("line 4");
        try (var s = Files.list(dir)) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("bank-details.txt.corrupt-")))
                .singleElement().satisfies(p -> assertThat(Files.readString(p)).isEqualTo(damaged));
        }
    }

    @Test
    void aFileWithoutTheHeaderIsStillSetAsideWhole() throws Exception {
        Path f = dir.resolve("bank-details.txt");
        Files.writeString(f, "danfoss.dk\tDK9520000123456789\t" + T + "\t" + T + "\t1\n", StandardCharsets.UTF_8);
        BankMemoryFile.Loaded loaded = new BankMemoryFile(f, null).load();
        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.memory().size()).isZero();
        assertThat(Files.exists(f)).isFalse();
    }
}
