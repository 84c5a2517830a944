package org.spoofguard.server.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.spoofguard.server.imap.ImapInputBound.Verdict;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

class ImapInputBoundTest {
    private static final long LIMIT = 50L * 1024 * 1024;

    private static ByteBuf ascii(String s) {
        return Unpooled.wrappedBuffer(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aLiteralOverTheLimitIsRefusedAtItsAnnouncement() {
        ImapInputBound bound = new ImapInputBound(LIMIT, 65536);
        assertThat(bound.feed(ascii("a0 CAPABILITY\r\n"))).isEqualTo(Verdict.OK);
        assertThat(bound.feed(ascii("a1 LOGIN alice@x.test {60000000}\r\n"))).isEqualTo(Verdict.LITERAL_TOO_LARGE);
    }

    @Test
    void everyLiteralFormIsSeenAlsoWhenTheAnnouncementIsSplitOverPackets() {
        assertThat(new ImapInputBound(100, 65536).feed(ascii("a1 LOGIN {101+}\r\n"))).isEqualTo(Verdict.LITERAL_TOO_LARGE);
        assertThat(new ImapInputBound(100, 65536).feed(ascii("a1 APPEND INBOX ~{101}\r\n"))).isEqualTo(Verdict.LITERAL_TOO_LARGE);
        assertThat(new ImapInputBound(100, 65536).feed(ascii("a1 LOGIN {101}\n"))).isEqualTo(Verdict.LITERAL_TOO_LARGE);
        ImapInputBound split = new ImapInputBound(100, 65536);
        assertThat(split.feed(ascii("a1 LOGIN {1"))).isEqualTo(Verdict.OK);
        assertThat(split.feed(ascii("01}\r"))).isEqualTo(Verdict.OK);
        assertThat(split.feed(ascii("\n"))).isEqualTo(Verdict.LITERAL_TOO_LARGE);
        assertThat(new ImapInputBound(100, 65536).feed(ascii("a1 LOGIN {99999999999999999999999999}\r\n")))
            .isEqualTo(Verdict.LITERAL_TOO_LARGE);
        // James's Integer.parseInt reads leading zeros: the size is what counts, not the length of the digits
        assertThat(new ImapInputBound(100, 65536).feed(ascii("a1 LOGIN {" + "0".repeat(40) + "101}\r\n")))
            .isEqualTo(Verdict.LITERAL_TOO_LARGE);
        assertThat(new ImapInputBound(100, 65536).feed(ascii("a1 LOGIN {" + "0".repeat(40) + "100}\r\nx".repeat(1))))
            .isEqualTo(Verdict.OK);
    }

    @Test
    void literalsWithinTheLimitPassAndTheirContentIsNotReadAsLines() {
        ImapInputBound bound = new ImapInputBound(100, 29);
        // the literal's 60 bytes hold no line end and are longer than a line may be: they are skipped, not counted
        assertThat(bound.feed(ascii("a1 APPEND INBOX {60}\r\n" + "x".repeat(60) + "\r\n"))).isEqualTo(Verdict.OK);
        // a literal whose content ends in something like an announcement announces nothing
        assertThat(bound.feed(ascii("a2 APPEND INBOX {8}\r\n{999999}" + "\r\n"))).isEqualTo(Verdict.OK);
        assertThat(bound.feed(ascii("a3 NOOP\r\n"))).isEqualTo(Verdict.OK);
        ImapInputBound split = new ImapInputBound(100, 29);
        assertThat(split.feed(ascii("a1 APPEND INBOX {30}\r\n" + "y".repeat(10)))).isEqualTo(Verdict.OK);
        assertThat(split.feed(ascii("y".repeat(20) + " {7}\r\n"))).isEqualTo(Verdict.OK);
        assertThat(split.feed(ascii("a4 NOOP\r\n"))).isEqualTo(Verdict.OK);
    }

    @Test
    void aLineWithoutEndPastTheMaximumIsRefusedAlsoAfterALiteral() {
        // James reads the rest of a line after a literal with its framing off: bytes without a line end piled up
        ImapInputBound bound = new ImapInputBound(LIMIT, 1000);
        assertThat(bound.feed(ascii("a1 LOGIN {5}\r\nalice "))).isEqualTo(Verdict.OK);
        assertThat(bound.feed(ascii("x".repeat(1000)))).isEqualTo(Verdict.OK);
        assertThat(bound.feed(ascii("x"))).isEqualTo(Verdict.LINE_TOO_LONG);
        assertThat(new ImapInputBound(LIMIT, 1000).feed(ascii("x".repeat(1000) + "\r\n"))).isEqualTo(Verdict.OK);
    }

    @Test
    void noLiteralLimitMeansOnlyLinesAreBounded() {
        assertThat(new ImapInputBound(0, 65536).feed(ascii("a1 APPEND INBOX {2000000000}\r\n"))).isEqualTo(Verdict.OK);
    }

    @Test
    void braceTextThatIsNoAnnouncementIsNoLiteral() {
        ImapInputBound bound = new ImapInputBound(10, 65536);
        assertThat(bound.feed(ascii("a1 SEARCH SUBJECT \"{99}\"\r\n"))).isEqualTo(Verdict.OK);
        assertThat(bound.feed(ascii("a2 SEARCH SUBJECT {}\r\n"))).isEqualTo(Verdict.OK);
        assertThat(bound.feed(ascii("a3 SEARCH SUBJECT 99}\r\n"))).isEqualTo(Verdict.OK);
        assertThat(bound.feed(ascii("a4 NOOP\r\n"))).isEqualTo(Verdict.OK);
    }
}
