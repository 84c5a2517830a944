package org.spoofguard.smtp.tls;

import java.util.Optional;

import javax.net.ssl.SSLSession;

import org.apache.james.protocols.api.ProtocolSession;

/**
 * The TLS state of one SMTP/IMAP session, as SpoofGuard writes it into logs and trace headers: protocol version
 * and cipher suite (IANA names, which is what {@link SSLSession#getCipherSuite()} returns for TLS 1.2 and 1.3).
 */
public record TlsState(String protocol, String cipherSuite) {
    /** Log value for a session without TLS. */
    public static final String NONE = "none";

    /** The negotiated TLS parameters, empty when the session is in clear text (no STARTTLS, no implicit TLS). */
    public static Optional<TlsState> of(ProtocolSession session) {
        if (session == null || !session.isTLSStarted()) {
            return Optional.empty();
        }
        return session.getSSLSession()
            .filter(ssl -> ssl.getProtocol() != null && ssl.getCipherSuite() != null)
            .map(ssl -> new TlsState(ssl.getProtocol(), ssl.getCipherSuite()));
    }

    /** {@code TLSv1.3/TLS_AES_256_GCM_SHA384}, or {@code none}: the {@code tls=} field of our decision log lines. */
    public static String logValue(ProtocolSession session) {
        return of(session).map(TlsState::toString).orElse(NONE);
    }

    @Override
    public String toString() {
        return protocol + "/" + cipherSuite;
    }
}
