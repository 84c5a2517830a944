package org.spoofguard.core.net;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * An IP network: address bytes and a prefix length. Used for configured networks ("192.0.2.0/24") and SPF
 * {@code ip4:}/{@code ip6:} mechanisms (RFC 7208 §5.6), so membership is computed one way.
 *
 * <p>An IPv4 network contains the IPv4-mapped IPv6 form of its addresses (RFC 7208 §5); an IPv6 network is
 * matched against 16 bytes, so {@code ::ffff:0:0/96} contains every IPv4 client.
 */
public record IpNetwork(byte[] base, int prefix) {
    public IpNetwork {
        if (base == null || (base.length != 4 && base.length != 16) || prefix < 0 || prefix > base.length * 8) {
            throw new IllegalArgumentException("not a network: " + (base == null ? "null" : base.length + " bytes")
                + "/" + prefix);
        }
        base = base.clone();
    }

    /** "a.b.c.d[/n]" or "ipv6[/n]" (no brackets, no zone id), or empty. A bare address is a host network. */
    public static Optional<IpNetwork> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        int slash = s.indexOf('/');
        String host = slash < 0 ? s : s.substring(0, slash);
        byte[] base = host.indexOf(':') >= 0 ? IpLiteral.ipv6Bytes(host) : IpLiteral.ipv4Bytes(host);
        if (base == null) {
            return Optional.empty();
        }
        int bits = base.length * 8;
        if (slash >= 0) {
            String len = s.substring(slash + 1);
            if (len.isEmpty() || len.length() > 3 || !len.chars().allMatch(c -> c >= '0' && c <= '9')
                || (len.length() > 1 && len.charAt(0) == '0')) {
                return Optional.empty();
            }
            bits = Integer.parseInt(len);
            if (bits > base.length * 8) {
                return Optional.empty();
            }
        }
        return Optional.of(new IpNetwork(base, bits));
    }

    /**
     * The network a client counts under for per-client limits and scores: an IPv4 address alone (an IPv4-mapped
     * IPv6 client is its IPv4 address), an IPv6 address's /64. One host or site usually gets a whole /64 (RFC 6177),
     * so counting single IPv6 addresses would give a client 2^64 of them.
     */
    public static IpNetwork clientBlock(InetAddress client) {
        byte[] addr = IpLiteral.unmapped(client).getAddress();
        if (addr.length == 4) {
            return new IpNetwork(addr, 32);
        }
        Arrays.fill(addr, 8, 16, (byte) 0);
        return new IpNetwork(addr, 64);
    }

    @Override
    public byte[] base() {
        return base.clone();
    }

    public boolean isIpv4() {
        return base.length == 4;
    }

    /** True when {@code ip} lies in this network (an IPv4-mapped client counts as its IPv4 address). */
    public boolean contains(InetAddress ip) {
        if (ip == null) {
            return false;
        }
        byte[] addr = ip.getAddress();
        if (base.length == 4) {
            addr = IpLiteral.unmapped(ip).getAddress();
        } else if (addr.length == 4) {
            byte[] v6 = new byte[16];
            v6[10] = (byte) 0xff;
            v6[11] = (byte) 0xff;
            System.arraycopy(addr, 0, v6, 12, 4);
            addr = v6;
        }
        return contains(addr);
    }

    /** True when the address bytes (same family as the network) lie in it. */
    public boolean contains(byte[] addr) {
        if (addr == null || addr.length != base.length) {
            return false;
        }
        int full = prefix / 8;
        for (int k = 0; k < full; k++) {
            if (addr[k] != base[k]) {
                return false;
            }
        }
        int bits = prefix % 8;
        if (bits == 0) {
            return true;
        }
        int mask = (0xff << (8 - bits)) & 0xff;
        return (addr[full] & mask) == (base[full] & mask);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpNetwork n && n.prefix == prefix && Arrays.equals(n.base, base);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(base) + prefix;
    }

    @Override
    public String toString() {
        try {
            InetAddress a = base.length == 4 ? InetAddress.getByAddress(base)
                : java.net.Inet6Address.getByAddress(null, base, null); // keeps ::ffff:a.b.c.d as IPv6
            return com.google.common.net.InetAddresses.toAddrString(a) + "/" + prefix;
        } catch (java.net.UnknownHostException e) {
            return "?/" + prefix;
        }
    }
}
