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
import java.util.Arrays;
import java.util.List;


import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.ImapUsers;

/**
 * Before a login an anonymous client, on the clear-text port before STARTTLS, can announce {@code LOGIN {60000000}}.
 * With James 3.8.1's default {@code literalSizeLimit} (0, unlimited) the server answered "+" and took all 60 MB (to a
 * temporary file) before it answered "LOGIN disabled". With a limit James still answers "+", refuses the literal, and
 * then reads what follows with its line framing off: every packet is appended to one buffer that is parsed again from
 * the start until a line end comes (55 MB cost over a minute of an I/O thread and grew the heap, without bound). The
 * same after any literal within the limit followed by bytes without a line end. Our guard in front of James's decoder
 * ({@code GuardedImapServer}) closes such a connection with {@code * BYE} instead.
 */
class ImapLiteralBeforeLoginIT {
    static final String DOMAIN = "spoofguard.test";
    static final int LITERAL = 60_000_000;

    @RegisterExtension
    static final ImapUsers users = new ImapUsers(DOMAIN);

    @Test
    void aLiteralOverTheLimitIsRefusedAtItsAnnouncement() throws Exception {
        try (Socket socket = connect()) {
            BufferedReader in = reader(socket);
            assertThat(in.readLine()).startsWith("* OK");
            socket.getOutputStream().write(("a1 LOGIN " + users.alice() + " {" + LITERAL + "}\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            assertThat(in.readLine()).as("the answer to a %d-byte literal announced before login", LITERAL)
                .startsWith("* BYE");
            assertThat(in.readLine()).as("the connection after the BYE").isNull();
        }
    }

    @Test
    void bytesWithoutALineEndAfterALiteralEndTheConnection() throws Exception {
        try (Socket socket = connect()) {
            BufferedReader in = reader(socket);
            OutputStream out = socket.getOutputStream();
            assertThat(in.readLine()).startsWith("* OK");
            out.write("a1 LOGIN {5}\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(in.readLine()).startsWith("+");
            // James's maxLineLength is 64 KiB: 2 MB without a line end is far past it
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            out.write("alice ".getBytes(StandardCharsets.US_ASCII));
            try {
                for (int i = 0; i < 32; i++) {
                    out.write(chunk);
                }
                out.flush();
            } catch (IOException closed) {
                // the server closed while we were still sending: what this test wants
            }
            // Closed with "* BYE"; as the close may come while our bytes are still unread, TCP may reset the
            // connection and the BYE be lost: a reset is a close too. A server that kept reading never answers
            // (the socket's 60 s timeout fails the test).
            String answer;
            try {
                answer = in.readLine();
            } catch (java.net.SocketException reset) {
                answer = null;
            }
            assertThat(answer == null || answer.startsWith("* BYE"))
                .as("the answer to 2 MB without a line end after a literal: %s", answer).isTrue();
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.setSoTimeout(60_000);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), users.james().imapPort()), 10_000);
        return socket;
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    /** Checked and correct (kept as evidence): alice cannot APPEND into bob's INBOX, whatever name she uses. */
    @Test
    void aUserCannotAppendIntoAnotherUsersMailbox() throws Exception {
        try (TestIMAPClient alice = users.login(users.alice())) {
            String message = "From: ceo@" + DOMAIN + "\r\nTo: " + users.bob() + "\r\nSubject: pay now\r\n\r\nDK5000400440116243\r\n";
            for (String name : List.of("#user." + users.bob() + ".INBOX", "#user.bob.INBOX", "#private." + users.bob() + ".INBOX",
                    "\"#user.bob@spoofguard.test.INBOX\"", "../" + users.bob() + "/INBOX")) {
                try (TestIMAPClient again = users.login(users.alice())) {
                    String answer = again.sendCommand("APPEND " + name + " {" + message.length() + "+}\r\n" + message);
                    assertThat(answer).as("APPEND %s", name).doesNotContain(" OK APPEND");
                } catch (java.io.EOFException closed) {
                    // James 3.8.1 closes the connection on DeniedAccessOnSharedMailboxException: refused
                }
            }
        }
        try (TestIMAPClient bob = users.login(users.bob())) {
            bob.select("INBOX");
            assertThat(bob.getMessageCount("INBOX")).isZero();
        }
    }
}
