package org.spoofguard.core.message;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * How SpoofGuard splits a header section into lines: as JavaMail's {@code LineInputStream} does, because JavaMail is
 * what James parses and stores the mail with, so it decides which fields the user sees. CRLF, a lone CR and a lone
 * LF each end a line; an empty line (CRLF, CR or LF alone) ends the header section. Every header reader of ours
 * (the From scanner DMARC uses, the DKIM header reader, {@link HeaderSectionLimit}) follows this rule.
 *
 * <p>RFC 5322 §2.2 and §2.3 allow CR and LF only together as CRLF. A lone CR is where readers disagree (a CRLF reader
 * takes it as a character of the field, JavaMail as a line end): {@code Subject: x<CR>From: ceo@victim} is one
 * Subject field to the one and a From field to the other, and a line that is a lone CR ends the header section only
 * for JavaMail. A mail with one is refused at DATA ({@link #bareCarriageReturn}); Postfix refuses bare newlines for
 * the same smuggling reason. A lone LF is a line end to every reader we have, so it is not refused.
 */
public final class HeaderLineEnds {
    private HeaderLineEnds() {
    }

    /**
     * Reads the raw message up to the end of its header section (at most {@link HeaderSectionLimit#MAX_BYTES}) and
     * says where the first CR without a following LF stands, including one that forms or ends the empty line after
     * the header section (where JavaMail's body begins); empty when there is none. The body is not read. The stream
     * is left wherever reading stopped.
     */
    public static Optional<String> bareCarriageReturn(InputStream raw) throws IOException {
        long bytes = 0;
        int line = 1;
        boolean lineStart = true;
        boolean pendingCr = false;
        byte[] buf = new byte[8192];
        int n;
        while ((n = raw.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                int c = buf[i] & 0xff;
                if (pendingCr) {
                    if (c != '\n') {
                        return Optional.of(found(line));
                    }
                    pendingCr = false;
                    if (lineStart) {
                        return Optional.empty(); // CRLF alone: the end of the header section
                    }
                    lineStart = true;
                    line++;
                    continue;
                }
                if (++bytes > HeaderSectionLimit.MAX_BYTES) {
                    return Optional.empty(); // HeaderSectionLimit refuses it first
                }
                if (c == '\r') {
                    pendingCr = true;
                } else if (c == '\n') {
                    if (lineStart) {
                        return Optional.empty();
                    }
                    lineStart = true;
                    line++;
                } else {
                    lineStart = false;
                }
            }
        }
        return pendingCr ? Optional.of(found(line)) : Optional.empty();
    }

    private static String found(int line) {
        return "header line " + line + " has a carriage return without a line feed (bare CR)";
    }
}
