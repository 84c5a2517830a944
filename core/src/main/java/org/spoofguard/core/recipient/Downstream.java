package org.spoofguard.core.recipient;

import java.util.Locale;
import java.util.Objects;

import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.config.WholeNumbers;
import org.spoofguard.core.net.DomainName;
import org.spoofguard.core.net.IpLiteral;

/**
 * The next-hop SMTP server that really knows a relay domain's mailboxes.
 *
 * @param host host name or IP literal (IPv6 without brackets)
 * @param port TCP port, 1-65535
 */
public record Downstream(String host, int port) {
    public Downstream {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException(Bilingual.of("empty downstream host", "tom downstream-vært"));
        }
        if (IpLiteral.parse(host).isEmpty()) {
            // a host name, in the one normal form (DomainName.ascii): the A-label is what DNS is asked for
            String written = host;
            host = DomainName.ascii(host)
                .orElseThrow(() -> new IllegalArgumentException(Bilingual.of("not a host name: '" + written.trim() + "'",
                    "ikke et værtsnavn: '" + written.trim() + "'")));
        } else {
            host = host.trim().toLowerCase(Locale.ROOT);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(Bilingual.of("downstream port out of range: " + port,
                "downstream-porten er uden for intervallet 1-65535: " + port));
        }
    }

    /** Parses {@code host}, {@code host:port} or {@code [ipv6]:port}; the port defaults to 25. */
    public static Downstream parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException(Bilingual.of("empty downstream", "tom downstream"));
        }
        String s = spec.trim();
        String host;
        String port = null;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException(Bilingual.of("unterminated [ in downstream: " + spec,
                    "[ uden ] i downstream: " + spec));
            }
            host = s.substring(1, close);
            String rest = s.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException(Bilingual.of("bad downstream: " + spec, "ugyldig downstream: " + spec));
                }
                port = rest.substring(1);
            }
        } else {
            int colon = s.lastIndexOf(':');
            if (colon >= 0 && s.indexOf(':') != colon) {
                throw new IllegalArgumentException(Bilingual.of("IPv6 downstream must be written [address]:port: " + spec,
                    "en IPv6-downstream skrives [adresse]:port: " + spec));
            }
            host = colon >= 0 ? s.substring(0, colon) : s;
            port = colon >= 0 ? s.substring(colon + 1) : null;
        }
        int p = 25;
        if (port != null) {
            // the one whole-number rule (WholeNumbers): "+25" or other scripts' digits are no port; range checked below
            p = WholeNumbers.value(port, 0, Integer.MAX_VALUE).orElseThrow(() -> new IllegalArgumentException(
                Bilingual.of("bad downstream port in " + spec, "ugyldig port i downstream " + spec)));
        }
        return new Downstream(host, p);
    }

    public String asString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
