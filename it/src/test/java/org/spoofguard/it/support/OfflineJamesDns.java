package org.spoofguard.it.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;

import org.apache.james.dnsservice.api.DNSService;

/**
 * James's own DNS service for the end-to-end tests: this machine has no real DNS, so James must not
 * wait for reverse lookups of every SMTP client. Outgoing mail goes to the test sink through
 * RemoteDelivery's gateway, so no MX lookup is needed. SpoofGuard's own checks do not use this class:
 * they ask the loopback DNS server through SpoofGuard's resolver.
 */
public final class OfflineJamesDns implements DNSService {
    @Override
    public Collection<String> findMXRecords(String hostname) {
        return List.of();
    }

    @Override
    public Collection<String> findTXTRecords(String hostname) {
        return List.of();
    }

    @Override
    public Collection<InetAddress> getAllByName(String host) throws UnknownHostException {
        return List.of(getByName(host));
    }

    @Override
    public InetAddress getByName(String host) throws UnknownHostException {
        if (host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.indexOf(':') >= 0
            || host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return InetAddress.getByName(host);
        }
        throw new UnknownHostException(host + " (the test machine has no DNS for James itself)");
    }

    @Override
    public InetAddress getLocalHost() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public String getHostName(InetAddress addr) {
        return addr.getHostAddress();
    }
}
