package org.spoofguard.mailets.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;
import javax.inject.Named;
import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.model.MailboxConstants;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.server.core.MailImpl;
import org.apache.james.transport.mailets.LocalDelivery;
import org.apache.james.transport.mailets.delivery.MailDispatcher;
import org.apache.james.transport.mailets.delivery.MailStore;
import org.apache.james.transport.mailets.delivery.MailboxAppenderImpl;
import org.apache.james.transport.mailets.delivery.SimpleMailStore;
import org.apache.james.user.api.UsersRepository;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.mailets.NamesProcessors;
import org.spoofguard.mailets.RepositoryParameter;
import org.spoofguard.core.config.Durations;
import org.spoofguard.core.delivery.LocalRetryPolicy;
import org.spoofguard.core.delivery.LocalRetryRecord;
import org.spoofguard.james.HeldMailAttributes;
import org.spoofguard.mailets.HeldRepository;
import org.spoofguard.james.MailRecipientRecords;
import org.spoofguard.james.MailetParameters;

import reactor.core.publisher.Mono;
import org.spoofguard.core.config.Bilingual;

/**
 * James's LocalDelivery (the same store: INBOX or the Sieve target folder, the same {@code localDeliveredMails}
 * metric), but a store failure is ours and is retried with a delay, recipient by recipient.
 *
 * <p>Why not LocalDelivery: with {@code onMailetException=propagate}, James 3.8.1's MailDispatcher stops at the
 * first recipient whose mailbox fails (the ones before are already stored) and the spooler then re-runs the whole
 * mail at once, up to 5 times, before parking it in the error repository: every recipient stored before the
 * failure gets up to 6 copies, and any store outage over about ten seconds parks every mail being delivered until
 * an admin acts. With an error processor instead, the failed recipients become a new mail without attributes on
 * the bounce path: a DSN for our own fault.
 *
 * <p>Here every recipient is tried (with MailDispatcher's three quick retries); the ones stored stay stored; a copy
 * of the mail with its attributes (Sieve folders, sender record, invoice decision) and per-recipient headers, for
 * the failed recipients only, is queued to {@code retryProcessor} after a growing delay ({@link LocalRetryPolicy}),
 * the attempts counted in {@value #RETRY_ATTRIBUTE_NAME}. Once the first failure is {@code giveUpAfter} old, the
 * copy is kept in {@code errorRepository} with an error message: never a DSN, never dropped. If even the re-queue
 * fails, the copy is kept there at once; if that fails too the exception goes to James (propagate: nothing lost)
 * with the mail in its processor again. The recipients stored are recorded on the mail
 * ({@link MailRecipientRecords#STORED}) before the re-queue: the spooler's re-run, or a release of the mail James
 * then keeps in its error repository, stores only the others.
 *
 * <p>Parameters: {@code retryProcessor} (required: a processor that runs only the delivery, not Sieve or the
 * vacation again), {@code errorRepository} ({@value #DEFAULT_ERROR_REPOSITORY}), {@code firstDelay} (1m),
 * {@code maxDelay} (1h), {@code giveUpAfter} (2d), durations in {@link Durations}' grammar.
 */
public class RetryingLocalDelivery extends GenericMailet implements NamesProcessors {
    public static final String RETRY_ATTRIBUTE_NAME = "org.spoofguard.localdelivery.retry";
    public static final AttributeName RETRY_ATTRIBUTE = AttributeName.of(RETRY_ATTRIBUTE_NAME);
    public static final String DEFAULT_ERROR_REPOSITORY = "file://var/mail/error/";
    static final String RETRY_PROCESSOR = "retryProcessor";
    static final String ERROR_REPOSITORY = "errorRepository";
    static final String FIRST_DELAY = "firstDelay";
    static final String MAX_DELAY = "maxDelay";
    static final String GIVE_UP_AFTER = "giveUpAfter";
    static final String METRIC_DEFERRED = "spoofguard_local_delivery_deferred";
    static final String METRIC_RECOVERED = "spoofguard_local_delivery_recovered";
    static final String METRIC_KEPT = "spoofguard_local_delivery_kept";
    private static final int MAX_ERROR_TEXT = 300;
    private static final Logger LOGGER = LoggerFactory.getLogger(RetryingLocalDelivery.class);

    private final MailStore store;
    private final MetricFactory metricFactory;
    private final MailRepositoryStore repositoryStore;
    private final Clock clock;
    private final int quickRetries;
    private String retryProcessor;
    private MailRepositoryUrl errorRepository;
    private HeldRepository held;
    private LocalRetryPolicy policy;

    @Inject
    public RetryingLocalDelivery(UsersRepository usersRepository, @Named("mailboxmanager") MailboxManager mailboxManager,
                                 MetricFactory metricFactory, MailRepositoryStore repositoryStore) {
        this(SimpleMailStore.builder()
                .mailboxAppender(new MailboxAppenderImpl(mailboxManager))
                .usersRepository(usersRepository)
                .folder(MailboxConstants.INBOX)
                .metric(metricFactory.generate(LocalDelivery.LOCAL_DELIVERED_MAILS_METRIC_NAME))
                .build(),
            metricFactory, repositoryStore, Clock.systemUTC(), MailDispatcher.RETRIES);
    }

