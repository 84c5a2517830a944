package org.spoofguard.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoofguard.testing.dns.LoopbackDnsServer;

class CachingDnsResolverTest {

    private static final String ZONE = String.join("\n",
            "$ORIGIN example.com.",
            "$TTL 300",
            "@        IN SOA ns1 hostmaster 1 3600 600 86400 30",
            "@        IN NS  ns1",
            "@        IN A   192.0.2.10",
            "@        IN AAAA 2001:db8::10",
            "@        IN MX  20 mx2",
            "@        IN MX  10 mx1",
            "@        IN TXT \"v=spf1 \" \"ip4:192.0.2.0/24 \" \"-all\"",
            "short 5  IN A   192.0.2.11",
            "www      IN CNAME @",
            "loop1    IN CNAME loop2",
            "loop2    IN CNAME loop1",
            "out      IN CNAME host.example.net.",
            "");

    private LoopbackDnsServer server;
    private MutableClock clock;
    private CachingDnsResolver resolver;

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void start() {
        server = LoopbackDnsServer.withZones(ZONE,
                "$ORIGIN example.net.\n@ IN SOA ns1 h 1 1 1 1 45\n@ IN NS ns1\nhost IN A 198.51.100.1\n");
        server.addZone("2.0.192.in-addr.arpa.", "10 IN PTR example.com.\n");
        clock = new MutableClock();
        // The tests count queries: a short timeout turned one slow answer on a loaded 2-core machine into a retry,
        // a third query where two were expected (negativeAnswersAreCachedForTheSoaMinimum, once). Only the timeout
        // test waits for a timeout, with a resolver of its own.
        resolver = new CachingDnsResolver(ResolverConfig.builder().servers(server.hostAndPort())
                .timeout(Duration.ofSeconds(10)).retries(1).build(), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersEveryTypeInTextForm() throws Exception {
        assertThat(resolver.lookup("example.com", DnsType.A).records()).containsExactly("192.0.2.10");
        assertThat(resolver.lookup("example.com.", DnsType.AAAA).records()).containsExactly("2001:db8::10");
        assertThat(resolver.lookup("EXAMPLE.COM", DnsType.MX).records()).containsExactly("mx1.example.com", "mx2.example.com");
        assertThat(resolver.reverse(InetAddress.getByName("192.0.2.10")).records()).containsExactly("example.com");
        DnsAnswer ok = resolver.lookup("example.com", DnsType.A);
        assertThat(ok.status()).isEqualTo(DnsStatus.OK);
    }

    @Test
    void multiStringTxtIsConcatenatedWithoutSeparator() {
        assertThat(resolver.lookup("example.com", DnsType.TXT).records()).containsExactly("v=spf1 ip4:192.0.2.0/24 -all");
    }

    @Test
    void nodataAndNxdomainAreDistinct() {
        DnsAnswer nodata = resolver.lookup("short.example.com", DnsType.TXT);
        assertThat(nodata.status()).isEqualTo(DnsStatus.NODATA);
        assertThat(nodata.records()).isEmpty();
        DnsAnswer nx = resolver.lookup("missing.example.com", DnsType.A);
        assertThat(nx.status()).isEqualTo(DnsStatus.NXDOMAIN);
    }

    @Test
    void timeoutIsTimeoutNotAbsenceAndIsNotCached() {
        server.timeout("slow.example.com");
        resolver = new CachingDnsResolver(ResolverConfig.builder().servers(server.hostAndPort())
                .timeout(Duration.ofMillis(400)).retries(1).build(), clock);
        DnsAnswer a = resolver.lookup("slow.example.com", DnsType.TXT);
        assertThat(a.status()).isEqualTo(DnsStatus.TIMEOUT);
        assertThat(a.detail()).contains("timeout");
        assertThat(server.queryCount("slow.example.com", "TXT")).isEqualTo(2); // 1 try + 1 retry
        server.clearFaults();
        assertThat(resolver.lookup("slow.example.com", DnsType.TXT).status()).isEqualTo(DnsStatus.NXDOMAIN);
        assertThat(resolver.stats().timeouts()).isEqualTo(1);
    }

    @Test
    void servfailIsReportedAndNotCached() {
        server.servfail("example.com", "MX");
        assertThat(resolver.lookup("example.com", DnsType.MX).status()).isEqualTo(DnsStatus.SERVFAIL);
        assertThat(resolver.lookup("example.com", DnsType.MX).status()).isEqualTo(DnsStatus.SERVFAIL);
        assertThat(server.queryCount("example.com", "MX")).isEqualTo(2);
        server.clearFaults();
        assertThat(resolver.lookup("example.com", DnsType.MX).status()).isEqualTo(DnsStatus.OK);
    }

    @Test
    void cacheHitSendsNoSecondQuery() {
        resolver.lookup("example.com", DnsType.TXT);
        resolver.lookup("Example.Com.", DnsType.TXT);
        resolver.lookup("example.com", DnsType.TXT);
        assertThat(server.queryCount("example.com", "TXT")).isEqualTo(1);
        assertThat(resolver.stats().cacheHits()).isEqualTo(2);
        assertThat(resolver.stats().queriesSent()).isEqualTo(1);
    }

    @Test
    void positiveEntriesExpireWithTheirTtl() {
        resolver.lookup("short.example.com", DnsType.A);
        clock.advance(Duration.ofSeconds(4));
        resolver.lookup("short.example.com", DnsType.A);
        assertThat(server.queryCount("short.example.com", "A")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        resolver.lookup("short.example.com", DnsType.A);
        assertThat(server.queryCount("short.example.com", "A")).isEqualTo(2);
    }

    @Test
    void negativeAnswersAreCachedForTheSoaMinimum() {
        resolver.lookup("missing.example.com", DnsType.A);
        resolver.lookup("short.example.com", DnsType.TXT);
        clock.advance(Duration.ofSeconds(29));
        resolver.lookup("missing.example.com", DnsType.A);
        resolver.lookup("short.example.com", DnsType.TXT);
        assertThat(server.queryCount("missing.example.com", "A")).isEqualTo(1);
        assertThat(server.queryCount("short.example.com", "TXT")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        resolver.lookup("missing.example.com", DnsType.A);
        assertThat(server.queryCount("missing.example.com", "A")).isEqualTo(2);
    }

    @Test
    void cnamesAreFollowedInsideAndAcrossAnswers() {
        assertThat(resolver.lookup("www.example.com", DnsType.A).records()).containsExactly("192.0.2.10");
        assertThat(resolver.lookup("out.example.com", DnsType.A).records()).containsExactly("198.51.100.1");
        assertThat(server.queryCount("host.example.net", "A")).isZero(); // chased by the server
        server.chaseCnamesAcrossZones(false);
        resolver.clearCache();
        assertThat(resolver.lookup("out.example.com", DnsType.A).records()).containsExactly("198.51.100.1");
        assertThat(server.queryCount("host.example.net", "A")).isEqualTo(1);
        DnsAnswer loop = resolver.lookup("loop1.example.com", DnsType.A);
        assertThat(loop.status()).isEqualTo(DnsStatus.SERVFAIL);
    }

    @Test
    void truncatedAnswersAreRetriedOverTcp() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add("big.example.com. 300 IN TXT \"record " + i + " padding padding padding padding padding\"");
        }
        server.addRecords(lines.toArray(new String[0]));
        DnsAnswer a = resolver.lookup("big.example.com", DnsType.TXT);
        assertThat(a.records()).hasSize(30);
        assertThat(server.tcpQueryCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void cacheIsBounded() {
        CachingDnsResolver small = new CachingDnsResolver(ResolverConfig.builder().servers(server.hostAndPort())
                .timeout(Duration.ofSeconds(10)).cacheMaxEntries(2).build(), clock);
        small.lookup("example.com", DnsType.A);
        small.lookup("example.com", DnsType.MX);
        small.lookup("example.com", DnsType.TXT);
        assertThat(small.stats().cacheSize()).isEqualTo(2);
        small.lookup("example.com", DnsType.A); // evicted (least recently used)
        assertThat(server.queryCount("example.com", "A")).isEqualTo(2);
    }

    @Test
    void badInputNeverThrows() {
        assertThat(resolver.lookup(null, DnsType.A).status()).isEqualTo(DnsStatus.SERVFAIL);
        assertThat(resolver.lookup("a".repeat(64) + ".example.com", DnsType.A).status()).isEqualTo(DnsStatus.NXDOMAIN);
        assertThat(resolver.lookup("x..example.com", DnsType.A).status()).isNotEqualTo(DnsStatus.OK);
    }

    @Test
    void unreachableServerIsTemporaryNeverAbsent() {
        CachingDnsResolver dead = new CachingDnsResolver(ResolverConfig.builder().servers("127.0.0.1:9")
                .timeout(Duration.ofMillis(200)).retries(0).build(), clock);
        DnsStatus s = dead.lookup("example.com", DnsType.A).status();
        assertThat(s).isIn(DnsStatus.TIMEOUT, DnsStatus.SERVFAIL);
    }

    @Test
    void threadSafeUnderConcurrentUse() throws Exception {
        // What is tested is correctness under concurrency, not speed: the shared resolver's 400 ms timeout (made
        // for the timeout tests) turned a slow first query on a loaded 2-core CI machine into TIMEOUT, once.
        CachingDnsResolver patient = new CachingDnsResolver(ResolverConfig.builder().servers(server.hostAndPort())
                .timeout(Duration.ofSeconds(10)).retries(1).build(), clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<DnsAnswer>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                DnsType t = DnsType.values()[i % 3];
                futures.add(pool.submit(() -> patient.lookup("example.com", t)));
            }
            for (Future<DnsAnswer> f : futures) {
                assertThat(f.get().status()).isEqualTo(DnsStatus.OK);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ipv6Formatting() throws Exception {
        assertThat(CachingDnsResolver.formatIpv6(InetAddress.getByName("2001:db8:0:0:1:0:0:1"))).isEqualTo("2001:db8::1:0:0:1");
        assertThat(CachingDnsResolver.formatIpv6(InetAddress.getByName("::1"))).isEqualTo("::1");
        assertThat(CachingDnsResolver.formatIpv6(InetAddress.getByName("2001:db8:1:1:1:1:0:1"))).isEqualTo("2001:db8:1:1:1:1:0:1");
        assertThat(CachingDnsResolver.formatIpv6(InetAddress.getByName("::"))).isEqualTo("::");
    }
}
