package org.spoofguard.core.message;

import java.util.List;

/**
 * How SpoofGuard folds the header fields it writes (Received-SPF, Authentication-Results): RFC 5322 §2.1.1 allows at
 * most 998 characters a line and asks for 78. Client-chosen values (HELO and MAIL FROM: one SMTP command line holds
 * 8 KiB) and message-chosen ones (DKIM tags, the From domain) can be long; a line over 998 is one a relaying MTA may
 * refuse or break. Callers cut such values first (each writer knows where a cut keeps its syntax and its read-back
 * intact) and hand over the field as words; this packs the words into lines.
 */
public final class HeaderFolding {
    /** RFC 5322 §2.1.1: the hard limit, without the CRLF. */
    public static final int MAX_LINE = 998;
    /** RFC 5322 §2.1.1: the line length that "SHOULD" not be exceeded. */
    public static final int SHOULD_LINE = 78;

    private HeaderFolding() {
    }

    /**
     * {@code words} joined by a space, or by CRLF TAB (RFC 5322 §2.2.3 folding) where the line would pass
     * {@code limit} characters. A word is never split, so the caller must only pass words between which its field's
     * grammar allows folding whitespace, and keep each word (plus one TAB) within {@link #MAX_LINE}.
     *
     * @param used characters already on the first line ({@code "Name: "} and anything before the words)
     */
    public static String fold(int used, List<String> words, int limit) {
        StringBuilder sb = new StringBuilder();
        int line = used;
        for (String w : words) {
            if (sb.length() == 0) {
                sb.append(w);
                line += w.length();
            } else if (line + 1 + w.length() <= limit) {
                sb.append(' ').append(w);
                line += 1 + w.length();
            } else {
                sb.append("\r\n\t").append(w);
                line = 1 + w.length();
            }
        }
        return sb.toString();
    }
}
