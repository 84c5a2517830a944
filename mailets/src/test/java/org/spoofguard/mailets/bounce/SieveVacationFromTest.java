package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.ZonedDateTime;
import java.util.Map;

import org.apache.james.UserEntityValidator;
import org.apache.james.core.Domain;
import org.apache.james.core.Username;
import org.apache.james.domainlist.lib.DomainListConfiguration;
import org.apache.james.domainlist.memory.MemoryDomainList;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.rrt.api.RecipientRewriteTableConfiguration;
import org.apache.james.rrt.lib.MappingSource;
import org.apache.james.rrt.memory.MemoryRecipientRewriteTable;
import org.apache.james.transport.mailets.jsieve.ActionDispatcher;
import org.apache.james.user.api.UsersRepository;
import org.apache.jsieve.mail.optional.ActionVacation;
import org.apache.mailet.Mail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.bounce.BounceGuardSettings;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.TestVerdicts;
import org.spoofguard.mailets.FakeRepositoryStore;

/**
 * A user's Sieve {@code vacation :from} put any address in the reply's From, which DkimSign then signed for our
 * domain: "ceo@ours.example" or "security@bank.example" from alice@'s script. RFC 5230 §4.5 lets us refuse a
 * {@code :from} the user may not use: now only the user's own address or an address James's rewrite table leads to
 * the user (an alias) is used; anything else gives the user's address.
 */
class SieveVacationFromTest {
    static final String USER = GuardedSieveTest.USER; // alice@ours.example

    BounceGuardServices services = TestVerdicts.services(new RecordingMetricFactory());
    BounceGuardSettings settings = services.settingsFor(Map.of(), java.util.Set.of());
    GuardedSieveTest.Context context = new GuardedSieveTest.Context();
    ActionDispatcher dispatcher;

    @BeforeEach
    void setUp() throws Exception {
        MemoryDomainList domains = new MemoryDomainList(null);
        domains.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false)
            .defaultDomain(Domain.of("ours.example")).build());
        UsersRepository users = mock(UsersRepository.class);
        when(users.contains(any(Username.class))).thenAnswer(inv -> {
            String u = inv.getArgument(0, Username.class).asString();
            return u.equals(USER) || u.equals("ceo@ours.example");
        });
        when(users.getUsername(any(org.apache.james.core.MailAddress.class)))
            .thenAnswer(inv -> Username.fromMailAddress(inv.getArgument(0, org.apache.james.core.MailAddress.class)));
        MemoryRecipientRewriteTable table = new MemoryRecipientRewriteTable();
        table.setUsersRepository(users);
        table.setConfiguration(RecipientRewriteTableConfiguration.DEFAULT_ENABLED);
        table.setDomainList(domains);
        table.setUserEntityValidator(UserEntityValidator.NOOP);
        table.addAliasMapping(MappingSource.fromUser("sales", "ours.example"), USER);
        // the ceo forwards a copy to alice: still the ceo's address, not alice's
        table.addForwardMapping(MappingSource.fromUser("ceo", "ours.example"), "ceo@ours.example");
        table.addForwardMapping(MappingSource.fromUser("ceo", "ours.example"), USER);
        ZonedDateTime now = ZonedDateTime.parse("2026-12-06T10:00:00Z");
        SieveVacationAction vacation = new SieveVacationAction(
            new org.apache.james.vacation.memory.MemoryNotificationRegistry(() -> now), () -> now,
            SieveVacationAction.FromAliases.rewriteTable(table, users));
        dispatcher = GuardedSieve.guardedDispatcher(services.guard(settings, Map.of()), settings, services,
            new WithheldReplies(new FakeRepositoryStore(), GuardedSieveTest.KEPT, services), vacation);
    }

    String replyFrom(String from, String sender) throws Exception {
        ActionVacation v = ActionVacation.builder().reason("away").duration(7).from(from).build();
        Mail mail = GuardedSieveTest.mail(sender, SpfResultCode.PASS, sender);
        int before = context.posted.size();
        dispatcher.execute(v, mail, context);
        assertThat(context.posted).hasSize(before + 1);
        return context.posted.get(before).getMessage().getHeader("From", null);
    }

    @Test
    void theUsersOwnAddressAndAnAliasOfTheUserAreUsed() throws Exception {
        assertThat(replyFrom("Alice@Ours.Example", "bob@honest.example")).isEqualTo("Alice@ours.example");
        assertThat(replyFrom("sales@ours.example", "carol@honest.example")).isEqualTo("sales@ours.example");
    }

    @Test
    void anotherUsersAddressOrAForeignOneGivesTheUsersAddress() throws Exception {
        assertThat(replyFrom("ceo@ours.example", "bob@honest.example")).isEqualTo(USER);
        assertThat(replyFrom("security@bank.example", "carol@honest.example")).isEqualTo(USER);
        assertThat(replyFrom("nobody@ours.example", "dave@honest.example")).isEqualTo(USER);
        assertThat(replyFrom("not an address", "erin@honest.example")).isEqualTo(USER);
    }
}
