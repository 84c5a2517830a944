package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.EntityManagerFactory;

import org.apache.james.core.Username;
import org.apache.james.core.quota.QuotaCountLimit;
import org.apache.james.core.quota.QuotaCountUsage;
import org.apache.james.events.InVMEventBus;
import org.apache.james.events.MemoryEventDeadLetters;
import org.apache.james.events.RetryBackoffConfiguration;
import org.apache.james.events.delivery.InVmEventDelivery;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageManager;
import org.apache.james.mailbox.MessageUid;
import org.apache.james.mailbox.acl.UnionMailboxACLResolver;
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.mailbox.exception.OverQuotaException;
import org.apache.james.mailbox.inmemory.quota.InMemoryPerUserMaxQuotaManager;
import org.apache.james.mailbox.jpa.JPAAttachmentContentLoader;
import org.apache.james.mailbox.jpa.mail.JPAMessageMapper;
import org.apache.james.mailbox.jpa.mail.JPAModSeqProvider;
import org.apache.james.mailbox.jpa.mail.JPAUidProvider;
import org.apache.james.mailbox.jpa.quota.JpaCurrentQuotaManager;
import org.apache.james.mailbox.model.FetchGroup;
import org.apache.james.mailbox.model.Mailbox;
import org.apache.james.mailbox.model.MailboxId;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.mailbox.model.MessageMetaData;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.mailbox.model.MessageResult;
import org.apache.james.mailbox.model.QuotaRoot;
import org.apache.james.mailbox.store.SessionProviderImpl;
import org.apache.james.mailbox.store.StoreMailboxAnnotationManager;
import org.apache.james.mailbox.store.StoreRightManager;
import org.apache.james.mailbox.store.mail.MessageMapper;
import org.apache.james.mailbox.store.mail.NaiveThreadIdGuessingAlgorithm;
import org.apache.james.mailbox.store.mail.model.DefaultMessageId;
import org.apache.james.mailbox.store.mail.model.MailboxMessage;
import org.apache.james.mailbox.store.mail.model.impl.MessageParser;
import org.apache.james.mailbox.store.quota.DefaultUserQuotaRootResolver;
import org.apache.james.mailbox.store.quota.ListeningCurrentQuotaUpdater;
import org.apache.james.mailbox.store.quota.QuotaComponents;
import org.apache.james.mailbox.store.quota.StoreQuotaManager;
import org.apache.james.mailbox.store.extractor.JsoupTextExtractor;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import reactor.core.Exceptions;
import reactor.core.publisher.Flux;

/**
 * RFC 3501 §6.4.7: "If the COPY command is unsuccessful for any reason, server implementations MUST restore the
 * destination mailbox to its state before the COPY attempt"; RFC 6851 §3.3 asks the same of MOVE, which must in
 * addition never lose a message. James 3.8.1 copies and moves an IMAP set range by range, each range its own
 * transaction: a store failure on a later range left the earlier ones copied (or moved). Here the real JPA store
 * (embedded Derby) fails on the n-th message copied or moved, the way a database error would.
 */
class CopyAllOrNothingTest {
    static final Username BOB = Username.of("bob@spoofguard.test");
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path data;
    JpaStore store;
    QuotaGuardedMailboxManager manager;
    InMemoryPerUserMaxQuotaManager maxQuotas;
    StoreQuotaManager quotas;
    DefaultUserQuotaRootResolver roots;
    MailboxSession session;
    /** The message (1st, 2nd, ...) whose copy or move the store fails; 0: none. */
    final AtomicInteger failOn = new AtomicInteger();
    final AtomicInteger stored = new AtomicInteger();
    /** Whether the failure is unchecked (as OpenJPA's own) rather than James's MailboxException. */
    final AtomicBoolean unchecked = new AtomicBoolean();
    MailboxId inbox;
    MailboxId archive;

