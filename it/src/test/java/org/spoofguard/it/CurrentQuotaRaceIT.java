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

import javax.inject.Inject;

import org.apache.james.core.Username;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageManager;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.mailbox.model.QuotaRoot;
import org.apache.james.mailbox.quota.CurrentQuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.utils.GuiceProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;

import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;

/**
 * James 3.8.1's {@code JpaCurrentQuotaManager}, which {@code JpaStoreModule} binds as the current
 * quota, updates a user's usage with an unlocked read-modify-write (find, then merge old+delta). Two mailboxes of one
 * user written at once (a delivery to INBOX while the user's client APPENDs to Sent or expunges Trash; Sieve filing
 * into another folder) lose updates: the stored usage drifts from what the mailboxes hold, and with quotas enforced
 * at RCPT ({@code 452 mailbox full}) a user whose usage drifted up is refused mail although the mailbox has room, one
 * whose usage drifted down goes over the limit. Nothing recomputes it by itself.
 */
class CurrentQuotaRaceIT {
    static final String USER = "quota-race@store.test";
    static final int THREADS = 6;
    static final int PER_THREAD = 25;

    static JamesHarness james;

    public static class Probe implements GuiceProbe {
        final MailboxManager mailboxManager;
        final CurrentQuotaManager currentQuota;
        final UserQuotaRootResolver roots;

        @Inject
        public Probe(MailboxManager mailboxManager, CurrentQuotaManager currentQuota, UserQuotaRootResolver roots) {
            this.mailboxManager = mailboxManager;
            this.currentQuota = currentQuota;
            this.roots = roots;
        }
    }

    static final Module PROBE = binder -> Multibinder.newSetBinder(binder, GuiceProbe.class).addBinding().to(Probe.class);

    @BeforeAll
    static void start() throws Exception {
        james = new JamesHarness().with(PROBE).start();
        james.addDomain("store.test").addUser(USER, "secret");
    }

    @AfterAll
    static void stop() throws Exception {
        if (james != null) {
            james.close();
        }
    }

    @Test
    void concurrentWritesToTwoMailboxesOfOneUserKeepTheCurrentQuotaExact() throws Exception {
        Probe probe = james.server().getProbe(Probe.class);
        Username user = Username.of(USER);
        MailboxSession setup = probe.mailboxManager.createSystemSession(user);
        List<MailboxPath> paths = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            MailboxPath path = MailboxPath.forUser(user, "folder" + t);
            probe.mailboxManager.createMailbox(path, setup);
            paths.add(path);
        }
        byte[] message = ("From: a@store.test\r\nTo: " + USER + "\r\nSubject: race\r\n\r\nbody\r\n")
            .getBytes(StandardCharsets.US_ASCII);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (MailboxPath path : paths) {
            Callable<Void> writer = () -> {
                MailboxSession session = probe.mailboxManager.createSystemSession(user);
                MessageManager mailbox = probe.mailboxManager.getMailbox(path, session);
                go.await();
                for (int i = 0; i < PER_THREAD; i++) {
                    mailbox.appendMessage(MessageManager.AppendCommand.builder().build(message), session);
                }
                probe.mailboxManager.endProcessingRequest(session);
                return null;
            };
            done.add(pool.submit(writer));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        long stored = 0;
        for (MailboxPath path : paths) {
            MessageManager mailbox = probe.mailboxManager.getMailbox(path, setup);
            stored += mailbox.getMessageCount(setup);
        }
        assertThat(stored).as("messages in the mailboxes").isEqualTo((long) THREADS * PER_THREAD);

        QuotaRoot root = probe.roots.forUser(user);
        // the quota listener runs inside the append; give any asynchronous part a moment anyway
        Thread.sleep(2000);
        long counted = reactor.core.publisher.Mono.from(probe.currentQuota.getCurrentMessageCount(root)).block().asLong();
        assertThat(counted).as("current quota message count of %s after %d concurrent appends", USER, stored)
            .isEqualTo(stored);
        // Concurrent deletes (expunge, move, folder deletion) and the quota after them: ConcurrentExpungeIT.
    }
}
