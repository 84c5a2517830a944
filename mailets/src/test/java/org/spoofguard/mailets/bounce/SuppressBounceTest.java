package org.spoofguard.mailets.bounce;

import org.spoofguard.james.MailetParameters;
import org.spoofguard.mailets.FakeRepositoryStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.core.Username;
import org.apache.james.core.quota.QuotaCountLimit;
import org.apache.james.core.quota.QuotaCountUsage;
import org.apache.james.core.quota.QuotaSizeLimit;
import org.apache.james.core.quota.QuotaSizeUsage;
import org.apache.james.mailbox.model.Quota;
import org.apache.james.mailbox.model.QuotaRoot;
import org.apache.james.mailbox.quota.QuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.user.api.UsersRepository;

import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.bounce.BounceCause;
import org.spoofguard.core.bounce.BounceDecision;
import org.spoofguard.core.bounce.BounceRecord;
import org.spoofguard.core.bounce.BounceStats;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.james.TestVerdicts;

class SuppressBounceTest {
    static final String FAIL = TestVerdicts.ar(SpfResultCode.FAIL, "victim@example.com");
    static final String PASS = TestVerdicts.ar(SpfResultCode.PASS, "alice@example.com");
    static final MailRepositoryUrl DEFAULT_URL = MailRepositoryUrl.from("file://var/mail/suppressed-bounces/");

    FakeRepositoryStore store;
    RecordingMetricFactory metrics;
    BounceStats stats;
    BounceGuardServices services;

    @BeforeEach
    void setUp() {
        store = new FakeRepositoryStore();
        metrics = new RecordingMetricFactory();
        services = TestVerdicts.services(metrics);
        stats = services.stats();
    }

    SuppressBounce mailet(String... keyValues) throws MessagingException {
        SuppressBounce mailet = new SuppressBounce(store, metrics, services);
        FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("SuppressBounce")
            .mailetContext(FakeMailContext.defaultContext());
        for (int i = 0; i < keyValues.length; i += 2) {
            config.setProperty(keyValues[i], keyValues[i + 1]);
        }
        mailet.init(config.build());
        return mailet;
    }

    static FakeMail.Builder failedMail(String sender) throws Exception {
        return failedMail(sender, "failed-1");
    }

