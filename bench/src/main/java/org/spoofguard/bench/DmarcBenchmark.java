package org.spoofguard.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcEvaluator;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * DMARC evaluation with an in-memory resolver: From in a subdomain (tree walk of 3 names), SPF pass for an
 * unrelated domain, one DKIM pass aligned in relaxed mode (organizational domain by the tree walk too).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DmarcBenchmark {
    private DmarcEvaluator dmarc;
    private List<String> from;
    private SpfResult spf;
    private List<DkimResult> dkim;

    @Setup(Level.Trial)
    public void setup() {
        MemoryDns dns = new MemoryDns()
            .add("_dmarc.bench.test", DnsType.TXT, "v=DMARC1; p=reject; sp=quarantine; adkim=r; aspf=r")
            .add("news.mail.bench.test", DnsType.A, "192.0.2.1")
            .add("bench.test", DnsType.A, "192.0.2.2");
        dmarc = new DmarcEvaluator(dns);
        from = List.of("\"Newsletter\" <news@news.mail.bench.test>");
        spf = new SpfResult(SpfResultCode.PASS, SpfResult.MAILFROM, "esp.example", "bounce@esp.example", "ip4 matched");
        dkim = List.of(new DkimResult(DkimResultCode.PASS, "bench.test", "s1", "rsa-sha256", "verified"));
        DmarcResult r = dmarc.evaluate(from, spf, dkim);
        if (!r.isPass()) {
            throw new IllegalStateException("benchmark case does not pass: " + r);
        }
    }

    @Benchmark
    public DmarcResult evaluateTreeWalkAlignedDkim() {
        return dmarc.evaluate(from, spf, dkim);
    }
}
