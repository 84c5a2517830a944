package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;

/**
 * James's quota counts messages and bytes, not mailboxes: without a cap one IMAP user can CREATE folders without
 * end, and every LIST "*", STATUS and quota recompute of theirs reads them all. mailbox.maxPerUser caps it, parents
 * created by a deep CREATE included, and parallel CREATEs at the cap do not all pass.
 */
class MailboxCountLimitIT {
    static final String DOMAIN = "spoofguard.test";
    static final String PASSWORD = "secret";
    static final int MAX = 9; // login provisions 7 (INBOX, Outbox, Sent, Trash, Drafts, Archive, Spam)
    static final int DEFAULTS = 7;
    static final int CLIENTS = 6;

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension(h -> h.patch("james-database.properties",
        p -> JamesHarness.withProperty(p, "mailbox.maxPerUser", String.valueOf(MAX))));

    static JamesHarness james;

    @BeforeAll
    static void provision() {
        james = server.harness();
        james.addDomain(DOMAIN);
    }

    @Test
    void createStopsAtTheCapWithANo() throws Exception {
        String alice = user("alice");
        try (TestIMAPClient c = james.imap(alice, PASSWORD)) {
            for (int i = DEFAULTS; i < MAX; i++) {
                assertThat(lastLine(c.sendCommand("CREATE f" + i))).contains(" OK ");
            }
            String refused = lastLine(c.sendCommand("CREATE one-too-many"));
            assertThat(refused).contains(" NO ");
            assertThat(c.sendCommand("LIST \"\" \"*\"")).doesNotContain("one-too-many");
        }
    }

    /** a.b.c makes a and a.b too: a deep CREATE must not add several mailboxes past the cap. */
    @Test
    void parentsCreatedOnTheWayCount() throws Exception {
        String bob = user("bob");
        try (TestIMAPClient c = james.imap(bob, PASSWORD)) {
            assertThat(lastLine(c.sendCommand("CREATE a.b.c"))).contains(" NO "); // 7 + 3 > 9
            assertThat(c.sendCommand("LIST \"\" \"a*\"")).doesNotContain("* LIST");
            assertThat(lastLine(c.sendCommand("CREATE a.b"))).contains(" OK ");
        }
    }

    @Test
    void parallelCreatesStayWithinTheCap() throws Exception {
        String carol = user("carol");
        try (TestIMAPClient c = james.imap(carol, PASSWORD)) {
            for (int i = DEFAULTS; i < MAX - 1; i++) {
                assertThat(lastLine(c.sendCommand("CREATE f" + i))).contains(" OK ");
            }
        }
        List<TestIMAPClient> sessions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int i = 0; i < CLIENTS; i++) {
                sessions.add(james.imap(carol, PASSWORD));
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                TestIMAPClient session = sessions.get(i);
                String name = "p" + i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return lastLine(session.sendCommand("CREATE " + name));
                }));
            }
            go.countDown();
            List<String> replies = new ArrayList<>();
            for (Future<String> a : answers) {
                replies.add(a.get(60, TimeUnit.SECONDS));
            }
            assertThat(replies.stream().filter(r -> r.contains(" OK ")).count()).as("accepted CREATEs: %s", replies).isEqualTo(1);
        } finally {
            pool.shutdownNow();
            for (TestIMAPClient s : sessions) {
                s.close();
            }
        }
        try (TestIMAPClient c = james.imap(carol, PASSWORD)) {
            String list = c.sendCommand("LIST \"\" \"*\"");
            assertThat(list.lines().filter(l -> l.startsWith("* LIST")).count()).as(list).isEqualTo(MAX);
        }
    }

    private static String lastLine(String reply) {
        String[] lines = reply.trim().split("\r?\n");
        return lines[lines.length - 1];
    }

    private static String user(String local) {
        String user = local + "@" + DOMAIN;
        james.addUser(user, PASSWORD);
        return user;
    }
}
