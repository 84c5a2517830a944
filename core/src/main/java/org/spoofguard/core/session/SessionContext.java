package org.spoofguard.core.session;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the SMTP session told us about one mail: the client's IP, its HELO/EHLO name and the envelope
 * sender. This is the input of every sender-authentication check (RFC 7208 §4.1 check_host arguments),
 * recorded at SMTP time because later stages of James (LocalDelivery failures, repository reprocessing)
 * no longer know it.
 *
 * @param clientIp IP address literal of the SMTP client
 * @param helo HELO/EHLO argument, "" if the client never sent one
 * @param mailFrom RFC5321.MailFrom address, "" for the null sender
 */
public record SessionContext(String clientIp, String helo, String mailFrom) {
    /** Name of the header that carries a session context inside the message. */
    public static final String HEADER = "X-SpoofGuard-Session";
    /** Name of the James mail attribute that carries {@link #toHeaderValue()} (written and read by {@code SpoofGuardAttributes}). */
    public static final String ATTRIBUTE = "org.spoofguard.session";
    /** Format version, written as the last item ({@code ; v=1}) so the field still starts with {@code client-ip=}. */
    public static final int VERSION = 1;
    /** Longer values are refused unread: {@link #toHeaderValue()} writes at most about 560 characters. */
    public static final int MAX_ENCODED = 2048;

    public SessionContext {
        clientIp = Objects.requireNonNullElse(clientIp, "").trim();
        helo = Objects.requireNonNullElse(helo, "").trim();
        mailFrom = Objects.requireNonNullElse(mailFrom, "").trim();
    }

    /**
     * The one serialised form (attribute value and header value):
     * {@code client-ip=192.0.2.1; helo=mx.example.com; envelope-from=a@example.com; v=1}.
     */
    public String toHeaderValue() {
        return "client-ip=" + safe(clientIp) + "; helo=" + safe(helo) + "; envelope-from=" + safe(mailFrom)
            + "; v=" + VERSION;
    }

    /**
     * Parses {@link #toHeaderValue()} output, and the unversioned form of the previous release (no {@code v=}
     * item: mails it spooled or held must still be readable). Empty for anything else (never throws): another
     * version, a repeated key, over {@value #MAX_ENCODED} characters, no client IP.
     */
    public static Optional<SessionContext> parseHeaderValue(String value) {
        if (value == null || value.length() > MAX_ENCODED) {
            return Optional.empty();
        }
        String ip = null;
        String helo = null;
        String from = null;
        String version = null;
        for (String part : value.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String v = part.substring(eq + 1).trim();
            switch (key) {
                case "client-ip" -> {
                    if (ip != null) {
                        return Optional.empty();
                    }
                    ip = v;
                }
                case "helo" -> {
                    if (helo != null) {
                        return Optional.empty();
                    }
                    helo = v;
                }
                case "envelope-from" -> {
                    if (from != null) {
                        return Optional.empty();
                    }
                    from = v;
                }
                case "v" -> {
                    if (version != null) {
                        return Optional.empty();
                    }
                    version = v;
                }
                default -> {
                }
            }
        }
        if (version != null && !version.equals(String.valueOf(VERSION))) {
            return Optional.empty();
        }
        if (ip == null || ip.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SessionContext(ip, helo, from));
    }

    // HELO and MAIL FROM are client-controlled: keep them from breaking our header syntax.
    private static String safe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length() && out.length() < 255; i++) {
            char c = s.charAt(i);
            if (c > 0x20 && c < 0x7f && c != ';') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
