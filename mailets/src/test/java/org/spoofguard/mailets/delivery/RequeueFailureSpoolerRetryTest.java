package org.spoofguard.mailets.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.mail.MessagingException;

import org.apache.james.mailbox.exception.MailboxException;
import org.apache.mailet.Mail;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/**
 * Alice's mailbox takes the mail, Bob's fails, and then neither the delayed re-queue nor the error repository
 * works (the spool and var/mail on one full disk): the mailet throws and James's spooler runs the mail again with
 * its original recipients. Before, every spooler pass stored Alice's copy again (6 copies), and the mail, left in
 * state ghost, then reached James's error processor instead of being retried.
 */
class RequeueFailureSpoolerRetryTest {

    @Test
    void aRecipientStoredBeforeAFailedRequeueIsNotStoredAgainWhenTheSpoolerRetries() throws Exception {
        ConcurrentHashMap<String, AtomicInteger> stored = new ConcurrentHashMap<>();
        boolean[] bobDown = {true};
        LocalDeliveryFixture f = new LocalDeliveryFixture((recipient, mail) -> {
            if (recipient.asString().startsWith("bob@") && bobDown[0]) {
                return Mono.error(new MailboxException("bob's mailbox locked"));
            }
            stored.computeIfAbsent(recipient.asString(), r -> new AtomicInteger()).incrementAndGet();
            return Mono.empty();
        });
        doThrow(new MessagingException("spool full")).when(f.mailet.getMailetContext())
            .sendMail(any(Mail.class), anyString(), anyLong(), any());
        f.repositories.failStore = true;
        Mail mail = LocalDeliveryFixture.mail("m1", "alice@spoofguard.test", "bob@spoofguard.test");

        java.util.List<org.apache.james.core.MailAddress> original = java.util.List.copyOf(mail.getRecipients());
        for (int pass = 0; pass < 3; pass++) {
            // JamesMailSpooler 3.8.1: the exception re-enqueues the same mail, original recipients put back
            mail.setRecipients(original);
            try {
                f.mailet.service(mail);
            } catch (MessagingException expected) {
                // retried
            }
        }

        assertThat(stored.get("alice@spoofguard.test").get()).as("copies in alice's INBOX").isEqualTo(1);
        assertThat(mail.getState()).as("retried in its processor, not ghosted into James's error processor")
            .isEqualTo("local-delivery");

        // the disk has room again: the admin releases the mail James kept (or the spooler's next pass runs it)
        f.repositories.failStore = false;
        bobDown[0] = false;
        f.spool(mail);

        assertThat(stored.get("alice@spoofguard.test").get()).as("still one copy for alice").isEqualTo(1);
        assertThat(stored.get("bob@spoofguard.test").get()).as("bob gets his once his mailbox works").isEqualTo(1);
        assertThat(mail.getState()).isEqualTo(Mail.GHOST);
    }
}
