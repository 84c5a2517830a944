package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.EOFException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;

/**
 * A user's size quota holds when several IMAP sessions add to the mailbox at once. James 3.8.1 checks the quota
 * before storing and raises the usage only afterwards, so without a lock from check to raise, parallel APPENDs
 * (or COPYs) all pass the check and the user ends far above the limit (found by review, commit 6e1ec9ae).
 */
class QuotaUnderConcurrencyIT {
    static final String DOMAIN = "spoofguard.test";
    static final String PASSWORD = "secret";
    static final long QUOTA = 100_000;
    static final int CLIENTS = 6; // each message about 60 KB: one fits the 100 KB quota, two do not
    static final Pattern SIZE = Pattern.compile("\"size\"\\s*:\\s*(\\d+)");
    static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension();

    static JamesHarness james;

    @BeforeAll
    static void provision() {
        james = server.harness();
        james.addDomain(DOMAIN);
    }

    @Test
    void parallelAppendsStayWithinTheSizeQuota() throws Exception {
        String carol = user("carol");
        String message = fill(carol);
        List<String> replies = inParallel(carol, c -> c.sendCommand("APPEND INBOX {" + message.length() + "+}\r\n" + message));

        assertThat(replies.stream().filter(QuotaUnderConcurrencyIT::accepted).count()).as("accepted APPENDs: %s", replies).isEqualTo(1);
        assertThat(awaitUsage(carol, 1)[0]).as("stored bytes, size quota %d; answers %s", QUOTA, replies)
            .isLessThanOrEqualTo(QUOTA);
    }

    /** The control: one after the other, the second APPEND is refused. */
    @Test
    void sequentialAppendsStopAtTheSizeQuota() throws Exception {
        String dave = user("dave");
        String message = fill(dave);
        try (TestIMAPClient c = james.imap(dave, PASSWORD)) {
            assertThat(c.sendCommand("APPEND INBOX {" + message.length() + "+}\r\n" + message)).contains(" OK ");
            awaitUsage(dave, 1);
            assertThat(c.sendCommand("APPEND INBOX {" + message.length() + "+}\r\n" + message)).doesNotContain(" OK ");
        }
    }

    /**
     * COPY checks the target's quota the same way: parallel COPYs of a 40 KB message into a 100 KB quota, each into
     * a folder of its own (James locks the target mailbox across a COPY, so COPYs into one folder do not race).
     */
    @Test
    void parallelCopiesStayWithinTheSizeQuota() throws Exception {
        String erin = user("erin");
        String message = "From: " + erin + "\r\nTo: " + erin + "\r\nSubject: fill\r\n\r\n" + ("y".repeat(78) + "\r\n").repeat(500);
        try (TestIMAPClient c = james.imap(erin, PASSWORD)) {
            assertThat(c.sendCommand("APPEND INBOX {" + message.length() + "+}\r\n" + message)).contains(" OK ");
            for (int i = 0; i < CLIENTS; i++) {
                assertThat(c.sendCommand("CREATE folder" + i)).contains(" OK ");
            }
        }
        awaitUsage(erin, 1); // 40 KB used, room for one copy more
        AtomicInteger folders = new AtomicInteger();
        List<String> replies = inParallel(erin, c -> {
            c.sendCommand("SELECT INBOX");
            return c.sendCommand("COPY 1 folder" + folders.getAndIncrement());
        });

        assertThat(replies.stream().filter(QuotaUnderConcurrencyIT::accepted).count()).as("accepted COPYs: %s", replies).isEqualTo(1);
        assertThat(awaitUsage(erin, 2)[0]).as("stored bytes, size quota %d; answers %s", QUOTA, replies)
            .isLessThanOrEqualTo(QUOTA);
    }

    /**
     * A COPY the quota refuses is answered {@code NO [OVERQUOTA]}, as APPEND's is (RFC 9208 §4, response code from
     * RFC 5530): a client can tell "full" from a server fault and say so. James 3.8.1's CopyProcessor answers every
     * MailboxException with a plain NO; UID COPY goes through the same processor.
     */
    @Test
    void copyOverTheQuotaIsAnsweredOverquota() throws Exception {
        String grace = user("grace");
        String message = fill(grace);
        try (TestIMAPClient c = james.imap(grace, PASSWORD)) {
            assertThat(c.sendCommand("APPEND INBOX {" + message.length() + "+}\r\n" + message)).contains(" OK ");
            assertThat(c.sendCommand("CREATE Kept")).contains(" OK ");
            long[] before = awaitUsage(grace, 1); // 60 KB of 100 KB: a second copy does not fit
            c.sendCommand("SELECT INBOX");

            assertThat(tagged(c.sendCommand("COPY 1 Kept"))).contains(" NO [OVERQUOTA]");
            assertThat(tagged(c.sendCommand("UID COPY 1:* Kept"))).contains(" NO [OVERQUOTA]");
            assertThat(awaitUsage(grace, 1)).containsExactly(before);
        }
    }

