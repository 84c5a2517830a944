package org.spoofguard.core.storage;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * May this server take another mail, given the free space where it stores mail?
 *
 * <p>A 250 promises the mail is on disk. When the disk is (nearly) full the honest answer comes at MAIL FROM:
 * 452 4.3.1 "insufficient system storage" (RFC 5321 §4.5.3.1.10, RFC 3463 §3.4), so the sender keeps the mail
 * and retries, instead of a write failing after the data was sent, or a mail accepted that cannot be kept.
 * RFC 1870 §6.1: with {@code SIZE=} declared, the message itself must fit above the reserve.
 */
public final class StorageCheck {
    private StorageCheck() {
    }

    /** Empty when the mail may come; otherwise the reason (for the log line). */
    public static Optional<String> refusal(long usableBytes, OptionalLong declaredSize, long reserveBytes) {
        long needed = reserveBytes + Math.max(0, declaredSize.orElse(0));
        if (usableBytes >= needed) {
            return Optional.empty();
        }
        return Optional.of("free space " + usableBytes + " bytes below the reserve of " + reserveBytes + " bytes"
            + (declaredSize.isPresent() ? " plus the declared SIZE=" + declaredSize.getAsLong() : ""));
    }
}
