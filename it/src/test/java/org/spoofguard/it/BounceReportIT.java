package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * Issue 10 item 3 end to end: a forged mail to a full mailbox fails in LocalDelivery; its DSN is suppressed and
 * the backscatter report (WebAdmin {@code GET /spoofguard/bounces}) counts it as {@code mailbox-full} for today,
 * names the repository key it is kept under (which WebAdmin then finds), and still shows both after a restart.
 */
class BounceReportIT {
    static final String DOMAIN = "spoofguard.test";
    static final String FULL = "full@" + DOMAIN;
    static final String SUPPRESSED = "file://var/mail/suppressed-bounces/";

    static LoopbackDnsServer dns;
    static SmtpSink sink;
    static JamesHarness james;

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackDnsServer.withZones(BounceGuardIT.zone("spf-fail.example", "v=spf1 ip4:192.0.2.1 -all"));
        sink = new SmtpSink();
        james = new JamesHarness().dns(dns).relayThrough(sink.port()).senderAuthentication()
            .patch("smtpserver.xml", BounceGuardIT::withoutQuotaAtData)
            .property("authservId", BounceGuardIT.AUTHSERV_ID)
            .start();
        james.addDomain(DOMAIN).addUser(FULL, "secret");
        james.webadminOk("PUT", "/quota/users/" + FULL + "/size", "1");
    }

    @AfterAll
    static void stop() throws Exception {
        JamesHarness.closeAll(james, sink, dns);
    }

    static String report() {
        return james.webadminOk("GET", "/spoofguard/bounces", null).body();
    }

    /** Today's (the only day's) mailbox-full suppressions in the report's byDay part. */
    static long mailboxFullToday(String report) {
        String byDay = report.substring(report.indexOf("\"byDay\""));
        Matcher m = Pattern.compile("\"mailbox-full\":\\{\"sent\":\\d+,\"suppressed\":(\\d+)").matcher(byDay);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void suppressedMailboxFullDsnIsReportedWithItsKeyAndTheDailyCountSurvivesARestart() throws Exception {
        try (SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), "127.0.0.61")) {
            assertThat(c.ehlo("client.example").code()).isEqualTo(250);
            assertThat(c.mailFrom("victim@spf-fail.example").code()).isEqualTo(250);
            assertThat(c.rcptTo(FULL).code()).isEqualTo(250);
            SmtpReply reply = c.data("From: victim@spf-fail.example\nTo: " + FULL + "\nSubject: report-quota\n"
                + "Message-ID: <report-quota@client.example>\n\nBody of report-quota, more than one byte.\n");
            assertThat(reply.code()).as("DATA accepted: %s", reply).isEqualTo(250);
            c.quit();
        }

        String report = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
            .until(BounceReportIT::report, r -> r.contains("\"recentSuppressed\":[{"));
        assertThat(mailboxFullToday(report)).isEqualTo(1);
        Matcher item = Pattern.compile("\"repository\":\"([^\"]+)\",\"key\":\"([^\"]+)\",\"cause\":\"([^\"]+)\""
            + ".*?\"webadmin\":\"([^\"]+)\"").matcher(report);
        assertThat(item.find()).as(report).isTrue();
        // James's MailRepositoryUrl drops the trailing slash; both name the same repository.
        assertThat(item.group(1) + "/").isEqualTo(SUPPRESSED);
        assertThat(item.group(3)).isEqualTo("mailbox-full");
        String key = item.group(2);

        // The key leads an admin to the kept mail through WebAdmin: as listed, and by the report's own link.
        assertThat(james.repositoryMails(SUPPRESSED)).contains("\"" + key + "\"");
        HttpResponse<String> kept = james.webadmin("GET", item.group(4) + "?additionalFields=attributes,headers", null);
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        assertThat(kept.body()).contains("report-quota").contains("mailbox-full").contains("spf=fail");

        Path file = james.data().resolve("var/spoofguard/bounce-report.txt");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(file) && Files.readString(file).contains(" mailbox-full 0 1"));

        james.restart();

        String after = report();
        assertThat(mailboxFullToday(after)).as("per-day count kept across the restart: %s", after).isEqualTo(1);
        assertThat(after).as("since-start totals begin again").startsWith("{\"sent\":0,\"suppressed\":0,")
            .contains("\"key\":\"" + key + "\"");
        assertThat(james.webadmin("GET", item.group(4), null).statusCode()).isEqualTo(200);
        assertThat(sink.received()).noneMatch(r -> r.recipients().contains("victim@spf-fail.example"));
    }
}
