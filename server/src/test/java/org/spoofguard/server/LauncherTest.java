package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review (area config): launcher flags with wrong values must fail cleanly, with a message, and exit. */
class LauncherTest {
    @TempDir
    Path data;

    private record Result(boolean exited, int status, String output) {
    }

    private static Result launch(Path data, int waitSeconds, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
            "--conf", Path.of("../conf").toAbsolutePath().toString(), "--data", data.toString()));
        cmd.addAll(List.of(args));
        File log = Files.createTempFile("launcher", ".log").toFile();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
        boolean exited = p.waitFor(waitSeconds, TimeUnit.SECONDS);
        if (!exited) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        log.delete();
        return new Result(exited, exited ? p.exitValue() : -1, output);
    }

    private static String tail(String s) {
        return s.length() <= 4000 ? s : "..." + s.substring(s.length() - 4000);
    }

    /**
     * The SMTP port is taken (another MTA, a second instance): the launcher must exit non-zero with a line saying
     * which port, not hang half-started with James's non-daemon threads keeping the JVM alive (a service manager
     * then sees a "running" server that accepts no mail).
     */
    @Test
    void aPortInUseEndsTheProcessWithAMessageNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            Result r = launch(data, 150, "--ephemeral", "--no-tls", "--smtp-port", port, "--submission-port", "0",
                "--imap-port", "0", "--submissions-port", "0", "--imaps-port", "0", "--webadmin-port", "0",
                "--console-port", "-1");
            assertThat(r.exited()).as("still running 150 s after the bind failure:\n%s", tail(r.output())).isTrue();
            assertThat(r.status()).as(tail(r.output())).isNotZero();
            String lastLines = tail(r.output());
            assertThat(lastLines).as("a message for the admin naming the port").contains("spoofguard-server:").contains(port);
        }
    }

    /**
     * --demo creates alice@, bob@ and postmaster@spoofguard.test with the password printed in the README
     * ("demo-password"), in the persistent store by default (a later start without --demo keeps them). On a
     * non-loopback --listen anyone can AUTH on submission with it and relay through the server. --no-tls is
     * refused off loopback for less; --demo must be refused too, before anything is bound or written.
     */
    @Test
    void demoAccountsWithAPublishedPasswordAreRefusedOffLoopback() throws Exception {
        Result r = launch(data, 150, "--demo", "--listen", "192.0.2.10", "--smtp-port", "0", "--submission-port", "0",
            "--imap-port", "0", "--submissions-port", "0", "--imaps-port", "0", "--webadmin-port", "0",
            "--console-port", "-1");
        assertThat(r.exited()).as("still running after 150 s:\n%s", tail(r.output())).isTrue();
        assertThat(r.status()).as(tail(r.output())).isEqualTo(2);
        assertThat(r.output()).contains("--demo");
    }
}
