package org.spoofguard.core.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoofguard.core.dkim.DkimTestSupport.bytes;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class CanonicalizationTest {

    /** Canonicalizes {@code body} fed in chunks of {@code chunk} bytes; returns the canonical bytes. */
    private static String canonical(Canonicalization c, String body, int chunk) {
        StringBuilder out = new StringBuilder();
        List<BodyHash> sinks = List.of(new Recording(out));
        BodyCanonicalizer canon = new BodyCanonicalizer(c, sinks);
        byte[] in = bytes(body);
        for (int i = 0; i < in.length; i += chunk) {
            canon.update(in, i, Math.min(chunk, in.length - i));
        }
        canon.finish();
        return out.toString();
    }

    private static final class Recording extends BodyHash {
        private final StringBuilder out;

        Recording(StringBuilder out) {
            super("SHA-256", -1);
            this.out = out;
        }

        @Override
        void update(byte[] buf, int off, int len) {
            super.update(buf, off, len);
            out.append(new String(buf, off, len, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void rfc6376Section345Example() {
        String body = " C \r\nD \t E\r\n\r\n\r\n";
        for (int chunk : new int[] {1, 2, 3, 1000}) {
            assertThat(canonical(Canonicalization.RELAXED, body, chunk)).isEqualTo(" C\r\nD E\r\n");
            assertThat(canonical(Canonicalization.SIMPLE, body, chunk)).isEqualTo(" C \r\nD \t E\r\n");
        }
        assertThat(Canonicalization.RELAXED.header("A: X\r\n")).isEqualTo("a:X\r\n");
        assertThat(Canonicalization.RELAXED.header("B : Y\t\r\n\tZ  \r\n")).isEqualTo("b:Y Z\r\n");
        assertThat(Canonicalization.SIMPLE.header("B : Y\t\r\n\tZ  \r\n")).isEqualTo("B : Y\t\r\n\tZ  \r\n");
    }

    /** §3.4.2 unfolds CRLF (and a stored message's lone LF); a lone CR is a character of the value. */
    @Test
    void relaxedHeaderKeepsALoneCr() {
        assertThat(Canonicalization.RELAXED.header("Subject: a\rb\r\n")).isEqualTo("subject:a\rb\r\n");
        assertThat(Canonicalization.RELAXED.header("Subject: a\r\n b\r\n")).isEqualTo("subject:a b\r\n");
        assertThat(Canonicalization.RELAXED.header("Subject: a\n b\n")).isEqualTo("subject:a b\r\n");
    }

    @Test
    void emptyBodies() {
        assertThat(canonical(Canonicalization.SIMPLE, "", 10)).isEqualTo("\r\n");
        assertThat(canonical(Canonicalization.SIMPLE, "\r\n\r\n", 10)).isEqualTo("\r\n");
        assertThat(canonical(Canonicalization.RELAXED, "", 10)).isEqualTo("");
        assertThat(canonical(Canonicalization.RELAXED, " \t\r\n\r\n", 10)).isEqualTo("");
    }

    @Test
    void wellKnownEmptyBodyHashes() throws Exception {
        // sha256("\r\n") is the bh= every simple-canonicalized empty body carries.
        assertThat(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes("\r\n"))))
                .isEqualTo("frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=");
        BodyHash h = new BodyHash("SHA-256", -1);
        BodyCanonicalizer c = new BodyCanonicalizer(Canonicalization.SIMPLE, List.of(h));
        c.finish();
        assertThat(Base64.getEncoder().encodeToString(h.hash())).isEqualTo("frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=");
        BodyHash r = new BodyHash("SHA-256", -1);
        c = new BodyCanonicalizer(Canonicalization.RELAXED, List.of(r));
        c.finish();
        assertThat(Base64.getEncoder().encodeToString(r.hash())).isEqualTo("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    }

    @Test
    void missingFinalCrlfBareCrAndBareLf() {
        assertThat(canonical(Canonicalization.SIMPLE, "abc", 1)).isEqualTo("abc\r\n");
        assertThat(canonical(Canonicalization.RELAXED, "abc  ", 1)).isEqualTo("abc\r\n");
        assertThat(canonical(Canonicalization.SIMPLE, "a\rb\r\n", 1)).isEqualTo("a\rb\r\n");
        assertThat(canonical(Canonicalization.SIMPLE, "a\nb\n\n", 1)).isEqualTo("a\r\nb\r\n");
        assertThat(canonical(Canonicalization.SIMPLE, "a\r", 1)).isEqualTo("a\r\r\n");
        // Empty lines in the middle survive; only trailing ones go.
        assertThat(canonical(Canonicalization.RELAXED, "a\r\n \r\n\r\nb\r\n\r\n", 2)).isEqualTo("a\r\n\r\n\r\nb\r\n");
    }

    @Test
    void bodyLengthCountsCanonicalBytes() {
        BodyHash limited = new BodyHash("SHA-256", 3);
        BodyHash full = new BodyHash("SHA-256", -1);
        BodyCanonicalizer c = new BodyCanonicalizer(Canonicalization.RELAXED, List.of(limited, full));
        byte[] in = bytes("a  b\r\nmore\r\n");
        c.update(in, 0, in.length);
        c.finish();
        assertThat(limited.canonicalLength()).isEqualTo(11); // "a b\r\nmore\r\n"
        BodyHash expected = new BodyHash("SHA-256", -1);
        expected.update(bytes("a b"), 0, 3);
        expected.finish();
        assertThat(limited.hash()).isEqualTo(expected.hash());
    }

    @Test
    void signatureValueRemovalKeepsEverythingElseByteExact() {
        String field = "DKIM-Signature: v=1; a=rsa-sha256; bh=abc=;\r\n b=AAA\r\n BBB ;\r\n d=example.com\r\n";
        assertThat(DkimVerifier.withoutSignatureValue(field))
                .isEqualTo("DKIM-Signature: v=1; a=rsa-sha256; bh=abc=;\r\n b=;\r\n d=example.com\r\n");
        String last = "DKIM-Signature: v=1; bh=abc=; b = AAA \r\n";
        assertThat(DkimVerifier.withoutSignatureValue(last)).isEqualTo("DKIM-Signature: v=1; bh=abc=; b =\r\n");
    }
}
