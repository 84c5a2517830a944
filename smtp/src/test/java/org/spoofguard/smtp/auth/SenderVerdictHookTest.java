package org.spoofguard.smtp.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.spoofguard.smtp.auth.AuthTestSupport.AUTHSERV;
import static org.spoofguard.smtp.auth.AuthTestSupport.BAD_IP;
import static org.spoofguard.smtp.auth.AuthTestSupport.GOOD_IP;
import static org.spoofguard.smtp.auth.AuthTestSupport.authentication;
import static org.spoofguard.smtp.auth.AuthTestSupport.config;
import static org.spoofguard.smtp.auth.AuthTestSupport.mailFrom;
import static org.spoofguard.smtp.auth.AuthTestSupport.session;
import static org.spoofguard.smtp.auth.AuthTestSupport.stranger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.mail.internet.MimeMessage;

import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.core.Username;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.apache.james.server.core.MimeMessageInputStreamSource;
import org.apache.james.server.core.MimeMessageWrapper;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.james.SenderAuthentication;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.core.verdict.VerdictRecordCodec;

class SenderVerdictHookTest {
    static final String BODY = "Pay invoice 42 to the new account.\r\n";

    final AuthTestSupport.MapDns dns = AuthTestSupport.dns();
    final RecordingMetricFactory metrics = new RecordingMetricFactory();

    SenderVerdictHook hook(String dmarcReject) throws ConfigurationException {
        return hook(authentication(dns), dmarcReject);
    }

    SenderVerdictHook hook(SenderAuthentication authentication, String dmarcReject) throws ConfigurationException {
        SenderVerdictHook hook = new SenderVerdictHook(authentication, metrics);
        hook.init(config(dmarcReject == null ? null : "dmarcReject", dmarcReject));
        return hook;
    }

    /** A mail as James's DATA handler builds it: a MimeMessageWrapper over the received bytes. */
    static Mail mail(String envelopeFrom, String headers) throws Exception {
        byte[] raw = (headers + "\r\n" + BODY).getBytes(StandardCharsets.US_ASCII);
        MimeMessage message = new MimeMessageWrapper(MimeMessageInputStreamSource.create("m1", new ByteArrayInputStream(raw)));
        FakeMail.Builder b = FakeMail.builder().name("m1").recipient("bob@receiver.test").mimeMessage(message);
        return (envelopeFrom.isEmpty() ? b.sender(MaybeSender.nullSender()) : b.sender(envelopeFrom)).build();
    }

    static String plainHeaders(String from) {
        return "From: " + from + "\r\nTo: bob@receiver.test\r\nSubject: invoice\r\nMessage-ID: <m1@sender.test>\r\n";
    }

    static SMTPSession sessionFor(String ip, String helo, String envelopeFrom) throws Exception {
        SMTPSession s = stranger(ip, helo);
        mailFrom(s, envelopeFrom.isEmpty() ? MaybeSender.nullSender() : MaybeSender.of(new MailAddress(envelopeFrom)));
        return s;
    }

    static List<String> headerLines(Mail mail) throws Exception {
        return Collections.list(mail.getMessage().getAllHeaderLines());
    }

    static String attr(Mail mail, AttributeName name) {
        return mail.getAttribute(name).map(Attribute::getValue).map(v -> String.valueOf(v.value())).orElse(null);
    }

    static String unfold(String s) {
        return s.replace("\r\n", "").replace("\n", "");
    }

