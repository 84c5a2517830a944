package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class TransientStoreFailureTest {

    @Test
    void derbyDeadlockVictimDeepInTheCauseChainIsTransient() {
        SQLException victim = new SQLException("A lock could not be obtained due to a deadlock", "40001", 30000);
        RuntimeException jpa = new RuntimeException("OptimisticLockException", new RuntimeException("store", victim));
        assertThat(TransientStoreFailure.isTransient(new Exception("MailboxException", jpa))).isTrue();
    }

    @Test
    void postgresqlDeadlockAndDerbyLockTimeoutAreTransient() {
        assertThat(TransientStoreFailure.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(TransientStoreFailure.isTransient(new SQLException("lock wait timeout", "40XL1"))).isTrue();
    }

    @Test
    void aTransientStateChainedAsNextExceptionCounts() {
        SQLException batch = new SQLException("batch failed", "XJ208");
        batch.setNextException(new SQLException("deadlock", "40001"));
        assertThat(TransientStoreFailure.isTransient(batch)).isTrue();
    }

    @Test
    void constraintViolationsFullDisksAndPlainErrorsAreNotRetried() {
        assertThat(TransientStoreFailure.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(TransientStoreFailure.isTransient(new SQLException("disk full", "53100"))).isFalse();
        assertThat(TransientStoreFailure.isTransient(new SQLException("no state"))).isFalse();
        assertThat(TransientStoreFailure.isTransient(new IllegalStateException("x"))).isFalse();
        assertThat(TransientStoreFailure.isTransient(null)).isFalse();
    }

    @Test
    void aCauseCycleEnds() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertThat(TransientStoreFailure.isTransient(a)).isFalse();
    }
}
