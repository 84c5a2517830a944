package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * James's quota counts messages and bytes, not mailboxes: without a cap one IMAP user can CREATE folders without
 * end, and every LIST "*", STATUS and quota recompute of theirs reads them all. mailbox.maxPerUser caps it, parents
 * created by a deep CREATE included, and parallel CREATEs at the cap do not all pass. A refusal is RFC 5530's
 * {@code NO [LIMIT]}, not James's generic failure, and is no ERROR in the log (it is the user's doing, not the server's).
 * RENAME of INBOX makes a new, empty INBOX (RFC 3501 §6.3.5): at the cap it is refused before anything moves.
 */
class MailboxCountLimitIT {
    static final String DOMAIN = "spoofguard.test";
    static final String PASSWORD = "secret";
    static final int MAX = 9; // login provisions 7 (INBOX, Outbox, Sent, Trash, Drafts, Archive, Spam)
    static final int DEFAULTS = 7;
    static final int CLIENTS = 6;
    static final String LIMIT_TEXT = "failed. Too many mailboxes: at most " + MAX + " per user"
        + " / For mange mapper: maks. " + MAX + " pr. bruger";
    /** The IMAP loggers: James's processors (whose generic failure logs at ERROR) and SpoofGuard's. */
    static final List<String> IMAP_LOGGERS = List.of("org.apache.james.imap", "org.spoofguard");
    static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension(h -> h.patch("james-database.properties",
        p -> JamesHarness.withProperty(p, "mailbox.maxPerUser", String.valueOf(MAX))));

    static JamesHarness james;

    @BeforeAll
    static void provision() {
        LOG.start();
        for (String logger : IMAP_LOGGERS) {
            ((Logger) LoggerFactory.getLogger(logger)).addAppender(LOG);
        }
        james = server.harness();
        james.addDomain(DOMAIN);
    }

    @Test
    void createStopsAtTheCapWithANo() throws Exception {
        String alice = user("alice");
        try (TestIMAPClient c = james.imap(alice, PASSWORD)) {
            createUpTo(c, MAX);
            String refused = lastLine(c.sendCommand("CREATE one-too-many"));
            assertThat(refused).matches(limit("CREATE"));
            assertThat(c.sendCommand("LIST \"\" \"*\"")).doesNotContain("one-too-many");
        }
        // the refusal's log lines were written before the LIST on the same connection was answered
        assertThat(logged("one-too-many")).as("log lines about the refused CREATE")
            .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
            .hasSize(1);
    }

    /** a.b.c makes a and a.b too: a deep CREATE must not add several mailboxes past the cap. */
    @Test
    void parentsCreatedOnTheWayCount() throws Exception {
        String bob = user("bob");
        try (TestIMAPClient c = james.imap(bob, PASSWORD)) {
            assertThat(lastLine(c.sendCommand("CREATE a.b.c"))).matches(limit("CREATE")); // 7 + 3 > 9
            assertThat(c.sendCommand("LIST \"\" \"a*\"")).doesNotContain("* LIST");
            assertThat(lastLine(c.sendCommand("CREATE a.b"))).contains(" OK ");
        }
    }

