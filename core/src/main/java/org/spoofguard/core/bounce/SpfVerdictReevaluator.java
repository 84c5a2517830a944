package org.spoofguard.core.bounce;

import java.net.InetAddress;
import java.util.Optional;
import java.util.regex.Pattern;

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
    // Only IP literals: InetAddress.getByName on a host name would do a DNS lookup of an attacker's choice.
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

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
            Optional<InetAddress> ip = literal(original.clientIp());
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

    static Optional<InetAddress> literal(String raw) {
        String s = raw.trim();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.regionMatches(true, 0, "IPv6:", 0, 5)) {
            s = s.substring(5);
        }
        boolean v4 = IPV4.matcher(s).matches();
        if (v4) {
            for (String octet : s.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return Optional.empty();
                }
            }
        }
        if (!v4 && !(s.contains(":") && IPV6.matcher(s).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(s));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
