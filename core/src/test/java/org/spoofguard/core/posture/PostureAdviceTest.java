package org.spoofguard.core.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.spf.SpfEvaluator;

/** posture findings that say "nothing to do" where receivers see no protection. */
class PostureAdviceTest {
    static MapDns base(String spf) {
        return new MapDns()
            .txt("example.dk", spf)
            .add("example.dk", DnsType.MX, "mx.example.dk")
            .add("mx.example.dk", DnsType.A, "192.0.2.25")
            .txt("_dmarc.example.dk", "v=DMARC1; p=reject; rua=mailto:dmarc@example.dk");
    }

    static PostureReport check(MapDns dns) {
        return new PostureChecker(dns, DmarcPolicyDiscovery.Mode.TREE_WALK)
            .check("example.dk", new DkimExpectation(false, "spoofguard", Optional.empty()));
    }

    /**
     * "v=spf1 ip4:0.0.0.0/0 -all" and an include whose record is "+all" let every host on the Internet pass SPF (the
     * server itself calls that pass no proof: SpfResult.isPassForAnyHost), yet posture reports spf.hardfail OK,
     * "nothing to do", and no SPF finding above OK.
     */
    @Test
    void spfIp4SlashZeroIsNotReportedAsFine() throws Exception {
        assertAnyHostFlagged(base("v=spf1 ip4:0.0.0.0/0 -all"));
    }

    @Test
    void spfIncludeOfPlusAllIsNotReportedAsFine() throws Exception {
        assertAnyHostFlagged(base("v=spf1 mx include:lax.provider.test -all").txt("lax.provider.test", "v=spf1 +all"));
    }

    private static void assertAnyHostFlagged(MapDns dns) throws Exception {
        {
            // the server's evaluator: a random address passes, via a mechanism that matches every host
            var spf = new SpfEvaluator(dns).evaluateMailFrom(InetAddress.getByName("203.0.113.99"), "ceo@example.dk", "x.test").result();
            assertThat(spf.isPassForAnyHost()).as(spf.toString()).isTrue();

            PostureReport r = check(dns);
            assertThat(r.findings(Area.SPF)).as(r.findings(Area.SPF).toString())
                .anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.FAIL));
        }
    }

    /**
     * RFC 7489 §7.1: a rua address in another organizational domain receives reports only when that domain
     * publishes "example.dk._report._dmarc.<its domain>"; without it receivers MUST NOT send there. Posture says
     * "nothing to do: reports are sent there" (OK).
     */
    @Test
    void ruaInAnotherDomainWithoutItsAuthorizationIsNotOk() {
        MapDns dns = new MapDns()
            .txt("example.dk", "v=spf1 mx -all")
            .add("example.dk", DnsType.MX, "mx.example.dk")
            .add("mx.example.dk", DnsType.A, "192.0.2.25")
            .txt("_dmarc.example.dk", "v=DMARC1; p=reject; rua=mailto:reports@dmarc-vendor.test")
            .add("dmarc-vendor.test", DnsType.MX, "mx.dmarc-vendor.test");
        PostureReport r = check(dns);
        assertThat(r.findings(Area.DMARC)).as(r.findings(Area.DMARC).toString())
            .filteredOn(f -> f.code().startsWith("dmarc.rua"))
            .noneSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.OK));
    }

    /**
     * RFC 8461 §3.1 / RFC 8460 §3: with more than one v=STSv1 (v=TLSRPTv1) record, or one without the required id=
     * (rua=), senders assume there is no policy (no reporting). Posture says "present", OK.
     */
    @Test
    void duplicateOrInvalidMtaStsAndTlsRptRecordsAreNotPresent() {
        MapDns dns = base("v=spf1 mx -all")
            .txt("_mta-sts.example.dk", "v=STSv1; id=1", "v=STSv1; id=2")
            .txt("_smtp._tls.example.dk", "v=TLSRPTv1; rua=mailto:a@example.dk", "v=TLSRPTv1; rua=mailto:b@example.dk");
        PostureReport r = check(dns);
        assertThat(r.findings()).as(r.findings().toString())
            .extracting(Finding::code).doesNotContain("mta-sts.present", "tls-rpt.present");

        MapDns noId = base("v=spf1 mx -all").txt("_mta-sts.example.dk", "v=STSv1;");
        PostureReport r2 = check(noId);
        assertThat(r2.findings()).as(r2.findings().toString())
            .extracting(Finding::code).doesNotContain("mta-sts.present");
    }
}