    @BeforeEach
    void openStore() throws Exception {
        store = new JpaStore(DatabaseSettings.derbyUnder(data));
        EntityManagerFactory emf = store.entityManagerFactory();
        JPAUidProvider uids = new JPAUidProvider(emf);
        JPAModSeqProvider modSeqs = new JPAModSeqProvider(emf);
        MessageDeletionGate deletionGate = new MessageDeletionGate();
        GuardedJpaMailboxSessionMapperFactory mappers = new GuardedJpaMailboxSessionMapperFactory(emf, uids, modSeqs, deletionGate) {
            @Override
            public MessageMapper createMessageMapper(MailboxSession session) {
                return new GuardedMessageMapper(new FailingMessageMapper(uids, modSeqs, emf), deletionGate);
            }
        };
        InVMEventBus eventBus = new InVMEventBus(new InVmEventDelivery(new RecordingMetricFactory()),
            RetryBackoffConfiguration.DEFAULT, new MemoryEventDeadLetters());
        SessionProviderImpl sessions = new SessionProviderImpl(null, null);
        StoreRightManager rights = new StoreRightManager(mappers, new UnionMailboxACLResolver(), eventBus);
        roots = new DefaultUserQuotaRootResolver(sessions, mappers);
        maxQuotas = new InMemoryPerUserMaxQuotaManager();
        SerializedCurrentQuotaManager currentQuotas = new SerializedCurrentQuotaManager(new JpaCurrentQuotaManager(emf));
        quotas = new StoreQuotaManager(currentQuotas, maxQuotas);
        eventBus.register(new ListeningCurrentQuotaUpdater(currentQuotas, roots, eventBus, quotas));
        manager = new QuotaGuardedMailboxManager(mappers, sessions, new MessageParser(), new DefaultMessageId.Factory(),
            eventBus, new StoreMailboxAnnotationManager(mappers, rights), rights,
            new QuotaComponents(maxQuotas, quotas, roots),
            new ScanningMessageSearchIndex(mappers, new JsoupTextExtractor(), new JPAAttachmentContentLoader()),
            new NaiveThreadIdGuessingAlgorithm(), Clock.systemUTC(), new QuotaAdditionGate(),
            DatabaseSettings.derbyUnder(data));
        session = manager.createSystemSession(BOB);
        inbox = manager.createMailbox(MailboxPath.inbox(BOB), session).orElseThrow();
        archive = manager.createMailbox(MailboxPath.forUser(BOB, "Archive"), session).orElseThrow();
        MessageManager inboxManager = manager.getMailbox(inbox, session);
        for (int i = 1; i <= 5; i++) {
            inboxManager.appendMessage(MessageManager.AppendCommand.builder()
                .build("Subject: message " + i + "\r\n\r\nbody " + i + "\r\n"), session);
        }
        manager.getMailbox(archive, session).appendMessage(MessageManager.AppendCommand.builder()
            .build("Subject: already archived\r\n\r\nbody\r\n"), session);
    }

    @AfterEach
    void closeStore() {
        manager.endProcessingRequest(session);
        store.close();
    }

    /** UIDs 1, 3 and 5 of INBOX: three IMAP ranges, as {@code COPY 1,3,5 Archive} names them. */
    static final List<MessageRange> ONE_THREE_FIVE = List.of(MessageRange.one(MessageUid.of(1)),
        MessageRange.one(MessageUid.of(3)), MessageRange.one(MessageUid.of(5)));

    @Test
    void aCopyTheStoreFailsOnTheThirdMessageLeavesTheDestinationAsItWas() throws Exception {
        failOn.set(3);

        assertThatThrownBy(() -> copy(ONE_THREE_FIVE)).isInstanceOf(MailboxException.class)
            .hasMessage("injected store failure");

        assertThat(subjects(archive)).containsExactly("already archived");
        assertThat(subjects(inbox)).hasSize(5);
        assertThat(messageCount()).as("quota usage").isEqualTo(6);
    }

    @Test
    void aMoveTheStoreFailsOnTheThirdMessageLosesNothingAndMovesNothing() throws Exception {
        failOn.set(3);

        assertThatThrownBy(() -> move(ONE_THREE_FIVE)).isInstanceOf(MailboxException.class)
            .hasMessage("injected store failure");

        assertThat(subjects(inbox)).containsExactly("message 1", "message 2", "message 3", "message 4", "message 5");
        assertThat(subjects(archive)).containsExactly("already archived");
        assertThat(messageCount()).as("quota usage").isEqualTo(6);
    }

    /**
     * OpenJPA reports some failures unchecked (JPA's delete of a row gone meanwhile: IllegalArgumentException): James's
     * IMAP answers only a MailboxException with NO, so the caller gets one, and nothing moved or copied.
     */
    @Test
    void anUncheckedStoreFailureReachesTheCallerAsAMailboxExceptionHavingChangedNothing() throws Exception {
        failOn.set(2);
        unchecked.set(true);

        assertThatThrownBy(() -> move(ONE_THREE_FIVE)).isInstanceOf(MailboxException.class)
            .hasRootCauseMessage("injected unchecked failure");
        assertThatThrownBy(() -> copy(ONE_THREE_FIVE)).isInstanceOf(MailboxException.class)
            .hasRootCauseMessage("injected unchecked failure");

        assertThat(subjects(inbox)).hasSize(5);
        assertThat(subjects(archive)).containsExactly("already archived");
    }

