package org.spoofguard.core.invoice;

/**
 * Cheap HTML-to-text: drops tags, script/style content and comments, decodes common entities. Linear. Inline tags
 * ("0244<span>123456</span>") join their text as a browser does. {@link #visibleText} also skips elements hidden by
 * their style or the {@code hidden} attribute: "53<span style=display:none>99</span>01" shows 5301. Neither view
 * alone is what the reader sees (a style sheet's {@code !important} can show an element its own style hides), so
 * the caller reads both and counts what either holds.
 */
final class Html {
    /** Phrasing elements that do not break a word in a browser. */
    private static final java.util.Set<String> INLINE = java.util.Set.of("a", "abbr", "b", "bdi", "bdo", "cite",
            "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong",
            "sub", "sup", "time", "u", "var", "wbr", "o");
    /** Elements without content: a hidden one hides nothing after it. */
    private static final java.util.Set<String> VOID = java.util.Set.of("area", "base", "br", "col", "embed", "hr",
            "img", "input", "link", "meta", "source", "track", "wbr");
    private static final java.util.regex.Pattern HIDDEN = java.util.regex.Pattern.compile(
            "(?i)display:none|visibility:hidden|font-size:0(?![.\\d]*[1-9])|opacity:0(?![.\\d]*[1-9])|max-height:0(?![.\\d]*[1-9])"
                    + "|(?<![\\w-])hidden(?![\\w-=])");

    private static final java.util.regex.Pattern ALT = attributePattern("alt");
    private static final java.util.regex.Pattern TITLE = attributePattern("title");

    private static java.util.regex.Pattern attributePattern(String name) {
        return java.util.regex.Pattern.compile("(?i)(?<![\\w-])" + name
                + "\\s*=\\s*(?:\"([^\"]{0,1000})\"|'([^']{0,1000})'|([^\\s>]{1,1000}))");
    }

    private Html() {
    }

    static String toText(CharSequence html, int maxChars) {
        return toText(html, maxChars, null);
    }

    /** As {@link #toText(CharSequence, int)}, hidden elements left out; null when the HTML hides none. */
    static String visibleText(CharSequence html, int maxChars) {
        boolean[] skipped = new boolean[1];
        String visible = toText(html, maxChars, skipped);
        return skipped[0] ? visible : null;
    }

    /** @param skipped null to keep hidden elements; else set when one was left out */
    private static String toText(CharSequence html, int maxChars, boolean[] skipped) {
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
                int open = i;
                i = end + 1;
                if (tag.equals("script") || tag.equals("style")) {
                    int close = indexOfIgnoreCase(html, "</" + tag, i);
                    i = close < 0 ? n : close;
                } else if (skipped != null && !tag.isEmpty() && tag.charAt(0) != '/' && !VOID.contains(tag)
                        && html.charAt(end - 1) != '/' && hidden(html, open + 1 + tag.length(), end)) {
                    i = closing(html, tag, i);
                    skipped[0] = true;
                }
                if (!INLINE.contains(tag.startsWith("/") ? tag.substring(1) : tag)) {
                    out.append(' ');
                }
                if (tag.equals("img") || tag.equals("area") || tag.equals("input")) {
                    // Shown in the image's place while images are blocked (Outlook's default for outside mail):
                    // "<img src=… alt='Betal til reg. 9570 konto 0012345678'>" is text the clerk reads.
                    shown(out, attribute(ALT, html, open + 1 + tag.length(), end));
                }
                if (!tag.isEmpty() && tag.charAt(0) != '/') {
                    // a tooltip ("<a title='…'>") is shown text too, when the pointer rests on it
                    shown(out, attribute(TITLE, html, open + 1 + tag.length(), end));
                }
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

    /** An attribute's text as a word of its own, when there is one (an inline tag without it joins its text). */
    private static void shown(StringBuilder out, String value) {
        if (!value.isEmpty()) {
            out.append(' ').append(value).append(' ');
        }
    }

    /** The value of the attribute {@code p} reads in [from, end) (at most 1 000 characters), or "". */
    private static String attribute(java.util.regex.Pattern p, CharSequence s, int from, int end) {
        if (end - from < 6 || end - from > 10_000) {
            return "";
        }
        java.util.regex.Matcher m = p.matcher(s.subSequence(from, end));
        if (!m.find()) {
            return "";
        }
        String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return v.indexOf('&') < 0 ? v : toText(v, 1000, null);
    }

    /** Whether the attributes in [from, end) hide the element (style without spaces, or the hidden attribute). */
    private static boolean hidden(CharSequence s, int from, int end) {
        if (end - from < 6 || end - from > 2_000) {
            return false;
        }
        StringBuilder attrs = new StringBuilder(end - from);
        for (int k = from; k < end; k++) {
            char c = s.charAt(k);
            if (!Character.isWhitespace(c)) {
                attrs.append(c);
            } else if (attrs.length() > 0 && attrs.charAt(attrs.length() - 1) != ' ') {
                attrs.append(' ');
            }
        }
        // "display: none" and "display:none" alike: spaces around ':' removed
        String a = attrs.toString().replace(": ", ":").replace(" :", ":");
        return HIDDEN.matcher(a).find();
    }

    /** Just after the element's closing tag (nested ones of the same name counted), or the end of the text. */
    private static int closing(CharSequence s, String tag, int from) {
        int depth = 1;
        int n = s.length();
        int i = from;
        while (i < n) {
            int lt = indexOf(s, "<", i);
            if (lt < 0) {
                return n;
            }
            int gt = indexOf(s, ">", lt + 1);
            if (gt < 0) {
                return n;
            }
            String name = tagName(s, lt + 1, gt);
            if (name.equals(tag) && s.charAt(gt - 1) != '/') {
                depth++;
            } else if (name.equals("/" + tag) && --depth == 0) {
                return gt + 1;
            }
            i = gt + 1;
        }
        return n;
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
            // invisible: a soft hyphen or a zero-width joiner inside a number or a word is no space
            case "shy", "zwnj", "zwj", "lrm", "rlm", "ZeroWidthSpace", "NoBreak", "NegativeMediumSpace": return "";
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
