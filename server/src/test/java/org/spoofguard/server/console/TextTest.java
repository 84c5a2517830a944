package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    /** A display name padded past the cut, with a trusted firm's address in it: the real address is still shown. */
    @Test
    void aPaddedDisplayNameDoesNotHideTheSendersAddress() {
        String from = "\"Danfoss A/S <faktura@danfoss.dk>" + " ".repeat(260) + "\" <payme@attacker.example>";
        assertThat(Text.showSender(from, 80)).contains("&lt;payme@attacker.example&gt;").contains("Danfoss");
        assertThat(Text.showSender(from, Text.FIELD)).contains("&lt;payme@attacker.example&gt;");
        // short ones are shown as they are, escaped
        assertThat(Text.showSender("Danfoss <faktura@danfoss.dk>", 80)).isEqualTo("Danfoss &lt;faktura@danfoss.dk&gt;");
        assertThat(Text.showSender("x".repeat(300), 80)).hasSizeLessThan(100);
    }
}
