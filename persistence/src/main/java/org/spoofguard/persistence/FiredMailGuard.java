package org.spoofguard.persistence;

import java.io.IOException;

import javax.jms.ResourceAllocationException;

import org.apache.activemq.advisory.AdvisorySupport;
import org.apache.activemq.broker.Broker;
import org.apache.activemq.broker.BrokerFilter;
import org.apache.activemq.broker.ProducerBrokerExchange;
import org.apache.activemq.command.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits between ActiveMQ's SchedulerBroker and the queues: a delayed mail that comes due is sent to its queue here.
 *
 * <p>SchedulerBroker logs a failed send of a due job and the scheduler then deletes the job: with
 * {@code sendFailIfNoSpace} (a full store fails SMTP's enqueue with 451 instead of blocking) every mail coming due
 * while the store is full would be lost. Here such a send is retried until it goes through, holding the scheduler
 * (further delayed mails wait, nothing is dropped); if the broker stops meanwhile, the {@link Error} ends the
 * scheduler's thread before it deletes the job, so the mail is still in the scheduler store at the next start.
 */
final class FiredMailGuard extends BrokerFilter {
    private static final Logger LOGGER = LoggerFactory.getLogger(FiredMailGuard.class);
    /** The property SchedulerBroker gives a message it fires (and its browse copies, which are advisories). */
    static final String FIRED_JOB_ID = "scheduledJobId";

    private final long retryMs;

    FiredMailGuard(Broker next, long retryMs) {
        super(next);
        this.retryMs = retryMs;
    }

    @Override
    public void send(ProducerBrokerExchange exchange, Message message) throws Exception {
        if (message.getProperty(FIRED_JOB_ID) == null || AdvisorySupport.ADIVSORY_MESSAGE_TYPE.equals(message.getType())) {
            super.send(exchange, message);
            return;
        }
        long nextWarning = 0;
        while (true) {
            try {
                super.send(exchange, message);
                return;
            } catch (ResourceAllocationException | IOException e) {
                if (getBrokerService().isStopping() || !getBrokerService().isStarted()) {
                    throw new KeepJob(e);
                }
                if (System.currentTimeMillis() >= nextWarning) {
                    LOGGER.warn("SpoofGuard: a delayed mail came due but its queue refuses it ({}); retrying, the mail "
                        + "stays in the scheduler store", e.getMessage());
                    nextWarning = System.currentTimeMillis() + 60_000;
                }
                Thread.sleep(retryMs);
            }
        }
    }

    /** Not an Exception: SchedulerBroker catches those and the job would be deleted. */
    static final class KeepJob extends Error {
        KeepJob(Throwable cause) {
            super("broker stopping while a due mail could not be queued; it stays scheduled", cause);
        }
    }
}
