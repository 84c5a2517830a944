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
    /** Name of the James mail attribute that carries {@link #toHeaderValue()}. */
    public static final String ATTRIBUTE = "org.spoofguard.session";

    public SessionContext {
        clientIp = Objects.requireNonNullElse(clientIp, "").trim();
        helo = Objects.requireNonNullElse(helo, "").trim();
        mailFrom = Objects.requireNonNullElse(mailFrom, "").trim();
    }

    /** Header form: {@code client-ip=192.0.2.1; helo=mx.example.com; envelope-from=a@example.com}. */
    public String toHeaderValue() {
        return "client-ip=" + clientIp + "; helo=" + safe(helo) + "; envelope-from=" + safe(mailFrom);
    }

    /** Parses {@link #toHeaderValue()} output; empty for anything else (never throws). */
    public static Optional<SessionContext> parseHeaderValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String ip = null;
        String helo = "";
        String from = "";
        for (String part : value.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String v = part.substring(eq + 1).trim();
            switch (key) {
                case "client-ip" -> ip = v;
                case "helo" -> helo = v;
                case "envelope-from" -> from = v;
                default -> {
                }
            }
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
