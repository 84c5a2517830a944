package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import javax.mail.util.SharedByteArrayInputStream;

import org.apache.james.core.MailAddress;
import org.apache.james.server.core.MailImpl;
import org.apache.james.server.core.MimeMessageInputStreamSource;
import org.apache.james.server.core.MimeMessageWrapper;
import org.junit.jupiter.api.Test;

/**
 * Header values of held mail as the console shows them: RFC 2047 encoded words decoded, and raw UTF-8 header
 * bytes (RFC 6532) that reached the repository intact read as UTF-8, not as Latin-1 mojibake. (That they reach it
 * intact at all is Utf8HeaderHook's job: Utf8HeaderHookTest and ConsoleIT.)
 */
class HeldMailHeadersTest {
    static HeldMail held(String headers) throws Exception {
        byte[] raw = (headers + "To: kreditor@aarhus.dk\r\nMessage-ID: <x@danfoss.dk>\r\n\r\nbody\r\n").getBytes(StandardCharsets.UTF_8);
        MimeMessageWrapper message = new MimeMessageWrapper(MimeMessageInputStreamSource.create("held-1",
            new SharedByteArrayInputStream(raw)));
        MailImpl mail = MailImpl.builder().name("held-1").sender("faktura@danfoss.dk")
            .addRecipient(new MailAddress("kreditor@aarhus.dk")).build();
        // as FileMailRepository hands a held mail over: the wrapper over the stored bytes, not a copy
        mail.setMessageNoCopy(message);
        return HeldMail.of(mail, "mx.aarhus.dk");
    }

    @Test
    void rawUtf8HeadersAreReadAsUtf8() throws Exception {
        HeldMail m = held("From: \"Danfoss Økonomi\" <faktura@danfoss.dk>\r\nSubject: Faktura – forfalden, betal nu (æøå ÆØÅ)\r\n");
        assertThat(m.from()).isEqualTo("\"Danfoss Økonomi\" <faktura@danfoss.dk>");
        assertThat(m.subject()).isEqualTo("Faktura – forfalden, betal nu (æøå ÆØÅ)");
    }

    @Test
    void encodedWordsAreDecoded() throws Exception {
        HeldMail m = held("From: =?UTF-8?Q?Danfoss_=C3=98konomi?= <faktura@danfoss.dk>\r\n"
            + "Subject: =?ISO-8859-1?Q?K=F8b_og_salg?= =?UTF-8?B?4oCT?= ok\r\n");
        assertThat(m.from()).isEqualTo("Danfoss Økonomi <faktura@danfoss.dk>");
        assertThat(m.subject()).isEqualTo("Køb og salg– ok");
    }

    /** Two hundred parts of 100 000 quotes each made a 120 MB page: the text shown of one mail is capped in all. */
    @Test
    void theTextShownOfOneMailIsCappedInAll() throws Exception {
        StringBuilder raw = new StringBuilder("From: x@example.com\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=b\r\n\r\n");
        String quotes = "\"".repeat(99_990) + "\r\n";
        for (int i = 0; i < 20; i++) {
            raw.append("--b\r\nContent-Type: text/plain\r\n\r\n").append(quotes);
        }
        raw.append("--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=a.pdf\r\n\r\nx\r\n--b--\r\n");
        MimeMessageWrapper message = new MimeMessageWrapper(MimeMessageInputStreamSource.create("held-2",
            new SharedByteArrayInputStream(raw.toString().getBytes(StandardCharsets.UTF_8))));
        java.util.List<HeldMail.PartView> parts = HeldMail.parts(message);
        assertThat(parts.stream().filter(HeldMail.PartView::text).mapToInt(p -> p.body().length()).sum())
            .isLessThanOrEqualTo(HeldMail.MAX_TOTAL_TEXT);
        // the attachment after them is still listed
        assertThat(parts).anyMatch(p -> p.filename().equals("a.pdf"));
    }
}
