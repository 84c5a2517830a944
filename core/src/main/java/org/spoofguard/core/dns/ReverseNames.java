package org.spoofguard.core.dns;

import java.net.Inet4Address;
import java.net.InetAddress;

/** Builds in-addr.arpa (RFC 1035 §3.5) and ip6.arpa (RFC 3596 §2.5) names. */
public final class ReverseNames {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ReverseNames() {
    }

    public static String of(InetAddress address) {
        byte[] bytes = address.getAddress();
        StringBuilder name = new StringBuilder(address instanceof Inet4Address ? 29 : 73);
        if (address instanceof Inet4Address) {
            for (int i = bytes.length - 1; i >= 0; i--) {
                name.append(bytes[i] & 0xff).append('.');
            }
            return name.append("in-addr.arpa").toString();
        }
        for (int i = bytes.length - 1; i >= 0; i--) {
            name.append(HEX[bytes[i] & 0x0f]).append('.').append(HEX[(bytes[i] >> 4) & 0x0f]).append('.');
        }
        return name.append("ip6.arpa").toString();
    }
}
