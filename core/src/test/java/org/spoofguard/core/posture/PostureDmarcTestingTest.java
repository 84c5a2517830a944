package org.spoofguard.core.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dmarc.DmarcEvaluator;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * RFC 9989 t=y (which the server itself applies: DmarcEvaluator downgrades reject to quarantine)
 * and np= (the policy for made-up, non-existent subdomains) are not looked at by the posture check, which says
 * "nothing to do: receivers refuse mail that forges your domain".
 */
class PostureDmarcTestingTest {
    static MapDns zone(String dmarc) {
        return new MapDns()
            .txt("example.dk", "v=spf1 mx -all")
            .add("example.dk", DnsType.MX, "mx.example.dk")
            .add("mx.example.dk", DnsType.A, "192.0.2.25")
            .txt("_dmarc.example.dk", dmarc);
    }

    static PostureReport check(MapDns dns) {
        return new PostureChecker(dns, DmarcPolicyDiscovery.Mode.TREE_WALK)
            .check("example.dk", new DkimExpectation(false, "spoofguard", Optional.empty()));
    }

    @Test
    void testingFlagIsNotReportedAsFullReject() {
        MapDns dns = zone("v=DMARC1; p=reject; t=y; rua=mailto:dmarc@example.dk");
        // the server's own evaluator: a forgery of example.dk gets quarantine, not reject
        DmarcResult forged = new DmarcEvaluator(dns).evaluate(List.of("ceo@example.dk"),
            new SpfResult(SpfResultCode.FAIL, SpfResult.MAILFROM, "evil.test", "x@evil.test", "test"), List.<DkimResult>of());
        assertThat(forged.policy()).isEqualTo(DmarcPolicy.QUARANTINE);

        PostureReport r = check(dns);
        assertThat(r.findings(Area.DMARC)).as(r.findings(Area.DMARC).toString())
            .anySatisfy(f -> assertThat(f.severity()).isIn(Severity.WARN, Severity.FAIL));
    }

    @Test
    void weakPolicyForNonExistentSubdomainsIsReported() {
        MapDns dns = zone("v=DMARC1; p=reject; np=none; rua=mailto:dmarc@example.dk");
        DmarcResult forged = new DmarcEvaluator(dns).evaluate(List.of("ceo@invented.example.dk"),
            new SpfResult(SpfResultCode.FAIL, SpfResult.MAILFROM, "evil.test", "x@evil.test", "test"), List.<DkimResult>of());
        assertThat(forged.policy()).isEqualTo(DmarcPolicy.NONE);

        PostureReport r = check(dns);
        assertThat(r.findings(Area.DMARC)).as(r.findings(Area.DMARC).toString())
            .anySatisfy(f -> assertThat(f.severity()).isIn(Severity.WARN, Severity.FAIL));
    }
}
