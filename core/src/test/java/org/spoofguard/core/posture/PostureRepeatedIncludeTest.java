package org.spoofguard.core.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.spf.SpfEvaluator;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * the posture SPF walk remembers every domain it followed and refuses to follow one again
 * ("loop"), but a receiver evaluates (and counts, RFC 7208 §4.6.4) an include each time it is reached. Two
 * providers that both include the same record (a diamond, not a loop) make receivers exceed 10 lookups while
 * the posture says "8 of 10 DNS lookups, nothing to do" and calls the repeat a loop.
 */
class PostureRepeatedIncludeTest {
    static MapDns diamond() {
        MapDns dns = new MapDns()
            .txt("example.dk", "v=spf1 include:a.provider.test include:b.provider.test -all")
            .txt("a.provider.test", "v=spf1 include:shared.provider.test -all")
            .txt("b.provider.test", "v=spf1 include:shared.provider.test -all")
            .txt("shared.provider.test", "v=spf1 a:h1.provider.test a:h2.provider.test a:h3.provider.test a:h4.provider.test -all")
            .txt("_dmarc.example.dk", "v=DMARC1; p=reject; rua=mailto:dmarc@example.dk")
            .add("example.dk", DnsType.MX, "mx.example.dk");
        for (int i = 1; i <= 4; i++) {
            dns.add("h" + i + ".provider.test", DnsType.A, "192.0.2." + i);
        }
        return dns;
    }

    @Test
    void receiversGivePermerrorForThisRecord() {
        // the server's own evaluator: 2 + (1 + 4) + (1 + 4) = 12 DNS-costing terms
        var result = new SpfEvaluator(diamond()).evaluateMailFrom(InetAddress.getLoopbackAddress(), "a@example.dk", "mx.example.dk").result();
        assertThat(result.result()).isEqualTo(SpfResultCode.PERMERROR);
    }

    @Test
    void postureReportsTooManyLookupsForARepeatedInclude() {
        PostureReport r = new PostureChecker(diamond(), DmarcPolicyDiscovery.Mode.TREE_WALK)
            .check("example.dk", new DkimExpectation(false, "spoofguard", Optional.empty()));
        assertThat(r.findings(Area.SPF)).as(r.findings(Area.SPF).toString())
            .extracting(Finding::code).contains("spf.too-many-lookups");
    }
}
