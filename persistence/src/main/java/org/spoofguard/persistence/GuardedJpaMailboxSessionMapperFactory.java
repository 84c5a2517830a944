package org.spoofguard.persistence;

import javax.inject.Inject;
import javax.persistence.EntityManagerFactory;

import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.jpa.JPAMailboxSessionMapperFactory;
import org.apache.james.mailbox.jpa.mail.JPAMessageMapper;
import org.apache.james.mailbox.jpa.mail.JPAModSeqProvider;
import org.apache.james.mailbox.jpa.mail.JPAUidProvider;
import org.apache.james.mailbox.store.mail.MessageMapper;

/** James's JPA mapper factory whose message mappers are {@link GuardedMessageMapper}s (it says why). */
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
}
