package org.spoofguard.smtp.rcpt;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.mailbox.quota.QuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.metrics.api.Metric;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.api.handler.ProtocolHandler;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.apache.james.protocols.smtp.hook.RcptHook;
import org.apache.james.rrt.api.RecipientRewriteTable;
import org.apache.james.smtpserver.JamesMessageHook;
import org.apache.james.user.api.UsersRepository;
import org.apache.mailet.Mail;
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
import org.spoofguard.smtp.ClientAddress;
import org.spoofguard.smtp.DeclaredSize;
import org.spoofguard.smtp.batv.BatvRcptHook;
import org.spoofguard.smtp.tls.TlsState;

/**
 * RCPT-time recipient validation for James's SMTP server; replaces James's {@code ValidRcptHandler}.
 * A thin adapter: decisions are made by {@link RecipientValidator} in core.
 *
 * <p>Why: a server that accepts mail for recipients it cannot deliver must bounce it later, to the
 * (usually forged) envelope sender: that is backscatter. Refusing at RCPT puts the failure on the
 * sending client instead. Accepted recipients are always answered DECLINED, so every later hook and
 * James's own relay check still run. A callout-confirmed relay-domain recipient is only <em>marked</em>
 * on the session; {@link RelayDomainAcceptHook}, placed after all other RCPT hooks, turns that mark into
 * the OK that James needs (it has no notion of relay domains and would refuse the recipient otherwise).
 *
 * <p>At the end of DATA, when the exact size is known, the quota of every local recipient is judged again
 * ({@link RecipientValidator#roomAtEndOfData}); if one of them cannot take the message, the whole message gets
 * 452 4.2.2 (SMTP has one end-of-DATA reply for all recipients, RFC 5321 §4.2.5/§3.3): the client keeps it and
 * retries or reports to its own user. Accepting it would leave us only a DSN to a possibly forged sender
 * (suppressed by the bounce guard, so an honest unproven sender would never learn) — see
 * docs/recipient-validation.md, "Quota at the end of DATA".
 *
 * <p>Configure as {@code <handler class="org.spoofguard.smtp.rcpt.RecipientValidationHook"/>} in
 * {@code smtpserver.xml}; keys are documented in docs/recipient-validation.md.
 */
public class RecipientValidationHook implements RcptHook, JamesMessageHook, ProtocolHandler {
    private static final Logger LOGGER = LoggerFactory.getLogger(RecipientValidationHook.class);
    static final ProtocolSession.AttachmentKey<Integer> UNKNOWN_IN_SESSION =
        ProtocolSession.AttachmentKey.of("org.spoofguard.rcpt.unknownInSession", Integer.class);
    /** The recipient of the current RCPT, if the downstream confirmed it (read by {@link RelayDomainAcceptHook}). */
    static final ProtocolSession.AttachmentKey<String> CALLOUT_VERIFIED =
        ProtocolSession.AttachmentKey.of("org.spoofguard.rcpt.calloutVerified", String.class);
    /**
     * One cache per directory in this JVM: James builds one hook instance per SMTP server (MX and
     * submission), and two journals appending to and renaming one file would lose entries.
     */
    private static final Map<Path, SharedCache> CACHES = new HashMap<>();
    public static final String CACHED_METRIC = RecipientOutcome.METRIC_PREFIX + "callout_cached";

    private final UsersRepository users;
    private final RecipientRewriteTable rrt;
    private final DomainList domains;
    private final Map<RecipientOutcome, Metric> metrics = new EnumMap<>(RecipientOutcome.class);
    private final Metric cachedMetric;
    private QuotaManager quotaManager;
    private UserQuotaRootResolver quotaRoots;
    private FileSystem fileSystem;
    private Clock clock = Clock.systemUTC();

    private volatile RecipientValidator validator;
    private volatile RecipientValidationConfig config;
    private Path cacheDirectory;

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

