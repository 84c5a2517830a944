package org.spoofguard.core.invoice;

import java.util.Locale;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/**
 * The first mailbox of an address header (RFC 5322 §3.4), parsed leniently: quoted strings, comments and
 * encoded words (RFC 2047) in the display name. Structure is found on the raw value before decoding, so an
 * encoded display name cannot smuggle in angle brackets that change which address is the real one.
 */
record Addresses(String display, String address) {
    static final Addresses NONE = new Addresses("", "");

    String domain() {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : Domains.normalize(address.substring(at + 1));
    }

    boolean isEmpty() {
        return address.isEmpty();
    }

    static Addresses parseFirst(String raw) {
        if (raw == null) {
            return NONE;
        }
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
        String address;
        String name;
        if (angle != null) {
            address = angle.trim();
            int colon = address.lastIndexOf(':'); // obsolete source route "@a,@b:user@dom"
            if (address.startsWith("@") && colon > 0) {
                address = address.substring(colon + 1);
            }
            name = display.toString();
        } else {
            address = bare.toString().trim();
            name = comment.toString();
        }
        address = address.replaceAll("\\s+", "");
        return new Addresses(decode(name).trim(), address.toLowerCase(Locale.ROOT));
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
