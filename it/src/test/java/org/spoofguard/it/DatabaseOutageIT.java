package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.TcpProxy;
import org.spoofguard.it.support.TestDatabase;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * PostgreSQL going away while the server runs: SMTP answers 4xx (the sender keeps the mail and retries), never
 * 5xx for our trouble and never a 250 for mail it cannot keep; when the database is back, mail flows again.
 * The database is reached through a {@link TcpProxy} that the test cuts. PostgreSQL run only (an embedded
 * Derby database cannot go away on its own).
 */
class DatabaseOutageIT {
    static final String USER = "alice@outage.test";
    static JamesHarness james;
    static TcpProxy proxy;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresRun(), "PostgreSQL run only");
        proxy = new TcpProxy(TestDatabase.address());
        james = new JamesHarness();
        james.databaseUrl(james.database().urlThrough(proxy.port()).orElseThrow()).start();
        james.addDomain("outage.test").addUser(USER, "secret");
    }

    @AfterAll
    static void stop() throws Exception {
        if (james != null) {
            proxy.restore();
            james.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void databaseDownGives4xxAndMailFlowsWhenItIsBack() throws Exception {
        assertThat(send("before the outage").code()).isEqualTo(250);
        awaitInbox(1);

        proxy.cut();
        SmtpReply during = send("during the outage");
        assertThat(during.code()).as("reply while the database is down: %s", during).isBetween(400, 499);

        proxy.restore();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
            .until(() -> send("after the outage").code() == 250);
        awaitInbox(2);
    }

    /** One transaction; the first non-2xx/3xx reply (or the final one) is returned. */
    private static SmtpReply send(String subject) throws Exception {
        try (SmtpTestClient client = SmtpTestClient.connect(james.smtpPort())) {
            client.ehlo("mx.example.org");
            SmtpReply reply = client.mailFrom("someone@example.org");
            if (reply.isPositive()) {
                reply = client.rcptTo(USER);
            }
            if (reply.isPositive()) {
                reply = client.data("From: someone@example.org\r\nTo: " + USER + "\r\nSubject: " + subject + "\r\n\r\nhi\r\n");
            }
            client.quit();
            return reply;
        }
    }

    private static void awaitInbox(int count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var response = james.webadmin("GET", "/users/" + USER + "/mailboxes/INBOX/messageCount", null);
            return response.statusCode() == 200 && Integer.parseInt(response.body().trim()) >= count;
        });
    }
}
