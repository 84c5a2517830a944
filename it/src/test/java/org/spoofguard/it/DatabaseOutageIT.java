package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.HoldMail;
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
    /**
     * RetryingLocalDelivery's first delay here (1m in conf/mailetcontainer.xml): longer than the outage the second test
     * makes (15 s after the failure, more than the spooler's ~10 s of re-runs), so the delayed retry normally comes
     * after the store is back; one that comes earlier fails and is retried after twice the delay, and the mail still
     * ends in the mailbox once. The shipped minute only made the test wait.
     */
    static final String FIRST_DELAY = "25s";
    static JamesHarness james;
    static TcpProxy proxy;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresRun(), "PostgreSQL run only");
        proxy = new TcpProxy(TestDatabase.address());
        james = new JamesHarness();
        james.databaseUrl(james.database().urlThrough(proxy.port()).orElseThrow())
            .patch("mailetcontainer.xml", xml -> xml.replace("<firstDelay>1m</firstDelay>", "<firstDelay>" + FIRST_DELAY + "</firstDelay>"))
            // a mail carrying X-Test-Hold waits right before the delivery until the test lets it go
            .patch("mailetcontainer.xml", xml -> {
                String delivery = "            <mailet match=\"IsOverQuota\" class=\"ToProcessor\">";
                int at = xml.indexOf(delivery);
                assertThat(at).as("IsOverQuota in local-delivery").isPositive();
                return xml.substring(0, at) + "            <mailet match=\"HasHeader=X-Test-Hold\" class=\""
                    + HoldMail.class.getName() + "\"/>\n" + xml.substring(at);
            })
            .start();
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

    /**
     * The store goes away while a mail is being delivered, for longer than James 3.8.1's spooler alone would wait
     * (5 immediate re-runs, about ten seconds, then var/mail/error until an admin acts). The mail is delivered once,
     * after the store is back, by RetryingLocalDelivery's delayed retry; nothing lands in the error repository.
     * The mail is accepted while the store is up and held right before the delivery (test mailet HoldMail) until
     * the database is cut.
     */
    @Test
    void aStoreOutageLongerThanTheSpoolersRetriesEndsInTheMailboxOnce() throws Exception {
        HoldMail.reset();
        int inboxBefore = inboxCount();
        assertThat(inboxBefore).isNotNegative();
        long deferredBefore = james.metric("spoofguard_local_delivery_deferred");
        try {
            assertThat(send("held", "X-Test-Hold: yes\r\n").code()).isEqualTo(250);
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> HoldMail.HELD.get() >= 1);
            proxy.cut();
        } finally {
            HoldMail.releaseAll();
        }
        try {
            // failed while the store is down, queued again with a delay: not handed back to the spooler
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> james.metric("spoofguard_local_delivery_deferred") > deferredBefore);
            // longer than the spooler's ~10 s of immediate re-runs: still not parked in the error repository
            Awaitility.await().during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !errorRepositoryHoldsMail());
        } finally {
            proxy.restore();
        }

        // the retry is due FIRST_DELAY after the failure, then James's queue polls every 10 s
        Awaitility.await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1))
            .until(() -> inboxCount() > inboxBefore);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
            .until(() -> james.metric("spoofguard_local_delivery_recovered") >= 1);
        assertThat(inboxCount()).as("delivered once").isEqualTo(inboxBefore + 1);
        assertThat(errorRepositoryHoldsMail()).isFalse();
    }

    /**
     * Any mail in the error repository, read on disk: WebAdmin's repository listing asks the database for the
     * repository URLs and cannot answer while it is down.
     */
    private static boolean errorRepositoryHoldsMail() throws IOException {
        Path dir = james.data().resolve("var/mail/error");
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(Files::isRegularFile);
        }
    }

    private static int inboxCount() {
        var response = james.webadmin("GET", "/users/" + USER + "/mailboxes/INBOX/messageCount", null);
        if (response.statusCode() == 404) {
            return 0; // no INBOX yet: James creates it at the first delivery
        }
        return response.statusCode() == 200 ? Integer.parseInt(response.body().trim()) : -1;
    }

    /** One transaction; the first non-2xx/3xx reply (or the final one) is returned. */
    private static SmtpReply send(String subject) throws Exception {
        return send(subject, "");
    }

    private static SmtpReply send(String subject, String headersOnTop) throws Exception {
        try (SmtpTestClient client = SmtpTestClient.connect(james.smtpPort())) {
            client.ehlo("mx.example.org");
            SmtpReply reply = client.mailFrom("someone@example.org");
            if (reply.isPositive()) {
                reply = client.rcptTo(USER);
            }
            if (reply.isPositive()) {
                reply = client.data(headersOnTop + "From: someone@example.org\r\nTo: " + USER + "\r\nSubject: " + subject + "\r\n\r\nhi\r\n");
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
