package org.spoofguard.smtp.tls;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;

import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.core.ReceivedDataLineFilter;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.smtp.ClientHostName;

/**
 * James's {@code Received} header plus what TLS protected the hop, so a reader of the header (or an auditor of
 * personal data in transit) can tell an encrypted delivery from a clear-text one:
 * <ul>
 *   <li>{@code with ESMTPS} / {@code ESMTPSA} instead of {@code ESMTP} / {@code ESMTPA} (RFC 3848);</li>
 *   <li>the {@code tls} clause with the cipher suite (RFC 8314 §4.3, an Additional-Registered-Clause of RFC 5321
 *       §4.4, so it goes after {@code for}), the protocol version in a comment:
 *       {@code for <a@example.org> tls TLS_AES_256_GCM_SHA384 (TLSv1.3);}</li>
 * </ul>
 * Clear-text sessions get James's header unchanged. The client's host name in the {@code from} clause comes from
 * our resolver ({@link ClientHostName}), not from the JVM's unbounded system resolver.
 */
public class TlsReceivedDataLineFilter extends ReceivedDataLineFilter {
    private final DnsResolver resolver;

    @Inject
    public TlsReceivedDataLineFilter(SpoofGuardSettings settings) {
        this(settings.resolver());
    }

    public TlsReceivedDataLineFilter(DnsResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected String getServiceType(SMTPSession session, String heloMode) {
        String type = super.getServiceType(session, heloMode);
        if (session.isTLSStarted() && type.startsWith("ESMTP")) {
            // RFC 3848 §1: ESMTPS = ESMTP + STARTTLS, ESMTPSA = ESMTP + STARTTLS + AUTH.
            return type.equals("ESMTPA") ? "ESMTPSA" : "ESMTPS";
        }
        return type;
    }

    @Override
    protected Collection<Header> headers(SMTPSession session) {
        Collection<Header> headers = super.headers(ClientHostName.named(session, resolver));
        Optional<TlsState> tls = TlsState.of(session);
        if (tls.isEmpty()) {
            return headers;
        }
        List<Header> result = new ArrayList<>(headers.size());
        for (Header header : headers) {
            if (header.name.equalsIgnoreCase("Received")) {
                addTlsClause(header, tls.get());
            }
            result.add(header);
        }
        return result;
    }

    /** Inserts the clause before the ';' that ends the Opt-info part (the date follows it). */
    private static void addTlsClause(Header header, TlsState tls) {
        List<String> values = header.values;
        for (int i = 0; i < values.size(); i++) {
            String line = values.get(i);
            if (line.endsWith(";")) {
                values.set(i, line.substring(0, line.length() - 1)
                    + " tls " + tls.cipherSuite() + " (" + tls.protocol() + ");");
                return;
            }
        }
    }
}
