package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * A client whose reverse zone never answers costs one PTR question per SMTP connection. Anyone can make the reverse
 * zone of their own addresses never answer, and a timeout is rightly never cached; before, the host name for
 * {@code Received} and the mail's remote host, and SPF's {@code ptr} and {@code %{p}} for the MAIL FROM and the HELO
 * identity in every transaction, each waited out {@code dns.timeout} again on the session's thread. Counted here at
 * the test's DNS server (one try per question: the harness sets {@code dns.retries=0}).
 */
class OnePtrPerConnectionIT {
    static final String DOMAIN = "receiver.test";
    static final String CLIENT = "127.0.0.9";
    static final String PTR = "9.0.0.127.in-addr.arpa.";

    static LoopbackDnsServer dns;
    static JamesHarness james;

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN test.
            $TTL 300
            ptr                 IN TXT "v=spf1 ptr ?all"
            mx.ptr              IN TXT "v=spf1 a:%{p}.names.ptr.test ?all"
            """);
        dns.timeout(PTR, "PTR");
        james = new JamesHarness().dns(dns).start(); // dns.timeout=1s, dns.retries=0
        james.addDomain(DOMAIN);
        james.addUser("alice@" + DOMAIN, "secret");
    }

    @AfterAll
    static void stop() throws Exception {
        JamesHarness.closeAll(james, dns);
    }

    @Test
    void twoMailsOfOneConnectionAskTheNeverAnsweringPtrOnce() throws Exception {
        try (SmtpTestClient client = SmtpTestClient.connect(james.smtpPort(), CLIENT)) {
            assertThat(client.ehlo("mx.ptr.test").code()).isEqualTo(250);
            for (int mail = 1; mail <= 2; mail++) {
                assertThat(client.mailFrom("billing@ptr.test").code()).isEqualTo(250);
                assertThat(client.rcptTo("alice@" + DOMAIN).code()).isEqualTo(250);
                assertThat(client.data("From: billing@ptr.test\r\nTo: alice@" + DOMAIN + "\r\nSubject: mail " + mail
                    + "\r\n\r\nFrom an address whose reverse zone never answers.\r\n").code()).isEqualTo(250);
            }
            assertThat(client.quit().code()).isEqualTo(221);
        }

        assertThat(dns.queryCount(PTR, "PTR")).as("PTR questions for one connection").isEqualTo(1);
        String headers = james.awaitDeliveredHeaders("alice@" + DOMAIN, "secret");
        assertThat(headers).contains("Received: from 127.0.0.9 (EHLO mx.ptr.test) ([127.0.0.9])");
    }
}
