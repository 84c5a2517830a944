package org.spoofguard.matchers.auth;

import java.util.EnumSet;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.core.config.Bilingual;

/**
 * Matches (all recipients) when the SPF result is one of the listed keywords (RFC 7208 §2.6).
 * {@code SpfResultIs=fail,softfail} checks the MAIL FROM identity (for the null sender: postmaster@HELO,
 * RFC 7208 §2.4); a {@code helo:} prefix checks the HELO identity instead ({@code SpfResultIs=helo:fail});
 * both may be mixed ({@code fail,helo:fail} = either). Unknown keywords stop James at start-up.
 */
public class SpfResultIs extends VerdictMatcher {
    private final Set<SpfResultCode> mailFrom = EnumSet.noneOf(SpfResultCode.class);
    private final Set<SpfResultCode> helo = EnumSet.noneOf(SpfResultCode.class);

    @Inject
    public SpfResultIs(SpoofGuardSettings settings) {
        super(settings);
    }

    @Override
    public void init() throws MessagingException {
        for (String token : conditionTokens()) {
            boolean isHelo = token.startsWith("helo:");
            String keyword = isHelo ? token.substring(5) : token.startsWith("mailfrom:") ? token.substring(9) : token;
            try {
                (isHelo ? helo : mailFrom).add(SpfResultCode.fromKeyword(keyword));
            } catch (IllegalArgumentException e) {
                String known = " (none, neutral, pass, fail, softfail, temperror, permerror)";
                throw new MessagingException(Bilingual.of("SpfResultIs: unknown SPF result '" + keyword + "'" + known,
                    "SpfResultIs: ukendt SPF-resultat '" + keyword + "'" + known));
            }
        }
    }

    @Override
    boolean matches(SenderVerdict verdict) {
        return mailFrom.contains(verdict.spfMailFrom().result()) || helo.contains(verdict.spfHelo().result());
    }
}
