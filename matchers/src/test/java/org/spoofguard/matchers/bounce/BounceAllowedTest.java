package org.spoofguard.matchers.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spoofguard.core.verdict.RecordLine.pct;

import java.util.Collection;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.bounce.BounceRecord;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.james.TestVerdicts;

class BounceAllowedTest {
    static final String PASS = TestVerdicts.ar(SpfResultCode.PASS, "alice@example.com");
    static final String FAIL = TestVerdicts.ar(SpfResultCode.FAIL, "alice@example.com");

    RecordingMetricFactory metrics = new RecordingMetricFactory();
    BounceGuardServices services = TestVerdicts.services(metrics);

    BounceAllowed allowed(String condition) throws MessagingException {
        return init(new BounceAllowed(services), condition);
    }

    static <T extends BounceAllowed> T init(T matcher, String condition) throws MessagingException {
        matcher.init(FakeMatcherConfig.builder().matcherName(matcher.getClass().getSimpleName())
            .condition(condition).mailetContext(FakeMailContext.defaultContext()).build());
        return matcher;
    }

    static FakeMail.Builder mail(String sender, MimeMessageBuilder message) throws Exception {
        return FakeMail.builder().name("m1").sender(sender).recipient("bob@remote.example")
            .mimeMessage(message).state("bounces");
    }

    static MimeMessageBuilder message() {
        return MimeMessageBuilder.mimeMessageBuilder().setSubject("hi").setText("body");
    }

    static String attr(Mail mail, AttributeName name) {
        return mail.getAttribute(name).map(Attribute::getValue).map(AttributeValue::value).map(String::valueOf)
            .orElse(null);
    }

    /** The decision as SuppressBounce and the console read it. */
    static BounceRecord record(Mail mail) {
        return SpoofGuardAttributes.readBounce(mail).orElseThrow();
    }

