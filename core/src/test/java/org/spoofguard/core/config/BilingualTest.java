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
}
