package org.spoofguard.core.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dns.CachingDnsResolver;
import org.spoofguard.core.dns.ResolverConfig;
import org.spoofguard.testing.dns.LoopbackDnsServer;

/** SPF over the real wire: LoopbackDnsServer + CachingDnsResolver. */
class SpfOverRealDnsTest {

    @Test
    void evaluatesOverRealDnsCachesAndReportsTimeoutsAsTemperror() throws Exception {
        try (LoopbackDnsServer server = LoopbackDnsServer.withZones(String.join("\n",
                "$ORIGIN example.com.",
                "@ 300 IN TXT \"v=spf1 mx include:_spf.example.com \" \"-all\"",
                "@ 300 IN MX 10 mx1",
                "mx1 300 IN A 192.0.2.25",
                "_spf 300 IN TXT \"v=spf1 ip4:198.51.100.0/24 -all\"",
                "slow 300 IN TXT \"v=spf1 exists:%{i}.bl.example.com -all\"",
                ""))) {
            server.timeout("192.0.2.99.bl.example.com");
            // a generous timeout where answers come (a loaded machine's slow first answer is no timeout), a short one
            // only for the lookup that is made to time out
            CachingDnsResolver dns = new CachingDnsResolver(ResolverConfig.builder().servers(server.hostAndPort())
                    .timeout(Duration.ofSeconds(10)).retries(0).build());
            SpfEvaluator spf = new SpfEvaluator(dns);
            assertThat(spf.checkMailFrom(InetAddress.getByName("192.0.2.25"), "a@example.com", "h.example.com").result())
                    .isEqualTo(SpfResultCode.PASS);
            assertThat(spf.checkMailFrom(InetAddress.getByName("198.51.100.3"), "a@example.com", "h.example.com").result())
                    .isEqualTo(SpfResultCode.PASS);
            assertThat(spf.checkMailFrom(InetAddress.getByName("203.0.113.1"), "a@example.com", "h.example.com").result())
                    .isEqualTo(SpfResultCode.FAIL);
            assertThat(server.queryCount("example.com", "TXT")).isEqualTo(1);
            assertThat(server.queryCount("_spf.example.com", "TXT")).isEqualTo(1);
            assertThat(server.queries()).noneMatch(q -> q.type().equals("SPF") || q.type().equals("TYPE99"));
            SpfEvaluator hurried = new SpfEvaluator(new CachingDnsResolver(ResolverConfig.builder()
                    .servers(server.hostAndPort()).timeout(Duration.ofMillis(300)).retries(0).build()));
            SpfResult t = hurried.checkMailFrom(InetAddress.getByName("192.0.2.99"), "a@slow.example.com", "h.example.com");
            assertThat(t.result()).isEqualTo(SpfResultCode.TEMPERROR);
            assertThat(t.reason()).isEqualTo("DNS timeout looking up A 192.0.2.99.bl.example.com");
        }
    }
}
