package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.BodyPart;
import javax.mail.internet.MimeMultipart;

import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.james.dnsservice.api.DNSService;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.junit.jupiter.api.Test;

/**
 * Review (area dsn), fixed by {@link DeliveryStatusBounce}: the DSNs the bundled conf sends (processors {@code bounces}, {@code local-delivery-error},
 * {@code bounce-release}: James 3.8.1's DSNBounce with {@code passThrough=false}, nothing else) put free text in the
 * per-recipient {@code Status} field. RFC 3464 §2.3.4: {@code status-field = "Status" ":" status-code}, a
 * status-code being {@code DIGIT "." 1*3DIGIT "." 1*3DIGIT} (RFC 3463). DSNBounce writes the {@code delivery-error}
 * attribute there (RemoteDelivery's exception text) or, without one, {@code defaultStatus} = "unknown" (the
 * mailbox-full path, IsOverQuota + ToProcessor, sets no such attribute). Machine readers of the report (the
 * sender's MUA, mailing-list bounce processors) cannot parse it.
 */
class StatusFieldTest {
    private static final Pattern STATUS = Pattern.compile("(?m)^Status:[ \\t]*(.*)$");
    private static final Pattern STATUS_CODE = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}");

    static DNSService dns() {
        return new DNSService() {
            @Override
            public Collection<String> findMXRecords(String hostname) {
                return List.of();
            }

            @Override
            public Collection<String> findTXTRecords(String hostname) {
                return List.of();
            }

            @Override
            public Collection<InetAddress> getAllByName(String host) throws UnknownHostException {
                return List.of(InetAddress.getLoopbackAddress());
            }

            @Override
            public InetAddress getByName(String host) throws UnknownHostException {
                return InetAddress.getLoopbackAddress();
            }

            @Override
            public String getHostName(InetAddress addr) {
                return "mx.ours.example";
            }

            @Override
            public InetAddress getLocalHost() throws UnknownHostException {
                return InetAddress.getLoopbackAddress();
            }
        };
    }

    /**
     * The DSN mailet of the mail's processor as conf/mailetcontainer.xml configures it (was: James's DSNBounce
     * with passThrough=false, what the conf ran); returns the Status values of the DSN it sends.
     */
    static List<String> statusOfDsnFor(Mail failed) throws Exception {
        FakeMailContext context = BundledConf.context();
        DeliveryStatusBounce dsn = BundledConf.bouncer(failed.getState(), context);
        dsn.service(failed);
        assertThat(context.getSentMails()).hasSize(1);
        MimeMultipart report = (MimeMultipart) context.getSentMails().get(0).getMsg().getContent();
        for (int i = 0; i < report.getCount(); i++) {
            BodyPart part = report.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(out);
                Matcher m = STATUS.matcher(out.toString(StandardCharsets.UTF_8));
                List<String> values = new java.util.ArrayList<>();
                while (m.find()) {
                    values.add(m.group(1).trim());
                }
                return values;
            }
        }
        throw new AssertionError("no message/delivery-status part");
    }

    static FakeMail.Builder failed() throws Exception {
        return FakeMail.builder().name("m1").lastUpdated(new java.util.Date()).sender("bob@honest.example").recipients("alice@ours.example")
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().addFrom("bob@honest.example").setSubject("hi")
                .setText("body"));
    }

    @Test
    void mailboxFullDsnHasAStatusCode() throws Exception {
        // What IsOverQuota + ToProcessor(notice "5.2.2 mailbox full") hand to local-delivery-error.
        Mail mail = failed().state("local-delivery-error").errorMessage("5.2.2 mailbox full").build();
        List<String> status = statusOfDsnFor(mail);
        assertThat(status).isNotEmpty();
        assertThat(status).as("RFC 3464 §2.3.4 status-code (here 5.2.2)").allMatch(s -> STATUS_CODE.matcher(s).matches());
    }

    @Test
    void retriesExhaustedDsnHasAStatusCode() throws Exception {
        // What RemoteDelivery's Bouncer hands to "bounces" when its 38 retries are used up.
        Mail mail = failed().state("bounces")
            .attribute(new Attribute(AttributeName.of("delivery-error"),
                AttributeValue.of("Too many retries failure. Bouncing after 38 retries.")))
            .build();
        List<String> status = statusOfDsnFor(mail);
        assertThat(status).isNotEmpty();
        assertThat(status).as("RFC 3464 §2.3.4 status-code (here 4.4.7)").allMatch(s -> STATUS_CODE.matcher(s).matches());
    }
}
