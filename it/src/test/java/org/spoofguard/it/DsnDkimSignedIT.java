package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * Our DSN (From: our postmaster) to a proven sender whose own mail had no DMARC pass (SPF pass for its return path,
 * no DMARC record: the usual case) leaves DKIM-signed with our domain's key. James's DSNBounce copies the original
 * mail's attributes into the DSN; with the original's sender record on it, DkimSign judged our DSN by the original's
 * DMARC result and sent it unsigned.
 */
class DsnDkimSignedIT {
    static final String DOMAIN = BounceGuardIT.DOMAIN;
    static final String FORWARD = BounceGuardIT.FORWARD;
    static final String TARGET = BounceGuardIT.TARGET;
    static LoopbackDnsServer dns;
    static SmtpSink sink;
    static JamesHarness james;

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackDnsServer.withZones(BounceGuardIT.zone("spf-pass.example", "v=spf1 ip4:127.0.0.0/24 -all"));
        sink = new SmtpSink().replyToRcpt(TARGET, "550 5.1.1 <" + TARGET + ">: no such user");
        james = new JamesHarness().dns(dns).relayThrough(sink.port()).senderAuthentication()
            .patch("mailetcontainer.xml", xml -> xml.replace("<postmaster>postmaster</postmaster>",
                "<postmaster>postmaster@" + DOMAIN + "</postmaster>"))
            .property("authservId", "mx." + DOMAIN)
            .start();
        james.addDomain(DOMAIN).addUser(FORWARD, "secret").addForward(FORWARD, TARGET);
    }

    @AfterAll
    static void stop() throws Exception {
        JamesHarness.closeAll(james, sink, dns);
    }

    @Test
    void ourDsnToAProvenSenderWithoutDmarcIsSigned() throws Exception {
        String sender = "alice@spf-pass.example";
        try (SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), "127.0.0.52")) {
            assertThat(c.ehlo("client.example").code()).isEqualTo(250);
            assertThat(c.mailFrom(sender).code()).isEqualTo(250);
            assertThat(c.rcptTo(FORWARD).code()).isEqualTo(250);
            assertThat(c.data("From: " + sender + "\nTo: " + FORWARD + "\nSubject: dsn-signed-1\n"
                + "Message-ID: <dsn-signed-1@client.example>\n\nBody.\n").code()).isEqualTo(250);
            c.quit();
        }

        SmtpSink.Received dsn = sink.await(r -> r.recipients().contains(sender), Duration.ofSeconds(30));
        assertThat(dsn.mailFrom()).isEmpty();
        assertThat(dsn.content()).containsIgnoringCase("multipart/report").contains("postmaster@" + DOMAIN);
        assertThat(dsn.content()).as("our DSN is signed by us").contains("DKIM-Signature:").contains("d=" + DOMAIN);
    }
}
