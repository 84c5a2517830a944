package org.spoofguard.server.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreAuthSettingsTest {
    private static BaseHierarchicalConfiguration conf(String key, String value) {
        BaseHierarchicalConfiguration c = new BaseHierarchicalConfiguration();
        if (key != null) {
            c.addProperty(key, value);
        }
        return c;
    }

    @Test
    void defaultsAreSixtySecondsAndAThirdOfTheConnectionLimit() throws Exception {
        assertThat(PreAuthSettings.from(conf(null, null), 300))
            .isEqualTo(new PreAuthSettings(Duration.ofSeconds(60), 100));
        assertThat(PreAuthSettings.from(conf(null, null), 0).unauthenticatedLimit()).as("no connectionLimit")
            .isEqualTo(100);
        assertThat(PreAuthSettings.from(conf(null, null), 2).unauthenticatedLimit()).isEqualTo(1);
    }

    @Test
    void configuredValuesAreRead() throws Exception {
        assertThat(PreAuthSettings.from(conf("loginTimeout", " 5 "), 300).loginTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(PreAuthSettings.from(conf("unauthenticatedConnectionLimit", "250"), 300).unauthenticatedLimit())
            .isEqualTo(250);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1m", "", "1801", "99999999999"})
    void aBadLoginTimeoutIsRefusedNamingTheKey(String value) {
        assertThatThrownBy(() -> PreAuthSettings.from(conf("loginTimeout", value), 300))
            .isInstanceOf(ConfigurationException.class).hasMessageContaining("<loginTimeout>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "x", "300", "301"})
    void anUnauthenticatedLimitNotBelowTheConnectionLimitIsRefusedNamingTheKey(String value) {
        assertThatThrownBy(() -> PreAuthSettings.from(conf("unauthenticatedConnectionLimit", value), 300))
            .isInstanceOf(ConfigurationException.class).hasMessageContaining("<unauthenticatedConnectionLimit>");
    }
}
