package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BounceDecisionCodecTest {
    private static final BounceRecord FORGED = new BounceRecord(BounceDecision.suppress("spf=fail",
        "SPF fail for victim.example; \"explanation\" æøå € 😀"), BounceCause.REMOTE_PERMANENT);

    @Test
    void roundTripIsIdentity() {
        List<BounceRecord> records = new ArrayList<>(List.of(FORGED,
            new BounceRecord(BounceDecision.send("proven:dkim=pass(d=mail.example.com)", ""), BounceCause.MAILBOX_FULL)));
        for (BounceCause cause : BounceCause.values()) {
            records.add(new BounceRecord(BounceDecision.suppress("rate-limited", "x"), cause));
        }
        for (BounceRecord r : records) {
            String encoded = BounceDecisionCodec.encode(r);
            assertThat(encoded).startsWith("v=1; action=").matches("[\\x20-\\x7e]*");
            assertThat(BounceDecisionCodec.parse(encoded)).isEqualTo(r);
            assertThat(BounceDecisionCodec.decode(encoded)).isEqualTo(r);
            assertThat(BounceDecisionCodec.encode(BounceDecisionCodec.decode(encoded))).isEqualTo(encoded);
        }
    }

    @Test
    void formatIsTheDocumentedOne() {
        assertThat(BounceDecisionCodec.encode(new BounceRecord(BounceDecision.suppress("spf=fail", "no"),
            BounceCause.AUTO_REPLY))).isEqualTo("v=1; action=suppress; cause=auto-reply; reason=spf%3Dfail; text=no");
    }

    @Test
    void attackerTextCannotInjectItems() {
        BounceRecord r = new BounceRecord(BounceDecision.suppress("precedence-x; action=send",
            "x; action=send; cause=other\r\nX-Evil: 1"), BounceCause.OTHER);
        String encoded = BounceDecisionCodec.encode(r);
        assertThat(encoded).doesNotContain("action=send").doesNotContain("\n");
        assertThat(BounceDecisionCodec.decode(encoded)).isEqualTo(r);
    }

    @Test
    void oversizedValuesAreClippedToABoundAndStillReadBack() {
        BounceRecord huge = new BounceRecord(BounceDecision.suppress("c".repeat(100_000), "€".repeat(100_000)),
            BounceCause.OTHER);
        String encoded = BounceDecisionCodec.encode(huge);
        assertThat(encoded.length()).isLessThan(BounceDecisionCodec.MAX_ENCODED);
        BounceRecord back = BounceDecisionCodec.decode(encoded);
        assertThat(back).isEqualTo(BounceDecisionCodec.bounded(huge));
        assertThat(back.decision().code()).hasSize(BounceDecisionCodec.MAX_REASON);
        assertThat(back.decision().text()).hasSize(BounceDecisionCodec.MAX_TEXT);
        assertThat(BounceDecisionCodec.isUnreadable(back)).isFalse();
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        BounceRecord r = new BounceRecord(BounceDecision.send("a".repeat(BounceDecisionCodec.MAX_REASON - 1) + "😀",
            "t"), BounceCause.OTHER);
        assertThat(BounceDecisionCodec.decode(BounceDecisionCodec.encode(r)).decision().code())
            .isEqualTo("a".repeat(BounceDecisionCodec.MAX_REASON - 1));
    }

    @Test
    void everythingNotExactlyARecordIsRefusedAndDecodesAsSuppress() {
        String ok = "v=1; action=send; cause=remote-permanent; reason=proven:spf%3Dpass; text=-";
        assertThat(BounceDecisionCodec.parse(ok).isSend()).isTrue();
        List<String> hostile = new ArrayList<>(List.of(
            "", "send", "v=1", "v=2" + ok.substring(3), "v=01" + ok.substring(3), ok.replace("v=1; ", ""),
            ok + "; action=send", ok + "; action=suppress", ok + "; cause=other", ok + "; reason=x", ok + "; text=x",
            ok + "; x=1", ok + ";", ok.replace("v=1", "v=1;;"), ok.replace("; text=-", ""),
            ok.replace("; reason=proven:spf%3Dpass", ""), ok.replace("; cause=remote-permanent", ""),
            ok.replace("; action=send", ""), ok.replace("action=send", "action=SEND"),
            ok.replace("action=send", "action=allow"), ok.replace("action=send", "action="),
            ok.replace("cause=remote-permanent", "cause=REMOTE_PERMANENT"),
            ok.replace("cause=remote-permanent", "cause=bounce"), ok.replace("reason=proven:spf%3Dpass", "reason=-"),
            ok.replace("reason=proven:spf%3Dpass", "reason=%20"), ok.replace("proven:spf%3Dpass", "%G1"),
            ok.replace("proven:spf%3Dpass", "%4"), ok.replace("text=-", "text=a,b"), ok.replace("text=-", "=x"),
            ok.replace("reason=proven:spf%3Dpass", "reason=" + "a".repeat(BounceDecisionCodec.MAX_REASON + 1)),
            ok.replace("text=-", "text=" + "a".repeat(BounceDecisionCodec.MAX_TEXT + 1)),
            ok.replace("text=-", "text=" + "a".repeat(BounceDecisionCodec.MAX_ENCODED))));
        for (String value : hostile) {
            assertThatThrownBy(() -> BounceDecisionCodec.parse(value)).as(value)
                .isInstanceOf(IllegalArgumentException.class);
            BounceRecord d = BounceDecisionCodec.decode(value);
            assertThat(d.isSend()).as(value).isFalse();
            assertThat(BounceDecisionCodec.isUnreadable(d)).as(value).isTrue();
            assertThat(d.decision().text()).as(value).startsWith("unreadable bounce decision: ");
        }
        assertThatThrownBy(() -> BounceDecisionCodec.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BounceDecisionCodec.isUnreadable(BounceDecisionCodec.decode(null))).isTrue();
    }

    @Test
    void theLimitsAreInclusive() {
        String ok = BounceDecisionCodec.encode(new BounceRecord(BounceDecision.suppress(
            "a".repeat(BounceDecisionCodec.MAX_REASON), "b".repeat(BounceDecisionCodec.MAX_TEXT)), BounceCause.OTHER));
        assertThat(BounceDecisionCodec.parse(ok).decision().text()).hasSize(BounceDecisionCodec.MAX_TEXT);
    }

    @Test
    void theUnreadableStandInItselfRoundTrips() {
        BounceRecord u = BounceDecisionCodec.unreadable("x".repeat(5_000));
        assertThat(u.decision().text()).hasSize(BounceDecisionCodec.MAX_TEXT);
        assertThat(BounceDecisionCodec.decode(BounceDecisionCodec.encode(u))).isEqualTo(u);
    }

    @Test
    void foldedValueReadsBack() {
        String folded = BounceDecisionCodec.encode(FORGED).replace("; ", ";\r\n\t");
        assertThat(BounceDecisionCodec.decode(folded)).isEqualTo(FORGED);
    }
}
