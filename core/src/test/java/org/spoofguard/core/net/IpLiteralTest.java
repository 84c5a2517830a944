package org.spoofguard.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IpLiteralTest {
    @ParameterizedTest
    @CsvSource({
        "192.0.2.1, 192.0.2.1",
        "' 192.0.2.1 ', 192.0.2.1",
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "[192.0.2.1], 192.0.2.1",
        "2001:db8::1, 2001:db8::1",
        "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
        "[IPv6:2001:db8::1], 2001:db8::1",
        "[ipv6:2001:db8::1], 2001:db8::1",
        "::1, ::1",
        "::, ::",
        // RFC 4291 §2.5.5.2 / RFC 7208 §5: an IPv4-mapped client is the IPv4 client
        "::ffff:192.0.2.1, 192.0.2.1",
        "::FFFF:c000:0201, 192.0.2.1",
        "[IPv6:::ffff:192.0.2.1], 192.0.2.1",
        // IPv4-compatible (deprecated) is NOT mapped: it stays IPv6
        "::192.0.2.1, ::c000:201",
    })
    void parses(String text, String canonical) {
        assertThat(IpLiteral.parse(text)).isPresent();
        assertThat(IpLiteral.toText(IpLiteral.parse(text).orElseThrow())).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "localhost", "example.com", "192.0.2", "192.0.2.1.5", "192.0.2.256", "192.0.2.-1",
        "010.0.0.1", "192.0.2.01", "0x7f.0.0.1", "1e2.0.0.1", "192.0.2.1/24", "2001:db8::1/64",
        // zone ids name an interface of this host: never from a client
        "fe80::1%eth0", "fe80::1%1", "[IPv6:fe80::1%eth0]",
        // RFC 5321 §4.1.3: IPv6 in brackets needs the tag; a tag on IPv4 is wrong; other tags name no IP
        "[2001:db8::1]", "[IPv6:192.0.2.1]", "[X-foo:bar]", "[]", "[", "]", "[192.0.2.1", "[ 192.0.2.1 ]",
        "2001:db8::1::1", "2001:db8:::1", "1:2:3:4:5:6:7:8:9", "12345::1", "::ffff:192.0.2.01", "::ffff:999.0.0.1",
        "2001:db8::g", "١٩٢.0.2.1", "192.0.2.1 ", "IPv6:2001:db8::1"})
    void refuses(String text) {
        // "192.0.2.1 " is trimmed (accepted); test the others only
        if (text.equals("192.0.2.1 ")) {
            assertThat(IpLiteral.parse(text)).isPresent();
            return;
        }
        assertThat(IpLiteral.parse(text)).as(text).isEmpty();
    }

    @Test
    void nullAndOverlongAreRefused() {
        assertThat(IpLiteral.parse(null)).isEmpty();
        assertThat(IpLiteral.smtpLiteral(null)).isEmpty();
        assertThat(IpLiteral.parse("[IPv6:" + "0:".repeat(30) + "1]")).isEmpty();
        assertThat(IpLiteral.parse("1".repeat(100_000))).isEmpty();
    }

    @Test
    void smtpLiteralNeedsBrackets() {
        assertThat(IpLiteral.smtpLiteral("192.0.2.1")).isEmpty();
        assertThat(IpLiteral.smtpLiteral("[192.0.2.1]")).isPresent();
        assertThat(IpLiteral.smtpLiteral("[IPv6:::1]").orElseThrow()).isInstanceOf(Inet6Address.class);
        assertThat(IpLiteral.isBracketed("[x]")).isTrue();
        assertThat(IpLiteral.isBracketed("x")).isFalse();
    }

    @Test
    void mappedAddressIsIpv4ButKeepsSixteenBytesForIp6Networks() throws Exception {
        assertThat(IpLiteral.parse("::ffff:192.0.2.1").orElseThrow()).isInstanceOf(Inet4Address.class);
        byte[] b = IpLiteral.ipv6Bytes("::ffff:192.0.2.1");
        assertThat(b).hasSize(16);
        assertThat(b[10]).isEqualTo((byte) 0xff);
        assertThat(b[15]).isEqualTo((byte) 1);
        assertThat(IpLiteral.ipv6Bytes("192.0.2.1")).isNull();
        assertThat(IpLiteral.ipv4Bytes("::1")).isNull();
        assertThat(IpLiteral.ipv4Bytes("192.0.2.1")).containsExactly(192, 0, 2, 1);
        InetAddress mapped = Inet6Address.getByAddress(null, b, null);
        assertThat(mapped).isInstanceOf(Inet6Address.class);
        assertThat(IpLiteral.unmapped(mapped)).isEqualTo(InetAddress.getByName("192.0.2.1"));
    }
}
