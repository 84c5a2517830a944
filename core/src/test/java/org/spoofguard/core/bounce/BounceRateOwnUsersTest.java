package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * The DSN rate limit (bounce.rateLimit, 100 per sender organizational domain per hour) keeps a proven third-party
 * domain from turning a flood of failures into a flood of DSNs. It also counted our own users' DSNs: when a big
 * provider refuses our mail for an hour (our address on its blocklist), the 101st user whose mail failed got no DSN;
 * it lay in suppressed-bounces as "rate-limited" (with BATV: all to prvs=…@ours, one domain), although
 * BounceGuard.Inputs promises that our authenticated users "always learn that their mail failed". Their DSN answers
 * a submission we authenticated and goes back to that submitter: nobody's backscatter.
 */
class BounceRateOwnUsersTest {
    @Test
    void ourOwnSubmittersAlwaysGetTheirDsnWhileOthersAreRateLimited() {
        BounceGuard guard = new BounceGuard(BouncePolicyConfig.DEFAULT,
            new DsnRateLimiter(2, Duration.ofHours(1), 10, Clock.systemUTC()), new BounceStats(100),
            BounceGuard.Counter.NONE, VerdictReevaluator.NONE);
        BounceContext failed = new BounceContext("bounces", "550 5.7.1 blocked", 550, true, null);
        for (int i = 0; i < 10; i++) {
            BounceGuard.Inputs ours = new BounceGuard.Inputs(null, List.of(),
                "prvs=1234abcdef=user" + i + "@ours.example", OriginalHeaders.NONE, failed, "user" + i + "@ours.example");
            assertThat(guard.evaluate(ours).decision().isSend()).as("DSN %d to our own user", i).isTrue();
        }
        // a proven stranger's domain is still limited
        String pass = BounceGuardTest.ar(SpfResultCode.PASS);
        assertThat(guard.evaluate(BounceGuardTest.inputs(pass, List.of(), "a@example.com")).decision().isSend()).isTrue();
        assertThat(guard.evaluate(BounceGuardTest.inputs(pass, List.of(), "a@example.com")).decision().isSend()).isTrue();
        assertThat(guard.evaluate(BounceGuardTest.inputs(pass, List.of(), "a@example.com")).decision().code())
            .isEqualTo("rate-limited");
    }
}
