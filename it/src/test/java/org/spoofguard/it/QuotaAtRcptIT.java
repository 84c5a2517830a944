package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * Issue 10 item 2 end to end: the shipped RecipientValidationHook refuses at RCPT, with 452 4.2.2, a mailbox
 * whose message count quota is used up and a mailbox whose size quota has no room for the SIZE= declared at
 * MAIL FROM (RFC 1870 §6.1). Quotas are set through WebAdmin and mailboxes filled over real SMTP, on the
 * persistent James 3.8.1 (JPA quota store).
 */
class QuotaAtRcptIT {
    static final String DOMAIN = "spoofguard.test";
    static final String COUNTED = "counted@" + DOMAIN;
    static final String SIZED = "sized@" + DOMAIN;
    static final String FREE = "free@" + DOMAIN;
    static final String PASSWORD = "secret";
    static final Pattern SIZE = Pattern.compile("\"size\"\\s*:\\s*(\\d+)");
    static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

    /** RemoteDelivery's gateway: a bounce would land here. */
    static SmtpSink gateway;
    static JamesHarness james;

    @BeforeAll
    static void start() throws Exception {
        gateway = new SmtpSink();
        james = new JamesHarness().relayThrough(gateway.port()).start();
        james.addDomain(DOMAIN).addUser(COUNTED, PASSWORD).addUser(SIZED, PASSWORD).addUser(FREE, PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        gateway.close();
    }

    @Test
    void quotaIsEnforcedAtRcptForCountAndDeclaredSize() throws Exception {
        deliver(COUNTED);
        deliver(SIZED);
        long[] counted = awaitOccupation(COUNTED);
        long[] sized = awaitOccupation(SIZED);
        assertThat(counted[1]).isEqualTo(1);
        assertThat(sized[0]).isPositive();

        // count: one message stored, one allowed
        james.webadminOk("PUT", "/quota/users/" + COUNTED + "/count", "1");
        // size: room for exactly 5000 more bytes, plenty of messages
        long room = 5000;
        james.webadminOk("PUT", "/quota/users/" + SIZED + "/size", String.valueOf(sized[0] + room));
        james.webadminOk("PUT", "/quota/users/" + SIZED + "/count", "100");

        try (SmtpTestClient c = session("")) {
            SmtpReply reply = c.rcptTo(COUNTED);
            assertThat(reply.code()).as("count quota used up").isEqualTo(452);
            assertThat(reply.text()).startsWith("4.2.2 <" + COUNTED + ">: mailbox full");
            assertThat(c.rcptTo(SIZED).code()).as("room left, no SIZE declared").isEqualTo(250);
            assertThat(c.rcptTo(FREE).code()).isEqualTo(250);
        }
        try (SmtpTestClient c = session(" SIZE=" + (room + 1))) {
            SmtpReply reply = c.rcptTo(SIZED);
            assertThat(reply.code()).as("declared SIZE over the room left").isEqualTo(452);
            assertThat(reply.text()).startsWith("4.2.2 <" + SIZED + ">: mailbox full");
            assertThat(c.rcptTo(FREE).code()).as("no quota at all").isEqualTo(250);
        }
        try (SmtpTestClient c = session(" SIZE=" + room)) {
            assertThat(c.rcptTo(SIZED).code()).as("declared SIZE that fits exactly").isEqualTo(250);
        }
        try (SmtpTestClient c = session(" SIZE=1000000")) {
            assertThat(c.rcptTo(FREE).code()).as("no quota, large SIZE").isEqualTo(250);
        }

        // freeing the quota lets the mail in again (452 is temporary: RFC 1870 §6.1, RFC 3463 X.2.2)
        james.webadminOk("DELETE", "/quota/users/" + COUNTED + "/count", null);
        try (SmtpTestClient c = session("")) {
            assertThat(c.rcptTo(COUNTED).code()).isEqualTo(250);
        }
        // a refusal at RCPT is the client's to report: nothing was bounced through RemoteDelivery
        Thread.sleep(2_000);
        assertThat(gateway.received()).isEmpty();
    }

    private static void deliver(String to) throws Exception {
        try (SmtpTestClient c = session("")) {
            assertThat(c.rcptTo(to).code()).isEqualTo(250);
            assertThat(c.data("From: someone@outsider.example\nTo: " + to + "\nSubject: fill\n\n"
                + ("x".repeat(70) + "\n").repeat(30)).code()).isEqualTo(250);
        }
    }

    /** {size, count} of the user's mailboxes once delivery has been counted (James updates it asynchronously). */
    private static long[] awaitOccupation(String user) {
        long[] result = new long[2];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String body = james.webadminOk("GET", "/quota/users/" + user, null).body();
            int at = body.indexOf("\"occupation\"");
            assertThat(at).as(body).isNotNegative();
            String occupation = body.substring(at);
            Matcher size = SIZE.matcher(occupation);
            Matcher count = COUNT.matcher(occupation);
            assertThat(size.find() && count.find()).as(body).isTrue();
            result[0] = Long.parseLong(size.group(1));
            result[1] = Long.parseLong(count.group(1));
            assertThat(result[1]).as(body).isEqualTo(1);
        });
        return result;
    }

    /** An outsider session up to MAIL FROM, with {@code mailParameters} (e.g. " SIZE=123") appended. */
    private static SmtpTestClient session(String mailParameters) throws Exception {
        SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), "127.0.0.43");
        c.ehlo("outsider.example");
        assertThat(c.command("MAIL FROM:<someone@outsider.example>" + mailParameters).code()).isEqualTo(250);
        return c;
    }
}
