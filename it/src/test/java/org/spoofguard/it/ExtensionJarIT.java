package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.ThreadDump;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * Deployment into an existing James: a stock James 3.8.1 memory server (its own main class, a class path
 * without any SpoofGuard class), and our persistent James without SpoofGuard's checks, each load SpoofGuard
 * only from the shaded jar dropped into {@code extensions-jars/}, and our hook, matcher and mailet act on a
 * real SMTP transaction.
 */
class ExtensionJarIT {
    @TempDir
    Path work;
    Process james;
    final List<String> output = new CopyOnWriteArrayList<>();

    /**
     * SIGKILL: what this class checks is done, and a graceful stop (James waits out Netty's 2 s quiet period per
     * listener, then its spooler) only made each test longer. The graceful stop is CrashRecoveryIT's.
     */
    @AfterEach
    void stop() throws Exception {
        if (james != null) {
            james.destroyForcibly();
            james.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void stockJamesLoadsSpoofGuardFromExtensionsJars() throws Exception {
        String stockClasspath = Files.readString(Path.of("target/stock-james-classpath.txt")).trim();
        assertThat(stockClasspath).doesNotContain("spoofguard");
        deployAndCheck(stockClasspath, "org.apache.james.MemoryJamesServerMain", "carol@spoofguard.test");
    }

    /**
     * How an admin running a persistent (JPA) James adds SpoofGuard: our persistent James alone (module
     * persistence, which knows nothing of SpoofGuard's checks) loads the same jar from {@code extensions-jars/},
     * and the user and the delivered mail are in its Derby store.
     */
    @Test
    void persistentJamesLoadsSpoofGuardFromExtensionsJars() throws Exception {
        String classpath = Files.readString(Path.of("target/persistent-james-classpath.txt")).trim();
        assertThat(classpath).contains("spoofguard-persistence")
            .doesNotContain("spoofguard-core").doesNotContain("spoofguard-smtp").doesNotContain("spoofguard-server");
        deployAndCheck(classpath, "org.spoofguard.persistence.PersistentJamesServerMain", "dave@spoofguard.test");
        assertThat(work.resolve("var/store/derby")).isDirectory();
    }

    private void deployAndCheck(String classpath, String mainClass, String user) throws Exception {
        Path extensionJar = shadedJar();
        Path conf = work.resolve("conf");
        JamesHarness.copyTree(JamesHarness.REPOSITORY_CONF, conf);
        // No real DNS here: James's own resolver must fail fast instead of waiting for an unreachable server.
        Files.writeString(conf.resolve("dnsservice.xml"), "<dnsservice><autodiscover>false</autodiscover>"
            + "<authoritative>false</authoritative><servers><server>127.0.0.1</server></servers></dnsservice>");
        Files.createDirectories(work.resolve("extensions-jars"));
        Files.copy(extensionJar, work.resolve("extensions-jars").resolve(extensionJar.getFileName()));

        int smtp = freePort();
        int submission = freePort();
        int imap = freePort();
        int webadmin = freePort();
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dworking.directory=" + work,
            "-Dlogback.configurationFile=" + conf.resolve("logback.xml"),
            "-Dspoofguard.smtp.bind=127.0.0.1:" + smtp,
            "-Dspoofguard.submission.bind=127.0.0.1:" + submission,
            "-Dspoofguard.imap.bind=127.0.0.1:" + imap,
            "-Dspoofguard.webadmin.port=" + webadmin,
            // Extension loading is what this checks, on loopback: no launcher here to prepare the TLS files
            // (docs/tls.md says what a stock James needs instead), so the shipped switch turns TLS off.
            "-Dspoofguard.tls.enabled=false",
            "-cp", classpath,
            mainClass));
        james = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(james.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        awaitStarted();
        assertThat(output).anyMatch(line -> line.contains("Loading custom classpath resource") && line.contains("spoofguard-extension"));

        HttpClient http = HttpClient.newHttpClient();
        put(http, webadmin, "/domains/spoofguard.test", "");
        put(http, webadmin, "/users/" + user, "{\"password\":\"secret\"}");

        try (SmtpTestClient client = SmtpTestClient.connect(smtp, "127.0.0.41")) {
            client.ehlo("far.example");
            client.mailFrom("x@far.example");
            assertThat(client.rcptTo(user).code()).isEqualTo(250);
            assertThat(client.data("Subject: via extension jar\n\nhello\n").code()).isEqualTo(250);
            client.quit();
        }
        try (TestIMAPClient imapClient = new TestIMAPClient()) {
            imapClient.connect("127.0.0.1", imap).login(user, "secret").select(TestIMAPClient.INBOX);
            imapClient.awaitMessageCount(await().atMost(Duration.ofSeconds(30)), 1);
            assertThat(imapClient.readFirstMessageHeaders())
                .contains("X-SpoofGuard-Session: client-ip=127.0.0.41; helo=far.example; envelope-from=x@far.example");
        }
    }

    /**
     * Fails with everything James printed, and with its threads' stacks when it hangs alive: a start that never
     * finishes (once in a full verify, passing alone) must be diagnosable from the one run that shows it.
     */
    private void awaitStarted() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (output.stream().noneMatch(line -> line.contains("JAMES server started"))) {
            assertThat(james.isAlive()).as("James died:\n%s", String.join("\n", output)).isTrue();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("James did not log 'JAMES server started' within 120 s. Its output:\n"
                    + String.join("\n", output) + "\nIts threads:\n" + ThreadDump.of(james));
            }
            Thread.sleep(200);
        }
    }

    private static Path shadedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../extension/target"))) {
            return files.filter(p -> p.getFileName().toString().matches("spoofguard-extension-.*\\.jar"))
                .filter(p -> !p.getFileName().toString().startsWith("original-"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("build the extension module first (mvn verify)"));
        }
    }

    private static void put(HttpClient http, int port, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode() / 100).as("%s -> %s", path, response.body()).isEqualTo(2);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
