package org.spoofguard.server.imap;

import io.netty.buffer.ByteBuf;

/**
 * Follows an IMAP client's plaintext byte stream: its command lines and the literals they announce ({@code {n}},
 * {@code {n+}}, {@code ~{n}}; RFC 9051 §4.3, RFC 7888), and says when the client has gone past what the server takes.
 *
 * <p>Why: James 3.8.1 sends "+" for a literal over {@code literalSizeLimit}, answers BAD, and then reads the rest of the
 * line with its line framing switched off: every new packet is appended to one buffer and the whole buffer is parsed
 * again from the start until a line end arrives. An anonymous client that announces a large literal (or any literal)
 * and then sends bytes without a line end grows the server's heap without bound and burns CPU quadratically (55 MB
 * took over a minute of an IMAP I/O thread here, and the thread went on after the client had gone). The same holds for a
 * line longer than {@code maxLineLength} after a literal. Refusing at the announcement, before James sees it, closes
 * that path; literals within the limit pass unchanged (an APPEND spills to a file above {@code inMemorySizeLimit}).
 */
final class ImapInputBound {
    enum Verdict { OK, LITERAL_TOO_LARGE, LINE_TOO_LONG }

    /** Where the current line stands in a possible literal announcement at its end: {digits[+]}[CR]. */
    private enum Tail { NONE, DIGITS, PLUS, CLOSED, CLOSED_CR }

    /** More than this is more than James takes (it parses an int); saturating here avoids overflow. */
    private static final long SATURATED = 1L << 62;

    private final long maxLiteral;
    private final int maxLine;
    private Tail tail = Tail.NONE;
    private int digits;
    private long announced;
    private long lineLength;
    private long literalLeft;

    /** {@code maxLiteral} 0 means no literal limit (James's default); lines are always bounded. */
    ImapInputBound(long maxLiteral, int maxLine) {
        if (maxLiteral < 0 || maxLine <= 0) {
            throw new IllegalArgumentException("maxLiteral >= 0 and maxLine > 0 required");
        }
        this.maxLiteral = maxLiteral == 0 ? Long.MAX_VALUE : maxLiteral;
        this.maxLine = maxLine;
    }

    /** Reads the readable bytes of {@code in} without consuming them. */
    Verdict feed(ByteBuf in) {
        int i = in.readerIndex();
        int end = in.writerIndex();
        while (i < end) {
            if (literalLeft > 0) {
                int skip = (int) Math.min(literalLeft, end - i);
                literalLeft -= skip;
                i += skip;
                continue;
            }
            byte b = in.getByte(i++);
            if (b == '\n') {
                Verdict v = lineEnd();
                if (v != Verdict.OK) {
                    return v;
                }
                continue;
            }
            // + 1: James's maxLineLength does not count the line end, of which the CR comes before we see the LF
            if (++lineLength > maxLine + 1L) {
                return Verdict.LINE_TOO_LONG;
            }
            follow(b);
        }
        return Verdict.OK;
    }

    /** Any number of digits, leading zeros included ({0000000060000000} is 60 MB to James). */
    private void follow(byte b) {
        boolean digit = b >= '0' && b <= '9';
        if (b == '{') {
            tail = Tail.DIGITS;
            digits = 0;
            announced = 0;
        } else if (tail == Tail.DIGITS && digit) {
            digits++;
            announced = Math.min(SATURATED, announced * 10 + (b - '0'));
        } else if (tail == Tail.DIGITS && b == '+' && digits > 0) {
            tail = Tail.PLUS;
        } else if ((tail == Tail.DIGITS && digits > 0 || tail == Tail.PLUS) && b == '}') {
            tail = Tail.CLOSED;
        } else if (tail == Tail.CLOSED && b == '\r') {
            tail = Tail.CLOSED_CR;
        } else {
            tail = Tail.NONE;
        }
    }

    private Verdict lineEnd() {
        long size = tail == Tail.CLOSED || tail == Tail.CLOSED_CR ? announced : -1;
        tail = Tail.NONE;
        lineLength = 0;
        if (size > maxLiteral) {
            return Verdict.LITERAL_TOO_LARGE;
        }
        literalLeft = Math.max(size, 0);
        return Verdict.OK;
    }
}
