package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleServerStartTest {
    @TempDir
    Path dir;

    ConsoleServer console(String bind) {
        return new ConsoleServer(ConsoleSettings.parse(Map.of("retentionDays", "0"), bind), null, null, null,
            (repository, key, processor) -> { }, new AuditLog(dir.resolve("audit.log"), Clock.systemUTC()), null, null, "mx.test", Clock.systemUTC());
    }

    @Test
    void aBusyPortStopsTheStartWithAMessageInsteadOfEndingTheJvm() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ConsoleServer console = console("127.0.0.1:" + busy.getLocalPort());
            assertThatThrownBy(console::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot listen on 127.0.0.1:" + busy.getLocalPort()).hasMessageContaining("--console-port");
            console.stop();
        }
    }

    @Test
    void offMeansNoListener() {
        ConsoleServer console = console("127.0.0.1:-1");
        console.start();
        assertThat(console.port()).isEqualTo(-1);
        console.stop();
    }
}
