package org.spoofguard.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNameTest {
    @ParameterizedTest
    @CsvSource({
        "example.com, example.com",
        "EXAMPLE.Com, example.com",
        "example.com., example.com",
        "' Example.COM. ', example.com",
        "_dmarc.example.com, _dmarc.example.com",
        "localhost, localhost",
        // IDNA: U-labels to lower-case A-labels (RFC 5890), whatever the case of the input
        "bücher.example, xn--bcher-kva.example",
        "BÜCHER.example, xn--bcher-kva.example",
        "XN--BCHER-KVA.example, xn--bcher-kva.example",
        "münchen.de., xn--mnchen-3ya.de",
        // IDNA2003 maps fullwidth dots and letters
        "ｅｘａｍｐｌｅ。com, example.com",
    })
    void normalises(String in, String ascii) {
        assertThat(DomainName.ascii(in)).contains(ascii);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", "..", "example..com", ".example.com", "example.com..", "exa mple.com",
        "example.com/x", "user@example.com", "[192.0.2.1]", "exa\u0000mple.com"})
    void refuses(String in) {
        assertThat(DomainName.ascii(in)).as(in).isEmpty();
    }

    @Test
    void lengthLimits() {
        String label63 = "a".repeat(63);
        assertThat(DomainName.ascii(label63 + ".example")).isPresent();
        assertThat(DomainName.ascii("a".repeat(64) + ".example")).isEmpty();
        String name253 = (label63 + ".").repeat(3) + "a".repeat(61);
        assertThat(name253).hasSize(253);
        assertThat(DomainName.ascii(name253)).isPresent();
        assertThat(DomainName.ascii(name253 + "a")).isEmpty();
        assertThat(DomainName.ascii("a.".repeat(100_000))).isEmpty();
        assertThat(DomainName.ascii(null)).isEmpty();
    }

    @Test
    void invalidPunycodeIsKeptAsAsciiButHasNoUnicodeForm() {
        // Legal DNS name, so alignment still sees it (refusing it would hide the From domain from DMARC) ...
        assertThat(DomainName.ascii("xn--zz.victim.example")).contains("xn--zz.victim.example");
        assertThat(DomainName.ascii("XN--ZZ.victim.example")).contains("xn--zz.victim.example");
        // ... but it has no U-label to show or to compare with look-alikes.
        assertThat(DomainName.unicode("xn--zz.victim.example")).isEmpty();
        assertThat(DomainName.hasValidALabels("xn--zz.victim.example")).isFalse();
        // Case does not matter in A-labels (RFC 5890 §2.3.2.1): the lower-cased label is the real one.
        assertThat(DomainName.unicode("xn--Bcher-kva.example")).contains("bücher.example");
        assertThat(DomainName.unicode("xn--bcher-kva.example")).contains("bücher.example");
        assertThat(DomainName.unicode("plain.example")).contains("plain.example");
    }

    @Test
    void danishLettersRoundTrip() {
        String ascii = DomainName.ascii("Ærø-Kommune.DK").orElseThrow();
        assertThat(ascii).startsWith("xn--").endsWith(".dk").isEqualTo(ascii.toLowerCase(java.util.Locale.ROOT));
        assertThat(DomainName.unicode(ascii)).contains("ærø-kommune.dk");
        assertThat(DomainName.same("ærø-kommune.dk", ascii)).isTrue();
    }

    @Test
    void unicodeFormConvertsBackToTheSameALabels() {
        // U+04FC is unassigned in IDNA2003's tables: nameprep does not case-map it, so neither may we.
        String ascii = DomainName.ascii("B\u04FCcher.example").orElseThrow();
        assertThat(DomainName.unicode(ascii)).contains("b\u04FCcher.example");
        assertThat(DomainName.ascii(DomainName.unicode(ascii).orElseThrow())).contains(ascii);
        assertThat(DomainName.ascii("b\u04FDcher.example")).isNotEqualTo(Optional.of(ascii));
    }

    @Test
    void sameName() {
        assertThat(DomainName.same("Bücher.Example.", "xn--bcher-kva.example")).isTrue();
        assertThat(DomainName.same("a.example", "b.example")).isFalse();
        assertThat(DomainName.same("", "")).isFalse();
    }

    @Test
    void mailboxKeepsLocalPartAndNormalisesDomain() {
        assertThat(DomainName.mailbox("John.Doe@Bücher.Example.")).contains("John.Doe@xn--bcher-kva.example");
        assertThat(DomainName.mailbox("\"a@b\"@example.com")).contains("\"a@b\"@example.com");
        assertThat(DomainName.mailbox("user@[192.0.2.1]")).contains("user@[192.0.2.1]");
        assertThat(DomainName.mailbox("user@[IPv6:2001:db8::1]")).contains("user@[IPv6:2001:db8::1]");
        assertThat(DomainName.mailbox("user@[2001:db8::1]")).isEmpty();
        assertThat(DomainName.mailbox("user@")).isEmpty();
        assertThat(DomainName.mailbox("@example.com")).isEmpty();
        assertThat(DomainName.mailbox("example.com")).isEmpty();
        assertThat(DomainName.domainOf("x@EXAMPLE.com.")).contains("example.com");
        assertThat(DomainName.domainOf("nobody")).isEmpty();
    }
}
