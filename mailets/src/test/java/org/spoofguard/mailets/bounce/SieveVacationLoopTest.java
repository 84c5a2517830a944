package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.transport.mailets.jsieve.ActionDispatcher;
import org.apache.jsieve.mail.optional.ActionVacation;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.bounce.BounceGuardSettings;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.TestVerdicts;
import org.spoofguard.mailets.FakeRepositoryStore;

/**
 * a Sieve {@code vacation} that GuardedSieve lets through is James 3.8.1's jsieve VacationAction
 * unchanged. Its reply goes out with MAIL FROM = the user (not {@code <>}, RFC 5230 §5.1 / RFC 3834 §3.3), without
 * {@code Auto-Submitted: auto-replied} (RFC 5230 §5.7 / RFC 3834 §5), and for every mail of the same sender (no
 * per-sender memory for {@code :days}, RFC 5230 §4.1). Two such responders (two SpoofGuard users, each with SPF pass
 * for the other) answer each other's answers without end: the guard only looks at the incoming Auto-Submitted.
 */
class SieveVacationLoopTest {
    RecordingMetricFactory metrics = new RecordingMetricFactory();
    BounceGuardServices services = TestVerdicts.services(metrics);
    BounceGuardSettings settings = services.settingsFor(Map.of(), java.util.Set.of());
    FakeRepositoryStore store = new FakeRepositoryStore();
    ActionDispatcher dispatcher = GuardedSieve.guardedDispatcher(services.guard(settings, Map.of()), settings, services,
        new WithheldReplies(store, MailRepositoryUrl.from("memory://var/mail/kept/"), services),
        GuardedSieveTest.vacationAction(java.time.ZonedDateTime::now));

    static Mail proven(String name, String sender) throws Exception {
        return FakeMail.builder().name(name).sender(sender).recipients(GuardedSieveTest.USER)
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().addFrom(sender).addToRecipient(GuardedSieveTest.USER)
                .setSubject("hi").setText("body"))
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"),
                AttributeValue.of(TestVerdicts.ar(SpfResultCode.PASS, sender))))
            .build();
    }

    static ActionVacation vacation() throws Exception {
        return ActionVacation.builder().reason("away").duration(7).build();
    }

    @Test
    void sieveVacationReplyIsMarkedAutoRepliedAndHasTheNullReturnPath() throws Exception {
        Copying context = new Copying();
        dispatcher.execute(vacation(), proven("m1", "bob@honest.example"), context);
        assertThat(context.posted).hasSize(1);
        Mail reply = context.posted.get(0);
        assertThat(reply.getMessage().getHeader("Auto-Submitted"))
            .as("RFC 3834 §5 / RFC 5230: an automatic reply says so, or the other side's responder answers it")
            .isNotNull();
        assertThat(reply.getMaybeSender().isNullSender())
            .as("RFC 5230 §5.1: the vacation reply's MAIL FROM SHOULD be <>; got " + reply.getMaybeSender().asString())
            .isTrue();
    }

    @Test
    void sieveVacationAnswersTheSameSenderOnlyOnceWithinItsDays() throws Exception {
        Copying context = new Copying();
        for (int i = 0; i < 5; i++) {
            dispatcher.execute(vacation(), proven("m" + i, "bob@honest.example"), context);
        }
        assertThat(context.posted).as("RFC 5230 §4.1 :days: one reply per sender per period").hasSize(1);
    }

    @Test
    void twoSieveVacationRespondersDoNotAnswerEachOther() throws Exception {
        // bob@honest.example's server also runs SpoofGuard with a Sieve vacation: our user's reply arrives there
        // from our IP with SPF pass, is proven, and is answered; that answer comes back here, proven, answered...
        Copying context = new Copying();
        dispatcher.execute(vacation(), proven("m1", "bob@honest.example"), context);
        assertThat(context.posted).hasSize(1);
        Mail ourReply = context.posted.get(0);

        Mail asReceivedThere = FakeMail.builder().name("their-side").sender(ourReply.getMaybeSender())
            .recipients(GuardedSieveTest.USER)
            .mimeMessage(ourReply.getMessage())
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"),
                AttributeValue.of(TestVerdicts.ar(SpfResultCode.PASS,
                    ourReply.getMaybeSender().asOptional().map(a -> a.asString()).orElse("")))))
            .build();
        dispatcher.execute(vacation(), asReceivedThere, context);
        assertThat(context.posted).as("an auto-reply is never answered (RFC 3834 §2): no responder loop").hasSize(1);
    }

    /** Like GuardedSieveTest's context, but keeps a copy: James disposes the posted reply right after post(). */
    static final class Copying implements org.apache.james.transport.mailets.jsieve.ActionContext {
        final java.util.List<Mail> posted = new java.util.ArrayList<>();
        final GuardedSieveTest.Context base = new GuardedSieveTest.Context();

        @Override
        public java.time.ZonedDateTime getScriptActivationDate() {
            return base.getScriptActivationDate();
        }

        @Override
        public java.time.ZonedDateTime getScriptInterpretationDate() {
            return base.getScriptInterpretationDate();
        }

        @Override
        public org.apache.james.core.MailAddress getRecipient() {
            return base.getRecipient();
        }

        @Override
        public void post(String uri, Mail mail) throws javax.mail.MessagingException {
            post(mail);
        }

        @Override
        public void post(Mail mail) throws javax.mail.MessagingException {
            posted.add(org.apache.james.server.core.MailImpl.builder().name(mail.getName())
                .sender(mail.getMaybeSender()).addRecipients(mail.getRecipients())
                .mimeMessage(new javax.mail.internet.MimeMessage(mail.getMessage())).build());
        }

        @Override
        public String getServerInfo() {
            return "test";
        }
    }
}
