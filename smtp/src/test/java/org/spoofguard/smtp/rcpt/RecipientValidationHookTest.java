package org.spoofguard.smtp.rcpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
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
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.mailbox.model.Quota;
import org.apache.james.mailbox.model.QuotaRoot;
import org.apache.james.mailbox.quota.QuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.apache.james.rrt.api.RecipientRewriteTableConfiguration;
import org.apache.james.rrt.lib.Mapping;
import org.apache.james.rrt.lib.MappingSource;
import org.apache.james.rrt.memory.MemoryRecipientRewriteTable;
import org.apache.james.UserEntityValidator;
import org.apache.james.user.api.UsersRepository;
import org.apache.james.user.api.UsersRepositoryException;
import org.apache.james.user.memory.MemoryUsersRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.smtp.DeclaredSize;

class RecipientValidationHookTest {
    @TempDir
    Path tmp;

    private MemoryDomainList domains;
    private MemoryUsersRepository users;
    private MemoryRecipientRewriteTable rrt;
    private RecordingMetricFactory metrics;

    @BeforeEach
    void setUp() throws Exception {
        domains = new MemoryDomainList(null);
        domains.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false)
            .defaultDomain(Domain.of("local.test")).build());
        domains.addDomain(Domain.of("alias.test"));
        users = MemoryUsersRepository.withVirtualHosting(domains);
        users.addUser(Username.of("alice@local.test"), "secret");
        users.addUser(Username.of("full@local.test"), "secret");
        rrt = new MemoryRecipientRewriteTable();
        rrt.setConfiguration(RecipientRewriteTableConfiguration.DEFAULT_ENABLED);
        rrt.setDomainList(domains);
        rrt.setUsersRepository(users);
        rrt.setUserEntityValidator(UserEntityValidator.NOOP);
        metrics = new RecordingMetricFactory();
    }

    private RecipientValidationHook hook(BaseHierarchicalConfiguration config) throws ConfigurationException {
        return hook(users, config);
    }

    private RecipientValidationHook hook(UsersRepository usersRepository, BaseHierarchicalConfiguration config)
        throws ConfigurationException {
        RecipientValidationHook hook = new RecipientValidationHook(usersRepository, rrt, domains, metrics);
        QuotaManager quotaManager = mock(QuotaManager.class);
        UserQuotaRootResolver roots = mock(UserQuotaRootResolver.class);
        when(roots.forUser(any())).thenAnswer(i -> QuotaRoot.quotaRoot(((Username) i.getArgument(0)).asString(), Optional.empty()));
        try {
            when(quotaManager.getQuotas(any())).thenAnswer(i -> quotasOf(((QuotaRoot) i.getArgument(0)).getValue()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        hook.setQuotaManager(quotaManager);
        hook.setQuotaRootResolver(roots);
        hook.init(config);
        return hook;
    }

    /**
     * Fake quotas by local part: full (size used up), counted (count used up), small (600 of 1000 bytes),
     * nolimit (both unlimited), broken (the quota store throws); everyone else 10 of 1000 bytes.
     */
    private static QuotaManager.Quotas quotasOf(String user) throws MailboxException {
        Quota<QuotaCountLimit, QuotaCountUsage> count = Quota.<QuotaCountLimit, QuotaCountUsage>builder()
            .used(QuotaCountUsage.count(5)).computedLimit(QuotaCountLimit.unlimited()).build();
        long usedSize = 10;
        QuotaSizeLimit sizeLimit = QuotaSizeLimit.size(1000);
        if (user.startsWith("broken@")) {
            throw new MailboxException("injected: quota store unavailable");
        } else if (user.startsWith("full@")) {
            usedSize = 1000;
        } else if (user.startsWith("counted@")) {
            count = Quota.<QuotaCountLimit, QuotaCountUsage>builder()
                .used(QuotaCountUsage.count(5)).computedLimit(QuotaCountLimit.count(5)).build();
        } else if (user.startsWith("small@")) {
            usedSize = 600;
        } else if (user.startsWith("nolimit@")) {
            usedSize = Long.MAX_VALUE / 2;
            sizeLimit = QuotaSizeLimit.unlimited();
        }
        return new QuotaManager.Quotas(count, Quota.<QuotaSizeLimit, QuotaSizeUsage>builder()
            .used(QuotaSizeUsage.size(usedSize)).computedLimit(sizeLimit).build());
    }

    private static BaseHierarchicalConfiguration config() {
        return new BaseHierarchicalConfiguration();
    }

    /** A session whose attachments really persist, like James's. */
    static SMTPSession session(String ip, Username user, boolean relayingAllowed) {
        SMTPSession s = mock(SMTPSession.class);
        Map<ProtocolSession.AttachmentKey<?>, Object> state = new HashMap<>();
        when(s.getRemoteAddress()).thenReturn(new InetSocketAddress(ip, 40000));
        when(s.getProxyInformation()).thenReturn(Optional.empty());
        when(s.getUsername()).thenReturn(user);
        when(s.isRelayingAllowed()).thenReturn(relayingAllowed);
        when(s.getAttachment(any(), any())).thenAnswer(i -> Optional.ofNullable(state.get(i.getArgument(0))));
        when(s.setAttachment(any(), any(), any())).thenAnswer(i -> Optional.ofNullable(state.put(i.getArgument(0), i.getArgument(1))));
        when(s.removeAttachment(any(), any())).thenAnswer(i -> Optional.ofNullable(state.remove(i.getArgument(0))));
        return s;
    }

    private static SMTPSession stranger() {
        return session("203.0.113.9", null, false);
    }

    private static HookResult rcpt(RecipientValidationHook hook, SMTPSession session, String address) throws Exception {
        return hook.doRcpt(session, MaybeSender.nullSender(), new MailAddress(address), Map.of());
    }

    private static HookResult accept(SMTPSession session, String address) throws Exception {
        return new RelayDomainAcceptHook().doRcpt(session, MaybeSender.nullSender(), new MailAddress(address), Map.of());
    }

    @Test
    void twoHooksOnOneCacheDirectoryShareOneCache() throws Exception {
        try (TinySmtp downstream = new TinySmtp()) {
            BaseHierarchicalConfiguration c = config();
            c.addProperty("relayDomains.relayDomain.domain", "relay.test");
            c.addProperty("relayDomains.relayDomain.downstream", "127.0.0.1:" + downstream.port());
            c.addProperty("calloutCacheDirectory", "file://" + tmp);
            RecipientValidationHook mx = hook(c);
            RecipientValidationHook submission = hook(c);
            assertThat(rcpt(mx, stranger(), "known@relay.test")).isEqualTo(HookResult.DECLINED);
            assertThat(rcpt(submission, stranger(), "known@relay.test")).isEqualTo(HookResult.DECLINED);
            assertThat(downstream.connections.get()).isEqualTo(1);
            mx.destroy();
            assertThat(rcpt(submission, stranger(), "unknown@relay.test").getSmtpRetCode()).isEqualTo("550");
            submission.destroy();
            assertThat(java.nio.file.Files.readString(tmp.resolve("callout-cache.txt")))
                .contains("known@relay.test").contains("unknown@relay.test");
        }
    }

    @Test
    void cacheLocationResolvesLikeJamesRepositories() throws Exception {
        RecipientValidationConfig cfg = RecipientValidationConfig.defaults();
        assertThat(cfg.resolveCacheDirectory(Path.of("/srv/james")))
            .isEqualTo(Path.of("/srv/james/var/spoofguard/callout-cache"));
        BaseHierarchicalConfiguration c = config();
        c.addProperty("calloutCacheDirectory", "file:///abs/cache");
        assertThat(RecipientValidationConfig.from(c).resolveCacheDirectory(Path.of("/srv/james"))).isEqualTo(Path.of("/abs/cache"));
        BaseHierarchicalConfiguration r = config();
        r.addProperty("calloutCacheDirectory", "state/cache");
        assertThat(RecipientValidationConfig.from(r).resolveCacheDirectory(Path.of("/srv/james"))).isEqualTo(Path.of("/srv/james/state/cache"));
    }

    private static void assertRefused(HookResult r, String code, String descriptionStart) {
        assertThat(r.getSmtpRetCode()).isEqualTo(code);
        assertThat(r.getSmtpDescription()).startsWith(descriptionStart);
        assertThat(r.getResult().getAction())
            .isEqualTo(code.startsWith("5") ? HookReturnCode.Action.DENY : HookReturnCode.Action.DENYSOFT);
    }

    @Test
    void existingUserIsDeclinedSoTheRestOfTheChainRuns() throws Exception {
        RecipientValidationHook hook = hook(config());
        assertThat(rcpt(hook, stranger(), "alice@local.test")).isEqualTo(HookResult.DECLINED);
        assertThat(metrics.countFor("spoofguard_rcpt_accepted")).isEqualTo(1);
    }

    @Test
    void unknownUserIs550() throws Exception {
        HookResult r = rcpt(hook(config()), stranger(), "nobody@local.test");
        assertRefused(r, "550", "5.1.1 <nobody@local.test>: recipient unknown");
        assertThat(r.getResult().isDisconnected()).isFalse();
        assertThat(metrics.countFor("spoofguard_rcpt_unknown")).isEqualTo(1);
    }

    @Test
    void aliasForwardAndDomainAliasToDeliverableTargetsAreAccepted() throws Exception {
        rrt.addAliasMapping(MappingSource.fromUser("sales", "local.test"), "alice@local.test");
        rrt.addForwardMapping(MappingSource.fromUser("fwd", "local.test"), "someone@remote.example");
        rrt.addDomainAliasMapping(MappingSource.fromDomain(Domain.of("alias.test")), Domain.of("local.test"));
        rrt.addGroupMapping(MappingSource.fromUser("team", "local.test"), "alice@local.test");
        RecipientValidationHook hook = hook(config());
        assertThat(rcpt(hook, stranger(), "sales@local.test")).isEqualTo(HookResult.DECLINED);
        assertThat(rcpt(hook, stranger(), "fwd@local.test")).isEqualTo(HookResult.DECLINED);
        assertThat(rcpt(hook, stranger(), "alice@alias.test")).isEqualTo(HookResult.DECLINED);
        assertThat(rcpt(hook, stranger(), "team@local.test")).isEqualTo(HookResult.DECLINED);
        assertRefused(rcpt(hook, stranger(), "nobody@alias.test"), "550", "5.1.1");
    }

    @Test
    void mappingToNonexistentLocalUserIs550() throws Exception {
        rrt.addAddressMapping(MappingSource.fromUser("old", "local.test"), "deleted@local.test");
        assertRefused(rcpt(hook(config()), stranger(), "old@local.test"), "550", "5.1.1 <old@local.test>");
    }

    @Test
    void loopIs550() throws Exception {
        // stored directly: the RRT's own add-time loop check is bypassed, as with an imported table
        rrt.addMapping(MappingSource.fromUser("ping", "local.test"), Mapping.address("pong@local.test"));
        rrt.addMapping(MappingSource.fromUser("pong", "local.test"), Mapping.address("ping@local.test"));
        assertRefused(rcpt(hook(config()), stranger(), "ping@local.test"), "550", "5.1.1 <ping@local.test>");
    }

    @Test
    void errorMappingIs550() throws Exception {
        rrt.addErrorMapping(MappingSource.fromUser("gone", "local.test"), "550 left the company");
        assertRefused(rcpt(hook(config()), stranger(), "gone@local.test"), "550", "5.1.1");
    }

    @Test
    void fullMailboxIs452AndMappingToItToo() throws Exception {
        rrt.addAliasMapping(MappingSource.fromUser("boss", "local.test"), "full@local.test");
        RecipientValidationHook hook = hook(config());
        assertRefused(rcpt(hook, stranger(), "full@local.test"), "452", "4.2.2 <full@local.test>: mailbox full");
        assertRefused(rcpt(hook, stranger(), "boss@local.test"), "452", "4.2.2");
        assertThat(metrics.countFor("spoofguard_rcpt_mailbox_full")).isEqualTo(2);
    }

    @Test
    void countQuotaUsedUpIs452() throws Exception {
        users.addUser(Username.of("counted@local.test"), "secret");
        assertRefused(rcpt(hook(config()), stranger(), "counted@local.test"), "452", "4.2.2 <counted@local.test>: mailbox full");
        assertThat(metrics.countFor("spoofguard_rcpt_mailbox_full")).isEqualTo(1);
    }

    @Test
    void declaredSizeOverTheRoomLeftIs452AtRcptAlsoThroughAnAlias() throws Exception {
        users.addUser(Username.of("small@local.test"), "secret");
        users.addUser(Username.of("nolimit@local.test"), "secret");
        rrt.addAliasMapping(MappingSource.fromUser("boss", "local.test"), "small@local.test");
        RecipientValidationHook hook = hook(config());
        SMTPSession tooBig = stranger();
        tooBig.setAttachment(DeclaredSize.KEY, 401, ProtocolSession.State.Transaction);
        assertRefused(rcpt(hook, tooBig, "small@local.test"), "452", "4.2.2 <small@local.test>: mailbox full");
        assertRefused(rcpt(hook, tooBig, "boss@local.test"), "452", "4.2.2 <boss@local.test>: mailbox full");
        assertThat(rcpt(hook, tooBig, "nolimit@local.test")).as("unlimited").isEqualTo(HookResult.DECLINED);
        assertThat(rcpt(hook, tooBig, "alice@local.test")).as("990 bytes left").isEqualTo(HookResult.DECLINED);

        SMTPSession fits = stranger();
        fits.setAttachment(DeclaredSize.KEY, 400, ProtocolSession.State.Transaction);
        assertThat(rcpt(hook, fits, "small@local.test")).isEqualTo(HookResult.DECLINED);
        assertThat(rcpt(hook, stranger(), "small@local.test")).as("no SIZE declared").isEqualTo(HookResult.DECLINED);
    }

    /**
     * A bounce to a valid BATV tag proves only that it answers our mail, not that the mailbox has room: it gets the
     * same 452 4.2.2 (RFC 5321 §4.2.2) at RCPT and at the end of DATA as other mail to that user, so the remote MTA
     * retries instead of the bounce being accepted and parked unseen.
     */
    @Test
    void validlyTaggedBounceToAFullMailboxGets452AtRcptAndAtEndOfData() throws Exception {
        users.addUser(Username.of("small@local.test"), "secret");
        org.spoofguard.james.BatvSettings settings = new org.spoofguard.james.BatvSettings(
            Map.of("keys", "1:0123456789abcdef0123"), java.time.Clock.systemUTC());
        org.spoofguard.smtp.batv.BatvRcptHook batv = new org.spoofguard.smtp.batv.BatvRcptHook(settings, domains, metrics);
        batv.init(new BaseHierarchicalConfiguration());
        RecipientValidationHook hook = hook(config());
        String full = settings.signer().orElseThrow().sign("full@local.test");
        SMTPSession session = stranger();
        HookResult atBatv = batv.doRcpt(session, MaybeSender.nullSender(), new MailAddress(full));
        assertThat(atBatv.getResult()).as("BATV must leave the mailbox checks to recipient validation")
            .isEqualTo(HookReturnCode.declined());
        assertRefused(rcpt(hook, session, full), "452", "4.2.2 <full@local.test>: mailbox full");

        String small = settings.signer().orElseThrow().sign("small@local.test");
        SMTPSession data = stranger();
        assertThat(batv.doRcpt(data, MaybeSender.nullSender(), new MailAddress(small)).getResult())
            .isEqualTo(HookReturnCode.declined());
        assertThat(rcpt(hook, data, small)).as("room at RCPT").isEqualTo(HookResult.DECLINED);
        org.apache.mailet.Mail tooBig = org.apache.mailet.base.test.FakeMail.builder().name("tagged-too-big")
            .recipients(small).size(401).build();
        assertRefused(hook.onMessage(data, tooBig), "452", "4.2.2 <small@local.test>: mailbox full");
        org.apache.mailet.Mail fits = org.apache.mailet.base.test.FakeMail.builder().name("tagged-fits")
            .recipients(small).size(400).build();
        assertThat(hook.onMessage(data, fits)).isEqualTo(HookResult.DECLINED);
    }

    /** End of DATA: the exact size decides; one recipient without room refuses the whole message with 452. */
    @Test
    void endOfDataRefusesTheWholeMessageWith452WhenOneRecipientHasNoRoomForItsExactSize() throws Exception {
        users.addUser(Username.of("small@local.test"), "secret");
        users.addUser(Username.of("broken@local.test"), "secret");
        RecipientValidationHook hook = hook(config());
        // small: 600 of 1000 bytes used, so 400 bytes of room
        org.apache.mailet.Mail fits = org.apache.mailet.base.test.FakeMail.builder().name("fits")
            .recipients("small@local.test", "alice@local.test", "someone@remote.test").size(400).build();
        assertThat(hook.onMessage(stranger(), fits)).isEqualTo(HookResult.DECLINED);

        org.apache.mailet.Mail tooBig = org.apache.mailet.base.test.FakeMail.builder().name("too-big")
            .recipients("alice@local.test", "small@local.test").size(401).build();
        assertRefused(hook.onMessage(stranger(), tooBig), "452", "4.2.2 <small@local.test>: mailbox full");

        org.apache.mailet.Mail broken = org.apache.mailet.base.test.FakeMail.builder().name("broken")
            .recipients("small@local.test", "broken@local.test").size(401).build();
        assertRefused(hook.onMessage(stranger(), broken), "451", "4.3.0 <broken@local.test>");

        BaseHierarchicalConfiguration off = config();
        off.addProperty("checkQuotaAtData", "false");
        assertThat(hook(off).onMessage(stranger(), tooBig)).as("checkQuotaAtData=false").isEqualTo(HookResult.DECLINED);
    }

    @Test
    void quotaLookupFailureIs451NeverPermanent() throws Exception {
        users.addUser(Username.of("broken@local.test"), "secret");
        HookResult r = rcpt(hook(config()), stranger(), "broken@local.test");
        assertRefused(r, "451", "4.3.0 <broken@local.test>");
        assertThat(metrics.countFor("spoofguard_rcpt_tempfail")).isEqualTo(1);
    }

    @Test
    void withoutQuotaManagerFullMailboxIsAccepted() throws Exception {
        RecipientValidationHook hook = new RecipientValidationHook(users, rrt, domains, metrics);
        hook.init(config());
        assertThat(rcpt(hook, stranger(), "full@local.test")).isEqualTo(HookResult.DECLINED);
    }

    @Test
    void repositoryFailureIs451NeverPermanent() throws Exception {
        UsersRepository broken = mock(UsersRepository.class);
        when(broken.getUsername(any())).thenCallRealMethod();
        when(broken.contains(any())).thenThrow(new UsersRepositoryException("ldap down"));
        HookResult r = rcpt(hook(broken, config()), stranger(), "alice@local.test");
        assertRefused(r, "451", "4.3.0 <alice@local.test>");
        assertThat(metrics.countFor("spoofguard_rcpt_tempfail")).isEqualTo(1);
    }

    @Test
    void foreignDomainIsLeftToJames() throws Exception {
        assertThat(rcpt(hook(config()), stranger(), "x@elsewhere.example")).isEqualTo(HookResult.DECLINED);
    }

    @Test
    void afterTooManyUnknownsInOneSessionTheConnectionIsClosedWith421() throws Exception {
        BaseHierarchicalConfiguration c = config();
        c.addProperty("maxUnknownPerSession", "3");
        RecipientValidationHook hook = hook(c);
        SMTPSession s = stranger();
        for (int i = 0; i < 3; i++) {
            assertRefused(rcpt(hook, s, "guess" + i + "@local.test"), "550", "5.1.1");
        }
        HookResult r = rcpt(hook, s, "alice@local.test");
        assertRefused(r, "421", "4.7.0");
        assertThat(r.getResult().isDisconnected()).isTrue();
        assertThat(metrics.countFor("spoofguard_rcpt_harvest")).isEqualTo(1);
        // a new session from another address is unaffected
        assertThat(rcpt(hook, session("203.0.113.10", null, false), "alice@local.test")).isEqualTo(HookResult.DECLINED);
    }

    @Test
    void clientHarvestingAcrossSessionsIsRefused() throws Exception {
        BaseHierarchicalConfiguration c = config();
        c.addProperty("harvestThreshold", "4");
        RecipientValidationHook hook = hook(c);
        for (int i = 0; i < 4; i++) {
            rcpt(hook, stranger(), "guess" + i + "@local.test");
        }
        HookResult r = rcpt(hook, stranger(), "alice@local.test");
        assertRefused(r, "421", "4.7.0");
        assertThat(r.getResult().isDisconnected()).isTrue();
    }

    @Test
    void authenticatedSessionsAreNotCutOffAndForeignRecipientsUntouched() throws Exception {
        BaseHierarchicalConfiguration c = config();
        c.addProperty("maxUnknownPerSession", "1");
        RecipientValidationHook hook = hook(c);
        SMTPSession s = session("203.0.113.9", Username.of("alice@local.test"), false);
        assertRefused(rcpt(hook, s, "typo@local.test"), "550", "5.1.1");
        assertRefused(rcpt(hook, s, "typo2@local.test"), "550", "5.1.1");
        assertThat(rcpt(hook, s, "alice@local.test")).isEqualTo(HookResult.DECLINED);
        assertThat(rcpt(hook, s, "friend@elsewhere.example")).isEqualTo(HookResult.DECLINED);
    }

    @Test
    void relayDomainIsVerifiedByCalloutAndCached() throws Exception {
        try (TinySmtp downstream = new TinySmtp()) {
            BaseHierarchicalConfiguration c = config();
            c.addProperty("relayDomains.relayDomain.domain", "relay.test");
            c.addProperty("relayDomains.relayDomain.downstream", "127.0.0.1:" + downstream.port());
            c.addProperty("calloutCacheDirectory", tmp.toString());
            c.addProperty("calloutHeloName", "mx.local.test");
            RecipientValidationHook hook = hook(c);
            SMTPSession s = stranger();
            assertThat(rcpt(hook, s, "known@relay.test")).isEqualTo(HookResult.DECLINED);
            assertThat(accept(s, "known@relay.test")).isEqualTo(HookResult.OK);
            assertThat(rcpt(hook, s, "known@relay.test")).isEqualTo(HookResult.DECLINED);
            assertThat(accept(s, "known@relay.test")).isEqualTo(HookResult.OK);
            assertRefused(rcpt(hook, s, "unknown@relay.test"), "550", "5.1.1 <unknown@relay.test>");
            assertThat(accept(s, "unknown@relay.test")).isEqualTo(HookResult.DECLINED);
            // the mark is for the verified recipient only, and only once
            assertThat(rcpt(hook, s, "known@relay.test")).isEqualTo(HookResult.DECLINED);
            assertThat(accept(s, "other@elsewhere.example")).isEqualTo(HookResult.DECLINED);
            assertThat(accept(s, "known@relay.test")).isEqualTo(HookResult.DECLINED);
            assertThat(downstream.connections.get()).isEqualTo(2);
            assertThat(metrics.countFor("spoofguard_rcpt_callout_accepted")).isEqualTo(3);
            assertThat(metrics.countFor("spoofguard_rcpt_callout_cached")).isEqualTo(2);
            assertThat(metrics.countFor("spoofguard_rcpt_callout_rejected")).isEqualTo(1);
            hook.destroy();

            // a restarted server remembers
            RecipientValidationHook restarted = hook(c);
            SMTPSession s2 = stranger();
            assertThat(rcpt(restarted, s2, "known@relay.test")).isEqualTo(HookResult.DECLINED);
            assertThat(accept(s2, "known@relay.test")).isEqualTo(HookResult.OK);
            assertThat(downstream.connections.get()).isEqualTo(2);
            restarted.destroy();
        }
    }

    @Test
    void relayDownstreamDownIs451() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        BaseHierarchicalConfiguration c = config();
        c.addProperty("relayDomains.relayDomain.domain", "relay.test");
        c.addProperty("relayDomains.relayDomain.downstream", "127.0.0.1:" + port);
        c.addProperty("calloutCacheDirectory", tmp.toString());
        RecipientValidationHook hook = hook(c);
        assertRefused(rcpt(hook, stranger(), "known@relay.test"), "451", "4.4.1");
        assertThat(metrics.countFor("spoofguard_rcpt_callout_unreachable")).isEqualTo(1);
    }

    @Test
    void badConfigurationNamesTheKey() {
        assertConfigError("maxUnknownPerSession", "lots");
        assertConfigError("checkQuota", "perhaps");
        assertConfigError("calloutPositiveTtl", "7 fortnights");
        assertConfigError("relayAcceptResult", "ok");
        assertConfigError("maxUnknownPerSesion", "5");
        BaseHierarchicalConfiguration c = config();
        c.addProperty("relayDomains.relayDomain.domain", "relay.test");
        assertThatThrownBy(() -> hook(c)).isInstanceOf(ConfigurationException.class).hasMessageContaining("downstream");
    }

    private void assertConfigError(String key, String value) {
        BaseHierarchicalConfiguration c = config();
        c.addProperty(key, value);
        assertThatThrownBy(() -> hook(c)).isInstanceOf(ConfigurationException.class).hasMessageContaining("'" + key + "'");
    }

    /** Loopback SMTP peer: knows only known@relay.test. */
    static final class TinySmtp implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        final AtomicInteger connections = new AtomicInteger();

        TinySmtp() throws IOException {
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept();
                         BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                         OutputStream out = s.getOutputStream()) {
                        connections.incrementAndGet();
                        out.write("220 relay ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
                        String line;
                        while ((line = in.readLine()) != null) {
                            String reply;
                            if (line.startsWith("RCPT")) {
                                reply = line.equals("RCPT TO:<known@relay.test>") ? "250 2.1.5 ok" : "550 5.1.1 unknown";
                            } else if (line.equals("QUIT")) {
                                out.write("221 bye\r\n".getBytes(StandardCharsets.US_ASCII));
                                break;
                            } else {
                                reply = "250 ok";
                            }
                            out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                    } catch (IOException e) {
                        // next connection
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
