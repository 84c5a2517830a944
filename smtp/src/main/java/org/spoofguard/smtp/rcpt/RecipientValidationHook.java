package org.spoofguard.smtp.rcpt;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.mailbox.quota.QuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.metrics.api.Metric;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.api.ProxyInformation;
import org.apache.james.protocols.api.handler.ProtocolHandler;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.apache.james.protocols.smtp.hook.RcptHook;
import org.apache.james.rrt.api.RecipientRewriteTable;
import org.apache.james.user.api.UsersRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.recipient.CalloutService;
import org.spoofguard.core.recipient.FileCalloutCache;
import org.spoofguard.core.recipient.HarvestTracker;
import org.spoofguard.core.recipient.RecipientDecision;
import org.spoofguard.core.recipient.RecipientOutcome;
import org.spoofguard.core.recipient.RecipientRequest;
import org.spoofguard.core.recipient.RecipientValidator;
import org.spoofguard.core.recipient.SmtpCallout;

/**
 * RCPT-time recipient validation for James's SMTP server; replaces James's {@code ValidRcptHandler}.
 * A thin adapter: decisions are made by {@link RecipientValidator} in core.
 *
 * <p>Why: a server that accepts mail for recipients it cannot deliver must bounce it later, to the
 * (usually forged) envelope sender: that is backscatter. Refusing at RCPT puts the failure on the
 * sending client instead. Accepted recipients are answered DECLINED so James's own relay check and
 * the remaining hooks still run; only a callout-confirmed relay-domain recipient may be answered OK
 * (see {@code relayAcceptResult}), because James has no notion of relay domains and would refuse it.
 *
 * <p>Configure as {@code <handler class="org.spoofguard.smtp.rcpt.RecipientValidationHook"/>} in
 * {@code smtpserver.xml}; keys are documented in docs/recipient-validation.md.
 */
public class RecipientValidationHook implements RcptHook, ProtocolHandler {
    private static final Logger LOGGER = LoggerFactory.getLogger(RecipientValidationHook.class);
    static final ProtocolSession.AttachmentKey<Integer> UNKNOWN_IN_SESSION =
        ProtocolSession.AttachmentKey.of("org.spoofguard.rcpt.unknownInSession", Integer.class);
    public static final String CACHED_METRIC = RecipientOutcome.METRIC_PREFIX + "callout_cached";

    private final UsersRepository users;
    private final RecipientRewriteTable rrt;
    private final DomainList domains;
    private final Map<RecipientOutcome, Metric> metrics = new EnumMap<>(RecipientOutcome.class);
    private final Metric cachedMetric;
    private QuotaManager quotaManager;
    private UserQuotaRootResolver quotaRoots;
    private Clock clock = Clock.systemUTC();

    private volatile RecipientValidator validator;
    private volatile RecipientValidationConfig config;
    private FileCalloutCache cache;

    @Inject
    public RecipientValidationHook(UsersRepository users, RecipientRewriteTable rrt, DomainList domains,
                                   MetricFactory metricFactory) {
        this.users = users;
        this.rrt = rrt;
        this.domains = domains;
        for (RecipientOutcome o : RecipientOutcome.values()) {
            metrics.put(o, metricFactory.generate(o.metricName()));
        }
        this.cachedMetric = metricFactory.generate(CACHED_METRIC);
    }

    /** Optional: not every James binds a quota manager; without one the quota check is skipped. */
    @com.google.inject.Inject(optional = true)
    public void setQuotaManager(QuotaManager quotaManager) {
        this.quotaManager = quotaManager;
    }

    @com.google.inject.Inject(optional = true)
    public void setQuotaRootResolver(UserQuotaRootResolver quotaRoots) {
        this.quotaRoots = quotaRoots;
    }

