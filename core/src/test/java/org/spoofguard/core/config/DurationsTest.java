package org.spoofguard.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @ParameterizedTest
    @CsvSource({
        "500ms, PT0.5S", "30, PT30S", "30s, PT30S", "30 s, PT30S", "30sec, PT30S", "1 second, PT1S", "2 seconds, PT2S",
        "5m, PT5M", "5min, PT5M", "5 minutes, PT5M", "2h, PT2H", "1 hour, PT1H", "1d, PT24H", "7 days, PT168H",
        "PT5M, PT5M", "pt5m, PT5M", "P1D, PT24H", "' 30S ', PT30S", "0, PT0S", "0s, PT0S",
    })
    void parses(String text, String iso) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "s", "5 parsecs", "5w", "1.5h", "-5s", "PT-5S", "P", "5s5", "0x10s",
        "1234567890123s", "PT999999999999999999H", "٣s"})
    void refuses(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twelveDigitsOfDaysStillFitADuration() {
        assertThat(Durations.parse("999999999999d")).isEqualTo(Duration.ofDays(999_999_999_999L));
    }

    @Test
    void namesTheSetting() {
        assertThatThrownBy(() -> Durations.parse("timeout", "soon"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("timeout: not a duration like 500ms, 30s, 5m, 1h, 1d or PT30S: 'soon'"
                + " / timeout: ikke en varighed som 500ms, 30s, 5m, 1h, 1d eller PT30S: 'soon'");
        assertThatThrownBy(() -> Durations.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
