package org.spoofguard.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Regression for the fuzzing finding kept as {@code AuthenticationResultsFuzzTestInputs/parseHostile/tab_in_quoted_reason}:
 * a TAB inside a quoted reason was read as a TAB, but {@code format} writes it as a space, so the parsed verdict
 * did not survive format/parse. A TAB (raw, escaped, or left by unfolding "CRLF TAB") now reads as a space.
 */
class AuthenticationResultsQuotedTabTest {
    private static final String ID = "mx.spoofguard.test";
    private static final String TAIL = " smtp.mailfrom=a@example.com; dkim=none; dmarc=none header.from=example.com";
    private static final String HEAD = ID + " (spoofguard client-ip=192.0.2.10 helo=mail.example.com mailfrom=a@example.com);"
        + " spf=pass reason=\"matched ip4";

    @Test
    void tabInQuotedReasonReadsAsSpaceAndRoundTrips() {
        Optional<SenderVerdict> withSpace = AuthenticationResultsHeader.parse(HEAD + " x\"" + TAIL, ID);
        assertThat(withSpace).isPresent();
        assertThat(withSpace.get().spfMailFrom().reason()).isEqualTo("matched ip4 x");
        for (String tab : new String[] {"\t", "\\\t", "\r\n\t"}) {
            Optional<SenderVerdict> v = AuthenticationResultsHeader.parse(HEAD + tab + "x\"" + TAIL, ID);
            assertThat(v).as(tab).isEqualTo(withSpace);
            String again = AuthenticationResultsHeader.format(v.get(), ID);
            assertThat(AuthenticationResultsHeader.parse(again, ID)).as(again).isEqualTo(v);
        }
    }
}