    /**
     * A COPY of several ranges the quota cannot take whole copies nothing (RFC 3501 §6.4.7: an unsuccessful COPY MUST
     * leave the destination as it was). Three 22 KB messages in a 100 KB quota: one more fits, two do not. James 3.8.1
     * checks and copies range by range, so {@code COPY 1,3} copied 1 and then answered NO [OVERQUOTA], leaving one copy
     * the client was told had failed. The same for UID COPY and with the ranges the other way round. The ranges are not
     * adjacent: James's decoder merges {@code 1,2} into one range {@code 1:2}, which was always checked whole.
     * A range naming no message is refused as BAD before anything is copied too.
     */
    @Test
    void copyOfSeveralRangesOverTheQuotaCopiesNothing() throws Exception {
        String judy = user("judy");
        String message = message(judy, 280);
        try (TestIMAPClient c = james.imap(judy, PASSWORD)) {
            for (int i = 0; i < 3; i++) {
                assertThat(c.sendCommand("APPEND INBOX {" + message.length() + "+}\r\n" + message)).contains(" OK ");
            }
            assertThat(c.sendCommand("CREATE Kept")).contains(" OK ");
            long[] before = awaitUsage(judy, 3); // 67 KB of 100 KB: one more copy fits, two do not
            c.sendCommand("SELECT INBOX");

            for (String copy : List.of("COPY 1,3 Kept", "UID COPY 1,3 Kept", "COPY 3,1 Kept", "UID COPY 1:1,3:* Kept")) {
                assertThat(tagged(c.sendCommand(copy))).as(copy).contains(" NO [OVERQUOTA]");
                assertThat(c.sendCommand("STATUS Kept (MESSAGES)")).as("after " + copy).contains("(MESSAGES 0)");
            }
            assertThat(awaitUsage(judy, 3)).containsExactly(before);

            // a range naming no message is BAD, answered by James after copying the ranges before it
            assertThat(tagged(c.sendCommand("COPY 1,9 Kept"))).contains(" BAD ");
            assertThat(c.sendCommand("STATUS Kept (MESSAGES)")).as("after COPY 1,9").contains("(MESSAGES 0)");

            assertThat(tagged(c.sendCommand("COPY 1 Kept"))).as("one range that fits is still copied").contains(" OK ");
            assertThat(c.sendCommand("STATUS Kept (MESSAGES)")).contains("(MESSAGES 1)");
        }
    }

    /**
     * MOVE is not quota-checked (neither by James 3.8.1 nor by us) because in this server it cannot change anyone's
     * usage: the quota root is the user (DefaultUserQuotaRootResolver, bound in JpaStoreModule), and James 3.8.1's
     * IMAP resolves every mailbox name to the logged-in user's own mailboxes (PathConverter: any other namespace is
     * refused), so source and target of a MOVE always count against the same root. A MOVE at the quota succeeds and
     * leaves the usage exactly as it was; the moved message still counts; and a MOVE into a mailbox of another user
     * who has granted every right (SETACL) is refused before anything moves (answered NO [NOPERM] since
     * OwnMailboxesOnly; James 3.8.1 alone dropped the connection, ForeignMailboxNameIT: either way nothing moves).
     */
    @Test
    void moveCannotChangeAnyUsersUsage() throws Exception {
        String henry = user("henry");
        String ivan = user("ivan");
        String message = fill(henry);
        try (TestIMAPClient owner = james.imap(ivan, PASSWORD)) {
            assertThat(tagged(owner.sendCommand("SETACL INBOX " + henry + " lrswipkxtea"))).contains(" OK ");
        }
        long[] before;
        try (TestIMAPClient c = james.imap(henry, PASSWORD)) {
            assertThat(c.sendCommand("APPEND INBOX {" + message.length() + "+}\r\n" + message)).contains(" OK ");
            assertThat(c.sendCommand("CREATE Kept")).contains(" OK ");
            before = awaitUsage(henry, 1); // a second copy would not fit
            c.sendCommand("SELECT INBOX");

            assertThat(tagged(c.sendCommand("MOVE 1 Kept"))).contains(" OK ");
            assertThat(awaitUsage(henry, 1)).containsExactly(before);
            c.sendCommand("SELECT Kept");
            assertThat(tagged(c.sendCommand("COPY 1 INBOX"))).as("the moved message still counts").contains(" NO [OVERQUOTA]");

        }
        assertThat(lastAnswerOrClosed(henry, "SELECT Kept", "MOVE 1 #user." + ivan + ".INBOX")).doesNotContain(" OK ");
        assertThat(lastAnswerOrClosed(henry, "SELECT Kept", "MOVE 1 #user.ivan.INBOX")).doesNotContain(" OK ");
        assertThat(lastAnswerOrClosed(henry, "SELECT #user." + ivan + ".INBOX")).doesNotContain(" OK ");
        assertThat(awaitUsage(henry, 1)).containsExactly(before);
        assertThat(awaitUsage(ivan, 0)[1]).isZero();
    }

