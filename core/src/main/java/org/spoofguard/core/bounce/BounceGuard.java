package org.spoofguard.core.bounce;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.spoofguard.core.verdict.SenderVerdict;

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
     * @param authenticationResults every Authentication-Results field of the failed message, top first
     * @param mailFrom the failed mail's MAIL FROM ("" for the null sender)
     */
    /**
     * @param submittedBy the SMTP AUTH user (or "authorized-network") that handed us the original mail, ""
     *                    when it came from an anonymous client: our own authenticated users are proven
     *                    senders and always learn that their mail failed
     */
    public record Inputs(Object verdictAttribute, List<String> authenticationResults, String mailFrom,
                         OriginalHeaders headers, BounceContext context, String submittedBy) {
        public Inputs(Object verdictAttribute, List<String> authenticationResults, String mailFrom,
                      OriginalHeaders headers, BounceContext context) {
            this(verdictAttribute, authenticationResults, mailFrom, headers, context, "");
        }

        public Inputs {
            submittedBy = submittedBy == null ? "" : submittedBy;
            authenticationResults = authenticationResults == null ? List.of() : List.copyOf(authenticationResults);
            mailFrom = mailFrom == null ? "" : mailFrom;
            headers = headers == null ? OriginalHeaders.NONE : headers;
            context = context == null ? BounceContext.EMPTY : context;
        }
    }

    /** @param verdictOrigin where the verdict came from: attribute, header, or none */
    public record Outcome(BounceDecision decision, BounceCause.Classification cause, String verdictOrigin) {
    }

    private final BouncePolicyConfig config;
    private final VerdictSource verdictSource;
    private final String authservId;
    private final DsnRateLimiter rateLimiter;
    private final BounceStats stats;
    private final Counter counter;
    private final VerdictReevaluator reevaluator;

    public BounceGuard(BouncePolicyConfig config, VerdictSource verdictSource, String authservId,
                       DsnRateLimiter rateLimiter, BounceStats stats, Counter counter,
                       VerdictReevaluator reevaluator) {
        this.config = Objects.requireNonNull(config, "config");
        this.verdictSource = Objects.requireNonNull(verdictSource, "verdictSource");
        this.authservId = authservId == null ? "" : authservId.trim();
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
        BounceDecision decision = BouncePolicy.decide(found.verdict(), in.mailFrom(), in.headers(), config, reevaluator,
            in.submittedBy());
        if (decision.isSend() && rateLimiter != null) {
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
        BounceDecision decision = replyTargets == null || replyTargets.isEmpty()
            ? AutoReplyPolicy.decide(found.verdict(), in.mailFrom(), in.headers(), reevaluator, in.submittedBy())
            : AutoReplyPolicy.decide(found.verdict(), in.mailFrom(), in.headers(), reevaluator, in.submittedBy(),
                replyTargets);
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

    private record FoundVerdict(Optional<SenderVerdict> verdict, String origin) {
    }

    /** The verdict: our attribute first, then our own Authentication-Results field. */
    private FoundVerdict findVerdict(Inputs in) {
        String origin = "none";
        Optional<SenderVerdict> verdict = Optional.empty();
        try {
            if (in.verdictAttribute() != null) {
                verdict = verdictSource.fromAttribute(in.verdictAttribute());
                origin = verdict.isPresent() ? "attribute" : "none";
            }
            if (verdict.isEmpty() && !authservId.isEmpty()) {
                verdict = verdictSource.fromHeaders(in.authenticationResults(), authservId);
                origin = verdict.isPresent() ? "header" : "none";
            }
        } catch (RuntimeException e) {
            verdict = Optional.empty();
            origin = "error";
        }
        return new FoundVerdict(verdict, origin);
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
