package org.spoofguard.persistence;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.james.GuiceJamesServer;
import org.apache.james.JamesServerMain;

/**
 * Runs {@link PersistentJamesServer} the way James's own mains run: {@code -Dworking.directory=DIR} holds
 * {@code conf/}, {@code var/} (stores, queues, repositories) and {@code extensions-jars/};
 * {@code -Dspoofguard.database=URL} overrides {@code database.url} of {@code conf/james-database.properties}.
 */
public final class PersistentJamesServerMain {
    private PersistentJamesServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path workingDirectory = Path.of(System.getProperty("working.directory", "."));
        GuiceJamesServer server = PersistentJamesServer.create(workingDirectory.resolve("conf"), workingDirectory,
            Optional.ofNullable(System.getProperty("spoofguard.database")));
        JamesServerMain.main(server);
    }
}
