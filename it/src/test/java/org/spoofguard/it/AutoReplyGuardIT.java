package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * Issue 10 end to end: a local user's out-of-office (WebAdmin /vacation) answers proven senders once each and
 * forged senders never. forged.example publishes SPF -all and DMARC p=reject (the bundled MX only records, so
 * the forged mails are accepted and reach VacationMailet); honest.example's SPF lists the test clients.
 * Everything James sends out goes to the sink, so the sink sees every auto-reply that would leave the server.
 * {@link EphemeralServerIT} runs the same on the in-memory server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoReplyGuardIT {
    static final String DOMAIN = "spoofguard.test";
    static final String AWAY = "alice@" + DOMAIN;
    static final int SENDERS = 10;

    LoopbackDnsServer dns;
    SmtpSink sink;
    JamesHarness james;

    /** The server under test, not started. */
    JamesHarness newHarness() {
        return new JamesHarness();
    }

    @BeforeAll
    void start() throws Exception {
        dns = LoopbackDnsServer.withZones(
            zone("forged.example", "v=spf1 -all") + "_dmarc IN TXT \"v=DMARC1; p=reject\"\n",
            zone("honest.example", "v=spf1 ip4:127.0.0.0/24 -all"));
        sink = new SmtpSink();
        james = newHarness().dns(dns).relayThrough(sink.port()).start();
        james.addDomain(DOMAIN).addUser(AWAY, "secret");
        james.webadminOk("POST", "/vacation/" + AWAY,
            "{\"enabled\":true,\"subject\":\"away\",\"textBody\":\"back monday\"}");
    }

    @AfterAll
    void stop() throws Exception {
        james.close();
        sink.close();
        dns.close();
    }

    static String zone(String origin, String spf) {
        return "$ORIGIN " + origin + ".\n$TTL 300\n@ IN SOA ns." + origin + ". hostmaster." + origin
            + ". 1 3600 600 86400 60\n@ IN NS ns." + origin + ".\nns IN A 127.0.0.1\n@ IN TXT \"" + spf + "\"\n";
    }

    void send(String mailFrom, String from, String extraHeaders, String subject) throws Exception {
        send(AWAY, mailFrom, from, extraHeaders, subject);
    }

    void send(String to, String mailFrom, String from, String extraHeaders, String subject) throws Exception {
        try (SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), "127.0.0.61")) {
            assertThat(c.ehlo("client.example").code()).isEqualTo(250);
            assertThat(c.mailFrom(mailFrom).code()).isEqualTo(250);
            assertThat(c.rcptTo(to).code()).isEqualTo(250);
            SmtpReply reply = c.data("From: " + from + "\nTo: " + to + "\nSubject: " + subject
                + "\nMessage-ID: <" + subject + "@client.example>\n" + extraHeaders + "\nBody of " + subject + ".\n");
            assertThat(reply.code()).as("DATA accepted: %s", reply).isEqualTo(250);
            c.quit();
        }
    }

    List<SmtpSink.Received> to(String address) {
        List<SmtpSink.Received> out = new ArrayList<>();
        for (SmtpSink.Received r : sink.received()) {
            if (r.recipients().stream().anyMatch(a -> a.equalsIgnoreCase(address))) {
                out.add(r);
            }
        }
        return out;
    }

    long inboxCount() {
        String body = james.webadmin("GET", "/users/" + AWAY + "/mailboxes/INBOX/messageCount", null).body();
        return body.matches("\\d+") ? Long.parseLong(body) : -1;
    }

    @Test
    @Order(1)
    void outOfOfficeGoesOnlyToProvenSendersOnceEach() throws Exception {
        List<String> honest = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            send("ceo" + i + "@forged.example", "ceo" + i + "@forged.example", "", "forged-" + i);
            String sender = "user" + i + "@honest.example";
            honest.add(sender);
            send(sender, sender, "", "honest-" + i);
        }
        // RFC 3834 §2 cases, all from proven senders: only the header keeps them from being answered.
        send("", "mailer-daemon@honest.example", "", "null-sender");
        send("auto@honest.example", "auto@honest.example", "Auto-Submitted: auto-replied\n", "auto-submitted");
        send("bulk@honest.example", "bulk@honest.example", "Precedence: bulk\n", "precedence-bulk");
        send("list@honest.example", "list@honest.example", "List-Id: <team.honest.example>\n", "list-id");
        // From differs from MAIL FROM: a trusted-looking From does not help a forged return path...
        send("cfo@forged.example", "boss@honest.example", "", "from-honest-mailfrom-forged");
        // ...and a proven return path is answered there, never at the From.
        send("relay@honest.example", "someone@elsewhere.example", "", "from-other-mailfrom-honest");
        honest.add("relay@honest.example");
        int accepted = 2 * SENDERS + 6;

        // Every mail went through local-delivery (VacationMailet runs before LocalDelivery)...
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
            .until(() -> inboxCount() == accepted);
        // ...and each proven sender's reply has left through RemoteDelivery.
        for (String sender : honest) {
            sink.await(r -> r.recipients().contains(sender), Duration.ofSeconds(60));
        }
        // Replies are queued in the order the mails were processed; a short grace catches any stray one.
        Thread.sleep(3000);

        for (String sender : honest) {
            List<SmtpSink.Received> replies = to(sender);
            assertThat(replies).as("exactly one auto-reply to %s", sender).hasSize(1);
            SmtpSink.Received reply = replies.get(0);
            assertThat(reply.mailFrom()).as("VacationMailet replies from <>").isEmpty();
            assertThat(reply.recipients()).containsExactly(sender);
            assertThat(reply.content()).contains("Subject: away").contains("back monday")
                .containsIgnoringCase("Auto-Submitted: auto-replied");
        }
        List<SmtpSink.Received> toForged = sink.received().stream()
            .filter(r -> r.recipients().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).endsWith("@forged.example")))
            .toList();
        assertThat(toForged).as("no auto-reply to a forged return path").isEmpty();
        for (String special : List.of("mailer-daemon@honest.example", "auto@honest.example", "bulk@honest.example",
            "list@honest.example", "boss@honest.example", "someone@elsewhere.example")) {
            assertThat(to(special)).as("no auto-reply to %s", special).isEmpty();
        }
        assertThat(sink.received()).as("nothing else left the server").hasSize(honest.size());

        String report = james.webadminOk("GET", "/spoofguard/bounces", null).body();
        assertThat(number(report, "\"auto-reply\":\\{\"sent\":(\\d+)")).isEqualTo(honest.size());
        assertThat(number(report, "\"auto-reply\":\\{\"sent\":\\d+,\"suppressed\":(\\d+)"))
            .isEqualTo(SENDERS + 5);
        assertThat(report).contains("\"domain\":\"forged.example\",\"count\":" + (SENDERS + 1));
        assertThat(james.metric("spoofguard_autoreply_suppressed_spf_fail")).isEqualTo(SENDERS + 1);
        assertThat(james.metric("spoofguard_autoreply_allowed")).isEqualTo(honest.size());
    }

    /**
     * RFC 3834 §2: a responder should not answer the same sender again within the period. Who was answered is kept
     * under the data directory, so a restart does not answer every sender of the absence a second time.
     */
    @Test
    @Order(2)
    void anAnsweredSenderIsNotAnsweredAgainAfterARestart() throws Exception {
        String sender = "user0@honest.example";
        sink.await(r -> r.recipients().contains(sender), Duration.ofSeconds(60));
        long before = inboxCount();

        james.restart();
        send(sender, sender, "", "honest-again");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
            .until(() -> inboxCount() == before + 1);
        Thread.sleep(3000);
        assertThat(to(sender)).as("answered once, before the restart only").hasSize(1);
    }

    static final String SIEVE_USER = "sam@" + DOMAIN;
    static final String SIEVE_FAN = "fan@honest.example";

    /**
     * A user's own Sieve {@code vacation} (RFC 5230): answered from {@code <>}, marked {@code Auto-Submitted:
     * auto-replied} (so another responder, ours included, leaves it unanswered: no responder loop), once per sender
     * within {@code :days}; a forged sender and an automatic mail get nothing.
     */
    @Test
    @Order(3)
    void sieveVacationAnswersOnceFromTheNullSenderMarkedAutoReplied() throws Exception {
        james.addUser(SIEVE_USER, "secret");
        java.net.http.HttpResponse<String> upload = java.net.http.HttpClient.newHttpClient().send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + james.webadminPort()
                    + "/sieve/" + SIEVE_USER + "/scripts/main?activate=true"))
                .header("Content-Type", "text/plain")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                    "require \"vacation\";\r\nvacation :days 7 :subject \"sieve away\" \"gone fishing\";\r\n"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode() / 100).as("Sieve upload: %s", upload.body()).isEqualTo(2);
        int before = sink.received().size();

        for (int i = 0; i < 3; i++) {
            send(SIEVE_USER, SIEVE_FAN, SIEVE_FAN, "", "sieve-" + i);
        }
        send(SIEVE_USER, "ceo@forged.example", "ceo@forged.example", "", "sieve-forged");
        send(SIEVE_USER, "robot@honest.example", "robot@honest.example", "Auto-Submitted: auto-replied\n", "sieve-auto");

        SmtpSink.Received reply = sink.await(r -> r.recipients().contains(SIEVE_FAN), Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> james.webadmin("GET",
            "/users/" + SIEVE_USER + "/mailboxes/INBOX/messageCount", null).body().trim().equals("5"));
        Thread.sleep(3000);
        assertThat(reply.mailFrom()).as("RFC 5230 §5.1: from <>").isEmpty();
        assertThat(reply.content()).containsIgnoringCase("Auto-Submitted: auto-replied").contains("Subject: sieve away")
            .contains("gone fishing").containsPattern("In-Reply-To: <sieve-[0-2]@client\\.example>");
        assertThat(to(SIEVE_FAN)).as("RFC 5230 §4.1: once per sender within :days").hasSize(1);
        assertThat(sink.received()).as("nothing to the forged or the automatic sender").hasSize(before + 1);
    }

    /** The Sieve vacation's memory is the out-of-office's registry: on the persistent server it survives a restart. */
    @Test
    @Order(4)
    void sieveVacationDoesNotAnswerAgainAfterARestart() throws Exception {
        sink.await(r -> r.recipients().contains(SIEVE_FAN), Duration.ofSeconds(60));
        james.restart();
        send(SIEVE_USER, SIEVE_FAN, SIEVE_FAN, "", "sieve-after-restart");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> james.webadmin("GET",
            "/users/" + SIEVE_USER + "/mailboxes/INBOX/messageCount", null).body().trim().equals("6"));
        Thread.sleep(3000);
        assertThat(to(SIEVE_FAN)).as("answered once, before the restart only").hasSize(1);
    }

    void uploadSieve(String user, String script) throws Exception {
        java.net.http.HttpResponse<String> upload = java.net.http.HttpClient.newHttpClient().send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + james.webadminPort()
                    + "/sieve/" + user + "/scripts/main?activate=true"))
                .header("Content-Type", "text/plain")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(script))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode() / 100).as("Sieve upload: %s", upload.body()).isEqualTo(2);
    }

    void awaitInbox(String user, int count) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> james.webadmin("GET",
            "/users/" + user + "/mailboxes/INBOX/messageCount", null).body().trim().equals(String.valueOf(count)));
    }

    /**
     * A user with both a WebAdmin out-of-office and a Sieve vacation answered a sender twice (each responder kept its
     * own record); now the two share it: one auto-reply per sender per period per user.
     */
    @Test
    @Order(5)
    void aUserWithAnOutOfOfficeAndASieveVacationAnswersASenderOnce() throws Exception {
        String both = "both@" + DOMAIN;
        String fan = "both-fan@honest.example";
        james.addUser(both, "secret");
        james.webadminOk("POST", "/vacation/" + both,
            "{\"enabled\":true,\"subject\":\"away\",\"textBody\":\"back monday\"}");
        uploadSieve(both, "require \"vacation\";\r\nvacation :days 7 :subject \"sieve away\" \"gone fishing\";\r\n");
        send(both, fan, fan, "", "both-1");
        send(both, fan, fan, "", "both-2");
        sink.await(r -> r.recipients().contains(fan), Duration.ofSeconds(60));
        awaitInbox(both, 2);
        Thread.sleep(3000);
        assertThat(to(fan)).as("one auto-reply, from either responder").hasSize(1);
    }

    /** RFC 5230 §4.5: a {@code :from} that is another user's address is not used; the reply is from the user. */
    @Test
    @Order(6)
    void aSieveVacationFromAnotherUsersAddressIsSentFromTheUser() throws Exception {
        String user = "pat@" + DOMAIN;
        String fan = "pat-fan@honest.example";
        james.addUser(user, "secret");
        uploadSieve(user, "require \"vacation\";\r\nvacation :days 7 :from \"" + AWAY + "\" \"gone fishing\";\r\n");
        send(user, fan, fan, "", "pat-1");
        SmtpSink.Received reply = sink.await(r -> r.recipients().contains(fan), Duration.ofSeconds(60));
        assertThat(reply.content()).containsPattern("(?m)^From: " + java.util.regex.Pattern.quote(user) + "\\r?$")
            .doesNotContainPattern("(?m)^From: .*" + java.util.regex.Pattern.quote(AWAY));
    }

    static long number(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