    /**
     * WebAdmin's recompute runs (GatedRecomputeCurrentQuotasService, bound in JpaStoreModule, holds the user's lock
     * across count and set; its race is shown by GatedRecomputeCurrentQuotasServiceTest) and leaves the usage right.
     */
    @Test
    void recomputeThroughWebAdminKeepsTheUsage() throws Exception {
        String frank = user("frank");
        String message = fill(frank);
        try (TestIMAPClient c = james.imap(frank, PASSWORD)) {
            assertThat(c.sendCommand("APPEND INBOX {" + message.length() + "+}\r\n" + message)).contains(" OK ");
        }
        long[] before = awaitUsage(frank, 1);
        String task = james.webadminOk("POST", "/quota/users?task=RecomputeCurrentQuotas", null).body();
        Matcher id = Pattern.compile("\"taskId\"\\s*:\\s*\"([^\"]+)\"").matcher(task);
        assertThat(id.find()).as(task).isTrue();
        String done = james.webadminOk("GET", "/tasks/" + id.group(1) + "/await", null).body();
        assertThat(done).as(done).contains("\"completed\"").contains("\"failedQuotaRoots\":[]");
        assertThat(awaitUsage(frank, 1)).containsExactly(before);
    }

    /** Sends the commands on a session of its own: the last one's tagged answer, or "closed" if James hung up. */
    private static String lastAnswerOrClosed(String user, String... commands) throws Exception {
        try (TestIMAPClient c = james.imap(user, PASSWORD)) {
            String answer = "";
            for (String command : commands) {
                answer = tagged(c.sendCommand(command));
            }
            return answer;
        } catch (EOFException closed) {
            return "closed";
        }
    }

    /** The tagged (last) line of an answer. */
    private static String tagged(String reply) {
        String[] lines = reply.trim().split("\r?\n");
        return lines[lines.length - 1];
    }

    /** The tagged (last) line says OK: untagged lines, e.g. another session's EXISTS, do not count. */
    private static boolean accepted(String reply) {
        return tagged(reply).contains(" OK ");
    }

    interface ImapCall {
        String call(TestIMAPClient client) throws Exception;
    }

    private static String user(String local) {
        String user = local + "@" + DOMAIN;
        james.addUser(user, PASSWORD);
        james.webadminOk("PUT", "/quota/users/" + user + "/size", String.valueOf(QUOTA));
        james.webadminOk("PUT", "/quota/users/" + user + "/count", "1000");
        return user;
    }

    private static String fill(String user) {
        return message(user, 750);
    }

    /** A message of about {@code lines} times 80 bytes. */
    private static String message(String user, int lines) {
        return "From: " + user + "\r\nTo: " + user + "\r\nSubject: fill\r\n\r\n" + ("y".repeat(78) + "\r\n").repeat(lines);
    }

    /** Runs the call on CLIENTS logged-in sessions released at once; returns their tagged answers. */
    private static List<String> inParallel(String user, ImapCall call) throws Exception {
        List<TestIMAPClient> sessions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int i = 0; i < CLIENTS; i++) {
                sessions.add(james.imap(user, PASSWORD));
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (TestIMAPClient c : sessions) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return call.call(c);
                }));
            }
            go.countDown();
            List<String> replies = new ArrayList<>();
            for (Future<String> a : answers) {
                replies.add(a.get(60, TimeUnit.SECONDS).trim());
            }
            return replies;
        } finally {
            pool.shutdownNow();
            for (TestIMAPClient c : sessions) {
                c.close();
            }
        }
    }

    /** Waits until the user's usage counts this many messages; returns {size, count}. */
    private static long[] awaitUsage(String user, long count) {
        long[] usage = new long[2];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String body = james.webadminOk("GET", "/quota/users/" + user, null).body();
            String occupation = body.substring(body.indexOf("\"occupation\""));
            Matcher size = SIZE.matcher(occupation);
            Matcher counted = COUNT.matcher(occupation);
            assertThat(size.find() && counted.find()).as(body).isTrue();
            usage[0] = Long.parseLong(size.group(1));
            usage[1] = Long.parseLong(counted.group(1));
            assertThat(usage[1]).as(body).isEqualTo(count);
        });
        return usage;
    }
}
