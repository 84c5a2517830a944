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

    /**
     * loginTimeout is a duration, read by the one duration grammar of every setting (core.config.Durations): "1m" or
     * "90s" was refused here alone, while every other duration of our settings takes them. A bare number is still
     * seconds, so the bundled 60 means what it meant.
     */
    @Test
    void theLoginTimeoutTakesTheSharedDurationGrammar() throws Exception {
        assertThat(PreAuthSettings.from(conf("loginTimeout", "1m"), 300).loginTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(PreAuthSettings.from(conf("loginTimeout", "90s"), 300).loginTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(PreAuthSettings.from(conf("loginTimeout", "PT30M"), 300).loginTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(PreAuthSettings.from(conf("loginTimeout", "60"), 300).loginTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThatThrownBy(() -> PreAuthSettings.from(conf("loginTimeout", "soon"), 300))
            .hasMessageContaining("<loginTimeout>").hasMessageContaining("'soon'").hasMessageContaining("30s")
            .hasMessageContaining(" / imapserver.xml <loginTimeout>: ikke en varighed som 60, 30s, 5m eller PT1M: 'soon'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "", "1801", "31m", "500ms", "soon", "99999999999"})
    void aBadLoginTimeoutIsRefusedNamingTheKey(String value) {
        assertThatThrownBy(() -> PreAuthSettings.from(conf("loginTimeout", value), 300))
            .isInstanceOf(ConfigurationException.class).hasMessageContaining("<loginTimeout>")
            .hasMessageContaining(" / imapserver.xml <loginTimeout>: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "x", "300", "301"})
    void anUnauthenticatedLimitNotBelowTheConnectionLimitIsRefusedNamingTheKey(String value) {
        assertThatThrownBy(() -> PreAuthSettings.from(conf("unauthenticatedConnectionLimit", value), 300))
            .isInstanceOf(ConfigurationException.class).hasMessageContaining("<unauthenticatedConnectionLimit>")
            .hasMessageContaining(" / imapserver.xml <unauthenticatedConnectionLimit>: ");
    }
}
