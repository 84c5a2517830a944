package org.spoofguard.core.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

import com.google.common.net.InetAddresses;

/**
 * The one parser of IP address text in SpoofGuard. Every client IP, SPF {@code ip4:}/{@code ip6:} network,
 * A/AAAA answer, configured network and HELO address literal goes through here, so a spelling accepted in one
 * place is accepted (and normalised) the same way everywhere.
 *
 * <p>Rules, and the attack or RFC behind each:
 * <ul>
 *   <li>Never a DNS query: {@code InetAddress.getByName} on text a client chose would resolve a host name of
 *       the attacker's choice (and block on it). Only literals parse, via Guava's {@link InetAddresses}.</li>
 *   <li>IPv4 is a strict dotted quad, no leading zeros ({@code 010.0.0.1} is octal to some parsers and decimal
 *       to others: refusing it stops one string meaning two hosts), as RFC 7208 §4.6.4 {@code qnum}.</li>
 *   <li>Zone ids ({@code fe80::1%eth0}) are refused: they name an interface of <em>this</em> host, which a
 *       remote party must not choose, and they are not part of any mail-protocol address grammar.</li>
 *   <li>An IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) is the IPv4 client (RFC 4291 §2.5.5.2; SPF
 *       RFC 7208 §5: "an IPv4-mapped IPv6 address is treated as IPv4"): {@link #parse} gives the
 *       {@link Inet4Address}. {@link #ipv6Bytes} keeps the 16-byte form for {@code ip6:} networks.</li>
 *   <li>SMTP address literals (RFC 5321 §4.1.3): {@code [192.0.2.1]} and {@code [IPv6:2001:db8::1]};
 *       {@link #smtpLiteral} requires that exact form, {@link #parse} also takes bare text (our own records).</li>
 * </ul>
 */
public final class IpLiteral {
    /** Longest textual IPv6 with an embedded IPv4 (45) plus brackets and the "IPv6:" tag. */
    static final int MAX_LENGTH = 52;

    private IpLiteral() {
    }

    /**
     * An address from bare text ({@code 192.0.2.1}, {@code 2001:db8::1}) or an SMTP literal
     * ({@code [192.0.2.1]}, {@code [IPv6:2001:db8::1]}); IPv4-mapped IPv6 comes back as IPv4. Empty for
     * anything else, including host names, zone ids and null.
     */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        if (s.startsWith("[") && s.endsWith("]") && s.length() >= 2) {
            return smtpLiteral(s);
        }
        return bare(s);
    }

    /**
     * An RFC 5321 §4.1.3 address literal as written after HELO/EHLO or in a mailbox domain:
     * {@code "[" IPv4-address-literal "]"} or {@code "[IPv6:" IPv6-addr "]"} (the tag is case-insensitive, as
     * ABNF strings are). General-address-literals ({@code [tag:...]}) name no IP and give empty.
     */
    public static Optional<InetAddress> smtpLiteral(String text) {
        if (text == null || text.length() < 2 || text.length() > MAX_LENGTH
            || text.charAt(0) != '[' || text.charAt(text.length() - 1) != ']') {
            return Optional.empty();
        }
        String inner = text.substring(1, text.length() - 1);
        if (inner.regionMatches(true, 0, "IPv6:", 0, 5)) {
            return ipv6Text(inner.substring(5)).map(IpLiteral::unmapped);
        }
        return ipv4Text(inner);
    }

    /** True when {@code text} looks like an SMTP address literal at all ({@code [...]}), valid or not. */
    public static boolean isBracketed(String text) {
        return text != null && text.startsWith("[") && text.endsWith("]");
    }

    /** 4 bytes of a strict dotted quad, or null. */
    public static byte[] ipv4Bytes(String text) {
        return ipv4Text(text).map(InetAddress::getAddress).orElse(null);
    }

    /** 16 bytes of an IPv6 text form (an IPv4-mapped one stays 16 bytes), or null; never IPv4 text. */
    public static byte[] ipv6Bytes(String text) {
        return ipv6Text(text).map(IpLiteral::sixteen).orElse(null);
    }

    /** The IPv4 address inside an IPv4-mapped IPv6 address, else the address itself. */
    public static InetAddress unmapped(InetAddress ip) {
        if (ip instanceof Inet6Address) {
            byte[] b = ip.getAddress();
            if (isV4Mapped(b)) {
                return byAddress(Arrays.copyOfRange(b, 12, 16));
            }
        }
        return ip;
    }

    /** The canonical text of an address: dotted quad, or RFC 5952 compressed lower-case IPv6. */
    public static String toText(InetAddress ip) {
        return InetAddresses.toAddrString(unmapped(ip));
    }

    private static Optional<InetAddress> bare(String s) {
        if (s.indexOf(':') >= 0) {
            return ipv6Text(s).map(IpLiteral::unmapped);
        }
        return ipv4Text(s);
    }

    private static Optional<InetAddress> ipv4Text(String s) {
        if (s == null || s.isEmpty() || s.length() > 15) {
            return Optional.empty();
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] out = new byte[4];
        for (int k = 0; k < 4; k++) {
            String p = parts[k];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return Optional.empty();
            }
            int v = 0;
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c < '0' || c > '9') {
                    return Optional.empty();
                }
                v = v * 10 + (c - '0');
            }
            if (v > 255) {
                return Optional.empty();
            }
            out[k] = (byte) v;
        }
        return Optional.of(byAddress(out));
    }

    /** An IPv6 text form (RFC 4291 §2.2), possibly with an embedded dotted quad; Java may fold it to IPv4. */
    private static Optional<InetAddress> ipv6Text(String s) {
        if (s == null || s.isEmpty() || s.length() > 45 || s.indexOf(':') < 0) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == ':' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!ok) {
                return Optional.empty(); // zone ids ('%'), brackets, spaces, host names
            }
        }
        int dot = s.indexOf('.');
        if (dot >= 0 && ipv4Text(s.substring(s.lastIndexOf(':') + 1)).isEmpty()) {
            return Optional.empty(); // the embedded IPv4 follows the same strict dotted-quad rule
        }
        try {
            return Optional.of(InetAddresses.forString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] sixteen(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length == 16) {
            return b;
        }
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xff;
        v6[11] = (byte) 0xff;
        System.arraycopy(b, 0, v6, 12, 4);
        return v6;
    }

    static boolean isV4Mapped(byte[] b) {
        if (b.length != 16) {
            return false;
        }
        for (int k = 0; k < 10; k++) {
            if (b[k] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static InetAddress byAddress(byte[] b) {
        try {
            return InetAddress.getByAddress(b); // bytes only: never a lookup
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // only for a wrong length, which cannot happen here
        }
    }
}
