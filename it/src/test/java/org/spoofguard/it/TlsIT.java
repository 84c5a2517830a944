package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;
import org.spoofguard.server.Launcher;
import org.spoofguard.server.tls.CertificateWatcher;
import org.spoofguard.server.tls.TlsMaterial;
import org.spoofguard.server.tls.TlsSettings;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;
import org.spoofguard.testing.tls.TestTls;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * TLS on every port of the shipped configuration (issue 13): real handshakes over loopback with a Java client and,
 * when the machine has it, {@code openssl s_client}; AUTH and LOGIN refused in clear text; TLS below 1.2 and
 * non-AEAD ciphers refused. Certificates the admin brings and the {@code --no-tls} switch: {@link TlsCertificateIT}.
 * Store-independent: excluded from the PostgreSQL run.
 */
class TlsIT {
    static final String DOMAIN = "spoofguard.test";
    static final String ALICE = "alice@" + DOMAIN;
    static final String BOB = "bob@" + DOMAIN;
    static final String CAROL = "carol@" + DOMAIN;
    static final String PASSWORD = "secret";

    /** A receiving MTA on "the Internet" that offers STARTTLS with a self-signed certificate, as many do. */
    static final SmtpSink remoteMx = tlsSink();

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension(harness -> harness.relayThrough(remoteMx.port()));

    static JamesHarness james;

    /** SpoofGuard's decision log lines (SPF at MAIL FROM, sender verdict after DATA), as the admin reads them. */
    static final ListAppender<ILoggingEvent> DECISIONS = new ListAppender<>();

    @BeforeAll
    static void provision() {
        DECISIONS.start();
        for (String logger : List.of("org.spoofguard.smtp.auth.SenderVerdictHook", "org.spoofguard.smtp.auth.SpfHook")) {
            ((Logger) LoggerFactory.getLogger(logger)).addAppender(DECISIONS);
        }
        james = server.harness();
        james.addDomain(DOMAIN).addUser(ALICE, PASSWORD).addUser(BOB, PASSWORD).addUser(CAROL, PASSWORD);
    }

