package org.spoofguard.core.bounce;

import java.util.Optional;

import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Re-runs the sender checks of an original mail once, at bounce time, when they ended in temperror at
 * reception (RFC 7208 §2.6.6: a transient DNS error, worth one more try before giving up on proof).
 * Must evaluate against {@link SenderVerdict#clientIp()} of the original verdict, never against the
 * address of the failure mail (127.0.0.1 for LocalDelivery's error mails).
 */
@FunctionalInterface
public interface VerdictReevaluator {
    VerdictReevaluator NONE = original -> Optional.empty();

    Optional<SenderVerdict> reevaluate(SenderVerdict original);
}
