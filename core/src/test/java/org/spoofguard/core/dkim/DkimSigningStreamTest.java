package org.spoofguard.core.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoofguard.core.dkim.DkimTestSupport.bytes;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * DkimSign writes the outgoing message into {@link DkimSigner#signingStream()} with MimeMessage.writeTo, in whatever
 * pieces JavaMail and James choose: the signature must not depend on where those pieces end (an empty line split
 * between two writes, a header field cut in half), and must verify over exactly the bytes written.
 */
class DkimSigningStreamTest {
    static final KeyPair KEY = DkimTestSupport.ed25519();

    static DkimSigner signer() {
        return DkimSigner.builder(DkimAlgorithm.ED25519_SHA256, "example.dk", "s", KEY.getPrivate())
            .timestamp(Instant.ofEpochSecond(1_800_000_000L)).oversigned(true).build();
    }

    static String written(byte[] message, int chunk) {
        DkimSigner.SigningStream out = signer().signingStream();
        for (int i = 0; i < message.length; i += chunk) {
            out.write(message, i, Math.min(chunk, message.length - i));
        }
        return out.signatureField();
    }

    static void verifies(String field, byte[] message) {
        byte[] head = bytes(field);
        byte[] signed = java.util.Arrays.copyOf(head, head.length + message.length);
        System.arraycopy(message, 0, signed, head.length, message.length);
        FakeDns dns = new FakeDns().txt("s._domainkey.example.dk", DkimSigner.keyRecord(KEY.getPublic()));
        List<DkimResult> results = new DkimVerifier(dns).verify(signed);
        assertThat(results).singleElement().satisfies(r -> assertThat(r.result()).as(r.reason()).isEqualTo(DkimResultCode.PASS));
    }

    @Test
    void theSignatureIsTheSameWhereverTheWritesEnd() {
        for (String message : List.of(
            "From: a@example.dk\r\nSubject: hej\r\n  folded\r\nTo: b@example.com\r\n\r\nbody\r\n\r\nmore  body \r\n\r\n",
            "From: a@example.dk\nSubject: bare LF\n\nbody\nline\n",
            "From: a@example.dk\r\nSubject: no body\r\n\r\n",
            "From: a@example.dk\r\nSubject: no empty line, no body\r\n",
            "From: a@example.dk\r\nSubject: body starts with an empty line\r\n\r\n\r\nX\r\n")) {
            byte[] b = bytes(message);
            String whole = signer().signatureField(b);
            for (int chunk : new int[] {1, 2, 3, 7, 19, b.length}) {
                assertThat(written(b, chunk)).as("%s in writes of %d bytes", message, chunk).isEqualTo(whole);
            }
            verifies(whole, b);
        }
    }

    @Test
    void aChangedBodyChangesTheBodyHash() {
        String a = written(bytes("From: a@example.dk\r\n\r\nPay to DK50 0040 0440 1162 43\r\n"), 5);
        String b = written(bytes("From: a@example.dk\r\n\r\nPay to DK50 0040 0440 1162 44\r\n"), 5);
        assertThat(a.substring(a.indexOf("bh="))).isNotEqualTo(b.substring(b.indexOf("bh=")));
    }
}
