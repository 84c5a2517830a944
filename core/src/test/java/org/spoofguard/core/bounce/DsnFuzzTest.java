package org.spoofguard.core.bounce;

import org.spoofguard.core.FuzzTiming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for the RFC 3464 DSN parser. Anyone can send a "bounce": backscatter victims receive forged
 * DSNs by the thousand, and the bounce guard reads each one. The parser must answer "DSN" or "not a DSN"
 * with a reason for every byte string; its catch-all ("unreadable report: ...") swallowing one of our own
 * RuntimeExceptions is a bug the target reports.
 */
class DsnFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        long start = System.nanoTime();
        DsnParseResult r = DsnParser.parse(new ByteArrayInputStream(data));
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, 2_000, "parse time");
        assertThat(r).isNotNull();
        assertThat(r.reason()).isNotNull().doesNotStartWith("unreadable report:");
        r.dsn().ifPresent(dsn -> {
            assertThat(dsn.recipients()).hasSizeLessThanOrEqualTo(DsnParser.MAX_RECIPIENTS);
            dsn.recipients().forEach(rcpt -> assertThat(rcpt.action()).isNotNull());
        });
    }
}
