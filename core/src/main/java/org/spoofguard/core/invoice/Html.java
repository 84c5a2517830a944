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
    private static final String HIDING_STYLE = "display:none|visibility:hidden|font-size:0(?![.\\d]*[1-9])"
            + "|opacity:0(?![.\\d]*[1-9])|max-height:0(?![.\\d]*[1-9])"
            // Outlook for Windows (the desktop client of most municipalities) hides mso-hide:all; text under one point
            // or pixel is a line nobody reads
            + "|mso-hide:all|font-size:0*\\.\\d*(?:px|pt)";
    private static final java.util.regex.Pattern HIDDEN = java.util.regex.Pattern.compile(
            "(?i)" + HIDING_STYLE + "|(?<![\\w-])hidden(?![\\w-=])");
    private static final java.util.regex.Pattern HIDDEN_BY_RULE = java.util.regex.Pattern.compile("(?i)" + HIDING_STYLE);
    /** A style sheet rule with simple class or id selectors: ".h, #x { … }". */
    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile(
            "((?:[.#][\\w-]{1,64}\\s*,\\s*){0,16}[.#][\\w-]{1,64})\\s*\\{([^{}]{0,2000})\\}");
    private static final int MAX_HIDDEN_SELECTORS = 256;
    private static final java.util.regex.Pattern CLASS = attributePattern("class");
    private static final java.util.regex.Pattern ID = attributePattern("id");

    private static final java.util.regex.Pattern ALT = attributePattern("alt");
    private static final java.util.regex.Pattern TITLE = attributePattern("title");

    private static java.util.regex.Pattern attributePattern(String name) {
        return java.util.regex.Pattern.compile("(?i)(?<![\\w-])" + name
                + "\\s*=\\s*(?:\"([^\"]{0,1000})\"|'([^']{0,1000})'|([^\\s>]{1,1000}))");
    }

    private Html() {
    }

    static String toText(CharSequence html, int maxChars) {
        return toText(html, maxChars, null, java.util.Set.of());
    }

    /** As {@link #toText(CharSequence, int)}, hidden elements left out; null when the HTML hides none. */
    static String visibleText(CharSequence html, int maxChars) {
        boolean[] skipped = new boolean[1];
        String visible = toText(html, maxChars, skipped, hiddenSelectors(html));
        return skipped[0] ? visible : null;
    }

    /** @param skipped null to keep hidden elements; else set when one was left out */
    private static String toText(CharSequence html, int maxChars, boolean[] skipped, java.util.Set<String> hiding) {
        int n = html.length();
        StringBuilder out = new StringBuilder(Math.min(n, maxChars));
        int i = 0;
        while (i < n && out.length() < maxChars) {
            char c = html.charAt(i);
            if (c == '<' && !startsTag(html, i + 1)) {
                // "<3", "<5000 kr", "< 9570": text to a browser (WHATWG HTML §13.2.5.6, tag open state), not a tag
                // running to the next '>' and hiding what is between
                out.append(c);
                i++;
            } else if (c == '<') {
                if (startsWith(html, i, "<!--")) {
                    i = commentEnd(html, i + 4);
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
                        && html.charAt(end - 1) != '/' && hidden(html, open + 1 + tag.length(), end, hiding)) {
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
            } else if (c == '&' && i + 1 < n && html.charAt(i + 1) == '#') {
                i = numericReference(html, i, out);
            } else if (c == '&') {
                int semi = -1;
                for (int k = i + 1; k < Math.min(n, i + 34); k++) {
                    char d = html.charAt(k);
                    if (d == ';') {
                        semi = k;
                        break;
                    }
                    if (!Character.isLetterOrDigit(d)) {
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

    /** Does a '<' followed by this start markup? Only before a letter, '/', '!' or '?' (WHATWG HTML §13.2.5.6). */
    private static boolean startsTag(CharSequence s, int at) {
        if (at >= s.length()) {
            return false;
        }
        char c = s.charAt(at);
        return c < 0x80 && Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /**
     * Just after the comment whose text starts at {@code from} (after "<!--"): "<!-->" and "<!--->" are whole empty
     * comments, and "--!>" closes one as "-->" does (WHATWG HTML §13.2.5.43-.52); otherwise a fraudster's
     * "<!-->9570<!-- x -->" hid the 9570 every browser shows.
     */
    private static int commentEnd(CharSequence s, int from) {
        int n = s.length();
        if (from < n && s.charAt(from) == '>') {
            return from + 1;
        }
        if (from + 1 < n && s.charAt(from) == '-' && s.charAt(from + 1) == '>') {
            return from + 2;
        }
        int plain = indexOf(s, "-->", from);
        // "--!>" only before the plain end: a search to the end of the text for every comment made a text of many
        // comments quadratic
        int bang = indexOf(s, "--!>", from, plain < 0 ? n : plain);
        if (bang >= 0) {
            return bang + 4;
        }
        return plain < 0 ? n : plain + 3;
    }

    /**
     * A numeric character reference at {@code at} ("&#57", "&#x39;", "&#000000057;"): digits of any number, the ';'
     * optional (WHATWG HTML §13.2.5.80), appended as the character it is; returns where the text goes on. "&#" with no
     * digit is text.
     */
    private static int numericReference(CharSequence s, int at, StringBuilder out) {
        int n = s.length();
        int k = at + 2;
        boolean hex = k < n && (s.charAt(k) == 'x' || s.charAt(k) == 'X');
        if (hex) {
            k++;
        }
        int start = k;
        long value = 0;
        while (k < n && Character.digit(s.charAt(k), hex ? 16 : 10) >= 0 && s.charAt(k) < 0x80) {
            value = Math.min(0x110000, value * (hex ? 16 : 10) + Character.digit(s.charAt(k), hex ? 16 : 10));
            k++;
        }
        if (k == start) {
            out.append('&');
            return at + 1;
        }
        if (k < n && s.charAt(k) == ';') {
            k++;
        }
        int cp = (int) value;
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            out.append('\uFFFD');
        } else {
            out.appendCodePoint(cp);
        }
        return k;
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
        return v.indexOf('&') < 0 ? v : toText(v, 1000);
    }

    /**
     * Whether the attributes in [from, end) hide the element: its style (spaces, CSS comments and character references
     * as a browser reads them: "display:/**&#47;none", "display&amp;colon;none"), the hidden attribute, or a class or id
     * that a style sheet in the mail hides.
     */
    private static boolean hidden(CharSequence s, int from, int end, java.util.Set<String> hiding) {
        if (end - from < 6 || end - from > 2_000) {
            return false;
        }
        String raw = s.subSequence(from, end).toString();
        if (raw.indexOf('&') >= 0) {
            raw = toText(raw, 2_000);
        }
        raw = withoutCssComments(raw);
        StringBuilder attrs = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (!Character.isWhitespace(c)) {
                attrs.append(c);
            } else if (attrs.length() > 0 && attrs.charAt(attrs.length() - 1) != ' ') {
                attrs.append(' ');
            }
        }
        // "display: none" and "display:none" alike: spaces around ':' removed
        String a = attrs.toString().replace(": ", ":").replace(" :", ":");
        if (HIDDEN.matcher(a).find()) {
            return true;
        }
        if (hiding.isEmpty()) {
            return false;
        }
        for (String cls : attribute(CLASS, raw, 0, raw.length()).split("\\s+")) {
            if (!cls.isEmpty() && hiding.contains("." + cls)) {
                return true;
            }
        }
        String id = attribute(ID, raw, 0, raw.length()).strip();
        return !id.isEmpty() && hiding.contains("#" + id);
    }

    /**
     * The simple selectors (".cls", "#id") whose rules in the mail's style sheets hide what they select: "<style>.h
     * {display:none}</style> … 00123<span class=h>99</span>45678" shows 0012345678. At most
     * {@value #MAX_HIDDEN_SELECTORS}; compound and descendant selectors are not read (the full text is read as well).
     */
    private static java.util.Set<String> hiddenSelectors(CharSequence html) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int from = 0;
        while (out.size() < MAX_HIDDEN_SELECTORS) {
            int open = indexOfIgnoreCase(html, "<style", from);
            if (open < 0) {
                break;
            }
            int start = indexOf(html, ">", open);
            if (start < 0) {
                break;
            }
            int close = indexOfIgnoreCase(html, "</style", start);
            int stop = close < 0 ? html.length() : close;
            String sheet = withoutCssComments(html.subSequence(start + 1, stop).toString());
            java.util.regex.Matcher m = RULE.matcher(sheet);
            while (m.find() && out.size() < MAX_HIDDEN_SELECTORS) {
                String body = m.group(2).replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
                if (HIDDEN_BY_RULE.matcher(body).find()) {
                    for (String sel : m.group(1).split(",")) {
                        out.add(sel.strip());
                    }
                }
            }
            from = stop;
        }
        return out;
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
            // the other invisible ones (HTML5 named references to U+2061-U+2063, U+200B): nothing between two digits
            case "af", "ApplyFunction", "it", "InvisibleTimes", "ic", "InvisibleComma", "NegativeThinSpace",
                 "NegativeThickSpace", "NegativeVeryThinSpace", "zwsp": return "";
            case "ensp", "emsp", "thinsp", "hairsp", "emsp13", "emsp14", "numsp", "puncsp", "MediumSpace", "ThinSpace",
                 "VeryThinSpace", "NonBreakingSpace", "Tab", "NewLine": return " ";
            case "colon": return ":";
            case "period": return ".";
            case "sol": return "/";
            case "bsol": return "\\";
            case "commat": return "@";
            case "hyphen", "dash": return "-";
            case "num": return "#";
            case "semi": return ";";
            case "comma": return ",";
            case "excl": return "!";
            case "quest": return "?";
            case "lpar": return "(";
            case "rpar": return ")";
            case "equals": return "=";
            case "plus": return "+";
            case "percnt": return "%";
            case "lowbar": return "_";
            case "euro": return "€";
            case "ouml": return "ö";
            case "Ouml": return "Ö";
            case "auml": return "ä";
            case "Auml": return "Ä";
            case "uuml": return "ü";
            case "Uuml": return "Ü";
            case "eacute": return "é";
            case "Eacute": return "É";
            case "copy": return "©";
            case "reg": return "®";
            case "ndash": return "–";
            case "mdash": return "—";
            case "laquo": return "«";
            case "raquo": return "»";
            case "hellip": return "…";
            default:
                // one of HTML5's other 2 000 names: letters and symbols, none a digit or a payment word; a space keeps
                // the words around it apart as the symbol does
                return " ";
        }
    }

    private static boolean startsWith(CharSequence s, int at, String p) {
        return at + p.length() <= s.length() && s.subSequence(at, at + p.length()).toString().equals(p);
    }

    private static int indexOf(CharSequence s, String p, int from) {
        return s.toString().indexOf(p, from);
    }

    /**
     * CSS with its comments removed ("/* … *&#47;"; an unclosed one runs to the end, CSS Syntax §4.3.2). One pass: a
     * regular expression's lazy match re-scanned to the end from every "/*" of an unclosed run, quadratic.
     */
    private static String withoutCssComments(String css) {
        int open = css.indexOf("/*");
        if (open < 0) {
            return css;
        }
        StringBuilder out = new StringBuilder(css.length());
        int from = 0;
        while (open >= 0) {
            out.append(css, from, open);
            int close = css.indexOf("*/", open + 2);
            if (close < 0) {
                return out.toString();
            }
            from = close + 2;
            open = css.indexOf("/*", from);
        }
        return out.append(css, from, css.length()).toString();
    }

    /** {@code p} starting in [from, to), or -1; looks at no character past {@code to + p.length()}. */
    private static int indexOf(CharSequence s, String p, int from, int to) {
        int last = Math.min(to, s.length() - p.length() + 1);
        outer:
        for (int i = Math.max(0, from); i < last; i++) {
            for (int k = 0; k < p.length(); k++) {
                if (s.charAt(i + k) != p.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