    @Test
    void forgedResultsOfOursAreRemovedForeignOnesKeptAndOursPrepended() throws Exception {
        String headers = "Authentication-Results: mx.receiver.test; spf=pass smtp.mailfrom=ceo@pass.test;\r\n"
            + "  dmarc=pass header.from=pass.test\r\n"
            + "Received: from x by relay.other.example; Mon, 2 Nov 2026 10:00:00 +0000\r\n"
            + "Authentication-Results: MX.Receiver.Test 1; (cased, versioned) dmarc=pass header.from=pass.test\r\n"
            + "Authentication-Results: relay.other.example; spf=pass smtp.mailfrom=ceo@pass.test\r\n"
            + "Date: Mon, 2 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
            + plainHeaders("CEO <ceo@pass.test>");
        Mail mail = mail("ceo@pass.test", headers);
        SMTPSession s = sessionFor(BAD_IP, "mx.fail.test", "ceo@pass.test");

        assertThat(hook(null).onMessage(s, mail)).isEqualTo(HookResult.DECLINED);

        List<String> lines = headerLines(mail);
        assertThat(lines.get(0)).startsWith("X-SpoofGuard-Record: v=1;");
        assertThat(lines.get(1)).startsWith("Authentication-Results: ");
        assertThat(lines.get(2)).startsWith("Received-SPF: fail ");
        List<String> ours = lines.stream().filter(l -> l.startsWith("Authentication-Results:"))
            .filter(l -> AuthenticationResultsHeader.isOurs(unfold(l.substring(23)), AUTHSERV)).toList();
        assertThat(ours).hasSize(1);
        SenderVerdict v = AuthenticationResultsHeader.parse(unfold(ours.get(0).substring(23)), AUTHSERV).orElseThrow();
        assertThat(v.spfMailFrom().result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(lines).contains("Authentication-Results: relay.other.example; spf=pass smtp.mailfrom=ceo@pass.test");
        // the remaining fields keep their order (JavaMail's saveChanges may move MIME-Version to its preset slot)
        assertThat(lines).filteredOn(l -> l.startsWith("MIME-Version:")).hasSize(1);
        assertThat(lines.subList(3, lines.size())).filteredOn(l -> !l.startsWith("MIME-Version:")).containsExactly(
            "Received: from x by relay.other.example; Mon, 2 Nov 2026 10:00:00 +0000",
            "Authentication-Results: relay.other.example; spf=pass smtp.mailfrom=ceo@pass.test",
            "Date: Mon, 2 Nov 2026 10:00:00 +0000", "From: CEO <ceo@pass.test>", "To: bob@receiver.test", "Subject: invoice", "Message-ID: <m1@sender.test>");
        assertThat(mail.getMessage().getMessageID()).isEqualTo("<m1@sender.test>");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.getMessage().writeTo(out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).endsWith("\r\n\r\n" + BODY);

        assertThat(attr(mail, SpoofGuardAttributes.SPF_MAILFROM)).isEqualTo("fail");
        assertThat(attr(mail, SpoofGuardAttributes.SPF_HELO)).isEqualTo("fail");
        assertThat(attr(mail, SpoofGuardAttributes.DKIM)).isEqualTo("none");
        assertThat(attr(mail, SpoofGuardAttributes.DMARC)).isEqualTo("fail");
        assertThat(VerdictRecordCodec.decode(attr(mail, SpoofGuardAttributes.VERDICT))).isEqualTo(new VerdictRecord(v));
        assertThat(SpoofGuardAttributes.fromMessage(mail.getMessage())).contains(new VerdictRecord(v));
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Error")).isNull();
        assertThat(metrics.countFor("spoofguard_dmarc_fail")).isEqualTo(1);
        assertThat(metrics.countFor("spoofguard_spf_fail")).isEqualTo(1);
        assertThat(metrics.countFor(SpfHook.ERRORS)).isZero();
    }

    @Test
    void passingMailIsStampedPassAndOurFieldsStayOnTopWhenJamesAddsDate() throws Exception {
        Mail mail = mail("alice@pass.test", plainHeaders("alice@pass.test"));
        assertThat(hook("true").onMessage(sessionFor(GOOD_IP, "mx.pass.test", "alice@pass.test"), mail))
            .isEqualTo(HookResult.DECLINED);
        assertThat(attr(mail, SpoofGuardAttributes.DMARC)).isEqualTo("pass");
        // No Date / MIME-Version in the received mail: JavaMail adds them on save, but the Date below our trace
        // fields (MIME-Version always goes to JavaMail's preset slot at the very top: not a trace field, harmless).
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.getMessage().writeTo(out);
        List<String> written = out.toString(StandardCharsets.US_ASCII).lines()
            .filter(l -> !l.startsWith("MIME-Version:") && !l.startsWith("\t") && !l.startsWith(" ")).toList();
        assertThat(written.get(0)).startsWith("X-SpoofGuard-Record: v=1;");
        assertThat(written.get(1)).startsWith("Authentication-Results: " + AUTHSERV);
        assertThat(written.get(2)).startsWith("Received-SPF: pass ");
        assertThat(written.get(3)).startsWith("Date: ");
    }

    @Test
    void spfFromMailFromTimeIsReusedWhenTheIdentitiesMatch() throws Exception {
        SMTPSession s = sessionFor(GOOD_IP, "mx.pass.test", "alice@pass.test");
        new SpfHook(authentication(dns), metrics).doMail(s, MaybeSender.of(new MailAddress("alice@pass.test")));
        long before = dns.count("pass.test", DnsType.TXT);
        hook(null).onMessage(s, mail("alice@pass.test", plainHeaders("alice@pass.test")));
        assertThat(dns.count("pass.test", DnsType.TXT)).isEqualTo(before);
        assertThat(metrics.countFor("spoofguard_spf_pass")).isEqualTo(1);
    }

    @Test
    void spfIsRecomputedWhenTheTransactionChangedSender() throws Exception {
        SMTPSession s = sessionFor(BAD_IP, "mx.fail.test", "alice@pass.test");
        // SPF recorded for another sender (e.g. a transaction state that was not reset)
        new SpfHook(authentication(dns), metrics).doMail(s, MaybeSender.of(new MailAddress("joe@softfail.test")));
        Mail mail = mail("alice@pass.test", plainHeaders("alice@pass.test"));
        hook(null).onMessage(s, mail);
        assertThat(attr(mail, SpoofGuardAttributes.SPF_MAILFROM)).isEqualTo("fail");
    }

    @Test
    void nullSenderIsJudgedAsPostmasterAtHelo() throws Exception {
        Mail mail = mail("", plainHeaders("mailer-daemon@mx.fail.test"));
        hook(null).onMessage(sessionFor(BAD_IP, "mx.fail.test", ""), mail);
        assertThat(attr(mail, SpoofGuardAttributes.SPF_MAILFROM)).isEqualTo("fail");
        assertThat(attr(mail, SpoofGuardAttributes.VERDICT)).contains("postmaster@mx.fail.test");
    }

    @Test
    void dmarcRejectRefusesAFailUnderPReject() throws Exception {
        HookResult r = hook("true").onMessage(sessionFor(BAD_IP, "mx.fail.test", "ceo@pass.test"),
            mail("ceo@pass.test", plainHeaders("ceo@pass.test")));
        assertThat(r.getSmtpRetCode()).isEqualTo("550");
        assertThat(r.getSmtpDescription()).startsWith("5.7.1 ").contains("pass.test");
        assertThat(r.getResult().getAction()).isEqualTo(HookReturnCode.Action.DENY);
    }

    @Test
    void aMebibyteOfPaddingBeforeFromDoesNotSlipPastDmarcReject() throws Exception {
        StringBuilder padding = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            padding.append("X-Pad-").append(i).append(": ").append("a".repeat(60)).append("\r\n");
        }
        Mail mail = mail("ceo@pass.test", padding + plainHeaders("ceo@pass.test"));
        HookResult r = hook("true").onMessage(sessionFor(BAD_IP, "mx.fail.test", "ceo@pass.test"), mail);
        assertThat(attr(mail, SpoofGuardAttributes.DMARC)).isEqualTo("fail");
        assertThat(r.getSmtpRetCode()).isEqualTo("550");
        assertThat(metrics.countFor(SpfHook.ERRORS)).isZero();
    }

