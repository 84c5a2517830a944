package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * {@code --ephemeral} (README): James's in-memory stores with our whole mail pipeline. The guards act as on the
 * persistent server (an out-of-office answers proven senders only, also under concurrent mail, which is where
 * James 3.8.1's own memory NotificationRegistry failed), nothing is written to the Derby/ActiveMQ store, and a
 * restart forgets users and domains, as the README says.
 */
class EphemeralServerIT {
    static final String DOMAIN = "spoofguard.test";
    static final String AWAY = "alice@" + DOMAIN;
    static final int HONEST = 6;

    static LoopbackDnsServer dns;
    static SmtpSink sink;
    static JamesHarness james;

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackDnsServer.withZones(
            AutoReplyGuardIT.zone("forged.example", "v=spf1 -all") + "_dmarc IN TXT \"v=DMARC1; p=reject\"\n",
            AutoReplyGuardIT.zone("honest.example", "v=spf1 ip4:127.0.0.0/24 -all"));
        sink = new SmtpSink();
        james = new JamesHarness().ephemeral().dns(dns).relayThrough(sink.port()).start();
        james.addDomain(DOMAIN).addUser(AWAY, "secret");
        james.webadminOk("POST", "/vacation/" + AWAY,
            "{\"enabled\":true,\"subject\":\"away\",\"textBody\":\"back monday\"}");
    }

    @AfterAll
    static void stop() throws Exception {
        james.close();
        sink.close();
        dns.close();
    }

    static void send(String sender, int client) throws Exception {
        try (SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), "127.0.0." + client)) {
            assertThat(c.ehlo("client.example").code()).isEqualTo(250);
            assertThat(c.mailFrom(sender).code()).isEqualTo(250);
            assertThat(c.rcptTo(AWAY).code()).isEqualTo(250);
            SmtpReply reply = c.data("From: " + sender + "\nTo: " + AWAY + "\nSubject: from " + sender
                + "\nMessage-ID: <" + client + "@client.example>\n\nHello.\n");
            assertThat(reply.code()).as("DATA accepted: %s", reply).isEqualTo(250);
            c.quit();
        }
    }

    static long inboxCount() {
        String body = james.webadmin("GET", "/users/" + AWAY + "/mailboxes/INBOX/messageCount", null).body();
        return body.matches("\\d+") ? Long.parseLong(body) : -1;
    }

    @Test
    void guardsWorkInMemoryAndARestartForgetsUsersAndDomains() throws Exception {
        List<String> senders = new ArrayList<>();
        for (int i = 0; i < HONEST; i++) {
            senders.add("user" + i + "@honest.example");
        }
        senders.add("ceo@forged.example");
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < senders.size(); i++) {
                String sender = senders.get(i);
                int client = 70 + i;
                sent.add(pool.submit(() -> {
                    send(sender, client);
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
            .until(() -> inboxCount() == senders.size());
        for (int i = 0; i < HONEST; i++) {
            String sender = senders.get(i);
            sink.await(r -> r.recipients().contains(sender), Duration.ofSeconds(60));
        }
        Thread.sleep(2000);
        assertThat(sink.received()).as("one out-of-office per proven sender, none to the forged one")
            .hasSize(HONEST)
            .noneMatch(r -> r.recipients().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).endsWith("@forged.example")));

        assertThat(james.data().resolve("var/store/derby")).as("no Derby store in memory mode").doesNotExist();
        assertThat(Files.exists(james.data().resolve("var/store/activemq"))).as("no ActiveMQ store in memory mode").isFalse();

        james.restart();
        assertThat(james.webadminOk("GET", "/domains", null).body()).doesNotContain(DOMAIN);
        assertThat(james.webadminOk("GET", "/users", null).body()).doesNotContain(AWAY);
    }
}
