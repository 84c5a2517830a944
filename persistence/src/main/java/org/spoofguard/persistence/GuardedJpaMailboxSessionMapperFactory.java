package org.spoofguard.persistence;

import javax.inject.Inject;
import javax.persistence.EntityManagerFactory;

import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.jpa.JPAMailboxSessionMapperFactory;
import org.apache.james.mailbox.jpa.mail.JPAMailboxMapper;
import org.apache.james.mailbox.jpa.mail.JPAMessageMapper;
import org.apache.james.mailbox.jpa.mail.JPAModSeqProvider;
import org.apache.james.mailbox.jpa.mail.JPAUidProvider;
import org.apache.james.mailbox.model.Mailbox;
import org.apache.james.mailbox.store.mail.MailboxMapper;
import org.apache.james.mailbox.store.mail.MessageMapper;

import reactor.core.publisher.Mono;

/**
 * James's JPA mapper factory whose message mappers are {@link GuardedMessageMapper}s (it says why), and whose mailbox
 * mappers delete a mailbox (its messages first, by the same cascading bulk delete as an expunge) only while holding
 * the {@link MessageDeletionGate}: a folder deleted while another is expunged deadlocked the same way.
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
        return new JPAMailboxMapper(entityManagerFactory) {
            // The permit is taken inside the mailbox transaction, which holds no locks yet (it has only looked the
            // mailbox up), and given back when the delete statements are done; the commit follows at once.
            @Override
            public Mono<Void> delete(Mailbox mailbox) {
                return gate.around(super.delete(mailbox));
            }
        };
    }
}
