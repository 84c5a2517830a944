package org.spoofguard.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;

/**
 * The confirmed name goes into James's {@code Received} header as written ({@code from NAME (EHLO ...)}), so it must
 * be a host name. The owner of an address writes its PTR record and, with any domain of their own, the A record that
 * confirms it; the DNS carries any octet in a label (RFC 2181 §11), and {@link CachingDnsResolver} gives a PTR target
 * in dnsjava's master-file text, with {@code \(}, {@code \;} and {@code \DDD} escapes.
 */
class ConfirmedHostNameTest {
    private final Map<String, DnsAnswer> zone = new HashMap<>();
    private final DnsResolver resolver = (name, type) ->
        zone.getOrDefault(type + " " + CachingDnsResolver.normalise(name), DnsAnswer.of(DnsStatus.NXDOMAIN, "none"));
    private final InetAddress client = InetAddress.getLoopbackAddress();

    private String confirmedPtr(String ptrTarget) throws Exception {
        String shown = Name.fromString(ptrTarget + ".").toString(true); // as CachingDnsResolver renders a PTR
        zone.put("PTR 1.0.0.127.in-addr.arpa", DnsAnswer.ok(List.of(shown)));
        zone.put("A " + CachingDnsResolver.normalise(shown), DnsAnswer.ok(List.of("127.0.0.1")));
        return shown;
    }

    @Test
    void anOrdinaryNameIsConfirmed() throws Exception {
        confirmedPtr("Mail.Example.Test");
        assertThat(ConfirmedHostName.of(resolver, client)).contains("mail.example.test");
    }

    /** A "(" opens an RFC 5322 comment that swallows the rest of the Received header (by, for, date). */
    @Test
    void aNameWithAParenthesisIsNotAHostName() throws Exception {
        String shown = confirmedPtr("x\\(.evil.test");
        assertThat(shown).isEqualTo("x\\(.evil.test");
        assertThat(ConfirmedHostName.of(resolver, client)).isEmpty();
    }

    @Test
    void aNameWithSpacesCrLfOrNonAsciiIsNotAHostName() throws Exception {
        String shown = confirmedPtr("mail\\032bank\\013\\010X-Injected:\\032yes.evil.test");
        assertThat(shown).doesNotContain("\r", "\n"); // dnsjava escapes them; still no host name
        assertThat(ConfirmedHostName.of(resolver, client)).isEmpty();
        confirmedPtr("b\\195\\188cher.evil.test");
        assertThat(ConfirmedHostName.of(resolver, client)).isEmpty();
    }

    /** 255 octets written as \DDD are over 1000 characters: longer than a header line may be (RFC 5322 §2.1.1). */
    @Test
    void anEscapedMaximalNameIsNotAHostName() throws Exception {
        String label = "\\001".repeat(63);
        String shown = confirmedPtr(label + "." + label + "." + label + "." + "\\001".repeat(61));
        assertThat(shown.length()).isGreaterThan(998);
        assertThat(ConfirmedHostName.of(resolver, client)).isEmpty();
    }
}
