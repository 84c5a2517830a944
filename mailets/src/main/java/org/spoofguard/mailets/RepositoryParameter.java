package org.spoofguard.mailets;

import javax.mail.MessagingException;

import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.spoofguard.core.config.Bilingual;

/**
 * The one check of a mail-repository parameter ({@code file://var/mail/...}) of our mailets. James's
 * {@code MailRepositoryUrl.from} takes a value without a protocol and fails only when the repository is first used,
 * i.e. when a mail must be kept: here such a typo stops the start, naming the parameter.
 */
public final class RepositoryParameter {
    private RepositoryParameter() {
    }

    /**
     * @param owner the mailet's name for the message, or "" when the caller adds it
     * @param example a valid value shown in the message
     */
    public static MailRepositoryUrl parse(String owner, String parameter, String value, String example)
            throws MessagingException {
        try {
            if (!value.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.+")) {
                throw new IllegalArgumentException("no protocol");
            }
            return MailRepositoryUrl.from(value);
        } catch (RuntimeException e) {
            String who = owner.isEmpty() ? "" : owner + ": ";
            throw new MessagingException(Bilingual.of(
                who + "parameter '" + parameter + "' is not a mail repository URL like " + example + ": '" + value + "'",
                who + "parameteren '" + parameter + "' skal være en mailrepository-URL som " + example + ", ikke '" + value + "'"));
        }
    }
}
