package org.spoofguard.mailets.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.james.mailbox.exception.MailboxException;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/**
 * Review (pipeline, finding 3): mixed outcome in local delivery. With LocalDelivery onMailetException=propagate
 * and two local recipients where the first mailbox takes the mail and the second fails (its mailbox over quota
 * since IsOverQuota ran, a per-user store error, a lock timeout), James 3.8.1's MailDispatcher stored for the
 * first, then threw for the second; the spooler (JamesMailSpooler.Runner.handleError) put the ORIGINAL recipients
 * back and re-ran the whole mail at once, up to 5 times: the first recipient got 6 copies (and Sieve redirects,
 * withheld-reject copies were repeated). Now only the failed recipient is queued again, with the mail's attributes.
 */
class PartialStoreFailureTest {
    private static final AttributeName SIEVE_FOLDER = AttributeName.of("DeliveryPath_bob@spoofguard.test");

    @Test
    void aRecipientWhoseMailboxTookTheMailDoesNotGetItAgainWhenAnotherRecipientFails() throws Exception {
        ConcurrentHashMap<String, AtomicInteger> stored = new ConcurrentHashMap<>();
        Instant[] bobFixed = new Instant[1];
        LocalDeliveryFixture[] f = new LocalDeliveryFixture[1];
        f[0] = new LocalDeliveryFixture((recipient, mail) -> {
            if (recipient.asString().startsWith("bob@") && f[0].clock.instant().isBefore(bobFixed[0])) {
                return Mono.error(new MailboxException("lock timeout on bob's mailbox"));
            }
            assertThat(mail.getAttribute(SIEVE_FOLDER)).as("Sieve's folder for " + recipient + " travels with the retry")
                .isPresent();
            stored.computeIfAbsent(recipient.asString(), r -> new AtomicInteger()).incrementAndGet();
            return Mono.empty();
        });
        bobFixed[0] = f[0].clock.instant().plus(Duration.ofMinutes(5));
        Mail mail = LocalDeliveryFixture.mail("m1", "alice@spoofguard.test", "bob@spoofguard.test", "carol@spoofguard.test");
        mail.setAttribute(new Attribute(SIEVE_FOLDER, AttributeValue.of("INBOX.Partners")));

        f[0].runUntilQueueEmpty(mail, Duration.ofDays(3));

        assertThat(stored.get("alice@spoofguard.test").get()).as("copies in alice's INBOX").isEqualTo(1);
        assertThat(stored.get("carol@spoofguard.test").get()).as("carol, after bob in the list, tried at once").isEqualTo(1);
        assertThat(stored.get("bob@spoofguard.test").get()).as("bob, once his mailbox works again").isEqualTo(1);
        assertThat(f[0].sent).as("only bob queued again: 1, 2, 4 minutes")
            .containsExactly("local-delivery-retry [bob@spoofguard.test] +PT1M",
                "local-delivery-retry [bob@spoofguard.test] +PT2M",
                "local-delivery-retry [bob@spoofguard.test] +PT4M");
        assertThat(f[0].inErrorRepository()).isZero();
    }
}