    @Test
    void dmarcFailUnderQuarantineIsNotRefused() throws Exception {
        Mail mail = mail("joe@noexp.test", plainHeaders("joe@noexp.test"));
        assertThat(hook("true").onMessage(sessionFor(BAD_IP, "mx.fail.test", "joe@noexp.test"), mail))
            .isEqualTo(HookResult.DECLINED);
        assertThat(attr(mail, SpoofGuardAttributes.DMARC)).isEqualTo("fail");
    }

    @Test
    void dmarcTemperrorIs451() throws Exception {
        Mail mail = mail("joe@dmarcslow.test", plainHeaders("joe@dmarcslow.test"));
        HookResult r = hook("true").onMessage(sessionFor(BAD_IP, "mx.fail.test", "joe@dmarcslow.test"), mail);
        assertThat(attr(mail, SpoofGuardAttributes.DMARC)).isEqualTo("temperror");
        assertThat(r.getSmtpRetCode()).isEqualTo("451");
        assertThat(r.getSmtpDescription()).startsWith("4.7.1 ");
        assertThat(r.getResult().getAction()).isEqualTo(HookReturnCode.Action.DENYSOFT);
        assertThat(metrics.countFor(SpfHook.ERRORS)).isZero();
    }

    @Test
    void spfTimeoutUnderPRejectIs451NotA550() throws Exception {
        // SPF for slow.test times out; _dmarc.slow.test says p=reject. Before, DMARC counted the SPF
        // temperror as "no pass" and refused legitimate mail for good because of a slow DNS server.
        SMTPSession s = sessionFor(BAD_IP, "mx.fail.test", "joe@slow.test");
        SpfHook spfHook = new SpfHook(authentication(dns), metrics);
        spfHook.init(config("spfPolicy", "record"));
        assertThat(spfHook.doMail(s, MaybeSender.of(new MailAddress("joe@slow.test")))).isEqualTo(HookResult.DECLINED);

        Mail mail = mail("joe@slow.test", plainHeaders("joe@slow.test"));
        HookResult r = hook("true").onMessage(s, mail);
        assertThat(attr(mail, SpoofGuardAttributes.SPF_MAILFROM)).isEqualTo("temperror");
        assertThat(attr(mail, SpoofGuardAttributes.DMARC)).isEqualTo("temperror");
        assertThat(r.getSmtpRetCode()).isEqualTo("451");
        assertThat(r.getSmtpDescription()).startsWith("4.7.1 ").contains("slow.test");
        assertThat(r.getResult().getAction()).isEqualTo(HookReturnCode.Action.DENYSOFT);
        assertThat(metrics.countFor(SenderVerdictHook.DMARC_PREFIX + "temperror")).isEqualTo(1);
        assertThat(metrics.countFor(SenderVerdictHook.DMARC_PREFIX + "fail")).isZero();
    }

