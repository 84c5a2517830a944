package org.spoofguard.matchers.bounce;

/**
 * Matches (all recipients) a failed mail whose DSN must NOT be sent; the inverse of {@link BounceAllowed}.
 * Typical use: {@code <mailet match="org.spoofguard.matchers.bounce.BounceNotAllowed"
 * class="org.spoofguard.mailets.bounce.SuppressBounce"/>} before {@code DSNBounce}.
 */
public class BounceNotAllowed extends BounceAllowed {
    @Override
    protected boolean matchWhenAllowed() {
        return false;
    }

    @Override
    public String getMatcherInfo() {
        return "SpoofGuard: is this failed mail's DSN to be suppressed?";
    }
}
