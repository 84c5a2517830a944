package org.spoofguard.matchers.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;

class BounceAllowedTest {
    static final String PASS = "mx.ours.example; spf=pass smtp.mailfrom=alice@example.com";
    static final String FAIL = "mx.ours.example; spf=fail smtp.mailfrom=alice@example.com";

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

    @Test
    void provenSenderIsAllowedAndDecisionIsRecorded() throws Exception {
        BounceAllowed allowed = init(new BounceAllowed(), "authservId=mx.ours.example");
        Mail mail = mail("alice@example.com", message())
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(PASS)))
            .attribute(new Attribute(AttributeName.of("is-delivery-permanent-error"), AttributeValue.of(true)))
            .build();
        Collection<MailAddress> matched = allowed.match(mail);
        assertThat(matched).containsExactly(new MailAddress("bob@remote.example"));
        assertThat(attr(mail, BounceAllowed.DECISION)).isEqualTo("send");
        assertThat(attr(mail, BounceAllowed.REASON)).isEqualTo("proven:spf=pass");
        assertThat(attr(mail, BounceAllowed.CAUSE)).isEqualTo("remote-permanent");
    }

    @Test
    void spfFailIsNotAllowedAndInverseMatches() throws Exception {
        BounceAllowed allowed = init(new BounceAllowed(), "");
        BounceNotAllowed notAllowed = init(new BounceNotAllowed(), "");
        Mail mail = mail("alice@example.com", message())
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(FAIL))).build();
        assertThat(allowed.match(mail)).isEmpty();
        assertThat(notAllowed.match(mail)).containsExactly(new MailAddress("bob@remote.example"));
        assertThat(attr(mail, BounceAllowed.REASON)).isEqualTo("spf=fail");
        assertThat(attr(mail, BounceAllowed.DECISION)).isEqualTo("suppress");
    }

    @Test
    void localDeliveryErrorMailReadsOurHeaderNotTheLoopbackAddress() throws Exception {
        BounceAllowed allowed = init(new BounceAllowed(), "authservId=mx.ours.example");
        Mail forged = mail("alice@example.com", message()
            .addHeader("Authentication-Results", "mx.ours.example.attacker; spf=pass smtp.mailfrom=alice@example.com")
            .addHeader("Authentication-Results", FAIL))
            .remoteAddr("127.0.0.1").state("error").errorMessage("OverQuotaException").build();
        assertThat(allowed.match(forged)).isEmpty();
        assertThat(attr(forged, BounceAllowed.REASON)).isEqualTo("spf=fail");
        assertThat(attr(forged, BounceAllowed.CAUSE)).isEqualTo("mailbox-full");

        Mail honest = mail("alice@example.com", message().addHeader("Authentication-Results", PASS))
            .remoteAddr("127.0.0.1").state("error").build();
        assertThat(allowed.match(honest)).hasSize(1);
    }

    @Test
    void headerFallbackNeedsAnAuthservId() throws Exception {
        BounceAllowed allowed = init(new BounceAllowed(), "");
        Mail mail = mail("alice@example.com", message().addHeader("Authentication-Results", PASS)).build();
        assertThat(allowed.match(mail)).isEmpty();
        assertThat(attr(mail, BounceAllowed.REASON)).isEqualTo("no-verdict");
    }

    @Test
    void nullSenderAndAutoSubmittedAreNeverAllowed() throws Exception {
        BounceAllowed allowed = init(new BounceAllowed(), "unproven=send");
        Mail nullSender = FakeMail.builder().name("n").sender(MaybeSender.nullSender()).recipient("bob@remote.example")
            .mimeMessage(message()).build();
        assertThat(allowed.match(nullSender)).isEmpty();
        assertThat(attr(nullSender, BounceAllowed.REASON)).isEqualTo("null-sender");
        Mail auto = mail("alice@example.com", message().addHeader("Auto-Submitted", "auto-replied (vacation)"))
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(PASS))).build();
        assertThat(allowed.match(auto)).isEmpty();
        assertThat(attr(auto, BounceAllowed.REASON)).isEqualTo("auto-submitted");
    }

    @Test
    void unprovenFollowsConditionAndRateLimitApplies() throws Exception {
        BounceAllowed lax = init(new BounceAllowed(), "unproven=send, rateLimit=1, rateWindow=1h");
        assertThat(lax.match(mail("a@example.com", message()).build())).hasSize(1);
        Mail second = mail("b@example.com", message()).build();
        assertThat(lax.match(second)).isEmpty();
        assertThat(attr(second, BounceAllowed.REASON)).isEqualTo("rate-limited");
    }

    @Test
    void badConditionNamesTheKey() {
        assertThatThrownBy(() -> init(new BounceAllowed(), "rateLimit=lots"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("rateLimit");
        assertThatThrownBy(() -> init(new BounceAllowed(), "unproven=maybe"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("unproven");
        assertThatThrownBy(() -> init(new BounceAllowed(), "colour=blue"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> init(new BounceAllowed(), "rateWindow=0s"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("rateWindow");
    }
}
