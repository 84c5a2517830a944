package org.spoofguard.core.bounce;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The part of the backscatter report that outlives a restart: DSN/auto-reply counts per UTC day and cause
 * (sent, suppressed), and the most recent suppressed mails with the repository and key they were stored
 * under (so an admin can find and release them). An immutable value: {@link #plus}/{@link #plusItem} return
 * a new history already trimmed to its bounds, so the file can never grow without limit.
 *
 * <p>Text form (one record a line, fields separated by one space, free text URL-encoded):
 * <pre>
 * spoofguard-bounce-report 1
 * day 2026-11-30 remote-permanent 3 5
 * item 2026-11-30T10:15:30Z file://var/mail/suppressed-bounces/ KEY remote-permanent spf%3Dfail victim.example
 * </pre>
 * {@link #parse} is strict: any line it does not understand makes the whole text corrupt (the caller keeps
 * the damaged file aside and starts from zero rather than guessing at half a history).
 */
public final class BounceReportHistory {
    public static final String HEADER = "spoofguard-bounce-report 1";
    public static final int DEFAULT_MAX_DAYS = 400;
    public static final int DEFAULT_MAX_ITEMS = 100;
    private static final int MAX_FIELD = 1000;

    /** Counts of one day and cause. */
    public record Counts(long sent, long suppressed) {
        public static final Counts ZERO = new Counts(0, 0);

        public Counts {
            if (sent < 0 || suppressed < 0) {
                throw new IllegalArgumentException("negative count");
            }
        }

        Counts plus(boolean send) {
            return send ? new Counts(sent + 1, suppressed) : new Counts(sent, suppressed + 1);
        }
    }

    /**
     * One suppressed mail as stored by SuppressBounce.
     *
     * @param repositoryUrl the mail repository URL, e.g. {@code file://var/mail/suppressed-bounces/}
     * @param key the mail key inside it (WebAdmin's {@code /mailRepositories/{path}/mails/{key}})
     */
    public record Item(Instant time, String repositoryUrl, String key, String cause, String reason,
                       String senderDomain) {
        public Item {
            Objects.requireNonNull(time, "time");
            repositoryUrl = field(repositoryUrl);
            key = field(key);
            cause = field(cause);
            reason = field(reason);
            senderDomain = field(senderDomain);
            if (repositoryUrl.isEmpty() || key.isEmpty()) {
                throw new IllegalArgumentException("item without repository or key");
            }
        }

        private static String field(String s) {
            String v = s == null ? "" : s.strip();
            return v.length() > MAX_FIELD ? v.substring(0, MAX_FIELD) : v;
        }
    }

    public static final BounceReportHistory EMPTY = new BounceReportHistory(new TreeMap<>(), List.of(),
        DEFAULT_MAX_DAYS, DEFAULT_MAX_ITEMS);

    private final TreeMap<LocalDate, Map<BounceCause, Counts>> days;
    private final List<Item> items;
    private final int maxDays;
    private final int maxItems;

    private BounceReportHistory(TreeMap<LocalDate, Map<BounceCause, Counts>> days, List<Item> items, int maxDays,
                                int maxItems) {
        this.days = days;
        this.items = items;
        this.maxDays = maxDays;
        this.maxItems = maxItems;
    }

    /** An empty history keeping at most {@code maxDays} days and {@code maxItems} items. */
    public static BounceReportHistory empty(int maxDays, int maxItems) {
        if (maxDays <= 0 || maxItems < 0) {
            throw new IllegalArgumentException("maxDays must be positive and maxItems not negative");
        }
        return new BounceReportHistory(new TreeMap<>(), List.of(), maxDays, maxItems);
    }

    /** One more decision on {@code day}; days beyond the newest {@code maxDays} are dropped. */
    public BounceReportHistory plus(LocalDate day, BounceCause cause, boolean sent) {
        // Only the changed day is copied: the other days' maps are never modified after they are built, so the
        // new history shares them (one decision must not copy 400 days).
        TreeMap<LocalDate, Map<BounceCause, Counts>> next = new TreeMap<>(days);
        Map<BounceCause, Counts> ofDay = new EnumMap<>(BounceCause.class);
        ofDay.putAll(days.getOrDefault(day, Map.of()));
        BounceCause c = cause == null ? BounceCause.OTHER : cause;
        ofDay.put(c, ofDay.getOrDefault(c, Counts.ZERO).plus(sent));
        next.put(day, ofDay);
        return new BounceReportHistory(trimDays(next, maxDays), items, maxDays, maxItems);
    }

    /** One more suppressed mail; only the newest {@code maxItems} are kept. */
    public BounceReportHistory plusItem(Item item) {
        List<Item> next = new ArrayList<>(items);
        next.add(Objects.requireNonNull(item, "item"));
        return new BounceReportHistory(days, trimItems(next, maxItems), maxDays, maxItems);
    }

    /** Days, oldest first, each with its non-zero causes. */
    public Map<LocalDate, Map<BounceCause, Counts>> days() {
        Map<LocalDate, Map<BounceCause, Counts>> out = new TreeMap<>();
        days.forEach((d, m) -> out.put(d, Collections.unmodifiableMap(new EnumMap<>(m))));
        return Collections.unmodifiableMap(out);
    }

    public Counts counts(LocalDate day, BounceCause cause) {
        Map<BounceCause, Counts> m = days.get(day);
        return m == null ? Counts.ZERO : m.getOrDefault(cause, Counts.ZERO);
    }

    /** Recent suppressed mails, oldest first. */
    public List<Item> items() {
        return items;
    }

    public int maxDays() {
        return maxDays;
    }

    public int maxItems() {
        return maxItems;
    }

    public String format() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        days.forEach((day, causes) -> causes.forEach((cause, c) -> sb.append("day ").append(day).append(' ')
            .append(cause.code()).append(' ').append(c.sent()).append(' ').append(c.suppressed()).append('\n')));
        for (Item i : items) {
            sb.append("item ").append(i.time()).append(' ').append(enc(i.repositoryUrl())).append(' ')
                .append(enc(i.key())).append(' ').append(enc(i.cause())).append(' ').append(enc(i.reason()))
                .append(' ').append(enc(i.senderDomain())).append('\n');
        }
        return sb.toString();
    }

    /**
     * Reads {@link #format()}'s text, applying the given bounds.
     *
     * @throws IllegalArgumentException saying which line is bad
     */
    public static BounceReportHistory parse(String text, int maxDays, int maxItems) {
        BounceReportHistory empty = empty(maxDays, maxItems);
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
            throw new IllegalArgumentException("line 1: expected '" + HEADER + "'");
        }
        TreeMap<LocalDate, Map<BounceCause, Counts>> days = new TreeMap<>();
        List<Item> items = new ArrayList<>();
        for (int n = 1; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(" ");
            try {
                if (f[0].equals("day") && f.length == 5) {
                    BounceCause cause = causeOf(f[2]);
                    Counts c = new Counts(Long.parseLong(f[3]), Long.parseLong(f[4]));
                    Map<BounceCause, Counts> ofDay = days.computeIfAbsent(LocalDate.parse(f[1]),
                        d -> new EnumMap<>(BounceCause.class));
                    if (ofDay.put(cause, c) != null) {
                        throw new IllegalArgumentException("day and cause twice");
                    }
                } else if (f[0].equals("item") && f.length == 7) {
                    items.add(new Item(Instant.parse(f[1]), dec(f[2]), dec(f[3]), dec(f[4]), dec(f[5]), dec(f[6])));
                } else {
                    throw new IllegalArgumentException("unknown record");
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException("line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        return new BounceReportHistory(trimDays(days, empty.maxDays), trimItems(items, empty.maxItems), maxDays,
            maxItems);
    }

    private static BounceCause causeOf(String code) {
        for (BounceCause c : BounceCause.values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown cause '" + code + "'");
    }

    private static TreeMap<LocalDate, Map<BounceCause, Counts>> trimDays(
        TreeMap<LocalDate, Map<BounceCause, Counts>> d, int maxDays) {
        while (d.size() > maxDays) {
            d.pollFirstEntry();
        }
        return d;
    }

    private static List<Item> trimItems(List<Item> items, int maxItems) {
        int from = Math.max(0, items.size() - maxItems);
        return List.copyOf(items.subList(from, items.size()));
    }

    private static String enc(String s) {
        // "-" stands for the empty field, so a field that is "-" itself is written encoded.
        return s.isEmpty() ? "-" : s.equals("-") ? "%2D" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return s.equals("-") ? "" : URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
