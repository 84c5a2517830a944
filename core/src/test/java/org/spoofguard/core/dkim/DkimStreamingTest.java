package org.spoofguard.core.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoofguard.core.dkim.DkimTestSupport.bytes;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A 10 MB message generated on the fly: never held in memory by the test, the signer or the verifier. */
class DkimStreamingTest {
    private static final long BODY_BYTES = 10L * 1024 * 1024;

    /** Deterministic message: fixed headers, then body lines with WSP runs, until BODY_BYTES; optionally one byte flipped. */
    static final class GeneratedMessage extends InputStream {
        private final byte[] header = ("From: big@example.com\r\nTo: x@example.dk\r\nSubject: large attachment\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        private final long tamperAt;
        private long pos;
        private byte[] line = new byte[0];
        private int linePos;
        private long lineNo;
        long bodyRead;

        GeneratedMessage(long tamperAt) {
            this.tamperAt = tamperAt;
        }

        @Override
        public int read() {
            if (pos < header.length) {
                return header[(int) pos++] & 0xff;
            }
            if (bodyRead >= BODY_BYTES) {
                return -1;
            }
            if (linePos == line.length) {
                line = ("line " + lineNo++ + " \t of   the  body\t\r\n").getBytes(StandardCharsets.US_ASCII);
                linePos = 0;
            }
            int b = line[linePos++] & 0xff;
            if (bodyRead++ == tamperAt) {
                b = 'X';
            }
            pos++;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            int n = 0;
            while (n < len) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buf[off + n++] = (byte) b;
            }
            return n;
        }
    }

    @Test
    void tenMegabyteBodyIsHashedInOnePassForAllSignatures() {
        KeyPair rsa = DkimTestSupport.rsa(2048);
        KeyPair ed = DkimTestSupport.ed25519();
        String rsaField = DkimSigner.builder(DkimAlgorithm.RSA_SHA256, "example.com", "r", rsa.getPrivate()).build()
                .signatureField(new GeneratedMessage(-1));
        String edField = DkimSigner.builder(DkimAlgorithm.ED25519_SHA256, "example.com", "e", ed.getPrivate())
                .canonicalization(Canonicalization.SIMPLE, Canonicalization.SIMPLE).build()
                .signatureField(new SequenceInputStream(new ByteArrayInputStream(bytes(rsaField)), new GeneratedMessage(-1)));
        FakeDns dns = new FakeDns()
                .txt("r._domainkey.example.com", DkimSigner.keyRecord(rsa.getPublic()))
                .txt("e._domainkey.example.com", DkimSigner.keyRecord(ed.getPublic()));
        DkimVerifier verifier = new DkimVerifier(dns);

        GeneratedMessage body = new GeneratedMessage(-1);
        List<DkimResult> results = verifier.verify(new SequenceInputStream(
                new ByteArrayInputStream(bytes(edField + rsaField)), body));
        assertThat(results).extracting(DkimResult::algorithm).containsExactly("ed25519-sha256", "rsa-sha256");
        assertThat(results).allSatisfy(r -> assertThat(r.result()).as(r.reason()).isEqualTo(DkimResultCode.PASS));
        assertThat(body.bodyRead).isEqualTo(BODY_BYTES);

        List<DkimResult> tampered = verifier.verify(new SequenceInputStream(
                new ByteArrayInputStream(bytes(edField + rsaField)), new GeneratedMessage(BODY_BYTES / 2)));
        assertThat(tampered).allSatisfy(r -> {
            assertThat(r.result()).isEqualTo(DkimResultCode.FAIL);
            assertThat(r.reason()).isEqualTo("body hash mismatch");
        });
    }
}
