package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTlsTest {
    @TempDir
    Path data;

    @Test
    void clearTextIsAllowedOnLoopbackOnly() {
        assertThat(Launcher.clearTextRefusal("127.0.0.1", false)).isEmpty();
        assertThat(Launcher.clearTextRefusal("::1", false)).isEmpty();
        assertThat(Launcher.clearTextRefusal("0.0.0.0", false)).get().asString().contains("without TLS");
        assertThat(Launcher.clearTextRefusal("192.0.2.10", false)).isPresent();
        assertThat(Launcher.clearTextRefusal("0.0.0.0", true)).isEmpty();
    }

    @Test
    void publicListenWithoutTlsRefusesToStartAndSaysWhy() throws Exception {
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
            "--conf", Path.of("../conf").toAbsolutePath().toString(), "--data", data.toString(),
            "--listen", "0.0.0.0", "--no-tls")
            .redirectErrorStream(true).start();
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(launcher.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("refusing to listen on 0.0.0.0 without TLS").contains("clear text");
        assertThat(List.of(data.toFile().list())).as("nothing started, nothing written").isEmpty();
    }

    @Test
    void everyBindHostIsRead() {
        assertThat(Launcher.bindHosts("0.0.0.0:25")).containsExactly("0.0.0.0");
        assertThat(Launcher.bindHosts("[::]:587")).containsExactly("::");
        assertThat(Launcher.bindHosts("127.0.0.1:2525, 192.0.2.10:25")).containsExactly("127.0.0.1", "192.0.2.10");
        assertThat(Launcher.bindHosts("127.0.0.1")).containsExactly("127.0.0.1");
    }

    /** The bind properties (SPOOFGUARD_JAVA_OPTS) override --listen; --no-tls looked at --listen only. */
    @Test
    void aPublicBindPropertyWithoutTlsRefusesToStart() throws Exception {
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), "-D" + ServerPorts.SUBMISSION + "=0.0.0.0:5587",
            Launcher.class.getName(), "--conf", Path.of("../conf").toAbsolutePath().toString(), "--data", data.toString(),
            "--no-tls")
            .redirectErrorStream(true).start();
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(launcher.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("refusing to listen on 0.0.0.0 without TLS");
        assertThat(List.of(data.toFile().list())).as("nothing started, nothing written").isEmpty();
    }

    /**
     * The certificate reload asked James's WebAdmin without a timeout: a WebAdmin that accepted the connection and
     * never answered hung the watcher's only thread, and no later renewal was ever loaded. It gives up, with an error
     * the watcher logs and retries after.
     */
    @Test
    void theCertificateReloadGivesUpOnAWebAdminThatDoesNotAnswer() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(25), () ->
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> Launcher.reloadCertificates(silent.getLocalPort()))
                    .isInstanceOf(java.io.IOException.class));
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(20));
        }
    }
}
