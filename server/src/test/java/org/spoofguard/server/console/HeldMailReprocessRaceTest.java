package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepositoryPath;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.memory.MemoryMailRepository;
import org.apache.james.queue.api.MailQueue;
import org.apache.james.queue.api.MailQueueFactory;
import org.apache.james.server.core.MailImpl;
import org.apache.james.util.streams.Limit;
import org.apache.james.webadmin.service.MailRepositoryStoreService;
import org.apache.james.webadmin.service.ReprocessingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A console release and a WebAdmin reprocess of the same held mail at once (James's real ReprocessingService: read
 * the mail, enqueue it in the spool, then remove it): unlocked against each other, both read the mail before either
 * removed it and it was enqueued twice, a quarantined invoice delivered twice. With the shared {@link HeldMailLock}
 * it is enqueued once and the second is told it is gone.
 */
class HeldMailReprocessRaceTest {
    static final String QUARANTINE = "memory://var/mail/quarantine/";

    @TempDir
    Path dir;

    final MemoryMailRepository repository = new MemoryMailRepository();
    final AtomicInteger enqueued = new AtomicInteger();
    final ExecutorService threads = Executors.newFixedThreadPool(2);
    HeldMailService console;
    HeldMailService.Held quarantine;
    ReprocessingService webadmin;

    @BeforeEach
    void setUp() throws Exception {
        MailRepositoryStore store = (MailRepositoryStore) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {MailRepositoryStore.class}, (p, m, a) -> switch (m.getName()) {
                case "select", "create" -> repository;
                case "get" -> Optional.of(repository);
                case "getByPath" -> Stream.of(repository);
                default -> throw new UnsupportedOperationException(m.getName());
            });
        // the spool: slow, so that an unlocked second reprocess reads the mail while the first is enqueueing it
        MailQueue spool = (MailQueue) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {MailQueue.class}, (p, m, a) -> {
                if (m.getName().equals("enQueue")) {
                    Thread.sleep(300);
                    enqueued.incrementAndGet();
                }
                return null;
            });
        MailQueueFactory<?> queues = (MailQueueFactory<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {MailQueueFactory.class}, (p, m, a) -> switch (m.getName()) {
                case "getQueue" -> Optional.of(spool);
                default -> throw new UnsupportedOperationException(m.getName());
            });
        HeldMailLock lock = new HeldMailLock();
        webadmin = new LockedReprocessingService(queues, new MailRepositoryStoreService(store), lock);
        quarantine = new HeldMailService.Held("quarantine", QUARANTINE, "invoice-release");
        console = new HeldMailService(store, ConsoleServer.releaser(webadmin),
            new AuditLog(dir.resolve("audit.log"), Clock.systemUTC()), "mx.ours.test", Clock.systemUTC(),
            List.of(quarantine), lock);
        MimeMessage message = new MimeMessage(Session.getDefaultInstance(new Properties()), new ByteArrayInputStream(
            "From: faktura@supplier.example\r\nSubject: faktura\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII)));
        repository.store(MailImpl.builder().name("held-1").sender(new MailAddress("faktura@supplier.example"))
            .addRecipient(new MailAddress("kreditor@ours.example")).mimeMessage(message).lastUpdated(new Date()).build());
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aConsoleReleaseAndAWebAdminReprocessOfOneMailEnqueueItOnce() throws Exception {
        ReprocessingService.Configuration patch = new ReprocessingService.Configuration(
            org.apache.james.queue.api.MailQueueFactory.SPOOL, Optional.empty(), Optional.empty(), true, Limit.unlimited());
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Object> release = threads.submit(after(start, () -> console.release("admin@ours.example", quarantine, "held-1")));
        // WebAdmin's PATCH /mailRepositories/var%2Fmail%2Fquarantine/mails/held-1?action=reprocess
        Future<Object> reprocess = threads.submit(after(start, () -> {
            try {
                webadmin.reprocess(MailRepositoryPath.from("var/mail/quarantine"), new MailKey("held-1"), patch);
                return "reprocessed";
            } catch (ReprocessingService.MissingKeyException e) {
                return "missing"; // WebAdmin answers 404
            }
        }));
        Object console = release.get(10, TimeUnit.SECONDS);
        Object admin = reprocess.get(10, TimeUnit.SECONDS);
        assertThat(enqueued).as("console %s, WebAdmin %s", console, admin).hasValue(1);
        assertThat(List.of(console, admin)).containsAnyOf(HeldMailService.Outcome.GONE, "missing");
        assertThat(repository.size()).isZero();
    }

    @Test
    void aConsoleReleaseAndAWebAdminReprocessOfTheWholeRepositoryEnqueueTheMailOnce() throws Exception {
        ReprocessingService.Configuration patch = new ReprocessingService.Configuration(
            org.apache.james.queue.api.MailQueueFactory.SPOOL, Optional.empty(), Optional.empty(), true, Limit.unlimited());
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Object> release = threads.submit(after(start, () -> console.release("admin@ours.example", quarantine, "held-1")));
        // WebAdmin's PATCH /mailRepositories/var%2Fmail%2Fquarantine/mails?action=reprocess (a task)
        Future<Object> reprocess = threads.submit(after(start, () ->
            webadmin.reprocessAll(MailRepositoryPath.from("var/mail/quarantine"), patch, key -> { }).block()));
        Object console = release.get(10, TimeUnit.SECONDS);
        reprocess.get(10, TimeUnit.SECONDS);
        assertThat(enqueued).as("console %s", console).hasValue(1);
        assertThat(repository.size()).isZero();
    }

    /** Removed after the console's check by something that takes no lock (WebAdmin's DELETE of the mail). */
    @Test
    void aMailGoneBeforeTheReprocessIsGoneNotAnError() throws Exception {
        HeldMailService.Releaser james = ConsoleServer.releaser(webadmin);
        Path audit = dir.resolve("other-audit.log");
        HeldMailService racing = new HeldMailService((MailRepositoryStore) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {MailRepositoryStore.class}, (p, m, a) -> repository), (repo, key, processor) -> {
                repository.remove(key);
                james.release(repo, key, processor);
            }, new AuditLog(audit, Clock.systemUTC()), "mx.ours.test", Clock.systemUTC(), List.of(quarantine),
            new HeldMailLock());
        assertThat(racing.release("admin@ours.example", quarantine, "held-1")).isEqualTo(HeldMailService.Outcome.GONE);
        assertThat(enqueued).hasValue(0);
        assertThat(racing.audit().newest(10)).as("nothing released, nothing audited").isEmpty();
    }

    private static Callable<Object> after(CyclicBarrier start, Callable<Object> task) {
        return () -> {
            start.await();
            return task.call();
        };
    }
}
