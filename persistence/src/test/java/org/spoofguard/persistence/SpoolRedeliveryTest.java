package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.metrics.api.NoopGaugeRegistry;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.queue.activemq.metric.ActiveMQMetricCollectorNoop;
import org.apache.james.queue.api.MailQueue;
import org.apache.james.queue.api.MailQueueName;
import org.apache.james.queue.api.RawMailQueueItemDecoratorFactory;
import org.apache.james.server.core.JamesServerResourceLoader;
import org.apache.james.server.core.MailImpl;
import org.apache.james.server.core.filesystem.FileSystemImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import reactor.core.publisher.Flux;

/**
 * what SpoolBroker/SpoolModule do with a spooled mail whose processing is nacked
 * (JamesMailSpooler.handleError -> nack -> MailQueueItem.done(RETRY) when re-enqueue or the error repository fails,
 * e.g. a full disk), and where the body of a spooled mail lives.
 */
class SpoolRedeliveryTest {
    @TempDir
    Path data;

    private static MailImpl mail(String name) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
            ("From: a@example.com\r\nTo: b@spoofguard.test\r\nSubject: kept\r\nMessage-ID: <" + name + "@x>\r\n\r\nbody "
                + name + "\r\n").getBytes(StandardCharsets.US_ASCII)));
        return MailImpl.builder().name(name).sender(new MailAddress("a@example.com"))
            .addRecipient(new MailAddress("b@spoofguard.test")).mimeMessage(message).build();
    }

    private static MailQueue.MailQueueItem next(MailQueue queue, Duration timeout) {
        return Flux.from(queue.deQueue()).timeout(timeout).onErrorResume(e -> Flux.empty()).blockFirst();
    }

    /**
     * A mail the spooler cannot finish (nack = done(RETRY), James's fallback when even the error repository or the
     * re-enqueue fails) must stay in the spool, to be processed again later. ActiveMQ's default redelivery policy
     * (6 redeliveries) instead moves it to ActiveMQ.DLQ, which nothing in James or SpoofGuard reads: the mail was
     * accepted with a 250 and silently disappears from the spool.
     */
    @Test
    void aMailNackedSevenTimesIsStillInTheSpool() throws Exception {
        FileSystemImpl fileSystem = new FileSystemImpl(new JamesServerResourceLoader(data.toString()));
        // The production back-off (1 s doubling) would take 2 minutes for 7 nacks; the limit is what is tested.
        SpoolBroker broker = new SpoolBroker(fileSystem, 10, 200);
        SpoolModule.SpoolQueueFactory factory = new SpoolModule.SpoolQueueFactory(broker,
            new RawMailQueueItemDecoratorFactory(), new RecordingMetricFactory(), new NoopGaugeRegistry(),
            new ActiveMQMetricCollectorNoop());
        try {
            MailQueue spool = factory.createQueue(MailQueueName.of("spool"));
            spool.enQueue(mail("m1"));
            int nacks = 0;
            for (int i = 0; i < 7; i++) {
                MailQueue.MailQueueItem item = next(spool, Duration.ofSeconds(15));
                if (item == null) {
                    break;
                }
                assertThat(item.getMail().getName()).isEqualTo("m1");
                item.done(MailQueue.MailQueueItem.CompletionStatus.RETRY);
                nacks++;
            }
            MailQueue.MailQueueItem again = next(spool, Duration.ofSeconds(15));
            System.out.println("nacks before the mail vanished or after 7: " + nacks + "; dequeued afterwards: "
                + (again == null ? "nothing" : again.getMail().getName()));
            System.out.println("messages in ActiveMQ.DLQ (read by nothing): " + dlq(broker));
            assertThat(again).as("mail m1 after %s nacks", nacks).isNotNull();
            again.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
        } finally {
            factory.destroy();
            broker.stop();
        }
    }

    private static int dlq(SpoolBroker broker) throws Exception {
        javax.jms.Connection c = broker.connectionFactory().createConnection();
        try {
            c.start();
            javax.jms.Session s = c.createSession(false, javax.jms.Session.AUTO_ACKNOWLEDGE);
            java.util.Enumeration<?> e = s.createBrowser(s.createQueue("ActiveMQ.DLQ")).getEnumeration();
            int n = 0;
            while (e.hasMoreElements()) {
                e.nextElement();
                n++;
            }
            return n;
        } finally {
            c.close();
        }
    }

    /**
     * The 250 stands for the KahaDB journal write, synced ("always"). But James's ActiveMQ queue (useBlob, the
     * default SpoolModule keeps) puts the message body in a blob file under var/store/activemq/blob-transfer,
     * written by FileSystemBlobStrategy with FileOutputStream + flush + close, never fsync'ed: after a power loss
     * or OS crash the journal names a mail whose content may be empty or missing.
     */
    @Test
    void theSpooledBodyIsInTheSyncedJournalNotAnUnsyncedBlobFile() throws Exception {
        FileSystemImpl fileSystem = new FileSystemImpl(new JamesServerResourceLoader(data.toString()));
        SpoolBroker broker = new SpoolBroker(fileSystem);
        SpoolModule.SpoolQueueFactory factory = new SpoolModule.SpoolQueueFactory(broker,
            new RawMailQueueItemDecoratorFactory(), new RecordingMetricFactory(), new NoopGaugeRegistry(),
            new ActiveMQMetricCollectorNoop());
        try {
            MailQueue spool = factory.createQueue(MailQueueName.of("spool"));
            spool.enQueue(mail("m2"));
            Path blobs = data.resolve("var/store/activemq/blob-transfer");
            List<Path> files = Files.exists(blobs)
                ? Files.walk(blobs).filter(Files::isRegularFile).toList() : List.of();
            System.out.println("blob files holding spooled bodies: " + files);
            assertThat(files).as("spooled mail bodies outside the synced KahaDB journal").isEmpty();
        } finally {
            factory.destroy();
            broker.stop();
        }
    }

    /**
     * The data directory is moved (new disk, restore from backup to another path) while mail waits in the spool or
     * the outgoing queue (RemoteDelivery retries wait hours). The blob message stores the ABSOLUTE file: URL of the
     * body, so after the move the queued mail's content is read from the old path.
     */
    @Test
    void aQueuedMailIsReadableAfterTheDataDirectoryMoved() throws Exception {
        Path before = data.resolve("before");
        Path after = data.resolve("after");
        FileSystemImpl fs1 = new FileSystemImpl(new JamesServerResourceLoader(before.toString()));
        SpoolBroker broker1 = new SpoolBroker(fs1);
        SpoolModule.SpoolQueueFactory factory1 = new SpoolModule.SpoolQueueFactory(broker1,
            new RawMailQueueItemDecoratorFactory(), new RecordingMetricFactory(), new NoopGaugeRegistry(),
            new ActiveMQMetricCollectorNoop());
        factory1.createQueue(MailQueueName.of("outgoing")).enQueue(mail("m3"));
        factory1.destroy();
        broker1.stop();

        Files.move(before, after);

        FileSystemImpl fs2 = new FileSystemImpl(new JamesServerResourceLoader(after.toString()));
        SpoolBroker broker2 = new SpoolBroker(fs2);
        SpoolModule.SpoolQueueFactory factory2 = new SpoolModule.SpoolQueueFactory(broker2,
            new RawMailQueueItemDecoratorFactory(), new RecordingMetricFactory(), new NoopGaugeRegistry(),
            new ActiveMQMetricCollectorNoop());
        try {
            MailQueue.MailQueueItem item = next(factory2.createQueue(MailQueueName.of("outgoing")), Duration.ofSeconds(15));
            assertThat(item).as("queued mail after the move").isNotNull();
            String content;
            try {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                item.getMail().getMessage().writeTo(out);
                content = out.toString(StandardCharsets.US_ASCII);
            } catch (Exception e) {
                content = "unreadable: " + e;
            }
            System.out.println("queued mail after moving the data directory: " + content.replace("\r\n", " | "));
            item.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
            assertThat(content).contains("body m3");
        } finally {
            factory2.destroy();
            broker2.stop();
        }
    }

    /** A mail queued as a blob message by an older install (useBlob) is still delivered after the upgrade. */
    @Test
    void aBlobMessageQueuedBeforeTheUpgradeIsStillRead() throws Exception {
        FileSystemImpl fileSystem = new FileSystemImpl(new JamesServerResourceLoader(data.toString()));
        SpoolBroker broker1 = new SpoolBroker(fileSystem);
        org.apache.james.queue.activemq.ActiveMQMailQueueFactory old =
            new org.apache.james.queue.activemq.ActiveMQMailQueueFactory(broker1.connectionFactory(),
                new RawMailQueueItemDecoratorFactory(), new RecordingMetricFactory(), new NoopGaugeRegistry(),
                new ActiveMQMetricCollectorNoop());
        old.setUseJMX(false);
        old.init();
        old.createQueue(MailQueueName.of("outgoing")).enQueue(mail("m4"));
        old.destroy();
        broker1.stop();
        assertThat(Files.walk(data.resolve("var/store/activemq/blob-transfer")).filter(Files::isRegularFile))
            .as("the old install's blob file").isNotEmpty();

        SpoolBroker broker2 = new SpoolBroker(fileSystem);
        SpoolModule.SpoolQueueFactory factory = new SpoolModule.SpoolQueueFactory(broker2,
            new RawMailQueueItemDecoratorFactory(), new RecordingMetricFactory(), new NoopGaugeRegistry(),
            new ActiveMQMetricCollectorNoop());
        try {
            MailQueue.MailQueueItem item = next(factory.createQueue(MailQueueName.of("outgoing")), Duration.ofSeconds(15));
            assertThat(item).as("blob mail after the upgrade").isNotNull();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            item.getMail().getMessage().writeTo(out);
            item.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
            assertThat(out.toString(StandardCharsets.US_ASCII)).contains("body m4");
        } finally {
            factory.destroy();
            broker2.stop();
        }
    }

    /** KahaDB cannot split a record across journal files: the largest accepted message must fit in one. */
    @Test
    void theLargestAcceptedMessageFitsInAJournalFile() throws Exception {
        String xml = Files.readString(Path.of("..", "conf", "smtpserver.xml"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<maxmessagesize>(\\d+)</maxmessagesize>").matcher(xml);
        long largest = 0;
        while (m.find()) {
            largest = Math.max(largest, Long.parseLong(m.group(1)) * 1024);
        }
        assertThat(largest).isPositive();
        // Room for the mail's properties (recipients, attributes) and the message's own encoding.
        assertThat((long) SpoolBroker.JOURNAL_FILE_LENGTH).isGreaterThan(largest * 2);
    }

    /** A body inside the journal record: the largest accepted size (50 MB) still goes through the spool. */
    @Test
    void aMailOfTheLargestAcceptedSizeIsSpooledAndRead() throws Exception {
        FileSystemImpl fileSystem = new FileSystemImpl(new JamesServerResourceLoader(data.toString()));
        SpoolBroker broker = new SpoolBroker(fileSystem);
        SpoolModule.SpoolQueueFactory factory = new SpoolModule.SpoolQueueFactory(broker,
            new RawMailQueueItemDecoratorFactory(), new RecordingMetricFactory(), new NoopGaugeRegistry(),
            new ActiveMQMetricCollectorNoop());
        try {
            StringBuilder body = new StringBuilder(50 * 1024 * 1024 + 100);
            String line = "x".repeat(998) + "\r\n";
            while (body.length() < 50 * 1024 * 1024 - 1000) {
                body.append(line);
            }
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
                ("From: a@example.com\r\nTo: b@spoofguard.test\r\nSubject: big\r\n\r\n" + body + "end\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            MailQueue spool = factory.createQueue(MailQueueName.of("spool"));
            spool.enQueue(MailImpl.builder().name("big").sender(new MailAddress("a@example.com"))
                .addRecipient(new MailAddress("b@spoofguard.test")).mimeMessage(message).build());
            MailQueue.MailQueueItem item = next(spool, Duration.ofSeconds(60));
            assertThat(item).isNotNull();
            assertThat(item.getMail().getMessageSize()).isGreaterThan(50L * 1024 * 1024 - 2000);
            item.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
        } finally {
            factory.destroy();
            broker.stop();
        }
    }
}
