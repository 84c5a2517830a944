package org.spoofguard.persistence;

import java.io.FileNotFoundException;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jms.ConnectionFactory;

import org.apache.activemq.broker.scheduler.JobScheduler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.core.healthcheck.HealthCheck;
import org.apache.james.metrics.api.GaugeRegistry;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.queue.activemq.ActiveMQConfiguration;
import org.apache.james.queue.activemq.ActiveMQHealthCheck;
import org.apache.james.queue.activemq.ActiveMQMailQueueFactory;
import org.apache.james.queue.activemq.metric.ActiveMQMetricCollector;
import org.apache.james.queue.activemq.metric.ActiveMQMetricCollectorImpl;
import org.apache.james.queue.api.MailQueue;
import org.apache.james.queue.api.MailQueueFactory;
import org.apache.james.queue.api.MailQueueItemDecoratorFactory;
import org.apache.james.queue.api.MailQueueName;
import org.apache.james.queue.api.ManageableMailQueue;
import org.apache.james.utils.InitializationOperation;
import org.apache.james.utils.InitilizationOperationBuilder;
import org.apache.james.utils.PropertiesProvider;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;

/**
 * James's ActiveMQ mail queues (spool, outgoing) on our {@link SpoolBroker}; what James's
 * {@code queue-activemq-guice} binds, which Central does not serve for 3.8.1.
 */
public class SpoolModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(SpoolBroker.class).in(Scopes.SINGLETON);
        bind(SpoolQueueFactory.class).in(Scopes.SINGLETON);
        bind(ActiveMQMetricCollectorImpl.class).in(Scopes.SINGLETON);
        bind(ActiveMQMetricCollector.class).to(ActiveMQMetricCollectorImpl.class);
        Multibinder.newSetBinder(binder(), HealthCheck.class).addBinding().to(ActiveMQHealthCheck.class);
    }

    @Provides
    @Singleton
    ConnectionFactory connectionFactory(SpoolBroker broker) {
        return broker.connectionFactory();
    }

    @Provides
    @Singleton
    MailQueueFactory<? extends ManageableMailQueue> manageable(SpoolQueueFactory factory) {
        return factory;
    }

    @Provides
    @Singleton
    MailQueueFactory<?> any(SpoolQueueFactory factory) {
        return factory;
    }

    @Provides
    @Singleton
    MailQueueFactory<? extends MailQueue> plain(SpoolQueueFactory factory) {
        return factory;
    }

    @Provides
    @Singleton
    ActiveMQConfiguration configuration(PropertiesProvider properties) throws ConfigurationException {
        try {
            return ActiveMQConfiguration.from(properties.getConfigurations("activemq"));
        } catch (FileNotFoundException e) {
            return ActiveMQConfiguration.getDefault();
        }
    }

    @ProvidesIntoSet
    InitializationOperation startMetrics(ActiveMQMetricCollector collector) {
        return InitilizationOperationBuilder.forClass(ActiveMQMetricCollector.class).init(collector::start);
    }

    /** Built by Guice (not by a provider method) so James's {@code @PreDestroy} closes the queues on stop. */
    static final class SpoolQueueFactory extends ActiveMQMailQueueFactory {
        private final JobScheduler scheduler;
        private final ActiveMQMetricCollector collector;

        @Inject
        SpoolQueueFactory(SpoolBroker broker, MailQueueItemDecoratorFactory decorators,
                          MetricFactory metrics, GaugeRegistry gauges, ActiveMQMetricCollector collector) {
            super(broker.connectionFactory(), decorators, metrics, gauges, collector);
            this.scheduler = broker.delayedMails();
            this.collector = collector;
            // No queue MBeans: SpoofGuard opens no JMX, and MBeans would outlive a stopped server in the same JVM.
            setUseJMX(false);
            // Bodies inside the JMS message, so in the KahaDB journal synced before the 250. A blob body is a
            // separate file written without fsync and referenced by its absolute file: URL, lost on power loss and
            // unreadable once the data directory moves. Blob messages queued by an older install are still read
            // (James reads any BlobMessage it dequeues; the blob policy stays on the connection factory).
            setUseBlobMessages(false);
            init();
        }

        /** Bodies in the message as above (useBlob false); delays in the broker's scheduler, see DelayingMailQueue. */
        @Override
        protected ManageableMailQueue createCacheableMailQueue(MailQueueName name) {
            collector.collectQueueStatistics(name);
            return new DelayingMailQueue(connectionFactory, scheduler, mailQueueItemDecoratorFactory, name, metricFactory,
                gaugeRegistry);
        }
    }
}
