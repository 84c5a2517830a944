package org.spoofguard.mailets.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.james.SenderAuthentication;
import org.spoofguard.core.dns.CachingDnsResolver;
import org.spoofguard.core.dns.ResolverConfig;
import org.spoofguard.core.verdict.SenderAuthenticator;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.testing.dns.LoopbackDnsServer;

class ComputeSenderVerdictTest {
    static final String ID = "mx.receiver.test";
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

    static MimeMessage message(String extraHeaders) throws Exception {
        String text = extraHeaders + "From: ceo@sender.test\r\nTo: a@receiver.test\r\nSubject: x\r\n\r\nbody\r\n";
        return new MimeMessage(Session.getDefaultInstance(new java.util.Properties()),
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    ComputeSenderVerdict mailet(RecordingMetricFactory metrics) throws Exception {
        ComputeSenderVerdict m = new ComputeSenderVerdict(auth, metrics);
        m.init(FakeMailetConfig.builder().mailetName("ComputeSenderVerdict").build());
        return m;
    }

    @Test
    void computesFromTheRecordedContextNotFromJamesRemoteAddress() throws Exception {
        Mail mail = FakeMail.builder().name("reprocessed").sender("ceo@sender.test").recipient("a@receiver.test")
            .remoteAddr("127.0.0.1")
            .mimeMessage(message("Authentication-Results: " + ID + "; spf=pass smtp.mailfrom=ceo@sender.test; dmarc=pass header.from=sender.test\r\n"
                + "X-SpoofGuard-Session: client-ip=198.51.100.9; helo=evil.test; envelope-from=ceo@sender.test\r\n"))
            .build();
        mailet(new RecordingMetricFactory()).service(mail);

        SenderVerdict v = SpoofGuardAttributes.read(mail).orElseThrow().verdict();
        assertThat(v.clientIp()).isEqualTo("198.51.100.9");
        assertThat(v.spfMailFrom().result().keyword()).isEqualTo("fail");
        assertThat(v.dmarc().result().keyword()).isEqualTo("fail");
        assertThat(mail.getAttribute(SpoofGuardAttributes.DMARC)).contains(new Attribute(SpoofGuardAttributes.DMARC, AttributeValue.of("fail")));
        String[] ars = mail.getMessage().getHeader("Authentication-Results");
        assertThat(ars).hasSize(1); // the forged one is gone
        assertThat(SpoofGuardAttributes.fromMessage(mail.getMessage())).get()
            .satisfies(h -> assertThat(h.verdict().spfMailFrom().result().keyword()).isEqualTo("fail"));
        assertThat(mail.getMessage().getHeader("Received-SPF")[0]).startsWith("fail");
    }

    @Test
    void sessionAttributeWinsAndExistingVerdictIsLeftAlone() throws Exception {
        Mail mail = FakeMail.builder().name("m").sender("ceo@sender.test").recipient("a@receiver.test")
            .attribute(new Attribute(AttributeName.of("org.spoofguard.session"),
                AttributeValue.of("client-ip=192.0.2.10; helo=mx.sender.test; envelope-from=ceo@sender.test")))
            .mimeMessage(message("")).build();
        mailet(new RecordingMetricFactory()).service(mail);
        SenderVerdict v = SpoofGuardAttributes.read(mail).orElseThrow().verdict();
        assertThat(v.spfMailFrom().result().keyword()).isEqualTo("pass");
        assertThat(v.dmarc().result().keyword()).isEqualTo("pass");

        // a second run changes nothing (the verdict attribute is there)
        mail.getMessage().setHeader("X-SpoofGuard-Session", "client-ip=198.51.100.9; helo=x.test; envelope-from=ceo@sender.test");
        mailet(new RecordingMetricFactory()).service(mail);
        assertThat(SpoofGuardAttributes.read(mail).orElseThrow().verdict().clientIp()).isEqualTo("192.0.2.10");
    }

    @Test
    void aSubmitterIsKeptOnlyFromOurRecordOfTheSameSessionOnACopyNeverFromARecordTheSenderBrought() throws Exception {
        org.spoofguard.core.verdict.VerdictRecord claimed = new org.spoofguard.core.verdict.VerdictRecord(
            org.spoofguard.core.verdict.VerdictRecord.unauthenticated("198.51.100.9", "evil.test", "ceo@sender.test",
                "x").verdict(), "ceo@sender.test", java.util.List.of());
        String record = "X-SpoofGuard-Record: " + org.spoofguard.core.verdict.VerdictRecordCodec.encode(claimed) + "\r\n";

        // over SMTP (context recorded as attribute): the record header is the client's, it submitted nobody
        Mail incoming = FakeMail.builder().name("in").sender("ceo@sender.test").recipient("a@receiver.test")
            .attribute(new Attribute(AttributeName.of("org.spoofguard.session"),
                AttributeValue.of("client-ip=198.51.100.9; helo=evil.test; envelope-from=ceo@sender.test")))
            .mimeMessage(message(record)).build();
        mailet(new RecordingMetricFactory()).service(incoming);
        assertThat(SpoofGuardAttributes.read(incoming).orElseThrow().submittedBy()).isEmpty();

        // a copy whose record describes another session: not this mail's submitter
        Mail other = FakeMail.builder().name("copy").sender("ceo@sender.test").recipient("a@receiver.test")
            .mimeMessage(message(record
                + "X-SpoofGuard-Session: client-ip=198.51.100.10; helo=evil.test; envelope-from=ceo@sender.test\r\n"))
            .build();
        mailet(new RecordingMetricFactory()).service(other);
        assertThat(SpoofGuardAttributes.read(other).orElseThrow().submittedBy()).isEmpty();
    }

    @Test
    void withoutContextTheTrustedHeaderRestoresAttributesAndNothingIsInventedOtherwise() throws Exception {
        Mail bare = FakeMail.builder().name("error-1").sender("ceo@sender.test").recipient("a@receiver.test")
            .remoteAddr("127.0.0.1").mimeMessage(message("")).build();
        mailet(new RecordingMetricFactory()).service(bare);
        assertThat(SpoofGuardAttributes.hasAttribute(bare)).isFalse();
        assertThat(bare.getMessage().getHeader("Authentication-Results")).isNull();
    }

    @Test
    void ourOwnFailureLeavesARecordThatProvesNothingNeverNoVerdict() throws Exception {
        // SenderAuthentication whose authenticator is missing: the mailet's own bug, not the sender's
        SenderAuthentication broken = new SenderAuthentication(null, ID);
        ComputeSenderVerdict m = new ComputeSenderVerdict(broken, new RecordingMetricFactory());
        m.init(FakeMailetConfig.builder().mailetName("ComputeSenderVerdict").build());
        Mail mail = FakeMail.builder().name("m").sender("ceo@sender.test").recipient("a@receiver.test")
            .attribute(new Attribute(AttributeName.of("org.spoofguard.session"),
                AttributeValue.of("client-ip=192.0.2.10; helo=mx.sender.test; envelope-from=ceo@sender.test")))
            .mimeMessage(message("X-SpoofGuard-Record: v=1; forged\r\n")).build();
        m.service(mail);
        org.spoofguard.core.verdict.VerdictRecord r = SpoofGuardAttributes.read(mail).orElseThrow();
        assertThat(r.complete()).isFalse();
        assertThat(r.verdict().clientIp()).isEqualTo("192.0.2.10");
        assertThat(r.verdict().spfMailFrom().result().keyword()).isEqualTo("temperror");
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Record")).hasSize(1);
        assertThat(SpoofGuardAttributes.fromMessage(mail.getMessage())).contains(r);
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Error")).hasSize(1);
    }
}
