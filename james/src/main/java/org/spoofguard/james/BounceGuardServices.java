package org.spoofguard.james;

import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Singleton;

import org.apache.james.core.MailAddress;
import org.apache.james.core.Username;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.mailbox.quota.QuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.user.api.UsersRepository;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.bounce.BounceGuard;
import org.spoofguard.core.bounce.BounceGuardSettings;
import org.spoofguard.core.bounce.BounceReportFile;
import org.spoofguard.core.bounce.BounceReportHistory;
import org.spoofguard.core.bounce.BounceStats;
import org.spoofguard.core.bounce.DsnRateLimiter;
import org.spoofguard.core.bounce.SpfVerdictReevaluator;
import org.spoofguard.core.bounce.VerdictReevaluator;
import org.spoofguard.core.spf.SpfEvaluator;
import org.spoofguard.core.config.Bilingual;

/**
 * What every bounce-guard matcher and mailet of one James server shares: the backscatter report
 * ({@link BounceStats}), the per-domain DSN rate limiter, James's metrics, the verdict codec with our
 * authserv-id and the SPF re-evaluator on the shared resolver. A Guice singleton, so the {@code bounces},
 * {@code error}, {@code relay-denied}… processors and the WebAdmin report all see the same numbers and one
 * DSN budget per sender domain (a budget per processor would multiply the allowance).
 *
 * <p>Server-wide defaults come from {@code spoofguard.properties} keys {@code bounce.*} (the keys of
 * {@link BounceGuardSettings} except {@code authservId}, which is the server's). A matcher condition or
 * mailet parameter overrides them for that one instance; giving any {@code rate*} key there gives the
 * instance a limiter of its own.
 *
 * <p>The report's per-day counts and recent suppressed items are kept in {@link #REPORT_FILE} under James's data
 * directory: loaded at start (a damaged file is set aside, never a start failure), saved after every change by
 * one background writer (bursts coalesce into one write) and once more when James stops.
 */
@Singleton
public class BounceGuardServices {
    public static final String PREFIX = "bounce";
    private static final Logger LOGGER = LoggerFactory.getLogger(BounceGuardServices.class);
    private static final Set<String> RATE_KEYS = Set.of(BounceGuardSettings.RATE_LIMIT,
        BounceGuardSettings.RATE_WINDOW, BounceGuardSettings.RATE_DOMAINS);
    // Bounded so one slow DNS server cannot hold a mailet-container thread for long (RFC 7208 §4.6.4 asks
    // for a 20 s limit per check at SMTP time; at bounce time we have already waited once).
    static final Duration REEVALUATION_BUDGET = Duration.ofSeconds(10);
    public static final String REPORT_FILE = "file://var/spoofguard/bounce-report.txt";
    /** How long James's stop waits for the background writer before saving itself. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final String authservId;
    private final Map<String, String> properties;
    private final BounceGuardSettings defaults;
    private final MetricFactory metricFactory;
    private final BounceStats stats;
    private final BounceReportFile reportFile;
    private final ExecutorService reportWriter;
    private final ReportSink sink;
    private final Duration closeWait;
    private final AtomicBoolean saveQueued = new AtomicBoolean();
    private volatile boolean saveFailing;
    private QuotaManager quotaManager;
    private UserQuotaRootResolver quotaRoots;
    private UsersRepository users;
    private final DsnRateLimiter sharedLimiter;
    private final VerdictReevaluator reevaluator;
    private final Clock clock;

    @Inject
    public BounceGuardServices(SpoofGuardSettings settings, MetricFactory metricFactory, FileSystem fileSystem) {
        this(settings, metricFactory, Clock.systemUTC(), reportPath(fileSystem));
    }

    /** Without a report file: the report counts since start only (tests, tools). */
    public BounceGuardServices(SpoofGuardSettings settings, MetricFactory metricFactory) {
        this(settings, metricFactory, Clock.systemUTC(), null);
    }

    public BounceGuardServices(SpoofGuardSettings settings, MetricFactory metricFactory, Clock clock) {
        this(settings, metricFactory, clock, null);
    }

    /** @param report where the report's history is kept; null: not kept */
    public BounceGuardServices(SpoofGuardSettings settings, MetricFactory metricFactory, Clock clock, File report) {
        this(settings, metricFactory, clock, report, CLOSE_WAIT, BounceReportFile::save);
    }

