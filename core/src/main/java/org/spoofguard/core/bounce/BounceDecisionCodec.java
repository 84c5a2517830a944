package org.spoofguard.core.bounce;

import org.spoofguard.core.verdict.RecordLine;

/**
 * The one serialisation of a {@link BounceRecord}: one line of printable US-ASCII, versioned ({@code v=1}),
 * carried as the String mail attribute {@code org.spoofguard.bounce} (James's spool and its file and JDBC
 * repositories keep a String as it is; suppressed mails wait there for an admin, possibly across releases).
 *
 * <p>{@code v=1; action=send|suppress; cause=<BounceCause code>; reason=<code>; text=<text>}, every key exactly
 * once. Size-independent: the reason code at most {@value #MAX_REASON} characters, the text at most
 * {@value #MAX_TEXT}. Values are %-encoded with {@link RecordLine#pct}, so a return path, a Precedence
 * keyword or an SPF explanation (attacker text that ends up in the reason and text) cannot add or change items.
 *
 * <p>{@link #decode} never throws. Anything it cannot read exactly (other version, unknown or repeated key, bad
 * escape, unknown action or cause, a missing item, over the limits) is {@link #unreadable}: SUPPRESS, because a
 * damaged record cannot show that the return path was proven, and a DSN to an unproven sender is backscatter.
 */
public final class BounceDecisionCodec {
    public static final int VERSION = 1;
    public static final int MAX_REASON = 300;
    public static final int MAX_TEXT = 1000;
    /** Well above what {@link #encode} can produce; longer input is refused unread. */
    public static final int MAX_ENCODED = 16 * 1024;
    /** The reason code of {@link #unreadable}. */
    public static final String UNREADABLE = "unreadable-record";
    private static final String UNREADABLE_TEXT = "unreadable bounce decision: ";

    private BounceDecisionCodec() {
    }

    /** {@code v=1; action=...; cause=...; reason=...; text=...}. Decoding gives back {@link #bounded}(record). */
    public static String encode(BounceRecord record) {
        BounceRecord r = bounded(record);
        return "v=" + VERSION
            + "; action=" + r.decision().action().keyword()
            + "; cause=" + r.cause().code()
            + "; reason=" + RecordLine.pct(r.decision().code())
            + "; text=" + RecordLine.pct(r.decision().text());
    }

    /** The record clipped to the carried limits: what {@code decode(encode(record))} returns. */
    public static BounceRecord bounded(BounceRecord r) {
        BounceDecision d = r.decision();
        return new BounceRecord(new BounceDecision(d.action(), RecordLine.cut(d.code(), MAX_REASON), RecordLine.cut(d.text(), MAX_TEXT)),
            r.cause());
    }

    /** The record in {@code value}; anything unreadable is {@link #unreadable}. Never throws. */
    public static BounceRecord decode(String value) {
        try {
            return parse(value);
        } catch (RuntimeException e) {
            return unreadable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Fail closed: suppressed (kept for the admin, never sent), cause unknown, the text says why. */
    public static BounceRecord unreadable(String why) {
        return new BounceRecord(BounceDecision.suppress(UNREADABLE, RecordLine.cut(UNREADABLE_TEXT + why, MAX_TEXT)),
            BounceCause.OTHER);
    }

    /** Is this the fail-closed stand-in for a record that could not be read? */
    public static boolean isUnreadable(BounceRecord record) {
        return record.decision().code().equals(UNREADABLE);
    }

    /**
     * The record in {@code value}, read strictly.
     *
     * @throws IllegalArgumentException with the reason when it is not exactly a record {@link #encode} writes
     */
    public static BounceRecord parse(String value) {
        BounceDecision.Action action = null;
        BounceCause cause = null;
        String reason = null;
        String text = null;
        for (RecordLine.Item item : RecordLine.items(value, VERSION, MAX_ENCODED)) {
            String key = item.key();
            String val = item.value();
            switch (key) {
                case "action" -> {
                    RecordLine.once(action, key);
                    action = action(val);
                }
                case "cause" -> {
                    RecordLine.once(cause, key);
                    cause = cause(val);
                }
                case "reason" -> {
                    RecordLine.once(reason, key);
                    reason = RecordLine.unpct(val);
                }
                case "text" -> {
                    RecordLine.once(text, key);
                    text = RecordLine.unpct(val);
                }
                default -> throw new IllegalArgumentException("unknown key");
            }
        }
        if (action == null || cause == null || reason == null || text == null) {
            throw new IllegalArgumentException("incomplete");
        }
        if (reason.isBlank()) {
            // BounceDecision would make it "unspecified": not something encode() writes
            throw new IllegalArgumentException("empty reason");
        }
        BounceRecord r = new BounceRecord(new BounceDecision(action, reason, text), cause);
        if (!bounded(r).equals(r)) {
            throw new IllegalArgumentException("a value exceeds the carried limits");
        }
        return r;
    }

    /** send / suppress, exactly (the keywords {@link #encode} writes). */
    public static BounceDecision.Action action(String keyword) {
        for (BounceDecision.Action a : BounceDecision.Action.values()) {
            if (a.keyword().equals(keyword)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown action");
    }

    /** A {@link BounceCause#code()}, exactly. */
    public static BounceCause cause(String code) {
        for (BounceCause c : BounceCause.values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown cause");
    }
}
