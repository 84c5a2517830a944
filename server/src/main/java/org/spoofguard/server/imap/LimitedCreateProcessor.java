package org.spoofguard.server.imap;

import javax.inject.Inject;

import org.apache.james.imap.api.message.response.StatusResponseFactory;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imap.message.request.CreateRequest;
import org.apache.james.imap.processor.CreateProcessor;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.metrics.api.MetricFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.persistence.TooManyMailboxesException;

import reactor.core.publisher.Mono;

/**
 * James's CREATE, answering a CREATE over the mailbox cap with {@code NO [LIMIT]} ({@link MailboxLimitRefusal}) where
 * James 3.8.1 answers any failure it does not know with "NO CREATE processing failed" and an ERROR. Bound in place of
 * James's processor ({@link GuardedImapModule}), so {@code imapPackages} in imapserver.xml still decides the rest.
 */
public class LimitedCreateProcessor extends CreateProcessor {
    private static final Logger LOGGER = LoggerFactory.getLogger(LimitedCreateProcessor.class);
    private final StatusResponseFactory factory;

    @Inject
    public LimitedCreateProcessor(MailboxManager mailboxManager, StatusResponseFactory factory, MetricFactory metricFactory) {
        super(mailboxManager, factory, metricFactory);
        this.factory = factory;
    }

    @Override
    protected Mono<Void> processRequestReactive(CreateRequest request, ImapSession session, Responder responder) {
        return super.processRequestReactive(request, session, responder)
            .onErrorResume(TooManyMailboxesException.class, e -> Mono.fromRunnable(() ->
                MailboxLimitRefusal.refuse(factory, request, request.getMailboxName(), e, responder, LOGGER)));
    }
}
