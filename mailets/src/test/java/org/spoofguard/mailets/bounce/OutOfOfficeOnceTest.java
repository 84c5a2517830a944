package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import org.apache.james.vacation.memory.MemoryNotificationRegistry;
import org.apache.james.vacation.memory.MemoryVacationRepository;
import org.apache.mailet.Mail;
import org.apache.mailet.base.AutomaticallySentMailDetector;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.bounce.SieveVacation;

import reactor.core.publisher.Mono;

/**
 * James's VacationMailet checks "answered?", sends, then registers: two mails of one sender processed at once were
 * both answered (CI, AutoReplyGuardIT: two out-of-office replies to both-fan@honest.example). Here the registry's
 * lookup waits until the other mail has looked too (at most a second), as the spooler's threads can.
 */
class OutOfOfficeOnceTest {
    static final String USER = "away@spoofguard.test";
    static final String SENDER = "fan@honest.example";
    final ZonedDateTime now = ZonedDateTime.parse("2026-12-06T10:00:00Z");
    final ZonedDateTimeProvider clock = () -> now;
    final MemoryNotificationRegistry memory = new MemoryNotificationRegistry(clock);
    final CountDownLatch bothLooked = new CountDownLatch(2);
    /**
     * How long a lookup waits for the other mail's. Where the race is closed the first mail always waits it out (the
     * other cannot look before the first is done); James's mailet is given long enough for a loaded machine to start
     * the second thread, or the first answers alone and the control case sees one reply.
     */
    long patienceMillis = 1000;
    final NotificationRegistry registry = new NotificationRegistry() {
        @Override
        public Mono<Void> register(AccountId account, RecipientId recipient, Optional<ZonedDateTime> expiry) {
            // James's MemoryNotificationRegistry streams over its multimap without holding the multimap's lock: a
            // lookup while the other thread registers can throw ConcurrentModificationException (VacationMailet then
            // sends nothing for that mail). Its calls work eagerly, so holding the lock around each call is enough.
            synchronized (memory) {
                return memory.register(account, recipient, expiry);
            }
        }

        @Override
        public Mono<Boolean> isRegistered(AccountId account, RecipientId recipient) {
            return Mono.defer(() -> {
                // Looked up first, then waiting for the other mail to have looked too: waiting first and looking after
                // let the thread that woke first answer and register before the other looked, and the control case
                // saw one reply instead of two (18 runs in 40)
                Mono<Boolean> looked;
                synchronized (memory) {
                    looked = memory.isRegistered(account, recipient);
                }
                if (account.getIdentifier().equals(SieveVacation.outOfOfficeAccount(USER))) {
                    bothLooked.countDown();
                    try {
                        bothLooked.await(patienceMillis, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return looked;
            });
        }

        @Override
        public Mono<Void> flush(AccountId account) {
            synchronized (memory) {
                return memory.flush(account);
            }
        }
    };
    final MemoryVacationRepository vacations = new MemoryVacationRepository();
    final DefaultVacationService service = new DefaultVacationService(vacations, registry);
    final FakeMailContext context = FakeMailContext.defaultContext();

    VacationMailet mailet(boolean once) throws Exception {
        MimeMessageBodyGenerator bodies = mock(MimeMessageBodyGenerator.class);
        when(bodies.from(any(), any(), any())).thenAnswer(i -> new MimeMessage(Session.getInstance(new Properties())));
        VacationMailet mailet = once
            ? new OutOfOfficeOnce(service, clock, mock(AutomaticallySentMailDetector.class), bodies)
            : new VacationMailet(service, clock, mock(AutomaticallySentMailDetector.class), bodies);
        mailet.init(FakeMailetConfig.builder().mailetName("out-of-office").mailetContext(context).build());
        return mailet;
    }

    void away(String user) {
        vacations.modifyVacation(AccountId.fromString(user), VacationPatch.builder()
            .isEnabled(true).textBody("back monday").build()).block();
    }

    static Mail mail(String name, String... recipients) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(SENDER);
        message.setSubject("hello " + name);
        message.setText("hi");
        message.saveChanges();
        FakeMail.Builder mail = FakeMail.builder().name(name).sender(SENDER).mimeMessage(message);
        for (String recipient : recipients) {
            mail.recipient(recipient);
        }
        return mail.build();
    }

    int repliesAfterTwoMailsAtOnce(VacationMailet mailet) throws Exception {
        away(USER);
        ExecutorService spooler = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = List.of(
                spooler.submit(() -> { mailet.service(mail("one", USER)); return null; }),
                spooler.submit(() -> { mailet.service(mail("two", USER)); return null; }));
            for (Future<?> run : runs) {
                run.get(10, TimeUnit.SECONDS);
            }
        } finally {
            spooler.shutdownNow();
        }
        return context.getSentMails().size();
    }

    @Test
    void jamesVacationMailetAnswersTwoMailsOfOneSenderAtOnceTwice() throws Exception {
        patienceMillis = 30_000;
        assertThat(repliesAfterTwoMailsAtOnce(mailet(false))).as("the race this mailet closes").isEqualTo(2);
    }

    @Test
    void twoMailsOfOneSenderAtOnceGetOneOutOfOffice() throws Exception {
        assertThat(repliesAfterTwoMailsAtOnce(mailet(true))).isEqualTo(1);
        assertThat(memory.isRegistered(AccountId.fromString(USER),
            RecipientId.fromMailAddress(new MailAddress(SENDER))).block()).isTrue();
    }

    @Test
    void aRecipientWhoseSieveVacationAnsweredMeanwhileGetsNoOutOfOffice() throws Exception {
        String other = "other@spoofguard.test";
        away(USER);
        away(other);
        // recorded by the Sieve vacation after AutoReplyAllowed's look and before this mailet's turn
        memory.register(AccountId.fromString(SieveVacation.sieveAnsweredAccount(USER)),
            RecipientId.fromMailAddress(new MailAddress(SENDER)), Optional.of(now.plusDays(7))).block();
        bothLooked.countDown();
        bothLooked.countDown();

        Mail mail = mail("one", USER, other);
        mailet(true).service(mail);

        assertThat(context.getSentMails()).hasSize(1);
        assertThat(memory.isRegistered(AccountId.fromString(other),
            RecipientId.fromMailAddress(new MailAddress(SENDER))).block()).as("the other user answered").isTrue();
        assertThat(memory.isRegistered(AccountId.fromString(USER),
            RecipientId.fromMailAddress(new MailAddress(SENDER))).block()).as("the Sieve user not").isFalse();
        assertThat(mail.getRecipients()).as("the mail itself is unchanged")
            .containsExactly(new MailAddress(USER), new MailAddress(other));
    }

    @Test
    void aMailWithoutReturnPathGetsNothing() throws Exception {
        away(USER);
        Mail mail = FakeMail.builder().name("dsn").recipient(USER).mimeMessage(
            new MimeMessage(Session.getInstance(new Properties()))).build();
        mailet(true).service(mail);
        assertThat(context.getSentMails()).isEmpty();
    }
}
