package org.spoofguard.core.bounce;

import java.util.Locale;
import java.util.Objects;

/**
 * Whether a delivery status notification may be sent for a mail that failed after acceptance.
 *
 * @param action SEND or SUPPRESS
 * @param code a stable machine reason, e.g. {@code spf=fail}, {@code unproven:spf=none},
 *             {@code proven:dkim=pass(d=example.com)}
 * @param text the same in words an admin can read
 */
public record BounceDecision(Action action, String code, String text) {
    public enum Action {
        SEND, SUPPRESS;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BounceDecision {
        Objects.requireNonNull(action, "action");
        code = code == null || code.isBlank() ? "unspecified" : code;
        text = text == null ? "" : text;
    }

    public static BounceDecision send(String code, String text) {
        return new BounceDecision(Action.SEND, code, text);
    }

    public static BounceDecision suppress(String code, String text) {
        return new BounceDecision(Action.SUPPRESS, code, text);
    }

    public boolean isSend() {
        return action == Action.SEND;
    }

    /**
     * The code without per-mail detail (no domain names), safe as a metric name part: a counter per
     * sender domain would let a forger create unbounded metric series.
     */
    public String metricKey() {
        return metricKey(code);
    }

    static String metricKey(String code) {
        String c = code;
        int paren = c.indexOf('(');
        if (paren >= 0) {
            c = c.substring(0, paren);
        }
        String key = c.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return key.isEmpty() ? "unspecified" : key;
    }
}
