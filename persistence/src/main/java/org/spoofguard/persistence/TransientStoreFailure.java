package org.spoofguard.persistence;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Is a failed database transaction a transient conflict with another transaction, one that the same work, run again
 * from the start in a new transaction, is expected to get through?
 *
 * <p>SQLSTATE class 40 is "transaction rollback" (ISO/IEC 9075-2 §24.1): {@code 40001} serialization failure, which
 * Derby also reports for a deadlock victim, PostgreSQL's {@code 40P01} deadlock detected, Derby's {@code 40XL1}/
 * {@code 40XL2} lock wait timeouts. The database has already undone the transaction's work, so nothing is half done
 * and running it again loses and duplicates nothing. Anything else (a constraint, a full disk, a closed connection) is
 * not retried: it would fail the same way or needs an operator.
 *
 * <p>JPA providers wrap the driver's {@link SQLException} several levels deep (OpenJPA's
 * {@code ReportingSQLException} inside a {@code PersistenceException} inside James's {@code MailboxException}), and a
 * {@code SQLException} may chain its own next exceptions: the whole cause chain is searched, cycles tolerated.
 */
public final class TransientStoreFailure {
    private TransientStoreFailure() {
    }

    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null && (s == sql || seen.add(s)); s = s.getNextException()) {
                    if (isTransactionRollback(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean isTransactionRollback(String sqlState) {
        return sqlState != null && sqlState.startsWith("40");
    }
}
