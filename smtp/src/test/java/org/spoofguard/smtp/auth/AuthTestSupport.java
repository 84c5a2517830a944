package org.spoofguard.smtp.auth;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.james.core.MaybeSender;
import org.apache.james.core.Username;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.smtp.SMTPSession;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.verdict.SenderAuthenticator;
import org.spoofguard.james.SenderAuthentication;

/** Shared fixtures of the sender-authentication hook tests: in-memory DNS and an SMTP session whose state persists. */
final class AuthTestSupport {
    static final String AUTHSERV = "mx.receiver.test";
    static final String GOOD_IP = "192.0.2.20";
    static final String BAD_IP = "198.51.100.66";

    private AuthTestSupport() {
    }

    /** In-memory DNS: unknown names are NXDOMAIN; names can be made to time out or to throw (a bug of ours). */
    static final class MapDns implements DnsResolver {
        final Map<String, DnsAnswer> answers = new HashMap<>();
        final List<String> queries = new CopyOnWriteArrayList<>();
        volatile boolean explode;

        MapDns txt(String name, String... records) {
            answers.put(key(name, DnsType.TXT), DnsAnswer.ok(List.of(records)));
            return this;
        }

        MapDns status(String name, DnsType type, DnsStatus status) {
            answers.put(key(name, type), DnsAnswer.of(status, "fake " + status));
            return this;
        }

        long count(String name, DnsType type) {
            return queries.stream().filter(q -> q.equals(key(name, type))).count();
        }

        private static String key(String name, DnsType type) {
            String n = name.toLowerCase(Locale.ROOT);
            return (n.endsWith(".") ? n.substring(0, n.length() - 1) : n) + "/" + type;
        }

        @Override
        public DnsAnswer lookup(String name, DnsType type) {
            if (explode) {
                throw new IllegalStateException("resolver bug");
            }
            String k = key(name, type);
            queries.add(k);
            DnsAnswer a = answers.get(k);
            return a != null ? a : DnsAnswer.of(DnsStatus.NXDOMAIN, "nxdomain");
        }
    }

    /** The zone the tests share (RFC 7208 / RFC 7489 records). */
    static MapDns dns() {
        return new MapDns()
            .txt("pass.test", "v=spf1 ip4:" + GOOD_IP + " -all")
            .txt("mx.pass.test", "v=spf1 ip4:" + GOOD_IP + " -all")
            .txt("fail.test", "v=spf1 ip4:" + GOOD_IP + " -all exp=why.fail.test")
            .txt("why.fail.test", "%{d} never sends mail from %{i}")
            .txt("crlf.test", "v=spf1 -all exp=why.crlf.test")
            .txt("why.crlf.test", "%{d} is bad\r\n250 Injected")
            .txt("noexp.test", "v=spf1 -all")
            .txt("mx.fail.test", "v=spf1 -all")
            .txt("softfail.test", "v=spf1 ~all")
            .txt("neutral.test", "v=spf1 ?all")
            .txt("perm.test", "v=spf1 ip4:" + GOOD_IP + " frobnicate:x -all")
            .status("slow.test", DnsType.TXT, DnsStatus.TIMEOUT)
            .txt("_dmarc.slow.test", "v=DMARC1; p=reject")
            .txt("keyslow.test", "v=spf1 -all")
            .txt("_dmarc.keyslow.test", "v=DMARC1; p=reject")
            .status("s1._domainkey.keyslow.test", DnsType.TXT, DnsStatus.SERVFAIL)
            .txt("_dmarc.pass.test", "v=DMARC1; p=reject")
            .txt("_dmarc.fail.test", "v=DMARC1; p=reject")
            .txt("_dmarc.noexp.test", "v=DMARC1; p=quarantine")
            .status("_dmarc.dmarcslow.test", DnsType.TXT, DnsStatus.TIMEOUT)
            .txt("dmarcslow.test", "v=spf1 -all");
    }

    static SenderAuthentication authentication(DnsResolver dns) {
        return new SenderAuthentication(new SenderAuthenticator(dns), AUTHSERV);
    }

    static BaseHierarchicalConfiguration config(String key, String value) {
        BaseHierarchicalConfiguration c = new BaseHierarchicalConfiguration();
        if (key != null) {
            c.addProperty(key, value);
        }
        return c;
    }

    /** A session whose attachments really persist per state, like James's. */
    static SMTPSession session(String ip, String helo, Username user, boolean relayingAllowed) {
        SMTPSession s = mock(SMTPSession.class);
        Map<ProtocolSession.State, Map<ProtocolSession.AttachmentKey<?>, Object>> state = new HashMap<>();
        when(s.getRemoteAddress()).thenReturn(new InetSocketAddress(ip, 40000));
        when(s.getProxyInformation()).thenReturn(Optional.empty());
        when(s.getUsername()).thenReturn(user);
        when(s.isRelayingAllowed()).thenReturn(relayingAllowed);
        when(s.getAttachment(any(), any())).thenAnswer(i ->
            Optional.ofNullable(state.computeIfAbsent(i.getArgument(1), k -> new HashMap<>()).get(i.getArgument(0))));
        when(s.setAttachment(any(), any(), any())).thenAnswer(i ->
            Optional.ofNullable(state.computeIfAbsent(i.getArgument(2), k -> new HashMap<>()).put(i.getArgument(0), i.getArgument(1))));
        when(s.removeAttachment(any(), any())).thenAnswer(i ->
            Optional.ofNullable(state.computeIfAbsent(i.getArgument(1), k -> new HashMap<>()).remove(i.getArgument(0))));
        if (helo != null) {
            s.setAttachment(SMTPSession.CURRENT_HELO_NAME, helo, ProtocolSession.State.Connection);
        }
        return s;
    }

    static SMTPSession stranger(String ip, String helo) {
        return session(ip, helo, null, false);
    }

    static void mailFrom(SMTPSession session, MaybeSender sender) {
        session.setAttachment(SMTPSession.SENDER, sender, ProtocolSession.State.Transaction);
    }
}
