package org.spoofguard.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.apache.james.protocols.smtp.SMTPSession;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static SMTPSession session(InetSocketAddress remote) {
        SMTPSession s = mock(SMTPSession.class);
        when(s.getRemoteAddress()).thenReturn(remote);
        // James 3.8.1 answers Optional.of(null) here without a PROXY header: reading it would throw.
        when(s.getProxyInformation()).thenThrow(new NullPointerException("3.8.1 getProxyInformation"));
        return s;
    }

    @Test
    void readsTheRemoteAddressWhichJamesSetsFromThePROXYHeader() {
        SMTPSession s = session(new InetSocketAddress(InetAddress.getLoopbackAddress(), 40000));
        assertThat(ClientAddress.text(s)).isEqualTo("127.0.0.1");
        verify(s, never()).getProxyInformation();
    }

    @Test
    void ipv4MappedPeerOfADualStackSocketIsTheIpv4Client() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 192, 0, 2, 1};
        SMTPSession s = session(new InetSocketAddress(Inet6Address.getByAddress(null, mapped, null), 40000));
        assertThat(ClientAddress.text(s)).isEqualTo("192.0.2.1");
    }

    @Test
    void ipv6IsWrittenInRfc5952Form() throws Exception {
        SMTPSession s = session(new InetSocketAddress(InetAddress.getByName("2001:DB8:0:0:0:0:0:7"), 40000));
        assertThat(ClientAddress.text(s)).isEqualTo("2001:db8::7");
    }

    @Test
    void unknownIsEmpty() {
        assertThat(ClientAddress.text(session(null))).isEmpty();
        assertThat(ClientAddress.of(null)).isEmpty();
    }
}
