package org.spoofguard.core.dns;

import java.net.InetAddress;
import java.util.Objects;

import org.spoofguard.core.net.IpLiteral;

/**
 * The PTR answer for one client address, asked once and shared by everyone who asks during one connection: the
 * host name for {@code Received} and the mail's remote host ({@link ConfirmedHostName}), SPF's {@code ptr}
 * mechanism and {@code %{p}} macro (RFC 7208 §5.5, §7.3) for both identities, in every transaction.
 *
 * <p>Why not the resolver's cache: a TIMEOUT is rightly never cached there (it says nothing about the DNS), and
 * anyone can make the reverse zone of their own addresses never answer. Each asker then waited out {@code dns.*}
 * again, several times per mail, holding the session's thread. Here whatever came back, a timeout included, is the
 * answer for the rest of the connection; a new connection asks again (through the one cached resolver, so a
 * definite answer still comes from its cache). Other questions go to the resolver unchanged.
 *
 * <p>Thread-safe: a second asker waits for the question in flight instead of asking it again.
 */
public final class ClientReverse {
    private final String reverseName;
    private final Object lock = new Object();
    private DnsAnswer answer; // guarded by lock

    private ClientReverse(InetAddress client) {
        this.reverseName = ReverseNames.of(IpLiteral.unmapped(Objects.requireNonNull(client, "client")));
    }

    /** A fresh memo for the client {@code client} of one connection (an IPv4-mapped address is its IPv4 address). */
    public static ClientReverse of(InetAddress client) {
        return new ClientReverse(client);
    }

    /** {@code resolver}, with the PTR question for this client answered at most once (by {@code resolver}). */
    public DnsResolver over(DnsResolver resolver) {
        Objects.requireNonNull(resolver, "resolver");
        return (name, type) -> type == DnsType.PTR && name != null
            && CachingDnsResolver.normalise(name).equals(reverseName) ? answer(resolver) : resolver.lookup(name, type);
    }

    private DnsAnswer answer(DnsResolver resolver) {
        synchronized (lock) {
            if (answer == null) {
                DnsAnswer asked = resolver.lookup(reverseName, DnsType.PTR);
                answer = asked != null ? asked : DnsAnswer.of(DnsStatus.SERVFAIL, "resolver returned nothing");
            }
            return answer;
        }
    }
}
