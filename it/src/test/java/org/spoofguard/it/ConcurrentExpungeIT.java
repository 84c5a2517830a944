package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.mail.Flags;

import org.apache.james.core.Username;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageManager;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.mailbox.model.QuotaRoot;
import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;

import reactor.core.publisher.Mono;

/**
 * One user's client expunging several folders at once (a mail client emptying Trash and Junk while another device
 * expunges INBOX). On embedded Derby James 3.8.1's {@code JPAMessageMapper.deleteMessages} takes JAMES_MAIL row locks
 * and, through the cascade, a JAMES_MAIL_PROPERTY table lock: two such transactions deadlock and Derby fails one of
 * them (the client gets {@code NO EXPUNGE processing failed}). Derby undoes the victim's work and frees its locks, but
 * James's {@code TransactionalMapper} rolls back only on a {@code MailboxException}, so the victim's JPA transaction
 * stays marked open on the session's EntityManager (on PostgreSQL, whose failed transaction keeps its locks until
 * rolled back, with its locks). Every expunge must succeed, nothing may stay behind, the quota must be back at exactly
 * zero and the user's mailbox must take mail afterwards.
 */
class ConcurrentExpungeIT {
    static final String USER = "expunge-race@store.test";
    static final String MIXED_USER = "delete-race@store.test";
    static final String IMAP_USER = "imap-race@store.test";
    static final int FOLDERS = 4;
    static final int ROUNDS = 3;
    static final int PER_ROUND = 8;

    static JamesHarness james;

    @BeforeAll
    static void start() throws Exception {
        james = new JamesHarness().with(CurrentQuotaRaceIT.PROBE).start();
        james.addDomain("store.test").addUser(USER, "secret").addUser(MIXED_USER, "secret").addUser(IMAP_USER, "secret");
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

    /**
     * What an IMAP client sees: four connections of one user, each with its own folder selected, EXPUNGE at once and
     * stay connected (James ends a connection's EntityManager only when it closes, so a transaction leaked by a
     * failed EXPUNGE would hold its locks as long). Every EXPUNGE answers OK, and an APPEND on a fifth connection is
     * stored at once rather than waiting on locks left behind.
     */
    @Test
    void imapExpungesOnSeveralConnectionsAnswerOkAndLeaveNothingLocked() throws Exception {
        CurrentQuotaRaceIT.Probe probe = james.server().getProbe(CurrentQuotaRaceIT.Probe.class);
        Username user = Username.of(IMAP_USER);
        MailboxSession setup = probe.mailboxManager.createSystemSession(user);
        byte[] message = ("From: a@store.test\r\nTo: " + IMAP_USER + "\r\nSubject: imap race\r\n\r\nbody\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        List<String> folders = new ArrayList<>();
        for (int f = 0; f < FOLDERS; f++) {
            MailboxPath path = MailboxPath.forUser(user, "imap" + f);
            probe.mailboxManager.createMailbox(path, setup);
            MessageManager mailbox = probe.mailboxManager.getMailbox(path, setup);
            for (int i = 0; i < PER_ROUND; i++) {
                mailbox.appendMessage(MessageManager.AppendCommand.builder().build(message), setup);
            }
            folders.add(path.getName());
        }
        List<TestIMAPClient> connections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(FOLDERS);
        try {
            for (String folder : folders) {
                TestIMAPClient imap = james.imap(IMAP_USER, "secret");
                imap.select(folder);
                imap.setFlagsForAllMessagesInMailbox("\\Deleted");
                connections.add(imap);
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> replies = new ArrayList<>();
            for (TestIMAPClient imap : connections) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return imap.sendCommand("EXPUNGE");
                }));
            }
            go.countDown();
            List<String> got = new ArrayList<>();
            for (Future<String> reply : replies) {
                got.add(reply.get(60, TimeUnit.SECONDS).trim());
            }

            // the four connections are still open
            String appended;
            try (TestIMAPClient fifth = james.imap(IMAP_USER, "secret")) {
                Future<?> append = pool.submit(() -> {
                    fifth.append("INBOX", "From: b@store.test\r\nSubject: after\r\n\r\nstill takes mail\r\n");
                    return null;
                });
                try {
                    append.get(15, TimeUnit.SECONDS);
                    appended = fifth.getMessageCount("INBOX") + " message(s) in INBOX";
                } catch (TimeoutException e) {
                    appended = "APPEND still waiting after 15 s";
                } catch (ExecutionException e) {
                    appended = "APPEND failed: " + e.getCause();
                }
            }
            assertThat(got).as("EXPUNGE replies (then: %s)", appended).allMatch(r -> r.contains("OK EXPUNGE completed"));
            assertThat(appended).isEqualTo("1 message(s) in INBOX");
            QuotaRoot root = probe.roots.forUser(user);
            assertThat(Mono.from(probe.currentQuota.getCurrentMessageCount(root)).block().asLong())
                .as("current quota: only the appended message").isEqualTo(1);
        } finally {
            pool.shutdownNow();
            for (TestIMAPClient imap : connections) {
                imap.close();
            }
        }
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
