package org.spoofguard.core.dkim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DkimSigningConfigTest {
    @Test
    void refusalsAreEnglishThenDanishWithTheKeyInBoth() {
        assertThatThrownBy(() -> DkimSigningConfig.parse(Map.of("rsaBits", "1024")))
            .hasMessage("dkim.rsaBits: between 2048 and 4096, got 1024 / dkim.rsaBits: mellem 2048 og 4096, ikke 1024");
        assertThatThrownBy(() -> DkimSigningConfig.parse(Map.of("enabled", "ja")))
            .hasMessageContaining("dkim.enabled: must be true or false").hasMessageContaining(" / dkim.enabled: skal være");
        assertThatThrownBy(() -> DkimSigningConfig.parse(Map.of("domains", "a..b")))
            .hasMessageStartingWith("dkim.domains: 'a..b' is not a domain name")
            .hasMessageContaining(" / dkim.domains: 'a..b' er ikke et domænenavn");
    }
}
