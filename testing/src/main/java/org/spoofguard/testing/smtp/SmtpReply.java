package org.spoofguard.testing.smtp;

import java.util.List;

/** One (possibly multi-line) SMTP reply: the code and the text lines without the code prefix. */
public record SmtpReply(int code, List<String> lines) {
    public SmtpReply {
        lines = List.copyOf(lines);
    }

    public String text() {
        return String.join("\n", lines);
    }

    public boolean isPositive() {
        return code >= 200 && code < 400;
    }

    @Override
    public String toString() {
        return code + " " + text();
    }
}
