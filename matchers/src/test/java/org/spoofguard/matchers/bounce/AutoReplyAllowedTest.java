package org.spoofguard.matchers.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.RecipientId;
import org.apache.james.vacation.api.Vacation;
import org.apache.james.vacation.api.VacationPatch;
import org.apache.james.vacation.api.VacationService;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.james.BounceGuardServices;

import reactor.core.publisher.Mono;
import org.spoofguard.james.TestVerdicts;

class AutoReplyAllowedTest {
    static final String AWAY = "alice@ours.example";
    static final String HERE = "carol@ours.example";

    RecordingMetricFactory metrics = new RecordingMetricFactory();
    BounceGuardServices services = TestVerdicts.services(metrics);
    Vacations vacations = new Vacations();

    AutoReplyAllowed matcher(String condition) throws MessagingException {
        AutoReplyAllowed m = new AutoReplyAllowed(services, vacations, java.time.Clock.systemUTC(),
            (user, address) -> address.asString().equals("sales@ours.example") && user.asString().equals(AWAY));
        m.init(FakeMatcherConfig.builder().matcherName("AutoReplyAllowed").condition(condition)
            .mailetContext(FakeMailContext.defaultContext()).build());
        return m;
    }

    static Mail mail(String sender, String verdict, MimeMessageBuilder message) throws Exception {
        FakeMail.Builder b = FakeMail.builder().name("m1").recipients(AWAY, HERE).mimeMessage(message)
            .state("local-delivery");
        if (sender != null) {
            b.sender(sender);
        }
        if (verdict != null) {
            b.attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(verdict)));
        }
        return b.build();
    }

    static MimeMessageBuilder message() throws Exception {
        return bare().addToRecipient(AWAY, HERE);
    }

    /** Without To: the test says which recipient fields there are. */
    static MimeMessageBuilder bare() {
        return MimeMessageBuilder.mimeMessageBuilder().setSubject("hi").setText("body");
    }

    long count(String name) {
        return metrics.countFor(name);
    }

    @Test
    void provenSenderMatchesOnlyRecipientsWhoAreAway() throws Exception {
        vacations.away(AWAY);
        Mail mail = mail("bob@honest.example", TestVerdicts.ar(SpfResultCode.PASS, "bob@honest.example"), message());
        assertThat(matcher("").match(mail)).containsExactly(new MailAddress(AWAY));
        assertThat(count("spoofguard_autoreply_allowed")).isEqualTo(1);
        assertThat(services.stats().sent(org.spoofguard.core.bounce.BounceCause.AUTO_REPLY)).isEqualTo(1);
    }

    @Test
    void forgedSenderGetsNoReplyAndIsCounted() throws Exception {
        vacations.away(AWAY);
        Mail mail = mail("ceo@forged.example", TestVerdicts.ar(SpfResultCode.FAIL, "ceo@forged.example"), message());
        assertThat(matcher("").match(mail)).isEmpty();
        assertThat(count("spoofguard_autoreply_suppressed")).isEqualTo(1);
        assertThat(count("spoofguard_autoreply_suppressed_spf_fail")).isEqualTo(1);
        assertThat(services.stats().suppressed(org.spoofguard.core.bounce.BounceCause.AUTO_REPLY)).isEqualTo(1);
        assertThat(services.stats().topSuppressedDomains(1).get(0).getKey()).isEqualTo("forged.example");
    }

    @Test
    void fromHeaderDoesNotProveAnything() throws Exception {
        vacations.away(AWAY);
        // Honest-looking From, forged and unproven envelope sender: judged by MAIL FROM only.
        Mail mail = mail("x@forged.example", TestVerdicts.ar(SpfResultCode.FAIL, "x@forged.example"),
            message().addFrom("bob@honest.example"));
        assertThat(matcher("").match(mail)).isEmpty();
        // And the reverse: proven MAIL FROM, different From: the reply goes to MAIL FROM, so it is allowed.
        Mail honest = mail("bob@honest.example", TestVerdicts.ar(SpfResultCode.PASS, "bob@honest.example"),
            message().addFrom("someone@elsewhere.example"));
        assertThat(matcher("").match(honest)).containsExactly(new MailAddress(AWAY));
    }

    @Test
    void rfc3834CasesGetNoReplyEvenFromAProvenSender() throws Exception {
        vacations.away(AWAY);
        String pass = TestVerdicts.ar(SpfResultCode.PASS, "bob@honest.example");
        assertThat(matcher("").match(mail(null, pass, message()))).isEmpty();
        assertThat(matcher("").match(mail("bob@honest.example", pass,
            message().addHeader("Auto-Submitted", "auto-replied")))).isEmpty();
        assertThat(matcher("").match(mail("bob@honest.example", pass,
            message().addHeader("Auto-Submitted", "(unterminated comment no")))).isEmpty();
        assertThat(matcher("").match(mail("bob@honest.example", pass,
            message().addHeader("Precedence", "bulk")))).isEmpty();
        assertThat(matcher("").match(mail("bob@honest.example", pass,
            message().addHeader("List-Id", "<team.honest.example>")))).isEmpty();
        assertThat(count("spoofguard_autoreply_suppressed_null_sender")).isEqualTo(1);
        assertThat(count("spoofguard_autoreply_suppressed_auto_submitted")).isEqualTo(2);
        assertThat(count("spoofguard_autoreply_suppressed_precedence_bulk")).isEqualTo(1);
        assertThat(count("spoofguard_autoreply_suppressed_list_id")).isEqualTo(1);
    }

    @Test
    void nobodyAwayMeansNothingJudgedOrCounted() throws Exception {
        Mail mail = mail("ceo@forged.example", TestVerdicts.ar(SpfResultCode.FAIL, "ceo@forged.example"), message());
        assertThat(matcher("").match(mail)).isEmpty();
        assertThat(count("spoofguard_autoreply_suppressed")).isZero();
        assertThat(services.stats().suppressed(org.spoofguard.core.bounce.BounceCause.AUTO_REPLY)).isZero();
    }

    @Test
    void brokenVacationStoreStillJudgesAndRefusesForgedSenders() throws Exception {
        vacations.broken = true;
        Mail forged = mail("ceo@forged.example", TestVerdicts.ar(SpfResultCode.FAIL, "ceo@forged.example"), message());
        assertThat(matcher("").match(forged)).isEmpty();
        assertThat(count("spoofguard_autoreply_suppressed_spf_fail")).isEqualTo(1);
    }

    @Test
    void dsnOnlyAndUnknownKeysStopStartUp() {
        assertThatThrownBy(() -> matcher("unproven=send")).isInstanceOf(MessagingException.class)
            .hasMessageContaining("unproven");
        assertThatThrownBy(() -> matcher("rateLimit=5")).isInstanceOf(MessagingException.class);
        assertThatThrownBy(() -> matcher("authservid=x")).isInstanceOf(MessagingException.class);
    }

    @Test
    void bounceUnprovenSendDoesNotOpenAutoReplies() throws Exception {
        services = TestVerdicts.services(metrics, "bounce.unproven", "send");
        vacations.away(AWAY);
        Mail none = mail("x@nospf.example", TestVerdicts.ar(SpfResultCode.NONE, "x@nospf.example"), message());
        assertThat(matcher("").match(none)).isEmpty();
    }

    @Test
    void aSenderTheUsersSieveVacationAnsweredGetsNoOutOfOffice() throws Exception {
        // one auto-reply per sender per period per user, whichever responder sent it (docs/auto-reply-guard.md)
        vacations.away(AWAY);
        vacations.notified.add(org.spoofguard.core.bounce.SieveVacation.sieveAnsweredAccount(AWAY) + " bob@honest.example");
        Mail mail = mail("bob@honest.example", TestVerdicts.ar(SpfResultCode.PASS, "bob@honest.example"), message());
        assertThat(matcher("").match(mail)).isEmpty();

        Mail other = mail("carol@honest.example", TestVerdicts.ar(SpfResultCode.PASS, "carol@honest.example"), message());
        assertThat(matcher("").match(other)).containsExactly(new MailAddress(AWAY));
    }

    @Test
    void whenTheSharedRecordCannotBeReadNoOutOfOfficeIsSent() throws Exception {
        // not knowing whether the sender was answered is no reason to answer again: the reply is a courtesy
        vacations.away(AWAY);
        vacations.registryBroken = true;
        Mail mail = mail("bob@honest.example", TestVerdicts.ar(SpfResultCode.PASS, "bob@honest.example"), message());
        assertThat(matcher("").match(mail)).isEmpty();
    }

    /**
     * The out-of-office path (James's VacationMailet behind this matcher): James's own check knows owner-* and
     * *-request only as written, and no X-Auto-Response-Suppress. A majordomo list's VERP return path without any
     * List-* field (vger.kernel.org's posts carried only X-Mailing-List) and a mail asking for no OOF got one.
     */
    @Test
    void verpListReturnPathsAndXAutoResponseSuppressGetNoOutOfOffice() throws Exception {
        vacations.away(AWAY);
        String vger = "linux-kernel-owner+willy=40w.ods.org-S964772AbWGSJO1@vger.kernel.org";
        assertThat(matcher("").match(mail(vger, TestVerdicts.ar(SpfResultCode.PASS, vger),
            message().addHeader("X-Mailing-List", "linux-kernel@vger.kernel.org")))).isEmpty();
        assertThat(count("spoofguard_autoreply_suppressed_automatic_sender")).isEqualTo(1);
        String pass = TestVerdicts.ar(SpfResultCode.PASS, "bob@honest.example");
        assertThat(matcher("").match(mail("bob@honest.example", pass,
            message().addHeader("X-Auto-Response-Suppress", "DR, OOF")))).isEmpty();
        assertThat(count("spoofguard_autoreply_suppressed_auto_response_suppress")).isEqualTo(1);
        assertThat(matcher("").match(mail("bob@honest.example", pass, message()))).containsExactly(new MailAddress(AWAY));
    }

    /**
     * RFC 5230 §4.5 (and RFC 3834 §2's "the user's own mail needs no notice"): the away user's own mail, e.g. to a
     * group she is in or a copy to herself, sent from her proven address, got her own out-of-office.
     */
    @Test
    void theAwayUsersOwnMailGetsNoOutOfOfficeFromHer() throws Exception {
        vacations.away(AWAY);
        vacations.away(HERE);
        Mail own = mail("Alice@ours.example", TestVerdicts.ar(SpfResultCode.PASS, "Alice@ours.example"), message());
        assertThat(matcher("").match(own)).containsExactly(new MailAddress(HERE));
        vacations.back(HERE);
        assertThat(matcher("").match(mail(AWAY, TestVerdicts.ar(SpfResultCode.PASS, AWAY), message()))).isEmpty();
    }

    /**
     * RFC 3834 §2: an out-of-office SHOULD NOT be issued unless the recipient's address is in To, Cc, Bcc, Resent-To,
     * Resent-Cc or Resent-Bcc (the address or an alias of it): Bcc'd mass mail got one.
     */
    @Test
    void outOfOfficeAnswersOnlyMailThatNamesTheRecipient() throws Exception {
        vacations.away(AWAY);
        String pass = TestVerdicts.ar(SpfResultCode.PASS, "bob@honest.example");
        assertThat(matcher("").match(mail("bob@honest.example", pass,
            bare().addHeader("To", "undisclosed-recipients:;")))).isEmpty();
        assertThat(matcher("").match(mail("bob@honest.example", pass, bare().addToRecipient(AWAY))))
            .containsExactly(new MailAddress(AWAY));
        assertThat(matcher("").match(mail("bob@honest.example", pass,
            bare().addToRecipient("team@lists.example").addCcRecipient("Sales <sales@ours.example>"))))
            .as("an alias of the user in Cc").containsExactly(new MailAddress(AWAY));
    }

    static final class Vacations implements VacationService {
        final Map<String, Vacation> byAccount = new ConcurrentHashMap<>();
        final java.util.Set<String> notified = ConcurrentHashMap.newKeySet();
        volatile boolean broken;
        volatile boolean registryBroken;

        void away(String account) {
            byAccount.put(account, Vacation.builder().enabled(true).textBody("away").build());
        }

        void back(String account) {
            byAccount.remove(account);
        }

        @Override
        public Mono<Void> modifyVacation(AccountId accountId, VacationPatch vacationPatch) {
            return Mono.empty();
        }

        @Override
        public Mono<Vacation> retrieveVacation(AccountId accountId) {
            if (broken) {
                return Mono.error(new IllegalStateException("store down"));
            }
            return Mono.justOrEmpty(Optional.ofNullable(byAccount.get(accountId.getIdentifier())));
        }

        @Override
        public Mono<Void> registerNotification(AccountId accountId, RecipientId recipientId,
                                               Optional<ZonedDateTime> expiryDate) {
            return Mono.empty();
        }

        @Override
        public Mono<Boolean> isNotificationRegistered(AccountId accountId, RecipientId recipientId) {
            if (registryBroken) {
                return Mono.error(new IllegalStateException("registry down"));
            }
            return Mono.just(notified.contains(accountId.getIdentifier() + " " + recipientId.getAsString()));
        }

        @Override
        public Mono<Void> flushNotifications(AccountId accountId) {
            return Mono.empty();
        }
    }
}
