package org.spoofguard.mailets.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.dns.CachingDnsResolver;
import org.spoofguard.core.dns.ResolverConfig;
import org.spoofguard.core.session.SessionContext;
import org.spoofguard.core.verdict.SenderAuthenticator;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.james.MailBounceInputs;
import org.spoofguard.james.SenderAuthentication;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.testing.dns.LoopbackDnsServer;

/**
 * Review (pipeline): alice, our own user, submits with SMTP AUTH from her laptop (198.51.100.77, not in our SPF) to
 * bob@ours; bob's Sieve script redirects to his external address. James's RedirectAction makes a NEW mail (no
 * attributes: no org.apache.james.SMTPAuthUser, no org.spoofguard.verdict) around the same message, which carries our
 * X-SpoofGuard-Record (submitted-by alice) and our X-SpoofGuard-Session. In root, ComputeSenderVerdict prefers the
 * session header and RECOMPUTES the record from the laptop's IP with submittedBy "" (VerdictRecord(verdict, "", ...)):
 * the copy now looks like an unauthenticated mail from alice@ours (SPF fail, DMARC fail). Every later decision reads
 * that record: BatvSign does not tag it, DkimSign does not sign it, and the bounce guard suppresses the DSN when bob's
 * provider refuses the copy: alice is never told. The record header it replaced said exactly who submitted it.
 */
class ForwardedCopyLosesSubmitterTest {
    static final String ID = "mx.sender.test";
    static LoopbackDnsServer dns;
    static SenderAuthentication auth;

    @BeforeAll
    static void start() {
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN test.
            $TTL 300
            sender  IN TXT "v=spf1 ip4:192.0.2.10 -all"
            _dmarc.sender IN TXT "v=DMARC1; p=reject"
            """);
        auth = new SenderAuthentication(new SenderAuthenticator(new CachingDnsResolver(
            ResolverConfig.builder().servers(dns.hostAndPort()).timeout(java.time.Duration.ofSeconds(1)).build())), ID);
    }

    @AfterAll
    static void stop() {
        dns.close();
    }

    @Test
    void aForwardedCopyOfOurUsersMailStillKnowsWhoSubmittedIt() throws Exception {
        MimeMessage message = new MimeMessage(Session.getDefaultInstance(new java.util.Properties()), new ByteArrayInputStream(
            "From: alice@sender.test\r\nTo: bob@sender.test\r\nSubject: tilbud\r\n\r\nhej\r\n".getBytes(StandardCharsets.UTF_8)));
        // what the submission server's hooks and root's StampSessionContext wrote on alice's mail
        VerdictRecord atSmtp = new VerdictRecord(
            VerdictRecord.unauthenticated("198.51.100.77", "laptop", "alice@sender.test", "x").verdict(),
            "alice@sender.test", List.of());
        SpoofGuardAttributes.stamp(message, atSmtp, ID, null);
        message.setHeader(SessionContext.HEADER,
            new SessionContext("198.51.100.77", "laptop", "alice@sender.test").toHeaderValue());

        // the Sieve redirect's new mail: same message, original MAIL FROM, no attributes
        Mail copy = FakeMail.builder().name("redirect-1").sender("alice@sender.test").recipient("bob@gmail.example")
            .remoteAddr("127.0.0.1").mimeMessage(message).build();
        ComputeSenderVerdict mailet = new ComputeSenderVerdict(auth, new RecordingMetricFactory());
        mailet.init(FakeMailetConfig.builder().mailetName("ComputeSenderVerdict").build());
        mailet.service(copy);

        assertThat(MailBounceInputs.submittedBy(copy, ID))
            .as("SMTP AUTH submitter of the forwarded copy after ComputeSenderVerdict (record: "
                + SpoofGuardAttributes.read(copy).map(r -> r.verdict().dmarc().result().keyword() + " submittedBy='"
                + r.submittedBy() + "'").orElse("none") + ")")
            .isEqualTo("alice@sender.test");
    }
}
