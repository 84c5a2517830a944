package org.spoofguard.james;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** batv.domains follows the one configured-domain rule (DomainName.configured), as invoice.domains.* and dkim.domains. */
class BatvDomainRuleTest {
    private static final String KEYS = "1:0123456789abcdef0123";

    @ParameterizedTest
    @ValueSource(strings = {"-a.dk", "a-.dk", "xn--zz.dk", "192.0.2.1", "_x.dk"})
    void whatNoOtherDomainSettingTakesIsRefusedHereToo(String bad) {
        assertThatThrownBy(() -> new BatvSettings(Map.of("keys", KEYS, "domains", "aarhus.dk " + bad), Clock.systemUTC()))
            .hasMessageContaining("batv.domains").hasMessageContaining("not a domain name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tønder.dk", "TØNDER.DK.", "xn--tnder-vua.dk"})
    void aDanishDomainIsItsALabel(String written) {
        BatvSettings s = new BatvSettings(Map.of("keys", KEYS, "domains", written), Clock.systemUTC());
        assertThat(s.domains()).containsExactly("xn--tnder-vua.dk");
        assertThat(s.listed("tønder.dk")).isTrue();
    }
}
