package org.spoofguard.core.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one size grammar of SpoofGuard's configuration ({@code spoofguard.maxRequestBodySize} in
 * {@code webadmin.properties}, the invoice {@code limit.*-bytes} keys, {@code StorageSpaceHook}'s {@code reserve}),
 * so "4M" means the same in every file an admin edits (docs/architecture.md, "One of each"):
 * <ul>
 *   <li>a number of 1 to 19 ASCII digits: bytes;</li>
 *   <li>optional blanks, then {@code K}, {@code M} or {@code G} (binary: 2^10, 2^20, 2^30), case-insensitive;</li>
 *   <li>an optional {@code B} after that ({@code 4MB}, {@code 2000B}).</li>
 * </ul>
 * No sign, no fraction, no exponent: a limit that went negative or got cut ("1.5M" read as 1) would turn a bound into
 * none, and a value that overflows a {@code long} must fail at start-up rather than wrap.
 */
public record ByteSize(long bytes) {
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,19})[ \\t]*([KMG]?)B?", Pattern.CASE_INSENSITIVE);

    public ByteSize {
        if (bytes < 0) {
            throw new IllegalArgumentException(Bilingual.of("a size cannot be negative: " + bytes,
                "en størrelse kan ikke være negativ: " + bytes));
        }
    }

    /** The size, or {@link IllegalArgumentException} naming the text. */
    public static ByteSize parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Bilingual.of("empty size: " + HINT, "tom størrelse: " + HINT_DA));
        }
        String s = text.trim();
        Matcher m = SIZE.matcher(s);
        if (!m.matches()) {
            throw bad(s);
        }
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        try {
            long n = Long.parseLong(m.group(1));
            return new ByteSize(Math.multiplyExact(n, 1L << shift));
        } catch (NumberFormatException | ArithmeticException e) {
            throw bad(s);
        }
    }

    /** {@link #parse}, with the setting's name first in the message: "{@code key}: not a size ...: '...'". */
    public static ByteSize parse(String key, String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Bilingual.prefixed(key + ": ", e.getMessage()), e);
        }
    }

    private static final String HINT = "bytes, or a number with K, M or G (binary), optionally followed by B, like 4M";
    private static final String HINT_DA = "bytes eller et tal med K, M eller G (binært), evt. efterfulgt af B, fx 4M";

    private static IllegalArgumentException bad(String trimmed) {
        return new IllegalArgumentException(Bilingual.of("not a size (" + HINT + "): '" + trimmed + "'",
            "ikke en størrelse (" + HINT_DA + "): '" + trimmed + "'"));
    }
}
