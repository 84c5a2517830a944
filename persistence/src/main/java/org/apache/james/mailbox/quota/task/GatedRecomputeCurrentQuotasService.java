package org.apache.james.mailbox.quota.task;

import java.time.Duration;

import javax.inject.Inject;

import org.apache.james.core.Username;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.SessionProvider;
import org.apache.james.mailbox.model.QuotaOperation;
import org.apache.james.mailbox.model.QuotaRoot;
import org.apache.james.mailbox.quota.CurrentQuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.mailbox.store.quota.CurrentQuotaCalculator;
import org.apache.james.task.Task;
import org.apache.james.user.api.UsersRepository;
import org.apache.james.user.api.UsersRepositoryException;
import org.apache.james.util.ReactorUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.persistence.QuotaAdditionGate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * James 3.8.1's WebAdmin quota recompute ({@code POST /quota/users?task=RecomputeCurrentQuotas}), with each user's
 * count and overwrite held under that user's {@link QuotaAdditionGate} lock. James counts the messages outside any
 * lock and then sets the usage: a message delivered in between was either missed by the count (and its raise
 * overwritten: the usage ends a message short) or counted and raised again (a message too many).
 *
 * <p>In James's package only because {@code Context.incrementProcessed} and {@code addToFailedMailboxes} are
 * package-private; the per-user steps are James's, the lock is ours.
 */
public class GatedRecomputeCurrentQuotasService extends RecomputeCurrentQuotasService {
    private static final Logger LOGGER = LoggerFactory.getLogger(GatedRecomputeCurrentQuotasService.class);

    private final UsersRepository usersRepository;
    private final CurrentQuotaManager storeCurrentQuotaManager;
    private final CurrentQuotaCalculator currentQuotaCalculator;
    private final UserQuotaRootResolver userQuotaRootResolver;
    private final SessionProvider sessionProvider;
    private final MailboxManager mailboxManager;
    private final QuotaAdditionGate gate;

    @Inject
    public GatedRecomputeCurrentQuotasService(UsersRepository usersRepository, CurrentQuotaManager storeCurrentQuotaManager,
                                              CurrentQuotaCalculator currentQuotaCalculator,
                                              UserQuotaRootResolver userQuotaRootResolver,
                                              SessionProvider sessionProvider, MailboxManager mailboxManager,
                                              QuotaAdditionGate gate) {
        super(usersRepository, storeCurrentQuotaManager, currentQuotaCalculator, userQuotaRootResolver, sessionProvider,
            mailboxManager);
        this.usersRepository = usersRepository;
        this.storeCurrentQuotaManager = storeCurrentQuotaManager;
        this.currentQuotaCalculator = currentQuotaCalculator;
        this.userQuotaRootResolver = userQuotaRootResolver;
        this.sessionProvider = sessionProvider;
        this.mailboxManager = mailboxManager;
        this.gate = gate;
    }

    @Override
    public Mono<Task.Result> recomputeCurrentQuotas(Context context, RunningOptions runningOptions) {
        return Flux.from(usersRepository.listReactive())
            .transform(ReactorUtils.<Username, Task.Result>throttle()
                .elements(runningOptions.getUsersPerSecond())
                .per(Duration.ofSeconds(1))
                .forOperation(username -> recomputeUserCurrentQuotas(context, username)))
            .reduce(Task.Result.COMPLETED, Task::combine)
            .onErrorResume(UsersRepositoryException.class, e -> {
                LOGGER.error("Error while accessing users from repository", e);
                return Mono.just(Task.Result.PARTIAL);
            });
    }

    /** James's per-user recompute, count and set under the user's addition lock. */
    Mono<Task.Result> recomputeUserCurrentQuotas(Context context, Username username) {
        MailboxSession session = sessionProvider.createSystemSession(username);
        QuotaRoot quotaRoot = userQuotaRootResolver.forUser(username);

        return gate.holdReactive(quotaRoot, () -> currentQuotaCalculator.recalculateCurrentQuotas(quotaRoot, session)
                .map(recalculatedQuotas -> QuotaOperation.from(quotaRoot, recalculatedQuotas))
                .flatMap(quotaOperation -> Mono.from(storeCurrentQuotaManager.setCurrentQuotas(quotaOperation))))
            .then(Mono.just(Task.Result.COMPLETED))
            .doOnNext(any -> {
                LOGGER.info("Current quotas recomputed for {}", quotaRoot);
                context.incrementProcessed();
            })
            .onErrorResume(e -> {
                LOGGER.error("Error while recomputing current quotas for {}", quotaRoot, e);
                context.addToFailedMailboxes(quotaRoot);
                return Mono.just(Task.Result.PARTIAL);
            })
            .doFinally(any -> mailboxManager.endProcessingRequest(session));
    }
}
