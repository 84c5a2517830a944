package org.spoofguard.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordLineTest {
    @Test
    void foldedLinesReadBackItemByItem() {
        assertThat(RecordLine.items("v=1; a=x;\r\n\tb=%20", 1, 100))
            .containsExactly(new RecordLine.Item("a", "x"), new RecordLine.Item("b", "%20"));
    }

    @Test
    void otherVersionsOverlongLinesAndKeylessItemsAreRefused() {
        assertThatThrownBy(() -> RecordLine.items(null, 1, 100)).hasMessage("missing");
        assertThatThrownBy(() -> RecordLine.items("v=2; a=x", 1, 100)).hasMessage("not version 1");
        assertThatThrownBy(() -> RecordLine.items("v=1; a=" + "x".repeat(100), 1, 100)).hasMessageStartingWith("longer than");
        assertThatThrownBy(() -> RecordLine.items("v=1; =x", 1, 100)).hasMessage("malformed item");
        assertThatThrownBy(() -> RecordLine.items("v=1;; a=x", 1, 100)).hasMessage("malformed item");
    }

    @Test
    void attackerTextCannotAddItemsOrLines() {
        String evil = "x; action=deliver\r\nX-Injected: 1";
        String encoded = RecordLine.pct(evil);
        assertThat(encoded).doesNotContain(";", " ", "\r", "\n", "=");
        assertThat(RecordLine.unpct(encoded)).isEqualTo(evil);
        assertThat(RecordLine.unpct(RecordLine.pct(""))).isEmpty();
        assertThat(RecordLine.unpct(RecordLine.pct("-"))).isEqualTo("-");
        assertThatThrownBy(() -> RecordLine.unpct("a;b")).hasMessage("bad character");
        assertThatThrownBy(() -> RecordLine.unpct("%4")).hasMessage("bad escape");
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String s = "ab\uD83D\uDE00";
        assertThat(RecordLine.cut(s, 3)).isEqualTo("ab");
        assertThat(RecordLine.cut(s, 4)).isEqualTo(s);
        assertThat(RecordLine.cut(null, 4)).isEmpty();
    }
}
