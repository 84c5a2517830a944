package org.spoofguard.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RecipientRecordTest {
    @Test
    void roundTripsAndAnswersWhatIsPending() {
        RecipientRecord r = RecipientRecord.EMPTY.with(List.of("a@x.test", "\"b,c\"@x.test")).with(List.of("a@x.test"));
        RecipientRecord back = RecipientRecord.parse(Optional.of(r.format()));
        assertThat(back).isEqualTo(r);
        assertThat(back.recipients()).containsExactly("a@x.test", "\"b,c\"@x.test");
        assertThat(back.pending(List.of("d@x.test", "a@x.test", "\"b,c\"@x.test"))).containsExactly("d@x.test");
    }

    @Test
    void anUnreadableValueIsNothingDone() {
        assertThat(RecipientRecord.parse(Optional.empty())).isEqualTo(RecipientRecord.EMPTY);
        assertThat(RecipientRecord.parse(Optional.of("v=2\na@x.test"))).isEqualTo(RecipientRecord.EMPTY);
        assertThat(RecipientRecord.parse(Optional.of("a@x.test"))).isEqualTo(RecipientRecord.EMPTY);
        assertThat(RecipientRecord.parse(Optional.of("v=1\n" + "a".repeat(1 << 20)))).isEqualTo(RecipientRecord.EMPTY);
    }
}
