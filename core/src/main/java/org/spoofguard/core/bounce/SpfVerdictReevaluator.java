package org.spoofguard.core.bounce;

import java.net.InetAddress;
import java.util.Optional;

import org.spoofguard.core.net.IpLiteral;
import org.spoofguard.core.spf.SpfEvaluator;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Re-runs SPF for the MAIL FROM identity once at bounce time, for a verdict that ended in temperror at
 * reception (RFC 7208 §2.6.6: a transient DNS error, worth one more try before giving up on proof).
 *
 * <p>Checks against the <em>original</em> client IP recorded in the verdict. A loopback, unspecified or
 * unparseable address yields nothing: LocalDelivery's failure mails come "from" 127.0.0.1, and an SPF
 * check of our own address proves nothing about who handed us the mail. DKIM is not re-verified here: the
 * signed message is not always at hand; a DKIM temperror stays unproven.
 */
public final class SpfVerdictReevaluator implements VerdictReevaluator {
    private final SpfEvaluator evaluator;

    public SpfVerdictReevaluator(SpfEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Optional<SenderVerdict> reevaluate(SenderVerdict original) {
        try {
            if (original == null || original.isNullSender() || !BouncePolicy.isUsableClientIp(original.clientIp())) {
                return Optional.empty();
            }
            Optional<InetAddress> ip = IpLiteral.parse(original.clientIp());
            if (ip.isEmpty() || ip.get().isLoopbackAddress() || ip.get().isAnyLocalAddress()) {
                return Optional.empty();
            }
            SpfResult spf = evaluator.checkMailFrom(ip.get(), original.mailFrom(), original.helo());
            return Optional.of(new SenderVerdict(original.clientIp(), original.helo(), original.mailFrom(), spf,
                original.spfHelo(), original.dkim(), original.dmarc()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
