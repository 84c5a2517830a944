package org.spoofguard.core.message;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The one bound on a message's header section (RFC 5322 §2.1: fields up to the first empty line), shared by the
 * SMTP refusal at DATA ({@code 552 5.3.4}, RFC 3463 §3.4 "message too big for system") and the invoice scan's
 * mime4j limits, so that what SMTP accepts is what the scan reads completely. No real mail comes near it; a
 * sender who pads the header section (to push From and Subject out of reach of a check, or to make every
 * header operation slow) is refused before any check runs.
 */
public final class HeaderSectionLimit {
    /** Bytes of the header section, CRLFs included. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Header fields (continuation lines do not count). */
    public static final int MAX_FIELDS = 10_000;

    private HeaderSectionLimit() {
    }

    /**
     * Reads the raw message up to the end of its header section (or just past a limit, never further) and says
     * which limit it exceeds; empty when it fits. The stream is left wherever reading stopped.
     */
    public static Optional<String> exceeded(InputStream raw) throws IOException {
        return exceeded(raw, MAX_BYTES, MAX_FIELDS);
    }

    public static Optional<String> exceeded(InputStream raw, int maxBytes, int maxFields) throws IOException {
        long bytes = 0;
        int fields = 0;
        boolean lineStart = true;
        boolean afterCr = false;
        int c;
        byte[] buf = new byte[8192];
        int n;
        while ((n = raw.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                c = buf[i] & 0xff;
                bytes++;
                if (afterCr && c != '\n') {
                    lineStart = true; // a lone CR ends a line, as for JavaMail (HeaderLineEnds): fields counted alike
                }
                afterCr = c == '\r';
                if (lineStart) {
                    if (c == '\r' || c == '\n') {
                        return Optional.empty(); // the empty line: end of the header section
                    }
                    if (c != ' ' && c != '\t' && ++fields > maxFields) {
                        return Optional.of("more than " + maxFields + " header fields");
                    }
                    lineStart = false;
                }
                if (c == '\n') {
                    lineStart = true;
                }
                if (bytes > maxBytes) {
                    return Optional.of("header section larger than " + maxBytes + " bytes");
                }
            }
        }
        return Optional.empty();
    }
}
