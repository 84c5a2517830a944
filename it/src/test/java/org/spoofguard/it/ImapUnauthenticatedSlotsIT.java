package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLSocket;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.ImapUsers;

/**
 * An anonymous client with a handful of addresses (10 here; any IPv6 /64 has 2^64) opens connectionLimitPerIP (30)
 * connections from each, says nothing, and so fills connectionLimit (300). James keeps a silent, unauthenticated
 * connection for its minimum timeout of 30 minutes (a NOOP every 29 minutes keeps it for ever), so every real user
 * was turned away. Found in review (commit 6e1ec9ae, ReviewImapHostileClientIT), bundled configuration unchanged.
 */
class ImapUnauthenticatedSlotsIT {
    /** conf/imapserver.xml unauthenticatedConnectionLimit */
    static final int UNAUTHENTICATED_LIMIT = 100;

    @RegisterExtension
    static final ImapUsers users = new ImapUsers("spoofguard.test");

    @Test
    void silentAnonymousConnectionsDoNotLockUsersOut() throws Exception {
        List<Socket> held = flood(users.james().imapPort());
        try {
            List<BufferedReader> readers = new ArrayList<>();
            for (Socket s : held) {
                readers.add(reader(s));
                assertThat(readers.get(readers.size() - 1).readLine()).as("greeting").startsWith("* OK");
            }
            try (Socket user = new Socket()) {
                user.setSoTimeout(10_000);
                user.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.99"), 0));
                user.connect(new InetSocketAddress("127.0.0.1", users.james().imapPort()), 10_000);
                String greeting;
                try {
                    greeting = reader(user).readLine();
                } catch (IOException reset) {
                    greeting = "(" + reset + ")";
                }
                assertThat(greeting).as("greeting of a real user from another address after 300 anonymous connections")
                    .isNotNull().startsWith("* OK");
            }
            Thread.sleep(1_000);
            int open = 0;
            for (int i = 0; i < held.size(); i++) {
                if (stillOpen(held.get(i), readers.get(i))) {
                    open++;
                }
            }
            assertThat(open).as("silent anonymous connections still open").isLessThanOrEqualTo(UNAUTHENTICATED_LIMIT);
        } finally {
            close(held);
        }
    }

    /**
     * On the implicit-TLS port, with silent connections that did complete their TLS handshake (a bare TCP connection
     * is closed by the TLS layer after 10 s): a logged-in user keeps her session and another user logs in.
     */
    @Test
    void loggedInUsersKeepTheirSlotsAndNewOnesGetIn() throws Exception {
        try (TestIMAPClient alice = users.login(users.alice())) {
            List<Socket> held = flood(users.james().imapsPort());
            try {
                for (Socket s : held) {
                    SSLSocket tls = (SSLSocket) users.james().clientTls().getSocketFactory()
                        .createSocket(s, "127.0.0.1", s.getPort(), true);
                    try {
                        tls.startHandshake();
                    } catch (IOException closedByTheServer) {
                        // pushed out to make place (or, unguarded, over connectionLimit): not held
                    }
                }
                try (TestIMAPClient bob = users.login(users.bob())) {
                    assertThat(bob.sendCommand("NOOP")).contains("OK");
                }
                assertThat(alice.sendCommand("NOOP")).contains("OK");
            } finally {
                close(held);
            }
        }
    }

    /** 10 addresses, connectionLimitPerIP (30) silent connections from each: connectionLimit (300) in all. */
    private static List<Socket> flood(int port) throws IOException {
        List<Socket> held = new ArrayList<>();
        try {
            for (int host = 2; host <= 11; host++) {
                InetAddress source = InetAddress.getByName("127.0.0." + host);
                for (int i = 0; i < 30; i++) {
                    Socket s = new Socket();
                    held.add(s);
                    s.setSoTimeout(10_000);
                    s.bind(new InetSocketAddress(source, 0));
                    s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                }
            }
            return held;
        } catch (IOException | RuntimeException e) {
            close(held);
            throw e;
        }
    }

    /** Nothing more was sent on a greeted connection (no BYE, no end of stream) and it was not reset. */
    private static boolean stillOpen(Socket s, BufferedReader in) throws IOException {
        s.setSoTimeout(1);
        try {
            in.readLine(); // a BYE, or null at the end of the stream
            return false;
        } catch (SocketTimeoutException quiet) {
            return true;
        } catch (IOException reset) {
            return false;
        }
    }

    private static void close(List<Socket> sockets) throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
    }
}
