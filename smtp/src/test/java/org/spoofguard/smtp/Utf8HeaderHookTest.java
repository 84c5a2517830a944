package org.spoofguard.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.mail.internet.MimeUtility;
import javax.mail.util.SharedByteArrayInputStream;

import org.apache.james.server.core.MimeMessageInputStreamSource;
import org.apache.james.server.core.MimeMessageWrapper;
import org.junit.jupiter.api.Test;

class Utf8HeaderHookTest {
    static MimeMessageWrapper message(byte[] raw) throws Exception {
        return new MimeMessageWrapper(MimeMessageInputStreamSource.create("m1", new SharedByteArrayInputStream(raw)));
    }

    static String written(MimeMessageWrapper m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void withoutTheHookJamesWritesRawUtf8HeadersAsQuestionMarks() throws Exception {
        MimeMessageWrapper m = message("From: \"Danfoss Økonomi\" <faktura@danfoss.dk>\r\nSubject: x\r\n\r\nbody\r\n"
            .getBytes(StandardCharsets.UTF_8));
        m.addHeader("X-Stamp", "1"); // what SenderVerdictHook does
        assertThat(written(m)).contains("From: \"Danfoss ??konomi\"");
    }

    @Test
    void rawUtf8AddressAndSubjectBecomeEncodedWordsThatSurviveJames() throws Exception {
        MimeMessageWrapper m = message(("Received: from x\r\nFrom: \"Danfoss Økonomi\" <faktura@danfoss.dk>, Jens Ærø <jens@x.dk>\r\n"
            + "To: kreditor@aarhus.dk\r\nSubject: Betalingspåmindelse – faktura 10234\r\n"
            + "Content-Type: text/plain; name=\"fæ.txt\"\r\n\r\nbødy\r\n").getBytes(StandardCharsets.UTF_8));
        m.addHeader("X-Stamp", "1");
        assertThat(Utf8HeaderHook.downgrade(m)).isEqualTo(2);
        String out = written(m);
        assertThat(out).doesNotContain("??konomi").contains("<faktura@danfoss.dk>").contains("<jens@x.dk>")
            .contains("To: kreditor@aarhus.dk").contains("bødy".getBytes(StandardCharsets.UTF_8).length == 5 ? "b" : "");
        MimeMessageWrapper back = message(out.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(MimeUtility.decodeText(MimeUtility.unfold(back.getHeader("From", ","))).replaceAll("\\s+", " "))
            .isEqualTo("Danfoss Økonomi <faktura@danfoss.dk>, Jens Ærø <jens@x.dk>");
        assertThat(back.getSubject()).isEqualTo("Betalingspåmindelse – faktura 10234");
        // ASCII headers keep their value
        assertThat(out).contains("\r\nReceived: from x\r\n");
    }

    @Test
    void legacyLatin1IsReadAsLatin1AndAsciiIsLeftAlone() throws Exception {
        MimeMessageWrapper m = message("From: okonomi@danfoss.dk\r\nSubject: K\u00f8b\r\n\r\nx\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Utf8HeaderHook.downgrade(m)).isEqualTo(1);
        assertThat(m.getSubject()).isEqualTo("Køb");
        assertThat(m.getHeader("From", ",")).isEqualTo("okonomi@danfoss.dk");
        assertThat(Utf8HeaderHook.utf8("\u00c3\u0098konomi")).isEqualTo("Økonomi");
        assertThat(Utf8HeaderHook.utf8("K\u00f8b")).isEqualTo("K\u00f8b");
    }

    /**
     * The DMARC check read the From as received, with mime4j; a rewrite must not name another mailbox. JavaMail read
     * "(ceo@victim.dk) a@evil.example" as ceo@victim.dk: DMARC judged evil.example, the inbox showed victim.dk.
     */
    @Test
    void aRewriteNeverNamesAMailboxTheDmarcCheckDidNotJudge() throws Exception {
        for (String from : java.util.List.of("Økonomi (ceo@victim.dk) a@evil.example",
                "Økonomi <a@evil.example> <ceo@victim.dk>", "Økonomi <a@evil.example>, ceo@victim.dk")) {
            MimeMessageWrapper m = message(("From: " + from + "\r\nSubject: Faktura\r\n\r\nbody\r\n").getBytes(StandardCharsets.UTF_8));
            java.util.List<String> judged = org.spoofguard.core.dmarc.AuthorDomain.extract(java.util.List.of(
                new String(from.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))).domains();
            Utf8HeaderHook.downgrade(m);
            String shown = m.getHeader("From")[0];
            java.util.List<String> shownDomains = org.spoofguard.core.dmarc.AuthorDomain.extract(java.util.List.of(shown)).domains();
            assertThat(shownDomains).as("From %s became %s", from, shown).isEqualTo(judged);
        }
        MimeMessageWrapper plain = message("From: \"Danfoss Økonomi\" <faktura@danfoss.dk>\r\n\r\nx\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Utf8HeaderHook.downgrade(plain)).as("an ordinary display name is still downgraded").isEqualTo(1);
    }

    /**
     * The check above reads the field as DMARC does. mime4j cuts each char of a String to its low byte, so a Cyrillic
     * display name read as characters held '@' (U+0440), ',' (U+042C) or '<' (U+043C) that the DMARC check, reading
     * the bytes, never saw: the two readings differed and an ordinary Russian or Ukrainian name stayed raw 8-bit,
     * shown as question marks.
     */
    @Test
    void cyrillicDisplayNamesAreReadAsDmarcReadsThem() throws Exception {
        for (String name : java.util.List.of("Пётр Ьр", "Мария Ьрм", "Ольга р")) {
            MimeMessageWrapper m = message(("From: " + name + " <ivan@x.dk>\r\n\r\nx\r\n").getBytes(StandardCharsets.UTF_8));
            assertThat(Utf8HeaderHook.downgrade(m)).as(name).isEqualTo(1);
            assertThat(m.getHeader("From")[0]).as(name).contains("<ivan@x.dk>").doesNotContain("?=?");
        }
    }
}
