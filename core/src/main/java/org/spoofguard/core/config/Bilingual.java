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
}
