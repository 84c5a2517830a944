package org.spoofguard.core.dkim;

import java.util.List;

/**
 * Streaming body canonicalization (RFC 6376 §3.4.3 simple, §3.4.4 relaxed) feeding any number of
 * {@link BodyHash} sinks. Memory is constant: no line is buffered, only a count of pending empty lines
 * (trailing empty lines must be dropped, so they are held back until content follows) and a pending-WSP flag.
 *
 * <p>Line ends: CRLF and a bare LF both end a line (mail handed over by an MTA on Unix often has bare LF;
 * the signer saw CRLF on the wire). A bare CR is ordinary content.
 */
final class BodyCanonicalizer {
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final Canonicalization mode;
    private final List<BodyHash> sinks;
    private final byte[] out = new byte[8192];
    private int outLen;

    private long pendingEmptyLines;
    private boolean lineHasContent;
    private boolean pendingCr;
    private boolean pendingWsp;
    private boolean anyOutput;

    BodyCanonicalizer(Canonicalization mode, List<BodyHash> sinks) {
        this.mode = mode;
        this.sinks = List.copyOf(sinks);
    }

    void update(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte b = buf[i];
            if (pendingCr) {
                pendingCr = false;
                if (b == LF) {
                    endLine();
                    continue;
                }
                content(CR);
            }
            if (b == CR) {
                pendingCr = true;
            } else if (b == LF) {
                endLine();
            } else {
                content(b);
            }
        }
    }

    void finish() {
        if (pendingCr) {
            pendingCr = false;
            content(CR);
        }
        // §3.4.3/§3.4.4: a last line without CRLF still gets one.
        if (lineHasContent) {
            emit(CR);
            emit(LF);
            lineHasContent = false;
        }
        // §3.4.3: an empty body is canonicalized as a single CRLF under simple; relaxed leaves it empty (errata 1384).
        if (!anyOutput && mode == Canonicalization.SIMPLE) {
            emit(CR);
            emit(LF);
        }
        flush();
        for (BodyHash sink : sinks) {
            sink.finish();
        }
    }

    private void content(byte b) {
        if (mode == Canonicalization.RELAXED && (b == ' ' || b == '\t')) {
            // §3.4.4: WSP runs become one SP, and WSP at line end disappears, so decide only once content follows.
            pendingWsp = true;
            return;
        }
        if (!lineHasContent) {
            emitPendingEmptyLines();
            lineHasContent = true;
        }
        if (pendingWsp) {
            pendingWsp = false;
            emit((byte) ' ');
        }
        emit(b);
    }

    private void endLine() {
        pendingWsp = false;
        if (lineHasContent) {
            emit(CR);
            emit(LF);
            lineHasContent = false;
        } else {
            pendingEmptyLines++;
        }
    }

    private void emitPendingEmptyLines() {
        for (long i = 0; i < pendingEmptyLines; i++) {
            emit(CR);
            emit(LF);
        }
        pendingEmptyLines = 0;
    }

    private void emit(byte b) {
        anyOutput = true;
        if (outLen == out.length) {
            flush();
        }
        out[outLen++] = b;
    }

    private void flush() {
        if (outLen > 0) {
            for (BodyHash sink : sinks) {
                sink.update(out, 0, outLen);
            }
            outLen = 0;
        }
    }
}
