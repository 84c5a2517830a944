package org.spoofguard.mailets.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import javax.mail.MessagingException;

import org.apache.james.mailbox.exception.MailboxException;
import org.apache.mailet.Mail;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/**
 * The mailbox store (Derby/PostgreSQL through JPA) fails while a spooled mail is delivered
 * (PostgreSQL restarting, Derby disk full, a lock timeout). The mail was accepted with a 250; our fault must give
 * "delivery as usual" later, never a DSN and never a mail parked as a "suppressed bounce".
 * With LocalDelivery onMailetException=local-delivery-error (the bundled conf before), James's MailDispatcher, after
 * 3 quick retries (200 ms .. 1 s), sent a new mail error-NAME to local-delivery-error (DSNBounce to a proven
 * sender, SuppressBounce otherwise) and GHOSTed the original: a transient store error became a bounce.
 */
class LocalDeliveryStoreFailureTest {

    @Test
    void aStoreOutageDuringLocalDeliveryIsRetriedNotBounced() throws Exception {
        LocalDeliveryFixture f = new LocalDeliveryFixture(
            (recipient, mail) -> Mono.error(new MailboxException("Connection refused: PostgreSQL restarting")));
        Mail mail = LocalDeliveryFixture.mail("m1", "alice@spoofguard.test");

        f.mailet.service(mail);

        assertThat(f.sent).as("only a delayed retry: nothing to an error or bounce processor")
            .containsExactly("local-delivery-retry [alice@spoofguard.test] +PT1M");
        assertThat(mail.getState()).isEqualTo(Mail.GHOST);
        Mail retry = f.queue.get(0).mail();
        assertThat(retry.getName()).isEqualTo("m1-retry");
        assertThat(retry.getAttribute(RetryingLocalDelivery.RETRY_ATTRIBUTE).orElseThrow().getValue().value())
            .isEqualTo("v=1; attempts=1; first-failure=" + f.clock.instant().toEpochMilli());
    }

    @Test
    void aRecordThatCannotBeReadStartsAFreshWindowInsteadOfLosingTheMail() throws Exception {
        LocalDeliveryFixture f = new LocalDeliveryFixture(
            (recipient, mail) -> Mono.error(new MailboxException("down")));
        Mail mail = LocalDeliveryFixture.mail("m1-retry", "alice@spoofguard.test");
        mail.setAttribute(new org.apache.mailet.Attribute(RetryingLocalDelivery.RETRY_ATTRIBUTE,
            org.apache.mailet.AttributeValue.of("v=9; garbage")));

        f.mailet.service(mail);

        assertThat(f.sent).containsExactly("local-delivery-retry [alice@spoofguard.test] +PT1M");
        assertThat(f.inErrorRepository()).isZero();
    }

    @Test
    void whenTheRetryCannotBeQueuedTheFailedRecipientsAreKeptAndWhenNotEvenThatJamesGetsTheMail() throws Exception {
        LocalDeliveryFixture f = new LocalDeliveryFixture((recipient, mail) -> recipient.asString().startsWith("bob@")
            ? Mono.error(new MailboxException("down")) : Mono.empty());
        org.mockito.Mockito.doThrow(new MessagingException("queue full")).when(f.mailet.getMailetContext())
            .sendMail(org.mockito.ArgumentMatchers.any(Mail.class), org.mockito.ArgumentMatchers.anyString(),
                org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.any());

        f.mailet.service(LocalDeliveryFixture.mail("m1", "alice@spoofguard.test", "bob@spoofguard.test"));

        assertThat(f.inErrorRepository()).isEqualTo(1);
        Mail kept = f.repositories.repositories.get(LocalDeliveryFixture.ERROR).mails.values().iterator().next();
        assertThat(kept.getRecipients()).extracting(Object::toString).containsExactly("bob@spoofguard.test");
        assertThat(kept.getErrorMessage()).contains("could not queue the retry").contains("queue full");

        f.repositories.failStore = true;
        assertThatThrownBy(() -> f.mailet.service(LocalDeliveryFixture.mail("m2", "bob@spoofguard.test")))
            .isInstanceOf(MessagingException.class).hasMessageContaining("cannot be kept");
    }

    @Test
    void refusesBadSettingsNamingTheKey() {
        assertThatThrownBy(() -> new LocalDeliveryFixture((r, m) -> Mono.empty(), Map.of("giveUpAfter", "soon")))
            .hasMessageContaining("giveUpAfter");
        assertThatThrownBy(() -> new LocalDeliveryFixture((r, m) -> Mono.empty(), Map.of("maxDelay", "10s")))
            .hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> new LocalDeliveryFixture((r, m) -> Mono.empty(), Map.of("retryProcesor", "x")))
            .hasMessageContaining("unknown parameter 'retryProcesor'")
            .hasMessageContaining("ukendt parameter 'retryProcesor'");
        assertThatThrownBy(() -> new LocalDeliveryFixture((r, m) -> Mono.empty(), Map.of("retryProcessor", " ")))
            .hasMessageContaining("retryProcessor");
    }

    @Test
    void theRetryProcessorDeliversWithTheSameSettings() throws Exception {
        assertThat(LocalDeliveryFixture.confParameters("local-delivery-retry"))
            .isEqualTo(LocalDeliveryFixture.confParameters("local-delivery"));
    }

    @Test
    void aBadRetryPolicyIsRefusedInEnglishThenDanishNamingTheMailetInBoth() {
        assertThatThrownBy(() -> new LocalDeliveryFixture((r, m) -> Mono.empty(), Map.of("maxDelay", "10s")))
            .hasMessageMatching("(\\S+): maxDelay: must be at least firstDelay \\(\\S+\\)"
                + " / \\1: maxDelay: skal være mindst firstDelay \\(\\S+\\)");
    }
}
