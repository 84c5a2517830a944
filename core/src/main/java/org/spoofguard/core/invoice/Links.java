package org.spoofguard.core.invoice;

import java.util.Locale;
import java.util.Set;

/**
 * Host names of links in text or HTML, by one linear scan for "://" (so links in attributes, in text and in
 * places an HTML renderer would hide are all found). The authority's user-info is dropped:
 * {@code https://kommune.dk@evil.example/} goes to evil.example, which is the host that counts.
 */
final class Links {
    private static final int MAX_HOST = 253;

    private Links() {
    }

    static void hosts(CharSequence text, int maxChars, Set<String> out, int maxHosts) {
        int n = Math.min(text.length(), maxChars);
        int i = 0;
        while (out.size() < maxHosts) {
            int sep = indexOf(text, "://", i, n);
            if (sep < 0) {
                return;
            }
            int start = sep + 3;
            int end = start;
            int at = -1;
            while (end < n && end - start < 2 * MAX_HOST) {
                char c = text.charAt(end);
                if (c == '@') {
                    at = end;
                } else if (c == '/' || c == '?' || c == '#' || c == '\\' || c == '"' || c == '\'' || c == '<'
                        || c == '>' || c == ')' || c == ']' || Character.isWhitespace(c)) {
                    break;
                }
                end++;
            }
            String host = text.subSequence(at >= 0 ? at + 1 : start, end).toString();
            int colon = host.lastIndexOf(':');
            if (colon >= 0 && !host.startsWith("[")) {
                host = host.substring(0, colon);
            }
            host = host.toLowerCase(Locale.ROOT);
            while (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            if (isScheme(text, sep) && host.length() <= MAX_HOST && host.indexOf('.') > 0 && !host.startsWith("[")
                    && host.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                out.add(host);
            }
            i = Math.max(end, sep + 3);
        }
    }

    /** http, https (other schemes do not lead a clerk to a payment page). */
    private static boolean isScheme(CharSequence t, int sep) {
        return endsWithIgnoreCase(t, sep, "https") || endsWithIgnoreCase(t, sep, "http");
    }

    private static boolean endsWithIgnoreCase(CharSequence t, int end, String s) {
        int start = end - s.length();
        if (start < 0) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (Character.toLowerCase(t.charAt(start + k)) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence t, String s, int from, int to) {
        outer:
        for (int i = from; i + s.length() <= to; i++) {
            for (int k = 0; k < s.length(); k++) {
                if (t.charAt(i + k) != s.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
