package org.spoofguard.matchers.bounce;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.bounce.BounceGuard;
import org.spoofguard.core.bounce.BounceGuardSettings;
import org.spoofguard.core.bounce.BounceStats;
import org.spoofguard.core.bounce.InterimVerdictSource;
import org.spoofguard.core.bounce.VerdictReevaluator;
import org.spoofguard.core.bounce.VerdictSource;

/**
 * Matches (all recipients) a failed mail for which a DSN may be sent: its return path is proven by SPF or
 * aligned DKIM, it is not auto-submitted, and the sender domain is within its DSN rate. Put in front of
 * {@code DSNBounce}/{@code Bounce} so forged return paths get no backscatter.
 *
 * <p>Condition: {@code key=value,...} with the keys of {@link BounceGuardSettings} (all optional). The
 * decision is written to the mail as {@code org.spoofguard.bounce.decision|reason|cause|text} so that
 * {@code SuppressBounce} stores what was decided here without deciding (and rate-counting) twice.
 */
public class BounceAllowed extends GenericMatcher {
    private static final Logger LOGGER = LoggerFactory.getLogger(BounceAllowed.class);

    public static final AttributeName DECISION = AttributeName.of("org.spoofguard.bounce.decision");
    public static final AttributeName REASON = AttributeName.of("org.spoofguard.bounce.reason");
    public static final AttributeName CAUSE = AttributeName.of("org.spoofguard.bounce.cause");
    public static final AttributeName TEXT = AttributeName.of("org.spoofguard.bounce.text");

    private BounceGuard guard;
    private BounceGuardSettings settings;
    private VerdictSource verdictSource = new InterimVerdictSource();
    private Clock clock = Clock.systemUTC();

    /** For tests and for the lead's switch to the shared header codec. */
    void setVerdictSource(VerdictSource verdictSource) {
        this.verdictSource = verdictSource;
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** True: match when a DSN may be sent. {@link BounceNotAllowed} flips it. */
    protected boolean matchWhenAllowed() {
        return true;
    }

    @Override
    public void init() throws MessagingException {
        try {
            settings = BounceGuardSettings.parse(BounceGuardSettings.parseCondition(getCondition()), Set.of());
        } catch (IllegalArgumentException e) {
            throw new MessagingException(getMatcherName() + ": " + e.getMessage());
        }
        if (settings.authservId().isEmpty()) {
            LOGGER.warn("{}: no authservId given: failure mails without the {} attribute (LocalDelivery errors) "
                + "will count as unverified", getMatcherName(), settings.verdictAttribute());
        }
        guard = new BounceGuard(settings.policyConfig(), verdictSource, settings.authservId(),
            settings.newRateLimiter(clock), BounceStats.global(), BounceGuard.Counter.NONE, VerdictReevaluator.NONE);
    }

    @Override
    public Collection<MailAddress> match(Mail mail) throws MessagingException {
        boolean send;
        try {
            BounceGuard.Inputs in = MailBounceInputs.from(mail, settings.verdictAttribute());
            BounceGuard.Outcome outcome = guard.evaluate(in);
            mail.setAttribute(new Attribute(DECISION, AttributeValue.of(outcome.decision().action().keyword())));
            mail.setAttribute(new Attribute(REASON, AttributeValue.of(outcome.decision().code())));
            mail.setAttribute(new Attribute(CAUSE, AttributeValue.of(outcome.cause().cause().code())));
            mail.setAttribute(new Attribute(TEXT, AttributeValue.of(outcome.decision().text())));
            send = outcome.decision().isSend();
        } catch (RuntimeException e) {
            // Our own failure: undecided is not proven; the mail stays in place for the admin.
            LOGGER.error("{}: bounce decision failed for {}; treating as not allowed", getMatcherName(), mail.getName(), e);
            send = false;
        }
        return send == matchWhenAllowed() ? mail.getRecipients() : List.of();
    }

    @Override
    public String getMatcherInfo() {
        return "SpoofGuard: may a DSN be sent for this failed mail?";
    }
}
