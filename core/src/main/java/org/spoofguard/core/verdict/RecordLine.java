package org.spoofguard.core.verdict;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one line grammar every SpoofGuard record is carried in (the sender verdict, the bounce decision, the invoice
 * decision): {@code v=<version>; key=value; key=value …}, values %-encoded ({@link #pct}). Mail attributes and our
 * own header fields hold these lines, and both can arrive from elsewhere (a forged header, a record of an older
 * release in a repository), so reading is strict and bounded, and writing and reading share one definition.
 */
public final class RecordLine {
    private RecordLine() {
    }

    /** One {@code key=value} item; the value still %-encoded. */
    public record Item(String key, String value) {
    }

    /**
     * The items after {@code v=<version>}, in order.
     *
     * @throws IllegalArgumentException (with a short reason) when the line is missing, longer than
     *         {@code maxEncoded}, of another version, or has an item without a key
     */
    public static List<Item> items(String line, int version, int maxEncoded) {
        if (line == null) {
            throw new IllegalArgumentException("missing");
        }
        if (line.length() > maxEncoded) {
            throw new IllegalArgumentException("longer than " + maxEncoded + " characters");
        }
        // No whitespace means anything (a space in a value is %20), so header folding may fall anywhere.
        String[] parts = line.replaceAll("[ \t\r\n]+", "").split(";", -1);
        if (!parts[0].equals("v=" + version)) {
            throw new IllegalArgumentException("not version " + version);
        }
        List<Item> items = new ArrayList<>(parts.length - 1);
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("malformed item");
            }
            items.add(new Item(parts[i].substring(0, eq), parts[i].substring(eq + 1)));
        }
        return items;
    }

    /** Appends {@code "; key=value"}; the value must already be encoded. */
    public static void item(StringBuilder sb, String key, String encodedValue) {
        sb.append("; ").append(key).append('=').append(encodedValue);
    }

    /** @throws IllegalArgumentException when a key that may stand once has been seen already */
    public static void once(Object seen, String key) {
        if (seen != null) {
            throw new IllegalArgumentException("repeated " + key);
        }
    }

    /**
     * {@code s} cut to {@code max} chars, never between the halves of a surrogate pair (that would not round-trip);
     * null is "".
     */
    public static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /**
     * %-encodes all but unreserved characters (RFC 3986 §2.3) of the UTF-8 bytes; "" becomes "-". Client text
     * (HELO, MAIL FROM, evidence from the mail) cannot add items, end the line or start a header line.
     */
    public static String pct(String s) {
        if (s == null || s.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '@' || c == ':' || c == '+' || (c == '-' && s.length() > 1)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    /** The inverse of {@link #pct}. @throws IllegalArgumentException on a bad escape or a character pct never writes */
    public static String unpct(String s) {
        return unpct(s, false);
    }

    /**
     * @param anyAscii also take printable and control ASCII that {@link #pct} would have escaped (values some writer
     *        left unescaped); non-ASCII is refused either way
     * @throws IllegalArgumentException on a bad escape or a character not taken
     */
    public static String unpct(String s, boolean anyAscii) {
        if (s.equals("-")) {
            return "";
        }
        byte[] out = new byte[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new IllegalArgumentException("bad escape");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                out[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (anyAscii ? c < 0x80 : c > 0x20 && c < 0x7f && c != ',' && c != ';') {
                out[n++] = (byte) c;
            } else {
                throw new IllegalArgumentException("bad character");
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
