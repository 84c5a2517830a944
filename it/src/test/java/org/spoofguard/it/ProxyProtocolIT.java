package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.it.support.DeliveredHeaders;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SmtpSender;
import org.spoofguard.testing.dns.LoopbackDnsServer;

/**
 * Issue 14 item 6: one reading of the SMTP client's address that honours the PROXY protocol. The MX server is
 * patched to {@code <proxyRequired>true</proxyRequired>} (James 3.8.1, per {@code <smtpserver>}); every
 * connection comes from the "load balancer" 127.0.0.66 and announces the real client in a PROXY v1 header.
 * SPF, the sender verdict and the recorded session context must judge the announced client, never the
 * balancer: the SPF record lists only 192.0.2.77.
 */
class ProxyProtocolIT {
    static final String DOMAIN = "receiver.test";
    static final String AUTHSERV = "mx.receiver.test";
    static final String PASSWORD = "secret";
    static final String BALANCER = "127.0.0.66";
    static final AtomicInteger USERS = new AtomicInteger();

    static LoopbackDnsServer dns;
    static JamesHarness james;

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN test.
            $TTL 300
            proxied.spf     IN TXT "v=spf1 ip4:192.0.2.77 -all"
            mx.proxied.spf  IN TXT "v=spf1 ip4:192.0.2.77 -all"
            """);
        james = new JamesHarness().dns(dns)
            .property("authservId", AUTHSERV)
            .patch("smtpserver.xml", xml -> {
                String mx = "<jmxName>smtpserver-mx</jmxName>";
                assertThat(xml).contains(mx);
                return xml.replace(mx, mx + "\n        <proxyRequired>true</proxyRequired>");
            })
            .start();
        james.addDomain(DOMAIN);
    }

    @AfterAll
    static void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        if (dns != null) {
            dns.close();
        }
    }

    /** Sends through the "balancer" announcing {@code client}; returns the delivered header section, unfolded. */
    static String deliverVia(String client) throws Exception {
        String user = "p" + USERS.incrementAndGet() + "@" + DOMAIN;
        james.addUser(user, PASSWORD);
        return SmtpSender.from(BALANCER, "mx.proxied.spf.test").announcing(client).deliver(james,
            "billing@proxied.spf.test", user, PASSWORD, ("From: Billing <billing@proxied.spf.test>\r\nTo: " + user
                + "\r\nSubject: proxied\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + System.nanoTime()
                + "@proxied.spf.test>\r\n\r\nHello.\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static SenderVerdict ourVerdict(String headers) {
        return DeliveredHeaders.values(headers, "Authentication-Results").stream()
            .map(v -> AuthenticationResultsHeader.parse(v, AUTHSERV))
            .flatMap(java.util.Optional::stream)
            .findFirst().orElseThrow(() -> new AssertionError("no Authentication-Results of ours in\n" + headers));
    }

    @Test
    void spfAndTheVerdictJudgeTheProxiedClientNotTheBalancer() throws Exception {
        String headers = deliverVia("192.0.2.77");
        SenderVerdict v = ourVerdict(headers);
        assertThat(v.clientIp()).isEqualTo("192.0.2.77");
        assertThat(v.spfMailFrom().result().keyword()).isEqualTo("pass");
        assertThat(v.spfHelo().result().keyword()).isEqualTo("pass");
        assertThat(headers)
            .contains("X-SpoofGuard-Session: client-ip=192.0.2.77;")
            .contains("Received-SPF: pass")
            .doesNotContain(BALANCER);
    }

    @Test
    void anotherProxiedClientFailsTheSameRecord() throws Exception {
        String headers = deliverVia("192.0.2.66");
        SenderVerdict v = ourVerdict(headers);
        assertThat(v.clientIp()).isEqualTo("192.0.2.66");
        assertThat(v.spfMailFrom().result().keyword()).isEqualTo("fail");
        assertThat(headers).contains("X-SpoofGuard-Session: client-ip=192.0.2.66;").doesNotContain(BALANCER);
    }

    @Test
    void ipv6ClientBehindTheBalancerIsRecordedInCanonicalForm() throws Exception {
        String headers = deliverVia("2001:DB8:0:0:0:0:0:7");
        SenderVerdict v = ourVerdict(headers);
        assertThat(v.clientIp()).isEqualTo("2001:db8::7");
        assertThat(v.spfMailFrom().result().keyword()).isEqualTo("fail");
        assertThat(headers).contains("X-SpoofGuard-Session: client-ip=2001:db8::7;");
    }
}