    /**
     * {@code quickRetries}: MailDispatcher's immediate retries per recipient (its own backoff, 0.2 s up to 1 s, in
     * real time). Tests that replay two days of delayed retries on a moved clock pass 0.
     */
    RetryingLocalDelivery(MailStore store, MetricFactory metricFactory, MailRepositoryStore repositoryStore, Clock clock,
                          int quickRetries) {
        this.store = store;
        this.metricFactory = metricFactory;
        this.repositoryStore = repositoryStore;
        this.clock = clock;
        this.quickRetries = quickRetries;
    }

    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(),
            Set.of(RETRY_PROCESSOR, ERROR_REPOSITORY, FIRST_DELAY, MAX_DELAY, GIVE_UP_AFTER));
        retryProcessor = Optional.ofNullable(getInitParameter(RETRY_PROCESSOR)).map(String::trim).orElse("");
        if (retryProcessor.isEmpty()) {
            throw new MessagingException(Bilingual.of(
                getMailetName() + ": parameter '" + RETRY_PROCESSOR + "' is required (a processor with only IsOverQuota"
                    + " and this mailet, e.g. local-delivery-retry)",
                getMailetName() + ": parameteren '" + RETRY_PROCESSOR + "' mangler (en processor med kun IsOverQuota"
                    + " og denne mailet, fx local-delivery-retry)"));
        }
        String url = getInitParameter(ERROR_REPOSITORY, DEFAULT_ERROR_REPOSITORY).trim();
        errorRepository = RepositoryParameter.parse(getMailetName(), ERROR_REPOSITORY, url, DEFAULT_ERROR_REPOSITORY);
        held = new HeldRepository(repositoryStore, errorRepository, clock);
        try {
            policy = new LocalRetryPolicy(
                duration(FIRST_DELAY, LocalRetryPolicy.DEFAULT_FIRST_DELAY),
                duration(MAX_DELAY, LocalRetryPolicy.DEFAULT_MAX_DELAY),
                duration(GIVE_UP_AFTER, LocalRetryPolicy.DEFAULT_GIVE_UP_AFTER));
        } catch (IllegalArgumentException e) {
            throw new MessagingException(Bilingual.prefixed(getMailetName() + ": ", e.getMessage()));
        }
    }

    private Duration duration(String key, Duration fallback) {
        String text = getInitParameter(key);
        return text == null ? fallback : Durations.parse(key, text);
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        // James's spooler re-runs a mail whose processing threw with its original recipients and its attributes:
        // the recipients this mailet stored on an earlier run are in the record and are not stored twice.
        String state = mail.getState();
        List<MailAddress> pending = MailRecipientRecords.pending(mail, MailRecipientRecords.STORED);
        if (pending.size() < mail.getRecipients().size()) {
            LOGGER.info("SpoofGuard local delivery: mail={} already stored on an earlier run for all of {} but {}",
                mail.getName(), mail.getRecipients(), pending);
            mail.setRecipients(pending);
            if (pending.isEmpty()) {
                mail.setState(Mail.GHOST);
                return;
            }
        }
        try {
            deliver(mail);
        } catch (MessagingException | RuntimeException e) {
            // MailDispatcher ghosted the mail: a ghost re-run by the spooler finds no processor and lands in the
            // error processor. Its own state makes the spooler's re-run a real retry of this delivery.
            mail.setState(state);
            throw e;
        }
    }

    private void deliver(Mail mail) throws MessagingException {
        Set<MailAddress> stored = ConcurrentHashMap.newKeySet();
        Map<MailAddress, Throwable> lastError = new ConcurrentHashMap<>();
        // Defer: each of MailDispatcher's quick retries asks the store again (user lookup included).
        MailStore tracking = (recipient, m) -> Mono.defer(() -> Mono.from(store.storeMail(recipient, m)))
            .doOnSuccess(any -> stored.add(recipient))
            .doOnError(e -> lastError.put(recipient, e));
        // "ignore": every recipient is tried and the mail is ghosted; which ones failed we know from the store
        // itself. A recipient never seen stored counts as failed, so a failure outside the store loses nobody.
        MailDispatcher.builder()
            .mailStore(tracking)
            .consume(true)
            .onMailetException("ignore")
            .retries(quickRetries)
            .mailetContext(getMailetContext())
            .build()
            .dispatch(mail);

        List<MailAddress> failed = mail.getRecipients().stream().filter(r -> !stored.contains(r)).toList();
        // Recorded before the re-queue or the keep below, either of which may throw.
        MailRecipientRecords.add(mail, MailRecipientRecords.STORED,
            mail.getRecipients().stream().filter(stored::contains).toList());
        Optional<LocalRetryRecord> previous = mail.getAttribute(RETRY_ATTRIBUTE)
            .flatMap(a -> a.getValue().valueAs(String.class))
            .flatMap(LocalRetryRecord::parse);
        if (failed.isEmpty()) {
            previous.ifPresent(p -> {
                count(METRIC_RECOVERED);
                LOGGER.info("SpoofGuard local delivery: mail={} delivered to {} after {} failed attempts since {}",
                    mail.getName(), mail.getRecipients(), p.attempts(), p.firstFailure());
            });
            return;
        }
        LocalRetryPolicy.Decision decision = policy.decide(previous, clock.instant());
        String errors = errors(failed, lastError);
        List<MailAddress> delivered = mail.getRecipients().stream().filter(stored::contains).toList();
        Mail copy = copyFor(mail, failed, previous.isPresent());
        try {
            if (decision.retry()) {
                copy.setAttribute(new Attribute(RETRY_ATTRIBUTE, AttributeValue.of(decision.next().format())));
                copy.setErrorMessage("SpoofGuard: " + decision.reason() + "; " + errors);
                try {
                    getMailetContext().sendMail(copy, retryProcessor, decision.delay().toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    keep(mail, copy, failed, delivered, "could not queue the retry (" + text(e) + "); " + decision.reason(),
                        errors);
                    return;
                }
                count(METRIC_DEFERRED);
                LOGGER.warn("SpoofGuard local delivery: mail={} stored for {}, store failed for {} ({}): {}; queued as {}"
                        + " to processor {}", mail.getName(), delivered, failed, errors, decision.reason(), copy.getName(),
                    retryProcessor);
            } else {
                keep(mail, copy, failed, delivered, decision.reason(), errors);
            }
        } finally {
            LifecycleUtil.dispose(copy);
        }
    }

    /**
     * Kept without the retry record: a release (reprocess into the retry processor) starts a fresh window.
     * With a resume record naming the retry processor: the console releases it there, not into root, because
     * its recipients are already rewritten (a forward that keeps a local copy would be sent again).
     * Throws when it cannot: James's spooler then has the original mail, nothing is lost.
     */
    private void keep(Mail mail, Mail copy, List<MailAddress> failed, List<MailAddress> delivered, String reason,
                      String errors) throws MessagingException {
        copy.removeAttribute(RETRY_ATTRIBUTE);
        HeldMailAttributes.writeResume(copy, retryProcessor, failed);
        copy.setErrorMessage("SpoofGuard: local delivery failed for " + failed + ": " + reason + "; " + errors
            + ". Release into processor " + retryProcessor + " once the mailbox store works.");
        try {
            String key = held.keep(copy).asString();
            count(METRIC_KEPT);
            LOGGER.error("SpoofGuard local delivery: mail={} stored for {}, store failed for {} ({}): {}; kept in {} key={}",
                mail.getName(), delivered, failed, errors, reason, errorRepository.asString(), key);
        } catch (Exception e) {
            throw new MessagingException(getMailetName() + ": store failed for " + failed + " of mail " + mail.getName()
                + " and it cannot be kept in " + errorRepository.asString(), e);
        }
    }

    /**
     * A copy for the failed recipients, with every attribute and per-recipient header. Not {@link MailImpl#duplicate}:
     * its new names grow by a suffix per copy and James refuses an eighth ("possible loop"), while a mail may be
     * retried some fifty times; the first copy is "name-retry" and keeps that name.
     */
    private static Mail copyFor(Mail mail, List<MailAddress> failed, boolean isRetry) throws MessagingException {
        MailImpl copy = MailImpl.duplicateWithoutMessage(mail)
            .mimeMessage(mail.getMessage())
            .build();
        copy.setName(isRetry ? mail.getName() : mail.getName() + "-retry");
        copy.setRecipients(new ArrayList<>(failed));
        copy.removeAttribute(Mail.MAILET_ERROR);
        return copy;
    }

    private static String errors(List<MailAddress> failed, Map<MailAddress, Throwable> lastError) {
        Map<String, String> byRecipient = new LinkedHashMap<>();
        for (MailAddress r : failed) {
            byRecipient.put(r.asString(), Optional.ofNullable(lastError.get(r)).map(RetryingLocalDelivery::text)
                .orElse("not stored"));
        }
        return byRecipient.toString();
    }

    private static String text(Throwable e) {
        String s = e.getClass().getSimpleName() + ": " + e.getMessage();
        s = s.replaceAll("[\\r\\n\\t]+", " ");
        return s.length() > MAX_ERROR_TEXT ? s.substring(0, MAX_ERROR_TEXT) + "..." : s;
    }

    private void count(String name) {
        try {
            metricFactory.generate(name).increment();
        } catch (RuntimeException e) {
            LOGGER.debug("metric {} failed", name, e);
        }
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard LocalDelivery with delayed per-recipient retries";
    }

    @Override
    public java.util.Map<String, String> namedProcessors() {
        return retryProcessor == null || retryProcessor.isEmpty() ? java.util.Map.of()
            : java.util.Map.of(RETRY_PROCESSOR, retryProcessor);
    }
}