    static FakeMail.Builder failedMail(String sender, String name) throws Exception {
        return FakeMail.builder().name(name).sender(sender).recipient("bob@remote.example").state("bounces")
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().setSubject("invoice").setText("x"))
            .attribute(new Attribute(AttributeName.of("delivery-error"), AttributeValue.of("550 5.1.1 user unknown")))
            .attribute(new Attribute(AttributeName.of("is-delivery-permanent-error"), AttributeValue.of(true)));
    }

    static Object attr(Mail mail, AttributeName name) {
        return mail.getAttribute(name).map(Attribute::getValue).map(AttributeValue::value).orElse(null);
    }

    static BounceRecord record(Mail mail) {
        return SpoofGuardAttributes.readBounce(mail).orElseThrow();
    }

    @Test
    void forgedReturnPathIsStoredCountedAndGhosted() throws Exception {
        SuppressBounce mailet = mailet();
        Mail mail = failedMail("victim@example.com")
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(FAIL))).build();
        mailet.service(mail);

        assertThat(mail.getState()).isEqualTo(Mail.GHOST);
        FakeRepositoryStore.Repo repo = store.repositories.get(DEFAULT_URL);
        assertThat(repo.mails).hasSize(1);
        Mail stored = repo.mails.values().iterator().next();
        assertThat(record(stored)).isEqualTo(new BounceRecord(BounceDecision.suppress("spf=fail",
            record(stored).decision().text()), BounceCause.REMOTE_PERMANENT));
        assertThat(attr(stored, SpoofGuardAttributes.BOUNCE)).asString().startsWith("v=1; action=suppress; cause=remote-permanent; reason=spf%3Dfail; text=");
        assertThat(attr(stored, SpoofGuardAttributes.BOUNCE_REASON)).as("derived, for WebAdmin and admins").isEqualTo("spf=fail");
        assertThat(org.spoofguard.james.HeldMailAttributes.storedAt(stored)).as("held since: stored now")
            .hasValueSatisfying(s -> assertThat(s.repository()).isEqualTo(DEFAULT_URL.asString()));
        assertThat(stored.getState()).isEqualTo("bounces");
        assertThat(metrics.countFor("spoofguard_bounce_suppressed")).isEqualTo(1);
        assertThat(metrics.countFor("spoofguard_bounce_suppressed_spf_fail")).isEqualTo(1);
        assertThat(metrics.countFor("spoofguard_bounce_cause_remote_permanent")).isEqualTo(1);
        assertThat(metrics.countFor(SuppressBounce.METRIC_STORED)).isEqualTo(1);
        assertThat(metrics.countFor("spoofguard_bounce_sent")).isZero();
        assertThat(stats.suppressed(BounceCause.REMOTE_PERMANENT)).isEqualTo(1);
        MailKey storedKey = repo.mails.keySet().iterator().next();
        assertThat(stats.history().items()).singleElement().satisfies(item -> {
            assertThat(item.repositoryUrl()).isEqualTo(DEFAULT_URL.asString());
            assertThat(item.key()).isEqualTo(storedKey.asString());
            assertThat(item.cause()).isEqualTo("remote-permanent");
            assertThat(item.reason()).isEqualTo("spf=fail");
            assertThat(item.senderDomain()).isEqualTo("example.com");
        });
        assertThat(stats.toJson()).contains("\"key\":\"" + storedKey.asString() + "\"");
    }

    /** Two suppressed bounces of one mail under one name (sendpartial): both are kept, neither overwrites. */
    @Test
    void aSecondBounceOfTheSameMailDoesNotOverwriteTheFirst() throws Exception {
        SuppressBounce mailet = mailet();
        for (String recipient : List.of("r1@remote.example", "r2@remote.example")) {
            Mail mail = failedMail("victim@example.com", "Mail123-to-remote.example").recipient(recipient)
                .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(FAIL))).build();
            mailet.service(mail);
        }
        assertThat(store.repositories.get(DEFAULT_URL).mails).hasSize(2);
        assertThat(metrics.countFor(SuppressBounce.METRIC_STORED)).isEqualTo(2);
    }

    /**
     * LocalDelivery's failure mail carries no error text: an over-quota recipient is recognised by asking its
     * quota whether the message fits, and the mail is counted and kept as mailbox-full.
     */
    @Test
    void localDeliveryFailureOfAnOverQuotaRecipientIsMailboxFull() throws Exception {
        Username full = Username.of("full@ours.example");
        UsersRepository users = mock(UsersRepository.class);
        when(users.getUsername(any(MailAddress.class))).thenAnswer(a -> Username.fromMailAddress(a.getArgument(0)));
        when(users.contains(full)).thenReturn(true);
        UserQuotaRootResolver roots = mock(UserQuotaRootResolver.class);
        QuotaRoot root = QuotaRoot.quotaRoot("#private&" + full.asString(), Optional.empty());
        when(roots.forUser(any(Username.class))).thenReturn(root);
        QuotaManager quotas = mock(QuotaManager.class);
        when(quotas.getQuotas(root)).thenReturn(new QuotaManager.Quotas(
            Quota.<QuotaCountLimit, QuotaCountUsage>builder()
            .computedLimit(QuotaCountLimit.unlimited()).used(QuotaCountUsage.count(0)).build(),
            Quota.<QuotaSizeLimit, QuotaSizeUsage>builder()
            .computedLimit(QuotaSizeLimit.size(1)).used(QuotaSizeUsage.size(0)).build()));
        services.setUsersRepository(users);
        services.setQuotaRootResolver(roots);
        services.setQuotaManager(quotas);
        SuppressBounce mailet = mailet();
        Mail mail = FakeMail.builder().name("error-Mail1").sender("victim@example.com").recipient(full.asString())
            .state("local-delivery-error").size(1000)
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().setSubject("x").setText("too big for 1 byte"))
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(FAIL))).build();

        mailet.service(mail);

        assertThat(mail.getState()).isEqualTo(Mail.GHOST);
        assertThat(stats.suppressed(BounceCause.MAILBOX_FULL)).isEqualTo(1);
        assertThat(metrics.countFor("spoofguard_bounce_cause_mailbox_full")).isEqualTo(1);
        Mail stored = store.repositories.get(DEFAULT_URL).mails.values().iterator().next();
        assertThat(record(stored).cause()).isEqualTo(BounceCause.MAILBOX_FULL);

        // Same failure, but the recipient has room now (or never had a limit): no claim of a full mailbox.
        when(quotas.getQuotas(root)).thenReturn(new QuotaManager.Quotas(
            Quota.<QuotaCountLimit, QuotaCountUsage>builder().computedLimit(QuotaCountLimit.unlimited()).used(QuotaCountUsage.count(0)).build(),
            Quota.<QuotaSizeLimit, QuotaSizeUsage>builder().computedLimit(QuotaSizeLimit.unlimited()).used(QuotaSizeUsage.size(0)).build()));
        Mail other = FakeMail.builder().name("error-Mail2").sender("victim@example.com").recipient(full.asString())
            .state("local-delivery-error").size(1000)
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().setSubject("y").setText("y"))
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(FAIL))).build();
        mailet.service(other);
        assertThat(stats.suppressed(BounceCause.OTHER)).isEqualTo(1);
        assertThat(stats.suppressed(BounceCause.MAILBOX_FULL)).isEqualTo(1);
    }

    @Test
    void provenReturnPathContinuesUntouched() throws Exception {
        SuppressBounce mailet = mailet();
        Mail mail = failedMail("alice@example.com")
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(PASS))).build();
        mailet.service(mail);
        assertThat(mail.getState()).isEqualTo("bounces");
        assertThat(store.repositories.get(DEFAULT_URL).mails).isEmpty();
        assertThat(metrics.countFor("spoofguard_bounce_sent")).isEqualTo(1);
        assertThat(SpoofGuardAttributes.readBounce(mail)).isEmpty();
    }

    @Test
    void storeFailureHandsTheMailBackToJamesAndNeverLetsTheBounceThrough() throws Exception {
        SuppressBounce mailet = mailet();
        store.failStore = true;
        Mail mail = failedMail("victim@example.com").build();
        // Thrown: James's onMailetException decides (never the next mailet, DSNBounce).
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mailet.service(mail))
            .isInstanceOf(javax.mail.MessagingException.class).hasMessageContaining("failed for");
        assertThat(mail.getState()).isEqualTo("bounces");
        assertThat(metrics.countFor(SuppressBounce.METRIC_STORE_FAILED)).isEqualTo(1);
        assertThat(metrics.countFor(SuppressBounce.METRIC_STORED)).isZero();
    }

    @Test
    void usesTheMatchersDecisionWithoutDecidingAgain() throws Exception {
        SuppressBounce mailet = mailet("repositoryUrl", "memory://var/mail/kept/");
        // A verdict that would pass: the matcher's recorded decision must win.
        Mail mail = failedMail("alice@example.com")
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(PASS))).build();
        SpoofGuardAttributes.writeBounce(mail, new BounceRecord(BounceDecision.suppress("rate-limited", "more than 5"),
            BounceCause.MAILBOX_FULL));
        mailet.service(mail);
        assertThat(mail.getState()).isEqualTo(Mail.GHOST);
        assertThat(store.repositories.get(MailRepositoryUrl.from("memory://var/mail/kept/")).mails).hasSize(1);
        assertThat(record(store.repositories.get(MailRepositoryUrl.from("memory://var/mail/kept/")).mails.values()
            .iterator().next())).isEqualTo(new BounceRecord(BounceDecision.suppress("rate-limited", "more than 5"),
            BounceCause.MAILBOX_FULL));
        assertThat(metrics.countFor(SuppressBounce.METRIC_STORED)).isEqualTo(1);
        assertThat(metrics.countFor("spoofguard_bounce_suppressed")).as("the matcher counted it already").isZero();
        assertThat(stats.totalSuppressed()).as("matcher already recorded stats").isZero();
    }

    @Test
    void localDeliveryErrorMailIsJudgedByOurRecordHeader() throws Exception {
        SuppressBounce mailet = mailet();
        Mail mail = FakeMail.builder().name("error-1").sender("victim@example.com").recipient("bob@ours.example")
            .state("error").remoteAddr("127.0.0.1").errorMessage("Mailbox over quota")
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().addHeader("X-SpoofGuard-Record", FAIL).setText("x"))
            .build();
        mailet.service(mail);
        assertThat(mail.getState()).isEqualTo(Mail.GHOST);
        Mail stored = store.repositories.get(DEFAULT_URL).mails.values().iterator().next();
        assertThat(record(stored).cause()).isEqualTo(BounceCause.MAILBOX_FULL);
        assertThat(record(stored).decision().code()).isEqualTo("spf=fail");
    }

    /**
     * Fail closed: a send decision we cannot read any more (other version, junk, not a String) must not let the DSN
     * reach a sender nobody proved. Kept as "damaged-record", said and counted once, never decided again.
     */
    @Test
    void anUnreadableRecordSuppressesTheBounceWithAnErrorCountedOnce() throws Exception {
        SuppressBounce mailet = mailet();
        int n = 0;
        for (AttributeValue<?> damaged : List.<AttributeValue<?>>of(
                AttributeValue.of("v=2; action=send; cause=remote-permanent; reason=proven:spf%3Dpass; text=-"),
                AttributeValue.of("v=1; action=send; cause=remote-permanent; reason=proven:spf%3Dpass; text=-; action=send"),
                AttributeValue.of(42))) {
            Mail mail = failedMail("alice@example.com", "failed-" + n)
                // a verdict that would pass: an unreadable record must not be replaced by a fresh decision
                .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(PASS)))
                .attribute(new Attribute(SpoofGuardAttributes.BOUNCE, damaged)).build();
            mailet.service(mail);
            n++;
            assertThat(mail.getState()).as(damaged.toString()).isEqualTo(Mail.GHOST);
            assertThat(store.repositories.get(DEFAULT_URL).mails).hasSize(n);
            assertThat(metrics.countFor(SuppressBounce.METRIC_RECORD_UNREADABLE)).isEqualTo(n);
            assertThat(record(mail).decision().code()).isEqualTo(SuppressBounce.DAMAGED);
            assertThat(record(mail).decision().text()).startsWith("unreadable bounce decision: ");
            assertThat(record(mail).isSend()).isFalse();
        }
        assertThat(metrics.countFor("spoofguard_bounce_sent")).as("not decided again").isZero();
        assertThat(stats.history().items()).allSatisfy(item -> assertThat(item.reason()).isEqualTo(SuppressBounce.DAMAGED));

        // written back readable: a second pass (James's retry after a failed store) does not count it again
        Mail again = failedMail("alice@example.com", "failed-again")
            .attribute(new Attribute(SpoofGuardAttributes.BOUNCE, AttributeValue.of("v=1; junk"))).build();
        store.failStore = true;
        assertThatThrownBy(() -> mailet.service(again)).isInstanceOf(MessagingException.class);
        store.failStore = false;
        mailet.service(again);
        assertThat(again.getState()).isEqualTo(Mail.GHOST);
        assertThat(metrics.countFor(SuppressBounce.METRIC_RECORD_UNREADABLE)).isEqualTo(n + 1);
    }

    /** Mails held by the release before the versioned record carry the four loose attributes: still read. */
    @Test
    void theFourAttributesOfThePreviousReleaseAreStillRead() throws Exception {
        SuppressBounce mailet = mailet("repositoryUrl", "memory://var/mail/old/");
        Mail held = failedMail("alice@example.com")
            .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(PASS)))
            .attribute(new Attribute(SpoofGuardAttributes.BOUNCE_DECISION, AttributeValue.of("suppress")))
            .attribute(new Attribute(SpoofGuardAttributes.BOUNCE_REASON, AttributeValue.of("spf=fail")))
            .attribute(new Attribute(SpoofGuardAttributes.BOUNCE_CAUSE, AttributeValue.of("mailbox-full")))
            .attribute(new Attribute(SpoofGuardAttributes.BOUNCE_TEXT, AttributeValue.of("SPF fail"))).build();
        mailet.service(held);
        assertThat(held.getState()).isEqualTo(Mail.GHOST);
        assertThat(metrics.countFor("spoofguard_bounce_sent")).as("not decided again").isZero();
        assertThat(metrics.countFor(SuppressBounce.METRIC_RECORD_UNREADABLE)).isZero();
        assertThat(attr(held, SpoofGuardAttributes.BOUNCE)).as("stored with the versioned record")
            .isEqualTo("v=1; action=suppress; cause=mailbox-full; reason=spf%3Dfail; text=SPF%20fail");

        // a legacy send passes on to DSNBounce as before; an unknown keyword there is damage: suppress
        Mail send = failedMail("alice@example.com", "failed-send")
            .attribute(new Attribute(SpoofGuardAttributes.BOUNCE_DECISION, AttributeValue.of("send")))
            .attribute(new Attribute(SpoofGuardAttributes.BOUNCE_CAUSE, AttributeValue.of("remote-permanent"))).build();
        mailet.service(send);
        assertThat(send.getState()).isEqualTo("bounces");
        for (String[] bad : List.of(new String[] {"SEND", "remote-permanent"}, new String[] {"send", "bounce"})) {
            Mail damaged = failedMail("alice@example.com", "failed-" + bad[0] + bad[1])
                .attribute(new Attribute(SpoofGuardAttributes.BOUNCE_DECISION, AttributeValue.of(bad[0])))
                .attribute(new Attribute(SpoofGuardAttributes.BOUNCE_CAUSE, AttributeValue.of(bad[1]))).build();
            mailet.service(damaged);
            assertThat(damaged.getState()).as(String.join(",", bad)).isEqualTo(Mail.GHOST);
            assertThat(record(damaged).decision().code()).isEqualTo(SuppressBounce.DAMAGED);
        }
        assertThat(metrics.countFor(SuppressBounce.METRIC_RECORD_UNREADABLE)).isEqualTo(2);
    }

    @Test
    void jamesOwnErrorHandlingParametersDoNotStopStartUp() throws Exception {
        // conf/mailetcontainer.xml style: <onMailetException>ignore</onMailetException> inside our <mailet>
        for (String name : MailetParameters.JAMES_STANDARD) {
            SuppressBounce mailet = mailet(name, "ignore", "repositoryUrl", "memory://var/mail/sb-" + name + "/");
            Mail mail = failedMail("victim@example.com")
                .attribute(new Attribute(AttributeName.of("org.spoofguard.verdict"), AttributeValue.of(FAIL))).build();
            mailet.service(mail);
            assertThat(mail.getState()).as(name).isEqualTo(Mail.GHOST);
        }
        // a typo of one is still a typo
        assertThatThrownBy(() -> mailet("onMailetExeption", "ignore")).isInstanceOf(MessagingException.class)
            .hasMessageContaining("'onMailetExeption'");
    }

    @Test
    void badParametersNameTheKey() {
        assertThatThrownBy(() -> mailet("repositoryUrl", "not a url")).isInstanceOf(MessagingException.class)
            .hasMessageContaining("repositoryUrl");
        assertThatThrownBy(() -> mailet("rateLimit", "-1")).isInstanceOf(MessagingException.class)
            .hasMessageContaining("rateLimit");
        assertThatThrownBy(() -> mailet("repository", "file://x/")).isInstanceOf(MessagingException.class)
            .hasMessageContaining("'repository'");
    }
}
