package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import javax.mail.Flags;
import javax.mail.Folder;
import javax.mail.Message;
import javax.mail.Session;
import javax.mail.Store;
import javax.mail.search.AndTerm;
import javax.mail.search.BodyTerm;
import javax.mail.search.FlagTerm;
import javax.mail.search.NotTerm;
import javax.mail.search.SearchTerm;
import javax.mail.search.SubjectTerm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * Everything an admin or a user set survives a restart of the persistent server: domains, users, aliases and
 * forwards, quotas, Sieve scripts, out-of-office settings, mailboxes with their flags, and mail waiting in the
 * outgoing queue.
 */
class RestartPersistenceIT {
    static final String DOMAIN = "keep.test";
    static final String ALICE = "alice@" + DOMAIN;
    static final String BOB = "bob@" + DOMAIN;
    static final String SCRIPT = "require \"fileinto\";\r\nif header :contains \"subject\" \"zzz\" { fileinto \"Filtered\"; }\r\n";

    JamesHarness james;

    @AfterEach
    void stop() throws Exception {
        if (james != null) {
            james.close();
        }
    }

    @Test
    void whatAdminsAndUsersSetSurvivesARestart() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        // Outgoing mail goes to a gateway that refuses connections: it waits in the outgoing queue for its retry.
        james = new JamesHarness().patch("mailetcontainer.xml", xml -> xml.replace(
                "<outgoingQueue>outgoing</outgoingQueue>",
                "<outgoingQueue>outgoing</outgoingQueue>\n<gateway>127.0.0.1</gateway>\n<gatewayPort>" + closed + "</gatewayPort>")
                // the next attempt only after the test: the mail stays put in the queue, not in flight
                .replace("<delayTime>2*5 minutes, 4*30 minutes, 8*2 hours, 24*4 hours</delayTime>", "<delayTime>600000</delayTime>"))
            .start();
        james.addDomain(DOMAIN).addUser(ALICE, "secret").addUser(BOB, "secret");
        james.webadminOk("PUT", "/address/aliases/" + ALICE + "/sources/sales@" + DOMAIN, null);
        james.webadminOk("PUT", "/address/forwards/" + BOB + "/targets/bob@far.example", null);
        plainText("PUT", "/quota/users/" + ALICE + "/count", "100");
        plainText("PUT", "/quota/users/" + ALICE + "/size", "5000000");
        HttpResponse<String> sieve = plainText("PUT", "/sieve/" + ALICE + "/scripts/main?activate=true", SCRIPT);
        james.webadminOk("POST", "/vacation/" + BOB, "{\"enabled\":true,\"subject\":\"Ferie\",\"textBody\":\"Tilbage mandag\"}");

        send(ALICE, "flag me");
        send("someone@far.example", "waiting outside");
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(ALICE).length == 1);
        try (Store store = imap(ALICE)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.getMessage(1).setFlag(Flags.Flag.FLAGGED, true);
            inbox.close(false);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> james.webadminOk("GET", "/mailQueues/outgoing", null).body()
            .contains("\"size\":1"));

        james.restart();

        assertThat(james.webadmin("GET", "/domains/" + DOMAIN, null).statusCode()).isEqualTo(204);
        assertThat(james.webadmin("HEAD", "/users/" + BOB, null).statusCode()).isEqualTo(200);
        assertThat(james.webadminOk("GET", "/address/aliases/" + ALICE, null).body()).contains("sales@" + DOMAIN);
        assertThat(james.webadminOk("GET", "/address/forwards/" + BOB, null).body()).contains("bob@far.example");
        assertThat(james.webadminOk("GET", "/quota/users/" + ALICE, null).body())
            .contains("\"count\":100").contains("\"size\":5000000");
        assertThat(sieve.statusCode() / 100).as("Sieve script upload: %s", sieve.body()).isEqualTo(2);
        assertThat(james.webadminOk("GET", "/vacation/" + BOB, null).body())
            .contains("\"enabled\":true").contains("\"subject\":\"Ferie\"").contains("\"textBody\":\"Tilbage mandag\"");
        assertThat(james.webadminOk("GET", "/mailQueues/outgoing", null).body()).contains("\"size\":1");
        Message[] messages = inbox(ALICE);
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getFlags().contains(Flags.Flag.FLAGGED)).isTrue();
        // IMAP SEARCH scans the store (ScanningMessageSearchIndex): body, header and flag criteria, and a miss.
        assertThat(search(ALICE, new BodyTerm("BODY"))).isEqualTo(1);
        assertThat(search(ALICE, new BodyTerm("nowhere in the body"))).isZero();
        assertThat(search(ALICE, new AndTerm(new SubjectTerm("flag me"),
            new FlagTerm(new Flags(Flags.Flag.FLAGGED), true)))).isEqualTo(1);
        assertThat(search(ALICE, new NotTerm(new FlagTerm(new Flags(Flags.Flag.FLAGGED), true)))).isZero();
        assertThat(login(ALICE, "secret")).as("password of a user created before the restart").isTrue();
        // WebAdmin 3.8.1 cannot read a Sieve script back: the script shows that it survived by acting.
        send(ALICE, "zzz sorted by the script");
        await().atMost(Duration.ofSeconds(30)).until(() ->
            james.webadmin("GET", "/users/" + ALICE + "/mailboxes/Filtered/messageCount", null).body().trim().equals("1"));
        assertThat(inbox(ALICE)).hasSize(1);
    }

    private HttpResponse<String> plainText(String method, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + james.webadminPort() + path))
                .header("Content-Type", "text/plain").method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private void send(String to, String subject) throws Exception {
        try (SmtpTestClient smtp = SmtpTestClient.connect(james.smtpPort())) {
            smtp.ehlo("relay.keep.test");
            smtp.mailFrom(ALICE);
            assertThat(smtp.rcptTo(to).code()).isEqualTo(250);
            assertThat(smtp.data("From: " + ALICE + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\nbody\r\n").code())
                .isEqualTo(250);
            smtp.quit();
        }
    }

    private Store imap(String user) throws Exception {
        Properties properties = JamesHarness.javaMailImaps(james.clientTls());
        Store store = Session.getInstance(properties).getStore("imaps");
        store.connect("127.0.0.1", james.imapsPort(), user, "secret");
        return store;
    }

    private boolean login(String user, String password) {
        try (Store ignored = imap(user)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private int search(String user, SearchTerm term) throws Exception {
        try (Store store = imap(user)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int hits = inbox.search(term).length;
            inbox.close(false);
            return hits;
        }
    }

    private Message[] inbox(String user) throws Exception {
        try (Store store = imap(user)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            for (Message message : messages) {
                message.getFlags();
            }
            inbox.close(false);
            return messages;
        }
    }
}
