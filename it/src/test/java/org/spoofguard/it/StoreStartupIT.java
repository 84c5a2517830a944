package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.james.GuiceJamesServer;
import org.apache.james.dnsservice.api.DNSService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.it.support.ForkedServer;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.OfflineJamesDns;
import org.spoofguard.server.SpoofGuardServer;

/** A store that cannot be opened stops the start with a message that names it. */
class StoreStartupIT {
    @TempDir
    Path work;

    @Test
    void unreachablePostgresqlNamesTheStore() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Throwable failure = startInProcess(work.resolve("conf"), work.resolve("data"),
            Optional.of("jdbc:postgresql://127.0.0.1:" + closed + "/mail?user=postgres&connectTimeout=2"));
        assertThat(rootToTop(failure)).contains("Cannot open the mail store jdbc:postgresql://127.0.0.1:" + closed + "/mail")
            .contains("is the database server running");
    }

    @Test
    void dataDirectoryInUseByAnotherServerNamesTheStore() throws Exception {
        Path conf = work.resolve("conf");
        JamesHarness.copyTree(JamesHarness.REPOSITORY_CONF, conf);
        Path data = work.resolve("data");
        try (ForkedServer running = ForkedServer.start(conf, data, Optional.empty(), work.resolve("first.log"))) {
            Throwable failure = startInProcess(conf, data, Optional.empty());
            assertThat(rootToTop(failure)).containsAnyOf(
                "Cannot open the mail store jdbc:derby:" + data.toAbsolutePath().normalize(),
                "Cannot open the mail queue store")
                .contains("is another SpoofGuard using this data directory");
        }
    }

    private static Throwable startInProcess(Path conf, Path data, Optional<String> database) throws Exception {
        if (!Files.exists(conf)) {
            JamesHarness.copyTree(JamesHarness.REPOSITORY_CONF, conf);
        }
        JamesHarness.useFreeLoopbackPorts();
        GuiceJamesServer server = SpoofGuardServer.create(conf, data, SpoofGuardServer.Store.PERSISTENT, database,
            List.<com.google.inject.Module>of(binder -> binder.bind(DNSService.class).toInstance(new OfflineJamesDns())));
        Throwable failure = catchThrowable(server::start);
        server.stop();
        assertThat(failure).as("the server started although its store cannot be opened").isNotNull();
        return failure;
    }

    /** Every message of the cause chain, for a start failure wrapped by Guice. */
    private static String rootToTop(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
            if (t.getCause() == t) {
                break;
            }
        }
        return messages.toString();
    }
}