    @Test
    void provenSenderIsAllowedAndDecisionIsRecorded() throws Exception {
        BounceAllowed allowed = allowed("authservId=mx.ours.example");
        Mail mail = mail("alice@example.com", message())
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(PASS)))
            .attribute(new Attribute(AttributeName.of("is-delivery-permanent-error"), AttributeValue.of(true)))
            .build();
        Collection<MailAddress> matched = allowed.match(mail);
        assertThat(matched).containsExactly(new MailAddress("bob@remote.example"));
        assertThat(record(mail).decision().action().keyword()).isEqualTo("send");
        assertThat(record(mail).decision().code()).isEqualTo("proven:spf=pass");
        assertThat(record(mail).cause().code()).isEqualTo("remote-permanent");
        // one versioned record; the loose attributes are derived outputs for admins (WebAdmin, their own matchers)
        assertThat(attr(mail, SpoofGuardAttributes.BOUNCE)).isEqualTo(
            "v=1; action=send; cause=remote-permanent; reason=proven:spf%3Dpass; text=" + pct(record(mail).decision().text()));
        assertThat(attr(mail, SpoofGuardAttributes.BOUNCE_DECISION)).isEqualTo("send");
        assertThat(attr(mail, SpoofGuardAttributes.BOUNCE_REASON)).isEqualTo("proven:spf=pass");
        assertThat(attr(mail, SpoofGuardAttributes.BOUNCE_CAUSE)).isEqualTo("remote-permanent");
        assertThat(attr(mail, SpoofGuardAttributes.BOUNCE_TEXT)).isEqualTo(record(mail).decision().text()).isNotEmpty();
    }

    @Test
    void spfFailIsNotAllowedAndInverseMatches() throws Exception {
        BounceAllowed allowed = allowed("");
        BounceNotAllowed notAllowed = init(new BounceNotAllowed(services), "");
        Mail mail = mail("alice@example.com", message())
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(FAIL))).build();
        assertThat(allowed.match(mail)).isEmpty();
        assertThat(notAllowed.match(mail)).containsExactly(new MailAddress("bob@remote.example"));
        assertThat(record(mail).decision().code()).isEqualTo("spf=fail");
        assertThat(record(mail).decision().action().keyword()).isEqualTo("suppress");
    }

    @Test
    void localDeliveryErrorMailReadsOurRecordHeaderNotTheLoopbackAddress() throws Exception {
        BounceAllowed allowed = allowed("authservId=mx.ours.example");
        // only the first record field counts (ours, on top); Authentication-Results are never read back
        Mail forged = mail("alice@example.com", message()
            .addHeader("X-SpoofGuard-Record", FAIL)
            .addHeader("X-SpoofGuard-Record", PASS)
            .addHeader("Authentication-Results", "mx.ours.example; spf=pass smtp.mailfrom=alice@example.com"))
            .remoteAddr("127.0.0.1").state("error").errorMessage("OverQuotaException").build();
        assertThat(allowed.match(forged)).isEmpty();
        assertThat(record(forged).decision().code()).isEqualTo("spf=fail");
        assertThat(record(forged).cause().code()).isEqualTo("mailbox-full");

        Mail honest = mail("alice@example.com", message().addHeader("X-SpoofGuard-Record", PASS))
            .remoteAddr("127.0.0.1").state("error").build();
        assertThat(allowed.match(honest)).hasSize(1);
    }

    @Test
    void recordHeaderIsReadAndAnUnreadableOneSuppressesAsAnErrorNeverAsNoInformation() throws Exception {
        Mail ours = mail("alice@example.com", message().addHeader("X-SpoofGuard-Record", PASS)).build();
        assertThat(allowed("").match(ours)).hasSize(1);
        assertThat(record(ours).decision().code()).isEqualTo("proven:spf=pass");

        Mail onlyAr = mail("alice@example.com", message().addHeader("Authentication-Results",
            "mx.ours.example; spf=pass smtp.mailfrom=alice@example.com")).build();
        assertThat(allowed("").match(onlyAr)).isEmpty();
        assertThat(record(onlyAr).decision().code()).isEqualTo("no-verdict");

        // even with bounce.unproven=send: a record we cannot read proves nothing
        Mail broken = mail("alice@example.com", message().addHeader("X-SpoofGuard-Record", "v=1; junk")).build();
        assertThat(allowed("unproven=send").match(broken)).isEmpty();
        assertThat(record(broken).decision().code()).isEqualTo("error");
    }

    @Test
    void alignedDkimProvesTheReturnPathWhenSpfDoesNotSpeak() throws Exception {
        Mail mail = mail("alice@example.com", message()).attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"),
            AttributeValue.of(TestVerdicts.ar(TestVerdicts.AUTHSERV_ID, SpfResultCode.NEUTRAL, "alice@example.com", "mail.example.com"))))
            .build();
        assertThat(allowed("").match(mail)).hasSize(1);
        assertThat(record(mail).decision().code()).isEqualTo("proven:dkim=pass(d=mail.example.com)");
    }

    /** A signed mail replayed from a host outside the domain's "~all": its softfail stands (DKIM replay backscatter). */
    @Test
    void alignedDkimDoesNotOverruleSpfSoftfail() throws Exception {
        Mail mail = mail("alice@example.com", message()).attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"),
            AttributeValue.of(TestVerdicts.ar(TestVerdicts.AUTHSERV_ID, SpfResultCode.SOFTFAIL, "alice@example.com", "mail.example.com"))))
            .build();
        assertThat(allowed("").match(mail)).isEmpty();
        assertThat(record(mail).decision().code()).isEqualTo("spf=softfail");
    }

    /** A signed mail replayed from anywhere with MAIL FROM:<alice@example.com>: the domain's SPF fail stands. */
    @Test
    void alignedDkimDoesNotOverruleSpfFail() throws Exception {
        Mail mail = mail("alice@example.com", message()).attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"),
            AttributeValue.of(TestVerdicts.ar(TestVerdicts.AUTHSERV_ID, SpfResultCode.FAIL, "alice@example.com", "mail.example.com"))))
            .build();
        assertThat(allowed("").match(mail)).isEmpty();
        assertThat(record(mail).decision().code()).isEqualTo("spf=fail");
    }

    @Test
    void countsIntoTheSharedReportAndMetrics() throws Exception {
        BounceAllowed first = allowed("");
        BounceNotAllowed second = init(new BounceNotAllowed(services), "");
        first.match(mail("alice@example.com", message())
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(PASS))).build());
        second.match(mail("alice@example.com", message())
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(FAIL))).build());
        assertThat(services.stats().totalSent()).isEqualTo(1);
        assertThat(services.stats().totalSuppressed()).isEqualTo(1);
        assertThat(services.stats().topSuppressedDomains(5)).extracting(java.util.Map.Entry::getKey).containsExactly("example.com");
        assertThat(metrics.countFor("spoofguard_bounce_sent")).isEqualTo(1);
        assertThat(metrics.countFor("spoofguard_bounce_suppressed_spf_fail")).isEqualTo(1);
    }

    @Test
    void serverWideRateLimitIsSharedBetweenInstances() throws Exception {
        services = TestVerdicts.services(metrics, "bounce.rateLimit", "2", "bounce.rateWindow", "1h");
        BounceAllowed a = allowed("");
        BounceAllowed b = allowed("");
        int sent = 0;
        for (int i = 0; i < 6; i++) {
            Mail m = mail("alice@example.com", message())
                .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(PASS))).build();
            sent += (i % 2 == 0 ? a : b).match(m).size();
        }
        assertThat(sent).isEqualTo(2);
        assertThat(services.stats().byReason()).containsEntry("suppress:rate_limited", 4L);
    }

    @Test
    void badServerSettingNamesTheKey() {
        assertThatThrownBy(() -> TestVerdicts.services(metrics, "bounce.rateLimit", "many"))
            .hasMessageContaining("rateLimit");
    }

    @Test
    void nullSenderAndAutoSubmittedAreNeverAllowed() throws Exception {
        BounceAllowed allowed = allowed("unproven=send");
        Mail nullSender = FakeMail.builder().name("n").sender(MaybeSender.nullSender()).recipient("bob@remote.example")
            .mimeMessage(message()).build();
        assertThat(allowed.match(nullSender)).isEmpty();
        assertThat(record(nullSender).decision().code()).isEqualTo("null-sender");
        // Unproven (no verdict), Auto-Submitted mail gets no DSN even with unproven=send.
        Mail auto = mail("alice@example.com", message().addHeader("Auto-Submitted", "auto-replied (vacation)"))
            .build();
        assertThat(allowed.match(auto)).isEmpty();
        assertThat(record(auto).decision().code()).isEqualTo("auto-submitted");
    }

    /** A DSN is no auto-reply (RFC 3834 §1): a proven sender of automated mail learns it failed, within the rate. */
    @Test
    void autoSubmittedFromAProvenSenderIsAllowedAndRateLimited() throws Exception {
        BounceAllowed allowed = allowed("rateLimit=1, rateWindow=1h");
        Mail first = mail("alice@example.com", message().addHeader("Auto-Submitted", "auto-generated"))
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(PASS))).build();
        assertThat(allowed.match(first)).hasSize(1);
        assertThat(record(first).decision().code()).isEqualTo("proven:spf=pass");
        Mail second = mail("alice@example.com", message().addHeader("Auto-Submitted", "auto-generated"))
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(PASS))).build();
        assertThat(allowed.match(second)).isEmpty();
        assertThat(record(second).decision().code()).isEqualTo("rate-limited");
    }

    @Test
    void unprovenFollowsConditionAndRateLimitApplies() throws Exception {
        BounceAllowed lax = allowed("unproven=send, rateLimit=1, rateWindow=1h");
        assertThat(lax.match(mail("a@example.com", message()).build())).hasSize(1);
        Mail second = mail("b@example.com", message()).build();
        assertThat(lax.match(second)).isEmpty();
        assertThat(record(second).decision().code()).isEqualTo("rate-limited");
    }

    @Test
    void badConditionNamesTheKey() {
        assertThatThrownBy(() -> allowed("rateLimit=lots"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("rateLimit");
        assertThatThrownBy(() -> allowed("unproven=maybe"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("unproven");
        assertThatThrownBy(() -> allowed("colour=blue"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> allowed("rateWindow=0s"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("rateWindow");
    }

    /** The matcher's name stands before both halves, so the Danish reader also sees who refuses. */
    @Test
    void badConditionIsRefusedInEnglishThenDanishNamingTheMatcherInBoth() {
        assertThatThrownBy(() -> allowed("unproven=maybe"))
            .hasMessageMatching("(\\S+): parameter 'unproven' must be 'suppress' or 'send', got 'maybe'"
                + " / \\1: parameteren 'unproven' skal være 'suppress' eller 'send', ikke 'maybe'");
    }
}
