package org.spoofguard.core.held;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReleaseRouteTest {
    static final ResumeRecord KEPT = ResumeRecord.of("local-delivery-retry", List.of("alice@ours.test", "bob@ours.test"));

    @Test
    void aKeptCopyResumesInTheProcessorItsRecordNames() {
        ReleaseRoute.Decision d = ReleaseRoute.decide("root", true, Optional.of(KEPT), List.of("alice@ours.test"));
        assertThat(d.processor()).isEqualTo("local-delivery-retry");
        assertThat(d.resumed()).isTrue();
    }

    @Test
    void aMailWithoutARecordTakesTheRepositoryProcessor() {
        assertThat(ReleaseRoute.decide("root", true, Optional.empty(), List.of("alice@ours.test")).processor())
            .isEqualTo("root");
    }

    @Test
    void aRecipientTheRecordDoesNotNameSendsTheWholeMailTheOrdinaryWay() {
        ReleaseRoute.Decision d = ReleaseRoute.decide("root", true, Optional.of(KEPT),
            List.of("alice@ours.test", "carol@ours.test"));
        assertThat(d.processor()).isEqualTo("root");
        assertThat(d.resumed()).isFalse();
        assertThat(d.reason()).contains("carol@ours.test");
    }

    @Test
    void aRepositoryThatDoesNotResumeIgnoresTheRecord() {
        // an over-quota DSN kept by the bounce guard still carries the record of the mail it was made from
        assertThat(ReleaseRoute.decide("bounce-release", false, Optional.of(KEPT), List.of("alice@ours.test")).processor())
            .isEqualTo("bounce-release");
    }

    @Test
    void noRecipientsIsNotCovered() {
        assertThat(ReleaseRoute.decide("root", true, Optional.of(KEPT), List.of()).processor()).isEqualTo("root");
    }

    @Test
    void recordRoundTripsAndRejectsWhatItCannotReadExactly() {
        assertThat(ResumeRecord.parse(Optional.of(KEPT.format()))).contains(KEPT);
        assertThat(KEPT.format()).isEqualTo("v=1; processor=local-delivery-retry\nalice@ours.test\nbob@ours.test");
        assertThat(ResumeRecord.parse(Optional.of("v=2; processor=x\na@b.test"))).isEmpty();
        assertThat(ResumeRecord.parse(Optional.of("v=1; processor=root transport\na@b.test"))).isEmpty();
        assertThat(ResumeRecord.parse(Optional.of("v=1; processor=local-delivery-retry"))).isEmpty();
        assertThat(ResumeRecord.parse(Optional.of("v=1; processor=local-delivery-retry\n"))).isEmpty();
        assertThat(ResumeRecord.parse(Optional.empty())).isEmpty();
    }
}
