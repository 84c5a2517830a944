package org.spoofguard.server.imap;

import java.util.List;
import java.util.Optional;

import javax.inject.Inject;

import org.apache.james.imap.api.display.HumanReadableText;
import org.apache.james.imap.api.message.response.StatusResponseFactory;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imap.api.process.SelectedMailbox;
import org.apache.james.imap.message.request.MoveRequest;
import org.apache.james.imap.processor.MoveProcessor;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.model.MailboxId;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.metrics.api.MetricFactory;
import org.spoofguard.persistence.QuotaGuardedMailboxManager;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * James 3.8.1's MOVE (and UID MOVE), made all or nothing: the whole set moves in one store transaction
 * ({@link QuotaGuardedMailboxManager#moveAll}), so a store failure anywhere answers {@code NO} with every message still
 * in the source and none in the destination. James moved range by range, each a transaction of its own: a database
 * error on a later range left the earlier ones moved (RFC 6851 §3.3 asks of MOVE what RFC 3501 §6.4.7 asks of COPY).
 * An invalid range is answered {@code BAD} before anything moves, where James answered it after moving the ranges
 * before it. Bound in place of James's processor ({@link GuardedImapModule}).
 */
public class AllOrNothingMoveProcessor extends MoveProcessor {
    @Inject
    public AllOrNothingMoveProcessor(MailboxManager mailboxManager, StatusResponseFactory factory,
                                     MetricFactory metricFactory) {
        super(mailboxManager, factory, metricFactory);
    }

    @Override
    protected Flux<MessageRange> process(MailboxId targetMailbox, SelectedMailbox currentMailbox,
                                         MailboxSession mailboxSession, MessageRange messageSet) {
        if (!(getMailboxManager() instanceof QuotaGuardedMailboxManager guarded)) {
            return super.process(targetMailbox, currentMailbox, mailboxSession, messageSet);
        }
        return WholeSet.process(sets -> guarded.moveAll(sets, currentMailbox.getMailboxId(), targetMailbox, mailboxSession),
            () -> super.process(targetMailbox, currentMailbox, mailboxSession, messageSet));
    }

    @Override
    protected Mono<Void> processRequestReactive(MoveRequest request, ImapSession session, Responder responder) {
        SelectedMailbox selected = session.getSelected();
        if (!(getMailboxManager() instanceof QuotaGuardedMailboxManager) || selected == null) {
            return super.processRequestReactive(request, session, responder);
        }
        Optional<List<MessageRange>> resolved = WholeSet.resolve(request.getIdSet(),
            range -> messageRange(selected, range, request.isUseUids()));
        if (resolved.isEmpty()) {
            taggedBad(request, responder, HumanReadableText.INVALID_MESSAGESET);
            return Mono.empty();
        }
        List<MessageRange> sets = resolved.get();
        return super.processRequestReactive(request, session, responder).contextWrite(WholeSet.of(sets));
    }
}
