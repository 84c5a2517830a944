package org.spoofguard.matchers.auth;

import java.util.EnumSet;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.core.config.Bilingual;

/**
 * Matches (all recipients) when the DMARC result is one of the listed keywords: {@code DmarcResultIs=fail}.
 * Tokens {@code policy:reject}, {@code policy:quarantine}, {@code policy:none} further require that policy
 * to apply (e.g. {@code DmarcResultIs=fail,policy:quarantine} = failed and the domain asks for quarantine).
 */
public class DmarcResultIs extends VerdictMatcher {
    private final Set<DmarcResultCode> results = EnumSet.noneOf(DmarcResultCode.class);
    private final Set<DmarcPolicy> policies = EnumSet.noneOf(DmarcPolicy.class);

    @Inject
    public DmarcResultIs(SpoofGuardSettings settings) {
        super(settings);
    }

    @Override
    public void init() throws MessagingException {
        for (String token : conditionTokens()) {
            try {
                if (token.startsWith("policy:")) {
                    policies.add(DmarcPolicy.fromKeyword(token.substring(7)));
                } else {
                    results.add(DmarcResultCode.fromKeyword(token));
                }
            } catch (IllegalArgumentException e) {
                String known = " (none, pass, fail, temperror, permerror; policy:none|quarantine|reject)";
                throw new MessagingException(Bilingual.of(
                    "DmarcResultIs: unknown DMARC result or policy '" + token + "'" + known,
                    "DmarcResultIs: ukendt DMARC-resultat eller -politik '" + token + "'" + known));
            }
        }
        if (results.isEmpty()) {
            throw new MessagingException(Bilingual.of("DmarcResultIs: at least one result keyword is required",
                "DmarcResultIs: mindst ét resultatnøgleord skal angives"));
        }
    }

    @Override
    boolean matches(SenderVerdict verdict) {
        return results.contains(verdict.dmarc().result())
            && (policies.isEmpty() || policies.contains(verdict.dmarc().policy()));
    }
}
