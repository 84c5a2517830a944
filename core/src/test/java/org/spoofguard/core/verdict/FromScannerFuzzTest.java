package org.spoofguard.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.spoofguard.core.message.HeaderLineEnds;

/**
 * The From scanner DMARC reads the header section with (docs/fuzzing.md). Lines are split as JavaMail splits them
 * (core.message.HeaderLineEnds), whatever the chunking of the input.
 */
class FromScannerFuzzTest {

    /**
     * Never an exception; no value holds a CR or LF (every one of them ends a line); at most one field more than DMARC
     * evaluates is kept; the same values byte by byte as in one piece; and a header section without a bare CR, read
     * with its CRs removed from CRLFs, gives the same values (a CRLF and a lone LF are the same line end).
     */
    @FuzzTest(maxDuration = "60s")
    void fromFields(byte[] data) throws IOException {
        SenderAuthenticator.FromScanner whole = new SenderAuthenticator.FromScanner();
        whole.accept(data, 0, data.length);
        SenderAuthenticator.FromScanner bytewise = new SenderAuthenticator.FromScanner();
        for (int i = 0; i < data.length; i++) {
            bytewise.accept(data, i, 1);
        }
        List<String> values = whole.values();
        assertThat(bytewise.values()).isEqualTo(values);
        assertThat(values).hasSizeLessThanOrEqualTo(SenderAuthenticator.MAX_FROM_FIELDS);
        assertThat(values).allSatisfy(v -> assertThat(v).doesNotContain("\r").doesNotContain("\n"));
        if (HeaderLineEnds.bareCarriageReturn(new ByteArrayInputStream(data)).isEmpty()) {
            byte[] lf = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            SenderAuthenticator.FromScanner lfOnly = new SenderAuthenticator.FromScanner();
            lfOnly.accept(lf, 0, lf.length);
            // only the header section counts: the body may hold anything
            if (lfOnly.headerComplete() == whole.headerComplete()) {
                assertThat(lfOnly.values()).isEqualTo(values);
            }
        }
    }
}
