package org.spoofguard.core.recipient;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DownstreamTest {
    @Test
    void refusalsAreEnglishThenDanish() {
        assertThatThrownBy(() -> Downstream.parse("mx.example:port"))
            .hasMessage("bad downstream port in mx.example:port / ugyldig port i downstream mx.example:port");
        assertThatThrownBy(() -> Downstream.parse("::1:25"))
            .hasMessageContaining("IPv6 downstream must be written [address]:port").hasMessageContaining(" / ");
        assertThatThrownBy(() -> Downstream.parse("mx.example:70000"))
            .hasMessageContaining(" / downstream-porten er uden for intervallet");
    }

    /** The one whole-number rule (WholeNumbers): Integer.parseInt took "+25" and other scripts' digits. */
    @Test
    void thePortIsAsciiDigitsOnly() {
        for (String odd : new String[] {"+25", "\u0662\u0665", "\uff12\uff15"}) {
            assertThatThrownBy(() -> Downstream.parse("mx.example:" + odd)).as(odd)
                .hasMessageStartingWith("bad downstream port in mx.example:" + odd);
        }
    }
}
