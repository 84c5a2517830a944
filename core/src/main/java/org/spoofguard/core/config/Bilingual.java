package org.spoofguard.core.config;

/**
 * The one shape of a refusal an admin reads: English first, then Danish after {@code " / "}, the form the
 * launcher's own refusals use. Start-up refusals (an unknown parameter, a value that is not allowed) go through
 * here so no refusal is left in one language only and every one is split the same way by whoever reads logs.
 */
public final class Bilingual {
    /** Between the English and the Danish part. */
    public static final String SEPARATOR = " / ";

    private Bilingual() {
    }

    /**
     * {@code english + " / " + danish}.
     *
     * @throws IllegalArgumentException if either part is missing or blank: a half-translated refusal is a bug
     */
    public static String of(String english, String danish) {
        if (english == null || english.isBlank() || danish == null || danish.isBlank()) {
            throw new IllegalArgumentException("both an English and a Danish text are required");
        }
        return english + SEPARATOR + danish;
    }

    /**
     * {@code prefix} (a file, a section or a key, the same in both languages) put before both halves of
     * {@code message}, so the Danish reader also sees which setting is refused; a message in one language only (from
     * a library) is prefixed once. The split is at the first {@code " / "}, as {@link #of} joins them: an English
     * half quoting a value with {@code " / "} in it is split there, still naming the value.
     */
    public static String prefixed(String prefix, String message) {
        String text = String.valueOf(message);
        if (!text.contains(SEPARATOR)) {
            return prefix + text;
        }
        return prefix + english(text) + SEPARATOR + prefix + danish(text);
    }

    /** The English half of a message {@link #of} made: up to the first {@code " / "}; all of a one-language text. */
    public static String english(String message) {
        String text = String.valueOf(message);
        int at = text.indexOf(SEPARATOR);
        return at < 0 ? text : text.substring(0, at);
    }

    /** The Danish half of a message {@link #of} made: after the first {@code " / "}; all of a one-language text. */
    public static String danish(String message) {
        String text = String.valueOf(message);
        int at = text.indexOf(SEPARATOR);
        return at < 0 ? text : text.substring(at + SEPARATOR.length());
    }
}
