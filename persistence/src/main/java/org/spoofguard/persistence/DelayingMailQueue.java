package org.spoofguard.persistence;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.DeliveryMode;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageProducer;
import javax.jms.ObjectMessage;
import javax.jms.QueueBrowser;
import javax.jms.Session;
import javax.mail.MessagingException;

import org.apache.activemq.ScheduledMessage;
import org.apache.activemq.broker.scheduler.Job;
import org.apache.activemq.broker.scheduler.JobScheduler;
import org.apache.activemq.command.ActiveMQMessage;
import org.apache.activemq.openwire.OpenWireFormat;
import org.apache.activemq.util.ByteSequence;
import org.apache.james.metrics.api.GaugeRegistry;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.queue.activemq.ActiveMQCacheableMailQueue;
import org.apache.james.queue.api.MailQueueItemDecoratorFactory;
import org.apache.james.queue.api.MailQueueName;
import org.apache.mailet.Mail;

/**
 * James's ActiveMQ queue with its delays held in the broker's job scheduler instead of in the queue.
 *
 * <p>James 3.8.1 leaves a delayed mail (RemoteDelivery's retries in {@code outgoing}, RetryingLocalDelivery's in
 * {@code spool}) in the queue and skips it with the consumer selector {@code JAMES_NEXT_DELIVERY <= now}. ActiveMQ
 * pages a queue into memory in order and a bounded number at a time; once about a thousand waiting mails fill what
 * it paged in, a due mail behind them is not reached until they come due: one dead domain held all outgoing mail
 * for hours (DelayedMailsDoNotStallQueueTest). Here a delayed mail goes to the scheduler ({@code AMQ_SCHEDULED_DELAY},
 * persisted in its own journal, see {@link SpoolBroker}) and enters the queue only when due; it keeps
 * {@code JAMES_NEXT_DELIVERY}, so James's selector takes it then.
 *
 * <p>WebAdmin's mail queue routes (size, list, flush, remove, clear) see the queue only in James's code; mails
 * waiting in the scheduler are added here, so they are counted, listed, forced out and removed as before. Jobs are
 * read one due-time window at a time (see {@link DelayedMails}). A flush or remove racing the mail's own due time
 * can queue it twice (copied before the job is removed), never lose it.
 */
final class DelayingMailQueue extends ActiveMQCacheableMailQueue {
    private static final org.slf4j.Logger LOGGER = org.slf4j.LoggerFactory.getLogger(DelayingMailQueue.class);

    private static final long FIRST_WINDOW_MS = 60_000;
    /** Most mails {@link #browse()} lists: a page for an admin, bounded in memory when WebAdmin gives no limit. */
    static final int BROWSE_LIMIT = 1000;

    private final ConnectionFactory connectionFactory;
    private final JobScheduler scheduler;
    private final OpenWireFormat wireFormat = new OpenWireFormat();

    DelayingMailQueue(ConnectionFactory connectionFactory, JobScheduler scheduler, MailQueueItemDecoratorFactory decorators,
                      MailQueueName name, MetricFactory metrics, GaugeRegistry gauges) {
        super(connectionFactory, decorators, name, false, metrics, gauges);
        this.connectionFactory = connectionFactory;
        this.scheduler = scheduler;
    }

    @Override
    protected void produceMail(Map<String, Object> props, int msgPrio, Mail mail) throws JMSException, MessagingException, IOException {
        long delay = (Long) props.get(JAMES_NEXT_DELIVERY) - System.currentTimeMillis();
        if (delay > 0) {
            Map<String, Object> scheduled = new HashMap<>(props);
            scheduled.put(ScheduledMessage.AMQ_SCHEDULED_DELAY, delay);
            super.produceMail(scheduled, msgPrio, mail);
        } else {
            super.produceMail(props, msgPrio, mail);
        }
    }

    @Override
    public long getSize() throws MailQueueException {
        return super.getSize() + scheduled(message -> true, (job, message) -> { });
    }

