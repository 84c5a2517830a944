package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;

/**
 * James closes a silent IMAP connection only after its timeout (at least 30 minutes), restarted by every command, so
 * a connection that never logs in and sends NOOP now and then held its slot for ever. SpoofGuard's loginTimeout
 * (60 s in conf/imapserver.xml, 2 s here so the test is fast) closes it however busy it is; a logged-in session stays.
 */
class ImapLoginTimeoutIT {
    static final String DOMAIN = "spoofguard.test";
    static final String ALICE = "alice@" + DOMAIN;
    static final String PASSWORD = "secret";
    static final int LOGIN_TIMEOUT_SECONDS = 2;

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension(h -> h.patch("imapserver.xml",
        xml -> xml.replace("<loginTimeout>60</loginTimeout>", "<loginTimeout>" + LOGIN_TIMEOUT_SECONDS + "</loginTimeout>")));

    static JamesHarness james;

    @BeforeAll
    static void provision() {
        james = server.harness();
        james.addDomain(DOMAIN).addUser(ALICE, PASSWORD);
    }

    @Test
    void aConnectionThatDoesNotLogInIsClosedEvenWhileItSendsCommands() throws Exception {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(15_000);
            long start = System.nanoTime();
            socket.connect(new InetSocketAddress("127.0.0.1", james.imapPort()), 10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            assertThat(in.readLine()).startsWith("* OK");
            // commands only well before the deadline, one at a time: none is unread when the server closes (no reset)
            String bye = null;
            for (int i = 1; bye == null && System.nanoTime() - start < 1_200_000_000L; i++) {
                socket.getOutputStream().write(("a" + i + " NOOP\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                String line = in.readLine();
                assertThat(line).as("answer to NOOP %d", i).isNotNull();
                if (line.startsWith("* BYE")) {
                    bye = line; // a very slow machine: the deadline came first
                } else {
                    assertThat(line).startsWith("a" + i + " OK");
                    Thread.sleep(200);
                }
            }
            if (bye == null) {
                bye = in.readLine();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(bye).contains("Autologout");
            assertThat(seconds).as("closed after loginTimeout, NOOPs notwithstanding")
                .isGreaterThanOrEqualTo(LOGIN_TIMEOUT_SECONDS - 0.1).isLessThan(12);
            assertThat(in.readLine()).as("after the BYE").isNull();
        }
    }

    @Test
    void aLoggedInSessionOutlivesTheLoginTimeout() throws Exception {
        try (TestIMAPClient alice = james.imap(ALICE, PASSWORD)) {
            Thread.sleep(LOGIN_TIMEOUT_SECONDS * 1000L + 1000);
            assertThat(alice.sendCommand("NOOP")).contains("OK");
        }
    }
}
