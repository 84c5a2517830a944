package org.spoofguard.core.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * mime4j's address parser reads a String as bytes, each char cut to its low 8 bits: a From naming a domain with a
 * character above U+00FF was evaluated as another domain (Cyrillic а U+0430 became '0', р U+0440 became '@').
 */
class AuthorDomainCharsTest {
    @Test
    void aDomainBeyondLatin1IsEvaluatedAsWritten() {
        assertThat(AuthorDomain.extract(List.of("faktura@d\u0430nfoss.dk")).domains())
                .containsExactly("xn--dnfoss-3nf.dk");
        assertThat(AuthorDomain.extract(List.of("Tønder <faktura@tønder.dk>")).domains())
                .containsExactly("xn--tnder-vua.dk");
    }

    @Test
    void aCharacterWhoseLowByteIsADelimiterIsNoDelimiter() {
        // U+0440 (Cyrillic er) cut to 0x40 read as "faktura@danfoss.dk"; the mail names no address in danfoss.dk
        AuthorDomain.Authors a = AuthorDomain.extract(List.of("faktura\u0440danfoss.dk@nordic-pay.example"));
        assertThat(a.domains()).containsExactly("nordic-pay.example");
        assertThat(a.error()).isEmpty();
    }
}
