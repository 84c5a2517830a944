package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.james.DefaultVacationService;
import org.apache.james.core.MailAddress;
import org.apache.james.transport.mailets.VacationMailet;
import org.apache.james.transport.util.MimeMessageBodyGenerator;
import org.apache.james.util.date.ZonedDateTimeProvider;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.NotificationRegistry;
import org.apache.james.vacation.api.RecipientId;
import org.apache.james.vacation.api.VacationPatch;
import org.apache.james.vacation.memory.MemoryVacationRepository;
import org.apache.mailet.Mail;
import org.apache.mailet.base.AutomaticallySentMailDetector;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/**
 * An admin sets a new out-of-office (WebAdmin {@code /vacation}: James saves it, then clears the user's answered
 * senders) while a mail is between the out-of-office's lookup and its record. That mail may get the old text once;
 * its record must not keep the new absence from answering the sender. The registry here keeps one entry per sender
 * (the newest), as SpoofGuard's {@code ConcurrentNotificationRegistry} does; hooks run the admin's change at the
 * chosen moment of the mail, in the mail's own thread.
 */
class OutOfOfficeNewAbsenceTest {
    static final String USER = "away@spoofguard.test";
    static final String SENDER = "fan@honest.example";
    final ZonedDateTime now = ZonedDateTime.parse("2026-12-06T10:00:00Z");
    final ZonedDateTimeProvider clock = () -> now;
    final Map<AccountId, Map<RecipientId, Optional<ZonedDateTime>>> answered = new ConcurrentHashMap<>();
    /** Run once, in the mail's thread, right after the out-of-office looked up whether the sender was answered. */
    final AtomicReference<Runnable> afterLookup = new AtomicReference<>();
    /** Run once, in the mail's thread, when the mail records its answer, before the record lands. */
    final AtomicReference<Runnable> whileRecording = new AtomicReference<>();
    final NotificationRegistry registry = new NotificationRegistry() {
        @Override
        public Mono<Void> register(AccountId account, RecipientId recipient, Optional<ZonedDateTime> expiry) {
            return Mono.fromRunnable(() -> {
                runOnce(whileRecording);
                answered.computeIfAbsent(account, a -> new ConcurrentHashMap<>()).put(recipient, expiry);
            });
        }

        @Override
        public Mono<Boolean> isRegistered(AccountId account, RecipientId recipient) {
            return Mono.fromCallable(() -> {
                Optional<ZonedDateTime> expiry = answered.getOrDefault(account, Map.of()).get(recipient);
                if (account.getIdentifier().equals(USER)) {
                    // the out-of-office's own lookup, not OutOfOfficeOnce's look at the Sieve vacation's record
                    runOnce(afterLookup);
                }
                return expiry != null && expiry.map(now::isBefore).orElse(true);
            });
        }

        @Override
        public Mono<Void> flush(AccountId account) {
            return Mono.fromRunnable(() -> answered.remove(account));
        }
    };
    final DefaultVacationService service = new DefaultVacationService(new MemoryVacationRepository(), registry);
    final FakeMailContext context = FakeMailContext.defaultContext();

    static void runOnce(AtomicReference<Runnable> hook) {
        Runnable run = hook.getAndSet(null);
        if (run != null) {
            run.run();
        }
    }

    VacationMailet mailet(boolean once) throws Exception {
        MimeMessageBodyGenerator bodies = mock(MimeMessageBodyGenerator.class);
        when(bodies.from(any(), any(), any())).thenAnswer(i -> {
            MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()));
            reply.setText(i.<Optional<String>>getArgument(1).orElse(""));
            reply.saveChanges();
            return reply;
        });
        VacationMailet mailet = once
            ? new OutOfOfficeOnce(service, clock, mock(AutomaticallySentMailDetector.class), bodies)
            : new VacationMailet(service, clock, mock(AutomaticallySentMailDetector.class), bodies);
        mailet.init(FakeMailetConfig.builder().mailetName("out-of-office").mailetContext(context).build());
        return mailet;
    }

    /** What WebAdmin's {@code POST /vacation/{user}} does: James's service saves it, then clears the answers. */
    void adminSetsAbsence(String text) {
        service.modifyVacation(AccountId.fromString(USER), VacationPatch.builder()
            .isEnabled(true).textBody(text).build()).block();
    }

    static Mail mail(String name) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(SENDER);
        message.setSubject("hello " + name);
        message.setText("hi");
        message.saveChanges();
        return FakeMail.builder().name(name).sender(SENDER).recipient(USER).mimeMessage(message).build();
    }

    List<String> replyTexts() {
        return context.getSentMails().stream().map(sent -> {
            try {
                return ((String) sent.getMsg().getContent()).trim();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    List<String> repliesWhenTheAbsenceChanges(VacationMailet mailet, AtomicReference<Runnable> moment)
            throws Exception {
        adminSetsAbsence("back monday");
        moment.set(() -> adminSetsAbsence("back friday"));
        mailet.service(mail("one"));
        assertThat(moment.get()).as("the change ran during the first mail").isNull();
        mailet.service(mail("two"));
        return replyTexts();
    }

    @Test
    void jamesVacationMailetLetsTheOldAbsencesRecordHoldTheNewOnesReplyBack() throws Exception {
        assertThat(repliesWhenTheAbsenceChanges(mailet(false), afterLookup)).as("the race OutOfOfficeOnce closes")
            .containsExactly("back monday");
    }

    @Test
    void aNewAbsenceSetBetweenLookupAndRecordAnswersTheSenderAgain() throws Exception {
        assertThat(repliesWhenTheAbsenceChanges(mailet(true), afterLookup))
            .as("the old text once (it was already on its way), then the new absence's")
            .containsExactly("back monday", "back friday");
    }

    @Test
    void aNewAbsenceSetWhileTheAnswerIsRecordedAnswersTheSenderAgain() throws Exception {
        assertThat(repliesWhenTheAbsenceChanges(mailet(true), whileRecording))
            .containsExactly("back monday", "back friday");
    }

    @Test
    void theNewAbsenceStillAnswersEachSenderOnce() throws Exception {
        repliesWhenTheAbsenceChanges(mailet(true), afterLookup);
        mailet(true).service(mail("three"));
        assertThat(replyTexts()).containsExactly("back monday", "back friday");
    }

    @Test
    void withoutAChangeTheAbsenceAnswersOnceAndRecordsIt() throws Exception {
        adminSetsAbsence("back monday");
        VacationMailet mailet = mailet(true);
        mailet.service(mail("one"));
        mailet.service(mail("two"));
        assertThat(replyTexts()).containsExactly("back monday");
        assertThat(registry.isRegistered(AccountId.fromString(USER),
            RecipientId.fromMailAddress(new MailAddress(SENDER))).block()).isTrue();
    }
}
