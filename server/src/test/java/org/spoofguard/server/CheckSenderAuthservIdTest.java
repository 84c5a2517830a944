package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bin/spoofguard-check --authserv-id: the printed Authentication-Results must be a valid header (RFC 8601 §2.2:
 * authserv-id is a value), so an id with CR/LF, blanks or header syntax is a usage error naming the option.
 */
class CheckSenderAuthservIdTest {
    static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String id) {
        // --dns to a closed port and --timeout 1s: a usage error must come before any DNS question anyway
        return CheckSender.run(new String[] {"--ip", "192.0.2.1", "--mail-from", "a@example.test", "--dns", "127.0.0.1:1",
            "--timeout", "1s", "--authserv-id", id}, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mx.test\r\nX-Injected: yes", "mx.test\n", "mx test", "mx.test; spf=pass", "mx(test)", "",
        "mx.tést", "\"mx.test\""})
    void aBadAuthservIdIsRefusedWithExitTwoNamingTheOption(String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run(out, err, id);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--authserv-id");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Authentication-Results");
    }
}
