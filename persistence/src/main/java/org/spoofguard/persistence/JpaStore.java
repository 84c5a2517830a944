package org.spoofguard.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one JPA store behind James's users, domains, aliases, quotas, Sieve scripts and mailboxes.
 *
 * <p>Opened (and its schema created) while the server is built, so a corrupt or locked Derby database or an
 * unreachable PostgreSQL stops the start with a message that names the store, not the first SMTP session.
 * Closed on stop.
 */
@Singleton
public class JpaStore {
    private static final Logger LOGGER = LoggerFactory.getLogger(JpaStore.class);
    /** The persistence unit in META-INF/persistence.xml; James's own JPA code names it "Global" too. */
    static final String UNIT = "Global";
    static final int DEFAULT_MAX_CONNECTIONS = 40;
    /** Seconds a Derby lock wait lasts before Derby looks for a deadlock (see where it is set). */
    static final int DERBY_DEADLOCK_SECONDS = 2;

    private final DatabaseSettings settings;
    private final EntityManagerFactory factory;

    @Inject
    public JpaStore(DatabaseSettings settings) {
        this.settings = settings;
        Map<String, String> properties = new HashMap<>();
        properties.put("openjpa.ConnectionDriverName", settings.driverClassName());
        properties.put("openjpa.ConnectionURL", settings.url());
        settings.username().ifPresent(u -> properties.put("openjpa.ConnectionUserName", u));
        settings.password().ifPresent(p -> properties.put("openjpa.ConnectionPassword", p));
        // James's mailbox code shares one factory between threads.
        properties.put("openjpa.Multithreaded", "true");
        // More pooled connections than threads that may need one at once (20 spool threads, 10 delivery
        // threads, SMTP/IMAP/WebAdmin): a thread waiting for a connection while holding a lock another
        // connection holder wants is a deadlock (DBCP's default is 8).
        properties.put("openjpa.ConnectionProperties", "MaxTotal=" + DEFAULT_MAX_CONNECTIONS);
        properties.putAll(settings.openJpaProperties());
        if (settings.isDerby() && System.getProperty("derby.stream.error.file") == null) {
            // Derby writes derby.log into the current directory unless told otherwise: keep it with the data.
            Path log = settings.derbyDirectory().resolveSibling("derby.log");
            try {
                Files.createDirectories(log.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the mail store directory " + log.getParent(), e);
            }
            System.setProperty("derby.stream.error.file", log.toString());
        }
        EntityManagerFactory emf;
        try {
            emf = Persistence.createEntityManagerFactory(UNIT, properties);
            // OpenJPA connects lazily: open a connection and build the schema now, so a bad store fails the start.
            EntityManager em = emf.createEntityManager();
            try {
                em.createQuery("SELECT COUNT(d) FROM JamesDomain d").getSingleResult();
                if (settings.isDerby()) {
                    // Derby looks for a deadlock only once a lock has been waited for this long (20 s by default):
                    // the victim's client would hang that long before GuardedMessageMapper could run it again.
                    // Looking after 2 s costs a lock-table scan per long wait. Stored in the database, effective now.
                    em.getTransaction().begin();
                    em.createNativeQuery("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.deadlockTimeout', '"
                        + DERBY_DEADLOCK_SECONDS + "')").executeUpdate();
                    em.getTransaction().commit();
                }
            } finally {
                em.close();
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot open the mail store " + settings.describe() + ": " + rootMessage(e)
                + (settings.isDerby() ? " (is another SpoofGuard using this data directory, or is the database damaged?)"
                : " (is the database server running and reachable with these credentials?)"), e);
        }
        this.factory = emf;
        LOGGER.info("SpoofGuard: mail store {}", settings.describe());
    }

    public EntityManagerFactory entityManagerFactory() {
        return factory;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @PreDestroy
    public void close() {
        try {
            factory.close();
        } catch (RuntimeException e) {
            LOGGER.warn("SpoofGuard: closing the mail store failed", e);
        }
        // OpenJPA's DerbyDictionary shuts an embedded Derby database down when its factory closes
        // (shutdownOnClose), which checkpoints it and lets the same JVM (tests) boot it again.
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String message = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
