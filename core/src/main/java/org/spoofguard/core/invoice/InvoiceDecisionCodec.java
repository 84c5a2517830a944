package org.spoofguard.core.invoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.spoofguard.core.verdict.RecordLine;

/**
 * The one serialisation of an invoice decision (what the invoice check decided for a mail, with its summary
 * line, its reasons and our own failure): one line of printable US-ASCII, versioned ({@code v=1}), carried as
 * the String mail attribute {@code org.spoofguard.invoice.decision} (James's spool and its file and JDBC
 * repositories keep a String as it is).
 *
 * <p>Size-independent: at most {@value #MAX_REASONS} reasons of at most {@value #MAX_REASON} characters, a
 * summary and an error of at most {@value #MAX_REASON} characters; the number of reasons cut is noted as one
 * last reason. Every value is %-encoded with {@link RecordLine#pct}, so evidence taken from the mail
 * (attacker text) cannot break the syntax.
 *
 * <p>{@link #decode} never throws. Anything it cannot read exactly (other version, unknown or repeated key,
 * bad escape, missing action, over the limits) fails closed: {@link #unreadable} is a QUARANTINE with an error,
 * because the mail was inspected (someone wrote a decision) and we can no longer tell that it was harmless. It
 * is never "no decision" (that would inspect again, or deliver a mail a damaged record had held).
 */
public final class InvoiceDecisionCodec {
    public static final int VERSION = 1;
    public static final int MAX_REASONS = 32;
    public static final int MAX_REASON = 300;
    /** Well above what {@link #encode} can produce; longer input is refused unread. */
    public static final int MAX_ENCODED = 64 * 1024;

    /**
     * A carried decision.
     *
     * @param action what to do
     * @param summary the one-line summary (the {@code X-SpoofGuard-Verdict} header value)
     * @param reasons every contribution as "name(+weight): evidence"
     * @param error our own failure, "" when the inspection worked
     */
    public record Carried(InvoiceAction action, String summary, List<String> reasons, String error) {
        public Carried {
            Objects.requireNonNull(action, "action");
            summary = summary == null ? "" : summary;
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
            error = error == null ? "" : error;
        }
    }

    private InvoiceDecisionCodec() {
    }

    /** {@code v=1; action=...; summary=...; r=...; err=...}. Decoding gives back {@link #bounded}(decision). */
    public static String encode(Carried decision) {
        Carried d = bounded(decision);
        StringBuilder sb = new StringBuilder(256).append("v=").append(VERSION);
        RecordLine.item(sb, "action", d.action().keyword());
        RecordLine.item(sb, "summary", RecordLine.pct(d.summary()));
        for (String r : d.reasons()) {
            RecordLine.item(sb, "r", RecordLine.pct(r));
        }
        if (!d.error().isEmpty()) {
            RecordLine.item(sb, "err", RecordLine.pct(d.error()));
        }
        return sb.toString();
    }

    /** The decision clipped to the carried limits: what {@code decode(encode(decision))} returns. */
    public static Carried bounded(Carried d) {
        List<String> reasons = new ArrayList<>(Math.min(d.reasons().size(), MAX_REASONS));
        if (d.reasons().size() > MAX_REASONS) {
            d.reasons().stream().limit(MAX_REASONS - 1).map(InvoiceDecisionCodec::cut).forEach(reasons::add);
            reasons.add("(" + (d.reasons().size() - MAX_REASONS + 1) + " more reasons not carried)");
        } else {
            d.reasons().stream().map(InvoiceDecisionCodec::cut).forEach(reasons::add);
        }
        return new Carried(d.action(), cut(d.summary()), reasons, cut(d.error()));
    }

    /** The decision in {@code value}; anything unreadable is {@link #unreadable}. Never throws. */
    public static Carried decode(String value) {
        try {
            return doDecode(value);
        } catch (RuntimeException e) {
            return unreadable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Fail closed: held in quarantine, marked as our error (the console and the log say why). */
    public static Carried unreadable(String why) {
        return new Carried(InvoiceAction.QUARANTINE, "quarantine error", List.of(),
            cut("unreadable invoice decision: " + why));
    }

    private static Carried doDecode(String value) {
        InvoiceAction action = null;
        String summary = null;
        String error = null;
        List<String> reasons = new ArrayList<>();
        for (RecordLine.Item item : RecordLine.items(value, VERSION, MAX_ENCODED)) {
            String key = item.key();
            String val = item.value();
            switch (key) {
                case "action" -> {
                    RecordLine.once(action, key);
                    action = action(val);
                }
                case "summary" -> {
                    RecordLine.once(summary, key);
                    summary = RecordLine.unpct(val);
                }
                case "r" -> {
                    if (reasons.size() >= MAX_REASONS) {
                        throw new IllegalArgumentException("too many reasons");
                    }
                    reasons.add(RecordLine.unpct(val));
                }
                case "err" -> {
                    RecordLine.once(error, key);
                    error = RecordLine.unpct(val);
                    if (error.isEmpty()) {
                        throw new IllegalArgumentException("empty err");
                    }
                }
                default -> throw new IllegalArgumentException("unknown key");
            }
        }
        if (action == null || summary == null) {
            throw new IllegalArgumentException("incomplete");
        }
        Carried d = new Carried(action, summary, reasons, error);
        if (!bounded(d).equals(d)) {
            throw new IllegalArgumentException("a value exceeds the carried limits");
        }
        return d;
    }

    /** deliver / tag / quarantine, exactly (the keywords {@link #encode} writes). */
    public static InvoiceAction action(String keyword) {
        for (InvoiceAction a : InvoiceAction.values()) {
            if (a.keyword().equals(keyword)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown action");
    }

    private static String cut(String s) {
        return RecordLine.cut(s, MAX_REASON);
    }
}
