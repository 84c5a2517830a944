package org.spoofguard.core.invoice;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Minimal CIDR membership for IP literals (never resolves names). */
final class Cidr {
    private Cidr() {
    }

    static boolean isValid(String cidr) {
        return parse(cidr) != null;
    }

    /** True if {@code ip} (a literal) lies in {@code cidr}; false for anything unparseable. */
    static boolean contains(String cidr, String ip) {
        Object[] net = parse(cidr);
        byte[] addr = literal(ip);
        if (net == null || addr == null) {
            return false;
        }
        byte[] base = (byte[]) net[0];
        int bits = (Integer) net[1];
        if (addr.length == 16 && base.length == 4 && isV4Mapped(addr)) {
            byte[] v4 = new byte[4];
            System.arraycopy(addr, 12, v4, 0, 4);
            addr = v4;
        }
        if (addr.length != base.length) {
            return false;
        }
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((addr[i / 8] & mask) != (base[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isV4Mapped(byte[] a) {
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
    }

    private static Object[] parse(String cidr) {
        if (cidr == null) {
            return null;
        }
        String s = cidr.trim();
        int slash = s.indexOf('/');
        String host = slash < 0 ? s : s.substring(0, slash);
        byte[] base = literal(host);
        if (base == null) {
            return null;
        }
        int bits = base.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (bits < 0 || bits > base.length * 8) {
                return null;
            }
        }
        return new Object[] {base, bits};
    }

    /** Bytes of an IP literal, or null; refuses anything that would need DNS. */
    static byte[] literal(String ip) {
        if (ip == null) {
            return null;
        }
        String s = ip.trim();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.regionMatches(true, 0, "IPv6:", 0, 5)) {
            s = s.substring(5);
        }
        if (s.isEmpty() || !(s.matches("[0-9.]+") || (s.contains(":") && s.matches("[0-9A-Fa-f:.]+")))) {
            return null;
        }
        if (!s.contains(":") && !s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
