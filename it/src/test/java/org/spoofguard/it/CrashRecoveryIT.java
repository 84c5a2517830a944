package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.mail.FetchProfile;
import javax.mail.Folder;
import javax.mail.Message;
import javax.mail.Session;
import javax.mail.Store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.ForkedServer;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.TestDatabase;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * "A 250 means the mail is on disk": the persistent server is loaded over several SMTP sessions, stopped in the
 * middle (SIGKILL, or SIGTERM as Ctrl-C would), and started again on the same data. Every message that got its
 * 250 must then be in a mailbox, in a queue or in a repository. Duplicates are reported; James's spool is
 * at-least-once (a mail being processed when the JVM died is processed again), so at most one per spool thread
 * that was busy at the kill is explained.
 */
class CrashRecoveryIT {
    private static final String DOMAIN = "crash.test";
    private static final String PASSWORD = "crash-password";
    private static final int USERS = 6;
    private static final int SESSIONS = 4;
    private static final int PER_SESSION = 80;
    /** conf/mailetcontainer.xml's spooler threads: the most mails that can be mid-processing at a kill. */
    private static final int SPOOL_THREADS = 20;
    private static final Pattern TOKEN = Pattern.compile("crash-token-[0-9]+-[0-9]+");

    private Path root;
    private Path conf;
    private Path data;
    private LoopbackDnsServer dns;
    private TestDatabase database;
    private ForkedServer server;

    @BeforeEach
    void setUp() throws IOException {
        database = TestDatabase.forThisRun();
        root = Files.createTempDirectory("spoofguard-crash");
        conf = root.resolve("conf");
        data = root.resolve("data");
        JamesHarness.copyTree(JamesHarness.REPOSITORY_CONF, conf);
        dns = LoopbackDnsServer.start();
        Path properties = conf.resolve("spoofguard.properties");
        String text = Files.readString(properties);
        text = JamesHarness.withProperty(text, "dns.servers", dns.hostAndPort());
        text = JamesHarness.withProperty(text, "dns.timeout", "1s");
        Files.writeString(properties, JamesHarness.withProperty(text, "dns.retries", "0"));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (server != null) {
            server.close();
        }
        dns.close();
        database.drop();
        // the server's logs are kept for a failed or slow run: target/crash-recovery-logs/
        ForkedServer.keepLogsAndDelete(root, "crash-recovery-logs");
    }

    @Test
    void everyAcceptedMailSurvivesKillMinus9() throws Exception {
        runScenario(true);
    }

    @Test
    void everyAcceptedMailSurvivesGracefulStop() throws Exception {
        runScenario(false);
    }

    /**
     * A restart that finds many mails in the spool: all spool threads hit the store at once in a fresh JVM. With
     * OpenJPA resolving mappings lazily, that deadlocked (a thread holding the metadata lock waiting for a pooled
     * connection held by threads waiting for that lock) and nothing was delivered after the restart.
     */
    @Test
    void aRestartWithABacklogInTheSpoolDeliversIt() throws Exception {
        startAndProvision();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicBoolean serverGone = new AtomicBoolean();
        ExecutorService sessions = Executors.newFixedThreadPool(8);
        int smtpPort = server.smtpPort();
        for (int s = 0; s < 8; s++) {
            int session = s;
            sessions.submit(() -> send(smtpPort, session, 30, accepted, serverGone));
        }
        sessions.shutdown();
        assertThat(sessions.awaitTermination(180, TimeUnit.SECONDS)).isTrue();
        String spool = server.webadmin("GET", "/mailQueues/spool", null).body();
        serverGone.set(true);
        server.kill();
        System.out.printf("CrashRecoveryIT[backlog, %s]: %d accepted, spool at the kill: %s%n",
            database.isPostgres() ? "PostgreSQL" : "Derby", accepted.size(), spool);
        assertThat(accepted).hasSize(8 * 30);

        server = ForkedServer.start(conf, data, database.url(), root.resolve("server-restarted.log"));
        Map<String, Integer> found = waitForDelivery(accepted);
        Set<String> missing = new java.util.TreeSet<>(accepted);
        missing.removeAll(found.keySet());
        assertThat(missing).as("accepted before the kill, not delivered after the restart").isEmpty();
    }

    private void startAndProvision() throws Exception {
        server = ForkedServer.start(conf, data, database.url(), root.resolve("server.log"));
        ok(server.webadmin("PUT", "/domains/" + DOMAIN, null));
        for (int u = 0; u < USERS; u++) {
            ok(server.webadmin("PUT", "/users/" + user(u), "{\"password\":\"" + PASSWORD + "\"}"));
        }
    }

