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
}
