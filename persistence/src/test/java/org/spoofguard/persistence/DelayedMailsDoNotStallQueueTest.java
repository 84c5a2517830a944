package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.metrics.api.NoopGaugeRegistry;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.queue.activemq.metric.ActiveMQMetricCollectorNoop;
import org.apache.james.queue.api.MailQueue;
import org.apache.james.queue.api.MailQueueName;
import org.apache.james.queue.api.ManageableMailQueue;
import org.apache.james.queue.api.RawMailQueueItemDecoratorFactory;
import org.apache.james.server.core.JamesServerResourceLoader;
import org.apache.james.server.core.MailImpl;
import org.apache.james.server.core.filesystem.FileSystemImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.ValueSource;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * James 3.8.1's JMS queue implements a delay (RemoteDelivery retries in "outgoing", RetryingLocalDelivery's
 * local-delivery-retry via sendMail(..., delay) in "spool") as a JMS property and a consumer selector
 * "JAMES_NEXT_DELIVERY <= now". ActiveMQ pages a queue into memory in order and a bounded number at a time; when
 * what it paged in is all delayed, a mail enqueued after them was not dequeued until the delayed ones came due (hours
 * for RemoteDelivery). Measured before DelayingMailQueue (ActiveMQ 5.17.3, a consumer polling as James's spooler
 * does): 250 delayed ahead, the new mail came out at once; 1000 ahead, nothing within 90 s, and it came out only when
 * the delayed ones came due. Now delayed mails wait in the broker's scheduler, and these tests also check that they
 * still come out when due and that WebAdmin's queue routes (size, list, remove, flush) still see them.
 */
class DelayedMailsDoNotStallQueueTest {
    @TempDir
    Path data;

