package org.spoofguard.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * Which store the end-to-end servers use in this run.
 *
 * <p>The default run uses the server's default, embedded Derby under each server's data directory. The
 * PostgreSQL run (system property {@code spoofguard.it.store=postgresql}, a second Surefire execution of this
 * module) gives every server a database of its own on 127.0.0.1:5432, created empty and dropped afterwards, so
 * runs never see each other's users or mail. When nothing answers on 5432 that run's tests are skipped with a
 * message saying so.
 */
public final class TestDatabase {
    public static final String PROPERTY = "spoofguard.it.store";
    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/test";
    private static final String USER = System.getProperty("spoofguard.it.pg.user", "postgres");

    private final Optional<String> name;

    private TestDatabase(Optional<String> name) {
        this.name = name;
    }

    public static boolean postgresRun() {
        return "postgresql".equals(System.getProperty(PROPERTY, "derby").toLowerCase(Locale.ROOT));
    }

    /** Derby (no URL: the server's default) or, in the PostgreSQL run, a new empty database. */
    public static TestDatabase forThisRun() {
        if (!postgresRun()) {
            return new TestDatabase(Optional.empty());
        }
        Assumptions.assumeTrue(answers(), "PostgreSQL run skipped: no server answers on " + HOST + ":" + PORT);
        String database = "spoofguard_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + database);
        return new TestDatabase(Optional.of(database));
    }

    public boolean isPostgres() {
        return name.isPresent();
    }

    /** The {@code --database} URL for the server; empty means the default embedded Derby. */
    public Optional<String> url() {
        return urlThrough(PORT);
    }

    /** The same database reached through another port on 127.0.0.1 (a {@link TcpProxy} in front of it). */
    public Optional<String> urlThrough(int port) {
        return name.map(n -> "jdbc:postgresql://" + HOST + ":" + port + "/" + n + "?user=" + USER
            // fail fast when the database is unreachable: a blocked SMTP session is worse than a 4xx
            + "&connectTimeout=3&socketTimeout=10");
    }

    public static InetSocketAddress address() {
        return new InetSocketAddress(HOST, PORT);
    }

    public void drop() {
        name.ifPresent(n -> execute("DROP DATABASE IF EXISTS " + n + " WITH (FORCE)"));
    }

    static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + ADMIN_URL + " failed: " + e.getMessage(), e);
        }
    }
}
