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
}
