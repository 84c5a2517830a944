package org.spoofguard.smtp.rcpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.rrt.api.RecipientRewriteTableConfiguration;
import org.apache.james.rrt.lib.Mapping;
import org.apache.james.rrt.lib.MappingSource;
import org.apache.james.rrt.memory.MemoryRecipientRewriteTable;
import org.apache.james.user.memory.MemoryUsersRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * James 3.8.1's RecipientRewriteTable mailet (RecipientRewriteTableProcessor.executeRrtForRecipient)
 * applies the rewrite table to EVERY recipient, existing user or not: a non-empty getResolvedMappings replaces the
 * recipient. So the hook judges an existing user with mappings by its targets, not by its own mailbox (which the
 * mail never reaches); checked here with James's own memory stores.
 */
class RecipientValidationUserMappingTest {
    private MemoryDomainList domains;
    private MemoryUsersRepository users;
    private MemoryRecipientRewriteTable rrt;

    @BeforeEach
    void setUp() throws Exception {
        domains = new MemoryDomainList(null);
        domains.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false)
            .defaultDomain(Domain.of("local.test")).build());
        users = MemoryUsersRepository.withVirtualHosting(domains);
        users.addUser(Username.of("gone@local.test"), "secret");
        users.addUser(Username.of("moved@local.test"), "secret");
        users.addUser(Username.of("full@local.test"), "secret");
        rrt = new MemoryRecipientRewriteTable();
        rrt.setConfiguration(RecipientRewriteTableConfiguration.DEFAULT_ENABLED);
        rrt.setDomainList(domains);
        rrt.setUsersRepository(users);
        rrt.setUserEntityValidator(UserEntityValidator.NOOP);
    }

    private RecipientValidationHook hook() throws Exception {
        RecipientValidationHook hook = new RecipientValidationHook(users, rrt, domains, new RecordingMetricFactory());
        QuotaManager quotaManager = mock(QuotaManager.class);
        UserQuotaRootResolver roots = mock(UserQuotaRootResolver.class);
        when(roots.forUser(any())).thenAnswer(i -> QuotaRoot.quotaRoot(((Username) i.getArgument(0)).asString(), Optional.empty()));
        when(quotaManager.getQuotas(any())).thenAnswer(i -> {
            boolean full = ((QuotaRoot) i.getArgument(0)).getValue().startsWith("full@");
            return new QuotaManager.Quotas(
                Quota.<QuotaCountLimit, QuotaCountUsage>builder().used(QuotaCountUsage.count(1))
                    .computedLimit(QuotaCountLimit.unlimited()).build(),
                Quota.<QuotaSizeLimit, QuotaSizeUsage>builder().used(QuotaSizeUsage.size(full ? 1000 : 10))
                    .computedLimit(QuotaSizeLimit.size(1000)).build());
        });
        hook.setQuotaManager(quotaManager);
        hook.setQuotaRootResolver(roots);
        hook.init(new BaseHierarchicalConfiguration());
        return hook;
    }

    private static HookResult rcpt(RecipientValidationHook hook, String address) throws Exception {
        return hook.doRcpt(RecipientValidationHookTest.session("203.0.113.9", null, false), MaybeSender.nullSender(),
            new MailAddress(address), Map.of());
    }

    @Test
    void existingUserWithAnErrorMappingIsRefusedAtRcptNotAcceptedAndSentToRrtError() throws Exception {
        // an admin closes an account the James way: error mapping, mailbox kept for export
        rrt.addMapping(MappingSource.fromUser("gone", "local.test"), Mapping.error("550 left the company"));
        // sanity: this is what James's RecipientRewriteTable mailet meets for gone@ (-> rrt-error processor)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rrt.getResolvedMappings("gone", Domain.of("local.test")))
            .isInstanceOf(org.apache.james.rrt.api.RecipientRewriteTable.ErrorMappingException.class);
        HookResult r = rcpt(hook(), "gone@local.test");
        assertThat(r.getSmtpRetCode()).as("James's RRT mailet will send this recipient to rrt-error; refuse now").isEqualTo("550");
    }

    @Test
    void existingUserForwardedToADeletedLocalUserIsRefusedAtRcpt() throws Exception {
        // James WebAdmin /address/forwards is made for existing users; the target has since been deleted
        rrt.addMapping(MappingSource.fromUser("moved", "local.test"), Mapping.forward("deleted@local.test"));
        assertThat(rrt.getResolvedMappings("moved", Domain.of("local.test")).asStream()).isNotEmpty();
        HookResult r = rcpt(hook(), "moved@local.test");
        assertThat(r.getSmtpRetCode()).as("the mail goes to deleted@local.test, not to moved's mailbox").isEqualTo("550");
    }

    @Test
    void existingUserForwardedOffSiteIsNotRefusedBecauseItsOwnUnusedMailboxIsFull() throws Exception {
        rrt.addMapping(MappingSource.fromUser("full", "local.test"), Mapping.forward("someone@remote.example"));
        HookResult r = rcpt(hook(), "full@local.test");
        assertThat(r.getSmtpRetCode() + " " + r.getSmtpDescription())
            .as("mail for full@ is forwarded off-site by James; its local quota is irrelevant (expected DECLINED)")
            .isEqualTo(HookResult.DECLINED.getSmtpRetCode() + " " + HookResult.DECLINED.getSmtpDescription());
    }

    /** Same root cause at the end of DATA: the whole message (every recipient) gets 452 for a mailbox it never reaches. */
    @Test
    void endOfDataDoesNotRefuseTheWholeMessageForTheUnusedMailboxOfAForwardedUser() throws Exception {
        users.addUser(Username.of("alice@local.test"), "secret");
        rrt.addMapping(MappingSource.fromUser("full", "local.test"), Mapping.forward("someone@remote.example"));
        org.apache.mailet.Mail mail = org.apache.mailet.base.test.FakeMail.builder().name("m")
            .recipients("alice@local.test", "full@local.test").size(100).build();
        HookResult r = hook().onMessage(RecipientValidationHookTest.session("203.0.113.9", null, false), mail);
        assertThat(r.getSmtpRetCode() + " " + r.getSmtpDescription()).as("expected DECLINED (250 from James)")
            .isEqualTo(HookResult.DECLINED.getSmtpRetCode() + " " + HookResult.DECLINED.getSmtpDescription());
    }
}
