package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.apache.james.DefaultVacationService;
import org.apache.james.core.MailAddress;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.RecipientId;
import org.apache.james.vacation.api.VacationPatch;
import org.apache.james.util.ValuePatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * a new out-of-office set through WebAdmin must start a new absence: James's
 * DefaultVacationService flushes the "already answered" registry for the account named in the path
 * ({@code POST /vacation/alice@spoofguard.test}). The vacation store keys the setting by James's user spelling
 * (lower case, FileVacationRepository.key), but ConcurrentNotificationRegistry keys answers by the AccountId exactly
 * as given, and VacationMailet registers under the recipient as the sender addressed it
 * ({@code AccountId.fromString(recipient.toString())}: "Alice@spoofguard.test"). So the flush misses it: a sender
 * who wrote to Alice@ during one absence (no end date: registered without expiry, kept in vacation-notified.json
 * across restarts) is never told of any later absence.
 */
class VacationFlushCaseTest {
    @TempDir
    Path data;

    @Test
    void aNewVacationSetThroughWebAdminForgetsWhoWasAnsweredUnderAnotherCase() throws Exception {
        ConcurrentNotificationRegistry registry = new ConcurrentNotificationRegistry(ZonedDateTime::now,
            data.resolve("vacation-notified.json"));
        DefaultVacationService service = new DefaultVacationService(
            new FileVacationRepository(data.resolve("vacation.json")), registry);
        RecipientId customer = RecipientId.fromMailAddress(new MailAddress("customer@example.org"));

        // first absence: the customer wrote to "Alice@spoofguard.test", VacationMailet answered and registered it
        service.modifyVacation(AccountId.fromString("alice@spoofguard.test"),
            VacationPatch.builder().isEnabled(true).subject(ValuePatch.modifyTo("Away")).build()).block();
        AccountId asAddressed = AccountId.fromString(new MailAddress("Alice@spoofguard.test").toString());
        service.registerNotification(asAddressed, customer, Optional.empty()).block();

        // back, then away again: the admin sets the new absence (WebAdmin POST /vacation/alice@spoofguard.test)
        service.modifyVacation(AccountId.fromString("alice@spoofguard.test"),
            VacationPatch.builder().isEnabled(false).build()).block();
        service.modifyVacation(AccountId.fromString("alice@spoofguard.test"),
            VacationPatch.builder().isEnabled(true).subject(ValuePatch.modifyTo("Away again")).build()).block();

        assertThat(service.isNotificationRegistered(asAddressed, customer).block())
            .as("after a new out-of-office for alice, the customer who wrote to %s is still 'already answered'",
                asAddressed.getIdentifier())
            .isFalse();
    }

    /** docs/auto-reply-guard.md: "POST /vacation/Alice@SpoofGuard.TEST changes alice@spoofguard.test's one setting". */
    @Test
    void aNewVacationSetUnderTheDocumentedMixedCasePathForgetsWhoWasAnswered() throws Exception {
        ConcurrentNotificationRegistry registry = new ConcurrentNotificationRegistry(ZonedDateTime::now,
            data.resolve("vacation-notified.json"));
        DefaultVacationService service = new DefaultVacationService(
            new FileVacationRepository(data.resolve("vacation.json")), registry);
        RecipientId customer = RecipientId.fromMailAddress(new MailAddress("customer@example.org"));
        AccountId asAddressed = AccountId.fromString(new MailAddress("alice@spoofguard.test").toString());
        service.registerNotification(asAddressed, customer, Optional.empty()).block();

        service.modifyVacation(AccountId.fromString("Alice@SpoofGuard.TEST"),
            VacationPatch.builder().isEnabled(true).subject(ValuePatch.modifyTo("Away again")).build()).block();

        assertThat(service.isNotificationRegistered(asAddressed, customer).block())
            .as("POST /vacation/Alice@SpoofGuard.TEST set a new absence; the customer is still 'already answered'")
            .isFalse();
    }
}
