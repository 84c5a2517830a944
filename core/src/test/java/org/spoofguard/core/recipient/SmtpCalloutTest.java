package org.spoofguard.core.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmtpCalloutTest {
    private ScriptedSmtpServer server;
    private final SmtpCallout callout = new SmtpCallout("mx.spoofguard.test", Duration.ofSeconds(2),
        Duration.ofSeconds(2), Duration.ofSeconds(5));

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedSmtpServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void acceptedRecipientUsesNullSenderAndQuits() {
        server.rcptReplies.put("alice@relay.test", "250 2.1.5 ok");
        CalloutResult r = callout.probe(server.downstream(), "alice@relay.test");
        assertThat(r.status()).isEqualTo(CalloutResult.Status.ACCEPTED);
        assertThat(r.code()).isEqualTo(250);
        assertThat(server.commands).containsExactly("EHLO mx.spoofguard.test", "MAIL FROM:<>",
            "RCPT TO:<alice@relay.test>", "QUIT");
    }

    @Test
    void fiveHundredAtRcptIsRejected() {
        CalloutResult r = callout.probe(server.downstream(), "nobody@relay.test");
        assertThat(r.status()).isEqualTo(CalloutResult.Status.REJECTED);
        assertThat(r.code()).isEqualTo(550);
        assertThat(r.reply()).contains("no such user");
    }

    @Test
    void fourHundredAtRcptIsDeferred() {
        server.defaultRcptReply = "450 4.2.1 try later";
        assertThat(callout.probe(server.downstream(), "x@relay.test").status()).isEqualTo(CalloutResult.Status.DEFERRED);
    }

    @Test
    void refusalOfNullSenderIsNotAStatementAboutTheRecipient() {
        server.mailReply = "550 5.7.1 we do not like null senders";
        CalloutResult r = callout.probe(server.downstream(), "x@relay.test");
        assertThat(r.status()).isEqualTo(CalloutResult.Status.UNREACHABLE);
        assertThat(server.commands).noneMatch(c -> c.startsWith("RCPT"));
    }

    @Test
    void bad554GreetingIsUnreachable() {
        server.greeting = "554 5.3.2 go away";
        assertThat(callout.probe(server.downstream(), "x@relay.test").status()).isEqualTo(CalloutResult.Status.UNREACHABLE);
    }

    @Test
    void ehloRefusedFallsBackToHelo() {
        server.ehloReply = "502 5.5.2 no ESMTP";
        // the script answers HELO with the same reply, so make it differentiate via the command log
        CalloutResult r = callout.probe(server.downstream(), "x@relay.test");
        assertThat(server.commands).contains("HELO mx.spoofguard.test");
        assertThat(r.status()).isEqualTo(CalloutResult.Status.UNREACHABLE);
    }

    @Test
    void multiLineRepliesAreRead() {
        server.greeting = "220-downstream.test\r\n220-more banner\r\n220 ready";
        server.rcptReplies.put("a@relay.test", "250-first\r\n250 2.1.5 ok");
        assertThat(callout.probe(server.downstream(), "a@relay.test").status()).isEqualTo(CalloutResult.Status.ACCEPTED);
    }

    @Test
    void silentServerTimesOutAsUnreachable() {
        server.silent = true;
        SmtpCallout quick = new SmtpCallout("h", Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(1));
        long t0 = System.nanoTime();
        CalloutResult r = quick.probe(server.downstream(), "a@relay.test");
        assertThat(r.status()).isEqualTo(CalloutResult.Status.UNREACHABLE);
        assertThat(r.reason()).contains("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void closedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        CalloutResult r = callout.probe(new Downstream("127.0.0.1", port), "a@relay.test");
        assertThat(r.status()).isEqualTo(CalloutResult.Status.UNREACHABLE);
    }

    @Test
    void crlfInAddressIsNeverSent() {
        CalloutResult r = callout.probe(server.downstream(), "a@relay.test>\r\nDATA");
        assertThat(r.status()).isEqualTo(CalloutResult.Status.UNREACHABLE);
        assertThat(server.connections.get()).isZero();
    }

    @Test
    void downstreamParsing() {
        assertThat(Downstream.parse("mx.example:2525")).isEqualTo(new Downstream("mx.example", 2525));
        assertThat(Downstream.parse("mx.example")).isEqualTo(new Downstream("mx.example", 25));
        assertThat(Downstream.parse("[::1]:26")).isEqualTo(new Downstream("::1", 26));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Downstream.parse("mx:0"))
            .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Downstream.parse("::1:25"))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
