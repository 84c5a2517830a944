package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BounceCauseTest {
    static BounceCause classify(String processor, String deliveryError, Integer code, Boolean permanent, String msg) {
        return BounceCause.classify(new BounceContext(processor, deliveryError, code, permanent, msg)).cause();
    }

    @Test
    void remoteDeliveryPermanentFailure() {
        assertThat(classify("bounces", "550 5.7.1 Message rejected as spam", 550, true, null))
            .isEqualTo(BounceCause.REMOTE_PERMANENT);
    }

    @Test
    void remoteDeliveryRetriesExhausted() {
        assertThat(classify("bounces", "Too many retries failure. Bouncing after 5 retries.", null, false, null))
            .isEqualTo(BounceCause.REMOTE_EXPIRED);
        assertThat(classify("bounces", "Too many retries failure. Bouncing after 5 retries.", null, null, null))
            .isEqualTo(BounceCause.REMOTE_EXPIRED);
    }

    @Test
    void mailboxFullByEnhancedCodeCodeOrText() {
        assertThat(classify("bounces", "552 5.2.2 Mailbox full", 552, true, null)).isEqualTo(BounceCause.MAILBOX_FULL);
        assertThat(classify("bounces", "452 4.2.2 The email account that you tried to reach is over quota", 452, false, null))
            .isEqualTo(BounceCause.MAILBOX_FULL);
        assertThat(classify("error", null, null, null, "org.apache.james.mailbox.exception.OverQuotaException"))
            .isEqualTo(BounceCause.MAILBOX_FULL);
        // 552 5.3.4 is "message too big", not a full mailbox.
        assertThat(classify("bounces", "552 5.3.4 Message size exceeds fixed limit", 552, true, null))
            .isEqualTo(BounceCause.REMOTE_PERMANENT);
    }

    @Test
    void forwardRefused() {
        assertThat(classify("rrt-error", null, null, null, "Forward failed")).isEqualTo(BounceCause.FORWARD_REFUSED);
        assertThat(classify("bounces", "550 5.7.1 forwarded mail rejected", 550, true, null))
            .isEqualTo(BounceCause.FORWARD_REFUSED);
    }

    @Test
    void unknownAfterAccept() {
        assertThat(classify("local-address-error", null, null, null, "")).isEqualTo(BounceCause.UNKNOWN_AFTER_ACCEPT);
        assertThat(classify("error", null, null, null, "550 5.1.1 user unknown")).isEqualTo(BounceCause.UNKNOWN_AFTER_ACCEPT);
    }

    @Test
    void otherAndEmpty() {
        assertThat(classify("error", null, null, null, "NullPointerException in SomeMailet")).isEqualTo(BounceCause.OTHER);
        assertThat(BounceCause.classify(null).cause()).isEqualTo(BounceCause.OTHER);
        assertThat(BounceCause.classify(BounceContext.EMPTY).reason()).isNotBlank();
    }

    @Test
    void versionLikeNumbersAreNotStatusCodes() {
        assertThat(classify("error", null, null, null, "failure in james 3.2.2.1 mailet")).isEqualTo(BounceCause.OTHER);
    }

    @Test
    void enhancedCodesInsideAddressesOrWithLeadingZerosAreNotEvidence() {
        assertThat(classify("error", null, null, null, "relay 10.5.2.2 failed")).isEqualTo(BounceCause.OTHER);
        assertThat(classify("error", null, null, null, "mailet 1.2.5.2.2 failed")).isEqualTo(BounceCause.OTHER);
        assertThat(classify("error", null, null, null, "error 5.02.2 here")).isEqualTo(BounceCause.OTHER);
        assertThat(classify("error", null, null, null, "error 5.1.01 here")).isEqualTo(BounceCause.OTHER);
        assertThat(classify("error", null, null, null, "error 3.1.1 here")).isEqualTo(BounceCause.OTHER);
        assertThat(classify("error", null, null, null, "error (5.2.2) here")).isEqualTo(BounceCause.MAILBOX_FULL);
        assertThat(classify("error", null, null, null, "error 5.1.1: here")).isEqualTo(BounceCause.UNKNOWN_AFTER_ACCEPT);
        // 552 with a X.3.x code is a size refusal, not a full mailbox; a malformed X.03.x is no such code
        assertThat(classify("bounces", "552 5.03.4 too big", 552, true, null)).isEqualTo(BounceCause.MAILBOX_FULL);
    }
}
