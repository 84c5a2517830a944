package org.spoofguard.matchers.bounce;

import javax.inject.Inject;

import org.spoofguard.james.BounceGuardServices;

/**
 * Matches (all recipients) a failed mail whose DSN must NOT be sent; the inverse of {@link BounceAllowed}.
 * Typical use: {@code <mailet match="org.spoofguard.matchers.bounce.BounceNotAllowed"
 * class="org.spoofguard.mailets.bounce.SuppressBounce"/>} before {@code DSNBounce}.
 */
public class BounceNotAllowed extends BounceAllowed {
    @Inject
    public BounceNotAllowed(BounceGuardServices services) {
        super(services);
    }

    @Override
    protected boolean matchWhenAllowed() {
        return false;
    }

    @Override
    public String getMatcherInfo() {
        return "SpoofGuard: is this failed mail's DSN to be suppressed?";
    }
}
