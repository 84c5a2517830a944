package org.spoofguard.core.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ResolverConfigTest {

    @Test
    void parsesServerForms() {
        assertThat(ResolverConfig.parseServer("127.0.0.1:5353")).isEqualTo(new InetSocketAddress("127.0.0.1", 5353));
        assertThat(ResolverConfig.parseServer("[::1]:53").getAddress().getHostAddress()).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(ResolverConfig.parseServer("[::1]:5300").getPort()).isEqualTo(5300);
        assertThat(ResolverConfig.parseServer("192.0.2.1").getPort()).isEqualTo(53);
        assertThat(ResolverConfig.parseServer("2001:db8::53").getPort()).isEqualTo(53);
        assertThat(ResolverConfig.parseServers("127.0.0.1:1, [::1]:2 192.0.2.9")).hasSize(3);
    }

    @Test
    void defaultsAreSensible() {
        ResolverConfig c = ResolverConfig.defaults();
        assertThat(c.servers()).isEmpty();
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.retries()).isEqualTo(1);
        assertThat(c.cacheMaxEntries()).isPositive();
        assertThat(c.maxTtl()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void parsesPropertiesWithUnits() {
        ResolverConfig c = ResolverConfig.parse(Map.of("servers", "127.0.0.1:5353", "timeout", "500ms", "retries", "0",
                "cacheMaxEntries", "10", "minTtl", "1s", "maxTtl", "1h", "negativeTtl", "PT2M"));
        assertThat(c.servers()).containsExactly(new InetSocketAddress("127.0.0.1", 5353));
        assertThat(c.timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.retries()).isZero();
        assertThat(c.cacheMaxEntries()).isEqualTo(10);
        assertThat(c.minTtl()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.maxTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(c.negativeTtl()).isEqualTo(Duration.ofMinutes(2));
        assertThat(ResolverConfig.parse(Map.of("timeout", "7")).timeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void errorsNameTheBadKey() {
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("timeout", "soon"))).hasMessageStartingWith("timeout:");
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("timeout", "0s"))).hasMessageStartingWith("timeout:");
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("retries", "-1"))).hasMessageStartingWith("retries:");
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("retries", "x"))).hasMessageStartingWith("retries:");
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("servers", "127.0.0.1:99999"))).hasMessageStartingWith("servers:");
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("servers", "[::1:53"))).hasMessageStartingWith("servers:");
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("cacheMaxEntries", "-5"))).hasMessageStartingWith("cacheMaxEntries:");
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("minTtl", "2h", "maxTtl", "1h"))).hasMessageStartingWith("minTtl:");
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("negativeTtl", "-1s"))).hasMessageStartingWith("negativeTtl:");
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("tiemout", "1s"))).hasMessageStartingWith("tiemout:");
    }

    @Test
    void refusalsAreEnglishThenDanishWithTheKeyInBoth() {
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("retries", "11")))
            .hasMessage("retries: must be between 0 and 10, was 11 / retries: skal være mellem 0 og 10, var 11");
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("retries", "x")))
            .hasMessage("retries: must be a whole number of at least 0, was 'x'"
                + " / retries: skal være et helt tal på mindst 0, ikke 'x'");
        assertThatThrownBy(() -> ResolverConfig.parse(Map.of("servres", "127.0.0.1")))
            .hasMessageContaining(" / servres: ukendt");
        assertThatThrownBy(() -> ResolverConfig.parseServer("127.0.0.1:99999"))
            .hasMessageContaining(" / servers: ");
        assertThatThrownBy(() -> ResolverConfig.builder().minTtl(Duration.ofHours(2)).maxTtl(Duration.ofHours(1)).build())
            .hasMessageContaining(" / minTtl: ");
    }

    /** The one whole-number rule (WholeNumbers): Integer.parseInt took "+4" and other scripts' digits. */
    @Test
    void numbersAreAsciiDigitsOnly() {
        for (String odd : new String[] {"+4", "\u0664", "\uff14"}) {
            assertThatThrownBy(() -> ResolverConfig.parse(Map.of("retries", odd))).as(odd)
                .hasMessage("retries: must be a whole number of at least 0, was '" + odd + "'"
                    + " / retries: skal være et helt tal på mindst 0, ikke '" + odd + "'");
            assertThatThrownBy(() -> ResolverConfig.parse(Map.of("cacheMaxEntries", odd))).as(odd)
                .hasMessageStartingWith("cacheMaxEntries: ");
            assertThatThrownBy(() -> ResolverConfig.parseServer("127.0.0.1:" + odd)).as(odd)
                .hasMessageStartingWith("servers: bad port in 127.0.0.1:" + odd);
            assertThatThrownBy(() -> ResolverConfig.parseServer("[::1]:" + odd)).as(odd)
                .hasMessageStartingWith("servers: bad port in [::1]:" + odd);
        }
    }
}
