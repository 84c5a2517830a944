package org.spoofguard.core.bounce;

import java.util.List;
import java.util.Optional;

import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.core.verdict.VerdictRecordCodec;

/**
 * Where the bounce guard finds the original mail's {@link VerdictRecord}: the {@code org.spoofguard.verdict}
 * attribute first, else our own record header (the first field of that name: SpoofGuard deletes every
 * incoming copy before writing its own on top). Both are read by the one codec, {@link VerdictRecordCodec}:
 * an unreadable value is an unauthenticated record with an error, never "no information". Never throws.
 */
public final class VerdictSource {
    private VerdictSource() {
    }

    /** The record in an attribute value (the codec's String, or a record object); empty when there is none. */
    public static Optional<VerdictRecord> fromAttribute(Object attributeValue) {
        if (attributeValue == null) {
            return Optional.empty();
        }
        if (attributeValue instanceof VerdictRecord record) {
            return Optional.of(record);
        }
        if (attributeValue instanceof SenderVerdict verdict) {
            return Optional.of(new VerdictRecord(verdict));
        }
        return Optional.of(VerdictRecordCodec.decode(String.valueOf(attributeValue)));
    }

    /** The record in the first of our header fields (top of the message); empty when there is none. */
    public static Optional<VerdictRecord> fromHeaders(List<String> recordHeaders) {
        if (recordHeaders == null || recordHeaders.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(VerdictRecordCodec.decode(recordHeaders.get(0)));
    }
}
