package org.spoofguard.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class HeaderLineEndsTest {

    private static Optional<String> bareCr(String message) throws IOException {
        return HeaderLineEnds.bareCarriageReturn(new ByteArrayInputStream(message.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void crlfAndBareLfHeaderSectionsAreAccepted() throws IOException {
        assertThat(bareCr("From: a@a.test\r\nSubject: x\r\n\r\nbody\r\n")).isEmpty();
        assertThat(bareCr("From: a@a.test\nSubject: x\n\nbody\n")).isEmpty();
        assertThat(bareCr("From: a@a.test\r\nSubject: x\r\n folded\r\n\r\n")).isEmpty();
        assertThat(bareCr("From: a@a.test\r\n")).isEmpty(); // no body
        assertThat(bareCr("")).isEmpty();
    }

    /** A lone CR in the body is not the header section's business (the boundary is what matters). */
    @Test
    void aLoneCrInTheBodyIsNotLookedAt() throws IOException {
        assertThat(bareCr("From: a@a.test\r\n\r\nline\rsame line?\r\n")).isEmpty();
        assertThat(bareCr("From: a@a.test\n\n\rbody\n")).isEmpty();
    }

    /** JavaMail ends the line at the lone CR: "Subject: x CR From: y" is two fields to the user, one to a CRLF reader. */
    @Test
    void aLoneCrInsideAFieldIsReported() throws IOException {
        assertThat(bareCr("Subject: urgent\rFrom: CEO <ceo@dmarc.test>\r\nTo: x@y.test\r\n\r\nHello\r\n"))
                .hasValueSatisfying(why -> assertThat(why).contains("line 1").contains("bare CR"));
        assertThat(bareCr("To: x@y.test\r\nSubject: urgent\r")).isPresent(); // CR at end of input
    }

    /** A line that is a lone CR ends the header section for JavaMail; what follows is body to the user. */
    @Test
    void aLoneCrLineIsReported() throws IOException {
        assertThat(bareCr("From: CEO <ceo@dmarc.test>\r\n\rFrom: x@pass.spf.test\r\n\r\nHello\r\n"))
                .hasValueSatisfying(why -> assertThat(why).contains("line 2"));
        assertThat(bareCr("From: a@a.test\r\n\r\r\nbody\r\n")).isPresent();
    }

    @Test
    void readsNoFurtherThanTheHeaderSectionLimit() throws IOException {
        String huge = "X: " + "a".repeat(HeaderSectionLimit.MAX_BYTES + 10) + "\rFrom: b@b.test\r\n\r\n";
        assertThat(bareCr(huge)).isEmpty();
    }
}