    /** Optional: resolves {@code file://var/...} cache locations the way James resolves its repositories. */
    @com.google.inject.Inject(optional = true)
    public void setFileSystem(FileSystem fileSystem) {
        this.fileSystem = fileSystem;
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
                + " full mailboxes (count, size, declared SIZE) will not be refused at RCPT");
        }
        CalloutService callouts = null;
        if (!cfg.relayDomains().isEmpty()) {
            Path cacheDir = cacheDirectory(cfg);
            FileCalloutCache cache;
            try {
                cache = acquireCache(cacheDir, cfg.calloutCacheMaxEntries(), clock);
            } catch (IOException | RuntimeException e) {
                throw new ConfigurationException("RecipientValidationHook: 'calloutCacheDirectory' "
                    + cacheDir + " is not usable: " + e, e);
            }
            releaseCache();
            this.cacheDirectory = cacheDir;
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
        if (cacheDirectory != null) {
            LOGGER.info("RecipientValidationHook: callout cache in {}", cacheDirectory);
        }
    }

    private Path cacheDirectory(RecipientValidationConfig cfg) throws ConfigurationException {
        Path base = null;
        if (fileSystem != null) {
            try {
                if (cfg.calloutCacheDirectory().startsWith("file:")) {
                    return fileSystem.getFile(cfg.calloutCacheDirectory()).toPath().toAbsolutePath().normalize();
                }
                base = fileSystem.getBasedir().toPath();
            } catch (IOException | RuntimeException e) {
                throw new ConfigurationException("RecipientValidationHook: 'calloutCacheDirectory' "
                    + cfg.calloutCacheDirectory() + " cannot be resolved: " + e, e);
            }
        }
        return cfg.resolveCacheDirectory(base);
    }

    private static FileCalloutCache acquireCache(Path directory, int maxEntries, Clock clock) throws IOException {
        synchronized (CACHES) {
            SharedCache shared = CACHES.get(directory);
            if (shared == null) {
                shared = new SharedCache(FileCalloutCache.open(directory, maxEntries, clock));
                CACHES.put(directory, shared);
            }
            shared.references++;
            return shared.cache;
        }
    }

    /** Writes the cache file when the last hook using the directory goes away (James calls destroy at stop). */
    private void releaseCache() {
        Path directory = cacheDirectory;
        cacheDirectory = null;
        if (directory == null) {
            return;
        }
        synchronized (CACHES) {
            SharedCache shared = CACHES.get(directory);
            if (shared != null && --shared.references <= 0) {
                CACHES.remove(directory);
                shared.cache.close();
            }
        }
    }

    private static final class SharedCache {
        final FileCalloutCache cache;
        int references;

        SharedCache(FileCalloutCache cache) {
            this.cache = cache;
        }
    }

    @Override
    public void destroy() {
        releaseCache();
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
        // a valid BATV tag (BatvRcptHook) stands for its real address: same user, quota and harvest checks
        String address = BatvRcptHook.originalOf(session, rcpt).orElse(rcpt.asString());
        InetAddress client = null;
        try {
            // a mark left by an earlier RCPT (refused by a later hook) must never vouch for this one
            session.removeAttachment(CALLOUT_VERIFIED, ProtocolSession.State.Transaction);
            ensureInitialized();
            client = clientAddress(session);
            boolean trusted = session.getUsername() != null || session.isRelayingAllowed();
            int unknownSoFar = session.getAttachment(UNKNOWN_IN_SESSION, ProtocolSession.State.Connection).orElse(0);
            RecipientDecision decision = validator.validate(
                new RecipientRequest(address, client, trusted, unknownSoFar, DeclaredSize.of(session)));
            if (decision.outcome().isUnknownRecipient()) {
                session.setAttachment(UNKNOWN_IN_SESSION, unknownSoFar + 1, ProtocolSession.State.Connection);
            }
            if (decision.outcome() == RecipientOutcome.CALLOUT_ACCEPTED) {
                session.setAttachment(CALLOUT_VERIFIED, address, ProtocolSession.State.Transaction);
            }
            return answer(decision, client, address, TlsState.logValue(session));
        } catch (Exception | LinkageError e) {
            // our own failure must never turn into a 5xx
            return answer(RecipientDecision.tempfail(address, "hook failure: " + e), client, address, TlsState.logValue(session));
        }
    }

    @Override
    public HookResult onMessage(SMTPSession session, Mail mail) {
        InetAddress client = null;
        try {
            ensureInitialized();
            if (!config.checkQuotaAtData()) {
                return HookResult.DECLINED;
            }
            client = clientAddress(session);
            long size = mail.getMessageSize();
            RecipientDecision refusal = null;
            for (MailAddress rcpt : mail.getRecipients()) {
                RecipientDecision d = validator.roomAtEndOfData(
                    BatvRcptHook.originalOf(session, rcpt).orElse(rcpt.asString()), size);
                if (d.isAccept()) {
                    continue;
                }
                count(d);
                LOGGER.info("DATA refusal for one recipient: client={} rcpt=<{}> size={} outcome={} reason={}",
                    client == null ? "unknown" : client.getHostAddress(), rcpt.asString(), size, d.outcome(), d.reason());
                // a lookup failure (451) outranks a full mailbox: it says nothing about the others yet
                if (refusal == null || d.outcome() == RecipientOutcome.TEMPFAIL) {
                    refusal = d;
                }
            }
            return refusal == null ? HookResult.DECLINED : answerData(refusal);
        } catch (Exception | LinkageError e) {
            LOGGER.warn("end-of-DATA quota check failed for {}: {}", mail.getName(), e.toString());
            return answerData(RecipientDecision.tempfail("", "hook failure: " + e));
        }
    }

    /** Always temporary: a full mailbox may get room, and a 5xx at DATA would make the client bounce everyone. */
    private static HookResult answerData(RecipientDecision decision) {
        return HookResult.builder()
            .hookReturnCode(HookReturnCode.denySoft())
            .smtpReturnCode(String.valueOf(decision.code()))
            .smtpDescription(decision.smtpDescription())
            .build();
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

    private HookResult answer(RecipientDecision decision, InetAddress client, String address, String tls) {
        count(decision);
        if (decision.isAccept()) {
            // never OK: that would skip every later RCPT hook (see RelayDomainAcceptHook)
            return HookResult.DECLINED;
        }
        String ip = client == null ? "unknown" : client.getHostAddress();
        if (decision.outcome() == RecipientOutcome.TEMPFAIL) {
            LOGGER.warn("RCPT refused: client={} rcpt=<{}> reply=\"{} {}\" outcome={} reason={} tls={}", ip, address,
                decision.code(), decision.smtpDescription(), decision.outcome(), decision.reason(), tls);
        } else {
            LOGGER.info("RCPT refused: client={} rcpt=<{}> reply=\"{} {}\" outcome={} reason={} tls={}", ip, address,
                decision.code(), decision.smtpDescription(), decision.outcome(), decision.reason(), tls);
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
        return ClientAddress.of(session).orElse(null);
    }
}