    static MailImpl mail(String name) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
            ("From: a@example.com\r\nTo: b@spoofguard.test\r\nSubject: s\r\nMessage-ID: <" + name + "@x>\r\n\r\nbody "
                + name + "\r\n").getBytes(StandardCharsets.US_ASCII)));
        return MailImpl.builder().name(name).sender(new MailAddress("a@example.com"))
            .addRecipient(new MailAddress("b@spoofguard.test")).mimeMessage(message).build();
    }

    private SpoolBroker broker;
    private SpoolModule.SpoolQueueFactory factory;

    private void open() {
        FileSystemImpl fileSystem = new FileSystemImpl(new JamesServerResourceLoader(data.toString()));
        broker = new SpoolBroker(fileSystem);
        factory = new SpoolModule.SpoolQueueFactory(broker, new RawMailQueueItemDecoratorFactory(),
            new RecordingMetricFactory(), new NoopGaugeRegistry(), new ActiveMQMetricCollectorNoop());
    }

    @AfterEach
    void close() throws Exception {
        if (factory != null) {
            factory.destroy();
            broker.stop();
        }
    }

    private static MailQueue.MailQueueItem next(MailQueue queue, Duration timeout) {
        return Flux.from(queue.deQueue()).timeout(timeout).onErrorResume(e -> Flux.empty()).blockFirst();
    }

    private static List<String> names(ManageableMailQueue queue) throws Exception {
        List<String> names = new ArrayList<>();
        ManageableMailQueue.MailQueueIterator items = queue.browse();
        try {
            items.forEachRemaining(item -> names.add(item.getMail().getName()));
        } finally {
            items.close();
        }
        return names;
    }

    /** Delayed mails still come out, after the mail that was not delayed, and with their body. */
    @Test
    void delayedMailsComeOutWhenDue() throws Exception {
        open();
        MailQueue spool = factory.createQueue(MailQueueName.of("spool"));
        for (int i = 0; i < 3; i++) {
            spool.enQueue(mail("deferred-" + i), Duration.ofSeconds(3));
        }
        spool.enQueue(mail("fresh"));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            MailQueue.MailQueueItem item = next(spool, Duration.ofSeconds(60));
            assertThat(item).as("mail %s of 4, dequeued so far %s", i + 1, out).isNotNull();
            out.add(item.getMail().getName());
            if (item.getMail().getName().startsWith("deferred")) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                item.getMail().getMessage().writeTo(body);
                assertThat(body.toString(StandardCharsets.US_ASCII)).contains("body " + item.getMail().getName());
                assertThat(item.getMail().getRecipients()).extracting(MailAddress::asString).containsExactly("b@spoofguard.test");
            }
            item.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
        }
        assertThat(out.get(0)).isEqualTo("fresh");
        assertThat(out).containsExactlyInAnyOrder("fresh", "deferred-0", "deferred-1", "deferred-2");
    }

    /**
     * ActiveMQ's scheduler deletes a due job even when sending it to its queue failed; with sendFailIfNoSpace that
     * happens whenever the store is full, and the mail was gone. It must instead reach the queue once there is room.
     */
    @Test
    void aMailComingDueWhileTheStoreIsFullIsQueuedOnceThereIsRoom() throws Exception {
        open();
        MailQueue outgoing = factory.createQueue(MailQueueName.of("outgoing"));
        outgoing.enQueue(mail("deferred"), Duration.ofSeconds(2));
        long limit = broker.usage().getStoreUsage().getLimit();
        broker.usage().getStoreUsage().setLimit(1);
        MailQueue.MailQueueItem early = next(outgoing, Duration.ofSeconds(12));
        assertThat(early).as("nothing can be queued while the store is full").isNull();
        broker.usage().getStoreUsage().setLimit(limit);
        MailQueue.MailQueueItem item = next(outgoing, Duration.ofSeconds(60));
        assertThat(item).as("the mail that came due while the store was full").isNotNull();
        assertThat(item.getMail().getName()).isEqualTo("deferred");
        item.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
    }

    /** A stop while such a mail waits for room must not delete it either: it is queued after the next start. */
    @Test
    void aMailWaitingForRoomAtAStopIsQueuedAfterTheNextStart() throws Exception {
        open();
        factory.createQueue(MailQueueName.of("outgoing")).enQueue(mail("deferred"), Duration.ofSeconds(2));
        broker.usage().getStoreUsage().setLimit(1);
        Thread.sleep(6000);
        factory.destroy();
        broker.stop();

        open();
        MailQueue.MailQueueItem item = next(factory.createQueue(MailQueueName.of("outgoing")), Duration.ofSeconds(60));
        assertThat(item).as("the mail that was waiting for room at the stop").isNotNull();
        assertThat(item.getMail().getName()).isEqualTo("deferred");
        item.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
    }

    /**
     * WebAdmin's /mailQueues routes call getSize, browse, remove and flush; James's own code sees only the queue, so
     * before these overrides a mail waiting in the scheduler was invisible, unremovable and could not be forced out.
     */
    @Test
    void webAdminsQueueOperationsSeeDelayedMails() throws Exception {
        open();
        ManageableMailQueue outgoing = factory.createQueue(MailQueueName.of("outgoing"));
        ManageableMailQueue spool = factory.createQueue(MailQueueName.of("spool"));
        outgoing.enQueue(mail("later-1"), Duration.ofHours(1));
        outgoing.enQueue(mail("later-2"), Duration.ofHours(4));
        outgoing.enQueue(mail("now"));
        spool.enQueue(mail("spool-later"), Duration.ofHours(1));

        assertThat(outgoing.getSize()).isEqualTo(3);
        assertThat(spool.getSize()).isEqualTo(1);
        assertThat(names(outgoing)).containsExactlyInAnyOrder("now", "later-1", "later-2");
        ManageableMailQueue.MailQueueIterator items = outgoing.browse();
        try {
            items.forEachRemaining(item -> {
                if (item.getMail().getName().equals("later-2")) {
                    assertThat(item.getNextDelivery()).isPresent();
                    assertThat(item.getNextDelivery().get()).isAfter(java.time.ZonedDateTime.now().plusHours(3));
                }
            });
        } finally {
            items.close();
        }

        assertThat(outgoing.remove(ManageableMailQueue.Type.Name, "later-1")).isEqualTo(1);
        assertThat(names(outgoing)).containsExactlyInAnyOrder("now", "later-2");
        assertThat(outgoing.remove(ManageableMailQueue.Type.Recipient, "b@spoofguard.test")).isEqualTo(2);
        assertThat(outgoing.getSize()).isZero();
        assertThat(spool.getSize()).as("another queue's delayed mail").isEqualTo(1);

        spool.flush();
        MailQueue.MailQueueItem forced = next(spool, Duration.ofSeconds(60));
        assertThat(forced).as("a flushed delayed mail is delivered now").isNotNull();
        assertThat(forced.getMail().getName()).isEqualTo("spool-later");
        forced.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
        assertThat(spool.getSize()).isZero();
    }

    /** 250 was reached before the change too (the control); 1000 was not, for the hour the others waited. */
    @ParameterizedTest
    @ValueSource(ints = {250, 1000})
    void aNewMailIsDequeuedPromptlyBehindManyDelayedOnes(int delayed) throws Exception {
        open();
        MailQueue outgoing = factory.createQueue(MailQueueName.of("outgoing"));
        CompletableFuture<MailQueue.MailQueueItem> polled = new CompletableFuture<>();
        // like James's spooler / RemoteDelivery: a consumer is polling while the delayed mails arrive
        Disposable poller = Flux.from(outgoing.deQueue()).subscribeOn(Schedulers.boundedElastic())
            .subscribe(polled::complete);
        try {
            Thread.sleep(2000);
            for (int i = 0; i < delayed; i++) {
                outgoing.enQueue(mail("deferred-" + i), Duration.ofHours(1));
            }
            outgoing.enQueue(mail("fresh"));
            // James's dequeue waits 10 s per receive: 90 s are several receives, no timing claim beyond "not an hour".
            MailQueue.MailQueueItem item;
            try {
                item = polled.get(90, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                item = null;
            }
            assertThat(item).as("the undelayed mail behind %s delayed ones", delayed).isNotNull();
            assertThat(item.getMail().getName()).isEqualTo("fresh");
            // done before the poller is disposed: disposing interrupts the receive it blocks in, and ActiveMQ then
            // failed the queue's shared connection ("Transport disposed" on done)
            item.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
        } finally {
            poller.dispose();
        }
    }
}
