package org.spoofguard.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.spoofguard.it.support.FailWhileSwitchedOn;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * A mail fails inside local-delivery after the recipient's Sieve script ran (here a Sieve vacation, answering a
 * proven sender): James keeps it in var/mail/error/, the admin releases it in the console once the fault is gone.
 * Before, the release (into root) ran the Sieve script again; seen here on main, James's loop check (the mail
 * already carried alice's Delivered-To) made the script fail, and alice got a "Sieve script failed" notice next to
 * the mail (two messages in her INBOX); without that header it is a second auto-reply or redirect copy. Now the
 * released mail resumes delivery and the user's actions that already ran are not repeated (docs/console.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorReleaseIT {
    static final String DOMAIN = "release.test";
    static final String ADMIN = "postmaster@" + DOMAIN;
    static final String ALICE = "alice@" + DOMAIN;
    static final String CAROL = "carol@" + DOMAIN;
    static final String CAROL_ELSEWHERE = "carol-elsewhere@honest.example";
    static final String SENDER = "partner@honest.example";
    static final String ERROR = "file://var/mail/error/";

    LoopbackDnsServer dns;
    SmtpSink sink;
    JamesHarness james;

    @BeforeAll
    void start() throws Exception {
        dns = LoopbackDnsServer.withZones("$ORIGIN honest.example.\n$TTL 300\n@ IN SOA ns.honest.example. "
            + "hostmaster.honest.example. 1 3600 600 86400 60\n@ IN NS ns.honest.example.\nns IN A 127.0.0.1\n"
            + "@ IN TXT \"v=spf1 ip4:127.0.0.0/24 -all\"\n");
        sink = new SmtpSink();
        james = new JamesHarness().dns(dns).relayThrough(sink.port())
            .patch("mailetcontainer.xml", xml -> {
                String delivery = "            <mailet match=\"IsOverQuota\" class=\"ToProcessor\">";
                int at = xml.indexOf(delivery);
                assertThat(at).as("IsOverQuota in local-delivery").isPositive();
                return xml.substring(0, at) + "            <mailet match=\"HasHeader=X-Test-Fail\" class=\""
                    + FailWhileSwitchedOn.class.getName() + "\"/>\n" + xml.substring(at);
            })
            .start();
        james.addDomain(DOMAIN).addUser(ADMIN, "console-secret").addUser(ALICE, "secret").addUser(CAROL, "secret");
        // a forward that keeps a local copy
        james.webadminOk("PUT", "/address/forwards/" + CAROL + "/targets/" + CAROL, null);
        james.webadminOk("PUT", "/address/forwards/" + CAROL + "/targets/" + CAROL_ELSEWHERE, null);
        HttpResponse<String> sieve = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + james.webadminPort() + "/sieve/" + ALICE + "/scripts/main?activate=true"))
            .header("Content-Type", "text/plain")
            .PUT(HttpRequest.BodyPublishers.ofString("require \"vacation\";\r\nvacation :days 7 \"away until monday\";\r\n"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sieve.statusCode() / 100).as("Sieve upload: %s", sieve.body()).isEqualTo(2);
    }

    @AfterAll
    void stop() throws Exception {
        FailWhileSwitchedOn.switchOn(true);
        if (james != null) {
            james.close();
        }
        if (sink != null) {
            sink.close();
        }
        if (dns != null) {
            dns.close();
        }
    }

    @Test
    void aReleasedErrorMailIsDeliveredWithoutRunningTheUsersSieveAgain() throws Exception {
        FailWhileSwitchedOn.switchOn(true);
        try (SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), "127.0.0.62")) {
            assertThat(c.ehlo("client.example").code()).isEqualTo(250);
            assertThat(c.mailFrom(SENDER).code()).isEqualTo(250);
            assertThat(c.rcptTo(ALICE).code()).isEqualTo(250);
            assertThat(c.data("From: " + SENDER + "\nTo: " + ALICE + "\nSubject: order 17\nX-Test-Fail: yes\n"
                + "Message-ID: <order17@client.example>\n\nPlease deliver.\n").code()).isEqualTo(250);
            c.quit();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !keys(ERROR).isEmpty());
        sink.await(r -> r.recipients().contains(SENDER), Duration.ofSeconds(60));
        assertThat(inboxCount()).isZero();

        FailWhileSwitchedOn.switchOn(false);
        String key = keys(ERROR).get(0);
        ConsoleClient console = new ConsoleClient("http://127.0.0.1:" + james.consolePort());
        assertThat(console.login(ADMIN, "console-secret").statusCode()).isEqualTo(303);
        assertThat(console.post("/held/error/act", List.of(Map.entry("csrf", console.csrf("/held/error")),
            Map.entry("action", "release"), Map.entry("key", key))).statusCode()).isEqualTo(303);

        await().atMost(Duration.ofSeconds(60)).until(() -> inboxCount() == 1);
        // a second auto-reply, had Sieve run again, leaves through the same queue as the first: a short grace
        Thread.sleep(3000);
        assertThat(sink.received().stream().filter(r -> r.recipients().contains(SENDER)))
            .as("auto-replies to the sender").hasSize(1);
        assertThat(keys(ERROR)).isEmpty();
        assertThat(inboxCount()).as("delivered once, and no notice of a Sieve script run again").isEqualTo(1);
    }

    /**
     * carol@ forwards to carol-elsewhere@ and keeps a copy: the forward leaves from transport, the local copy fails
     * inside local-delivery and is kept in var/mail/error/. Before, its release went to root, the rewrite table ran
     * again and carol-elsewhere@ got the mail a second time; now it resumes in local-delivery.
     */
    @Test
    void aReleasedLocalCopyOfAForwardedMailDoesNotForwardItAgain() throws Exception {
        FailWhileSwitchedOn.switchOn(true);
        try (SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), "127.0.0.62")) {
            assertThat(c.ehlo("client.example").code()).isEqualTo(250);
            assertThat(c.mailFrom(SENDER).code()).isEqualTo(250);
            assertThat(c.rcptTo(CAROL).code()).isEqualTo(250);
            assertThat(c.data("From: " + SENDER + "\nTo: " + CAROL + "\nSubject: order 18\nX-Test-Fail: yes\n"
                + "Message-ID: <order18@client.example>\n\nPlease deliver.\n").code()).isEqualTo(250);
            c.quit();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !keys(ERROR).isEmpty());
        sink.await(r -> r.recipients().contains(CAROL_ELSEWHERE), Duration.ofSeconds(60));
        assertThat(inboxCount(CAROL)).isZero();

        FailWhileSwitchedOn.switchOn(false);
        String key = keys(ERROR).get(0);
        ConsoleClient console = new ConsoleClient("http://127.0.0.1:" + james.consolePort());
        assertThat(console.login(ADMIN, "console-secret").statusCode()).isEqualTo(303);
        assertThat(console.post("/held/error/act", List.of(Map.entry("csrf", console.csrf("/held/error")),
            Map.entry("action", "release"), Map.entry("key", key))).statusCode()).isEqualTo(303);

        await().atMost(Duration.ofSeconds(60)).until(() -> inboxCount(CAROL) == 1);
        // a second forward, had the rewrite table run again, leaves through the same queue: a short grace
        Thread.sleep(3000);
        assertThat(sink.received().stream().filter(r -> r.recipients().contains(CAROL_ELSEWHERE)))
            .as("copies forwarded to carol-elsewhere@").hasSize(1);
        assertThat(keys(ERROR)).isEmpty();
    }

    long inboxCount() {
        return inboxCount(ALICE);
    }

    long inboxCount(String user) {
        HttpResponse<String> r = james.webadmin("GET", "/users/" + user + "/mailboxes/INBOX/messageCount", null);
        if (r.statusCode() != 200) {
            return 0; // no INBOX yet: it is created by the first delivery
        }
        return r.body().matches("\\d+") ? Long.parseLong(r.body()) : -1;
    }

    List<String> keys(String url) {
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(james.repositoryMails(url));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
