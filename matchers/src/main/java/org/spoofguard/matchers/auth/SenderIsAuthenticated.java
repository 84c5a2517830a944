package org.spoofguard.matchers.auth;

import javax.inject.Inject;

import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.james.SpoofGuardSettings;

/**
 * Matches (all recipients) when the RFC5321.MailFrom domain is proven: SPF pass for the MAIL FROM identity
 * or a DKIM pass aligned with the MAIL FROM domain ({@link SenderVerdict#mailFromProven()}). The null
 * sender never matches. No condition. Use it to decide whether a reply or DSN may go to the envelope
 * sender without hitting a Joe-Job victim.
 */
public class SenderIsAuthenticated extends VerdictMatcher {
    @Inject
    public SenderIsAuthenticated(SpoofGuardSettings settings) {
        super(settings);
    }

    @Override
    boolean matches(SenderVerdict verdict) {
        return verdict.mailFromProven();
    }
}
