package org.spoofguard.server.imap;

import javax.inject.Inject;

import org.apache.james.imap.api.display.HumanReadableText;
import org.apache.james.imap.api.message.response.StatusResponse;
import org.apache.james.imap.api.message.response.StatusResponseFactory;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imap.api.process.SelectedMailbox;
import org.apache.james.imap.message.request.CopyRequest;
import org.apache.james.imap.processor.CopyProcessor;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.exception.OverQuotaException;
import org.apache.james.mailbox.model.MailboxId;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.metrics.api.MetricFactory;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * James 3.8.1's COPY, answering a copy the target's quota refuses with {@code NO [OVERQUOTA]} as its APPEND does
 * (RFC 9208 §4; the response code is RFC 5530's), so a client can tell the user the mailbox is full instead of
 * reporting a server fault. James's {@code AbstractMessageRangeProcessor} answers every {@code MailboxException},
 * {@code OverQuotaException} included, with a plain {@code NO}, inside a method that cannot be extended; so the
 * quota refusal is carried past that handler as an unchecked error of this class's own and answered here. UID COPY
 * is the same request. Bound in place of James's processor ({@link GuardedImapModule}), like
 * {@link LimitedCreateProcessor}. MOVE needs nothing of the kind: it cannot change a user's usage (QuotaUnderConcurrencyIT).
 */
public class OverQuotaCopyProcessor extends CopyProcessor {
    @Inject
    public OverQuotaCopyProcessor(MailboxManager mailboxManager, StatusResponseFactory factory,
                                  MetricFactory metricFactory) {
        super(mailboxManager, factory, metricFactory);
    }

    @Override
    protected Flux<MessageRange> process(MailboxId targetMailbox, SelectedMailbox currentMailbox,
                                         MailboxSession mailboxSession, MessageRange messageSet) {
        return super.process(targetMailbox, currentMailbox, mailboxSession, messageSet)
            .onErrorMap(OverQuotaException.class, OverQuota::new);
    }

    @Override
    protected Mono<Void> processRequestReactive(CopyRequest request, ImapSession session, Responder responder) {
        return super.processRequestReactive(request, session, responder)
            .onErrorResume(OverQuota.class, e -> {
                no(request, responder, HumanReadableText.FAILURE_OVERQUOTA, StatusResponse.ResponseCode.overQuota());
                return Mono.empty();
            });
    }

    /** Not a MailboxException, so James's generic handler lets it through to ours. */
    private static final class OverQuota extends RuntimeException {
        OverQuota(OverQuotaException cause) {
            super(cause);
        }
    }
}
