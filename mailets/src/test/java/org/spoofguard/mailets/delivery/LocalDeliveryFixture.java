package org.spoofguard.mailets.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.james.core.MailAddress;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.server.core.MailImpl;
import org.apache.james.transport.mailets.delivery.MailStore;
import org.apache.mailet.Mail;
import org.apache.mailet.MailetContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.spoofguard.mailets.FakeRepositoryStore;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The delivery mailet of conf/mailetcontainer.xml's {@code local-delivery} processor, with a fake mailbox store, a
 * clock the test moves, and the two queues James puts around it: the spooler (an exception re-runs the mail at once
 * with its original recipients, at most 5 times, then the error repository: JamesMailSpooler 3.8.1) and the delayed
 * re-queue (the copy comes back, in the processor it names, when the clock reaches its delay).
 */
final class LocalDeliveryFixture {
    static final MailRepositoryUrl ERROR = MailRepositoryUrl.from("file://var/mail/error/");

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T02:00:00Z"));
    final FakeRepositoryStore repositories = new FakeRepositoryStore();
    final RecordingMetricFactory metrics = new RecordingMetricFactory();
    /** Everything sent through the mailet context: state, recipients, delay. */
    final List<String> sent = new ArrayList<>();
    final List<Queued> queue = new ArrayList<>();
    final RetryingLocalDelivery mailet;
    int spoolerRuns;

    record Queued(Mail mail, Instant due) {
    }

    LocalDeliveryFixture(MailStore store) throws Exception {
        this(store, Map.of());
    }

    LocalDeliveryFixture(MailStore store, Map<String, String> overrides) throws Exception {
        this(store, overrides, org.apache.james.transport.mailets.delivery.MailDispatcher.RETRIES);
    }

    /**
     * {@code quickRetries} 0: every attempt asks the store once instead of four times with MailDispatcher's real
     * backoff (0.2 s to 1 s), for tests that replay two days of delayed retries and do not count store calls.
     */
    LocalDeliveryFixture(MailStore store, Map<String, String> overrides, int quickRetries) throws Exception {
        MailetContext context = mock(MailetContext.class);
        doAnswer(inv -> {
            Mail mail = inv.getArgument(0);
            String state = inv.getArgument(1);
            long delay = inv.getArgument(2);
            TimeUnit unit = inv.getArgument(3);
            sent.add(state + " " + mail.getRecipients() + " +" + Duration.ofMillis(unit.toMillis(delay)));
            // the queue serialises the mail: keep a copy, the mailet disposes its own
            MailImpl copy = MailImpl.duplicateWithoutMessage(mail).state(state)
                .mimeMessage(new MimeMessage(mail.getMessage())).build();
            copy.setName(mail.getName());
            queue.add(new Queued(copy, clock.instant().plusMillis(unit.toMillis(delay))));
            return null;
        }).when(context).sendMail(any(Mail.class), anyString(), anyLong(), any(TimeUnit.class));
        doAnswer(inv -> {
            sent.add("sendMail " + inv.getArguments().length + " args");
            return null;
        }).when(context).sendMail(any(Mail.class));
        doAnswer(inv -> {
            Mail mail = inv.getArgument(0);
            sent.add(inv.getArgument(1) + " " + mail.getRecipients());
            return null;
        }).when(context).sendMail(any(Mail.class), anyString());
        FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("RetryingLocalDelivery")
            .mailetContext(context);
        Map<String, String> params = new LinkedHashMap<>(confParameters("local-delivery"));
        params.putAll(overrides);
        params.forEach(config::setProperty);
        mailet = new RetryingLocalDelivery(store, metrics, repositories, clock, quickRetries);
        mailet.init(config.build());
    }

    /** The child elements of the delivery mailet in the named processor of conf/mailetcontainer.xml. */
    static Map<String, String> confParameters(String processor) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(Files.newInputStream(Path.of("..", "conf", "mailetcontainer.xml")));
        NodeList processors = doc.getElementsByTagName("processor");
        for (int i = 0; i < processors.getLength(); i++) {
            Element p = (Element) processors.item(i);
            if (!processor.equals(p.getAttribute("state"))) {
                continue;
            }
            NodeList mailets = p.getElementsByTagName("mailet");
            for (int j = 0; j < mailets.getLength(); j++) {
                Element m = (Element) mailets.item(j);
                if (!RetryingLocalDelivery.class.getName().equals(m.getAttribute("class"))) {
                    continue;
                }
                Map<String, String> params = new LinkedHashMap<>();
                NodeList children = m.getChildNodes();
                for (int k = 0; k < children.getLength(); k++) {
                    Node c = children.item(k);
                    if (c instanceof Element e) {
                        params.put(e.getTagName(), e.getTextContent().trim());
                    }
                }
                return params;
            }
        }
        throw new AssertionError("no " + RetryingLocalDelivery.class.getName() + " in processor " + processor
            + " of conf/mailetcontainer.xml");
    }

    static MailImpl mail(String name, String... recipients) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
            ("From: partner@proven.example\r\nTo: " + String.join(", ", recipients) + "\r\nSubject: x\r\n\r\nbody\r\n")
                .getBytes(StandardCharsets.US_ASCII)));
        List<MailAddress> rcpts = new ArrayList<>();
        for (String r : recipients) {
            rcpts.add(new MailAddress(r));
        }
        return MailImpl.builder().name(name).sender(new MailAddress("partner@proven.example"))
            .addRecipients(rcpts).mimeMessage(message).state("local-delivery").build();
    }

    /** One spool pass as JamesMailSpooler 3.8.1 makes it: failures re-run at once, the sixth goes to the error repository. */
    void spool(Mail mail) throws Exception {
        List<MailAddress> original = List.copyOf(mail.getRecipients());
        for (int failures = 1; ; failures++) {
            spoolerRuns++;
            mail.setRecipients(original);
            try {
                mailet.service(mail);
                return;
            } catch (Exception e) {
                if (failures > 5) {
                    repositories.select(ERROR).store(mail);
                    return;
                }
            }
        }
    }

    /** Runs the first mail, then every delayed copy when it is due (the clock jumps to it), until the queue is empty. */
    void runUntilQueueEmpty(Mail first, Duration limit) throws Exception {
        Instant end = clock.instant().plus(limit);
        spool(first);
        while (!queue.isEmpty()) {
            Queued next = queue.stream().min((a, b) -> a.due().compareTo(b.due())).orElseThrow();
            queue.remove(next);
            assertThat(next.due()).as("next retry within the test's limit").isBeforeOrEqualTo(end);
            assertThat(next.mail().getState()).as("processor of the retry")
                .isEqualTo(confParameters("local-delivery").get("retryProcessor"));
            clock.set(next.due());
            spool(next.mail());
        }
    }

    int inErrorRepository() {
        FakeRepositoryStore.Repo repo = repositories.repositories.get(ERROR);
        return repo == null ? 0 : repo.mails.size();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
