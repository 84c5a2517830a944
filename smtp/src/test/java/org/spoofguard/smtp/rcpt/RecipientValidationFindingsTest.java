package org.spoofguard.smtp.rcpt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.james.UserEntityValidator;
import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.core.Username;
import org.apache.james.domainlist.lib.DomainListConfiguration;
import org.apache.james.domainlist.memory.MemoryDomainList;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.rrt.api.RecipientRewriteTableConfiguration;
import org.apache.james.rrt.memory.MemoryRecipientRewriteTable;
import org.apache.james.user.memory.MemoryUsersRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review findings on RCPT validation: postmaster, downstream 5xx classes, retry counting, impossible addresses. */
class RecipientValidationFindingsTest {
    @TempDir
    Path tmp;

    MemoryDomainList domains;
    MemoryUsersRepository users;
    MemoryRecipientRewriteTable rrt;

    @BeforeEach
    void setUp() throws Exception {
        domains = new MemoryDomainList(null);
        domains.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false)
            .defaultDomain(Domain.of("local.test")).build());
        users = MemoryUsersRepository.withVirtualHosting(domains);
        users.addUser(Username.of("alice@local.test"), "secret");
        rrt = new MemoryRecipientRewriteTable();
        rrt.setConfiguration(RecipientRewriteTableConfiguration.DEFAULT_ENABLED);
        rrt.setDomainList(domains);
        rrt.setUsersRepository(users);
        rrt.setUserEntityValidator(UserEntityValidator.NOOP);
    }

    private RecipientValidationHook hook(BaseHierarchicalConfiguration c, Clock clock) throws Exception {
        RecipientValidationHook hook = new RecipientValidationHook(users, rrt, domains, new RecordingMetricFactory());
        if (clock != null) {
            hook.setClock(clock);
        }
        hook.init(c);
        return hook;
    }

    private static HookResult rcpt(RecipientValidationHook hook, SMTPSession s, String address) throws Exception {
        return hook.doRcpt(s, MaybeSender.nullSender(), new MailAddress(address), Map.of());
    }

    private static String show(HookResult r) {
        return r == HookResult.DECLINED ? "DECLINED" : r.getSmtpRetCode() + " " + r.getSmtpDescription();
    }

    // ---- Finding 1: postmaster (RFC 5321 §4.5.1) ----------------------------------------------------------

    @Test
    void postmasterOfALocalDomainIsNeverRefused() throws Exception {
        // The shipped mailetcontainer.xml starts root with PostmasterAlias: postmaster@<any local domain> without a
        // mailbox of its own is delivered to James's <postmaster> (postmaster@<default domain>). Here that mailbox exists.
        domains.addDomain(Domain.of("other.test"));
        users.addUser(Username.of("postmaster@local.test"), "secret");
        RecipientValidationHook hook = hook(new BaseHierarchicalConfiguration(), null);
        SMTPSession s = RecipientValidationHookTest.session("203.0.113.9", null, false);
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        soft.assertThat(show(rcpt(hook, s, "postmaster@other.test"))).as("postmaster@other.test").isEqualTo("DECLINED");
        soft.assertThat(show(rcpt(hook, s, "POSTMASTER@other.test"))).as("POSTMASTER@other.test").isEqualTo("DECLINED");
        soft.assertThat(show(rcpt(hook, s, "postmaster@local.test"))).as("postmaster@local.test").isEqualTo("DECLINED");
        soft.assertAll();
    }

    // ---- Finding 2: a downstream's 552 (mailbox full) / policy 5xx become "550 5.1.1 unknown", cached ------

    @Test
    void downstreamMailboxFull552IsTemporaryNotUnknown() throws Exception {
        try (Downstream d = new Downstream("552 5.2.2 <full@relay.test>: mailbox full")) {
            RecipientValidationHook hook = hook(relayConfig(d.port()), null);
            HookResult r = rcpt(hook, RecipientValidationHookTest.session("203.0.113.9", null, false), "full@relay.test");
            // RFC 5321 §4.5.3.1.10: a 552 to RCPT is to be treated as 452 (temporary)
            assertThat(show(r)).startsWith("4");
            assertThat(show(r)).isEqualTo("452 4.2.2 <full@relay.test>: mailbox full");
            // not cached as unknown: the next RCPT asks again
            rcpt(hook, RecipientValidationHookTest.session("203.0.113.9", null, false), "full@relay.test");
            assertThat(d.connections.get()).isEqualTo(2);
            hook.destroy();
        }
    }

    @Test
    void downstreamRefusingUsByPolicyIsNotRecipientUnknown() throws Exception {
        try (Downstream d = new Downstream("554 5.7.1 Client host [192.0.2.25] blocked using zen.spamhaus.org")) {
            RecipientValidationHook hook = hook(relayConfig(d.port()), null);
            HookResult r = rcpt(hook, RecipientValidationHookTest.session("203.0.113.9", null, false), "bob@relay.test");
            // 5.7.1 is about us (the prober), not the recipient: must not be "550 5.1.1 recipient unknown" for 2h
            assertThat(show(r)).doesNotContain("5.1.1");
            assertThat(show(r)).startsWith("451 4.4.1");
            rcpt(hook, RecipientValidationHookTest.session("203.0.113.9", null, false), "bob@relay.test");
            assertThat(d.connections.get()).isEqualTo(2);
            hook.destroy();
        }
    }

    private BaseHierarchicalConfiguration relayConfig(int port) {
        BaseHierarchicalConfiguration c = new BaseHierarchicalConfiguration();
        c.addProperty("relayDomains.relayDomain.domain", "relay.test");
        c.addProperty("relayDomains.relayDomain.downstream", "127.0.0.1:" + port);
        c.addProperty("calloutCacheDirectory", tmp.toString());
        return c;
    }

    // ---- Finding 3: an honest MTA with a stale list locks itself (and all its users) out ---------------

    @Test
    void mtaResendingTheSameDeadAddressesOnEveryRetryIsNotLockedOut() throws Exception {
        MutableClock clock = new MutableClock();
        RecipientValidationHook hook = hook(new BaseHierarchicalConfiguration(), clock); // shipped defaults: 5 / 20 / 1h / 1h
        // every retry of the queued message starts with the same 5 dead addresses, then the per-session 421
        for (int attempt = 0; attempt < 6; attempt++) {
            SMTPSession s = RecipientValidationHookTest.session("198.51.100.7", null, false);
            for (int i = 0; i < 5; i++) {
                assertThat(show(rcpt(hook, s, "gone" + i + "@local.test"))).startsWith("550 5.1.1");
            }
            assertThat(show(rcpt(hook, s, "gone5@local.test"))).startsWith("421 4.7.0 Too many unknown recipients,");
            clock.advance(Duration.ofMinutes(10));
        }
        SMTPSession other = RecipientValidationHookTest.session("198.51.100.7", null, false);
        assertThat(show(rcpt(hook, other, "alice@local.test"))).isEqualTo("DECLINED");
    }

    // ---- Finding 4: permanent address facts answered as our temporary failure ------------------------

    @Test
    void addressesThatCannotExistAre550NotOurTemporaryFailure() throws Exception {
        RecipientValidationHook hook = hook(new BaseHierarchicalConfiguration(), null);
        SMTPSession s = RecipientValidationHookTest.session("203.0.113.9", null, false);
        assertThat(show(rcpt(hook, s, "\"a@b\"@local.test"))).startsWith("550 5.1.1");
        assertThat(show(rcpt(hook, s, "x".repeat(300) + "@local.test"))).startsWith("550 5.1.1");
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Loopback SMTP peer answering every RCPT with a fixed reply. */
    static final class Downstream implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        final AtomicInteger connections = new AtomicInteger();

        Downstream(String rcptReply) throws IOException {
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept();
                         BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                         OutputStream out = s.getOutputStream()) {
                        connections.incrementAndGet();
                        out.write("220 relay ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
                        String line;
                        while ((line = in.readLine()) != null) {
                            String reply = line.startsWith("RCPT") ? rcptReply : line.equals("QUIT") ? "221 bye" : "250 ok";
                            out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
                            if (line.equals("QUIT")) {
                                break;
                            }
                        }
                    } catch (IOException e) {
                        // next
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
