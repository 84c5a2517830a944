package org.spoofguard.server.imap;

import java.util.List;
import java.util.Optional;

import javax.inject.Inject;

import org.apache.james.imap.api.display.HumanReadableText;
import org.apache.james.imap.api.message.response.StatusResponse;
import org.apache.james.imap.api.message.response.StatusResponseFactory;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imap.api.process.SelectedMailbox;
import org.apache.james.imap.main.PathConverter;
import org.apache.james.imap.message.request.CopyRequest;
import org.apache.james.imap.processor.CopyProcessor;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.exception.OverQuotaException;
import org.apache.james.mailbox.model.MailboxId;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.metrics.api.MetricFactory;
import org.spoofguard.persistence.QuotaGuardedMailboxManager;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * James 3.8.1's COPY, made all or nothing (for the quota and for any store failure) and answering a copy the
 * target's quota refuses with {@code NO [OVERQUOTA]} as its APPEND does (RFC 9208 §4; the response code is RFC 5530's), so a client can tell the
 * user the mailbox is full instead of reporting a server fault. UID COPY is the same request. Bound in place of
 * James's processor ({@link GuardedImapModule}), like {@link LimitedCreateProcessor}. MOVE needs no quota check (it
 * cannot change a user's usage: QuotaUnderConcurrencyIT) but is all or nothing too ({@link AllOrNothingMoveProcessor}).
 *
 * <p>All or nothing: RFC 3501 §6.4.7 says an unsuccessful COPY MUST leave the destination as it was, but James copies
 * and checks the quota range by range, so {@code COPY 1,3 X} copied 1 and then answered NO for 3. Here the whole set
 * is checked against the quota first and copied under the same hold of the user's quota lock
 * ({@link QuotaGuardedMailboxManager#copyWithinQuota}), all of it in one store transaction ({@link WholeSet}), so a
 * database error on the 3rd of 5 messages leaves none copied and is answered {@code NO}; an invalid range is answered
 * {@code BAD} before anything is copied, where James answered it after copying the ranges before it.
 *
 * <p>James's {@code AbstractMessageRangeProcessor} answers every {@code MailboxException}, {@code OverQuotaException}
 * included, with a plain {@code NO}, inside a method that cannot be extended; so a quota refusal from inside its
 * copying is carried past that handler as an unchecked error of this class's own and answered here.
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
        // With our store, reached inside copyWithinQuota's hold with the whole set (processRequestReactive below)
        Flux<MessageRange> copy = getMailboxManager() instanceof QuotaGuardedMailboxManager guarded
            ? WholeSet.process(
                sets -> guarded.copyAllHoldingQuota(sets, currentMailbox.getMailboxId(), targetMailbox, mailboxSession),
                () -> super.process(targetMailbox, currentMailbox, mailboxSession, messageSet))
            : super.process(targetMailbox, currentMailbox, mailboxSession, messageSet);
        return copy.onErrorMap(OverQuotaException.class, OverQuota::new);
    }

    @Override
    protected Mono<Void> processRequestReactive(CopyRequest request, ImapSession session, Responder responder) {
        // resolved here, as James does, so a name outside the user's namespace is refused as for every command (OwnMailboxesOnly)
        MailboxPath target = PathConverter.forSession(session).buildFullPath(request.getMailboxName());
        return Mono.defer(() -> wholeOrNothing(request, target, session, responder))
            .onErrorResume(e -> e instanceof OverQuota || e instanceof OverQuotaException, e -> {
                no(request, responder, HumanReadableText.FAILURE_OVERQUOTA, StatusResponse.ResponseCode.overQuota());
                return Mono.empty();
            });
    }

    private Mono<Void> wholeOrNothing(CopyRequest request, MailboxPath target, ImapSession session, Responder responder) {
        SelectedMailbox selected = session.getSelected();
        if (!(getMailboxManager() instanceof QuotaGuardedMailboxManager guarded) || selected == null) {
            return super.processRequestReactive(request, session, responder);
        }
        Optional<List<MessageRange>> resolved = WholeSet.resolve(request.getIdSet(),
            range -> messageRange(selected, range, request.isUseUids()));
        if (resolved.isEmpty()) {
            taggedBad(request, responder, HumanReadableText.INVALID_MESSAGESET);
            return Mono.empty();
        }
        List<MessageRange> sets = resolved.get();
        MailboxSession mailboxSession = session.getMailboxSession();
        return Mono.from(guarded.mailboxExists(target, mailboxSession))
            .flatMap(exists -> {
                if (!exists) {
                    // James's answer, given here: its processor would copy outside the hold if X appeared meanwhile
                    no(request, responder, HumanReadableText.FAILURE_NO_SUCH_MAILBOX, StatusResponse.ResponseCode.tryCreate());
                    return Mono.empty();
                }
                return guarded.copyWithinQuota(sets, selected.getMailboxId(), target, mailboxSession,
                    // the context inside: the hold blocks on the copy on a thread of its own
                    () -> super.processRequestReactive(request, session, responder).contextWrite(WholeSet.of(sets)));
            });
    }

    /** Not a MailboxException, so James's generic handler lets it through to ours. */
    private static final class OverQuota extends RuntimeException {
        OverQuota(OverQuotaException cause) {
            super(cause);
        }
    }
}