    /** For tests: the clock behind harvest decay and cache expiry. Call before {@link #init}. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void init(Configuration configuration) throws ConfigurationException {
        RecipientValidationConfig cfg = RecipientValidationConfig.from(configuration);
        JamesRecipientDirectory directory = new JamesRecipientDirectory(users, rrt, domains, quotaManager, quotaRoots);
        if (cfg.checkQuota() && !directory.quotaAvailable()) {
            LOGGER.warn("RecipientValidationHook: checkQuota is on but no QuotaManager/UserQuotaRootResolver is bound;"
                + " full mailboxes will not be refused at RCPT");
        }
        CalloutService callouts = null;
        if (!cfg.relayDomains().isEmpty()) {
            try {
                cache = FileCalloutCache.open(cfg.calloutCacheDirectory(), cfg.calloutCacheMaxEntries(), clock);
            } catch (IOException | RuntimeException e) {
                throw new ConfigurationException("RecipientValidationHook: 'calloutCacheDirectory' "
                    + cfg.calloutCacheDirectory() + " is not usable: " + e, e);
            }
            SmtpCallout smtp = new SmtpCallout(cfg.calloutHeloName(), cfg.calloutConnectTimeout(),
                cfg.calloutReplyTimeout(), cfg.calloutTotalTimeout());
            callouts = new CalloutService(smtp::probe, cache, clock, cfg.calloutPositiveTtl(),
                cfg.calloutNegativeTtl(), cfg.calloutMaxConcurrent());
        }
        HarvestTracker tracker = cfg.harvestThreshold() > 0
            ? new HarvestTracker(clock, cfg.harvestThreshold(), cfg.harvestHalfLife(), cfg.harvestBlockDuration(),
                cfg.harvestMaxTrackedClients())
            : null;
        RecipientValidator.Settings settings = new RecipientValidator.Settings(cfg.checkQuota(), cfg.useRewriteTable(),
            cfg.maxUnknownPerSession(), cfg.relayDomains());
        this.config = cfg;
        this.validator = new RecipientValidator(directory, settings, callouts, tracker);
        LOGGER.info("RecipientValidationHook: rewrite table {}, quota check {}, {} unknown per session, harvest threshold {},"
                + " relay domains {}", cfg.useRewriteTable() ? "on" : "off",
            cfg.checkQuota() && directory.quotaAvailable() ? "on" : "off", cfg.maxUnknownPerSession(),
            cfg.harvestThreshold(), cfg.relayDomains().keySet());
    }

    @Override
    public void destroy() {
        FileCalloutCache c = cache;
        if (c != null) {
            c.close();
        }
    }

    @Override
    public HookResult doRcpt(SMTPSession session, MaybeSender sender, MailAddress rcpt, Map<String, String> parameters) {
        return doRcpt(session, sender, rcpt);
    }

    @Override
    public HookResult doRcpt(SMTPSession session, MaybeSender sender, MailAddress rcpt) {
        if (rcpt == null) {
            return HookResult.DECLINED;
        }
        String address = rcpt.asString();
        InetAddress client = null;
        try {
            ensureInitialized();
            client = clientAddress(session);
            boolean trusted = session.getUsername() != null || session.isRelayingAllowed();
            int unknownSoFar = session.getAttachment(UNKNOWN_IN_SESSION, ProtocolSession.State.Connection).orElse(0);
            RecipientDecision decision = validator.validate(new RecipientRequest(address, client, trusted, unknownSoFar));
            if (decision.outcome().isUnknownRecipient()) {
                session.setAttachment(UNKNOWN_IN_SESSION, unknownSoFar + 1, ProtocolSession.State.Connection);
            }
            return answer(decision, client, address);
        } catch (Exception | LinkageError e) {
            // our own failure must never turn into a 5xx
            return answer(RecipientDecision.tempfail(address, "hook failure: " + e), client, address);
        }
    }

    private void ensureInitialized() throws ConfigurationException {
        if (validator == null) {
            synchronized (this) {
                if (validator == null) {
                    init(new org.apache.commons.configuration2.BaseHierarchicalConfiguration());
                }
            }
        }
    }

    private HookResult answer(RecipientDecision decision, InetAddress client, String address) {
        count(decision);
        if (decision.isAccept()) {
            if (decision.outcome() == RecipientOutcome.CALLOUT_ACCEPTED && config != null && config.relayAcceptOk()) {
                return HookResult.OK;
            }
            return HookResult.DECLINED;
        }
        String ip = client == null ? "unknown" : client.getHostAddress();
        if (decision.outcome() == RecipientOutcome.TEMPFAIL) {
            LOGGER.warn("RCPT refused: client={} rcpt=<{}> reply=\"{} {}\" outcome={} reason={}", ip, address,
                decision.code(), decision.smtpDescription(), decision.outcome(), decision.reason());
        } else {
            LOGGER.info("RCPT refused: client={} rcpt=<{}> reply=\"{} {}\" outcome={} reason={}", ip, address,
                decision.code(), decision.smtpDescription(), decision.outcome(), decision.reason());
        }
        HookReturnCode.Action action = decision.isPermanent() ? HookReturnCode.Action.DENY : HookReturnCode.Action.DENYSOFT;
        HookReturnCode code = decision.disconnect() ? HookReturnCode.disconnected(action) : HookReturnCode.connected(action);
        return HookResult.builder()
            .hookReturnCode(code)
            .smtpReturnCode(String.valueOf(decision.code()))
            .smtpDescription(decision.smtpDescription())
            .build();
    }

    private void count(RecipientDecision decision) {
        try {
            metrics.get(decision.outcome()).increment();
            if (decision.cached()) {
                cachedMetric.increment();
            }
        } catch (RuntimeException e) {
            LOGGER.debug("metric update failed", e);
        }
    }

    private static InetAddress clientAddress(SMTPSession session) {
        InetSocketAddress address = null;
        try {
            Optional<ProxyInformation> proxy = session.getProxyInformation();
            if (proxy != null && proxy.isPresent()) {
                address = proxy.get().getSource();
            }
        } catch (RuntimeException e) {
            // fall back to the socket peer
        }
        if (address == null) {
            address = session.getRemoteAddress();
        }
        return address == null ? null : address.getAddress();
    }
}
