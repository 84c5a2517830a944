package org.spoofguard.core.recipient;

import java.net.InetAddress;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One RCPT TO to judge.
 *
 * @param address the recipient, {@code local@domain} as the SMTP server parsed it
 * @param clientIp the connecting client (after PROXY protocol), or null if unknown
 * @param trusted SMTP AUTH succeeded or the client is in a relaying-allowed network: such sessions are
 *                our own users, so foreign/relay recipients are left alone and harvest counters ignore them
 * @param unknownSoFar unknown recipients already answered in this SMTP session
 * @param declaredSize the message size the client declared with {@code SIZE=} at MAIL FROM (RFC 1870), if any
 */
public record RecipientRequest(String address, InetAddress clientIp, boolean trusted, int unknownSoFar,
                               OptionalLong declaredSize) {
    public RecipientRequest {
        Objects.requireNonNull(address, "address");
        unknownSoFar = Math.max(0, unknownSoFar);
        declaredSize = declaredSize == null ? OptionalLong.empty() : declaredSize;
    }

    /** A request without a declared size. */
    public RecipientRequest(String address, InetAddress clientIp, boolean trusted, int unknownSoFar) {
        this(address, clientIp, trusted, unknownSoFar, OptionalLong.empty());
    }

    /** Domain part after the last '@', lower-cased, trailing dot removed; "" if there is none. */
    public String domain() {
        return domainOf(address);
    }

    static String domainOf(String address) {
        if (address == null) {
            return "";
        }
        int at = address.lastIndexOf('@');
        if (at < 0 || at == address.length() - 1) {
            return "";
        }
        String d = address.substring(at + 1).trim().toLowerCase(java.util.Locale.ROOT);
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }
}
