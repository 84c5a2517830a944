package org.spoofguard.smtp.rcpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * calloutHeloName is read with the one configured-domain rule (DomainName.configured): its own pattern let
 * "mx..test", a bare "localhost" or an IPv4 address through into the EHLO of every callout (RFC 5321 §4.1.1.1: a
 * fully-qualified domain name), and refused tønder.dk, which DomainName and the rest of the configuration accept.
 */
class CalloutHeloNameTest {
    private static BaseHierarchicalConfiguration helo(String name) {
        BaseHierarchicalConfiguration c = new BaseHierarchicalConfiguration();
        c.addProperty("calloutHeloName", name);
        return c;
    }

    @ParameterizedTest
    @ValueSource(strings = {"mx..test", "localhost", "192.0.2.1", "-mx.test", "mx.test,O=x", "mx test.dk"})
    void aBadHeloNameIsRefusedNamingTheKeyInBothLanguages(String bad) {
        assertThatThrownBy(() -> RecipientValidationConfig.from(helo(bad)))
            .hasMessageContaining("'calloutHeloName'").hasMessageContaining("is not a domain name")
            .hasMessageContaining(" / ").hasMessageContaining("er ikke et domænenavn");
        assertThatThrownBy(() -> RecipientValidationConfig.configuredHeloName(helo(bad)))
            .hasMessageContaining("'calloutHeloName'");
    }

    /** EHLO carries the A-label: a U-label there needs SMTPUTF8 (RFC 6531 §3.7.1), which the downstream may lack. */
    @ParameterizedTest
    @CsvSource({"tønder.dk, xn--tnder-vua.dk", "MX.Example.COM., mx.example.com", "' mx.local.test ', mx.local.test"})
    void aGoodHeloNameIsSentAsItsALabel(String written, String sent) throws Exception {
        assertThat(RecipientValidationConfig.from(helo(written)).calloutHeloName()).isEqualTo(sent);
        assertThat(RecipientValidationConfig.configuredHeloName(helo(written))).contains(sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void noHeloNameIsThisHostsName(String none) throws Exception {
        assertThat(RecipientValidationConfig.configuredHeloName(helo(none))).isEmpty();
        assertThat(RecipientValidationConfig.from(helo(none)).calloutHeloName()).isNotBlank();
    }
}
