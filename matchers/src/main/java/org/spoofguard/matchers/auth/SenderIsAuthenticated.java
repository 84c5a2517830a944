package org.spoofguard.matchers.auth;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.spoofguard.core.verdict.ProvenSender;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.james.MailetParameters;

/**
 * Matches (all recipients) when the return path is proven by the one rule, {@link ProvenSender#returnPath}:
 * our own SMTP AUTH user, SPF pass for the MAIL FROM identity or a DKIM pass aligned with the MAIL FROM
 * domain, in a record whose checks all finished. The null sender never matches. No condition. Use it to decide whether a reply or DSN may go to the envelope
 * sender without hitting a Joe-Job victim.
 */
public class SenderIsAuthenticated extends VerdictMatcher {
    @Inject
    public SenderIsAuthenticated(SpoofGuardSettings settings) {
        super(settings);
    }

    /** "SenderIsAuthenticated=spf" reads like a narrower rule; ignored, it matched on the whole proof. */
    @Override
    public void init() throws MessagingException {
        MailetParameters.requireNoCondition(getMatcherName(), getCondition());
    }

    @Override
    boolean matches(VerdictRecord record) {
        return ProvenSender.returnPath(record).isPresent();
    }

    @Override
    boolean matches(SenderVerdict verdict) {
        return matches(new VerdictRecord(verdict));
    }
}
