package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.junit.jupiter.api.Test;

/**
 * Review (area dsn): "never a silent drop". SuppressBounce keeps null-sender failures too (reason null-sender):
 * e.g. a remote server's DSN or out-of-office for our user whose mailbox was full (IsOverQuota ->
 * local-delivery-error). It is the only copy of that message. The console lists it under "suppressed" and its
 * Release (like the documented WebAdmin "release all") reprocesses into bounce-release, which was only
 * {@code DSNBounce passThrough=false}: DSNBounce sends nothing for the null sender and ghosts the mail, and
 * the reprocessing has already removed it from the repository. Gone, no DSN, no log line (DSNBounce logs that only
 * with debug=true). Fixed: bounce-release's {@link DeliveryStatusBounce} hands such a mail to
 * {@code nullSenderProcessor}, which delivers it to local users (local-delivery-retry) and keeps the rest.
 */
class ReleaseNullSenderTest {
    @Test
    void releasingAKeptNullSenderMailDoesNotDestroyIt() throws Exception {
        FakeMailContext context = BundledConf.context();
        DeliveryStatusBounce dsn = BundledConf.bouncer("bounce-release", context);
        // as SuppressBounce kept it: the remote DSN addressed to our user, null sender, mailbox full
        Mail kept = FakeMail.builder().name("error-remote-dsn").lastUpdated(new java.util.Date())
            .recipients("alice@ours.example").state("bounce-release")
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().addFrom("MAILER-DAEMON@partner.example")
                .setSubject("Undelivered Mail Returned to Sender").setText("your mail to x@partner.example failed"))
            .errorMessage("5.2.2 mailbox full")
            .build();
        dsn.service(kept);

        assertThat(kept.getState().equals(Mail.GHOST) && context.getSentMails().isEmpty())
            .as("released null-sender mail neither answered nor kept anywhere: silently destroyed")
            .isFalse();

        // where it went: local users get it through the delivery retry (the quota check first: still full means
        // kept again in suppressed-bounces), anything else is kept in a repository; neither ends in a drop
        assertThat(context.getSentMails()).as("no DSN answers a DSN (RFC 3464 §2)").isEmpty();
        List<BundledConf.Mailet> next = BundledConf.processor(kept.getState());
        assertThat(next).extracting(BundledConf.Mailet::className).doesNotContain("Null")
            .doesNotContain("DSNBounce", DeliveryStatusBounce.class.getName());
        assertThat(next).anySatisfy(m -> {
            assertThat(m.match()).isEqualTo("RecipientIsLocal");
            assertThat(m.params()).containsEntry("processor", "local-delivery-retry");
        });
        BundledConf.Mailet last = next.get(next.size() - 1);
        assertThat(last.match()).isEqualTo("All");
        assertThat(last.className()).isEqualTo("ToRepository");
        assertThat(last.params()).doesNotContainEntry("passThrough", "true");
    }
}
