package org.spoofguard.core.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The DKIM header reader splits lines as JavaMail does (a lone CR ends a line), so the fields it verifies are the
 * fields James stores and the user sees.
 */
class HeaderSectionLineEndsTest {

    private static InputStream in(String s) {
        return new BufferedInputStream(new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aLoneCrInsideAFieldEndsIt() throws IOException {
        HeaderSection h = HeaderSection.read(in("Subject: urgent\rFrom: CEO <ceo@dmarc.test>\r\nTo: x@y.test\r\n\r\n"), 1 << 20);
        assertThat(h.fields()).extracting(HeaderSection.Field::name).containsExactly("subject", "from", "to");
        assertThat(h.fields().get(0).raw()).isEqualTo("Subject: urgent\r\n");
        assertThat(h.fields().get(1).raw()).isEqualTo("From: CEO <ceo@dmarc.test>\r\n");
    }

    @Test
    void aLoneCrLineEndsTheHeaderSectionAndTheBodyStartsRightAfterIt() throws IOException {
        InputStream in = in("From: CEO <ceo@dmarc.test>\r\n\rFrom: x@pass.spf.test\r\n\r\nHello\r\n");
        HeaderSection h = HeaderSection.read(in, 1 << 20);
        assertThat(h.fields()).extracting(HeaderSection.Field::raw).containsExactly("From: CEO <ceo@dmarc.test>\r\n");
        assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
                .isEqualTo("From: x@pass.spf.test\r\n\r\nHello\r\n");
    }

    @Test
    void crCrLfIsAnEmptyLineThenABodyLine() throws IOException {
        InputStream in = in("From: a@a.test\r\n\r\r\nbody\r\n");
        HeaderSection h = HeaderSection.read(in, 1 << 20);
        assertThat(h.fields()).hasSize(1);
        assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("\r\nbody\r\n");
    }

    @Test
    void crlfAndLfAreUnchanged() throws IOException {
        InputStream in = in("From: a@a.test\r\nSubject: x\r\n y\nTo: b@b.test\n\nbody");
        HeaderSection h = HeaderSection.read(in, 1 << 20);
        assertThat(h.fields()).extracting(HeaderSection.Field::raw)
                .containsExactly("From: a@a.test\r\n", "Subject: x\r\n y\r\n", "To: b@b.test\r\n");
        assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("body");
    }
}
