package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import org.apache.james.core.MailAddress;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.transport.mailets.jsieve.ActionDispatcher;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.RecipientId;
import org.apache.james.vacation.memory.MemoryNotificationRegistry;
import org.apache.jsieve.mail.optional.ActionVacation;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.bounce.BounceGuardSettings;
import org.spoofguard.core.bounce.SieveVacation;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.TestVerdicts;
import org.spoofguard.mailets.FakeRepositoryStore;

/**
 * A user with both a WebAdmin out-of-office (James's VacationMailet) and a Sieve vacation answered a sender twice:
 * each responder kept its own "already answered" record. Now they share it: the Sieve vacation does not answer a
 * sender the out-of-office answered (its record under the user's address), and records its own answers where the
 * out-of-office's matcher (AutoReplyAllowed) looks.
 */
class SharedAutoReplyMemoryTest {
    static final String USER = GuardedSieveTest.USER;
    final ZonedDateTime now = ZonedDateTime.parse("2026-12-06T10:00:00Z");
    final MemoryNotificationRegistry registry = new MemoryNotificationRegistry(() -> now);
    final BounceGuardServices services = TestVerdicts.services(new RecordingMetricFactory());
    final BounceGuardSettings settings = services.settingsFor(Map.of(), java.util.Set.of());
    final ActionDispatcher dispatcher = GuardedSieve.guardedDispatcher(services.guard(settings, Map.of()), settings,
        services, new WithheldReplies(new FakeRepositoryStore(), GuardedSieveTest.KEPT, services),
        new SieveVacationAction(registry, () -> now, GuardedSieveTest.NO_ALIASES));
    final GuardedSieveTest.Context context = new GuardedSieveTest.Context();

    static ActionVacation vacation() throws Exception {
        return ActionVacation.builder().reason("away").duration(7).build();
    }

    @Test
    void aSenderTheOutOfOfficeAnsweredGetsNoSieveVacation() throws Exception {
        // as VacationMailet records it: the user's address, the return path, until the absence ends
        registry.register(AccountId.fromString(SieveVacation.outOfOfficeAccount(USER)),
            RecipientId.fromMailAddress(new MailAddress("bob@honest.example")), Optional.empty()).block();
        dispatcher.execute(vacation(), GuardedSieveTest.mail("bob@honest.example", SpfResultCode.PASS,
            "bob@honest.example"), context);
        assertThat(context.posted).as("bob was answered by the out-of-office").isEmpty();

        dispatcher.execute(vacation(), GuardedSieveTest.mail("carol@honest.example", SpfResultCode.PASS,
            "carol@honest.example"), context);
        assertThat(context.posted).as("carol was not").hasSize(1);
    }

    @Test
    void aSieveAnswerIsRecordedWhereTheOutOfOfficeLooksForTheLengthOfItsDays() throws Exception {
        dispatcher.execute(vacation(), GuardedSieveTest.mail("bob@honest.example", SpfResultCode.PASS,
            "bob@honest.example"), context);
        assertThat(context.posted).hasSize(1);
        AccountId shared = AccountId.fromString(SieveVacation.sieveAnsweredAccount(USER));
        RecipientId bob = RecipientId.fromMailAddress(new MailAddress("bob@honest.example"));
        assertThat(registry.isRegistered(shared, bob).block()).isTrue();
        assertThat(registry.isRegistered(AccountId.fromString(SieveVacation.outOfOfficeAccount(USER)), bob).block())
            .as("the out-of-office's own record is left to it (a new out-of-office flushes it)").isFalse();
    }
}
