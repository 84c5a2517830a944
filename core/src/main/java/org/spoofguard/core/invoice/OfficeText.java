package org.spoofguard.core.invoice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The words of an Office document's text parts (OOXML: the parts of {@code word/} that hold text, whatever the main
 * document is called, the shared strings, sheets and text boxes of a workbook, a presentation's slides; ODF
 * {@code content.xml} and the page headers and footers of {@code styles.xml}; see {@link #isTextPart}), so that an account list or a "new bank details" letter
 * sent as a spreadsheet or a Word file is read like a PDF's text layer: "the suppliers' corrected accounts are in
 * the attached spreadsheet" puts the payees where a body and PDF scan do not look.
 *
 * <p>Not an XML parser, on purpose: tags are skipped character by character, nothing is resolved (no DTD, no
 * external entity: XXE cannot happen), only the five predefined and numeric character references are decoded.
 * Bounded by the caller's stream (the archive expansion counter) and by {@code maxChars} of output; a tag longer than
 * {@link #MAX_TAG} characters is skipped without being kept.
 */
final class OfficeText {
    /** Long enough for a link whose target a forger puts after padded attributes; a tag is kept once at a time. */
    static final int MAX_TAG = 4096;
    /** Tags that end a paragraph, cell, row or string item: a separator, so cells do not run together. */
    private static final Set<String> BREAKS = Set.of("/w:p", "w:tab", "w:br", "w:cr", "/w:tc", "/si", "/c", "/row",
            "/is", "/text:p", "/text:h", "text:tab", "text:line-break", "/table:table-cell", "/table:table-row",
            "text:s",
            // DrawingML (PowerPoint slides, shapes): paragraph end, line break, table cell
            "/a:p", "a:br", "/a:tc");
    /** ODF master-page headers and footers (ODF 1.2 §16.10), the only text of styles.xml read. */
    private static final Set<String> HEADERS_AND_FOOTERS = Set.of("style:header", "style:footer", "style:header-left",
            "style:footer-left", "style:header-first", "style:footer-first");

    /** Parts of a Word package with no text of the document (styles, settings, fonts, list definitions). */
    private static final Set<String> WORD_MARKUP = Set.of("word/styles.xml", "word/styleswitheffects.xml",
            "word/settings.xml", "word/fonttable.xml", "word/websettings.xml", "word/numbering.xml");

    private OfficeText() {
    }

    /** Is this ZIP entry one of the text parts read? */
    static boolean isTextPart(String entry) {
        String l = entry.toLowerCase(Locale.ROOT);
        return wordPart(l) || l.equals("xl/sharedstrings.xml") || l.equals("content.xml")
                // sheets and slides under any name, as the main document above
                || directlyIn(l, "xl/worksheets/")
                // a text box drawn over the cells ("Ny konto pr. 1. marts: …") is a DrawingML part of its own
                || directlyIn(l, "xl/drawings/")
                // the same letter or account list as a slide
                || directlyIn(l, "ppt/slides/")
                // an ODF letter's header and footer live in its master page, in styles.xml (read gated, below)
                || l.equals("styles.xml");
    }

    /**
     * Appends the text of the ZIP entry {@code entry} (one {@link #isTextPart}): all of it, but of ODF's
     * {@code styles.xml} only the page headers and footers, since beside them it holds number formats whose
     * literal texts ("kr.", "-") are nobody's words.
     */
    static void appendPart(String entry, InputStream xml, StringBuilder out, int maxChars) throws IOException {
        appendPart(entry, xml, out, maxChars, href -> { });
    }

    /**
     * @param hrefs given the target of each ODF hyperlink ({@code text:a}, {@code draw:a}: {@code xlink:href}), which
     *              stands in an attribute, not in the text; OOXML keeps its hyperlinks in the relationships
     *              ({@link #externalTargets})
     */
    static void appendPart(String entry, InputStream xml, StringBuilder out, int maxChars, Consumer<String> hrefs)
            throws IOException {
        append(xml, out, maxChars, entry.equalsIgnoreCase("styles.xml"), hrefs);
    }

    /**
     * Every XML part directly in {@code word/} but those that hold only markup: the main document wherever the
     * package's relationships put it ({@code document.xml}, {@code document2.xml} as some editors write it, or any
     * name a forger picks so that a scanner looking for one name reads nothing), the headers and footers (a Danish
     * business letter gives its bank in the letterhead's footer: "Bank: reg. 5301 konto 0244123456" under a body that
     * only says the account changed), foot- and endnotes, comments.
     */
    private static boolean wordPart(String l) {
        return l.startsWith("word/") && l.endsWith(".xml") && l.indexOf('/', 5) < 0 && !WORD_MARKUP.contains(l);
    }

    /** What a Word altChunk imports ([MS-OI29500] / ECMA-376 §17.17.2.1): HTML, MHT, RTF or plain text. */
    private static final Set<String> IMPORTED = Set.of("htm", "html", "xhtml", "mht", "mhtml", "rtf", "txt");

    /**
     * A part Word shows as the document's own text although it is no WordprocessingML: an altChunk ("alternative
     * format import"), which HTML-to-Word converters such as html-docx-js write as {@code word/afchunk.mht}. The
     * whole letter can stand there with an empty {@code document.xml}. Anywhere in the package: the altChunk's
     * relationship may name any part ({@code /afchunk.mht}, {@code word/media/a.htm}), and Word follows it.
     */
    static boolean isImportedPart(String entry) {
        String l = entry.toLowerCase(Locale.ROOT);
        int dot = l.lastIndexOf('.');
        return dot > l.lastIndexOf('/') + 1 && IMPORTED.contains(l.substring(dot + 1));
    }

    /** A picture of an Office document (OOXML media folders, ODF's {@code Pictures/}). */
    static boolean isPicture(String entry) {
        String l = entry.toLowerCase(Locale.ROOT);
        int dot = l.lastIndexOf('.');
        return (l.startsWith("word/media/") || l.startsWith("ppt/media/") || l.startsWith("xl/media/")
                || l.startsWith("pictures/")) && dot > 0 && PICTURES.contains(l.substring(dot + 1));
    }

    /**
     * An object embedded in an Office document (an Excel table in a letter): it shows as a picture, its preview,
     * but holds text of its own.
     */
    static boolean isEmbeddedObject(String entry) {
        String l = entry.toLowerCase(Locale.ROOT);
        return l.startsWith("word/embeddings/") || l.startsWith("ppt/embeddings/") || l.startsWith("xl/embeddings/");
    }

    private static final Set<String> PICTURES = Set.of("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "emf",
            "wmf", "svg", "webp");

    /** An OPC relationships part ({@code word/_rels/document.xml.rels} and its kind, ECMA-376 Part 2 §9.3). */
    static boolean isRelationships(String entry) {
        return entry.toLowerCase(Locale.ROOT).endsWith(".rels");
    }

    /**
     * The targets of the relationships in one relationships part that point outside the package
     * ({@code TargetMode="External"}: hyperlinks, a remote template, a linked picture), as written. Tags are found by
     * {@code <} and {@code >} alone, once each, so the scan is linear whatever the part holds.
     */
    static List<String> externalTargets(String rels) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = rels.indexOf('<', i)) >= 0) {
            int end = rels.indexOf('>', i);
            if (end < 0) {
                break;
            }
            String tag = rels.substring(i, end);
            i = end + 1;
            String target = EXTERNAL_MODE.matcher(tag).find() ? attribute(tag, "Target") : null;
            if (target != null) {
                out.add(target);
            }
        }
        return out;
    }

    private static final Pattern EXTERNAL_MODE = Pattern.compile("\\sTargetMode\\s*=\\s*[\"']External[\"']");

    /** The value of attribute {@code name} in one tag, or null; each occurrence of the name looked at once. */
    static String attribute(String tag, String name) {
        for (int at = tag.indexOf(name); at > 0; at = tag.indexOf(name, at + name.length())) {
            if (!Character.isWhitespace(tag.charAt(at - 1))) {
                continue;
            }
            int k = at + name.length();
            while (k < tag.length() && Character.isWhitespace(tag.charAt(k))) {
                k++;
            }
            if (k >= tag.length() || tag.charAt(k) != '=') {
                continue; // TargetMode, or a name that only begins so
            }
            k++;
            while (k < tag.length() && Character.isWhitespace(tag.charAt(k))) {
                k++;
            }
            if (k >= tag.length() || (tag.charAt(k) != '"' && tag.charAt(k) != '\'')) {
                return null;
            }
            int close = tag.indexOf(tag.charAt(k), k + 1);
            return close < 0 ? null : unescaped(tag.substring(k + 1, close));
        }
        return null;
    }

    /** The extension of an imported part, lower case ("mht", "rtf", ...). */
    static String importedKind(String entry) {
        String l = entry.toLowerCase(Locale.ROOT);
        return l.substring(l.lastIndexOf('.') + 1);
    }

    /** An XML part directly in {@code folder} (not in a subfolder such as {@code _rels/}). */
    private static boolean directlyIn(String entry, String folder) {
        return entry.startsWith(folder) && entry.endsWith(".xml") && entry.indexOf('/', folder.length()) < 0;
    }

    /**
     * Appends the text of one XML part to {@code out}, at most until {@code out} holds {@code maxChars}. In a
     * worksheet, a cell of type {@code t="s"} holds an index into the shared strings, not text: it is skipped.
     */
    static void append(InputStream xml, StringBuilder out, int maxChars) throws IOException {
        append(xml, out, maxChars, false, href -> { });
    }

    /** @param headersAndFooters keep only text inside ODF's {@code style:header…}/{@code style:footer…} elements */
    private static void append(InputStream xml, StringBuilder out, int maxChars, boolean headersAndFooters,
                               Consumer<String> hrefs) throws IOException {
        Reader in = new InputStreamReader(xml, StandardCharsets.UTF_8);
        StringBuilder tag = new StringBuilder();
        StringBuilder entity = new StringBuilder();
        boolean inTag = false;
        boolean inEntity = false;
        boolean sharedCell = false;
        boolean inValue = false;
        int inHeaderOrFooter = 0; // depth, so that nesting in a hostile file cannot leave the gate open
        boolean inRun = false;
        boolean hiddenRun = false;
        boolean deleted = false;
        int c;
        while (out.length() < maxChars && (c = in.read()) >= 0) {
            if (inTag) {
                if (c == '>' && tag.length() >= 8 && tag.charAt(0) == '!' && tag.indexOf("![CDATA[") == 0
                        && !(tag.length() >= 10 && tag.charAt(tag.length() - 1) == ']' && tag.charAt(tag.length() - 2) == ']')
                        && tag.length() < MAX_TAG) {
                    tag.append('>'); // a '>' inside a CDATA section is its text
                } else if (c == '>') {
                    inTag = false;
                    String t = tag.toString();
                    String name = tagName(t);
                    if (t.startsWith("![CDATA[")) {
                        // XML 1.0 §2.7: character data like any other, "<w:t><![CDATA[9570]]></w:t>" shows 9570
                        if (!hiddenRun && !deleted && !(sharedCell && inValue) && !(headersAndFooters && inHeaderOrFooter == 0)) {
                            String data = t.endsWith("]]") ? t.substring(8, t.length() - 2) : t.substring(8);
                            data.chars().forEach(ch -> out.append(Character.isWhitespace(ch) ? ' ' : (char) ch));
                        }
                        tag.setLength(0);
                        continue;
                    }
                    // Word's hidden text (w:vanish in a run's properties, ECMA-376 §17.3.2.41) and deleted tracked
                    // text (w:delText, §17.3.3.7; Word's default "Simple Markup" does not show it) are not on the page:
                    // "00123" + hidden "99" + "45678" is the account 0012345678 to the clerk
                    if (name.equals("w:r") && !t.endsWith("/")) {
                        inRun = true;
                        hiddenRun = false;
                    } else if (name.equals("/w:r")) {
                        inRun = false;
                        hiddenRun = false;
                    } else if (name.equals("w:vanish") && inRun) {
                        String val = attribute(t, "w:val");
                        hiddenRun = val == null || !(val.equals("0") || val.equalsIgnoreCase("false") || val.equalsIgnoreCase("off"));
                    } else if (name.equals("w:delText") && !t.endsWith("/")) {
                        deleted = true;
                    } else if (name.equals("/w:delText")) {
                        deleted = false;
                    }
                    if (BREAKS.contains(name)) {
                        separate(out);
                    }
                    String href = link(name, t);
                    if (href != null) {
                        hrefs.accept(href);
                    }
                    if (name.equals("c")) {
                        sharedCell = t.contains(" t=\"s\"") || t.contains(" t='s'");
                    } else if (name.equals("v")) {
                        inValue = true;
                    } else if (name.equals("/v")) {
                        inValue = false;
                    } else if (HEADERS_AND_FOOTERS.contains(name) && !t.endsWith("/")) {
                        inHeaderOrFooter++;
                    } else if (name.startsWith("/") && HEADERS_AND_FOOTERS.contains(name.substring(1))) {
                        inHeaderOrFooter = Math.max(0, inHeaderOrFooter - 1);
                    }
                    tag.setLength(0);
                } else if (tag.length() < MAX_TAG) {
                    tag.append((char) c);
                }
            } else if (c == '<') {
                inTag = true;
                if (inEntity) {
                    inEntity = false;
                    entity.setLength(0);
                }
            } else if ((sharedCell && inValue) || (headersAndFooters && inHeaderOrFooter == 0) || hiddenRun || deleted) {
                continue; // a shared-string index, styles.xml outside a header or footer, or text not on the page
            } else if (inEntity) {
                if (c == ';') {
                    inEntity = false;
                    int decoded = decode(entity.toString());
                    if (decoded > 0) {
                        out.appendCodePoint(decoded);
                    }
                    entity.setLength(0);
                } else if (entity.length() < 10) {
                    entity.append((char) c);
                } else {
                    inEntity = false;
                    entity.setLength(0);
                }
            } else if (c == '&') {
                inEntity = true;
            } else if (Character.isWhitespace(c)) {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.append((char) c);
            }
        }
    }

    /** ODF's hyperlinks: in text, and around a frame or picture. */
    private static final Set<String> LINKS = Set.of("text:a", "draw:a");

    /**
     * Where a tag sends the reader who clicks it, outside the relationships: an ODF hyperlink's {@code xlink:href},
     * a Word simple field's instruction ({@code HYPERLINK "https://…"}, ECMA-376 §17.16.19: the URL is searched in
     * it as in text) and a VML shape's {@code href} (a button drawn as a legacy shape, §14.1.2.19).
     */
    private static String link(String name, String tag) {
        if (LINKS.contains(name)) {
            return attribute(tag, "xlink:href");
        }
        if (name.equals("w:fldSimple")) {
            return attribute(tag, "w:instr");
        }
        return name.startsWith("v:") ? attribute(tag, "href") : null;
    }

    private static String tagName(String tag) {
        int end = 0;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && (tag.charAt(end) != '/' || end == 0)) {
            end++;
        }
        return tag.substring(0, end);
    }

    private static void separate(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** An attribute value with its character references decoded ("danfoss&#45;faktura.dk" is danfoss-faktura.dk). */
    private static String unescaped(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            int semi = -1;
            for (int k = i + 1; value.charAt(i) == '&' && k < value.length() && k <= i + 11; k++) {
                if (value.charAt(k) == ';') {
                    semi = k;
                    break;
                }
            }
            int decoded = semi > i ? decode(value.substring(i + 1, semi)) : -1;
            if (decoded > 0) {
                b.appendCodePoint(decoded);
                i = semi;
            } else {
                b.append(value.charAt(i));
            }
        }
        return b.toString();
    }

    private static int decode(String e) {
        switch (e) {
            case "amp":
                return '&';
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            default:
                break;
        }
        try {
            int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                    : e.startsWith("#") ? Integer.parseInt(e.substring(1)) : -1;
            return cp > 0 && Character.isValidCodePoint(cp) && !Character.isISOControl(cp) ? cp : (cp == 9 || cp == 10 ? ' ' : -1);
        } catch (NumberFormatException nfe) {
            return -1;
        }
    }
}
