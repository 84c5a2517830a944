package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConsoleSettingsTest {
    @Test
    void defaults() {
        ConsoleSettings s = ConsoleSettings.parse(Map.of(), null);
        assertThat(s.host()).isEqualTo("127.0.0.1");
        assertThat(s.port()).isEqualTo(8025);
        assertThat(s.admins()).isEmpty();
        assertThat(s.sessionIdle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.sessionMax()).isEqualTo(Duration.ofHours(12));
        assertThat(s.retentionDays()).isEqualTo(30);
        assertThat(s.loginFailures()).isEqualTo(5);
        assertThat(s.loginWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.secureCookie()).isTrue();
        assertThat(s.quarantine()).isEqualTo("file://var/mail/quarantine/");
        assertThat(s.suppressed()).isEqualTo("file://var/mail/suppressed-bounces/");
        assertThat(s.error()).isEqualTo("file://var/mail/error/");
    }

    @Test
    void values() {
        ConsoleSettings s = ConsoleSettings.parse(Map.of("admins", "Alice@Example.dk, bob@example.dk", "retentionDays", "0",
            "sessionIdle", "10m", "secureCookie", "false"), "[::1]:9000");
        assertThat(s.host()).isEqualTo("::1");
        assertThat(s.port()).isEqualTo(9000);
        assertThat(s.admins()).containsExactlyInAnyOrder("alice@example.dk", "bob@example.dk");
        assertThat(s.retentionDays()).isZero();
        assertThat(s.sessionIdle()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.secureCookie()).isFalse();
        assertThat(ConsoleSettings.parse(Map.of(), "127.0.0.1:-1").enabled()).isFalse();
    }

    @Test
    void badValuesNameTheirKey() {
        assertThatThrownBy(() -> ConsoleSettings.parse(Map.of("admin", "a@b"), null)).hasMessageContaining("console.admin: unknown")
            .hasMessageContaining("admins, loginFailures")
            .hasMessageContaining(" / spoofguard.properties: console.admin: ukendt indstilling (kendte: admins, loginFailures");
        assertThatThrownBy(() -> ConsoleSettings.parse(Map.of("admins", "alice"), null)).hasMessageContaining("console.admins")
            .hasMessageContaining(" / spoofguard.properties: console.admins: ikke en adresse: 'alice'");
        assertThatThrownBy(() -> ConsoleSettings.parse(Map.of("retentionDays", "-1"), null)).hasMessageContaining("console.retentionDays")
            .hasMessageContaining(" / spoofguard.properties: console.retentionDays: skal være et helt tal fra 0 til 36500, ikke '-1'");
        assertThatThrownBy(() -> ConsoleSettings.parse(Map.of("sessionIdle", "soon"), null)).hasMessageContaining("console.sessionIdle");
        assertThatThrownBy(() -> ConsoleSettings.parse(Map.of("secureCookie", "yes"), null)).hasMessageContaining("console.secureCookie")
            .hasMessageContaining(" / spoofguard.properties: console.secureCookie: skal være true eller false, ikke 'yes'");
        assertThatThrownBy(() -> ConsoleSettings.parse(Map.of(), "8025")).hasMessageContaining(ConsoleSettings.BIND_PROPERTY);
        assertThatThrownBy(() -> ConsoleSettings.parse(Map.of(), "127.0.0.1:70000")).hasMessageContaining("out of range")
            .hasMessageContaining("porten er uden for det gyldige område: '127.0.0.1:70000'");
    }

    /** The one whole-number rule (WholeNumbers): Integer.parseInt took "+4" and other scripts' digits. */
    @Test
    void numbersAreAsciiDigitsOnly() {
        for (String odd : new String[] {"+4", "\u0664", "\uff14"}) {
            assertThatThrownBy(() -> ConsoleSettings.parse(Map.of("retentionDays", odd), null)).as(odd)
                .hasMessage("spoofguard.properties: console.retentionDays: must be a whole number from 0 to 36500, was '"
                    + odd + "' / spoofguard.properties: console.retentionDays: skal være et helt tal fra 0 til 36500, ikke '"
                    + odd + "'");
            assertThatThrownBy(() -> ConsoleSettings.parse(Map.of(), "127.0.0.1:" + odd)).as(odd)
                .hasMessageContaining("not a port: '127.0.0.1:" + odd + "'");
        }
    }
}
