package org.spoofguard.server.imap;

import javax.inject.Inject;

import org.apache.james.imap.api.message.response.StatusResponse;
import org.apache.james.imap.api.message.response.StatusResponseFactory;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imap.main.PathConverter;
import org.apache.james.imap.message.request.DeleteRequest;
import org.apache.james.imap.processor.DeleteProcessor;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.metrics.api.MetricFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * James's DELETE, refusing INBOX: "It is an error to attempt to delete the name INBOX" (RFC 3501 §6.3.4, RFC 9051
 * §6.3.4). James 3.8.1 deleted it with all its mail; delivery and the next login then made a new one, but a user at
 * the mailbox cap could first CREATE another mailbox in its place. Answered {@code NO [CANNOT]} (RFC 5530 §3: the
 * operation "can never succeed"), logged at INFO. WebAdmin's mailbox routes, which an admin uses to clean up a
 * user, still delete it. Bound in place of James's processor ({@link GuardedImapModule}).
 */
public class InboxKeepingDeleteProcessor extends DeleteProcessor {
    private static final Logger LOGGER = LoggerFactory.getLogger(InboxKeepingDeleteProcessor.class);
    private final StatusResponseFactory factory;

    @Inject
    public InboxKeepingDeleteProcessor(MailboxManager mailboxManager, StatusResponseFactory factory,
                                       MetricFactory metricFactory) {
        super(mailboxManager, factory, metricFactory);
        this.factory = factory;
    }

    @Override
    protected Mono<Void> processRequestReactive(DeleteRequest request, ImapSession session, Responder responder) {
        if (!PathConverter.forSession(session).buildFullPath(request.getMailboxName()).isInbox()) {
            return super.processRequestReactive(request, session, responder);
        }
        return Mono.fromRunnable(() -> {
            LOGGER.info("IMAP DELETE {} refused with NO [CANNOT]: INBOX cannot be deleted", request.getMailboxName());
            responder.respond(refusal(factory, request));
        });
    }

    static StatusResponse refusal(StatusResponseFactory factory, DeleteRequest request) {
        return CodedRefusal.taggedNo(factory, request.getTag(), "CANNOT", request.getCommand().getName(),
            "INBOX cannot be deleted / INBOX kan ikke slettes");
    }
}
