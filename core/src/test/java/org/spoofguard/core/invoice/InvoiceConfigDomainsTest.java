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

    /**
     * "invoice.domains.ownn: unknown key" named the typo but not what was meant; the message now lists the keys the
     * section knows (and the weight.&lt;signal&gt; form), and every listed key is one the parser really takes.
     */
    @Test
    void aMisspeltKeyIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> InvoiceConfig.parse(Map.of("domains.ownn", "aarhus.dk")))
            .hasMessageContaining("domains.ownn: unknown key").hasMessageContaining("domains.own,")
            .hasMessageContaining("weight.<signal>");
        Map<String, String> valid = Map.ofEntries(Map.entry("profile", "standard"), Map.entry("domains.own", "aarhus.dk"),
            Map.entry("domains.suppliers", "kmd.dk"), Map.entry("domains.platforms", "none"),
            Map.entry("names.protected", "Aarhus Kommune"), Map.entry("names.executives", "Jacob Bundsgaard"),
            Map.entry("networks.internal", "10.0.0.0/8"), Map.entry("limit.pdf-bytes", "15M"),
            Map.entry("limit.archive-bytes", "15M"), Map.entry("limit.archive-expanded", "64M"));
        for (String key : InvoiceConfig.KEYS) {
            String value = valid.getOrDefault(key, "40");
            org.assertj.core.api.Assertions.assertThatCode(() -> InvoiceConfig.parse(Map.of(key, value))).as(key)
                .doesNotThrowAnyException();
        }
    }

    @Test
    void refusalsAreEnglishThenDanishWithEveryKeyInBoth() {
        Map<String, String> kv = new java.util.TreeMap<>(Map.of("limit.parts", "x", "limit.pdf-bytes", "4Q", "profile", "odd"));
        assertThatThrownBy(() -> InvoiceConfig.parse(kv))
            .hasMessageStartingWith("invalid invoice configuration: limit.parts: must be a whole number of at least 1, was 'x';"
                + " limit.pdf-bytes: not a size")
            .hasMessageContaining("; profile: unknown profile 'odd' / ")
            .hasMessageContaining(" / ugyldig fakturakonfiguration: limit.parts: skal være et helt tal på mindst 1, ikke 'x'; ")
            .hasMessageContaining("limit.pdf-bytes: ikke en størrelse")
            .hasMessageContaining("profile: ukendt profil 'odd'");
    }

    /** The one whole-number rule (WholeNumbers): Integer.parseInt took "+4" and other scripts' digits. */
    @Test
    void numbersAreAsciiDigitsOnly() {
        for (String odd : new String[] {"+4", "\u0664", "\uff14"}) {
            assertThatThrownBy(() -> InvoiceConfig.parse(Map.of("limit.parts", odd))).as(odd)
                .hasMessage("invalid invoice configuration: limit.parts: must be a whole number of at least 1, was '"
                    + odd + "' / ugyldig fakturakonfiguration: limit.parts: skal være et helt tal på mindst 1, ikke '"
                    + odd + "'");
            assertThatThrownBy(() -> InvoiceConfig.parse(Map.of("threshold.tag", odd))).as(odd)
                .hasMessageContaining("threshold.tag: must be a whole number, was '" + odd + "'");
        }
        org.assertj.core.api.Assertions.assertThat(InvoiceConfig.parse(Map.of("threshold.tag", "-5")).tagThreshold())
            .isEqualTo(-5);
    }
}
