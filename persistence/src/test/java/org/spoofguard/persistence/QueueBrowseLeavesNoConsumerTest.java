package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.region.Destination;
import org.apache.activemq.command.ActiveMQQueue;
import org.apache.james.core.MailAddress;
import org.apache.james.metrics.api.NoopGaugeRegistry;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.queue.activemq.metric.ActiveMQMetricCollectorNoop;
import org.apache.james.queue.api.MailQueueName;
import org.apache.james.queue.api.ManageableMailQueue;
import org.apache.james.queue.api.RawMailQueueItemDecoratorFactory;
import org.apache.james.server.core.JamesServerResourceLoader;
import org.apache.james.server.core.filesystem.FileSystemImpl;
import org.apache.james.util.streams.Iterators;
import org.apache.james.util.streams.Limit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * James 3.8.1's {@code GET /mailQueues/{queue}/mails?limit=N} (MailQueueRoutes.listMails)
 * takes {@code limit.applyOnStream(Iterators.toStream(queue.browse()))} and never closes the iterator. On our
 * ActiveMQ queue (DelayingMailQueue.browse over James's JMS browse) each such listing leaves an open JMS
 * QueueBrowser, a broker-side consumer of the queue with its prefetched messages: a monitoring script polling the
 * outgoing queue's first mails grows the broker's consumers and memory without bound until a restart.
 */
class QueueBrowseLeavesNoConsumerTest {
    @TempDir
    Path data;

    private SpoolBroker broker;
    private SpoolModule.SpoolQueueFactory factory;

    @AfterEach
    void close() throws Exception {
        if (factory != null) {
            factory.destroy();
            broker.stop();
        }
    }

    @Test
    void listingTheFirstMailsOfAQueueLeavesNoConsumerBehind() throws Exception {
        FileSystemImpl fileSystem = new FileSystemImpl(new JamesServerResourceLoader(data.toString()));
        broker = new SpoolBroker(fileSystem);
        factory = new SpoolModule.SpoolQueueFactory(broker, new RawMailQueueItemDecoratorFactory(),
            new RecordingMetricFactory(), new NoopGaugeRegistry(), new ActiveMQMetricCollectorNoop());
        ManageableMailQueue outgoing = factory.createQueue(MailQueueName.of("outgoing"));
        for (int i = 0; i < 5; i++) {
            outgoing.enQueue(QueueRemoveMatchesExactlyTest.mail("m" + i, "alice@spoofguard.test", "bob@example.org"));
        }

        for (int poll = 0; poll < 20; poll++) {
            // what MailQueueRoutes.listMails does for GET /mailQueues/outgoing/mails?limit=1
            List<String> names = Limit.from(Optional.of(1)).applyOnStream(Iterators.toStream(outgoing.browse()))
                .map(item -> item.getMail().getName())
                .collect(Collectors.toList());
            assertThat(names).hasSize(1);
        }

        Field field = SpoolBroker.class.getDeclaredField("broker");
        field.setAccessible(true);
        BrokerService service = (BrokerService) field.get(broker);
        Destination queue = service.getDestination(new ActiveMQQueue("outgoing"));
        assertThat(queue.getConsumers())
            .as("consumers left on the outgoing queue after 20 WebAdmin listings with limit=1")
            .isEmpty();
    }
    @Test
    void aListingShowsQueuedThenScheduledMailsByEnvelopeWithoutTheirBodies() throws Exception {
        FileSystemImpl fileSystem = new FileSystemImpl(new JamesServerResourceLoader(data.toString()));
        broker = new SpoolBroker(fileSystem);
        factory = new SpoolModule.SpoolQueueFactory(broker, new RawMailQueueItemDecoratorFactory(),
            new RecordingMetricFactory(), new NoopGaugeRegistry(), new ActiveMQMetricCollectorNoop());
        ManageableMailQueue outgoing = factory.createQueue(MailQueueName.of("outgoing"));
        outgoing.enQueue(QueueRemoveMatchesExactlyTest.mail("retried", "alice@spoofguard.test", "bob@example.org"),
            Duration.ofHours(1));
        outgoing.enQueue(QueueRemoveMatchesExactlyTest.mail("queued", "alice@spoofguard.test", "carol@example.org",
            "dave@example.org"));

        List<ManageableMailQueue.MailQueueItemView> items = new ArrayList<>();
        outgoing.browse().forEachRemaining(items::add);

        assertThat(items).extracting(item -> item.getMail().getName()).containsExactly("queued", "retried");
        assertThat(items.get(0).getMail().getRecipients()).extracting(MailAddress::asString)
            .containsExactly("carol@example.org", "dave@example.org");
        assertThat(items.get(1).getNextDelivery()).hasValueSatisfying(
            next -> assertThat(next).isAfter(ZonedDateTime.now().plusMinutes(50)));
        assertThat(items).allSatisfy(item -> assertThat(item.getMail().getMessage()).isNull());
    }
}
