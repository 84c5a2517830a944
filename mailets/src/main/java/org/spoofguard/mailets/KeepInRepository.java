package org.spoofguard.mailets;

import java.time.Clock;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.transport.mailets.ToRepository;
import org.apache.mailet.Mail;
import org.spoofguard.james.HeldMailAttributes;

/**
 * James's ToRepository (same parameters: {@code repositoryPath}, {@code passThrough}), but the mail is stamped
 * with the time it is stored ({@link HeldMailAttributes#STORED_AT}): James keeps only the receipt time, and the
 * console's retention and "held since" must count from when the mail entered this repository.
 */
public class KeepInRepository extends ToRepository {
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
        super.init();
        repository = MailRepositoryUrl.from(getInitParameter("repositoryPath")).asString();
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
