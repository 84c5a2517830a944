package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import javax.inject.Inject;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.apache.james.core.Username;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.jpa.JPAId;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.utils.GuiceProbe;
import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;

import com.google.inject.multibindings.Multibinder;

/**
 * RFC 3501 §6.4.7: "If the COPY command is unsuccessful for any reason, server implementations MUST restore the
 * destination mailbox to its state before the COPY attempt"; RFC 6851 §3.3 the same of MOVE. James 3.8.1 copies and
 * moves an IMAP set range by range, each range a transaction of its own, so a database error on a later range left
 * the earlier ones copied or moved. Here the database itself refuses the third message of {@code 1,3,5} in the
 * destination (a CHECK constraint on its size), on both stores, one user per test: the client gets a tagged NO, the session goes on, and
 * both mailboxes are as they were.
 */
class AllOrNothingCopyIT {
    static final String DOMAIN = "spoofguard.test";
    static final String PASSWORD = "secret";
    /** Messages 1 to 4 are far smaller, message 5 far larger. */
    static final int REFUSED_FROM_OCTETS = 2000;

    public static class Probe implements GuiceProbe {
        final MailboxManager mailboxManager;
        final EntityManagerFactory entityManagerFactory;

        @Inject
        public Probe(MailboxManager mailboxManager, EntityManagerFactory entityManagerFactory) {
            this.mailboxManager = mailboxManager;
            this.entityManagerFactory = entityManagerFactory;
        }
    }

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension(harness -> harness
        .with(binder -> Multibinder.newSetBinder(binder, GuiceProbe.class).addBinding().to(Probe.class)));

    static JamesHarness james;

    @BeforeAll
    static void provision() {
        james = server.harness();
        james.addDomain(DOMAIN);
    }

    @Test
    void aCopyTheDatabaseRefusesMidwayCopiesNothing() throws Exception {
        String user = userWithFiveMessages("copy");
        try (TestIMAPClient c = james.imap(user, PASSWORD)) {
            assertThat(tagged(c.sendCommand("SELECT INBOX"))).contains(" OK ");

            assertThat(tagged(c.sendCommand("COPY 1,3,5 Kept"))).contains(" NO ");

            assertThat(tagged(c.sendCommand("NOOP"))).as("the session after the NO").contains(" OK ");
            assertThat(c.sendCommand("STATUS Kept (MESSAGES)")).as("destination as it was").contains("(MESSAGES 0)");
            assertThat(c.sendCommand("STATUS INBOX (MESSAGES)")).contains("(MESSAGES 5)");
        }
    }

    @Test
    void aMoveTheDatabaseRefusesMidwayMovesNothingAndLosesNothing() throws Exception {
        String user = userWithFiveMessages("move");
        try (TestIMAPClient c = james.imap(user, PASSWORD)) {
            assertThat(tagged(c.sendCommand("SELECT INBOX"))).contains(" OK ");

            assertThat(tagged(c.sendCommand("MOVE 1,3,5 Kept"))).contains(" NO ");

            assertThat(tagged(c.sendCommand("NOOP"))).as("the session after the NO").contains(" OK ");
            assertThat(c.sendCommand("STATUS INBOX (MESSAGES)")).as("every message still in the source")
                .contains("(MESSAGES 5)");
            assertThat(c.sendCommand("STATUS Kept (MESSAGES)")).as("destination as it was").contains("(MESSAGES 0)");
        }
    }

    /** The control: the same ranges into a mailbox without the constraint are copied whole. */
    @Test
    void aCopyTheDatabaseAcceptsCopiesEveryRange() throws Exception {
        String user = userWithFiveMessages("control");
        try (TestIMAPClient c = james.imap(user, PASSWORD)) {
            assertThat(tagged(c.sendCommand("CREATE Copies"))).contains(" OK ");
            assertThat(tagged(c.sendCommand("SELECT INBOX"))).contains(" OK ");

            assertThat(tagged(c.sendCommand("COPY 1,3,5 Copies"))).contains(" OK ");

            assertThat(c.sendCommand("STATUS Copies (MESSAGES)")).contains("(MESSAGES 3)");
        }
    }

    /** A user with 5 messages in INBOX (the 5th large) and a folder Kept the database refuses large messages in. */
    private static String userWithFiveMessages(String name) throws Exception {
        String user = name + "@" + DOMAIN;
        james.addUser(user, PASSWORD);
        try (TestIMAPClient c = james.imap(user, PASSWORD)) {
            assertThat(tagged(c.sendCommand("CREATE Kept"))).contains(" OK ");
            for (int i = 1; i <= 5; i++) {
                String body = i == 5 ? ("z".repeat(78) + "\r\n").repeat(40) : "body " + i + "\r\n";
                String message = "From: " + user + "\r\nTo: " + user + "\r\nSubject: message " + i + "\r\n\r\n" + body;
                assertThat(tagged(c.sendCommand("APPEND INBOX {" + message.length() + "+}\r\n" + message))).contains(" OK ");
            }
        }
        refuseLargeMessagesIn(user, "Kept");
        return user;
    }

    /** The database refuses any row of {@code mailbox} with a large message: the failure happens in the store itself. */
    private static void refuseLargeMessagesIn(String user, String mailbox) throws Exception {
        Probe probe = james.server().getProbe(Probe.class);
        Username owner = Username.of(user);
        MailboxSession session = probe.mailboxManager.createSystemSession(owner);
        long id = ((JPAId) probe.mailboxManager.getMailbox(MailboxPath.forUser(owner, mailbox), session).getId()).getRawId();
        EntityManager entityManager = probe.entityManagerFactory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            entityManager.createNativeQuery("ALTER TABLE JAMES_MAIL ADD CONSTRAINT SG_IT_NO_LARGE_IN_" + id
                + " CHECK (MAILBOX_ID <> " + id + " OR MAIL_CONTENT_OCTETS_COUNT < " + REFUSED_FROM_OCTETS + ")")
                .executeUpdate();
            entityManager.getTransaction().commit();
        } finally {
            entityManager.close();
        }
    }

    private static String tagged(String reply) {
        String[] lines = reply.trim().split("\r?\n");
        return lines[lines.length - 1];
    }
}
