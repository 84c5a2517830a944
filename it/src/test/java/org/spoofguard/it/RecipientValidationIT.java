package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.inject.Provider;

import org.apache.james.rrt.api.RecipientRewriteTable;
import org.apache.james.rrt.api.RecipientRewriteTableException;
import org.apache.james.rrt.jpa.JPARecipientRewriteTable;
import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

import com.google.inject.Scopes;

/**
 * Issue 4 end to end: the shipped conf/smtpserver.xml wiring of RecipientValidationHook and
 * RelayDomainAcceptHook, against a real James 3.8.1, real SMTP, real WebAdmin-made mappings, and a
 * second real SMTP server on loopback as the relay-domain downstream. One James start, one restart.
 *
 * <p>Every refusal must happen at RCPT: the gateway sink (RemoteDelivery's only way out) must never see a
 * bounce; the only message allowed through is the one an authenticated user really sent outward.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecipientValidationIT {
    static final String DOMAIN = "spoofguard.test";
    static final String ALICE = "alice@" + DOMAIN;
    static final String FULL = "full@" + DOMAIN;
    static final String PASSWORD = "secret";
    static final String RELAY = "relay.test";
    static final String DOWN = "down.test";

    /** RemoteDelivery's gateway: whatever leaves the server lands here. */
    static SmtpSink gateway;
    /** The mail system behind the relay domain: knows only known@relay.test. */
    static SmtpSink downstream;
    static int closedPort;
    static JamesHarness james;

    @BeforeAll
    static void start() throws Exception {
        gateway = new SmtpSink();
        downstream = new SmtpSink()
            .defaultRcptReply("550 5.1.1 no such user here")
            .replyToRcpt("known@" + RELAY, "250 2.1.5 ok");
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        james = new JamesHarness()
            .relayThrough(gateway.port())
            // both servers carry the relay domains (so both hook instances share the cache directory)
            .patch("smtpserver.xml", xml -> xml
                // the submission server as a second MX for the shared cache: no AUTH before MAIL
                .replace("<handler class=\"org.spoofguard.smtp.auth.SubmissionAuthHook\"/>", "")
                .replace("<calloutCacheDirectory>file://var/spoofguard/callout-cache</calloutCacheDirectory>",
                "<calloutCacheDirectory>file://var/spoofguard/callout-cache</calloutCacheDirectory>\n"
                    + "<calloutHeloName>mx.spoofguard.test</calloutHeloName>\n"
                    + "<calloutConnectTimeout>2s</calloutConnectTimeout>\n"
                    + "<relayDomains>"
                    + "<relayDomain><domain>" + RELAY + "</domain><downstream>127.0.0.1:" + downstream.port() + "</downstream></relayDomain>"
                    + "<relayDomain><domain>" + DOWN + "</domain><downstream>127.0.0.1:" + closedPort + "</downstream></relayDomain>"
                    + "</relayDomains>"))
            .override(binder -> binder.bind(RecipientRewriteTable.class).toProvider(SwitchableRrt.class).in(Scopes.SINGLETON))
            .start();
        james.addDomain(DOMAIN).addDomain("alias.test")
            .addUser(ALICE, PASSWORD).addUser(FULL, PASSWORD).addUser("moved@" + DOMAIN, PASSWORD);
        // an existing user forwarded (WebAdmin forwards are made for users) to a user since deleted
        james.webadminOk("PUT", "/address/forwards/moved@" + DOMAIN + "/targets/deleted@" + DOMAIN, null);
        james.webadminOk("PUT", "/address/aliases/" + ALICE + "/sources/sales@" + DOMAIN, null);
        james.webadminOk("PUT", "/address/groups/team@" + DOMAIN + "/" + ALICE, null);
        james.webadminOk("PUT", "/address/groups/ghosts@" + DOMAIN + "/deleted@" + DOMAIN, null);
        james.webadminOk("PUT", "/domains/" + DOMAIN + "/aliases/alias.test", null);
        // James's loop check does not look at regex mappings: ping -> pong -> ping ... until the mapping limit
        james.webadminOk("POST", "/mappings/regex/ping@" + DOMAIN + "/targets/ping@.*:pong@" + DOMAIN, null);
        james.webadminOk("POST", "/mappings/regex/pong@" + DOMAIN + "/targets/pong@.*:ping@" + DOMAIN, null);
    }

    @AfterAll
    static void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        gateway.close();
        downstream.close();
    }

    @Test
    @Order(1)
    void unknownLocalRecipientIs550AtRcptAndMappingsToRealUsersAreAccepted() throws Exception {
        try (Session s = Session.mx("127.0.0.41")) {
            SmtpReply unknown = s.c.rcptTo("nobody@" + DOMAIN);
            assertThat(unknown.code()).isEqualTo(550);
            assertThat(unknown.text()).startsWith("5.1.1 <nobody@" + DOMAIN + ">: recipient unknown");
            assertThat(s.c.rcptTo(ALICE).code()).isEqualTo(250);
            assertThat(s.c.rcptTo("sales@" + DOMAIN).code()).as("alias").isEqualTo(250);
            assertThat(s.c.rcptTo("team@" + DOMAIN).code()).as("group").isEqualTo(250);
            assertThat(s.c.rcptTo("alice@alias.test").code()).as("domain alias").isEqualTo(250);
            assertThat(s.c.rcptTo("nobody@alias.test").code()).as("domain alias to no user").isEqualTo(550);
            SmtpReply ghosts = s.c.rcptTo("ghosts@" + DOMAIN);
            assertThat(ghosts.code()).as("group whose only member does not exist").isEqualTo(550);
            SmtpReply loop = s.c.rcptTo("ping@" + DOMAIN);
            assertThat(loop.code()).as("looping mapping").isEqualTo(550);
            assertThat(loop.text()).startsWith("5.1.1");
            // James's RecipientRewriteTable mailet rewrites users too: the mail would go to deleted@, not moved@
            assertThat(s.c.rcptTo("moved@" + DOMAIN).code()).as("existing user forwarded to a deleted user").isEqualTo(550);
        }
    }

    @Test
    @Order(2)
    void fullMailboxIs452AtRcpt() throws Exception {
        try (Session s = Session.mx("127.0.0.42")) {
            assertThat(s.c.rcptTo(FULL).code()).isEqualTo(250);
            assertThat(s.c.data("From: someone@outsider.example\nTo: " + FULL + "\nSubject: fill\n\n"
                + ("x".repeat(70) + "\n").repeat(30)).code()).isEqualTo(250);
        }
        try (TestIMAPClient imap = james.imap(FULL, PASSWORD)) {
            imap.awaitMessageCount(await().atMost(Duration.ofSeconds(30)), 1);
        }
        james.webadminOk("PUT", "/quota/users/" + FULL + "/size", "100");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            try (Session s = Session.mx("127.0.0.42")) {
                SmtpReply reply = s.c.rcptTo(FULL);
                assertThat(reply.code()).isEqualTo(452);
                assertThat(reply.text()).startsWith("4.2.2 <" + FULL + ">: mailbox full");
            }
        });
        // a mapping whose only target is full is refused the same (temporary) way
        james.webadminOk("PUT", "/address/aliases/" + FULL + "/sources/boss@" + DOMAIN, null);
        try (Session s = Session.mx("127.0.0.42")) {
            assertThat(s.c.rcptTo("boss@" + DOMAIN).code()).isEqualTo(452);
            assertThat(s.c.rcptTo(ALICE).code()).isEqualTo(250);
        }
    }

    @Test
    @Order(3)
    void repositoryFailureIs451NeverA5xx() throws Exception {
        SwitchableRrt.failing = true;
        try (Session s = Session.mx("127.0.0.43")) {
            SmtpReply reply = s.c.rcptTo("storefail@" + DOMAIN);
            assertThat(reply.code()).isEqualTo(451);
            assertThat(reply.text()).startsWith("4.3.0 <storefail@" + DOMAIN + ">");
            // the injected failure hits only storefail*: other addresses (users are resolved too) still work
            assertThat(s.c.rcptTo(ALICE).code()).isEqualTo(250);
        } finally {
            SwitchableRrt.failing = false;
        }
        try (Session s = Session.mx("127.0.0.43")) {
            assertThat(s.c.rcptTo("storefail@" + DOMAIN).code()).as("store back").isEqualTo(550);
        }
    }

    @Test
    @Order(4)
    void relayDomainRecipientsAreVerifiedByCalloutAndCached() throws Exception {
        int connectionsBefore = downstream.connectionCount();
        try (Session s = Session.mx("127.0.0.44")) {
            SmtpReply known = s.c.rcptTo("known@" + RELAY);
            assertThat(known.code()).isEqualTo(250);
            SmtpReply unknown = s.c.rcptTo("unknown@" + RELAY);
            assertThat(unknown.code()).isEqualTo(550);
            assertThat(unknown.text()).startsWith("5.1.1 <unknown@" + RELAY + ">");
            SmtpReply down = s.c.rcptTo("anyone@" + DOWN);
            assertThat(down.code()).isEqualTo(451);
            assertThat(down.text()).startsWith("4.4.1");
        }
        assertThat(downstream.connectionCount() - connectionsBefore).isEqualTo(2);
        assertThat(downstream.commands()).contains("MAIL FROM:<>", "RCPT TO:<known@" + RELAY + ">", "QUIT")
            .noneMatch(c -> c.equalsIgnoreCase("DATA"));
        assertThat(downstream.commands()).anyMatch(c -> c.equals("EHLO mx.spoofguard.test"));

        // same recipients again, in a new session and over the other server: answered from the shared cache
        try (Session s = Session.mx("127.0.0.45")) {
            assertThat(s.c.rcptTo("known@" + RELAY).code()).isEqualTo(250);
            assertThat(s.c.rcptTo("unknown@" + RELAY).code()).isEqualTo(550);
        }
        try (Session s = Session.on(james.submissionPort(), "127.0.0.45")) {
            assertThat(s.c.rcptTo("known@" + RELAY).code()).isEqualTo(250);
        }
        assertThat(downstream.connectionCount() - connectionsBefore).as("no second callout").isEqualTo(2);
        assertThat(downstream.commands().stream().filter(c -> c.equals("RCPT TO:<known@" + RELAY + ">")).count())
            .isEqualTo(1);
        Path cacheFile = james.data().resolve("var/spoofguard/callout-cache/callout-cache.txt");
        assertThat(cacheFile).exists();
        assertThat(Files.readString(cacheFile)).contains("known@" + RELAY);
    }

    @Test
    @Order(5)
    void afterTooManyUnknownRecipientsTheSessionGets421AndIsClosed() throws Exception {
        try (Session s = Session.mx("127.0.0.46")) {
            for (int i = 0; i < 5; i++) {
                assertThat(s.c.rcptTo("guess" + i + "@" + DOMAIN).code()).isEqualTo(550);
            }
            SmtpReply cut = s.c.rcptTo(ALICE);
            assertThat(cut.code()).isEqualTo(421);
            assertThat(cut.text()).startsWith("4.7.0");
            assertThat(s.c.isClosedByServer()).isTrue();
        }
        // another client is not punished for it
        try (Session s = Session.mx("127.0.0.47")) {
            assertThat(s.c.rcptTo(ALICE).code()).isEqualTo(250);
        }
    }

    @Test
    @Order(6)
    void authenticatedSenderRelayingOutwardIsNotAffected() throws Exception {
        int connectionsBefore = downstream.connectionCount();
        try (SmtpTestClient c = SmtpTestClient.connect(james.submissionPort(), "127.0.0.48")) {
            c.ehlo("laptop.example");
            assertThat(c.startTls(james.clientTls()).code()).isEqualTo(220);
            c.ehlo("laptop.example");
            assertThat(c.authPlain(ALICE, PASSWORD).code()).isEqualTo(235);
            assertThat(c.mailFrom(ALICE).code()).isEqualTo(250);
            // typos in local addresses are still refused now (not bounced later)...
            for (int i = 0; i < 7; i++) {
                assertThat(c.rcptTo("typo" + i + "@" + DOMAIN).code()).isEqualTo(550);
            }
            // ...but never cut the session, and outward / relay-domain recipients are neither probed nor refused
            assertThat(c.rcptTo("friend@remote.example").code()).isEqualTo(250);
            assertThat(c.rcptTo("stranger@" + RELAY).code()).isEqualTo(250);
            assertThat(c.rcptTo("rcpt-only@" + DOWN).code()).isEqualTo(250);
            c.command("RSET");
            assertThat(c.mailFrom(ALICE).code()).isEqualTo(250);
            assertThat(c.rcptTo("friend@remote.example").code()).isEqualTo(250);
            assertThat(c.data("From: " + ALICE + "\nTo: friend@remote.example\nSubject: outward\n\nhi\n").code())
                .isEqualTo(250);
            c.quit();
        }
        assertThat(downstream.connectionCount()).as("no callout for an authenticated sender").isEqualTo(connectionsBefore);
        gateway.await(m -> m.recipients().contains("friend@remote.example"), Duration.ofSeconds(30));
    }

    @Test
    @Order(7)
    void countersAreExposedAtWebAdminMetrics() {
        String metrics = james.webadminOk("GET", "/metrics", null).body();
        for (String counter : new String[] {"unknown", "accepted", "mailbox_full", "tempfail", "harvest",
            "callout_accepted", "callout_rejected", "callout_unreachable", "callout_cached"}) {
            assertThat(metrics).as(counter)
                .containsPattern(Pattern.compile("(?m)^spoofguard_rcpt_" + counter + "(_total)?(\\{[^}]*\\})? [1-9]"));
        }
    }

    @Test
    @Order(8)
    void calloutCacheSurvivesARestart() throws Exception {
        int connectionsBefore = downstream.connectionCount();
        james.restart();
        try (Session s = Session.mx("127.0.0.49")) {
            assertThat(s.c.rcptTo("known@" + RELAY).code()).isEqualTo(250);
            assertThat(s.c.rcptTo("unknown@" + RELAY).code()).isEqualTo(550);
        }
        assertThat(downstream.connectionCount()).as("answered from the restored cache").isEqualTo(connectionsBefore);
    }

    /**
     * postmaster@ is accepted without a mailbox (RFC 5321 §4.5.1). Before PostmasterMailbox, James's PostmasterAlias
     * handed it to postmaster@localhost, LocalDelivery failed and the mail went the bounce path after its 250 (seen
     * here: filed under suppressed bounces; a proven sender would have got a DSN).
     */
    @Test
    @Order(9)
    void postmasterMailWithoutAMailboxIsKeptThenGoesToAPostmasterThatExists() throws Exception {
        String suppressedBefore = james.repositoryMails("file://var/mail/suppressed-bounces/");
        try (Session s = Session.mx("127.0.0.49")) {
            assertThat(s.c.rcptTo("postmaster@" + DOMAIN).code()).isEqualTo(250);
            assertThat(s.c.data("From: someone@outsider.example\nTo: postmaster@" + DOMAIN
                + "\nSubject: your server is listed\n\nplease look\n").code()).isEqualTo(250);
        }
        String error = "file://var/mail/error/";
        await().atMost(Duration.ofSeconds(30)).until(() -> !james.repositoryMails(error).equals("[]"));
        String key = james.repositoryMails(error).replaceAll("^\\[\"|\"\\]$", "");
        assertThat(james.heldMailDetails(error, key, "headers"))
            .contains("postmaster has no mailbox on this server", "your server is listed");
        assertThat(james.repositoryMails("file://var/mail/suppressed-bounces/")).isEqualTo(suppressedBefore);

        james.addDomain("other.test").addUser("postmaster@other.test", PASSWORD);
        try (Session s = Session.mx("127.0.0.49")) {
            assertThat(s.c.rcptTo("Postmaster@" + DOMAIN).code()).isEqualTo(250);
            assertThat(s.c.data("From: someone@outsider.example\nTo: postmaster@" + DOMAIN
                + "\nSubject: second notice\n\nplease look\n").code()).isEqualTo(250);
        }
        assertThat(james.awaitFirstMessageHeaders("postmaster@other.test", PASSWORD, Duration.ofSeconds(30)))
            .contains("Subject: second notice");
        assertThat(james.repositoryMails(error)).isEqualTo("[\"" + key + "\"]");
    }

    @Test
    @Order(10)
    void nothingButTheAuthenticatedMailLeftTheServer() throws Exception {
        // give the spool and RemoteDelivery time to send any bounce it might have produced
        Thread.sleep(5_000);
        assertThat(gateway.received()).hasSize(1);
        assertThat(gateway.received().get(0).recipients()).containsExactly("friend@remote.example");
        assertThat(gateway.received().get(0).mailFrom()).isEqualTo(ALICE);
    }

    /** An SMTP session from an outsider address up to MAIL FROM; QUITs on close. */
    record Session(SmtpTestClient c) implements AutoCloseable {
        static Session mx(String sourceIp) throws Exception {
            return on(james.smtpPort(), sourceIp);
        }

        static Session on(int port, String sourceIp) throws Exception {
            SmtpTestClient c = SmtpTestClient.connect(port, sourceIp);
            c.ehlo("outsider.example");
            assertThat(c.mailFrom("someone@outsider.example").code()).isEqualTo(250);
            return new Session(c);
        }

        @Override
        public void close() throws Exception {
            try {
                c.quit();
            } catch (Exception ignored) {
                // already closed by the server
            }
            c.close();
        }
    }

    /**
     * James's rewrite table behind a switch: while {@link #failing}, resolving an address whose local part
     * starts with "storefail" throws as a broken database would (other addresses keep working, so mail in
     * flight elsewhere in the server is not disturbed).
     */
    public static class SwitchableRrt implements Provider<RecipientRewriteTable> {
        static volatile boolean failing;
        private final JPARecipientRewriteTable delegate;

        @Inject
        public SwitchableRrt(JPARecipientRewriteTable delegate) {
            this.delegate = delegate;
        }

        @Override
        public RecipientRewriteTable get() {
            InvocationHandler handler = (proxy, method, args) -> {
                if (failing && method.getName().equals("getResolvedMappings") && args != null
                    && String.valueOf(args[0]).startsWith("storefail")) {
                    throw new RecipientRewriteTableException("injected: rewrite table store unavailable");
                }
                try {
                    return method.invoke(delegate, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (RecipientRewriteTable) Proxy.newProxyInstance(RecipientRewriteTable.class.getClassLoader(),
                new Class<?>[] {RecipientRewriteTable.class}, handler);
        }
    }
}
