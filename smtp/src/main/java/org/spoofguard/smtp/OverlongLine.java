package org.spoofguard.smtp;

import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.smtpserver.ExtendedSMTPSession;

/**
 * A message line longer than James 3.8.1's line decoder takes ({@value #LIMIT} octets with its line end; RFC 5321
 * §4.5.3.1.6 allows 1000). James answered "500 Line length exceeded" in the middle of DATA, left the line out of the
 * message and answered the final dot with 250: the sender took the 500 as the answer to its message (a bounce for a
 * mail that was delivered one line short, its DKIM body hash broken) and every later reply was one off. The SMTP
 * server now only notes it here ({@link #noteInData}); {@link HeaderSectionHook}, the first message hook, refuses
 * the message once, at the end of DATA, with {@link #REPLY_CODE} {@link #REPLY}.
 */
public final class OverlongLine {
    /** James's {@code AbstractChannelPipelineFactory.MAX_LINE_LENGTH}. */
    public static final int LIMIT = 8192;
    static final ProtocolSession.AttachmentKey<Boolean> SEEN =
        ProtocolSession.AttachmentKey.of("org.spoofguard.overlongLine", Boolean.class);
    static final String REPLY_CODE = "554";
    static final String REPLY = "5.6.0 Message refused: a line is longer than " + LIMIT
        + " octets (RFC 5321 section 4.5.3.1.6 allows 1000); nothing was delivered";

    private OverlongLine() {
    }

    /**
     * Notes a line too long for the decoder on {@code session} when it is inside DATA, for the refusal at its end;
     * false otherwise (a command line too long is James's to answer, 500, as before).
     */
    public static boolean noteInData(Object session) {
        // James's DATA (JamesDataCmdHandler) sets the message writer at 354; the end of DATA resets it (resetState)
        if (session instanceof ExtendedSMTPSession smtp && smtp.getMimeMessageWriter() != null) {
            smtp.setAttachment(SEEN, Boolean.TRUE, ProtocolSession.State.Transaction);
            return true;
        }
        return false;
    }

    /** Whether this transaction's message lost a line to the decoder. */
    static boolean seen(SMTPSession session) {
        return session.getAttachment(SEEN, ProtocolSession.State.Transaction).orElse(false);
    }
}
