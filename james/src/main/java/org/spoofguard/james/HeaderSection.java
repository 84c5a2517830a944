package org.spoofguard.james;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import javax.mail.MessagingException;
import javax.mail.internet.InternetHeaders;
import javax.mail.internet.MimeMessage;

/**
 * Replaces a message's whole header section in one pass. JavaMail offers only per-name removal, each a scan of
 * every field, so rewriting a header section with many distinct field names that way is quadratic: an attacker's
 * 45 MB of {@code X-Pad-N:} fields kept the SMTP hook busy for minutes. JavaMail keeps the fields in
 * {@code MimeMessage.headers} (protected, no setter); James's {@code MimeMessageWrapper} uses that same field once
 * it has loaded the headers for modification. The replacement is verified by reading the first field back; any
 * failure answers false and the caller falls back to a linear placement.
 */
final class HeaderSection {
    private static final Field HEADERS = headersField();

    private HeaderSection() {
    }

    private static Field headersField() {
        try {
            Field f = MimeMessage.class.getDeclaredField("headers");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Sets exactly {@code lines} (unfolded names, folded values as JavaMail returns them) as the header section. */
    static boolean replace(MimeMessage message, List<String> lines) {
        if (HEADERS == null || lines.isEmpty()) {
            return false;
        }
        try {
            // An empty section: the InputStream constructor adds none of the no-arg constructor's placeholders.
            InternetHeaders fresh = new InternetHeaders(new ByteArrayInputStream("\r\n".getBytes(StandardCharsets.US_ASCII)));
            for (String line : lines) {
                fresh.addHeaderLine(line);
            }
            HEADERS.set(message, fresh);
            List<String> back = Collections.list(message.getAllHeaderLines());
            return back.size() == lines.size() && back.get(0).equals(lines.get(0));
        } catch (MessagingException | ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
