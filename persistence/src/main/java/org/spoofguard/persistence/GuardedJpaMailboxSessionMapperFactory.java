package org.spoofguard.persistence;

import javax.inject.Inject;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;

import org.apache.james.core.Username;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.mailbox.jpa.JPAMailboxSessionMapperFactory;
import org.apache.james.mailbox.jpa.mail.JPAMailboxMapper;
import org.apache.james.mailbox.jpa.mail.JPAMessageMapper;
import org.apache.james.mailbox.jpa.mail.JPAModSeqProvider;
import org.apache.james.mailbox.jpa.mail.JPAUidProvider;
import org.apache.james.mailbox.model.Mailbox;
import org.apache.james.mailbox.store.mail.MailboxMapper;
import org.apache.james.mailbox.store.mail.MessageMapper;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * James's JPA mapper factory whose message mappers are {@link GuardedMessageMapper}s (it says why), and whose mailbox
 * mappers delete a mailbox (its messages first, by the same cascading bulk delete as an expunge) only while holding
 * the {@link MessageDeletionGate}: a folder deleted while another is expunged deadlocked the same way. Its mailbox
 * mappers also count a user's mailboxes in the database ({@link #countMailboxes}) for the cap.
 */
public class GuardedJpaMailboxSessionMapperFactory extends JPAMailboxSessionMapperFactory {
    private final EntityManagerFactory entityManagerFactory;
    private final JPAUidProvider uidProvider;
    private final JPAModSeqProvider modSeqProvider;
    private final MessageDeletionGate gate;

    @Inject
    public GuardedJpaMailboxSessionMapperFactory(EntityManagerFactory entityManagerFactory, JPAUidProvider uidProvider,
                                                 JPAModSeqProvider modSeqProvider, MessageDeletionGate gate) {
        super(entityManagerFactory, uidProvider, modSeqProvider);
        this.entityManagerFactory = entityManagerFactory;
        this.uidProvider = uidProvider;
        this.modSeqProvider = modSeqProvider;
        this.gate = gate;
    }

    @Override
    public MessageMapper createMessageMapper(MailboxSession session) {
        return new GuardedMessageMapper(new JPAMessageMapper(uidProvider, modSeqProvider, entityManagerFactory), gate);
    }

    @Override
    public MailboxMapper createMailboxMapper(MailboxSession session) {
        return new CountingMailboxMapper(entityManagerFactory, gate);
    }

    /**
     * How many mailboxes {@code user} has in {@code namespace}, counted by the database: the cap's check runs on
     * every CREATE, and loading every row of a user at the cap (10000 by default) each time was the cost of it.
     */
    public Mono<Long> countMailboxes(MailboxSession session, Username user, String namespace) {
        return ((CountingMailboxMapper) getMailboxMapper(session)).countMailboxes(user, namespace);
    }

    static final class CountingMailboxMapper extends JPAMailboxMapper {
        /** SQL LIKE's "any string": every mailbox name matches, so James's own count query counts them all. */
        private static final String ANY_NAME = "%";
        private final MessageDeletionGate gate;

        CountingMailboxMapper(EntityManagerFactory entityManagerFactory, MessageDeletionGate gate) {
            super(entityManagerFactory);
            this.gate = gate;
        }

        // The permit is taken inside the mailbox transaction, which holds no locks yet (it has only looked the
        // mailbox up), and given back when the delete statements are done; the commit follows at once.
        @Override
        public Mono<Void> delete(Mailbox mailbox) {
            return gate.around(super.delete(mailbox));
        }

        /** James's named query behind {@code hasChildren}, with a pattern matching every name. */
        Mono<Long> countMailboxes(Username user, String namespace) {
            return Mono.fromCallable(() -> (Long) getEntityManager()
                    .createNamedQuery("countMailboxesWithNameLikeWithUser")
                    .setParameter("nameParam", ANY_NAME)
                    .setParameter("namespaceParam", namespace)
                    .setParameter("userParam", user.asString())
                    .getSingleResult())
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(PersistenceException.class, e -> new MailboxException("Count of the mailboxes of " + user + " failed", e));
        }
    }
}
