package org.spoofguard.core.batv;

import java.util.Locale;
import java.util.Optional;

/**
 * A BATV "prvs" signed envelope sender (draft-levine-smtp-batv-01 §4.1):
 * {@code prvs=KDDDSSSSSS=local@domain}, where K is the key number (one digit), DDD the expiry day
 * (days since 1970-01-01, modulo 1000) and SSSSSS the first three bytes of an HMAC in hex.
 *
 * @param keyNumber K, 0..9
 * @param day DDD, 0..999
 * @param hash SSSSSS, six lower-case hex digits
 * @param original the address that was signed, {@code local@domain}
 */
public record BatvAddress(int keyNumber, int day, String hash, String original) {
    public static final String TAG = "prvs";

    /** Parses a prvs address; empty for anything that is not one (never throws). */
    public static Optional<BatvAddress> parse(String address) {
        if (address == null) {
            return Optional.empty();
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return Optional.empty();
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        // "prvs=" + 10 characters + "=" + at least one character of the original local part
        if (local.length() < 17 || !local.regionMatches(true, 0, TAG + "=", 0, 5) || local.charAt(15) != '=') {
            return Optional.empty();
        }
        String tag = local.substring(5, 15);
        for (int i = 0; i < tag.length(); i++) {
            char c = Character.toLowerCase(tag.charAt(i));
            boolean digit = c >= '0' && c <= '9';
            boolean hex = digit || (c >= 'a' && c <= 'f');
            if ((i < 4 && !digit) || !hex) {
                return Optional.empty();
            }
        }
        return Optional.of(new BatvAddress(tag.charAt(0) - '0', Integer.parseInt(tag.substring(1, 4)),
            tag.substring(4).toLowerCase(Locale.ROOT), local.substring(16) + "@" + domain));
    }

    public String toAddress() {
        int at = original.lastIndexOf('@');
        return String.format(Locale.ROOT, "%s=%d%03d%s=%s", TAG, keyNumber, day, hash, original.substring(0, at))
            + original.substring(at);
    }
}
