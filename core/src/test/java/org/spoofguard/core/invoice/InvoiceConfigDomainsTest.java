package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** invoice.domains.* are read with the one configured-domain rule (DomainName.configured). */
class InvoiceConfigDomainsTest {
    @ParameterizedTest
    @ValueSource(strings = {"tønder.dk", "TØNDER.DK.", "xn--tnder-vua.dk", " xn--TNDER-vua.dk "})
    void aDanishDomainInAnySpellingIsOursInEverySpelling(String configured) {
        InvoiceConfig c = InvoiceConfig.parse(Map.of("domains.own", configured));
        // the matcher compares the From domain normalised by Domains.normalize, whatever the mail wrote
        assertThat(c.isOwnDomain(Domains.normalize("xn--tnder-vua.dk"))).isTrue();
        assertThat(c.isOwnDomain(Domains.normalize("tønder.dk"))).isTrue();
        assertThat(c.isOwnDomain(Domains.normalize("Faktura.XN--TNDER-VUA.dk."))).isTrue();
        assertThat(c.isOwnDomain(Domains.normalize("tonder.dk"))).isFalse();
    }

    @Test
    void suppliersAndPlatformsToo() {
        InvoiceConfig c = InvoiceConfig.parse(Map.of("domains.suppliers", "Bücher.example.", "domains.platforms", "xn--mnchen-3ya.de"));
        assertThat(c.isSupplierDomain(Domains.normalize("xn--bcher-kva.example"))).isTrue();
        assertThat(c.isPlatform("münchen.de")).isTrue();
        assertThat(c.isPlatform("xn--mnchen-3ya.de")).isTrue();
    }

    @Test
    void domainsGivenDirectlyAreNormalisedAlike() {
        // James's local domains reach the config through withDomains, as the admin added them
        InvoiceConfig c = InvoiceConfig.defaults().withDomains(Set.of("XN--TNDER-VUA.DK"), Set.of());
        assertThat(c.isOwnDomain(Domains.normalize("tønder.dk"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b", "-a.dk", "a-.dk", "xn--zz.dk", "dk", "192.0.2.1"})
    void aBadDomainIsRefusedNamingTheKey(String bad) {
        assertThatThrownBy(() -> InvoiceConfig.parse(Map.of("domains.own", "aarhus.dk " + bad)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("domains.own: ")
            .hasMessageContaining("not a domain name");
    }

    @Test
    void anOverLongDomainIsRefused() {
        String label = "a".repeat(60);
        String name = String.join(".", label, label, label, label, label) + ".dk";
        assertThatThrownBy(() -> InvoiceConfig.parse(Map.of("domains.suppliers", name)))
            .hasMessageContaining("domains.suppliers: ");
    }
}
