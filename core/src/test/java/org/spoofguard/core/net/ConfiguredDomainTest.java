package org.spoofguard.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DomainName#configured}: the one rule for a domain an admin writes (properties, parameters, console, CLI). */
class ConfiguredDomainTest {
    @ParameterizedTest
    @CsvSource({
        "tønder.dk, xn--tnder-vua.dk",
        "TØNDER.DK, xn--tnder-vua.dk",
        "xn--tnder-vua.dk, xn--tnder-vua.dk",
        "XN--TNDER-VUA.DK., xn--tnder-vua.dk",
        "Example.DK., example.dk",
        "'  example.dk  ', example.dk",
        "mail.aarhus.dk, mail.aarhus.dk",
        "a-b.dk, a-b.dk",
    })
    void sameSpellingForEveryWayOfWritingIt(String in, String out) {
        assertThat(DomainName.configured(in)).isEqualTo(out);
        // what we accept, James's domain list holds in the same spelling once normalised
        assertThat(DomainName.ascii(in)).contains(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a..b", "-a.dk", "a-.dk", "a.-dk", "_x.dk", "x_.dk", "example..", ".example.dk",
        "dk", "localhost", "192.0.2.1", "a.123", "[192.0.2.1]", "user@example.dk", "exa mple.dk", "xn--zz.dk",
        "exa\r\nmple.dk", "ex\u0000ample.dk"})
    void refusesWhatIsNoMailDomain(String in) {
        assertThatThrownBy(() -> DomainName.configured(in)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("not a domain name").hasMessageContaining("ikke et domænenavn");
    }

    @Test
    void refusesOverLongNames() {
        String label = "a".repeat(60);
        String name = String.join(".", label, label, label, label, label) + ".dk"; // 305 characters
        assertThatThrownBy(() -> DomainName.configured(name)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DomainName.configured("a".repeat(64) + ".dk")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DomainName.configured("a".repeat(63) + ".dk")).hasSize(66);
    }

    @Test
    void theMessageQuotesTheInputSafely() {
        assertThatThrownBy(() -> DomainName.configured("a..b")).hasMessageContaining("'a..b'");
        assertThatThrownBy(() -> DomainName.configured("x.dk\r\nInjected: yes"))
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n"));
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> DomainName.configured(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
