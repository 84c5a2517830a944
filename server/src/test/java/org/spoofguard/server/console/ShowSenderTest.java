package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * docs/console.md promises "a From whose display name is padded past the cut still shows its addresses". Before,
 * Text.showSender kept the address only when the From ended in '>' and the address was at most 255 characters; an
 * RFC 5322 comment after the address, or a long (attacker-owned) address, fell back to a plain cut that showed only
 * the forged "Danfoss A/S <faktura@danfoss.dk>" of the display name.
 */
class ShowSenderTest {
    @Test
    void aCommentAfterTheAddressDoesNotHideIt() {
        // valid RFC 5322: mailbox = name-addr = [display-name] angle-addr, angle-addr = [CFWS] "<" addr-spec ">" [CFWS]
        String from = "\"Danfoss A/S <faktura@danfoss.dk>" + " ".repeat(260) + "\" <payme@attacker.example> (Danfoss)";
        assertThat(Text.showSender(from, 80)).contains("payme@attacker.example");
        assertThat(Text.showSender(from, Text.FIELD)).contains("payme@attacker.example");
    }

    @Test
    void aLongAddressIsNotHiddenBehindAPaddedDisplayName() {
        // a 64-character local part at a long subdomain of the attacker's own domain (a legal 300-character address)
        String address = "x".repeat(64) + "@" + ("a".repeat(60) + ".").repeat(3) + "attacker.example";
        String from = "\"Danfoss A/S <faktura@danfoss.dk>" + " ".repeat(260) + "\" <" + address + ">";
        assertThat(Text.showSender(from, 80)).contains("attacker.example");
        assertThat(Text.showSender(from, Text.FIELD)).contains("attacker.example");
    }

    @Test
    void everyAddressOfALongFromIsShownAfterTheCut() {
        String pad = " ".repeat(260);
        String from = "\"Danfoss A/S <faktura@danfoss.dk>" + pad + "\" <payme@attacker.example>, Kasse <kasse@other.example>";
        assertThat(Text.showSender(from, 80)).contains("&lt;payme@attacker.example&gt;").contains("&lt;kasse@other.example&gt;")
            .hasSizeLessThan(200);
        // a group (RFC 5322 §3.4): its members are the addresses
        String group = "\"Danfoss A/S <faktura@danfoss.dk>" + pad + "\": payme@attacker.example;";
        assertThat(Text.showSender(group, 80)).contains("&lt;payme@attacker.example&gt;");
    }

    /** The addresses are read from the raw value: an encoded display name becomes angle brackets only when decoded. */
    @Test
    void anEncodedDisplayNameNeitherAddsNorHidesAnAddress() throws Exception {
        HeldMail m = HeldMailHeadersTest.held("From: =?utf-8?Q?Danfoss_A/S_=3Cfaktura@danfoss.dk=3E" + "_".repeat(260)
            + "?= <payme@attacker.example>\r\nSubject: x\r\n");
        assertThat(m.from()).startsWith("Danfoss A/S <faktura@danfoss.dk>");
        assertThat(m.fromAddresses()).containsExactly("payme@attacker.example");
        assertThat(Text.showSender(m.from(), m.fromAddresses(), 80)).contains("&lt;payme@attacker.example&gt;")
            .containsOnlyOnce("faktura@danfoss.dk");
    }

    /** A From no address can be read from shows its end too, where a mail program finds the address after padding. */
    @Test
    void anUnreadableLongFromShowsItsEnd() {
        String from = "\"Danfoss A/S <faktura@danfoss.dk>" + " ".repeat(260) + "<payme@attacker.example> \"unclosed";
        assertThat(Text.senderAddresses(from)).isEmpty();
        assertThat(Text.showSender(from, 80)).contains("payme@attacker.example");
    }

    @Test
    void manyAddressesAreCountedNotAllListed() {
        StringBuilder from = new StringBuilder("\"" + " ".repeat(300) + "\" <a0@x.example>");
        for (int i = 1; i < 30; i++) {
            from.append(", a").append(i).append("@x.example");
        }
        String shown = Text.showSender(from.toString(), 80);
        assertThat(shown).contains("a9@x.example").doesNotContain("a10@x.example").contains("(+20)");
    }
}
