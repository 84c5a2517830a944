package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.apache.james.utils.GuiceProbe;
import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.ImapUsers;
import org.spoofguard.persistence.DatabaseSettings;
import org.spoofguard.persistence.JpaStore;

import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;

/**
 * One IMAP session waiting for the mail store holds no other session. James 3.8.1 reads IMAP commands on Netty's I/O
 * event loops (each shared by many connections) and starts processing there; the blocking JDBC work of its JPA
 * mailbox must therefore run elsewhere, or a user whose command waits for a database lock (or a slow query) stalls
 * every other client on that loop, as a slow DNS lookup did for SMTP ({@link SlowDnsSessionIT}). Here the server has
 * a single event loop per IMAP listener ({@code ioWorkerCount=1}), so both sessions certainly share it; the test
 * holds an exclusive lock on the mailbox table, so one session's STATUS waits in the database for as long as the
 * test wants (no timing guess: the test sees the waiting lock request in the database's own lock table). Meanwhile
 * another user's session must be answered, and a new connection greeted; the first session is answered once the
 * lock is released. James's store leaves the loop at its first mapper call ({@code subscribeOn}), so this passes as
 * shipped; with the processor chain run to its end on the calling thread instead (a throw-away change to
 * {@code OwnMailboxesOnly}: {@code chain.processReactive(...).block()}), the other user's NOOP was not answered
 * within the read timeout ({@code SocketTimeoutException}).
 */
class ImapStoreWaitIT {
    /** Far below the database's own lock wait (Derby: 60 s; PostgreSQL: none), so a stalled loop fails the test. */
    static final int READ_TIMEOUT_MILLIS = 20_000;

    static final Module PROBE = binder -> Multibinder.newSetBinder(binder, GuiceProbe.class).addBinding().to(Probe.class);

    public static class Probe implements GuiceProbe {
        final DatabaseSettings settings;

        @Inject
        public Probe(JpaStore store) {
            this.settings = store.settings();
        }
    }

    @RegisterExtension
    static final ImapUsers users = new ImapUsers("store-wait.test", harness -> harness.with(PROBE)
        .patch("imapserver.xml", xml -> xml
            .replace("<jmxName>imapserver</jmxName>", "<jmxName>imapserver</jmxName>\n<ioWorkerCount>1</ioWorkerCount>")
            .replace("<jmxName>imapserver-ssl</jmxName>", "<jmxName>imapserver-ssl</jmxName>\n<ioWorkerCount>1</ioWorkerCount>")));

    @Test
    void aSessionWaitingForTheStoreHoldsNoOtherSession() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        // both logged in (INBOX provisioned) before the lock, so neither login has to wait for it
        try (TestIMAPClient alice = session().login(users.alice(), ImapUsers.PASSWORD).select(TestIMAPClient.INBOX);
             TestIMAPClient bob = session().login(users.bob(), ImapUsers.PASSWORD);
             Connection db = connect(users.james().server().getProbe(Probe.class).settings)) {
            db.setAutoCommit(false);
            Future<String> status;
            try (Statement lock = db.createStatement()) {
                lock.execute(isDerby() ? "LOCK TABLE JAMES_MAILBOX IN EXCLUSIVE MODE"
                    : "LOCK TABLE JAMES_MAILBOX IN ACCESS EXCLUSIVE MODE");
                long waitingBefore = waitingLocks(db);
                status = pool.submit(() -> alice.sendCommand("STATUS INBOX (MESSAGES)"));
                // alice's STATUS is inside the store, waiting for the table
                await().atMost(Duration.ofSeconds(20)).until(() -> waitingLocks(db) > waitingBefore);

                assertThat(tagged(bob.sendCommand("NOOP"))).as("another user's command meanwhile").contains(" OK ");
                try (TestIMAPClient newcomer = session()) {
                    assertThat(tagged(newcomer.capability())).as("a new connection meanwhile").contains(" OK ");
                }
                assertThat(status).as("alice still waits for the store").isNotDone();
            } finally {
                db.rollback();
            }
            assertThat(status.get(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)).contains("(MESSAGES 0)");
        } finally {
            pool.shutdownNow();
        }
    }

    private static TestIMAPClient session() throws Exception {
        return users.james().imapsSession(Duration.ofMillis(READ_TIMEOUT_MILLIS));
    }

    private static boolean isDerby() throws Exception {
        return users.james().server().getProbe(Probe.class).settings.isDerby();
    }

    private static Connection connect(DatabaseSettings settings) throws Exception {
        Properties credentials = new Properties();
        settings.username().ifPresent(u -> credentials.setProperty("user", u));
        settings.password().ifPresent(p -> credentials.setProperty("password", p));
        return DriverManager.getConnection(settings.url(), credentials);
    }

    /** Lock requests the database has made wait, whoever made them. */
    private static long waitingLocks(Connection db) throws Exception {
        String query = isDerby() ? "SELECT COUNT(*) FROM SYSCS_DIAG.LOCK_TABLE WHERE STATE = 'WAIT'"
            : "SELECT COUNT(*) FROM pg_locks WHERE NOT granted";
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The tagged (last) line of an answer. */
    private static String tagged(String reply) {
        String[] lines = reply.trim().split("\r?\n");
        return lines[lines.length - 1];
    }
}
