package org.spoofguard.core.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * RFC 6376 §3.5 gives l=, t= and x= as 1*76DIGIT, so leading zeros are allowed; DkimSignature
 * saturates any value longer than 18 digits to Long.MAX_VALUE by its length alone, so "l=" + 20 zeros + "5" is
 * read as an enormous length (a genuine signature then fails "body shorter than signed length") and an x= with
 * leading zeros never expires.
 */
class DkimSignatureNumericTagTest {
    private static final String ZEROS = "00000000000000000000";

    @Test
    void leadingZerosDoNotChangeTheValue() {
        DkimSignature.Parsed parsed = DkimSignature.parse("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from; "
                + "l=" + ZEROS + "5; t=" + ZEROS + "1000; x=" + ZEROS + "2000; bh=AAAA; b=AAAA\r\n");
        assertThat(parsed.broken()).as("%s", parsed.broken()).isNull();
        DkimSignature sig = parsed.signature();
        assertThat(sig.bodyLength).isEqualTo(5L);
        assertThat(sig.timestamp).isEqualTo(1000L);
        assertThat(sig.expiration).isEqualTo(2000L);
    }
}
