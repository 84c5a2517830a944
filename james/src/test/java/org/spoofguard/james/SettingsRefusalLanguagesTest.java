package org.spoofguard.james;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.spoofguard.james.invoice.InvoiceInspection;

/**
 * A refusal of spoofguard.properties names the file and the key in its English and its Danish half: the Danish
 * reader must find the line to fix too (before, the key stood in front of the English half only).
 */
class SettingsRefusalLanguagesTest {
    @Test
    void aDnsSettingNamesFileAndKeyInBothHalves() {
        assertThatThrownBy(() -> new SpoofGuardSettings(Map.of("dns.retries", "11")))
            .hasMessage("spoofguard.properties: dns.retries: must be between 0 and 10, was 11"
                + " / spoofguard.properties: dns.retries: skal være mellem 0 og 10, var 11");
    }

    @Test
    void theDmarcDiscoveryModeNamesFileAndKeyInBothHalves() {
        assertThatThrownBy(() -> new SenderAuthentication(new SpoofGuardSettings(
                Map.of("auth.dmarcDiscovery", "dns", "authservId", "mx.example.org"))))
            .hasMessage("spoofguard.properties: auth.dmarcDiscovery: must be treewalk or publicsuffix, got 'dns'"
                + " / spoofguard.properties: auth.dmarcDiscovery: skal være treewalk eller publicsuffix, ikke 'dns'");
    }

    @Test
    void batvKeysAndDomainsNameFileAndKeyInBothHalves() {
        assertThatThrownBy(() -> new BatvSettings(Map.of("keys", "1:short"), Clock.systemUTC()))
            .hasMessage("spoofguard.properties: batv.keys: key 1 must have at least 16 characters"
                + " / spoofguard.properties: batv.keys: nøgle 1 skal have mindst 16 tegn");
        assertThatThrownBy(() -> new BatvSettings(Map.of("keys", "1:0123456789abcdef", "domains", "@aarhus.dk"),
                Clock.systemUTC()))
            .hasMessageStartingWith("spoofguard.properties: batv.domains: '@aarhus.dk' is not a domain name")
            .hasMessageContaining("(comma or space separated domains) / spoofguard.properties: batv.domains: '@aarhus.dk'"
                + " er ikke et domænenavn")
            .hasMessageEndingWith("(domæner adskilt af komma eller mellemrum)");
    }

    @Test
    void everyBadInvoiceKeyIsNamedInBothHalves() {
        Map<String, String> section = new TreeMap<>(Map.of("limit.parts", "x", "profile", "odd"));
        assertThatThrownBy(() -> InvoiceInspection.parse(section))
            .hasMessage("spoofguard.properties: invoice.limit.parts: must be a whole number of at least 1, was 'x';"
                + " invoice.profile: unknown profile 'odd' / spoofguard.properties: invoice.limit.parts: skal være et helt"
                + " tal på mindst 1, ikke 'x'; invoice.profile: ukendt profil 'odd'");
    }
}
