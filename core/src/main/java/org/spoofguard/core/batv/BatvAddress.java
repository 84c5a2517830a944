package org.spoofguard.core.batv;

import java.nio.charset.StandardCharsets;
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
    /** "prvs=KDDDSSSSSS=" in front of the local part. */
    static final int TAG_OCTETS = 16;
    /** RFC 5321 §4.5.3.1.1: the longest local part. */
    static final int MAX_LOCAL_OCTETS = 64;
    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    /**
     * Can this unsigned address carry a tag? Not when the tagged local part would exceed RFC 5321's 64 octets, nor
     * when the local part needs its quotes ({@code "john doe"}): a tag in front of it breaks the address, so such a
     * return path leaves unsigned and every real bounce for it comes back to the bare address. A quoted dot-atom
     * ({@code "alice"}) is the same mailbox as the bare one (RFC 5321 §4.1.2) and is judged as that.
     */
    public static boolean taggable(String address) {
        if (address == null) {
            return false;
        }
        int at = address.lastIndexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        if (local.length() >= 2 && local.startsWith("\"") && local.endsWith("\"")) {
            local = local.substring(1, local.length() - 1);
            if (!dotAtom(local)) {
                return false;
            }
        }
        return TAG_OCTETS + local.getBytes(StandardCharsets.UTF_8).length <= MAX_LOCAL_OCTETS;
    }

    /** RFC 5322 §3.2.3 dot-atom-text, with RFC 6532's UTF-8 in atext. */
    private static boolean dotAtom(String text) {
        if (text.isEmpty() || text.startsWith(".") || text.endsWith(".") || text.contains("..")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean atext = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80
                || ATEXT_SPECIALS.indexOf(c) >= 0;
            if (!atext && c != '.') {
                return false;
            }
        }
        return true;
    }

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
