package org.spoofguard.smtp;

import java.util.OptionalLong;

import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.smtp.SMTPSession;

/**
 * The message size a client declared with {@code SIZE=} at MAIL FROM (RFC 1870), as James 3.8.1 keeps it:
 * its {@code MailSizeEsmtpExtension} stores it under the private attachment name {@code MESG_SIZE}
 * (Integer, transaction state). The one place that knows the name, for every hook that reads it.
 */
public final class DeclaredSize {
    /** James's own key; the name and type must stay exactly as MailSizeEsmtpExtension declares them. */
    public static final ProtocolSession.AttachmentKey<Integer> KEY = ProtocolSession.AttachmentKey.of("MESG_SIZE", Integer.class);

    private DeclaredSize() {
    }

    /** The declared size of the current transaction, empty when the client declared none. */
    public static OptionalLong of(SMTPSession session) {
        return session.getAttachment(KEY, ProtocolSession.State.Transaction)
            .map(size -> OptionalLong.of(size.longValue())).orElse(OptionalLong.empty());
    }
}
