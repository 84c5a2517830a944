package org.spoofguard.matchers.bounce;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.bounce.BounceGuard;
import org.spoofguard.core.bounce.BounceGuardSettings;
import org.spoofguard.core.bounce.BounceRecord;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.MailBounceInputs;
import org.spoofguard.james.SpoofGuardAttributes;

/**
 * Matches (all recipients) a failed mail for which a DSN may be sent: its return path is proven by SMTP AUTH, SPF
 * or aligned DKIM (an unproven one also needs no Auto-Submitted), and the sender domain is within its DSN rate. Put in front of
 * {@code DSNBounce}/{@code Bounce} so forged return paths get no backscatter.
 *
 * <p>Condition: {@code key=value,...} with the keys of {@link BounceGuardSettings} (all optional; defaults
 * from {@code spoofguard.properties} {@code bounce.*} and the server's authserv-id). The decision is written
 * to the mail as one {@link BounceRecord} ({@link SpoofGuardAttributes#writeBounce}) so that {@code SuppressBounce}
 * stores what was decided here without deciding (and rate-counting) twice. Counting (report and metrics)
 * happens here, once per failed mail.
 */
public class BounceAllowed extends GenericMatcher {
    private static final Logger LOGGER = LoggerFactory.getLogger(BounceAllowed.class);

    private final BounceGuardServices services;
    private BounceGuard guard;
    private BounceGuardSettings settings;

    @Inject
    public BounceAllowed(BounceGuardServices services) {
        this.services = services;
    }

    /** True: match when a DSN may be sent. {@link BounceNotAllowed} flips it. */
    protected boolean matchWhenAllowed() {
        return true;
    }

    @Override
    public void init() throws MessagingException {
        try {
            Map<String, String> params = BounceGuardSettings.parseCondition(getCondition());
            settings = services.settingsFor(params, Set.of());
            guard = services.guard(settings, params);
        } catch (IllegalArgumentException e) {
            throw new MessagingException(Bilingual.prefixed(getMatcherName() + ": ", e.getMessage()));
        }
    }

    @Override
    public Collection<MailAddress> match(Mail mail) throws MessagingException {
        boolean send;
        try {
            BounceGuard.Inputs in = MailBounceInputs.from(mail,
                    settings.verdictAttribute(), services.localFailureEvidence(mail));
            BounceGuard.Outcome outcome = guard.evaluate(in);
            SpoofGuardAttributes.writeBounce(mail, BounceRecord.of(outcome));
            send = outcome.decision().isSend();
            LOGGER.info("SpoofGuard bounce decision: mail={} sender={} cause={} decision={} reason={} verdict-from={}",
                mail.getName(), mail.getMaybeSender().asString("<>"), outcome.cause().cause().code(),
                outcome.decision().action().keyword(), outcome.decision().code(), outcome.verdictOrigin());
        } catch (RuntimeException e) {
            // Our own failure: undecided is not proven; the mail is kept for the admin, not bounced.
            LOGGER.error("{}: bounce decision failed for {}; treating as not allowed", getMatcherName(), mail.getName(), e);
            services.increment("spoofguard_bounce_decision_failed");
            send = false;
        }
        return send == matchWhenAllowed() ? mail.getRecipients() : List.of();
    }

    @Override
    public String getMatcherInfo() {
        return "SpoofGuard: may a DSN be sent for this failed mail?";
    }
}
