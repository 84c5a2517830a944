package org.spoofguard.core.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The one duration grammar of SpoofGuard's configuration (hooks, matchers, mailets, {@code spoofguard.properties},
 * the resolver settings), so "30s" means the same in every file an admin edits:
 * <ul>
 *   <li>ISO-8601 as {@link Duration#parse} reads it: {@code PT30S}, {@code P1D} (case-insensitive);</li>
 *   <li>a number of 1 to 12 digits, optional blanks, then a unit: {@code ms}; {@code s}, {@code sec},
 *       {@code second(s)}; {@code m}, {@code min}, {@code minute(s)}; {@code h}, {@code hour(s)};
 *       {@code d}, {@code day(s)} (case-insensitive);</li>
 *   <li>a bare number is seconds.</li>
 * </ul>
 * Negative durations and values beyond {@link Duration}'s range are refused: no setting here means
 * "in the past", and an overflow must fail at start-up rather than wrap.
 */
public final class Durations {
    private Durations() {
    }

    /** The duration, or {@link IllegalArgumentException} naming the text. */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Bilingual.of("empty duration", "tom varighed"));
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        Duration d;
        if (s.startsWith("p")) {
            try {
                d = Duration.parse(s.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException | ArithmeticException e) {
                throw bad(text);
            }
        } else {
            int i = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == 0 || i > 12) {
                throw bad(text);
            }
            long n = Long.parseLong(s.substring(0, i));
            try {
                d = switch (s.substring(i).trim()) {
                    case "ms" -> Duration.ofMillis(n);
                    case "", "s", "sec", "second", "seconds" -> Duration.ofSeconds(n);
                    case "m", "min", "minute", "minutes" -> Duration.ofMinutes(n);
                    case "h", "hour", "hours" -> Duration.ofHours(n);
                    case "d", "day", "days" -> Duration.ofDays(n);
                    default -> throw bad(text);
                };
            } catch (ArithmeticException e) {
                throw bad(text);
            }
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException(Bilingual.of("negative duration: '" + text + "'",
                "negativ varighed: '" + text + "'"));
        }
        return d;
    }

    /** {@link #parse}, with the setting's name in the message: "{@code key}: not a duration like 30s, 5m, 1h, 1d or PT30S: '...'". */
    public static Duration parse(String key, String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            String shown = text == null ? "" : text.trim();
            throw new IllegalArgumentException(Bilingual.of(
                key + ": not a duration like 500ms, 30s, 5m, 1h, 1d or PT30S: '" + shown + "'",
                key + ": ikke en varighed som 500ms, 30s, 5m, 1h, 1d eller PT30S: '" + shown + "'"));
        }
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException(Bilingual.of(
            "not a duration like 500ms, 30s, 5m, 1h, 1d or PT30S: '" + text.trim() + "'",
            "ikke en varighed som 500ms, 30s, 5m, 1h, 1d eller PT30S: '" + text.trim() + "'"));
    }
}
