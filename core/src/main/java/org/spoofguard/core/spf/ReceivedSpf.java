package org.spoofguard.core.spf;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.spoofguard.core.message.HeaderFolding;

/**
 * Formats the value of a {@code Received-SPF} header field (RFC 7208 §9.1):
 * {@code result (comment) receiver=...; client-ip=...; envelope-from="..."; helo=...; identity=...}.
 *
 * <p>Every value comes from the SMTP client (MAIL FROM, HELO) or from DNS (the reason may quote
 * record text), so all of it is treated as hostile: values that are not a dot-atom are quoted with
 * {@code "} and {@code \} escaped, comments escape parentheses, and CR/LF/control/non-ASCII characters
 * are replaced, so nobody can inject extra header fields or break the header's syntax.</p>
 */
public final class ReceivedSpf {
    public static final String HEADER_NAME = "Received-SPF";
    /** RFC 5322 §3.2.3 dot-atom: atext runs separated by single dots. */
    private static final Pattern DOT_ATOM = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final int MAX_COMMENT = 300;
    /**
     * Characters of one comment or value as written (escapes included): more than any RFC 5321 path (256 octets,
     * §4.5.3.1.3) or reason of ours, and few enough that every folded line stays under RFC 5322's 998.
     */
    static final int MAX_WRITTEN = 600;

    private ReceivedSpf() {
    }

    /**
     * @param result the SPF result (its identity, sender and reason are used)
     * @param clientIp the SMTP client's address
     * @param envelopeFrom the MAIL FROM address as given (empty or null for the null sender)
     * @param helo the HELO/EHLO name as given
     * @param receiver this host's name, as in the receiver= key
     */
    public static String format(SpfResult result, InetAddress clientIp, String envelopeFrom, String helo, String receiver) {
        String ip = clientIp == null ? null : clientIp instanceof Inet4Address ? clientIp.getHostAddress()
                : SpfEvaluator.compressIpv6(clientIp.getAddress());
        List<String> parts = new ArrayList<>();
        parts.add(result.result().keyword() + " (" + comment(commentText(result, ip, receiver)) + ")");
        if (receiver != null && !receiver.isBlank()) {
            parts.add("receiver=" + value(receiver.trim()) + ";");
        }
        if (ip != null) {
            parts.add("client-ip=" + ip + ";");
        }
        parts.add("envelope-from=" + value(envelopeFrom == null ? "" : stripBrackets(envelopeFrom)) + ";");
        if (helo != null && !helo.isBlank()) {
            parts.add("helo=" + value(helo.trim()) + ";");
        }
        parts.add("identity=" + value(result.identity()) + ";");
        if (result.result() == SpfResultCode.PERMERROR || result.result() == SpfResultCode.TEMPERROR) {
            parts.add("problem=" + value(truncate(result.reason())) + ";");
        }
        String last = parts.remove(parts.size() - 1);
        parts.add(last.substring(0, last.length() - 1)); // no trailing ';'
        // RFC 5322 §2.1.1: at most 998 characters a line. Client-chosen envelope-from and HELO can be long (one SMTP
        // line holds 8 KiB): then folded where RFC 7208 §9.1 allows CFWS (after each ';', after result and comment).
        return HeaderFolding.fold(HEADER_NAME.length() + 2, parts, HeaderFolding.MAX_LINE);
    }

    /** The whole header line, {@code Received-SPF: ...}. */
    public static String header(SpfResult result, InetAddress clientIp, String envelopeFrom, String helo, String receiver) {
        return HEADER_NAME + ": " + format(result, clientIp, envelopeFrom, helo, receiver);
    }

    private static String commentText(SpfResult r, String ip, String receiver) {
        String who = receiver == null || receiver.isBlank() ? "" : receiver.trim() + ": ";
        String sender = r.sender().isEmpty() ? r.domain() : r.sender();
        String addr = ip == null ? "the client" : ip;
        String text = switch (r.result()) {
            case PASS -> "domain of " + sender + " designates " + addr + " as permitted sender";
            case FAIL -> "domain of " + sender + " does not designate " + addr + " as permitted sender";
            case SOFTFAIL -> "domain of transitioning " + sender + " does not designate " + addr + " as permitted sender";
            case NEUTRAL -> addr + " is neither permitted nor denied by domain of " + sender;
            case NONE -> "domain of " + sender + " does not publish SPF information";
            case TEMPERROR -> "temporary error checking SPF for " + sender;
            case PERMERROR -> "permanent error in the SPF policy of " + sender;
        };
        String reason = r.reason().isEmpty() ? "" : "; " + r.reason();
        return who + text + reason;
    }

    /** RFC 5322 §3.2.2 comment content: ctext or quoted-pair. */
    static String comment(String text) {
        return escaped(truncate(text), "()\\");
    }

    /** dot-atom as is, anything else (or anything longer than {@link #MAX_WRITTEN}) as an RFC 5322 quoted-string. */
    static String value(String v) {
        if (v.length() <= MAX_WRITTEN && DOT_ATOM.matcher(v).matches()) {
            return v;
        }
        return "\"" + escaped(v, "\"\\") + "\"";
    }

    /**
     * {@code text} with the characters of {@code special} as quoted-pairs, '§' spelt out and CR/LF/control/non-ASCII
     * replaced; at most {@link #MAX_WRITTEN} characters written, then "...": never cut inside a quoted-pair, which
     * would escape the closing parenthesis or quote.
     */
    private static String escaped(String text, String special) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String out = special.indexOf(c) >= 0 ? "\\" + c
                    : c == '\u00a7' ? "section "
                    : c < 0x20 || c > 0x7e ? "?"
                    : String.valueOf(c);
            if (sb.length() + out.length() > MAX_WRITTEN) {
                return sb.append("...").toString();
            }
            sb.append(out);
        }
        return sb.toString();
    }

    private static String stripBrackets(String s) {
        String t = s.trim();
        return t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t;
    }

    private static String truncate(String s) {
        return s.length() > MAX_COMMENT ? s.substring(0, MAX_COMMENT) + "..." : s;
    }
}
