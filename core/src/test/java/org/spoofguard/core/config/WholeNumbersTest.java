package org.spoofguard.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class WholeNumbersTest {
    /** What Integer.parseInt takes but no admin writes as a number: a plus sign, Arabic-Indic and full-width digits. */
    static final String[] NOT_ASCII_DIGITS = {"+4", "\u0664", "\uff14"};

    @Test
    void asciiDigitsWithinTheRange() {
        assertThat(WholeNumbers.parse("k", " 10 ", 1, 10)).isEqualTo(10);
        assertThat(WholeNumbers.parse("k", "2147483647", 1, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(WholeNumbers.parse("k", "-5", Integer.MIN_VALUE, Integer.MAX_VALUE)).isEqualTo(-5);
        assertThat(WholeNumbers.value("0")).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void anythingElseIsRefusedNamingTheKeyInBothLanguages() {
        for (String odd : new String[] {"+4", "\u0664", "\uff14", "-0", "-4", "99999999999", "4.0", "0x4", "4 4", "", "x"}) {
            assertThatThrownBy(() -> WholeNumbers.parse("k", odd, 0, Integer.MAX_VALUE)).as(odd)
                .hasMessage("k: must be a whole number of at least 0, was '" + odd + "'"
                    + " / k: skal være et helt tal på mindst 0, ikke '" + odd + "'");
            assertThat(WholeNumbers.value(odd, 0, Integer.MAX_VALUE)).as(odd).isEmpty();
        }
        assertThatThrownBy(() -> WholeNumbers.parse("k", "11", 1, 10))
            .hasMessage("k: must be a whole number from 1 to 10, was '11' / k: skal være et helt tal fra 1 til 10, ikke '11'");
        assertThatThrownBy(() -> WholeNumbers.parse("weight.x", "+4", Integer.MIN_VALUE, Integer.MAX_VALUE))
            .hasMessage("weight.x: must be a whole number, was '+4' / weight.x: skal være et helt tal, ikke '+4'");
        assertThatThrownBy(() -> WholeNumbers.parse("k", null, 0, 1)).hasMessageContaining("was ''");
        assertThat(WholeNumbers.value("2147483648")).isEmpty();
    }
}
