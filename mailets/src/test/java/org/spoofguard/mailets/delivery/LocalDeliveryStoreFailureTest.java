package org.spoofguard.mailets.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.server.core.MailImpl;
import org.apache.james.transport.mailets.delivery.MailDispatcher;
import org.apache.mailet.base.test.FakeMailContext;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/**
 * The mailbox store (Derby/PostgreSQL through JPA) fails while a spooled mail is delivered
 * (PostgreSQL restarting, Derby disk full, a lock timeout). The mail was accepted with a 250; our fault must give
 * "delivery as usual" later (re-spool and retry), never a DSN and never a mail parked as a "suppressed bounce".
 * With LocalDelivery onMailetException=local-delivery-error (the bundled conf before), James's MailDispatcher, after
 * 3 quick retries (200 ms .. 1 s), sends a new mail error-NAME to local-delivery-error (DSNBounce to a proven
 * sender, SuppressBounce otherwise) and GHOSTs the original: a transient store error becomes a bounce.
 */
class LocalDeliveryStoreFailureTest {

    /** LocalDelivery's onMailetException as conf/mailetcontainer.xml sets it. */
    private static String confOnMailetException() throws Exception {
        String xml = Files.readString(Path.of("..", "conf", "mailetcontainer.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("class=\"LocalDelivery\">\\s*<onMailetException>([^<]+)</onMailetException>")
            .matcher(xml);
        assertThat(m.find()).as("LocalDelivery in conf/mailetcontainer.xml").isTrue();
        return m.group(1).trim();
    }

    @Test
    void aStoreOutageDuringLocalDeliveryIsRetriedNotBounced() throws Exception {
        String onMailetException = confOnMailetException();
        FakeMailContext context = FakeMailContext.defaultContext();
        MailDispatcher dispatcher = MailDispatcher.builder()
            .mailStore((recipient, mail) -> Mono.error(new MailboxException("Connection refused: PostgreSQL restarting")))
            .consume(true)
            .onMailetException(onMailetException)
            .retries(MailDispatcher.RETRIES)
            .mailetContext(context)
            .build();
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
            "From: partner@proven.example\r\nTo: alice@spoofguard.test\r\nSubject: invoice\r\n\r\nbody\r\n"
                .getBytes(StandardCharsets.US_ASCII)));
        MailImpl mail = MailImpl.builder().name("m1").sender(new MailAddress("partner@proven.example"))
            .addRecipient(new MailAddress("alice@spoofguard.test")).mimeMessage(message).build();

        Exception thrown = null;
        try {
            dispatcher.dispatch(mail);
        } catch (Exception e) {
            thrown = e;
        }
        System.out.println("conf onMailetException=" + onMailetException + "; thrown=" + thrown + "; state=" + mail.getState()
            + "; sent: " + context.getSentMails().stream().map(s -> s.getState() + " " + s.getRecipients()).toList());
        assertThat(context.getSentMails()).as("mails sent to another processor (DSN path)").isEmpty();
        assertThat(thrown).as("exception handed back to the spooler, which re-spools the mail").isNotNull();
    }
}
