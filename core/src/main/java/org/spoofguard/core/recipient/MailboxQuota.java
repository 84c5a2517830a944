package org.spoofguard.core.recipient;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One mailbox's quota as the mail store reports it: message count and storage size, each with what is used
 * and its limit. An empty value means unlimited or unknown; a dimension with either side empty never refuses
 * (we only refuse on a limit we can prove).
 *
 * <p>The rules follow what James's own delivery does at the end of DATA (its {@code QuotaChecker}: one more
 * message must keep count &le; limit, and used + message size must stay &le; the size limit), so a refusal at
 * RCPT is one the later delivery would also have met, moved to where the client still holds the mail.
 *
 * @param usedCount messages stored
 * @param countLimit most messages allowed
 * @param usedSize bytes stored
 * @param sizeLimit most bytes allowed
 */
public record MailboxQuota(OptionalLong usedCount, OptionalLong countLimit, OptionalLong usedSize, OptionalLong sizeLimit) {
    /** Nothing known: never refuses. */
    public static final MailboxQuota UNKNOWN =
        new MailboxQuota(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());

    public MailboxQuota {
        Objects.requireNonNull(usedCount, "usedCount");
        Objects.requireNonNull(countLimit, "countLimit");
        Objects.requireNonNull(usedSize, "usedSize");
        Objects.requireNonNull(sizeLimit, "sizeLimit");
    }

    public static MailboxQuota of(long usedCount, OptionalLong countLimit, long usedSize, OptionalLong sizeLimit) {
        return new MailboxQuota(OptionalLong.of(usedCount), countLimit, OptionalLong.of(usedSize), sizeLimit);
    }

    /**
     * Why one more message of {@code declaredSize} bytes (the RFC 1870 {@code SIZE=} given at MAIL FROM, if any)
     * cannot go into this mailbox, or empty if it may.
     *
     * <ul>
     *   <li>count: used &ge; limit (one more message would exceed it);</li>
     *   <li>size: used &ge; limit (no room for even one byte: every message has some), or, with a declared
     *       size, used + declared &gt; limit. RFC 1870 §6.1 lets a server refuse a recipient whose quota the
     *       declared size would exceed with 452 (temporary: the owner may make room).</li>
     * </ul>
     * A negative declared size (nonsense) is ignored rather than trusted.
     */
    public Optional<String> refusal(OptionalLong declaredSize) {
        Objects.requireNonNull(declaredSize, "declaredSize");
        if (usedCount.isPresent() && countLimit.isPresent() && usedCount.getAsLong() >= countLimit.getAsLong()) {
            return Optional.of("message count quota used up (" + usedCount.getAsLong() + " of " + countLimit.getAsLong() + ")");
        }
        if (usedSize.isEmpty() || sizeLimit.isEmpty()) {
            return Optional.empty();
        }
        long used = usedSize.getAsLong();
        long limit = sizeLimit.getAsLong();
        if (used >= limit) {
            return Optional.of("size quota used up (" + used + " of " + limit + " bytes)");
        }
        if (declaredSize.isPresent() && declaredSize.getAsLong() > 0) {
            long declared = declaredSize.getAsLong();
            // limit - used > 0 here, so no overflow in the comparison
            if (declared > limit - used) {
                return Optional.of("declared SIZE=" + declared + " exceeds the room left by the size quota ("
                    + (limit - used) + " of " + limit + " bytes)");
            }
        }
        return Optional.empty();
    }
}
