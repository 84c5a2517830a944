package org.spoofguard.server.imap;

import org.apache.james.imap.api.Tag;
import org.apache.james.imap.api.message.request.ImapRequest;
import org.apache.james.imap.api.message.response.StatusResponse;
import org.apache.james.imap.api.message.response.StatusResponseFactory;
import org.apache.james.imap.api.process.ImapProcessor.Responder;
import org.slf4j.Logger;
import org.spoofguard.persistence.TooManyMailboxesException;

/**
 * IMAP's answer to a CREATE or RENAME refused by the mailbox cap ({@code mailbox.maxPerUser}): {@code NO [LIMIT]}, the
 * response code RFC 5530 §3 gives for "an operation that would exceed a server-defined limit", so a client can tell
 * it from a server fault, with the cap in English and Danish. Logged at INFO in one line: the user asked for too
 * much, nothing is broken (James logs every failure it does not map at ERROR, with a stack trace).
 * ({@link CodedRefusal} writes the code James cannot.)
 */
final class MailboxLimitRefusal {
    private MailboxLimitRefusal() {
    }

    /** The text after {@code NO}, e.g. {@code [LIMIT] CREATE failed. Too many mailboxes: at most 9 per user / ...}. */
    static String text(String command, int max) {
        return CodedRefusal.text("LIMIT", command, reason(max));
    }

    private static String reason(int max) {
        return "Too many mailboxes: at most " + max + " per user / For mange mapper: maks. " + max + " pr. bruger";
    }

    static StatusResponse response(StatusResponseFactory factory, Tag tag, String command, int max) {
        return CodedRefusal.taggedNo(factory, tag, "LIMIT", command, reason(max));
    }

    /** Answers {@code request} with the refusal and logs one INFO line naming {@code mailbox}. */
    static void refuse(StatusResponseFactory factory, ImapRequest request, String mailbox,
                       TooManyMailboxesException e, Responder responder, Logger logger) {
        String command = request.getCommand().getName();
        logger.info("IMAP {} {} refused with NO [LIMIT]: {}", command, mailbox, e.getMessage());
        responder.respond(response(factory, request.getTag(), command, e.max()));
    }
}
