package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.memory.MemoryMailRepository;
import org.apache.james.server.core.MailImpl;
import org.apache.mailet.Mail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.james.HeldMailAttributes;

/**
 * Retention reads every held mail's age, then deletes the old ones one by one. A mail released in between whose
 * release failed again comes back to the same repository under the same key (the mail's name), stored now: the
 * retention run deleted it on the age it had read before, a mail lost the day it was kept. The interleaving is
 * forced: the release runs right after retention has read the old mail.
 */
class HeldMailRetentionRaceTest {
    static final String ERROR = "file://var/mail/error/";
    static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aMailReleasedAndKeptAgainWhileRetentionRunsIsNotDeletedOnItsOldAge() throws Exception {
        Clock now = Clock.fixed(NOW, ZoneOffset.UTC);
        Runnable[] afterFirstRead = {() -> { }};
        MemoryMailRepository repository = new MemoryMailRepository() {
            private boolean read;

            @Override
            public Mail retrieve(MailKey key) {
                Mail mail = super.retrieve(key);
                if (!read) {
                    read = true;
                    afterFirstRead[0].run();
                }
                return mail;
            }
        };
        MailRepositoryStore store = (MailRepositoryStore) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {MailRepositoryStore.class}, (p, m, a) -> switch (m.getName()) {
                case "select" -> repository;
                default -> throw new UnsupportedOperationException(m.getName());
            });
        HeldMailService.Held error = new HeldMailService.Held("error", ERROR, "root", true);
        // James's reprocessing into root, where the mail fails again and the error processor keeps it anew, same name
        HeldMailService service = new HeldMailService(store, (repo, key, processor) -> {
            repository.remove(key);
            MailImpl again = held(key.asString());
            HeldMailAttributes.stampStored(again, ERROR, now);
            repository.store(again);
        }, new AuditLog(dir.resolve("audit.log"), now), "mx.ours.test", now, List.of(error));

        MailImpl old = held("looping");
        HeldMailAttributes.stampStored(old, ERROR, Clock.offset(now, Duration.ofDays(-40)));
        repository.store(old);
        afterFirstRead[0] = () -> {
            try {
                assertThat(service.release("postmaster@ours.test", error, "looping"))
                    .isEqualTo(HeldMailService.Outcome.DONE);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };

        assertThat(service.expire(Duration.ofDays(30))).as("deleted").isZero();
        assertThat(service.list(error).mails()).extracting(HeldMail::key, HeldMail::date)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("looping", NOW));
        assertThat(service.audit().newest(10)).extracting(AuditLog.Entry::action).containsExactly("release");
    }

    static MailImpl held(String name) throws Exception {
        MimeMessage message = new MimeMessage(Session.getDefaultInstance(new Properties()), new ByteArrayInputStream(
            "From: partner@proven.example\r\nSubject: order\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII)));
        return MailImpl.builder().name(name).sender(new MailAddress("partner@proven.example"))
            .addRecipient(new MailAddress("alice@ours.test")).mimeMessage(message)
            .lastUpdated(Date.from(NOW.minus(Duration.ofDays(41)))).build();
    }
}
