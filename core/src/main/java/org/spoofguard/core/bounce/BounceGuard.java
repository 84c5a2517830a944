package org.spoofguard.core.bounce;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.core.verdict.VerdictRecord;

/**
 * Everything a James matcher or mailet needs to decide one failed mail, with no James types: finds the
 * verdict (attribute first, then our Authentication-Results), applies {@link BouncePolicy}, the rate limit,
 * classifies the cause, and counts. Never throws.
 */
public final class BounceGuard {
    public static final String METRIC_SENT = "spoofguard_bounce_sent";
    public static final String METRIC_SUPPRESSED = "spoofguard_bounce_suppressed";
    public static final String METRIC_CAUSE_PREFIX = "spoofguard_bounce_cause_";
    public static final String METRIC_AUTOREPLY_ALLOWED = "spoofguard_autoreply_allowed";
    public static final String METRIC_AUTOREPLY_SUPPRESSED = "spoofguard_autoreply_suppressed";

    /** Bridge to James's MetricFactory without depending on it. */
    @FunctionalInterface
    public interface Counter {
        Counter NONE = name -> { };

        void increment(String metricName);
    }

    /**
     * @param verdictAttribute value of the {@code org.spoofguard.verdict} attribute, null if absent
     * @param recordHeaders every field of our verdict-record header in the failed message, top first (only the
     *                      first is read)
     * @param mailFrom the failed mail's MAIL FROM ("" for the null sender)
     * @param submittedBy the SMTP AUTH user (or "authorized-network") that handed us the original mail, ""
     *                    when it came from an anonymous client: our own authenticated users are proven
     *                    senders and always learn that their mail failed
     */
    public record Inputs(Object verdictAttribute, List<String> recordHeaders, String mailFrom,
                         OriginalHeaders headers, BounceContext context, String submittedBy) {
        public Inputs(Object verdictAttribute, List<String> recordHeaders, String mailFrom,
                      OriginalHeaders headers, BounceContext context) {
            this(verdictAttribute, recordHeaders, mailFrom, headers, context, "");
        }

        public Inputs {
            submittedBy = submittedBy == null ? "" : submittedBy;
            recordHeaders = recordHeaders == null ? List.of() : List.copyOf(recordHeaders);
            mailFrom = mailFrom == null ? "" : mailFrom;
            headers = headers == null ? OriginalHeaders.NONE : headers;
            context = context == null ? BounceContext.EMPTY : context;
        }
    }

    /** @param verdictOrigin where the verdict came from: attribute, header, or none */
    public record Outcome(BounceDecision decision, BounceCause.Classification cause, String verdictOrigin) {
    }

    private final BouncePolicyConfig config;
    private final DsnRateLimiter rateLimiter;
    private final BounceStats stats;
    private final Counter counter;
    private final VerdictReevaluator reevaluator;

    public BounceGuard(BouncePolicyConfig config, DsnRateLimiter rateLimiter, BounceStats stats, Counter counter,
                       VerdictReevaluator reevaluator) {
        this.config = Objects.requireNonNull(config, "config");
        this.rateLimiter = rateLimiter;
        this.stats = stats;
        this.counter = counter == null ? Counter.NONE : counter;
        this.reevaluator = reevaluator == null ? VerdictReevaluator.NONE : reevaluator;
    }

    /** Decides, rate-limits and counts. */
    public Outcome evaluate(Inputs in) {
        Outcome outcome = decide(in);
        record(outcome, in.mailFrom());
        return outcome;
    }

    /** Decides and rate-limits without counting (the rate limiter's allowance is still consumed on SEND). */
    public Outcome decide(Inputs in) {
        BounceCause.Classification cause = BounceCause.classify(in.context());
        FoundVerdict found = findVerdict(in);
        String submitter = submittedBy(found, in);
        BounceDecision decision = found.incomplete(in).orElseGet(() -> BouncePolicy.decide(found.verdict(),
            in.mailFrom(), in.headers(), config, reevaluator, submitter));
        // The limit keeps a proven stranger's domain from turning a flood of failures into a flood of DSNs. A DSN for
        // a submission we authenticated goes back to its submitter, nobody's backscatter, and must not be held back
        // when a provider refuses our mail for an hour (with BATV every one goes to prvs=…@ours, one domain).
        if (decision.isSend() && rateLimiter != null && submitter.isEmpty()) {
            String domain = domainOf(in.mailFrom());
            if (!rateLimiter.tryAcquire(domain)) {
                decision = BounceDecision.suppress("rate-limited", "more than " + rateLimiter.limit()
                    + " DSNs to " + domain + " within " + rateLimiter.window() + " (would have sent: "
                    + decision.code() + ")");
            }
        }
        return new Outcome(decision, cause, found.origin());
    }

