package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardProbe;
import org.spoofguard.testing.dns.LoopbackDnsServer;

/**
 * The running server's SpoofGuard resolver (configured by conf/spoofguard.properties) asks the loopback DNS
 * server over the wire, caches per TTL, and reports a timeout as a timeout, not as "no record".
 */
class DnsResolverIT {
    static LoopbackDnsServer dns;
    static JamesHarness james;
    static DnsResolver resolver;

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackDnsServer.start().addZoneResource("/zones/resolver.test.zone");
        james = new JamesHarness().dns(dns).with(SpoofGuardProbe.MODULE).start();
        resolver = james.server().getProbe(SpoofGuardProbe.class).settings().resolver();
    }

    @AfterAll
    static void stop() throws Exception {
        james.close();
        dns.close();
    }

    @Test
    void answersComeFromTheLoopbackServerAndAreCached() {
        DnsAnswer first = resolver.lookup("resolver.test", DnsType.TXT);
        DnsAnswer second = resolver.lookup("resolver.test.", DnsType.TXT);

        assertThat(first.status()).isEqualTo(DnsStatus.OK);
        assertThat(first.records()).containsExactly("v=spf1 -all");
        assertThat(second).isEqualTo(first);
        assertThat(dns.queryCount("resolver.test.", "TXT")).isEqualTo(1);
    }

    @Test
    void missingNamesAreNxdomain() {
        assertThat(resolver.lookup("nothing.resolver.test", DnsType.TXT).status()).isEqualTo(DnsStatus.NXDOMAIN);
    }

    @Test
    void aTimeoutIsReportedAsATimeout() {
        dns.timeout("slow.resolver.test.");
        try {
            DnsAnswer answer = resolver.lookup("slow.resolver.test", DnsType.TXT);
            assertThat(answer.status()).isEqualTo(DnsStatus.TIMEOUT);
            assertThat(answer.status().isDefinite()).isFalse();
        } finally {
            dns.clearFaults();
        }
    }
}
