package org.spoofguard.core.invoice;

import java.text.Normalizer;

/**
 * Text as a reader sees it, before any word or number in it is matched. A fraudster hides an account number or a
 * word from filters with characters no reader sees: a zero-width space inside "0244\u200B123456", a soft hyphen in
 * "53\u00AD01", a bidi or tag character; or writes it in look-alike forms a reader reads the same way: full-width
 * digits ("\uFF15\uFF13\uFF10\uFF11"), mathematical letters, ligatures. Unicode's invisible format characters
 * (general category Cf) are removed and the rest brought to NFKC (UAX #15, compatibility composition), so the
 * account the clerk would type into the bank is the account we compare.
 */
final class Texts {
    private Texts() {
    }

    /** {@code text} without format characters, NFKC-normalised; linear in its length. */
    static String readable(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String visible = text;
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.codePointAt(i)) == Character.FORMAT) {
                StringBuilder b = new StringBuilder(text.length());
                text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(b::appendCodePoint);
                visible = b.toString();
                break;
            }
        }
        return Normalizer.isNormalized(visible, Normalizer.Form.NFKC) ? visible
                : Normalizer.normalize(visible, Normalizer.Form.NFKC);
    }
}
