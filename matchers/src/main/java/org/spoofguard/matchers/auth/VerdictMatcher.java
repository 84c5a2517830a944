package org.spoofguard.matchers.auth;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.james.VerdictAttributes;

/**
 * Base of the matchers over the sender verdict: reads {@code org.spoofguard.verdict}, falling back to our
 * own trusted {@code Authentication-Results} header (the only one left after SMTP-time removal of forged
 * copies, RFC 8601 §5). A mail without any verdict matches nothing: unknown is not "none".
 */
abstract class VerdictMatcher extends GenericMatcher {
    private final SpoofGuardSettings settings;

    VerdictMatcher(SpoofGuardSettings settings) {
        this.settings = settings;
    }

    @Override
    public final Collection<MailAddress> match(Mail mail) throws MessagingException {
        Optional<SenderVerdict> verdict = VerdictAttributes.read(mail, settings.authservId());
        if (verdict.isPresent() && matches(verdict.get())) {
            return mail.getRecipients();
        }
        return List.of();
    }

    abstract boolean matches(SenderVerdict verdict);

    /** The comma-separated condition, required. */
    List<String> conditionTokens() throws MessagingException {
        String condition = getCondition();
        if (condition == null || condition.isBlank()) {
            throw new MessagingException(getClass().getSimpleName() + ": a condition is required, e.g. "
                + getClass().getSimpleName() + "=fail");
        }
        return List.of(condition.trim().toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*"));
    }
}
