package org.spoofguard.smtp.tls;

import java.util.Collection;
import java.util.List;

import org.apache.james.protocols.api.Request;
import org.apache.james.protocols.api.Response;
import org.apache.james.protocols.api.handler.CommandHandler;
import org.apache.james.protocols.smtp.SMTPResponse;
import org.apache.james.protocols.smtp.SMTPSession;

/**
 * Refuses {@code AUTH} in clear text on a server that offers STARTTLS: {@code 530 5.7.0 Must issue a STARTTLS
 * command first} (RFC 3207 §4, RFC 4954 §4).
 *
 * <p>Why a handler of our own: James 3.8.1's {@code <auth><requireSSL>} only hides AUTH from the EHLO reply;
 * its {@code AuthCmdHandler} still accepts {@code AUTH PLAIN <credentials>} sent before STARTTLS, so a client
 * (or a downgrade attacker stripping STARTTLS) could still log in over clear text. Registered before James's
 * handler for the same command, it answers first; {@code null} lets James handle the command.
 *
 * <p>A server without STARTTLS (the {@code --no-tls} loopback demo) keeps plain AUTH; on an implicit-TLS port
 * the session is encrypted from the first byte, so AUTH goes through.
 */
public final class RequireTlsForAuthHandler implements CommandHandler<SMTPSession> {
    static final Response STARTTLS_FIRST =
        new SMTPResponse("530", "5.7.0 Must issue a STARTTLS command first").immutable();

    @Override
    public Response onCommand(SMTPSession session, Request request) {
        if (session.isStartTLSSupported() && !session.isTLSStarted()) {
            return STARTTLS_FIRST;
        }
        return null;
    }

    @Override
    public Collection<String> getImplCommands() {
        return List.of("AUTH");
    }
}
