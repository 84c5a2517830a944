package org.spoofguard.smtp.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoofguard.smtp.auth.AuthTestSupport.authentication;
import static org.spoofguard.smtp.auth.AuthTestSupport.config;
import static org.spoofguard.smtp.auth.AuthTestSupport.stranger;

import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.smtp.SMTPSession;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.smtp.ClientHostName;

/**
 * A client whose reverse zone never answers (anyone can arrange that for their own addresses) costs one PTR
 * question per connection, whoever asks: the host name for {@code Received} and the mail's remote host, and SPF's
 * {@code ptr} mechanism and {@code %{p}} macro, for the MAIL FROM and the HELO identity, in every transaction. A
 * timeout is not cached by the resolver (it says nothing about the DNS), so before this each of them waited out
 * {@code dns.*} again: five timeouts for two mails.
 */
class OnePtrLookupPerConnectionTest {
    static final String CLIENT = "203.0.113.9";
    static final String PTR = "9.113.0.203.in-addr.arpa";

    final AuthTestSupport.MapDns dns = AuthTestSupport.dns()
        .txt("ptr.test", "v=spf1 ptr -all")
        .txt("mx.ptr.test", "v=spf1 a:%{p}.ptr.test -all")
        .status(PTR, DnsType.PTR, DnsStatus.TIMEOUT);

    @Test
    void aNeverAnsweringReverseZoneIsAskedOncePerConnection() throws Exception {
        SpfHook hook = new SpfHook(authentication(dns), new RecordingMetricFactory());
        hook.init(config(null, null));
        SMTPSession session = stranger(CLIENT, "mx.ptr.test");

        assertThat(ClientHostName.of(session, dns)).isEqualTo(CLIENT);
        for (int mail = 0; mail < 2; mail++) {
            hook.doMail(session, MaybeSender.of(new MailAddress("joe@ptr.test")));
            var spf = session.getAttachment(SmtpIdentity.SPF, ProtocolSession.State.Transaction).orElseThrow().spf();
            // RFC 7208 §5.5: a DNS error during the PTR lookup is no match, so -all
            assertThat(spf.mailFrom().result().result()).isEqualTo(SpfResultCode.FAIL);
            session.removeAttachment(SmtpIdentity.SPF, ProtocolSession.State.Transaction);
        }

        assertThat(dns.count(PTR, DnsType.PTR)).as("PTR questions for one connection").isEqualTo(1);
    }

    @Test
    void anotherConnectionFromTheSameClientAsksAgain() throws Exception {
        assertThat(ClientHostName.of(stranger(CLIENT, "mx.ptr.test"), dns)).isEqualTo(CLIENT);
        assertThat(ClientHostName.of(stranger(CLIENT, "mx.ptr.test"), dns)).isEqualTo(CLIENT);

        assertThat(dns.count(PTR, DnsType.PTR)).as("a timeout is not kept beyond its connection").isEqualTo(2);
    }
}
