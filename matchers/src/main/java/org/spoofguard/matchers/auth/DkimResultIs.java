package org.spoofguard.matchers.auth;

import java.util.HashSet;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.core.config.Bilingual;

/**
 * Matches (all recipients) when the message's DKIM summary is one of the listed keywords:
 * {@code pass} when any signature passed; otherwise the most telling failure (fail, temperror, permerror,
 * policy, neutral); {@code none} when unsigned. So {@code DkimResultIs=fail} means "signed, no signature
 * verifies, at least one did not match" (a message altered in transit or forged).
 */
public class DkimResultIs extends VerdictMatcher {
    private final Set<String> keywords = new HashSet<>();

    @Inject
    public DkimResultIs(SpoofGuardSettings settings) {
        super(settings);
    }

    @Override
    public void init() throws MessagingException {
        for (String token : conditionTokens()) {
            try {
                keywords.add(DkimResultCode.fromKeyword(token).keyword());
            } catch (IllegalArgumentException e) {
                throw new MessagingException(Bilingual.of(
                    "DkimResultIs: unknown DKIM result '" + token + "' (none, pass, fail, policy, neutral, temperror, permerror)",
                    "DkimResultIs: ukendt DKIM-resultat '" + token + "' (none, pass, fail, policy, neutral, temperror, permerror)"));
            }
        }
    }

    @Override
    boolean matches(SenderVerdict verdict) {
        return keywords.contains(SpoofGuardAttributes.dkimSummary(verdict));
    }
}
