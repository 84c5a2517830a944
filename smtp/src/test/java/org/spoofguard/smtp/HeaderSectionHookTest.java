package org.spoofguard.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.mail.util.SharedByteArrayInputStream;

import org.apache.james.core.MailAddress;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.apache.james.server.core.MailImpl;
import org.apache.james.server.core.MimeMessageInputStreamSource;
import org.apache.james.server.core.MimeMessageWrapper;
import org.apache.james.smtpserver.ExtendedSMTPSession;
import org.junit.jupiter.api.Test;

class HeaderSectionHookTest {
    private final RecordingMetricFactory metrics = new RecordingMetricFactory();
    private final HeaderSectionHook hook = new HeaderSectionHook(metrics);

    /** As James's DataLineJamesMessageHookHandler builds it: the received bytes as the message's source. */
    private static MailImpl mail(String raw) throws Exception {
        MailImpl mail = MailImpl.builder().name("m1").sender(new MailAddress("x@pass.spf.test"))
                .addRecipient(new MailAddress("u@receiver.test")).build();
        mail.setMessageContent(MimeMessageInputStreamSource.create("m1",
                new SharedByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1))));
        return mail;
    }

    private static SMTPSession session() {
        SMTPSession session = mock(SMTPSession.class);
        when(session.getRemoteAddress()).thenReturn(new InetSocketAddress("192.0.2.1", 40000));
        return session;
    }

    /** JavaMail (what James stores) reads a From field where a CRLF reader reads part of the Subject. */
    @Test
    void javaMailSplitsALoneCrThatTheMessageWouldHide() throws Exception {
        MimeMessageWrapper m = new MimeMessageWrapper(MimeMessageInputStreamSource.create("m1", new SharedByteArrayInputStream(
                "Subject: urgent\rFrom: CEO <ceo@dmarc.test>\r\n\r\nHello\r\n".getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(m.getHeader("From")).containsExactly("CEO <ceo@dmarc.test>");
    }

    @Test
    void aBareCrInTheHeaderSectionIsRefusedWith550AndCounted() throws Exception {
        for (String raw : new String[] {"Subject: urgent\rFrom: CEO <ceo@dmarc.test>\r\n\r\nHello\r\n",
                "From: CEO <ceo@dmarc.test>\r\n\rFrom: x@pass.spf.test\r\n\r\nHello\r\n"}) {
            HookResult r = hook.onMessage(session(), mail(raw));
            assertThat(r.getResult()).isEqualTo(HookReturnCode.deny());
            assertThat(r.getSmtpRetCode()).isEqualTo("550");
            assertThat(r.getSmtpDescription()).startsWith("5.6.0 ").contains("bare CR");
        }
        assertThat(metrics.countFor(HeaderSectionHook.BARE_CR_REFUSED)).isEqualTo(2);
    }

    @Test
    void crlfAndBareLfMailAndABareCrInTheBodyPass() throws Exception {
        for (String raw : new String[] {"From: a@pass.spf.test\r\nSubject: x\r\n\r\nHello\r\n",
                "From: a@pass.spf.test\nSubject: x\n\nHello\n", "From: a@pass.spf.test\r\n\r\nHel\rlo\r\n"}) {
            assertThat(hook.onMessage(session(), mail(raw))).isEqualTo(HookResult.DECLINED);
        }
        assertThat(metrics.countFor(HeaderSectionHook.BARE_CR_REFUSED)).isZero();
    }

    /** A line the decoder dropped inside DATA (OverlongLine): the message is refused whole, at the end of DATA. */
    @Test
    void aMessageThatLostAnOverlongLineIsRefusedWith554AndCounted() throws Exception {
        SMTPSession session = session();
        when(session.getAttachment(OverlongLine.SEEN, ProtocolSession.State.Transaction)).thenReturn(Optional.of(true));
        HookResult r = hook.onMessage(session, mail("From: a@pass.spf.test\r\nSubject: x\r\n\r\nHello\r\n"));
        assertThat(r.getResult()).isEqualTo(HookReturnCode.deny());
        assertThat(r.getSmtpRetCode()).isEqualTo("554");
        assertThat(r.getSmtpDescription()).startsWith("5.6.0 ").contains("8192").contains("nothing was delivered");
        assertThat(metrics.countFor(HeaderSectionHook.OVERLONG_LINE_REFUSED)).isEqualTo(1);
    }

    /** Only inside DATA (a mail envelope in the transaction) is the overlong line noted; a command line is James's. */
    @Test
    void anOverlongLineIsNotedOnlyInsideData() {
        ExtendedSMTPSession inData = mock(ExtendedSMTPSession.class);
        when(inData.getMimeMessageWriter()).thenReturn(mock(MimeMessageInputStreamSource.class));
        assertThat(OverlongLine.noteInData(inData)).isTrue();
        verify(inData).setAttachment(OverlongLine.SEEN, Boolean.TRUE, ProtocolSession.State.Transaction);
        assertThat(OverlongLine.noteInData(mock(ExtendedSMTPSession.class))).as("no DATA").isFalse();
        assertThat(OverlongLine.noteInData(session())).isFalse();
        assertThat(OverlongLine.noteInData(null)).isFalse();
    }
}
