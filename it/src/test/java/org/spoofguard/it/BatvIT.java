package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * Our own domain protected against Joe-Job backscatter: outgoing envelope senders are BATV-signed, a
 * bounce to the signed address comes home, a bounce to an unsigned or forged one is refused at RCPT.
 */
class BatvIT {
    static final String ALICE = "alice@spoofguard.test";
    static final String CAROL = "carol@spoofguard.test";
    static final String DAVE = "dave@spoofguard.test";
    static final SmtpSink sink = newSink();

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension(harness -> harness
        .relayThrough(sink.port())
        .property("batv.keys", "1:batv-it-secret-0123456789"));

    static JamesHarness james;

    @BeforeAll
    static void provision() {
        james = server.harness();
        james.addDomain("spoofguard.test").addUser(ALICE, "secret").addUser("postmaster@spoofguard.test", "secret")
            .addUser(CAROL, "secret").addUser(DAVE, "secret");
        sink.replyToRcpt("gone@remote.example", "550 5.1.1 <gone@remote.example>: no such user");
    }

    @AfterAll
    static void stopSink() throws IOException {
        sink.close();
    }

    @Test
    void outgoingSenderIsSignedAndItsBounceComesHome() throws Exception {
        try (SmtpTestClient smtp = SmtpTestClient.connect(james.submissionPort(), "127.0.0.50")) {
            smtp.ehlo("laptop.example");
            assertThat(smtp.startTls(james.clientTls()).code()).isEqualTo(220);
            smtp.ehlo("laptop.example");
            assertThat(smtp.authPlain(ALICE, "secret").code()).isEqualTo(235);
            smtp.mailFrom(ALICE);
            smtp.rcptTo("friend@remote.example");
            assertThat(smtp.data("From: alice@spoofguard.test\nTo: friend@remote.example\nSubject: signed\n\nhi\n").code()).isEqualTo(250);
            smtp.quit();
        }
        SmtpSink.Received out = sink.await(m -> m.recipients().contains("friend@remote.example"), Duration.ofSeconds(30));
        assertThat(out.mailFrom()).matches("prvs=1\\d{3}[0-9a-f]{6}=alice@spoofguard\\.test");
        assertThat(out.content()).contains("From: alice@spoofguard.test");

        try (SmtpTestClient remote = SmtpTestClient.connect(james.smtpPort(), "127.0.0.51")) {
            remote.ehlo("mx.remote.example");
            remote.mailFrom("");
            assertThat(remote.rcptTo(out.mailFrom()).code()).isEqualTo(250);
            assertThat(remote.data("From: MAILER-DAEMON@remote.example\nSubject: Undelivered Mail Returned to Sender\n\nno such user\n").code())
                .isEqualTo(250);
            remote.quit();
        }
        try (TestIMAPClient imap = james.imap(ALICE, "secret")) {
            imap.awaitMessageCount(await().atMost(Duration.ofSeconds(30)), 1);
            assertThat(imap.readFirstMessage()).contains("Undelivered Mail Returned to Sender");
        }
    }

    @Test
    void bouncesToUnsignedOrForgedAddressesAreRefusedDuringTheSession() throws Exception {
        try (SmtpTestClient remote = SmtpTestClient.connect(james.smtpPort(), "127.0.0.52")) {
            remote.ehlo("mx.victim-of-joe-job.example");
            remote.mailFrom("");
            SmtpReply unsigned = remote.rcptTo(ALICE);
            assertThat(unsigned.code()).isEqualTo(550);
            assertThat(unsigned.text()).contains("5.7.1").contains("BATV: unsigned");
            // A forger who knows the scheme but not the key: right key number and a fresh day, guessed hash.
            long expiry = (java.time.LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay() + 7) % 1000;
            SmtpReply forged = remote.rcptTo(String.format("prvs=1%03dabcdef=alice@spoofguard.test", expiry));
            assertThat(forged.code()).isEqualTo(550);
            assertThat(forged.text()).contains("bad signature");
            // RFC 5321 §4.5.1: postmaster takes any mail, bounces included.
            assertThat(remote.rcptTo("postmaster@spoofguard.test").code()).isEqualTo(250);
            remote.quit();
        }
        int before = sink.received().size();
        try (SmtpTestClient sender = SmtpTestClient.connect(james.smtpPort(), "127.0.0.53")) {
            sender.ehlo("mx.example.org");
            sender.mailFrom("someone@example.org");
            assertThat(sender.rcptTo(ALICE).code()).as("ordinary mail is not affected").isEqualTo(250);
            sender.quit();
        }
        assertThat(sink.received()).hasSize(before);
    }

