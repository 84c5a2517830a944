package org.spoofguard.core.bounce;

import java.util.Locale;

/** Small, bounded helpers for structured header values (RFC 5322 §3.2.2 CFWS). */
final class HeaderValues {
    static final int MAX_VALUE = 4096;

    private HeaderValues() {
    }

    /**
     * Unfolds (RFC 5322 §2.2.3) and removes comments, honouring quoted-pairs where RFC 5322 §3.2.1 allows them (in
     * comments and quoted strings; elsewhere a backslash is itself, so "n\\o" is not "no"); bounded in length, and
     * comments counted however deep (one counter, no recursion).
     */
    static String stripComments(String raw) {
        if (raw == null) {
            return "";
        }
        String value = raw.length() > MAX_VALUE ? raw.substring(0, MAX_VALUE) : raw;
        StringBuilder out = new StringBuilder(value.length());
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                c = ' ';
            }
            if (c == '\\' && i + 1 < value.length() && (depth > 0 || quoted)) {
                if (depth == 0) {
                    out.append(value.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (depth == 0 && c == '"') {
                quoted = !quoted;
                out.append(c);
                continue;
            }
            if (!quoted && c == '(') {
                depth++;
                continue;
            }
            if (!quoted && c == ')' && depth > 0) {
                depth--;
                out.append(' ');
                continue;
            }
            if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString().replaceAll("[ \\t]+", " ").trim();
    }

    /**
     * Is this Auto-Submitted value the token "no" (RFC 3834 §5)? Only exactly that: a quoted, escaped or otherwise
     * malformed value is not, and counts as automatic mail (never answered).
     */
    static boolean isNo(String raw) {
        String v = stripComments(raw);
        int semi = v.indexOf(';');
        return (semi >= 0 ? v.substring(0, semi) : v).trim().equalsIgnoreCase("no");
    }

    /** The first token of a value with comments removed and parameters ({@code ; x=y}) cut off, lower case. */
    static String keyword(String raw) {
        String v = stripComments(raw);
        int semi = v.indexOf(';');
        if (semi >= 0) {
            v = v.substring(0, semi);
        }
        v = v.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).trim();
        }
        return v.toLowerCase(Locale.ROOT);
    }
}
