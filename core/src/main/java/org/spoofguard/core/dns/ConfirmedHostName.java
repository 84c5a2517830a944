package org.spoofguard.core.dns;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.spoofguard.core.net.IpLiteral;

/**
 * The host name of an address, forward-confirmed: the first PTR name of the address (RFC 1035 §3.5, RFC 3596
 * §2.5) whose A (or AAAA) records give back the same address. Anyone may write any name into the reverse zone
 * of their own addresses, so an unconfirmed PTR name says nothing; this is the check the JVM's
 * {@code InetAddress.getHostName()} makes, asked of our resolver instead, so it is bounded by {@code dns.*} and
 * cached with SPF's and DMARC's answers. One PTR name only, as the JVM: at most two questions per address.
 */
public final class ConfirmedHostName {
    private ConfirmedHostName() {
    }

    /** The confirmed name, lower case without trailing dot; empty when there is none or the DNS did not answer. */
    public static Optional<String> of(DnsResolver resolver, InetAddress address) {
        InetAddress ip = IpLiteral.unmapped(address);
        DnsAnswer ptr = resolver.reverse(ip);
        if (!ptr.isOk()) {
            return Optional.empty();
        }
        String name = stripDot(ptr.records().get(0)).toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        boolean v4 = ip instanceof Inet4Address;
        DnsAnswer forward = resolver.lookup(name, v4 ? DnsType.A : DnsType.AAAA);
        if (!forward.isOk()) {
            return Optional.empty();
        }
        for (String literal : forward.records()) {
            Optional<InetAddress> back = IpLiteral.parse(literal);
            if (back.isPresent() && Arrays.equals(back.get().getAddress(), ip.getAddress())) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String stripDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
