package org.spoofguard.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationalDomainTest {
    @Test
    void publicSuffixList() {
        assertThat(OrganizationalDomain.of("a.b.example.co.uk")).isEqualTo("example.co.uk");
        assertThat(OrganizationalDomain.of("Mail.Example.COM.")).isEqualTo("example.com");
        assertThat(OrganizationalDomain.of("co.uk")).isEqualTo("co.uk");
        // labels the public-suffix library refuses lie below the organisational domain, never are one
        assertThat(OrganizationalDomain.of("-x.victim.com")).isEqualTo("victim.com");
        assertThat(OrganizationalDomain.of("_x.a.victim.co.uk")).isEqualTo("victim.co.uk");
        assertThat(OrganizationalDomain.of("x-.victim.co.uk")).isEqualTo("victim.co.uk");
        assertThat(OrganizationalDomain.of("-x.co.uk")).isEqualTo("-x.co.uk");
        assertThat(OrganizationalDomain.of("host.sub.unknowntld")).isEqualTo("sub.unknowntld");
    }

    @Test
    void idnSpellingsAgree() {
        assertThat(OrganizationalDomain.toAscii("Bücher.Example")).isEqualTo("xn--bcher-kva.example");
        assertThat(OrganizationalDomain.of("mail.bücher.de")).isEqualTo("xn--bcher-kva.de");
        assertThat(OrganizationalDomain.relaxedAligned("mail.bücher.de", "xn--bcher-kva.de")).isTrue();
        assertThat(OrganizationalDomain.strictAligned("bücher.de", "XN--BCHER-KVA.DE")).isTrue();
    }

    @Test
    void invalidNamesNeverAlign() {
        assertThat(OrganizationalDomain.toAscii("a..b")).isEmpty();
        assertThat(OrganizationalDomain.toAscii("[192.0.2.1]")).isEmpty();
        assertThat(OrganizationalDomain.toAscii("x y.com")).isEmpty();
        assertThat(OrganizationalDomain.relaxedAligned("", "")).isFalse();
        assertThat(OrganizationalDomain.relaxedAligned("example.com", "example.net")).isFalse();
        assertThat(OrganizationalDomain.relaxedAligned("a.example.co.uk", "b.other.co.uk")).isFalse();
    }
}
