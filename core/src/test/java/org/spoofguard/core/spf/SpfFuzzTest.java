package org.spoofguard.core.spf;

import org.spoofguard.core.FuzzTiming;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsType;

/**
 * Fuzz targets for the RFC 7208 record parser and macro expander. Every SPF record, every include/redirect
 * target and every exp= text is written by the (possibly forging) sender's DNS, so each must end in one of
 * the RFC results. The invariant that matters: a record we cannot understand is {@code permerror} (§4.6),
 * never our catch-all "internal error" temperror, which would make a hostile record defer the mail and
 * hide a parser bug.
 *
 * <p>Input layout (bytes as Latin-1, lines split on LF) keeps the seed files readable:
 * line 1 the SPF record of {@code example.org}; line 2 the TXT answer for every other name (include,
 * redirect and exp= targets); line 3 the MAIL FROM local-part; line 4 the HELO name.
 */
class SpfFuzzTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final InetAddress V4 = address("192.0.2.1");
    private static final InetAddress V6 = address("2001:db8::1");

    @FuzzTest(maxDuration = "60s")
    void checkHost(byte[] data) {
        String[] lines = new String(data, StandardCharsets.ISO_8859_1).split("\n", 4);
        String record = lines[0];
        String other = lines.length > 1 ? lines[1] : "v=spf1 -all";
        String local = lines.length > 2 ? lines[2] : "user";
        String helo = lines.length > 3 ? lines[3] : "mx.example.org";
        DnsResolver dns = new ScriptedDns(record, other);
        for (InetAddress ip : List.of(V4, V6)) {
            long start = System.nanoTime();
            SpfEvaluation e = new SpfEvaluator(dns, "mx.receiver.test", CLOCK, Duration.ofSeconds(5))
                    .evaluateMailFrom(ip, local + "@example.org", helo);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertWellFormed(e, millis);
            SpfEvaluation h = new SpfEvaluator(dns, "mx.receiver.test", CLOCK, Duration.ofSeconds(5))
                    .evaluateHelo(ip, helo);
            assertWellFormed(h, 0);
        }
    }

    /**
     * Macro expansion (§7) in all three places it happens: a domain-spec (exists:), a modifier target
     * (exp=) and the explanation text itself, with a hostile local-part and HELO as macro values.
     * Line 1 is the macro-string, line 2 the explanation TXT, line 3 the local-part, line 4 the HELO.
     */
    @FuzzTest(maxDuration = "60s")
    void macroExpansion(byte[] data) {
        String[] lines = new String(data, StandardCharsets.ISO_8859_1).split("\n", 4);
        String macro = lines[0];
        String explanation = lines.length > 1 ? lines[1] : "%{i} is not one of %{d}'s designated mail servers";
        String local = lines.length > 2 ? lines[2] : "user";
        String helo = lines.length > 3 ? lines[3] : "mx.example.org";
        String record = "v=spf1 exists:" + macro + " -all exp=" + macro;
        DnsResolver dns = new ScriptedDns(record, explanation);
        for (InetAddress ip : List.of(V4, V6)) {
            long start = System.nanoTime();
            SpfEvaluation e = new SpfEvaluator(dns, "mx.receiver.test", CLOCK, Duration.ofSeconds(5))
                    .evaluateMailFrom(ip, local + "@example.org", helo);
            assertWellFormed(e, (System.nanoTime() - start) / 1_000_000);
            // §6.2: an explanation is only ever printable ASCII (it goes into an SMTP reply) and bounded.
            assertThat(e.explanation()).hasSizeLessThanOrEqualTo(1024);
            assertThat(e.explanation().chars().allMatch(c -> c >= 0x20 && c < 0x7f)).as(e.explanation()).isTrue();
        }
    }

    private static void assertWellFormed(SpfEvaluation e, long millis) {
        SpfResult r = e.result();
        assertThat(r.result()).isNotNull();
        assertThat(r.reason()).isNotNull();
        // The evaluator's catch-all turns a RuntimeException into temperror "internal error": a parser bug.
        assertThat(r.reason()).as("reason").doesNotStartWith("internal error");
        // The scripted DNS never times out, so temperror can only come from the time budget, never here.
        assertThat(r.result()).as(r.reason()).isNotEqualTo(SpfResultCode.TEMPERROR);
        FuzzTiming.assertWithin(millis, 2_000, "evaluation time");
    }

    /** Answers instantly: the record for example.org, {@code other} for every other TXT name, fixed A/AAAA/MX/PTR. */
    private record ScriptedDns(String record, String other) implements DnsResolver {
        @Override
        public DnsAnswer lookup(String name, DnsType type) {
            String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            return switch (type) {
                case TXT -> DnsAnswer.ok(List.of(n.equalsIgnoreCase("example.org") ? record : other));
                case A -> DnsAnswer.ok(List.of("192.0.2.1"));
                case AAAA -> DnsAnswer.ok(List.of("2001:db8::1"));
                case MX -> DnsAnswer.ok(List.of("mx.example.org"));
                case PTR -> DnsAnswer.ok(List.of("mx.example.org"));
                default -> DnsAnswer.ok(List.of());
            };
        }
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
