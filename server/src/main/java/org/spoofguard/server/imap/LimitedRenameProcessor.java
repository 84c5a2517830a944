package org.spoofguard.server.imap;

import javax.inject.Inject;

import org.apache.james.imap.api.message.response.StatusResponseFactory;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imap.message.request.RenameRequest;
import org.apache.james.imap.processor.RenameProcessor;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.metrics.api.MetricFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.persistence.TooManyMailboxesException;

import reactor.core.publisher.Mono;

/**
 * James's RENAME, answering a RENAME over the mailbox cap (of INBOX, which leaves a new INBOX: see
 * {@code QuotaGuardedMailboxManager}) with {@code NO [LIMIT]} ({@link MailboxLimitRefusal}) instead of James 3.8.1's
 * "NO RENAME processing failed" and an ERROR. Bound in place of James's processor ({@link GuardedImapModule}).
 */
public class LimitedRenameProcessor extends RenameProcessor {
    private static final Logger LOGGER = LoggerFactory.getLogger(LimitedRenameProcessor.class);
    private final StatusResponseFactory factory;

    @Inject
    public LimitedRenameProcessor(MailboxManager mailboxManager, StatusResponseFactory factory, MetricFactory metricFactory) {
        super(mailboxManager, factory, metricFactory);
        this.factory = factory;
    }

    @Override
    protected Mono<Void> processRequestReactive(RenameRequest request, ImapSession session, Responder responder) {
        return super.processRequestReactive(request, session, responder)
            .onErrorResume(TooManyMailboxesException.class, e -> Mono.fromRunnable(() ->
                MailboxLimitRefusal.refuse(factory, request, request.getExistingName() + " to " + request.getNewName(),
                    e, responder, LOGGER)));
    }
}