    @Test
    void parallelCreatesStayWithinTheCap() throws Exception {
        String carol = user("carol");
        try (TestIMAPClient c = james.imap(carol, PASSWORD)) {
            createUpTo(c, MAX - 1);
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

    /**
     * RENAME INBOX moves its messages to the new name and leaves a new, empty INBOX: one mailbox more. At the cap James
     * renamed first and then failed to make the INBOX, leaving the user without one (where delivery goes).
     */
    @Test
    void renamingTheInboxAtTheCapIsRefusedAndTheInboxStays() throws Exception {
        String dave = user("dave");
        try (TestIMAPClient c = james.imap(dave, PASSWORD)) {
            createUpTo(c, MAX);
            assertThat(lastLine(c.sendCommand("RENAME INBOX dave-old-inbox"))).matches(limit("RENAME"));
            String list = c.sendCommand("LIST \"\" \"*\"");
            assertThat(list).doesNotContain("dave-old-inbox").contains("\"INBOX\"");
            assertThat(listed(list)).as(list).isEqualTo(MAX);
        }
        assertThat(logged("dave-old-inbox")).as("log lines about the refused RENAME")
            .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
            .hasSize(1);
    }

    /** Below the cap RENAME INBOX works as RFC 3501 says: the old one under its new name, a new empty INBOX. */
    @Test
    void renamingTheInboxBelowTheCapLeavesANewInbox() throws Exception {
        String erin = user("erin");
        try (TestIMAPClient c = james.imap(erin, PASSWORD)) {
            assertThat(lastLine(c.sendCommand("RENAME INBOX old-inbox"))).contains(" OK ");
            String list = c.sendCommand("LIST \"\" \"*\"");
            assertThat(list).contains("old-inbox").contains("\"INBOX\"");
            assertThat(listed(list)).as(list).isEqualTo(DEFAULTS + 1);
        }
    }

    /**
     * James 3.8.1 moves a renamed mailbox (and its children) to the new name without creating the new name's
     * missing parents, so RENAME f7 x.y.z.new adds no mailbox and is allowed at the cap; a later CREATE of a parent
     * counts as one.
     */
    @Test
    void aDeepRenameAtTheCapAddsNoMailbox() throws Exception {
        String frank = user("frank");
        try (TestIMAPClient c = james.imap(frank, PASSWORD)) {
            createUpTo(c, MAX);
            assertThat(lastLine(c.sendCommand("RENAME f" + DEFAULTS + " x.y.z.new"))).contains(" OK ");
            String list = c.sendCommand("LIST \"\" \"*\"");
            assertThat(list).contains("x.y.z.new");
            assertThat(listed(list)).as(list).isEqualTo(MAX);
            assertThat(lastLine(c.sendCommand("CREATE x.y"))).matches(limit("CREATE"));
        }
    }

    /** Parallel CREATEs and RENAME INBOXes one below the cap: one passes, the user keeps an INBOX. */
    @Test
    void parallelRenamesOfTheInboxAndCreatesStayWithinTheCap() throws Exception {
        String grace = user("grace");
        try (TestIMAPClient c = james.imap(grace, PASSWORD)) {
            createUpTo(c, MAX - 1);
        }
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            commands.add(i % 2 == 0 ? "RENAME INBOX r" + i : "CREATE p" + i);
        }
        List<String> replies = inParallel(grace, commands);
        assertThat(replies.stream().filter(r -> r.contains(" OK ")).count()).as("accepted: %s", replies).isEqualTo(1);
        assertThat(replies).as("refused").filteredOn(r -> !r.contains(" OK "))
            .allMatch(r -> limit("RENAME").matcher(r).matches() || limit("CREATE").matcher(r).matches());
        try (TestIMAPClient c = james.imap(grace, PASSWORD)) {
            String list = c.sendCommand("LIST \"\" \"*\"");
            assertThat(listed(list)).as(list).isEqualTo(MAX);
            assertThat(list.lines()).as(list).anyMatch(l -> l.startsWith("* LIST") && l.endsWith(" \"INBOX\""));
        }
    }

    /**
     * RFC 3501 §6.3.4: "It is an error to attempt to delete the name INBOX". James 3.8.1 deleted it, with its mail;
     * the user then had one mailbox fewer and could CREATE another in its place, up to the cap.
     */
    @Test
    void deletingTheInboxIsRefusedAndItsMailStays() throws Exception {
        String heidi = user("heidi");
        try (TestIMAPClient c = james.imap(heidi, PASSWORD)) {
            c.append("INBOX", "From: a@example.com\r\nSubject: kept\r\n\r\nbody\r\n");
            for (String name : List.of("INBOX", "inbox")) {
                assertThat(lastLine(c.sendCommand("DELETE " + name)))
                    .matches("\\S+ NO \\[CANNOT\\] DELETE failed\\. INBOX cannot be deleted / INBOX kan ikke slettes");
            }
            assertThat(c.getMessageCount("INBOX")).isEqualTo(1);
        }
        assertThat(logged("NO [CANNOT]")).as("log lines about the refused DELETEs")
            .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
            .hasSize(2);
    }

    /**
     * A user whose INBOX is gone (removed through WebAdmin, or by James's own DELETE INBOX before it was refused) and
     * who is at the cap: the INBOX is where delivery goes and what IMAP login makes when missing, so making it is
     * never refused. Refused, the login itself failed ("NO LOGIN processing failed") and delivery waited in the queue.
     */
    @Test
    void aUserAtTheCapWithoutAnInboxGetsItBackAtLogin() throws Exception {
        String ivan = user("ivan");
        try (TestIMAPClient c = james.imap(ivan, PASSWORD)) {
            createUpTo(c, MAX);
        }
        // through WebAdmin, not IMAP: an IMAP login would make the missing INBOX first
        james.webadminOk("DELETE", "/users/" + ivan + "/mailboxes/INBOX", null);
        james.webadminOk("PUT", "/users/" + ivan + "/mailboxes/f" + MAX, null); // at the cap again, no INBOX
        try (TestIMAPClient c = james.imap(ivan, PASSWORD)) {
            String list = c.sendCommand("LIST \"\" \"*\"");
            assertThat(list.lines()).as(list).anyMatch(l -> l.startsWith("* LIST") && l.endsWith(" \"INBOX\""));
            assertThat(listed(list)).as(list).isEqualTo(MAX + 1);
            assertThat(lastLine(c.sendCommand("SELECT INBOX"))).contains(" OK ");
        }
    }

    /**
     * WebAdmin's mailbox creation ({@code PUT /users/{user}/mailboxes/{name}}) is held to the same cap; past it the
     * admin gets 409 naming the cap and where it is set, not James 3.8.1's 500 "unexpected internal error".
     */
    @Test
    void webAdminCreationOverTheCapIsA409NamingTheCap() throws Exception {
        String kate = user("kate");
        try (TestIMAPClient c = james.imap(kate, PASSWORD)) {
            assertThat(lastLine(c.sendCommand("NOOP"))).contains(" OK "); // login made the 7 defaults
        }
        for (int i = DEFAULTS; i < MAX; i++) {
            assertThat(james.webadmin("PUT", "/users/" + kate + "/mailboxes/w" + i, null).statusCode()).isEqualTo(204);
        }
        var refused = james.webadmin("PUT", "/users/" + kate + "/mailboxes/one-too-many", null);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("\"type\":\"WrongState\"")
            .contains("would exceed the limit of " + MAX + " (mailbox.maxPerUser in conf/james-database.properties)"
                + " / For mange mapper: maks. " + MAX + " pr. bruger");
        assertThat(james.webadminOk("GET", "/users/" + kate + "/mailboxes", null).body()).doesNotContain("one-too-many");
    }

    /** CREATEs f7, f8, ... over the login's default mailboxes until the user has {@code total}; each must pass. */
    private static void createUpTo(TestIMAPClient c, int total) throws Exception {
        for (int i = DEFAULTS; i < total; i++) {
            assertThat(lastLine(c.sendCommand("CREATE f" + i))).contains(" OK ");
        }
    }

    /** Sends each command on its own session of {@code user}, all at once; the tagged replies in order. */
    private static List<String> inParallel(String user, List<String> commands) throws Exception {
        List<TestIMAPClient> sessions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(commands.size());
        try {
            for (int i = 0; i < commands.size(); i++) {
                sessions.add(james.imap(user, PASSWORD));
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                TestIMAPClient session = sessions.get(i);
                String command = commands.get(i);
                answers.add(pool.submit(() -> {
                    go.await();
                    return lastLine(session.sendCommand(command));
                }));
            }
            go.countDown();
            List<String> replies = new ArrayList<>();
            for (Future<String> a : answers) {
                replies.add(a.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
            for (TestIMAPClient s : sessions) {
                s.close();
            }
        }
    }

    /** The tagged refusal of {@code command} over the cap, exactly. */
    private static Pattern limit(String command) {
        return Pattern.compile("\\S+ NO \\[LIMIT\\] " + command + " " + Pattern.quote(LIMIT_TEXT));
    }

    private static long listed(String list) {
        return list.lines().filter(l -> l.startsWith("* LIST")).count();
    }

    /** What the IMAP loggers said at INFO or above about {@code mailbox} (in the message or the MDC). */
    private static List<ILoggingEvent> logged(String mailbox) {
        synchronized (LOG) {
            return List.copyOf(LOG.list).stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .filter(e -> e.getFormattedMessage().contains(mailbox) || e.getMDCPropertyMap().values().stream()
                    .anyMatch(v -> v != null && v.contains(mailbox)))
                .toList();
        }
    }

    @AfterAll
    static void detachLog() {
        for (String logger : IMAP_LOGGERS) {
            ((Logger) LoggerFactory.getLogger(logger)).detachAppender(LOG);
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
