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
    void addressingRefusalsWithoutOrWithA51StatusAreRejected() {
        for (String reply : new String[] {"550 no such user", "551 5.1.6 moved", "553 5.1.3 bad address syntax",
            "550 5.1.1 <x@relay.test>: recipient unknown"}) {
            server.defaultRcptReply = reply;
            assertThat(callout.probe(server.downstream(), "x@relay.test").status()).as(reply)
                .isEqualTo(CalloutResult.Status.REJECTED);
        }
    }

    @Test
    void fullMailboxIsNotUnknown() {
        // RFC 5321 §4.5.3.1.10: 552 to RCPT is to be treated as temporary
        for (String reply : new String[] {"552 5.2.2 <x@relay.test>: mailbox full", "552 over quota",
            "550 5.2.2 mailbox full", "450 4.2.2 full"}) {
            server.defaultRcptReply = reply;
            CalloutResult r = callout.probe(server.downstream(), "x@relay.test");
            assertThat(r.status()).as(reply).isEqualTo(reply.startsWith("4") ? CalloutResult.Status.DEFERRED
                : CalloutResult.Status.MAILBOX_FULL);
        }
    }

    @Test
    void otherFiveHundredsAtRcptAreTheDownstreamRefusingUs() {
        for (String reply : new String[] {"554 5.7.1 Client host [192.0.2.25] blocked using zen.spamhaus.org",
            "550 5.7.1 relaying denied", "503 5.5.1 bad sequence", "501 syntax", "554 no", "550 5.4.4 unroutable"}) {
            server.defaultRcptReply = reply;
            CalloutResult r = callout.probe(server.downstream(), "x@relay.test");
            assertThat(r.status()).as(reply).isEqualTo(CalloutResult.Status.UNREACHABLE);
            assertThat(r.code()).as(reply).isEqualTo(Integer.parseInt(reply.substring(0, 3)));
        }
    }

    @Test
    void enhancedStatusIsReadOnlyAtTheStartOfTheText() {
        assertThat(SmtpCallout.enhancedStatus("5.1.1 unknown")).isEqualTo("5.1.1");
        assertThat(SmtpCallout.enhancedStatus("5.7.1")).isEqualTo("5.7.1");
        assertThat(SmtpCallout.enhancedStatus("user unknown (5.7.1)")).isEmpty();
        assertThat(SmtpCallout.enhancedStatus("5.1.10x")).isEmpty();
        assertThat(SmtpCallout.enhancedStatus("")).isEmpty();
        assertThat(SmtpCallout.enhancedStatus(null)).isEmpty();
        // RFC 3463 §2 (core.bounce.EnhancedStatusCode): no leading zeros, class 2/4/5, at most 3 digits a part
        assertThat(SmtpCallout.enhancedStatus("5.01.1 unknown")).isEmpty();
        assertThat(SmtpCallout.enhancedStatus("3.1.1 unknown")).isEmpty();
        assertThat(SmtpCallout.enhancedStatus("5.1.1000 unknown")).isEmpty();
        assertThat(SmtpCallout.enhancedStatus("5.1.1.9 unknown")).isEmpty();
        assertThat(SmtpCallout.enhancedStatus("5.1.1\tunknown")).isEqualTo("5.1.1");
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