    @Override
    public long flush() throws MailQueueException {
        long inQueue = super.flush();
        Session session = null;
        MessageProducer producer = null;
        try {
            session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            producer = session.createProducer(queue);
            Session forcing = session;
            MessageProducer sender = producer;
            // Copied into the queue before the job is removed: a crash in between delivers twice, never not at all.
            return inQueue + scheduled(message -> true, (job, message) -> {
                Message forced = unscheduledCopy(forcing, message);
                forced.setBooleanProperty(FORCE_DELIVERY, true);
                sender.send(forced, DeliveryMode.PERSISTENT, message.getJMSPriority(), Message.DEFAULT_TIME_TO_LIVE);
                scheduler.remove(job.getJobId());
            });
        } catch (JMSException e) {
            throw new MailQueueException("Unable to flush the delayed mails of " + queueName.asString(), e);
        } finally {
            closeProducer(producer);
            closeSession(session);
        }
    }

    @Override
    public long clear() throws MailQueueException {
        return super.clear() + removeScheduled(message -> true);
    }

    @Override
    public long remove(Type type, String value) throws MailQueueException {
        // Not super.remove: James 3.8.1 pastes the value into its selector unescaped (see QueuedMailMatch).
        Optional<String> selector = QueuedMailMatch.selector(type, value);
        long inQueue = selector.isPresent() ? count(removeWithSelector(selector.get())) : 0;
        return inQueue + removeScheduled(message -> QueuedMailMatch.matches(type, value,
            message.getStringProperty(JAMES_MAIL_NAME), message.getStringProperty(JAMES_MAIL_SENDER),
            message.getStringProperty(JAMES_MAIL_RECIPIENTS)));
    }