    /** How one snapshot of the report reaches its file: a seam for tests that hold a save half-way. */
    interface ReportSink {
        void save(BounceReportFile file, BounceReportHistory history) throws IOException;
    }

    /** With another wait for the writer at {@link #close} and a sink around each save: tests. */
    BounceGuardServices(SpoofGuardSettings settings, MetricFactory metricFactory, Clock clock, File report,
                        Duration closeWait, ReportSink sink) {
        this.sink = sink;
        this.closeWait = closeWait;
        this.stats = new BounceStats(10_000, clock);
        this.authservId = settings.authservId();
        this.metricFactory = metricFactory;
        this.clock = clock;
        this.properties = Map.copyOf(settings.section(PREFIX));
        if (properties.containsKey(BounceGuardSettings.AUTHSERV_ID)) {
            String name = SpoofGuardSettings.FILE + ".properties: " + PREFIX + "." + BounceGuardSettings.AUTHSERV_ID;
            throw new IllegalArgumentException(Bilingual.of(name + ": unknown setting (the top-level authservId is used)",
                name + ": ukendt indstilling (authservId øverst i filen bruges)"));
        }
        try {
            this.defaults = BounceGuardSettings.parse(properties, Set.of());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Bilingual.prefixed(SpoofGuardSettings.FILE + ".properties: " + PREFIX + ".: ",
                e.getMessage()), e);
        }
        this.sharedLimiter = defaults.newRateLimiter(clock);
        this.reevaluator = new SpfVerdictReevaluator(
            new SpfEvaluator(settings.resolver(), authservId, clock, REEVALUATION_BUDGET));
        LOGGER.info("SpoofGuard bounce guard: unproven={}, DSN rate limit {} per {} per sender domain",
            defaults.sendUnproven() ? "send" : "suppress",
            defaults.rateLimit() <= 0 ? "off" : defaults.rateLimit(), defaults.rateWindow());
        if (report == null) {
            this.reportFile = null;
            this.reportWriter = null;
            return;
        }
        this.reportFile = new BounceReportFile(report.toPath(), BounceReportHistory.DEFAULT_MAX_DAYS,
            BounceReportHistory.DEFAULT_MAX_ITEMS);
        BounceReportFile.Loaded loaded = reportFile.load();
        stats.restore(loaded.history());
        if (loaded.ok()) {
            LOGGER.info("SpoofGuard bounce report: {} day(s), {} suppressed item(s) loaded from {}",
                loaded.history().days().size(), loaded.history().items().size(), reportFile.path());
        } else {
            LOGGER.warn("SpoofGuard bounce report: {} is damaged ({}); counting starts from zero",
                reportFile.path(), loaded.problem());
        }
        this.reportWriter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "spoofguard-bounce-report-writer");
            t.setDaemon(true);
            return t;
        });
        stats.onChange(this::scheduleSave);
    }

    private static File reportPath(FileSystem fileSystem) {
        try {
            return fileSystem.getFile(REPORT_FILE);
        } catch (IOException | RuntimeException e) {
            // The report still works in memory; a file system problem must not stop James.
            LOGGER.warn("SpoofGuard bounce report: cannot resolve {} ({}); counts are kept in memory only",
                REPORT_FILE, e.toString());
            return null;
        }
    }

    private void scheduleSave() {
        // At most one save waiting: a burst of DSNs becomes one write of the newest state.
        if (saveQueued.compareAndSet(false, true)) {
            try {
                reportWriter.execute(this::save);
            } catch (RuntimeException e) {
                saveQueued.set(false);
            }
        }
    }

    /**
     * Writes the report's state of this moment. One writer at a time, the snapshot taken inside the lock: at James's
     * stop the background writer may still be saving when {@link #close} gives up waiting, and without the lock
     * close()'s newer snapshot could be moved into place first and the writer's older one after it, losing the last
     * counts and suppressed items on disk (the JVM exits before any later save). The bank-details memory
     * ({@code InvoiceInspection}) saves the same way.
     */
    private void save() {
        saveQueued.set(false);
        synchronized (reportFile) {
            try {
                sink.save(reportFile, stats.history());
                if (saveFailing) {
                    saveFailing = false;
                    LOGGER.info("SpoofGuard bounce report: saving to {} works again", reportFile.path());
                }
            } catch (IOException | RuntimeException e) {
                if (!saveFailing) {
                    // Logged once per failure episode, not per DSN.
                    saveFailing = true;
                    LOGGER.warn("SpoofGuard bounce report: cannot save {}: {}", reportFile.path(), e.toString());
                }
            }
        }
    }

    /**
     * Writes the report one last time when James stops (Guice's {@code @PreDestroy}); returns once the newest state
     * is on disk, after a background save still running.
     */
    @PreDestroy
    public void close() {
        if (reportWriter == null) {
            return;
        }
        reportWriter.shutdown();
        try {
            reportWriter.awaitTermination(closeWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        save();
    }

    @com.google.inject.Inject(optional = true)
    public void setQuotaManager(QuotaManager quotaManager) {
        this.quotaManager = quotaManager;
    }

    @com.google.inject.Inject(optional = true)
    public void setQuotaRootResolver(UserQuotaRootResolver quotaRoots) {
        this.quotaRoots = quotaRoots;
    }

    @com.google.inject.Inject(optional = true)
    public void setUsersRepository(UsersRepository users) {
        this.users = users;
    }

    /**
     * Why a failed mail without James's own error text failed, when we can tell: LocalDelivery's failure mails
     * ({@code error-<name>}) carry neither an error message nor {@code delivery-error}, so an over-quota refusal
     * is recognised by asking the quota of each local recipient whether this message still fits. The answer
     * is written as an RFC 3463 {@code 5.2.2} text for {@link org.spoofguard.core.bounce.BounceCause}; "" when
     * the mail carries James's own explanation, the quota is not known, or every recipient still has room.
     * Never throws.
     */
    public String localFailureEvidence(Mail mail) {
        if (quotaManager == null || quotaRoots == null || users == null) {
            return "";
        }
        try {
            String own = mail.getErrorMessage();
            if ((own != null && !own.isBlank()) || mail.getAttribute(MailBounceInputs.DELIVERY_ERROR).isPresent()) {
                return "";
            }
            // A message has at least one byte; an unknown size (-1/0) must not make a full mailbox look roomy.
            long size = Math.max(1, mail.getMessageSize());
            MailboxQuotas quotas = new MailboxQuotas(quotaManager, quotaRoots, users);
            for (MailAddress recipient : mail.getRecipients()) {
                Username user = users.getUsername(recipient);
                if (!users.contains(user)) {
                    continue;
                }
                Optional<String> full = quotas.of(recipient)
                    .refusal(OptionalLong.of(size));
                if (full.isPresent()) {
                    return "5.2.2 mailbox full: " + recipient.asString() + ": " + full.get()
                        + " (checked when bouncing, message " + size + " bytes)";
                }
            }
            return "";
        } catch (Exception e) {
            LOGGER.debug("quota evidence for {} failed", mail.getName(), e);
            return "";
        }
    }

    /** The backscatter report of this server since start. */
    public BounceStats stats() {
        return stats;
    }

    public String authservId() {
        return authservId;
    }

    public BounceGuardSettings defaults() {
        return defaults;
    }

    /**
     * The settings of one matcher/mailet: its own parameters over the server-wide {@code bounce.*} ones.
     *
     * @throws IllegalArgumentException naming the bad key
     */
    public BounceGuardSettings settingsFor(Map<String, String> params, Set<String> extraKeys) {
        Map<String, String> merged = new LinkedHashMap<>(properties);
        merged.putAll(params);
        if (!params.containsKey(BounceGuardSettings.AUTHSERV_ID)) {
            merged.put(BounceGuardSettings.AUTHSERV_ID, authservId);
        }
        return BounceGuardSettings.parse(merged, extraKeys);
    }

    /** A guard counting into this server's report and metrics. */
    public BounceGuard guard(BounceGuardSettings settings, Map<String, String> params) {
        boolean ownLimiter = params.keySet().stream().anyMatch(RATE_KEYS::contains);
        DsnRateLimiter limiter = ownLimiter ? settings.newRateLimiter(clock) : sharedLimiter;
        return new BounceGuard(settings.policyConfig(), limiter, stats, this::increment, reevaluator);
    }

    public void increment(String metricName) {
        try {
            metricFactory.generate(metricName).increment();
        } catch (RuntimeException e) {
            LOGGER.debug("metric {} failed", metricName, e);
        }
    }
}
