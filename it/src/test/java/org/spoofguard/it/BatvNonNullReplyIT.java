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
 * with BATV on, our users' envelope senders go out as prvs=…=alice@ours. Automatic answers that
 * go to the envelope sender with a non-null MAIL FROM (RFC 3834 only says SHOULD use <>; James's own Sieve
 * vacation, and so SpoofGuard's, sends with MAIL FROM = the user; list confirmations, challenge-response)
 * reach the signed address. BatvRcptHook looks only at MAIL FROM:<> and passes them on; recipient validation then
 * sees the local part "prvs=…=alice", no such user: 550 5.1.1 for an address we issued ourselves.
 */
class BatvNonNullReplyIT {
    static final String ALICE = "alice@spoofguard.test";
    static final SmtpSink sink = newSink();

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension(harness -> harness
        .relayThrough(sink.port())
        .property("batv.keys", "1:batv-it-secret-0123456789"));

    static JamesHarness james;

    @BeforeAll
    static void provision() {
        james = server.harness();
        james.addDomain("spoofguard.test").addUser(ALICE, "secret").addUser("postmaster@spoofguard.test", "secret");
    }

    @AfterAll
    static void stopSink() throws IOException {
        sink.close();
    }

    @Test
    void anAutoReplyWithANonNullSenderToOurSignedAddressIsAccepted() throws Exception {
        try (SmtpTestClient smtp = SmtpTestClient.connect(james.submissionPort(), "127.0.0.50")) {
            smtp.ehlo("laptop.example");
            assertThat(smtp.startTls(james.clientTls()).code()).isEqualTo(220);
            smtp.ehlo("laptop.example");
            assertThat(smtp.authPlain(ALICE, "secret").code()).isEqualTo(235);
            smtp.mailFrom(ALICE);
            smtp.rcptTo("bob@remote.example");
            assertThat(smtp.data("From: alice@spoofguard.test\nTo: bob@remote.example\nSubject: hello\n\nhi\n").code())
                .isEqualTo(250);
            smtp.quit();
        }
        SmtpSink.Received out = sink.await(m -> m.recipients().contains("bob@remote.example"), Duration.ofSeconds(30));
        assertThat(out.mailFrom()).startsWith("prvs=");

        try (SmtpTestClient remote = SmtpTestClient.connect(james.smtpPort(), "127.0.0.51")) {
            remote.ehlo("mx.remote.example");
            remote.mailFrom("bob@remote.example"); // a Sieve vacation reply as James (and SpoofGuard) sends it
            SmtpReply rcpt = remote.rcptTo(out.mailFrom());
            assertThat(rcpt.code()).as("RCPT TO:<%s> from a non-null sender: %s", out.mailFrom(), rcpt).isEqualTo(250);
            assertThat(remote.data("From: bob@remote.example\nTo: alice@spoofguard.test\nSubject: Auto: hello\n\n"
                + "I am away\n").code()).isEqualTo(250);
            remote.quit();
        }
        // BatvUnwrapRecipient turns the signed address back into alice's for a non-null sender too
        try (TestIMAPClient imap = james.imap(ALICE, "secret")) {
            imap.awaitMessageCount(await().atMost(Duration.ofSeconds(30)), 1);
            assertThat(imap.readFirstMessage()).contains("I am away");
        }
    }

    @Test
    void aNonNullSenderToAForgedTagIsStillAnUnknownUser() throws Exception {
        try (SmtpTestClient remote = SmtpTestClient.connect(james.smtpPort(), "127.0.0.52")) {
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
