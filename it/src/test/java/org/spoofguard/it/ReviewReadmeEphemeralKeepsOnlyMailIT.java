package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;

/**
 * README, "What it keeps, and where": "{@code --ephemeral} runs James's in-memory stores instead ...: users, domains,
 * mailboxes and queued mail are then lost when it stops (only {@code data/var/mail/} repositories stay)". After an
 * ephemeral start and stop, every file left in the data directory should then be under {@code var/mail/} (or the
 * launcher's own {@code var/tmp} / {@code var/tmp.lock}).
 */
class ReviewReadmeEphemeralKeepsOnlyMailIT {
    @Test
    void anEphemeralRunLeavesNothingOutsideTheMailRepositories() throws Exception {
        JamesHarness james = new JamesHarness().ephemeral().start();
        try {
            james.addDomain("spoofguard.test").addUser("alice@spoofguard.test", "demo-password");
            james.stop();
            Path data = james.data();
            List<String> kept;
            try (Stream<Path> files = Files.walk(data)) {
                kept = files.filter(Files::isRegularFile)
                    .map(p -> data.relativize(p).toString())
                    .filter(p -> !p.startsWith("var/mail/") && !p.startsWith("var/tmp"))
                    .sorted().toList();
            }
            assertThat(kept).as("files an --ephemeral run left outside data/var/mail/").isEmpty();
        } finally {
            james.close();
        }
    }
}
