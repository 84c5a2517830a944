package org.spoofguard.smtp.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.smtp.SMTPConfiguration;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.server.core.MailImpl;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.smtp.ClientAttributesHook;
import org.spoofguard.smtp.ClientHostName;

/**
 * The client's host name for {@code Received} and the mail's remote host is never asked of the JVM's system resolver
 * (unbounded by {@code dns.*}: a client whose reverse zone never answers held a session thread for the system
 * resolver's whole timeout, once per connection).
 *
 * <p>Observable without a slow system resolver: an {@link InetAddress} made from bytes has no host name, and
 * {@code getHostName()} stores the name it looked up (or the address text when the lookup failed), which
 * {@code toString()} then shows before the "/".
 */
class ClientHostNameTest {
    private final InetAddress client = address(192, 0, 2, 1);
    private final SMTPSession session = session(client);
    private final Map<String, DnsAnswer> zone = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final DnsResolver resolver = (name, type) -> {
        asked.add(type + " " + name);
        return zone.getOrDefault(type + " " + name, DnsAnswer.of(DnsStatus.TIMEOUT, "never answers"));
    };

    @Test
    void receivedHeaderDoesNotAskTheSystemResolver() {
        new TlsReceivedDataLineFilter(resolver).headers(session);

        assertThat(client.toString()).as("no reverse lookup through InetAddress").isEqualTo("/192.0.2.1");
        assertThat(asked).containsExactly("PTR 1.2.0.192.in-addr.arpa");
    }

    @Test
    void mailRemoteHostDoesNotAskTheSystemResolver() throws Exception {
        MailImpl mail = MailImpl.builder().name("m").build();
        new ClientAttributesHook(resolver).onMessage(session, mail);

        assertThat(client.toString()).as("no reverse lookup through InetAddress").isEqualTo("/192.0.2.1");
        assertThat(mail.getRemoteHost()).as("no answer: the address, as the JVM gave").isEqualTo("192.0.2.1");
        assertThat(mail.getRemoteAddr()).isEqualTo("192.0.2.1");
    }

    @Test
    void aConfirmedNameIsLookedUpOncePerConnectionForHeaderAndMail() throws Exception {
        zone.put("PTR 1.2.0.192.in-addr.arpa", DnsAnswer.ok(List.of("Client.Example.Test")));
        zone.put("A client.example.test", DnsAnswer.ok(List.of("192.0.2.1")));
        MailImpl mail = MailImpl.builder().name("m").build();

        String received = String.join("\n", new TlsReceivedDataLineFilter(resolver).headers(session)
            .iterator().next().values);
        new ClientAttributesHook(resolver).onMessage(session, mail);

        assertThat(received).startsWith("from client.example.test (EHLO mx.example.test) ([192.0.2.1])");
        assertThat(mail.getRemoteHost()).isEqualTo("client.example.test");
        assertThat(asked).containsExactly("PTR 1.2.0.192.in-addr.arpa", "A client.example.test");
    }

    /** Anyone may put any name in the reverse zone of their own addresses: an unconfirmed name is not used. */
    @Test
    void aPtrNameWhoseAddressesDifferIsNotUsed() {
        zone.put("PTR 1.2.0.192.in-addr.arpa", DnsAnswer.ok(List.of("mail.bank.example")));
        zone.put("A mail.bank.example", DnsAnswer.ok(List.of("198.51.100.7")));

        assertThat(ClientHostName.of(session, resolver)).isEqualTo("192.0.2.1");
    }

    static InetAddress address(int... octets) {
        byte[] bytes = new byte[octets.length];
        for (int i = 0; i < octets.length; i++) {
            bytes[i] = (byte) octets[i];
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static SMTPSession session(InetAddress client) {
        SMTPSession session = mock(SMTPSession.class);
        Map<ProtocolSession.AttachmentKey<?>, Object> attachments = new HashMap<>();
        attachments.put(SMTPSession.CURRENT_HELO_MODE, "EHLO");
        attachments.put(SMTPSession.CURRENT_HELO_NAME, "mx.example.test");
        when(session.getRemoteAddress()).thenReturn(new InetSocketAddress(client, 40000));
        when(session.getAttachment(any(), any())).thenAnswer(i -> Optional.ofNullable(attachments.get(i.getArgument(0))));
        when(session.setAttachment(any(), any(), any())).thenAnswer(i -> Optional.ofNullable(
            attachments.put(i.getArgument(0), i.getArgument(1))));
        SMTPConfiguration configuration = mock(SMTPConfiguration.class);
        when(configuration.getHelloName()).thenReturn("guard.example.org");
        when(configuration.getSoftwareName()).thenReturn("SpoofGuard");
        when(session.getConfiguration()).thenReturn(configuration);
        when(session.getSessionID()).thenReturn("s1");
        return session;
    }
}
