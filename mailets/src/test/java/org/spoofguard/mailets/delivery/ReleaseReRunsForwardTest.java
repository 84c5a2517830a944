package org.spoofguard.mailets.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.james.UserEntityValidator;
import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.domainlist.lib.DomainListConfiguration;
import org.apache.james.domainlist.memory.MemoryDomainList;
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.rrt.api.RecipientRewriteTableConfiguration;
import org.apache.james.rrt.lib.MappingSource;
import org.apache.james.rrt.memory.MemoryRecipientRewriteTable;
import org.apache.james.transport.mailets.RecipientRewriteTable;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/**
 * Review (area dsn): "no duplicates after re-run". A user with a forward that keeps a local copy
 * (alice@ → alice@ and alice@remote) gets her mail through transport's RecipientRewriteTable: the remote copy leaves
 * at once, the local one goes to local-delivery. When the mailbox store stays down, RetryingLocalDelivery keeps the
 * local copy in file://var/mail/error/ after 2 days (recipient alice@, already rewritten). The console's Release
 * (docs/console.md) always reprocesses into root, so the kept copy meets transport's RecipientRewriteTable a second
 * time and the forward target gets the mail again. The records that stop a second auto-reply/redirect
 * (useractions.done, delivery.stored) are not consulted by the rewrite table.
 *
 * <p>Fixed: the kept copy carries a resume record (org.spoofguard.held.resume) and the console releases it into
 * local-delivery-retry, the processor it stopped in; the release step below follows the console's choice.
 */
class ReleaseReRunsForwardTest {
    @Test
    void releasingAKeptLocalCopyDoesNotForwardTheMailASecondTime() throws Exception {
        MemoryDomainList domains = new MemoryDomainList(null);
        domains.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false)
            .defaultDomain(Domain.of("spoofguard.test")).build());
        MemoryRecipientRewriteTable table = new MemoryRecipientRewriteTable();
        table.setConfiguration(RecipientRewriteTableConfiguration.DEFAULT_ENABLED);
        table.setDomainList(domains);
        table.setUserEntityValidator(UserEntityValidator.NOOP);
        MappingSource alice = MappingSource.fromUser("alice", "spoofguard.test");
        table.addForwardMapping(alice, "alice@spoofguard.test");   // keep a local copy
        table.addForwardMapping(alice, "alice@remote.example");    // and forward

        FakeMailContext context = org.mockito.Mockito.spy(FakeMailContext.builder().build());
        org.mockito.Mockito.doAnswer(inv -> "spoofguard.test".equals(((Domain) inv.getArgument(0)).asString()))
            .when(context).isLocalServer(org.mockito.ArgumentMatchers.any(Domain.class));
        RecipientRewriteTable rrt = new RecipientRewriteTable(table, domains);
        rrt.init(FakeMailetConfig.builder().mailetName("RecipientRewriteTable").mailetContext(context)
            .setProperty("errorProcessor", "rrt-error").build());

        // transport, first pass: the forward leaves, the local copy goes on to local-delivery
        Mail mail = LocalDeliveryFixture.mail("m1", "alice@spoofguard.test");
        mail.setState("transport");
        rrt.service(mail);
        assertThat(mail.getRecipients()).containsExactly(new MailAddress("alice@spoofguard.test"));
        assertThat(forwardedTo(context, "alice@remote.example")).as("first pass forwards once").isEqualTo(1);

        // local-delivery: the store is down for over 2 days; RetryingLocalDelivery keeps the copy for the admin
        LocalDeliveryFixture f = new LocalDeliveryFixture(
            (recipient, m) -> Mono.error(new MailboxException("Connection refused: PostgreSQL restarting")),
            java.util.Map.of(), 0);
        mail.setState("local-delivery");
        f.runUntilQueueEmpty(mail, Duration.ofDays(3));
        assertThat(f.inErrorRepository()).isEqualTo(1);
        Mail kept = f.repositories.repositories.get(LocalDeliveryFixture.ERROR).mails.values().iterator().next();
        assertThat(org.spoofguard.james.HeldMailAttributes.storedAt(kept)).as("held since: when it was kept")
            .map(org.spoofguard.core.held.StoredAt::at).contains(f.clock.instant());

        // the admin releases it from the console: the processor is the console's choice for this mail in the error
        // repository (HeldMailService.route); only root leads to transport's RecipientRewriteTable again
        org.spoofguard.core.held.ReleaseRoute.Decision route = org.spoofguard.core.held.ReleaseRoute.decide("root", true,
            org.spoofguard.james.HeldMailAttributes.resume(kept),
            org.spoofguard.james.MailRecipientRecords.strings(kept.getRecipients()));
        assertThat(route.processor()).as(route.reason())
            .isEqualTo(LocalDeliveryFixture.confParameters("local-delivery").get("retryProcessor"));
        if (route.processor().equals("root")) {
            kept.setState("root");
            rrt.service(kept);
        }
        assertThat(forwardedTo(context, "alice@remote.example"))
            .as("the forward target already got this mail; a release of alice@'s local copy must not send it again")
            .isEqualTo(1);
    }

    private static long forwardedTo(FakeMailContext context, String address) {
        return context.getSentMails().stream()
            .filter(s -> s.getRecipients().stream().anyMatch(r -> r.asString().equals(address)))
            .count();
    }
}
