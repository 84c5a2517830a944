package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.core.verdict.VerdictRecordCodec;
import org.spoofguard.core.verdict.SenderVerdict;

class BounceGuardTest {
    final List<String> metrics = new ArrayList<>();
    final BounceStats stats = new BounceStats(100);

    BounceGuard guard(DsnRateLimiter limiter) {
        return new BounceGuard(BouncePolicyConfig.DEFAULT, limiter,
            stats, metrics::add, VerdictReevaluator.NONE);
    }

    static final String ID = "mx.ours.example";

    /** Our verdict record for a mail from a@example.com with the given SPF result. */
    static String ar(SpfResultCode spf) {
        return VerdictRecordCodec.encode(new VerdictRecord(new SenderVerdict("192.0.2.1", "mx.example.com", "a@example.com",
            new SpfResult(spf, SpfResult.MAILFROM, "example.com", "a@example.com", ""),
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "mx.example.com", "postmaster@mx.example.com", ""),
            List.of(), new DmarcResult(DmarcResultCode.NONE, "example.com", "", DmarcPolicy.NONE, false, false, ""))));
    }

    static BounceGuard.Inputs inputs(Object attribute, List<String> ar, String mailFrom) {
        return new BounceGuard.Inputs(attribute, ar, mailFrom, OriginalHeaders.NONE,
            new BounceContext("bounces", "550 5.1.1 unknown", 550, true, null));
    }

    @Test
    void attributeFirstThenOurHeader() {
        BounceGuard g = guard(null);
        BounceGuard.Outcome fromAttr = g.evaluate(inputs(ar(SpfResultCode.PASS),
            List.of(ar(SpfResultCode.FAIL)), "a@example.com"));
        assertThat(fromAttr.verdictOrigin()).isEqualTo("attribute");
        assertThat(fromAttr.decision().isSend()).isTrue();
        BounceGuard.Outcome fromHeader = g.evaluate(inputs(null,
            List.of(ar(SpfResultCode.FAIL)), "a@example.com"));
        assertThat(fromHeader.verdictOrigin()).isEqualTo("header");
        assertThat(fromHeader.decision().code()).isEqualTo("spf=fail");
        assertThat(fromHeader.cause().cause()).isEqualTo(BounceCause.REMOTE_PERMANENT);
        assertThat(metrics).containsExactly("spoofguard_bounce_sent", "spoofguard_bounce_cause_remote_permanent",
            "spoofguard_bounce_suppressed", "spoofguard_bounce_suppressed_spf_fail",
            "spoofguard_bounce_cause_remote_permanent");
        assertThat(stats.totalSent()).isEqualTo(1);
        assertThat(stats.suppressed(BounceCause.REMOTE_PERMANENT)).isEqualTo(1);
        assertThat(stats.topSuppressedDomains(5)).singleElement().satisfies(e -> {
            assertThat(e.getKey()).isEqualTo("example.com");
            assertThat(e.getValue()).isEqualTo(1L);
        });
    }

    @Test
    void rateLimitTurnsProvenSendIntoSuppression() {
        BounceGuard g = guard(new DsnRateLimiter(1, Duration.ofHours(1), 10, java.time.Clock.systemUTC()));
        String attr = ar(SpfResultCode.PASS);
        assertThat(g.evaluate(inputs(attr, List.of(), "a@example.com")).decision().isSend()).isTrue();
        BounceDecision second = g.evaluate(inputs(attr, List.of(), "a@example.com")).decision();
        assertThat(second.isSend()).isFalse();
        assertThat(second.code()).isEqualTo("rate-limited");
        assertThat(second.text()).contains("proven:spf=pass");
        // Suppressed ones do not use up the allowance.
        BounceGuard g2 = guard(new DsnRateLimiter(1, Duration.ofHours(1), 10, java.time.Clock.systemUTC()));
        g2.evaluate(inputs(null, List.of(), "a@example.com"));
        assertThat(g2.evaluate(inputs(attr, List.of(), "a@example.com")).decision().isSend()).isTrue();
    }

    @Test
    void statsReportAsJsonAndText() {
        BounceGuard g = guard(null);
        g.evaluate(inputs(null, List.of(), "x@victim.example"));
        g.evaluate(inputs(null, List.of(), "y@victim.example"));
        g.evaluate(inputs(null, List.of(), "z@other\"example.org"));
        String json = stats.toJson();
        assertThat(json).contains("\"suppressed\":3").contains("\"domain\":\"victim.example\",\"count\":2")
            .contains("\"suppress:no_verdict\":3").contains("other\\\"example.org");
        assertThat(stats.toText()).contains("victim.example").contains("remote-permanent");
    }
}
