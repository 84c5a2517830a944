package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.transport.mailets.jsieve.ActionContext;
import org.apache.james.transport.mailets.jsieve.ActionDispatcher;
import org.apache.jsieve.mail.ActionRedirect;
import org.apache.jsieve.mail.ActionReject;
import org.apache.jsieve.mail.optional.ActionVacation;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.bounce.BounceCause;
import org.spoofguard.core.bounce.BounceGuardSettings;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.mailets.FakeRepositoryStore;
import org.spoofguard.james.TestVerdicts;

/** The guarded Sieve actions, run through the dispatcher GuardedSieve installs, with James's real actions behind. */
class GuardedSieveTest {
    static final String USER = "alice@ours.example";

    RecordingMetricFactory metrics = new RecordingMetricFactory();
    BounceGuardServices services = TestVerdicts.services(metrics);
    BounceGuardSettings settings = services.settingsFor(Map.of(), java.util.Set.of());
    static final MailRepositoryUrl KEPT = MailRepositoryUrl.from("memory://var/mail/kept/");
    FakeRepositoryStore store = new FakeRepositoryStore();
    java.util.concurrent.atomic.AtomicReference<ZonedDateTime> now = new java.util.concurrent.atomic.AtomicReference<>(
        ZonedDateTime.parse("2026-12-06T10:00:00Z"));
    ActionDispatcher dispatcher = GuardedSieve.guardedDispatcher(services.guard(settings, Map.of()), settings, services,
        new WithheldReplies(store, KEPT, services), vacationAction(now::get));

    static final SieveVacationAction.FromAliases NO_ALIASES =
        (user, requested) -> org.spoofguard.core.bounce.SieveVacation.FromAlias.NOT_THE_USERS;

    static SieveVacationAction vacationAction(org.apache.james.util.date.ZonedDateTimeProvider clock) {
        return new SieveVacationAction(new org.apache.james.vacation.memory.MemoryNotificationRegistry(clock), clock,
            NO_ALIASES);
    }
    Context context = new Context();

