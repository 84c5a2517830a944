package org.spoofguard.smtp.rcpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.james.UserEntityValidator;
import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.core.Username;
import org.apache.james.core.quota.QuotaCountLimit;
import org.apache.james.core.quota.QuotaCountUsage;
import org.apache.james.core.quota.QuotaSizeLimit;
import org.apache.james.core.quota.QuotaSizeUsage;
import org.apache.james.domainlist.lib.DomainListConfiguration;
import org.apache.james.domainlist.memory.MemoryDomainList;
import org.apache.james.mailbox.model.Quota;
import org.apache.james.mailbox.model.QuotaRoot;
import org.apache.james.mailbox.quota.QuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.apache.james.rrt.api.RecipientRewriteTableConfiguration;
import org.apache.james.rrt.memory.MemoryRecipientRewriteTable;
import org.apache.james.user.memory.MemoryUsersRepository;
import org.junit.jupiter.api.Test;
import org.spoofguard.james.BatvSettings;
import org.spoofguard.smtp.batv.BatvRcptHook;

/**
 * with BATV on (batv.keys), BatvSign sends our users' mail out as prvs=…=alice@ours. An
 * automatic answer to that envelope sender with a non-null MAIL FROM (RFC 3834 §3.3 only says SHOULD use <>;
 * James's own jsieve vacation, hence SpoofGuard's GuardedSieve, replies with MAIL FROM = the user; challenge-
 * response and list confirmations likewise) meets BatvRcptHook, which handles only MAIL FROM:<> (DECLINED), then
 * RecipientValidationHook, which looks up the user "prvs=…=alice": 550 5.1.1 for an address we issued ourselves.
 * The MX hook order of conf/smtpserver.xml: BatvRcptHook, RecipientValidationHook, RelayDomainAcceptHook.
 */
class BatvNonNullReplyTest {
    @Test
    void aReplyWithANonNullSenderToOurSignedReturnPathIsAccepted() throws Exception {
        MemoryDomainList domains = new MemoryDomainList(null);
        domains.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false)
            .defaultDomain(Domain.of("local.test")).build());
        MemoryUsersRepository users = MemoryUsersRepository.withVirtualHosting(domains);
        users.addUser(Username.of("alice@local.test"), "secret");
        MemoryRecipientRewriteTable rrt = new MemoryRecipientRewriteTable();
        rrt.setConfiguration(RecipientRewriteTableConfiguration.DEFAULT_ENABLED);
        rrt.setDomainList(domains);
        rrt.setUsersRepository(users);
        rrt.setUserEntityValidator(UserEntityValidator.NOOP);
        RecordingMetricFactory metrics = new RecordingMetricFactory();

        RecipientValidationHook validation = new RecipientValidationHook(users, rrt, domains, metrics);
        QuotaManager quotaManager = mock(QuotaManager.class);
        UserQuotaRootResolver roots = mock(UserQuotaRootResolver.class);
        when(roots.forUser(any())).thenAnswer(i -> QuotaRoot.quotaRoot(((Username) i.getArgument(0)).asString(), Optional.empty()));
        when(quotaManager.getQuotas(any())).thenReturn(new QuotaManager.Quotas(
            Quota.<QuotaCountLimit, QuotaCountUsage>builder().used(QuotaCountUsage.count(0)).computedLimit(QuotaCountLimit.unlimited()).build(),
            Quota.<QuotaSizeLimit, QuotaSizeUsage>builder().used(QuotaSizeUsage.size(0)).computedLimit(QuotaSizeLimit.unlimited()).build()));
        validation.setQuotaManager(quotaManager);
        validation.setQuotaRootResolver(roots);
        validation.init(new BaseHierarchicalConfiguration());

        BatvSettings settings = new BatvSettings(Map.of("keys", "1:0123456789abcdef0123"), Clock.systemUTC());
        BatvRcptHook batv = new BatvRcptHook(settings, domains, metrics);
        batv.init(new BaseHierarchicalConfiguration());

        MailAddress signed = new MailAddress(settings.signer().orElseThrow().sign("alice@local.test"));
        SMTPSession session = RecipientValidationHookTest.session("198.51.100.7", null, false);

        // a bounce (MAIL FROM:<>) to it passes BATV and is left to recipient validation (quota), as designed
        assertThat(batv.doRcpt(session, MaybeSender.nullSender(), signed).getResult()).isEqualTo(HookReturnCode.declined());

        // the same address, answered by an auto-responder with its own return path
        MaybeSender responder = MaybeSender.of(new MailAddress("bob@remote.example"));
        HookResult first = batv.doRcpt(session, responder, signed);
        HookResult verdict = first.equals(HookResult.DECLINED)
            ? validation.doRcpt(session, responder, signed, Map.of()) : first;
        assertThat(verdict.getSmtpRetCode())
            .as("RCPT TO:<%s> from <bob@remote.example>: %s %s", signed, verdict.getSmtpRetCode(), verdict.getSmtpDescription())
            .satisfiesAnyOf(code -> assertThat(code).isNull(), code -> assertThat(code).doesNotStartWith("5"));
        // DECLINED from recipient validation is its accept (James answers 250)
        assertThat(verdict.getResult().getAction()).isIn(HookReturnCode.Action.DECLINED, HookReturnCode.Action.OK);
    }

    @Test
    void aNonNullSenderToAForgedOrExpiredTagOrAnUnsignedAddressIsLeftToRecipientValidation() throws Exception {
        MemoryDomainList domains = new MemoryDomainList(null);
        domains.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false)
            .defaultDomain(Domain.of("local.test")).build());
        RecordingMetricFactory metrics = new RecordingMetricFactory();
        java.time.Instant now = java.time.Instant.parse("2026-12-06T10:00:00Z");
        BatvSettings today = new BatvSettings(Map.of("keys", "1:0123456789abcdef0123", "validDays", "7"),
            Clock.fixed(now, java.time.ZoneOffset.UTC));
        BatvSettings weekAgo = new BatvSettings(Map.of("keys", "1:0123456789abcdef0123", "validDays", "7"),
            Clock.fixed(now.minus(java.time.Duration.ofDays(8)), java.time.ZoneOffset.UTC));
        BatvRcptHook batv = new BatvRcptHook(today, domains, metrics);
        batv.init(new BaseHierarchicalConfiguration());
        SMTPSession session = RecipientValidationHookTest.session("198.51.100.7", null, false);
        MaybeSender responder = MaybeSender.of(new MailAddress("bob@remote.example"));

        String valid = today.signer().orElseThrow().sign("alice@local.test");
        MailAddress forged = new MailAddress(valid.replaceFirst("^(prvs=\\d{4})[0-9a-f]{6}=", "$1abcdef="));
        MailAddress expired = new MailAddress(weekAgo.signer().orElseThrow().sign("alice@local.test"));
        MailAddress unsigned = new MailAddress("alice@local.test");
        for (MailAddress rcpt : java.util.List.of(forged, expired, unsigned)) {
            assertThat(batv.doRcpt(session, responder, rcpt)).as("%s", rcpt).isEqualTo(HookResult.DECLINED);
        }
        assertThat(metrics.countFor("spoofguard_batv_refused")).as("only bounces are refused by BATV").isZero();
        assertThat(metrics.countFor("spoofguard_batv_valid")).isZero();

        // a bounce to the same forged and expired tags: refused as before
        assertThat(batv.doRcpt(session, MaybeSender.nullSender(), forged).getSmtpRetCode()).isEqualTo("550");
        assertThat(batv.doRcpt(session, MaybeSender.nullSender(), expired).getSmtpRetCode()).isEqualTo("550");
    }
}
