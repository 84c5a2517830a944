package org.spoofguard.mailets;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.transport.mailets.ToRepository;
import org.apache.mailet.Mail;
import org.spoofguard.james.HeldMailAttributes;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.core.config.Bilingual;

/**
 * James's ToRepository (same parameters: {@code repositoryPath}, {@code passThrough}), but the mail is stamped
 * with the time it is stored ({@link HeldMailAttributes#STORED_AT}): James keeps only the receipt time, and the
 * console's retention and "held since" must count from when the mail entered this repository.
 *
 * <p>ToRepository reads its two parameters with defaults and looks at nothing else: a misspelt
 * {@code <passthrough>true</passthrough>} or a {@code passThrough} of "yes" ghosted the mails the admin meant to pass
 * on. Here both stop the start naming the parameter, and {@code repositoryPath} is required.
 */
public class KeepInRepository extends ToRepository {
    static final String REPOSITORY_PATH = "repositoryPath";
    static final String PASS_THROUGH = "passThrough";

    private final Clock clock;
    private String repository;

    @Inject
    public KeepInRepository(MailRepositoryStore store) {
        this(store, Clock.systemUTC());
    }

    KeepInRepository(MailRepositoryStore store, Clock clock) {
        super(store);
        this.clock = clock;
    }

    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), Set.of(REPOSITORY_PATH, PASS_THROUGH));
        String path = getInitParameter(REPOSITORY_PATH, "").trim();
        if (path.isEmpty()) {
            throw new MessagingException(Bilingual.of(
                getMailetName() + ": " + REPOSITORY_PATH + " is required, e.g. file://var/mail/error/",
                getMailetName() + ": " + REPOSITORY_PATH + " mangler, fx file://var/mail/error/"));
        }
        String passThrough = getInitParameter(PASS_THROUGH);
        if (passThrough != null && !Set.of("true", "false").contains(passThrough.trim().toLowerCase(Locale.ROOT))) {
            throw new MessagingException(Bilingual.of(
                getMailetName() + ": " + PASS_THROUGH + " '" + passThrough + "' must be true or false",
                getMailetName() + ": " + PASS_THROUGH + " '" + passThrough + "' skal være true eller false"));
        }
        super.init();
        repository = MailRepositoryUrl.from(getInitParameter(REPOSITORY_PATH)).asString();
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        HeldMailAttributes.stampStored(mail, repository, clock);
        super.service(mail);
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard ToRepository with the time stored";
    }
}
