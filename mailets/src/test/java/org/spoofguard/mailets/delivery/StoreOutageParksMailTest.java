package org.spoofguard.mailets.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.james.mailbox.exception.MailboxException;
import org.apache.mailet.Mail;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/**
 * Review (pipeline, finding 2): a mailbox store outage longer than about ten seconds (PostgreSQL restarting) parked
 * every mail being delivered in var/mail/error for good. The conf's answer to a store failure was LocalDelivery
 * onMailetException=propagate, "the spooler retries the mail"; but James 3.8.1's JamesMailSpooler
 * (Runner.handleError: {@code if (failures > 5) storeInErrorRepository else reEnqueue}) re-enqueues AT ONCE, at
 * most 5 times; with MailDispatcher's own 3 quick retries (200 ms .. 1 s) all six attempts are over in about ten
 * seconds. Now the delivery mailet of conf/mailetcontainer.xml re-queues the failed recipients with a delay; the
 * fixture runs the spooler's loop and the delayed queue around it.
 */
class StoreOutageParksMailTest {

    @Test
    void aThirtySecondStoreOutageEndsInTheMailboxNotInTheErrorRepository() throws Exception {
        AtomicInteger stored = new AtomicInteger();
        Instant[] outageEnds = new Instant[1];
        LocalDeliveryFixture[] f = new LocalDeliveryFixture[1];
        f[0] = new LocalDeliveryFixture((recipient, mail) -> {
            if (f[0].clock.instant().isBefore(outageEnds[0])) {
                return Mono.error(new MailboxException("Connection refused: PostgreSQL restarting"));
            }
            stored.incrementAndGet();
            return Mono.empty();
        });
        outageEnds[0] = f[0].clock.instant().plus(Duration.ofSeconds(30));

        f[0].runUntilQueueEmpty(LocalDeliveryFixture.mail("m1", "alice@spoofguard.test"), Duration.ofDays(3));

        assertThat(f[0].inErrorRepository()).as("parked in var/mail/error (sent: " + f[0].sent + ")").isZero();
        assertThat(stored.get()).as("copies in alice's INBOX").isEqualTo(1);
        assertThat(f[0].sent).as("one delayed retry, in local-delivery-retry, a minute later; no DSN path")
            .containsExactly("local-delivery-retry [alice@spoofguard.test] +PT1M");
        assertThat(f[0].metrics.countFor(RetryingLocalDelivery.METRIC_DEFERRED)).isEqualTo(1);
        assertThat(f[0].metrics.countFor(RetryingLocalDelivery.METRIC_RECOVERED)).isEqualTo(1);
    }

    @Test
    void aStoreThatNeverComesBackKeepsTheMailForTheAdminAtGiveUpAfterWithoutADsn() throws Exception {
        // giveUpAfter 2h instead of the conf's 2d: each attempt costs MailDispatcher's quick retries (about 1.4 s);
        // the 2-day schedule itself is LocalRetryPolicyTest's
        LocalDeliveryFixture f = new LocalDeliveryFixture(
            (recipient, mail) -> Mono.error(new MailboxException("Connection refused: PostgreSQL gone")),
            java.util.Map.of("giveUpAfter", "2h"));
        Instant start = f.clock.instant();
        Mail mail = LocalDeliveryFixture.mail("m2", "alice@spoofguard.test");
        mail.setAttribute(new org.apache.mailet.Attribute(org.apache.mailet.AttributeName.of("org.spoofguard.verdict"),
            org.apache.mailet.AttributeValue.of("v=1; test")));

        f.runUntilQueueEmpty(mail, Duration.ofDays(3));

        assertThat(f.inErrorRepository()).isEqualTo(1);
        Mail kept = f.repositories.repositories.get(LocalDeliveryFixture.ERROR).mails.values().iterator().next();
        assertThat(kept.getRecipients()).extracting(Object::toString).containsExactly("alice@spoofguard.test");
        assertThat(kept.getAttribute(org.apache.mailet.AttributeName.of("org.spoofguard.verdict"))).isPresent();
        assertThat(kept.getAttribute(RetryingLocalDelivery.RETRY_ATTRIBUTE)).as("a release starts a fresh window").isEmpty();
        assertThat(kept.getErrorMessage()).contains("PostgreSQL gone").contains("local-delivery-retry");
        assertThat(f.clock.instant()).as("kept when the first failure is giveUpAfter old")
            .isEqualTo(start.plus(Duration.ofHours(2)));
        assertThat(f.sent).as("only delayed retries, never a DSN or error processor")
            .allMatch(s -> s.startsWith("local-delivery-retry [alice@spoofguard.test] +"));
        assertThat(f.metrics.countFor(RetryingLocalDelivery.METRIC_KEPT)).isEqualTo(1);
        assertThat(f.spoolerRuns).as("the spooler never re-ran a mail: no exception reached it").isEqualTo(f.sent.size() + 1);
    }
}
