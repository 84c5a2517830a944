package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.PersistenceException;

import org.apache.james.mailbox.MessageUid;
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.mailbox.model.Mailbox;
import org.apache.james.mailbox.model.MessageMetaData;
import org.apache.james.mailbox.store.mail.MessageMapper;
import org.apache.james.mailbox.store.transaction.Mapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/**
 * The delegate stands for James's {@code JPAMessageMapper}: its transactions fail the way OpenJPA reports a Derby
 * deadlock victim (a {@code PersistenceException} around SQLSTATE 40001), which James's own mapper neither rolls back
 * nor retries. {@code endRequest} is where the guard rolls back and closes the EntityManager.
 */
class GuardedMessageMapperTest {
    static final PersistenceException DEADLOCK = new PersistenceException("deadlock victim",
        new SQLException("A lock could not be obtained due to a deadlock", "40001", 30000));
    static final PersistenceException BROKEN = new PersistenceException("constraint",
        new SQLException("duplicate key", "23505"));

    MessageMapper delegate;
    MessageDeletionGate gate;
    GuardedMessageMapper mapper;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() throws Exception {
        delegate = mock(MessageMapper.class);
        when(delegate.executeReactive(any())).thenAnswer(call -> call.getArgument(0));
        when(delegate.execute(any())).thenAnswer(call -> ((Mapper.Transaction<Object>) call.getArgument(0)).run());
        gate = new MessageDeletionGate();
        mapper = new GuardedMessageMapper(delegate, gate);
    }

    /** A transaction failing with {@code failure} on its first {@code failures} runs, then returning "done". */
    static Mono<String> failing(AtomicInteger runs, int failures, RuntimeException failure) {
        return Mono.fromCallable(() -> {
            if (runs.incrementAndGet() <= failures) {
                throw failure;
            }
            return "done";
        });
    }

    @Test
    void aDeadlockVictimIsRolledBackAndRunAgainUntilItGetsThrough() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(mapper.executeReactive(failing(runs, 2, DEADLOCK)).block(Duration.ofSeconds(10))).isEqualTo("done");
        assertThat(runs).hasValue(3);
        verify(delegate, times(2)).endRequest();
    }

    @Test
    void aConflictThatPersistsReachesTheCallerAfterThreeAttemptsEachRolledBack() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> mapper.executeReactive(failing(runs, 99, DEADLOCK)).block(Duration.ofSeconds(10)))
            .isSameAs(DEADLOCK);
        assertThat(runs).hasValue(GuardedMessageMapper.ATTEMPTS);
        verify(delegate, times(GuardedMessageMapper.ATTEMPTS)).endRequest();
    }

    @Test
    void anyOtherFailureIsRolledBackButNotRetried() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> mapper.executeReactive(failing(runs, 99, BROKEN)).block(Duration.ofSeconds(10)))
            .isSameAs(BROKEN);
        assertThat(runs).hasValue(1);
        verify(delegate, times(1)).endRequest();
    }

    @Test
    void blockingTransactionsAreRolledBackAndRetriedTheSameWay() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        assertThat(mapper.execute(() -> failing(runs, 1, DEADLOCK).block())).isEqualTo("done");
        assertThat(runs).hasValue(2);
        verify(delegate, times(1)).endRequest();

        AtomicInteger broken = new AtomicInteger();
        assertThatThrownBy(() -> mapper.execute(() -> failing(broken, 99, BROKEN).block())).isSameAs(BROKEN);
        assertThat(broken).hasValue(1);
        verify(delegate, times(2)).endRequest();
    }

    @Test
    void aDeletingTransactionHoldsTheGateWhileItRunsAndGivesItBackWhicheverWayItEnds() throws Exception {
        Mailbox mailbox = mock(Mailbox.class);
        List<MessageUid> uids = List.of(MessageUid.of(1));
        AtomicInteger runs = new AtomicInteger();
        Mono<Map<MessageUid, MessageMetaData>> delete = Mono.fromCallable(() -> {
            assertThat(gate.isFree()).as("gate while deleting").isFalse();
            if (runs.incrementAndGet() == 1) {
                throw DEADLOCK;
            }
            return Map.of();
        });
        when(delegate.deleteMessagesReactive(mailbox, uids)).thenReturn(delete);

        assertThat(mapper.executeReactive(mapper.deleteMessagesReactive(mailbox, uids)).block(Duration.ofSeconds(10)))
            .isEmpty();
        assertThat(runs).hasValue(2);
        assertThat(gate.isFree()).isTrue();

        Mono<Map<MessageUid, MessageMetaData>> failed = Mono.error(BROKEN);
        when(delegate.deleteMessagesReactive(mailbox, uids)).thenReturn(failed);
        assertThatThrownBy(() -> mapper.executeReactive(mapper.deleteMessagesReactive(mailbox, uids)).block())
            .isSameAs(BROKEN);
        assertThat(gate.isFree()).isTrue();

        when(delegate.deleteMessagesReactive(mailbox, uids)).thenReturn(Mono.never());
        mapper.executeReactive(mapper.deleteMessagesReactive(mailbox, uids)).subscribe().dispose();
        assertThat(gate.isFree()).as("gate after a cancelled delete").isTrue();
    }

    @Test
    void otherTransactionsDoNotWaitForTheGate() {
        Mono<String> append = Mono.fromCallable(() -> gate.isFree() ? "ungated" : "gated");
        assertThat(mapper.executeReactive(append).block(Duration.ofSeconds(10))).isEqualTo("ungated");
    }

    @Test
    void deletesOfTwoSessionsRunOneAfterTheOther() throws Exception {
        GuardedMessageMapper other = new GuardedMessageMapper(delegate, gate);
        Mailbox mailbox = mock(Mailbox.class);
        List<MessageUid> uids = List.of(MessageUid.of(1));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        when(delegate.deleteMessagesReactive(mailbox, uids)).thenAnswer(call -> Mono.fromCallable(() -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            Thread.sleep(100);
            inside.decrementAndGet();
            return Map.<MessageUid, MessageMetaData>of();
        }));
        Mono<?> first = mapper.executeReactive(mapper.deleteMessagesReactive(mailbox, uids));
        Mono<?> second = other.executeReactive(other.deleteMessagesReactive(mailbox, uids));
        Mono.when(first, second).block(Duration.ofSeconds(10));
        assertThat(most).as("deletes running at once").hasValue(1);
        assertThat(gate.isFree()).isTrue();
    }

    @Test
    void mailboxExceptionsFromJamesAreRetriedWhenTheirCauseIsAConflict() {
        AtomicInteger runs = new AtomicInteger();
        Mono<String> tx = Mono.defer(() -> runs.incrementAndGet() == 1
            ? Mono.error(new MailboxException("Commit of transaction failed", DEADLOCK)) : Mono.just("done"));
        assertThat(mapper.executeReactive(tx).block(Duration.ofSeconds(10))).isEqualTo("done");
    }
}
