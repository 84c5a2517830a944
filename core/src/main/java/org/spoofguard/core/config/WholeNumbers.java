package org.spoofguard.core.config;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The one whole-number grammar of SpoofGuard's configuration ({@code spoofguard.properties}, SpoofGuard's keys in
 * {@code smtpserver.xml} and {@code imapserver.xml}, hook, matcher and mailet parameters, the launcher's options), as
 * {@link Durations} is for durations and {@link ByteSize} for sizes: 1 to 10 ASCII digits, blanks around them
 * ignored, a leading {@code -} only where the setting may be negative, and within {@code int}.
 * <p>
 * {@link Integer#parseInt} also takes {@code +4} and other scripts' digits ({@code ٤}, {@code ４}): no admin writes
 * those on purpose, and another reader of the file (a review, a grep, a script) would not read them as the number
 * the server uses. No hex, no fraction, no exponent: {@code 4.0} or {@code 0x4} stops the start rather than being
 * read as something the admin did not write.
 */
public final class WholeNumbers {
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,10}");

    private WholeNumbers() {
    }

    /** The number {@code text} is in this grammar (sign allowed), or empty: for values inside a larger token. */
    public static OptionalInt value(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String s = text.trim();
        if (!WHOLE.matcher(s).matches()) {
            return OptionalInt.empty();
        }
        long n = Long.parseLong(s);
        return n < Integer.MIN_VALUE || n > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) n);
    }

    /** The number from {@code min} to {@code max} (no {@code -} when {@code min >= 0}); ASCII digits only. */
    public static OptionalInt value(String text, int min, int max) {
        OptionalInt n = value(text);
        if (n.isEmpty() || n.getAsInt() < min || n.getAsInt() > max || min >= 0 && text.trim().startsWith("-")) {
            return OptionalInt.empty();
        }
        return n;
    }

    /**
     * The number from {@code min} to {@code max}, or {@link IllegalArgumentException} in English and Danish that
     * shows the text and the range but not the key: for parsers that put the key in front themselves.
     */
    public static int parse(String text, int min, int max) {
        OptionalInt n = value(text, min, max);
        if (n.isPresent()) {
            return n.getAsInt();
        }
        String shown = text == null ? "" : text;
        if (min == Integer.MIN_VALUE && max == Integer.MAX_VALUE) {
            throw new IllegalArgumentException(Bilingual.of("must be a whole number, was '" + shown + "'",
                "skal være et helt tal, ikke '" + shown + "'"));
        }
        if (max == Integer.MAX_VALUE) {
            throw new IllegalArgumentException(Bilingual.of(
                "must be a whole number of at least " + min + ", was '" + shown + "'",
                "skal være et helt tal på mindst " + min + ", ikke '" + shown + "'"));
        }
        throw new IllegalArgumentException(Bilingual.of(
            "must be a whole number from " + min + " to " + max + ", was '" + shown + "'",
            "skal være et helt tal fra " + min + " til " + max + ", ikke '" + shown + "'"));
    }

    /**
     * {@link #parse(String, int, int)} with {@code key} (as the admin finds it, e.g. {@code imapserver.xml <k>} or
     * {@code parameter 'rateLimit'}) first in both languages.
     */
    public static int parse(String key, String text, int min, int max) {
        try {
            return parse(text, min, max);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Bilingual.prefixed(key + ": ", e.getMessage()), e);
        }
    }
}
