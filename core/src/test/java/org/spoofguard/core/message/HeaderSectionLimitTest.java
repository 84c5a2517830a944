package org.spoofguard.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HeaderSectionLimitTest {
    static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void countsFieldsNotContinuationLinesAndStopsAtTheEmptyLine() throws IOException {
        String head = "From: a@b.example\r\nSubject: one\r\n folded\r\n\tagain\r\nTo: c@d.example\r\n";
        assertThat(HeaderSectionLimit.exceeded(in(head + "\r\n" + "X: y\r\n".repeat(100)), 1000, 3)).isEmpty();
        assertThat(HeaderSectionLimit.exceeded(in(head + "X-Four: 4\r\n\r\nbody"), 1000, 3)).contains("more than 3 header fields");
        assertThat(HeaderSectionLimit.exceeded(in("From: a@b.example\nTo: c\n\nbody"), 1000, 2)).isEmpty();
    }

    @Test
    void aHeaderSectionOverTheByteLimitIsReportedWithoutReadingTheBody() throws IOException {
        String big = "X-Pad: " + "x".repeat(2000) + "\r\n\r\n";
        assertThat(HeaderSectionLimit.exceeded(in(big), 1000, 10)).contains("header section larger than 1000 bytes");
        // the same bytes in the body are fine
        assertThat(HeaderSectionLimit.exceeded(in("From: a@b.example\r\n\r\n" + big), 1000, 10)).isEmpty();
        // a message without a body at all
        assertThat(HeaderSectionLimit.exceeded(in("From: a@b.example\r\n"), 1000, 10)).isEmpty();
    }

    /** A lone CR ends a line as for JavaMail (HeaderLineEnds): the fields JavaMail stores are the fields counted. */
    @Test
    void aLoneCrEndsALineForTheFieldCount() throws IOException {
        assertThat(HeaderSectionLimit.exceeded(in("A: 1\rB: 2\rC: 3\r\n\r\n"), 1000, 2)).contains("more than 2 header fields");
        assertThat(HeaderSectionLimit.exceeded(in("A: 1\r\rB: 2\r\nC: 3\r\n\r\n"), 1000, 1)).isEmpty();
    }
}