    private void runScenario(boolean hardKill) throws Exception {
        startAndProvision();

        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicBoolean serverGone = new AtomicBoolean();
        ExecutorService sessions = Executors.newFixedThreadPool(SESSIONS);
        int smtpPort = server.smtpPort();
        for (int s = 0; s < SESSIONS; s++) {
            int session = s;
            sessions.submit(() -> send(smtpPort, session, PER_SESSION, accepted, serverGone));
        }
        // Stop the server in the middle of the load: about half of the messages accepted, sessions still sending.
        int total = SESSIONS * PER_SESSION;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (accepted.size() < total / 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(accepted.size()).as("accepted before the stop").isGreaterThanOrEqualTo(total / 2);
        serverGone.set(true);
        if (hardKill) {
            server.kill();
        } else {
            assertThat(server.terminate()).as("exit status after SIGTERM").isNotEqualTo(137);
            assertThat(Files.readString(server.log())).contains("JAMES server stopped");
        }
        sessions.shutdown();
        assertThat(sessions.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        int acceptedAtStop = accepted.size();
        System.out.printf("CrashRecoveryIT[%s, %s]: %d of %d attempted messages got 250 before the stop%n",
            hardKill ? "SIGKILL" : "SIGTERM", database.isPostgres() ? "PostgreSQL" : "Derby", acceptedAtStop, total);

        server = ForkedServer.start(conf, data, database.url(), root.resolve("server-restarted.log"));
        Map<String, Integer> found = waitForDelivery(accepted);

        Set<String> missing = new java.util.TreeSet<>(accepted);
        missing.removeAll(found.keySet());
        Map<String, Integer> duplicates = new HashMap<>();
        found.forEach((token, count) -> {
            if (count > 1) {
                duplicates.put(token, count);
            }
        });
        System.out.printf("CrashRecoveryIT[%s, %s]: after restart %d accepted messages found, %d missing, %d duplicated %s%n",
            hardKill ? "SIGKILL" : "SIGTERM", database.isPostgres() ? "PostgreSQL" : "Derby",
            accepted.size() - missing.size(), missing.size(), duplicates.size(), duplicates);
        assertThat(missing).as("messages that got 250 but are nowhere after the restart").isEmpty();
        assertThat(duplicates.size()).as("duplicates beyond James's at-least-once spool (one per busy spool thread)")
            .isLessThanOrEqualTo(hardKill ? SPOOL_THREADS : 0);
        // Users and the domain are in the store, not in memory.
        assertThat(server.webadmin("GET", "/domains/" + DOMAIN, null).statusCode()).isEqualTo(204);
    }

    private static void send(int port, int session, int messages, Set<String> accepted, AtomicBoolean serverGone) {
        try (SmtpTestClient smtp = SmtpTestClient.connect(port)) {
            smtp.ehlo("load" + session + ".example.net");
            for (int i = 0; i < messages; i++) {
                String token = "crash-token-" + session + "-" + i;
                String rcpt = user((session + i) % USERS);
                if (!smtp.mailFrom("sender" + session + "@example.net").isPositive()
                    || !smtp.rcptTo(rcpt).isPositive()) {
                    smtp.command("RSET");
                    continue;
                }
                SmtpReply reply = smtp.data("From: sender" + session + "@example.net\r\nTo: " + rcpt + "\r\n"
                    + "Subject: crash test " + token + "\r\nX-Crash-Token: " + token + "\r\n"
                    + "Message-ID: <" + token + "@example.net>\r\n\r\n"
                    + "Body of " + token + "\r\n" + "x".repeat(2000) + "\r\n");
                if (reply.code() == 250) {
                    accepted.add(token);
                }
            }
            smtp.quit();
        } catch (IOException e) {
            if (!serverGone.get()) {
                throw new IllegalStateException("SMTP session " + session + " failed before the stop", e);
            }
        }
    }

    /**
     * Waits until the spool is empty and the mailboxes stop growing, then counts each token in mailboxes and
     * repositories (the error repository, quarantine...: wherever James may have put a mail).
     */
    private Map<String, Integer> waitForDelivery(Set<String> accepted) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        Map<String, Integer> found = Map.of();
        int stableRounds = 0;
        int lastTotal = -1;
        while (Instant.now().isBefore(deadline)) {
            found = countTokens();
            int totalFound = found.values().stream().mapToInt(Integer::intValue).sum();
            boolean allThere = found.keySet().containsAll(accepted);
            stableRounds = totalFound == lastTotal ? stableRounds + 1 : 0;
            lastTotal = totalFound;
            // Done when the spool is drained and either everything is there or nothing has moved for 5 s.
            if ((allThere || stableRounds >= 5) && spoolEmpty()) {
                break;
            }
            Thread.sleep(1000);
        }
        return found;
    }

    private boolean spoolEmpty() {
        String body = server.webadmin("GET", "/mailQueues/spool", null).body();
        return body.contains("\"size\":0");
    }

    private Map<String, Integer> countTokens() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        Properties properties = JamesHarness.javaMailImaps(JamesHarness.clientTls(data));
        Session session = Session.getInstance(properties);
        for (int u = 0; u < USERS; u++) {
            try (Store store = session.getStore("imaps")) {
                store.connect("127.0.0.1", server.imapPort(), user(u), PASSWORD);
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                Message[] messages = inbox.getMessages();
                FetchProfile profile = new FetchProfile();
                profile.add("X-Crash-Token");
                inbox.fetch(messages, profile);
                for (Message message : messages) {
                    String[] values = message.getHeader("X-Crash-Token");
                    if (values != null) {
                        counts.merge(values[0].trim(), 1, Integer::sum);
                    }
                }
                inbox.close(false);
            }
        }
        // Repositories and queues on disk (file:// repositories, the ActiveMQ blob store): a token there is kept.
        List<Path> files = new ArrayList<>();
        Path mail = data.resolve("var/mail");
        if (Files.isDirectory(mail)) {
            try (Stream<Path> paths = Files.walk(mail)) {
                paths.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        for (Path file : files) {
            Matcher matcher = TOKEN.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            Set<String> inFile = new java.util.HashSet<>();
            while (matcher.find()) {
                inFile.add(matcher.group());
            }
            inFile.forEach(token -> counts.merge(token, 1, Integer::sum));
        }
        return counts;
    }

    private static String user(int u) {
        return "user" + u + "@" + DOMAIN;
    }

    private static void ok(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode() / 100).as(response.body()).isEqualTo(2);
    }
}
