package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.james.core.MailAddress;
import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.sieverepository.api.exception.ScriptNotFoundException;
import org.apache.james.server.core.MailImpl;
import org.apache.james.transport.mailets.jsieve.ResourceLocator;
import org.apache.james.user.api.UsersRepository;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoofguard.james.MailRecipientRecords;
import org.spoofguard.james.TestVerdicts;
import org.spoofguard.mailets.FakeRepositoryStore;
import org.spoofguard.mailets.delivery.MarkUserActionsDone;

/**
 * local-delivery's user actions (GuardedSieve under the matcher UserActionsPending, then MarkUserActionsDone) run
 * once per recipient of a mail however often the mail comes back: James's spooler re-running it with its original
 * recipients after a later mailet threw, or an admin releasing it from var/mail/error/ into root. Before, each
 * run redirected again (a second copy at the redirect target) and a recipient Sieve had discarded was put back
 * and delivered. The matcher is {@link MailRecipientRecords#pending}, which it returns.
 */
class UserActionsOnceTest {
    static final String ALICE = "alice@ours.example";
    static final String BOB = "bob@ours.example";
    static final String CAROL = "carol@ours.example";
    static final String DAVE = "dave@ours.example";
    static final String SENDER = "partner@honest.example";
    static final Map<String, String> SCRIPTS = Map.of(
        ALICE, "require \"vacation\";\r\nvacation :days 7 \"away\";\r\n",
        BOB, "discard;\r\n",
        DAVE, "redirect \"archive@elsewhere.example\";\r\n");

    FakeMailContext context = FakeMailContext.defaultContext();
    GuardedSieve sieve;
    MarkUserActionsDone mark = new MarkUserActionsDone();

    @BeforeEach
    void setUp() throws Exception {
        ResourceLocator scripts = mock(ResourceLocator.class);
        when(scripts.get(any(MailAddress.class))).thenAnswer(inv -> {
            String script = SCRIPTS.get(inv.getArgument(0, MailAddress.class).asString());
            if (script == null) {
                throw new ScriptNotFoundException();
            }
            return new ResourceLocator.UserSieveInformation(ZonedDateTime.now().minusDays(1), ZonedDateTime.now(),
                new ByteArrayInputStream(script.getBytes(StandardCharsets.US_ASCII)));
        });
        UsersRepository users = mock(UsersRepository.class);
        when(users.getUsername(any(MailAddress.class)))
            .thenAnswer(inv -> org.apache.james.core.Username.fromMailAddress(inv.getArgument(0, MailAddress.class)));
        sieve = new GuardedSieve(users, scripts,
            TestVerdicts.services(new RecordingMetricFactory()), new FakeRepositoryStore(),
            new org.apache.james.vacation.memory.MemoryNotificationRegistry(ZonedDateTime::now), ZonedDateTime::now,
            GuardedSieveTest.NO_ALIASES);
        sieve.init(FakeMailetConfig.builder().mailetName("GuardedSieve").mailetContext(context).build());
        mark.init(FakeMailetConfig.builder().mailetName("MarkUserActionsDone").mailetContext(context).build());
    }

    /** The slice of local-delivery: GuardedSieve on the pending recipients (split off as James does), then the mark. */
    List<Mail> localDelivery(Mail mail) throws Exception {
        List<MailAddress> pending = MailRecipientRecords.pending(mail, MailRecipientRecords.USER_ACTIONS_DONE);
        List<Mail> parts = new ArrayList<>();
        if (pending.size() == mail.getRecipients().size()) {
            sieve.service(mail);
        } else if (!pending.isEmpty()) {
            List<MailAddress> rest = new ArrayList<>(mail.getRecipients());
            rest.removeAll(pending);
            mail.setRecipients(rest);
            Mail split = MailImpl.duplicate(mail);
            split.setRecipients(pending);
            sieve.service(split);
            parts.add(split);
        }
        parts.add(mail);
        for (Mail part : parts) {
            mark.service(part);
        }
        return parts;
    }

    Mail mail(String... recipients) throws Exception {
        MailImpl.Builder b = MailImpl.builder().name("m1").sender(SENDER).state("local-delivery")
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().addFrom(SENDER).addToRecipient(recipients)
                .setSubject("order 17").setText("body"))
            .addAttribute(new org.apache.mailet.Attribute(org.apache.mailet.AttributeName.of("org.spoofguard.verdict"),
                org.apache.mailet.AttributeValue.of(TestVerdicts.ar(org.spoofguard.core.spf.SpfResultCode.PASS, SENDER))));
        for (String r : recipients) {
            b.addRecipient(r);
        }
        return b.build();
    }

    List<String> sentTo() {
        return context.getSentMails().stream().flatMap(m -> m.getRecipients().stream()).map(MailAddress::asString).toList();
    }

    @Test
    void aSpoolerReRunNeitherAnswersNorRedirectsAgainNorDeliversWhatSieveTookOut() throws Exception {
        Mail mail = mail(ALICE, BOB, CAROL, DAVE);
        List<MailAddress> original = List.copyOf(mail.getRecipients());

        localDelivery(mail);
        assertThat(sentTo()).as("alice's vacation, dave's redirect")
            .containsExactlyInAnyOrder(SENDER, "archive@elsewhere.example");
        assertThat(mail.getRecipients()).extracting(MailAddress::asString).containsExactly(ALICE, CAROL);

        // a later mailet threw: JamesMailSpooler 3.8.1 puts the original recipients back and runs local-delivery again
        mail.setRecipients(original);
        List<Mail> parts = localDelivery(mail);

        assertThat(sentTo()).as("no second auto-reply, no second redirect copy").hasSize(2);
        assertThat(parts).singleElement().satisfies(m -> assertThat(m.getRecipients())
            .extracting(MailAddress::asString).as("bob's discard and dave's redirect hold").containsExactly(ALICE, CAROL));
    }

    @Test
    void aReleasedMailRunsTheActionsOnlyForRecipientsTheyHaveNotRunFor() throws Exception {
        Mail first = mail(ALICE, CAROL);
        localDelivery(first);
        assertThat(sentTo()).containsExactly(SENDER);

        // kept in var/mail/error/ with its attributes and released into root, where RRT brought another recipient
        Mail released = MailImpl.duplicate(first);
        released.setRecipients(List.of(new MailAddress(ALICE), new MailAddress(CAROL), new MailAddress(BOB)));
        List<Mail> parts = localDelivery(released);

        assertThat(sentTo()).as("alice's auto-reply not repeated").containsExactly(SENDER);
        assertThat(parts.stream().flatMap(m -> m.getRecipients().stream()).map(MailAddress::asString))
            .as("bob's own script ran, once: discarded").containsExactlyInAnyOrder(ALICE, CAROL);
    }

    @Test
    void anUnknownParameterStopsTheStartNamingIt() {
        assertThatThrownBy(() -> new MarkUserActionsDone().init(FakeMailetConfig.builder()
            .mailetName("MarkUserActionsDone").setProperty("processor", "x").build()))
            .hasMessageContaining("MarkUserActionsDone").hasMessageContaining("unknown parameter 'processor'");
    }
}
