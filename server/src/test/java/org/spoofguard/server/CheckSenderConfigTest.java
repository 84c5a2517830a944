package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review (area config): bin/spoofguard-check on hostile input. "Never throws"; exit 2 for a usage error. */
class CheckSenderConfigTest {
    @TempDir
    Path tmp;

    private record Run(int status, String out, String err, Throwable thrown) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            int status = CheckSender.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), null);
        } catch (Throwable t) {
            return new Run(-1, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), t);
        }
    }

    /** --eml DIR: Files.isReadable is true for a directory; the tool must say so, exit 2, and print no verdict. */
    @Test
    void aDirectoryAsMessageIsAUsageErrorNotAVerdict() {
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
            () -> run("--ip", "192.0.2.1", "--dns", "127.0.0.1:9", "--timeout", "1s", "--mail-from", "a@example.com",
                "--eml", tmp.toString()));
        assertThat(r.thrown()).as("thrown").isNull();
        assertThat(r.status()).as("exit status; stdout:\n%s\nstderr:\n%s", r.out(), r.err()).isEqualTo(2);
    }

    /** An empty --dns was taken silently (system resolvers used instead): a usage error now. */
    @Test
    void anEmptyDnsIsAUsageError() {
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
            () -> run("--ip", "192.0.2.1", "--dns", "", "--timeout", "1s"));
        assertThat(r.thrown()).as("thrown").isNull();
        assertThat(r.status()).as("stderr:\n%s", r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--dns must");
    }

    /**
     * The checker read no conf/spoofguard.properties, so auth.* and dns.* silently fell back to defaults while
     * the README promised the server's verdict: the settings are read and checked like the server's.
     */
    @Test
    void theConfIsReadAndABadKeyIsNamed() throws Exception {
        Files.writeString(tmp.resolve("spoofguard.properties"), "auth.dmarcDiscovery=treewalk\nauth.spfTimeBuget=5s\n");
        Run r = run("--ip", "192.0.2.1", "--dns", "127.0.0.1:9", "--timeout", "1s", "--conf", tmp.toString());
        assertThat(r.thrown()).as("thrown").isNull();
        assertThat(r.status()).as("stderr:\n%s", r.err()).isEqualTo(2);
        assertThat(r.err()).contains("auth.spfTimeBuget");

        Files.writeString(tmp.resolve("spoofguard.properties"), "auth.dmarcDiscovery=sometimes\n");
        Run bad = run("--ip", "192.0.2.1", "--dns", "127.0.0.1:9", "--timeout", "1s", "--conf", tmp.toString());
        assertThat(bad.status()).as("stderr:\n%s", bad.err()).isEqualTo(2);
        assertThat(bad.err()).contains("auth.dmarcDiscovery");
    }

    @Test
    void aMissingConfDirectoryIsAUsageError() {
        Run r = run("--ip", "192.0.2.1", "--dns", "127.0.0.1:9", "--conf", tmp.resolve("nope").toString());
        assertThat(r.status()).as("stderr:\n%s", r.err()).isEqualTo(2);
        assertThat(r.err()).contains("not a directory");
    }
}
