package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.james.core.MailAddress;
import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.james.server.core.MailImpl;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeValue;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.bounce.BounceCause;
import org.spoofguard.core.bounce.BounceDecision;
import org.spoofguard.core.bounce.BounceRecord;
import org.spoofguard.james.SpoofGuardAttributes;

/** The bounce guard's cause and reason on the console's suppressed-bounces page, read only through SpoofGuardAttributes. */
class HeldMailBounceTest {
    static MailImpl mail() throws Exception {
        return MailImpl.builder().name("held-1").sender("victim@spf-fail.example")
            .addRecipient(new MailAddress("full@ours.example"))
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().setSubject("x").setText("x").build()).build();
    }

    @Test
    void theRecordIsShownAsCauseAndReason() throws Exception {
        MailImpl mail = mail();
        SpoofGuardAttributes.writeBounce(mail, new BounceRecord(BounceDecision.suppress("spf=fail", "SPF fail"),
            BounceCause.MAILBOX_FULL));
        assertThat(HeldMail.of(mail, "mx.ours.example").bounceReason()).isEqualTo("mailbox-full: spf=fail");
    }

    @Test
    void aMailHeldByThePreviousReleaseShowsItsLooseAttributes() throws Exception {
        MailImpl mail = mail();
        mail.setAttribute(new Attribute(SpoofGuardAttributes.BOUNCE_DECISION, AttributeValue.of("suppress")));
        mail.setAttribute(new Attribute(SpoofGuardAttributes.BOUNCE_REASON, AttributeValue.of("rate-limited")));
        mail.setAttribute(new Attribute(SpoofGuardAttributes.BOUNCE_CAUSE, AttributeValue.of("remote-expired")));
        assertThat(HeldMail.of(mail, "mx.ours.example").bounceReason()).isEqualTo("remote-expired: rate-limited");
    }

    @Test
    void aDamagedRecordSaysSoAndNoRecordIsEmpty() throws Exception {
        MailImpl mail = mail();
        assertThat(HeldMail.of(mail, "mx.ours.example").bounceReason()).isEmpty();
        mail.setAttribute(new Attribute(SpoofGuardAttributes.BOUNCE, AttributeValue.of("v=9; action=send")));
        // the loose attributes never override the record, even when it cannot be read
        mail.setAttribute(new Attribute(SpoofGuardAttributes.BOUNCE_REASON, AttributeValue.of("proven:spf=pass")));
        assertThat(HeldMail.of(mail, "mx.ours.example").bounceReason()).isEqualTo("other: unreadable-record");
    }
}
