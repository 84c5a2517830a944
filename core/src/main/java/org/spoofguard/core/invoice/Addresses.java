package org.spoofguard.core.invoice;

import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.spoofguard.core.dmarc.AuthorDomain;

/**
 * The mailbox of an address header (From, Reply-To, Sender; RFC 5322 §3.4). The address and its domain are DMARC's
 * reading ({@link AuthorDomain#first}), the one definition of a From address: what the invoice inspection credits,
 * remembers and names is the Author Domain DMARC evaluated. Before, this class read the address on its own, and
 * "Danfoss Debitor &lt;(faktura@danfoss.dk&gt;)faktura@nordic-pay.example&gt;" (a comment inside the angle-addr, RFC 5322
 * §3.2.2) was danfoss.dk here and nordic-pay.example to DMARC. A field DMARC finds no single address in (malformed,
 * too long, several domains) has none here either ({@code problem} says why, {@code written} holds the domains DMARC
 * evaluated instead).
 *
 * <p>The display name is read here, leniently: quoted strings, comments and encoded words (RFC 2047). Structure is
 * found on the raw value before decoding, so an encoded display name cannot smuggle in angle brackets.
 *
 * @param address local-part@domain, lower case, domain as {@link Domains#normalize} spells it; "" when none
 * @param domain the address's domain ({@link Domains#normalize}: U-labels), "" when none
 * @param problem why the field has no single address, "" when it has one or the field is absent
 * @param written the domains DMARC evaluates for the field (A-labels): the one domain, or for a field without a
 *        single address every domain named or written in it
 */
record Addresses(String display, String address, String domain, String problem, List<String> written) {
    static final Addresses NONE = new Addresses("", "", "", "", List.of());

    Addresses {
        written = List.copyOf(written);
    }

    boolean isEmpty() {
        return address.isEmpty();
    }

    /** The field has a value, but no single address DMARC could evaluate. */
    boolean malformed() {
        return !problem.isEmpty();
    }

    static Addresses parseFirst(String raw) {
        if (raw == null) {
            return NONE;
        }
        AuthorDomain.Author author = AuthorDomain.first(raw);
        String domain = author.usable() ? Domains.normalize(author.domain()) : "";
        String address = domain.isEmpty() ? ""
                : author.address().substring(0, author.address().lastIndexOf('@') + 1).toLowerCase(Locale.ROOT) + domain;
        return new Addresses(displayName(raw), address, domain, raw.isBlank() ? "" : author.error(),
                author.domains());
    }

    /** The display name (or, for a bare addr-spec, its comment) of the first mailbox, decoded. */
    private static String displayName(String raw) {
        String s = raw.length() > 4096 ? raw.substring(0, 4096) : raw;
        StringBuilder display = new StringBuilder();
        StringBuilder comment = new StringBuilder();
        StringBuilder bare = new StringBuilder();
        String angle = null;
        boolean inQuote = false;
        int commentDepth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (commentDepth > 0) {
                if (c == '\\' && i + 1 < s.length()) {
                    comment.append(s.charAt(++i));
                } else if (c == '(') {
                    commentDepth++;
                } else if (c == ')') {
                    commentDepth--;
                } else {
                    comment.append(c);
                }
                continue;
            }
            if (inQuote) {
                if (c == '\\' && i + 1 < s.length()) {
                    display.append(s.charAt(++i));
                } else if (c == '"') {
                    inQuote = false;
                } else {
                    display.append(c);
                }
                continue;
            }
            if (c == '"') {
                inQuote = true;
            } else if (c == '(') {
                commentDepth = 1;
            } else if (c == '<') {
                int end = s.indexOf('>', i + 1);
                angle = end < 0 ? s.substring(i + 1) : s.substring(i + 1, end);
                break;
            } else if (c == ',' || c == ';') {
                if (bare.toString().contains("@")) {
                    break;
                }
                if (c == ',') {
                    display.setLength(0);
                    bare.setLength(0);
                } else {
                    display.setLength(0);
                    bare.setLength(0);
                }
            } else if (c == ':' && !bare.toString().contains("@")) {
                // group syntax "Group: a@b, c@d;" — the group name is not a display name
                display.setLength(0);
                bare.setLength(0);
            } else {
                display.append(c);
                bare.append(c);
            }
        }
        return decode(angle != null ? display.toString() : comment.toString()).trim();
    }

    static String decode(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        try {
            return Texts.readable(DecoderUtil.decodeEncodedWords(s, DecodeMonitor.SILENT)).replaceAll("\\s+", " ");
        } catch (RuntimeException e) {
            return Texts.readable(s);
        }
    }
}
