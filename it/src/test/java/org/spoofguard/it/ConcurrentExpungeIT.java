package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.mail.Flags;

import org.apache.james.core.Username;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageManager;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.mailbox.model.QuotaRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;

import reactor.core.publisher.Mono;

/**
 * One user's client expunging several folders at once (a mail client emptying Trash and Junk while another device
 * expunges INBOX). On embedded Derby James 3.8.1's {@code JPAMessageMapper.deleteMessages} takes JAMES_MAIL row locks
 * and, through the cascade, a JAMES_MAIL_PROPERTY table lock: two such transactions deadlock, one is chosen as the
 * victim, and James's {@code TransactionalMapper} rolls back only on a {@code MailboxException}, so the victim's
 * transaction (a {@code PersistenceException}) stays open with its locks until the session ends. Every expunge must
 * succeed, nothing may stay behind, the quota must be back at exactly zero and the user's mailbox must take mail
 * afterwards.
 */
class ConcurrentExpungeIT {
    static final String USER = "expunge-race@store.test";
    static final String MIXED_USER = "delete-race@store.test";
    static final int FOLDERS = 4;
    static final int ROUNDS = 3;
    static final int PER_ROUND = 8;

    static JamesHarness james;

    @BeforeAll
    static void start() throws Exception {
        james = new JamesHarness().with(CurrentQuotaRaceIT.PROBE).start();
        james.addDomain("store.test").addUser(USER, "secret").addUser(MIXED_USER, "secret");
    }

    @AfterAll
    static void stop() throws Exception {
        if (james != null) {
            james.close();
        }
    }

    @Test
    void concurrentExpungesInSeveralFoldersOfOneUserAllSucceedAndBringTheQuotaBackToZero() throws Exception {
        CurrentQuotaRaceIT.Probe probe = james.server().getProbe(CurrentQuotaRaceIT.Probe.class);
        Username user = Username.of(USER);
        MailboxSession setup = probe.mailboxManager.createSystemSession(user);
        List<MailboxPath> paths = new ArrayList<>();
        for (int f = 0; f < FOLDERS; f++) {
            MailboxPath path = MailboxPath.forUser(user, "folder" + f);
            probe.mailboxManager.createMailbox(path, setup);
            paths.add(path);
        }
        byte[] message = ("From: a@store.test\r\nTo: " + USER + "\r\nSubject: expunge race\r\n\r\nbody\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        QuotaRoot root = probe.roots.forUser(user);

        ExecutorService pool = Executors.newFixedThreadPool(FOLDERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                for (MailboxPath path : paths) {
                    MessageManager mailbox = probe.mailboxManager.getMailbox(path, setup);
                    for (int i = 0; i < PER_ROUND; i++) {
                        mailbox.appendMessage(MessageManager.AppendCommand.builder().build(message), setup);
                    }
                    mailbox.setFlags(new Flags(Flags.Flag.DELETED), MessageManager.FlagsUpdateMode.ADD,
                        MessageRange.all(), setup);
                }
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (MailboxPath path : paths) {
                    Callable<Void> expunger = () -> {
                        // one session per folder, as one IMAP connection per folder would have
                        MailboxSession session = probe.mailboxManager.createSystemSession(user);
                        try {
                            MessageManager mailbox = probe.mailboxManager.getMailbox(path, session);
                            go.await();
                            mailbox.expunge(MessageRange.all(), session);
                        } finally {
                            probe.mailboxManager.endProcessingRequest(session);
                        }
                        return null;
                    };
                    done.add(pool.submit(expunger));
                }
                go.countDown();
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
                for (MailboxPath path : paths) {
                    assertThat(probe.mailboxManager.getMailbox(path, setup).getMessageCount(setup))
                        .as("messages left in %s after round %d", path.getName(), round).isZero();
                }
                assertThat(Mono.from(probe.currentQuota.getCurrentMessageCount(root)).block().asLong())
                    .as("current quota message count after round %d", round).isZero();
                assertThat(Mono.from(probe.currentQuota.getCurrentStorage(root)).block().asLong())
                    .as("current quota size after round %d", round).isZero();
            }
        } finally {
            pool.shutdownNow();
        }

        // nothing left locked: the user's mailbox still takes mail
        MessageManager inbox = probe.mailboxManager.getMailbox(paths.get(0), setup);
        inbox.appendMessage(MessageManager.AppendCommand.builder().build(message), setup);
        assertThat(inbox.getMessageCount(setup)).isEqualTo(1);
    }

