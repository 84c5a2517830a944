package org.spoofguard.core.bounce;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Recognises and reads delivery status notifications (RFC 3464 §2, RFC 6522 multipart/report,
 * RFC 6533 message/global-delivery-status). Used to tell that a mail IS a bounce (BATV, statistics).
 *
 * <p>Never throws for bad input: a broken report yields an empty result or a partial one with problems.
 * All work is bounded: input size, nesting depth, parts visited, status-part size, recipient count.
 */
public final class DsnParser {
    public static final long MAX_INPUT = 10L * 1024 * 1024;
    static final int MAX_STATUS_BYTES = 256 * 1024;
    static final int MAX_RECIPIENTS = 1000;
    private static final int MAX_DEPTH = 4;
    private static final int MAX_PARTS = 200;

    private DsnParser() {
    }

    public static DsnParseResult parse(InputStream in) {
        if (in == null) {
            return DsnParseResult.notDsn("no input");
        }
        BoundedInputStream bounded = new BoundedInputStream(in, MAX_INPUT);
        Message message;
        try {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(new MimeConfig.Builder()
                .setMaxLineLen(-1)
                .setMaxHeaderCount(2000)
                .setMaxHeaderLen(64 * 1024)
                .setMaxContentLen(MAX_INPUT)
                .setStrictParsing(false)
                .build());
            builder.setContentDecoding(true);
            message = builder.parseMessage(bounded);
        } catch (IOException | RuntimeException e) {
            return DsnParseResult.notDsn("unparseable message: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (StackOverflowError e) {
            // mime4j reads nested parts through one stream per level, recursively: a forged "bounce" of a few hundred
            // KB of nested multiparts or message/rfc822 headers overflows the stack (as in MimeScan). Nothing of it
            // is read: not a DSN, and the caller goes on.
            return DsnParseResult.notDsn("unparseable message: nesting too deep for the parser");
        }
        try {
            List<String> problems = new ArrayList<>();
            if (bounded.truncated) {
                problems.add("input truncated at " + MAX_INPUT + " bytes");
            }
            int[] budget = {MAX_PARTS};
            Entity report = findReport(message, 0, budget);
            if (report == null) {
                return DsnParseResult.notDsn("not a multipart/report with a delivery-status part");
            }
            return readReport(report, problems);
        } catch (RuntimeException e) {
            return DsnParseResult.notDsn("unreadable report: " + e);
        } finally {
            try {
                message.dispose();
            } catch (RuntimeException | StackOverflowError e) {
                // disposing walks the parts recursively too; the result is already decided
            }
        }
    }

    /** The first multipart/report that is (or contains) a delivery-status report, depth-first, bounded. */
    private static Entity findReport(Entity entity, int depth, int[] budget) {
        if (depth > MAX_DEPTH || budget[0]-- <= 0) {
            return null;
        }
        Body body = entity.getBody();
        if (isReport(entity) && body instanceof Multipart) {
            String type = reportType(entity);
            if (type.equals("delivery-status") || (type.isEmpty() && statusPart((Multipart) body) != null)) {
                return entity;
            }
            return null;
        }
        if (body instanceof Multipart) {
            for (Entity part : ((Multipart) body).getBodyParts()) {
                Entity found = findReport(part, depth + 1, budget);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isReport(Entity entity) {
        return "multipart/report".equalsIgnoreCase(entity.getMimeType());
    }

    private static String reportType(Entity entity) {
        Field field = entity.getHeader() == null ? null : entity.getHeader().getField("Content-Type");
        if (field instanceof ContentTypeField) {
            String type = ((ContentTypeField) field).getParameter("report-type");
            return type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    private static Entity statusPart(Multipart multipart) {
        for (Entity part : multipart.getBodyParts()) {
            String type = part.getMimeType() == null ? "" : part.getMimeType().toLowerCase(Locale.ROOT);
            if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")) {
                return part;
            }
        }
        return null;
    }

    private static DsnParseResult readReport(Entity report, List<String> problems) {
        Multipart multipart = (Multipart) report.getBody();
        if (reportType(report).isEmpty()) {
            problems.add("multipart/report without report-type parameter");
        }
        Entity status = statusPart(multipart);
        if (status == null) {
            return DsnParseResult.notDsn("report-type=delivery-status but no message/delivery-status part");
        }
        if (multipart.getBodyParts().indexOf(status) != 1) {
            problems.add("delivery-status is not the second part (RFC 6522 §3)");
        }
        String text;
        try {
            text = readText(status.getBody(), problems);
        } catch (IOException | RuntimeException e) {
            return DsnParseResult.notDsn("delivery-status part unreadable: " + e);
        }
        List<Map<String, String>> blocks = blocks(text);
        if (blocks.isEmpty()) {
            return DsnParseResult.notDsn("empty delivery-status part");
        }
        Map<String, String> perMessage = blocks.get(0);
        if (!perMessage.containsKey("reporting-mta")) {
            problems.add("per-message fields lack Reporting-MTA (RFC 3464 §2.2)");
        }
        List<DeliveryStatusNotification.Recipient> recipients = new ArrayList<>();
        for (int i = 1; i < blocks.size(); i++) {
            if (recipients.size() >= MAX_RECIPIENTS) {
                problems.add("more than " + MAX_RECIPIENTS + " recipients; rest ignored");
                break;
            }
            Map<String, String> b = blocks.get(i);
            DeliveryStatusNotification.Recipient r = new DeliveryStatusNotification.Recipient(
                typedValue(b.get("original-recipient")), typedValue(b.get("final-recipient")),
                lower(b.get("action")), statusCode(b.get("status")), typedValue(b.get("diagnostic-code")),
                typedValue(b.get("remote-mta")));
            if (r.finalRecipient().isEmpty()) {
                problems.add("recipient block " + i + " lacks Final-Recipient");
            }
            if (r.action().isEmpty()) {
                problems.add("recipient block " + i + " lacks Action");
            }
            if (r.status().isEmpty()) {
                problems.add("recipient block " + i + " lacks a valid Status");
            }
            recipients.add(r);
        }
        if (recipients.isEmpty()) {
            problems.add("no per-recipient fields");
        }
        String originalMessageId = originalMessageId(multipart, status);
        DeliveryStatusNotification dsn = new DeliveryStatusNotification(
            typedValue(perMessage.get("reporting-mta")), stripped(perMessage.get("original-envelope-id")),
            stripped(perMessage.get("arrival-date")), recipients, originalMessageId, problems);
        return new DsnParseResult(Optional.of(dsn), problems.isEmpty() ? "delivery-status report"
            : "partial delivery-status report: " + String.join("; ", problems));
    }

    private static String originalMessageId(Multipart multipart, Entity status) {
        for (Entity part : multipart.getBodyParts()) {
            if (part == status) {
                continue;
            }
            String type = part.getMimeType() == null ? "" : part.getMimeType().toLowerCase(Locale.ROOT);
            try {
                if (part.getBody() instanceof Message) {
                    String id = ((Message) part.getBody()).getMessageId();
                    return id == null ? "" : id.trim();
                }
                if (type.equals("text/rfc822-headers") || type.equals("message/global-headers")) {
                    List<Map<String, String>> headers = blocks(readText(part.getBody(), new ArrayList<>()));
                    return headers.isEmpty() ? "" : stripped(headers.get(0).get("message-id"));
                }
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }
        return "";
    }

    private static String readText(Body body, List<String> problems) throws IOException {
        if (!(body instanceof SingleBody)) {
            throw new IOException("not a single body");
        }
        try (InputStream in = ((SingleBody) body).getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                int room = MAX_STATUS_BYTES - out.size();
                if (n > room) {
                    out.write(buf, 0, room);
                    problems.add("part longer than " + MAX_STATUS_BYTES + " bytes; truncated");
                    break;
                }
                out.write(buf, 0, n);
            }
            // RFC 6533 allows UTF-8 in global DSNs; plain ones are US-ASCII, a subset.
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * Splits the status body into blocks separated by blank lines (RFC 3464 §2.1), unfolding continuation
     * lines; a field repeated within one block keeps its first value.
     */
    static List<Map<String, String>> blocks(String text) {
        List<Map<String, String>> blocks = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (line.isBlank()) {
                name = flush(current, name, value);
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new LinkedHashMap<>();
                }
                if (blocks.size() > MAX_RECIPIENTS + 1) {
                    break;
                }
                continue;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                if (value.length() < HeaderValues.MAX_VALUE) {
                    value.append(' ').append(line.trim());
                }
                continue;
            }
            name = flush(current, name, value);
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            value.setLength(0);
            value.append(line.substring(colon + 1).trim());
        }
        flush(current, name, value);
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static String flush(Map<String, String> block, String name, StringBuilder value) {
        if (name != null && !name.isEmpty()) {
            block.putIfAbsent(name, value.toString().trim());
        }
        value.setLength(0);
        return null;
    }

    /** "rfc822; user@example.com" → "user@example.com" (RFC 3464 §2.1.2 address-type / diagnostic-type). */
    static String typedValue(String raw) {
        String v = stripped(raw);
        int semi = v.indexOf(';');
        if (semi > 0 && v.substring(0, semi).trim().matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
            v = v.substring(semi + 1).trim();
        }
        if (v.startsWith("<") && v.endsWith(">") && v.length() >= 2) {
            v = v.substring(1, v.length() - 1).trim();
        }
        return v;
    }

    /**
     * RFC 3464 §2.3.4: the field is an RFC 3463 status code; a sender's MTA that adds text to it ("4.2.2 (mailbox
     * full)", "smtp; 5.7.1 refused") still gives its first code. One rule for the grammar
     * ({@link EnhancedStatusCode}): no leading zeros, and no code inside a longer dotted number ("5.1.1.9").
     */
    private static String statusCode(String raw) {
        String v = HeaderValues.stripComments(raw);
        return EnhancedStatusCode.parse(v).or(() -> EnhancedStatusCode.findAll(v).stream().findFirst())
            .map(EnhancedStatusCode::toString).orElse("");
    }

    private static String lower(String raw) {
        return HeaderValues.stripComments(raw).toLowerCase(Locale.ROOT);
    }

    private static String stripped(String raw) {
        return raw == null ? "" : raw.trim();
    }

    private static final class BoundedInputStream extends FilterInputStream {
        private long remaining;
        boolean truncated;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                truncated |= super.read() >= 0;
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (remaining <= 0) {
                truncated |= super.read() >= 0;
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return super.skip(Math.min(n, remaining));
        }
    }
}
