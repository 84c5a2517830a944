package org.spoofguard.persistence;

import java.util.concurrent.atomic.AtomicInteger;

import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jms.ConnectionFactory;

import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.ActiveMQPrefetchPolicy;
import org.apache.activemq.RedeliveryPolicy;
import org.apache.activemq.broker.Broker;
import org.apache.activemq.broker.BrokerPlugin;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.jmx.ManagementContext;
import org.apache.activemq.broker.scheduler.JobScheduler;
import org.apache.activemq.plugin.StatisticsBrokerPlugin;
import org.apache.activemq.store.kahadb.KahaDBPersistenceAdapter;
import org.apache.activemq.store.kahadb.scheduler.JobSchedulerStoreImpl;
import org.apache.activemq.usage.SystemUsage;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.queue.activemq.FileSystemBlobTransferPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded ActiveMQ broker behind James's spool and outgoing queues, persisted under the data directory.
 *
 * <p>James's own {@code EmbeddedActiveMQ} also opens a TCP connector on a random port and always names its
 * broker "james"; ours is reachable only inside the JVM (nothing more listens than the README says) and gets a
 * name of its own, so tests can run two servers in one JVM. The KahaDB journal is synced on every write
 * ({@code always}): the spool write is what SMTP's 250 stands for, so a crash right after it keeps the mail.
 */
