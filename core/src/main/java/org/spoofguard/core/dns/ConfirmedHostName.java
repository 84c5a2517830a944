package org.spoofguard.core.dns;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

import org.spoofguard.core.net.DomainName;
import org.spoofguard.core.net.IpLiteral;

/**
 * The host name of an address, forward-confirmed: the first PTR name of the address (RFC 1035 §3.5, RFC 3596
 * §2.5) whose A (or AAAA) records give back the same address. Anyone may write any name into the reverse zone
 * of their own addresses, so an unconfirmed PTR name says nothing; this is the check the JVM's
 * {@code InetAddress.getHostName()} makes, asked of our resolver instead, so it is bounded by {@code dns.*} and
 * cached with SPF's and DMARC's answers. One PTR name only, as the JVM: at most two questions per address. A
 * PTR name that is no host name ({@link DomainName#ascii}) confirms nothing: it would be written into a header.
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
        // The name goes into the Received header as written. The owner of the address writes the PTR record and
        // can confirm it from any domain of theirs; the DNS carries any octet in a label (RFC 2181 §11), which our
        // resolver shows in master-file text ("x\(", "\032", "\013"): a "(" opens a comment that swallows the
        // rest of the header, and 255 octets written as \DDD outgrow a header line (RFC 5322 §2.1.1). Only a host
        // name (letters, digits, hyphen, underscore; DomainName's rule) is used; RFC 5321 §4.4 wants a Domain there.
        Optional<String> host = DomainName.ascii(stripDot(ptr.records().get(0)));
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String name = host.get();
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
