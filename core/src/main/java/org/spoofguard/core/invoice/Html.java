package org.spoofguard.core.invoice;

/** Cheap HTML-to-text: drops tags, script/style content and comments, decodes common entities. Linear. */
final class Html {
    private Html() {
    }

    static String toText(CharSequence html, int maxChars) {
        int n = html.length();
        StringBuilder out = new StringBuilder(Math.min(n, maxChars));
        int i = 0;
        while (i < n && out.length() < maxChars) {
            char c = html.charAt(i);
            if (c == '<') {
                if (startsWith(html, i, "<!--")) {
                    int end = indexOf(html, "-->", i + 4);
                    i = end < 0 ? n : end + 3;
                    continue;
                }
                int end = indexOf(html, ">", i + 1);
                if (end < 0) {
                    break;
                }
                String tag = tagName(html, i + 1, end);
                i = end + 1;
                if (tag.equals("script") || tag.equals("style")) {
                    int close = indexOfIgnoreCase(html, "</" + tag, i);
                    i = close < 0 ? n : close;
                }
                out.append(' ');
            } else if (c == '&') {
                int semi = -1;
                for (int k = i + 1; k < Math.min(n, i + 10); k++) {
                    if (html.charAt(k) == ';') {
                        semi = k;
                        break;
                    }
                }
                if (semi < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                out.append(entity(html.subSequence(i + 1, semi).toString()));
                i = semi + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The lower-case element name; closing tags come back with a leading '/'. */
    private static String tagName(CharSequence s, int from, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < end && b.length() < 10; k++) {
            char c = Character.toLowerCase(s.charAt(k));
            if (Character.isLetterOrDigit(c) || (c == '/' && b.length() == 0)) {
                b.append(c);
            } else {
                break;
            }
        }
        return b.toString();
    }

    private static String entity(String e) {
        switch (e) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            case "aelig": return "æ";
            case "AElig": return "Æ";
            case "oslash": return "ø";
            case "Oslash": return "Ø";
            case "aring": return "å";
            case "Aring": return "Å";
            default:
                try {
                    int cp;
                    if (e.startsWith("#x") || e.startsWith("#X")) {
                        cp = Integer.parseInt(e.substring(2), 16);
                    } else if (e.startsWith("#")) {
                        cp = Integer.parseInt(e.substring(1));
                    } else {
                        return " ";
                    }
                    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
                } catch (NumberFormatException ex) {
                    return " ";
                }
        }
    }

    private static boolean startsWith(CharSequence s, int at, String p) {
        return at + p.length() <= s.length() && s.subSequence(at, at + p.length()).toString().equals(p);
    }

    private static int indexOf(CharSequence s, String p, int from) {
        return s.toString().indexOf(p, from);
    }

    private static int indexOfIgnoreCase(CharSequence s, String p, int from) {
        int n = s.length();
        int m = p.length();
        outer:
        for (int i = from; i + m <= n; i++) {
            for (int k = 0; k < m; k++) {
                if (Character.toLowerCase(s.charAt(i + k)) != p.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
