package org.spoofguard.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BilingualTest {
    @Test
    void englishFirstThenDanishAfterTheSeparator() {
        String text = Bilingual.of("mode: unknown parameter 'x'", "mode: ukendt parameter 'x'");

        assertThat(text).isEqualTo("mode: unknown parameter 'x' / mode: ukendt parameter 'x'");
        assertThat(text.split(" / ")).containsExactly("mode: unknown parameter 'x'", "mode: ukendt parameter 'x'");
    }

    @Test
    void refusesAHalfTranslatedText() {
        assertThatThrownBy(() -> Bilingual.of("unknown parameter", " "))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bilingual.of("", "ukendt parameter"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bilingual.of(null, "ukendt parameter"))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyPrefixedToARefusalStandsInBothHalves() {
        assertThat(Bilingual.prefixed("dns.", Bilingual.of("timeout: must be positive", "timeout: skal være positiv")))
            .isEqualTo("dns.timeout: must be positive / dns.timeout: skal være positiv");
        // a refusal in one language only (from a library) keeps its one text, prefixed once
        assertThat(Bilingual.prefixed("dns.", "timeout: bad")).isEqualTo("dns.timeout: bad");
        assertThat(Bilingual.prefixed("dns.", null)).isEqualTo("dns.null");
    }
}
