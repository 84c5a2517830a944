package org.spoofguard.smtp.auth;

import java.util.Optional;

import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.core.Username;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.smtp.SMTPSession;
import org.spoofguard.core.verdict.SenderAuthenticator;
import org.spoofguard.smtp.ClientAddress;

/**
 * What the SMTP session says about the sender, read from the session itself: our handlers run before
 * James's core handlers, so the Mail does not yet carry the remote address or HELO.
 */
final class SmtpIdentity {
    /** SPF computed at MAIL FROM, for the SenderVerdictHook of the same transaction. */
    static final ProtocolSession.AttachmentKey<SpfAtMailFrom> SPF =
        ProtocolSession.AttachmentKey.of("org.spoofguard.spf.transaction", SpfAtMailFrom.class);

    /** SPF of one transaction and the identities it was computed for (checked again before reuse). */
    record SpfAtMailFrom(String clientIp, String helo, String mailFrom, SenderAuthenticator.SpfPair spf) {
    }

    private SmtpIdentity() {
    }

    static String clientIp(SMTPSession session) {
        return ClientAddress.text(session);
    }

    static String helo(SMTPSession session) {
        return session.getAttachment(SMTPSession.CURRENT_HELO_NAME, ProtocolSession.State.Connection).orElse("");
    }

    static String mailFrom(MaybeSender sender) {
        return sender == null ? "" : sender.asOptional().map(MailAddress::asString).orElse("");
    }

    static String mailFrom(SMTPSession session) {
        return mailFrom(session.getAttachment(SMTPSession.SENDER, ProtocolSession.State.Transaction).orElse(null));
    }

    /** The SMTP AUTH login of this session, empty when the client did not authenticate. */
    static Optional<String> authUser(SMTPSession session) {
        Username user = session.getUsername();
        return user == null ? Optional.empty() : Optional.ofNullable(user.asString()).filter(u -> !u.isBlank());
    }

    /** SMTP AUTH users and relay-allowed clients (our own network) are not outside senders to judge. */
    static boolean trusted(SMTPSession session) {
        return session.getUsername() != null || session.isRelayingAllowed();
    }
}
