package org.spoofguard.persistence;

import java.time.Clock;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.apache.james.events.EventBus;
import org.apache.james.mailbox.MailboxManager.CreateOption;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.SessionProvider;
import org.apache.james.mailbox.jpa.JPAMailboxSessionMapperFactory;
import org.apache.james.mailbox.jpa.openjpa.OpenJPAMailboxManager;
import org.apache.james.mailbox.model.Mailbox;
import org.apache.james.mailbox.model.MailboxId;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.mailbox.model.MessageId;
import org.apache.james.mailbox.model.search.MailboxQuery;
import org.apache.james.mailbox.store.StoreMailboxAnnotationManager;
import org.apache.james.mailbox.store.StoreMessageManager;
import org.apache.james.mailbox.store.StoreRightManager;
import org.apache.james.mailbox.store.mail.ThreadIdGuessingAlgorithm;
import org.apache.james.mailbox.store.mail.model.impl.MessageParser;
import org.apache.james.mailbox.store.quota.QuotaComponents;
import org.apache.james.mailbox.store.search.MessageSearchIndex;

import reactor.core.publisher.Mono;

/**
 * James's JPA mailbox manager handing out {@link QuotaGuardedMessageManager}s (which say why), and capping the
 * number of mailboxes a user may create ({@code mailbox.maxPerUser} in {@code conf/james-database.properties}):
 * James's quota counts messages and bytes only, so one IMAP user could CREATE folders without end and make every
 * LIST "*", STATUS and quota recompute of theirs read them all.
 */
public class QuotaGuardedMailboxManager extends OpenJPAMailboxManager {
    private final QuotaAdditionGate gate;
    private final MailboxCountLimit limit;

    @Inject
    public QuotaGuardedMailboxManager(JPAMailboxSessionMapperFactory mapperFactory, SessionProvider sessionProvider,
                                      MessageParser messageParser, MessageId.Factory messageIdFactory,
                                      EventBus eventBus, StoreMailboxAnnotationManager annotationManager,
                                      StoreRightManager storeRightManager, QuotaComponents quotaComponents,
                                      MessageSearchIndex index, ThreadIdGuessingAlgorithm threadIdGuessingAlgorithm,
                                      Clock clock, QuotaAdditionGate gate, DatabaseSettings settings) {
        super(mapperFactory, sessionProvider, messageParser, messageIdFactory, eventBus, annotationManager,
            storeRightManager, quotaComponents, index, threadIdGuessingAlgorithm, clock);
        this.gate = gate;
        this.limit = new MailboxCountLimit(settings.maxMailboxesPerUser());
    }

    /**
     * Counts the user's mailboxes and creates the new ones (parents included) under the user's
     * {@link QuotaAdditionGate} lock: two parallel CREATEs at the cap would otherwise both count below it and both
     * pass. One lock per user for every "may this user add more?" decision. IMAP answers NO (James's generic
     * failure: 3.8.1's CreateProcessor maps no other MailboxException to a specific response).
     */
    @Override
    public Mono<MailboxId> createMailboxReactive(MailboxPath mailboxPath, CreateOption createOption, MailboxSession session) {
        if (mailboxPath.getName().isEmpty()) {
            return super.createMailboxReactive(mailboxPath, createOption, session);
        }
        MailboxPath sanitized = mailboxPath.sanitize(session.getPathDelimiter());
        return Mono.from(getQuotaComponents().getQuotaRootResolver().getQuotaRootReactive(sanitized))
            .flatMap(root -> gate.holdReactive(root, () -> checkCount(sanitized, session)
                .then(super.createMailboxReactive(mailboxPath, createOption, session))));
    }

    private Mono<Void> checkCount(MailboxPath path, MailboxSession session) {
        MailboxQuery.UserBound all = MailboxQuery.builder().userAndNamespaceFrom(path).matchesAllMailboxNames().build().asUserBound();
        return getMapperFactory().getMailboxMapper(session).findMailboxWithPathLike(all)
            .map(Mailbox::generateAssociatedPath)
            .collect(Collectors.toSet())
            .flatMap(existing -> {
                var levels = path.getHierarchyLevels(session.getPathDelimiter());
                if (limit.allows(existing, levels)) {
                    return Mono.empty();
                }
                return Mono.error(new TooManyMailboxesException(path.getUser().asString(),
                    limit.countAfter(existing, levels), limit.max()));
            });
    }

    @Override
    protected StoreMessageManager createMessageManager(Mailbox mailboxRow, MailboxSession session) {
        return new QuotaGuardedMessageManager(getMapperFactory(),
            getMessageSearchIndex(),
            getEventBus(),
            getLocker(),
            mailboxRow,
            getQuotaComponents().getQuotaManager(),
            getQuotaComponents().getQuotaRootResolver(),
            getMessageIdFactory(),
            configuration.getBatchSizes(),
            getStoreRightManager(),
            getThreadIdGuessingAlgorithm(),
            getClock(),
            gate);
    }
}
