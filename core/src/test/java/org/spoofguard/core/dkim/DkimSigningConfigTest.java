package org.spoofguard.core.dkim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DkimSigningConfigTest {
    @Test
    void refusalsAreEnglishThenDanishWithTheKeyInBoth() {
        assertThatThrownBy(() -> DkimSigningConfig.parse(Map.of("rsaBits", "1024")))
            .hasMessage("dkim.rsaBits: must be a whole number from 2048 to 4096, was '1024'"
                + " / dkim.rsaBits: skal være et helt tal fra 2048 til 4096, ikke '1024'");
        assertThatThrownBy(() -> DkimSigningConfig.parse(Map.of("enabled", "ja")))
            .hasMessageContaining("dkim.enabled: must be true or false").hasMessageContaining(" / dkim.enabled: skal være");
        assertThatThrownBy(() -> DkimSigningConfig.parse(Map.of("domains", "a..b")))
            .hasMessageStartingWith("dkim.domains: 'a..b' is not a domain name")
            .hasMessageContaining(" / dkim.domains: 'a..b' er ikke et domænenavn");
    }

    /** The one whole-number rule (WholeNumbers): Integer.parseInt took "+4" and other scripts' digits. */
    @Test
    void numbersAreAsciiDigitsOnly() {
        for (String odd : new String[] {"+2048", "\u0662\u0660\u0664\u0668", "\uff12\uff10\uff14\uff18"}) {
            assertThatThrownBy(() -> DkimSigningConfig.parse(Map.of("rsaBits", odd))).as(odd)
                .hasMessage("dkim.rsaBits: must be a whole number from 2048 to 4096, was '" + odd + "'"
                    + " / dkim.rsaBits: skal være et helt tal fra 2048 til 4096, ikke '" + odd + "'");
        }
    }
}
