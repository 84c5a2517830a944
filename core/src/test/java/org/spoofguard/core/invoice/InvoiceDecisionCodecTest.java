package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.invoice.InvoiceDecisionCodec.Carried;

class InvoiceDecisionCodecTest {
    private static final Carried QUARANTINE = new Carried(InvoiceAction.QUARANTINE,
        "quarantine score=95 invoice=40 spoof=55 reasons=dmarc-fail+40,bank-change+30",
        List.of("dmarc-fail(+40): p=reject; from=leverandor.dk", "bank-change(+30): DK50 0040 ****; \"new\" æøå €"), "");

    @Test
    void roundTripIsIdentity() {
        for (Carried d : List.of(QUARANTINE,
                new Carried(InvoiceAction.DELIVER, "deliver error", List.of(), "no sender verdict; limit=5s"),
                new Carried(InvoiceAction.TAG, "", List.of("", "x"), ""))) {
            String encoded = InvoiceDecisionCodec.encode(d);
            assertThat(encoded).startsWith("v=1; ").matches("[\\x20-\\x7e]*");
            assertThat(InvoiceDecisionCodec.decode(encoded)).isEqualTo(d);
        }
    }

    @Test
    void evidenceCannotInjectItems() {
        Carried d = new Carried(InvoiceAction.DELIVER, "deliver; action=quarantine",
            List.of("x; err=forged\r\nX-Evil: 1"), "");
        String encoded = InvoiceDecisionCodec.encode(d);
        assertThat(encoded).doesNotContain("action=quarantine").doesNotContain("err=").doesNotContain("\n");
        assertThat(InvoiceDecisionCodec.decode(encoded)).isEqualTo(d);
    }

    @Test
    void oversizedDecisionIsClippedToABoundedSizeAndStillReadsBack() {
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            reasons.add("reason-" + i + "(+1): " + "e".repeat(5_000));
        }
        Carried huge = new Carried(InvoiceAction.QUARANTINE, "s".repeat(100_000), reasons, "x".repeat(100_000));
        String encoded = InvoiceDecisionCodec.encode(huge);
        assertThat(encoded.length()).isLessThan(InvoiceDecisionCodec.MAX_ENCODED);
        Carried back = InvoiceDecisionCodec.decode(encoded);
        assertThat(back).isEqualTo(InvoiceDecisionCodec.bounded(huge));
        assertThat(back.action()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(back.reasons()).hasSize(InvoiceDecisionCodec.MAX_REASONS);
        assertThat(back.reasons().get(InvoiceDecisionCodec.MAX_REASONS - 1)).contains("more reasons not carried");
    }

    @Test
    void anythingUnreadableFailsClosedAsQuarantineWithAnError() {
        String ok = InvoiceDecisionCodec.encode(QUARANTINE);
        List<String> hostile = new ArrayList<>(List.of("", "deliver", "v=2; action=deliver; summary=-",
            "v=1; action=deliver", "v=1; summary=-", "v=1; action=DELIVER; summary=-",
            "v=1; action=deliver; action=deliver; summary=-", "v=1; action=deliver; summary=-; x=1",
            "v=1; action=deliver; summary=%G1", "v=1; action=deliver; summary=-; err=-",
            "v=1; action=deliver; summary=" + "a".repeat(InvoiceDecisionCodec.MAX_REASON + 1),
            "v=1; action=deliver; summary=-" + "; r=a".repeat(InvoiceDecisionCodec.MAX_REASONS + 1),
            "v=1; action=deliver; summary=-; r=" + "a".repeat(InvoiceDecisionCodec.MAX_ENCODED),
            ok.replace("v=1", "v=1;;")));
        hostile.add(null);
        for (String value : hostile) {
            Carried d = InvoiceDecisionCodec.decode(value);
            assertThat(d.action()).as(String.valueOf(value)).isEqualTo(InvoiceAction.QUARANTINE);
            assertThat(d.error()).as(String.valueOf(value)).startsWith("unreadable invoice decision: ");
        }
    }

    @Test
    void foldedValueReadsBack() {
        String folded = InvoiceDecisionCodec.encode(QUARANTINE).replace("; ", ";\r\n\t");
        assertThat(InvoiceDecisionCodec.decode(folded)).isEqualTo(QUARANTINE);
    }
}
