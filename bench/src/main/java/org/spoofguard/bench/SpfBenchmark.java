package org.spoofguard.bench;

import java.net.InetAddress;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.spoofguard.core.dns.CachingDnsResolver;
import org.spoofguard.core.dns.ResolverConfig;
import org.spoofguard.core.spf.SpfEvaluator;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.testing.dns.LoopbackDnsServer;

/**
 * SPF check_host with a warm cache: the real {@link CachingDnsResolver} in front of a loopback DNS server,
 * warmed in setup, so each evaluation is pure CPU (parsing, macro and include walking, 6 DNS terms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SpfBenchmark {
    private LoopbackDnsServer dns;
    private SpfEvaluator spf;
    private InetAddress client;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        dns = LoopbackDnsServer.withZones("""
            $ORIGIN bench.test.
            $TTL 86400
            @        IN TXT "v=spf1 include:_spf.bench.test include:_spf2.bench.test mx a:out.bench.test -all"
            _spf     IN TXT "v=spf1 ip4:198.51.100.0/24 ip6:2001:db8::/32 ~all"
            _spf2    IN TXT "v=spf1 ip4:203.0.113.0/25 exists:%{i}._ip.bench.test ?all"
            @        IN MX  10 mx1.bench.test.
            @        IN MX  20 mx2.bench.test.
            mx1      IN A   192.0.2.1
            mx2      IN A   192.0.2.2
            out      IN A   192.0.2.77
            """);
        CachingDnsResolver resolver = new CachingDnsResolver(ResolverConfig.builder().servers(dns.hostAndPort()).build());
        spf = new SpfEvaluator(resolver);
        client = InetAddress.getByName("192.0.2.77"); // matched by the last mechanism: the whole record is walked
        SpfResult warm = spf.checkMailFrom(client, "user@bench.test", "mx.bench.test");
        if (!warm.isPass()) {
            throw new IllegalStateException("benchmark record does not pass: " + warm);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        dns.close();
    }

    @Benchmark
    public SpfResult checkMailFromWarmCache() {
        return spf.checkMailFrom(client, "user@bench.test", "mx.bench.test");
    }
}