    @Test
    void dkimKeyServfailUnderPRejectIs451NotA550() throws Exception {
        String headers = plainHeaders("ceo@keyslow.test");
        String signature = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=keyslow.test; s=s1;\r\n"
            + " h=from:to:subject; bh=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=; b=AAAA\r\n";
        Mail mail = mail("ceo@keyslow.test", signature + headers);
        HookResult r = hook("true").onMessage(sessionFor(BAD_IP, "mx.fail.test", "ceo@keyslow.test"), mail);
        assertThat(attr(mail, SpoofGuardAttributes.DKIM)).isEqualTo("temperror");
        assertThat(attr(mail, SpoofGuardAttributes.DMARC)).isEqualTo("temperror");
        assertThat(r.getSmtpRetCode()).isEqualTo("451");
        assertThat(r.getResult().getAction()).isEqualTo(HookReturnCode.Action.DENYSOFT);
    }

    @Test
    void dmarcFailIsOnlyRecordedByDefault() throws Exception {
        Mail mail = mail("ceo@pass.test", plainHeaders("ceo@pass.test"));
        assertThat(hook(null).dmarcReject()).isFalse();
        assertThat(hook(null).onMessage(sessionFor(BAD_IP, "mx.fail.test", "ceo@pass.test"), mail))
            .isEqualTo(HookResult.DECLINED);
        assertThat(attr(mail, SpoofGuardAttributes.DMARC)).isEqualTo("fail");
    }