    @Test
    void ourAuthenticatedUserGetsTheDsnThroughHerSignedAddress() throws Exception {
        try (SmtpTestClient smtp = SmtpTestClient.connect(james.submissionPort(), "127.0.0.54")) {
            smtp.ehlo("laptop.example");
            assertThat(smtp.startTls(james.clientTls()).code()).isEqualTo(220);
            smtp.ehlo("laptop.example");
            assertThat(smtp.authPlain(CAROL, "secret").code()).isEqualTo(235);
            smtp.mailFrom(CAROL);
            smtp.rcptTo("gone@remote.example");
            assertThat(smtp.data("From: carol@spoofguard.test\nTo: gone@remote.example\nSubject: lost\n\nhello\n").code())
                .isEqualTo(250);
            smtp.quit();
        }
        // The remote end refuses the recipient: the bounce guard lets the DSN go (SMTP AUTH proves the sender),
        // DSNBounce addresses it to the BATV-signed envelope sender, which is unwrapped to Carol's mailbox.
        try (TestIMAPClient imap = james.imap(CAROL, "secret")) {
            imap.awaitMessageCount(await().atMost(Duration.ofSeconds(60)), 1);
            String dsn = imap.readFirstMessage();
            assertThat(dsn).containsIgnoringCase("multipart/report").contains("gone@remote.example");
        }
        assertThat(sink.received()).noneMatch(m -> m.mailFrom().isEmpty());
    }

    /**
     * Automatic answers to the envelope sender with a non-null MAIL FROM (RFC 3834 §3.1.5 only says SHOULD use <>; list
     * confirmations, challenge-response, many responders) reach the signed address: a valid tag is accepted from any
     * sender and unwrapped to the user's mailbox. Before, only MAIL FROM:<> was looked at and recipient validation
     * answered 550 5.1.1 for "prvs=…=dave", an address we issued ourselves.
     */
    @Test
    void anAutoReplyWithANonNullSenderToOurSignedAddressIsDelivered() throws Exception {
        try (SmtpTestClient smtp = SmtpTestClient.connect(james.submissionPort(), "127.0.0.55")) {
            smtp.ehlo("laptop.example");
            assertThat(smtp.startTls(james.clientTls()).code()).isEqualTo(220);
            smtp.ehlo("laptop.example");
            assertThat(smtp.authPlain(DAVE, "secret").code()).isEqualTo(235);
            smtp.mailFrom(DAVE);
            smtp.rcptTo("bob@remote.example");
            assertThat(smtp.data("From: dave@spoofguard.test\nTo: bob@remote.example\nSubject: hello\n\nhi\n").code())
                .isEqualTo(250);
            smtp.quit();
        }
        SmtpSink.Received out = sink.await(m -> m.recipients().contains("bob@remote.example"), Duration.ofSeconds(30));
        assertThat(out.mailFrom()).startsWith("prvs=");

        try (SmtpTestClient remote = SmtpTestClient.connect(james.smtpPort(), "127.0.0.56")) {
            remote.ehlo("mx.remote.example");
            remote.mailFrom("bob@remote.example");
            SmtpReply rcpt = remote.rcptTo(out.mailFrom());
            assertThat(rcpt.code()).as("RCPT TO:<%s> from a non-null sender: %s", out.mailFrom(), rcpt).isEqualTo(250);
            assertThat(remote.data("From: bob@remote.example\nTo: dave@spoofguard.test\nSubject: Auto: hello\n\n"
                + "I am away\n").code()).isEqualTo(250);
            remote.quit();
        }
        try (TestIMAPClient imap = james.imap(DAVE, "secret")) {
            imap.awaitMessageCount(await().atMost(Duration.ofSeconds(30)), 1);
            assertThat(imap.readFirstMessage()).contains("I am away");
        }
    }

    @Test
    void aNonNullSenderToAForgedTagIsStillAnUnknownUser() throws Exception {
        try (SmtpTestClient remote = SmtpTestClient.connect(james.smtpPort(), "127.0.0.57")) {
            remote.ehlo("mx.remote.example");
            remote.mailFrom("bob@remote.example");
            long expiry = (java.time.LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay() + 3) % 1000;
            SmtpReply forged = remote.rcptTo(String.format("prvs=1%03dabcdef=alice@spoofguard.test", expiry));
            assertThat(forged.code()).as("%s", forged).isEqualTo(550);
            remote.quit();
        }
    }

    private static SmtpSink newSink() {
        try {
            return new SmtpSink();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
