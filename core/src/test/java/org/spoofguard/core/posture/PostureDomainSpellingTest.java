package org.spoofguard.core.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery;
import org.spoofguard.core.dns.DnsType;

/** The posture check asks DNS for the A-label of our domain however it was written (DomainName). */
class PostureDomainSpellingTest {
    @ParameterizedTest
    @ValueSource(strings = {"tønder.dk", "TØNDER.DK.", " xn--tnder-vua.dk ", "XN--TNDER-VUA.DK"})
    void aDanishDomainIsCheckedUnderItsALabel(String written) {
        MapDns dns = new MapDns()
            .txt("xn--tnder-vua.dk", "v=spf1 mx -all")
            .add("xn--tnder-vua.dk", DnsType.MX, "mx.xn--tnder-vua.dk")
            .add("mx.xn--tnder-vua.dk", DnsType.A, "192.0.2.25")
            .txt("_dmarc.xn--tnder-vua.dk", "v=DMARC1; p=reject; rua=mailto:dmarc@xn--tnder-vua.dk");
        PostureReport r = new PostureChecker(dns, DmarcPolicyDiscovery.Mode.TREE_WALK)
            .check(written, new DkimExpectation(false, "spoofguard", Optional.empty()));
        assertThat(r.domain()).isEqualTo("xn--tnder-vua.dk");
        assertThat(PostureCheckerTest.codes(r, Severity.OK)).as(r.findings().toString())
            .contains("spf.hardfail", "dmarc.reject");
    }
}
