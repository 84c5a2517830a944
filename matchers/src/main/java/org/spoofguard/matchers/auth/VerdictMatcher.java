package org.spoofguard.matchers.auth;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.core.config.Bilingual;

/**
 * Base of the matchers over the sender record, read through {@link SpoofGuardAttributes} (the attribute, else
 * our record header). A mail without any record matches nothing: unknown is not "none". A record whose checks
 * did not finish carries temperror results and proves nothing ({@code SenderIsAuthenticated} never matches it).
 */
abstract class VerdictMatcher extends GenericMatcher {
    private final SpoofGuardSettings settings;

    VerdictMatcher(SpoofGuardSettings settings) {
        this.settings = settings;
    }

    @Override
    public final Collection<MailAddress> match(Mail mail) throws MessagingException {
        Optional<VerdictRecord> record = SpoofGuardAttributes.read(mail);
        if (record.isPresent() && matches(record.get())) {
            return mail.getRecipients();
        }
        return List.of();
    }

    /** Over the whole record; most matchers only look at its verdict. */
    boolean matches(VerdictRecord record) {
        return matches(record.verdict());
    }

    abstract boolean matches(SenderVerdict verdict);

    /** The comma-separated condition, required. */
    List<String> conditionTokens() throws MessagingException {
        String condition = getCondition();
        if (condition == null || condition.isBlank()) {
            String name = getClass().getSimpleName();
            throw new MessagingException(Bilingual.of(name + ": a condition is required, e.g. " + name + "=fail",
                name + ": en betingelse mangler, f.eks. " + name + "=fail"));
        }
        return List.of(condition.trim().toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*"));
    }
}
