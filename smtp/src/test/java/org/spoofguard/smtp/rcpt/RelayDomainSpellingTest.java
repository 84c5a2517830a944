package org.spoofguard.smtp.rcpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** relayDomains are read with the one configured-domain rule (DomainName.configured), downstream hosts as A-labels. */
class RelayDomainSpellingTest {
    static BaseHierarchicalConfiguration relay(String domain, String downstream) {
        BaseHierarchicalConfiguration c = new BaseHierarchicalConfiguration();
        c.addProperty("calloutHeloName", "mx.test");
        c.addProperty("relayDomains.relayDomain.domain", domain);
        c.addProperty("relayDomains.relayDomain.downstream", downstream);
        return c;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tønder.dk", "TØNDER.DK.", " xn--tnder-vua.dk "})
    void aDanishRelayDomainIsKeptAsItsALabel(String written) throws Exception {
        RecipientValidationConfig cfg = RecipientValidationConfig.from(relay(written, "MX.Tønder.dk:2525"));
        assertThat(cfg.relayDomains()).containsOnlyKeys("xn--tnder-vua.dk");
        assertThat(cfg.relayDomains().get("xn--tnder-vua.dk").host()).isEqualTo("mx.xn--tnder-vua.dk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b", "-a.dk", "xn--zz.dk", "192.0.2.1"})
    void aBadRelayDomainIsRefusedNamingTheKey(String bad) {
        assertThatThrownBy(() -> RecipientValidationConfig.from(relay(bad, "127.0.0.1:25")))
            .hasMessageContaining("relayDomains.relayDomain.domain").hasMessageContaining("not a domain");
    }

    @Test
    void aBadDownstreamHostIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> RecipientValidationConfig.from(relay("relay.test", "a..b:25")))
            .hasMessageContaining("relayDomains.relayDomain.downstream");
    }

    @Test
    void theSameDomainInTwoSpellingsIsListedTwice() {
        BaseHierarchicalConfiguration c = relay("tønder.dk", "127.0.0.1:25");
        c.addProperty("relayDomains.relayDomain(-1).domain", "xn--tnder-vua.dk");
        c.addProperty("relayDomains.relayDomain.downstream", "127.0.0.1:26");
        assertThatThrownBy(() -> RecipientValidationConfig.from(c)).hasMessageContaining("listed twice")
            .hasMessageContaining(" / RecipientValidationHook: 'relayDomains.relayDomain.domain' ")
            .hasMessageContaining(" er angivet to gange");
    }
}
