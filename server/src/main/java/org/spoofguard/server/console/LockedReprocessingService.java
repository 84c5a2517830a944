package org.spoofguard.server.console;

import java.util.function.Consumer;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.mail.MessagingException;

import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepositoryPath;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.queue.api.MailQueueFactory;
import org.apache.james.task.Task;
import org.apache.james.webadmin.service.MailRepositoryStoreService;
import org.apache.james.webadmin.service.ReprocessingService;

import reactor.core.publisher.Mono;

/**
 * James's ReprocessingService (WebAdmin's {@code PATCH /mailRepositories/{path}/mails/{key}?action=reprocess} and
 * {@code PATCH /mailRepositories/{path}/mails?action=reprocess}, and the console's release) under the
 * {@link HeldMailLock}. James's reprocessing reads the mail, enqueues it in the spool and then removes it from the
 * repository, with no lock: a console release and a WebAdmin reprocess of the same held mail at once both read it
 * before either removed it, and it was delivered twice (a quarantined invoice released twice). Under the lock the
 * second finds the mail gone: WebAdmin answers it as James does for a missing key, the console says "already released
 * or deleted by someone else".
 *
 * <p>Reprocessing a whole repository holds the lock until it is done: console actions on held mail wait for it
 * (they are rare, and a bulk reprocess is a deliberate admin action). Bound in place of James's class by
 * {@link ConsoleModule}, so WebAdmin's routes and tasks get this one.
 */
@Singleton
public class LockedReprocessingService extends ReprocessingService {
    private final Object monitor;

    @Inject
    public LockedReprocessingService(MailQueueFactory<?> mailQueueFactory, MailRepositoryStoreService repositories,
                                     HeldMailLock lock) {
        super(mailQueueFactory, repositories);
        this.monitor = lock.monitor();
    }

    @Override
    public void reprocess(MailRepositoryPath path, MailKey key, Configuration configuration)
        throws MailRepositoryStore.MailRepositoryStoreException, MessagingException {
        synchronized (monitor) {
            super.reprocess(path, key, configuration);
        }
    }

    @Override
    public Mono<Task.Result> reprocessAll(MailRepositoryPath path, Configuration configuration, Consumer<MailKey> onReprocessed) {
        // James's task blocks on this Mono in its own worker thread; the lock is held while it runs, not while it waits
        return Mono.fromCallable(() -> {
            synchronized (monitor) {
                return super.reprocessAll(path, configuration, onReprocessed).block();
            }
        });
    }
}
