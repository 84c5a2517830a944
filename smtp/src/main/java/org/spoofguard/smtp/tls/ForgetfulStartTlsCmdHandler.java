package org.spoofguard.smtp.tls;

import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.api.Request;
import org.apache.james.protocols.api.Response;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.core.esmtp.StartTlsCmdHandler;

/**
 * James's STARTTLS, forgetting the EHLO before TLS starts. RFC 3207 §4.2: the server MUST discard any knowledge
 * obtained from the client, such as the argument to the EHLO command. James keeps the HELO mode and name in the
 * connection state, so a client that did not greet again after the handshake was served with the name sent in
 * clear text (which a man in the middle may have rewritten): it went into the Received header "with ESMTPS", the
 * sender record and the HELO SPF check. Now MAIL after STARTTLS without a new EHLO gets James's 503.
 */
public class ForgetfulStartTlsCmdHandler extends StartTlsCmdHandler {
    @Override
    public Response onCommand(SMTPSession session, Request request) {
        Response response = super.onCommand(session, request);
        if ("220".equals(response.getRetCode())) {
            session.removeAttachment(SMTPSession.CURRENT_HELO_MODE, ProtocolSession.State.Connection);
            session.removeAttachment(SMTPSession.CURRENT_HELO_NAME, ProtocolSession.State.Connection);
        }
        return response;
    }
}
