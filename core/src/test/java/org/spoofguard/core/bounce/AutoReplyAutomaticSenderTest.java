package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoofguard.core.bounce.BouncePolicyTest.verdict;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * RFC 5230 §4.6 / RFC 3834 §2: a mail system's or list manager's own address gets no automatic reply, proven or not,
 * also when it is written the way such systems really write their return paths (VERP, sub-address, BATV, SRS, a
 * quoted local part), and a person's address that only looks similar still gets one.
 */
class AutoReplyAutomaticSenderTest {

    private static BounceDecision provenReply(String mailFrom) {
        return AutoReplyPolicy.decide(Optional.of(verdict("192.0.2.1", mailFrom, SpfResultCode.PASS)), mailFrom,
            OriginalHeaders.NONE, VerdictReevaluator.NONE, "");
    }

    @Test
    void automaticSendersAreRecognisedInTheFormsTheyReallyUse() {
        for (String sender : List.of(
                // Mailman 3 VERP, majordomo (vger.kernel.org) VERP, sub-addressed list manager addresses
                "list-bounces+alice=example.dk@lists.example",
                "linux-kernel-owner+willy=40w.ods.org-S964772AbWGSJO1@vger.kernel.org",
                "team-request+subscribe@lists.example", "owner-team+alice=example.dk@lists.example",
                // bulk senders' bounce handlers: read by machines only, never by the human behind From
                "bounces+123-abc@sendgrid.net", "bounce-mc.us5_1234.567-alice=example.dk@mail123.mcsv.net",
                "bounce@mg.example.com", "news-bounce@example.com",
                // BATV (prvs=tag=local) and SRS (a forwarder's rewrite of the original return path)
                "prvs=1234567890=mailer-daemon@example.com", "PRVS=0123abcdef=owner-list@example.com",
                "msprvs1=18123abc=bounces-12345@sparkpostmail.com", "btv1==0129f1f5b2e==mailer-daemon@example.com",
                "SRS0=HHHH=TT=example.com=owner-list@fwd.example",
                "SRS0+HHHH=TT=example.com=list-request@fwd.example",
                "SRS1=HHHH=fwd1.example==HHHH=TT=example.com=majordomo@fwd2.example",
                // quoted local parts are the same mailbox (RFC 5322 §3.4.1, RFC 5321 §4.1.2)
                "\"mailer-daemon\"@example.com", "\"MAILER-DAEMON\"@example.com", "\"mailer\\-daemon\"@example.com",
                "\"owner-team\"@example.com",
                // "do not reply" spelt as senders spell it
                "notifications-noreply@example.com", "no_reply@example.com", "noreply-dmarc-support@google.com",
                "no-reply-aws@amazon.com", "do_not_reply@example.com", "DoNotReply.Billing@example.com")) {
            BounceDecision d = provenReply(sender);
            assertThat(d.code()).as(sender).isEqualTo("automatic-sender");
            assertThat(d.isSend()).as(sender).isFalse();
        }
    }

    @Test
    void peopleWhoseAddressesOnlyLookAutomaticStillGetTheirReply() {
        for (String sender : List.of("requesting@example.com", "request@example.com", "owner@example.com",
                "ownerless@example.com", "bouncer@example.com", "alice+news@example.com", "bob=smith@example.com",
                "postmaster@example.com", "srs0@example.com", "prvs@example.com", "noreplyjulie@example.com",
                "replyto@example.com", "\"john smith\"@example.com", "daemon@example.com")) {
            BounceDecision d = provenReply(sender);
            assertThat(d.code()).as(sender).isEqualTo("proven:spf=pass");
        }
    }
}
