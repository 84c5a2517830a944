package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DsnParserTest {
    static DsnParseResult parse(String mail) {
        return DsnParser.parse(new ByteArrayInputStream(mail.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    // Shaped like RFC 3464 Appendix C and like real Postfix reports.
    static final String POSTFIX = """
        Return-Path: <>
        From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
        To: alice@example.com
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status;
        \tboundary="B1"
        Auto-Submitted: auto-replied

        This is a MIME-encapsulated message.

        --B1
        Content-Type: text/plain; charset=us-ascii

        I'm sorry to have to inform you that your message could not be delivered.

        --B1
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.net
        Original-Envelope-Id: QQ314159
        X-Postfix-Queue-ID: 4D5B8C0
        Arrival-Date: Mon, 2 Nov 2026 10:00:00 +0100 (CET)

        Original-Recipient: rfc822;Bob@Example.ORG
        Final-Recipient: rfc822; bob@example.org
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.example.org
        Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address
            rejected: User unknown

        Final-Recipient: rfc822; carol@example.org
        Action: delayed
        Status: 4.2.2 (mailbox full)

        --B1
        Content-Type: text/rfc822-headers

        From: alice@example.com
        Message-ID: <orig-1@example.com>
        Subject: hi

        --B1--
        """;

    @Test
    void readsAWellFormedDsn() {
        DsnParseResult r = parse(POSTFIX);
        assertThat(r.isDsn()).isTrue();
        DeliveryStatusNotification dsn = r.dsn().orElseThrow();
        assertThat(dsn.isComplete()).as(r.reason()).isTrue();
        assertThat(dsn.reportingMta()).isEqualTo("mx.example.net");
        assertThat(dsn.originalEnvelopeId()).isEqualTo("QQ314159");
        assertThat(dsn.originalMessageId()).isEqualTo("<orig-1@example.com>");
        assertThat(dsn.recipients()).hasSize(2);
        DeliveryStatusNotification.Recipient bob = dsn.recipients().get(0);
        assertThat(bob.originalRecipient()).isEqualTo("Bob@Example.ORG");
        assertThat(bob.finalRecipient()).isEqualTo("bob@example.org");
        assertThat(bob.action()).isEqualTo("failed");
        assertThat(bob.status()).isEqualTo("5.1.1");
        assertThat(bob.remoteMta()).isEqualTo("mail.example.org");
        assertThat(bob.diagnosticCode()).isEqualTo("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
        assertThat(bob.isFailure()).isTrue();
        DeliveryStatusNotification.Recipient carol = dsn.recipients().get(1);
        assertThat(carol.status()).isEqualTo("4.2.2");
        assertThat(carol.action()).isEqualTo("delayed");
        assertThat(carol.isFailure()).isFalse();
    }

    @Test
    void readsADsnNestedInMultipartMixedAndAnEmbeddedOriginal() {
        String mail = """
            From: a@b.example
            Content-Type: multipart/mixed; boundary=OUT

            --OUT
            Content-Type: multipart/report; report-type="delivery-status"; boundary=IN

            --IN
            Content-Type: text/plain

            failed
            --IN
            Content-Type: message/delivery-status
            Content-Transfer-Encoding: base64

            """ + java.util.Base64.getMimeEncoder().encodeToString(
            "Reporting-MTA: dns; mx.b.example\r\n\r\nFinal-Recipient: rfc822; x@y.example\r\nAction: failed\r\nStatus: 5.0.0\r\n"
                .getBytes(StandardCharsets.US_ASCII)) + """

            --IN
            Content-Type: message/rfc822

            Message-ID: <m2@b.example>
            Subject: x

            body
            --IN--
            --OUT--
            """;
        DsnParseResult r = parse(mail);
        assertThat(r.isDsn()).as(r.reason()).isTrue();
        DeliveryStatusNotification dsn = r.dsn().orElseThrow();
        assertThat(dsn.recipients()).singleElement().extracting(DeliveryStatusNotification.Recipient::finalRecipient)
            .isEqualTo("x@y.example");
        assertThat(dsn.originalMessageId()).isEqualTo("<m2@b.example>");
    }

    @Test
    void ordinaryMailIsNotADsn() {
        assertThat(parse("From: a@b.example\nSubject: hello\n\nhello\n").isDsn()).isFalse();
        DsnParseResult mdn = parse("""
            Content-Type: multipart/report; report-type=disposition-notification; boundary=X

            --X
            Content-Type: message/disposition-notification

            Final-Recipient: rfc822; x@y.example
            Disposition: manual-action/MDN-sent-manually; displayed
            --X--
            """);
        assertThat(mdn.isDsn()).isFalse();
        assertThat(mdn.reason()).isNotBlank();
    }

    @Test
    void reportWithoutStatusPartIsNotADsn() {
        DsnParseResult r = parse("""
            Content-Type: multipart/report; report-type=delivery-status; boundary=X

            --X
            Content-Type: text/plain

            your mail bounced
            --X--
            """);
        assertThat(r.isDsn()).isFalse();
        assertThat(r.reason()).contains("no message/delivery-status");
    }

    @Test
    void brokenStatusFieldsGivePartialResultWithProblems() {
        DsnParseResult r = parse("""
            Content-Type: multipart/report; boundary=X

            --X
            Content-Type: message/delivery-status

            garbage line without colon
            Final-Recipient: rfc822; x@y.example
            Status: five-oh-oh
            --X--
            """);
        assertThat(r.isDsn()).isTrue();
        DeliveryStatusNotification dsn = r.dsn().orElseThrow();
        assertThat(dsn.isComplete()).isFalse();
        assertThat(dsn.problems()).anyMatch(p -> p.contains("report-type"))
            .anyMatch(p -> p.contains("Reporting-MTA"))
            .anyMatch(p -> p.contains("per-recipient") || p.contains("Status") || p.contains("Action"));
        assertThat(r.reason()).startsWith("partial");
    }

    @Test
    void aStatusIsReadByTheOneEnhancedCodeRule() {
        for (String[] c : new String[][] {{"5.1.1", "5.1.1"}, {"4.2.2 (mailbox full)", "4.2.2"},
            {"smtp; 5.7.1 refused", "5.7.1"}, {"5.1.1.9", ""}, {"5.01.1", ""}, {"3.1.1", ""}, {"5.1.1000", ""},
            {"1.2.5.4.3", ""}}) {
            DsnParseResult r = parse("""
                Content-Type: multipart/report; report-type=delivery-status; boundary=X

                --X
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.b.example

                Final-Recipient: rfc822; x@y.example
                Action: failed
                Status: %s
                --X--
                """.formatted(c[0]));
            assertThat(r.dsn().orElseThrow().recipients().get(0).status()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void truncatedOrUnterminatedMultipartNeverThrows() {
        String cut = POSTFIX.substring(0, POSTFIX.indexOf("Action: failed"));
        DsnParseResult r = parse(cut);
        assertThat(r).isNotNull();
        assertThat(r.isDsn()).isTrue();
        assertThat(r.dsn().orElseThrow().recipients()).singleElement()
            .extracting(DeliveryStatusNotification.Recipient::finalRecipient).isEqualTo("bob@example.org");
    }

    @Test
    void failingStreamAndGarbageNeverThrow() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThat(DsnParser.parse(failing).isDsn()).isFalse();
        assertThat(DsnParser.parse(null).isDsn()).isFalse();
        byte[] garbage = new byte[100_000];
        new java.util.Random(42).nextBytes(garbage);
        assertThat(DsnParser.parse(new ByteArrayInputStream(garbage)).isDsn()).isFalse();
    }
}
