package org.spoofguard.core.invoice;

/**
 * UTF-7 (RFC 2152), which the JDK does not ship and Outlook and Exchange still read: a text part labelled utf-7 can
 * write "Kontonr. +ADAAMAAxADIAMwA0ADUANgA3ADg-", shown as 0012345678, where a decoder that does not know the label
 * reads only letters. Linear; a malformed shift sequence is kept as written.
 */
final class Utf7 {
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Utf7() {
    }

    static String decode(String text) {
        if (text.indexOf('+') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c != '+') {
                out.append(c);
                i++;
                continue;
            }
            int j = i + 1;
            if (j < n && text.charAt(j) == '-') {
                out.append('+'); // "+-" is a plus sign
                i = j + 1;
                continue;
            }
            // modified base64 of UTF-16BE up to the first character outside the alphabet; a '-' there is absorbed
            int bits = 0;
            int acc = 0;
            StringBuilder shifted = new StringBuilder();
            while (j < n && B64.indexOf(text.charAt(j)) >= 0) {
                acc = (acc << 6) | B64.indexOf(text.charAt(j));
                bits += 6;
                if (bits >= 16) {
                    bits -= 16;
                    shifted.append((char) ((acc >> bits) & 0xFFFF));
                }
                j++;
            }
            if (shifted.length() == 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(shifted);
            i = j < n && text.charAt(j) == '-' ? j + 1 : j;
        }
        return out.toString();
    }
}
