package org.spoofguard.james.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A domain an admin gives WebAdmin's bank-details route follows the one configured-domain rule
 * (DomainName.configured), as invoice.domains.* in spoofguard.properties.
 */
class AdminDomainRuleTest {
    @ParameterizedTest
    @ValueSource(strings = {"-a.dk", "a-.dk", "_x.dk", "192.0.2.1", "a..b", "xn--zz.dk"})
    void whatTheSettingsRefuseIsRefusedHere(String bad) {
        assertThatThrownBy(() -> InvoiceInspection.adminDomain(bad)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("not a domain name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tønder.dk", "TØNDER.DK.", "faktura.xn--tnder-vua.dk", " Tønder.dk "})
    void aDanishDomainIsItsOrganisationInALabels(String written) {
        assertThat(InvoiceInspection.adminDomain(written)).isEqualTo("xn--tnder-vua.dk");
    }
}
