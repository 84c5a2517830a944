package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Bounded time and memory, and no Error escaping, for forged "bounces" built to hurt the parser. */
class DsnParserHostileTest {
    private static DsnParseResult parse(String mail) {
        return DsnParser.parse(new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void deeplyNestedMultipartsNeverThrow() {
        int depth = 50_000;
        StringBuilder sb = new StringBuilder("Content-Type: multipart/mixed; boundary=b0\r\n\r\n");
        for (int i = 1; i < depth; i++) {
            sb.append("--b").append(i - 1).append("\r\nContent-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n");
        }
        String mail = sb.toString();
        long start = System.nanoTime();
        org.assertj.core.api.Assertions.assertThatCode(() -> assertThat(parse(mail).dsn()).isEmpty())
            .doesNotThrowAnyException();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void deeplyNestedMessagesNeverThrow() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            sb.append("Content-Type: message/rfc822\r\n\r\n");
        }
        sb.append("Subject: x\r\n\r\nbody\r\n");
        String mail = sb.toString();
        org.assertj.core.api.Assertions.assertThatCode(() -> parse(mail)).doesNotThrowAnyException();
    }

    @Test
    void thousandsOfRecipientBlocksAndFieldsAreBounded() {
        StringBuilder status = new StringBuilder("Reporting-MTA: dns; mx.example\r\n\r\n");
        for (int i = 0; i < 20_000; i++) {
            status.append("Final-Recipient: rfc822; u").append(i).append("@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n");
            for (int j = 0; j < 3; j++) {
                status.append("X-F").append(j).append(": ").append("v".repeat(10)).append("\r\n");
            }
            status.append("\r\n");
        }
        String mail = "Content-Type: multipart/report; report-type=delivery-status; boundary=x\r\n\r\n--x\r\n"
            + "Content-Type: text/plain\r\n\r\nfailed\r\n--x\r\nContent-Type: message/delivery-status\r\n\r\n" + status
            + "--x--\r\n";
        long start = System.nanoTime();
        DsnParseResult r = parse(mail);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(r.dsn()).isPresent();
        assertThat(r.dsn().get().recipients()).hasSizeLessThanOrEqualTo(DsnParser.MAX_RECIPIENTS);
    }

    @Test
    void oneEndlesslyFoldedFieldIsBounded() {
        String status = "Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; a@example.org\r\nAction: failed\r\n"
            + "Status: 5.1.1\r\nDiagnostic-Code: smtp; 550" + " x\r\n".repeat(60_000) + "\r\n";
        String mail = "Content-Type: multipart/report; report-type=delivery-status; boundary=x\r\n\r\n--x\r\n"
            + "Content-Type: text/plain\r\n\r\nfailed\r\n--x\r\nContent-Type: message/delivery-status\r\n\r\n" + status
            + "--x--\r\n";
        DsnParseResult r = parse(mail);
        assertThat(r.dsn()).isPresent();
        assertThat(r.dsn().get().recipients().get(0).diagnosticCode().length()).isLessThanOrEqualTo(HeaderValues.MAX_VALUE + 300);
    }
}
