package org.spoofguard.server.console;

import com.google.common.html.HtmlEscapers;

/**
 * Makes untrusted mail text (subjects, addresses, file names, bodies) safe to show: HTML-escaped by Guava's
 * escaper, and cleaned first of what escaping cannot neutralise. Bidirectional overrides and other format
 * characters (Unicode category Cf, e.g. U+202E RIGHT-TO-LEFT OVERRIDE) are removed because they make
 * "invoice\u202Efdp.exe" read as "invoiceexe.pdf" (Unicode TR#36 §2.3 spoofing); control characters are
 * removed so one field cannot fake extra lines; long values are cut so a 10,000-character subject cannot
 * push the page's buttons off screen.
 */
public final class Text {
    public static final int FIELD = 200;
    public static final int LONG_FIELD = 1000;

    private Text() {
    }

    public static String esc(String s) {
        return HtmlEscapers.htmlEscaper().escape(s == null ? "" : s);
    }

    /** One line: format and control characters removed, at most {@code max} code points ("…" marks a cut). */
    public static String line(String s, int max) {
        return clean(s, max, false);
    }

    /** Several lines (a text body): like {@link #line} but newlines and tabs are kept. */
    public static String lines(String s, int max) {
        return clean(s, max, true);
    }

    /** {@link #line} then {@link #esc}: the usual way to print an untrusted value. */
    public static String show(String s, int max) {
        return esc(line(s, max));
    }

    /**
     * A From field cut to {@code max} characters but never its address: a display name padded past the cut
     * ("Danfoss A/S <faktura@danfoss.dk>" and 260 spaces before the real &lt;payme@attacker.example&gt;) must not
     * hide who sent the mail. The last angle address is kept whole (up to 254 characters) after the cut name.
     */
    public static String showSender(String from, int max) {
        String v = from == null ? "" : from.strip();
        int lt = v.lastIndexOf('<');
        if (v.length() <= max || lt < 0 || !v.endsWith(">") || v.length() - lt > 256) {
            return show(v, max);
        }
        String address = v.substring(lt);
        return esc(line(v.substring(0, lt), Math.max(10, max - address.length())) + " " + line(address, address.length()));
    }

    private static String clean(String s, int max, boolean multiline) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), max + 1));
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (cp == '\n' && multiline) {
                // kept
            } else if (cp == '\t' || cp == '\r' || cp == '\n') {
                if (cp == '\r' && multiline) {
                    continue;
                }
                cp = multiline && cp == '\t' ? '\t' : ' ';
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
                continue;
            }
            if (count == max) {
                out.append('\u2026');
                break;
            }
            out.appendCodePoint(cp);
            count++;
        }
        return out.toString();
    }

    /** A file name for Content-Disposition: ASCII letters, digits, dot, dash, underscore; never empty or hidden. */
    public static String safeFilename(String s, String fallback) {
        String cleaned = line(s, 100).replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        return cleaned.isEmpty() ? fallback : cleaned;
    }
}
