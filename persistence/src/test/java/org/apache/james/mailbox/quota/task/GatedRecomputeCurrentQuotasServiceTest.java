package org.apache.james.mailbox.quota.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.james.core.Username;
import org.apache.james.core.quota.QuotaCountUsage;
import org.apache.james.core.quota.QuotaSizeUsage;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.SessionProvider;
import org.apache.james.mailbox.model.CurrentQuotas;
import org.apache.james.mailbox.model.QuotaRoot;
import org.apache.james.mailbox.quota.CurrentQuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.mailbox.store.quota.CurrentQuotaCalculator;
import org.apache.james.task.Task;
import org.apache.james.user.api.UsersRepository;
import org.junit.jupiter.api.Test;
import org.spoofguard.persistence.QuotaAdditionGate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * James's recompute counts a user's messages, then overwrites the usage. A delivery whose usage raise lands between
 * the two is lost (or, counted and raised, doubled). The count and the set now hold the user's QuotaAdditionGate
 * lock, so the delivery (which holds it from check to raise) comes either wholly before or wholly after.
 */
class GatedRecomputeCurrentQuotasServiceTest {
    static final Username BOB = Username.of("bob@spoofguard.test");
    static final QuotaRoot ROOT = QuotaRoot.quotaRoot("#private&bob@spoofguard.test", java.util.Optional.empty());

    @Test
    void anAdditionWaitsUntilTheRecomputeHasSetTheUsage() throws Exception {
        QuotaAdditionGate gate = new QuotaAdditionGate();
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch finishCount = new CountDownLatch(1);

        CurrentQuotaCalculator calculator = mock(CurrentQuotaCalculator.class);
        when(calculator.recalculateCurrentQuotas(any(), any())).thenReturn(Mono.fromCallable(() -> {
            events.add("count");
            counting.countDown();
            finishCount.await(5, TimeUnit.SECONDS);
            return new CurrentQuotas(QuotaCountUsage.count(1), QuotaSizeUsage.size(10));
        }));
        CurrentQuotaManager quotas = mock(CurrentQuotaManager.class);
        when(quotas.setCurrentQuotas(any())).thenAnswer(call -> Mono.fromRunnable(() -> events.add("set")));
        UsersRepository users = mock(UsersRepository.class);
        when(users.listReactive()).thenReturn(Flux.just(BOB));
        UserQuotaRootResolver roots = mock(UserQuotaRootResolver.class);
        when(roots.forUser(BOB)).thenReturn(ROOT);
        SessionProvider sessions = mock(SessionProvider.class);
        when(sessions.createSystemSession(BOB)).thenReturn(mock(MailboxSession.class));

        GatedRecomputeCurrentQuotasService service = new GatedRecomputeCurrentQuotasService(users, quotas, calculator,
            roots, sessions, mock(MailboxManager.class), gate);
        CompletableFuture<Task.Result> recompute = service.recomputeCurrentQuotas(
            new RecomputeCurrentQuotasService.Context(), RecomputeCurrentQuotasService.RunningOptions.DEFAULT).toFuture();

        assertThat(counting.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> addition = CompletableFuture.runAsync(() -> gate.hold(ROOT, () -> events.add("addition")));
        Thread.sleep(200); // the addition would run now without the lock
        finishCount.countDown();
        addition.get(5, TimeUnit.SECONDS);

        assertThat(recompute.get(5, TimeUnit.SECONDS)).isEqualTo(Task.Result.COMPLETED);
        assertThat(events).containsExactly("count", "set", "addition");
    }
}
