package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.mailrepository.memory.MemoryMailRepository;
import org.apache.james.server.core.MailImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.james.HeldMailAttributes;

/**
 * Which processor a console release uses per mail, and since when a mail counts as held. (1) The copy
 * RetryingLocalDelivery keeps after two days of store failures has recipients the rewrite table already expanded:
 * released into root, a forward that keeps a local copy sent the mail to the forward target again. It now resumes in
 * the processor its record names; every other error-repository mail still goes to root. (2) Retention and "held
 * since" used the receipt time: a mail kept 29 days in the error repository, then released into the quarantine, was
 * deleted by the next retention run.
 */
class HeldMailReleaseRouteTest {
    static final String ERROR = "file://var/mail/error/";
    static final String QUARANTINE = "file://var/mail/quarantine/";
    static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @TempDir
    Path dir;
    final Map<String, MemoryMailRepository> repositories = new HashMap<>();
    final List<String> released = new ArrayList<>();
    HeldMailService service;
    HeldMailService.Held error;
    HeldMailService.Held quarantine;

    @BeforeEach
    void setUp() {
        MailRepositoryStore store = (MailRepositoryStore) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {MailRepositoryStore.class}, (p, m, a) -> switch (m.getName()) {
                case "select" -> repository(((MailRepositoryUrl) a[0]).asString());
                default -> throw new UnsupportedOperationException(m.getName());
            });
        error = new HeldMailService.Held("error", ERROR, "root", true);
        quarantine = new HeldMailService.Held("quarantine", QUARANTINE, "invoice-release");
        service = new HeldMailService(store, (repo, key, processor) -> {
            released.add(repo.id() + " " + key.asString() + " " + processor);
            repository(repo.url()).remove(key);
        }, new AuditLog(dir.resolve("audit.log"), Clock.fixed(NOW, ZoneOffset.UTC)), "mx.ours.test",
            Clock.fixed(NOW, ZoneOffset.UTC), List.of(quarantine, error));
    }

    MailImpl store(String url, String name, Instant received, String... recipients) throws Exception {
        MimeMessage message = new MimeMessage(Session.getDefaultInstance(new Properties()), new ByteArrayInputStream(
            "From: partner@proven.example\r\nSubject: order\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII)));
        MailImpl.Builder b = MailImpl.builder().name(name).sender(new MailAddress("partner@proven.example"))
            .mimeMessage(message).lastUpdated(Date.from(received));
        for (String r : recipients) {
            b.addRecipient(new MailAddress(r));
        }
        return b.build();
    }

    void keep(String url, MailImpl mail) throws Exception {
        repository(url).store(mail);
    }

    MemoryMailRepository repository(String url) {
        return repositories.computeIfAbsent(MailRepositoryUrl.from(url).asString(), u -> new MemoryMailRepository());
    }

    @Test
    void aCopyLocalDeliveryKeptResumesInItsRetryProcessorOthersGoToRoot() throws Exception {
        MailImpl kept = store(ERROR, "kept-retry", NOW, "alice@ours.test");
        HeldMailAttributes.writeResume(kept, "local-delivery-retry", List.of(new MailAddress("alice@ours.test")));
        keep(ERROR, kept);
        keep(ERROR, store(ERROR, "looping", NOW, "alice@ours.test"));

        assertThat(service.release("postmaster@ours.test", error, "kept-retry")).isEqualTo(HeldMailService.Outcome.DONE);
        assertThat(service.release("postmaster@ours.test", error, "looping")).isEqualTo(HeldMailService.Outcome.DONE);

        assertThat(released).containsExactly("error kept-retry local-delivery-retry", "error looping root");
        assertThat(Files.readString(dir.resolve("audit.log")))
            .contains("to+processor+local-delivery-retry+%28resumed").contains("to+processor+root\n");
    }

    @Test
    void aRecipientAddedSinceSendsTheMailTheOrdinaryWay() throws Exception {
        MailImpl kept = store(ERROR, "grown", NOW, "alice@ours.test", "bob@ours.test");
        HeldMailAttributes.writeResume(kept, "local-delivery-retry", List.of(new MailAddress("alice@ours.test")));
        keep(ERROR, kept);
        service.release("postmaster@ours.test", error, "grown");
        assertThat(released).containsExactly("error grown root");
    }

    @Test
    void onlyTheErrorRepositoryHonoursTheRecord() throws Exception {
        MailImpl mail = store(QUARANTINE, "invoice", NOW, "alice@ours.test");
        HeldMailAttributes.writeResume(mail, "local-delivery-retry", List.of(new MailAddress("alice@ours.test")));
        keep(QUARANTINE, mail);
        service.release("postmaster@ours.test", quarantine, "invoice");
        assertThat(released).containsExactly("quarantine invoice invoice-release");
    }

    @Test
    void retentionCountsFromWhenTheMailEnteredItsRepository() throws Exception {
        Clock yesterday = Clock.fixed(NOW.minus(Duration.ofDays(1)), ZoneOffset.UTC);
        Clock longAgo = Clock.fixed(NOW.minus(Duration.ofDays(31)), ZoneOffset.UTC);
        // received 30 days ago, 29 of them in the error repository, released into transport and quarantined yesterday
        MailImpl moved = store(QUARANTINE, "moved", NOW.minus(Duration.ofDays(30)), "alice@ours.test");
        HeldMailAttributes.stampStored(moved, QUARANTINE, yesterday);
        keep(QUARANTINE, moved);
        MailImpl old = store(QUARANTINE, "old", NOW.minus(Duration.ofDays(31)), "alice@ours.test");
        HeldMailAttributes.stampStored(old, QUARANTINE, longAgo);
        keep(QUARANTINE, old);
        // stored before this change: no stamp, the receipt time as before
        keep(QUARANTINE, store(QUARANTINE, "legacy-old", NOW.minus(Duration.ofDays(31)), "alice@ours.test"));
        keep(QUARANTINE, store(QUARANTINE, "legacy-new", NOW.minus(Duration.ofDays(29)), "alice@ours.test"));

        assertThat(service.list(quarantine).mails()).filteredOn(m -> m.key().equals("moved"))
            .extracting(HeldMail::date).as("held since").containsExactly(NOW.minus(Duration.ofDays(1)));
        assertThat(service.expire(Duration.ofDays(30))).isEqualTo(2);
        assertThat(service.list(quarantine).mails()).extracting(HeldMail::key)
            .containsExactlyInAnyOrder("moved", "legacy-new");
    }
}