    /**
     * The three ways IMAP deletes messages, at once for one user: EXPUNGE in one folder, MOVE out of another (copy
     * then delete in one transaction) and DELETE of a whole folder, while another folder is expunged. Usage must
     * always equal what the mailboxes hold, and be zero once everything is gone.
     */
    @Test
    void expungeMoveAndMailboxDeletionAtOnceKeepTheQuotaExact() throws Exception {
        CurrentQuotaRaceIT.Probe probe = james.server().getProbe(CurrentQuotaRaceIT.Probe.class);
        Username user = Username.of(MIXED_USER);
        MailboxSession setup = probe.mailboxManager.createSystemSession(user);
        MailboxPath expunged = MailboxPath.forUser(user, "Trash");
        MailboxPath expunged2 = MailboxPath.forUser(user, "Junk");
        MailboxPath movedFrom = MailboxPath.forUser(user, "Drafts");
        MailboxPath archive = MailboxPath.forUser(user, "Archive");
        MailboxPath deleted = MailboxPath.forUser(user, "Old");
        List<MailboxPath> filled = List.of(expunged, expunged2, movedFrom, deleted);
        probe.mailboxManager.createMailbox(archive, setup);
        for (MailboxPath path : List.of(expunged, expunged2, movedFrom)) {
            probe.mailboxManager.createMailbox(path, setup);
        }
        byte[] message = ("From: a@store.test\r\nTo: " + MIXED_USER + "\r\nSubject: delete race\r\n\r\nbody\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        QuotaRoot root = probe.roots.forUser(user);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                probe.mailboxManager.createMailbox(deleted, setup);
                for (MailboxPath path : filled) {
                    MessageManager mailbox = probe.mailboxManager.getMailbox(path, setup);
                    for (int i = 0; i < PER_ROUND; i++) {
                        mailbox.appendMessage(MessageManager.AppendCommand.builder().build(message), setup);
                    }
                }
                for (MailboxPath path : List.of(expunged, expunged2)) {
                    probe.mailboxManager.getMailbox(path, setup).setFlags(new Flags(Flags.Flag.DELETED),
                        MessageManager.FlagsUpdateMode.ADD, MessageRange.all(), setup);
                }
                CountDownLatch go = new CountDownLatch(1);
                List<Callable<Void>> work = List.of(
                    () -> {
                        inSession(probe, user, go, s -> probe.mailboxManager.getMailbox(expunged, s).expunge(MessageRange.all(), s));
                        return null;
                    },
                    () -> {
                        inSession(probe, user, go, s -> probe.mailboxManager.getMailbox(expunged2, s).expunge(MessageRange.all(), s));
                        return null;
                    },
                    () -> {
                        inSession(probe, user, go, s -> probe.mailboxManager.moveMessages(MessageRange.all(), movedFrom, archive, s));
                        return null;
                    },
                    () -> {
                        inSession(probe, user, go, s -> probe.mailboxManager.deleteMailbox(deleted, s));
                        return null;
                    });
                List<Future<Void>> done = new ArrayList<>();
                for (Callable<Void> w : work) {
                    done.add(pool.submit(w));
                }
                go.countDown();
                for (Future<Void> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
                long archived = probe.mailboxManager.getMailbox(archive, setup).getMessageCount(setup);
                assertThat(archived).as("messages moved to the archive by round %d", round)
                    .isEqualTo((long) (round + 1) * PER_ROUND);
                for (MailboxPath path : List.of(expunged, expunged2, movedFrom)) {
                    assertThat(probe.mailboxManager.getMailbox(path, setup).getMessageCount(setup))
                        .as("messages left in %s after round %d", path.getName(), round).isZero();
                }
                assertThat(Mono.from(probe.mailboxManager.mailboxExists(deleted, setup)).block()).isFalse();
                assertThat(Mono.from(probe.currentQuota.getCurrentMessageCount(root)).block().asLong())
                    .as("current quota message count after round %d", round).isEqualTo(archived);
            }
        } finally {
            pool.shutdownNow();
        }

        MessageManager archived = probe.mailboxManager.getMailbox(archive, setup);
        archived.setFlags(new Flags(Flags.Flag.DELETED), MessageManager.FlagsUpdateMode.ADD, MessageRange.all(), setup);
        archived.expunge(MessageRange.all(), setup);
        assertThat(Mono.from(probe.currentQuota.getCurrentMessageCount(root)).block().asLong()).isZero();
        assertThat(Mono.from(probe.currentQuota.getCurrentStorage(root)).block().asLong()).isZero();
    }

    interface InSession {
        void run(MailboxSession session) throws Exception;
    }

    /** One session per operation, as one IMAP connection per folder would have, ended whatever happens. */
    static void inSession(CurrentQuotaRaceIT.Probe probe, Username user, CountDownLatch go, InSession operation)
        throws Exception {
        MailboxSession session = probe.mailboxManager.createSystemSession(user);
        try {
            go.await();
            operation.run(session);
        } finally {
            probe.mailboxManager.endProcessingRequest(session);
        }
    }
}