    @Test
    void authenticatedAndRelayingSessionsAreNeverRefused() throws Exception {
        SMTPSession authed = session(BAD_IP, "mx.fail.test", Username.of("ceo@receiver.test"), false);
        mailFrom(authed, MaybeSender.of(new MailAddress("ceo@pass.test")));
        SMTPSession relay = session(BAD_IP, "mx.fail.test", null, true);
        mailFrom(relay, MaybeSender.of(new MailAddress("ceo@pass.test")));
        SenderVerdictHook hook = hook("true");
        Mail m1 = mail("ceo@pass.test", plainHeaders("ceo@pass.test"));
        assertThat(hook.onMessage(authed, m1)).isEqualTo(HookResult.DECLINED);
        assertThat(hook.onMessage(relay, mail("ceo@pass.test", plainHeaders("ceo@pass.test")))).isEqualTo(HookResult.DECLINED);
        assertThat(attr(m1, SpoofGuardAttributes.DMARC)).isEqualTo("fail");
    }

    @Test
    void ourResolverBugIsDeclinedCountedAndLeavesTheMailUndecided() throws Exception {
        dns.explode = true;
        Mail mail = mail("ceo@pass.test", plainHeaders("ceo@pass.test"));
        HookResult r = hook("true").onMessage(sessionFor(BAD_IP, "mx.fail.test", "ceo@pass.test"), mail);
        assertThat(r).isEqualTo(HookResult.DECLINED);
        assertThat(metrics.countFor(SpfHook.ERRORS)).isEqualTo(1);
        assertThat(attr(mail, SpoofGuardAttributes.DMARC)).isNotIn("pass", "fail");
        // fail closed: the record says a check did not finish, and the reader is told
        VerdictRecord record = VerdictRecordCodec.decode(attr(mail, SpoofGuardAttributes.VERDICT));
        assertThat(record.complete()).isFalse();
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Error")).singleElement().asString()
            .contains("treated as unauthenticated");
    }

    @Test
    void ourExceptionIsDeclinedAndCounted() throws Exception {
        SenderAuthentication broken = mock(SenderAuthentication.class);
        when(broken.authservId()).thenReturn(AUTHSERV);
        when(broken.authenticator()).thenThrow(new IllegalStateException("bug"));
        Mail mail = mail("ceo@pass.test", plainHeaders("ceo@pass.test"));
        assertThat(hook(broken, "true").onMessage(sessionFor(BAD_IP, "mx.fail.test", "ceo@pass.test"), mail))
            .isEqualTo(HookResult.DECLINED);
        assertThat(metrics.countFor(SpfHook.ERRORS)).isEqualTo(1);
        // never "no verdict": a record that proves nothing, with the error, in the attribute and on top of the message
        VerdictRecord record = VerdictRecordCodec.decode(attr(mail, SpoofGuardAttributes.VERDICT));
        assertThat(record.complete()).isFalse();
        assertThat(record.errors()).singleElement().asString().contains("IllegalStateException");
        assertThat(record.verdict().mailFrom()).isEqualTo("ceo@pass.test");
        assertThat(SpoofGuardAttributes.fromMessage(mail.getMessage())).contains(record);
        assertThat(mail.getMessage().getHeader("X-SpoofGuard-Error")).hasSize(1);
    }

    @Test
    void unreadableMessageIsDeclinedAndCounted() throws Exception {
        Mail mail = mock(Mail.class);
        when(mail.getMessage()).thenThrow(new javax.mail.MessagingException("spool gone"));
        assertThat(hook("true").onMessage(sessionFor(BAD_IP, "mx.fail.test", "ceo@pass.test"), mail))
            .isEqualTo(HookResult.DECLINED);
        assertThat(metrics.countFor(SpfHook.ERRORS)).isEqualTo(1);
    }

