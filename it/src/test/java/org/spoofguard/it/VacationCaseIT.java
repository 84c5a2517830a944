package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * An out-of-office is the user's one setting whatever case the address is written in (James's users repository
 * ignores case), and so is who has been answered. A new out-of-office set through WebAdmin starts a new absence (James's
 * DefaultVacationService flushes the "already answered" registry for {@code /vacation/{user}}). A customer who wrote
 * to {@code Alice@spoofguard.test} (capitalised, as people write names) was registered by VacationMailet under that
 * spelling; the flush for {@code alice@spoofguard.test} misses it, and with no end date the registration never
 * expires (vacation-notified.json keeps it across restarts): the customer is never told of a later absence.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VacationCaseIT {
    static final String DOMAIN = "spoofguard.test";
    static final String ALICE = "alice@" + DOMAIN;
    static final String BOB = "bob@" + DOMAIN;
    static final String CUSTOMER = "customer@honest.example";

    LoopbackDnsServer dns;
    SmtpSink sink;
    JamesHarness james;

    @BeforeAll
    void start() throws Exception {
        dns = LoopbackDnsServer.withZones(AutoReplyGuardIT.zone("honest.example", "v=spf1 ip4:127.0.0.0/24 -all"));
        sink = new SmtpSink();
        james = new JamesHarness().dns(dns).relayThrough(sink.port()).start();
        james.addDomain(DOMAIN).addUser(ALICE, "secret").addUser(BOB, "secret");
    }

    @AfterAll
    void stop() throws Exception {
        james.close();
        sink.close();
        dns.close();
    }

    void send(String rcpt, String subject) throws Exception {
        try (SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), "127.0.0.61")) {
            assertThat(c.ehlo("client.example").code()).isEqualTo(250);
            assertThat(c.mailFrom(CUSTOMER).code()).isEqualTo(250);
            assertThat(c.rcptTo(rcpt).code()).isEqualTo(250);
            SmtpReply reply = c.data("From: " + CUSTOMER + "\nTo: " + rcpt + "\nSubject: " + subject
                + "\nMessage-ID: <" + subject + "@client.example>\n\nBody of " + subject + ".\n");
            assertThat(reply.code()).as("DATA accepted: %s", reply).isEqualTo(250);
            c.quit();
        }
    }

    List<String> repliesToCustomer() {
        return sink.received().stream().filter(r -> r.recipients().contains(CUSTOMER))
            .map(r -> r.content().lines().filter(l -> l.startsWith("Subject:")).findFirst().orElse("?"))
            .collect(Collectors.toList());
    }

    long inboxCount() {
        String body = james.webadmin("GET", "/users/" + ALICE + "/mailboxes/INBOX/messageCount", null).body();
        return body.matches("\\d+") ? Long.parseLong(body) : -1;
    }

    @Test
    void aNewAbsenceAnswersACustomerWhoWroteToTheCapitalisedAddress() throws Exception {
        james.webadminOk("POST", "/vacation/" + ALICE, "{\"enabled\":true,\"subject\":\"away in May\",\"textBody\":\"x\"}");
        send("Alice@" + DOMAIN, "first");
        sink.await(r -> r.recipients().contains(CUSTOMER), Duration.ofSeconds(60));

        // back at work; weeks later away again: a new absence, set as the docs show
        james.webadminOk("POST", "/vacation/" + ALICE, "{\"enabled\":false}");
        james.webadminOk("POST", "/vacation/" + ALICE, "{\"enabled\":true,\"subject\":\"away in July\",\"textBody\":\"y\"}");
        send("Alice@" + DOMAIN, "second");
        await().atMost(Duration.ofSeconds(60)).until(() -> inboxCount() == 2);
        Thread.sleep(5000);

        assertThat(repliesToCustomer())
            .as("the customer's mail in the new absence (after POST /vacation/%s) must be answered", ALICE)
            .hasSize(2);
    }

    /**
     * WebAdmin accepts {@code /vacation/Bob@SpoofGuard.TEST} for user bob: it is the setting mail to bob consults,
     * not a second one the admin never sees.
     */
    @Test
    void aVacationSetWithOtherCaseIsTheUsersVacation() {
        String mixed = "Bob@SpoofGuard.TEST";
        int status = james.webadmin("POST", "/vacation/" + mixed, "{\"enabled\":true,\"subject\":\"Away case\",\"textBody\":\"x\"}")
            .statusCode();
        String lower = james.webadmin("GET", "/vacation/" + BOB, null).body();
        String asSet = james.webadmin("GET", "/vacation/" + mixed, null).body();
        if (status / 100 == 2) {
            assertThat(lower).as("POST /vacation/%s answered %d; GET of it says %s; GET /vacation/%s says %s", mixed, status,
                asSet, BOB, lower).contains("Away case");
        }
    }
}
