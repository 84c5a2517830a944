package org.spoofguard.core.bounce;

import java.util.List;
import java.util.Optional;

import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Where the bounce guard finds the original mail's verdict. Kept behind an interface so the reading of
 * the {@code org.spoofguard.verdict} attribute and of our Authentication-Results header can switch to the
 * shared header codec without touching the guard.
 */
public interface VerdictSource {
    /** The verdict from the value of the {@code org.spoofguard.verdict} mail attribute (any type; unknown → empty). */
    Optional<SenderVerdict> fromAttribute(Object attributeValue);

    /**
     * The verdict from the original message's Authentication-Results fields, top (newest) first. Only a field
     * whose authserv-id is ours may be believed: anyone upstream can write the others (RFC 8601 §5).
     */
    Optional<SenderVerdict> fromHeaders(List<String> authenticationResults, String authservId);
}
