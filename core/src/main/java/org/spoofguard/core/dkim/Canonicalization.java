package org.spoofguard.core.dkim;

import java.util.Optional;

/** RFC 6376 §3.4 canonicalization algorithms. */
public enum Canonicalization {
    SIMPLE, RELAXED;

    public String tag() {
        return this == SIMPLE ? "simple" : "relaxed";
    }

    static Optional<Canonicalization> fromTag(String tag) {
        if ("simple".equalsIgnoreCase(tag)) {
            return Optional.of(SIMPLE);
        }
        if ("relaxed".equalsIgnoreCase(tag)) {
            return Optional.of(RELAXED);
        }
        return Optional.empty();
    }

    /**
     * Canonical form of one header field given byte-exact (ISO-8859-1 string, so 8-bit bytes survive) with its
     * terminating CRLF. Simple (§3.4.1) leaves it untouched; relaxed (§3.4.2) lower-cases the name, unfolds,
     * compresses WSP runs to one SP and trims WSP around the colon and at the end.
     */
    String header(String rawField) {
        if (this == SIMPLE) {
            return rawField;
        }
        int colon = rawField.indexOf(':');
        String name = colon < 0 ? rawField : rawField.substring(0, colon);
        String value = colon < 0 ? "" : rawField.substring(colon + 1);
        StringBuilder out = new StringBuilder(rawField.length());
        out.append(TagList.lower(trimWsp(unfoldAndCompress(name)))).append(':');
        out.append(trimWsp(unfoldAndCompress(value)));
        return out.append("\r\n").toString();
    }

    private static String unfoldAndCompress(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean wsp = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // §3.4.2 unfolds line breaks only (CRLF; a lone LF where the message was stored with LF endings): a
            // lone CR is a character of the value, kept as another verifier keeps it, and not free to insert
            if (c == '\n' || (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n')) {
                continue;
            }
            if (c == ' ' || c == '\t') {
                wsp = true;
                continue;
            }
            if (wsp) {
                out.append(' ');
                wsp = false;
            }
            out.append(c);
        }
        if (wsp) {
            out.append(' ');
        }
        return out.toString();
    }

    private static String trimWsp(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(start, end);
    }
}
