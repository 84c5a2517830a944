package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.it.support.DeliveredHeaders;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SmtpSender;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;

/**
 * Issue 14, "fail closed under hostile input": DNS trouble (timeout, SERVFAIL) in SPF, in a DKIM key lookup or
 * in DMARC policy discovery must leave DMARC {@code temperror}, never {@code fail}. With {@code dmarcReject}
 * on (submission server, patched) a temperror is deferred with {@code 451 4.7.1} so the sender retries, while
 * a real DMARC fail under {@code p=reject} on the same server still gets {@code 550}. On the MX
 * ({@code dmarcReject} off) the delivered mail carries {@code dmarc=temperror} and the
 * {@code DmarcResultIs=fail} matcher does not fire.
 *
 * <p>Faults are injected with the loopback DNS server's {@code timeout}/{@code servfail}; the harness sets
 * the resolver to a 1 s timeout without retries. 127.0.0.66 is a client no SPF record lists.
 */
class DnsTroubleIT {
    static final String DOMAIN = "receiver.test";
    static final String AUTHSERV = "mx.receiver.test";
    static final String PASSWORD = "secret";
    static final String CLIENT = "127.0.0.66";
    static final String HELO = "mx.outside.test";
    static final SmtpSender OUTSIDE = SmtpSender.from(CLIENT, HELO).mailRefusalIsTheAnswer();

