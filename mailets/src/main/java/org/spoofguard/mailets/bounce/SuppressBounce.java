package org.spoofguard.mailets.bounce;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.mailets.HeldRepository;
import org.spoofguard.mailets.RepositoryParameter;
import org.spoofguard.core.bounce.BounceCause;
import org.spoofguard.core.bounce.BounceDecision;
import org.spoofguard.core.bounce.BounceDecisionCodec;
import org.spoofguard.core.bounce.BounceGuard;
import org.spoofguard.core.bounce.BounceGuardSettings;
import org.spoofguard.core.bounce.BounceRecord;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.MailBounceInputs;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.james.MailetParameters;

/**
 * Keeps a failed mail whose DSN must not be sent (forged or unproven return path) instead of letting
 * {@code DSNBounce} answer it: stores it with the decision in a mail repository, counts, logs one line and
 * ghosts it. An admin can release it through WebAdmin into a processor that runs {@code DSNBounce}.
 *
 * <p>Uses the decision of a preceding {@code BounceAllowed}/{@code BounceNotAllowed} matcher when the mail
 * carries it ({@link SpoofGuardAttributes#readBounce}); otherwise (e.g. {@code match="All"}) decides itself, and
 * lets mails whose DSN may be sent continue untouched. A record that cannot be read means suppress (logged as an
 * error, counted {@value #METRIC_RECORD_UNREADABLE}). If storing fails the mail is NOT ghosted and the DSN is not
 * sent: James keeps it (see {@code onMailetException} below).
 */
public class SuppressBounce extends GenericMailet {
    private static final Logger LOGGER = LoggerFactory.getLogger(SuppressBounce.class);

    public static final String REPOSITORY_URL = "repositoryUrl";
    public static final String DEFAULT_REPOSITORY_URL = "file://var/mail/suppressed-bounces/";
    public static final String METRIC_STORED = "spoofguard_bounce_suppressed_stored";
    public static final String METRIC_STORE_FAILED = "spoofguard_bounce_store_failed";
    /** A bounce record on the mail that could not be read (suppressed, fail closed). */
    public static final String METRIC_RECORD_UNREADABLE = "spoofguard_bounce_record_unreadable";
    /** The reason kept with a mail whose record could not be read. */
    public static final String DAMAGED = "damaged-record";

    private final MailRepositoryStore repositoryStore;
    private final MetricFactory metricFactory;
    private final BounceGuardServices services;

    private BounceGuardSettings settings;
    private MailRepositoryUrl repositoryUrl;
    private HeldRepository repository;
    private BounceGuard guard;

    @Inject
    public SuppressBounce(MailRepositoryStore repositoryStore, MetricFactory metricFactory,
                          BounceGuardServices services) {
        this.repositoryStore = repositoryStore;
        this.metricFactory = metricFactory;
        this.services = services;
    }

    @Override
    public void init() throws MessagingException {
        // James's own <onMailetException> etc. belong to the container, not to the bounce guard's settings.
        Map<String, String> params = MailetParameters.own(getMailetConfig());
        Map<String, String> guardParams = new HashMap<>(params);
        guardParams.remove(REPOSITORY_URL);
        try {
            settings = services.settingsFor(guardParams, Set.of());
            guard = services.guard(settings, guardParams);
        } catch (IllegalArgumentException e) {
            throw new MessagingException(Bilingual.prefixed(getMailetName() + ": ", e.getMessage()));
        }
        String url = params.getOrDefault(REPOSITORY_URL, DEFAULT_REPOSITORY_URL).trim();
        repositoryUrl = RepositoryParameter.parse(getMailetName(), REPOSITORY_URL, url,
            "file://var/mail/suppressed-bounces/");
        repository = new HeldRepository(repositoryStore, repositoryUrl, java.time.Clock.systemUTC()).openEarly(getMailetName());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        BounceRecord record;
        try {
            Optional<BounceRecord> decided = SpoofGuardAttributes.readBounce(mail);
            if (decided.isPresent() && BounceDecisionCodec.isUnreadable(decided.get())) {
                // Fail closed: a damaged record proves nothing, so no DSN. Kept with a readable record that says
                // so (the console and the report show it; a retry after a failed store says and counts it once).
                record = new BounceRecord(BounceDecision.suppress(DAMAGED, decided.get().decision().text()),
                    BounceCause.OTHER);
                increment(METRIC_RECORD_UNREADABLE);
                LOGGER.error("SpoofGuard bounce record unreadable, the DSN is suppressed: mail={} sender={} error=\"{}\"",
                    mail.getName(), mail.getMaybeSender().asString("<>"), record.decision().text());
            } else if (decided.isPresent()) {
                // Already counted (report and metrics) by the matcher that decided.
                record = decided.get();
            } else {
                record = BounceRecord.of(guard.evaluate(MailBounceInputs.from(mail,
                    settings.verdictAttribute(), services.localFailureEvidence(mail))));
            }
        } catch (RuntimeException e) {
            // Undecidable: keep the mail rather than risk backscatter; storing is not dropping.
            LOGGER.error("{}: bounce decision failed for {}", getMailetName(), mail.getName(), e);
            record = new BounceRecord(BounceDecision.suppress("internal-error", e.toString()), BounceCause.OTHER);
        }
        if (record.isSend()) {
            return;
        }
        BounceDecision decision = record.decision();
        String cause = record.cause().code();
        SpoofGuardAttributes.writeBounce(mail, record);
        String sender = mail.getMaybeSender().asString("<>");
        MailKey key;
        try {
            if (repository.repository().retrieve(MailKey.forMail(mail)) != null) {
                // RemoteDelivery with sendpartial bounces one mail twice under one name (the 5xx recipients first,
                // the rest when its retries end): the second must not overwrite the first, kept for release
                mail.setName(mail.getName() + "-" + java.util.UUID.randomUUID());
            }
            // retention and "held since" count from now: a bounce of a weeks-old mail is not expired at once
            key = repository.keep(mail);
        } catch (Exception e) {
            increment(METRIC_STORE_FAILED);
            LOGGER.error("SpoofGuard bounce NOT kept (store into {} failed; handed back to James, the bounce is not sent): "
                + "mail={} sender={} cause={} reason={}", repositoryUrl.asString(), mail.getName(), sender, cause,
                decision.code(), e);
            // Fail closed: a bounce to an unproven sender must not go out because we could not keep it. James then
            // applies onMailetException: propagate (our conf) re-spools it and finally keeps it in the spooler's
            // error repository; James's default sends it to the error processor, which stores and never bounces.
            throw new MessagingException(getMailetName() + ": store into " + repositoryUrl.asString() + " failed for "
                + mail.getName(), e);
        }
        increment(METRIC_STORED);
        // The report lists the key so an admin can find this mail (and release it) through WebAdmin.
        String mailKey = key.asString();
        services.stats().recordStored(repositoryUrl.asString(), mailKey, cause, decision.code(),
            mail.getMaybeSender().asOptional().map(a -> a.getDomain().asString()).orElse(""));
        mail.setState(Mail.GHOST);
        LOGGER.info("SpoofGuard bounce suppressed: mail={} sender={} cause={} reason={} stored={} key={}",
            mail.getName(), sender, cause, decision.code(), repositoryUrl.asString(), mailKey);
    }

    private void increment(String name) {
        try {
            metricFactory.generate(name).increment();
        } catch (RuntimeException e) {
            LOGGER.debug("metric {} failed", name, e);
        }
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard: keep failed mails whose DSN would be backscatter";
    }
}
