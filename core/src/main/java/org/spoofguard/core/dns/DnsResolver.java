package org.spoofguard.core.dns;

import java.net.InetAddress;

/**
 * The one DNS entry point for all of SpoofGuard (SPF, DKIM key lookups, DMARC policy discovery,
 * relay checks). Implementations must be thread-safe, must never throw for DNS failures (they are
 * answers: {@link DnsStatus#TIMEOUT}, {@link DnsStatus#SERVFAIL}) and should cache per record TTL.
 */
public interface DnsResolver {

    /**
     * Ask one question. Names are absolute; a trailing dot is optional.
     * Never returns null, never throws for DNS trouble.
     */
    DnsAnswer lookup(String name, DnsType type);

    /** Reverse lookup: PTR for the in-addr.arpa / ip6.arpa name of {@code address}. */
    default DnsAnswer reverse(InetAddress address) {
        return lookup(ReverseNames.of(address), DnsType.PTR);
    }
}
