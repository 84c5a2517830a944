package org.spoofguard.mailets;

import java.time.Clock;

import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepository;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.mailet.Mail;
import org.spoofguard.james.HeldMailAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A repository our mailets keep mail in for the admin (quarantine, suppressed bounces, withheld replies, the
 * error repository). Opened lazily: a repository briefly unavailable when James starts must not stop James, so the
 * first store tries again. Every store stamps the mail with when it entered this repository
 * ({@link HeldMailAttributes#STORED_AT}), because the console's retention and "held since" count from then and James
 * keeps only the receipt time.
 */
public final class HeldRepository {
    private static final Logger LOGGER = LoggerFactory.getLogger(HeldRepository.class);

    private final MailRepositoryStore store;
    private final MailRepositoryUrl url;
    private final Clock clock;
    private volatile MailRepository repository;

    public HeldRepository(MailRepositoryStore store, MailRepositoryUrl url, Clock clock) {
        this.store = store;
        this.url = url;
        this.clock = clock;
    }

    /** Opens it now if it can; if not, says so for {@code owner} and leaves the next store to try again. */
    public HeldRepository openEarly(String owner) {
        try {
            repository();
        } catch (Exception e) {
            LOGGER.warn("{}: cannot open {} yet: {}", owner, url.asString(), e.toString());
        }
        return this;
    }

    public MailRepositoryUrl url() {
        return url;
    }

    public MailRepository repository() throws MailRepositoryStore.MailRepositoryStoreException {
        MailRepository repo = repository;
        if (repo == null) {
            repo = store.select(url);
            repository = repo;
        }
        return repo;
    }

    /** Stamps and stores {@code mail}; throws when it cannot, so the caller keeps it elsewhere or retries. */
    public MailKey keep(Mail mail) throws Exception {
        MailRepository repo = repository();
        HeldMailAttributes.stampStored(mail, url.asString(), clock);
        MailKey key = repo.store(mail);
        return key == null ? MailKey.forMail(mail) : key;
    }
}