    @Test
    void aCopyAndAMoveThatSucceedStoreTheWholeSet() throws Exception {
        copy(ONE_THREE_FIVE);
        assertThat(subjects(archive)).containsExactly("already archived", "message 1", "message 3", "message 5");

        move(List.of(MessageRange.one(MessageUid.of(2)), MessageRange.range(MessageUid.of(4), MessageUid.of(5))));
        assertThat(subjects(inbox)).containsExactly("message 1", "message 3");
        assertThat(subjects(archive)).containsExactly("already archived", "message 1", "message 3", "message 5",
            "message 2", "message 4", "message 5");
        assertThat(messageCount()).as("quota usage").isEqualTo(9);
    }

    /** copyWithinQuota checks the whole set first: 3 messages where 2 fit copy none, not the first 2. */
    @Test
    void aCopyOverTheQuotaCopiesNothing() throws Exception {
        maxQuotas.setMaxMessage(root(), QuotaCountLimit.count(8));

        assertThatThrownBy(() -> copy(ONE_THREE_FIVE)).isInstanceOf(OverQuotaException.class);

        assertThat(subjects(archive)).containsExactly("already archived");
        assertThat(messageCount()).as("quota usage").isEqualTo(6);
    }

    @Test
    void aCopyThatJustFitsTheQuotaCopiesEverything() throws Exception {
        maxQuotas.setMaxMessage(root(), QuotaCountLimit.count(9));

        copy(ONE_THREE_FIVE);

        assertThat(subjects(archive)).containsExactly("already archived", "message 1", "message 3", "message 5");
        assertThat(messageCount()).as("quota usage").isEqualTo(9);
    }

    /** What OverQuotaCopyProcessor does for {@code COPY sets Archive}. */
    private void copy(List<MessageRange> sets) throws Exception {
        unwrapped(() -> manager.copyWithinQuota(sets, inbox, MailboxPath.forUser(BOB, "Archive"), session,
                () -> manager.copyAllHoldingQuota(sets, inbox, archive, session))
            .block(WAIT));
    }

    /** What AllOrNothingMoveProcessor does for {@code MOVE sets Archive}. */
    private void move(List<MessageRange> sets) throws Exception {
        unwrapped(() -> manager.moveAll(sets, inbox, archive, session).block(WAIT));
    }

    /** block() wraps a checked exception; the IMAP processors see the store's own. */
    private static void unwrapped(Runnable blocking) throws Exception {
        try {
            blocking.run();
        } catch (RuntimeException e) {
            Throwable cause = Exceptions.unwrap(e);
            throw cause instanceof Exception checked ? checked : e;
        }
    }

    private List<String> subjects(MailboxId mailbox) throws Exception {
        return Flux.from(manager.getMailbox(mailbox, session)
                .getMessagesReactive(MessageRange.all(), FetchGroup.HEADERS, session))
            .map(CopyAllOrNothingTest::subject)
            .collectList()
            .block(WAIT);
    }

    private static String subject(MessageResult message) {
        try {
            var headers = message.getHeaders().headers();
            while (headers.hasNext()) {
                var header = headers.next();
                if (header.getName().equalsIgnoreCase("Subject")) {
                    return header.getValue().trim();
                }
            }
            throw new IllegalStateException("no Subject in message " + message.getUid());
        } catch (MailboxException e) {
            throw new IllegalStateException(e);
        }
    }

    private QuotaRoot root() throws MailboxException {
        return roots.getQuotaRoot(MailboxPath.inbox(BOB));
    }

    private long messageCount() throws Exception {
        QuotaCountUsage used = quotas.getMessageQuota(root()).getUsed();
        return used.asLong();
    }

    /** James's JPA mapper, failing the copy or move of the {@link #failOn}-th message as a database error would. */
    private final class FailingMessageMapper extends JPAMessageMapper {
        FailingMessageMapper(JPAUidProvider uids, JPAModSeqProvider modSeqs, EntityManagerFactory emf) {
            super(uids, modSeqs, emf);
        }

        /** James's move copies through {@link #copy}: counted once, as the move. */
        private boolean moving;

        @Override
        public MessageMetaData copy(Mailbox mailbox, MailboxMessage original) throws MailboxException {
            if (!moving) {
                failIfItsTurn();
            }
            return super.copy(mailbox, original);
        }

        @Override
        public MessageMetaData move(Mailbox mailbox, MailboxMessage original) throws MailboxException {
            failIfItsTurn();
            moving = true;
            try {
                return super.move(mailbox, original);
            } finally {
                moving = false;
            }
        }

        private void failIfItsTurn() throws MailboxException {
            if (stored.incrementAndGet() == failOn.get()) {
                stored.set(0);
                if (unchecked.get()) {
                    throw new IllegalArgumentException("injected unchecked failure");
                }
                throw new MailboxException("injected store failure");
            }
        }
    }
}
