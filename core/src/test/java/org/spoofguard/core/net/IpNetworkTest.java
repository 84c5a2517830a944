package org.spoofguard.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpNetworkTest {
    private static InetAddress ip(String s) {
        return IpLiteral.parse(s).orElseThrow();
    }

    @Test
    void ipv4Membership() {
        IpNetwork n = IpNetwork.parse("192.0.2.0/24").orElseThrow();
        assertThat(n.contains(ip("192.0.2.200"))).isTrue();
        assertThat(n.contains(ip("192.0.3.1"))).isFalse();
        assertThat(n.contains(ip("::ffff:192.0.2.9"))).as("mapped client is IPv4").isTrue();
        assertThat(n.contains(ip("2001:db8::1"))).isFalse();
        assertThat(IpNetwork.parse("192.0.2.1").orElseThrow().prefix()).isEqualTo(32);
        assertThat(IpNetwork.parse("0.0.0.0/0").orElseThrow().contains(ip("203.0.113.5"))).isTrue();
        assertThat(IpNetwork.parse("192.0.2.128/25").orElseThrow().contains(ip("192.0.2.127"))).isFalse();
    }

    @Test
    void ipv6Membership() {
        IpNetwork n = IpNetwork.parse("2001:db8::/32").orElseThrow();
        assertThat(n.contains(ip("2001:db8:ffff::1"))).isTrue();
        assertThat(n.contains(ip("2001:db9::1"))).isFalse();
        assertThat(n.contains(ip("192.0.2.1"))).isFalse();
        IpNetwork allMapped = IpNetwork.parse("::ffff:0:0/96").orElseThrow();
        assertThat(allMapped.contains(ip("192.0.2.1"))).isTrue();
        assertThat(allMapped.toString()).isEqualTo("::ffff:0:0/96");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "192.0.2.0/33", "192.0.2.0/", "192.0.2.0/-1", "192.0.2.0/08", "192.0.2.0/ 8",
        "2001:db8::/129", "example.com/24", "fe80::%eth0/64", "[192.0.2.0]/24", "192.0.2.0/24/8", "010.0.0.0/8"})
    void refuses(String text) {
        assertThat(IpNetwork.parse(text)).as(text).isEmpty();
    }

    /** Per-client limits count an IPv6 client by its /64: a host that owns one cannot rotate through 2^64 addresses. */
    @Test
    void clientBlockIsTheAddressForIpv4AndTheSlash64ForIpv6() throws Exception {
        assertThat(IpNetwork.clientBlock(ip("192.0.2.7"))).isEqualTo(IpNetwork.parse("192.0.2.7/32").orElseThrow());
        assertThat(IpNetwork.clientBlock(ip("2001:db8:1:2:aaaa::1")))
            .isEqualTo(IpNetwork.clientBlock(ip("2001:db8:1:2:ffff:ffff:ffff:ffff")))
            .isEqualTo(IpNetwork.parse("2001:db8:1:2::/64").orElseThrow());
        assertThat(IpNetwork.clientBlock(ip("2001:db8:1:3::1"))).isNotEqualTo(IpNetwork.clientBlock(ip("2001:db8:1:2::1")));
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 192, 0, 2, 7};
        assertThat(IpNetwork.clientBlock(java.net.Inet6Address.getByAddress(null, mapped, null)))
            .as("an IPv4-mapped client is its IPv4 address").isEqualTo(IpNetwork.clientBlock(ip("192.0.2.7")));
    }
}
