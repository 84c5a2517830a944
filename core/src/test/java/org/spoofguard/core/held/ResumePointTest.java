package org.spoofguard.core.held;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResumePointTest {
    static final List<String> RCPTS = List.of("alice@ours.test", "bob@ours.test");

    @Test
    void aMailEnteringAProcessorAfterTheRewriteTableIsMarkedToResumeThere() {
        ResumePoint.Decision d = ResumePoint.onEntry("local-delivery", RCPTS, false, false);
        assertThat(d.record()).contains(ResumeRecord.of("local-delivery", RCPTS));
        // the release route then resumes it there, past the rewrite table
        assertThat(ReleaseRoute.decide("root", true, d.record(), RCPTS).processor()).isEqualTo("local-delivery");
    }

    @Test
    void aMailTheSpoolerReRunsWithItsRecipientsFromBeforeTheRewriteTableIsNotMarked() {
        // JamesMailSpooler puts back the recipients the mail had when it was taken from the spool (for a mail
        // that entered at root: before the rewrite table) and re-runs it in local-delivery: they may not be
        // rewritten, so a release must go through the rewrite table (root) again
        ResumePoint.Decision d = ResumePoint.onEntry("local-delivery", List.of("alice@ours.test"), true, false);
        assertThat(d.record()).isEmpty();
        assertThat(d.reason()).contains("spooler");
        assertThat(ReleaseRoute.decide("root", true, d.record(), List.of("alice@ours.test")).processor())
            .isEqualTo("root");
    }

    @Test
    void aProcessorOnlyRewrittenMailEntersKeepsItsMarkOnASpoolerReRun() {
        // local-delivery-retry: entered from RetryingLocalDelivery's queue with rewritten recipients only, and the
        // spooler restores those same recipients
        assertThat(ResumePoint.onEntry("local-delivery-retry", RCPTS, true, true).record())
            .contains(ResumeRecord.of("local-delivery-retry", RCPTS));
    }

    @Test
    void noRecipientsNoMark() {
        assertThat(ResumePoint.onEntry("local-delivery", List.of(), false, false).record()).isEmpty();
    }
}
