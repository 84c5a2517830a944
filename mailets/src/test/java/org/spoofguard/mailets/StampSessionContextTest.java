package org.spoofguard.mailets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.session.SessionContext;

/**
 * X-SpoofGuard-Session is believed by ComputeSenderVerdict on mails without a recorded context, so it must be ours:
 * removed from every mail that neither has the context nor was made by James itself.
 */
class StampSessionContextTest {
    private static final String FORGED = new SessionContext("8.8.8.8", "mail.google.com", "ceo@gmail.com").toHeaderValue();

    private static Mail mail(boolean sentByMailet) throws Exception {
        MimeMessage message = new MimeMessage(Session.getDefaultInstance(new Properties()), new ByteArrayInputStream(
            ("X-SpoofGuard-Session: " + FORGED + "\r\nFrom: ceo@gmail.com\r\nSubject: x\r\n\r\nx\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        FakeMail.Builder b = FakeMail.builder().name("m").sender("ceo@gmail.com").recipient("bob@ours.example")
            .mimeMessage(message);
        if (sentByMailet) {
            b.attribute(Mail.SENT_BY_MAILET_ATTRIBUTE);
        }
        return b.build();
    }

    private static StampSessionContext mailet() throws Exception {
        StampSessionContext mailet = new StampSessionContext();
        mailet.init(FakeMailetConfig.builder().mailetName("StampSessionContext").build());
        return mailet;
    }

    @Test
    void aSessionHeaderOnMailWithoutARecordedContextIsRemoved() throws Exception {
        Mail mail = mail(false);
        mailet().service(mail);
        assertThat(mail.getMessage().getHeader(SessionContext.HEADER)).isNull();
    }

    @Test
    void aCopyJamesMadeKeepsOurSessionHeader() throws Exception {
        Mail mail = mail(true);
        mailet().service(mail);
        assertThat(mail.getMessage().getHeader(SessionContext.HEADER)).containsExactly(FORGED);
    }

    @Test
    void theBundledPipelineRunsItOnEveryMail() throws Exception {
        String xml = Files.readString(Path.of("..", "conf", "mailetcontainer.xml"), StandardCharsets.UTF_8);
        assertThat(xml).contains("<mailet match=\"All\" class=\"org.spoofguard.mailets.StampSessionContext\"/>");
    }
}
