package org.spoofguard.smtp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

import org.apache.james.protocols.api.ProtocolSession;
import org.spoofguard.core.net.IpLiteral;

/**
 * The one reading of the SMTP client's address for every SpoofGuard hook (SPF, the sender verdict, the session
 * context that the mailets and the invoice check read, recipient validation, BATV, storage logging).
 *
 * <p>Behind a load balancer the TCP peer is the balancer: SPF would judge the balancer's IP (a pass for every
 * forger if it is listed in our own SPF record, a fail for every real sender otherwise) and harvest limits
 * would count every client as one. With {@code <proxyRequired>true</proxyRequired>} on an {@code <smtpserver>},
 * James 3.8.1 decodes the PROXY protocol header (v1 or v2, Netty's {@code HAProxyMessageDecoder}) and
 * {@code ProtocolSessionImpl.getRemoteAddress()} answers the proxied source from then on; without it, the
 * socket peer. So this reads {@code getRemoteAddress()} only. It never calls
 * {@code ProtocolSession.getProxyInformation()}: in 3.8.1 that is {@code Optional.of(null)} and throws a
 * NullPointerException on every session without a PROXY header.
 *
 * <p>The address is normalised by {@link IpLiteral}: an IPv4-mapped IPv6 peer (a dual-stack socket) is the
 * IPv4 client, and IPv6 is written in RFC 5952 form, so the same client has one spelling in the verdict,
 * the session context and the logs.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    /** The client's address, after the PROXY protocol when the server requires it; empty if unknown. */
    public static Optional<InetAddress> of(ProtocolSession session) {
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(session.getRemoteAddress())
            .map(InetSocketAddress::getAddress)
            .map(IpLiteral::unmapped);
    }

    /** {@link #of} as text ({@code 192.0.2.1}, {@code 2001:db8::1}), or "" if unknown. */
    public static String text(ProtocolSession session) {
        return of(session).map(IpLiteral::toText).orElse("");
    }
}
