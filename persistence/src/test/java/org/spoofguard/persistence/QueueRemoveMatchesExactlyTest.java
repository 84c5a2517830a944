package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.metrics.api.NoopGaugeRegistry;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.queue.activemq.metric.ActiveMQMetricCollectorNoop;
import org.apache.james.queue.api.MailQueueName;
import org.apache.james.queue.api.ManageableMailQueue;
import org.apache.james.queue.api.RawMailQueueItemDecoratorFactory;
import org.apache.james.server.core.JamesServerResourceLoader;
import org.apache.james.server.core.MailImpl;
import org.apache.james.server.core.filesystem.FileSystemImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WebAdmin's {@code DELETE /mailQueues/{queue}/mails?sender=|recipient=|name=} ends in
 * {@link DelayingMailQueue#remove}, which passes the value to James 3.8.1's JMS queue, and that pastes it unescaped
 * into a JMS selector ({@code JAMES_MAIL_SENDER = '<value>'}, {@code JAMES_MAIL_RECIPIENTS LIKE '<value>;%'}). The
 * part DelayingMailQueue adds for scheduled mails compares exactly; the queued part does not:
 * <ul>
 * <li>an apostrophe, legal in an unquoted local part (o'brien@), makes the selector invalid: the admin cannot remove
 * that sender's mails at all;</li>
 * <li>a sender whose local part is {@code x'OR'a'='a'OR'b'='b} (valid atext, a spammer can pick it) turns "remove
 * this spammer's mails" into "remove every mail in the queue": mail lost;</li>
 * <li>{@code _} and {@code %}, legal in local parts, are LIKE wildcards: removing mails for {@code john_doe@} also
 * removes a mail for {@code john-doe@} (and another recipient).</li>
 * </ul>
 */
class QueueRemoveMatchesExactlyTest {
    @TempDir
    Path data;

    private SpoolBroker broker;
    private SpoolModule.SpoolQueueFactory factory;

    private ManageableMailQueue open() {
        FileSystemImpl fileSystem = new FileSystemImpl(new JamesServerResourceLoader(data.toString()));
        broker = new SpoolBroker(fileSystem);
        factory = new SpoolModule.SpoolQueueFactory(broker, new RawMailQueueItemDecoratorFactory(),
            new RecordingMetricFactory(), new NoopGaugeRegistry(), new ActiveMQMetricCollectorNoop());
        return factory.createQueue(MailQueueName.of("outgoing"));
    }

    @AfterEach
    void close() throws Exception {
        if (factory != null) {
            factory.destroy();
            broker.stop();
        }
    }

    static MailImpl mail(String name, String sender, String... recipients) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
            ("From: a@example.com\r\nSubject: s\r\nMessage-ID: <" + name + "@x>\r\n\r\nbody\r\n")
                .getBytes(StandardCharsets.US_ASCII)));
        MailImpl.Builder b = MailImpl.builder().name(name).sender(new MailAddress(sender)).mimeMessage(message);
        for (String r : recipients) {
            b.addRecipient(new MailAddress(r));
        }
        return b.build();
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

    @Test
    void removingOneSendersMailsDoesNotRemoveEveryonesMail() throws Exception {
        ManageableMailQueue outgoing = open();
        String spammer = new MailAddress("x'OR'a'='a'OR'b'='b@evil.test").asString();
        outgoing.enQueue(mail("spam", spammer, "victim@example.net"));
        outgoing.enQueue(mail("invoice-to-customer", "alice@spoofguard.test", "customer@example.org"));

        long removed = outgoing.remove(ManageableMailQueue.Type.Sender, spammer);

        assertThat(names(outgoing))
            .as("DELETE /mailQueues/outgoing/mails?sender=%s said %d removed", spammer, removed)
            .containsExactly("invoice-to-customer");
    }

    @Test
    void aSenderWithAnApostropheCanBeRemoved() throws Exception {
        ManageableMailQueue outgoing = open();
        outgoing.enQueue(mail("from-obrien", "o'brien@example.com", "bob@example.net"));
        outgoing.enQueue(mail("other", "alice@spoofguard.test", "customer@example.org"));

        outgoing.remove(ManageableMailQueue.Type.Sender, "o'brien@example.com");

        assertThat(names(outgoing)).containsExactly("other");
    }

    @Test
    void removingOneRecipientsMailsDoesNotTreatUnderscoreAsAWildcard() throws Exception {
        ManageableMailQueue outgoing = open();
        outgoing.enQueue(mail("to-john-doe", "alice@spoofguard.test", "john-doe@example.org", "carol@example.org"));
        outgoing.enQueue(mail("to-john_doe", "alice@spoofguard.test", "john_doe@example.org"));

        long removed = outgoing.remove(ManageableMailQueue.Type.Recipient, "john_doe@example.org");

        assertThat(names(outgoing))
            .as("DELETE ?recipient=john_doe@example.org said %d removed", removed)
            .containsExactly("to-john-doe");
    }
    @Test
    void scheduledMailsAreRemovedByTheSameExactRule() throws Exception {
        ManageableMailQueue outgoing = open();
        Duration retry = Duration.ofHours(1);
        String spammer = new MailAddress("x'OR'a'='a'OR'b'='b@evil.test").asString();
        outgoing.enQueue(mail("spam", spammer, "victim@example.net"), retry);
        outgoing.enQueue(mail("from-obrien", "o'brien@example.com", "bob@example.net"), retry);
        outgoing.enQueue(mail("to-john-doe", "alice@spoofguard.test", "john-doe@example.org", "carol@example.org"), retry);
        outgoing.enQueue(mail("to-john_doe", "alice@spoofguard.test", "john_doe@example.org"), retry);
        outgoing.enQueue(mail("to-carol", "alice@spoofguard.test", "dave@example.org", "carol@example.org"));

        assertThat(outgoing.remove(ManageableMailQueue.Type.Sender, spammer)).isEqualTo(1);
        assertThat(outgoing.remove(ManageableMailQueue.Type.Sender, "o'brien@example.com")).isEqualTo(1);
        assertThat(outgoing.remove(ManageableMailQueue.Type.Recipient, "john_doe@example.org")).isEqualTo(1);
        assertThat(outgoing.remove(ManageableMailQueue.Type.Recipient, "carol@example.org"))
            .as("one queued and one scheduled mail for carol").isEqualTo(2);

        assertThat(names(outgoing)).isEmpty();
    }
}
