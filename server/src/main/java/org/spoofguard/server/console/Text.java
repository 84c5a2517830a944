package org.spoofguard.server.console;

import java.util.ArrayList;
import java.util.List;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeUtility;

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
    /** Addresses shown after a cut From at most; a count says how many more it has (a page must stay bounded). */
    static final int MAX_SENDER_ADDRESSES = 10;
    /** An address's length at most (RFC 5321 §4.5.3.1.3: a path of 256 octets with its angle brackets). */
    static final int MAX_ADDRESS = 254;

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
     * A From field cut to {@code max} characters but never its addresses: a display name padded past the cut
     * ("Danfoss A/S &lt;faktura@danfoss.dk&gt;" and 260 spaces before the real &lt;payme@attacker.example&gt;) must not
     * hide who sent the mail, nor may a comment after the address ({@code <payme@attacker.example> (Danfoss)}, RFC 5322
     * §3.4 CFWS) or an address too long for a fixed tail. {@code from} is the raw (not RFC 2047-decoded) value here;
     * see {@link #showSender(String, List, int)}.
     */
    public static String showSender(String from, int max) {
        return showSender(from, senderAddresses(from), max);
    }

    /**
     * {@code from} as it is shown (decoded), cut to {@code max}, then each of {@code addresses} (from
     * {@link #senderAddresses} on the raw value) in full after the cut: at most {@value #MAX_SENDER_ADDRESSES}, each
     * up to {@value #LONG_FIELD} characters (a longer one shows its start and its end, where its domain is), so a
     * hostile From cannot make a page of megabytes. A From that gives no address shows its start and its end, where a
     * mail program finds the address after padding (when it has an '@' at all).
     */
    public static String showSender(String from, List<String> addresses, int max) {
        String v = from == null ? "" : from.strip();
        if (v.length() <= max) {
            return show(v, max);
        }
        StringBuilder after = new StringBuilder();
        int shown = 0;
        for (String address : addresses) {
            if (shown == MAX_SENDER_ADDRESSES) {
                after.append(" (+").append(addresses.size() - shown).append(')');
                break;
            }
            after.append(" <").append(ends(address, LONG_FIELD)).append('>');
            shown++;
        }
        if (addresses.isEmpty() && v.indexOf('@') >= 0) {
            after.append(" \u2026").append(ends(v.substring(Math.max(0, v.length() - MAX_ADDRESS)), MAX_ADDRESS));
        }
        return esc(line(v, Math.max(10, max - after.length())) + after);
    }

    /**
     * The addresses of a raw From value (several From fields joined by ","), group members included, as JavaMail
     * reads them (RFC 5322 §3.4, leniently: what James stores and serves to mail programs is read the same way).
     * Read before RFC 2047 decoding: an encoded display name ({@code =?utf-8?Q?Danfoss_<faktura@danfoss.dk>?=})
     * becomes angle brackets only when decoded, and must not add or hide an address. Empty when none can be read.
     */
    public static List<String> senderAddresses(String rawFrom) {
        if (rawFrom == null || rawFrom.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try {
            for (InternetAddress a : InternetAddress.parseHeader(MimeUtility.unfold(rawFrom), false)) {
                if (a.isGroup()) {
                    for (InternetAddress m : a.getGroup(false)) {
                        out.add(m.getAddress());
                    }
                } else {
                    out.add(a.getAddress());
                }
            }
        } catch (AddressException | RuntimeException e) {
            return List.of();
        }
        // The lenient parser hands back text it found no structure in (an unclosed quote) as one "address": that is
        // no address to show in full, and the caller shows the value's end instead.
        for (String address : out) {
            if (address == null || address.indexOf('@') < 0 || address.indexOf('<') >= 0 || address.indexOf('>') >= 0) {
                return List.of();
            }
        }
        return out.stream().map(String::strip).toList();
    }

    /** {@code s} cleaned; when longer than {@code max}, its start and end around a "…". */
    private static String ends(String s, int max) {
        String cleaned = line(s, s.length());
        int n = cleaned.codePointCount(0, cleaned.length());
        if (n <= max) {
            return cleaned;
        }
        int half = max / 2;
        return cleaned.substring(0, cleaned.offsetByCodePoints(0, half)) + "\u2026"
            + cleaned.substring(cleaned.offsetByCodePoints(0, n - half));
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