    /**
     * Decides an automatic reply ({@link AutoReplyPolicy}: the same proof as for DSNs, plus RFC 3834's rules) and
     * counts it under cause {@code auto-reply} and the {@code spoofguard_autoreply_*} metrics. The DSN rate
     * limiter is not consumed: James's responders have their own once-per-period memory, and an out-of-office
     * must not eat the DSN budget of a domain.
     *
     * @param replyTargets where the responder addresses its reply; empty = the return path itself
     */
    public Outcome evaluateAutoReply(Inputs in, List<String> replyTargets) {
        FoundVerdict found = findVerdict(in);
        String submitter = submittedBy(found, in);
        BounceDecision decision = found.incomplete(in).orElseGet(() -> replyTargets == null || replyTargets.isEmpty()
            ? AutoReplyPolicy.decide(found.verdict(), in.mailFrom(), in.headers(), reevaluator, submitter)
            : AutoReplyPolicy.decide(found.verdict(), in.mailFrom(), in.headers(), reevaluator, submitter,
                replyTargets));
        Outcome outcome = new Outcome(decision,
            new BounceCause.Classification(BounceCause.AUTO_REPLY, "automatic reply"), found.origin());
        try {
            if (decision.isSend()) {
                counter.increment(METRIC_AUTOREPLY_ALLOWED);
            } else {
                counter.increment(METRIC_AUTOREPLY_SUPPRESSED);
                counter.increment(METRIC_AUTOREPLY_SUPPRESSED + "_" + decision.metricKey());
            }
            if (stats != null) {
                stats.record(BounceCause.AUTO_REPLY, decision, domainOf(in.mailFrom()));
            }
        } catch (RuntimeException e) {
            // Counting must never change what happens to the mail.
        }
        return outcome;
    }

    private record FoundVerdict(Optional<VerdictRecord> record, String origin) {
        Optional<SenderVerdict> verdict() {
            return record.map(VerdictRecord::verdict);
        }

        /**
         * Fail closed: a record whose checks did not finish (or that could not be read back) proves nothing,
         * and no {@code bounce.unproven=send} leniency applies to it. Our own SMTP AUTH users stay proven.
         */
        Optional<BounceDecision> incomplete(Inputs in) {
            if (record.isEmpty() || record.get().complete() || !submittedBy(this, in).isEmpty()
                    || BouncePolicy.normalizeMailFrom(in.mailFrom()).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(BounceDecision.suppress("error", "the sender check did not finish: "
                + String.join("; ", record.get().errors())));
        }
    }

    /** SMTP AUTH submitter: James's attribute when present, else the one our record carries. */
    private static String submittedBy(FoundVerdict found, Inputs in) {
        if (!in.submittedBy().isEmpty()) {
            return in.submittedBy();
        }
        return found.record().map(VerdictRecord::submittedBy).orElse("");
    }

    /** The record: our attribute first, then our own record header. */
    private FoundVerdict findVerdict(Inputs in) {
        String origin = "none";
        Optional<VerdictRecord> record = Optional.empty();
        try {
            if (in.verdictAttribute() != null) {
                record = VerdictSource.fromAttribute(in.verdictAttribute());
                origin = record.isPresent() ? "attribute" : "none";
            }
            if (record.isEmpty()) {
                record = VerdictSource.fromHeaders(in.recordHeaders());
                origin = record.isPresent() ? "header" : "none";
            }
        } catch (RuntimeException e) {
            record = Optional.of(VerdictRecord.unauthenticated("", "", in.mailFrom(), "verdict lookup failed: " + e));
            origin = "error";
        }
        return new FoundVerdict(record, origin);
    }

    public void record(Outcome outcome, String mailFrom) {
        try {
            BounceDecision d = outcome.decision();
            if (d.isSend()) {
                counter.increment(METRIC_SENT);
            } else {
                counter.increment(METRIC_SUPPRESSED);
                counter.increment(METRIC_SUPPRESSED + "_" + d.metricKey());
            }
            counter.increment(METRIC_CAUSE_PREFIX + outcome.cause().cause().code().replace('-', '_'));
            if (stats != null) {
                stats.record(outcome.cause().cause(), d, domainOf(mailFrom));
            }
        } catch (RuntimeException e) {
            // Counting must never change what happens to the mail.
        }
    }

    static String domainOf(String mailFrom) {
        String m = BouncePolicy.normalizeMailFrom(mailFrom);
        int at = m.lastIndexOf('@');
        return at < 0 ? "" : m.substring(at + 1);
    }
}
