package org.spoofguard.core.spf;

import java.util.Objects;

/**
 * An {@link SpfResult} plus the sender's explanation (RFC 7208 §6.2), which only a "fail" carries and
 * which an SMTP server may quote in its 550 reply.
 *
 * @param result the check_host() result
 * @param explanation the expanded exp= text of the policy that failed the sender, or "" when none
 */
public record SpfEvaluation(SpfResult result, String explanation) {
    public SpfEvaluation {
        Objects.requireNonNull(result, "result");
        explanation = explanation == null ? "" : explanation;
    }

    public boolean hasExplanation() {
        return !explanation.isEmpty();
    }
}