@Singleton
public class SpoolBroker {
    private static final Logger LOGGER = LoggerFactory.getLogger(SpoolBroker.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    static final String STORE = "file://var/store/activemq/brokers/KahaDB";
    static final String BLOBS = "file://var/store/activemq/blob-transfer";
    static final String BROKERS = "file://var/store/activemq/brokers";
    /** Mails waiting for a retry (see {@link DelayingMailQueue}); fixed, as ActiveMQ's default names the broker. */
    static final String SCHEDULER = "file://var/store/activemq/brokers/scheduler";
    /**
     * Mail bodies travel inside the journal (no blob files, see {@link SpoolModule}), and KahaDB cannot split a
     * record across journal files: this must stay above the largest message smtpserver.xml accepts (maxmessagesize,
     * 50 MB) plus its properties and serialization; SpoolRedeliveryTest checks it against conf/smtpserver.xml.
     */
    static final int JOURNAL_FILE_LENGTH = 128 * 1024 * 1024;
    static final long FIRST_REDELIVERY_DELAY_MS = 1_000;
    static final long MAX_REDELIVERY_DELAY_MS = 5 * 60_000;
    static final long FIRED_RETRY_MS = 1_000;

    private final BrokerService broker;
    private final ActiveMQConnectionFactory connectionFactory;

    @Inject
    public SpoolBroker(FileSystem fileSystem) {
        this(fileSystem, FIRST_REDELIVERY_DELAY_MS, MAX_REDELIVERY_DELAY_MS);
    }

    SpoolBroker(FileSystem fileSystem, long firstRedeliveryDelayMs, long maxRedeliveryDelayMs) {
        String name = "spoofguard-" + INSTANCES.incrementAndGet();
        try {
            KahaDBPersistenceAdapter kahaDb = new KahaDBPersistenceAdapter();
            kahaDb.setDirectory(fileSystem.getFile(STORE));
            kahaDb.setJournalDiskSyncStrategy("always");
            kahaDb.setJournalMaxFileLength(JOURNAL_FILE_LENGTH);
            broker = new BrokerService() {
                @Override
                protected Broker addInterceptors(Broker regions) throws Exception {
                    // below the SchedulerBroker that super adds: sees the sends of due delayed mails
                    return super.addInterceptors(new FiredMailGuard(regions, FIRED_RETRY_MS));
                }
            };
            broker.setBrokerName(name);
            broker.setUseJmx(false);
            ManagementContext management = new ManagementContext();
            management.setCreateConnector(false);
            broker.setManagementContext(management);
            broker.setPersistent(true);
            broker.setDataDirectoryFile(fileSystem.getFile(BROKERS));
            broker.setPersistenceAdapter(kahaDb);
            broker.setUseShutdownHook(false);
            broker.setJobSchedulerStore(scheduler(fileSystem));
            broker.setSchedulerSupport(true);
            broker.setBrokerId(name);
            // James's ActiveMQ queue metrics ask the statistics plugin.
            broker.setPlugins(new BrokerPlugin[] {new StatisticsBrokerPlugin()});
            broker.setEnableStatistics(true);
            // A full disk must fail the enqueue (James answers the DATA with 451) instead of blocking the SMTP
            // session until space comes back, which is ActiveMQ's default producer flow control.
            broker.getSystemUsage().setSendFailIfNoSpace(true);
            broker.start();
            if (!broker.waitUntilStarted()) {
                throw new IllegalStateException("broker did not start");
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot open the mail queue store under " + BROKERS.replace("file://", "<data>/")
                + ": " + e.getMessage() + " (is another SpoofGuard using this data directory?)", e);
        }
        connectionFactory = new ActiveMQConnectionFactory("vm://" + name + "?create=false");
        connectionFactory.setTrustAllPackages(false);
        FileSystemBlobTransferPolicy blobs = new FileSystemBlobTransferPolicy();
        blobs.setDefaultUploadUrl(BLOBS);
        blobs.setFileSystem(fileSystem);
        connectionFactory.setBlobTransferPolicy(blobs);
        // Prefetch 0: a dequeued mail is one the spooler is working on, never one cached in a consumer.
        ActiveMQPrefetchPolicy prefetch = new ActiveMQPrefetchPolicy();
        prefetch.setQueuePrefetch(0);
        prefetch.setTopicPrefetch(0);
        connectionFactory.setPrefetchPolicy(prefetch);
        connectionFactory.setRedeliveryPolicy(redeliveryPolicy(firstRedeliveryDelayMs, maxRedeliveryDelayMs));
        LOGGER.info("SpoofGuard: mail queues in {}", BROKERS.replace("file://", "<data>/"));
    }

    /**
     * The job scheduler's own KahaDB store. Its {@code store(command)} writes the journal with the index-sync flag as
     * the write's sync: with it on (as set here, whatever ActiveMQ's default becomes) the journal is fsynced before
     * the scheduling send returns, so a mail RemoteDelivery deferred is on disk before James acks the one it took
     * from the queue. The body travels in the job, so the journal files must hold the largest mail, as KahaDB's.
     */
    private static JobSchedulerStoreImpl scheduler(FileSystem fileSystem) throws java.io.FileNotFoundException {
        JobSchedulerStoreImpl store = new JobSchedulerStoreImpl();
        store.setDirectory(fileSystem.getFile(SCHEDULER));
        store.setEnableIndexDiskSyncs(true);
        store.setJournalMaxFileLength(JOURNAL_FILE_LENGTH);
        return store;
    }

    /** Where {@link DelayingMailQueue} finds the mails it delayed (ActiveMQ's SchedulerBroker uses this one). */
    JobScheduler delayedMails() {
        try {
            return broker.getJobSchedulerStore().getJobScheduler("JMS");
        } catch (Exception e) {
            throw new IllegalStateException("The mail queue's scheduler is not available", e);
        }
    }

    /**
     * James nacks a mail (rollback) when its own error handling fails, e.g. the error repository on a full disk.
     * ActiveMQ's default moves a message to ActiveMQ.DLQ after 6 redeliveries, a queue nothing reads: the mail would
     * be lost after its 250. So: redelivered without limit. The back-off only acts inside a consumer that stays
     * open; James 3.8.1 closes its consumer after each mail, so a nacked mail is in practice offered again at once
     * (measured: under a second). A lasting failure then costs CPU, never the mail.
     */
    static RedeliveryPolicy redeliveryPolicy(long firstDelayMs, long maxDelayMs) {
        RedeliveryPolicy policy = new RedeliveryPolicy();
        policy.setMaximumRedeliveries(RedeliveryPolicy.NO_MAXIMUM_REDELIVERIES);
        policy.setInitialRedeliveryDelay(firstDelayMs);
        policy.setRedeliveryDelay(firstDelayMs);
        policy.setUseExponentialBackOff(true);
        policy.setBackOffMultiplier(2);
        policy.setMaximumRedeliveryDelay(maxDelayMs);
        return policy;
    }

    /** For tests: the broker's limits (a full store). */
    SystemUsage usage() {
        return broker.getSystemUsage();
    }

    public ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    @PreDestroy
    public void stop() throws Exception {
        broker.stop();
        broker.waitUntilStopped();
    }
}
