package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BounceGuardSettingsTest {
    @Test
    void refusalsAreEnglishThenDanish() {
        assertThatThrownBy(() -> BounceGuardSettings.parse(Map.of("unproven", "maybe"), Set.of()))
            .hasMessage("parameter 'unproven' must be 'suppress' or 'send', got 'maybe'"
                + " / parameteren 'unproven' skal være 'suppress' eller 'send', ikke 'maybe'");
        assertThatThrownBy(() -> BounceGuardSettings.parse(Map.of("rateWindow", "soon"), Set.of()))
            .hasMessageContaining("parameter 'rateWindow' must be a duration")
            .hasMessageContaining(" / parameteren 'rateWindow' skal være en varighed");
        assertThatThrownBy(() -> BounceGuardSettings.parse(Map.of("rateLimt", "5"), Set.of()))
            .hasMessageContaining("unknown parameter 'rateLimt'").hasMessageContaining(" / ukendt parameter 'rateLimt'");
        assertThatThrownBy(() -> BounceGuardSettings.parseCondition("rateLimit=1, rateLimit=2"))
            .hasMessageContaining(" / parameteren 'rateLimit' er angivet to gange");
    }

    /** The one whole-number rule (WholeNumbers): Integer.parseInt took "+4" and other scripts' digits. */
    @Test
    void numbersAreAsciiDigitsOnly() {
        for (String odd : new String[] {"+4", "\u0664", "\uff14"}) {
            assertThatThrownBy(() -> BounceGuardSettings.parse(Map.of("rateLimit", odd), Set.of())).as(odd)
                .hasMessage("parameter 'rateLimit': must be a whole number of at least 0, was '" + odd + "'"
                    + " / parameter 'rateLimit': skal være et helt tal på mindst 0, ikke '" + odd + "'");
        }
    }
}
