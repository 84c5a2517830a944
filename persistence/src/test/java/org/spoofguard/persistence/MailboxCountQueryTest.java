package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.james.core.Username;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.jpa.mail.JPAModSeqProvider;
import org.apache.james.mailbox.jpa.mail.JPAUidProvider;
import org.apache.james.mailbox.model.MailboxConstants;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.mailbox.model.UidValidity;
import org.apache.james.mailbox.store.mail.MailboxMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cap's count is one SQL COUNT over the user's mailbox rows in an embedded Derby store (the default), not a load
 * of them all: it must count exactly the user's own mailboxes in the namespace, whatever their names.
 */
class MailboxCountQueryTest {
    static final Username BOB = Username.of("bob@spoofguard.test");
    static final Username ALICE = Username.of("alice@spoofguard.test");

    @TempDir
    Path data;
    JpaStore store;
    GuardedJpaMailboxSessionMapperFactory mappers;
    MailboxSession session;

    @BeforeEach
    void openStore() {
        store = new JpaStore(DatabaseSettings.derbyUnder(data));
        var emf = store.entityManagerFactory();
        mappers = new GuardedJpaMailboxSessionMapperFactory(emf, new JPAUidProvider(emf), new JPAModSeqProvider(emf),
            new MessageDeletionGate());
        session = new MailboxSession(MailboxSession.SessionId.of(1), BOB, Optional.of(BOB), List.of(Locale.US), '.',
            MailboxSession.SessionType.User);
    }

    @AfterEach
    void closeStore() {
        mappers.endProcessingRequest(session);
        store.close();
    }

    @Test
    void countsTheUsersMailboxesOnly() {
        assertThat(count(BOB)).isZero();
        // names with SQL LIKE's own wildcards and escape, a deep one without its parents (as RENAME leaves them)
        for (String name : List.of("INBOX", "100%", "a_b", "back\\slash", "x.y.z.new")) {
            create(MailboxPath.forUser(BOB, name));
        }
        create(MailboxPath.forUser(ALICE, "INBOX"));
        create(MailboxPath.forUser(ALICE, "other"));

        assertThat(count(BOB)).isEqualTo(5);
        assertThat(count(ALICE)).isEqualTo(2);
        assertThat(count(Username.of("nobody@spoofguard.test"))).isZero();
    }

    private long count(Username user) {
        return mappers.countMailboxes(session, user, MailboxConstants.USER_NAMESPACE).block(Duration.ofSeconds(30));
    }

    private void create(MailboxPath path) {
        MailboxMapper mapper = mappers.getMailboxMapper(session);
        mapper.executeReactive(mapper.create(path, UidValidity.generate())).block(Duration.ofSeconds(30));
    }
}
