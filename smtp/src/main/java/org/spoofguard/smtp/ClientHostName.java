package org.spoofguard.smtp;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.smtp.SMTPSession;
import org.spoofguard.core.dns.ConfirmedHostName;
import org.spoofguard.core.dns.DnsResolver;

/**
 * The SMTP client's host name for James's {@code Received} header and the mail's remote host, asked of our
 * resolver once per connection.
 *
 * <p>James 3.8.1 takes it from {@code session.getRemoteAddress().getHostName()}: the JVM's system resolver, not
 * bounded by {@code dns.*}. A client whose reverse zone never answers (anyone can arrange that for their own
 * addresses) then held the session's thread for the system resolver's whole timeout. Here the name is
 * {@link ConfirmedHostName} (PTR, forward-confirmed, as the JVM checks it) through the shared resolver; without
 * a confirmed name it is the address text, which is what the JVM gives when its lookup fails. RFC 5321 §4.4
 * makes the reverse name optional TCP-info in {@code Received}; James's layout of the header is kept.
 *
 * <p>James's handlers are given the session {@link #named} with that name already in its remote address
 * ({@code InetAddress.getByAddress(host, bytes)} carries a name without looking anything up), so James's own
 * code builds the header and the attributes, unchanged.
 */
public final class ClientHostName {
    private static final ProtocolSession.AttachmentKey<String> NAME =
        ProtocolSession.AttachmentKey.of("spoofguard.clientHostName", String.class);

    private ClientHostName() {
    }

    /** The client's confirmed host name, or its address text; looked up at the first call of a connection. */
    public static String of(SMTPSession session, DnsResolver resolver) {
        var known = session.getAttachment(NAME, ProtocolSession.State.Connection);
        if (known.isPresent()) {
            return known.get();
        }
        InetAddress address = session.getRemoteAddress().getAddress();
        // the PTR question shared with SPF's ptr and %{p} in this connection (ConnectionReverse)
        DnsResolver dns = ConnectionReverse.of(session).map(reverse -> reverse.over(resolver)).orElse(resolver);
        String name = ConfirmedHostName.of(dns, address).orElseGet(address::getHostAddress);
        session.setAttachment(NAME, name, ProtocolSession.State.Connection);
        return name;
    }

    /**
     * The session as James's handlers should see it: every call goes to {@code session}, except that the remote
     * address carries {@link #of the client's host name}, so its {@code getHostName()} asks no resolver.
     */
    public static SMTPSession named(SMTPSession session, DnsResolver resolver) {
        InetSocketAddress remote = session.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return session;
        }
        InetSocketAddress withName = new InetSocketAddress(withName(remote.getAddress(), of(session, resolver)),
            remote.getPort());
        return (SMTPSession) Proxy.newProxyInstance(ClientHostName.class.getClassLoader(),
            new Class<?>[] {SMTPSession.class}, (proxy, method, args) -> {
                if (method.getName().equals("getRemoteAddress") && method.getParameterCount() == 0) {
                    return withName;
                }
                try {
                    return method.invoke(session, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }

    private static InetAddress withName(InetAddress address, String name) {
        try {
            if (address instanceof Inet6Address v6 && v6.getScopeId() != 0) {
                return Inet6Address.getByAddress(name, v6.getAddress(), v6.getScopeId());
            }
            return InetAddress.getByAddress(name, address.getAddress());
        } catch (UnknownHostException e) {
            // only for a byte array of the wrong length, which an InetAddress never has
            throw new IllegalStateException(e);
        }
    }
}
