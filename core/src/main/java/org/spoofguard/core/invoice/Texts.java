package org.spoofguard.core.invoice;

import java.text.Normalizer;

/**
 * Text as a reader sees it, before any word or number in it is matched. A fraudster hides an account number or a
 * word from filters with characters no reader sees: a zero-width space inside "0244\u200B123456", a soft hyphen in
 * "53\u00AD01", a bidi or tag character; or writes it in look-alike forms a reader reads the same way: full-width
 * digits ("\uFF15\uFF13\uFF10\uFF11"), mathematical letters, ligatures, a Cyrillic "е" in "rеg." or a Cyrillic "К"
 * in "DК95 …". Unicode's invisible format characters (general category Cf) are removed, the rest brought to NFKC
 * (UAX #15, compatibility composition), and in a word that mixes Latin letters with Cyrillic or Greek ones that look
 * Latin (UTS #39's mixed-script confusables), those become the Latin letters they look like. The account the clerk
 * would type into the bank is the account we compare.
 */
final class Texts {
    private Texts() {
    }

    /** {@code text} without invisible characters, digits as ASCII digits, NFKC-normalised; linear in its length. */
    static String readable(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String visible = text;
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i);
            if (c >= 0x80 && (invisible(text.codePointAt(i)) || Character.isDigit(text.codePointAt(i)))) {
                StringBuilder b = new StringBuilder(text.length());
                text.codePoints().forEach(cp -> {
                    if (invisible(cp)) {
                        return;
                    }
                    // any script's decimal digit ("٩٥٧٠", Arabic-Indic 9570) is the digit a
                    // bank form takes: NFKC leaves these alone, unlike full-width ones
                    int d = cp >= 0x80 && Character.isDigit(cp) ? Character.digit(cp, 10) : -1;
                    if (d >= 0) {
                        b.append((char) ('0' + d));
                    } else {
                        b.appendCodePoint(cp);
                    }
                });
                visible = b.toString();
                break;
            }
        }
        String nfkc = Normalizer.isNormalized(visible, Normalizer.Form.NFKC) ? visible
                : Normalizer.normalize(visible, Normalizer.Form.NFKC);
        return latinInMixedWords(nfkc);
    }

    /**
     * Drawn as nothing: format characters (Cf), and the rest of Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties):
     * the combining grapheme joiner U+034F and the variation selectors are marks (Mn), the Hangul fillers letters (Lo),
     * yet "00123\u034F45678" shows 0012345678 all the same.
     */
    static boolean invisible(int cp) {
        if (cp < 0x80) {
            return false;
        }
        return Character.getType(cp) == Character.FORMAT
            || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5
            || (cp >= 0x180B && cp <= 0x180F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFFA0
            || (cp >= 0x2060 && cp <= 0x206F) || (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }

    private static final int LETTER_SPACED_MIN = 4;

    /**
     * {@code text} with its letter-spaced runs closed up ("R e g . n r .  9 5 7 0" → "Reg.nr. 9570"), or null when it
     * has none. A run is four or more single characters, each after one space, between spaces or line ends: what a PDF
     * text extractor writes for text drawn with character spacing (the Tc operator spreads the glyphs, so the
     * extractor puts a space between each, and the real word gaps become two spaces). A reader sees "Reg.nr. 9570" on
     * the page; a fraudster's PDF would otherwise show the scan only single letters and digits. Read beside the text
     * as extracted, not instead: a table of single digits closed up is a number nobody printed. One pass, each
     * character looked at a bounded number of times (a hostile text cannot make it quadratic).
     */
    static String closedUp(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        StringBuilder b = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (!singleAt(text, i)) {
                i++;
                continue;
            }
            int j = i;
            int count = 1;
            while (j + 2 < n && text.charAt(j + 1) == ' ' && singleAt(text, j + 2)) {
                j += 2;
                count++;
            }
            if (count >= LETTER_SPACED_MIN) {
                if (b == null) {
                    b = new StringBuilder(n);
                }
                b.append(text, copied, i);
                for (int k = i; k <= j; k += 2) {
                    b.append(text.charAt(k));
                }
                copied = j + 1;
            }
            i = j + 1;
        }
        if (b == null) {
            return null;
        }
        b.append(text, copied, n);
        return b.toString().replaceAll(" {2,}", " ");
    }

    /** A one-character token at {@code i}: not a gap itself, a gap (or the text's edge) on either side. */
    private static boolean singleAt(String s, int i) {
        return !gap(s.charAt(i)) && (i == 0 || gap(s.charAt(i - 1))) && (i + 1 == s.length() || gap(s.charAt(i + 1)));
    }

    private static boolean gap(char c) {
        return c == ' ' || c == '\n' || c == '\r';
    }

    /**
     * The Latin letter a Cyrillic or Greek letter is drawn like ("а" → "a", "К" → "K", "ο" → "o"), or {@code c}
     * itself. Shared with the domain skeleton ({@link Domains#skeleton}), which adds its own ASCII tricks.
     */
    static char latinLookAlike(char c) {
        return switch (c) {
            // Cyrillic
            case 'а' -> 'a'; case 'е' -> 'e'; case 'о' -> 'o'; case 'р' -> 'p'; case 'с' -> 'c'; case 'х' -> 'x';
            case 'у' -> 'y'; case 'і' -> 'i'; case 'ј' -> 'j'; case 'ѕ' -> 's'; case 'ԁ' -> 'd'; case 'һ' -> 'h';
            case 'к' -> 'k'; case 'м' -> 'm'; case 'т' -> 't'; case 'в' -> 'b'; case 'н' -> 'h';
            case 'А' -> 'A'; case 'В' -> 'B'; case 'Е' -> 'E'; case 'К' -> 'K'; case 'М' -> 'M'; case 'Н' -> 'H';
            case 'О' -> 'O'; case 'Р' -> 'P'; case 'С' -> 'C'; case 'Т' -> 'T'; case 'Х' -> 'X'; case 'У' -> 'Y';
            case 'І' -> 'I'; case 'Ј' -> 'J'; case 'Ѕ' -> 'S';
            // Greek
            case 'α' -> 'a'; case 'ο' -> 'o'; case 'ρ' -> 'p'; case 'ε' -> 'e'; case 'ι' -> 'i'; case 'κ' -> 'k';
            case 'ν' -> 'v'; case 'τ' -> 't'; case 'υ' -> 'u';
            case 'Α' -> 'A'; case 'Β' -> 'B'; case 'Ε' -> 'E'; case 'Ζ' -> 'Z'; case 'Η' -> 'H'; case 'Ι' -> 'I';
            case 'Κ' -> 'K'; case 'Μ' -> 'M'; case 'Ν' -> 'N'; case 'Ο' -> 'O'; case 'Ρ' -> 'P'; case 'Τ' -> 'T';
            case 'Υ' -> 'Y'; case 'Χ' -> 'X';
            default -> c;
        };
    }

    /** Each run of letters that has a Latin letter and a look-alike gets the look-alikes' Latin letters. */
    private static String latinInMixedWords(String text) {
        StringBuilder out = null;
        int n = text.length();
        int start = 0;
        while (start < n) {
            if (!Character.isLetter(text.charAt(start))) {
                start++;
                continue;
            }
            int end = start;
            boolean latin = false;
            boolean lookAlike = false;
            while (end < n && Character.isLetter(text.charAt(end))) {
                char c = text.charAt(end);
                latin |= c < 0x250 && latinLookAlike(c) == c;
                lookAlike |= latinLookAlike(c) != c;
                end++;
            }
            if (latin && lookAlike) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int k = start; k < end; k++) {
                    out.setCharAt(k, latinLookAlike(text.charAt(k)));
                }
            }
            start = end;
        }
        return out == null ? text : out.toString();
    }
}
