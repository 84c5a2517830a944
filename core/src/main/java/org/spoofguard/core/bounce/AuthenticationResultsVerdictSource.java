package org.spoofguard.core.bounce;

import java.util.List;
import java.util.Optional;

import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Reads the original mail's verdict with the shared codec {@link AuthenticationResultsHeader}: the
 * {@code org.spoofguard.verdict} attribute holds our own Authentication-Results value, and the message
 * keeps the same value as a header field for the paths that drop attributes (LocalDelivery's failure
 * mails). Only values carrying our authserv-id are believed (RFC 8601 §5: the border MTA removes forged
 * fields claiming it, so any field left with our id is ours). Never throws.
 */
public final class AuthenticationResultsVerdictSource implements VerdictSource {
    private static final int MAX_FIELDS = 50;

    private final String authservId;

    /** @param authservId our authserv-id, also required of the attribute value */
    public AuthenticationResultsVerdictSource(String authservId) {
        this.authservId = authservId == null ? "" : authservId.trim();
    }

    @Override
    public Optional<SenderVerdict> fromAttribute(Object attributeValue) {
        if (attributeValue instanceof SenderVerdict verdict) {
            return Optional.of(verdict);
        }
        if (!(attributeValue instanceof String value) || authservId.isEmpty()) {
            return Optional.empty();
        }
        return AuthenticationResultsHeader.parse(value, authservId);
    }

    /** The topmost (newest) parseable field of ours wins: it is the one our own border hook wrote. */
    @Override
    public Optional<SenderVerdict> fromHeaders(List<String> authenticationResults, String authservId) {
        String id = authservId == null || authservId.isBlank() ? this.authservId : authservId.trim();
        if (authenticationResults == null || id.isEmpty()) {
            return Optional.empty();
        }
        try {
            for (String value : authenticationResults.stream().limit(MAX_FIELDS).toList()) {
                if (value == null || !AuthenticationResultsHeader.isOurs(value, id)) {
                    continue;
                }
                Optional<SenderVerdict> verdict = AuthenticationResultsHeader.parse(value, id);
                if (verdict.isPresent()) {
                    return verdict;
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
