package org.spoofguard.server.imap;

import org.apache.james.imap.api.ImapConfiguration;
import org.apache.james.imap.api.ImapMessage;
import org.apache.james.imap.api.Tag;
import org.apache.james.imap.api.message.request.ImapRequest;
import org.apache.james.imap.api.message.response.StatusResponse;
import org.apache.james.imap.api.message.response.StatusResponseFactory;
import org.apache.james.imap.api.process.ImapProcessor;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imap.main.DeniedAccessOnSharedMailboxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * James's IMAP processor chain, answering a command that names another user's mailbox ({@code SELECT #user.ivan.INBOX},
 * {@code COPY 1 #user.ivan@example.com.INBOX}, any namespace but the user's own) with a tagged {@code NO} instead of
 * closing the connection.
 *
 * <p>James 3.8.1's {@code PathConverter} refuses such a name by throwing {@code DeniedAccessOnSharedMailboxException};
 * its processors have a handler for it, but most resolve the name while building their reply ({@code SELECT},
 * {@code EXAMINE}, {@code STATUS}, {@code COPY}, {@code MOVE}, {@code CREATE}, {@code APPEND}, ...), before that
 * handler is in place, so the exception leaves the chain, reaches Netty and the connection is closed: the client sees
 * its session drop (and typically reconnects and retries) for what is a refusal. Here it is answered at the point in
 * the session's sequence where the command's own answer would have come (lazily, after the commands before it), with
 * RFC 5530's {@code NOPERM} ("the access control system does not permit this user to carry out an operation"), in
 * English and Danish ({@link CodedRefusal} writes the code James cannot). Any other exception passes as before. Nothing of another user's is reached either way: James has
 * refused the name before looking anything up.
 */
final class OwnMailboxesOnly implements ImapProcessor {
    private static final Logger LOGGER = LoggerFactory.getLogger(OwnMailboxesOnly.class);

    private static final String REASON = "Only your own mailboxes can be used / Kun dine egne mapper kan bruges";

    private final ImapProcessor chain;
    private final StatusResponseFactory factory;

    OwnMailboxesOnly(ImapProcessor chain, StatusResponseFactory factory) {
        this.chain = chain;
        this.factory = factory;
    }

    @Override
    public Mono<Void> processReactive(ImapMessage message, Responder responder, ImapSession session) {
        try {
            return chain.processReactive(message, responder, session);
        } catch (DeniedAccessOnSharedMailboxException e) {
            if (!(message instanceof ImapRequest request)) {
                throw e;
            }
            return Mono.fromRunnable(() -> {
                String command = request.getCommand().getName();
                LOGGER.info("IMAP {} naming a mailbox outside the user's own namespace refused with NO [NOPERM]", command);
                responder.respond(response(factory, request.getTag(), command));
            });
        }
    }

    @Override
    public void configure(ImapConfiguration imapConfiguration) {
        chain.configure(imapConfiguration);
    }

    /** The text after {@code NO}, e.g. {@code [NOPERM] SELECT failed. Only your own mailboxes / ...}; ASCII, as IMAP text must be. */
    static String text(String command) {
        return CodedRefusal.text("NOPERM", command, REASON);
    }

    static StatusResponse response(StatusResponseFactory factory, Tag tag, String command) {
        return CodedRefusal.taggedNo(factory, tag, "NOPERM", command, REASON);
    }
}