    /**
     * The first {@link #BROWSE_LIMIT} mails, queued ones first, as envelopes: name, sender, recipients, attributes and
     * next delivery, without the message ({@code getMail().getMessage()} is null).
     *
     * <p>WebAdmin's {@code GET /mailQueues/{queue}/mails?limit=N} (James 3.8.1 MailQueueRoutes.listMails) stops
     * after N items and never closes the iterator; James's browse held an open JMS QueueBrowser, a consumer on the
     * broker, so each listing left one behind until restart. The queued part is therefore read here and its browser
     * closed before returning; the scheduled part holds no broker resource. Envelopes only, so a page of a thousand
     * mails costs their headers, not their bodies; the limit bounds it when no {@code limit} is given.
     */
    @Override
    public MailQueueIterator browse() throws MailQueueException {
        List<MailQueueItemView> queued = queuedEnvelopes(BROWSE_LIMIT);
        DelayedMails delayed = new DelayedMails();
        return new MailQueueIterator() {
            private int returned;

            @Override
            public boolean hasNext() {
                return returned < queued.size() || (returned < BROWSE_LIMIT && delayed.hasNext());
            }

            @Override
            public MailQueueItemView next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (returned < queued.size()) {
                    return queued.get(returned++);
                }
                returned++;
                try {
                    return envelope(delayed.next().message);
                } catch (JMSException e) {
                    throw new IllegalStateException("Unable to read a delayed mail of " + queueName.asString(), e);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    private List<MailQueueItemView> queuedEnvelopes(int limit) throws MailQueueException {
        // Its own connection: closing a JMS session or browser only tells the broker asynchronously, closing a
        // connection waits for it, so no browser is left on the broker when this returns.
        Connection browsing = null;
        try {
            browsing = connectionFactory.createConnection();
            browsing.start();
            QueueBrowser browser = browsing.createSession(false, Session.AUTO_ACKNOWLEDGE).createBrowser(queue);
            Enumeration<?> messages = browser.getEnumeration();
            List<MailQueueItemView> envelopes = new ArrayList<>();
            while (envelopes.size() < limit && messages.hasMoreElements()) {
                Message message = (Message) messages.nextElement();
                try {
                    envelopes.add(envelope(message));
                } catch (JMSException | RuntimeException unreadable) {
                    // as James's own browse: one mail that cannot be read does not hide the others from the admin
                    LOGGER.warn("Skipping a mail of {} that cannot be read for the listing: {}", queueName.asString(),
                        unreadable.toString());
                }
            }
            return envelopes;
        } catch (JMSException e) {
            throw new MailQueueException("Unable to browse the mails of " + queueName.asString(), e);
        } finally {
            if (browsing != null) {
                try {
                    browsing.close();
                } catch (JMSException e) {
                    // what was read is returned; the broker drops the browser with the connection's transport
                }
            }
        }
    }

    private MailQueueItemView envelope(Message message) throws JMSException {
        return new DefaultMailQueueItemView(populateMail(message).build(),
            Instant.ofEpochMilli(message.getLongProperty(JAMES_NEXT_DELIVERY)).atZone(ZoneId.systemDefault()));
    }

    private long removeScheduled(MessageFilter filter) throws MailQueueException {
        return scheduled(filter, (job, message) -> scheduler.remove(job.getJobId()));
    }

    @FunctionalInterface
    private interface MessageFilter {
        boolean test(ActiveMQMessage message) throws Exception;
    }

    @FunctionalInterface
    private interface JobAction {
        void apply(Job job, ActiveMQMessage message) throws Exception;
    }

    /** Applies the action to this queue's scheduled mails that pass the filter; returns how many. */
    private long scheduled(MessageFilter filter, JobAction action) throws MailQueueException {
        long count = 0;
        try {
            DelayedMails delayed = new DelayedMails();
            while (delayed.hasNext()) {
                DelayedMail mail = delayed.next();
                if (filter.test(mail.message)) {
                    action.apply(mail.job, mail.message);
                    count++;
                }
            }
            return count;
        } catch (Exception e) {
            throw new MailQueueException("Unable to read the delayed mails of " + queueName.asString(), e);
        }
    }

    private static final class DelayedMail {
        final Job job;
        final ActiveMQMessage message;

        DelayedMail(Job job, ActiveMQMessage message) {
            this.job = job;
            this.message = message;
        }
    }

    /**
     * This queue's scheduled mails in due order. The scheduler keeps only job locations in memory and reads bodies
     * from its journal; this reads one window of due time at a time (doubling from a minute past now), so a walk
     * over thousands of delayed mails holds the bodies of one window, not of all.
     */
    private final class DelayedMails implements Iterator<DelayedMail> {
        private long from = 0;
        private long width = FIRST_WINDOW_MS;
        private long to = System.currentTimeMillis() + FIRST_WINDOW_MS;
        private boolean last;
        private Iterator<Job> window = Collections.emptyIterator();
        private DelayedMail next;

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (window.hasNext()) {
                        Job job = window.next();
                        ActiveMQMessage message = (ActiveMQMessage) wireFormat.unmarshal(new ByteSequence(job.getPayload()));
                        if (queueName.asString().equals(message.getDestination().getPhysicalName())) {
                            next = new DelayedMail(job, message);
                        }
                    } else if (last) {
                        return false;
                    } else {
                        window = scheduler.getAllJobs(from, to).iterator();
                        last = to == Long.MAX_VALUE;
                        from = to + 1;
                        width = Math.min(width * 2, Long.MAX_VALUE / 4);
                        to = to > Long.MAX_VALUE - width ? Long.MAX_VALUE : to + width;
                    }
                }
                return true;
            } catch (Exception e) {
                throw new IllegalStateException("Unable to read the delayed mails of " + queueName.asString(), e);
            }
        }

        @Override
        public DelayedMail next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            DelayedMail result = next;
            next = null;
            return result;
        }
    }

    /** The mail as it would be fired, without the scheduling properties, so the broker queues it at once. */
    private static Message unscheduledCopy(Session session, ActiveMQMessage message) throws JMSException {
        ObjectMessage copy = session.createObjectMessage(((ObjectMessage) message).getObject());
        Enumeration<?> names = message.getPropertyNames();
        while (names.hasMoreElements()) {
            String name = (String) names.nextElement();
            if (!name.startsWith("AMQ_SCHEDULED_") && !name.equals(FiredMailGuard.FIRED_JOB_ID)) {
                copy.setObjectProperty(name, message.getObjectProperty(name));
            }
        }
        return copy;
    }
}