    @Test
    void mxOffersStartTlsAndTheReceivedHeaderRecordsVersionAndCipher() throws Exception {
        try (SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), "127.0.0.71")) {
            SmtpReply ehlo = c.ehlo("mx.sender.example");
            assertThat(ehlo.lines()).contains("STARTTLS");
            assertThat(ehlo.lines()).noneMatch(line -> line.startsWith("AUTH"));
            assertThat(c.startTls(james.clientTls()).code()).isEqualTo(220);
            assertThat(c.tlsSession().orElseThrow().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
            String cipher = c.tlsSession().orElseThrow().getCipherSuite();
            assertThat(c.ehlo("mx.sender.example").lines()).doesNotContain("STARTTLS");
            assertThat(c.mailFrom("someone@sender.example").code()).isEqualTo(250);
            assertThat(c.rcptTo(ALICE).code()).isEqualTo(250);
            assertThat(c.data("From: someone@sender.example\nTo: " + ALICE + "\nSubject: over TLS\n\nhello\n").code())
                .isEqualTo(250);
            c.quit();

            String headers = awaitHeaders(ALICE);
            String received = firstReceived(headers);
            assertThat(received).contains("with ESMTPS").contains(" tls " + cipher + " (TLSv1.");
        }
        assertThat(DECISIONS.list).map(ILoggingEvent::getFormattedMessage)
            .anyMatch(line -> line.startsWith("Sender verdict client-ip=127.0.0.71 ") && line.contains(" tls=TLSv1."))
            .anyMatch(line -> line.startsWith("SPF client-ip=127.0.0.71 ") && line.contains(" tls=TLSv1."));
    }

    @AfterAll
    static void stopSink() throws IOException {
        remoteMx.close();
        for (String logger : List.of("org.spoofguard.smtp.auth.SenderVerdictHook", "org.spoofguard.smtp.auth.SpfHook")) {
            ((Logger) LoggerFactory.getLogger(logger)).detachAppender(DECISIONS);
        }
    }

    private static SmtpSink tlsSink() {
        try {
            Path pair = Files.createTempDirectory("remote-mx-cert");
            TlsMaterial.selfSigned(pair, "mx.remote.example", Clock.systemUTC());
            return new SmtpSink().offerStartTls(
                TestTls.serving(pair.resolve(TlsMaterial.KEY_FILE), pair.resolve(TlsMaterial.CHAIN_FILE)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void outgoingMailUsesStartTlsWhenTheReceiverOffersIt() throws Exception {
        // RemoteDelivery startTLS=true with opportunistic trust: the remote MX's self-signed certificate is fine.
        try (SmtpTestClient c = SmtpTestClient.connectTls(james.submissionsPort(), "127.0.0.77", james.clientTls())) {
            c.ehlo("laptop.example");
            assertThat(c.authPlain(ALICE, PASSWORD).code()).isEqualTo(235);
            assertThat(c.mailFrom(ALICE).code()).isEqualTo(250);
            assertThat(c.rcptTo("friend@remote.example").code()).isEqualTo(250);
            assertThat(c.data("From: " + ALICE + "\nTo: friend@remote.example\nSubject: out over TLS\n\nhi\n").code())
                .isEqualTo(250);
            c.quit();
        }
        SmtpSink.Received out = remoteMx.await(m -> m.recipients().contains("friend@remote.example"), Duration.ofSeconds(60));
        assertThat(out.tls()).isIn("TLSv1.3", "TLSv1.2");
        assertThat(remoteMx.commands()).contains("STARTTLS");
    }

    @Test
    void mxStillTakesClearTextMailAndSaysSoInTheReceivedHeader() throws Exception {
        // Opportunistic TLS (RFC 3207 §4): an MX must not require it from the Internet's senders.
        try (SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), "127.0.0.72")) {
            c.ehlo("old.sender.example");
            assertThat(c.mailFrom("someone@old.sender.example").code()).isEqualTo(250);
            assertThat(c.rcptTo(BOB).code()).isEqualTo(250);
            assertThat(c.data("From: someone@old.sender.example\nTo: " + BOB + "\nSubject: clear\n\nhello\n").code())
                .isEqualTo(250);
            c.quit();
        }
        String received = firstReceived(awaitHeaders(BOB));
        assertThat(received).contains("with ESMTP ").doesNotContain("ESMTPS").doesNotContain(" tls ");
        assertThat(DECISIONS.list).map(ILoggingEvent::getFormattedMessage)
            .anyMatch(line -> line.startsWith("Sender verdict client-ip=127.0.0.72 ") && line.contains(" tls=none "));
    }

    @Test
    void submissionRefusesAuthBeforeStartTlsAndAcceptsItAfter() throws Exception {
        try (SmtpTestClient c = SmtpTestClient.connect(james.submissionPort(), "127.0.0.73")) {
            SmtpReply ehlo = c.ehlo("laptop.example");
            assertThat(ehlo.lines()).contains("STARTTLS").noneMatch(line -> line.startsWith("AUTH"));
            // James alone would accept this (requireSSL only hides AUTH from EHLO): our handler answers first.
            SmtpReply clear = c.authPlain(ALICE, PASSWORD);
            assertThat(clear.code()).isEqualTo(530);
            assertThat(clear.text()).contains("5.7.0").contains("STARTTLS");
            assertThat(c.command("AUTH LOGIN").code()).isEqualTo(530);

            assertThat(c.startTls(james.clientTls()).code()).isEqualTo(220);
            assertThat(c.ehlo("laptop.example").lines()).anyMatch(line -> line.startsWith("AUTH") && line.contains("PLAIN"));
            // RFC 6409 §4.3: no mail before AUTH on the submission port (not a second MX for local users)
            SmtpReply anonymous = c.mailFrom("someone@sender.example");
            assertThat(anonymous.code()).isEqualTo(530);
            assertThat(anonymous.text()).contains("5.7.0");
            assertThat(c.authPlain(ALICE, PASSWORD).code()).isEqualTo(235);
            assertThat(c.mailFrom(ALICE).code()).isEqualTo(250);
            c.quit();
        }
    }

    /** RFC 3207 §4.2: the EHLO sent in clear text is forgotten; the client must greet again inside TLS. */
    @Test
    void mxForgetsTheClearTextEhloAfterStartTls() throws Exception {
        try (SmtpTestClient c = SmtpTestClient.connect(james.smtpPort(), "127.0.0.79")) {
            c.ehlo("before-tls.example");
            assertThat(c.startTls(james.clientTls()).code()).isEqualTo(220);
            assertThat(c.mailFrom("someone@sender.example").code()).as("MAIL without a new EHLO").isEqualTo(503);
            assertThat(c.ehlo("after-tls.example").code()).isEqualTo(250);
            assertThat(c.mailFrom("someone@sender.example").code()).isEqualTo(250);
            c.quit();
        }
    }

    @Test
    void submissionsSpeaksTlsFromTheFirstByte() throws Exception {
        assertThat(james.submissionsPort()).isPositive();
        try (SmtpTestClient c = SmtpTestClient.connectTls(james.submissionsPort(), "127.0.0.74", james.clientTls())) {
            assertThat(c.greeting().code()).isEqualTo(220);
            assertThat(c.tlsSession().orElseThrow().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
            assertThat(c.ehlo("laptop.example").lines()).anyMatch(line -> line.startsWith("AUTH"));
            assertThat(c.authPlain(ALICE, PASSWORD).code()).isEqualTo(235);
            assertThat(c.mailFrom(ALICE).code()).isEqualTo(250);
            assertThat(c.rcptTo(CAROL).code()).isEqualTo(250);
            assertThat(c.data("From: " + ALICE + "\nTo: " + CAROL + "\nSubject: via submissions\n\nhi\n").code())
                .isEqualTo(250);
            c.quit();
        }
        assertThat(firstReceived(awaitHeaders(CAROL))).contains("with ESMTPSA").contains(" tls TLS_");
    }

    @Test
    void imapRefusesLoginBeforeStartTlsAndAcceptsItAfter() throws Exception {
        try (LineClient imap = LineClient.connect(james.imapPort())) {
            assertThat(imap.readLine()).startsWith("* OK");
            List<String> capability = imap.command("a1", "CAPABILITY");
            assertThat(String.join("\n", capability)).contains("STARTTLS").contains("LOGINDISABLED");
            List<String> login = imap.command("a2", "LOGIN " + ALICE + " " + PASSWORD);
            assertThat(last(login)).startsWith("a2 NO");
            assertThat(last(imap.command("a3", "STARTTLS"))).startsWith("a3 OK");
            imap.upgrade(james.clientTls(), james.imapPort());
            assertThat(String.join("\n", imap.command("a4", "CAPABILITY"))).doesNotContain("LOGINDISABLED");
            assertThat(last(imap.command("a5", "LOGIN " + ALICE + " " + PASSWORD))).startsWith("a5 OK");
            imap.command("a6", "LOGOUT");
        }
    }

    @Test
    void imapsLoginWorks() throws Exception {
        try (TestIMAPClient imap = james.imap(ALICE, PASSWORD)) {
            assertThat(imap.sendCommand("NOOP")).contains("OK");
        }
    }

    @Test
    void everyPortRefusesAClientThatTrustsAnotherCertificate() throws Exception {
        // The handshake really authenticates the server's certificate: a client trusting another one gives up.
        Path elsewhere = Files.createTempDirectory("other-cert");
        TlsMaterial.selfSigned(elsewhere, "other.test", Clock.systemUTC());
        SSLContext wrongTrust = TestTls.trusting(elsewhere.resolve(TlsMaterial.CHAIN_FILE));
        assertThatThrownBy(() -> SmtpTestClient.connectTls(james.submissionsPort(), "127.0.0.1", wrongTrust).close())
            .isInstanceOf(SSLHandshakeException.class);
        assertThatThrownBy(() -> implicitTls(james.imapsPort(), wrongTrust, "TLSv1.3").close())
            .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void javaClientsLimitedToTls12GetAnAeadCipher() throws Exception {
        for (int port : List.of(james.submissionsPort(), james.imapsPort())) {
            try (SSLSocket socket = implicitTls(port, james.clientTls(), "TLSv1.2")) {
                assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.2");
                assertThat(socket.getSession().getCipherSuite()).startsWith("TLS_ECDHE_").contains("_GCM_");
            }
        }
    }

    // ---- openssl s_client, what an admin would run (skipped when the machine has no openssl) ----

    @Test
    void opensslStartTlsAndImplicitTlsHandshakesSucceed() throws Exception {
        assumeOpenssl();
        Path ca = james.data().resolve("var/tls/fullchain.pem");
        assertHandshake(openssl(List.of("-starttls", "smtp", "-connect", "127.0.0.1:" + james.smtpPort(), "-CAfile", ca.toString())));
        assertHandshake(openssl(List.of("-starttls", "smtp", "-connect", "127.0.0.1:" + james.submissionPort(), "-CAfile", ca.toString())));
        assertHandshake(openssl(List.of("-connect", "127.0.0.1:" + james.submissionsPort(), "-CAfile", ca.toString())));
        assertHandshake(openssl(List.of("-starttls", "imap", "-connect", "127.0.0.1:" + james.imapPort(), "-CAfile", ca.toString())));
        assertHandshake(openssl(List.of("-connect", "127.0.0.1:" + james.imapsPort(), "-CAfile", ca.toString())));
    }

    @Test
    void tls10And11AndNonAeadCiphersAreRefusedOnEveryPort() throws Exception {
        assumeOpenssl();
        // SECLEVEL=0 lets this openssl offer TLS 1.0/1.1 at all: the refusal seen is the server's.
        List<List<String>> targets = List.of(
            List.of("-starttls", "smtp", "-connect", "127.0.0.1:" + james.smtpPort()),
            List.of("-starttls", "smtp", "-connect", "127.0.0.1:" + james.submissionPort()),
            List.of("-connect", "127.0.0.1:" + james.submissionsPort()),
            List.of("-starttls", "imap", "-connect", "127.0.0.1:" + james.imapPort()),
            List.of("-connect", "127.0.0.1:" + james.imapsPort()));
        for (List<String> target : targets) {
            for (String old : List.of("-tls1", "-tls1_1")) {
                List<String> args = new ArrayList<>(target);
                args.addAll(List.of(old, "-cipher", "DEFAULT:@SECLEVEL=0"));
                OpensslResult result = openssl(args);
                assertThat(result.handshakeDone()).as("%s %s accepted:%n%s", target, old, result.output()).isFalse();
                assertThat(result.output()).as("the client offered it").doesNotContain("no protocols available");
            }
            List<String> weak = new ArrayList<>(target);
            // TLS 1.2 with RSA key exchange and CBC: no forward secrecy, no AEAD.
            weak.addAll(List.of("-tls1_2", "-cipher", "AES128-SHA:AES256-SHA:AES128-SHA256"));
            assertThat(openssl(weak).handshakeDone()).as("%s weak cipher accepted", target).isFalse();
            List<String> modern = new ArrayList<>(target);
            modern.addAll(List.of("-tls1_2"));
            assertThat(openssl(modern).handshakeDone()).as("%s TLS 1.2 control", target).isTrue();
        }
    }

    // ---- swaks, what the issue's "done when" names (skipped when the machine has no swaks; CI installs it) ----

    @Test
    void swaksDeliversOverStartTlsAndAuthOnlyAfterIt() throws Exception {
        assumeTool("swaks", "--version");
        String dave = "dave@" + DOMAIN;
        james.addUser(dave, PASSWORD);
        Swaks mx = swaks("--server", "127.0.0.1:" + james.smtpPort(), "--tls", "--helo", "client.example",
            "--from", "someone@sender.example", "--to", dave, "--header", "Subject: swaks over TLS");
        assertThat(mx.exit()).as(mx.output()).isZero();
        assertThat(mx.output()).contains("-> STARTTLS").contains("=== TLS started");
        assertThat(firstReceived(awaitHeaders(dave))).contains("with ESMTPS").contains(" tls TLS_");

        // submission: without TLS the AUTH swaks wants is not there (and is refused if sent anyway); with it, it is
        // (from 127.0.0.60: 127.0.0.1 is an authorized address, to which James does not announce AUTH at all)
        Swaks clear = swaks("--server", "127.0.0.1:" + james.submissionPort(), "--local-interface", "127.0.0.60",
            "--helo", "laptop.example",
            "--from", ALICE, "--to", dave, "--auth", "PLAIN", "--auth-user", ALICE, "--auth-password", PASSWORD);
        assertThat(clear.exit()).as(clear.output()).isNotZero();
        assertThat(clear.output()).doesNotContain("Authentication succeeded").doesNotContain("<-  235");
        Swaks secure = swaks("--server", "127.0.0.1:" + james.submissionPort(), "--local-interface", "127.0.0.60",
            "--tls", "--helo", "laptop.example",
            "--from", ALICE, "--to", dave, "--auth", "PLAIN", "--auth-user", ALICE, "--auth-password", PASSWORD);
        assertThat(secure.exit()).as(secure.output()).isZero();
        assertThat(secure.output()).contains("=== TLS started").contains("<~  235");
    }

    record Swaks(int exit, String output) {
    }

    private static Swaks swaks(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("swaks", "--timeout", "60"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("swaks did not finish: " + command);
        }
        return new Swaks(process.exitValue(), output);
    }

    private static void assumeTool(String tool, String versionArg) {
        boolean present;
        try {
            Process probe = new ProcessBuilder(tool, versionArg).redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            present = probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, tool + " is not installed on this machine: its checks skipped");
    }

    // ---- helpers ----

    private static String awaitHeaders(String user) {
        String[] headers = {""};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
            .until(() -> !(headers[0] = james.firstMessageHeaders(user, PASSWORD)).isEmpty());
        return headers[0];
    }

    /** The topmost Received field, unfolded. */
    private static String firstReceived(String headers) {
        String unfolded = headers.replace("\r\n ", " ").replace("\r\n\t", " ");
        return unfolded.lines().filter(line -> line.startsWith("Received:")).findFirst().orElseThrow();
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }

    static SSLSocket implicitTls(int port, SSLContext tls, String protocol) throws IOException {
        SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket();
        socket.setSoTimeout(30_000);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
        socket.setEnabledProtocols(new String[] {protocol});
        socket.startHandshake();
        return socket;
    }

    static String peerName(int implicitTlsPort, SSLContext trust) throws IOException {
        try (SSLSocket socket = implicitTls(implicitTlsPort, trust, "TLSv1.3")) {
            return ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
        }
    }

    private static void assumeOpenssl() {
        boolean present;
        try {
            Process probe = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            present = probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "openssl is not installed on this machine: s_client checks skipped");
    }

    record OpensslResult(String output) {
        /** s_client printed the negotiated session ("Cipher is X", X not "(NONE)"). */
        boolean handshakeDone() {
            return output.lines().anyMatch(line -> line.matches(".*(New|Reused), TLSv1\\.[0-9].*, Cipher is [A-Z0-9_-]+.*")
                && !line.contains("(NONE)"));
        }
    }

    private static OpensslResult openssl(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-servername", "localhost"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // Q closes the connection once the handshake is done (or failed): s_client exits.
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write("Q\n".getBytes(StandardCharsets.US_ASCII));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("openssl s_client did not finish: " + command);
        }
        return new OpensslResult(output);
    }

    private static void assertHandshake(OpensslResult result) {
        assertThat(result.handshakeDone()).as(result.output()).isTrue();
        assertThat(result.output()).as(result.output()).contains("Verify return code: 0 (ok)");
    }

    /** IMAP spoken by hand: tagged commands, untagged lines collected, then a TLS upgrade after STARTTLS. */
    static final class LineClient implements AutoCloseable {
        private Socket socket;
        private BufferedReader in;
        private OutputStream out;

        static LineClient connect(int port) throws IOException {
            Socket socket = new Socket();
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            LineClient client = new LineClient();
            client.use(socket);
            return client;
        }

        private void use(Socket s) throws IOException {
            socket = s;
            in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            out = s.getOutputStream();
        }

        String readLine() throws IOException {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("connection closed");
            }
            return line;
        }

        List<String> command(String tag, String command) throws IOException {
            out.write((tag + " " + command + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            List<String> lines = new ArrayList<>();
            while (true) {
                String line = readLine();
                lines.add(line);
                if (line.startsWith(tag + " ")) {
                    return lines;
                }
            }
        }

        void upgrade(SSLContext tls, int port) throws IOException {
            SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(socket, "127.0.0.1", port, true);
            secure.setUseClientMode(true);
            secure.startHandshake();
            use(secure);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
