package org.spoofguard.core.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalloutServiceTest {
    @TempDir
    Path dir;
    private ScriptedSmtpServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final SmtpCallout callout = new SmtpCallout("mx.test", Duration.ofSeconds(2), Duration.ofSeconds(2),
        Duration.ofSeconds(5));

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedSmtpServer();
        server.rcptReplies.put("alice@relay.test", "250 2.1.5 ok");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private CalloutService service(FileCalloutCache cache, int maxConcurrent) {
        return new CalloutService(callout::probe, cache, clock, Duration.ofDays(7), Duration.ofHours(2), maxConcurrent);
    }

    @Test
    void positiveAnswerIsCachedSoNoSecondConnection() throws IOException {
        try (FileCalloutCache cache = FileCalloutCache.open(dir, 1000, clock)) {
            CalloutService s = service(cache, 5);
            CalloutResult first = s.verify(server.downstream(), "alice@relay.test");
            CalloutResult second = s.verify(server.downstream(), "alice@RELAY.test");
            assertThat(first.status()).isEqualTo(CalloutResult.Status.ACCEPTED);
            assertThat(first.cached()).isFalse();
            assertThat(second.status()).isEqualTo(CalloutResult.Status.ACCEPTED);
            assertThat(second.cached()).isTrue();
            assertThat(server.connections.get()).isEqualTo(1);

            clock.advance(Duration.ofDays(7).plusSeconds(1));
            assertThat(s.verify(server.downstream(), "alice@relay.test").cached()).isFalse();
            assertThat(server.connections.get()).isEqualTo(2);
        }
    }

    @Test
    void negativeAnswerIsCachedForTheNegativeTtlOnly() throws IOException {
        try (FileCalloutCache cache = FileCalloutCache.open(dir, 1000, clock)) {
            CalloutService s = service(cache, 5);
            assertThat(s.verify(server.downstream(), "bob@relay.test").status()).isEqualTo(CalloutResult.Status.REJECTED);
            clock.advance(Duration.ofHours(1));
            CalloutResult again = s.verify(server.downstream(), "bob@relay.test");
            assertThat(again.status()).isEqualTo(CalloutResult.Status.REJECTED);
            assertThat(again.cached()).isTrue();
            assertThat(server.connections.get()).isEqualTo(1);
            clock.advance(Duration.ofHours(1).plusSeconds(1));
            server.rcptReplies.put("bob@relay.test", "250 ok now");
            assertThat(s.verify(server.downstream(), "bob@relay.test").status()).isEqualTo(CalloutResult.Status.ACCEPTED);
            assertThat(server.connections.get()).isEqualTo(2);
        }
    }

    @Test
    void deferredAndUnreachableAreNotCached() throws IOException {
        server.defaultRcptReply = "451 4.3.0 later";
        try (FileCalloutCache cache = FileCalloutCache.open(dir, 1000, clock)) {
            CalloutService s = service(cache, 5);
            assertThat(s.verify(server.downstream(), "carol@relay.test").status()).isEqualTo(CalloutResult.Status.DEFERRED);
            assertThat(s.verify(server.downstream(), "carol@relay.test").status()).isEqualTo(CalloutResult.Status.DEFERRED);
            assertThat(server.connections.get()).isEqualTo(2);
            assertThat(cache.size()).isZero();
        }
    }

    @Test
    void cacheSurvivesANewStoreInstanceFromTheSameDirectory() throws IOException {
        try (FileCalloutCache cache = FileCalloutCache.open(dir, 1000, clock)) {
            CalloutService s = service(cache, 5);
            s.verify(server.downstream(), "alice@relay.test");
            s.verify(server.downstream(), "bob@relay.test");
        }
        assertThat(server.connections.get()).isEqualTo(2);
        try (FileCalloutCache reopened = FileCalloutCache.open(dir, 1000, clock)) {
            CalloutService s = service(reopened, 5);
            CalloutResult a = s.verify(server.downstream(), "alice@relay.test");
            CalloutResult b = s.verify(server.downstream(), "bob@relay.test");
            assertThat(a.status()).isEqualTo(CalloutResult.Status.ACCEPTED);
            assertThat(a.cached()).isTrue();
            assertThat(b.status()).isEqualTo(CalloutResult.Status.REJECTED);
            assertThat(b.cached()).isTrue();
        }
        assertThat(server.connections.get()).isEqualTo(2);
    }

    @Test
    void downstreamDownIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (FileCalloutCache cache = FileCalloutCache.open(dir, 1000, clock)) {
            CalloutResult r = service(cache, 5).verify(new Downstream("127.0.0.1", port), "alice@relay.test");
            assertThat(r.status()).isEqualTo(CalloutResult.Status.UNREACHABLE);
            assertThat(cache.size()).isZero();
        }
    }

    @Test
    void concurrencyLimitPerDestination() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        server.holdRcpt = hold;
        try (FileCalloutCache cache = FileCalloutCache.open(dir, 1000, clock)) {
            CalloutService s = service(cache, 1);
            CompletableFuture<CalloutResult> first = CompletableFuture.supplyAsync(
                () -> s.verify(server.downstream(), "alice@relay.test"));
            assertThat(server.rcptArrived.await(5, TimeUnit.SECONDS)).isTrue();
            CalloutResult second = s.verify(server.downstream(), "dave@relay.test");
            assertThat(second.status()).isEqualTo(CalloutResult.Status.BUSY);
            hold.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS).status()).isEqualTo(CalloutResult.Status.ACCEPTED);
            assertThat(server.connections.get()).isEqualTo(1);
            // the permit was returned
            assertThat(s.verify(server.downstream(), "dave@relay.test").status()).isEqualTo(CalloutResult.Status.REJECTED);
        }
    }
}
