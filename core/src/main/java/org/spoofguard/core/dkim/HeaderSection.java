package org.spoofguard.core.dkim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The header section of an RFC 5322 message, read from a stream up to the empty line, leaving the stream at
 * the first body byte. Each field is kept byte-exact (as an ISO-8859-1 string so 8-bit/UTF-8 bytes survive),
 * lines ending in CRLF (a bare LF or a lone CR is taken as CRLF, as JavaMail does: core.message.HeaderLineEnds). Size is capped so a hostile endless header cannot exhaust memory.
 */
final class HeaderSection {
    /** One header field: lower-case name and the raw field including its final CRLF. */
    record Field(String name, String raw) {
    }

    private final List<Field> fields;
    private final boolean truncated;

    private HeaderSection(List<Field> fields, boolean truncated) {
        this.fields = List.copyOf(fields);
        this.truncated = truncated;
    }

    List<Field> fields() {
        return fields;
    }

    /** True when the cap was hit before the end of the header section. */
    boolean truncated() {
        return truncated;
    }

    /** @param in must support mark/reset (a lone CR is told from CRLF by the next byte); read byte by byte */
    static HeaderSection read(InputStream in, int maxBytes) throws IOException {
        List<Field> fields = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream(256);
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        long total = 0;
        while (true) {
            line.reset();
            boolean eof = false;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    eof = true;
                    break;
                }
                if (b == '\r') {
                    // Lines split as JavaMail splits them (core.message.HeaderLineEnds): a lone CR ends the line
                    // too, so the fields verified are the fields James stores and the user sees, and a line that
                    // is a lone CR ends the header section here as it does there.
                    in.mark(1);
                    int next = in.read();
                    if (next == '\n') {
                        total++; // CRLF: two bytes, one line end
                    } else if (next >= 0) {
                        in.reset();
                    }
                    b = '\n';
                }
                // The empty line that ends the header section is not part of it: HeaderSectionLimit, which SMTP
                // applies at DATA, counts field bytes only, so a section exactly at the limit is read whole here too.
                boolean emptyLine = line.size() == 0;
                if (++total > maxBytes && !(emptyLine && b == '\n')) {
                    addField(fields, current);
                    return new HeaderSection(fields, true);
                }
                if (b == '\n') {
                    break;
                }
                line.write(b);
            }
            byte[] bytes = line.toByteArray();
            int len = bytes.length;
            if (len == 0) {
                // The empty line that separates header from body (or end of a body-less message).
                addField(fields, current);
                return new HeaderSection(fields, false);
            }
            boolean continuation = (bytes[0] == ' ' || bytes[0] == '\t') && current.size() > 0;
            if (!continuation) {
                addField(fields, current);
            }
            current.write(bytes, 0, len);
            current.write('\r');
            current.write('\n');
            if (eof) {
                addField(fields, current);
                return new HeaderSection(fields, false);
            }
        }
    }

    private static void addField(List<Field> fields, ByteArrayOutputStream current) {
        if (current.size() == 0) {
            return;
        }
        String raw = current.toString(StandardCharsets.ISO_8859_1);
        current.reset();
        int colon = raw.indexOf(':');
        String name = colon < 0 ? "" : TagList.lower(raw.substring(0, colon).strip());
        fields.add(new Field(name, raw));
    }
}
