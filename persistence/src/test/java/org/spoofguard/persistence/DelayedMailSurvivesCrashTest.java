package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.james.metrics.api.NoopGaugeRegistry;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.queue.activemq.metric.ActiveMQMetricCollectorNoop;
import org.apache.james.queue.api.MailQueue;
import org.apache.james.queue.api.MailQueueName;
import org.apache.james.queue.api.ManageableMailQueue;
import org.apache.james.queue.api.RawMailQueueItemDecoratorFactory;
import org.apache.james.server.core.JamesServerResourceLoader;
import org.apache.james.server.core.filesystem.FileSystemImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import reactor.core.publisher.Flux;

/**
 * A delayed mail (a RemoteDelivery retry, a local-delivery-retry) waits in the broker's job scheduler, a store of
 * its own beside the queue's KahaDB. It must be on disk when enQueue returns, because James then acks the mail it
 * took from the queue: a kill -9 right after must neither lose it nor keep it from coming out when due.
 */
class DelayedMailSurvivesCrashTest {
    @TempDir
    Path data;

    private static SpoolModule.SpoolQueueFactory factory(SpoolBroker broker) {
        return new SpoolModule.SpoolQueueFactory(broker, new RawMailQueueItemDecoratorFactory(),
            new RecordingMetricFactory(), new NoopGaugeRegistry(), new ActiveMQMetricCollectorNoop());
    }

    /** Run in a child JVM: queues one mail delayed 3 s on "outgoing", says so, and waits to be killed. */
    public static final class Enqueuer {
        public static void main(String[] args) throws Exception {
            SpoolBroker broker = new SpoolBroker(new FileSystemImpl(new JamesServerResourceLoader(args[0])));
            factory(broker).createQueue(MailQueueName.of("outgoing"))
                .enQueue(DelayedMailsDoNotStallQueueTest.mail("deferred"), Duration.ofSeconds(3));
            System.out.println("QUEUED");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void aDelayedMailSurvivesKillMinus9AndIsDeliveredWhenDue() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Enqueuer.class.getName(), data.toString())
            .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("QUEUED")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the child's output: %s", seen).isEqualTo("QUEUED");
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        SpoolBroker broker = new SpoolBroker(new FileSystemImpl(new JamesServerResourceLoader(data.toString())));
        SpoolModule.SpoolQueueFactory factory = factory(broker);
        try {
            ManageableMailQueue outgoing = factory.createQueue(MailQueueName.of("outgoing"));
            MailQueue.MailQueueItem item = Flux.from(outgoing.deQueue()).timeout(Duration.ofSeconds(90))
                .onErrorResume(e -> Flux.empty()).blockFirst();
            assertThat(item).as("the delayed mail after kill -9 and restart").isNotNull();
            assertThat(item.getMail().getName()).isEqualTo("deferred");
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            item.getMail().getMessage().writeTo(body);
            assertThat(body.toString(StandardCharsets.US_ASCII)).contains("body deferred");
            item.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
            assertThat(outgoing.getSize()).isZero();
        } finally {
            factory.destroy();
            broker.stop();
        }
    }
}
