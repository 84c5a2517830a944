package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.spoofguard.it.SlowDnsSessionIT.readReply;
import static org.spoofguard.it.SlowDnsSessionIT.send;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.dns.LoopbackDnsServer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * With {@code <sessionThreads>1</sessionThreads>} and that thread waiting for a DNS server that never answers,
 * the next client's greeting waits for the thread: the admin sees it in {@code /metrics} and in one WARN naming
 * the key, instead of only in slow clients.
 */
class SessionThreadsFullIT {
    static final String LOGGER = "org.spoofguard.server.smtp.SessionThreads";
    static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();

    static LoopbackDnsServer dns;
    static JamesHarness james;

    @BeforeAll
    static void start() throws Exception {
        LOG.start();
        ((Logger) LoggerFactory.getLogger(LOGGER)).addAppender(LOG);
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN test.
            $TTL 300
            fast                IN TXT "v=spf1 ip4:127.0.0.1 -all"
            """);
        james = new JamesHarness().dns(dns)
            .property("dns.timeout", "5s")
            .patch("smtpserver.xml", xml -> xml.replace("<jmxName>smtpserver-mx</jmxName>",
                "<jmxName>smtpserver-mx</jmxName>\n        <sessionThreads>1</sessionThreads>"))
            .start();
    }

    @AfterAll
    static void stop() throws Exception {
        ((Logger) LoggerFactory.getLogger(LOGGER)).detachAppender(LOG);
        if (james != null) {
            james.close();
        }
        if (dns != null) {
            dns.close();
        }
    }

    @Test
    void aFullPoolIsCountedAndWarnedOf() throws Exception {
        String domain = "never.slow.test.";
        dns.timeout(domain, "TXT");
        long before = james.metric("spoofguard_smtp_session_thread_waits");
        try (Socket stuck = connect()) {
            readReply(stuck.getInputStream());
            send(stuck, "EHLO mx.slow.test");
            readReply(stuck.getInputStream());
            send(stuck, "MAIL FROM:<billing@never.slow.test>");
            await().atMost(Duration.ofSeconds(20)).until(() -> dns.queryCount(domain, "TXT") > 0);

            try (Socket waiting = connect()) {
                await().atMost(Duration.ofSeconds(10))
                    .until(() -> james.metric("spoofguard_smtp_session_thread_waits") > before);
                assertThat(LOG.list).filteredOn(e -> e.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage)
                    .anyMatch(line -> line.contains("smtpserver-mx") && line.contains("<sessionThreads>"));
                // queued, not refused: the greeting comes once the DNS timeout frees the thread
                assertThat(readReply(waiting.getInputStream())).startsWith("220");
            }
        }
    }

    private static Socket connect() throws Exception {
        Socket socket = new Socket();
        socket.setSoTimeout(60_000);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), james.smtpPort()), 10_000);
        return socket;
    }
}
