package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * A sender whose DNS never answers holds only its own SMTP session. James 3.8.1 ran the SMTP handlers, and so our
 * SPF lookup at MAIL FROM, on Netty's I/O event loops: a forged sender domain in a zone whose servers never answer
 * held the loop for the whole DNS timeout, and every other client on that loop waited with it (its greeting
 * included). The MX here has a single event loop ({@code ioWorkerCount=1}) so the old behaviour shows whatever the
 * machine's core count, and a 60 s DNS timeout so the stuck sessions stay stuck for the whole test: on the old code
 * the other client's greeting did not come within its 30 s socket timeout.
 */
class SlowDnsSessionIT {
    static final String DOMAIN = "receiver.test";

    static LoopbackDnsServer dns;
    static JamesHarness james;

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN test.
            $TTL 300
            mx.fast             IN TXT "v=spf1 ip4:127.0.0.1 -all"
            fast                IN TXT "v=spf1 ip4:127.0.0.1 -all"
            client.fast         IN A   127.0.0.1
            """, """
            $ORIGIN 127.in-addr.arpa.
            $TTL 300
            1.0.0               IN PTR client.fast.test.
            """);
        james = new JamesHarness().dns(dns)
            .property("dns.timeout", "60s")
            .patch("smtpserver.xml", xml -> xml.replace("<jmxName>smtpserver-mx</jmxName>",
                "<jmxName>smtpserver-mx</jmxName>\n        <ioWorkerCount>1</ioWorkerCount>"))
            .start();
        james.addDomain(DOMAIN);
        james.addUser("alice@" + DOMAIN, "secret");
        james.addUser("bob@" + DOMAIN, "secret");
    }

    @AfterAll
    static void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        if (dns != null) {
            dns.close();
        }
    }

    @Test
    void aSessionStuckOnDnsHoldsNoOtherSession() throws Exception {
        List<Socket> stuck = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                String domain = "never" + i + ".slow.test.";
                dns.timeout(domain, "TXT");
                Socket socket = new Socket();
                socket.setSoTimeout(30_000);
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), james.smtpPort()), 10_000);
                stuck.add(socket);
                readReply(socket.getInputStream());
                send(socket, "EHLO mx.slow.test");
                readReply(socket.getInputStream());
                send(socket, "MAIL FROM:<billing@" + domain.substring(0, domain.length() - 1) + ">");
                // the session is inside the SPF lookup once its query reached the DNS server (which never answers)
                await().atMost(Duration.ofSeconds(20)).until(() -> dns.queryCount(domain, "TXT") > 0);
            }

            try (SmtpTestClient other = SmtpTestClient.connect(james.smtpPort())) {
                assertThat(other.greeting().code()).isEqualTo(220);
                assertThat(other.ehlo("mx.fast.test").code()).isEqualTo(250);
                assertThat(other.mailFrom("billing@fast.test").code()).isEqualTo(250);
                assertThat(other.rcptTo("alice@" + DOMAIN).code()).isEqualTo(250);
                assertThat(other.data("From: billing@fast.test\r\nTo: alice@" + DOMAIN
                    + "\r\nSubject: meanwhile\r\n\r\nNot held up by anyone else's DNS.\r\n").code()).isEqualTo(250);
            }
            // and the stuck sessions were still waiting for their answer to MAIL all along
            for (Socket socket : stuck) {
                assertThat(socket.getInputStream().available()).isZero();
            }
        } finally {
            for (Socket socket : stuck) {
                socket.close();
            }
        }
    }

    /**
     * The client's host name in {@code Received} comes from our resolver ({@code dns.*}, here the test's DNS server),
     * not from the JVM's system resolver, which James 3.8.1 asked without any bound of ours (a reverse zone that
     * never answers held the session's thread for the system resolver's timeout). The system resolver names
     * 127.0.0.1 {@code localhost}; only our DNS server knows {@code client.fast.test}.
     */
    @Test
    void theClientsHostNameComesFromOurResolver() throws Exception {
        try (SmtpTestClient client = SmtpTestClient.connect(james.smtpPort())) {
            assertThat(client.ehlo("mx.fast.test").code()).isEqualTo(250);
            assertThat(client.mailFrom("billing@fast.test").code()).isEqualTo(250);
            assertThat(client.rcptTo("bob@" + DOMAIN).code()).isEqualTo(250);
            assertThat(client.data("From: billing@fast.test\r\nTo: bob@" + DOMAIN
                + "\r\nSubject: named\r\n\r\nWho sent this?\r\n").code()).isEqualTo(250);
        }
        String headers = james.awaitDeliveredHeaders("bob@" + DOMAIN, "secret");

        assertThat(headers).contains("Received: from client.fast.test (EHLO mx.fast.test) ([127.0.0.1])");
        assertThat(dns.queryCount("1.0.0.127.in-addr.arpa.", "PTR")).isPositive();
    }

    /**
     * STARTTLS now runs on the session's thread: James writes the 220 and puts TLS in front of the pipeline as two
     * event-loop tasks, and a client's TLS hello read between them would reach the line decoder in clear (James
     * closes such a connection as command injection). Reading waits until TLS is in place; every one of these
     * upgrades, sent the moment the 220 arrives, must hold.
     */
    @Test
    void startTlsUpgradesEveryTime() throws Exception {
        for (int i = 0; i < 40; i++) {
            try (SmtpTestClient client = SmtpTestClient.connect(james.smtpPort())) {
                assertThat(client.ehlo("mx.fast.test").code()).isEqualTo(250);
                assertThat(client.startTls(james.clientTls()).code()).as("upgrade %d", i).isEqualTo(220);
                assertThat(client.ehlo("mx.fast.test").code()).as("EHLO over TLS %d", i).isEqualTo(250);
                assertThat(client.tlsSession()).isPresent();
            }
        }
    }

    static void send(Socket socket, String line) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads one (possibly multi-line) reply. */
    static String readReply(InputStream in) throws Exception {
        StringBuilder reply = new StringBuilder();
        while (true) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.append((char) c);
            }
            reply.append(line).append('\n');
            if (c == -1 || line.length() < 4 || line.charAt(3) != '-') {
                return reply.toString();
            }
        }
    }
}
