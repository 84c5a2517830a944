package org.spoofguard.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for the shared small parsers of issue 14 item 6. Client addresses, HELO literals, SPF networks
 * and domain names all arrive from senders, so these parsers see hostile text first. Besides "no exception":
 * what {@link IpLiteral} accepts prints canonically and parses back to the same address; what
 * {@link DomainName#ascii} returns is a fixed point, bounded, and LDH/underscore only; a U-label form converts
 * back to the same A-labels.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code NetFuzzTestInputs/<method>/} as a regression test.
 */
class NetFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void ipLiteral(byte[] data) {
        for (String text : new String[] {new String(data, StandardCharsets.ISO_8859_1), new String(data, StandardCharsets.UTF_8)}) {
            Optional<InetAddress> ip = IpLiteral.parse(text);
            ip.ifPresent(a -> {
                String canonical = IpLiteral.toText(a);
                assertThat(IpLiteral.parse(canonical)).as(canonical).contains(a);
                assertThat(IpLiteral.toText(IpLiteral.parse(canonical).orElseThrow())).isEqualTo(canonical);
                assertThat(text).doesNotContain("%");
            });
            IpLiteral.smtpLiteral(text).ifPresent(a -> assertThat(ip).contains(a));
            IpNetwork.parse(text).ifPresent(n -> {
                assertThat(n.prefix()).isBetween(0, n.isIpv4() ? 32 : 128);
                assertThat(IpNetwork.parse(n.toString())).as(n.toString()).contains(n);
            });
        }
    }

    @FuzzTest(maxDuration = "30s")
    void domainName(byte[] data) {
        for (String text : new String[] {new String(data, StandardCharsets.ISO_8859_1), new String(data, StandardCharsets.UTF_8)}) {
            DomainName.ascii(text).ifPresent(a -> {
                assertThat(a.length()).isBetween(1, 253);
                assertThat(a).matches("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");
                assertThat(DomainName.ascii(a)).as("fixed point").contains(a);
                DomainName.unicode(a).ifPresent(u -> assertThat(DomainName.ascii(u)).as(u).contains(a));
            });
            DomainName.mailbox(text).ifPresent(m -> assertThat(DomainName.mailbox(m)).contains(m));
        }
    }
}