    static LoopbackDnsServer dns;
    static JamesHarness james;
    static KeyPair ed25519;
    static final AtomicInteger USERS = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN test.
            $TTL 300
            mx.outside          IN TXT "v=spf1 -all"
            spfslow             IN TXT "v=spf1 ip4:192.0.2.1 -all"
            _dmarc.spfslow      IN TXT "v=DMARC1; p=reject"
            keyslow             IN TXT "v=spf1 ip4:192.0.2.1 -all"
            _dmarc.keyslow      IN TXT "v=DMARC1; p=reject"
            k1._domainkey.keyslow IN TXT "v=DKIM1; k=ed25519; p=unused"
            dmarcslow           IN TXT "v=spf1 ip4:192.0.2.1 -all"
            _dmarc.dmarcslow    IN TXT "v=DMARC1; p=reject"
            strict              IN TXT "v=spf1 ip4:192.0.2.1 -all"
            _dmarc.strict       IN TXT "v=DMARC1; p=reject"
            """);
        dns.timeout("spfslow.test.", "TXT");
        dns.servfail("k1._domainkey.keyslow.test.", "TXT");
        dns.timeout("_dmarc.dmarcslow.test.", "TXT");
        james = new JamesHarness().dns(dns)
            .property("authservId", AUTHSERV)
            // Submission refuses on DMARC (dmarcReject=true); the MX only records.
            .patch("smtpserver.xml", xml -> xml.replace(
                "<handler class=\"org.spoofguard.smtp.auth.SenderVerdictHook\"/>",
                "<handler class=\"org.spoofguard.smtp.auth.SenderVerdictHook\"><dmarcReject>true</dmarcReject></handler>")
                // a second MX here, not a submission agent: no AUTH before MAIL
                .replace("<handler class=\"org.spoofguard.smtp.auth.SubmissionAuthHook\"/>", ""))
            .patch("mailetcontainer.xml", xml -> xml.replace(
                "<mailet match=\"user-actions-pending\" class=\"AddDeliveredToHeader\"/>",
                "<mailet match=\"org.spoofguard.matchers.auth.DmarcResultIs=fail\" class=\"SetMimeHeader\">"
                    + "<name>X-T-Dmarc-Fail</name><value>yes</value></mailet>\n"
                    + "<mailet match=\"user-actions-pending\" class=\"AddDeliveredToHeader\"/>"))
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

    static String newUser() {
        String user = "d" + USERS.incrementAndGet() + "@" + DOMAIN;
        james.addUser(user, PASSWORD);
        return user;
    }

    static byte[] message(String from, String subject) {
        return ("From: " + from + "\r\nTo: someone@" + DOMAIN + "\r\nSubject: " + subject
            + "\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + subject.hashCode() + "." + System.nanoTime()
            + "@outside.test>\r\n\r\nPlease pay the invoice.\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] signedByKeyslow(String subject) {
        return DkimSigner.builder(DkimAlgorithm.ED25519_SHA256, "keyslow.test", "k1", ed25519.getPrivate()).build()
            .sign(message("Billing <billing@keyslow.test>", subject));
    }

    /** The reply to the final dot (or the refusal of MAIL FROM). */
    static SmtpReply send(int port, String mailFrom, String rcpt, byte[] message) throws Exception {
        return OUTSIDE.send(port, mailFrom, rcpt, message);
    }

    /** Delivers over the MX to a fresh user; returns the delivered header section, unfolded. */
    static String deliverOnMx(String mailFrom, byte[] message) throws Exception {
        return OUTSIDE.deliver(james, mailFrom, newUser(), PASSWORD, message);
    }

    static SenderVerdict ourVerdict(String headers) {
        return DeliveredHeaders.ourVerdict(headers, AUTHSERV);
    }

    @Test
    void spfTimeoutUnderPRejectIsDeferredNotRefused() throws Exception {
        String user = newUser();
        SmtpReply reply = send(james.submissionPort(), "ceo@spfslow.test", user,
            message("CEO <ceo@spfslow.test>", "spf-timeout"));
        assertThat(reply.code()).as(reply.toString()).isEqualTo(451);
        assertThat(reply.text()).contains("4.7.1").contains("spfslow.test");

        String headers = deliverOnMx("ceo@spfslow.test", message("CEO <ceo@spfslow.test>", "spf-timeout-mx"));
        SenderVerdict v = ourVerdict(headers);
        assertThat(v.spfMailFrom().result().keyword()).isEqualTo("temperror");
        assertThat(v.dmarc().result().keyword()).isEqualTo("temperror");
        assertThat(headers).doesNotContain("X-T-Dmarc-Fail");
    }

    @Test
    void dkimKeyServfailUnderPRejectIsDeferredNotRefused() throws Exception {
        String user = newUser();
        // SPF fails for keyslow.test (client not listed): only the DKIM signature could have aligned.
        SmtpReply reply = send(james.submissionPort(), "billing@keyslow.test", user, signedByKeyslow("key-servfail"));
        assertThat(reply.code()).as(reply.toString()).isEqualTo(451);
        assertThat(reply.text()).contains("4.7.1");

        SenderVerdict v = ourVerdict(deliverOnMx("billing@keyslow.test", signedByKeyslow("key-servfail-mx")));
        assertThat(v.spfMailFrom().result().keyword()).isEqualTo("fail");
        assertThat(v.dkim()).singleElement().satisfies(d -> assertThat(d.result().keyword()).isEqualTo("temperror"));
        assertThat(v.dmarc().result().keyword()).isEqualTo("temperror");
    }

    @Test
    void dmarcPolicyDiscoveryTimeoutIsDeferred() throws Exception {
        String user = newUser();
        SmtpReply reply = send(james.submissionPort(), "ceo@dmarcslow.test", user,
            message("CEO <ceo@dmarcslow.test>", "dmarc-timeout"));
        assertThat(reply.code()).as(reply.toString()).isEqualTo(451);
        assertThat(reply.text()).contains("4.7.1");
    }

    @Test
    void aRealFailUnderPRejectIsStillRefusedWith550() throws Exception {
        // Same server, no DNS trouble: the deferrals above are not dmarcReject being off.
        String user = newUser();
        SmtpReply reply = send(james.submissionPort(), "ceo@strict.test", user,
            message("CEO <ceo@strict.test>", "real-fail"));
        assertThat(reply.code()).as(reply.toString()).isEqualTo(550);
        assertThat(reply.text()).contains("5.7.1").contains("strict.test");
    }
}
