package org.spoofguard.persistence;

import java.io.InputStream;
import java.time.Clock;
import java.util.Date;
import java.util.List;

import javax.mail.Flags;

import org.apache.james.events.EventBus;
import org.apache.james.mailbox.MailboxPathLocker;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.mailbox.jpa.openjpa.OpenJPAMessageManager;
import org.apache.james.mailbox.model.Mailbox;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.mailbox.model.MessageId;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.mailbox.model.QuotaRoot;
import org.apache.james.mailbox.quota.QuotaManager;
import org.apache.james.mailbox.quota.QuotaRootResolver;
import org.apache.james.mailbox.store.BatchSizes;
import org.apache.james.mailbox.store.MailboxSessionMapperFactory;
import org.apache.james.mailbox.store.StoreMessageManager;
import org.apache.james.mailbox.store.StoreRightManager;
import org.apache.james.mailbox.store.mail.ThreadIdGuessingAlgorithm;
import org.apache.james.mailbox.store.search.MessageSearchIndex;
import org.reactivestreams.Publisher;

import reactor.core.publisher.Mono;

/**
 * James's JPA message manager whose additions (APPEND, local delivery, COPY into this manager's target) hold the
 * quota root's {@link QuotaAdditionGate} from James's quota check until the usage is raised (the gate says why).
 * MOVE is neither gated nor checked (James 3.8.1 does not check it either) because here it cannot change any
 * user's usage: the quota root is the mailbox's owner (DefaultUserQuotaRootResolver, bound in JpaStoreModule), and
 * James 3.8.1's IMAP, the only MOVE this server offers, resolves every mailbox name to the logged-in user's own
 * mailboxes (its PathConverter refuses any other namespace), so source and target always share one root.
 * QuotaUnderConcurrencyIT.moveCannotChangeAnyUsersUsage shows it, a shared mailbox granted by SETACL included.
 * Should another user's mailbox become reachable (JMAP, a later James), MOVE would need the target's check here.
 */
public class QuotaGuardedMessageManager extends OpenJPAMessageManager {
    private final QuotaRootResolver quotaRootResolver;
    private final QuotaAdditionGate gate;

    public QuotaGuardedMessageManager(MailboxSessionMapperFactory mapperFactory, MessageSearchIndex index,
                                      EventBus eventBus, MailboxPathLocker locker, Mailbox mailbox,
                                      QuotaManager quotaManager, QuotaRootResolver quotaRootResolver,
                                      MessageId.Factory messageIdFactory, BatchSizes batchSizes,
                                      StoreRightManager storeRightManager,
                                      ThreadIdGuessingAlgorithm threadIdGuessingAlgorithm, Clock clock,
                                      QuotaAdditionGate gate) {
        super(mapperFactory, index, eventBus, locker, mailbox, quotaManager, quotaRootResolver, messageIdFactory,
            batchSizes, storeRightManager, threadIdGuessingAlgorithm, clock);
        this.quotaRootResolver = quotaRootResolver;
        this.gate = gate;
    }

    @Override
    public AppendResult appendMessage(AppendCommand appendCommand, MailboxSession session) throws MailboxException {
        return gate.hold(quotaRoot(getMailboxPath()), () -> super.appendMessage(appendCommand, session));
    }

    @Override
    public AppendResult appendMessage(InputStream msgIn, Date internalDate, MailboxSession mailboxSession,
                                      boolean isRecent, Flags flagsToBeSet) throws MailboxException {
        return gate.hold(quotaRoot(getMailboxPath()),
            () -> super.appendMessage(msgIn, internalDate, mailboxSession, isRecent, flagsToBeSet));
    }

    @Override
    public Publisher<AppendResult> appendMessageReactive(AppendCommand appendCommand, MailboxSession session) {
        return Mono.fromCallable(() -> quotaRoot(getMailboxPath()))
            .flatMap(root -> gate.holdReactive(root, () -> super.appendMessageReactive(appendCommand, session)));
    }

    /** Called on the source mailbox's manager: the quota checked and raised is the target's. */
    @Override
    public Mono<List<MessageRange>> copyTo(MessageRange set, StoreMessageManager toMailbox, MailboxSession session) {
        return Mono.fromCallable(() -> quotaRoot(toMailbox.getMailboxPath()))
            .flatMap(root -> gate.holdReactive(root, () -> super.copyTo(set, toMailbox, session)));
    }

    /** {@link #copyTo} for a caller that holds the target's gate already ({@link QuotaGuardedMailboxManager#copyWithinQuota}). */
    Mono<List<MessageRange>> copyToHoldingQuota(MessageRange set, StoreMessageManager toMailbox, MailboxSession session) {
        return super.copyTo(set, toMailbox, session);
    }

    private QuotaRoot quotaRoot(MailboxPath path) throws MailboxException {
        return quotaRootResolver.getQuotaRoot(path);
    }
}
