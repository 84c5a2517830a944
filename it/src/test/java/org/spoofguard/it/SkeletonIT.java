package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpSink;
import org.spoofguard.testing.smtp.SmtpTestClient;

/** The bundled server starts from conf/ and our hook, matcher and mailet act on a real SMTP transaction. */
class SkeletonIT {
    static final String DOMAIN = "spoofguard.test";
    static final String ALICE = "alice@" + DOMAIN;
    static final String PASSWORD = "secret";

    static final SmtpSink sink = newSink();

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension(harness -> harness.relayThrough(sink.port()));

    static JamesHarness james;

    @BeforeAll
    static void provision() {
        james = server.harness();
        james.addDomain(DOMAIN).addUser(ALICE, PASSWORD);
    }

    @AfterAll
    static void stopSink() throws Exception {
        sink.close();
    }

    private static SmtpSink newSink() {
        try {
            return new SmtpSink();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void sessionContextIsRecordedStampedAndForgedCopiesRemoved() throws Exception {
        try (SmtpSmtp smtp = new SmtpSmtp(SmtpTestClient.connect(james.smtpPort(), "127.0.0.23"))) {
            assertThat(smtp.c.ehlo("outsider.example").code()).isEqualTo(250);
            assertThat(smtp.c.mailFrom("someone@outsider.example").code()).isEqualTo(250);
            assertThat(smtp.c.rcptTo(ALICE).code()).isEqualTo(250);
            assertThat(smtp.c.data("""
                From: someone@outsider.example
                To: alice@spoofguard.test
                Subject: hello
                X-SpoofGuard-Session: client-ip=10.9.9.9; helo=trusted.example; envelope-from=ceo@spoofguard.test

                Body.
                """).code()).isEqualTo(250);
            smtp.c.quit();
        }

        String headers = james.awaitFirstMessageHeaders(ALICE, PASSWORD, Duration.ofSeconds(30));
        assertThat(headers)
            .contains("X-SpoofGuard-Session: client-ip=127.0.0.23; helo=outsider.example; envelope-from=someone@outsider.example")
            .doesNotContain("10.9.9.9");
    }

    @Test
    void authenticatedSubmissionRelaysToTheSink() throws Exception {
        try (SmtpSmtp smtp = new SmtpSmtp(SmtpTestClient.connect(james.submissionPort(), "127.0.0.24"))) {
            smtp.c.ehlo("client.example");
            assertThat(smtp.c.startTls(james.clientTls()).code()).isEqualTo(220);
            smtp.c.ehlo("client.example");
            assertThat(smtp.c.authPlain(ALICE, PASSWORD).code()).isEqualTo(235);
            assertThat(smtp.c.mailFrom(ALICE).code()).isEqualTo(250);
            assertThat(smtp.c.rcptTo("friend@remote.example").code()).isEqualTo(250);
            assertThat(smtp.c.data("From: alice@spoofguard.test\nTo: friend@remote.example\nSubject: out\n\nHi\n").code()).isEqualTo(250);
        }
        SmtpSink.Received received = sink.await(m -> m.recipients().contains("friend@remote.example"), Duration.ofSeconds(30));
        assertThat(received.mailFrom()).isEqualTo(ALICE);
        assertThat(received.content()).contains("Subject: out");
    }

    @Test
    void outsidersCannotRelay() throws Exception {
        try (SmtpSmtp smtp = new SmtpSmtp(SmtpTestClient.connect(james.smtpPort(), "127.0.0.25"))) {
            smtp.c.ehlo("outsider.example");
            smtp.c.mailFrom("someone@outsider.example");
            SmtpReply reply = smtp.c.rcptTo("victim@remote.example");
            assertThat(reply.code()).isEqualTo(550);
            assertThat(reply.text()).contains("5.7.1");
        }
    }

    /** try-with-resources holder that always QUITs politely. */
    record SmtpSmtp(SmtpTestClient c) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            try {
                c.quit();
            } catch (Exception ignored) {
                // already closed
            }
            c.close();
        }
    }
}