    static Mail mail(String sender, SpfResultCode spf, String from) throws Exception {
        return FakeMail.builder().name("m1").sender(sender).recipients(USER, "carol@ours.example")
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().addFrom(from).addToRecipient(USER)
                .setSubject("hi").setText("body"))
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"),
                AttributeValue.of(TestVerdicts.ar(spf, sender))))
            .build();
    }

    static ActionVacation vacation() throws Exception {
        return ActionVacation.builder().reason("away").duration(7).build();
    }

    @Test
    void sieveVacationAnswersAProvenReturnPath() throws Exception {
        dispatcher.execute(vacation(), mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example"), context);
        assertThat(context.posted).hasSize(1);
        assertThat(context.posted.get(0).getRecipients()).containsExactly(new MailAddress("bob@honest.example"));
        assertThat(metrics.countFor("spoofguard_autoreply_allowed")).isEqualTo(1);
    }

    @Test
    void sieveVacationReplyIsAnRfc5230Reply() throws Exception {
        Mail original = mail("bob@honest.example", SpfResultCode.PASS, "Bob <bob@honest.example>");
        original.getMessage().setHeader("Message-ID", "<m1@honest.example>");
        original.getMessage().setHeader("References", "<m0@honest.example>");
        dispatcher.execute(vacation(), original, context);
        assertThat(context.posted).hasSize(1);
        Mail reply = context.posted.get(0);
        javax.mail.internet.MimeMessage m = reply.getMessage();
        assertThat(reply.getMaybeSender().isNullSender()).as("RFC 5230 §5.1: MAIL FROM <>").isTrue();
        assertThat(m.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(m.getSubject()).isEqualTo("Auto: hi");
        assertThat(m.getHeader("In-Reply-To", null)).isEqualTo("<m1@honest.example>");
        assertThat(m.getHeader("References", null)).isEqualTo("<m0@honest.example> <m1@honest.example>");
        assertThat(m.getHeader("From", null)).isEqualTo(USER);
        assertThat(m.getHeader("To", null)).isEqualTo("bob@honest.example");
        assertThat(m.getContent().toString()).isEqualTo("away");
    }

    @Test
    void sieveVacationAnswersASenderAgainOnlyAfterItsDays() throws Exception {
        ActionVacation threeDays = ActionVacation.builder().reason("away").duration(3).build();
        dispatcher.execute(threeDays, mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example"), context);
        now.set(now.get().plusDays(3).minusMinutes(1));
        dispatcher.execute(threeDays, mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example"), context);
        assertThat(context.posted).as("within :days 3").hasSize(1);
        dispatcher.execute(threeDays, mail("carol@honest.example", SpfResultCode.PASS, "carol@honest.example"), context);
        assertThat(context.posted).as("per sender").hasSize(2);
        now.set(now.get().plusMinutes(2));
        dispatcher.execute(threeDays, mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example"), context);
        assertThat(context.posted).as("after :days 3").hasSize(3);
    }

    @Test
    void aSendersMailsProcessedAtOnceAreAnsweredOnce() throws Exception {
        // James's spooler runs mails concurrently: "answered?" and "remember" must not interleave with another mail's
        List<Mail> posted = java.util.Collections.synchronizedList(new ArrayList<>());
        ActionContext slow = new ActionContext() {
            @Override
            public ZonedDateTime getScriptActivationDate() {
                return context.getScriptActivationDate();
            }

            @Override
            public ZonedDateTime getScriptInterpretationDate() {
                return context.getScriptInterpretationDate();
            }

            @Override
            public MailAddress getRecipient() {
                return context.getRecipient();
            }

            @Override
            public void post(String uri, Mail mail) throws MessagingException {
                post(mail);
            }

            @Override
            public void post(Mail mail) {
                try {
                    Thread.sleep(50); // spooling the reply takes a while
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                posted.add(mail);
            }

            @Override
            public String getServerInfo() {
                return "test";
            }
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Mail m = mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example");
                runs.add(pool.submit(() -> {
                    start.await();
                    dispatcher.execute(vacation(), m, slow);
                    return null;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<?> run : runs) {
                run.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(posted).hasSize(1);
    }

    @Test
    void anotherVacationOfTheUserIsRememberedApart() throws Exception {
        dispatcher.execute(vacation(), mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example"), context);
        ActionVacation conference = ActionVacation.builder().reason("at a conference").handle("conf").build();
        dispatcher.execute(conference, mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example"), context);
        dispatcher.execute(conference, mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example"), context);
        assertThat(context.posted).as("RFC 5230 §4.2: one memory per :handle").hasSize(2);
    }

    @Test
    void sieveVacationDoesNotAnswerListMail() throws Exception {
        Mail newsletter = mail("news@honest.example", SpfResultCode.PASS, "news@honest.example");
        newsletter.getMessage().setHeader("List-Unsubscribe", "<mailto:leave@honest.example>");
        dispatcher.execute(vacation(), newsletter, context);
        assertThat(context.posted).isEmpty();
    }

    /** RFC 5230 §4.5: never answer the user's own mail (her address, in any case, or one of the :addresses). */
    @Test
    void sieveVacationDoesNotAnswerTheUsersOwnMail() throws Exception {
        dispatcher.execute(vacation(), mail("Alice@Ours.example", SpfResultCode.PASS, "Alice@Ours.example"), context);
        ActionVacation withAddresses = ActionVacation.builder().reason("away").duration(7)
            .addresses(List.of("sales@ours.example")).build();
        dispatcher.execute(withAddresses, mail("sales@ours.example", SpfResultCode.PASS, "sales@ours.example"),
            context);
        assertThat(context.posted).isEmpty();
        dispatcher.execute(withAddresses, mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example"), context);
        assertThat(context.posted).hasSize(1);
    }

    /**
     * RFC 5230 §4.5: only mail whose To/Cc/Bcc/Resent-* names the user (or an :addresses address, or an alias of the
     * user) is answered. jSieve looked at the envelope, which always names the user: a proven bulk sender that
     * Bcc'd a list of addresses learnt from each away user's reply that the address is read.
     */
    @Test
    void sieveVacationAnswersOnlyMailThatNamesTheUser() throws Exception {
        for (String to : List.of("undisclosed-recipients:;", "list@lists.example", "malice@ours.example")) {
            Mail bcc = mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example");
            bcc.getMessage().setHeader("To", to);
            dispatcher.execute(vacation(), bcc, context);
        }
        Mail noTo = mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example");
        noTo.getMessage().removeHeader("To");
        dispatcher.execute(vacation(), noTo, context);
        assertThat(context.posted).isEmpty();

        Mail cc = mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example");
        cc.getMessage().setHeader("To", "list@lists.example");
        cc.getMessage().setHeader("Cc", "Alice <ALICE@ours.example>");
        dispatcher.execute(vacation(), cc, context);
        assertThat(context.posted).as("named in Cc").hasSize(1);

        Mail toSales = mail("carol@honest.example", SpfResultCode.PASS, "carol@honest.example");
        toSales.getMessage().setHeader("To", "sales@ours.example");
        dispatcher.execute(ActionVacation.builder().reason("away").duration(7)
            .addresses(List.of("sales@ours.example")).build(), toSales, context);
        assertThat(context.posted).as("named as one of the :addresses").hasSize(2);
    }

    @Test
    void sieveVacationDoesNotAnswerAForgedReturnPathNorAutomaticMail() throws Exception {
        dispatcher.execute(vacation(), mail("ceo@forged.example", SpfResultCode.FAIL, "ceo@forged.example"), context);
        Mail auto = mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example");
        auto.getMessage().setHeader("Auto-Submitted", "auto-replied");
        dispatcher.execute(vacation(), auto, context);
        assertThat(context.posted).isEmpty();
        assertThat(metrics.countFor("spoofguard_autoreply_suppressed_spf_fail")).isEqualTo(1);
        assertThat(metrics.countFor("spoofguard_autoreply_suppressed_auto_submitted")).isEqualTo(1);
        assertThat(services.stats().suppressed(BounceCause.AUTO_REPLY)).isEqualTo(2);
    }

    /**
     * A read receipt (RFC 8098 MDN, "MDN-sent-automatically") or a DSN from a proven, non-null return path, without
     * Auto-Submitted (MUAs send read receipts from the user's own address): a Sieve reject would answer an MDN with an
     * MDN ("An MDN MUST NOT be generated in response to an MDN", RFC 3798/8098), a Sieve vacation would answer a
     * machine's report. James's own out-of-office never answers multipart/report (its AutomaticallySentMailDetector).
     */
    @Test
    void reportsFromAProvenSenderGetNeitherARejectMdnNorAVacationReply() throws Exception {
        for (String reportType : List.of("disposition-notification", "delivery-status")) {
            Mail reject = report("bob@honest.example", reportType);
            dispatcher.execute(new ActionReject("no thanks"), reject, context);
            assertThat(context.posted).as("reject of a " + reportType + " report").isEmpty();
            assertThat(reject.getRecipients()).as("the user still refused it").doesNotContain(new MailAddress(USER));
            dispatcher.execute(vacation(), report("bob@honest.example", reportType), context);
            assertThat(context.posted).as("vacation answer to a " + reportType + " report").isEmpty();
        }
        assertThat(metrics.countFor("spoofguard_autoreply_suppressed_report")).isEqualTo(4);
        // an ordinary mail of the same proven sender is still answered
        dispatcher.execute(vacation(), mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example"), context);
        assertThat(context.posted).hasSize(1);
    }

    static Mail report(String sender, String reportType) throws Exception {
        String raw = "From: " + sender + "\r\nTo: " + USER + "\r\nSubject: Read: hi\r\n"
            + "Message-ID: <report-" + reportType + "@honest.example>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: Multipart/Report (receipt); report-type=" + reportType + "; boundary=\"B\"\r\n\r\n"
            + "--B\r\nContent-Type: text/plain\r\n\r\nYour message was displayed.\r\n"
            + "--B\r\nContent-Type: message/" + reportType + "\r\n\r\n"
            + "Final-Recipient: rfc822; " + sender + "\r\nDisposition: automatic-action/MDN-sent-automatically; displayed\r\n"
            + "--B--\r\n";
        javax.mail.internet.MimeMessage message = new javax.mail.internet.MimeMessage(
            javax.mail.Session.getInstance(new java.util.Properties()),
            new java.io.ByteArrayInputStream(raw.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        return FakeMail.builder().name("r-" + reportType).sender(sender).recipients(USER)
            .mimeMessage(message)
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"),
                AttributeValue.of(TestVerdicts.ar(SpfResultCode.PASS, sender))))
            .build();
    }

    @Test
    void refusedRejectSendsNoMdnKeepsTheRefusedCopyForReleaseAndStillKeepsTheMailFromTheUser() throws Exception {
        Mail forged = mail("ceo@forged.example", SpfResultCode.FAIL, "ceo@forged.example");
        dispatcher.execute(new ActionReject("no thanks"), forged, context);
        assertThat(context.posted).isEmpty();
        assertThat(forged.getRecipients()).containsExactly(new MailAddress("carol@ours.example"));

        Mail kept = store.repositories.get(KEPT).mails.values().iterator().next();
        assertThat(kept.getRecipients()).containsExactly(new MailAddress(USER));
        assertThat(kept.getMaybeSender().asString()).isEqualTo("ceo@forged.example");
        assertThat(kept.getErrorMessage()).contains("no thanks");
        org.spoofguard.core.bounce.BounceRecord record = org.spoofguard.james.SpoofGuardAttributes.readBounce(kept).orElseThrow();
        assertThat(record.cause()).isEqualTo(BounceCause.AUTO_REPLY);
        assertThat(record.decision().code()).isEqualTo("spf=fail");
        assertThat(record.isSend()).isFalse();
        assertThat(services.stats().toJson()).contains("\"repository\":\"memory://var/mail/kept\",\"key\":\"withheld-reject-");
        assertThat(metrics.countFor(WithheldReplies.METRIC_STORED)).isEqualTo(1);
    }

    @Test
    void aWithheldRejectThatCannotBeKeptStaysWithTheUser() throws Exception {
        store.failStore = true;
        Mail forged = mail("ceo@forged.example", SpfResultCode.FAIL, "ceo@forged.example");
        dispatcher.execute(new ActionReject("no thanks"), forged, context);
        assertThat(context.posted).isEmpty();
        assertThat(forged.getRecipients()).as("never lost").contains(new MailAddress(USER));
        assertThat(metrics.countFor(WithheldReplies.METRIC_STORE_FAILED)).isEqualTo(1);
    }

    @Test
    void rejectMdnGoesOutOnlyWhenItsHeaderTargetIsTheProvenReturnPath() throws Exception {
        // James's reject answers the From/Reply-To header: a proven MAIL FROM does not vouch for it.
        Mail otherFrom = mail("bob@honest.example", SpfResultCode.PASS, "victim@innocent.example");
        dispatcher.execute(new ActionReject("no thanks"), otherFrom, context);
        assertThat(context.posted).isEmpty();
        assertThat(otherFrom.getRecipients()).doesNotContain(new MailAddress(USER));
        assertThat(metrics.countFor("spoofguard_autoreply_suppressed_reply_not_to_return_path")).isEqualTo(1);

        Mail same = mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example");
        dispatcher.execute(new ActionReject("no thanks"), same, context);
        assertThat(context.posted).hasSize(1);
        assertThat(context.posted.get(0).getRecipients()).containsExactly(new MailAddress("bob@honest.example"));
    }

    /**
     * RFC 3834 §2, RFC 5230 §4.6: list mail is marked by any RFC 2369 field, not only by List-Id (RFC 2919): a
     * newsletter from a proven MAIL FROM that is also its From, with only List-Unsubscribe (or List-Post, List-Help),
     * got a reject MDN and a redirect back, though the out-of-office and the Sieve vacation left it unanswered.
     */
    @Test
    void listMailWithoutListIdGetsNoRejectMdnNorRedirectBack() throws Exception {
        for (String field : List.of("List-Unsubscribe", "List-Post", "list-help", "List-Subscribe", "List-Owner",
                "List-Archive")) {
            Mail reject = mail("news@honest.example", SpfResultCode.PASS, "news@honest.example");
            reject.getMessage().setHeader(field, "<mailto:x@honest.example>");
            dispatcher.execute(new ActionReject("no thanks"), reject, context);
            assertThat(context.posted).as("reject MDN to list mail with " + field).isEmpty();
            assertThat(reject.getRecipients()).as("the user still refused it").doesNotContain(new MailAddress(USER));
            Mail redirect = mail("news@honest.example", SpfResultCode.PASS, "news@honest.example");
            redirect.getMessage().setHeader(field, "<mailto:x@honest.example>");
            dispatcher.execute(new ActionRedirect("news@honest.example"), redirect, context);
            assertThat(context.posted).as("redirect back to list mail with " + field).isEmpty();
        }
        assertThat(metrics.countFor("spoofguard_autoreply_suppressed_list_header")).isEqualTo(12);
    }

    /**
     * Microsoft's X-Auto-Response-Suppress (MS-OXCMAIL 2.2.3.2.20) asks for no out-of-office (OOF), no other
     * automatic reply (AutoReply) or none at all (All); Exchange's own replies and many notification systems send
     * it, not always with Auto-Submitted. Honoured for every responder; the other values (DR, NDR, RN, NRN: receipts
     * and DSNs) are no auto-reply's business.
     */
    @Test
    void xAutoResponseSuppressOofAutoReplyOrAllIsHonoured() throws Exception {
        for (String value : List.of("OOF", "All", "DR, NDR, RN, NRN, OOF, AutoReply", "autoreply", " all ")) {
            Mail m = mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example");
            m.getMessage().setHeader("X-Auto-Response-Suppress", value);
            dispatcher.execute(vacation(), m, context);
            Mail r = mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example");
            r.getMessage().setHeader("X-Auto-Response-Suppress", value);
            dispatcher.execute(new ActionReject("no thanks"), r, context);
            assertThat(context.posted).as(value).isEmpty();
        }
        Mail receiptsOnly = mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example");
        receiptsOnly.getMessage().setHeader("X-Auto-Response-Suppress", "DR, RN, NRN");
        dispatcher.execute(vacation(), receiptsOnly, context);
        assertThat(context.posted).as("receipts suppressed, replies not").hasSize(1);
    }

    @Test
    void redirectBackToAnUnprovenSenderIsWithheldAndTheMailStaysWithTheUser() throws Exception {
        Mail forged = mail("ceo@forged.example", SpfResultCode.FAIL, "ceo@forged.example");
        dispatcher.execute(new ActionRedirect("ceo@forged.example"), forged, context);
        Mail byFrom = mail("bob@honest.example", SpfResultCode.PASS, "victim@innocent.example");
        dispatcher.execute(new ActionRedirect("victim@innocent.example"), byFrom, context);
        assertThat(context.posted).as("nothing reflected to an unproven address").isEmpty();
        assertThat(forged.getRecipients()).as("kept for the user: LocalDelivery files it").contains(new MailAddress(USER));
        assertThat(byFrom.getRecipients()).contains(new MailAddress(USER));
        assertThat(metrics.countFor("spoofguard_autoreply_suppressed_spf_fail")).isEqualTo(1);
        assertThat(metrics.countFor("spoofguard_autoreply_suppressed_reply_not_to_return_path")).isEqualTo(1);
    }

    @Test
    void redirectToAProvenSenderOrToAnyOtherAddressIsJamesRedirect() throws Exception {
        Mail proven = mail("bob@honest.example", SpfResultCode.PASS, "bob@honest.example");
        dispatcher.execute(new ActionRedirect("bob@honest.example"), proven, context);
        Mail forged = mail("ceo@forged.example", SpfResultCode.FAIL, "ceo@forged.example");
        dispatcher.execute(new ActionRedirect("archive@elsewhere.example"), forged, context);
        assertThat(context.posted).hasSize(2);
        assertThat(context.posted.get(0).getRecipients()).containsExactly(new MailAddress("bob@honest.example"));
        assertThat(context.posted.get(1).getRecipients()).containsExactly(new MailAddress("archive@elsewhere.example"));
        assertThat(forged.getRecipients()).as("redirect cancels the user's copy, as in James")
            .doesNotContain(new MailAddress(USER));
        assertThat(metrics.countFor("spoofguard_autoreply_allowed")).as("only the reflection is judged").isEqualTo(1);
    }

    @Test
    void unknownParameterStopsStartUpButJamesStandardOnesAreAccepted() throws Exception {
        GuardedSieve typo = new GuardedSieve(null, (org.apache.james.transport.mailets.jsieve.ResourceLocator) null, services, store,
            null, now::get, NO_ALIASES);
        assertThatThrownBy(() -> typo.init(FakeMailetConfig.builder().mailetName("GuardedSieve")
            .mailetContext(FakeMailContext.defaultContext()).setProperty("unproven", "send").build()))
            .isInstanceOf(MessagingException.class).hasMessageContaining("unproven");
        GuardedSieve badUrl = new GuardedSieve(null, (org.apache.james.transport.mailets.jsieve.ResourceLocator) null, services, store,
            null, now::get, NO_ALIASES);
        assertThatThrownBy(() -> badUrl.init(FakeMailetConfig.builder().mailetName("GuardedSieve")
            .mailetContext(FakeMailContext.defaultContext()).setProperty("repositoryUrl", "var/mail/kept").build()))
            .isInstanceOf(MessagingException.class).hasMessageContaining("repositoryUrl");
        GuardedSieve ok = new GuardedSieve(null, (org.apache.james.transport.mailets.jsieve.ResourceLocator) null, services, store,
            null, now::get, NO_ALIASES);
        ok.init(FakeMailetConfig.builder().mailetName("GuardedSieve").mailetContext(FakeMailContext.defaultContext())
            .setProperty("onMailetException", "ignore").setProperty("authservId", "mx.ours.example")
            .setProperty("repositoryUrl", "memory://var/mail/kept/").build());
    }

    static final class Context implements ActionContext {
        final List<Mail> posted = new ArrayList<>();

        @Override
        public ZonedDateTime getScriptActivationDate() {
            return ZonedDateTime.now().minusDays(1);
        }

        @Override
        public ZonedDateTime getScriptInterpretationDate() {
            return ZonedDateTime.now();
        }

        @Override
        public MailAddress getRecipient() {
            try {
                return new MailAddress(USER);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void post(String uri, Mail mail) {
            posted.add(mail);
        }

        @Override
        public void post(Mail mail) throws MessagingException {
            posted.add(mail);
        }

        @Override
        public String getServerInfo() {
            return "test";
        }
    }
}