    @Test
    void configurationErrorsNameTheKey() throws Exception {
        assertThat(hook(" TRUE ").dmarcReject()).isTrue();
        assertThatThrownBy(() -> hook("yes"))
            .isInstanceOf(ConfigurationException.class)
            .hasMessageContaining("dmarcReject").hasMessageContaining("yes")
            .hasMessageContaining(" / SenderVerdictHook: dmarcReject skal være true eller false");
    }

    @Test
    void headerOnlyForgeryInFoldedFormIsRemovedToo() throws Exception {
        String headers = "Authentication-Results:\r\n mx.receiver.test;\r\n\tdkim=pass header.d=pass.test\r\n"
            + plainHeaders("ceo@pass.test");
        Mail mail = mail("ceo@pass.test", headers);
        hook(null).onMessage(sessionFor(BAD_IP, "mx.fail.test", "ceo@pass.test"), mail);
        String[] ar = mail.getMessage().getHeader("Authentication-Results");
        assertThat(ar).hasSize(1);
        assertThat(Arrays.stream(ar).map(SenderVerdictHookTest::unfold)).allMatch(a -> a.contains("dmarc=fail"));
    }

    static String ourHeader(Mail mail) throws Exception {
        String[] values = mail.getMessage().getHeader("Authentication-Results");
        return Arrays.stream(values).map(SenderVerdictHookTest::unfold)
            .filter(v -> AuthenticationResultsHeader.isOurs(v, AUTHSERV)).findFirst().orElseThrow();
    }

    @Test
    void onlyAnSmtpAuthSessionIsRecordedAsAuthPass() throws Exception {
        // forged claim of our id with an auth resinfo: must not survive next to ours (RFC 8601 §5)
        String forgedAuth = "Authentication-Results: " + AUTHSERV + "; auth=pass smtp.auth=ceo@receiver.test\r\n";
        SMTPSession authed = session(GOOD_IP, "mx.pass.test", Username.of("alice@receiver.test"), false);
        mailFrom(authed, MaybeSender.of(new MailAddress("alice@pass.test")));
        Mail m1 = mail("alice@pass.test", forgedAuth + plainHeaders("alice@pass.test"));
        assertThat(hook(null).onMessage(authed, m1)).isEqualTo(HookResult.DECLINED);
        assertThat(m1.getMessage().getHeader("Authentication-Results")).hasSize(1);
        String header = ourHeader(m1);
        assertThat(header).contains("auth=pass smtp.auth=alice@receiver.test;");
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(header, AUTHSERV)).contains("alice@receiver.test");
        // the record carries the submitter; header copy and attribute are the same record
        VerdictRecord record = VerdictRecordCodec.decode(attr(m1, SpoofGuardAttributes.VERDICT));
        assertThat(record.submittedBy()).isEqualTo("alice@receiver.test");
        assertThat(SpoofGuardAttributes.fromMessage(m1.getMessage())).contains(record);

        SMTPSession relay = session(GOOD_IP, "mx.pass.test", null, true);
        mailFrom(relay, MaybeSender.of(new MailAddress("alice@pass.test")));
        Mail m2 = mail("alice@pass.test", forgedAuth + plainHeaders("alice@pass.test"));
        hook(null).onMessage(relay, m2);
        assertThat(ourHeader(m2)).doesNotContain("auth=").doesNotContain("smtp.auth");
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(ourHeader(m2), AUTHSERV)).isEmpty();

        Mail m3 = mail("alice@pass.test", forgedAuth + plainHeaders("alice@pass.test"));
        hook(null).onMessage(sessionFor(GOOD_IP, "mx.pass.test", "alice@pass.test"), m3);
        assertThat(m3.getMessage().getHeader("Authentication-Results")).hasSize(1);
        assertThat(ourHeader(m3)).doesNotContain("auth=");
        assertThat(VerdictRecordCodec.decode(attr(m3, SpoofGuardAttributes.VERDICT)).submittedBy()).isEmpty();
    }
}
