package org.spoofguard.core.bounce;

/**
 * Knobs of {@link BouncePolicy}.
 *
 * @param sendUnproven send DSNs when the return path is neither proven nor disproven (SPF none/neutral,
 *                     no verdict, unresolved temperror). Default false: an unauthenticated MAIL FROM is
 *                     exactly what a Joe Job forges, and RFC 7208 §8.4 "neutral" asserts nothing.
 */
public record BouncePolicyConfig(boolean sendUnproven) {
    public static final BouncePolicyConfig DEFAULT = new BouncePolicyConfig(false);
}
