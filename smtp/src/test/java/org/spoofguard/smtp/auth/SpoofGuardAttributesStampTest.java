package org.spoofguard.smtp.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.james.SpoofGuardAttributes;

/**
 * {@link SpoofGuardAttributes#stamp} rewrites the header section in one pass: 20 000 distinct field names (the
 * shape of the 45 MB padding attack, which made the former per-name rewrite quadratic) keep every field, in order,
 * below ours, and every incoming copy of our fields is gone. Its speed is measured in HostileInputIT's 45 MB case.
 */
class SpoofGuardAttributesStampTest {
    @Test
    void manyDistinctFieldsKeepTheirOrderBelowOursAndForgedCopiesAreRemoved() throws Exception {
        StringBuilder sb = new StringBuilder("X-SpoofGuard-Record: v=1; forged\r\nX-SpoofGuard-Error: none\r\n"
            + "Authentication-Results: mx.ours.example; spf=pass smtp.mailfrom=a@b.example\r\n"
            + "Authentication-Results: relay.example; spf=pass smtp.mailfrom=a@b.example\r\n");
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            sb.append("X-Pad-").append(i).append(": ").append("x".repeat(100)).append("\r\n");
        }
        sb.append("From: a@b.example\r\nSubject: s\r\n\r\nbody\r\n");
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
            new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.US_ASCII)));
        VerdictRecord record = VerdictRecord.unauthenticated("192.0.2.1", "h.example", "a@b.example", "DKIM: limit");

        int removed = SpoofGuardAttributes.stamp(m, record, "mx.ours.example", "none (test)");

        assertThat(removed).isEqualTo(3);
        List<String> lines = Collections.list(m.getAllHeaderLines());
        assertThat(lines).hasSize(4 + 1 + n + 2);
        assertThat(lines.get(0)).startsWith("X-SpoofGuard-Record: v=1;");
        assertThat(lines.get(1)).startsWith("Authentication-Results: mx.ours.example");
        assertThat(lines.get(2)).isEqualTo("Received-SPF: none (test)");
        assertThat(lines.get(3)).startsWith("X-SpoofGuard-Error: sender check incomplete");
        assertThat(lines.get(4)).isEqualTo("Authentication-Results: relay.example; spf=pass smtp.mailfrom=a@b.example");
        assertThat(lines.get(5)).startsWith("X-Pad-0: ");
        assertThat(lines.get(4 + n)).startsWith("X-Pad-" + (n - 1) + ": ");
        assertThat(lines.subList(lines.size() - 2, lines.size())).containsExactly("From: a@b.example", "Subject: s");
        assertThat(m.getHeader("X-SpoofGuard-Record")).hasSize(1);
        assertThat(SpoofGuardAttributes.fromMessage(m)).contains(record);
    }
}
