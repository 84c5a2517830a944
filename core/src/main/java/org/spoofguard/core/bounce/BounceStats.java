package org.spoofguard.core.bounce;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of bounce decisions for an admin report: since start (in memory) by cause and action, by reason, and
 * the sender domains we refused to bounce to most (the likely Joe-Job victims); and a {@link BounceReportHistory}
 * (per UTC day and cause, recent suppressed mails with their repository key) that the server saves to a file
 * when told through {@link #onChange}. Thread-safe; memory bounded.
 */
public final class BounceStats {
    private static final BounceStats GLOBAL = new BounceStats(10_000);

    private final int maxDomains;
    private final Map<BounceCause, long[]> byCause = new EnumMap<>(BounceCause.class);
    private final Map<String, Long> byReason = new TreeMap<>();
    private final Map<String, Long> suppressedDomains = new HashMap<>();
    private long untrackedDomainSuppressions;
    private final Clock clock;
    private BounceReportHistory history = BounceReportHistory.EMPTY;
    private volatile Runnable onChange = () -> { };

    public BounceStats(int maxDomains) {
        this(maxDomains, Clock.systemUTC());
    }

    public BounceStats(int maxDomains, Clock clock) {
        if (maxDomains <= 0) {
            throw new IllegalArgumentException("maxDomains must be positive");
        }
        this.maxDomains = maxDomains;
        this.clock = clock;
    }

    /** Called (outside the lock) after every change of {@link #history()}: the server saves it from there. */
    public void onChange(Runnable listener) {
        this.onChange = listener == null ? () -> { } : listener;
    }

    /** Replaces the per-day history, e.g. with the one loaded at start. */
    public synchronized void restore(BounceReportHistory loaded) {
        this.history = loaded;
    }

    public synchronized BounceReportHistory history() {
        return history;
    }

    /** Records where a suppressed mail was stored, so the report can point the admin at it. */
    public void recordStored(String repositoryUrl, String key, String cause, String reason, String senderDomain) {
        synchronized (this) {
            history = history.plusItem(new BounceReportHistory.Item(clock.instant(), repositoryUrl, key, cause, reason,
                OrganizationalDomainKey.of(senderDomain)));
        }
        changed();
    }

    private void changed() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            // Saving the report must never change what happens to a mail.
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** One instance per James JVM, shared by the matcher and mailet instances. */
    public static BounceStats global() {
        return GLOBAL;
    }

    public void record(BounceCause cause, BounceDecision decision, String senderDomain) {
        recordLocked(cause, decision, senderDomain);
        changed();
    }

    private synchronized void recordLocked(BounceCause cause, BounceDecision decision, String senderDomain) {
        history = history.plus(today(), cause == null ? BounceCause.OTHER : cause, decision.isSend());
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
        history = BounceReportHistory.empty(history.maxDays(), history.maxItems());
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
        sb.append("],\"untrackedDomainSuppressions\":").append(untrackedDomainSuppressions);
        sb.append(",\"byDay\":[");
        first = true;
        for (Map.Entry<LocalDate, Map<BounceCause, BounceReportHistory.Counts>> day : history.days().entrySet()) {
            sb.append(first ? "" : ",").append("{\"date\":\"").append(day.getKey()).append("\",\"byCause\":{");
            first = false;
            boolean firstCause = true;
            for (Map.Entry<BounceCause, BounceReportHistory.Counts> c : day.getValue().entrySet()) {
                sb.append(firstCause ? "" : ",").append('"').append(c.getKey().code()).append("\":{\"sent\":")
                    .append(c.getValue().sent()).append(",\"suppressed\":").append(c.getValue().suppressed()).append('}');
                firstCause = false;
            }
            sb.append("}}");
        }
        sb.append("],\"recentSuppressed\":[");
        first = true;
        List<BounceReportHistory.Item> items = history.items();
        for (int i = items.size() - 1; i >= 0; i--) {
            BounceReportHistory.Item item = items.get(i);
            sb.append(first ? "" : ",").append("{\"time\":\"").append(item.time())
                .append("\",\"repository\":\"").append(jsonEscape(item.repositoryUrl()))
                .append("\",\"key\":\"").append(jsonEscape(item.key()))
                .append("\",\"cause\":\"").append(jsonEscape(item.cause()))
                .append("\",\"reason\":\"").append(jsonEscape(item.reason()))
                .append("\",\"senderDomain\":\"").append(jsonEscape(item.senderDomain()))
                .append("\",\"webadmin\":\"").append(jsonEscape(webAdminPath(item))).append("\"}");
            first = false;
        }
        return sb.append("]}").toString();
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
        sb.append(String.format(Locale.ROOT, "per day (UTC, kept %d days):%n", history.maxDays()));
        history.days().forEach((day, causes) -> causes.forEach((cause, c) -> sb.append(String.format(Locale.ROOT,
            "  %s %-22s %10d %10d%n", day, cause.code(), c.sent(), c.suppressed()))));
        sb.append(String.format(Locale.ROOT, "recent suppressed (newest first):%n"));
        List<BounceReportHistory.Item> items = history.items();
        for (int i = items.size() - 1; i >= 0; i--) {
            BounceReportHistory.Item item = items.get(i);
            sb.append(String.format(Locale.ROOT, "  %s %s %s %s %s%n", item.time(), item.cause(), item.reason(),
                item.senderDomain().isEmpty() ? "(none)" : item.senderDomain(), webAdminPath(item)));
        }
        return sb.toString();
    }

    /**
     * The item's WebAdmin address: James names a repository by its URL without the protocol, URL-encoded
     * ({@code file://var/mail/x/} is {@code var%2Fmail%2Fx%2F}).
     */
    static String webAdminPath(BounceReportHistory.Item item) {
        String url = item.repositoryUrl();
        int sep = url.indexOf("://");
        String path = sep < 0 ? url : url.substring(sep + 3);
        return "/mailRepositories/" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
            + "/mails/" + java.net.URLEncoder.encode(item.key(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
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
