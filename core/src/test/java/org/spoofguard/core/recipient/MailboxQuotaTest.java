package org.spoofguard.core.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class MailboxQuotaTest {
    private static final OptionalLong NONE = OptionalLong.empty();

    private static OptionalLong of(long v) {
        return OptionalLong.of(v);
    }

    @Test
    void countUsedUpRefusesOneBelowDoesNot() {
        assertThat(MailboxQuota.of(10, of(10), 0, NONE).refusal(NONE)).get().asString().contains("message count");
        assertThat(MailboxQuota.of(11, of(10), 0, NONE).refusal(NONE)).isPresent();
        assertThat(MailboxQuota.of(9, of(10), 0, NONE).refusal(NONE)).isEmpty();
    }

    @Test
    void sizeUsedUpRefusesEvenWithoutDeclaredSize() {
        assertThat(MailboxQuota.of(1, NONE, 1000, of(1000)).refusal(NONE)).get().asString().contains("size quota used up");
        assertThat(MailboxQuota.of(1, NONE, 999, of(1000)).refusal(NONE)).isEmpty();
    }

    @Test
    void declaredSizeMustFitInTheRoomLeft() {
        MailboxQuota q = MailboxQuota.of(1, NONE, 600, of(1000));
        assertThat(q.refusal(of(400))).as("exactly fits: James's delivery accepts used + size == limit").isEmpty();
        assertThat(q.refusal(of(401))).get().asString().contains("SIZE=401").contains("400 of 1000");
        assertThat(q.refusal(of(0))).isEmpty();
        assertThat(q.refusal(of(-5))).as("nonsense ignored").isEmpty();
        assertThat(q.refusal(of(Long.MAX_VALUE))).as("no overflow").isPresent();
    }

    @Test
    void unlimitedOrUnknownNeverRefuses() {
        assertThat(MailboxQuota.UNKNOWN.refusal(of(Long.MAX_VALUE))).isEmpty();
        assertThat(MailboxQuota.of(1_000_000, NONE, Long.MAX_VALUE - 1, NONE).refusal(of(Long.MAX_VALUE))).isEmpty();
        assertThat(new MailboxQuota(NONE, of(0), NONE, of(0)).refusal(of(1))).as("limit without usage").isEmpty();
    }

    @Test
    void zeroLimitMeansNoMail() {
        assertThat(MailboxQuota.of(0, of(0), 0, NONE).refusal(NONE)).isPresent();
        assertThat(MailboxQuota.of(0, NONE, 0, of(0)).refusal(NONE)).isPresent();
    }
}
