package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.config.Durations;

/**
 * Review (area config): the console.* durations are read with James's DurationParser, a second duration grammar
 * next to core.config.Durations ("the one duration grammar ... so 30s means the same in every file"): there a bare
 * number is MILLISECONDS, everywhere else in the same spoofguard.properties it is seconds, and ISO-8601 is refused.
 */
class ConsoleDurationTest {

    /**
     * console.loginWindow=900 ("15 minutes" for an admin who read dns.timeout's grammar) becomes 900 ms: the login
     * throttle forgets every failure within a second, so password guessing against the console is unthrottled.
     */
    @Test
    void aBareNumberMeansSecondsAsInTheRestOfTheFile() {
        ConsoleSettings s = ConsoleSettings.parse(Map.of("loginWindow", "900", "sessionIdle", "1800"), null);
        assertThat(s.loginWindow()).isEqualTo(Durations.parse("900")).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.sessionIdle()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void iso8601IsAcceptedAsInTheRestOfTheFile() {
        ConsoleSettings s = ConsoleSettings.parse(Map.of("sessionMax", "PT12H"), null);
        assertThat(s.sessionMax()).isEqualTo(Duration.ofHours(12));
    }
}
