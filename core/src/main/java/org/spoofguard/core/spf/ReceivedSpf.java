package org.spoofguard.core.spf;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.regex.Pattern;

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
        StringBuilder sb = new StringBuilder(result.result().keyword());
        String ip = clientIp == null ? null : clientIp instanceof Inet4Address ? clientIp.getHostAddress()
                : SpfEvaluator.compressIpv6(clientIp.getAddress());
        sb.append(" (").append(comment(commentText(result, ip, receiver))).append(')');
        if (receiver != null && !receiver.isBlank()) {
            sb.append(" receiver=").append(value(receiver.trim())).append(';');
        }
        if (ip != null) {
            sb.append(" client-ip=").append(ip).append(';');
        }
        sb.append(" envelope-from=").append(value(envelopeFrom == null ? "" : stripBrackets(envelopeFrom))).append(';');
        if (helo != null && !helo.isBlank()) {
            sb.append(" helo=").append(value(helo.trim())).append(';');
        }
        sb.append(" identity=").append(value(result.identity())).append(';');
        if (result.result() == SpfResultCode.PERMERROR || result.result() == SpfResultCode.TEMPERROR) {
            sb.append(" problem=").append(value(truncate(result.reason()))).append(';');
        }
        sb.setLength(sb.length() - 1); // no trailing ';'
        return sb.toString();
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
        StringBuilder sb = new StringBuilder();
        for (char c : truncate(text).toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\u00a7') {
                sb.append("section ");
            } else if (c < 0x20 || c > 0x7e) {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** dot-atom as is, anything else as an RFC 5322 quoted-string. */
    static String value(String v) {
        if (DOT_ATOM.matcher(v).matches()) {
            return v;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\u00a7') {
                sb.append("section ");
            } else if (c < 0x20 || c > 0x7e) {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String stripBrackets(String s) {
        String t = s.trim();
        return t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t;
    }

    private static String truncate(String s) {
        return s.length() > MAX_COMMENT ? s.substring(0, MAX_COMMENT) + "..." : s;
    }
}
