package org.spoofguard.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.core.dkim.DkimVerifier;
import org.spoofguard.core.dns.DnsType;

/** DKIM verification of a 10 MB message (RSA-2048, relaxed/relaxed), streamed from memory. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DkimBenchmark {
    @Param({"10485760"})
    public int bodyBytes;

    private byte[] message;
    private DkimVerifier verifier;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        StringBuilder sb = new StringBuilder(bodyBytes + 1024);
        sb.append("From: Billing <billing@bench.test>\r\nTo: a@receiver.test\r\nSubject: invoice\r\n")
            .append("Date: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <1@bench.test>\r\n\r\n");
        String line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.  \r\n";
        while (sb.length() < bodyBytes) {
            sb.append(line);
        }
        message = DkimSigner.builder(DkimAlgorithm.RSA_SHA256, "bench.test", "s1", keys.getPrivate()).build()
            .sign(sb.toString().getBytes(StandardCharsets.US_ASCII));
        verifier = new DkimVerifier(new MemoryDns().add("s1._domainkey.bench.test", DnsType.TXT,
            DkimSigner.keyRecord(keys.getPublic())));
        List<DkimResult> r = verifier.verify(new ByteArrayInputStream(message));
        if (!r.get(0).isPass()) {
            throw new IllegalStateException("benchmark message does not verify: " + r);
        }
    }

    @Benchmark
    public List<DkimResult> verify10MegabyteMessage() {
        return verifier.verify(new ByteArrayInputStream(message));
    }
}
