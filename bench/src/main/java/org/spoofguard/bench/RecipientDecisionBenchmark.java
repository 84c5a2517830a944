package org.spoofguard.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.spoofguard.core.recipient.CalloutService;
import org.spoofguard.core.recipient.Downstream;
import org.spoofguard.core.recipient.FileCalloutCache;
import org.spoofguard.core.recipient.HarvestTracker;
import org.spoofguard.core.recipient.RecipientDecision;
import org.spoofguard.core.recipient.RecipientDirectory;
import org.spoofguard.core.recipient.RecipientRequest;
import org.spoofguard.core.recipient.RecipientValidator;
import org.spoofguard.core.recipient.SmtpCallout;
import org.spoofguard.testing.smtp.SmtpSink;

/**
 * What RecipientValidationHook adds to one RCPT TO (issue 4, "Speed"): the decision itself, with
 * in-memory stores standing in for James's memory users repository / rewrite table (so the figure is
 * SpoofGuard's own cost, not the store's), and the relay-domain callout with the real on-disk cache:
 * a hit (no network) and a miss (a real SMTP probe to a loopback server).
 *
 * <p>Run: {@code java -cp <bench classpath> org.openjdk.jmh.Main RecipientDecisionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecipientDecisionBenchmark {
    private static final InetAddress CLIENT = InetAddress.getLoopbackAddress();

    private RecipientValidator validator;
    private Path cacheDirectory;
    private FileCalloutCache cache;
    private SmtpSink downstream;
    private final AtomicLong missCounter = new AtomicLong();

    /** James's stores reduced to maps: one domain, 10,000 users, one alias. */
    static final class MapDirectory implements RecipientDirectory {
        private final Set<String> users;
        private final Map<String, List<String>> mappings;

        MapDirectory(Set<String> users, Map<String, List<String>> mappings) {
            this.users = users;
            this.mappings = mappings;
        }

        @Override
        public boolean isLocalDomain(String domain) {
            return domain.equals("local.test");
        }

        @Override
        public boolean userExists(String address) {
            return users.contains(address);
        }

        @Override
        public Resolution resolve(String address) {
            List<String> targets = mappings.get(address);
            return targets == null ? Resolution.none() : Resolution.targets(targets);
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        java.util.HashSet<String> users = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            users.add("user" + i + "@local.test");
        }
        MapDirectory directory = new MapDirectory(Set.copyOf(users),
            Map.of("sales@local.test", List.of("user42@local.test")));
        downstream = new SmtpSink();
        cacheDirectory = Files.createTempDirectory("rcpt-bench");
        cache = FileCalloutCache.open(cacheDirectory, 10_000_000, Clock.systemUTC());
        SmtpCallout smtp = new SmtpCallout("bench.local.test", Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
        CalloutService callouts = new CalloutService(smtp::probe, cache, Clock.systemUTC(), Duration.ofDays(7),
            Duration.ofHours(2), 64);
        validator = new RecipientValidator(directory,
            new RecipientValidator.Settings(false, true, 5, Map.of("relay.test", new Downstream("127.0.0.1", downstream.port()))),
            callouts,
            new HarvestTracker(Clock.systemUTC(), 20, Duration.ofHours(1), Duration.ofHours(1), 100_000));
        // warm the cache for the hit case (one real callout)
        RecipientDecision first = validator.validate(new RecipientRequest("known@relay.test", CLIENT, false, 0));
        if (!first.isAccept()) {
            throw new IllegalStateException("downstream did not accept: " + first);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        cache.close();
        downstream.close();
        try (var files = Files.walk(cacheDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public RecipientDecision localUser() {
        return validator.validate(new RecipientRequest("user4242@local.test", CLIENT, false, 0));
    }

    @Benchmark
    public RecipientDecision localAlias() {
        return validator.validate(new RecipientRequest("sales@local.test", CLIENT, false, 0));
    }

    @Benchmark
    public RecipientDecision localUnknown() {
        // trusted: an unknown from an untrusted client would feed (and soon trip) the harvest tracker
        return validator.validate(new RecipientRequest("nobody@local.test", CLIENT, true, 0));
    }

    @Benchmark
    public RecipientDecision calloutCacheHit() {
        return validator.validate(new RecipientRequest("known@relay.test", CLIENT, false, 0));
    }

    @Benchmark
    public RecipientDecision calloutMissLoopback() {
        // a fresh address each time: a real SMTP probe (connect, EHLO, MAIL FROM:<>, RCPT, QUIT) plus a journal append
        return validator.validate(new RecipientRequest("m" + missCounter.incrementAndGet() + "@relay.test", CLIENT, false, 0));
    }
}
