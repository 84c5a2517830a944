package org.spoofguard.core.dkim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * RFC 6376 §3.2 tag=value list, as used by DKIM-Signature header fields and key records.
 * Parsing never throws: a malformed list yields {@link #error()}.
 */
final class TagList {
    private final Map<String, String> tags;
    private final String error;

    private TagList(Map<String, String> tags, String error) {
        this.tags = tags;
        this.error = error;
    }

    static TagList parse(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        String[] specs = text.split(";", -1);
        for (int i = 0; i < specs.length; i++) {
            String spec = specs[i];
            if (spec.isBlank()) {
                // §3.2 allows one trailing ";"; empty specs elsewhere are harmless, tolerate them like most verifiers.
                continue;
            }
            int eq = spec.indexOf('=');
            if (eq < 0) {
                return new TagList(Map.of(), "tag without '=': \"" + abbreviate(spec.strip()) + "\"");
            }
            String name = stripFws(spec.substring(0, eq));
            if (!isTagName(name)) {
                return new TagList(Map.of(), "invalid tag name \"" + abbreviate(name) + "\"");
            }
            String value = stripFws(spec.substring(eq + 1));
            // §3.2: "Tags with duplicate names MUST NOT occur within a single tag-list; if a tag name does occur
            // more than once, the entire tag-list is invalid." Stops h=/d= smuggling via a second copy.
            if (tags.putIfAbsent(name, value) != null) {
                return new TagList(Map.of(), "duplicate tag " + name + "=");
            }
        }
        return new TagList(Collections.unmodifiableMap(tags), null);
    }

    /** Null when the list parsed; otherwise why not. */
    String error() {
        return error;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(tags.get(name));
    }

    boolean has(String name) {
        return tags.containsKey(name);
    }

    String firstTagName() {
        return tags.isEmpty() ? "" : tags.keySet().iterator().next();
    }

    /** Tag names are case-sensitive (§3.2); ALPHA *ALNUMPUNC where ALNUMPUNC = ALPHA / DIGIT / "_". */
    private static boolean isTagName(String s) {
        if (s.isEmpty() || !isAlpha(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAlpha(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isFws(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    static String stripFws(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isFws(s.charAt(start))) {
            start++;
        }
        while (end > start && isFws(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** For base64 values (b=, bh=, p=) where FWS may appear anywhere (§3.5, §3.6.1). */
    static String removeFws(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isFws(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String abbreviate(String s) {
        String printable = s.replaceAll("[\\r\\n\\t]+", " ");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
