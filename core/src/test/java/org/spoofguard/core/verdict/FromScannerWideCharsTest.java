package org.spoofguard.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dmarc.AuthorDomain;

/**
 * FromScanner keeps {@link SenderAuthenticator#MAX_FROM_BYTES} of a From field and its last
 * {@link SenderAuthenticator#TAIL_BYTES}, joined by a space: meant for a field too long for DMARC anyway
 * ({@link AuthorDomain#MAX_FROM_LENGTH} characters), whose domains are then all evaluated. But three-byte characters
 * (CJK, RFC 6532 UTF-8 headers) make 32 KiB only ~10,900 characters: the joined value is parsed as if it were the
 * field, and what was cut out of its middle is never evaluated.
 */
class FromScannerWideCharsTest {

    @Test
    void theMiddleOfAFieldOfThreeByteCharactersIsNotCutOut() {
        String from = "\"" + "中".repeat(11_000) + "\", ceo@victim.example, \"" + "中".repeat(1_500)
            + "\" <me@forger.example>";
        assertThat(from.length()).as("a field DMARC parses whole").isLessThan(AuthorDomain.MAX_FROM_LENGTH);
        assertThat(AuthorDomain.extract(List.of(from)).domains()).as("the field itself")
            .containsExactly("victim.example", "forger.example");

        List<String> kept = SenderAuthenticator.fromFields("From: " + from + "\r\nSubject: x\r\n\r\nbody\r\n");

        assertThat(AuthorDomain.extract(kept).domains()).as("what DMARC evaluates of the message")
            .contains("victim.example");
    }

    /**
     * A From longer than is kept "is not parsed, but every domain written after an @ in it is evaluated"
     * (docs/sender-authentication.md): the domains written in the part between the head and the tail were not.
     */
    @Test
    void aDomainWrittenInTheCutOutMiddleIsEvaluated() {
        String from = "\"" + "a".repeat(60_000) + "\", ceo@victim.example, \"" + "b".repeat(10_000)
            + "\" <me@forger.example>";

        List<String> kept = SenderAuthenticator.fromFields("From: " + from + "\r\nSubject: x\r\n\r\nbody\r\n");

        assertThat(AuthorDomain.extract(kept).domains()).contains("victim.example", "forger.example");
    }

    /** Straddling the end of the head: "ceo@vic" kept, "tim.example" cut out. */
    @Test
    void aDomainCutByTheEndOfTheHeadIsEvaluated() {
        int head = SenderAuthenticator.MAX_FROM_BYTES;
        String from = "\"" + "a".repeat(head - 12) + "\", ceo@vic" + "tim.example, \"" + "b".repeat(10_000)
            + "\" <me@forger.example>";
        assertThat((" " + from).substring(0, head)).as("the head kept of the value after 'From:'").endsWith("ceo@vic");

        List<String> kept = SenderAuthenticator.fromFields("From: " + from + "\r\nSubject: x\r\n\r\nbody\r\n");

        assertThat(AuthorDomain.extract(kept).domains()).contains("victim.example", "forger.example");
    }
}
