package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;

/**
 * IMAP as shipped ({@code conf/imapserver.xml}) sets no {@code literalSizeLimit}, so James
 * 3.8.1's default 0 (unlimited) applies, and its decoder reads a command's literal before the command is processed:
 * an anonymous client, on the clear-text port before STARTTLS, announces {@code LOGIN {60000000}}, gets "+", and the
 * server takes all 60 MB (buffered to a temp file in java.io.tmpdir, not under the data directory) before it answers
 * "LOGIN disabled". Up to 2 GB per connection, connections unlimited ({@code connectionLimit 0}): unbounded disk (and,
 * for literals up to 10 MB, heap) for anyone who can connect. SMTP refuses a mail over 50 MB ({@code maxmessagesize});
 * IMAP takes more without a login.
 */
class ImapLiteralBeforeLoginIT {
    static final String DOMAIN = "spoofguard.test";
    static final String ALICE = "alice@" + DOMAIN;
    static final String BOB = "bob@" + DOMAIN;
    static final String PASSWORD = "secret";
    static final int LITERAL = 60_000_000;

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension();

    static JamesHarness james;

    @BeforeAll
    static void provision() {
        james = server.harness();
        james.addDomain(DOMAIN).addUser(ALICE, PASSWORD).addUser(BOB, PASSWORD);
    }

    @Test
    void anUnauthenticatedClientCannotMakeTheServerTakeAHugeLiteral() throws Exception {
        long threshold = 40L * 1024 * 1024;
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(300_000);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), james.imapPort()), 10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            assertThat(in.readLine()).startsWith("* OK");
            out.write(("a1 LOGIN " + ALICE + " {" + LITERAL + "}\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String first = in.readLine();
            if (first != null && first.startsWith("+")) {
                // The server asked for the literal: send 55 MB of the announced 60 MB (a refusing server may close).
                byte[] chunk = new byte[1 << 20];
                Arrays.fill(chunk, (byte) 'x');
                try {
                    for (int i = 0; i < 55; i++) {
                        out.write(chunk);
                    }
                    out.flush();
                } catch (IOException closed) {
                    // refused and closed: fine
                }
                // What the server wrote for it: the file grows asynchronously; a server that refused never writes one.
                // Without the limit 53 MB were on disk within seconds; the wait is what a passing run costs, so it is
                // kept at 45 s (a slow machine may then catch less than 40 MB of a regression, never a false failure).
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(45);
                while (largestLiteralFile() < threshold && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
            }
            long written = largestLiteralFile();
            assertThat(written)
                .as("an anonymous client on the clear-text port (before STARTTLS) announced a %d-byte literal in LOGIN "
                    + "and the server answered %s; it then wrote this many bytes of it to %s/imap-literal*.tmp", LITERAL,
                    first, System.getProperty("java.io.tmpdir"))
                .isLessThan(threshold);
        }
    }

    static long largestLiteralFile() {
        java.io.File[] files = new java.io.File(System.getProperty("java.io.tmpdir"))
            .listFiles((d, n) -> n.startsWith("imap-literal") && n.endsWith(".tmp"));
        long max = 0;
        for (java.io.File f : files == null ? new java.io.File[0] : files) {
            max = Math.max(max, f.length());
        }
        return max;
    }

    /** Checked and correct (kept as evidence): alice cannot APPEND into bob's INBOX, whatever name she uses. */
    @Test
    void aUserCannotAppendIntoAnotherUsersMailbox() throws Exception {
        try (TestIMAPClient alice = james.imap(ALICE, PASSWORD)) {
            String message = "From: ceo@" + DOMAIN + "\r\nTo: " + BOB + "\r\nSubject: pay now\r\n\r\nDK5000400440116243\r\n";
            for (String name : List.of("#user." + BOB + ".INBOX", "#user.bob.INBOX", "#private." + BOB + ".INBOX",
                    "\"#user.bob@spoofguard.test.INBOX\"", "../" + BOB + "/INBOX")) {
                try (TestIMAPClient again = james.imap(ALICE, PASSWORD)) {
                    String answer = again.sendCommand("APPEND " + name + " {" + message.length() + "+}\r\n" + message);
                    assertThat(answer).as("APPEND %s", name).doesNotContain(" OK APPEND");
                } catch (java.io.EOFException closed) {
                    // James 3.8.1 closes the connection on DeniedAccessOnSharedMailboxException: refused
                }
            }
        }
        try (TestIMAPClient bob = james.imap(BOB, PASSWORD)) {
            bob.select("INBOX");
            assertThat(bob.getMessageCount("INBOX")).isZero();
        }
    }
}
