package org.spoofguard.core.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoofguard.core.dkim.DkimTestSupport.bytes;

import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * docs/dkim-signing.md says our outgoing mail signs "the RFC 6376 §5.4.1 set present in the mail",
 * but DkimSigner.DEFAULT_HEADERS leaves out the §5.4.1 Resent-* and List-* fields. RFC 8058 §4 requires
 * List-Unsubscribe and List-Unsubscribe-Post to be covered by a valid DKIM signature for one-click unsubscribe; a
 * replayer can add or swap an unsigned List-Unsubscribe / Resent-From on our signed mail and keep dkim=pass.
 */
class DkimSignerHeaderSetTest {
    private static final KeyPair RSA = DkimTestSupport.rsa(2048);

    @Test
    void theRfc6376Section541FieldsPresentAreSigned() {
        byte[] message = bytes("From: News <news@example.com>\r\nTo: member@example.dk\r\nSubject: news\r\n"
                + "Date: Tue, 3 Jun 2025 10:00:00 +0200\r\nMessage-ID: <n1@example.com>\r\n"
                + "List-Id: <news.example.com>\r\n"
                + "List-Unsubscribe: <https://example.com/u/123>\r\n"
                + "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
                + "Resent-From: editor@example.com\r\nResent-Date: Tue, 3 Jun 2025 11:00:00 +0200\r\n"
                + "\r\nHello.\r\n");
        // as DkimKeyStore.SigningKey.signer() signs our outgoing mail
        String field = DkimSigner.builder(DkimAlgorithm.RSA_SHA256, "example.com", "s1", RSA.getPrivate())
                .oversigned(true).build().signatureField(message);
        DkimSignature sig = DkimSignature.parse(field).signature();
        List<String> h = sig.signedHeaders;
        assertThat(h).as(field).contains("list-id", "list-unsubscribe", "list-unsubscribe-post", "resent-from", "resent-date");
    }
}
