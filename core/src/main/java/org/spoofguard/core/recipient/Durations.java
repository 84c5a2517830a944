package org.spoofguard.core.recipient;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses configuration durations: ISO-8601 ({@code PT5S}) or a number with unit ms, s, m, h, d (bare number = seconds). */
public final class Durations {
    private Durations() {
    }

    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty duration");
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("p")) {
            try {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad duration: " + text);
            }
        }
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 12) {
            throw new IllegalArgumentException("bad duration: " + text);
        }
        long n = Long.parseLong(s.substring(0, i));
        String unit = s.substring(i).trim();
        switch (unit) {
            case "ms":
                return Duration.ofMillis(n);
            case "":
            case "s":
            case "sec":
            case "second":
            case "seconds":
                return Duration.ofSeconds(n);
            case "m":
            case "min":
            case "minute":
            case "minutes":
                return Duration.ofMinutes(n);
            case "h":
            case "hour":
            case "hours":
                return Duration.ofHours(n);
            case "d":
            case "day":
            case "days":
                return Duration.ofDays(n);
            default:
                throw new IllegalArgumentException("bad duration unit in: " + text);
        }
    }
}
