package org.spoofguard.core.bounce;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * In-memory counts of bounce decisions for an admin report: by cause and action, by reason, and the sender
 * domains we refused to bounce to most (the likely Joe-Job victims). Thread-safe; memory bounded.
 */
public final class BounceStats {
    private static final BounceStats GLOBAL = new BounceStats(10_000);

    private final int maxDomains;
    private final Map<BounceCause, long[]> byCause = new EnumMap<>(BounceCause.class);
    private final Map<String, Long> byReason = new TreeMap<>();
    private final Map<String, Long> suppressedDomains = new HashMap<>();
    private long untrackedDomainSuppressions;

    public BounceStats(int maxDomains) {
        if (maxDomains <= 0) {
            throw new IllegalArgumentException("maxDomains must be positive");
        }
        this.maxDomains = maxDomains;
    }

    /** One instance per James JVM, shared by the matcher and mailet instances. */
    public static BounceStats global() {
        return GLOBAL;
    }

    public synchronized void record(BounceCause cause, BounceDecision decision, String senderDomain) {
        long[] counts = byCause.computeIfAbsent(cause == null ? BounceCause.OTHER : cause, c -> new long[2]);
        counts[decision.isSend() ? 0 : 1]++;
        String reasonKey = decision.action().keyword() + ":" + decision.metricKey();
        if (byReason.size() < 1000 || byReason.containsKey(reasonKey)) {
            byReason.merge(reasonKey, 1L, Long::sum);
        }
        if (!decision.isSend()) {
            String domain = OrganizationalDomainKey.of(senderDomain);
            if (suppressedDomains.containsKey(domain) || suppressedDomains.size() < maxDomains) {
                suppressedDomains.merge(domain, 1L, Long::sum);
            } else {
                untrackedDomainSuppressions++;
            }
        }
    }

    public synchronized long sent(BounceCause cause) {
        long[] c = byCause.get(cause);
        return c == null ? 0 : c[0];
    }

    public synchronized long suppressed(BounceCause cause) {
        long[] c = byCause.get(cause);
        return c == null ? 0 : c[1];
    }

    public synchronized long totalSent() {
        return byCause.values().stream().mapToLong(c -> c[0]).sum();
    }

    public synchronized long totalSuppressed() {
        return byCause.values().stream().mapToLong(c -> c[1]).sum();
    }

    public synchronized Map<String, Long> byReason() {
        return Map.copyOf(byReason);
    }

    /** The n domains with most suppressed DSNs, most first (ties by name). */
    public synchronized List<Map.Entry<String, Long>> topSuppressedDomains(int n) {
        return suppressedDomains.entrySet().stream()
            .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey))
            .limit(Math.max(0, n))
            .map(e -> Map.entry(e.getKey(), e.getValue()))
            .toList();
    }

    public synchronized void reset() {
        byCause.clear();
        byReason.clear();
        suppressedDomains.clear();
        untrackedDomainSuppressions = 0;
    }

    public synchronized String toJson() {
        StringBuilder sb = new StringBuilder("{\"sent\":").append(totalSent())
            .append(",\"suppressed\":").append(totalSuppressed()).append(",\"byCause\":{");
        boolean first = true;
        for (BounceCause cause : BounceCause.values()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('"').append(cause.code()).append("\":{\"sent\":").append(sent(cause))
                .append(",\"suppressed\":").append(suppressed(cause)).append('}');
        }
        sb.append("},\"byReason\":{");
        first = true;
        for (Map.Entry<String, Long> e : byReason.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('"').append(jsonEscape(e.getKey())).append("\":").append(e.getValue());
        }
        sb.append("},\"topSuppressedDomains\":[");
        first = true;
        for (Map.Entry<String, Long> e : topSuppressedDomains(20)) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append("{\"domain\":\"").append(jsonEscape(e.getKey())).append("\",\"count\":")
                .append(e.getValue()).append('}');
        }
        return sb.append("],\"untrackedDomainSuppressions\":").append(untrackedDomainSuppressions)
            .append('}').toString();
    }

    public synchronized String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "DSNs sent: %d, suppressed: %d%n", totalSent(), totalSuppressed()));
        sb.append(String.format(Locale.ROOT, "%-22s %10s %10s%n", "cause", "sent", "suppressed"));
        for (BounceCause cause : BounceCause.values()) {
            sb.append(String.format(Locale.ROOT, "%-22s %10d %10d%n", cause.code(), sent(cause), suppressed(cause)));
        }
        sb.append(String.format(Locale.ROOT, "by reason:%n"));
        byReason.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-40s %10d%n", k, v)));
        sb.append(String.format(Locale.ROOT, "top suppressed sender domains:%n"));
        for (Map.Entry<String, Long> e : topSuppressedDomains(20)) {
            sb.append(String.format(Locale.ROOT, "  %-40s %10d%n", e.getKey(), e.getValue()));
        }
        return sb.toString();
    }

    static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final class OrganizationalDomainKey {
        static String of(String domain) {
            String d = org.spoofguard.core.domain.OrganizationalDomain.normalize(domain);
            if (d.length() > 253) {
                d = d.substring(0, 253);
            }
            return d.isEmpty() ? "(none)" : d;
        }
    }
}
