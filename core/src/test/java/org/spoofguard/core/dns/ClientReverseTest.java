package org.spoofguard.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

class ClientReverseTest {
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final DnsResolver timingOut = (name, type) -> {
        asked.add(type + " " + name);
        return DnsAnswer.of(DnsStatus.TIMEOUT, "never answers");
    };

    @Test
    void theClientsPtrIsAskedOnceAndATimeoutIsShared() throws Exception {
        DnsResolver dns = ClientReverse.of(InetAddress.getByName("192.0.2.1")).over(timingOut);

        assertThat(ConfirmedHostName.of(dns, InetAddress.getByName("192.0.2.1"))).isEmpty();
        assertThat(dns.reverse(InetAddress.getByName("192.0.2.1")).status()).isEqualTo(DnsStatus.TIMEOUT);
        assertThat(dns.lookup("1.2.0.192.IN-ADDR.ARPA.", DnsType.PTR).status()).isEqualTo(DnsStatus.TIMEOUT);

        assertThat(asked).containsExactly("PTR 1.2.0.192.in-addr.arpa");
    }

    @Test
    void anIpv4MappedClientIsItsIpv4Address() throws Exception {
        DnsResolver dns = ClientReverse.of(InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            (byte) 0xff, (byte) 0xff, (byte) 192, 0, 2, 1})).over(timingOut);

        dns.reverse(InetAddress.getByName("192.0.2.1"));
        dns.reverse(InetAddress.getByName("192.0.2.1"));

        assertThat(asked).containsExactly("PTR 1.2.0.192.in-addr.arpa");
    }

    @Test
    void otherQuestionsGoToTheResolverEveryTime() throws Exception {
        DnsResolver dns = ClientReverse.of(InetAddress.getByName("192.0.2.1")).over(timingOut);

        dns.reverse(InetAddress.getByName("192.0.2.2"));
        dns.reverse(InetAddress.getByName("192.0.2.2"));
        dns.lookup("1.2.0.192.in-addr.arpa", DnsType.TXT);
        dns.lookup("1.2.0.192.in-addr.arpa", DnsType.TXT);

        assertThat(asked).containsExactly("PTR 2.2.0.192.in-addr.arpa", "PTR 2.2.0.192.in-addr.arpa",
            "TXT 1.2.0.192.in-addr.arpa", "TXT 1.2.0.192.in-addr.arpa");
    }
}
