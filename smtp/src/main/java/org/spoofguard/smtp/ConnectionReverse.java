package org.spoofguard.smtp;

import java.util.Optional;

import org.apache.james.protocols.api.ProtocolSession;
import org.spoofguard.core.dns.ClientReverse;

/**
 * The one {@link ClientReverse} of an SMTP connection: whoever needs the client's PTR during the connection
 * ({@link ClientHostName} for {@code Received} and the mail's remote host, {@code SpfHook} for {@code ptr} and
 * {@code %{p}}) shares one question, and one {@code dns.*} timeout when the client's reverse zone never answers.
 */
public final class ConnectionReverse {
    private static final ProtocolSession.AttachmentKey<ClientReverse> KEY =
        ProtocolSession.AttachmentKey.of("spoofguard.clientReverse", ClientReverse.class);

    private ConnectionReverse() {
    }

    /** The connection's memo for the client's address ({@link ClientAddress}); empty when the address is unknown. */
    public static Optional<ClientReverse> of(ProtocolSession session) {
        var known = session.getAttachment(KEY, ProtocolSession.State.Connection);
        if (known.isPresent()) {
            return known;
        }
        Optional<ClientReverse> made = ClientAddress.of(session).map(ClientReverse::of);
        made.ifPresent(reverse -> session.setAttachment(KEY, reverse, ProtocolSession.State.Connection));
        return made;
    }
}
