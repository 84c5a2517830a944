package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.spf.SpfEvaluator;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.core.verdict.VerdictRecordCodec;
import org.spoofguard.core.verdict.SenderVerdict;

/** The real Authentication-Results codec as the guard's verdict source, and the SPF re-evaluation at bounce time. */
class BounceVerdictWiringTest {
    static final String ID = "mx.ours.example";

    static SenderVerdict verdict(String ip, SpfResultCode spf) {
        return new SenderVerdict(ip, "mx.sender.example", "alice@example.com",
            new SpfResult(spf, SpfResult.MAILFROM, "example.com", "alice@example.com", ""),
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "mx.sender.example", "postmaster@mx.sender.example", ""),
            List.of(), new DmarcResult(DmarcResultCode.NONE, "example.com", "", DmarcPolicy.NONE, false, false, ""));
    }

    /** A DNS that answers the SPF record, or times out when told to. */
    static final class Dns implements DnsResolver {
        volatile boolean timeout;
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public DnsAnswer lookup(String name, DnsType type) {
            asked.add(type + " " + name.toLowerCase(Locale.ROOT));
            if (timeout) {
                return DnsAnswer.of(DnsStatus.TIMEOUT, "fake timeout");
            }
            if (type == DnsType.TXT && name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "").equals("example.com")) {
                return DnsAnswer.ok(List.of("v=spf1 ip4:192.0.2.0/24 -all"));
            }
            return DnsAnswer.of(DnsStatus.NXDOMAIN, "nx");
        }
    }

    @Test
    void attributeAndFirstHeaderAreReadWithTheOneCodecAndAnUnreadableValueIsAnErrorNotSilence() {
        String ours = VerdictRecordCodec.encode(new VerdictRecord(verdict("192.0.2.7", SpfResultCode.PASS)));
        String failing = VerdictRecordCodec.encode(new VerdictRecord(verdict("192.0.2.7", SpfResultCode.FAIL)));

        assertThat(VerdictSource.fromAttribute(ours)).get().extracting(r -> r.verdict().spfMailFrom().result())
            .isEqualTo(SpfResultCode.PASS);
        assertThat(VerdictSource.fromAttribute(null)).isEmpty();
        // only the first (topmost) field counts: ours is written on top after every incoming copy is removed
        assertThat(VerdictSource.fromHeaders(List.of(failing, ours))).get()
            .extracting(r -> r.verdict().spfMailFrom().result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(VerdictSource.fromHeaders(List.of())).isEmpty();
        // unreadable = unauthenticated with an error, never "no information"
        VerdictRecord garbage = VerdictSource.fromHeaders(List.of("garbage ((", ours)).orElseThrow();
        assertThat(garbage.complete()).isFalse();
        assertThat(garbage.errors()).singleElement().asString().contains("unreadable verdict record");
        assertThat(VerdictSource.fromAttribute(42).orElseThrow().complete()).isFalse();
    }

    @Test
    void temperrorIsReevaluatedOnceAgainstTheOriginalClientIp() {
        Dns dns = new Dns();
        SpfVerdictReevaluator reevaluator = new SpfVerdictReevaluator(new SpfEvaluator(dns));
        BounceDecision proven = BouncePolicy.decide(Optional.of(verdict("192.0.2.7", SpfResultCode.TEMPERROR)),
            "alice@example.com", OriginalHeaders.NONE, BouncePolicyConfig.DEFAULT, reevaluator);
        assertThat(proven.isSend()).isTrue();
        assertThat(proven.code()).isEqualTo("proven:spf=pass");

        BounceDecision forged = BouncePolicy.decide(Optional.of(verdict("198.51.100.9", SpfResultCode.TEMPERROR)),
            "alice@example.com", OriginalHeaders.NONE, BouncePolicyConfig.DEFAULT, reevaluator);
        assertThat(forged.code()).isEqualTo("spf=fail");

        dns.timeout = true;
        BounceDecision still = BouncePolicy.decide(Optional.of(verdict("192.0.2.7", SpfResultCode.TEMPERROR)),
            "alice@example.com", OriginalHeaders.NONE, BouncePolicyConfig.DEFAULT, reevaluator);
        assertThat(still.isSend()).isFalse();
        assertThat(still.code()).isEqualTo("temperror");
    }

    @Test
    void loopbackOrNonLiteralClientIsNeverReevaluated() {
        Dns dns = new Dns();
        SpfVerdictReevaluator reevaluator = new SpfVerdictReevaluator(new SpfEvaluator(dns));
        assertThat(reevaluator.reevaluate(verdict("127.0.0.1", SpfResultCode.TEMPERROR))).isEmpty();
        assertThat(reevaluator.reevaluate(verdict("::1", SpfResultCode.TEMPERROR))).isEmpty();
        assertThat(reevaluator.reevaluate(verdict("attacker.example", SpfResultCode.TEMPERROR))).isEmpty();
        assertThat(reevaluator.reevaluate(verdict("999.1.1.1", SpfResultCode.TEMPERROR))).isEmpty();
        assertThat(dns.asked).as("no DNS query for unusable addresses").isEmpty();
        assertThat(reevaluator.reevaluate(verdict("[IPv6:2001:db8::1]", SpfResultCode.TEMPERROR))).get()
            .extracting(v -> v.spfMailFrom().result()).isEqualTo(SpfResultCode.FAIL);
    }
}
